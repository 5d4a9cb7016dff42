//! Viewer statistics: daily counts per scene, the daily salts and the
//! visitor hashes they make (see migration 0007). Counts are stored and
//! read as they are; `stats::report` decides what an owner is shown.

use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::params;
use crate::stats::counts::Counts;
use rand::RngCore;
use std::collections::HashMap;

/// The salt of `day`, made at random the first time it is asked for.
pub fn salt(conn: &mut Conn, day: &str) -> AppResult<[u8; 16]> {
    let mut fresh = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    conn.execute(
        "INSERT INTO stats_salts (day, salt) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![day, fresh],
    )?;
    let stored: Vec<u8> = conn.query_one(
        "SELECT salt FROM stats_salts WHERE day = ?1",
        params![day],
        |r| Ok(r.get(0)?),
    )?;
    stored
        .try_into()
        .map_err(|_| AppError::Internal(anyhow::anyhow!("a stored salt is not 16 bytes")))
}

/// Destroys the salts of days before `today`; answers how many.
pub fn purge_salts(conn: &mut Conn, today: &str) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM stats_salts WHERE day < ?1", params![today])?)
}

/// Deletes the visitor hashes of days before `today`; answers how many.
pub fn purge_visitors(conn: &mut Conn, today: &str) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM stats_visitors WHERE day < ?1", params![today])?)
}

/// Adds counts to the stored ones. Call inside a transaction. A scene
/// deleted (or given a new link) since its events were checked takes its
/// counts with it.
pub fn add(tx: &mut Conn, counts: &Counts) -> AppResult<()> {
    let mut exists = HashMap::new();
    let mut scene_exists = |tx: &mut Conn, scene: &str| -> AppResult<bool> {
        if let Some(&known) = exists.get(scene) {
            return Ok(known);
        }
        // On PostgreSQL the row is also locked until the counts are in, so
        // a scene deleted (or its link reset) meanwhile cannot make the
        // whole write fail on its foreign keys; SQLite's writer lock, held
        // by this transaction, already keeps such changes out.
        let sql = tx.pick(
            "SELECT 1 FROM scenes WHERE id = ?1",
            "SELECT 1 FROM scenes WHERE id = ?1 FOR KEY SHARE",
        );
        let known = tx.exists(sql, params![scene])?;
        exists.insert(scene.to_string(), known);
        Ok(known)
    };

    const ADD_DAY: &str =
        "INSERT INTO stats_days (scene_id, day, views, visitors, link_clicks, media_plays)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (scene_id, day) DO UPDATE SET
             views = stats_days.views + excluded.views,
             visitors = stats_days.visitors + excluded.visitors,
             link_clicks = stats_days.link_clicks + excluded.link_clicks,
             media_plays = stats_days.media_plays + excluded.media_plays";
    let mut new_visitors: HashMap<(&str, &str), u64> = HashMap::new();
    for (scene, day, hash) in &counts.visitors {
        if scene_exists(tx, scene)?
            && tx.execute(
                "INSERT INTO stats_visitors (scene_id, day, hash) VALUES (?1, ?2, ?3)
                 ON CONFLICT DO NOTHING",
                params![scene, day, hash],
            )? == 1
        {
            *new_visitors.entry((scene, day)).or_default() += 1;
        }
    }
    for ((scene, day), delta) in &counts.days {
        if scene_exists(tx, scene)? {
            let visitors = new_visitors.remove(&(scene.as_str(), day.as_str()));
            tx.execute(
                ADD_DAY,
                params![
                    scene,
                    day,
                    delta.views,
                    visitors.unwrap_or(0),
                    delta.link_clicks,
                    delta.media_plays
                ],
            )?;
        }
    }
    for ((scene, day), visitors) in new_visitors {
        tx.execute(ADD_DAY, params![scene, day, 0, visitors, 0, 0])?;
    }

    for ((scene, day, hotspot), opens) in &counts.opens {
        if scene_exists(tx, scene)? {
            tx.execute(
                "INSERT INTO stats_hotspot_opens (scene_id, day, hotspot_id, opens)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (scene_id, day, hotspot_id)
                 DO UPDATE SET opens = stats_hotspot_opens.opens + excluded.opens",
                params![scene, day, hotspot, opens],
            )?;
        }
    }
    for ((scene, day, bucket), count) in &counts.time_buckets {
        if scene_exists(tx, scene)? {
            tx.execute(
                "INSERT INTO stats_time_buckets (scene_id, day, bucket, count)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (scene_id, day, bucket)
                 DO UPDATE SET count = stats_time_buckets.count + excluded.count",
                params![scene, day, bucket.as_str(), count],
            )?;
        }
    }
    Ok(())
}

/// A scene and a range of days (`YYYY-MM-DD`, both included).
#[derive(Clone, Copy, Debug)]
pub struct DayRange<'a> {
    pub scene_id: &'a str,
    pub from_day: &'a str,
    pub to_day: &'a str,
}

/// One day's stored counts of a scene.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayRow {
    pub day: String,
    pub views: u64,
    pub visitors: u64,
    pub link_clicks: u64,
    pub media_plays: u64,
}

/// A scene's daily counts over a range, for the days that have any.
pub fn days(conn: &mut Conn, range: DayRange) -> AppResult<Vec<DayRow>> {
    let rows = conn.query_all(
        "SELECT day, views, visitors, link_clicks, media_plays FROM stats_days
         WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3",
        params![range.scene_id, range.from_day, range.to_day],
        |r| {
            Ok(DayRow {
                day: r.get(0)?,
                views: r.get(1)?,
                visitors: r.get(2)?,
                link_clicks: r.get(3)?,
                media_plays: r.get(4)?,
            })
        },
    )?;
    Ok(rows)
}

/// Rows of (key, one day's count) that `sql` selects for one scene (?1)
/// and days ?2 to ?3.
fn keyed_counts(conn: &mut Conn, sql: &str, range: DayRange) -> AppResult<Vec<(String, u64)>> {
    let rows = conn.query_all(
        sql,
        params![range.scene_id, range.from_day, range.to_day],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows)
}

/// Each day's opens of each of a scene's hotspots: (hotspot id, opens).
pub fn hotspot_opens(conn: &mut Conn, range: DayRange) -> AppResult<Vec<(String, u64)>> {
    let sql = "SELECT hotspot_id, opens FROM stats_hotspot_opens
               WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3";
    keyed_counts(conn, sql, range)
}

/// Each day's count of each time-spent bucket of a scene: (bucket, count).
pub fn time_buckets(conn: &mut Conn, range: DayRange) -> AppResult<Vec<(String, u64)>> {
    let sql = "SELECT bucket, count FROM stats_time_buckets
               WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3";
    keyed_counts(conn, sql, range)
}
