//! Viewer statistics: daily counts per scene, the daily salts and the
//! visitor hashes they make (see migration 0007).

use crate::error::{AppError, AppResult};
use crate::stats::Counts;
use model::stats::shown_count;
use model::{DayCount, HotspotOpens, Scene, SceneStats, TimeBucket, TimeBucketCount, Visibility};
use r2d2_sqlite::rusqlite::{params, Connection, OptionalExtension};
use rand::RngCore;
use std::collections::HashMap;
use time::macros::format_description;
use time::Date;

/// A scene's visibility, or `None` when there is no such scene. Reads one
/// small column: it runs for every batch of events.
pub fn scene_visibility(conn: &Connection, scene_id: &str) -> AppResult<Option<Visibility>> {
    let visibility: Option<String> = conn
        .prepare_cached("SELECT visibility FROM scenes WHERE id = ?1")?
        .query_row([scene_id], |r| r.get(0))
        .optional()?;
    Ok(visibility.map(|v| Visibility::parse(&v).unwrap_or_default()))
}

/// Whether `scene_id` has a hotspot `hotspot_id`: one index look-up.
pub fn has_hotspot(conn: &Connection, scene_id: &str, hotspot_id: &str) -> AppResult<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM scene_hotspots WHERE scene_id = ?1 AND hotspot_id = ?2")?
        .query_row([scene_id, hotspot_id], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The salt of `day`, made at random the first time it is asked for.
pub fn salt(conn: &Connection, day: &str) -> AppResult<[u8; 16]> {
    let mut fresh = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    conn.execute(
        "INSERT OR IGNORE INTO stats_salts (day, salt) VALUES (?1, ?2)",
        params![day, fresh.as_slice()],
    )?;
    let stored: Vec<u8> =
        conn.query_row("SELECT salt FROM stats_salts WHERE day = ?1", [day], |r| {
            r.get(0)
        })?;
    stored
        .try_into()
        .map_err(|_| AppError::Internal(anyhow::anyhow!("a stored salt is not 16 bytes")))
}

/// Destroys the salts of days before `today`; answers how many.
pub fn purge_salts(conn: &Connection, today: &str) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM stats_salts WHERE day < ?1", [today])?)
}

/// Deletes the visitor hashes of days before `today`; answers how many.
pub fn purge_visitors(conn: &Connection, today: &str) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM stats_visitors WHERE day < ?1", [today])?)
}

/// Adds counts to the stored ones. Call inside a transaction. A scene
/// deleted (or given a new link) since its events were checked takes its
/// counts with it.
pub fn add(tx: &Connection, counts: &Counts) -> AppResult<()> {
    let mut exists = HashMap::new();
    let mut scene_exists = |scene: &str| -> AppResult<bool> {
        if let Some(&known) = exists.get(scene) {
            return Ok(known);
        }
        let known = tx
            .prepare_cached("SELECT 1 FROM scenes WHERE id = ?1")?
            .query_row([scene], |_| Ok(()))
            .optional()?
            .is_some();
        exists.insert(scene.to_string(), known);
        Ok(known)
    };

    let mut add_day = tx.prepare_cached(
        "INSERT INTO stats_days (scene_id, day, views, visitors, link_clicks, media_plays)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (scene_id, day) DO UPDATE SET
             views = views + excluded.views,
             visitors = visitors + excluded.visitors,
             link_clicks = link_clicks + excluded.link_clicks,
             media_plays = media_plays + excluded.media_plays",
    )?;
    let mut add_visitor = tx.prepare_cached(
        "INSERT OR IGNORE INTO stats_visitors (scene_id, day, hash) VALUES (?1, ?2, ?3)",
    )?;
    let mut new_visitors: HashMap<(&str, &str), u64> = HashMap::new();
    for (scene, day, hash) in &counts.visitors {
        if scene_exists(scene)? && add_visitor.execute(params![scene, day, hash.as_slice()])? == 1 {
            *new_visitors.entry((scene, day)).or_default() += 1;
        }
    }
    for ((scene, day), delta) in &counts.days {
        if scene_exists(scene)? {
            let visitors = new_visitors.remove(&(scene.as_str(), day.as_str()));
            add_day.execute(params![
                scene,
                day,
                delta.views,
                visitors.unwrap_or(0),
                delta.link_clicks,
                delta.media_plays
            ])?;
        }
    }
    // Visitors whose view came in an earlier write.
    for ((scene, day), visitors) in new_visitors {
        add_day.execute(params![scene, day, 0, visitors, 0, 0])?;
    }

    let mut add_opens = tx.prepare_cached(
        "INSERT INTO stats_hotspot_opens (scene_id, day, hotspot_id, opens) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (scene_id, day, hotspot_id) DO UPDATE SET opens = opens + excluded.opens",
    )?;
    for ((scene, day, hotspot), opens) in &counts.opens {
        if scene_exists(scene)? {
            add_opens.execute(params![scene, day, hotspot, opens])?;
        }
    }
    let mut add_bucket = tx.prepare_cached(
        "INSERT INTO stats_time_buckets (scene_id, day, bucket, count) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (scene_id, day, bucket) DO UPDATE SET count = count + excluded.count",
    )?;
    for ((scene, day, bucket), count) in &counts.time_buckets {
        if scene_exists(scene)? {
            add_bucket.execute(params![scene, day, bucket.as_str(), count])?;
        }
    }
    Ok(())
}

fn parse_day(day: &str) -> AppResult<Date> {
    Date::parse(day, format_description!("[year]-[month]-[day]"))
        .map_err(|e| AppError::Internal(anyhow::anyhow!("not a day {day:?}: {e}")))
}

/// Every day from `from` to `to` (`YYYY-MM-DD`, both included), in order.
pub fn days_between(from: &str, to: &str) -> AppResult<Vec<String>> {
    let (mut day, last) = (parse_day(from)?, parse_day(to)?);
    let mut days = Vec::new();
    while day <= last {
        days.push(crate::clock::date(
            day.midnight().assume_utc().unix_timestamp(),
        ));
        match day.next_day() {
            Some(next) => day = next,
            None => break,
        }
    }
    Ok(days)
}

/// A count summed over days, leaving out the days whose count is hidden.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct RangeSum {
    counted: u64,
    hidden: bool,
}

impl RangeSum {
    fn add(&mut self, day: u64, hide_small: bool) {
        match shown_count(day, hide_small) {
            Some(count) => self.counted += count,
            None => self.hidden = true,
        }
    }

    /// The sum, or `None` ("fewer than 5") when only hidden days had any.
    fn shown(self) -> Option<u64> {
        (self.counted > 0 || !self.hidden).then_some(self.counted)
    }
}

/// Per key (a hotspot, a time bucket), a daily count summed over a range:
/// `sql` selects (key, count) rows of one scene (?1) and days ?2 to ?3.
fn sums_by_key(
    conn: &Connection,
    sql: &str,
    (scene_id, from_day, to_day): (&str, &str, &str),
    hide_small: bool,
) -> AppResult<HashMap<String, RangeSum>> {
    let mut sums: HashMap<String, RangeSum> = HashMap::new();
    let mut stmt = conn.prepare_cached(sql)?;
    for row in stmt.query_map(params![scene_id, from_day, to_day], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u64>(1)?))
    })? {
        let (key, count) = row?;
        sums.entry(key).or_default().add(count, hide_small);
    }
    Ok(sums)
}

/// A scene's statistics from `from_day` to `to_day` (both included): each
/// day's views and visitors, and the other counts summed over the range.
/// With `hide_small`, a day's counts from 1 to 4 are shown as `None`, and
/// left out of the sums: otherwise comparing two ranges would give a single
/// day's few viewers away.
pub fn for_scene(
    conn: &Connection,
    scene: &Scene,
    from_day: &str,
    to_day: &str,
    hide_small: bool,
) -> AppResult<SceneStats> {
    let shown = |count: u64| shown_count(count, hide_small);

    let mut per_day: HashMap<String, (u64, u64)> = HashMap::new();
    let (mut link_clicks, mut media_plays) = (RangeSum::default(), RangeSum::default());
    let mut stmt = conn.prepare_cached(
        "SELECT day, views, visitors, link_clicks, media_plays FROM stats_days
         WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(params![scene.id, from_day, to_day], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, u64>(1)?,
            r.get::<_, u64>(2)?,
            r.get::<_, u64>(3)?,
            r.get::<_, u64>(4)?,
        ))
    })?;
    for row in rows {
        let (day, views, visitors, links, plays) = row?;
        per_day.insert(day, (views, visitors));
        link_clicks.add(links, hide_small);
        media_plays.add(plays, hide_small);
    }
    let days = days_between(from_day, to_day)?
        .into_iter()
        .map(|date| {
            let (views, visitors) = per_day.get(&date).copied().unwrap_or_default();
            DayCount {
                date,
                views: shown(views),
                visitors: shown(visitors),
            }
        })
        .collect();

    let range = (scene.id.as_str(), from_day, to_day);
    let opens = sums_by_key(
        conn,
        "SELECT hotspot_id, opens FROM stats_hotspot_opens
         WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3",
        range,
        hide_small,
    )?;
    let hotspots = scene
        .hotspots
        .iter()
        .map(|h| HotspotOpens {
            id: h.id.clone(),
            opens: opens.get(&h.id).copied().unwrap_or_default().shown(),
        })
        .collect();

    let buckets = sums_by_key(
        conn,
        "SELECT bucket, count FROM stats_time_buckets
         WHERE scene_id = ?1 AND day BETWEEN ?2 AND ?3",
        range,
        hide_small,
    )?;
    let time_buckets = TimeBucket::ALL
        .into_iter()
        .map(|bucket| TimeBucketCount {
            bucket,
            count: buckets
                .get(bucket.as_str())
                .copied()
                .unwrap_or_default()
                .shown(),
        })
        .collect();

    Ok(SceneStats {
        days,
        hotspots,
        link_clicks: link_clicks.shown(),
        media_plays: media_plays.shown(),
        time_buckets,
        small_counts_hidden: hide_small,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_over_days_leave_out_hidden_days_so_ranges_cannot_be_subtracted() {
        let sum = |days: &[u64], hide: bool| {
            let mut s = RangeSum::default();
            for &d in days {
                s.add(d, hide);
            }
            s.shown()
        };
        assert_eq!(sum(&[3, 9, 0], false), Some(12));
        assert_eq!(sum(&[3, 9, 0], true), Some(9), "the day of 3 is left out");
        assert_eq!(
            sum(&[9, 0], true),
            Some(9),
            "so a range without it says the same"
        );
        assert_eq!(sum(&[2, 4], true), None, "only small days: fewer than 5");
        assert_eq!(sum(&[0, 0], true), Some(0));
        assert_eq!(sum(&[], true), Some(0));
    }

    #[test]
    fn days_between_counts_every_day_across_months_and_years() {
        assert_eq!(
            days_between("2026-12-30", "2027-01-02").unwrap(),
            ["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]
        );
        assert_eq!(
            days_between("2028-02-28", "2028-03-01").unwrap(),
            ["2028-02-28", "2028-02-29", "2028-03-01"]
        );
        assert_eq!(
            days_between("2026-11-28", "2026-11-28").unwrap(),
            ["2026-11-28"]
        );
        assert!(days_between("2026-11-29", "2026-11-28").unwrap().is_empty());
        assert!(days_between("yesterday", "2026-11-28").is_err());
    }
}
