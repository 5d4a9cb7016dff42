//! A scene in a list: picture, title, and where it leads.

use crate::api;
use crate::components::download_menu::DownloadMenu;
use crate::route::{viewer_href, Route};
use model::{SceneSummary, Visibility};
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SceneCardProps {
    pub scene: SceneSummary,
    /// Show the owner's controls (edit, visibility) rather than the author.
    #[prop_or_default]
    pub own: bool,
    /// The owner's "Duplicate" and "Delete", when the list offers them.
    #[prop_or_default]
    pub onduplicate: Option<Callback<()>>,
    #[prop_or_default]
    pub ondelete: Option<Callback<()>>,
}

#[function_component(SceneCard)]
pub fn scene_card(props: &SceneCardProps) -> Html {
    let scene = &props.scene;
    let title = if scene.title.is_empty() {
        "Untitled".to_string()
    } else {
        scene.title.clone()
    };
    let count = match scene.hotspot_count {
        1 => "1 hotspot".to_string(),
        n => format!("{n} hotspots"),
    };
    html! {
        <li class="scene-card" id={format!("scene-{}", scene.id)}>
            <a href={viewer_href(&scene.id)} class="scene-card-link">
                if let Some(image) = &scene.image {
                    <img src={api::assets::url(&image.asset_id)} alt="" loading="lazy"
                        width={image.width.to_string()} height={image.height.to_string()} />
                } else {
                    <span class="no-image" aria-hidden="true"></span>
                }
                <span class="scene-card-title">{ title.clone() }</span>
            </a>
            <p class="scene-card-meta">
                if props.own {
                    <span class={classes!("badge", scene.visibility.as_str())}>{ scene.visibility.label() }</span>
                    { " · " }{ count }
                } else {
                    { format!("by {} · {count}", scene.owner.username) }
                }
            </p>
            if props.own {
                <p class="scene-card-actions">
                    <Link<Route> to={Route::EditScene { id: scene.id.clone() }} classes="button small">
                        { "Edit" }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </Link<Route>>
                    if let Some(onduplicate) = &props.onduplicate {
                        <button type="button" class="button small" onclick={onduplicate.reform(|_| ())}>
                            { "Duplicate" }<span class="visually-hidden">{ format!(" {title}") }</span></button>
                    }
                    <DownloadMenu scene_id={scene.id.clone()} title={title.clone()} small=true />
                    if let Some(ondelete) = &props.ondelete {
                        <button type="button" class="button small danger" onclick={ondelete.reform(|_| ())}>
                            { "Delete" }<span class="visually-hidden">{ format!(" {title}") }</span></button>
                    }
                    if scene.visibility != Visibility::Private {
                        <span class="hint">{ "Shared by link" }</span>
                    }
                    if scene.unread_feedback > 0 {
                        <Link<Route> to={Route::EditScene { id: scene.id.clone() }} classes="badge new-feedback">
                            { match scene.unread_feedback { 1 => "New feedback".to_string(), n => format!("New feedback ({n})") } }
                            <span class="visually-hidden">{ format!(" on {title}") }</span>
                        </Link<Route>>
                    }
                </p>
            }
        </li>
    }
}
