//! Settings: the school accounts (Google, Microsoft, ...) connected for
//! signing in, to connect more or remove one. Connecting proves it is the
//! owner first: the password, or for an account without one a sign-in in
//! the last few minutes.

use crate::api;
use crate::components::text_field::TextField;
use crate::text::{date, t, t_with, Arg, DateStyle};
use model::{ConnectProvider, ConnectedProvider, SignInProvider};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConnectedProvidersProps {
    pub has_password: bool,
}

#[function_component(ConnectedProviders)]
pub fn connected_providers(props: &ConnectedProvidersProps) -> Html {
    let available = use_state(Vec::<SignInProvider>::new);
    let connected = use_state(|| None::<Vec<ConnectedProvider>>);
    let connecting = use_state(|| None::<String>);
    let password = use_state(String::new);
    let error = use_state(|| None::<String>);
    let reload = use_state(|| 0u32);
    let said = use_state(String::new);
    let section = use_node_ref();
    {
        // Asked for the password: the focus goes to its field.
        let section = section.clone();
        use_effect_with((*connecting).clone(), move |connecting| {
            if connecting.is_some() {
                crate::components::focus::focus_in(&section, "#connect-password");
            }
        });
    }
    {
        let (available, connected) = (available.clone(), connected.clone());
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(list) = api::auth::providers().await {
                    available.set(list);
                }
                if let Ok(list) = api::auth::connected_providers().await {
                    connected.set(Some(list));
                }
            });
        });
    }
    let Some(linked) = &*connected else {
        return html! {};
    };
    if available.is_empty() && linked.is_empty() {
        return html! {};
    }
    let start = {
        let error = error.clone();
        move |provider: String, password: Option<String>| {
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let req = ConnectProvider { provider, password };
                match api::auth::connect_provider(&req).await {
                    Ok(answer) => {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().assign(&answer.url);
                        }
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        }
    };
    let remove = |name: String, label: String| {
        let (error, reload, said, section) =
            (error.clone(), reload.clone(), said.clone(), section.clone());
        Callback::from(move |_: MouseEvent| {
            let (name, label, error, reload, said, section) = (
                name.clone(),
                label.clone(),
                error.clone(),
                reload.clone(),
                said.clone(),
                section.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::remove_provider(&name).await {
                    Ok(()) => {
                        error.set(None);
                        said.set(t_with(
                            "providers-removed",
                            &[("provider", Arg::Text(&label))],
                        ));
                        reload.set(*reload + 1);
                        // The button is gone: the section's heading keeps
                        // the focus.
                        crate::components::focus::focus_in(&section, "h2");
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    let unlinked: Vec<&SignInProvider> = available
        .iter()
        .filter(|p| !linked.iter().any(|l| l.name == p.name))
        .collect();
    html! {
        <section class="connected-providers" aria-labelledby="providers-heading" ref={section.clone()}>
            <h2 id="providers-heading" tabindex="-1">{ t("providers-title") }</h2>
            <p>{ t("providers-intro") }</p>
            if !linked.is_empty() {
                <ul class="plain-list">
                    { for linked.iter().map(|p| html! {
                        <li key={p.name.clone()}>
                            <strong>{ p.label.clone() }</strong>
                            <span class="hint">{ " " }{ t_with("providers-connected", &[("date", Arg::Text(&date(&p.connected_at, DateStyle::Day)))]) }</span>
                            { " " }
                            <button type="button" class="button small" onclick={remove(p.name.clone(), p.label.clone())}
                                aria-label={t_with("providers-remove-label", &[("provider", Arg::Text(&p.label))])}>{ t("providers-remove") }</button>
                        </li>
                    }) }
                </ul>
            }
            { for unlinked.iter().map(|p| {
                let name = p.name.clone();
                if connecting.as_deref() == Some(name.as_str()) {
                    let onsubmit = {
                        let (start, password, name) = (start.clone(), password.clone(), name.clone());
                        Callback::from(move |e: SubmitEvent| {
                            e.prevent_default();
                            start(name.clone(), Some((*password).clone()));
                        })
                    };
                    html! {
                        <form key={name.clone()} {onsubmit} class="connect-form">
                            <TextField id="connect-password" label={t("providers-password")} kind="password"
                                value={(*password).clone()} autocomplete="current-password"
                                oninput={Callback::from({ let p = password.clone(); move |v| p.set(v) })}
                                hint={t("providers-password-hint")} />
                            <button type="submit" class="button primary">{ t_with("providers-continue", &[("provider", Arg::Text(&p.label))]) }</button>
                            <button type="button" class="button" onclick={Callback::from({ let c = connecting.clone(); move |_| c.set(None) })}>{ t("providers-cancel") }</button>
                        </form>
                    }
                } else {
                    let onclick = {
                        let (start, connecting, has_password) = (start.clone(), connecting.clone(), props.has_password);
                        Callback::from(move |_: MouseEvent| {
                            if has_password {
                                connecting.set(Some(name.clone()));
                            } else {
                                start(name.clone(), None);
                            }
                        })
                    };
                    html! {
                        <p key={p.name.clone()}>
                            <button type="button" class="button" {onclick}>{ t_with("providers-connect", &[("provider", Arg::Text(&p.label))]) }</button>
                        </p>
                    }
                }
            }) }
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            <p class="status" role="status">{ (*said).clone() }</p>
        </section>
    }
}
