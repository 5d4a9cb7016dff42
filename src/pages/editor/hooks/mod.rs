//! The editor page's hooks: everything it does besides drawing. Loading the
//! scene and any edits this browser kept, keeping the local copy, the save
//! loop (its decisions are `editor::save`'s), uploads, window events, and
//! what the author may choose from.

mod local_copy;
mod saving;
mod scene;
mod upload;
mod window;

pub use local_copy::use_local_copy;
pub use saving::{use_autosave, use_reload, use_reset_link, use_saving};
pub use scene::{use_keep_restored_on_edit, use_scene, Opening};
pub use upload::use_upload;
pub use window::use_window_events;

use crate::api;
use crate::editor::keymap::{self, KeyPress};
use crate::editor::{Action, EditorState};
use model::visibility::Owner;
use model::{SceneSummary, School, UserKind, Visibility};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// The editor's state for callbacks made in one render and run later
/// (timers, listeners, answers): they read the newest state through this.
pub type Latest = Rc<RefCell<UseReducerHandle<EditorState>>>;

#[hook]
pub fn use_latest(model: &UseReducerHandle<EditorState>) -> Latest {
    let latest = use_mut_ref(|| model.clone());
    *latest.borrow_mut() = model.clone();
    latest
}

/// A callback that dispatches actions, the same one in every render, so
/// that views given it re-render only when what they show changes.
#[hook]
pub fn use_dispatch(model: &UseReducerHandle<EditorState>) -> Callback<Action> {
    let dispatcher = model.dispatcher();
    (*use_memo((), move |_| dispatcher.to_callback())).clone()
}

/// Keys on a focused hotspot marker (made once, like the other marker
/// callbacks, so that changing one hotspot re-renders that marker alone).
#[hook]
pub fn use_marker_keys(latest: &Latest) -> Callback<(usize, KeyboardEvent)> {
    let latest = latest.clone();
    (*use_memo((), move |_| {
        Callback::from(move |(index, e): (usize, KeyboardEvent)| {
            let model = latest.borrow().clone();
            let Some(hotspot) = model.draft.hotspots.get(index) else {
                return;
            };
            let key = e.key();
            if let Some(action) = keymap::marker_key(press(&e, &key), index, hotspot) {
                e.prevent_default();
                model.dispatch(Action::Select(Some(index)));
                model.dispatch(action);
            }
        })
    }))
    .clone()
}

fn press<'a>(e: &KeyboardEvent, key: &'a str) -> KeyPress<'a> {
    KeyPress {
        key,
        ctrl: e.ctrl_key(),
        meta: e.meta_key(),
        shift: e.shift_key(),
    }
}
/// What an author may share and how: the visibilities they may choose
/// (a student publishes only if the school allows) and who can open their
/// private scenes (a student's school may let its students see each
/// other's). A student's school settings are asked once.
#[derive(Clone, Debug, PartialEq)]
pub struct Sharing {
    pub allowed: Vec<Visibility>,
    pub owner: Owner,
}

#[hook]
pub fn use_sharing(kind: UserKind, in_school: bool) -> Sharing {
    let school = use_state(|| None::<School>);
    {
        let school = school.clone();
        use_effect_with(kind, move |kind| {
            if *kind == UserKind::Student {
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(found) = api::school::get().await {
                        school.set(Some(found));
                    }
                });
            }
        });
    }
    let owner = match (kind, &*school) {
        _ if !in_school => Owner::Alone,
        (UserKind::Student, school) => Owner::Student {
            // Until the school answers, its default: students see peers' work.
            peers_see_work: school.as_ref().is_none_or(|s| s.peer_visibility),
        },
        _ => Owner::Staff,
    };
    let students_can_publish = school.as_ref().is_some_and(|s| s.students_can_publish);
    Sharing {
        allowed: kind.allowed_visibilities(students_can_publish).to_vec(),
        owner,
    }
}

/// The author's scenes, for tour links.
#[hook]
pub fn use_own_scenes() -> Rc<Vec<SceneSummary>> {
    let scenes = use_state(|| Rc::new(Vec::new()));
    {
        let scenes = scenes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = api::scenes::list_own().await {
                    scenes.set(Rc::new(list));
                }
            });
        });
    }
    (*scenes).clone()
}
