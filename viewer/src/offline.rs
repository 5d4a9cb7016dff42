//! A scene in an offline page (`GET /api/scenes/{id}/export?format=html`):
//! the page holds the scene as JSON and its pictures and sounds, which
//! the page's starter has made into `blob:` addresses
//! (`window.pinpointOfflineFiles`). Nothing is asked of a server, nothing
//! is counted, and what needs the network (tour links, video players, the
//! embed code) is left out or offered as a link.

use crate::dom;
use js_sys::Reflect;
use model::Scene;
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The page's files by upload id, once an offline page has started.
    static FILES: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The scene this page holds, when it is an offline page.
pub fn scene() -> Option<Scene> {
    let json = dom::document()
        .get_element_by_id("pinpoint-scene")?
        .text_content()?;
    let scene = crate::scene_json::scene(&js_sys::JSON::parse(&json).ok()?)?;
    let files = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str("pinpointOfflineFiles")).ok())
        .filter(|files| files.is_object())
        .unwrap_or_else(|| js_sys::Object::new().into());
    FILES.with(|f| *f.borrow_mut() = Some(files));
    Some(scene)
}

/// Whether this is an offline page.
pub fn active() -> bool {
    FILES.with(|f| f.borrow().is_some())
}

/// Where the upload `id` is read from: the page, or the server.
pub fn asset_url(id: &str) -> String {
    FILES.with(|f| match f.borrow().as_ref() {
        Some(files) => Reflect::get(files, &JsValue::from_str(id))
            .ok()
            .and_then(|url| url.as_string())
            .unwrap_or_default(),
        None => format!("/api/assets/{id}"),
    })
}
