//! Deleting the school, for its admin: what goes explained first, then the
//! school's name typed out and the admin's password, so that nobody ends a
//! school by a slip.

use crate::api;
use crate::components::focus::focus_in;
use crate::components::text_field::TextField;
use crate::route::Route;
use crate::session::{use_session, SessionHandle};
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
    let open = use_state(|| false);
    let name = use_state(String::new);
    let password = use_state(String::new);
    let name_error = use_state(|| None::<String>);
    let password_error = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let section = use_node_ref();
    let first = use_mut_ref(|| true);
    {
        let section = section.clone();
        use_effect_with(*open, move |open| {
            if !first.replace(false) {
                focus_in(
                    &section,
                    if *open {
                        "#delete-school-name"
                    } else {
                        "button.danger"
                    },
                );
            }
        });
    }
    let confirm = {
        let (name, password, name_error, password_error, session, navigator, busy) = (
            name.clone(),
            password.clone(),
            name_error.clone(),
            password_error.clone(),
            session.clone(),
            navigator.clone(),
            busy.clone(),
        );
        let school_name = props.school_name.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // One deletion at a time, however often the button is pressed.
            if *busy {
                return;
            }
            name_error.set(None);
            password_error.set(None);
            if !model::school::confirms_school_name(&name, &school_name) {
                name_error.set(Some(format!(
                    "That is not the school's name: type “{school_name}” exactly"
                )));
                return;
            }
            let (name, password, name_error, password_error, session, navigator): (
                _,
                _,
                _,
                _,
                SessionHandle,
                _,
            ) = (
                name.clone(),
                password.clone(),
                name_error.clone(),
                password_error.clone(),
                session.clone(),
                navigator.clone(),
            );
            busy.set(true);
            let busy = busy.clone();
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
        <section class="danger-zone" aria-labelledby="delete-school-heading" ref={section}>
            <h2 id="delete-school-heading">{ "Delete the school" }</h2>
            <p>{ "Every account of the school is deleted at once, with all its scenes, pictures, sounds, feedback and statistics, and every class and setting of the school. Shared links stop working. Only the activity logs are kept, for 30 more days, then they are deleted too. This cannot be undone: download the school's data first." }</p>
            if *open {
                <form onsubmit={confirm}>
                    <TextField id="delete-school-name" label="School name" value={(*name).clone()}
                        hint={format!("Type “{}” to confirm.", props.school_name)}
                        oninput={Callback::from({ let n = name.clone(); move |v| n.set(v) })}
                        error={(*name_error).clone()} autocomplete="off" />
                    <TextField id="delete-school-password" label="Password" kind="password" value={(*password).clone()}
                        oninput={Callback::from({ let p = password.clone(); move |v| p.set(v) })}
                        error={(*password_error).clone()} autocomplete="current-password" />
                    <p class="dialog-actions">
                        <button type="submit" class="button danger" aria-disabled={(*busy).to_string()}>{ "Delete school" }</button>
                        <button type="button" class="button" onclick={Callback::from({ let o = open.clone(); move |_| o.set(false) })}>{ "Cancel" }</button>
                    </p>
                </form>
            } else {
                <button type="button" class="button danger" onclick={Callback::from({ let o = open.clone(); move |_| o.set(true) })}>{ "Delete school…" }</button>
            }
        </section>
    }
}
