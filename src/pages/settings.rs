//! `/settings`: the account as the server holds it.

use crate::api;
use crate::components::activity_log::ActivityLog;
use crate::components::avatar_editor::AvatarEditor;
use crate::components::connected_providers::ConnectedProviders;
use crate::components::danger_zone::DangerZone;
use crate::components::language_picker::LanguagePicker;
use crate::components::password_form::PasswordForm;
use crate::components::profile_form::ProfileForm;
use crate::components::sign_in_gate::signed_in_or_notice;
use crate::components::text_field::TextField;
use crate::route::Route;
use crate::session::use_session;
use crate::text::{date, t, t_with, Arg, DateStyle};
use model::UserKind;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(SettingsPage)]
pub fn settings_page() -> Html {
    let session = use_session();
    let me = match signed_in_or_notice(&session.session, "gate-settings-title", "gate-settings") {
        Ok(me) => me,
        Err(notice) => return notice,
    };
    let kind = match me.kind {
        UserKind::Individual => t("settings-kind-individual"),
        UserKind::Student => t("settings-kind-student"),
        UserKind::Teacher => t("settings-kind-teacher"),
    };
    html! {
        <section class="form-page settings">
            <h1>{ t("settings-title") }</h1>
            <dl class="facts">
                <dt>{ t("settings-account-type") }</dt><dd>{ kind }</dd>
                if let Some(school) = &me.school {
                    <dt>{ t("settings-school") }</dt>
                    <dd>{ if me.is_admin {
                        t_with("settings-school-admin", &[("school", Arg::Text(&school.name))])
                    } else {
                        school.name.clone()
                    } }</dd>
                }
                if let Some(born) = &me.date_of_birth {
                    <dt>{ t("settings-birth") }</dt>
                    <dd>{ date(born, DateStyle::Day) }<span class="hint">{ " " }{ t("settings-birth-hint") }</span></dd>
                }
            </dl>
            <h2>{ t("settings-picture") }</h2>
            <AvatarEditor />
            <h2>{ t("settings-profile") }</h2>
            // Keyed by account, so a save elsewhere (or another user) refills it.
            <ProfileForm key={me.id.clone()} />
            <LanguagePicker />
            <h2>{ t("settings-password") }</h2>
            <ChangePassword />
            <ConnectedProviders has_password={me.has_password} />
            <h2>{ t("settings-data") }</h2>
            <p>{ t("settings-data-text") }</p>
            <button type="button" class="button" onclick={Callback::from(|_| {
                // The server sends it as an attachment: the page stays.
                if let Some(window) = web_sys::window() {
                    let _ = window.location().assign("/api/me/export");
                }
            })}>{ t("settings-download-data") }</button>
            <h2>{ t("settings-activity") }</h2>
            <p>{ t("settings-activity-text") }</p>
            <ActivityLog />
            <DeleteAccount />
        </section>
    }
}

/// Deleting the account: explained first, confirmed with the password.
#[function_component(DeleteAccount)]
fn delete_account() -> Html {
    let session = use_session();
    // An account a school sign-in made confirms by a recent sign-in instead.
    let has_password = session.session.me().is_none_or(|me| me.has_password);
    let navigator = use_navigator();
    let password = use_state(String::new);
    let error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let confirm = {
        let (password, error, busy) = (password.clone(), error.clone(), busy.clone());
        Callback::from(move |()| {
            busy.set(true);
            let password = (*password).clone();
            let (error, busy, session, navigator) = (
                error.clone(),
                busy.clone(),
                session.clone(),
                navigator.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let deleted = api::auth::delete_account(&password).await;
                busy.set(false);
                match deleted {
                    Ok(()) => {
                        session.sign_out();
                        if let Some(nav) = navigator {
                            nav.push(&Route::Home);
                        }
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <DangerZone id="delete" heading={t("settings-delete-heading")}
            explanation={t("settings-delete-explanation")}
            open_label={t("settings-delete-open")} confirm_label={t("settings-delete-confirm")}
            first_control="#delete-password" onconfirm={confirm} busy={*busy}>
            if has_password {
                <TextField id="delete-password" label={t("settings-delete-password")} kind="password" value={(*password).clone()}
                    oninput={Callback::from({ let p = password.clone(); move |v| p.set(v) })}
                    error={(*error).clone()} autocomplete="current-password" />
            } else if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </DangerZone>
    }
}

/// The password form, shown on request: one password field at a time on
/// this page is easier to get right.
#[function_component(ChangePassword)]
fn change_password() -> Html {
    let open = use_state(|| false);
    if *open {
        html! { <PasswordForm /> }
    } else {
        html! {
            <button type="button" class="button" onclick={Callback::from(move |_| open.set(true))}>{ t("settings-change-password") }</button>
        }
    }
}
