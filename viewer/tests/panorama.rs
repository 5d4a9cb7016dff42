//! A 360° scene's stage in a real browser (headless Chromium with software
//! WebGL): the keys turn the view, and a hotspot behind the viewer, reached
//! by Tab, turns the view to face it.
#![cfg(all(target_arch = "wasm32", feature = "panorama"))]

use pinpoint_viewer::dom::Listener;
use pinpoint_viewer::panorama_stage;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A scene with a hotspot ahead of the start view and one behind it.
fn scene() -> model::Scene {
    serde_json::from_value(serde_json::json!({
        "id": "s1", "owner": {"id": "u1", "username": "ana", "avatar": null},
        "title": "Crater", "description": "",
        "image": {"asset_id": "missing", "width": 4096, "height": 2048, "alt": "A crater",
                  "projection": "equirectangular"},
        "hotspots": [
            {"id": "a", "x": 0.5, "y": 0.5, "title": "Ahead"},
            {"id": "b", "x": 0.02, "y": 0.5, "title": "Behind"}
        ],
        "visibility": "unlisted", "version": 1,
        "created_at": "2026-11-30T00:00:00Z", "updated_at": "2026-11-30T00:00:00Z"
    }))
    .unwrap()
}

fn stage_with_markers(scene: &model::Scene) -> (Element, Vec<HtmlElement>) {
    let stage = document().create_element("div").unwrap();
    stage.set_class_name("scene-stage");
    let style = stage.unchecked_ref::<HtmlElement>().style();
    style.set_property("position", "relative").unwrap();
    style.set_property("width", "640px").unwrap();
    style.set_property("height", "360px").unwrap();
    let markers = scene
        .hotspots
        .iter()
        .enumerate()
        .map(|(index, hotspot)| {
            let marker: HtmlElement = document()
                .create_element("button")
                .unwrap()
                .unchecked_into();
            marker.set_class_name("hotspot-marker");
            marker
                .set_attribute("data-index", &index.to_string())
                .unwrap();
            marker.set_attribute("aria-label", &hotspot.title).unwrap();
            stage.append_child(&marker).unwrap();
            marker
        })
        .collect();
    document().body().unwrap().append_child(&stage).unwrap();
    (stage, markers)
}

/// Lets an animation frame or two run.
async fn frames() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 80)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn behind(marker: &HtmlElement) -> bool {
    marker.class_list().contains("behind")
}

fn no_failure() {}

#[wasm_bindgen_test]
async fn keys_turn_the_view_and_a_hotspot_behind_turns_it_when_focused() {
    let scene = scene();
    let (stage, markers) = stage_with_markers(&scene);
    let mut listeners: Vec<Listener> = Vec::new();
    let image = scene.image.clone().unwrap();
    assert!(
        panorama_stage::mount(&stage, &scene, &image, no_failure, &mut listeners),
        "software WebGL draws panoramas"
    );
    let canvas: HtmlElement = stage
        .query_selector("canvas")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(canvas.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(canvas
        .get_attribute("aria-label")
        .unwrap()
        .contains("A crater"));
    frames().await;
    assert!(!behind(&markers[0]), "the hotspot ahead shows");
    assert!(behind(&markers[1]), "the hotspot behind is faded out");
    assert!(markers[1].tab_index() >= 0, "but stays in the tab order");

    // The arrow keys turn the view.
    canvas.focus().unwrap();
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
    assert!(event.default_prevented(), "the page does not scroll");
    assert!(panorama_stage::view().unwrap().yaw > 0.0);

    // Focus on the hotspot behind turns the view to face it.
    markers[1].focus().unwrap();
    frames().await;
    assert!(!behind(&markers[1]), "now in view");
    let yaw = panorama_stage::view().unwrap().yaw;
    assert!(yaw.abs() > 2.5, "facing backwards: {yaw}");

    drop(listeners);
    panorama_stage::unmount();
    stage.remove();
}
