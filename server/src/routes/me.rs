//! The signed-in user's own account.

use crate::auth::session::MaybeUser;
use crate::auth::session::{clear_cookie, token_from};
use crate::auth::{password, CurrentUser};
use crate::db::activity::{self, Event};
use crate::db::identities;
use crate::db::users::{self, User};
use crate::db::{assets, classes, feedback, scenes, sessions};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, ClientIp};
use crate::policy;
use crate::routes::classes::visible_classes;
use crate::stats::{flush, report};
use crate::throttle::{self, Counted};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::user::{normalize_email, validate_email, validate_password, validate_username};
use model::{
    ActivityEntry, ActivityKind, Asset, ClassInfo, DeleteAccount, Feedback, Me, MePatch,
    PasswordChange, Scene, SceneStats, SessionInfo, UserKind,
};
use pinpoint_i18n::Message;
use serde::Serialize;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/session", get(session))
        .route("/me", get(me).patch(update_me).delete(delete_me))
        .route("/me/export", get(export))
        .route("/me/activity", get(own_activity))
        .route("/me/password", post(change_password))
}

async fn me(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> AppResult<Json<Me>> {
    let keys = state.keys.clone();
    Ok(Json(
        state
            .db
            .call(move |conn| users::me(conn, &keys, &user))
            .await?,
    ))
}

/// `GET /api/session`: who is signed in, if anyone. Unlike `GET /api/me`,
/// a visitor who is not signed in is an answer, not an error: the app asks
/// on every first page, and a 401 there would be a console error for every
/// visitor.
async fn session(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
) -> AppResult<Json<SessionInfo>> {
    let Some(user) = user else {
        return Ok(Json(SessionInfo { me: None }));
    };
    let keys = state.keys.clone();
    let me = state
        .db
        .call(move |conn| users::me(conn, &keys, &user))
        .await?;
    Ok(Json(SessionInfo { me: Some(me) }))
}

/// Whether `password` is the signed-in user's own. Wrong ones count as
/// guesses, per account and per address, like failed sign-ins: a session
/// left open on a shared computer must not let anyone guess its password
/// at the server's full speed.
async fn is_own_password(
    state: &AppState,
    user: &User,
    ip: Option<std::net::IpAddr>,
    password: String,
) -> AppResult<bool> {
    let (id, keys, now) = (user.id.clone(), state.keys.clone(), state.clock.now());
    let (tries, stored) = state
        .db
        .call(move |conn| {
            let counted = [
                Counted::PasswordCheckAccount(&id),
                Counted::SignInSource(ip),
            ];
            let tries = throttle::count_try(conn, &keys, &counted, now)?;
            Ok((tries, users::password_hash(conn, &id)?))
        })
        .await?;
    let matches = password::verify(password, stored).await?;
    if matches {
        state
            .db
            .call(move |conn| throttle::forgive(conn, &tries))
            .await?;
    }
    Ok(matches)
}

/// Refuses a request that does not prove it comes from the account's
/// owner: their password, or, for an account without one (made by a
/// school sign-in), a sign-in less than ten minutes ago.
pub(crate) async fn prove_owner(
    state: &AppState,
    user: &User,
    headers: &axum::http::HeaderMap,
    ip: Option<std::net::IpAddr>,
    (field, password): (&'static str, Option<String>),
) -> AppResult<()> {
    let id = user.id.clone();
    let stored = state
        .db
        .call(move |conn| users::password_hash(conn, &id))
        .await?;
    if stored.is_some_and(|h| h != users::NO_PASSWORD) {
        let typed = password.unwrap_or_default();
        return if is_own_password(state, user, ip, typed).await? {
            Ok(())
        } else {
            Err(AppError::validation(
                field,
                Message::new("error-not-your-password"),
            ))
        };
    }
    let token = crate::auth::session::token_from(&state.site, headers).unwrap_or_default();
    let now = state.clock.now();
    let age = state
        .db
        .call(move |conn| sessions::age(conn, &token, now))
        .await?;
    if age.is_some_and(|age| age <= crate::db::identities::LOGIN_SECONDS) {
        Ok(())
    } else {
        Err(AppError::Forbidden(Message::new("error-sign-in-again")))
    }
}

/// Replaces the password, given the current one; every other session of the
/// account ends (a stolen session dies with the old password).
async fn change_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppJson(req): AppJson<PasswordChange>,
) -> AppResult<StatusCode> {
    validate_password(&req.new_password)
        .map_err(|e| AppError::validation("new_password", e.message))?;
    // An account a school sign-in made has no current password: its owner
    // sets one within ten minutes of signing in.
    prove_owner(
        &state,
        &user,
        &headers,
        ip,
        ("current_password", Some(req.current_password)),
    )
    .await?;
    let hash = password::hash(req.new_password).await?;
    let keep = token_from(&state.site, &headers).unwrap_or_default();
    let keys = state.keys.clone();
    let now = state.clock.now();
    state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            users::set_password_hash(&mut tx, &user.id, &hash, true)?;
            sessions::delete_others(&mut tx, &user.id, &keep)?;
            crate::db::lti::unlink_all(&mut tx, &user.id)?;
            let event = Event::new(&user.id, ActivityKind::PasswordChanged, ip, now);
            activity::record(&mut tx, &keys, event)?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Changes one's own username, email or marketing choice.
async fn update_me(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    AppJson(patch): AppJson<MePatch>,
) -> AppResult<Json<Me>> {
    if let Some(username) = &patch.username {
        validate_username(username)?;
    }
    let email = patch.email.as_deref().map(normalize_email);
    if let Some(email) = &email {
        validate_email(email)?;
    }
    if patch.marketing_opt_in == Some(true) && user.kind == UserKind::Student {
        return Err(AppError::validation(
            "marketing_opt_in",
            Message::new("error-marketing-students"),
        ));
    }
    if let Some(Some(code)) = &patch.language {
        model::user::validate_language(code)?;
    }
    let keys = state.keys.clone();
    let now = state.clock.now();
    if let Some(date) = &patch.date_of_birth {
        // Given once, by a student whose school sign-in made the account;
        // after that only a school admin changes it.
        if user.kind != UserKind::Student || user.birth_date(&keys)?.is_some() {
            return Err(AppError::validation(
                "date_of_birth",
                Message::new("error-birth-date-admin"),
            ));
        }
        model::user::validate_student_birth_date(date, &crate::clock::date(now))?;
    }
    let me = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let mut changed = Vec::new();
            if let Some(date) = &patch.date_of_birth {
                if users::set_birth_date(&mut tx, &keys, &user, date)? {
                    changed.push("date of birth");
                }
            }
            if let Some(username) = patch.username.as_ref().filter(|u| **u != user.username) {
                users::set_username(&mut tx, &user.id, username)?;
                changed.push("username");
            }
            if let Some(email) = &email {
                if users::set_email(&mut tx, &keys, &user.id, email)? {
                    changed.push("email");
                }
            }
            if let Some(on) = patch.marketing_opt_in {
                if users::set_marketing_opt_in(&mut tx, &user.id, on)? {
                    changed.push("marketing choice");
                }
            }
            if let Some(code) = &patch.language {
                if users::set_language(&mut tx, &user.id, code.as_deref())? {
                    changed.push("language");
                }
            }
            let event = Event::new(&user.id, ActivityKind::SettingsChanged, ip, now);
            activity::record_changes(&mut tx, &keys, event, &changed)?;
            let updated = users::get(&mut tx, &user.id)?;
            let me = users::me(&mut tx, &keys, &updated)?;
            tx.commit()?;
            Ok(me)
        })
        .await?;
    Ok(Json(me))
}

/// The account's activity log, newest first.
async fn own_activity(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<ActivityEntry>>> {
    let keys = state.keys.clone();
    let language = crate::language::current();
    Ok(Json(
        state
            .db
            .call(move |conn| activity::for_user(conn, &keys, &user.id, language))
            .await?,
    ))
}

/// Everything Pinpoint holds about a user, in one JSON file. Documented in
/// docs/EXPORT.md; keep the two together.
#[derive(Serialize)]
pub(crate) struct Export {
    exported_at: String,
    account: Me,
    scenes: Vec<Scene>,
    /// Uploaded pictures and sounds; each `url` downloads the file while
    /// signed in.
    assets: Vec<ExportedAsset>,
    feedback_received: Vec<SceneFeedback>,
    feedback_given: Vec<SceneFeedback>,
    classes: Vec<ClassInfo>,
    /// Newest first; this download is its first entry.
    activity: Vec<ActivityEntry>,
    /// Each own scene's anonymous view statistics, from its creation to
    /// today (counts under 5 hidden on students' scenes, as everywhere).
    statistics: Vec<SceneStatistics>,
    /// The sign-in providers connected to the account: all Pinpoint keeps
    /// of each is its issuer and the account's subject there.
    sign_in_providers: Vec<ExportedIdentity>,
    /// A teacher's accounts at learning platforms, linked to add scenes to
    /// courses: the platform's issuer and the subject there.
    course_platforms: Vec<ExportedPlatformLink>,
}

#[derive(Serialize)]
struct ExportedPlatformLink {
    issuer: String,
    subject: String,
    linked_at: String,
}

#[derive(Serialize)]
struct ExportedIdentity {
    provider: String,
    issuer: String,
    subject: String,
    connected_at: String,
}

#[derive(Serialize)]
struct SceneStatistics {
    scene_id: String,
    #[serde(flatten)]
    stats: SceneStats,
}

#[derive(Serialize)]
struct ExportedAsset {
    #[serde(flatten)]
    asset: Asset,
    url: String,
}

#[derive(Serialize)]
struct SceneFeedback {
    scene_id: String,
    #[serde(flatten)]
    feedback: Feedback,
}

async fn export(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    let keys = state.keys.clone();
    // Counts still held in memory belong in the file too. A failed write is
    // logged by `flush`; the file is still worth having without them.
    let _ = flush(&state).await;
    let export = state
        .db
        .call(move |conn| {
            let event = Event::new(&user.id, ActivityKind::DataExported, ip, now);
            activity::record(conn, &keys, event)?;
            personal_export(conn, &keys, &user, now)
        })
        .await?;
    let filename = format!(
        "attachment; filename=\"pinpoint-{}.json\"",
        export.account.username
    );
    Ok(([(header::CONTENT_DISPOSITION, filename)], Json(export)))
}

/// Everything held about `user`, as their data download gives it (and a
/// school's export gives it for each of its users).
pub(crate) fn personal_export(
    conn: &mut crate::db::Conn,
    keys: &crate::crypto::Keys,
    user: &User,
    now: i64,
) -> AppResult<Export> {
    let mut own_scenes = Vec::new();
    let mut feedback_received = Vec::new();
    let mut statistics = Vec::new();
    let today = crate::clock::date(now);
    let hide_small = policy::hides_small_counts(user.kind);
    for summary in scenes::list_owned(conn, &user.id)? {
        if let Some(stored) = scenes::by_id(conn, &summary.id)? {
            for item in feedback::for_scene(conn, &summary.id)? {
                feedback_received.push(SceneFeedback {
                    scene_id: summary.id.clone(),
                    feedback: item,
                });
            }
            let created = stored.scene.created_at.get(..10).unwrap_or(&today);
            statistics.push(SceneStatistics {
                scene_id: summary.id.clone(),
                stats: report::for_scene(conn, &stored.scene, created, &today, hide_small)?,
            });
            own_scenes.push(stored.scene);
        }
    }
    let feedback_given = feedback::written_by(conn, &user.id)?
        .into_iter()
        .map(|(scene_id, feedback)| SceneFeedback { scene_id, feedback })
        .collect();
    let assets = assets::owned_by(conn, &user.id)?
        .into_iter()
        .map(|asset| ExportedAsset {
            url: format!("/api/assets/{}", asset.id),
            asset,
        })
        .collect();
    // The classes as the app lists them for this user.
    let classes = visible_classes(conn, user)?;
    Ok(Export {
        exported_at: crate::clock::rfc3339(now),
        account: users::me(conn, keys, user)?,
        scenes: own_scenes,
        assets,
        feedback_received,
        feedback_given,
        classes,
        activity: activity::for_user(conn, keys, &user.id, pinpoint_i18n::ENGLISH)?,
        statistics,
        sign_in_providers: identities::for_user(conn, &user.id)?
            .into_iter()
            .map(|identity| ExportedIdentity {
                provider: identity.provider,
                issuer: identity.issuer,
                subject: identity.subject,
                connected_at: crate::clock::rfc3339(identity.created_at),
            })
            .collect(),
        course_platforms: crate::db::lti::links_for_user(conn, &user.id)?
            .into_iter()
            .map(|link| ExportedPlatformLink {
                issuer: link.issuer,
                subject: link.subject,
                linked_at: crate::clock::rfc3339(link.created_at),
            })
            .collect(),
    })
}

/// Deletes one's own account at once: sessions, scenes, pictures, sounds and
/// feedback go; shared links answer 404 from this moment.
async fn delete_me(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    CurrentUser(user): CurrentUser,
    headers: axum::http::HeaderMap,
    AppJson(req): AppJson<DeleteAccount>,
) -> AppResult<impl IntoResponse> {
    prove_owner(
        &state,
        &user,
        &headers,
        ip,
        ("password", Some(req.password)),
    )
    .await?;
    let keys = state.keys.clone();
    let now = state.clock.now();
    let files = state
        .db
        .call(move |conn| {
            // All of it or nothing.
            let mut tx = conn.transaction()?;
            // A teacher's classes stay with the school: they pass to an admin.
            if let Some(school) = &user.school_id {
                if let Some(admin) = users::another_admin(&mut tx, school, &user.id)? {
                    classes::hand_over(&mut tx, &user.id, &admin)?;
                }
            }
            let event = Event::new(&user.id, ActivityKind::AccountDeleted, ip, now);
            let files = users::delete(&mut tx, &keys, event)?;
            tx.commit()?;
            Ok(files)
        })
        .await?;
    state.files.remove_all(files).await;
    Ok((StatusCode::NO_CONTENT, [clear_cookie(&state.site)]))
}
