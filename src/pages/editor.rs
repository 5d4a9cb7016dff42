//! `/new` and `/s/{id}/edit`: the scene editor. Its state is an
//! `EditorState` driven as a reducer; this page turns clicks, keys and
//! server answers into actions.

use crate::api::{self, ApiError};
use crate::components::scene_stage::SceneStage;
use crate::components::text_field::TextField;
use crate::components::visibility_picker::VisibilityPicker;
use crate::editor::{Action, EditorState};
use crate::route::Route;
use crate::session::{use_session, Session};
use model::scene::validate_link;
use model::{FieldError, Scene, SceneImage, SceneInput};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

/// `EditorState` as a Yew reducer. A no-op action returns the same `Rc`,
/// which skips the re-render.
#[derive(Default, PartialEq)]
struct EditorModel(EditorState);

impl Reducible for EditorModel {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = self.0.clone();
        next.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(EditorModel(next))
        }
    }
}

/// How far one arrow-key press moves a hotspot (Shift: ten times as far).
const NUDGE: f64 = 0.005;

#[derive(Clone, PartialEq)]
enum SaveStatus {
    Idle,
    Saving,
    Saved,
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
        Session::SignedIn(_) => html! { <Editor id={props.id.clone()} /> },
    }
}

#[function_component(Editor)]
fn editor(props: &EditorProps) -> Html {
    let model = use_reducer(EditorModel::default);
    let loading = use_state(|| props.id.is_some());
    let load_error = use_state(|| None::<ApiError>);
    let status = use_state(|| SaveStatus::Idle);
    let field_error = use_state(|| None::<FieldError>);
    let uploading = use_state(|| false);
    let copied = use_state(|| false);
    let navigator = use_navigator();
    let state = &model.0;

    // Load the scene, unless it is the one just created here.
    {
        let (model, loading, load_error) = (model.clone(), loading.clone(), load_error.clone());
        use_effect_with(props.id.clone(), move |id| {
            if let Some(id) = id.clone().filter(|id| model.0.id.as_ref() != Some(id)) {
                loading.set(true);
                wasm_bindgen_futures::spawn_local(async move {
                    match api::scenes::get(&id).await {
                        Ok(scene) => model.dispatch(Action::Load {
                            id: Some(scene.id.clone()),
                            draft: scene_input(&scene),
                            version: Some(scene.version),
                        }),
                        Err(e) => load_error.set(Some(e)),
                    }
                    loading.set(false);
                });
            }
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

    let dispatch = |make: fn(String) -> Action| {
        let model = model.clone();
        Callback::from(move |value: String| model.dispatch(make(value)))
    };

    let save = {
        let (model, status, field_error, navigator) = (
            model.clone(),
            status.clone(),
            field_error.clone(),
            navigator.clone(),
        );
        Callback::from(move |overwrite: bool| {
            let mut input = model.0.to_input();
            let sent = model.0.draft.clone();
            let mut checked = input.clone();
            checked.normalize();
            if let Err(invalid) = checked.validate() {
                status.set(SaveStatus::Failed(invalid.message.clone()));
                field_error.set(Some(invalid));
                return;
            }
            field_error.set(None);
            status.set(SaveStatus::Saving);
            let (model, status, field_error, navigator) = (
                model.clone(),
                status.clone(),
                field_error.clone(),
                navigator.clone(),
            );
            let id = model.0.id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = match &id {
                    None => api::scenes::create(&input).await,
                    Some(id) => {
                        if overwrite {
                            // Overwrite: base the save on the server's latest version.
                            match api::scenes::get(id).await {
                                Ok(latest) => input.version = Some(latest.version),
                                Err(e) => {
                                    status.set(SaveStatus::Failed(e.message()));
                                    return;
                                }
                            }
                        }
                        api::scenes::save(id, &input).await
                    }
                };
                match result {
                    Ok(scene) => {
                        let created = id.is_none();
                        model.dispatch(Action::Saved {
                            id: scene.id.clone(),
                            version: scene.version,
                            saved: sent,
                        });
                        status.set(SaveStatus::Saved);
                        if created {
                            if let Some(nav) = navigator {
                                nav.replace(&Route::EditScene { id: scene.id });
                            }
                        }
                    }
                    Err(e) if e.status() == Some(409) => {
                        status.set(SaveStatus::Conflict(e.message()))
                    }
                    Err(e) => {
                        if let Some(field) = e.field() {
                            field_error.set(Some(FieldError::new(field, e.message())));
                            if let Some(index) = hotspot_index(field) {
                                model.dispatch(Action::Select(Some(index)));
                            }
                        }
                        status.set(SaveStatus::Failed(e.message()));
                    }
                }
            });
        })
    };

    let reload = {
        let (model, status) = (model.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = model.0.id.clone() else { return };
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

    let onupload = {
        let (model, uploading, field_error) =
            (model.clone(), uploading.clone(), field_error.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            if file.size() > model::asset::MAX_ASSET_BYTES as f64 {
                field_error.set(Some(FieldError::new(
                    "image",
                    "This file is larger than 10 MB. Choose a smaller picture.",
                )));
                input.set_value("");
                return;
            }
            uploading.set(true);
            field_error.set(None);
            let (model, uploading, field_error) =
                (model.clone(), uploading.clone(), field_error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::assets::upload(&file).await {
                    Ok(asset) => model.dispatch(Action::SetImage(SceneImage {
                        asset_id: asset.id,
                        width: asset.width,
                        height: asset.height,
                        alt: String::new(),
                    })),
                    Err(e) => field_error.set(Some(FieldError::new("image", e.message()))),
                }
                uploading.set(false);
                input.set_value("");
            });
        })
    };

    let onmarkerkey = {
        let model = model.clone();
        Callback::from(move |(index, e): (usize, KeyboardEvent)| {
            let Some(h) = model.0.draft.hotspots.get(index) else {
                return;
            };
            let step = if e.shift_key() { NUDGE * 10.0 } else { NUDGE };
            let (dx, dy) = match e.key().as_str() {
                "ArrowLeft" => (-step, 0.0),
                "ArrowRight" => (step, 0.0),
                "ArrowUp" => (0.0, -step),
                "ArrowDown" => (0.0, step),
                "Delete" | "Backspace" => {
                    e.prevent_default();
                    model.dispatch(Action::DeleteHotspot(index));
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            model.dispatch(Action::Select(Some(index)));
            model.dispatch(Action::MoveHotspot {
                index,
                x: h.x + dx,
                y: h.y + dy,
            });
        })
    };

    let copy_link = {
        let (id, copied) = (state.id.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(id) = &id else { return };
            let Some(window) = web_sys::window() else {
                return;
            };
            let promise = window.navigator().clipboard().write_text(&shared_url(id));
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
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
        SaveStatus::Failed(message) => {
            html! { <span class="status error" role="alert">{ message.clone() }</span> }
        }
        SaveStatus::Conflict(message) => html! {
            <span class="status conflict" role="alert">{ message.clone() }
                <button type="button" class="button small" onclick={reload}>{ "Reload" }</button>
                <button type="button" class="button small" onclick={save.reform(|_: MouseEvent| true)}>{ "Overwrite" }</button>
            </span>
        },
        _ if state.has_unsaved_changes() => {
            html! { <span class="status">{ "Unsaved changes" }</span> }
        }
        SaveStatus::Saved => html! { <span class="status ok">{ "Saved" }</span> },
        SaveStatus::Idle => html! {},
    };

    html! {
        <div class="editor">
            <div class="editor-toolbar" role="toolbar" aria-label="Scene">
                <button type="button" class="button" onclick={model.dispatcher().to_callback().reform(|_| Action::Undo)}
                    disabled={!state.history.can_undo()}>{ "Undo" }</button>
                <button type="button" class="button" onclick={model.dispatcher().to_callback().reform(|_| Action::Redo)}
                    disabled={!state.history.can_redo()}>{ "Redo" }</button>
                <button type="button" class="button primary" onclick={save.reform(|_: MouseEvent| false)}
                    disabled={*status == SaveStatus::Saving}>{ "Save" }</button>
                <button type="button" class="button" onclick={copy_link} disabled={state.id.is_none()}
                    title={if state.id.is_none() { "Save the scene first" } else { "" }}>{ "Copy link" }</button>
                if let Some(id) = &state.id {
                    <Link<Route> to={Route::Viewer { id: id.clone() }} classes="button">{ "View" }</Link<Route>>
                }
                <span aria-live="polite" class="status-area">
                    { status_line }
                    if *copied { <span class="status ok">{ " Link copied" }</span> }
                </span>
            </div>
            <div class="editor-body">
                <section class="editor-canvas" aria-label="Picture">
                    if let Some(image) = &state.draft.image {
                        <SceneStage image={image.clone()} hotspots={state.draft.hotspots.clone()}
                            selected={state.selected}
                            onactivate={model.dispatcher().to_callback().reform(|i| Action::Select(Some(i)))}
                            onpick={model.dispatcher().to_callback().reform(|(x, y)| Action::AddHotspot { x, y })}
                            onmarkerkey={onmarkerkey} />
                        <p class="hint">{ "Click the picture to add a hotspot. Select one to edit it; move it with the arrow keys (Shift for bigger steps)." }</p>
                        <button type="button" class="button" onclick={model.dispatcher().to_callback().reform(|_| Action::AddHotspot { x: 0.5, y: 0.5 })}>
                            { "Add hotspot" }</button>
                    } else {
                        <div class="drop-hint">
                            <p>{ "Start with a picture: a map, a diagram, a photo." }</p>
                        </div>
                    }
                    <div class={classes!("field", error_for("image").map(|_| "has-error"))}>
                        <label for="scene-image">{ "Image" }</label>
                        <input type="file" id="scene-image" accept="image/png,image/jpeg,image/webp,image/gif"
                            onchange={onupload} disabled={*uploading} aria-describedby="scene-image-hint" />
                        <p class="hint" id="scene-image-hint">{ "PNG, JPEG, WebP or GIF, up to 10 MB. Replacing it keeps your hotspots." }</p>
                        if *uploading {
                            <p class="progress" role="status"><progress aria-label="Uploading"></progress>{ " Uploading…" }</p>
                        }
                        if let Some(message) = error_for("image").or_else(|| error_for("image.asset_id")) {
                            <p class="error" role="alert">{ message }</p>
                        }
                    </div>
                </section>
                <aside class="editor-panel">
                    <TextField id="scene-name" label="Scene name" value={state.draft.title.clone()}
                        oninput={dispatch(Action::SetTitle)} error={error_for("title")} required=true />
                    if state.draft.image.is_some() {
                        <TextField id="scene-alt" label="Describe the picture for people who cannot see it"
                            value={state.draft.image.as_ref().map(|i| i.alt.clone()).unwrap_or_default()}
                            oninput={dispatch(Action::SetAlt)} error={error_for("image.alt")} />
                    }
                    <VisibilityPicker value={state.draft.visibility}
                        onchange={model.dispatcher().to_callback().reform(Action::SetVisibility)} />
                    if let Some((index, hotspot)) = selected {
                        <HotspotFields {index} hotspot={hotspot} model={model.clone()}
                            error={(*field_error).clone().filter(|e| hotspot_index(&e.field) == Some(index))} />
                    } else if state.draft.image.is_some() {
                        <p class="hint">{ "Select a hotspot to write its title and text." }</p>
                    }
                </aside>
            </div>
        </div>
    }
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

#[derive(Properties)]
struct HotspotFieldsProps {
    index: usize,
    hotspot: model::Hotspot,
    model: UseReducerHandle<EditorModel>,
    error: Option<FieldError>,
}

impl PartialEq for HotspotFieldsProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.hotspot == other.hotspot && self.error == other.error
    }
}

/// The selected hotspot's fields.
#[function_component(HotspotFields)]
fn hotspot_fields(props: &HotspotFieldsProps) -> Html {
    let index = props.index;
    let model = &props.model;
    let on = |make: fn(usize, String) -> Action| {
        let model = model.clone();
        Callback::from(move |value: String| model.dispatch(make(index, value)))
    };
    let link = props.hotspot.link.clone().unwrap_or_default();
    // Say at once when a link would be refused, not only on save.
    let link_error = if link.is_empty() {
        None
    } else {
        validate_link("link", &link).err().map(|e| e.message)
    };
    let server_error = |name: &str| {
        props
            .error
            .as_ref()
            .filter(|e| e.field.ends_with(&format!(".{name}")))
            .map(|e| e.message.clone())
    };
    html! {
        <fieldset class="hotspot-fields">
            <legend>{ format!("Hotspot {}", index + 1) }</legend>
            <TextField id="hotspot-title" label="Title" value={props.hotspot.title.clone()}
                oninput={on(|index, title| Action::SetHotspotTitle { index, title })} error={server_error("title")} />
            <TextField id="hotspot-text" label="Text" multiline=true value={props.hotspot.text.clone()}
                oninput={on(|index, text| Action::SetHotspotText { index, text })} error={server_error("text")}
                hint="Plain text. Line breaks are kept; web addresses become links." />
            <TextField id="hotspot-link" label="Link" kind="url" value={link}
                oninput={on(|index, link| Action::SetHotspotLink { index, link })}
                error={link_error.or_else(|| server_error("link"))}
                hint="Optional: a web page (https://) or an email (mailto:)." />
            <button type="button" class="button danger" onclick={model.dispatcher().to_callback().reform(move |_| Action::DeleteHotspot(index))}>
                { "Delete hotspot" }</button>
        </fieldset>
    }
}
