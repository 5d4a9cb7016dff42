//! What a page that needs an account shows until there is one: a
//! placeholder while the session loads, a log-in link when signed out.

use crate::route::Route;
use crate::session::Session;
use crate::text::t;
use model::Me;
use yew::prelude::*;
use yew_router::prelude::*;

/// The signed-in account, or the page to show instead: the notice headed
/// by the message `title` and saying `why` (keys of the catalogue), with
/// the way in.
pub fn signed_in_or_notice(session: &Session, title: &str, why: &str) -> Result<Me, Html> {
    match session {
        Session::SignedIn(me) => Ok(me.clone()),
        Session::Loading => Err(html! {
            <div class="skeleton skeleton-title" aria-busy="true"></div>
        }),
        Session::SignedOut => Err(html! {
            <section class="notice"><h1>{ t(title) }</h1>
            <p>{ t(why) }</p>
            <p class="cta"><Link<Route> to={Route::Login} classes="button primary">{ t("gate-log-in") }</Link<Route>>
               { " " }<Link<Route> to={Route::Signup} classes="button">{ t("gate-sign-up") }</Link<Route>></p></section>
        }),
    }
}
