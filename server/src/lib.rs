//! Pinpoint's server as a library: `app()` builds the whole HTTP service
//! from an `AppState`, so tests can serve it on a loopback port.

pub mod access;
pub mod auth;
pub mod backup;
pub mod clock;
pub mod crypto;
pub mod db;
pub mod error;
pub mod extract;
pub mod files;
pub mod pages;
pub mod policy;
pub mod retention;
pub mod routes;
pub mod security;
pub mod seed;
pub mod stats;

use axum::middleware;
use axum::Router;
use std::path::Path;
use tower_http::compression::predicate::{NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, DefaultPredicate};
use tower_http::trace::TraceLayer;

/// Everything a request handler may need; cheap to clone.
#[derive(Clone)]
pub struct AppState {
    pub db: db::Db,
    pub keys: crypto::Keys,
    pub files: files::AssetFiles,
    pub clock: clock::Clock,
    /// Viewer statistics not yet written, and their rate limit.
    pub stats: stats::Stats,
    /// Reverse proxies whose `X-Forwarded-For` names the real client
    /// (`serve --trusted-proxy`); nobody else's is believed.
    pub trusted_proxies: std::sync::Arc<[std::net::IpAddr]>,
}

impl AppState {
    /// Opens (creating on first start) the data directory: the database,
    /// the encryption key and the uploaded images.
    pub fn open(data_dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(data_dir)?;
        Ok(AppState {
            db: db::Db::open(&data_dir.join("pinpoint.db"))?,
            keys: crypto::Keys::load_or_create(data_dir)?,
            files: files::AssetFiles::open(data_dir.join("assets"))?,
            clock: clock::Clock::system(),
            stats: stats::Stats::default(),
            trusted_proxies: std::sync::Arc::new([]),
        })
    }

    pub fn trusting_proxies(self, proxies: Vec<std::net::IpAddr>) -> Self {
        AppState {
            trusted_proxies: proxies.into(),
            ..self
        }
    }
}

/// The API under `/api` and the built app (from `app_dir`) everywhere else.
pub fn app(state: AppState, app_dir: &Path) -> Router {
    let api = routes::router().layer(middleware::from_fn(security::same_origin));
    Router::new()
        .nest("/api", api)
        // `nest` leaves `/api/` itself to the pages, which would answer an
        // API call with the app's HTML page.
        .route(
            "/api/",
            axum::routing::any(|| async { error::AppError::NotFound }),
        )
        .merge(pages::router(app_dir))
        .with_state(state)
        .layer(middleware::from_fn(security::headers))
        // Wasm, JS, CSS and JSON shrink to a third or less; images and
        // sounds are compressed already and are left alone.
        .layer(
            CompressionLayer::new()
                .compress_when(DefaultPredicate::new().and(NotForContentType::const_new("audio/"))),
        )
        .layer(TraceLayer::new_for_http())
}
