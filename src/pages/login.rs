//! Log in with a username or email address and a password.

use crate::api;
use crate::components::provider_buttons::ProviderButtons;
use crate::components::text_field::TextField;
use crate::route::Route;
use crate::session::use_session;
use crate::text::t;
use model::LoginRequest;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(LoginPage)]
pub fn login_page() -> Html {
    let session = use_session();
    let navigator = use_navigator();
    let login = use_state(String::new);
    let password = use_state(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    // Back from a school sign-in that did not work: why.
    let refused = use_location()
        .and_then(|l| l.query::<LoginQuery>().ok())
        .and_then(|q| q.sso_error)
        .map(|code| model::sign_in::refusal_message(&code).to_string());

    let onsubmit = {
        let (login, password, error, busy) =
            (login.clone(), password.clone(), error.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let req = LoginRequest {
                login: (*login).clone(),
                password: (*password).clone(),
            };
            let (session, navigator, error, busy) = (
                session.clone(),
                navigator.clone(),
                error.clone(),
                busy.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::login(&req).await {
                    Ok(me) => session.enter(me, navigator),
                    Err(e) => {
                        error.set(Some(e.message()));
                        busy.set(false);
                    }
                }
            });
        })
    };
    html! {
        <section class="form-page">
            <h1>{ t("login-title") }</h1>
            if let Some(message) = refused {
                <p class="error" role="alert">{ message }</p>
            }
            <ProviderButtons />
            <form {onsubmit} novalidate=true>
                <TextField id="login-username" label={t("login-username")} value={(*login).clone()}
                    oninput={Callback::from({ let s = login.clone(); move |v| s.set(v) })}
                    autocomplete="username" required=true />
                <TextField id="login-password" label={t("login-password")} kind="password" value={(*password).clone()}
                    oninput={Callback::from({ let s = password.clone(); move |v| s.set(v) })}
                    autocomplete="current-password" required=true />
                if let Some(message) = &*error {
                    <p class="error" role="alert">{ message.clone() }</p>
                }
                <button type="submit" class="button primary" aria-disabled={busy.to_string()}>{ t("login-submit") }</button>
            </form>
            <p>{ t("login-new-here") }{ " " }<Link<Route> to={Route::Signup}>{ t("login-sign-up") }</Link<Route>></p>
        </section>
    }
}

#[derive(serde::Deserialize)]
struct LoginQuery {
    sso_error: Option<String>,
}
