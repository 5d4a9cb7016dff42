//! The local copy: unsaved edits kept in this browser until the server
//! has them.

use crate::editor::local_draft::{self, LocalDraft};
use crate::editor::EditorState;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// A write of the local copy that waits for a pause in editing.
pub type PendingCopy = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

/// Keeps unsaved edits in this browser, and forgets them once saved. The
/// copy is written once editing pauses (`local_draft::WRITE_AFTER_MS`), not
/// on every change: writing thousands of hotspots takes longer than a
/// frame. Leaving the page writes a waiting copy at once (`flush_copy`);
/// unmounting (logging out, say) drops it unwritten.
#[hook]
pub fn use_local_copy(model: &UseReducerHandle<EditorState>, user_id: &str) -> PendingCopy {
    let pending: PendingCopy = use_mut_ref(|| None);
    let (state, user_id, slot) = (model.clone(), user_id.to_string(), pending.clone());
    use_effect_with(
        (state.revision, state.version, state.id.clone()),
        move |_| {
            let scene = state.id.clone();
            let timer = if state.has_unsaved_changes() {
                *slot.borrow_mut() = Some(Box::new(move || {
                    let copy = LocalDraft {
                        version: state.version,
                        draft: (*state.draft).clone(),
                    };
                    local_draft::store(&user_id, scene.as_deref(), &copy);
                }));
                let slot = slot.clone();
                Some(Timeout::new(local_draft::WRITE_AFTER_MS, move || {
                    flush_copy(&slot)
                }))
            } else {
                slot.borrow_mut().take();
                local_draft::clear(&user_id, scene.as_deref());
                None
            };
            move || {
                drop(timer);
                slot.borrow_mut().take();
            }
        },
    );
    pending
}

/// Writes the waiting local copy, if there is one.
pub fn flush_copy(pending: &PendingCopy) {
    let write = pending.borrow_mut().take();
    if let Some(write) = write {
        write();
    }
}
