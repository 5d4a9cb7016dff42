//! `/school`: the school admin's page: the school's two privacy switches,
//! explained, and its users.

use crate::api::{self, ApiError};
use crate::components::bulk_download::{fetch, BulkDownload};
use crate::components::copy_button::CopyButton;
use crate::components::delete_school::DeleteSchool;
use crate::components::lti_platforms::LtiPlatforms;
use crate::components::school_user_row::SchoolUserRow;
use crate::components::sign_in_domains::SignInDomains;
use crate::components::sign_in_gate::signed_in_or_notice;
use crate::route::absolute_url;
use crate::session::use_session;
use crate::text::t;
use model::{School, SchoolSettingsPatch, SchoolUser};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[function_component(SchoolPage)]
pub fn school_page() -> Html {
    let session = use_session();
    match signed_in_or_notice(&session.session, "gate-school-title", "gate-school") {
        Ok(me) if me.is_admin => html! { <SchoolAdmin /> },
        Ok(_) => html! {
            <section class="notice"><h1>{ t("school-title") }</h1><p>{ t("school-admins-only") }</p></section>
        },
        Err(notice) => notice,
    }
}

#[function_component(SchoolAdmin)]
fn school_admin() -> Html {
    let school = use_state(|| None::<Result<School, ApiError>>);
    let users = use_state(|| None::<Result<Vec<SchoolUser>, ApiError>>);
    let saved = use_state(|| None::<String>);
    let reload = use_state(|| 0u32);
    let session = use_session();
    let my_id = session
        .session
        .me()
        .map(|me| me.id.clone())
        .unwrap_or_default();
    {
        let (school, users) = (school.clone(), users.clone());
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                school.set(Some(api::school::get().await));
                users.set(Some(api::school::users().await));
            });
        });
    }
    let refresh = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };
    let switch = |make: fn(bool) -> SchoolSettingsPatch| {
        let (school, saved) = (school.clone(), saved.clone());
        Callback::from(move |e: Event| {
            let Some(on) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .map(|i| i.checked())
            else {
                return;
            };
            let (school, saved) = (school.clone(), saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::update_settings(&make(on)).await {
                    Ok(updated) => {
                        school.set(Some(Ok(updated)));
                        saved.set(Some(t("school-saved")));
                    }
                    Err(e) => saved.set(Some(e.message())),
                }
            });
        })
    };
    let rotate = {
        let (school, saved) = (school.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            let (school, saved) = (school.clone(), saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::rotate_invite().await {
                    Ok(updated) => school.set(Some(Ok(updated))),
                    Err(e) => saved.set(Some(e.message())),
                }
            });
        })
    };
    let settings = match &*school {
        None => html! { <div class="skeleton skeleton-title" aria-busy="true"></div> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        Some(Ok(s)) => html! {
            <>
                <h1>{ s.name.clone() }</h1>
                <fieldset class="switches">
                    <legend>{ t("school-privacy") }</legend>
                    <div class="choice">
                        <input type="checkbox" id="peer-visibility" checked={s.peer_visibility}
                            onchange={switch(|on| SchoolSettingsPatch { peer_visibility: Some(on), ..Default::default() })}
                            aria-describedby="peer-visibility-hint" />
                        <label for="peer-visibility">{ t("school-peer-visibility") }</label>
                        <p class="hint" id="peer-visibility-hint">{ t("school-peer-visibility-hint") }</p>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="students-can-publish" checked={s.students_can_publish}
                            onchange={switch(|on| SchoolSettingsPatch { students_can_publish: Some(on), ..Default::default() })}
                            aria-describedby="students-can-publish-hint" />
                        <label for="students-can-publish">{ t("school-students-can-publish") }</label>
                        <p class="hint" id="students-can-publish-hint">{ t("school-students-can-publish-hint") }</p>
                    </div>
                </fieldset>
                <p aria-live="polite" class="status">{ (*saved).clone().unwrap_or_default() }</p>
                if let Some(code) = &s.teacher_invite_code {
                    <section class="invite" aria-labelledby="invite-heading">
                        <h2 id="invite-heading">{ t("school-invite") }</h2>
                        <p class="hint">{ t("school-invite-hint") }</p>
                        <p class="join-code">
                            { t("school-invite-code-label") }{ " " }<strong class="code">{ code.clone() }</strong>
                            <button type="button" class="button small" onclick={rotate.clone()}>{ t("school-new-invite-code") }</button>
                            <CopyButton text={absolute_url(&format!("/signup?invite={code}"))} label={t("school-copy-invite-link")} what={t("school-invite-link")} />
                        </p>
                    </section>
                    <SignInDomains school={s.clone()} onsaved={Callback::from({
                        let school = school.clone();
                        move |updated: School| school.set(Some(Ok(updated)))
                    })} />
                    <LtiPlatforms />
                    <section class="school-data" aria-labelledby="school-data-heading">
                        <h2 id="school-data-heading">{ t("school-data") }</h2>
                        <p class="hint">{ t("school-data-hint") }</p>
                        <BulkDownload id="school-data" label={t("export-school-button")} messages="export-school"
                            file_name={model::file_name::school_export(&s.name)}
                            fetch={fetch(api::school::export)} />
                    </section>
                    <DeleteSchool school_name={s.name.clone()} />
                }
            </>
        },
    };
    let user_table = match &*users {
        Some(Ok(list)) => html! {
            <table class="users people">
                <caption>{ t("users-caption") }</caption>
                <thead><tr>
                    <th scope="col">{ t("users-column-username") }</th>
                    <th scope="col">{ t("users-column-role") }</th>
                    <th scope="col">{ t("users-column-email") }</th>
                    <th scope="col">{ t("users-column-born") }</th>
                    <th scope="col">{ t("users-column-actions") }</th>
                </tr></thead>
                <tbody>
                    { for list.iter().map(|u| html! {
                        <SchoolUserRow key={u.id.clone()} user={u.clone()} is_me={u.id == my_id} onchange={refresh.clone()} />
                    }) }
                </tbody>
            </table>
        },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        None => html! {},
    };
    html! {
        <section class="school">
            { settings }
            { user_table }
        </section>
    }
}
