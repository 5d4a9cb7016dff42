//! Retention: what is kept only for a while is deleted when its time is up.
//! `pinpoint purge` runs this once; `serve` runs it every hour.

use crate::clock::{self, DAY};
use crate::db::identities;
use crate::db::{activity, assets, leases, sessions, stats, throttle};
use crate::error::AppResult;
use crate::AppState;
use std::time::Duration;

/// How often `serve` purges.
pub const PURGE_EVERY: Duration = Duration::from_secs(60 * 60);

/// How long the purge lease lasts: two purges, so the server that holds it
/// keeps it from one hour to the next, and another takes over within two
/// hours of it stopping.
const PURGE_LEASE_SECONDS: i64 = 2 * 60 * 60;

/// What one purge deleted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    /// Activity-log entries over 90 days old, or 30 days past their
    /// account's deletion.
    pub activity_entries: usize,
    pub expired_sessions: usize,
    /// Viewer statistics' daily salts and visitor hashes of days that have
    /// ended: once gone, no count can be linked to anyone.
    pub stats_salts: usize,
    pub visitor_hashes: usize,
    /// Guessing limits' windows that have passed.
    pub throttle_windows: usize,
    /// Sign-ins sent to a provider and never answered.
    pub unfinished_sign_ins: usize,
    /// Uploads a day old that no scene shows and nobody has as a picture.
    pub unused_uploads: usize,
}

/// Deletes everything whose time is up by the state's clock.
pub async fn purge(state: &AppState) -> AppResult<Purged> {
    let now = state.clock.now();
    let today = clock::date(now);
    state.stats.forget_salt_before(&today);
    let (purged, unused) = state
        .db
        .call(move |conn| {
            let mut tx = conn.transaction()?;
            let unused = assets::delete_unused(&mut tx, now - DAY)?;
            let purged = Purged {
                activity_entries: activity::purge(&mut tx, now)?,
                expired_sessions: sessions::purge_expired(&mut tx, now)?,
                stats_salts: stats::purge_salts(&mut tx, &today)?,
                visitor_hashes: stats::purge_visitors(&mut tx, &today)?,
                throttle_windows: throttle::purge(&mut tx, now)?,
                unfinished_sign_ins: identities::purge_logins(&mut tx, now)?
                    + crate::db::lti::purge_logins(&mut tx, now)?
                    + crate::db::lti::purge_deep_links(&mut tx, now)?,
                unused_uploads: unused.len(),
            };
            tx.commit()?;
            Ok((purged, unused))
        })
        .await?;
    state.files.remove_all(unused).await;
    // A write is a few seconds at most; an hour-old partial file is from
    // a crash (uses the real clock: file times are the system's).
    match state
        .files
        .remove_stale_partials(std::time::Duration::from_secs(3600))
        .await
    {
        Ok(0) => {}
        Ok(n) => tracing::info!(files = n, "removed uploads a crash cut short"),
        Err(e) => tracing::error!(error = %e, "could not sweep partial uploads"),
    }
    Ok(purged)
}

/// Purges if this server holds the purge lease, taking it when it is free:
/// of several servers on one database, one purges. Each forgets the
/// statistics salt of days gone from its own memory whatever the lease.
/// `None`: another server holds it.
pub async fn purge_if_holding(state: &AppState) -> AppResult<Option<Purged>> {
    let now = state.clock.now();
    state.stats.forget_salt_before(&clock::date(now));
    let holder = state.node.clone();
    let held = state
        .db
        .call(move |conn| leases::take(conn, "purge", &holder, now, PURGE_LEASE_SECONDS))
        .await?;
    if !held {
        return Ok(None);
    }
    purge(state).await.map(Some)
}

/// Purges now and then every `PURGE_EVERY`, for as long as the server runs.
/// A failed purge is logged and tried again at the next tick.
pub async fn purge_hourly(state: AppState) {
    let mut ticks = tokio::time::interval(PURGE_EVERY);
    loop {
        ticks.tick().await;
        match purge_if_holding(&state).await {
            Ok(Some(purged)) if purged != Purged::default() => {
                tracing::info!(?purged, "purged expired data")
            }
            Ok(_) => {}
            Err(e) => tracing::error!(error = %e, "purge failed; trying again in an hour"),
        }
    }
}
