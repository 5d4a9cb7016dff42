//! The activity log's table: entries are added, read by their user, marked
//! when the account is deleted, and purged by age (see `retention`).

use crate::clock::{self, DAY};
use crate::crypto::Keys;
use crate::error::AppResult;
use model::activity::{ACTIVITY_KEEP_DAYS, DELETED_ACCOUNT_KEEP_DAYS};
use model::{ActivityEntry, ActivityKind};
use r2d2_sqlite::rusqlite::{params, Connection};
use std::net::IpAddr;

/// One thing that happened, as a handler reports it.
pub struct Event<'a> {
    pub user_id: &'a str,
    pub kind: ActivityKind,
    pub scene_id: Option<&'a str>,
    pub detail: Option<String>,
    pub ip: Option<IpAddr>,
    pub at: i64,
}

impl<'a> Event<'a> {
    pub fn new(user_id: &'a str, kind: ActivityKind, ip: Option<IpAddr>, at: i64) -> Self {
        Event {
            user_id,
            kind,
            scene_id: None,
            detail: None,
            ip,
            at,
        }
    }

    pub fn scene(self, scene_id: &'a str) -> Self {
        Event {
            scene_id: Some(scene_id),
            ..self
        }
    }

    pub fn detail(self, detail: impl Into<String>) -> Self {
        Event {
            detail: Some(detail.into()),
            ..self
        }
    }
}

pub fn record(conn: &Connection, keys: &Keys, event: Event) -> AppResult<()> {
    let ip_sealed = event.ip.map(|ip| keys.seal(&ip.to_string()));
    conn.execute(
        "INSERT INTO activity (user_id, kind, scene_id, detail, ip_sealed, at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            event.user_id,
            event.kind.as_str(),
            event.scene_id,
            event.detail,
            ip_sealed,
            event.at
        ],
    )?;
    Ok(())
}

/// A user's log, newest first.
pub fn for_user(conn: &Connection, keys: &Keys, user_id: &str) -> AppResult<Vec<ActivityEntry>> {
    let mut stmt = conn.prepare(
        "SELECT kind, at, ip_sealed, scene_id, detail FROM activity
         WHERE user_id = ?1 ORDER BY at DESC, id DESC",
    )?;
    let rows = stmt
        .query_map([user_id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, Option<Vec<u8>>>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, Option<String>>(4)?,
            ))
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let mut entries = Vec::with_capacity(rows.len());
    for (kind, at, ip_sealed, scene, detail) in rows {
        // A kind this version does not know comes from a newer one: skip it.
        let Some(kind) = ActivityKind::parse(&kind) else {
            continue;
        };
        let ip = ip_sealed.map(|sealed| keys.open(&sealed)).transpose()?;
        entries.push(ActivityEntry {
            kind,
            at: clock::rfc3339(at),
            ip,
            scene,
            detail,
        });
    }
    Ok(entries)
}

/// Records an account's deletion and marks all its entries with the time,
/// which starts their last 30 days.
pub fn record_deletion(conn: &Connection, keys: &Keys, event: Event) -> AppResult<()> {
    let (user_id, at) = (event.user_id, event.at);
    record(conn, keys, event)?;
    conn.execute(
        "UPDATE activity SET account_deleted_at = ?2 WHERE user_id = ?1",
        params![user_id, at],
    )?;
    Ok(())
}

/// Deletes entries older than 90 days, and a deleted account's entries 30
/// days after the deletion; answers how many went.
pub fn purge(conn: &Connection, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM activity WHERE at <= ?1 OR account_deleted_at <= ?2",
        params![
            now - ACTIVITY_KEEP_DAYS * DAY,
            now - DELETED_ACCOUNT_KEEP_DAYS * DAY
        ],
    )?)
}
