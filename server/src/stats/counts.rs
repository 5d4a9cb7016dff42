//! Viewer statistics counted in memory and not yet written: per scene and
//! day, the views, clicks and plays, each hotspot's opens, the time-spent
//! buckets, and the visitors seen (as hashes, never as who they are).

use model::{TimeBucket, ViewerEvent};
use std::collections::{HashMap, HashSet};

/// A visitor: the first 16 bytes of a keyed hash.
pub type VisitorHash = [u8; 16];

/// What one scene had on one day since the last write.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayDelta {
    pub views: u64,
    pub link_clicks: u64,
    pub media_plays: u64,
}

/// Counts not yet written, keyed by scene id and day (`YYYY-MM-DD`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub days: HashMap<(String, String), DayDelta>,
    /// Per (scene, day, hotspot id).
    pub opens: HashMap<(String, String, String), u64>,
    pub time_buckets: HashMap<(String, String, TimeBucket), u64>,
    /// Visitors seen, per (scene, day): counted when first written.
    pub visitors: HashSet<(String, String, VisitorHash)>,
    /// Events held, to decide when to write early.
    pub events: usize,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        self.events == 0 && self.visitors.is_empty()
    }

    /// Adds validated events of `day`. With `views_only` (Do Not Track or
    /// Global Privacy Control) every other kind is left out.
    pub fn add(&mut self, day: &str, events: &[ViewerEvent], views_only: bool) {
        for event in events {
            let scene = event.scene().to_string();
            let key = (scene, day.to_string());
            match event {
                ViewerEvent::View { .. } => self.days.entry(key).or_default().views += 1,
                _ if views_only => continue,
                ViewerEvent::LinkClick { .. } => self.days.entry(key).or_default().link_clicks += 1,
                ViewerEvent::MediaPlay { .. } => self.days.entry(key).or_default().media_plays += 1,
                ViewerEvent::HotspotOpen { hotspot, .. } => {
                    *self
                        .opens
                        .entry((key.0, key.1, hotspot.clone()))
                        .or_default() += 1
                }
                ViewerEvent::TimeBucket { bucket, .. } => {
                    *self
                        .time_buckets
                        .entry((key.0, key.1, *bucket))
                        .or_default() += 1
                }
            }
            self.events += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(scene: &str) -> ViewerEvent {
        ViewerEvent::View {
            scene: scene.into(),
        }
    }

    #[test]
    fn counts_add_up_by_scene_day_and_kind() {
        let mut counts = Counts::default();
        let events = vec![
            view("s1"),
            view("s1"),
            view("s2"),
            ViewerEvent::HotspotOpen {
                scene: "s1".into(),
                hotspot: "h1".into(),
            },
            ViewerEvent::HotspotOpen {
                scene: "s1".into(),
                hotspot: "h1".into(),
            },
            ViewerEvent::LinkClick {
                scene: "s1".into(),
                hotspot: "h1".into(),
            },
            ViewerEvent::MediaPlay {
                scene: "s2".into(),
                hotspot: "h9".into(),
            },
            ViewerEvent::TimeBucket {
                scene: "s2".into(),
                bucket: TimeBucket::Over10m,
            },
        ];
        counts.add("2026-11-28", &events, false);
        let key = |s: &str| (s.to_string(), "2026-11-28".to_string());
        assert_eq!(
            counts.days[&key("s1")],
            DayDelta {
                views: 2,
                link_clicks: 1,
                media_plays: 0
            }
        );
        assert_eq!(
            counts.days[&key("s2")],
            DayDelta {
                views: 1,
                link_clicks: 0,
                media_plays: 1
            }
        );
        assert_eq!(
            counts.opens[&("s1".into(), "2026-11-28".into(), "h1".into())],
            2
        );
        assert_eq!(
            counts.time_buckets[&("s2".into(), "2026-11-28".into(), TimeBucket::Over10m)],
            1
        );
        assert_eq!(counts.events, 8);

        let mut private = Counts::default();
        private.add("2026-11-28", &events, true);
        assert_eq!(private.events, 3, "only the views");
        assert!(private.opens.is_empty() && private.time_buckets.is_empty());
        assert_eq!(private.days[&key("s1")].link_clicks, 0);
    }
}
