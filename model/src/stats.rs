//! Anonymous viewer statistics: the events a viewer sends
//! (`POST /api/events`) and the counts its owner reads
//! (`GET /api/scenes/{id}/stats`).

use serde::{Deserialize, Serialize};

/// Most events one `POST /api/events` may carry.
pub const MAX_EVENTS_PER_BATCH: usize = 50;
/// Largest `POST /api/events` body, in bytes.
pub const MAX_EVENTS_BODY_BYTES: usize = 16 * 1024;
/// Counts below this (but above 0) are hidden on students' scenes, so no
/// single viewer is singled out.
pub const SMALL_COUNT_BELOW: u64 = 5;
/// The range `GET /api/scenes/{id}/stats?days=N` accepts, and its default.
pub const STATS_DAYS_MAX: u32 = 365;
pub const STATS_DAYS_DEFAULT: u32 = 30;

/// The body of `POST /api/events`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventBatch {
    pub events: Vec<ViewerEvent>,
}

/// One thing a viewer did on a scene. Each kind has exactly the fields it
/// needs; anything else is refused.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum ViewerEvent {
    /// The scene was opened.
    View { scene: String },
    /// A hotspot's popup was opened.
    HotspotOpen { scene: String, hotspot: String },
    /// The link in a hotspot's popup was followed.
    LinkClick { scene: String, hotspot: String },
    /// A sound or video in a hotspot's popup started.
    MediaPlay { scene: String, hotspot: String },
    /// How long the scene stayed open, sent once when the page is left.
    TimeBucket { scene: String, bucket: TimeBucket },
}

impl ViewerEvent {
    pub fn scene(&self) -> &str {
        match self {
            ViewerEvent::View { scene }
            | ViewerEvent::HotspotOpen { scene, .. }
            | ViewerEvent::LinkClick { scene, .. }
            | ViewerEvent::MediaPlay { scene, .. }
            | ViewerEvent::TimeBucket { scene, .. } => scene,
        }
    }

    /// The hotspot the event is about, for the kinds that have one.
    pub fn hotspot(&self) -> Option<&str> {
        match self {
            ViewerEvent::HotspotOpen { hotspot, .. }
            | ViewerEvent::LinkClick { hotspot, .. }
            | ViewerEvent::MediaPlay { hotspot, .. } => Some(hotspot),
            ViewerEvent::View { .. } | ViewerEvent::TimeBucket { .. } => None,
        }
    }
}

/// Time spent on a scene, in coarse steps: enough to tell a glance from a
/// study, too coarse to tell viewers apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TimeBucket {
    #[serde(rename = "lt_10s")]
    Under10s,
    #[serde(rename = "10s_30s")]
    From10sTo30s,
    #[serde(rename = "30s_1m")]
    From30sTo1m,
    #[serde(rename = "1m_3m")]
    From1mTo3m,
    #[serde(rename = "3m_10m")]
    From3mTo10m,
    #[serde(rename = "gt_10m")]
    Over10m,
}

impl TimeBucket {
    pub const ALL: [TimeBucket; 6] = [
        TimeBucket::Under10s,
        TimeBucket::From10sTo30s,
        TimeBucket::From30sTo1m,
        TimeBucket::From1mTo3m,
        TimeBucket::From3mTo10m,
        TimeBucket::Over10m,
    ];

    /// The bucket of a stay of `seconds`; each bucket includes its lower
    /// bound. Nonsense (negative, NaN) counts as the shortest.
    pub fn for_seconds(seconds: f64) -> TimeBucket {
        match seconds {
            s if s >= 600.0 => TimeBucket::Over10m,
            s if s >= 180.0 => TimeBucket::From3mTo10m,
            s if s >= 60.0 => TimeBucket::From1mTo3m,
            s if s >= 30.0 => TimeBucket::From30sTo1m,
            s if s >= 10.0 => TimeBucket::From10sTo30s,
            _ => TimeBucket::Under10s,
        }
    }

    /// The name stored in the database and sent in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeBucket::Under10s => "lt_10s",
            TimeBucket::From10sTo30s => "10s_30s",
            TimeBucket::From30sTo1m => "30s_1m",
            TimeBucket::From1mTo3m => "1m_3m",
            TimeBucket::From3mTo10m => "3m_10m",
            TimeBucket::Over10m => "gt_10m",
        }
    }

    pub fn parse(name: &str) -> Option<TimeBucket> {
        TimeBucket::ALL.into_iter().find(|b| b.as_str() == name)
    }
}

/// `GET /api/scenes/{id}/stats`. A count of `None` (JSON `null`) means
/// "fewer than 5": see `small_counts_hidden`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SceneStats {
    /// One entry per day of the range, oldest first, the last one today.
    pub days: Vec<DayCount>,
    /// Every hotspot of the scene, in the scene's order.
    pub hotspots: Vec<HotspotOpens>,
    pub link_clicks: Option<u64>,
    pub media_plays: Option<u64>,
    /// All six buckets, shortest first.
    pub time_buckets: Vec<TimeBucketCount>,
    /// Counts from 1 to 4 are sent as `null`: the scene is a student's.
    pub small_counts_hidden: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCount {
    /// `2026-11-28` (UTC).
    pub date: String,
    pub views: Option<u64>,
    pub visitors: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HotspotOpens {
    pub id: String,
    pub opens: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeBucketCount {
    pub bucket: TimeBucket,
    pub count: Option<u64>,
}

/// A count as it may be shown: when small counts are hidden, 1 to 4 become
/// `None` ("fewer than 5"); 0 stays 0, since nobody can be singled out of
/// nobody.
pub fn shown_count(count: u64, hide_small: bool) -> Option<u64> {
    if hide_small && (1..SMALL_COUNT_BELOW).contains(&count) {
        None
    } else {
        Some(count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn time_buckets_include_their_lower_bound() {
        let cases = [
            (-1.0, TimeBucket::Under10s),
            (f64::NAN, TimeBucket::Under10s),
            (0.0, TimeBucket::Under10s),
            (9.99, TimeBucket::Under10s),
            (10.0, TimeBucket::From10sTo30s),
            (29.9, TimeBucket::From10sTo30s),
            (30.0, TimeBucket::From30sTo1m),
            (59.9, TimeBucket::From30sTo1m),
            (60.0, TimeBucket::From1mTo3m),
            (179.9, TimeBucket::From1mTo3m),
            (180.0, TimeBucket::From3mTo10m),
            (599.9, TimeBucket::From3mTo10m),
            (600.0, TimeBucket::Over10m),
            (f64::INFINITY, TimeBucket::Over10m),
        ];
        for (seconds, bucket) in cases {
            assert_eq!(TimeBucket::for_seconds(seconds), bucket, "{seconds}");
        }
    }

    #[test]
    fn every_bucket_round_trips_through_its_name_and_json() {
        for bucket in TimeBucket::ALL {
            assert_eq!(TimeBucket::parse(bucket.as_str()), Some(bucket));
            assert_eq!(
                serde_json::to_value(bucket).unwrap(),
                json!(bucket.as_str())
            );
        }
        assert_eq!(TimeBucket::parse("forever"), None);
    }

    #[test]
    fn events_read_exactly_the_documented_shapes() {
        let batch: EventBatch = serde_json::from_value(json!({"events": [
            {"kind": "view", "scene": "s"},
            {"kind": "hotspot_open", "scene": "s", "hotspot": "h1"},
            {"kind": "link_click", "scene": "s", "hotspot": "h1"},
            {"kind": "media_play", "scene": "s", "hotspot": "h1"},
            {"kind": "time_bucket", "scene": "s", "bucket": "30s_1m"},
        ]}))
        .unwrap();
        assert_eq!(batch.events.len(), 5);
        assert_eq!(batch.events[1].hotspot(), Some("h1"));
        assert_eq!(batch.events[4].hotspot(), None);
        assert!(batch.events.iter().all(|e| e.scene() == "s"));
        let back = serde_json::to_value(&batch).unwrap();
        assert_eq!(back["events"][4]["bucket"], "30s_1m");

        for wrong in [
            json!({"events": [{"kind": "scroll", "scene": "s"}]}),
            json!({"events": [{"scene": "s"}]}),
            json!({"events": [{"kind": "view", "scene": "s", "ip": "1.2.3.4"}]}),
            json!({"events": [{"kind": "view", "scene": "s", "hotspot": "h1"}]}),
            json!({"events": [{"kind": "hotspot_open", "scene": "s"}]}),
            json!({"events": [{"kind": "time_bucket", "scene": "s", "bucket": "1h"}]}),
            json!({"events": [], "visitor": "me"}),
        ] {
            assert!(
                serde_json::from_value::<EventBatch>(wrong.clone()).is_err(),
                "{wrong}"
            );
        }
    }

    #[test]
    fn small_counts_are_hidden_only_when_asked_and_only_from_1_to_4() {
        assert_eq!(shown_count(0, true), Some(0));
        for n in 1..=4 {
            assert_eq!(shown_count(n, true), None, "{n}");
            assert_eq!(shown_count(n, false), Some(n), "{n}");
        }
        assert_eq!(shown_count(5, true), Some(5));
        assert_eq!(shown_count(1_000, true), Some(1_000));
        assert_eq!(shown_count(0, false), Some(0));
    }

    #[test]
    fn stats_serialize_with_null_for_hidden_counts() {
        let stats = SceneStats {
            days: vec![DayCount {
                date: "2026-11-28".into(),
                views: Some(12),
                visitors: None,
            }],
            hotspots: vec![HotspotOpens {
                id: "h1".into(),
                opens: Some(0),
            }],
            link_clicks: None,
            media_plays: Some(0),
            time_buckets: vec![TimeBucketCount {
                bucket: TimeBucket::Under10s,
                count: Some(7),
            }],
            small_counts_hidden: true,
        };
        assert_eq!(
            serde_json::to_value(&stats).unwrap(),
            json!({
                "days": [{"date": "2026-11-28", "views": 12, "visitors": null}],
                "hotspots": [{"id": "h1", "opens": 0}],
                "link_clicks": null,
                "media_plays": 0,
                "time_buckets": [{"bucket": "lt_10s", "count": 7}],
                "small_counts_hidden": true,
            })
        );
    }
}
