//! `pinpoint`: the command line.

use clap::{Parser, Subcommand};
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
        /// Where the database, key and uploads live (created if missing).
        #[arg(long, default_value = "./data")]
        data: PathBuf,
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
    },
    /// Write a backup of the data directory (database, key and uploads) to
    /// one archive; safe while `serve` runs. Keep it as safe as the data
    /// directory: it holds the key.
    Backup {
        /// The archive to write (a tar file; gzipped if it ends in .gz).
        #[arg(long)]
        to: PathBuf,
        /// The data directory to back up.
        #[arg(long, default_value = "./data")]
        data: PathBuf,
    },
    /// Unpack a backup into a new or empty data directory.
    Restore {
        #[arg(long)]
        from: PathBuf,
        /// The data directory to create; it must not hold a database yet.
        #[arg(long, default_value = "./data")]
        data: PathBuf,
    },
    /// Delete what is kept only for a while: activity-log entries over 90
    /// days old or 30 days past their account's deletion, expired sessions,
    /// viewer statistics' salts and visitor hashes from before yesterday.
    /// `serve` also does this every hour.
    Purge {
        #[arg(long, default_value = "./data")]
        data: PathBuf,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match Cli::parse().command {
        Command::Serve {
            addr,
            data,
            app_dir,
            backup_keep,
            backup_every_hours,
            trusted_proxies,
        } => {
            backup_schedule(&data, backup_keep, backup_every_hours);
            serve(addr, data, app_dir, trusted_proxies).await
        }
        Command::Backup { to, data } => backup(&data, &to),
        Command::Restore { from, data } => restore(&from, &data),
        Command::Purge { data } => purge(data).await,
    }
}

async fn serve(
    addr: SocketAddr,
    data: PathBuf,
    app_dir: PathBuf,
    trusted_proxies: Vec<std::net::IpAddr>,
) -> anyhow::Result<()> {
    let state = pinpoint_server::AppState::open(&data)?.trusting_proxies(trusted_proxies);
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    if let Some(id) = pinpoint_server::seed::demo_scene_if_empty(&state).await? {
        tracing::info!("created the demo scene: http://{addr}/v/{id}");
    }
    tokio::spawn(pinpoint_server::retention::purge_hourly(state.clone()));
    tokio::spawn(pinpoint_server::stats::flush_every_second(state.clone()));
    let app = pinpoint_server::app(state.clone(), &app_dir);
    tracing::info!(
        "Pinpoint is serving on http://{addr} (data in {})",
        data.display()
    );
    // The peer address is what the activity log records.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    // The last second's viewer statistics, held in memory until now.
    pinpoint_server::stats::flush(&state).await?;
    tracing::info!("stopped");
    Ok(())
}

async fn purge(data: PathBuf) -> anyhow::Result<()> {
    let state = pinpoint_server::AppState::open(&data)?;
    let purged = pinpoint_server::retention::purge(&state).await?;
    println!(
        "purged {} activity-log entries, {} expired sessions, {} statistics salts and {} visitor hashes",
        purged.activity_entries, purged.expired_sessions, purged.stats_salts, purged.visitor_hashes
    );
    Ok(())
}

/// Starts the weekly backups into `<data>/backups/` (unless `keep` is 0).
fn backup_schedule(data: &Path, keep: usize, every_hours: u64) {
    if keep == 0 || every_hours == 0 {
        tracing::info!("scheduled backups are off");
        return;
    }
    let every = std::time::Duration::from_secs(every_hours * 60 * 60);
    tracing::info!(
        "backing up every {every_hours} hours into {}, keeping the last {keep}",
        data.join(pinpoint_server::backup::BACKUPS_DIR).display()
    );
    tokio::spawn(pinpoint_server::backup::run_schedule(
        data.to_path_buf(),
        every,
        keep,
    ));
}

fn backup(data: &Path, to: &Path) -> anyhow::Result<()> {
    let summary = pinpoint_server::backup::create(data, to)?;
    println!("backed up {summary} to {}", to.display());
    if !summary.key {
        println!(
            "the key is not in the data directory (PINPOINT_SECRET_KEY?): keep it with the backup"
        );
    }
    Ok(())
}

fn restore(from: &Path, data: &Path) -> anyhow::Result<()> {
    let summary = pinpoint_server::backup::restore(from, data)?;
    println!("restored {summary} into {}", data.display());
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
