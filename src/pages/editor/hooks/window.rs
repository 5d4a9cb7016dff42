//! Events of the whole window: keyboard shortcuts, leaving the page, and
//! pasting a picture.

use super::local_copy::{flush_copy, PendingCopy};
use super::{press, Latest};
use crate::editor::keymap;
use crate::text::t;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Undo/redo shortcuts, a warning before leaving with unsaved edits, the
/// waiting local copy written as the page goes (`beforeunload`, and
/// `pagehide`, which phones send where they skip the other), and pictures
/// pasted from the clipboard, handed to `onpaste`.
#[hook]
pub fn use_window_events(latest: &Latest, pending: &PendingCopy, onpaste: Callback<web_sys::File>) {
    let (latest, pending) = (latest.clone(), pending.clone());
    use_effect_with((), move |_| {
        let window = web_sys::window().expect("the editor runs in a window");
        let keys_model = latest.clone();
        let leave_copy = pending.clone();
        let keys = EventListener::new_with_options(
            &window,
            "keydown",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let key = e.key();
                if let Some(action) = keymap::shortcut(press(e, &key)) {
                    e.prevent_default();
                    keys_model.borrow().dispatch(action);
                }
            },
        );
        let leave = EventListener::new_with_options(
            &window,
            "beforeunload",
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                flush_copy(&leave_copy);
                if latest.borrow().has_unsaved_changes() {
                    e.prevent_default();
                    if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        e.set_return_value(&t("editor-leave-unsaved"));
                    }
                }
            },
        );
        let hide = EventListener::new(&window, "pagehide", move |_| flush_copy(&pending));
        let paste = EventListener::new(&window, "paste", move |e| {
            let Some(e) = e.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            // Pasting into a field is typing, even when the clipboard
            // also holds a picture of the text (as office programs put there).
            let in_field = e.target().is_some_and(|t| {
                t.dyn_ref::<web_sys::HtmlInputElement>().is_some()
                    || t.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some()
            });
            let has_text = e
                .clipboard_data()
                .is_some_and(|d| d.types().includes(&"text/plain".into(), 0));
            if in_field || has_text {
                return;
            }
            let file = e
                .clipboard_data()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file.filter(|f| f.type_().starts_with("image/")) {
                onpaste.emit(file);
            }
        });
        move || drop((keys, leave, hide, paste))
    });
}
