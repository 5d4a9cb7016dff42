//! Every address the app answers, as SPEC.md lists them.

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
    #[at("/v/:id")]
    Viewer { id: String },
    #[at("/embed/:id")]
    Embed { id: String },
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
