//! An open hotspot: a modal `dialog` named by its title. Focus moves into
//! it; Escape, a click outside or the close button closes it.

use crate::api;
use crate::route::Route;
use model::scene::validate_link;
use model::{Hotspot, Media};
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;
use yew_router::prelude::Link;

#[derive(Properties, PartialEq)]
pub struct HotspotPopupProps {
    pub hotspot: Hotspot,
    pub index: usize,
    pub onclose: Callback<()>,
    /// Where a tour link leads: the linked scene's viewer or embed.
    #[prop_or_default]
    pub tour_route: Option<Route>,
}

/// Plain text with its line breaks kept and web addresses made into links.
/// Nothing in it is ever read as HTML.
pub fn linkified(text: &str) -> Html {
    let lines = text.split('\n').enumerate().map(|(i, line)| {
        let words = line.split_inclusive(' ').map(|word| {
            let trimmed = word.trim_end();
            let bare = trimmed.trim_end_matches(['.', ',', ')', ';', ':', '!', '?']);
            let is_web = bare.starts_with("https://") || bare.starts_with("http://");
            if is_web && validate_link("link", bare).is_ok() {
                let rest = &word[bare.len()..];
                html! {
                    <>
                        <a href={bare.to_string()} target="_blank" rel="noopener noreferrer nofollow">{ bare }</a>
                        { rest }
                    </>
                }
            } else {
                html! { { word } }
            }
        });
        html! {
            <>
                if i > 0 { <br /> }
                { for words }
            </>
        }
    });
    html! { { for lines } }
}

#[function_component(HotspotPopup)]
pub fn hotspot_popup(props: &HotspotPopupProps) -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let element = dialog.cast::<HtmlDialogElement>();
            if let Some(d) = &element {
                let _ = d.show_modal();
            }
            move || {
                if let Some(d) = element {
                    d.close();
                }
            }
        });
    }
    let oncancel = props.onclose.reform(|e: Event| {
        // Escape: close through the app's state, not behind its back.
        e.prevent_default();
    });
    let onclick = {
        let onclose = props.onclose.clone();
        Callback::from(move |e: MouseEvent| {
            // A click on the backdrop lands on the dialog element itself.
            let on_backdrop = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlDialogElement>().ok())
                .is_some();
            if on_backdrop {
                onclose.emit(());
            }
        })
    };
    let close = props.onclose.reform(|_: MouseEvent| ());
    let hotspot = &props.hotspot;
    let title_id = format!("hotspot-title-{}", props.index);
    let link = hotspot
        .link
        .as_ref()
        .filter(|l| validate_link("link", l).is_ok())
        .map(|l| html! {
            <p class="popup-link">
                <a href={l.clone()} target="_blank" rel="noopener noreferrer nofollow">{ link_label(l) }</a>
            </p>
        });
    let media = hotspot.media.as_ref().map(|m| match m {
        Media::Image { asset_id } => {
            html! { <img class="popup-image" src={api::assets::url(asset_id)} alt="" /> }
        }
        Media::Audio { asset_id } => html! {
            <audio class="popup-audio" controls=true preload="none" src={api::assets::url(asset_id)}
                aria-label={format!("Sound: {}", hotspot.display_title(props.index))}></audio>
        },
        Media::Youtube { video_id } => video_link(
            "YouTube",
            format!("https://www.youtube.com/watch?v={video_id}"),
        ),
        Media::Vimeo { video_id } => video_link("Vimeo", format!("https://vimeo.com/{video_id}")),
    });
    html! {
        <dialog ref={dialog} class="hotspot-popup" aria-labelledby={title_id.clone()} {oncancel} {onclick}>
            <div class="popup-body">
                <h2 id={title_id}>{ hotspot.display_title(props.index) }</h2>
                { media }
                if !hotspot.text.is_empty() {
                    <p class="popup-text">{ linkified(&hotspot.text) }</p>
                }
                { link }
                if let Some(route) = props.tour_route.clone() {
                    <p class="popup-link">
                        <Link<Route> to={route} classes="button">{ "Go to the next scene" }</Link<Route>>
                    </p>
                }
                <button type="button" class="button popup-close" onclick={close}>{ "Close" }</button>
            </div>
        </dialog>
    }
}

fn link_label(link: &str) -> String {
    match link.strip_prefix("mailto:") {
        Some(address) => format!("Email {address}"),
        None => link.to_string(),
    }
}

/// Until click-to-load players arrive, a video opens on its provider's site.
fn video_link(provider: &str, url: String) -> Html {
    html! {
        <p class="popup-link">
            <a href={url} target="_blank" rel="noopener noreferrer nofollow">{ format!("Watch the video on {provider}") }</a>
        </p>
    }
}
