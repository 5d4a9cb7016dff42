//! A scene in a list: picture, title, and where it leads.

use crate::api;
use crate::components::download_menu::DownloadMenu;
use crate::route::{viewer_href, Route};
use crate::text::{t, t_with, visibility_label, Arg};
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
        t("scene-untitled")
    } else {
        scene.title.clone()
    };
    let count = t_with(
        "card-hotspots",
        &[("count", Arg::Number(scene.hotspot_count as f64))],
    );
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
                    <span class={classes!("badge", scene.visibility.as_str())}>{ visibility_label(scene.visibility) }</span>
                    { " · " }{ count }
                } else {
                    { t_with("card-by", &[("username", Arg::Text(&scene.owner.username))]) }{ " · " }{ count }
                }
            </p>
            if props.own {
                <p class="scene-card-actions">
                    <Link<Route> to={Route::EditScene { id: scene.id.clone() }} classes="button small">
                        { t("card-edit") }<span class="visually-hidden">{ format!(" {title}") }</span>
                    </Link<Route>>
                    if let Some(onduplicate) = &props.onduplicate {
                        <button type="button" class="button small" onclick={onduplicate.reform(|_| ())}>
                            { t("card-duplicate") }<span class="visually-hidden">{ format!(" {title}") }</span></button>
                    }
                    <DownloadMenu scene_id={scene.id.clone()} title={title.clone()} small=true />
                    if let Some(ondelete) = &props.ondelete {
                        <button type="button" class="button small danger" onclick={ondelete.reform(|_| ())}>
                            { t("card-delete") }<span class="visually-hidden">{ format!(" {title}") }</span></button>
                    }
                    if scene.visibility != Visibility::Private {
                        <span class="hint">{ t("card-shared") }</span>
                    }
                    if scene.unread_feedback > 0 {
                        <Link<Route> to={Route::EditScene { id: scene.id.clone() }} classes="badge new-feedback">
                            { t_with("card-feedback", &[("count", Arg::Number(scene.unread_feedback as f64))]) }
                            <span class="visually-hidden">{ " " }{ t_with("card-feedback-on", &[("title", Arg::Text(&title))]) }</span>
                        </Link<Route>>
                    }
                </p>
            }
        </li>
    }
}
