//! The few DOM operations the viewer needs, so the views read as what they
//! build rather than as web-sys calls.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, EventTarget, HtmlElement};

pub fn document() -> Document {
    // The viewer only ever runs in a page.
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A new element with a class (or none: "").
pub fn el(tag: &str, class: &str) -> Element {
    let element = document().create_element(tag).expect("a valid tag name");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element
}

/// A new element holding `text` (as text, never as HTML).
pub fn text_el(tag: &str, class: &str, text: &str) -> Element {
    let element = el(tag, class);
    element.set_text_content(Some(text));
    element
}

/// An element holding a scene's own words (a title, a text): never
/// translated, so its direction is its text's own, whatever the page's.
pub fn content_el(tag: &str, class: &str, text: &str) -> Element {
    let element = text_el(tag, class, text);
    attr(&element, "dir", "auto");
    element
}

pub fn attr(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

pub fn append(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// Sets a style property through the CSS object model, which the
/// Content-Security-Policy allows (inline `style` attributes it does not).
pub fn style(element: &Element, property: &str, value: &str) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.style().set_property(property, value);
    }
}

/// Several style properties, with one look-up of the element's style.
pub fn styles(element: &Element, properties: &[(&str, &str)]) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let style = element.style();
        for (property, value) in properties {
            let _ = style.set_property(property, value);
        }
    }
}

/// A deep copy of an element (its attributes and children, no listeners).
pub fn copy(element: &Element) -> Option<Element> {
    element.clone_node_with_deep(true).ok()?.dyn_into().ok()
}

pub fn focus(element: &Element) {
    if let Some(element) = element.dyn_ref::<HtmlElement>() {
        let _ = element.focus();
    }
}

/// An event listener that stays attached while this value lives.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    pub fn new(
        target: &EventTarget,
        event: &'static str,
        handler: impl FnMut(Event) + 'static,
    ) -> Self {
        let closure = Closure::<dyn FnMut(Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        Listener {
            target: target.clone(),
            event,
            closure,
        }
    }

    /// For listeners that belong to the page for as long as it is open.
    pub fn forever(self) {
        std::mem::forget(self);
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self
            .target
            .remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// Writes `text` to the clipboard; answers whether it worked.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

pub fn location() -> (String, String, String) {
    let location = web_sys::window().expect("a window").location();
    (
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
    )
}

/// Changes the address bar without loading a page.
pub fn replace_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(path));
    }
}
