//! `pinpoint`: the command line.

use anyhow::Context;
use clap::parser::ValueSource;
use clap::{Parser, Subcommand};
use pinpoint_server::config::ConfigFile;
use pinpoint_server::db::Location;
use pinpoint_server::listener;
use pinpoint_server::site::Site;
use pinpoint_server::storage::{AssetStore, Bucket, BucketUrl, S3Settings};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "pinpoint",
    version,
    about = "Interactive images for schools, privately"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the app and the API.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: SocketAddr,
        #[command(flatten)]
        storage: Storage,
        /// The built browser app (Trunk's output).
        #[arg(long, default_value = "./dist")]
        app_dir: PathBuf,
        /// How many weekly backups to keep in `<data>/backups/`; 0: none.
        #[arg(long, default_value_t = pinpoint_server::backup::DEFAULT_KEEP)]
        backup_keep: usize,
        /// Hours between those backups.
        #[arg(long, default_value_t = 168, hide = true)]
        backup_every_hours: u64,
        /// A reverse proxy in front of Pinpoint (repeat for several): its
        /// `X-Forwarded-For` gives the client's address for the activity
        /// log and the statistics' rate limit. Nobody else's is believed.
        #[arg(long = "trusted-proxy", value_name = "IP")]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// The address people use, such as https://pinpoint.school.example:
        /// only requests for this host are answered, only its pages may
        /// change data, and with https the session cookie is Secure. Give
        /// it whenever Pinpoint is reached by name or through a proxy.
        #[arg(long, value_name = "URL")]
        public_url: Option<String>,
        /// Serve HTTPS with this PEM certificate chain (with --tls-key).
        #[arg(long, value_name = "FILE", requires = "tls_key")]
        tls_cert: Option<PathBuf>,
        /// The PEM private key of --tls-cert.
        #[arg(long, value_name = "FILE", requires = "tls_cert")]
        tls_key: Option<PathBuf>,
        /// Most connections served at once; more wait to be accepted.
        #[arg(long, default_value_t = 1024)]
        max_connections: usize,
        /// Most connections one address may hold at once (trusted proxies
        /// have no such limit); more are closed.
        #[arg(long, default_value_t = 256)]
        max_connections_per_address: usize,
        /// Seconds a client has to send a request's headers (also how long
        /// an idle connection stays open) and between pieces of a body.
        #[arg(long, default_value_t = 20)]
        request_timeout_secs: u64,
        /// Megabytes of uploads each account may keep.
        #[arg(long, default_value_t = pinpoint_server::DEFAULT_QUOTA_BYTES / 1_000_000)]
        quota_mb: u64,
    },
    /// Write a backup of the data directory (database, key and uploads) to
    /// one archive; safe while `serve` runs. Keep it as safe as the data
    /// directory: it holds the key.
    Backup {
        /// The archive to write (a tar file; gzipped if it ends in .gz).
        #[arg(long)]
        to: PathBuf,
        /// The installation to back up.
        #[command(flatten)]
        storage: Storage,
    },
    /// Unpack a backup into a new or empty installation (a data directory,
    /// or an empty PostgreSQL database and bucket).
    Restore {
        #[arg(long)]
        from: PathBuf,
        /// Where to restore; it must not hold any data yet.
        #[command(flatten)]
        storage: Storage,
    },
    /// Delete what is kept only for a while: activity-log entries over 90
    /// days old or 30 days past their account's deletion, expired sessions,
    /// viewer statistics' salts and visitor hashes of days that have ended,
    /// guessing-limit windows that have passed, uploads unused for a day.
    /// `serve` also does this every hour.
    Purge {
        #[command(flatten)]
        storage: Storage,
    },
    /// Replace the LTI tool's signing key (what /lti/jwks.json publishes);
    /// the old key stays published for a week.
    RotateLtiKey {
        #[command(flatten)]
        storage: Storage,
    },
    /// Copy a whole installation (every table, every upload) into an empty
    /// one on other backends, such as from a data directory to PostgreSQL
    /// and a bucket, and verify the copy (row counts, checksums, files'
    /// SHA-256). Stop the servers first: what changes during the copy is
    /// not in it. The key is not copied: serve the copy with the same key.
    Copy {
        /// The installation to copy: a data directory (its SQLite database
        /// and uploads), or postgres://... (with --from-assets).
        #[arg(long, value_name = "DIR|URL")]
        from: String,
        /// Where --from's uploads are, when not in its data directory:
        /// s3://bucket/prefix or a directory.
        #[arg(long, value_name = "URL|DIR")]
        from_assets: Option<String>,
        /// The empty installation to copy into: a data directory (created
        /// if missing), or postgres://... (with --to-assets).
        #[arg(long, value_name = "DIR|URL")]
        to: String,
        /// Where to put the uploads, when not in --to's data directory.
        #[arg(long, value_name = "URL|DIR")]
        to_assets: Option<String>,
    },
}

/// Where an installation keeps its things: the data directory, and the
/// database and uploads when they are elsewhere.
#[derive(clap::Args)]
struct Storage {
    /// Where the key lives (unless PINPOINT_SECRET_KEY gives it), and the
    /// database and uploads unless --database and --assets say otherwise
    /// (created if missing).
    #[arg(long, default_value = "./data")]
    data: PathBuf,
    /// The database: postgres://user:password@host:port/name for
    /// PostgreSQL, or a path to an SQLite file (default: pinpoint.db in
    /// --data).
    #[arg(
        long,
        value_name = "URL",
        env = "PINPOINT_DATABASE_URL",
        hide_env_values = true
    )]
    database: Option<String>,
    /// Keep uploads in an S3-compatible bucket, s3://bucket/prefix,
    /// instead of files in --data (endpoint, region and credentials
    /// from PINPOINT_S3_ENDPOINT, PINPOINT_S3_REGION, AWS_ACCESS_KEY_ID
    /// and AWS_SECRET_ACCESS_KEY).
    #[arg(long, value_name = "URL")]
    assets: Option<String>,
    /// A TOML file holding these options by their names (data, database,
    /// assets), and for serve its others and the sign-in providers
    /// ([[oidc]]); an option given on the command line wins over the file.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

impl Storage {
    /// Reads `--config` (if given), taking from it the data directory,
    /// database and uploads the command line did not `give`.
    fn with_config_file(&mut self, given: &dyn Fn(&str) -> bool) -> anyhow::Result<ConfigFile> {
        let file = match &self.config {
            Some(path) => ConfigFile::read(path)?,
            None => ConfigFile::default(),
        };
        if !given("data") {
            if let Some(data) = &file.data {
                self.data = data.clone();
            }
        }
        if !given("database") && file.database.is_some() {
            self.database = file.database.clone();
        }
        if !given("assets") && file.assets.is_some() {
            self.assets = file.assets.clone();
        }
        Ok(file)
    }

    fn database(&self) -> anyhow::Result<Location> {
        match &self.database {
            Some(url) => Location::parse(url).map_err(|e| anyhow::anyhow!("--database: {e}")),
            None => Ok(Location::in_data_dir(&self.data)),
        }
    }

    fn asset_store(&self) -> anyhow::Result<Option<AssetStore>> {
        self.assets
            .as_ref()
            .map(|url| -> anyhow::Result<_> {
                let url = BucketUrl::parse(url).context("--assets")?;
                Ok(AssetStore::Bucket(
                    Bucket::open(&url, &S3Settings::from_env()).context("--assets")?,
                ))
            })
            .transpose()
    }

    /// Whether everything is in the data directory (nothing outside it to
    /// back up).
    fn all_in_data_dir(&self) -> bool {
        self.database.is_none() && self.assets.is_none()
    }

    /// The database and uploads, for a copy or a backup: one that must be
    /// there already (`existing`), or one to fill.
    fn installation(&self, existing: bool) -> anyhow::Result<pinpoint_server::copy::Installation> {
        if existing {
            refuse_missing(&self.database()?)?;
        } else {
            pinpoint_server::files::private_dir(&self.data)
                .with_context(|| format!("--data {}", self.data.display()))?;
        }
        let assets = match self.asset_store()? {
            Some(store) => store,
            None => AssetStore::Files(pinpoint_server::files::AssetFiles::open(
                self.data.join(pinpoint_server::backup::ASSETS_DIR),
            )?),
        };
        let database = self.database()?;
        pinpoint_server::copy::open(&database, assets)
            .with_context(|| format!("opening {}", database.redacted()))
    }

    /// Opens the installation (bringing its database up to date).
    fn open(&self) -> anyhow::Result<pinpoint_server::AppState> {
        let database = self.database()?;
        let state = pinpoint_server::AppState::open_with(&self.data, &database)
            .with_context(|| format!("opening {}", database.redacted()))?;
        Ok(match self.asset_store()? {
            Some(store) => state.storing_assets_in(store),
            None => state,
        })
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    // Whatever this process creates (database, uploads, backups, keys) is
    // readable by its own user only.
    #[cfg(unix)]
    // SAFETY: umask only sets this process's file-creation mask.
    unsafe {
        libc::umask(0o077);
    }
    // Each password hash takes a 19 MiB buffer. glibc's allocator serves
    // buffers that big from its heaps once some have been freed, and a
    // spread-out flood of sign-ins then fragments them until the process
    // holds gigabytes it never gives back (measured: 5.8 GB after 640
    // tries). Buffers of 1 MiB and more come straight from the kernel
    // instead and go back to it when freed.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only tunes the allocator; called before any thread
    // is started.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    let matches = <Cli as clap::CommandFactory>::command().get_matches();
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches)?;
    // Whether the command line (or the environment) gave an option, which
    // then wins over the config file.
    let command_args = matches.subcommand().map(|(_, args)| args.clone());
    let given = |id: &str| {
        command_args.as_ref().is_some_and(|args| {
            matches!(
                args.value_source(id),
                Some(ValueSource::CommandLine | ValueSource::EnvVariable)
            )
        })
    };
    match cli.command {
        Command::Serve {
            mut addr,
            mut storage,
            mut app_dir,
            mut backup_keep,
            backup_every_hours,
            mut trusted_proxies,
            mut public_url,
            mut tls_cert,
            mut tls_key,
            mut max_connections,
            mut max_connections_per_address,
            mut request_timeout_secs,
            mut quota_mb,
        } => {
            let file = storage.with_config_file(&given)?;
            macro_rules! from_file {
                ($($field:ident = $value:expr;)*) => {$(
                    if !given(stringify!($field)) {
                        if let Some(value) = $value {
                            $field = value;
                        }
                    }
                )*};
            }
            from_file! {
                addr = file.addr;
                app_dir = file.app_dir;
                backup_keep = file.backup_keep;
                trusted_proxies = file.trusted_proxy;
                max_connections = file.max_connections;
                max_connections_per_address = file.max_connections_per_address;
                request_timeout_secs = file.request_timeout_secs;
                quota_mb = file.quota_mb;
            }
            if !given("public_url") && file.public_url.is_some() {
                public_url = file.public_url;
            }
            if file.tls_cert.is_some() != file.tls_key.is_some() {
                anyhow::bail!("the config file gives tls_cert and tls_key together, or neither");
            }
            if !given("tls_cert") && file.tls_cert.is_some() {
                (tls_cert, tls_key) = (file.tls_cert, file.tls_key);
            }
            let providers = pinpoint_server::auth::oidc::Providers::new(file.oidc)?;
            let sso_domains_allowed =
                model::school::normalize_sso_domains(&file.sso_domains_allowed).map_err(|e| {
                    anyhow::anyhow!("sso_domains_allowed in the config file: {}", e.message)
                })?;

            let timeout = std::time::Duration::from_secs(request_timeout_secs.max(1));
            let front_door = FrontDoor {
                public_url,
                tls: tls_cert.zip(tls_key),
                limits: listener::Limits {
                    header_timeout: timeout,
                    body_timeout: timeout,
                    max_connections: max_connections.max(1),
                    max_per_address: max_connections_per_address.max(1),
                    unlimited_addresses: trusted_proxies.clone(),
                    ..listener::Limits::default()
                },
            };
            let backups = Backups {
                keep: backup_keep,
                every_hours: backup_every_hours,
            };
            serve(
                addr,
                storage,
                app_dir,
                trusted_proxies,
                front_door,
                Accounts {
                    quota_mb,
                    backups,
                    providers,
                    sso_domains_allowed,
                    lti_private_networks: file.lti_private_networks,
                },
            )
            .await
        }
        Command::Backup { to, mut storage } => {
            storage.with_config_file(&given)?;
            backup(&storage, &to).await
        }
        Command::Restore { from, mut storage } => {
            storage.with_config_file(&given)?;
            restore(&from, &storage).await
        }
        Command::Purge { mut storage } => {
            storage.with_config_file(&given)?;
            purge(storage).await
        }
        Command::RotateLtiKey { mut storage } => {
            storage.with_config_file(&given)?;
            let state = storage.open()?;
            let (keys, now) = (state.keys.clone(), state.clock.now());
            let kid = state
                .db
                .run(|conn| pinpoint_server::lti::tool_key::rotate(conn, &keys, now))?;
            println!(
                "the LTI tool signs with a new key, {kid}; the old one stays published for a week"
            );
            Ok(())
        }
        Command::Copy {
            from,
            from_assets,
            to,
            to_assets,
        } => copy(&from, from_assets.as_deref(), &to, to_assets.as_deref()).await,
    }
}

/// What `serve` keeps for its accounts: their storage, their backups,
/// the providers they sign in with.
struct Accounts {
    quota_mb: u64,
    backups: Backups,
    providers: pinpoint_server::auth::oidc::Providers,
    sso_domains_allowed: Vec<String>,
    /// Learning platforms on private networks may be reached.
    lti_private_networks: bool,
}

/// How often `serve` backs up, and how many backups it keeps.
struct Backups {
    keep: usize,
    every_hours: u64,
}

/// How `serve` meets the network: its public address, TLS and limits.
struct FrontDoor {
    public_url: Option<String>,
    tls: Option<(PathBuf, PathBuf)>,
    limits: listener::Limits,
}

async fn serve(
    addr: SocketAddr,
    storage: Storage,
    app_dir: PathBuf,
    trusted_proxies: Vec<std::net::IpAddr>,
    front_door: FrontDoor,
    accounts: Accounts,
) -> anyhow::Result<()> {
    let Accounts {
        quota_mb,
        backups,
        providers,
        sso_domains_allowed,
        lti_private_networks,
    } = accounts;
    let tls = front_door
        .tls
        .as_ref()
        .map(|(cert, key)| listener::tls_acceptor(cert, key))
        .transpose()?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let site = match &front_door.public_url {
        Some(url) => Site::public(url).context("--public-url")?,
        None => listener::default_site(addr, tls.is_some()),
    };
    if tls.is_some() && !site.https() {
        anyhow::bail!("--public-url must start with https:// when serving TLS");
    }
    if matches!(site, Site::AnyHost { .. }) {
        tracing::warn!(
            "no --public-url: requests for any host name are answered; give the address people use"
        );
    }
    let base = match &site {
        Site::Public { origin, .. } => origin.clone(),
        _ => format!("{}://{addr}", if tls.is_some() { "https" } else { "http" }),
    };
    let state = storage.open()?.trusting_proxies(trusted_proxies);
    let reach = pinpoint_server::outbound::reach_for(&site, lti_private_networks);
    let state = pinpoint_server::AppState {
        lti_keys: std::sync::Arc::new(pinpoint_server::lti::PlatformKeys::new(reach)?),
        site,
        quota_bytes: quota_mb.saturating_mul(1_000_000),
        oidc: std::sync::Arc::new(providers),
        sso_domains_allowed: sso_domains_allowed.into(),
        ..state
    };
    if let Some(id) = pinpoint_server::seed::demo_scene_if_empty(&state).await? {
        tracing::info!("created the demo scene: {base}/v/{id}");
    }
    backup_schedule(&storage, &state, backups);
    tokio::spawn(pinpoint_server::retention::purge_hourly(state.clone()));
    tokio::spawn(pinpoint_server::stats::flush_every_second(state.clone()));
    let app = pinpoint_server::app(state.clone(), &app_dir);
    tracing::info!(
        "Pinpoint is serving on {base} (database {}, key and {} in {})",
        storage.database()?.redacted(),
        if storage.assets.is_some() {
            "no uploads"
        } else {
            "uploads"
        },
        storage.data.display()
    );
    listener::serve(listener, app, tls, front_door.limits, shutdown_signal()).await?;
    // The last second's viewer statistics, held in memory until now.
    pinpoint_server::stats::flush(&state).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn purge(storage: Storage) -> anyhow::Result<()> {
    let state = storage.open()?;
    let purged = pinpoint_server::retention::purge(&state).await?;
    println!(
        "purged {} activity-log entries, {} expired sessions, {} statistics salts, {} visitor hashes, {} guessing-limit windows and {} unused uploads",
        purged.activity_entries,
        purged.expired_sessions,
        purged.stats_salts,
        purged.visitor_hashes,
        purged.throttle_windows,
        purged.unused_uploads
    );
    Ok(())
}

/// An SQLite database to read from must be there: opening one that is not
/// would make a new, empty one.
fn refuse_missing(database: &Location) -> anyhow::Result<()> {
    match database {
        Location::Sqlite(path) if !path.is_file() => anyhow::bail!(
            "there is no database at {}: is that Pinpoint's data directory?",
            path.display()
        ),
        _ => Ok(()),
    }
}

/// One side of `pinpoint copy`, opened.
fn installation(
    url: &str,
    assets: Option<&str>,
    side: &str,
) -> anyhow::Result<pinpoint_server::copy::Installation> {
    let database = Location::parse(url).map_err(|e| anyhow::anyhow!("--{side}: {e}"))?;
    let database = match database {
        // A path names a data directory here, not a database file.
        Location::Sqlite(dir) => {
            let database = Location::in_data_dir(&dir);
            if side == "from" {
                refuse_missing(&database)?;
            } else {
                pinpoint_server::files::private_dir(&dir)
                    .with_context(|| format!("--{side} {}", dir.display()))?;
            }
            database
        }
        postgres => postgres,
    };
    let assets = match (assets, &database) {
        (Some(url), _) if url.starts_with("s3://") => {
            let url = BucketUrl::parse(url).with_context(|| format!("--{side}-assets"))?;
            AssetStore::Bucket(Bucket::open(&url, &S3Settings::from_env())?)
        }
        (Some(dir), _) => AssetStore::Files(pinpoint_server::files::AssetFiles::open(dir.into())?),
        (None, Location::Sqlite(db)) => AssetStore::Files(
            pinpoint_server::files::AssetFiles::open(db.with_file_name("assets"))?,
        ),
        (None, Location::Postgres(_)) => {
            anyhow::bail!("--{side} is PostgreSQL: say where its uploads are with --{side}-assets")
        }
    };
    pinpoint_server::copy::open(&database, assets)
        .with_context(|| format!("opening --{side} {}", database.redacted()))
}

async fn copy(
    from: &str,
    from_assets: Option<&str>,
    to: &str,
    to_assets: Option<&str>,
) -> anyhow::Result<()> {
    let source = installation(from, from_assets, "from")?;
    let target = installation(to, to_assets, "to")?;
    let summary = pinpoint_server::copy::copy(&source, &target).await?;
    for (table, rows) in &summary.tables {
        println!("{table:>20}: {rows} rows");
    }
    println!("copied and verified {summary}");
    println!(
        "serve the copy with the same key as the original (its secret.key, \
         or PINPOINT_SECRET_KEY=\"$(base64 -w0 data/secret.key)\")"
    );
    Ok(())
}

/// Starts the weekly backups into `<data>/backups/` (unless `keep` is 0).
fn backup_schedule(storage: &Storage, state: &pinpoint_server::AppState, backups: Backups) {
    let Backups { keep, every_hours } = backups;
    if keep == 0 || every_hours == 0 {
        tracing::info!("scheduled backups are off");
        return;
    }
    let data = &storage.data;
    let every = std::time::Duration::from_secs(every_hours * 60 * 60);
    tracing::info!(
        "backing up every {every_hours} hours into {} (by one server of those sharing the database), keeping the last {keep}",
        data.join(pinpoint_server::backup::BACKUPS_DIR).display()
    );
    tokio::spawn(pinpoint_server::backup::run_schedule(
        state.clone(),
        pinpoint_server::backup::Schedule {
            data_dir: data.to_path_buf(),
            every,
            keep,
            staged: !storage.all_in_data_dir(),
        },
    ));
}

async fn backup(storage: &Storage, to: &Path) -> anyhow::Result<()> {
    let summary = if storage.all_in_data_dir() {
        pinpoint_server::backup::create(&storage.data, to)?
    } else {
        let installation = storage.installation(true)?;
        pinpoint_server::staged_backup::create(&installation, &storage.data, to).await?
    };
    println!("backed up {summary} to {}", to.display());
    if !summary.key {
        println!(
            "the key is not in the data directory (PINPOINT_SECRET_KEY?): keep it with the backup"
        );
    }
    Ok(())
}

async fn restore(from: &Path, storage: &Storage) -> anyhow::Result<()> {
    let summary = if storage.all_in_data_dir() {
        pinpoint_server::backup::restore(from, &storage.data)?
    } else {
        let installation = storage.installation(false)?;
        pinpoint_server::staged_backup::restore(from, &installation, &storage.data).await?
    };
    println!("restored {summary} into {}", storage.database()?.redacted());
    if !summary.key {
        println!("the backup holds no key: serve with the same PINPOINT_SECRET_KEY as before");
    }
    Ok(())
}

/// Ctrl-C or SIGTERM: stop accepting, finish requests in flight, exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut sig) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            sig.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}
