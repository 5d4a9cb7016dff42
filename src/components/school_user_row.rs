//! One person in the school admin's list, with what the admin may do:
//! rename, change email (and a student's date of birth), reset the
//! password, take out of the school, delete.

use crate::api;
use crate::components::text_field::TextField;
use model::{SchoolUser, SchoolUserPatch, UserKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SchoolUserRowProps {
    pub user: SchoolUser,
    /// The admin looking: their own row has no actions.
    pub is_me: bool,
    /// Called when the list must be read again.
    pub onchange: Callback<()>,
}

fn kind_label(kind: UserKind) -> &'static str {
    match kind {
        UserKind::Individual => "Individual",
        UserKind::Student => "Student",
        UserKind::Teacher => "Teacher",
    }
}

fn confirmed(question: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(question).ok())
        .unwrap_or(false)
}

#[function_component(SchoolUserRow)]
pub fn school_user_row(props: &SchoolUserRowProps) -> Html {
    let editing = use_state(|| false);
    let username = use_state(|| props.user.username.clone());
    let email = use_state(|| props.user.email.clone().unwrap_or_default());
    let born = use_state(|| props.user.date_of_birth.clone().unwrap_or_default());
    let message = use_state(|| None::<String>);
    let user = &props.user;

    let apply = {
        let (id, message, onchange) = (user.id.clone(), message.clone(), props.onchange.clone());
        move |patch: SchoolUserPatch| {
            let (id, message, onchange) = (id.clone(), message.clone(), onchange.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::update_user(&id, &patch).await {
                    Ok(changed) => {
                        message.set(
                            changed
                                .one_time_password
                                .map(|p| format!("One-time password: {p}")),
                        );
                        onchange.emit(());
                    }
                    Err(e) => message.set(Some(e.message())),
                }
            });
        }
    };
    let save = {
        let (apply, username, email, born, editing, original) = (
            apply.clone(),
            username.clone(),
            email.clone(),
            born.clone(),
            editing.clone(),
            user.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let patch = SchoolUserPatch {
                username: Some((*username).clone()).filter(|u| *u != original.username),
                email: Some((*email).clone())
                    .filter(|e| !e.is_empty() && Some(e) != original.email.as_ref()),
                date_of_birth: Some((*born).clone())
                    .filter(|d| !d.is_empty() && Some(d) != original.date_of_birth.as_ref()),
                ..SchoolUserPatch::default()
            };
            editing.set(false);
            apply(patch);
        })
    };
    let reset = {
        let (apply, name) = (apply.clone(), user.username.clone());
        Callback::from(move |_: MouseEvent| {
            if confirmed(&format!(
                "Give {name} a new one-time password? Their current one stops working."
            )) {
                apply(SchoolUserPatch {
                    reset_password: true,
                    ..SchoolUserPatch::default()
                });
            }
        })
    };
    let remove = {
        let (apply, name) = (apply.clone(), user.username.clone());
        Callback::from(move |_: MouseEvent| {
            if confirmed(&format!(
                "Take {name} out of the school? Their account stays; their classes pass to you."
            )) {
                apply(SchoolUserPatch {
                    remove_from_school: true,
                    ..SchoolUserPatch::default()
                });
            }
        })
    };
    let delete = {
        let (id, name, message, onchange) = (
            user.id.clone(),
            user.username.clone(),
            message.clone(),
            props.onchange.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if !confirmed(&format!("Delete {name}'s account? Their scenes and pictures are deleted at once. This cannot be undone.")) {
                return;
            }
            let (id, message, onchange) = (id.clone(), message.clone(), onchange.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::school::delete_user(&id).await {
                    Ok(()) => onchange.emit(()),
                    Err(e) => message.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <tr>
            // `data-label`: the column's name, shown beside each value
            // where a phone lays the rows out as cards.
            <td data-label="Username">{ user.username.clone() }</td>
            <td data-label="Role">{ kind_label(user.kind) }{ if user.is_admin { ", admin" } else { "" } }</td>
            <td data-label="Email">{ user.email.clone().unwrap_or_default() }</td>
            <td data-label="Date of birth">{ user.date_of_birth.clone().unwrap_or_default() }</td>
            <td class="user-actions">
                if !props.is_me {
                    if *editing {
                        <form onsubmit={save} class="inline-form compact">
                            <TextField id={format!("edit-name-{}", user.id)} label="New username" value={(*username).clone()}
                                oninput={Callback::from({ let s = username.clone(); move |v| s.set(v) })} />
                            <TextField id={format!("edit-email-{}", user.id)} label="New email" kind="email" value={(*email).clone()}
                                oninput={Callback::from({ let s = email.clone(); move |v| s.set(v) })} />
                            if user.kind == UserKind::Student {
                                <TextField id={format!("edit-born-{}", user.id)} label="Date of birth" kind="date" value={(*born).clone()}
                                    oninput={Callback::from({ let s = born.clone(); move |v| s.set(v) })} />
                            }
                            <button type="submit" class="button small primary">{ "Save changes" }</button>
                        </form>
                    } else {
                        <button type="button" class="button small" onclick={Callback::from({ let e = editing.clone(); move |_| e.set(true) })}>
                            { "Edit" }<span class="visually-hidden">{ format!(" {}", user.username) }</span></button>
                        <button type="button" class="button small" onclick={reset}>
                            { "Reset password" }<span class="visually-hidden">{ format!(" of {}", user.username) }</span></button>
                        <button type="button" class="button small" onclick={remove}>
                            { "Remove from school" }<span class="visually-hidden">{ format!(": {}", user.username) }</span></button>
                        <button type="button" class="button small danger" onclick={delete}>
                            { "Delete" }<span class="visually-hidden">{ format!(" {}", user.username) }</span></button>
                    }
                }
                if let Some(text) = &*message {
                    <p class="status" role="status">{ text.clone() }</p>
                }
            </td>
        </tr>
    }
}
