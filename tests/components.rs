//! Components rendered in a real browser (headless Chromium through
//! wasm-bindgen-test): what a viewer's screen reader and pointer meet.
#![cfg(target_arch = "wasm32")]

use model::{default_color, Hotspot, SceneImage};
use pinpoint_app::components::scene_stage::{SceneStage, SceneStageProps};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

fn hotspot(id: &str, x: f64, y: f64, title: &str, text: &str) -> Hotspot {
    Hotspot {
        id: id.into(),
        x,
        y,
        title: title.into(),
        text: text.into(),
        link: None,
        media: None,
        scene_link: None,
        icon: "info".into(),
        color: default_color(),
    }
}

fn fresh_root() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// Lets Yew's scheduler render and run effects.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(20).await;
}

#[wasm_bindgen_test]
async fn stage_shows_each_hotspot_as_a_button_named_by_its_title_in_reading_order() {
    let root = fresh_root();
    let opened = Rc::new(RefCell::new(Vec::new()));
    let log = opened.clone();
    let props = SceneStageProps {
        image: SceneImage {
            asset_id: "a1".into(),
            width: 400,
            height: 200,
            alt: "A map".into(),
        },
        hotspots: vec![
            hotspot("h1", 0.25, 0.5, "Harbour", ""),
            hotspot("h2", 0.75, 0.1, "", ""),
        ],
        selected: None,
        expanded: None,
        onactivate: Callback::from(move |i| log.borrow_mut().push(i)),
        onpick: None,
        onmove: None,
        onmarkerkey: None,
    };
    yew::Renderer::<SceneStage>::with_root_and_props(root.clone(), props).render();
    settle().await;

    let image = root.query_selector("img").unwrap().expect("the picture");
    assert_eq!(image.get_attribute("alt").as_deref(), Some("A map"));
    let buttons = root.query_selector_all("button").unwrap();
    assert_eq!(buttons.length(), 2);
    let names: Vec<String> = (0..2)
        .map(|i| buttons.item(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        // The accessible name: a label, so the tooltip CSS draws on hover
        // or focus never changes it.
        .map(|b| b.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        names,
        ["Harbour", "Hotspot 2"],
        "untitled hotspots get a numbered name"
    );

    // Placed through the CSS object model (the CSP forbids style attributes).
    let first = buttons.item(0).unwrap().dyn_into::<HtmlElement>().unwrap();
    assert_eq!(first.style().get_property_value("left").unwrap(), "25%");
    assert_eq!(first.style().get_property_value("top").unwrap(), "50%");

    first.click();
    assert_eq!(*opened.borrow(), vec![0]);
}
