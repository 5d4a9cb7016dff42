//! The save loop in the page: sending what `editor::save` decides to send,
//! saving on its own after a pause, and the other requests that change the
//! status line (a reload after a conflict, a new link).

use super::scene::load_action;
use super::Latest;
use crate::api::{self, ApiError};
use crate::editor::local_draft;
use crate::editor::save::{Begin, SaveAnswer};
use crate::editor::{Action, EditorState, SaveKind, SaveLoop, SaveStatus};
use crate::field_problem::FieldProblem;
use crate::route::Route;
use crate::text::t;
use gloo_timers::callback::Timeout;
use model::{Scene, SceneInput};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The save loop's state in this page: a save sets out at once or not at
/// all (a second is refused while one is under way), so its decisions are
/// read and made synchronously, and the page is redrawn after each.
#[derive(Clone)]
pub struct Saving {
    state: Rc<RefCell<SaveLoop>>,
    redraw: UseForceUpdateHandle,
    /// Saves now.
    pub save: Callback<SaveKind>,
}

impl Saving {
    pub fn status(&self) -> SaveStatus {
        self.state.borrow().status().clone()
    }

    pub fn field_error(&self) -> Option<FieldProblem> {
        self.state.borrow().field_error().cloned()
    }

    pub fn autosave_delay(&self, state: &EditorState, waiting: bool) -> Option<u32> {
        self.state.borrow().autosave_delay(state, waiting)
    }

    /// Another request about the scene went through (`Ok`) or failed.
    fn settle(&self, result: Result<(), String>) {
        match result {
            Ok(()) => self.state.borrow_mut().clear(),
            Err(message) => self.state.borrow_mut().fail(message),
        }
        self.redraw.force_update();
    }
}

/// What the server's refusal means to the save loop.
fn answer(e: ApiError) -> SaveAnswer {
    match e {
        ApiError::Network => SaveAnswer::Offline,
        ApiError::Conflict { message } => SaveAnswer::Conflict(message),
        e => SaveAnswer::Refused {
            message: e.message(),
            field: e.field().map(String::from),
        },
    }
}

/// Sends `input`: creates the scene, or saves over version `input.version`
/// (over the server's latest, to overwrite after a conflict).
async fn send(
    kind: SaveKind,
    id: Option<&str>,
    mut input: SceneInput,
) -> Result<Scene, SaveAnswer> {
    let Some(id) = id else {
        return api::scenes::create(&input).await.map_err(answer);
    };
    if kind == SaveKind::Overwrite {
        match api::scenes::get(id).await {
            Ok(latest) => input.version = Some(latest.version),
            Err(e) => {
                return Err(SaveAnswer::Refused {
                    message: e.message(),
                    field: None,
                })
            }
        }
    }
    api::scenes::save(id, &input).await.map_err(answer)
}

/// The save loop: saves on request, and a new scene moves to its address
/// once the server has it.
#[hook]
pub fn use_saving(latest: &Latest, user_id: &str) -> Saving {
    let state = use_mut_ref(SaveLoop::default);
    let redraw = use_force_update();
    let navigator = use_navigator();
    let save = {
        let (latest, state, redraw, user_id) = (
            latest.clone(),
            state.clone(),
            redraw.clone(),
            user_id.to_string(),
        );
        Callback::from(move |kind: SaveKind| {
            let model = latest.borrow().clone();
            let begun = state.borrow_mut().begin(kind, &model);
            match begun {
                Begin::Busy => return,
                Begin::Invalid { select } => {
                    if let Some(index) = select {
                        model.dispatch(Action::Select(Some(index)));
                    }
                    redraw.force_update();
                    return;
                }
                Begin::Send => redraw.force_update(),
            }
            let (input, sent, id) = (model.to_input(), model.draft.clone(), model.id.clone());
            let (state, redraw, navigator, user_id) = (
                state.clone(),
                redraw.clone(),
                navigator.clone(),
                user_id.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match send(kind, id.as_deref(), input).await {
                    Ok(scene) => {
                        state.borrow_mut().finish(kind, SaveAnswer::Saved);
                        if id.is_none() {
                            local_draft::clear(&user_id, None);
                        }
                        model.dispatch(Action::Saved {
                            id: scene.id.clone(),
                            version: scene.version,
                            saved: sent,
                        });
                        redraw.force_update();
                        if let (None, Some(nav)) = (id, navigator) {
                            nav.replace(&Route::EditScene { id: scene.id });
                        }
                    }
                    Err(refused) => {
                        let select = state.borrow_mut().finish(kind, refused);
                        if let Some(index) = select {
                            model.dispatch(Action::Select(Some(index)));
                        }
                        redraw.force_update();
                    }
                }
            });
        })
    };
    Saving {
        state,
        redraw,
        save,
    }
}

/// Saves on its own after a pause in editing, and retries while offline.
/// `waiting`: restored edits wait for the author to keep or discard them.
#[hook]
pub fn use_autosave(latest: &Latest, saving: &Saving, waiting: bool) {
    let model = latest.borrow().clone();
    let delay = saving.autosave_delay(&model, waiting);
    let (latest, save) = (latest.clone(), saving.save.clone());
    use_effect_with((model.revision, saving.status(), waiting), move |_| {
        // The next change replaces this timer: only a pause saves.
        let timer = delay.map(|ms| {
            Timeout::new(ms, move || {
                if latest.borrow().has_unsaved_changes() {
                    save.emit(SaveKind::Auto);
                }
            })
        });
        move || drop(timer)
    });
}

/// "Reload (drop my changes)" after a conflict: the server's version.
#[hook]
pub fn use_reload(latest: &Latest, saving: &Saving) -> Callback<()> {
    let (latest, saving) = (latest.clone(), saving.clone());
    Callback::from(move |()| {
        let model = latest.borrow().clone();
        let Some(id) = model.id.clone() else { return };
        let saving = saving.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match api::scenes::get(&id).await {
                Ok(scene) => {
                    model.dispatch(load_action(&scene));
                    saving.settle(Ok(()));
                }
                Err(e) => saving.settle(Err(e.message())),
            }
        });
    })
}

/// Gives the scene a new link, once the author confirms.
#[hook]
pub fn use_reset_link(latest: &Latest, saving: &Saving, user_id: &str) -> Callback<()> {
    let navigator = use_navigator();
    let (latest, saving, user_id) = (latest.clone(), saving.clone(), user_id.to_string());
    Callback::from(move |()| {
        let model = latest.borrow().clone();
        let Some(old) = model.id.clone() else {
            return;
        };
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(&t("editor-reset-link-confirm")).ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        let (saving, navigator, user_id) = (saving.clone(), navigator.clone(), user_id.clone());
        wasm_bindgen_futures::spawn_local(async move {
            match api::scenes::reset_link(&old).await {
                Ok(scene) => {
                    local_draft::clear(&user_id, Some(&old));
                    model.dispatch(Action::LinkReset {
                        id: scene.id.clone(),
                    });
                    saving.settle(Ok(()));
                    if let Some(nav) = navigator {
                        nav.replace(&Route::EditScene { id: scene.id });
                    }
                }
                Err(e) => saving.settle(Err(e.message())),
            }
        });
    })
}
