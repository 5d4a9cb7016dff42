//! `/settings`: the account as the server holds it.

use crate::components::password_form::PasswordForm;
use crate::route::Route;
use crate::session::{use_session, Session};
use model::UserKind;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let session = use_session();
    let me = match &session.session {
        Session::Loading => {
            return html! { <div class="skeleton skeleton-title" aria-busy="true"></div> }
        }
        Session::SignedOut => {
            return html! {
                <section class="notice"><h1>{ "Settings" }</h1>
                <p><Link<Route> to={Route::Login}>{ "Log in" }</Link<Route>>{ " to see your account." }</p></section>
            }
        }
        Session::SignedIn(me) => me,
    };
    let kind = match me.kind {
        UserKind::Individual => "Individual",
        UserKind::Student => "Student",
        UserKind::Teacher => "Teacher",
    };
    html! {
        <section class="form-page">
            <h1>{ "Your account" }</h1>
            <dl class="facts">
                <dt>{ "Username" }</dt><dd>{ me.username.clone() }</dd>
                <dt>{ "Email" }</dt><dd>{ me.email.clone().unwrap_or_else(|| "None".into()) }</dd>
                <dt>{ "Account type" }</dt><dd>{ kind }</dd>
                if let Some(school) = &me.school {
                    <dt>{ "School" }</dt><dd>{ school.name.clone() }{ if me.is_admin { " (admin)" } else { "" } }</dd>
                }
                if let Some(born) = &me.date_of_birth {
                    <dt>{ "Date of birth" }</dt><dd>{ born.clone() }</dd>
                }
            </dl>
            <h2>{ "Password" }</h2>
            <PasswordForm />
            <p class="hint">{ "Changing your username, email or avatar, downloading your data and deleting your account are not available on this server yet." }</p>
        </section>
    }
}
