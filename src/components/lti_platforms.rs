//! The school page's learning platforms (LTI 1.3): the tool's addresses an
//! LMS administrator pastes into Canvas, Moodle and the like, and the form
//! where the school's admin enters what the LMS shows in return.

use crate::api::{self, ApiError};
use crate::components::copy_button::CopyButton;
use crate::components::text_field::TextField;
use crate::route::absolute_url;
use crate::text::{t, t_with, Arg};
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
                        status.set(t_with(
                            "lti-registered",
                            &[("issuer", Arg::Text(&platform.settings.issuer))],
                        ));
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
                        status.set(t("lti-removed"));
                        reload.set(*reload + 1);
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
        })
    };
    // `label` and `copy` are message keys.
    let tool_url = |label: &str, copy: &str, path: &str| {
        let url = absolute_url(path);
        let (label, copy) = (t(label), t(copy));
        html! {
            <>
                <dt>{ label.clone() }</dt>
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
                        <span class="hint">{ " " }{ t_with("lti-platform-ids", &[
                            ("client", Arg::Text(&p.settings.client_id)),
                            ("deployment", Arg::Text(&p.settings.deployment_id)),
                        ]) }</span>
                        { " " }
                        <button type="button" class="button small" onclick={remove(p.id.clone())}
                            aria-label={t_with("lti-remove-platform", &[("issuer", Arg::Text(&p.settings.issuer))])}>{ t("lti-remove") }</button>
                    </li>
                }) }
            </ul>
        },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        _ => html! {},
    };
    html! {
        <section class="lti" aria-labelledby="lti-heading">
            <h2 id="lti-heading">{ t("lti-title") }</h2>
            <p class="hint">{ t("lti-hint") }</p>
            <h3>{ t("lti-step-1") }</h3>
            <dl class="tool-urls">
                { tool_url("lti-login-url", "lti-copy-login-url", "/lti/login") }
                { tool_url("lti-launch-url", "lti-copy-launch-url", "/lti/launch") }
                { tool_url("lti-keys-url", "lti-copy-keys-url", "/lti/jwks.json") }
            </dl>
            <h3>{ t("lti-step-2") }</h3>
            { registered }
            <form {onsubmit} class="lti-form">
                <TextField id="lti-issuer" label={t("lti-issuer")} value={form.issuer.clone()}
                    oninput={set(|f, v| f.issuer = v)} error={field_error("issuer")}
                    hint={t("lti-issuer-hint")} />
                <TextField id="lti-client-id" label={t("lti-client-id")} value={form.client_id.clone()}
                    oninput={set(|f, v| f.client_id = v)} error={field_error("client_id")} />
                <TextField id="lti-deployment-id" label={t("lti-deployment-id")} value={form.deployment_id.clone()}
                    oninput={set(|f, v| f.deployment_id = v)} error={field_error("deployment_id")} />
                <TextField id="lti-auth-url" label={t("lti-auth-url")} value={form.auth_url.clone()}
                    oninput={set(|f, v| f.auth_url = v)} error={field_error("auth_url")}
                    hint={t("lti-auth-url-hint")} />
                <TextField id="lti-jwks-url" label={t("lti-jwks-url")} value={form.jwks_url.clone()}
                    oninput={set(|f, v| f.jwks_url = v)} error={field_error("jwks_url")}
                    hint={t("lti-jwks-url-hint")} />
                if let Some(message) = general_error {
                    <p class="error" role="alert">{ message }</p>
                }
                <button type="submit" class="button">{ t("lti-register") }</button>
                <span class="status" aria-live="polite">{ (*status).clone() }</span>
            </form>
        </section>
    }
}
