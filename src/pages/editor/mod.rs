//! `/new` and `/s/{id}/edit`: the scene editor. Its state is an
//! `EditorState` driven as a reducer; this page turns pointer, keyboard,
//! clipboard and server events into actions, saves on its own after a short
//! pause, and keeps unsaved edits in the browser until the server has them.

use crate::api::assets::Purpose;
use crate::api::{self, ApiError};
use crate::components::feedback_panel::FeedbackPanel;
use crate::components::hotspot_fields::HotspotFields;
use crate::components::scene_stage::SceneStage;
use crate::components::stats_panel::StatsDisclosure;
use crate::components::text_field::TextField;
use crate::components::visibility_picker::VisibilityPicker;
use crate::editor::keymap::{self, KeyPress};
use crate::editor::local_draft::{self, LocalDraft};
use crate::editor::{Action, EditorState};
use crate::route::{viewer_href, Route};
use crate::session::{use_session, Session};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use model::{
    Asset, FieldError, Media, Scene, SceneImage, SceneInput, SceneSummary, UserKind, Visibility,
};
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

/// Quiet time after the last edit before saving on its own.
const AUTOSAVE_MS: u32 = 1_500;
/// How often to try again while the server cannot be reached.
const OFFLINE_RETRY_MS: u32 = 5_000;

/// Who asked for a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SaveKind {
    /// The Save button: a refusal may move the selection to the field at fault.
    Manual,
    /// A pause in editing: never moves the author's focus.
    Auto,
    /// "Overwrite with mine" after a conflict.
    Overwrite,
}

#[derive(Clone, Debug, PartialEq)]
enum SaveStatus {
    Idle,
    Saving,
    Saved,
    /// The server could not be reached; edits are kept in this browser.
    Offline,
    Failed(String),
    /// Someone saved another version meanwhile.
    Conflict(String),
}

fn scene_input(scene: &Scene) -> SceneInput {
    SceneInput {
        title: scene.title.clone(),
        description: scene.description.clone(),
        image: scene.image.clone(),
        hotspots: scene.hotspots.clone(),
        visibility: scene.visibility,
        version: None,
    }
}

fn shared_url(id: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/v/{id}")
}

/// `hotspots[3].link` -> 3
fn hotspot_index(field: &str) -> Option<usize> {
    field
        .strip_prefix("hotspots[")?
        .split(']')
        .next()?
        .parse()
        .ok()
}

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// None for a new scene.
    pub id: Option<String>,
}

#[function_component(EditorPage)]
pub fn editor_page(props: &EditorProps) -> Html {
    let session = use_session();
    match &session.session {
        Session::Loading => html! { <div class="skeleton skeleton-image" aria-busy="true"></div> },
        Session::SignedOut => html! {
            <section class="notice">
                <h1>{ "Log in to make scenes" }</h1>
                <p><Link<Route> to={Route::Login} classes="button primary">{ "Log in" }</Link<Route>>
                   { " or " }<Link<Route> to={Route::Signup}>{ "sign up" }</Link<Route>></p>
            </section>
        },
        // Keyed by account: another account's editor starts afresh.
        Session::SignedIn(me) => html! {
            <Editor key={me.id.clone()} id={props.id.clone()} user_id={me.id.clone()} />
        },
    }
}

/// Uploads `file`, reporting progress into `progress` (None when done) and
/// any refusal into `error` under `field`; hands the stored asset to `done`.
fn upload(
    file: web_sys::File,
    purpose: api::assets::Purpose,
    progress: UseStateHandle<Option<f64>>,
    error: UseStateHandle<Option<FieldError>>,
    field: &'static str,
    done: Callback<Asset>,
) {
    if let Some(problem) = api::assets::check(&file, purpose) {
        error.set(Some(FieldError::new(field, problem)));
        return;
    }
    progress.set(Some(0.0));
    error.set(None);
    wasm_bindgen_futures::spawn_local(async move {
        let shown = progress.clone();
        let result =
            api::assets::upload(&file, purpose, move |fraction| shown.set(Some(fraction))).await;
        progress.set(None);
        match result {
            Ok(asset) => done.emit(asset),
            Err(e) => error.set(Some(FieldError::new(field, e.message()))),
        }
    });
}

#[derive(Properties, PartialEq)]
struct SignedInEditorProps {
    /// None for a new scene.
    id: Option<String>,
    /// The author, whose unsaved edits this browser keeps apart from others'.
    user_id: String,
}

#[function_component(Editor)]
fn editor(props: &SignedInEditorProps) -> Html {
    let model = use_reducer(EditorState::default);
    let loading = use_state(|| props.id.is_some());
    let load_error = use_state(|| None::<ApiError>);
    let status = use_state(|| SaveStatus::Idle);
    let field_error = use_state(|| None::<FieldError>);
    let image_upload = use_state(|| None::<f64>);
    let picture_upload = use_state(|| None::<f64>);
    let restored = use_state(|| false);
    let copied = use_state(|| false);
    let dragging_file = use_state(|| false);
    let own_scenes = use_state(Vec::<SceneSummary>::new);
    // What this author may choose: a student publishes only if the school allows.
    let allowed = use_state(|| Visibility::ALL.to_vec());
    let session = use_session();
    let navigator = use_navigator();

    // Callbacks made in one render run later (timers, listeners, answers);
    // they read the newest state through this.
    let latest = use_mut_ref(|| model.clone());
    *latest.borrow_mut() = model.clone();
    // The markers' callbacks are made once, so that editing or moving one
    // hotspot re-renders that marker alone, not all of thousands.
    let marker_activate = {
        let dispatcher = model.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |i| dispatcher.dispatch(Action::Select(Some(i))))
        }))
        .clone()
    };
    let marker_move = {
        let dispatcher = model.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |(index, x, y)| {
                dispatcher.dispatch(Action::MoveHotspot { index, x, y })
            })
        }))
        .clone()
    };
    let marker_key = {
        let latest = latest.clone();
        (*use_memo((), move |_| {
            Callback::from(move |(index, e): (usize, KeyboardEvent)| {
                let model = latest.borrow().clone();
                let Some(hotspot) = model.draft.hotspots.get(index) else {
                    return;
                };
                let key = e.key();
                let press = KeyPress {
                    key: &key,
                    ctrl: e.ctrl_key(),
                    meta: e.meta_key(),
                    shift: e.shift_key(),
                };
                if let Some(action) = keymap::marker_key(press, index, hotspot) {
                    e.prevent_default();
                    model.dispatch(Action::Select(Some(index)));
                    model.dispatch(action);
                }
            })
        }))
        .clone()
    };
    let saving = use_mut_ref(|| false);
    let autosave = use_mut_ref(|| None::<Timeout>);
    // The revision the last save attempt sent: a refused save is not tried
    // again until the author changes something.
    let attempted = use_mut_ref(|| 0u64);

    let save = {
        let (latest, saving, attempted, status, field_error, navigator, user_id) = (
            latest.clone(),
            saving.clone(),
            attempted.clone(),
            status.clone(),
            field_error.clone(),
            navigator.clone(),
            props.user_id.clone(),
        );
        Callback::from(move |kind: SaveKind| {
            if *saving.borrow() {
                return;
            }
            let manual = kind == SaveKind::Manual;
            let model = latest.borrow().clone();
            *attempted.borrow_mut() = model.revision;
            let mut input = model.to_input();
            let sent = model.draft.clone();
            let mut checked = input.clone();
            checked.normalize();
            if let Err(invalid) = checked.validate() {
                if let Some(index) = hotspot_index(&invalid.field).filter(|_| manual) {
                    model.dispatch(Action::Select(Some(index)));
                }
                status.set(SaveStatus::Failed(invalid.message.clone()));
                field_error.set(Some(invalid));
                return;
            }
            *saving.borrow_mut() = true;
            field_error.set(None);
            status.set(SaveStatus::Saving);
            let (saving, status, field_error, navigator, user_id) = (
                saving.clone(),
                status.clone(),
                field_error.clone(),
                navigator.clone(),
                user_id.clone(),
            );
            let id = model.id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = match &id {
                    None => api::scenes::create(&input).await,
                    Some(id) => {
                        if kind == SaveKind::Overwrite {
                            // Overwrite: base the save on the server's latest version.
                            match api::scenes::get(id).await {
                                Ok(latest) => input.version = Some(latest.version),
                                Err(e) => {
                                    *saving.borrow_mut() = false;
                                    status.set(SaveStatus::Failed(e.message()));
                                    return;
                                }
                            }
                        }
                        api::scenes::save(id, &input).await
                    }
                };
                *saving.borrow_mut() = false;
                match result {
                    Ok(scene) => {
                        if id.is_none() {
                            local_draft::clear(&user_id, None);
                        }
                        model.dispatch(Action::Saved {
                            id: scene.id.clone(),
                            version: scene.version,
                            saved: sent,
                        });
                        status.set(SaveStatus::Saved);
                        if id.is_none() {
                            if let Some(nav) = navigator {
                                nav.replace(&Route::EditScene { id: scene.id });
                            }
                        }
                    }
                    Err(ApiError::Network) => status.set(SaveStatus::Offline),
                    Err(e) if e.status() == Some(409) => {
                        status.set(SaveStatus::Conflict(e.message()))
                    }
                    Err(e) => {
                        if let Some(field) = e.field() {
                            field_error.set(Some(FieldError::new(field, e.message())));
                            if let Some(index) = hotspot_index(field).filter(|_| manual) {
                                model.dispatch(Action::Select(Some(index)));
                            }
                        }
                        status.set(SaveStatus::Failed(e.message()));
                    }
                }
            });
        })
    };

    // Load the scene (unless it is the one just created here), then lay
    // over it any edits this browser kept and the server never got.
    {
        let (model, loading, load_error, restored, user_id) = (
            model.clone(),
            loading.clone(),
            load_error.clone(),
            restored.clone(),
            props.user_id.clone(),
        );
        use_effect_with(props.id.clone(), move |id| match id.clone() {
            Some(id) if model.id.as_ref() != Some(&id) => {
                loading.set(true);
                wasm_bindgen_futures::spawn_local(async move {
                    match api::scenes::get(&id).await {
                        Ok(scene) => {
                            let draft = scene_input(&scene);
                            model.dispatch(Action::Load {
                                id: Some(scene.id.clone()),
                                draft: draft.clone(),
                                version: Some(scene.version),
                            });
                            if let Some(kept) = local_draft::load(&user_id, Some(&scene.id))
                                .filter(|k| k.draft != draft)
                            {
                                model.dispatch(Action::RestoreDraft {
                                    draft: kept.draft,
                                    version: kept.version,
                                });
                                restored.set(true);
                            }
                        }
                        Err(e) => load_error.set(Some(e)),
                    }
                    loading.set(false);
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
    }

    // Keep unsaved edits in this browser; forget them once saved.
    {
        let (state, user_id) = (model.clone(), props.user_id.clone());
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

    // Save on its own after a pause in editing, and retry while offline.
    {
        let (autosave, save, latest) = (autosave.clone(), save.clone(), latest.clone());
        // Restored edits wait for the author to keep or discard them.
        let pending =
            model.has_unsaved_changes() && !model.draft.title.trim().is_empty() && !*restored;
        let refused_this = model.revision == *attempted.borrow();
        let delay = match &*status {
            // A conflict waits for the author's choice.
            SaveStatus::Saving | SaveStatus::Conflict(_) => None,
            SaveStatus::Offline => Some(OFFLINE_RETRY_MS),
            // After a refusal, the next edit may have fixed it.
            SaveStatus::Failed(_) if refused_this => None,
            SaveStatus::Idle | SaveStatus::Saved | SaveStatus::Failed(_) => Some(AUTOSAVE_MS),
        };
        use_effect_with((model.revision, (*status).clone(), *restored), move |_| {
            // Replacing the timer cancels the one before: only a pause saves.
            *autosave.borrow_mut() = delay.filter(|_| pending).map(|ms| {
                Timeout::new(ms, move || {
                    if latest.borrow().has_unsaved_changes() {
                        save.emit(SaveKind::Auto);
                    }
                })
            });
        });
    }

    // Undo/redo shortcuts, a warning before leaving with unsaved edits, and
    // pictures pasted from the clipboard.
    {
        let (latest, image_upload, field_error) =
            (latest.clone(), image_upload.clone(), field_error.clone());
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("the editor runs in a window");
            let keys_model = latest.clone();
            let keys = EventListener::new_with_options(
                &window,
                "keydown",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    let key = e.key();
                    let press = KeyPress {
                        key: &key,
                        ctrl: e.ctrl_key(),
                        meta: e.meta_key(),
                        shift: e.shift_key(),
                    };
                    if let Some(action) = keymap::shortcut(press) {
                        e.prevent_default();
                        keys_model.borrow().dispatch(action);
                    }
                },
            );
            let leave_model = latest.clone();
            let leave = EventListener::new_with_options(
                &window,
                "beforeunload",
                EventListenerOptions::enable_prevent_default(),
                move |e| {
                    if leave_model.borrow().has_unsaved_changes() {
                        e.prevent_default();
                        if let Some(e) = e.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                            e.set_return_value("You have unsaved changes.");
                        }
                    }
                },
            );
            let paste_model = latest.clone();
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
                    let model = paste_model.borrow().clone();
                    upload(
                        file,
                        Purpose::ScenePicture,
                        image_upload.clone(),
                        field_error.clone(),
                        "image",
                        Callback::from(move |asset: Asset| {
                            model.dispatch(Action::SetImage(SceneImage {
                                asset_id: asset.id,
                                width: asset.width,
                                height: asset.height,
                                alt: String::new(),
                            }));
                        }),
                    );
                }
            });
            move || drop((keys, leave, paste))
        });
    }

    // The first edit after a restore keeps the restored changes.
    {
        let restored = restored.clone();
        let edited = model.history.can_undo();
        use_effect_with((model.revision, edited), move |(_, edited)| {
            if *edited && *restored {
                restored.set(false);
            }
        });
    }

    {
        let allowed = allowed.clone();
        let student = session
            .session
            .me()
            .is_some_and(|me| me.kind == UserKind::Student);
        use_effect_with(student, move |student| {
            if *student {
                allowed.set(vec![Visibility::Private, Visibility::Unlisted]);
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(school) = api::school::get().await {
                        if school.students_can_publish {
                            allowed.set(Visibility::ALL.to_vec());
                        }
                    }
                });
            }
        });
    }

    // The author's other scenes, for tour links.
    {
        let own_scenes = own_scenes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = api::scenes::list_own().await {
                    own_scenes.set(list);
                }
            });
        });
    }

    if let Some(e) = &*load_error {
        let title = if e.status() == Some(404) {
            "Not found, or not shared with you"
        } else {
            "This scene could not be opened"
        };
        return html! { <section class="notice" role="alert"><h1>{ title }</h1><p>{ e.message() }</p></section> };
    }
    if *loading {
        return html! { <div class="skeleton skeleton-image" aria-busy="true"><span class="visually-hidden">{ "Loading the scene" }</span></div> };
    }

    let state = &*model;
    let dispatcher = model.dispatcher().to_callback();
    let set_image = {
        let dispatcher = dispatcher.clone();
        Callback::from(move |asset: Asset| {
            dispatcher.emit(Action::SetImage(SceneImage {
                asset_id: asset.id,
                width: asset.width,
                height: asset.height,
                alt: String::new(),
            }))
        })
    };
    let upload_image = {
        let (image_upload, field_error, set_image) =
            (image_upload.clone(), field_error.clone(), set_image.clone());
        Callback::from(move |file: web_sys::File| {
            upload(
                file,
                Purpose::ScenePicture,
                image_upload.clone(),
                field_error.clone(),
                "image",
                set_image.clone(),
            )
        })
    };
    let onimagefile = {
        let upload_image = upload_image.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                upload_image.emit(file);
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging_file = dragging_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging_file.set(true);
        })
    };
    let ondragleave = {
        let dragging_file = dragging_file.clone();
        Callback::from(move |_: DragEvent| dragging_file.set(false))
    };
    let ondrop = {
        let (dragging_file, upload_image) = (dragging_file.clone(), upload_image.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging_file.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                upload_image.emit(file);
            }
        })
    };
    let onpicture = {
        let (picture_upload, field_error, latest) =
            (picture_upload.clone(), field_error.clone(), latest.clone());
        // The hotspot is remembered by id: it may move in the list, or go,
        // while the file uploads.
        let hotspot_id = state
            .selected
            .and_then(|i| state.draft.hotspots.get(i))
            .map(|h| h.id.clone());
        Callback::from(move |file: web_sys::File| {
            let Some(hotspot_id) = hotspot_id.clone() else {
                return;
            };
            let latest = latest.clone();
            let field = "hotspot_picture";
            upload(
                file,
                Purpose::PopupMedia,
                picture_upload.clone(),
                field_error.clone(),
                field,
                Callback::from(move |asset: Asset| {
                    // The server judged the file by its bytes: trust its verdict.
                    let media = if asset.is_audio() {
                        Media::Audio { asset_id: asset.id }
                    } else {
                        Media::Image { asset_id: asset.id }
                    };
                    let model = latest.borrow().clone();
                    if let Some(index) =
                        model.draft.hotspots.iter().position(|h| h.id == hotspot_id)
                    {
                        model.dispatch(Action::SetHotspotMedia {
                            index,
                            media: Some(media),
                        });
                    }
                }),
            );
        })
    };
    let copy_link = {
        let (id, copied) = (state.id.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (Some(id), Some(window)) = (&id, web_sys::window()) else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&shared_url(id));
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            });
        })
    };
    let reload = {
        let (model, status) = (model.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = model.id.clone() else { return };
            let (model, status) = (model.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::scenes::get(&id).await {
                    Ok(scene) => {
                        model.dispatch(Action::Load {
                            id: Some(scene.id.clone()),
                            draft: scene_input(&scene),
                            version: Some(scene.version),
                        });
                        status.set(SaveStatus::Idle);
                    }
                    Err(e) => status.set(SaveStatus::Failed(e.message())),
                }
            });
        })
    };

    let reset_link = {
        let (model, status, navigator, user_id) = (
            model.clone(),
            status.clone(),
            navigator.clone(),
            props.user_id.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let Some(old) = model.id.clone() else {
                return;
            };
            let sure = web_sys::window()
                .and_then(|w| w.confirm_with_message("Reset this scene's link? The old link and any embeds of it will stop working.").ok())
                .unwrap_or(false);
            if !sure {
                return;
            }
            let (model, status, navigator, user_id) = (
                model.clone(),
                status.clone(),
                navigator.clone(),
                user_id.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::scenes::reset_link(&old).await {
                    Ok(scene) => {
                        local_draft::clear(&user_id, Some(&old));
                        model.dispatch(Action::LinkReset {
                            id: scene.id.clone(),
                        });
                        status.set(SaveStatus::Idle);
                        if let Some(nav) = navigator {
                            nav.replace(&Route::EditScene { id: scene.id });
                        }
                    }
                    Err(e) => status.set(SaveStatus::Failed(e.message())),
                }
            });
        })
    };
    let error_for = |field: &str| {
        field_error
            .as_ref()
            .filter(|e| e.field == field)
            .map(|e| e.message.clone())
    };
    let selected = state
        .selected
        .and_then(|i| state.draft.hotspots.get(i).map(|h| (i, h.clone())));
    let status_line = match &*status {
        SaveStatus::Saving => html! { <span class="status">{ "Saving…" }</span> },
        SaveStatus::Offline => {
            html! { <span class="status error" role="alert">{ "Offline: your changes are kept in this browser and saved when the connection returns." }</span> }
        }
        SaveStatus::Failed(message) => {
            html! { <span class="status error" role="alert">{ message.clone() }</span> }
        }
        SaveStatus::Conflict(message) => html! {
            <span class="status conflict" role="alert">{ message.clone() }
                <button type="button" class="button small" onclick={reload}>{ "Reload (drop my changes)" }</button>
                <button type="button" class="button small" onclick={save.reform(|_: MouseEvent| SaveKind::Overwrite)}>{ "Overwrite with mine" }</button>
            </span>
        },
        _ if state.has_unsaved_changes() && state.draft.title.trim().is_empty() => {
            html! { <span class="status">{ "Give the scene a name to save it" }</span> }
        }
        _ if state.has_unsaved_changes() => {
            html! { <span class="status">{ "Unsaved changes" }</span> }
        }
        SaveStatus::Saved => html! { <span class="status ok">{ "Saved" }</span> },
        SaveStatus::Idle => html! {},
    };
    let others: Vec<SceneSummary> = own_scenes
        .iter()
        .filter(|s| Some(&s.id) != state.id.as_ref())
        .cloned()
        .collect();

    html! {
        <div class="editor">
            <div class="editor-toolbar" role="toolbar" aria-label="Scene">
                <button type="button" class="button" onclick={dispatcher.reform(|_| Action::Undo)}
                    disabled={!state.history.can_undo()} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
                <button type="button" class="button" onclick={dispatcher.reform(|_| Action::Redo)}
                    disabled={!state.history.can_redo()} aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
                <button type="button" class="button primary" onclick={save.reform(|_: MouseEvent| SaveKind::Manual)}
                    disabled={*status == SaveStatus::Saving}>{ "Save" }</button>
                <button type="button" class="button" onclick={copy_link} disabled={state.id.is_none()}
                    title={if state.id.is_none() { "Save the scene first" } else { "" }}>{ "Copy link" }</button>
                if let Some(id) = &state.id {
                    <a href={viewer_href(id)} class="button">{ "View" }</a>
                }
                <span aria-live="polite" class="status-area">
                    { status_line }
                    if *copied { <span class="status ok">{ " Link copied" }</span> }
                </span>
            </div>
            if *restored {
                <p class="restored" role="status">
                    { "Restored changes you had not saved in this browser." }
                    <button type="button" class="button small" onclick={{
                        let (dispatcher, restored) = (dispatcher.clone(), restored.clone());
                        Callback::from(move |_| { dispatcher.emit(Action::DiscardChanges); restored.set(false); })
                    }}>{ "Discard them" }</button>
                    <button type="button" class="button small primary" onclick={{
                        let restored = restored.clone();
                        Callback::from(move |_| restored.set(false))
                    }}>{ "Keep them" }</button>
                </p>
            }
            <div class="editor-body">
                <section class={classes!("editor-canvas", dragging_file.then_some("drop-target"))} aria-label="Picture"
                    {ondragover} {ondragleave} {ondrop}>
                    if let Some(image) = &state.draft.image {
                        <SceneStage image={image.clone()} hotspots={state.draft.hotspots.clone()}
                            selected={state.selected}
                            onactivate={marker_activate}
                            onpick={dispatcher.reform(|(x, y)| Action::AddHotspot { x, y })}
                            onmove={marker_move}
                            onmarkerkey={marker_key} />
                        <p class="hint">{ "Click the picture to add a hotspot; drag one to move it. On a selected hotspot, arrow keys move it (Shift: further) and Delete removes it." }</p>
                        <button type="button" class="button" onclick={dispatcher.reform(|_| Action::AddHotspot { x: 0.5, y: 0.5 })}>
                            { "Add hotspot" }</button>
                    } else {
                        <div class="drop-hint">
                            <p><strong>{ "Start with a picture" }</strong></p>
                            <p>{ "Choose a file below, drop one here, or paste one (Ctrl+V)." }</p>
                        </div>
                    }
                    <div class={classes!("field", error_for("image").map(|_| "has-error"))}>
                        <label for="scene-image">{ if state.draft.image.is_some() { "Image (replace)" } else { "Image" } }</label>
                        <input type="file" id="scene-image" accept="image/png,image/jpeg,image/webp,image/gif"
                            onchange={onimagefile} disabled={image_upload.is_some()} aria-describedby="scene-image-hint" />
                        <p class="hint" id="scene-image-hint">{ "PNG, JPEG, WebP or GIF, up to 10 MB. Replacing it keeps your hotspots." }</p>
                        if let Some(done) = *image_upload {
                            <p class="progress" role="status">
                                <progress max="1" value={done.to_string()} aria-label="Uploading"></progress>
                                { format!(" Uploading… {:.0}%", done * 100.0) }
                            </p>
                        }
                        if let Some(message) = error_for("image").or_else(|| error_for("image.asset_id")) {
                            <p class="error" role="alert">{ message }</p>
                        }
                    </div>
                </section>
                <aside class="editor-panel">
                    // The selected hotspot first: it is what the author is working on.
                    if let Some((index, hotspot)) = selected {
                        <HotspotFields key={format!("{index}-{}", hotspot.id)} {index} count={state.draft.hotspots.len()} hotspot={hotspot.clone()}
                            ondispatch={dispatcher.clone()} scenes={others} {onpicture} uploading={*picture_upload}
                            error={(*field_error).clone().filter(|e| hotspot_index(&e.field) == Some(index) || e.field == "hotspot_picture")} />
                    } else if state.draft.image.is_some() {
                        <p class="hint panel-hint">{ "Select a hotspot to write its title and text." }</p>
                    }
                    if let (Some(id), true) = (&state.id, session.session.me().is_some_and(|me| me.kind == UserKind::Student)) {
                        <FeedbackPanel scene_id={id.clone()} />
                    }
                    <section class="scene-fields" aria-labelledby="scene-fields-heading">
                        <h2 id="scene-fields-heading">{ "Scene" }</h2>
                        <TextField id="scene-name" label="Scene name" value={state.draft.title.clone()}
                            oninput={dispatcher.reform(Action::SetTitle)} error={error_for("title")} required=true />
                        <TextField id="scene-description" label="Description" multiline=true rows={2} value={state.draft.description.clone()}
                            oninput={dispatcher.reform(Action::SetDescription)} error={error_for("description")}
                            hint="Shown under the picture." />
                        if state.draft.image.is_some() {
                            <TextField id="scene-alt" label="Describe the picture for people who cannot see it"
                                value={state.draft.image.as_ref().map(|i| i.alt.clone()).unwrap_or_default()}
                                oninput={dispatcher.reform(Action::SetAlt)} error={error_for("image.alt")} />
                        }
                        <VisibilityPicker value={state.draft.visibility} onchange={dispatcher.reform(Action::SetVisibility)}
                            allowed={(*allowed).clone()} />
                        if state.id.is_some() {
                            <div class="reset-link">
                                <button type="button" class="button small" onclick={reset_link}
                                    disabled={*status == SaveStatus::Saving}>{ "Reset link" }</button>
                                <p class="hint">{ "Gives the scene a new link. Everyone with the old link, or an old embed, loses access." }</p>
                            </div>
                        }
                    </section>
                </aside>
            </div>
            if let Some(id) = &state.id {
                <section class="editor-stats" aria-labelledby="stats-heading">
                    <h2 id="stats-heading">{ "Statistics" }</h2>
                    <p class="hint">{ "Anonymous counts of how your shared link is used: no cookies, no addresses kept." }</p>
                    <StatsDisclosure scene_id={id.clone()} />
                </section>
            }
        </div>
    }
}
