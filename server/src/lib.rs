//! Pinpoint's server as a library: `app()` builds the whole HTTP service
//! from an `AppState`, so tests can serve it on a loopback port.

pub mod access;
pub mod auth;
pub mod backup;
pub mod class_list;
pub mod clock;
pub mod config;
pub mod copy;
pub mod crypto;
pub mod db;
pub mod error;
pub mod extract;
pub mod files;
pub mod formats;
pub mod image_check;
pub mod language;
pub mod listener;
pub mod lti;
pub mod outbound;
pub mod pages;
pub mod policy;
pub mod retention;
pub mod routes;
pub mod security;
pub mod seed;
pub mod site;
pub mod staged_backup;
pub mod stats;
pub mod storage;
pub mod throttle;
pub mod work_pool;

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
    /// Uploaded pictures and sounds: files in the data directory, or a
    /// bucket (`serve --assets`).
    pub files: storage::AssetStore,
    pub clock: clock::Clock,
    /// Viewer statistics not yet written, and their rate limit.
    pub stats: stats::Stats,
    /// Reverse proxies whose `X-Forwarded-For` names the real client
    /// (`serve --trusted-proxy`); nobody else's is believed.
    pub trusted_proxies: std::sync::Arc<[std::net::IpAddr]>,
    /// The most bytes one account's uploads may take (413 past it).
    pub quota_bytes: u64,
    /// The address people use (`serve --public-url`): which hosts and
    /// origins are answered, and whether cookies are `Secure`.
    pub site: site::Site,
    /// This server's name among several sharing a database (random, new
    /// at each start): the holder of the leases it takes.
    pub node: std::sync::Arc<str>,
    /// The OpenID Connect providers people may sign in with
    /// (`serve --config`).
    pub oidc: std::sync::Arc<auth::oidc::Providers>,
    /// LTI platforms' public keys, fetched as launches need them.
    pub lti_keys: std::sync::Arc<lti::PlatformKeys>,
    /// The email domains schools may list for sign-ins (`serve --config`,
    /// `sso_domains_allowed`), lower case.
    pub sso_domains_allowed: std::sync::Arc<[String]>,
    /// Turns to build packages and to import files (`routes::transfer`).
    pub transfers: std::sync::Arc<routes::transfer::Turns>,
    /// The viewer builds offline pages hold, read from the app directory
    /// by `app`.
    pub viewer_builds: std::sync::Arc<formats::offline::ViewerBuilds>,
}

/// Each account's storage, unless `serve --quota-mb` says otherwise: room
/// for a few hundred photos.
pub const DEFAULT_QUOTA_BYTES: u64 = 500 * 1_000_000;

impl AppState {
    /// Opens (creating on first start) the data directory: the database,
    /// the encryption key and the uploaded images.
    pub fn open(data_dir: &Path) -> anyhow::Result<Self> {
        AppState::open_with(data_dir, &db::Location::in_data_dir(data_dir))
    }

    /// Opens the data directory (the key, uploaded images) with the
    /// database at `database`.
    pub fn open_with(data_dir: &Path, database: &db::Location) -> anyhow::Result<Self> {
        files::private_dir(data_dir)?;
        if let db::Location::Sqlite(db_path) = database {
            files::private_file(db_path)?;
            // Journal files left by an older version keep their old mode.
            for suffix in ["-wal", "-shm"] {
                let mut journal = db_path.clone().into_os_string();
                journal.push(suffix);
                let journal = std::path::PathBuf::from(journal);
                if journal.exists() {
                    files::private_file(&journal)?;
                }
            }
        }
        let db = db::Db::open(database)?;
        let keys = crypto::Keys::load_or_create(data_dir)?;
        db.check_key(&keys)?;
        db.bind_sealed_values(&keys)?;
        Ok(AppState {
            db,
            keys,
            files: storage::AssetStore::Files(files::AssetFiles::open(data_dir.join("assets"))?),
            clock: clock::Clock::system(),
            stats: stats::Stats::default(),
            trusted_proxies: std::sync::Arc::new([]),
            quota_bytes: DEFAULT_QUOTA_BYTES,
            site: site::Site::AnyHost { https: false },
            node: crypto::random_id().into(),
            oidc: std::sync::Arc::new(auth::oidc::Providers::none()),
            lti_keys: std::sync::Arc::new(lti::PlatformKeys::new(outbound::Reach::Anywhere)?),
            sso_domains_allowed: std::sync::Arc::new([]),
            transfers: std::sync::Arc::default(),
            viewer_builds: std::sync::Arc::default(),
        })
    }

    /// Keeps uploads in `store` instead of the data directory.
    pub fn storing_assets_in(self, store: storage::AssetStore) -> Self {
        AppState {
            files: store,
            ..self
        }
    }

    pub fn trusting_proxies(self, proxies: Vec<std::net::IpAddr>) -> Self {
        AppState {
            trusted_proxies: proxies.into(),
            ..self
        }
    }
}

/// The API under `/api` and the built app (from `app_dir`) everywhere else.
pub fn app(mut state: AppState, app_dir: &Path) -> Router {
    state.viewer_builds = std::sync::Arc::new(formats::offline::ViewerBuilds::read(app_dir));
    let api = routes::router()
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::same_origin,
        ))
        .layer(middleware::from_fn(security::no_store));
    Router::new()
        .nest("/api", api)
        // `nest` leaves `/api/` itself to the pages, which would answer an
        // API call with the app's HTML page.
        .route(
            "/api/",
            axum::routing::any(|| async { error::AppError::NotFound }),
        )
        .merge(routes::oidc::router())
        .merge(routes::lti::router())
        .merge(
            routes::lti_picker::router().route_layer(middleware::from_fn_with_state(
                state.clone(),
                security::same_origin,
            )),
        )
        .merge(pages::router(app_dir, &state))
        .with_state(state.clone())
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::known_host,
        ))
        .layer(middleware::from_fn_with_state(state, security::headers))
        .layer(middleware::from_fn(language::in_request_language))
        // Wasm, JS, CSS and JSON shrink to a third or less; images,
        // sounds and zips are compressed already and are left alone.
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("audio/"))
                    .and(NotForContentType::const_new("application/zip")),
            ),
        )
        .layer(TraceLayer::new_for_http())
}
