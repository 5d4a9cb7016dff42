//! The school page's sign-in domains: email domains whose first sign-ins
//! with a school account (Google, Microsoft, ...) become students of this
//! school.

use crate::api;
use crate::components::text_field::TextField;
use crate::text::t;
use model::{School, SchoolSettingsPatch};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignInDomainsProps {
    pub school: School,
    /// The school as saved.
    pub onsaved: Callback<School>,
}

#[function_component(SignInDomains)]
pub fn sign_in_domains(props: &SignInDomainsProps) -> Html {
    let typed = use_state(|| props.school.sso_domains.join(", "));
    let error = use_state(|| None::<String>);
    let status = use_state(String::new);
    let onsubmit = {
        let (typed, error, status, onsaved) = (
            typed.clone(),
            error.clone(),
            status.clone(),
            props.onsaved.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let domains: Vec<String> = typed
                .split([',', ' ', '\n'])
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(str::to_string)
                .collect();
            let patch = SchoolSettingsPatch {
                sso_domains: Some(domains),
                ..Default::default()
            };
            let (typed, error, status, onsaved) = (
                typed.clone(),
                error.clone(),
                status.clone(),
                onsaved.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::update_settings(&patch).await {
                    Ok(school) => {
                        typed.set(school.sso_domains.join(", "));
                        error.set(None);
                        status.set(t("domains-saved"));
                        onsaved.emit(school);
                    }
                    Err(e) => {
                        status.set(String::new());
                        error.set(Some(e.message()));
                    }
                }
            });
        })
    };
    html! {
        <section class="sign-in-domains" aria-labelledby="domains-heading">
            <h2 id="domains-heading">{ t("domains-title") }</h2>
            <p class="hint">{ t("domains-hint") }</p>
            <form {onsubmit}>
                <TextField id="sso-domains" label={t("domains-field")} value={(*typed).clone()}
                    oninput={Callback::from({ let t = typed.clone(); move |v| t.set(v) })}
                    hint={t("domains-field-hint")}
                    error={(*error).clone()} />
                <button type="submit" class="button">{ t("domains-save") }</button>
                <span class="status" aria-live="polite">{ (*status).clone() }</span>
            </form>
        </section>
    }
}
