//! The language of Pinpoint's own words for this account, on every device
//! it signs in on: one of the languages Pinpoint speaks, or the browser's.
//! Saved with the account; the page then reloads in it (the server puts
//! the chosen language's catalogue in each page).

use crate::api;
use crate::components::file_input::chosen_option;
use crate::session::use_session;
use crate::text::t;
use model::MePatch;
use yew::prelude::*;

#[function_component(LanguagePicker)]
pub fn language_picker() -> Html {
    let session = use_session();
    let chosen = session
        .session
        .me()
        .and_then(|me| me.language.clone())
        .unwrap_or_default();
    let error = use_state(|| None::<String>);
    let onchange = {
        let error = error.clone();
        Callback::from(move |e: Event| {
            let Some(code) = chosen_option(&e) else {
                return;
            };
            let patch = MePatch {
                language: Some(Some(code).filter(|c| !c.is_empty())),
                ..Default::default()
            };
            let error = error.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::update_me(&patch).await {
                    // Every word on the page changes: load it anew.
                    Ok(_) => {
                        if let Some(window) = web_sys::window() {
                            let _ = window.location().reload();
                        }
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <div class="field">
            <label for="language">{ t("settings-language") }</label>
            <select id="language" {onchange} aria-describedby="language-hint">
                <option value="" selected={chosen.is_empty()}>{ t("settings-language-browser") }</option>
                { for pinpoint_i18n::LANGUAGES.iter().map(|language| html! {
                    // Each in itself, read out in itself.
                    <option value={language.code} lang={language.code} selected={chosen == language.code}>
                        { language.name }
                    </option>
                }) }
            </select>
            <p class="hint" id="language-hint">{ t("settings-language-hint") }</p>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </div>
    }
}
