//! Headers every response carries, and the same-origin rule for requests
//! that change state.

use crate::error::AppError;
use axum::extract::Request;
use axum::http::header::{
    CONTENT_SECURITY_POLICY, HOST, ORIGIN, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS,
};
use axum::http::{HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

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

pub async fn headers(req: Request, next: Next) -> Response {
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    headers
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(CONTENT_SECURITY_POLICY_VALUE));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

/// Refuses state-changing calls whose `Origin` is not this server, so no
/// other site can act with a visitor's cookie (cross-site request forgery).
pub async fn same_origin(req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(req).await;
    }
    let host = req
        .headers()
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .or_else(|| req.uri().authority().map(|a| a.as_str()));
    let origin = req.headers().get(ORIGIN).and_then(|o| o.to_str().ok());
    match (origin, host) {
        (Some(origin), Some(host)) if origin_is_host(origin, host) => next.run(req).await,
        _ => AppError::Forbidden(
            "Requests that change data must come from Pinpoint's own pages".into(),
        )
        .into_response(),
    }
}

fn origin_is_host(origin: &str, host: &str) -> bool {
    origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
        .is_some_and(|authority| authority.eq_ignore_ascii_case(host))
}

#[cfg(test)]
mod tests {
    use super::origin_is_host;

    #[test]
    fn origin_must_name_this_host_and_port() {
        assert!(origin_is_host("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assert!(origin_is_host(
            "https://pinpoint.school.example",
            "pinpoint.school.example"
        ));
        assert!(!origin_is_host("http://127.0.0.1:9090", "127.0.0.1:8080"));
        assert!(!origin_is_host("http://evil.example", "127.0.0.1:8080"));
        assert!(!origin_is_host("null", "127.0.0.1:8080"));
        assert!(!origin_is_host(
            "http://127.0.0.1:8080.evil.example",
            "127.0.0.1:8080"
        ));
    }
}
