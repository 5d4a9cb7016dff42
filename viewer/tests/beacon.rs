//! The viewer's statistics queue in a real browser (headless Chromium
//! through wasm-bindgen-test): batching, Do Not Track, the time buckets,
//! and a beacon the browser accepts.
#![cfg(target_arch = "wasm32")]

use model::{EventBatch, TimeBucket, ViewerEvent};
use pinpoint_viewer::events::{batch_json, Event, Tracker, BATCH_SIZE};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parsed(json: &str) -> Vec<ViewerEvent> {
    serde_json::from_str::<EventBatch>(json)
        .expect("the server's shape")
        .events
}

#[wasm_bindgen_test]
fn the_20th_event_sends_a_batch_of_20() {
    let mut tracker = Tracker::new("s1", false);
    for i in 0..BATCH_SIZE - 1 {
        let sent = tracker.record(Event::HotspotOpen(format!("h{i}")));
        assert_eq!(sent, None, "{i}");
    }
    let sent = tracker.record(Event::View).expect("a full batch");
    let events = parsed(&sent);
    assert_eq!(events.len(), 20);
    assert_eq!(
        events[0],
        ViewerEvent::HotspotOpen {
            scene: "s1".into(),
            hotspot: "h0".into()
        }
    );
    assert!(tracker.queued().is_empty());
}

#[wasm_bindgen_test]
fn do_not_track_sends_the_view_alone() {
    let mut tracker = Tracker::new("s1", true);
    tracker.record(Event::View);
    tracker.record(Event::HotspotOpen("h1".into()));
    tracker.record(Event::LinkClick("h1".into()));
    tracker.record(Event::MediaPlay("h1".into()));
    let sent = tracker.page_hidden(400.0).expect("the view");
    assert_eq!(parsed(&sent), [ViewerEvent::View { scene: "s1".into() }]);
}

#[wasm_bindgen_test]
fn the_time_on_the_page_goes_in_its_bucket_when_the_page_is_hidden() {
    for (seconds, bucket) in [
        (2.0, TimeBucket::Under10s),
        (10.0, TimeBucket::From10sTo30s),
        (45.0, TimeBucket::From30sTo1m),
        (61.0, TimeBucket::From1mTo3m),
        (300.0, TimeBucket::From3mTo10m),
        (3600.0, TimeBucket::Over10m),
    ] {
        let mut tracker = Tracker::new("s1", false);
        let sent = tracker.page_hidden(seconds).expect("the time");
        assert_eq!(
            parsed(&sent),
            [ViewerEvent::TimeBucket {
                scene: "s1".into(),
                bucket
            }],
            "{seconds}"
        );
    }
}

#[wasm_bindgen_test]
fn the_browser_takes_a_batch_as_a_json_beacon() {
    let body = batch_json("s1", &[Event::View]);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let parts = js_sys::Array::of1(&body.as_str().into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).unwrap();
    assert_eq!(blob.type_(), "application/json");
    assert_eq!(blob.size() as usize, body.len());
    let navigator = web_sys::window().unwrap().navigator();
    assert!(navigator
        .send_beacon_with_opt_blob("/api/events", Some(&blob))
        .unwrap());
}
