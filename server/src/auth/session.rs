//! The session cookie and the extractors built on it.

use crate::db::sessions::{self, SESSION_SECONDS};
use crate::db::users::User;
use crate::error::AppError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};

pub const COOKIE_NAME: &str = "pinpoint_session";

/// The session token the request carries, if any.
pub fn token_from(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == COOKIE_NAME)
        .map(|c| c.value().to_string())
}

/// Behind TLS (as a proxy reports it) the cookie is also `Secure`.
fn is_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
}

/// `Set-Cookie` for a new session. HttpOnly: page scripts never see it;
/// SameSite=Lax: other sites' forms do not carry it.
pub fn set_cookie(
    request_headers: &HeaderMap,
    token: &str,
) -> (axum::http::HeaderName, HeaderValue) {
    let secure = if is_https(request_headers) {
        "; Secure"
    } else {
        ""
    };
    let value = format!(
        "{COOKIE_NAME}={token}; HttpOnly; SameSite=Lax; Path=/; Max-Age={SESSION_SECONDS}{secure}"
    );
    // Tokens are base64url, so the header value is always valid.
    (
        SET_COOKIE,
        HeaderValue::from_str(&value).expect("ASCII cookie"),
    )
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_cookie() -> (axum::http::HeaderName, HeaderValue) {
    let value = format!("{COOKIE_NAME}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0");
    (
        SET_COOKIE,
        HeaderValue::from_str(&value).expect("ASCII cookie"),
    )
}

async fn user_from_parts(parts: &Parts, state: &AppState) -> Result<Option<User>, AppError> {
    let now = state.clock.now();
    let Some(token) = token_from(&parts.headers) else {
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
            .ok_or_else(|| AppError::Unauthorized("Please log in".into()))?;
        if user.must_change_password && !allowed_before_password_change(parts) {
            return Err(AppError::Forbidden(
                "Choose your own password first: yours was set by your school".into(),
            ));
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
