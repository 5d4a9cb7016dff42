//! Create an account: for oneself, as a teacher (who may found a school),
//! or as a student with a join code from their teacher.

use crate::api;
use crate::components::focus::focus_in;
use crate::components::provider_buttons::ProviderButtons;
use crate::components::text_field::{error_of, FieldProblem, TextField};
use crate::route::Route;
use crate::session::use_session;
use crate::text::t;
use model::{SignupRequest, UserKind};
use yew::prelude::*;
use yew_router::prelude::*;

/// Today in the browser's calendar, `YYYY-MM-DD`.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

/// The fields a refusal may name, each shown beside its field.
const FIELDS: [&str; 6] = [
    "username",
    "email",
    "password",
    "date_of_birth",
    "join_code",
    "school_name",
];

/// The input of a field named in a refusal: the join code is a student's
/// `Join code` or a teacher's invitation code.
fn field_id(field: &str, kind: UserKind) -> &'static str {
    match field {
        "username" => "signup-username",
        "email" => "signup-email",
        "password" => "signup-password",
        "date_of_birth" => "signup-birth",
        "join_code" if kind == UserKind::Teacher => "signup-invite",
        "join_code" => "signup-join",
        "school_name" => "signup-school",
        _ => "",
    }
}

#[derive(Clone, Default, PartialEq)]
struct Form {
    username: String,
    email: String,
    password: String,
    kind: Option<UserKind>,
    date_of_birth: String,
    join_code: String,
    school_name: String,
}

impl Form {
    fn request(&self) -> SignupRequest {
        let kind = self.kind.unwrap_or(UserKind::Individual);
        let some =
            |s: &str, when: bool| (when && !s.trim().is_empty()).then(|| s.trim().to_string());
        SignupRequest {
            username: self.username.trim().to_string(),
            email: self.email.trim().to_string(),
            password: self.password.clone(),
            kind,
            date_of_birth: some(&self.date_of_birth, kind == UserKind::Student),
            join_code: some(&self.join_code, kind != UserKind::Individual),
            school_name: some(&self.school_name, kind == UserKind::Teacher),
        }
    }
}

#[function_component(SignupPage)]
pub fn signup_page() -> Html {
    let session = use_session();
    let navigator = use_navigator();
    // A join link (`/signup?code=K7PX-2QMD`) starts a student's sign-up.
    let form = use_state(|| {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        // `?code=` is a class's join link; `?invite=` a school's invitation for teachers.
        let param = |name: &str| {
            search
                .trim_start_matches('?')
                .split('&')
                .find_map(|pair| pair.strip_prefix(name))
                .and_then(model::class::normalize_join_code)
        };
        match (param("code="), param("invite=")) {
            (Some(join_code), _) => Form {
                kind: Some(UserKind::Student),
                join_code,
                ..Form::default()
            },
            (None, Some(join_code)) => Form {
                kind: Some(UserKind::Teacher),
                join_code,
                ..Form::default()
            },
            (None, None) => Form::default(),
        }
    });
    // Every field at fault, in the form's order.
    let errors = use_state(Vec::<FieldProblem>::new);
    let busy = use_state(|| false);
    // After a refusal the focus goes to the first field at fault, so that
    // its message is the first thing read; counted, so a second refusal
    // of the same field moves it again.
    let refused = use_state(|| 0u32);
    let form_ref = use_node_ref();
    {
        let (form_ref, errors) = (form_ref.clone(), errors.clone());
        let kind = form.kind.unwrap_or(UserKind::Individual);
        use_effect_with(*refused, move |refused| {
            if *refused > 0 {
                let first = errors.first().map(|e| field_id(&e.field, kind));
                if !first.is_some_and(|id| focus_in(&form_ref, &format!("#{id}"))) {
                    focus_in(&form_ref, "[role=alert]");
                }
            }
        });
    }

    let set = |apply: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |value: String| {
            let mut next = (*form).clone();
            apply(&mut next, value);
            form.set(next);
        })
    };
    let onsubmit = {
        let (form, errors, busy, refused) =
            (form.clone(), errors.clone(), busy.clone(), refused.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let req = form.request();
            let problems = req.problems(&today());
            if !problems.is_empty() {
                errors.set(problems.into_iter().map(FieldProblem::from).collect());
                refused.set(*refused + 1);
                return;
            }
            let (session, navigator, errors, busy, refused) = (
                session.clone(),
                navigator.clone(),
                errors.clone(),
                busy.clone(),
                refused.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match api::auth::signup(&req).await {
                    Ok(me) => session.enter(me, navigator),
                    Err(e) => {
                        let field = e.field().unwrap_or("form").to_string();
                        errors.set(vec![FieldProblem::new(field, e.message())]);
                        refused.set(*refused + 1);
                        busy.set(false);
                    }
                }
            });
        })
    };
    let error_for = |field: &str| error_of(errors.iter().find(|e| e.field == field), field);
    let general = errors
        .iter()
        .find(|e| !FIELDS.contains(&e.field.as_str()))
        .map(|e| e.message.clone());
    let kind = form.kind.unwrap_or(UserKind::Individual);
    let kind_choice = |value: UserKind, label: String, hint: String| {
        let form = form.clone();
        let onchange = Callback::from(move |_: Event| {
            form.set(Form {
                kind: Some(value),
                ..(*form).clone()
            })
        });
        let id = format!("kind-{}", value.as_str());
        html! {
            <div class="choice">
                <input type="radio" name="kind" id={id.clone()} checked={kind == value} {onchange} />
                <label for={id}>{ label }</label>
                <p class="hint">{ hint }</p>
            </div>
        }
    };
    html! {
        <section class="form-page">
            <h1>{ t("signup-title") }</h1>
            <ProviderButtons />
            <form {onsubmit} novalidate=true ref={form_ref}>
                <fieldset class="kinds">
                    <legend>{ t("signup-account-type") }</legend>
                    { kind_choice(UserKind::Individual, t("signup-kind-individual"), t("signup-kind-individual-hint")) }
                    { kind_choice(UserKind::Teacher, t("signup-kind-teacher"), t("signup-kind-teacher-hint")) }
                    { kind_choice(UserKind::Student, t("signup-kind-student"), t("signup-kind-student-hint")) }
                </fieldset>
                <TextField id="signup-username" label={t("signup-username")} value={form.username.clone()}
                    oninput={set(|f, v| f.username = v)} error={error_for("username")}
                    hint={t("signup-username-hint")} autocomplete="username" required=true />
                <TextField id="signup-email" label={t("signup-email")} kind="email" value={form.email.clone()}
                    oninput={set(|f, v| f.email = v)} error={error_for("email")} autocomplete="email" required=true />
                <TextField id="signup-password" label={t("signup-password")} kind="password" value={form.password.clone()}
                    oninput={set(|f, v| f.password = v)} error={error_for("password")}
                    hint={t("signup-password-hint")} autocomplete="new-password" required=true />
                if kind == UserKind::Student {
                    <TextField id="signup-birth" label={t("signup-birth")} kind="date" value={form.date_of_birth.clone()}
                        oninput={set(|f, v| f.date_of_birth = v)} error={error_for("date_of_birth")}
                        hint={t("signup-birth-hint")} required=true />
                    <TextField id="signup-join" label={t("signup-join-code")} value={form.join_code.clone()}
                        oninput={set(|f, v| f.join_code = v)} error={error_for("join_code")} required=true />
                }
                if kind == UserKind::Teacher {
                    <TextField id="signup-invite" label={t("signup-invite")} value={form.join_code.clone()}
                        oninput={set(|f, v| f.join_code = v)} error={error_for("join_code")}
                        hint={t("signup-invite-hint")} />
                    <TextField id="signup-school" label={t("signup-school")} value={form.school_name.clone()}
                        oninput={set(|f, v| f.school_name = v)} error={error_for("school_name")}
                        hint={t("signup-school-hint")} />
                }
                if let Some(message) = general {
                    <p class="error" role="alert">{ message }</p>
                }
                <p class="hint">{ t("signup-privacy") }{ " " }
                    <Link<Route> to={Route::Privacy}>{ t("signup-privacy-link") }</Link<Route>>{ "." }</p>
                <button type="submit" class="button primary" aria-disabled={busy.to_string()}>{ t("signup-submit") }</button>
            </form>
            <p>{ t("signup-have-account") }{ " " }<Link<Route> to={Route::Login}>{ t("signup-log-in") }</Link<Route>></p>
        </section>
    }
}
