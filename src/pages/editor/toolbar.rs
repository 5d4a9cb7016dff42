//! The editor's toolbar: undo, redo, save, the shared link, and a status
//! line saying where saving stands; under it, the offer to keep or discard
//! edits restored from this browser.

use crate::editor::{Action, SaveKind, SaveStatus};
use crate::route::viewer_href;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    /// None until the scene is first saved.
    pub scene_id: Option<AttrValue>,
    pub status: SaveStatus,
    /// The draft differs from what the server holds.
    pub unsaved: bool,
    /// The scene has a name, which it needs to be saved.
    pub named: bool,
    pub ondispatch: Callback<Action>,
    pub onsave: Callback<SaveKind>,
    /// "Reload (drop my changes)" after a conflict.
    pub onreload: Callback<()>,
}

fn shared_url(id: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/v/{id}")
}

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let copied = use_state(|| false);
    let copy_link = {
        let (id, copied) = (props.scene_id.clone(), copied.clone());
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
    let saving = props.status == SaveStatus::Saving;
    let never_saved = props.scene_id.is_none();
    html! {
        <div class="editor-toolbar" role="toolbar" aria-label="Scene">
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Undo)}
                disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Redo)}
                disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
            <button type="button" class="button primary" onclick={props.onsave.reform(|_: MouseEvent| SaveKind::Manual)}
                disabled={saving}>{ "Save" }</button>
            <button type="button" class="button" onclick={copy_link} disabled={never_saved}
                title={if never_saved { "Save the scene first" } else { "" }}>{ "Copy link" }</button>
            if let Some(id) = &props.scene_id {
                <a href={viewer_href(id)} class="button">{ "View" }</a>
            }
            <span aria-live="polite" class="status-area">
                { status_line(props) }
                if *copied { <span class="status ok">{ " Link copied" }</span> }
            </span>
        </div>
    }
}

fn status_line(props: &ToolbarProps) -> Html {
    match &props.status {
        SaveStatus::Saving => html! { <span class="status">{ "Saving…" }</span> },
        SaveStatus::Offline => {
            html! { <span class="status error" role="alert">{ "Offline: your changes are kept in this browser and saved when the connection returns." }</span> }
        }
        SaveStatus::Failed(message) => {
            html! { <span class="status error" role="alert">{ message.clone() }</span> }
        }
        SaveStatus::Conflict(message) => html! {
            <span class="status conflict" role="alert">{ message.clone() }
                <button type="button" class="button small" onclick={props.onreload.reform(|_| ())}>{ "Reload (drop my changes)" }</button>
                <button type="button" class="button small" onclick={props.onsave.reform(|_: MouseEvent| SaveKind::Overwrite)}>{ "Overwrite with mine" }</button>
            </span>
        },
        _ if props.unsaved && !props.named => {
            html! { <span class="status">{ "Give the scene a name to save it" }</span> }
        }
        _ if props.unsaved => html! { <span class="status">{ "Unsaved changes" }</span> },
        SaveStatus::Saved => html! { <span class="status ok">{ "Saved" }</span> },
        SaveStatus::Idle => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct RestoredNoticeProps {
    pub ondiscard: Callback<()>,
    pub onkeep: Callback<()>,
}

/// Edits this browser kept were laid over the scene: keep them or not.
#[function_component(RestoredNotice)]
pub fn restored_notice(props: &RestoredNoticeProps) -> Html {
    html! {
        <p class="restored" role="status">
            { "Restored changes you had not saved in this browser." }
            <button type="button" class="button small" onclick={props.ondiscard.reform(|_| ())}>{ "Discard them" }</button>
            <button type="button" class="button small primary" onclick={props.onkeep.reform(|_| ())}>{ "Keep them" }</button>
        </p>
    }
}
