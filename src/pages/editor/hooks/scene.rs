//! Opening the scene: loading it from the server, and laying over it any
//! edits this browser kept and the server never got.

use crate::api::{self, ApiError};
use crate::editor::local_draft;
use crate::editor::{Action, EditorState};
use model::Scene;
use yew::prelude::*;

pub(super) fn load_action(scene: &Scene) -> Action {
    Action::Load {
        id: Some(scene.id.clone()),
        draft: scene.to_input(),
        version: Some(scene.version),
    }
}

/// Where opening the scene stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Opening {
    Loading,
    Failed(ApiError),
    Ready,
}

/// Loads the scene `id` (unless it is the one just created here), then lays
/// over it any edits this browser kept and the server never got, raising
/// `restored` when it does.
#[hook]
pub fn use_scene(
    id: Option<String>,
    user_id: &str,
    model: &UseReducerHandle<EditorState>,
    restored: &UseStateHandle<bool>,
) -> Opening {
    let opening = use_state(|| {
        if id.is_some() {
            Opening::Loading
        } else {
            Opening::Ready
        }
    });
    let (model, result, restored, user_id) = (
        model.clone(),
        opening.clone(),
        restored.clone(),
        user_id.to_string(),
    );
    use_effect_with(id, move |id| match id.clone() {
        Some(id) if model.id.as_ref() != Some(&id) => {
            result.set(Opening::Loading);
            wasm_bindgen_futures::spawn_local(async move {
                match api::scenes::get(&id).await {
                    Ok(scene) => {
                        let server = scene.to_input();
                        let kept = local_draft::load(&user_id, Some(&scene.id))
                            .filter(|k| k.draft != server);
                        model.dispatch(Action::Load {
                            id: Some(scene.id.clone()),
                            draft: server,
                            version: Some(scene.version),
                        });
                        if let Some(kept) = kept {
                            model.dispatch(Action::RestoreDraft {
                                draft: kept.draft,
                                version: kept.version,
                            });
                            restored.set(true);
                        }
                        result.set(Opening::Ready);
                    }
                    Err(e) => result.set(Opening::Failed(e)),
                }
            });
        }
        None => {
            if let Some(kept) = local_draft::load(&user_id, None) {
                model.dispatch(Action::RestoreDraft {
                    draft: kept.draft,
                    version: kept.version,
                });
                restored.set(true);
            }
        }
        Some(_) => {}
    });
    (*opening).clone()
}

/// The first edit after a restore keeps the restored changes: the notice
/// offering to discard them goes.
#[hook]
pub fn use_keep_restored_on_edit(model: &EditorState, restored: &UseStateHandle<bool>) {
    let restored = restored.clone();
    let edited = model.history.can_undo();
    use_effect_with((model.revision, edited), move |(_, edited)| {
        if *edited && *restored {
            restored.set(false);
        }
    });
}
