//! The page for an address that leads nowhere, or to something not shared
//! with the visitor: the two look the same on purpose.

use crate::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(NotFoundPage)]
pub fn not_found_page() -> Html {
    html! {
        <section class="notice">
            <h1>{ "Not found, or not shared with you" }</h1>
            <p>{ "This page does not exist, or its owner has not shared it with you. If someone sent you this link, ask them to check it." }</p>
            <p><Link<Route> to={Route::Explore} classes="button">{ "Explore public scenes" }</Link<Route>></p>
        </section>
    }
}
