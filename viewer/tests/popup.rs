//! The viewer's popup in a real browser (headless Chromium through
//! wasm-bindgen-test): what a viewer's screen reader and pointer meet.
#![cfg(target_arch = "wasm32")]

use model::{default_color, Hotspot, Media};
use pinpoint_viewer::popup::Popup;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn hotspot(title: &str, text: &str) -> Hotspot {
    Hotspot {
        id: "h1".into(),
        x: 0.5,
        y: 0.5,
        title: title.into(),
        text: text.into(),
        link: None,
        media: None,
        scene_link: None,
        icon: model::Icon::Info,
        color: default_color(),
    }
}

fn marker() -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let marker = document.create_element("button").unwrap();
    document.body().unwrap().append_child(&marker).unwrap();
    marker
}

/// Lets queued work (the deferred close) run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_popup_is_a_dialog_named_by_its_title_with_only_safe_links() {
    let closed = Rc::new(Cell::new(0));
    let count = closed.clone();
    let mut spot = hotspot(
        "Crater",
        "Hot.\nSee https://example.org/lava. <b>not bold</b>",
    );
    spot.link = Some("javascript:alert(1)".into());
    let popup = Popup::open(
        &spot,
        0,
        &marker(),
        None,
        Rc::new(move || count.set(count.get() + 1)),
    );

    let document = web_sys::window().unwrap().document().unwrap();
    let dialog = document
        .query_selector("dialog.hotspot-popup")
        .unwrap()
        .expect("a dialog");
    assert!(dialog.has_attribute("open"), "shown at once");
    let label = dialog.get_attribute("aria-labelledby").unwrap();
    let heading = document.get_element_by_id(&label).unwrap();
    assert_eq!(heading.text_content().unwrap(), "Crater");

    let links = dialog.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1, "the javascript: link is never rendered");
    let link = links.item(0).unwrap().dyn_into::<Element>().unwrap();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/lava")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer nofollow")
    );
    assert!(
        dialog.query_selector("b").unwrap().is_none(),
        "text is never HTML"
    );
    assert!(dialog.text_content().unwrap().contains("<b>not bold</b>"));
    assert!(
        dialog.query_selector("br").unwrap().is_some(),
        "line breaks are kept"
    );

    let close = dialog
        .query_selector(".popup-close")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    close.click();
    assert_eq!(closed.get(), 0, "closing waits for the click to finish");
    settle().await;
    assert_eq!(closed.get(), 1);
    drop(popup);
    assert!(
        document
            .query_selector("dialog.hotspot-popup")
            .unwrap()
            .is_none(),
        "a dropped popup leaves the page"
    );
}

#[wasm_bindgen_test]
async fn a_video_loads_nothing_until_the_viewer_asks() {
    let mut spot = hotspot("Eruption", "");
    spot.media = Some(Media::Youtube {
        video_id: "dQw4w9WgXcQ".into(),
    });
    let popup = Popup::open(&spot, 1, &marker(), None, Rc::new(|| {}));
    let document = web_sys::window().unwrap().document().unwrap();
    let dialog = document
        .query_selector("dialog.hotspot-popup")
        .unwrap()
        .unwrap();
    assert!(dialog.query_selector("iframe").unwrap().is_none());
    assert!(dialog
        .text_content()
        .unwrap()
        .contains("Loads content from YouTube, which may set cookies."));
    let load = dialog
        .query_selector(".video-consent button")
        .unwrap()
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    load.click();
    let frame = dialog
        .query_selector("iframe")
        .unwrap()
        .expect("the player after consent");
    assert_eq!(
        frame.get_attribute("src").as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
    );
    drop(popup);
}
