//! The app's root: router, session provider, and the page for each route.

use crate::components::layout::Layout;
use crate::pages;
use crate::route::Route;
use crate::session::SessionProvider;
use yew::prelude::*;
use yew_router::prelude::*;

fn switch(route: Route) -> Html {
    let page = match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        Route::Signup => html! { <pages::signup::SignupPage /> },
        Route::NewScene => html! { <pages::editor::EditorPage id={None::<String>} /> },
        Route::EditScene { id } => html! { <pages::editor::EditorPage id={Some(id)} /> },
        Route::Explore => html! { <pages::explore::ExplorePage /> },
        Route::Classes => html! { <pages::classes::ClassesPage /> },
        Route::Settings => html! { <pages::settings::SettingsPage /> },
        Route::School => html! { <pages::school::SchoolPage /> },
        Route::Privacy => html! { <pages::privacy::PrivacyPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    };
    html! { <Layout>{ page }</Layout> }
}

#[function_component(App)]
pub fn app() -> Html {
    html! {
        <BrowserRouter>
            <SessionProvider>
                <Switch<Route> render={switch} />
            </SessionProvider>
        </BrowserRouter>
    }
}
