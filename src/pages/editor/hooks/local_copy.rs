//! The local copy: unsaved edits kept in this browser until the server
//! has them.

use crate::editor::local_draft::{self, LocalDraft};
use crate::editor::EditorState;
use yew::prelude::*;

/// Keeps unsaved edits in this browser, and forgets them once saved.
#[hook]
pub fn use_local_copy(model: &UseReducerHandle<EditorState>, user_id: &str) {
    let (state, user_id) = (model.clone(), user_id.to_string());
    use_effect_with(
        (state.revision, state.version, state.id.clone()),
        move |_| {
            if state.has_unsaved_changes() {
                local_draft::store(
                    &user_id,
                    state.id.as_deref(),
                    &LocalDraft {
                        version: state.version,
                        draft: (*state.draft).clone(),
                    },
                );
            } else {
                local_draft::clear(&user_id, state.id.as_deref());
            }
        },
    );
}
