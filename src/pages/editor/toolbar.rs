//! The editor's toolbar: undo, redo, save, the shared link, and a status
//! line saying where saving stands; under it, the offer to keep or discard
//! edits restored from this browser.

use super::share::ShareDialog;
use crate::components::copy_button::CopyButton;
use crate::components::download_menu::DownloadMenu;
use crate::editor::{Action, SaveKind, SaveStatus};
use crate::route::{absolute_url, viewer_href};
use model::visibility::Owner;
use model::Visibility;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub can_undo: bool,
    pub can_redo: bool,
    /// None until the scene is first saved.
    pub scene_id: Option<AttrValue>,
    /// Who can open the link: said when it is copied.
    pub visibility: Visibility,
    pub owner: Owner,
    /// The scene's name and its picture's size, for the Share dialog.
    pub title: AttrValue,
    pub picture: Option<(u32, u32)>,
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

#[function_component(Toolbar)]
pub fn toolbar(props: &ToolbarProps) -> Html {
    let sharing = use_state(|| false);
    // Closing the Share dialog puts the focus back on its button.
    let share_button = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let share_button = share_button.clone();
        use_effect_with(*sharing, move |open| {
            if !first.replace(false) && !*open {
                if let Some(button) = share_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        });
    }
    let saving = props.status == SaveStatus::Saving;
    let never_saved = props.scene_id.is_none();
    let save = {
        let onsave = props.onsave.clone();
        Callback::from(move |_: MouseEvent| {
            if !saving {
                onsave.emit(SaveKind::Manual);
            }
        })
    };
    html! {
        <div class="editor-toolbar" role="toolbar" aria-label="Scene">
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Undo)}
                disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ "Undo" }</button>
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Redo)}
                disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z">{ "Redo" }</button>
            // Not `disabled` while saving: that would take the focus from it.
            <button type="button" class="button primary" onclick={save} aria-disabled={saving.to_string()}>{ "Save" }</button>
            <CopyButton text={props.scene_id.as_deref().map(|id| absolute_url(&viewer_href(id))).unwrap_or_default()}
                label="Copy link" what="Link" disabled={never_saved} small=false note={who_can_open_link(props.visibility, props.owner)} />
            <button type="button" class="button" ref={share_button} disabled={never_saved}
                onclick={let s = sharing.clone(); Callback::from(move |_| s.set(true))}>{ "Share" }</button>
            if let Some(id) = &props.scene_id {
                <a href={viewer_href(id)} class="button">{ "View" }</a>
                <DownloadMenu scene_id={id.clone()} title={props.title.clone()} />
                if *sharing {
                    <ShareDialog scene_id={id.clone()} title={props.title.clone()} visibility={props.visibility}
                        owner={props.owner} picture={props.picture}
                        onclose={let s = sharing.clone(); Callback::from(move |()| s.set(false))} />
                }
            }
            <span aria-live="polite" class="status-area">
                { status_line(props) }
            </span>
        </div>
    }
}

/// Said when the link is copied: a private scene's link opens for few.
fn who_can_open_link(visibility: Visibility, owner: Owner) -> AttrValue {
    let who = visibility.who_can_open(owner);
    match visibility {
        Visibility::Private => {
            format!("Who can open it: {who} Anyone else gets “Not found”.").into()
        }
        _ => format!("Who can open it: {who}").into(),
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
