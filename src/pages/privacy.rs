//! `/privacy`: what Pinpoint stores, for how long, and who sees it, in
//! plain words. Keep it true to the code: change it with the code (and its
//! messages, `privacy-*`, in every catalogue).

use crate::text::{t, visibility_label};
use model::Visibility;
use yew::prelude::*;

/// A paragraph of the message `key`.
fn para(key: &str) -> Html {
    html! { <p>{ t(key) }</p> }
}

/// A list of the messages `keys`, one item each.
fn list(keys: &[&str]) -> Html {
    html! {
        <ul>
            { for keys.iter().map(|key| html! { <li>{ t(key) }</li> }) }
        </ul>
    }
}

/// Who sees a scene of `visibility`: its name, then the message `key`.
fn who(visibility: Visibility, key: &str) -> Html {
    html! { <li><strong>{ visibility_label(visibility) }</strong>{ t(key) }</li> }
}

#[function_component(PrivacyPage)]
pub fn privacy_page() -> Html {
    html! {
        <article class="prose">
            <h1>{ t("privacy-title") }</h1>
            <p class="lead">{ t("privacy-lead") }</p>
            <h2>{ t("privacy-viewer-heading") }</h2>
            { para("privacy-viewer-no-account") }
            { para("privacy-viewer-counts") }
            <h2>{ t("privacy-account-heading") }</h2>
            { list(&[
                "privacy-account-username",
                "privacy-account-email",
                "privacy-account-password",
                "privacy-account-birth",
                "privacy-account-scenes",
                "privacy-account-picture",
                "privacy-account-cookie",
                "privacy-account-unsaved",
                "privacy-account-activity",
                "privacy-account-guessing",
                "privacy-account-marketing",
            ]) }
            <h2>{ t("privacy-sso-heading") }</h2>
            { para("privacy-sso-text") }
            { para("privacy-sso-domain") }
            <h2>{ t("privacy-lms-heading") }</h2>
            { para("privacy-lms-text") }
            { para("privacy-lms-teacher") }
            <h2>{ t("privacy-rights-heading") }</h2>
            { list(&[
                "privacy-rights-change",
                "privacy-rights-download",
                "privacy-rights-delete",
            ]) }
            <h2>{ t("privacy-who-heading") }</h2>
            <ul>
                { who(Visibility::Private, "privacy-who-private") }
                { who(Visibility::Unlisted, "privacy-who-unlisted") }
                { who(Visibility::Public, "privacy-who-public") }
            </ul>
            { para("privacy-who-hidden") }
            <h2>{ t("privacy-school-heading") }</h2>
            { list(&[
                "privacy-school-teachers",
                "privacy-school-classmates",
                "privacy-school-feedback",
                "privacy-school-publish",
                "privacy-school-statistics",
                "privacy-school-downloads",
                "privacy-school-deleted",
            ]) }
            <h2>{ t("privacy-where-heading") }</h2>
            { para("privacy-where-text") }
        </article>
    }
}
