//! `/new` and `/s/{id}/edit`: the scene editor. Its state is an
//! `EditorState` (`crate::editor`) driven as a reducer. This module only
//! wires: `hooks` load the scene, keep the local copy, run the save loop
//! and listen to the window; `toolbar`, `picture`, `panel` and
//! `statistics` draw.

mod hooks;
pub mod panel;
pub mod picture;
pub mod share;
pub mod statistics;
pub mod toolbar;

use crate::api::assets::Purpose;
use crate::api::ApiError;
use crate::components::sign_in_gate::signed_in_or_notice;
use crate::editor::{Action, EditorState, SaveStatus};
use crate::session::{use_session, Session};
use crate::text::t;
use hooks::Opening;
use model::{Asset, Media, SceneImage, UserKind};
use panel::Panel;
use picture::{Picture, PictureDraft};
use statistics::Statistics;
use toolbar::{RestoredNotice, Toolbar};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// None for a new scene.
    pub id: Option<String>,
}

#[function_component(EditorPage)]
pub fn editor_page(props: &EditorProps) -> Html {
    let session = use_session();
    if session.session == Session::Loading {
        return loading_frame();
    }
    match signed_in_or_notice(&session.session, "gate-editor-title", "gate-editor") {
        // Keyed by account: another account's editor starts afresh.
        Ok(me) => html! {
            <Editor key={me.id.clone()} id={props.id.clone()} user_id={me.id.clone()} kind={me.kind}
                in_school={me.school.is_some()} />
        },
        Err(notice) => notice,
    }
}

#[derive(Properties, PartialEq)]
struct SignedInEditorProps {
    /// None for a new scene.
    id: Option<String>,
    /// The author, whose unsaved edits this browser keeps apart from others'.
    user_id: String,
    kind: UserKind,
    in_school: bool,
}

#[function_component(Editor)]
fn editor(props: &SignedInEditorProps) -> Html {
    let model = use_reducer(EditorState::default);
    let latest = hooks::use_latest(&model);
    let dispatch = hooks::use_dispatch(&model);
    let restored = use_state(|| false);
    let opening = hooks::use_scene(props.id.clone(), &props.user_id, &model, &restored);
    hooks::use_keep_restored_on_edit(&model, &restored);
    let pending_copy = hooks::use_local_copy(&model, &props.user_id);
    let saving = hooks::use_saving(&latest, &props.user_id);
    hooks::use_autosave(&latest, &saving, *restored);
    let reload = hooks::use_reload(&latest, &saving);
    let reset_link = hooks::use_reset_link(&latest, &saving, &props.user_id);
    let image_upload = hooks::use_upload(Purpose::ScenePicture, "image");
    let picture_upload = hooks::use_upload(Purpose::PopupMedia, "hotspot_picture");
    let upload_image = {
        let (upload, set_image) = (image_upload.clone(), dispatch.reform(set_image));
        Callback::from(move |file| upload.start(file, set_image.clone()))
    };
    hooks::use_window_events(&latest, &pending_copy, upload_image.clone());
    let marker_key = hooks::use_marker_keys(&latest);
    let sharing = hooks::use_sharing(props.kind, props.in_school);
    let own_scenes = hooks::use_own_scenes();

    match opening {
        Opening::Failed(e) => {
            let title = t(if matches!(e, ApiError::NotFound { .. }) {
                "editor-open-not-found"
            } else {
                "editor-open-failed"
            });
            return html! { <section class="notice" role="alert"><h1>{ title }</h1><p>{ e.message() }</p></section> };
        }
        Opening::Loading => return loading_frame(),
        Opening::Ready => {}
    }

    let state = &*model;
    let draft = &state.draft;
    let scene_id = state.id.clone().map(AttrValue::from);
    let status = saving.status();
    let field_error = saving.field_error();
    let image_error = image_upload.error().or_else(|| {
        field_error
            .clone()
            .filter(|e| e.field == "image" || e.field == "image.asset_id")
    });
    let onpicture = {
        let (upload, latest) = (picture_upload.clone(), latest.clone());
        // The hotspot is remembered by id: it may move in the list, or go,
        // while the file uploads.
        let hotspot_id = state
            .selected
            .and_then(|i| draft.hotspots.get(i))
            .map(|h| h.id.clone());
        Callback::from(move |file| {
            let Some(hotspot_id) = hotspot_id.clone() else {
                return;
            };
            let latest = latest.clone();
            upload.start(
                file,
                Callback::from(move |asset: Asset| set_media(&latest.borrow(), &hotspot_id, asset)),
            );
        })
    };
    let keep_restored = {
        let restored = restored.clone();
        Callback::from(move |()| restored.set(false))
    };
    let discard_restored = {
        let (dispatch, keep_restored) = (dispatch.clone(), keep_restored.clone());
        Callback::from(move |()| {
            dispatch.emit(Action::DiscardChanges);
            keep_restored.emit(());
        })
    };

    html! {
        <div class="editor" key="editor">
            <h1 class="editor-title">{ if draft.title.trim().is_empty() { t("editor-new-scene") } else { draft.title.trim().to_string() } }</h1>
            <Toolbar can_undo={state.history.can_undo()} can_redo={state.history.can_redo()}
                scene_id={scene_id.clone()} visibility={draft.visibility} owner={sharing.owner}
                title={AttrValue::from(draft.title.trim().to_string())}
                picture={draft.image.as_ref().map(|i| (i.width, i.height))} status={status.clone()} unsaved={state.has_unsaved_changes()}
                named={!draft.title.trim().is_empty()} ondispatch={dispatch.clone()}
                onsave={saving.save.clone()} onreload={reload} />
            if *restored {
                <RestoredNotice ondiscard={discard_restored} onkeep={keep_restored} />
            }
            <div class="editor-body">
                <Picture draft={PictureDraft(draft.clone())} selected={state.selected} ondispatch={dispatch.clone()}
                    onmarkerkey={marker_key} onimage={upload_image} uploading={image_upload.progress()}
                    error={image_error.map(|e| e.message.to_string())} />
                <Panel hotspot={state.selected.and_then(|i| draft.hotspots.get(i).map(|h| (i, h.clone())))}
                    count={draft.hotspots.len()} title={draft.title.clone()} description={draft.description.clone()}
                    alt={draft.image.as_ref().map(|i| AttrValue::from(i.alt.clone()))} visibility={draft.visibility}
                    allowed={sharing.allowed.clone()} owner={sharing.owner} scene_id={scene_id.clone()} student={props.kind == UserKind::Student} scenes={own_scenes}
                    error={field_error} picture_error={picture_upload.error()} uploading={picture_upload.progress()}
                    saving={status == SaveStatus::Saving} ondispatch={dispatch} {onpicture} onresetlink={reset_link} />
            </div>
            if let Some(id) = scene_id {
                <Statistics scene_id={id} />
            }
        </div>
    }
}

/// The editor's frame while the account and the scene load: the same boxes
/// as the editor's, so that nothing jumps when it arrives.
fn loading_frame() -> Html {
    html! {
        // Keyed apart from the editor, so that Yew builds the editor anew
        // rather than reuse these boxes for others: a box reused in another
        // place counts as a layout shift.
        <div class="editor" aria-busy="true" key="loading">
            // Not the heading yet: the focus waits for the real one.
            <p class="editor-title">{ t("editor-loading") }</p>
            <div class="editor-toolbar"><div class="skeleton skeleton-toolbar"></div></div>
            <div class="editor-body">
                <section class="editor-canvas">
                    <div class="skeleton skeleton-picture"></div>
                    <div class="skeleton skeleton-fields"></div>
                </section>
                <aside class="editor-panel"><div class="skeleton skeleton-fields"></div></aside>
            </div>
        </div>
    }
}

/// An uploaded picture as the scene's picture.
fn set_image(asset: Asset) -> Action {
    Action::SetImage(SceneImage::flat(&asset.id, asset.width, asset.height, ""))
}

/// An uploaded picture or sound as what hotspot `hotspot_id` opens, if the
/// hotspot is still there.
fn set_media(model: &UseReducerHandle<EditorState>, hotspot_id: &str, asset: Asset) {
    // The server judged the file by its bytes: trust its verdict.
    let media = if asset.is_audio() {
        Media::Audio { asset_id: asset.id }
    } else {
        Media::Image { asset_id: asset.id }
    };
    if let Some(index) = model.draft.hotspots.iter().position(|h| h.id == hotspot_id) {
        model.dispatch(Action::SetHotspotMedia {
            index,
            media: Some(media),
        });
    }
}
