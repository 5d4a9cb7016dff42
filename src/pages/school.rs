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
            <section class="notice"><h1>{ "School" }</h1><p>{ "Only your school's admins can change its settings." }</p></section>
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
                        saved.set(Some("Saved".into()));
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
                    <legend>{ "Privacy settings" }</legend>
                    <div class="choice">
                        <input type="checkbox" id="peer-visibility" checked={s.peer_visibility}
                            onchange={switch(|on| SchoolSettingsPatch { peer_visibility: Some(on), ..Default::default() })}
                            aria-describedby="peer-visibility-hint" />
                        <label for="peer-visibility">{ "Students see classmates' work" }</label>
                        <p class="hint" id="peer-visibility-hint">{ "When on, students see the usernames, avatars and scenes (read only, even private ones) of students in their school. Never their email or birth date." }</p>
                    </div>
                    <div class="choice">
                        <input type="checkbox" id="students-can-publish" checked={s.students_can_publish}
                            onchange={switch(|on| SchoolSettingsPatch { students_can_publish: Some(on), ..Default::default() })}
                            aria-describedby="students-can-publish-hint" />
                        <label for="students-can-publish">{ "Students may publish publicly" }</label>
                        <p class="hint" id="students-can-publish-hint">{ "When off, students can make scenes only private or unlisted (anyone with the link); nothing of theirs appears on Explore." }</p>
                    </div>
                </fieldset>
                <p aria-live="polite" class="status">{ (*saved).clone().unwrap_or_default() }</p>
                if let Some(code) = &s.teacher_invite_code {
                    <section class="invite" aria-labelledby="invite-heading">
                        <h2 id="invite-heading">{ "Invite teachers" }</h2>
                        <p class="hint">{ "Teachers who sign up with this code (or the link) join your school. They see the students of their own classes only." }</p>
                        <p class="join-code">
                            { "Invitation code: " }<strong class="code">{ code.clone() }</strong>
                            <button type="button" class="button small" onclick={rotate.clone()}>{ "New invitation code" }</button>
                            <CopyButton text={absolute_url(&format!("/signup?invite={code}"))} label="Copy invitation link" what="Invitation link" />
                        </p>
                    </section>
                    <SignInDomains school={s.clone()} onsaved={Callback::from({
                        let school = school.clone();
                        move |updated: School| school.set(Some(Ok(updated)))
                    })} />
                    <LtiPlatforms />
                    <section class="school-data" aria-labelledby="school-data-heading">
                        <h2 id="school-data-heading">{ "Your school's data" }</h2>
                        <p class="hint">{ "One zip with everything: each person's data download, the classes and settings, and every scene as a Pinpoint package, listed in index.csv." }</p>
                        <BulkDownload id="school-data" label="Download school data" what="the school's data"
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
                <caption>{ "People in your school" }</caption>
                <thead><tr><th scope="col">{ "Username" }</th><th scope="col">{ "Role" }</th><th scope="col">{ "Email" }</th><th scope="col">{ "Date of birth" }</th><th scope="col">{ "Actions" }</th></tr></thead>
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
