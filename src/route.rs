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

impl Route {
    /// The page a route shows. A new scene's editor and that scene's
    /// editor once saved are one page, though the address changes at the
    /// first save.
    pub fn page(&self) -> Route {
        match self {
            Route::EditScene { .. } => Route::NewScene,
            other => other.clone(),
        }
    }
}

/// `path` on this server, as a link to give to someone.
pub fn absolute_url(path: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}

/// The shared link of a scene: the viewer, a page of its own.
pub fn viewer_href(scene_id: &str) -> String {
    format!("/v/{scene_id}")
}
