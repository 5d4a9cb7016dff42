//! The editor's toolbar: undo, redo, save, the shared link, and a status
//! line saying where saving stands; under it, the offer to keep or discard
//! edits restored from this browser.

use super::share::ShareDialog;
use crate::components::copy_button::CopyButton;
use crate::components::download_menu::DownloadMenu;
use crate::components::visibility_picker::who_can_open;
use crate::editor::{Action, SaveKind, SaveStatus};
use crate::route::{absolute_url, viewer_href};
use crate::text::{t, t_with, Arg};
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
        <div class="editor-toolbar" role="toolbar" aria-label={t("editor-toolbar")}>
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Undo)}
                disabled={!props.can_undo} aria-keyshortcuts="Control+Z">{ t("editor-undo") }</button>
            <button type="button" class="button" onclick={props.ondispatch.reform(|_| Action::Redo)}
                disabled={!props.can_redo} aria-keyshortcuts="Control+Shift+Z">{ t("editor-redo") }</button>
            // Not `disabled` while saving: that would take the focus from it.
            <button type="button" class="button primary" onclick={save} aria-disabled={saving.to_string()}>{ t("editor-save") }</button>
            <CopyButton text={props.scene_id.as_deref().map(|id| absolute_url(&viewer_href(id))).unwrap_or_default()}
                label={t("editor-copy-link")} what={t("editor-link")} disabled={never_saved} small=false note={who_can_open_link(props.visibility, props.owner)} />
            <button type="button" class="button" ref={share_button} disabled={never_saved}
                onclick={let s = sharing.clone(); Callback::from(move |_| s.set(true))}>{ t("editor-share") }</button>
            if let Some(id) = &props.scene_id {
                <a href={viewer_href(id)} class="button">{ t("editor-view") }</a>
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
    let who = who_can_open(visibility, owner);
    let key = match visibility {
        Visibility::Private => "editor-link-who-private",
        _ => "editor-link-who",
    };
    t_with(key, &[("who", Arg::Text(&who))]).into()
}

fn status_line(props: &ToolbarProps) -> Html {
    match &props.status {
        SaveStatus::Saving => html! { <span class="status">{ t("editor-saving") }</span> },
        SaveStatus::Offline => {
            html! { <span class="status error" role="alert">{ t("editor-offline") }</span> }
        }
        SaveStatus::Failed(message) => {
            html! { <span class="status error" role="alert">{ message.clone() }</span> }
        }
        SaveStatus::Conflict(message) => html! {
            <span class="status conflict" role="alert">{ message.clone() }
                <button type="button" class="button small" onclick={props.onreload.reform(|_| ())}>{ t("editor-reload") }</button>
                <button type="button" class="button small" onclick={props.onsave.reform(|_: MouseEvent| SaveKind::Overwrite)}>{ t("editor-overwrite") }</button>
            </span>
        },
        _ if props.unsaved && !props.named => {
            html! { <span class="status">{ t("editor-needs-name") }</span> }
        }
        _ if props.unsaved => html! { <span class="status">{ t("editor-unsaved") }</span> },
        SaveStatus::Saved => html! { <span class="status ok">{ t("editor-saved") }</span> },
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
            { t("editor-restored") }
            <button type="button" class="button small" onclick={props.ondiscard.reform(|_| ())}>{ t("editor-restored-discard") }</button>
            <button type="button" class="button small primary" onclick={props.onkeep.reform(|_| ())}>{ t("editor-restored-keep") }</button>
        </p>
    }
}
