//! The session cookie and the extractors built on it.

use crate::db::sessions::{self, SESSION_SECONDS};
use crate::db::users::User;
use crate::error::AppError;
use crate::site::Site;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use pinpoint_i18n::Message;

pub const COOKIE_NAME: &str = "pinpoint_session";
/// Under HTTPS: the `__Host-` prefix makes browsers refuse the cookie
/// unless it is `Secure`, for this host only and for the whole path, so
/// neither a plain-HTTP page nor a sibling subdomain can plant or read one.
pub const SECURE_COOKIE_NAME: &str = "__Host-pinpoint_session";

/// The cookie's name and attributes, which follow the site's scheme (never
/// a request header, which anyone can write).
fn cookie_name(site: &Site) -> (&'static str, &'static str) {
    if site.https() {
        (SECURE_COOKIE_NAME, "; Secure")
    } else {
        (COOKIE_NAME, "")
    }
}

/// The session token the request carries, if any.
pub fn token_from(site: &Site, headers: &HeaderMap) -> Option<String> {
    let (name, _) = cookie_name(site);
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_string())
}

/// `Set-Cookie` for a new session. HttpOnly: page scripts never see it;
/// SameSite=Lax: other sites' forms do not carry it.
pub fn set_cookie(site: &Site, token: &str) -> (axum::http::HeaderName, HeaderValue) {
    let (name, secure) = cookie_name(site);
    let value = format!(
        "{name}={token}; HttpOnly; SameSite=Lax; Path=/; Max-Age={SESSION_SECONDS}{secure}"
    );
    // Tokens are base64url, so the header value is always valid.
    (
        SET_COOKIE,
        HeaderValue::from_str(&value).expect("ASCII cookie"),
    )
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie(site: &Site) -> (axum::http::HeaderName, HeaderValue) {
    let (name, secure) = cookie_name(site);
    let value = format!("{name}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0{secure}");
    (
        SET_COOKIE,
        HeaderValue::from_str(&value).expect("ASCII cookie"),
    )
}

async fn user_from_parts(parts: &Parts, state: &AppState) -> Result<Option<User>, AppError> {
    let now = state.clock.now();
    let Some(token) = token_from(&state.site, &parts.headers) else {
        return Ok(None);
    };
    state
        .db
        .call(move |conn| sessions::user_for_token(conn, &token, now))
        .await
}

/// The signed-in user; answers 401 when there is none.
pub struct CurrentUser(pub User);

impl FromRequestParts<AppState> for CurrentUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let user = user_from_parts(parts, state)
            .await?
            .ok_or_else(|| AppError::Unauthorized(Message::new("error-log-in")))?;
        if user.must_change_password && !allowed_before_password_change(parts) {
            return Err(AppError::Forbidden(Message::new(
                "error-password-change-first",
            )));
        }
        Ok(CurrentUser(user))
    }
}

/// What someone signed in with a password a teacher or admin chose may do
/// before choosing their own: read, choose it, or delete the account.
fn allowed_before_password_change(parts: &Parts) -> bool {
    let path = parts.uri.path();
    parts.method == Method::GET
        || (parts.method == Method::POST && path.ends_with("/me/password"))
        || (parts.method == Method::DELETE && path.ends_with("/me"))
}

/// The signed-in user, or none for an anonymous visitor.
pub struct MaybeUser(pub Option<User>);

impl FromRequestParts<AppState> for MaybeUser {
    type Rejection = AppError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(MaybeUser(user_from_parts(parts, state).await?))
    }
}
