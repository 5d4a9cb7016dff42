//! Deleting the school, for its admin: what goes explained first, then the
//! school's name typed out and the admin's password, so that nobody ends a
//! school by a slip.

use crate::api;
use crate::components::danger_zone::DangerZone;
use crate::components::text_field::TextField;
use crate::route::Route;
use crate::session::use_session;
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
                name_error.set(Some(format!(
                    "That is not the school's name: type “{school_name}” exactly"
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
        <DangerZone id="delete-school" heading="Delete the school"
            explanation="Every account of the school is deleted at once, with all its scenes, pictures, sounds, feedback and statistics, and every class and setting of the school. Shared links stop working. Only the activity logs are kept, for 30 more days, then they are deleted too. This cannot be undone: download the school's data first."
            open_label="Delete school…" confirm_label="Delete school" first_control="#delete-school-name"
            onconfirm={confirm} busy={*busy}>
            <TextField id="delete-school-name" label="School name" value={(*name).clone()}
                hint={format!("Type “{}” to confirm.", props.school_name)}
                oninput={Callback::from({ let n = name.clone(); move |v| n.set(v) })}
                error={(*name_error).clone()} autocomplete="off" />
            <TextField id="delete-school-password" label="Password" kind="password" value={(*password).clone()}
                oninput={Callback::from({ let p = password.clone(); move |v| p.set(v) })}
                error={(*password_error).clone()} autocomplete="current-password" />
        </DangerZone>
    }
}
