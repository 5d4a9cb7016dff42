//! The app's root: router, session provider, and the page for each route.
//!
//! The app is built as two programs from this one crate, so that a first
//! visit downloads only the code of the page it opens: the editor (with the
//! `editor` feature; the server serves it at `/new` and `/s/{id}/edit`) and
//! everything else. A route the running program does not hold is loaded
//! from the server, which hands out the other program for it.

use crate::components::layout::Layout;
use crate::components::page_heading::ARRIVED_BY_LINK;
use crate::pages;
use crate::route::Route;
use crate::session::SessionProvider;
use yew::prelude::*;
use yew_router::prelude::*;

#[cfg(feature = "editor")]
fn page(route: Route) -> Html {
    match route {
        Route::NewScene => html! { <pages::editor::EditorPage id={None::<String>} /> },
        Route::EditScene { id } => html! { <pages::editor::EditorPage id={Some(id)} /> },
        _ => html! { <LoadFromServer /> },
    }
}

#[cfg(not(feature = "editor"))]
fn page(route: Route) -> Html {
    match route {
        Route::Home => html! { <pages::home::HomePage /> },
        Route::Login => html! { <pages::login::LoginPage /> },
        Route::Signup => html! { <pages::signup::SignupPage /> },
        Route::NewScene | Route::EditScene { .. } => html! { <LoadFromServer /> },
        Route::Explore => html! { <pages::explore::ExplorePage /> },
        Route::Classes => html! { <pages::classes::ClassesPage /> },
        Route::Settings => html! { <pages::settings::SettingsPage /> },
        Route::School => html! { <pages::school::SchoolPage /> },
        Route::Privacy => html! { <pages::privacy::PrivacyPage /> },
        Route::NotFound => html! { <pages::not_found::NotFoundPage /> },
    }
}

fn switch(route: Route) -> Html {
    html! { <Layout>{ page(route) }</Layout> }
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

/// A page of the other program: the address is already the new one, so
/// loading it again fetches that program from the server. Once per address:
/// if the server answers with this same program again (an address neither
/// program holds, such as `/editor/`), the page says so instead of loading
/// for ever.
#[function_component(LoadFromServer)]
fn load_from_server() -> Html {
    const MARK: &str = "pinpoint-loaded-from-server";
    let storage = web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let here = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let again = storage
        .as_ref()
        .and_then(|s| s.get_item(MARK).ok().flatten())
        .is_some_and(|path| path == here);
    use_effect_with(again, move |again| {
        if let Some(storage) = &storage {
            let _ = if *again {
                storage.remove_item(MARK)
            } else {
                storage
                    .set_item(ARRIVED_BY_LINK, &here)
                    .and_then(|_| storage.set_item(MARK, &here))
            };
        }
        if !*again {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        }
    });
    if again {
        html! { <pages::not_found::NotFoundPage /> }
    } else {
        html! { <div class="skeleton skeleton-title" aria-busy="true"></div> }
    }
}
