//! Changing one's password: on the settings page, and at the first sign-in
//! with a password a teacher or admin chose.

use crate::api;
use crate::components::text_field::{error_of, FieldProblem, TextField};
use crate::session::{use_session, Session};
use crate::text::t;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasswordFormProps {
    /// What the current password is called here ("One-time password").
    #[prop_or_else(default_current_label)]
    pub current_label: AttrValue,
    #[prop_or_else(default_submit_label)]
    pub submit_label: AttrValue,
}

fn default_current_label() -> AttrValue {
    t("password-current").into()
}

fn default_submit_label() -> AttrValue {
    t("password-change").into()
}

#[function_component(PasswordForm)]
pub fn password_form(props: &PasswordFormProps) -> Html {
    let session = use_session();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let error = use_state(|| None::<FieldProblem>);
    let done = use_state(|| false);
    let onsubmit = {
        let (current, new, error, done, session) = (
            current.clone(),
            new.clone(),
            error.clone(),
            done.clone(),
            session.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (current, new, error, done, session) = (
                current.clone(),
                new.clone(),
                error.clone(),
                done.clone(),
                session.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::change_password(&current, &new).await {
                    Ok(()) => {
                        current.set(String::new());
                        new.set(String::new());
                        error.set(None);
                        done.set(true);
                        if let Ok(Some(me)) = api::auth::me().await {
                            session.set(Session::SignedIn(me));
                        }
                    }
                    Err(e) => error.set(Some(FieldProblem::new(
                        e.field().unwrap_or("form"),
                        e.message(),
                    ))),
                }
            });
        })
    };
    let error_for = |field: &str| error_of(error.as_ref(), field);
    // An account a school sign-in made has no password yet: it sets one.
    let has_password = session.session.me().is_none_or(|me| me.has_password);
    let general = error
        .as_ref()
        .filter(|e| e.field != "current_password" && e.field != "new_password")
        .map(|e| e.message.clone());
    html! {
        <form {onsubmit} class="password-form">
            if has_password {
                <TextField id="password-current" label={props.current_label.clone()} kind="password" value={(*current).clone()}
                    oninput={Callback::from({ let s = current.clone(); move |v| s.set(v) })}
                    error={error_for("current_password")} autocomplete="current-password" />
            } else if let Some(message) = error_for("current_password") {
                <p class="error" role="alert">{ message }</p>
            }
            <TextField id="password-new" label={t("password-new")} kind="password" value={(*new).clone()}
                oninput={Callback::from({ let s = new.clone(); move |v| s.set(v) })}
                error={error_for("new_password")} hint={t("password-new-hint")} autocomplete="new-password" />
            if let Some(message) = general {
                <p class="error" role="alert">{ message }</p>
            }
            if *done {
                <p class="status ok" role="status">{ t("password-changed") }</p>
            }
            <button type="submit" class="button primary">{ props.submit_label.clone() }</button>
        </form>
    }
}
