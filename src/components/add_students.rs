//! A teacher adds students to a class: one at a time (email optional) or
//! from a CSV class list. The one-time passwords appear once, here: every
//! result of this visit stays in the table, newest first, until the page
//! is left, so adding the second student keeps the first one's password.

use crate::api;
use crate::components::file_input::take_chosen_file;
use crate::components::text_field::TextField;
use crate::text::{t, t_with, Arg};
use model::{NewStudent, StudentImportRow};
use std::rc::Rc;
use yew::prelude::*;

/// Every result of this visit, newest first: what was just added is what
/// is looked for. Each batch is put before the rows as they are when it
/// lands, so one added by hand and an import finishing together both stay.
#[derive(Default, PartialEq)]
struct Report(Vec<StudentImportRow>);

impl Reducible for Report {
    type Action = Vec<StudentImportRow>;

    fn reduce(self: Rc<Self>, mut rows: Vec<StudentImportRow>) -> Rc<Self> {
        rows.extend(self.0.iter().cloned());
        Rc::new(Report(rows))
    }
}

#[derive(Properties, PartialEq)]
pub struct AddStudentsProps {
    pub class_id: AttrValue,
    /// Called after students were added.
    pub onadded: Callback<()>,
}

#[function_component(AddStudents)]
pub fn add_students(props: &AddStudentsProps) -> Html {
    let username = use_state(String::new);
    let email = use_state(String::new);
    let born = use_state(String::new);
    let report = use_reducer(Report::default);
    let error = use_state(|| None::<String>);
    let id = props.class_id.to_string();

    let finish = {
        let (report, error, onadded) = (report.clone(), error.clone(), props.onadded.clone());
        move |result: Result<model::StudentImport, api::ApiError>| match result {
            Ok(done) => {
                if done.rows.iter().any(|r| r.created) {
                    onadded.emit(());
                }
                report.dispatch(done.rows);
                error.set(None);
            }
            Err(e) => error.set(Some(e.message())),
        }
    };
    let onsubmit = {
        let (username, email, born, id, finish) = (
            username.clone(),
            email.clone(),
            born.clone(),
            id.clone(),
            finish.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let student = NewStudent {
                username: (*username).trim().to_string(),
                email: Some((*email).trim().to_string()).filter(|e| !e.is_empty()),
                date_of_birth: (*born).clone(),
            };
            let (username, email, born, id, finish) = (
                username.clone(),
                email.clone(),
                born.clone(),
                id.clone(),
                finish.clone(),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let result = api::classes::add_student(&id, &student).await;
                if result.is_ok() {
                    username.set(String::new());
                    email.set(String::new());
                    born.set(String::new());
                }
                finish(result);
            });
        })
    };
    let onfile = {
        let (id, finish) = (id.clone(), finish.clone());
        Callback::from(move |e: Event| {
            let Some(file) = take_chosen_file(&e) else {
                return;
            };
            let (id, finish) = (id.clone(), finish.clone());
            wasm_bindgen_futures::spawn_local(async move {
                finish(api::classes::import(&id, &file).await)
            });
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let file_id = format!("import-{}", props.class_id);
    html! {
        <details class="add-students">
            <summary>{ t("students-add") }</summary>
            <p class="hint">{ t("students-add-hint") }</p>
            <form class="inline-form" {onsubmit}>
                <TextField id={format!("student-name-{}", props.class_id)} label={t("students-username")} value={(*username).clone()} oninput={set(&username)} />
                <TextField id={format!("student-email-{}", props.class_id)} label={t("students-email")} kind="email" value={(*email).clone()} oninput={set(&email)} />
                <TextField id={format!("student-born-{}", props.class_id)} label={t("students-born")} kind="date" value={(*born).clone()} oninput={set(&born)} />
                <button type="submit" class="button primary">{ t("students-add-one") }</button>
            </form>
            <div class="field">
                <label id={format!("{file_id}-label")} for={file_id.clone()}>{ t("students-class-list") }</label>
                <input id={file_id.clone()} type="file" class="visually-hidden" accept=".csv,text/csv" onchange={onfile}
                    aria-labelledby={format!("{file_id}-label")} aria-describedby={format!("import-hint-{}", props.class_id)} />
                <label for={file_id} class="button small file-button" aria-hidden="true">{ t("students-class-list-choose") }</label>
                <p class="hint" id={format!("import-hint-{}", props.class_id)}>{ t("students-class-list-hint") }</p>
            </div>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            if !report.0.is_empty() {
                <table class="users import-report">
                    <caption>{ t("students-report-caption") }</caption>
                    <thead><tr><th scope="col">{ t("students-report-username") }</th><th scope="col">{ t("students-report-result") }</th><th scope="col">{ t("students-report-password") }</th></tr></thead>
                    <tbody>
                        { for report.0.iter().map(|r| html! {
                            <tr>
                                <td>{ r.username.clone() }</td>
                                <td>{ if r.created {
                                    t("students-created")
                                } else {
                                    t_with("students-refused", &[("reason", Arg::Text(r.error.as_deref().unwrap_or_default()))])
                                } }</td>
                                <td class="code">{ r.one_time_password.clone().unwrap_or_default() }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </details>
    }
}
