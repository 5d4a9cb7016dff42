//! The page for an address that leads nowhere, or to something not shared
//! with the visitor: the two look the same on purpose.

use crate::route::Route;
use crate::text::t;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    html! {
        <section class="notice">
            <h1>{ t("not-found-title") }</h1>
            <p>{ t("not-found-text") }</p>
            <p><Link<Route> to={Route::Explore} classes="button">{ t("not-found-explore") }</Link<Route>></p>
        </section>
    }
}
