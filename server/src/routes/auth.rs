//! Sign up, log in, log out.

use crate::auth::password;
use crate::auth::session::{clear_cookie, set_cookie, token_from};
use crate::auth::MaybeUser;
use crate::crypto::{random_id, random_token};
use crate::db::activity::{self, Event};
use crate::db::{classes, schools, sessions, users};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, ClientIp};
use crate::throttle::{self, Counted};
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::post;
use axum::{Json, Router};
use model::class::normalize_join_code;
use model::user::normalize_email;
use model::{ActivityKind, LoginRequest, SignupRequest, UserKind};
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/signup", post(signup))
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
}

/// Creates an account and signs it in. A teacher naming a school founds it
/// and becomes its admin.
async fn signup(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<SignupRequest>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    req.validate(&crate::clock::date(now))?;
    // A student's class code, or an invited teacher's school code.
    let typed = req
        .join_code
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let join_code = match (req.kind, typed) {
        (UserKind::Student, _) | (UserKind::Teacher, Some(_)) => {
            Some(normalize_join_code(typed.unwrap_or("")).ok_or_else(|| {
                AppError::validation("join_code", Message::new("error-join-code-shape"))
            })?)
        }
        _ => None,
    };
    // Everything cheap first: the join code (counted as a guess, so codes
    // cannot be tried without limit), then whether the name and email are
    // free (an email refused as taken counts too: it tells whether someone
    // has an account). Only then the slow hash.
    let keys = state.keys.clone();
    let (code, username, email, kind) = (
        join_code.clone(),
        req.username.clone(),
        normalize_email(&req.email),
        req.kind,
    );
    state
        .db
        .call(move |conn| {
            if let Some(code) = &code {
                let tries = throttle::count_try(conn, &keys, &[Counted::JoinCodeSource(ip)], now)?;
                let exists = match kind {
                    UserKind::Student => classes::by_join_code(conn, code)?.is_some(),
                    _ => schools::by_invite(conn, code)?.is_some(),
                };
                if !exists {
                    return Err(unknown_join_code(kind));
                }
                throttle::forgive(conn, &tries)?;
            }
            let tries = throttle::count_try(conn, &keys, &[Counted::EmailProbeSource(ip)], now)?;
            match users::check_free(conn, &keys, &username, &email) {
                Err(AppError::Validation(e)) if e.field == "email" => Err(AppError::Validation(e)),
                other => {
                    throttle::forgive(conn, &tries)?;
                    other
                }
            }
        })
        .await?;
    let password_hash = password::hash(req.password.clone()).await?;
    let token = random_token();
    let keys = state.keys.clone();
    let cookie_token = token.clone();
    let me = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let email = normalize_email(&req.email);
            // A student joins the class (and so the school) their code opens.
            let class = match (&join_code, req.kind) {
                (Some(code), UserKind::Student) => Some(
                    classes::by_join_code(&mut tx, code)?
                        .ok_or_else(|| unknown_join_code(req.kind))?,
                ),
                _ => None,
            };
            let invited_to = match (&join_code, req.kind) {
                (Some(code), UserKind::Teacher) => Some(
                    schools::by_invite(&mut tx, code)?
                        .ok_or_else(|| unknown_join_code(req.kind))?,
                ),
                _ => None,
            };
            let founded = match req
                .school_name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                Some(name) => {
                    let id = random_id();
                    schools::insert(&mut tx, &id, name, now)?;
                    Some(id)
                }
                None => None,
            };
            let school_id = founded
                .clone()
                .or(invited_to)
                .or_else(|| class.as_ref().map(|c| c.school_id.clone()));
            let id = users::new_id();
            users::insert(
                &mut tx,
                &keys,
                &users::NewUser {
                    id: &id,
                    username: &req.username,
                    email: Some(&email),
                    password_hash: &password_hash,
                    kind: req.kind,
                    school_id: school_id.as_deref(),
                    is_admin: founded.is_some(),
                    birth_date: req.date_of_birth.as_deref(),
                    now,
                },
            )?;
            if let Some(class) = &class {
                classes::add_member(&mut tx, &class.id, &id, now)?;
            }
            sessions::create(&mut tx, &token, &id, now)?;
            activity::record(
                &mut tx,
                &keys,
                Event::new(&id, ActivityKind::AccountCreated, ip, now),
            )?;
            let user = users::get(&mut tx, &id)?;
            let me = users::me(&mut tx, &keys, &user)?;
            tx.commit()?;
            Ok(me)
        })
        .await?;
    Ok((
        StatusCode::CREATED,
        [set_cookie(&state.site, &cookie_token)],
        Json(me),
    ))
}

fn unknown_join_code(kind: UserKind) -> AppError {
    match kind {
        UserKind::Student => {
            AppError::validation("join_code", Message::new("error-join-code-unknown"))
        }
        _ => AppError::validation("join_code", Message::new("error-invitation-unknown")),
    }
}

/// Signs in with a username or email and password. Each try counts against
/// the login typed and the sender's address before the password is checked
/// (see `throttle`); a success takes its try back.
async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<LoginRequest>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    let keys = state.keys.clone();
    let login = req.login.clone();
    let (tries, found) = state
        .db
        .call(move |conn| {
            let counted = [Counted::SignInLogin(&login), Counted::SignInSource(ip)];
            let tries = throttle::count_try(conn, &keys, &counted, now)?;
            Ok((tries, users::by_login(conn, &keys, &login)?))
        })
        .await?;
    let (user, stored) = match found {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    let ok = password::verify(req.password, stored).await?;
    let token = random_token();
    let keys = state.keys.clone();
    let session_token = token.clone();
    let me = state
        .db
        .call(move |conn| {
            let Some(user) = user else {
                return Ok(None);
            };
            if ok {
                throttle::forgive(conn, &tries)?;
            }
            let kind = if ok {
                ActivityKind::SignIn
            } else {
                ActivityKind::SignInFailed
            };
            activity::record(conn, &keys, Event::new(&user.id, kind, ip, now))?;
            if !ok {
                return Ok(None);
            }
            sessions::create(conn, &session_token, &user.id, now)?;
            users::me(conn, &keys, &user).map(Some)
        })
        .await?;
    let Some(me) = me else {
        return Err(AppError::Unauthorized(Message::new("error-wrong-login")));
    };
    Ok((StatusCode::OK, [set_cookie(&state.site, &token)], Json(me)))
}

/// Ends the session (if any) and clears the cookie; idempotent.
async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    MaybeUser(user): MaybeUser,
) -> AppResult<impl IntoResponse> {
    if let Some(token) = token_from(&state.site, &headers) {
        let keys = state.keys.clone();
        let now = state.clock.now();
        state
            .db
            .call(move |conn| {
                if let Some(user) = &user {
                    activity::record(
                        conn,
                        &keys,
                        Event::new(&user.id, ActivityKind::SignOut, ip, now),
                    )?;
                }
                sessions::delete(conn, &token)
            })
            .await?;
    }
    Ok((StatusCode::NO_CONTENT, [clear_cookie(&state.site)]))
}
