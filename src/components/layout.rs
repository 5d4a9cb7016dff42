//! The frame around every page but the embed: header with navigation and
//! the session's controls, and a footer.

use crate::api;
use crate::components::birth_date_prompt::{owes_birth_date, BirthDatePrompt};
use crate::components::page_heading::use_page_heading;
use crate::components::password_form::PasswordForm;
use crate::route::Route;
use crate::session::{use_session, Session};
use crate::text::t;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayoutProps {
    pub children: Children,
}

#[function_component(Layout)]
pub fn layout(props: &LayoutProps) -> Html {
    let session = use_session();
    let navigator = use_navigator();
    let main = use_node_ref();
    use_page_heading(&main);
    let logout = {
        let session = session.clone();
        Callback::from(move |_| {
            let session = session.clone();
            let navigator = navigator.clone();
            wasm_bindgen_futures::spawn_local(async move {
                // Whatever the server says, the app forgets the session.
                let _ = api::auth::logout().await;
                session.sign_out();
                if let Some(nav) = navigator {
                    nav.push(&Route::Home);
                }
            });
        })
    };
    let account = match &session.session {
        Session::Loading => html! {},
        Session::SignedOut => html! {
            <>
                <Link<Route> to={Route::Login} classes="nav-link">{ t("app-log-in") }</Link<Route>>
                <Link<Route> to={Route::Signup} classes="button primary">{ t("app-sign-up") }</Link<Route>>
            </>
        },
        Session::SignedIn(me) => html! {
            <>
                <Link<Route> to={Route::NewScene} classes="button primary">{ t("app-new-scene") }</Link<Route>>
                <Link<Route> to={Route::Settings} classes="nav-link account-link">
                    if let Some(avatar) = &me.avatar {
                        <img class="avatar avatar-small" src={crate::api::assets::url(avatar)} alt="" />
                    }
                    <span>{ t("app-settings") }</span>
                    <span class="account-name">{ format!("({})", me.username) }</span>
                </Link<Route>>
                <button type="button" class="button" onclick={logout}>{ t("app-log-out") }</button>
            </>
        },
    };
    html! {
        <div class="page">
            <header class="site-header">
                <Link<Route> to={Route::Home} classes="brand">
                    <span class="brand-mark" aria-hidden="true"></span>{ t("app-brand") }
                </Link<Route>>
                <nav aria-label={t("app-nav-label")}>
                    <Link<Route> to={Route::Explore} classes="nav-link">{ t("app-nav-explore") }</Link<Route>>
                    if session.session.me().is_some() {
                        <Link<Route> to={Route::Home} classes="nav-link">{ t("app-nav-my-scenes") }</Link<Route>>
                    }
                    if session.session.me().is_some_and(|me| me.school.is_some()) {
                        <Link<Route> to={Route::Classes} classes="nav-link">{ t("app-nav-classes") }</Link<Route>>
                    }
                    if session.session.me().is_some_and(|me| me.is_admin) {
                        <Link<Route> to={Route::School} classes="nav-link">{ t("app-nav-school") }</Link<Route>>
                    }
                </nav>
                <div class="account">{ account }</div>
            </header>
            <main id="main" ref={main}>
                if session.session.me().is_some_and(|me| me.must_change_password) {
                    // A teacher or admin chose this password: the user picks
                    // their own before anything else.
                    <section class="form-page">
                        <h1>{ t("app-own-password-title") }</h1>
                        <p>{ t("app-own-password-text") }</p>
                        <PasswordForm current_label={t("app-one-time-password")} submit_label={t("app-save-my-password")} />
                    </section>
                } else if session.session.me().is_some_and(owes_birth_date) {
                    <BirthDatePrompt />
                } else {
                    { props.children.clone() }
                }
            </main>
            <footer class="site-footer">
                <span>{ t("app-footer") }</span>
                <Link<Route> to={Route::Privacy}>{ t("app-privacy") }</Link<Route>>
            </footer>
        </div>
    }
}
