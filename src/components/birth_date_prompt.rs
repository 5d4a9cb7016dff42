//! A student whose account a school sign-in made gives their date of birth
//! at their first visit (Pinpoint's age rules need it); afterwards only
//! their school's admin changes it.

use crate::api;
use crate::components::text_field::TextField;
use crate::session::{use_session, Session};
use crate::text::t;
use model::{Me, MePatch, UserKind};
use yew::prelude::*;

#[function_component(BirthDatePrompt)]
pub fn birth_date_prompt() -> Html {
    let session = use_session();
    let date = use_state(String::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (date, error, session) = (date.clone(), error.clone(), session.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let patch = MePatch {
                date_of_birth: Some((*date).clone()),
                ..Default::default()
            };
            let (error, session) = (error.clone(), session.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::update_me(&patch).await {
                    Ok(me) => session.set(Session::SignedIn(me)),
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <section class="form-page">
            <h1>{ t("birth-date-title") }</h1>
            <form {onsubmit}>
                <TextField id="first-birth-date" label={t("birth-date-label")} kind="date" value={(*date).clone()}
                    oninput={Callback::from({ let d = date.clone(); move |v| d.set(v) })}
                    hint={t("birth-date-hint")}
                    error={(*error).clone()} required=true />
                <button type="submit" class="button primary">{ t("birth-date-save") }</button>
            </form>
        </section>
    }
}

/// Whether `me` still owes its date of birth (a student a school sign-in
/// made).
pub fn owes_birth_date(me: &Me) -> bool {
    me.kind == UserKind::Student && me.date_of_birth.is_none()
}
