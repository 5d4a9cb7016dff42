//! Moving the keyboard focus where the user's work goes on, when what had
//! it leaves the page (a form that closes, a scene deleted).

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses the first element inside `root` that matches `selector`;
/// false if there is none.
pub fn focus_in(root: &NodeRef, selector: &str) -> bool {
    let found = root
        .cast::<HtmlElement>()
        .and_then(|root| root.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    match found {
        Some(element) => {
            // Headings and other non-controls take the focus only so.
            if element.tab_index() < 0 && !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            element.focus().is_ok()
        }
        None => false,
    }
}

/// Nothing has the focus: what had it has just left the page.
pub fn focus_is_lost() -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    match (document.active_element(), document.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active.is_same_node(Some(&body)),
        (Some(_), None) => false,
    }
}
