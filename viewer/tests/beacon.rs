//! The viewer's statistics as the page sends them (headless Chromium
//! through wasm-bindgen-test): `beacon::start`, `record` and the page's
//! `pagehide`, observed at `navigator.sendBeacon`, which the test wraps to
//! see each beacon before the browser takes it. What goes in a batch is
//! tested natively in `events`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Reflect};
use model::{EventBatch, TimeBucket, UserSummary, ViewerEvent, Visibility};
use pinpoint_viewer::beacon;
use pinpoint_viewer::events::{Event, BATCH_SIZE};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;
use web_sys::Blob;

wasm_bindgen_test_configure!(run_in_browser);

fn scene(id: &str) -> model::Scene {
    model::Scene {
        id: id.into(),
        owner: UserSummary {
            id: "u1".into(),
            username: "ada".into(),
            avatar: None,
        },
        title: "Volcano".into(),
        description: String::new(),
        image: None,
        hotspots: Vec::new(),
        visibility: Visibility::Unlisted,
        version: 1,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

/// One beacon as the browser was handed it.
struct Sent {
    url: String,
    blob: Blob,
    /// What the real `sendBeacon` answered: `true` when the browser queued it.
    accepted: bool,
}

impl Sent {
    async fn events(&self) -> Vec<ViewerEvent> {
        let text = wasm_bindgen_futures::JsFuture::from(self.blob.text())
            .await
            .expect("a readable body")
            .as_string()
            .expect("text");
        serde_json::from_str::<EventBatch>(&text)
            .expect("the server's shape")
            .events
    }
}

/// Wraps this page's `navigator.sendBeacon` while it lives: every call is
/// kept, then passed on to the browser's own.
struct Beacons {
    sent: Rc<RefCell<Vec<Sent>>>,
    _wrapper: Closure<dyn FnMut(JsValue, JsValue) -> JsValue>,
}

impl Beacons {
    fn watch() -> Beacons {
        let navigator = web_sys::window().expect("a window").navigator();
        let key = JsValue::from_str("sendBeacon");
        let real: Function = Reflect::get(&navigator, &key)
            .expect("sendBeacon")
            .unchecked_into();
        let sent = Rc::new(RefCell::new(Vec::new()));
        let keep = sent.clone();
        let target = navigator.clone();
        let wrapper = Closure::<dyn FnMut(JsValue, JsValue) -> JsValue>::new(
            move |url: JsValue, data: JsValue| {
                let answer = real.call2(&target, &url, &data).expect("no throw");
                keep.borrow_mut().push(Sent {
                    url: url.as_string().expect("a URL"),
                    blob: data.dyn_into().expect("a Blob"),
                    accepted: answer.as_bool() == Some(true),
                });
                answer
            },
        );
        Reflect::set(&navigator, &key, wrapper.as_ref()).expect("writable");
        Beacons {
            sent,
            _wrapper: wrapper,
        }
    }

    fn take(&self) -> Vec<Sent> {
        std::mem::take(&mut *self.sent.borrow_mut())
    }
}

impl Drop for Beacons {
    /// Uncovers the browser's own `sendBeacon` again.
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = Reflect::delete_property(&window.navigator(), &"sendBeacon".into());
        }
    }
}

fn hide_page() {
    let window = web_sys::window().expect("a window");
    let event = web_sys::Event::new("pagehide").expect("an event");
    window.dispatch_event(&event).expect("dispatched");
}

#[wasm_bindgen_test]
async fn a_visitors_view_and_opens_go_out_as_one_json_beacon_when_the_batch_fills() {
    let beacons = Beacons::watch();
    beacon::start(&scene("s-full"), false);
    for i in 0..BATCH_SIZE - 2 {
        beacon::record(Event::HotspotOpen(format!("h{i}")));
    }
    assert!(
        beacons.take().is_empty(),
        "nothing before the batch is full"
    );

    beacon::record(Event::LinkClick("h0".into()));
    let sent = beacons.take();
    assert_eq!(sent.len(), 1, "one beacon");
    let beacon = &sent[0];
    assert_eq!(beacon.url, "/api/events");
    // The JSON type makes the browser send the page's Origin, which the
    // server requires of every POST.
    assert_eq!(beacon.blob.type_(), "application/json");
    assert!(beacon.accepted, "the browser queued it");
    let events = beacon.events().await;
    assert_eq!(events.len(), BATCH_SIZE);
    assert_eq!(
        events[0],
        ViewerEvent::View {
            scene: "s-full".into()
        },
        "the view counted on start, first"
    );
    assert_eq!(
        events[BATCH_SIZE - 1],
        ViewerEvent::LinkClick {
            scene: "s-full".into(),
            hotspot: "h0".into()
        }
    );
}

#[wasm_bindgen_test]
async fn hiding_the_page_sends_what_is_queued_with_the_time_spent() {
    let beacons = Beacons::watch();
    beacon::start(&scene("s-hide"), false);
    beacon::record(Event::HotspotOpen("h1".into()));
    hide_page();
    let sent = beacons.take();
    assert_eq!(sent.len(), 1, "one beacon");
    assert!(sent[0].accepted, "the browser queued it");
    let scene = || "s-hide".to_string();
    assert_eq!(
        sent[0].events().await,
        [
            ViewerEvent::View { scene: scene() },
            ViewerEvent::HotspotOpen {
                scene: scene(),
                hotspot: "h1".into()
            },
            ViewerEvent::TimeBucket {
                scene: scene(),
                bucket: TimeBucket::Under10s
            },
        ]
    );

    hide_page();
    assert!(beacons.take().is_empty(), "nothing new, nothing sent");
}
