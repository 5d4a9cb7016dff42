//! `/`: the signed-in user's scenes, or a welcome for everyone else.

use crate::api;
use crate::components::scene_card::SceneCard;
use crate::route::Route;
use crate::session::{use_session, Session};
use model::SceneSummary;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let session = use_session();
    match &session.session {
        Session::Loading => html! { <div class="skeleton skeleton-title" aria-busy="true"></div> },
        Session::SignedOut => html! { <Welcome /> },
        Session::SignedIn(_) => html! { <MyScenes /> },
    }
}

#[function_component(Welcome)]
fn welcome() -> Html {
    html! {
        <section class="welcome">
            <h1>{ "Pictures that explain themselves" }</h1>
            <p class="lead">{ "Pinpoint turns a picture into a lesson: add hotspots that open text, links, images and videos, then share it with a link. Viewers need no account and are never tracked." }</p>
            <p class="cta">
                <Link<Route> to={Route::Signup} classes="button primary">{ "Get started" }</Link<Route>>
                <Link<Route> to={Route::Explore} classes="button">{ "See examples" }</Link<Route>>
            </p>
            <ul class="promises">
                <li><strong>{ "Private by default." }</strong>{ " Scenes start private; you choose who sees them." }</li>
                <li><strong>{ "Made for schools." }</strong>{ " Students' email and birth date are never shown to classmates." }</li>
                <li><strong>{ "Yours to keep." }</strong>{ " Self-hosted, with your data on your own server." }</li>
            </ul>
        </section>
    }
}

#[function_component(MyScenes)]
fn my_scenes() -> Html {
    let scenes = use_state(|| None::<Result<Vec<SceneSummary>, api::ApiError>>);
    {
        let scenes = scenes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                scenes.set(Some(api::scenes::list_own().await));
            });
        });
    }
    let body = match &*scenes {
        None => html! { <div class="skeleton skeleton-image" aria-busy="true"></div> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        Some(Ok(list)) if list.is_empty() => html! {
            <div class="empty">
                <p>{ "You have no scenes yet. Start with a picture: a map, a diagram, a photo of your school." }</p>
                <Link<Route> to={Route::NewScene} classes="button primary">{ "Create your first scene" }</Link<Route>>
            </div>
        },
        Some(Ok(list)) => html! {
            <ul class="scene-grid">
                { for list.iter().map(|s| html! { <SceneCard key={s.id.clone()} scene={s.clone()} own=true /> }) }
            </ul>
        },
    };
    html! {
        <section>
            <div class="section-head">
                <h1>{ "My scenes" }</h1>
                <Link<Route> to={Route::NewScene} classes="button primary">{ "New scene" }</Link<Route>>
            </div>
            { body }
        </section>
    }
}
