//! The account's activity log on the settings page: what happened, when,
//! and from which address, newest first.

use crate::api;
use model::ActivityEntry;
use yew::prelude::*;

/// Entries shown before "Show all".
const FIRST: usize = 20;

/// `2026-11-28T10:05:00Z` as `2026-11-28 10:05 UTC`.
fn when(at: &str) -> String {
    match (at.get(..10), at.get(11..16)) {
        (Some(date), Some(time)) => format!("{date} {time} UTC"),
        _ => at.to_string(),
    }
}

#[function_component(ActivityLog)]
pub fn activity_log() -> Html {
    let entries = use_state(|| None::<Result<Vec<ActivityEntry>, String>>);
    let all = use_state(|| false);
    {
        let entries = entries.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                entries.set(Some(api::auth::activity().await.map_err(|e| e.message())));
            });
        });
    }
    let list = match &*entries {
        None => return html! { <p aria-busy="true">{ "Loading your activity…" }</p> },
        Some(Err(message)) => {
            return html! { <p class="error" role="alert">{ message.clone() }</p> }
        }
        Some(Ok(list)) => list,
    };
    let shown = if *all {
        list.len()
    } else {
        list.len().min(FIRST)
    };
    html! {
        <>
            <table class="activity">
                <caption class="visually-hidden">{ "Your activity, newest first" }</caption>
                <thead><tr><th scope="col">{ "When" }</th><th scope="col">{ "What" }</th><th scope="col">{ "From" }</th></tr></thead>
                <tbody>
                    { for list[..shown].iter().map(|entry| html! {
                        <tr>
                            <td><time datetime={entry.at.clone()}>{ when(&entry.at) }</time></td>
                            <td>
                                { entry.kind.label() }
                                if let Some(detail) = &entry.detail { { format!(": {detail}") } }
                            </td>
                            <td>{ entry.ip.clone().unwrap_or_else(|| "—".into()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if shown < list.len() {
                <button type="button" class="button" onclick={Callback::from(move |_| all.set(true))}>
                    { format!("Show all {} entries", list.len()) }
                </button>
            }
        </>
    }
}
