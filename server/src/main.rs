//! `pinpoint`: the command line.

use clap::{Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
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
    },
    /// Delete what is kept only for a while: activity-log entries over 90
    /// days old or 30 days past their account's deletion, expired sessions.
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
        } => serve(addr, data, app_dir).await,
        Command::Purge { data } => purge(data).await,
    }
}

async fn serve(addr: SocketAddr, data: PathBuf, app_dir: PathBuf) -> anyhow::Result<()> {
    let state = pinpoint_server::AppState::open(&data)?;
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    if let Some(id) = pinpoint_server::seed::demo_scene_if_empty(&state).await? {
        tracing::info!("created the demo scene: http://{addr}/v/{id}");
    }
    tokio::spawn(pinpoint_server::retention::purge_hourly(state.clone()));
    let app = pinpoint_server::app(state, &app_dir);
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
    tracing::info!("stopped");
    Ok(())
}

async fn purge(data: PathBuf) -> anyhow::Result<()> {
    let state = pinpoint_server::AppState::open(&data)?;
    let purged = pinpoint_server::retention::purge(&state).await?;
    println!(
        "purged {} activity-log entries and {} expired sessions",
        purged.activity_entries, purged.expired_sessions
    );
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
