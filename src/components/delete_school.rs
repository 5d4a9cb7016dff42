//! Deleting the school, for its admin: what goes explained first, then the
//! school's name typed out and the admin's password, so that nobody ends a
//! school by a slip.

use crate::api;
use crate::components::danger_zone::DangerZone;
use crate::components::text_field::TextField;
use crate::route::Route;
use crate::session::use_session;
use crate::text::{t, t_with, Arg};
use yew::prelude::*;
use yew_router::prelude::use_navigator;

#[derive(Properties, PartialEq)]
pub struct DeleteSchoolProps {
    pub school_name: AttrValue,
}

#[function_component(DeleteSchool)]
pub fn delete_school(props: &DeleteSchoolProps) -> Html {
    let session = use_session();
    let navigator = use_navigator();
    let name = use_state(String::new);
    let password = use_state(String::new);
    let name_error = use_state(|| None::<String>);
    let password_error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let confirm = {
        let (name, password, name_error, password_error, busy) = (
            name.clone(),
            password.clone(),
            name_error.clone(),
            password_error.clone(),
            busy.clone(),
        );
        let school_name = props.school_name.clone();
        Callback::from(move |()| {
            name_error.set(None);
            password_error.set(None);
            if !model::school::confirms_school_name(&name, &school_name) {
                name_error.set(Some(t_with(
                    "danger-school-name-wrong",
                    &[("name", Arg::Text(&school_name))],
                )));
                return;
            }
            busy.set(true);
            let (name, password) = ((*name).clone(), (*password).clone());
            let (name_error, password_error, busy) =
                (name_error.clone(), password_error.clone(), busy.clone());
            let (session, navigator) = (session.clone(), navigator.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let deleted = api::school::delete(&name, &password).await;
                busy.set(false);
                match deleted {
                    Ok(()) => {
                        session.sign_out();
                        if let Some(nav) = navigator {
                            nav.push(&Route::Home);
                        }
                    }
                    Err(e) if e.field() == Some("name") => name_error.set(Some(e.message())),
                    Err(e) => password_error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <DangerZone id="delete-school" heading={t("danger-school-title")}
            explanation={t_with("danger-school-text", &[("days", Arg::Number(30.0))])}
            open_label={t("danger-school-open")} confirm_label={t("danger-school-confirm")} first_control="#delete-school-name"
            onconfirm={confirm} busy={*busy}>
            <TextField id="delete-school-name" label={t("danger-school-name")} value={(*name).clone()}
                hint={t_with("danger-school-name-hint", &[("name", Arg::Text(&props.school_name))])}
                oninput={Callback::from({ let n = name.clone(); move |v| n.set(v) })}
                error={(*name_error).clone()} autocomplete="off" />
            <TextField id="delete-school-password" label={t("danger-school-password")} kind="password" value={(*password).clone()}
                oninput={Callback::from({ let p = password.clone(); move |v| p.set(v) })}
                error={(*password_error).clone()} autocomplete="current-password" />
        </DangerZone>
    }
}
