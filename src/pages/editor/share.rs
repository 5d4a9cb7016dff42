//! The Share dialog: who can open the scene, its link, the code to embed
//! it in a school website, and a QR code for a classroom screen.

use crate::components::copy_button::CopyButton;
use crate::components::modal::{on_cancel, use_modal};
use crate::components::visibility_picker::who_can_open;
use crate::route::{absolute_url, viewer_href};
use crate::text::{t, t_with, visibility_label, Arg};
use model::embed::embed_code;
use model::visibility::Owner;
use model::Visibility;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub scene_id: AttrValue,
    pub title: AttrValue,
    pub visibility: Visibility,
    pub owner: Owner,
    /// The picture's size, for the embed's proportions.
    pub picture: Option<(u32, u32)>,
    pub onclose: Callback<()>,
}

#[function_component(ShareDialog)]
pub fn share_dialog(props: &ShareDialogProps) -> Html {
    let dialog = use_node_ref();
    let qr = use_node_ref();
    use_modal(&dialog);
    let oncancel = on_cancel(&props.onclose);
    let show_large = {
        let qr = qr.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(figure) = qr.cast::<Element>() {
                let _ = figure.request_fullscreen();
            }
        })
    };
    let link = absolute_url(&viewer_href(&props.scene_id));
    let title = if props.title.is_empty() {
        t("scene-untitled")
    } else {
        props.title.to_string()
    };
    let private = props.visibility == Visibility::Private;
    let embed = (!private).then(|| {
        let origin = absolute_url("");
        let (width, height) = props.picture.unwrap_or((4, 3));
        embed_code(&origin, &props.scene_id, &title, width, height)
    });
    html! {
        <dialog class="share-dialog" ref={dialog} aria-labelledby="share-title" {oncancel}>
            <div class="popup-body">
                <h2 id="share-title">{ t_with("editor-share-title", &[("title", Arg::Text(&title))]) }</h2>
                <p class="share-who">
                    <strong>{ t_with("editor-share-visibility", &[("visibility", Arg::Text(&visibility_label(props.visibility)))]) }{ " " }</strong>
                    { who_can_open(props.visibility, props.owner) }
                    if private {
                        { " " }{ t("editor-share-private") }
                    }
                </p>
                <div class="field">
                    <label for="share-link">{ t("editor-link") }</label>
                    <input id="share-link" type="text" readonly=true value={link.clone()} />
                    <CopyButton text={link} label={t("editor-share-copy-link")} what={t("editor-link")} />
                </div>
                if let Some(code) = embed {
                    <div class="field">
                        <label for="share-embed">{ t("editor-embed-code") }</label>
                        <textarea id="share-embed" readonly=true rows="3" value={code.clone()} aria-describedby="share-embed-hint" />
                        <p class="hint" id="share-embed-hint">{ t("editor-embed-hint") }</p>
                        <CopyButton text={code} label={t("editor-copy-embed")} what={t("editor-embed-code")} />
                    </div>
                }
                <figure class="share-qr" ref={qr}>
                    <img src={format!("/api/scenes/{}/qr.svg", props.scene_id)} width="180" height="180"
                        alt={t("editor-qr-alt")} />
                    <figcaption>
                        { t("editor-qr-caption") }{ " " }
                        <button type="button" class="button small" onclick={show_large}>{ t("editor-qr-large") }</button>
                    </figcaption>
                </figure>
                <p class="dialog-actions">
                    <button type="button" class="button" onclick={props.onclose.reform(|_| ())}>{ t("editor-close") }</button>
                </p>
            </div>
        </dialog>
    }
}
