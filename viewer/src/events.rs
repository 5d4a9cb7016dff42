//! The anonymous statistics a shared link sends: which events are queued,
//! when a batch goes out, and its JSON. Pure, so it is tested natively; the
//! page hooks that feed it and the beacon that sends it are in `beacon`.
//!
//! Nothing here identifies a viewer: no id, no cookie, no storage. A
//! viewer who asks not to be tracked (Do Not Track, Global Privacy
//! Control) is counted as a bare view and nothing more, and the owner's own
//! visits are not counted at all.

use model::TimeBucket;

/// A batch goes out as soon as this many events are queued.
pub const BATCH_SIZE: usize = 20;

/// Something a viewer did on the scene; the hotspot's id where it applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    View,
    HotspotOpen(String),
    LinkClick(String),
    MediaPlay(String),
    TimeBucket(TimeBucket),
}

impl Event {
    fn kind(&self) -> &'static str {
        match self {
            Event::View => "view",
            Event::HotspotOpen(_) => "hotspot_open",
            Event::LinkClick(_) => "link_click",
            Event::MediaPlay(_) => "media_play",
            Event::TimeBucket(_) => "time_bucket",
        }
    }
}

/// The queue of one page's events.
#[derive(Debug)]
pub struct Tracker {
    scene: String,
    views_only: bool,
    queue: Vec<Event>,
    time_recorded: bool,
}

impl Tracker {
    /// `views_only`: the viewer asked not to be tracked.
    pub fn new(scene: &str, views_only: bool) -> Tracker {
        Tracker {
            scene: scene.to_string(),
            views_only,
            queue: Vec::new(),
            time_recorded: false,
        }
    }

    pub fn queued(&self) -> &[Event] {
        &self.queue
    }

    /// Queues an event; answers a batch (JSON) to send now, if one is full.
    pub fn record(&mut self, event: Event) -> Option<String> {
        if self.queue.len() < BATCH_SIZE && (!self.views_only || event == Event::View) {
            self.queue.push(event);
        }
        self.full_batch()
    }

    /// The page was hidden (closed, or another tab brought forward) after
    /// `seconds` open: the time bucket is queued (the first time only) and
    /// everything queued goes out, since the page may never come back.
    pub fn page_hidden(&mut self, seconds: f64) -> Option<String> {
        let mut full = None;
        if !self.time_recorded {
            self.time_recorded = true;
            full = self.record(Event::TimeBucket(TimeBucket::for_seconds(seconds)));
        }
        if full.is_none() && self.queue.is_empty() {
            return full;
        }
        full.or_else(|| Some(self.take()))
    }

    fn full_batch(&mut self) -> Option<String> {
        (self.queue.len() >= BATCH_SIZE).then(|| self.take())
    }

    /// Everything queued, as one batch.
    fn take(&mut self) -> String {
        let json = batch_json(&self.scene, &self.queue);
        self.queue.clear();
        json
    }
}

/// Appends `text` as a JSON string. Ids are URL-safe already; escaping
/// anyway keeps a stray quote from breaking the batch.
fn push_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                let hex = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(hex[usize::from(c as u8 >> 4)]));
                out.push(char::from(hex[usize::from(c as u8 & 0xf)]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The body of `POST /api/events`. Written by hand: serde_json would add
/// more to the viewer's download than the whole of this module.
pub fn batch_json(scene: &str, events: &[Event]) -> String {
    let mut out = String::from("{\"events\":[");
    for (i, event) in events.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"kind\":");
        push_string(&mut out, event.kind());
        out.push_str(",\"scene\":");
        push_string(&mut out, scene);
        match event {
            Event::View => {}
            Event::HotspotOpen(hotspot) | Event::LinkClick(hotspot) | Event::MediaPlay(hotspot) => {
                out.push_str(",\"hotspot\":");
                push_string(&mut out, hotspot);
            }
            Event::TimeBucket(bucket) => {
                out.push_str(",\"bucket\":");
                push_string(&mut out, bucket.as_str());
            }
        }
        out.push('}');
    }
    out.push_str("]}");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{EventBatch, ViewerEvent};

    fn open(id: &str) -> Event {
        Event::HotspotOpen(id.into())
    }

    fn parsed(json: &str) -> EventBatch {
        serde_json::from_str(json).expect("the server's shape")
    }

    #[test]
    fn batches_are_what_the_server_reads() {
        let json = batch_json(
            "s1",
            &[
                Event::View,
                open("h1"),
                Event::LinkClick("h1".into()),
                Event::MediaPlay("h2".into()),
                Event::TimeBucket(TimeBucket::From1mTo3m),
            ],
        );
        let scene = || "s1".to_string();
        assert_eq!(
            parsed(&json).events,
            [
                ViewerEvent::View { scene: scene() },
                ViewerEvent::HotspotOpen {
                    scene: scene(),
                    hotspot: "h1".into()
                },
                ViewerEvent::LinkClick {
                    scene: scene(),
                    hotspot: "h1".into()
                },
                ViewerEvent::MediaPlay {
                    scene: scene(),
                    hotspot: "h2".into()
                },
                ViewerEvent::TimeBucket {
                    scene: scene(),
                    bucket: TimeBucket::From1mTo3m
                },
            ]
        );
        let odd = batch_json("a\"b\\c\n", &[open("é")]);
        let events = parsed(&odd).events;
        assert_eq!(events[0].scene(), "a\"b\\c\n");
        assert_eq!(events[0].hotspot(), Some("é"));
    }

    #[test]
    fn a_batch_goes_out_when_20_are_queued() {
        let mut tracker = Tracker::new("s1", false);
        assert_eq!(tracker.record(Event::View), None);
        for _ in 0..18 {
            assert_eq!(tracker.record(open("h1")), None);
        }
        let sent = tracker.record(open("h2")).expect("a full batch");
        assert_eq!(parsed(&sent).events.len(), BATCH_SIZE);
        assert!(tracker.queued().is_empty());
        assert_eq!(tracker.record(open("h3")), None);
        assert_eq!(tracker.queued().len(), 1);
    }

    #[test]
    fn hiding_sends_the_queue_with_the_time_of_the_first_hide() {
        let mut visitor = Tracker::new("s1", false);
        for _ in 0..5 {
            assert_eq!(visitor.record(open("h1")), None, "not a full batch yet");
        }
        let sent = visitor.page_hidden(3.0).expect("sent when hidden");
        let events = parsed(&sent).events;
        assert_eq!(events.len(), 6, "5 opens and the time");
        assert_eq!(
            events.last(),
            Some(&ViewerEvent::TimeBucket {
                scene: "s1".into(),
                bucket: TimeBucket::Under10s
            }),
            "the time of the first hide, once"
        );
    }

    #[test]
    fn do_not_track_keeps_only_the_view() {
        let mut tracker = Tracker::new("s1", true);
        tracker.record(Event::View);
        tracker.record(open("h1"));
        tracker.record(Event::LinkClick("h1".into()));
        tracker.record(Event::MediaPlay("h1".into()));
        let sent = tracker.page_hidden(100.0).expect("the view");
        assert_eq!(
            parsed(&sent).events,
            [ViewerEvent::View { scene: "s1".into() }]
        );
    }

    #[test]
    fn hiding_sends_everything_queued_once() {
        let mut tracker = Tracker::new("s1", false);
        tracker.record(Event::View);
        let sent = tracker.page_hidden(12.0).expect("a batch");
        assert_eq!(parsed(&sent).events.len(), 2);
        assert_eq!(tracker.page_hidden(40.0), None, "nothing new to send");
        tracker.record(open("h1"));
        let again = tracker.page_hidden(50.0).expect("a batch");
        assert_eq!(parsed(&again).events.len(), 1, "no second time bucket");

        // The time bucket that fills a batch goes out with it.
        let mut full = Tracker::new("s1", false);
        for _ in 0..BATCH_SIZE - 1 {
            full.record(open("h1"));
        }
        let sent = full.page_hidden(1.0).expect("a full batch");
        assert_eq!(parsed(&sent).events.len(), BATCH_SIZE);
        assert!(full.queued().is_empty());
    }
}
