//! LTI 1.3 for learning platforms (Canvas, Moodle, ...). Outside the API,
//! the tool's URLs a platform's administrator registers:
//! `/lti/login` (login initiation, GET or POST) sends the browser back to
//! the platform to sign the launch; `/lti/launch` takes the signed answer.
//! A learner's launch of a scene's link shows it in the viewer
//! (`/embed/{id}`): no account, no cookie, nothing of the learner stored;
//! the viewer counts an anonymous view as for any visitor. An instructor's
//! deep-linking launch goes on to the scene picker (`lti_picker`). In the
//! API, a school's admin registers platforms (`/api/school/lti/platforms`).
//!
//! A launch under way is kept on the server (found by its `state`, used
//! once, with the nonce its answer must carry), never in a cookie: frames
//! in browsers that block third-party cookies launch too.

use crate::access;
use crate::auth::CurrentUser;
use crate::crypto::{random_id, random_token, token_hash};
use crate::db::{lti, scenes};
use crate::error::{AppError, AppResult};
use crate::extract::AppPath;
use crate::language::{say, word};
use crate::lti::{Launch, LaunchError};
use crate::policy::{self, Relation};
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Form, Query, State};
use axum::http::header::{HOST, LOCATION};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use model::lti::{LtiPlatform, LtiPlatformSettings};
use pinpoint_i18n::Message;
use serde::Deserialize;

/// The most a launch's form may weigh (a signed token is a few KB).
const LAUNCH_BODY_MAX: usize = 64 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/lti/login", get(login_get).post(login_post))
        .route("/lti/launch", post(launch))
        .route("/lti/jwks.json", get(tool_keys))
        .layer(DefaultBodyLimit::max(LAUNCH_BODY_MAX))
}

pub fn api_router() -> Router<AppState> {
    Router::new()
        .route("/school/lti/platforms", get(platforms).post(register))
        .route("/school/lti/platforms/{id}", delete(unregister))
}

async fn platforms(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
) -> AppResult<Json<Vec<LtiPlatform>>> {
    let school = access::run_school(&user)?;
    Ok(Json(
        state
            .db
            .call(move |conn| lti::for_school(conn, &school))
            .await?,
    ))
}

async fn register(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    crate::extract::AppJson(settings): crate::extract::AppJson<LtiPlatformSettings>,
) -> AppResult<(StatusCode, Json<LtiPlatform>)> {
    let school = access::run_school(&user)?;
    let settings = settings.normalized()?;
    if !addresses_allowed(&settings, &state.site) {
        return Err(AppError::validation(
            "jwks_url",
            Message::new("error-lti-addresses"),
        ));
    }
    let id = format!("lti_{}", random_id());
    let now = state.clock.now();
    let platform = LtiPlatform {
        id: id.clone(),
        settings: settings.clone(),
    };
    state
        .db
        .call(move |conn| lti::insert(conn, &id, &school, &settings, now))
        .await?;
    Ok((StatusCode::CREATED, Json(platform)))
}

async fn unregister(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<StatusCode> {
    let school = access::run_school(&user)?;
    let removed = state
        .db
        .call(move |conn| lti::delete(conn, &school, &id))
        .await?;
    if removed {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(AppError::NotFound)
    }
}

/// The tool's public keys, for platforms to check what it signs.
async fn tool_keys(State(state): State<AppState>) -> AppResult<Response> {
    let (keys, now) = (state.keys.clone(), state.clock.now());
    let published = state
        .db
        .call(move |conn| crate::lti::tool_key::published(conn, &keys, now))
        .await?;
    let mut response = Json(serde_json::json!({ "keys": published })).into_response();
    response.headers_mut().insert(
        axum::http::header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=300"),
    );
    Ok(response)
}

/// Plain `http://` to this machine (all `normalized` lets through besides
/// `https://`) is for a Pinpoint tried out or tested without a public
/// address; one serving people (`--public-url`) refuses it, so no school's
/// admin can point it at its own host's services.
fn addresses_allowed(settings: &LtiPlatformSettings, site: &crate::site::Site) -> bool {
    let plain = [&settings.issuer, &settings.auth_url, &settings.jwks_url]
        .into_iter()
        .any(|url| url.starts_with("http://"));
    !plain || !matches!(site, crate::site::Site::Public { .. })
}

/// Login initiation's parameters (the platform sends more; they are not
/// needed).
#[derive(Deserialize)]
struct LoginInitiation {
    iss: String,
    login_hint: String,
    lti_message_hint: Option<String>,
    client_id: Option<String>,
}

async fn login_get(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(initiation): Query<LoginInitiation>,
) -> Response {
    login(state, headers, initiation).await
}

async fn login_post(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(initiation): Form<LoginInitiation>,
) -> Response {
    login(state, headers, initiation).await
}

/// A page for the person in the platform's frame: the launch did not work.
fn refused(status: StatusCode, message: &str) -> Response {
    super::lti_picker::page(
        status,
        &word("launch-refused-title"),
        &format!(
            "<p>{}</p><p>{}</p>",
            html_escape::encode_text(message),
            html_escape::encode_text(&word("launch-refused-hint")),
        ),
    )
}

async fn login(state: AppState, headers: HeaderMap, initiation: LoginInitiation) -> Response {
    match start_launch(&state, &headers, initiation).await {
        Ok(response) => response,
        Err(AppError::NotFound) => {
            refused(StatusCode::BAD_REQUEST, &word("launch-unknown-platform"))
        }
        Err(e) => e.into_response(),
    }
}

async fn start_launch(
    state: &AppState,
    headers: &HeaderMap,
    initiation: LoginInitiation,
) -> AppResult<Response> {
    let LoginInitiation {
        iss,
        login_hint,
        lti_message_hint,
        client_id,
    } = initiation;
    let platform = state
        .db
        .call(move |conn| lti::for_login(conn, &iss, client_id.as_deref()))
        .await?
        .ok_or(AppError::NotFound)?;
    let (launch_state, nonce) = (random_token(), random_token());
    let (hash, id, kept_nonce, now) = (
        token_hash(&launch_state),
        platform.platform.id.clone(),
        nonce.clone(),
        state.clock.now(),
    );
    state
        .db
        .call(move |conn| lti::start_login(conn, &hash, &id, &kept_nonce, now))
        .await?;
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let settings = &platform.platform.settings;
    // The platform's authorization URL, with the launch's parameters
    // added to any it has.
    let mut location = url::Url::parse(&settings.auth_url)
        .map_err(|_| AppError::validation("auth_url", Message::new("error-lti-auth-url")))?;
    location
        .query_pairs_mut()
        .append_pair("scope", "openid")
        .append_pair("response_type", "id_token")
        .append_pair("response_mode", "form_post")
        .append_pair("prompt", "none")
        .append_pair("client_id", &settings.client_id)
        .append_pair(
            "redirect_uri",
            &format!("{}/lti/launch", state.site.origin_for(host)),
        )
        .append_pair("login_hint", &login_hint)
        .append_pair("state", &launch_state)
        .append_pair("nonce", &nonce);
    if let Some(hint) = &lti_message_hint {
        location
            .query_pairs_mut()
            .append_pair("lti_message_hint", hint);
    }
    let mut response = StatusCode::FOUND.into_response();
    response.headers_mut().insert(
        LOCATION,
        HeaderValue::from_str(location.as_str()).map_err(|e| AppError::Internal(e.into()))?,
    );
    Ok(response)
}

#[derive(Deserialize)]
struct LaunchForm {
    id_token: String,
    state: String,
}

async fn launch(State(state): State<AppState>, Form(form): Form<LaunchForm>) -> Response {
    match checked_launch(&state, form).await {
        Ok(response) => response,
        Err(Refusal::Launch(e)) => {
            tracing::warn!(error = %e, "an LTI launch was refused");
            // What went wrong fetching the platform's keys stays in the
            // log: the page would let anyone probe addresses through it.
            let shown = match e {
                LaunchError::Keys(_) => word("launch-keys"),
                e => say(&Message::new("launch-invalid").text("detail", e.to_string())),
            };
            refused(StatusCode::UNAUTHORIZED, &shown)
        }
        Err(Refusal::NotStarted) => refused(StatusCode::UNAUTHORIZED, &word("launch-not-started")),
        Err(Refusal::NotShared) => refused(StatusCode::NOT_FOUND, &word("launch-not-shared")),
        Err(Refusal::App(e)) => e.into_response(),
    }
}

enum Refusal {
    NotStarted,
    Launch(LaunchError),
    NotShared,
    App(AppError),
}

impl From<AppError> for Refusal {
    fn from(e: AppError) -> Self {
        Refusal::App(e)
    }
}

async fn checked_launch(state: &AppState, form: LaunchForm) -> Result<Response, Refusal> {
    let (hash, now) = (token_hash(&form.state), state.clock.now());
    let (platform_id, nonce) = state
        .db
        .call(move |conn| lti::take_login(conn, &hash, now))
        .await?
        .ok_or(Refusal::NotStarted)?;
    let platform = state
        .db
        .call(move |conn| lti::by_id(conn, &platform_id))
        .await?
        .ok_or(Refusal::NotStarted)?;
    let launch = state
        .lti_keys
        .verify(&platform.platform.settings, &form.id_token, &nonce)
        .await
        .map_err(Refusal::Launch)?;
    match launch {
        Launch::ResourceLink { scene } => {
            let scene = scene.ok_or(Refusal::NotShared)?;
            // Shown to the learner exactly as to any visitor with the link.
            let id = scene.clone();
            let shared = state
                .db
                .call(move |conn| {
                    Ok(scenes::by_id(conn, &id)?.is_some_and(|stored| {
                        policy::may_view_scene(Relation::Stranger, stored.scene.visibility)
                    }))
                })
                .await?;
            if !shared {
                return Err(Refusal::NotShared);
            }
            let mut response = StatusCode::SEE_OTHER.into_response();
            response.headers_mut().insert(
                LOCATION,
                // A scene was found by this id: base64url, safe in a path.
                HeaderValue::from_str(&format!("/embed/{scene}"))
                    .map_err(|e| AppError::Internal(e.into()))?,
            );
            Ok(response)
        }
        Launch::DeepLinking(request) => {
            Ok(super::lti_picker::start(state, platform, request).await?)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_with_a_public_address_takes_only_https_platforms() {
        let https = LtiPlatformSettings {
            issuer: "https://canvas.instructure.com".into(),
            client_id: "1".into(),
            deployment_id: "1".into(),
            auth_url: "https://sso.canvaslms.com/api/lti/authorize_redirect".into(),
            jwks_url: "https://sso.canvaslms.com/api/lti/security/jwks".into(),
        };
        let local = LtiPlatformSettings {
            jwks_url: "http://127.0.0.1:8080/jwks".into(),
            ..https.clone()
        };
        let public = crate::site::Site::public("https://pinpoint.school.example").unwrap();
        let loopback = crate::site::Site::Loopback {
            port: 8080,
            https: false,
        };
        assert!(addresses_allowed(&https, &public));
        assert!(!addresses_allowed(&local, &public));
        assert!(addresses_allowed(&local, &loopback));
        assert!(addresses_allowed(
            &local,
            &crate::site::Site::AnyHost { https: false }
        ));
    }
}
