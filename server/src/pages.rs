//! The built browser app (Trunk's `dist/`): its files, and `index.html`
//! for every app route so that a shared link opens straight into the app.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use std::path::Path;
use std::sync::Arc;
use tower_http::services::ServeDir;

const NOT_BUILT: &str = "<!doctype html><meta charset=utf-8><title>Pinpoint</title>\
    <p>The Pinpoint app has not been built. Run <code>scripts/run</code> from the repository.</p>";

/// Serves `app_dir`; any path that is not a file gets the app's index page.
pub fn router(app_dir: &Path) -> Router {
    let index = Arc::new(std::fs::read_to_string(app_dir.join("index.html")).ok());
    if index.is_none() {
        tracing::warn!(dir = %app_dir.display(), "no built app found; serving a placeholder page");
    }
    let index_route = axum::routing::get(move || {
        let index = index.clone();
        async move { index_page(index.as_ref().as_deref()) }
    });
    let files = ServeDir::new(app_dir).fallback(index_route.clone());
    Router::new()
        .route("/", index_route)
        .fallback_service(files)
        .layer(middleware::from_fn(cache_control))
}

fn index_page(index: Option<&str>) -> Response {
    match index {
        Some(html) => Html(html.to_string()).into_response(),
        None => (StatusCode::SERVICE_UNAVAILABLE, Html(NOT_BUILT)).into_response(),
    }
}

/// Trunk puts a content hash in its output names, so those never change and
/// may be cached for good; everything else (the index page above all) is
/// revalidated on each visit.
async fn cache_control(req: Request, next: Next) -> Response {
    let hashed = is_hashed(req.uri().path());
    let mut response = next.run(req).await;
    let value = if hashed && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static(value));
    response
}

/// Whether a path names a content-hashed build output such as
/// `/pinpoint-app-0123456789abcdef_bg.wasm`.
fn is_hashed(path: &str) -> bool {
    path.rsplit('/').next().is_some_and(|name| {
        name.split(['-', '.', '_'])
            .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
    })
}

#[cfg(test)]
mod tests {
    use super::is_hashed;

    #[test]
    fn only_hashed_build_outputs_count_as_immutable() {
        assert!(is_hashed("/pinpoint-app-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("/app-0123456789abcdef.css"));
        assert!(!is_hashed("/"));
        assert!(!is_hashed("/v/AAAAAAAAAAAAAAAAAAAAAA"));
        assert!(!is_hashed("/start.js"));
    }
}
