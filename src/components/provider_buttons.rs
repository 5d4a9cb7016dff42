//! "Sign in with {label}": a button for each school account the operator
//! configured (none, and nothing shown, when there are none). Each is a
//! plain link: the browser goes to the provider and comes back signed in.

use crate::api;
use crate::text::{t, t_with, Arg};
use model::SignInProvider;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProviderButtonsProps {
    /// Where to come back to once signed in (a path here).
    #[prop_or_else(|| "/".to_string())]
    pub return_to: String,
}

#[function_component(ProviderButtons)]
pub fn provider_buttons(props: &ProviderButtonsProps) -> Html {
    let providers = use_state(Vec::<SignInProvider>::new);
    {
        let providers = providers.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Without the list the page still offers the password.
                if let Ok(list) = api::auth::providers().await {
                    providers.set(list);
                }
            });
        });
    }
    if providers.is_empty() {
        return html! {};
    }
    html! {
        <div class="sign-in-providers">
            <ul role="list">
                { for providers.iter().map(|p| html! {
                    <li key={p.name.clone()}>
                        <a class="button provider" href={p.start_url(&props.return_to)}>
                            { t_with("login-with", &[("provider", Arg::Text(&p.label))]) }
                        </a>
                    </li>
                }) }
            </ul>
            <p class="or-line" aria-hidden="true"><span>{ t("login-or") }</span></p>
        </div>
    }
}
