//! The school page's learning platforms (LTI 1.3): the tool's addresses an
//! LMS administrator pastes into Canvas, Moodle and the like, and the form
//! where the school's admin enters what the LMS shows in return.

use crate::api::{self, ApiError};
use crate::components::copy_button::CopyButton;
use crate::components::text_field::TextField;
use crate::route::absolute_url;
use model::lti::{LtiPlatform, LtiPlatformSettings};
use yew::prelude::*;

#[function_component(LtiPlatforms)]
pub fn lti_platforms() -> Html {
    let platforms = use_state(|| None::<Result<Vec<LtiPlatform>, ApiError>>);
    let form = use_state(LtiPlatformSettings::default);
    let error = use_state(|| None::<ApiError>);
    let status = use_state(String::new);
    let reload = use_state(|| 0u32);
    {
        let platforms = platforms.clone();
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                platforms.set(Some(api::school::lti_platforms().await));
            });
        });
    }
    let set = |apply: fn(&mut LtiPlatformSettings, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let field_error = |field: &str| match &*error {
        Some(ApiError::Server {
            field: Some(f),
            message,
            ..
        }) if f == field => Some(message.clone()),
        _ => None,
    };
    let general_error = match &*error {
        Some(ApiError::Server { field: Some(_), .. }) | None => None,
        Some(other) => Some(other.message()),
    };
    let onsubmit = {
        let (form, error, status, reload) =
            (form.clone(), error.clone(), status.clone(), reload.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (form, error, status, reload) =
                (form.clone(), error.clone(), status.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::register_lti_platform(&form).await {
                    Ok(platform) => {
                        error.set(None);
                        form.set(LtiPlatformSettings::default());
                        status.set(format!("Registered {}", platform.settings.issuer));
                        reload.set(*reload + 1);
                    }
                    Err(e) => {
                        status.set(String::new());
                        error.set(Some(e));
                    }
                }
            });
        })
    };
    let remove = |id: String| {
        let (status, reload, error) = (status.clone(), reload.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, status, reload, error) =
                (id.clone(), status.clone(), reload.clone(), error.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::remove_lti_platform(&id).await {
                    Ok(()) => {
                        status.set("Removed".into());
                        reload.set(*reload + 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    let tool_url = |label: &'static str, copy: &'static str, path: &str| {
        let url = absolute_url(path);
        html! {
            <>
                <dt>{ label }</dt>
                <dd><code>{ url.clone() }</code>{ " " }<CopyButton text={url} label={copy} what={label} /></dd>
            </>
        }
    };
    let registered = match &*platforms {
        Some(Ok(list)) if !list.is_empty() => html! {
            <ul class="plain-list">
                { for list.iter().map(|p| html! {
                    <li key={p.id.clone()}>
                        <strong>{ p.settings.issuer.clone() }</strong>
                        <span class="hint">{ format!(" client {}, deployment {}", p.settings.client_id, p.settings.deployment_id) }</span>
                        { " " }
                        <button type="button" class="button small" onclick={remove(p.id.clone())}
                            aria-label={format!("Remove {}", p.settings.issuer)}>{ "Remove" }</button>
                    </li>
                }) }
            </ul>
        },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        _ => html! {},
    };
    html! {
        <section class="lti" aria-labelledby="lti-heading">
            <h2 id="lti-heading">{ "Learning platforms (LTI)" }</h2>
            <p class="hint">{ "Show Pinpoint scenes inside Canvas, Moodle or another LMS. Teachers of this school add their scenes from the course editor (the Launch URL also takes deep linking); learners open them there with no Pinpoint account, and nothing about them is kept." }</p>
            <h3>{ "1. Add Pinpoint to your LMS as an LTI 1.3 tool" }</h3>
            <dl class="tool-urls">
                { tool_url("Login URL", "Copy the login URL", "/lti/login") }
                { tool_url("Launch URL", "Copy the launch URL", "/lti/launch") }
                { tool_url("Public keys URL", "Copy the keys URL", "/lti/jwks.json") }
            </dl>
            <h3>{ "2. Enter what your LMS shows for Pinpoint" }</h3>
            { registered }
            <form {onsubmit} class="lti-form">
                <TextField id="lti-issuer" label="Platform issuer" value={form.issuer.clone()}
                    oninput={set(|f, v| f.issuer = v)} error={field_error("issuer")}
                    hint="Such as https://canvas.instructure.com" />
                <TextField id="lti-client-id" label="Client ID" value={form.client_id.clone()}
                    oninput={set(|f, v| f.client_id = v)} error={field_error("client_id")} />
                <TextField id="lti-deployment-id" label="Deployment ID" value={form.deployment_id.clone()}
                    oninput={set(|f, v| f.deployment_id = v)} error={field_error("deployment_id")} />
                <TextField id="lti-auth-url" label="Authorization URL" value={form.auth_url.clone()}
                    oninput={set(|f, v| f.auth_url = v)} error={field_error("auth_url")}
                    hint="The platform's OIDC authentication request URL" />
                <TextField id="lti-jwks-url" label="Keys URL" value={form.jwks_url.clone()}
                    oninput={set(|f, v| f.jwks_url = v)} error={field_error("jwks_url")}
                    hint="The platform's public JWK set URL" />
                if let Some(message) = general_error {
                    <p class="error" role="alert">{ message }</p>
                }
                <button type="submit" class="button">{ "Register platform" }</button>
                <span class="status" aria-live="polite">{ (*status).clone() }</span>
            </form>
        </section>
    }
}
