//! Headers every response carries, the known-host rule, and the
//! same-origin rule for requests that change state.

use crate::error::AppError;
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::header::{
    CACHE_CONTROL, CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY,
    STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use pinpoint_i18n::Message;

/// The app's scripts and Wasm come from this origin and nothing runs
/// inline; no page may be framed (`/embed/...` relaxes only that).
pub const CONTENT_SECURITY_POLICY_VALUE: &str = concat!(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; ",
    // blob: shows a picture chosen on this device before it is uploaded
    // (the picture cropper).
    "img-src 'self' blob:; ",
    "base-uri 'none'; form-action 'self'; ",
    // Frames may show only the two video players, after a viewer agrees.
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; ",
    "frame-ancestors 'none'"
);

/// The same policy for `/embed/...`, the one page other sites may frame.
pub const EMBED_CONTENT_SECURITY_POLICY_VALUE: &str = concat!(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; ",
    "base-uri 'none'; form-action 'self'; ",
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; ",
    "frame-ancestors *"
);

/// Headers on every response; under HTTPS also HSTS, so a browser that
/// has been here once never again tries plain HTTP.
pub async fn headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CONTENT_SECURITY_POLICY_VALUE));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers
        .entry(REFERRER_POLICY)
        .or_insert(HeaderValue::from_static("no-referrer"));
    if state.site.https() {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    response
}

/// Answers only requests addressed to this site (see `site`): another
/// `Host` is a DNS-rebinding attempt or a misconfigured proxy.
pub async fn known_host(State(state): State<AppState>, req: Request, next: Next) -> Response {
    match request_host(&req) {
        Some(host) if state.site.accepts_host(host) => next.run(req).await,
        _ => AppError::BadRequest(Message::new("error-host")).into_response(),
    }
}

/// The `Host` header, or (HTTP/1.0, without one) the request line's
/// authority. An unreadable `Host` is none: it is refused, not guessed.
fn request_host(req: &Request) -> Option<&str> {
    match req.headers().get(HOST) {
        Some(host) => host.to_str().ok(),
        None => req.uri().authority().map(|a| a.as_str()),
    }
}

/// Refuses state-changing calls whose `Origin` is not this site's own
/// pages, so no other site can act with a visitor's cookie (cross-site
/// request forgery).
pub async fn same_origin(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let origin = req.headers().get(ORIGIN).and_then(|o| o.to_str().ok());
    match (origin, request_host(&req)) {
        (Some(origin), Some(host)) if state.site.accepts_origin(origin, host) => {
            next.run(req).await
        }
        _ => AppError::Forbidden(Message::new("error-cross-site")).into_response(),
    }
}

/// API answers are about someone (an account, a class list, a password) or
/// change as people edit: no cache may keep them, unless a handler said
/// otherwise (pictures, which follow their scene's visibility).
pub async fn no_store(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    response
        .headers_mut()
        .entry(CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}
