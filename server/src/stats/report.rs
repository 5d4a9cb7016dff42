//! A scene's statistics as its owner, their teachers and their school's
//! admins are shown them: each day's views and visitors over a range, the
//! other counts summed over it, and, where `policy::hides_small_counts`
//! says so, small counts hidden so that no single viewer is singled out.

use crate::clock::days_between;
use crate::db;
use crate::db::stats::DayRange;
use crate::db::Conn;
use crate::error::AppResult;
use model::stats::shown_count;
use model::{DayCount, HotspotOpens, Scene, SceneStats, TimeBucket, TimeBucketCount};
use std::collections::HashMap;

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

/// Per key (a hotspot, a time bucket), daily counts summed over a range.
fn sums_by_key(rows: Vec<(String, u64)>, hide_small: bool) -> HashMap<String, RangeSum> {
    let mut sums: HashMap<String, RangeSum> = HashMap::new();
    for (key, count) in rows {
        sums.entry(key).or_default().add(count, hide_small);
    }
    sums
}

/// A scene's statistics from `from_day` to `to_day` (both included): each
/// day's views and visitors, and the other counts summed over the range.
/// With `hide_small`, a day's counts from 1 to 4 are shown as `None`, and
/// left out of the sums: otherwise comparing two ranges would give a single
/// day's few viewers away.
pub fn for_scene(
    conn: &mut Conn,
    scene: &Scene,
    from_day: &str,
    to_day: &str,
    hide_small: bool,
) -> AppResult<SceneStats> {
    let shown = |count: u64| shown_count(count, hide_small);
    let range = DayRange {
        scene_id: &scene.id,
        from_day,
        to_day,
    };

    let mut per_day: HashMap<String, (u64, u64)> = HashMap::new();
    let (mut link_clicks, mut media_plays) = (RangeSum::default(), RangeSum::default());
    for row in db::stats::days(conn, range)? {
        per_day.insert(row.day, (row.views, row.visitors));
        link_clicks.add(row.link_clicks, hide_small);
        media_plays.add(row.media_plays, hide_small);
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

    let opens = sums_by_key(db::stats::hotspot_opens(conn, range)?, hide_small);
    let hotspots = scene
        .hotspots
        .iter()
        .map(|h| HotspotOpens {
            id: h.id.clone(),
            opens: opens.get(&h.id).copied().unwrap_or_default().shown(),
        })
        .collect();

    let buckets = sums_by_key(db::stats::time_buckets(conn, range)?, hide_small);
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
}
