//! The page's heading names the page. The browser tab's title follows it,
//! and after moving to another page the keyboard focus goes to it, so that
//! a screen reader says where its user has arrived instead of falling back
//! to the top of the document.
//!
//! One observer of the page's `main` does both, whenever its heading
//! appears or changes: pages need not announce themselves, and a page whose
//! heading comes only once its data has loaded (the editor) is handled like
//! any other.

use crate::components::focus::focus_is_lost;
use crate::route::Route;
use crate::text::{t, t_with, Arg};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlElement, MutationObserver, MutationObserverInit};
use yew::prelude::*;
use yew_router::prelude::*;

/// Set by `LoadFromServer` before it loads the other program for an
/// address: that program then moves the focus as after any move in the app.
pub const ARRIVED_BY_LINK: &str = "pinpoint-arrived-by-link";

/// A move to another page whose heading has not had the focus yet.
struct PendingFocus {
    /// What had the focus when the page changed (the link followed, say):
    /// if the focus is elsewhere by the time the heading comes, the user
    /// put it there, and it stays.
    left_on: Option<Element>,
}

type Pending = Rc<RefCell<Option<PendingFocus>>>;

/// Watches `main`: names the tab after its `h1`, and focuses the `h1` once
/// after each move to another page (never on a first visit, where the
/// browser's own start is right, and never once the user has focused
/// something themselves).
#[hook]
pub fn use_page_heading(main: &NodeRef) {
    let route = use_route::<Route>();
    // Focus waits for a heading: the move happened, the heading may not
    // be there yet.
    let pending = use_memo((), |_| -> Pending {
        let arrived = arrived_by_link().then_some(PendingFocus { left_on: None });
        Rc::new(RefCell::new(arrived))
    });
    let first = use_mut_ref(|| true);
    {
        let (main, pending) = (main.clone(), (*pending).clone());
        use_effect_with((), move |_| {
            let observer = main.cast::<HtmlElement>().and_then(|element| {
                let watch = {
                    let main = main.clone();
                    Closure::<dyn Fn()>::new(move || follow_heading(&main, &pending))
                };
                let observer = MutationObserver::new(watch.as_ref().unchecked_ref()).ok()?;
                let options = MutationObserverInit::new();
                options.set_child_list(true);
                options.set_subtree(true);
                options.set_character_data(true);
                observer.observe_with_options(&element, &options).ok()?;
                Some((observer, watch))
            });
            move || {
                if let Some((observer, _watch)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let page = route.as_ref().map(Route::page);
    let (main, pending) = (main.clone(), (*pending).clone());
    use_effect_with(page, move |_| {
        if !first.replace(false) {
            let left_on = document().and_then(|d| d.active_element());
            *pending.borrow_mut() = Some(PendingFocus { left_on });
        }
        follow_heading(&main, &pending);
    });
}

/// Whether this program was loaded by a link followed in the app.
fn arrived_by_link() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) else {
        return false;
    };
    let here = web_sys::window().and_then(|w| w.location().pathname().ok());
    let arrived = storage.get_item(ARRIVED_BY_LINK).ok().flatten();
    if arrived.is_some() {
        let _ = storage.remove_item(ARRIVED_BY_LINK);
    }
    arrived.is_some() && arrived == here
}

fn document() -> Option<Document> {
    web_sys::window().and_then(|w| w.document())
}

fn follow_heading(main: &NodeRef, pending: &Pending) {
    let Some(main) = main.cast::<HtmlElement>() else {
        return;
    };
    let Some(heading) = main
        .query_selector("h1")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let name = heading.text_content().unwrap_or_default();
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some(document) = document() {
        let alone = t("heading-title-alone");
        let title = if name.is_empty() || name == alone {
            alone
        } else {
            t_with("heading-page-title", &[("name", Arg::Text(&name))])
        };
        if document.title() != title {
            document.set_title(&title);
        }
        let waiting = pending.borrow_mut().take();
        if waiting.is_some_and(|w| !user_moved_focus(&document, w.left_on.as_ref())) {
            let _ = heading.set_attribute("tabindex", "-1");
            let _ = heading.focus();
        }
    }
}

/// The user has put the focus somewhere since the page changed.
fn user_moved_focus(document: &Document, left_on: Option<&Element>) -> bool {
    let unchanged = document
        .active_element()
        .zip(left_on)
        .is_some_and(|(active, left)| active.is_same_node(Some(left)));
    !focus_is_lost() && !unchanged
}
