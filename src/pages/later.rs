//! Pages whose features this server does not offer yet. They say so plainly
//! rather than show controls that do nothing.

use yew::prelude::*;

#[function_component(ClassesPage)]
pub fn classes_page() -> Html {
    html! {
        <section class="notice">
            <h1>{ "Classes" }</h1>
            <p>{ "Classes, join codes and teacher feedback are not available on this server yet." }</p>
        </section>
    }
}

#[function_component(SchoolPage)]
pub fn school_page() -> Html {
    html! {
        <section class="notice">
            <h1>{ "School" }</h1>
            <p>{ "School settings and user management are not available on this server yet." }</p>
        </section>
    }
}
