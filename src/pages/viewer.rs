//! The shared link (`/v/{id}`) and the embed (`/embed/{id}`): the scene's
//! picture with its hotspots, each opening in a dialog.

use crate::api::{self, ApiError};
use crate::components::hotspot_popup::HotspotPopup;
use crate::components::scene_stage::{focus_marker, SceneStage};
use crate::pages::not_found::NotFoundPage;
use crate::route::Route;
use crate::session::use_session;
use model::Scene;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ViewerProps {
    pub id: AttrValue,
    /// Inside another site's iframe: no site header or footer.
    pub embedded: bool,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Loaded(Scene),
    Failed(ApiError),
}

#[function_component(ViewerPage)]
pub fn viewer_page(props: &ViewerProps) -> Html {
    let load = use_state(|| Load::Loading);
    let open = use_state(|| None::<usize>);
    let session = use_session();
    // When a popup closes, focus goes back to its hotspot. This runs after
    // the render that removed the dialog: while a modal dialog is open,
    // nothing outside it can take focus.
    let last_open = use_mut_ref(|| None::<usize>);
    {
        let last_open = last_open.clone();
        use_effect_with(*open, move |open| {
            if let (None, Some(index)) = (open, *last_open.borrow()) {
                focus_marker(index);
            }
            *last_open.borrow_mut() = *open;
        });
    }
    {
        let load = load.clone();
        let open = open.clone();
        use_effect_with(props.id.clone(), move |id| {
            // A tour link opens another scene in this same page.
            open.set(None);
            load.set(Load::Loading);
            let id = id.to_string();
            wasm_bindgen_futures::spawn_local(async move {
                load.set(match api::scenes::get(&id).await {
                    Ok(scene) => Load::Loaded(scene),
                    Err(e) => Load::Failed(e),
                });
            });
        });
    }
    let scene = match &*load {
        Load::Loading => {
            return html! {
                <div class="viewer loading" aria-busy="true">
                    <div class="skeleton skeleton-title"></div>
                    <div class="skeleton skeleton-image"></div>
                    <p class="visually-hidden">{ "Loading the scene" }</p>
                </div>
            }
        }
        Load::Failed(e) if e.status() == Some(404) => {
            return html! { <div class="viewer"><NotFoundPage /></div> }
        }
        Load::Failed(e) => {
            return html! {
                <section class="notice" role="alert"><h1>{ "This scene could not be opened" }</h1><p>{ e.message() }</p></section>
            }
        }
        Load::Loaded(scene) => scene,
    };
    let onactivate = {
        let open = open.clone();
        Callback::from(move |index| open.set(Some(index)))
    };
    let onclose = {
        let open = open.clone();
        Callback::from(move |_| open.set(None))
    };
    let popup = open.and_then(|index| {
        scene.hotspots.get(index).map(|hotspot| {
            let tour_route = hotspot.scene_link.clone().map(|id| {
                if props.embedded { Route::Embed { id } } else { Route::Viewer { id } }
            });
            html! { <HotspotPopup key={hotspot.id.clone()} hotspot={hotspot.clone()} {index} onclose={onclose.clone()} {tour_route} /> }
        })
    });
    let is_owner = session
        .session
        .me()
        .is_some_and(|me| me.id == scene.owner.id);
    html! {
        <div class={classes!("viewer", props.embedded.then_some("embedded"))}>
            if !props.embedded {
                <header class="viewer-header">
                    <Link<Route> to={Route::Home} classes="brand"><span class="brand-mark" aria-hidden="true"></span>{ "Pinpoint" }</Link<Route>>
                    <div>
                        <h1>{ scene.title.clone() }</h1>
                        <p class="byline">{ format!("by {}", scene.owner.username) }</p>
                    </div>
                    if is_owner {
                        <Link<Route> to={Route::EditScene { id: scene.id.clone() }} classes="button">{ "Edit" }</Link<Route>>
                    }
                </header>
            }
            <main class="viewer-main">
                if props.embedded {
                    <h1 class="visually-hidden">{ scene.title.clone() }</h1>
                }
                if let Some(image) = &scene.image {
                    <SceneStage image={image.clone()} hotspots={scene.hotspots.clone()} expanded={*open} {onactivate} />
                } else {
                    <p class="notice">{ "This scene has no picture yet." }</p>
                }
                if !scene.description.is_empty() && !props.embedded {
                    <p class="description">{ scene.description.clone() }</p>
                }
            </main>
            { for popup }
        </div>
    }
}
