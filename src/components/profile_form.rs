//! Username, email and (not for students) the marketing choice, changed on
//! the settings page.

use crate::api;
use crate::components::text_field::{error_of, FieldProblem, TextField};
use crate::session::{use_session, Session};
use crate::text::t;
use model::{MePatch, UserKind};
use yew::prelude::*;

#[function_component(ProfileForm)]
pub fn profile_form() -> Html {
    let session = use_session();
    let me = session.session.me().cloned();
    let username = use_state(|| me.as_ref().map(|m| m.username.clone()).unwrap_or_default());
    let email = use_state(|| {
        me.as_ref()
            .and_then(|m| m.email.clone())
            .unwrap_or_default()
    });
    let marketing = use_state(|| me.as_ref().is_some_and(|m| m.marketing_opt_in));
    let error = use_state(|| None::<FieldProblem>);
    let saved = use_state(|| false);
    let Some(me) = me else { return html! {} };

    let onsubmit = {
        let (username, email, marketing, error, saved, session) = (
            username.clone(),
            email.clone(),
            marketing.clone(),
            error.clone(),
            saved.clone(),
            session.clone(),
        );
        let student = me.kind == UserKind::Student;
        let had_email = me.email.is_some();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let patch = MePatch {
                username: Some(username.trim().to_string()),
                // A student without an email may leave it empty.
                email: (had_email || !email.trim().is_empty()).then(|| email.trim().to_string()),
                marketing_opt_in: (!student).then_some(*marketing),
                date_of_birth: None,
                language: None,
            };
            let (error, saved, session) = (error.clone(), saved.clone(), session.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::update_me(&patch).await {
                    Ok(me) => {
                        error.set(None);
                        saved.set(true);
                        session.set(Session::SignedIn(me));
                    }
                    Err(e) => {
                        saved.set(false);
                        error.set(Some(FieldProblem::new(
                            e.field().unwrap_or("form"),
                            e.message(),
                        )));
                    }
                }
            });
        })
    };
    let error_for = |field: &str| error_of(error.as_ref(), field);
    let general = error
        .as_ref()
        .filter(|e| !["username", "email", "marketing_opt_in"].contains(&e.field.as_str()))
        .map(|e| e.message.clone());
    let edited = {
        let saved = saved.clone();
        move |state: UseStateHandle<String>| {
            let saved = saved.clone();
            Callback::from(move |v: String| {
                saved.set(false);
                state.set(v);
            })
        }
    };
    html! {
        <form {onsubmit} class="profile-form">
            <TextField id="profile-username" label={t("profile-username")} value={(*username).clone()}
                oninput={edited(username.clone())} error={error_for("username")}
                hint={t("profile-username-hint")} autocomplete="username" />
            <TextField id="profile-email" label={t("profile-email")} kind="email" value={(*email).clone()}
                oninput={edited(email.clone())} error={error_for("email")}
                hint={t("profile-email-hint")} autocomplete="email" />
            if me.kind != UserKind::Student {
                <label class="check">
                    <input type="checkbox" checked={*marketing}
                        onchange={Callback::from({ let (m, s) = (marketing.clone(), saved.clone()); move |_| { s.set(false); m.set(!*m) } })} />
                    { " " }{ t("profile-marketing") }
                </label>
            }
            if let Some(message) = general {
                <p class="error" role="alert">{ message }</p>
            }
            <p class="form-actions">
                <button type="submit" class="button primary">{ t("profile-save") }</button>
                if *saved { <span class="saved" role="status">{ " " }{ t("profile-saved") }</span> }
            </p>
        </form>
    }
}
