//! One person in the school admin's list, with what the admin may do:
//! rename, change email (and a student's date of birth), reset the
//! password, take out of the school, delete.

use crate::api;
use crate::components::text_field::TextField;
use crate::text::{t, t_with, Arg};
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

/// What the list calls a person's role ("Teacher", "Teacher, admin").
fn role_label(kind: UserKind, is_admin: bool) -> String {
    let role = t(match kind {
        UserKind::Individual => "users-role-individual",
        UserKind::Student => "users-role-student",
        UserKind::Teacher => "users-role-teacher",
    });
    if is_admin {
        t_with("users-role-and-admin", &[("role", Arg::Text(&role))])
    } else {
        role
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
                        message.set(changed.one_time_password.map(|p| {
                            t_with("users-one-time-password", &[("password", Arg::Text(&p))])
                        }));
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
            if confirmed(&t_with(
                "users-reset-password-confirm",
                &[("username", Arg::Text(&name))],
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
            if confirmed(&t_with(
                "users-remove-confirm",
                &[("username", Arg::Text(&name))],
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
            if !confirmed(&t_with(
                "users-delete-confirm",
                &[("username", Arg::Text(&name))],
            )) {
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
            <td data-label={t("users-column-username")}>{ user.username.clone() }</td>
            <td data-label={t("users-column-role")}>{ role_label(user.kind, user.is_admin) }</td>
            <td data-label={t("users-column-email")}>{ user.email.clone().unwrap_or_default() }</td>
            // As typed and stored (YYYY-MM-DD), like the field that changes it.
            <td data-label={t("users-column-born")}>{ user.date_of_birth.clone().unwrap_or_default() }</td>
            <td class="user-actions">
                if !props.is_me {
                    if *editing {
                        <form onsubmit={save} class="inline-form compact">
                            <TextField id={format!("edit-name-{}", user.id)} label={t("users-new-username")} value={(*username).clone()}
                                oninput={Callback::from({ let s = username.clone(); move |v| s.set(v) })} />
                            <TextField id={format!("edit-email-{}", user.id)} label={t("users-new-email")} kind="email" value={(*email).clone()}
                                oninput={Callback::from({ let s = email.clone(); move |v| s.set(v) })} />
                            if user.kind == UserKind::Student {
                                <TextField id={format!("edit-born-{}", user.id)} label={t("users-new-born")} kind="date" value={(*born).clone()}
                                    oninput={Callback::from({ let s = born.clone(); move |v| s.set(v) })} />
                            }
                            <button type="submit" class="button small primary">{ t("users-save") }</button>
                        </form>
                    } else {
                        <button type="button" class="button small" onclick={Callback::from({ let e = editing.clone(); move |_| e.set(true) })}>
                            { t("users-edit") }<span class="visually-hidden">{ format!(" {}", user.username) }</span></button>
                        <button type="button" class="button small" onclick={reset}>
                            { t("users-reset-password") }<span class="visually-hidden">{ " " }{ t_with("users-reset-password-of", &[("username", Arg::Text(&user.username))]) }</span></button>
                        <button type="button" class="button small" onclick={remove}>
                            { t("users-remove") }<span class="visually-hidden">{ format!(": {}", user.username) }</span></button>
                        <button type="button" class="button small danger" onclick={delete}>
                            { t("users-delete") }<span class="visually-hidden">{ format!(" {}", user.username) }</span></button>
                    }
                }
                if let Some(text) = &*message {
                    <p class="status" role="status">{ text.clone() }</p>
                }
            </td>
        </tr>
    }
}
