//! Every address the app answers, as SPEC.md lists them. The shared link
//! (`/v/{id}`) and the embed (`/embed/{id}`) are not here: they are the
//! separate, smaller viewer program (`viewer/`), reached by ordinary links.

use yew_router::Routable;

#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/login")]
    Login,
    #[at("/signup")]
    Signup,
    #[at("/new")]
    NewScene,
    #[at("/s/:id/edit")]
    EditScene { id: String },
    #[at("/explore")]
    Explore,
    #[at("/classes")]
    Classes,
    #[at("/settings")]
    Settings,
    #[at("/school")]
    School,
    #[at("/privacy")]
    Privacy,
    #[not_found]
    #[at("/404")]
    NotFound,
}

/// The shared link of a scene: the viewer, a page of its own.
pub fn viewer_href(scene_id: &str) -> String {
    format!("/v/{scene_id}")
}
