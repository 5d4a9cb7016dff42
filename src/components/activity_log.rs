//! The account's activity log on the settings page: what happened, when,
//! and from which address, newest first.

use crate::api;
use crate::text::{date, t, t_with, Arg, DateStyle};
use model::{ActivityEntry, ActivityKind};
use yew::prelude::*;

/// Entries shown before "Show all".
const FIRST: usize = 20;

/// The message naming what happened.
fn kind_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::AccountCreated => "activity-kind-account-created",
        ActivityKind::SignIn => "activity-kind-sign-in",
        ActivityKind::SignInFailed => "activity-kind-sign-in-failed",
        ActivityKind::SignOut => "activity-kind-sign-out",
        ActivityKind::PasswordChanged => "activity-kind-password-changed",
        ActivityKind::SettingsChanged => "activity-kind-settings-changed",
        ActivityKind::ChangedByAdmin => "activity-kind-changed-by-admin",
        ActivityKind::SceneCreated => "activity-kind-scene-created",
        ActivityKind::SceneDeleted => "activity-kind-scene-deleted",
        ActivityKind::VisibilityChanged => "activity-kind-visibility-changed",
        ActivityKind::DataExported => "activity-kind-data-exported",
        ActivityKind::AccountDeleted => "activity-kind-account-deleted",
        ActivityKind::ProviderConnected => "activity-kind-provider-connected",
        ActivityKind::ProviderRemoved => "activity-kind-provider-removed",
        ActivityKind::LearningPlatformLinked => "activity-kind-learning-platform-linked",
        ActivityKind::ClassWorkExported => "activity-kind-class-work-exported",
        ActivityKind::SchoolExported => "activity-kind-school-exported",
        ActivityKind::SchoolDeleted => "activity-kind-school-deleted",
    }
}

/// What happened, with the server's detail (a name, or words of its own)
/// after it.
fn what(entry: &ActivityEntry) -> String {
    let kind = t(kind_key(entry.kind));
    match &entry.detail {
        Some(detail) => t_with(
            "activity-with-detail",
            &[("what", Arg::Text(&kind)), ("detail", Arg::Text(detail))],
        ),
        None => kind,
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
        None => return html! { <p aria-busy="true">{ t("activity-loading") }</p> },
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
                <caption class="visually-hidden">{ t("activity-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t("activity-when") }</th>
                    <th scope="col">{ t("activity-what") }</th>
                    <th scope="col">{ t("activity-from") }</th>
                </tr></thead>
                <tbody>
                    { for list[..shown].iter().map(|entry| html! {
                        <tr>
                            <td><time datetime={entry.at.clone()}>{ date(&entry.at, DateStyle::DayTime) }</time></td>
                            <td>{ what(entry) }</td>
                            <td>{ entry.ip.clone().unwrap_or_else(|| "—".into()) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if shown < list.len() {
                <button type="button" class="button" onclick={Callback::from(move |_| all.set(true))}>
                    { t_with("activity-show-all", &[("count", Arg::Number(list.len() as f64))]) }
                </button>
            }
        </>
    }
}
