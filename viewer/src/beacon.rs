//! Sends the page's anonymous statistics (see `events`) with
//! `navigator.sendBeacon`, which outlives the page: when a batch fills and
//! when the page is hidden. A beacon the browser refuses is dropped, never
//! retried. The owner's own visits are not counted: the server marks a
//! scene it sends to its owner.

use crate::dom::{self, Listener};
use crate::events::{Event, Tracker};
use js_sys::{Array, Reflect};
use model::{Scene, Visibility};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use web_sys::{Blob, BlobPropertyBag};

struct Page {
    tracker: Tracker,
    /// `Date.now()` when the scene was shown.
    shown_at: f64,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// Starts counting a scene just shown: its view now, the rest as it
/// happens; nothing at all when `own` (the viewer is its owner). A private
/// scene is not counted (the server would refuse it).
pub fn start(scene: &Scene, own: bool) {
    if own || scene.visibility == Visibility::Private {
        return;
    }
    PAGE.with(|p| {
        *p.borrow_mut() = Some(Page {
            tracker: Tracker::new(&scene.id, asks_not_to_be_tracked()),
            shown_at: js_sys::Date::now(),
        })
    });
    record(Event::View);
    if let Some(window) = web_sys::window() {
        Listener::new(&window, "pagehide", on_hide).forever();
    }
    Listener::new(&dom::document(), "visibilitychange", on_hide).forever();
}

/// Queues an event (nothing happens before `start`, as in tests of a
/// popup alone).
pub fn record(event: Event) {
    send(with_tracker(|t| t.record(event)));
}

fn with_tracker(f: impl FnOnce(&mut Tracker) -> Option<String>) -> Option<String> {
    PAGE.with(|p| p.borrow_mut().as_mut().and_then(|p| f(&mut p.tracker)))
}

/// `pagehide`, or `visibilitychange` to hidden: the page may be gone
/// for good.
fn on_hide(event: web_sys::Event) {
    if event.type_() != "pagehide" && !dom::document().hidden() {
        return;
    }
    let batch = PAGE.with(|p| {
        p.borrow_mut().as_mut().and_then(|p| {
            let seconds = (js_sys::Date::now() - p.shown_at) / 1000.0;
            p.tracker.page_hidden(seconds)
        })
    });
    send(batch);
}

/// `navigator.doNotTrack == "1"` or `navigator.globalPrivacyControl`.
fn asks_not_to_be_tracked() -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let read = |name: &str| Reflect::get(&navigator, &JsValue::from_str(name)).ok();
    read("doNotTrack").and_then(|v| v.as_string()).as_deref() == Some("1")
        || read("globalPrivacyControl").and_then(|v| v.as_bool()) == Some(true)
}

/// Sends a batch as one beacon of JSON. Its type makes the browser send
/// this page's `Origin`, which the server requires of every POST.
fn send(batch: Option<String>) {
    let (Some(batch), Some(window)) = (batch, web_sys::window()) else {
        return;
    };
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let parts = Array::of1(&JsValue::from_str(&batch));
    if let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) {
        // `false`: the browser would not queue it. Dropped, as promised.
        let _ = window
            .navigator()
            .send_beacon_with_opt_blob("/api/events", Some(&blob));
    }
}
