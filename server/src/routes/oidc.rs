//! Sign-in with OpenID Connect providers. Outside the API:
//! `GET /auth/oidc/{name}/start` sends the browser to the provider and
//! `GET /auth/oidc/{name}/callback` takes its answer. In the API: the
//! providers there are (`GET /api/auth/providers`), and the signed-in
//! account's connected ones (`GET`/`POST /api/me/identities`,
//! `DELETE /api/me/identities/{name}`).
//!
//! A sign-in under way is kept on the server, found by the SHA-256 of its
//! `state` and used once; the browser that started it carries the state in
//! a short-lived cookie too, so an answer arriving in another browser (a
//! sign-in someone else started, planted by a link) is refused.

use crate::auth::oidc::Authorization;
use crate::auth::provider_accounts::{self, Outcome, Refusal, SignIn};
use crate::auth::session::set_cookie;
use crate::auth::CurrentUser;
use crate::crypto::{random_token, token_hash};
use crate::db::activity::{self, Event};
use crate::db::identities::{self, PendingLogin, LOGIN_SECONDS};
use crate::db::{sessions, users};
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath, ClientIp};
use crate::AppState;
use axum::extract::{Query, State};
use axum::http::header::{COOKIE, HOST, LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get};
use axum::{Json, Router};
use model::{ActivityKind, ConnectAnswer, ConnectProvider, ConnectedProvider, SignInProvider};
use pinpoint_i18n::Message;
use serde::Deserialize;

/// The cookie holding the state of the sign-in this browser started; under
/// HTTPS `__Host-`, so neither plain HTTP nor a sibling subdomain can
/// plant one (as for the session cookie).
const STATE_COOKIE: &str = "pinpoint_oidc";
const SECURE_STATE_COOKIE: &str = "__Host-pinpoint_oidc";

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/oidc/{name}/start", get(start))
        .route("/auth/oidc/{name}/callback", get(callback))
}

pub fn api_router() -> Router<AppState> {
    Router::new()
        .route("/auth/providers", get(providers))
        .route("/me/identities", get(connected).post(connect))
        .route("/me/identities/{name}", delete(disconnect))
}

/// The providers people may sign in with, for the log-in page's buttons.
async fn providers(State(state): State<AppState>) -> Json<Vec<SignInProvider>> {
    Json(
        state
            .oidc
            .names_and_labels()
            .into_iter()
            .map(|(name, label)| SignInProvider { name, label })
            .collect(),
    )
}

#[derive(Deserialize)]
struct StartQuery {
    /// Where in the app to go once signed in (a path on this site).
    #[serde(rename = "return")]
    return_to: Option<String>,
}

/// A path on this site to go back to, or the app's front page: never
/// another site (`//evil.example`, `/\evil.example`, `https://...`).
fn safe_return(path: Option<&str>) -> String {
    match path {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.starts_with("/\\")
                && p.len() <= 512
                && !p.chars().any(|c| c.is_control()) =>
        {
            p.to_string()
        }
        _ => "/".to_string(),
    }
}

/// This site's callback for `name`, as registered with the provider.
fn callback_uri(state: &AppState, headers: &HeaderMap, name: &str) -> String {
    // The front door admitted this host (its own name, or the public URL's).
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    format!("{}/auth/oidc/{name}/callback", state.site.origin_for(host))
}

fn state_cookie(state: &AppState, value: &str, max_age: i64) -> HeaderValue {
    let (name, secure) = if state.site.https() {
        (SECURE_STATE_COOKIE, "; Secure")
    } else {
        (STATE_COOKIE, "")
    };
    HeaderValue::from_str(&format!(
        "{name}={value}; HttpOnly; SameSite=Lax; Path=/; Max-Age={max_age}{secure}"
    ))
    .expect("base64url state")
}

fn state_from(state: &AppState, headers: &HeaderMap) -> Option<String> {
    let name = if state.site.https() {
        SECURE_STATE_COOKIE
    } else {
        STATE_COOKIE
    };
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// Keeps the sign-in `authorization` (for `user_id`, when connecting) and
/// answers the cookie the browser must carry back.
async fn begin(
    state: &AppState,
    name: &str,
    authorization: &Authorization,
    return_to: String,
    link_user_id: Option<String>,
) -> AppResult<HeaderValue> {
    let login = PendingLogin {
        provider: name.to_string(),
        nonce: authorization.nonce.clone(),
        pkce_verifier: authorization.pkce_verifier.clone(),
        return_to,
        link_user_id,
    };
    let hash = token_hash(&authorization.state);
    let now = state.clock.now();
    state
        .db
        .call(move |conn| identities::start_login(conn, &hash, &login, now))
        .await?;
    Ok(state_cookie(state, &authorization.state, LOGIN_SECONDS))
}

async fn start(
    State(state): State<AppState>,
    AppPath(name): AppPath,
    headers: HeaderMap,
    Query(query): Query<StartQuery>,
) -> AppResult<Response> {
    let redirect_uri = callback_uri(&state, &headers, &name);
    let authorization = state.oidc.authorize(&name, &redirect_uri).await?;
    let cookie = begin(
        &state,
        &name,
        &authorization,
        safe_return(query.return_to.as_deref()),
        None,
    )
    .await?;
    Ok(redirect(&authorization.url, Some(cookie)))
}

fn redirect(to: &str, cookie: Option<HeaderValue>) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    if let Ok(location) = HeaderValue::from_str(to) {
        headers.insert(LOCATION, location);
    }
    if let Some(cookie) = cookie {
        headers.append(SET_COOKIE, cookie);
    }
    response
}

#[derive(Deserialize)]
struct CallbackQuery {
    code: Option<String>,
    state: Option<String>,
}

/// Back to the log-in page, saying why (and forgetting the state).
fn refused(state: &AppState, refusal: Refusal) -> Response {
    redirect(
        &format!("/login?sso_error={}", refusal.code()),
        Some(state_cookie(state, "", 0)),
    )
}

async fn callback(
    State(state): State<AppState>,
    AppPath(name): AppPath,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    Query(query): Query<CallbackQuery>,
) -> AppResult<Response> {
    let (Some(code), Some(answered_state)) = (query.code, query.state) else {
        // The provider said no (the person cancelled, say).
        return Ok(refused(&state, Refusal::ProviderFailed));
    };
    // The browser that started this sign-in must be the one answering.
    let started_here = state_from(&state, &headers).is_some_and(|s| {
        use subtle::ConstantTimeEq;
        bool::from(s.as_bytes().ct_eq(answered_state.as_bytes()))
    });
    let hash = token_hash(&answered_state);
    let now = state.clock.now();
    // Taken (so used up) whether or not the browser matches.
    let pending = state
        .db
        .call(move |conn| identities::take_login(conn, &hash, now))
        .await?;
    let Some(pending) = pending.filter(|p| started_here && p.provider == name) else {
        return Ok(refused(&state, Refusal::NotStarted));
    };
    let redirect_uri = callback_uri(&state, &headers, &name);
    let account = match state
        .oidc
        .finish(
            &name,
            &redirect_uri,
            &code,
            &pending.nonce,
            &pending.pkce_verifier,
        )
        .await
    {
        Ok(account) => account,
        Err(e) => {
            tracing::warn!(provider = %name, error = %e, "a provider sign-in was refused");
            return Ok(refused(&state, Refusal::ProviderFailed));
        }
    };
    let label = state.oidc.label(&name).unwrap_or(&name).to_string();
    let keys = state.keys.clone();
    let token = random_token();
    let session = token.clone();
    let link_user_id = pending.link_user_id.clone();
    let outcome = state
        .db
        .call(move |conn| {
            let sign_in = SignIn {
                account: &account,
                provider: (&name, &label),
                ip,
                now,
            };
            let outcome = match &link_user_id {
                Some(user_id) => provider_accounts::connect(conn, &keys, user_id, &sign_in)?,
                None => provider_accounts::sign_in(conn, &keys, &sign_in)?,
            };
            if let (Outcome::SignedIn(user), None) = (&outcome, &link_user_id) {
                sessions::create(conn, &session, &user.id, now)?;
            }
            Ok(outcome)
        })
        .await?;
    match outcome {
        Outcome::Refused(refusal) => Ok(refused(&state, refusal)),
        Outcome::SignedIn(_) => {
            let mut response = redirect(&pending.return_to, Some(state_cookie(&state, "", 0)));
            if pending.link_user_id.is_none() {
                let (name, value) = set_cookie(&state.site, &token);
                response.headers_mut().append(name, value);
            }
            Ok(response)
        }
    }
}

async fn connected(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<ConnectedProvider>>> {
    let linked = state
        .db
        .call(move |conn| identities::for_user(conn, &user.id))
        .await?;
    Ok(Json(
        linked
            .into_iter()
            .map(|identity| ConnectedProvider {
                label: state
                    .oidc
                    .label(&identity.provider)
                    .unwrap_or(&identity.provider)
                    .to_string(),
                name: identity.provider,
                connected_at: crate::clock::rfc3339(identity.created_at),
            })
            .collect(),
    ))
}

/// Starts connecting a provider to the signed-in account, once its owner
/// has proved it is them.
async fn connect(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    headers: HeaderMap,
    ClientIp(ip): ClientIp,
    AppJson(req): AppJson<ConnectProvider>,
) -> AppResult<impl IntoResponse> {
    if state.oidc.label(&req.provider).is_none() {
        return Err(AppError::validation(
            "provider",
            Message::new("error-provider-unknown"),
        ));
    }
    crate::routes::me::prove_owner(&state, &user, &headers, ip, ("password", req.password)).await?;
    let redirect_uri = callback_uri(&state, &headers, &req.provider);
    let authorization = state.oidc.authorize(&req.provider, &redirect_uri).await?;
    let cookie = begin(
        &state,
        &req.provider,
        &authorization,
        "/settings".into(),
        Some(user.id),
    )
    .await?;
    Ok((
        StatusCode::OK,
        [(SET_COOKIE, cookie)],
        Json(ConnectAnswer {
            url: authorization.url,
        }),
    ))
}

/// Disconnects a provider; an account without a password keeps its last.
async fn disconnect(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    ClientIp(ip): ClientIp,
    AppPath(name): AppPath,
) -> AppResult<StatusCode> {
    let keys = state.keys.clone();
    let now = state.clock.now();
    let label = state.oidc.label(&name).unwrap_or(&name).to_string();
    state
        .db
        .call(move |conn| {
            // Two removals at once must not leave the account no way in.
            let mut tx = conn.transaction_locked(&format!("sign-ins {}", user.id))?;
            let linked = identities::for_user(&mut tx, &user.id)?;
            if !linked.iter().any(|i| i.provider == name) {
                return Err(AppError::NotFound);
            }
            let has_password =
                users::password_hash(&mut tx, &user.id)?.is_some_and(|h| h != users::NO_PASSWORD);
            if !has_password && linked.len() == 1 {
                return Err(AppError::Conflict(Message::new("error-last-sign-in")));
            }
            identities::remove(&mut tx, &user.id, &name)?;
            activity::record(
                &mut tx,
                &keys,
                Event::new(&user.id, ActivityKind::ProviderRemoved, ip, now).detail(label),
            )?;
            tx.commit()?;
            Ok(StatusCode::NO_CONTENT)
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_returned_to() {
        assert_eq!(safe_return(Some("/s/abc/edit")), "/s/abc/edit");
        assert_eq!(safe_return(Some("/settings?tab=1")), "/settings?tab=1");
        for hostile in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "evil",
            "/a\nLocation: x",
            "",
        ] {
            assert_eq!(safe_return(Some(hostile)), "/", "{hostile:?}");
        }
        assert_eq!(safe_return(None), "/");
    }
}
