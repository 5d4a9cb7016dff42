//! The picture being edited: its hotspots to click, drag and add, and the
//! ways to choose it (a file, a drop, a paste).

use crate::components::file_input::{on_files_chosen, open_chooser, use_file_drop, FileDrop};
use crate::components::panorama_stage::{PanoramaStage, ViewHandle};
use crate::components::scene_stage::SceneStage;
use crate::editor::placement::{self, Place};
use crate::editor::Action;
use crate::text::{t, t_with, Arg};
use model::panorama::fits_panorama;
use model::{Projection, SceneInput};
use std::cell::Cell;
use std::rc::Rc;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// The draft as the picture sees it: the same as another when it has the
/// same picture and hotspots, even if its title changed. Pointers are
/// compared first, so most renders compare no hotspots at all.
#[derive(Clone)]
pub struct PictureDraft(pub Rc<SceneInput>);

impl PartialEq for PictureDraft {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (&self.0, &other.0);
        Rc::ptr_eq(a, b) || (a.image == b.image && a.hotspots == b.hotspots)
    }
}

#[derive(Properties, PartialEq)]
pub struct PictureProps {
    pub draft: PictureDraft,
    pub selected: Option<usize>,
    pub ondispatch: Callback<Action>,
    pub onmarkerkey: Callback<(usize, KeyboardEvent)>,
    /// A picture file chosen or dropped, to upload.
    pub onimage: Callback<web_sys::File>,
    /// Progress of its upload (0 to 1) while it runs.
    pub uploading: Option<f64>,
    /// Why the picture was refused.
    pub error: Option<String>,
}

#[function_component(Picture)]
pub fn picture(props: &PictureProps) -> Html {
    // One picture: the first of what was chosen or dropped.
    let first_file = {
        let onimage = props.onimage.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if let Some(file) = files.into_iter().next() {
                onimage.emit(file);
            }
        })
    };
    let onimagefile = on_files_chosen(first_file.clone());
    let FileDrop {
        over: dragging_file,
        ondragover,
        ondragleave,
        ondrop,
    } = use_file_drop(first_file);
    let has_image = props.draft.0.image.is_some();
    let file_input = use_node_ref();
    let choose_file = open_chooser(&file_input);
    // Where a panorama is looked at in the editor, from its start view.
    let view = {
        let start = props
            .draft
            .0
            .image
            .as_ref()
            .and_then(|i| i.initial_view)
            .unwrap_or_default();
        use_memo((), move |_| ViewHandle(Rc::new(Cell::new(start.view()))))
    };
    let panorama = props
        .draft
        .0
        .image
        .as_ref()
        .is_some_and(|i| i.projection == Projection::Equirectangular);
    // Said once a hotspot is added by the button (where it went) or the
    // start view is set.
    let added = use_state(|| None::<String>);
    let add_hotspot = {
        let (draft, dispatch, added, view) = (
            props.draft.0.clone(),
            props.ondispatch.clone(),
            added.clone(),
            (*view).clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let taken: Vec<(f64, f64)> = draft.hotspots.iter().map(|h| (h.x, h.y)).collect();
            let (x, y, said) = if panorama {
                // At the centre of the view, or the free place nearest it.
                let centre = view.0.get().initial_view();
                let (x, y) = placement::free_spot_around((centre.x, centre.y), &taken);
                (x, y, "editor-added-view-middle")
            } else {
                let aspect = draft
                    .image
                    .as_ref()
                    .map_or(1.0, |i| f64::from(i.width) / f64::from(i.height.max(1)));
                let (x, y) = placement::free_spot(&taken, aspect);
                (x, y, added_key(placement::describe(x, y)))
            };
            dispatch.emit(Action::AddHotspot { x, y });
            let number = Arg::Number((taken.len() + 1) as f64);
            added.set(Some(t_with(said, &[("number", number)])));
        })
    };
    let set_start_view = {
        let (dispatch, added, view) = (props.ondispatch.clone(), added.clone(), (*view).clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::SetStartView(Some(view.0.get().initial_view())));
            added.set(Some(t("editor-start-view-set")));
        })
    };
    // A picture twice as wide as high may be shown as a 360° panorama.
    let may_be_panorama = props
        .draft
        .0
        .image
        .as_ref()
        .is_some_and(|i| fits_panorama(i.width, i.height));
    let toggle_panorama = {
        let dispatch = props.ondispatch.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_dyn_into::<web_sys::HtmlInputElement>()
                .is_some_and(|input| input.checked());
            dispatch.emit(Action::SetProjection(if on {
                Projection::Equirectangular
            } else {
                Projection::Flat
            }));
        })
    };
    html! {
        <section class={classes!("editor-canvas", dragging_file.then_some("drop-target"))} aria-label={t("editor-picture")}
            {ondragover} {ondragleave} {ondrop}>
            if has_image {
                <Stage draft={props.draft.clone()} selected={props.selected}
                    ondispatch={props.ondispatch.clone()} onmarkerkey={props.onmarkerkey.clone()}
                    view={(*view).clone()} />
                <p class="hint">
                    if panorama {
                        <span class="for-pointer">{ t("editor-hint-panorama-pointer") }</span>
                        <span class="for-touch">{ t("editor-hint-panorama-touch") }</span>
                    } else {
                        <span class="for-pointer">{ t("editor-hint-pointer") }</span>
                        <span class="for-touch">{ t("editor-hint-touch") }</span>
                    }
                </p>
                <p class="add-hotspot">
                    <button type="button" class="button" onclick={add_hotspot}>{ t("editor-add-hotspot") }</button>
                    if panorama {
                        <button type="button" class="button" onclick={set_start_view}>{ t("editor-set-start-view") }</button>
                    }
                    <span class="status" role="status">{ (*added).clone().unwrap_or_default() }</span>
                </p>
                if may_be_panorama {
                    <div class="choice">
                        <input type="checkbox" id="scene-panorama" checked={panorama}
                            onchange={toggle_panorama} aria-describedby="scene-panorama-hint" />
                        <label for="scene-panorama">{ t("editor-panorama-toggle") }</label>
                        <p class="hint" id="scene-panorama-hint">{ t("editor-panorama-hint") }</p>
                    </div>
                }
            } else {
                // A tap or click anywhere in the box chooses a file: on a
                // phone it is what one taps. The field below is the same
                // control for the keyboard, so the box needs no role.
                <div class="drop-hint" onclick={choose_file}>
                    <p><strong>{ t("editor-start-title") }</strong></p>
                    <p class="for-pointer">{ t("editor-start-pointer") }</p>
                    <p class="for-touch">{ t("editor-start-touch") }</p>
                </div>
            }
            <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
                <label id="scene-image-label" for="scene-image">{ t(if has_image { "editor-image-replace" } else { "editor-image" }) }</label>
                // The browser's own file button speaks the browser's
                // language; this one speaks the page's.
                <input type="file" id="scene-image" class="visually-hidden" accept="image/png,image/jpeg,image/webp,image/gif"
                    onchange={onimagefile} aria-labelledby="scene-image-label" aria-describedby="scene-image-hint" ref={file_input}
                    aria-disabled={props.uploading.is_some().to_string()} />
                <label for="scene-image" class="button file-button" aria-hidden="true">{ t("editor-image-choose") }</label>
                <p class="hint" id="scene-image-hint">{ t("editor-image-hint") }</p>
                if let Some(done) = props.uploading {
                    <p class="progress" role="status">
                        <progress max="1" value={done.to_string()} aria-label={t("editor-uploading")}></progress>
                        { " " }{ t_with("editor-uploading-percent", &[("percent", Arg::Number((done * 100.0).round()))]) }
                    </p>
                }
                if let Some(message) = &props.error {
                    <p class="error" role="alert">{ message.clone() }</p>
                }
            </div>
        </section>
    }
}

/// What is said when the Add hotspot button puts one at `place`.
fn added_key(place: Place) -> &'static str {
    match place {
        Place::TopLeft => "editor-added-top-left",
        Place::Top => "editor-added-top",
        Place::TopRight => "editor-added-top-right",
        Place::Left => "editor-added-left",
        Place::Middle => "editor-added-middle",
        Place::Right => "editor-added-right",
        Place::BottomLeft => "editor-added-bottom-left",
        Place::Bottom => "editor-added-bottom",
        Place::BottomRight => "editor-added-bottom-right",
    }
}

/// Where the panel sits under the picture (a phone), a tapped hotspot's
/// fields are a long way down: brought into view once they are drawn.
fn show_fields_when_stacked() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // The stylesheet stacks the editor's two columns at 800 px.
    let stacked = window
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w <= 800.0);
    if stacked {
        gloo_timers::callback::Timeout::new(0, || {
            let fields = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".hotspot-fields").ok().flatten());
            if let Some(fields) = fields {
                fields.scroll_into_view();
            }
        })
        .forget();
    }
}

#[derive(Properties, PartialEq)]
struct StageProps {
    draft: PictureDraft,
    selected: Option<usize>,
    ondispatch: Callback<Action>,
    onmarkerkey: Callback<(usize, KeyboardEvent)>,
    view: ViewHandle,
}

/// The picture with its markers. Apart from the rest of the picture's
/// section so that an upload's progress, or a file dragged over, redraws no
/// markers; its callbacks are made once, so that editing or moving one
/// hotspot re-renders that marker alone, not all of thousands.
#[function_component(Stage)]
fn stage(props: &StageProps) -> Html {
    let callbacks = {
        let dispatch = props.ondispatch.clone();
        use_memo(props.ondispatch.clone(), move |_| {
            (
                dispatch.reform(|index| {
                    show_fields_when_stacked();
                    Action::Select(Some(index))
                }),
                dispatch.reform(|(index, x, y)| Action::MoveHotspot { index, x, y }),
                dispatch.reform(|(x, y)| Action::AddHotspot { x, y }),
            )
        })
    };
    let (onactivate, onmove, onpick) = (*callbacks).clone();
    // A browser without WebGL edits a panorama flat.
    let unsupported = use_state(|| false);
    let onunsupported = {
        let unsupported = unsupported.clone();
        Callback::from(move |_| unsupported.set(true))
    };
    let draft = &props.draft.0;
    let Some(image) = &draft.image else {
        return html! {};
    };
    if image.projection == Projection::Equirectangular && !*unsupported {
        return html! {
            <PanoramaStage image={image.clone()} hotspots={draft.hotspots.clone()}
                selected={props.selected} {onactivate} {onpick} {onmove}
                onmarkerkey={props.onmarkerkey.clone()} view={props.view.clone()} {onunsupported} />
        };
    }
    html! {
        <SceneStage image={image.clone()} hotspots={draft.hotspots.clone()}
            selected={props.selected} {onactivate} {onpick} {onmove}
            onmarkerkey={props.onmarkerkey.clone()} />
    }
}
