//! "Download": the scene as a file to keep or to open elsewhere, in each
//! format the server writes. A disclosure (`details`), so it opens and
//! closes by keyboard with nothing to script.

use crate::api;
use crate::text::t;
use yew::prelude::*;

/// What a person calls each format the server writes.
fn label(format: &str) -> String {
    t(&format!("download-{format}"))
}

#[derive(Properties, PartialEq)]
pub struct DownloadMenuProps {
    pub scene_id: AttrValue,
    /// The scene's name, for screen readers among many menus.
    pub title: AttrValue,
    #[prop_or_default]
    pub small: bool,
}

#[function_component(DownloadMenu)]
pub fn download_menu(props: &DownloadMenuProps) -> Html {
    html! {
        <details class="download-menu">
            <summary class={classes!("button", props.small.then_some("small"))}>
                { t("download") }<span class="visually-hidden">{ format!(" {}", props.title) }</span>
            </summary>
            <ul>
                { for model::scene::EXPORT_FORMATS.iter().map(|format| html! {
                    <li><a href={api::scenes::export_url(&props.scene_id, format)} download="">{ label(format) }</a></li>
                }) }
            </ul>
        </details>
    }
}
