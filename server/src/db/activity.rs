//! The activity log's table: entries are added, read by their user, marked
//! when the account is deleted, and purged by age (see `retention`).

use crate::clock::{self, DAY};
use crate::crypto::{Keys, Place};
use crate::db::Conn;
use crate::error::AppResult;
use crate::params;
use crate::throttle::window::WINDOW_SECONDS;
use model::activity::{ACTIVITY_KEEP_DAYS, DELETED_ACCOUNT_KEEP_DAYS};
use model::{ActivityEntry, ActivityKind, Message, Visibility};
use pinpoint_i18n::{native, Language};
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

/// Adds an entry. A failed sign-in right after another (within the
/// guessing limit's window) folds into that entry, which counts the tries
/// and shows the latest time and address: someone guessing cannot fill an
/// account's log, and its owner still sees what happened.
pub fn record(conn: &mut Conn, keys: &Keys, event: Event) -> AppResult<()> {
    if event.kind == ActivityKind::SignInFailed {
        if let Some(id) = foldable_failure(conn, &event)? {
            conn.execute(
                "UPDATE activity SET repeats = repeats + 1, at = ?2 WHERE id = ?1",
                params![id, event.at],
            )?;
            return set_ip(conn, keys, id, event.ip);
        }
    }
    let id = conn.query_one(
        "INSERT INTO activity (user_id, kind, scene_id, detail, at)
         VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
        params![
            event.user_id,
            event.kind.as_str(),
            event.scene_id,
            event.detail,
            event.at
        ],
        |r| Ok(r.get(0)?),
    )?;
    set_ip(conn, keys, id, event.ip)
}

/// An entry's detail in `language`. The details stored are names (of a
/// provider, a platform) or words from a short list (what changed, a
/// visibility), which are written in the reader's language.
fn detail_in(language: Language, kind: ActivityKind, detail: &str) -> String {
    let word = |key| native::write(&Message::new(key), language);
    let change = |name: &str| match name {
        "username" => word("activity-change-username"),
        "email" => word("activity-change-email"),
        "picture" => word("activity-change-picture"),
        "date of birth" => word("activity-change-birth-date"),
        "marketing choice" => word("activity-change-marketing"),
        "language" => word("activity-change-language"),
        "password reset" => word("activity-change-password-reset"),
        "removed from the school" => word("activity-change-removed"),
        other => other.to_string(),
    };
    let visibility = |name: &str| match Visibility::parse(name) {
        Some(Visibility::Private) => word("visibility-private"),
        Some(Visibility::Unlisted) => word("visibility-unlisted"),
        Some(Visibility::Public) => word("visibility-public"),
        None => name.to_string(),
    };
    match kind {
        ActivityKind::SettingsChanged | ActivityKind::ChangedByAdmin => {
            let changes: Vec<String> = detail.split(", ").map(change).collect();
            changes.join(&word("activity-list-separator"))
        }
        ActivityKind::VisibilityChanged => match detail.split_once(" → ") {
            Some((old, new)) => format!("{} → {}", visibility(old), visibility(new)),
            None => detail.to_string(),
        },
        ActivityKind::AccountDeleted if detail == "by a school admin" => word("activity-by-admin"),
        _ => detail.to_string(),
    }
}

/// Adds one entry listing `changes` (as its detail), if there are any.
pub fn record_changes(
    conn: &mut Conn,
    keys: &Keys,
    event: Event,
    changes: &[&str],
) -> AppResult<()> {
    if changes.is_empty() {
        return Ok(());
    }
    record(conn, keys, event.detail(changes.join(", ")))
}

/// The user's latest entry, if it is a failed sign-in recent enough to
/// count this one too.
fn foldable_failure(conn: &mut Conn, event: &Event) -> AppResult<Option<i64>> {
    let latest: Option<(i64, String, i64)> = conn.query_opt(
        "SELECT id, kind, at FROM activity WHERE user_id = ?1 ORDER BY at DESC, id DESC LIMIT 1",
        params![event.user_id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(latest
        .filter(|(_, kind, at)| {
            kind == ActivityKind::SignInFailed.as_str() && event.at - at < WINDOW_SECONDS
        })
        .map(|(id, _, _)| id))
}

/// Seals the address into entry `id` (bound to that entry).
fn set_ip(conn: &mut Conn, keys: &Keys, id: i64, ip: Option<IpAddr>) -> AppResult<()> {
    let sealed = ip.map(|ip| keys.seal(&ip.to_string(), Place::activity_ip(&id.to_string())));
    conn.execute(
        "UPDATE activity SET ip_sealed = ?2 WHERE id = ?1",
        params![id, sealed],
    )?;
    Ok(())
}

/// A user's log, newest first, its details in `language`.
pub fn for_user(
    conn: &mut Conn,
    keys: &Keys,
    user_id: &str,
    language: Language,
) -> AppResult<Vec<ActivityEntry>> {
    let rows = conn.query_all(
        "SELECT kind, at, ip_sealed, scene_id, detail, id, repeats FROM activity
         WHERE user_id = ?1 ORDER BY at DESC, id DESC",
        params![user_id],
        |r| {
            Ok((
                r.get::<String>(0)?,
                r.get::<i64>(1)?,
                r.get::<Option<Vec<u8>>>(2)?,
                r.get::<Option<String>>(3)?,
                r.get::<Option<String>>(4)?,
                r.get::<i64>(5)?,
                r.get::<i64>(6)?,
            ))
        },
    )?;
    let mut entries = Vec::with_capacity(rows.len());
    for (kind, at, ip_sealed, scene, detail, id, repeats) in rows {
        // A kind this version does not know comes from a newer one: skip it.
        let Some(kind) = ActivityKind::parse(&kind) else {
            continue;
        };
        let ip = ip_sealed
            .map(|sealed| keys.open(&sealed, Place::activity_ip(&id.to_string())))
            .transpose()?;
        let detail = match repeats {
            1 => detail.map(|detail| detail_in(language, kind, &detail)),
            n => Some(native::write(
                &Message::new("activity-repeats").number("count", n as f64),
                language,
            )),
        };
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
pub fn record_deletion(conn: &mut Conn, keys: &Keys, event: Event) -> AppResult<()> {
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
pub fn purge(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM activity WHERE at <= ?1 OR account_deleted_at <= ?2",
        params![
            now - ACTIVITY_KEEP_DAYS * DAY,
            now - DELETED_ACCOUNT_KEEP_DAYS * DAY
        ],
    )?)
}
