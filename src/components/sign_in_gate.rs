//! What a page that needs an account shows until there is one: a
//! placeholder while the session loads, a log-in link when signed out.

use crate::route::Route;
use crate::session::Session;
use model::Me;
use yew::prelude::*;
use yew_router::prelude::*;

/// The signed-in account, or the page to show instead: `title` heads the
/// notice and `why` ends "Log in or sign up …" (as in "to see your
/// classes.").
pub fn signed_in_or_notice(session: &Session, title: &str, why: &str) -> Result<Me, Html> {
    match session {
        Session::SignedIn(me) => Ok(me.clone()),
        Session::Loading => Err(html! {
            <div class="skeleton skeleton-title" aria-busy="true"></div>
        }),
        Session::SignedOut => Err(html! {
            <section class="notice"><h1>{ title.to_string() }</h1>
            <p><Link<Route> to={Route::Login} classes="button primary">{ "Log in" }</Link<Route>>
               { " or " }<Link<Route> to={Route::Signup}>{ "sign up" }</Link<Route>>{ format!(" {why}") }</p></section>
        }),
    }
}
