//! `/classes`: for a teacher, their classes with join codes, students and
//! students' work to review; for a student, their classes and (when the
//! school allows) classmates' work; for an admin, all the school's classes.

use crate::api::{self, ApiError};
use crate::components::add_students::AddStudents;
use crate::components::bulk_download::{fetch, BulkDownload};
use crate::components::copy_button::CopyButton;
use crate::components::feedback_panel::FeedbackPanel;
use crate::components::sign_in_gate::signed_in_or_notice;
use crate::components::stats_panel::StatsDisclosure;
use crate::components::text_field::TextField;
use crate::route::{absolute_url, viewer_href};
use crate::session::use_session;
use crate::text::{date, t, t_with, visibility_label, Arg, DateStyle};
use model::{ClassInfo, ClassScene, ClassStudent, Me, UserKind};
use yew::prelude::*;

#[function_component(ClassesPage)]
pub fn classes_page() -> Html {
    let session = use_session();
    let me = match signed_in_or_notice(&session.session, "gate-classes-title", "gate-classes") {
        Ok(me) => me,
        Err(notice) => return notice,
    };
    if me.school.is_none() {
        let text = match me.kind {
            UserKind::Teacher => t("classes-no-school-teacher"),
            _ => t("classes-no-school"),
        };
        return html! { <section class="notice"><h1>{ t("classes-title") }</h1><p>{ text }</p></section> };
    }
    html! { <Classes me={me} /> }
}

#[derive(Properties, PartialEq)]
struct ClassesProps {
    me: Me,
}

#[function_component(Classes)]
fn classes(props: &ClassesProps) -> Html {
    let list = use_state(|| None::<Result<Vec<ClassInfo>, ApiError>>);
    let reload = use_state(|| 0u32);
    {
        let list = list.clone();
        use_effect_with(*reload, move |_| {
            wasm_bindgen_futures::spawn_local(
                async move { list.set(Some(api::classes::list().await)) },
            );
        });
    }
    let refresh = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };
    let teacher = props.me.kind == UserKind::Teacher;
    let body = match &*list {
        None => html! { <div class="skeleton skeleton-image" aria-busy="true"></div> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        Some(Ok(list)) if list.is_empty() => html! {
            <p class="empty">{ if teacher { t("classes-empty-teacher") } else { t("classes-empty-student") } }</p>
        },
        Some(Ok(list)) => html! {
            { for list.iter().map(|c| html! { <ClassPanel key={c.id.clone()} class={c.clone()} onchange={refresh.clone()} /> }) }
        },
    };
    html! {
        <section class="classes">
            <h1>{ t("classes-title") }</h1>
            if teacher { <CreateClass oncreated={refresh.clone()} /> }
            if props.me.kind == UserKind::Student { <JoinClassForm onjoined={refresh.clone()} /> }
            { body }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct CreateClassProps {
    oncreated: Callback<()>,
}

#[function_component(CreateClass)]
fn create_class(props: &CreateClassProps) -> Html {
    let name = use_state(String::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (name, error, oncreated) = (name.clone(), error.clone(), props.oncreated.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (name, error, oncreated) = (name.clone(), error.clone(), oncreated.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::classes::create(&name).await {
                    Ok(_) => {
                        name.set(String::new());
                        error.set(None);
                        oncreated.emit(());
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <form class="inline-form" {onsubmit}>
            <TextField id="class-name" label={t("classes-name")} value={(*name).clone()} error={(*error).clone()}
                oninput={Callback::from({ let n = name.clone(); move |v| n.set(v) })} />
            <button type="submit" class="button primary">{ t("classes-create") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct JoinClassProps {
    onjoined: Callback<()>,
}

#[function_component(JoinClassForm)]
fn join_class_form(props: &JoinClassProps) -> Html {
    let code = use_state(String::new);
    let error = use_state(|| None::<String>);
    let onsubmit = {
        let (code, error, onjoined) = (code.clone(), error.clone(), props.onjoined.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (code, error, onjoined) = (code.clone(), error.clone(), onjoined.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::classes::join(&code).await {
                    Ok(_) => {
                        code.set(String::new());
                        error.set(None);
                        onjoined.emit(());
                    }
                    Err(e) => error.set(Some(e.message())),
                }
            });
        })
    };
    html! {
        <form class="inline-form" {onsubmit}>
            <TextField id="join-code" label={t("classes-join-code")} value={(*code).clone()} error={(*error).clone()}
                hint={t("classes-join-hint")}
                oninput={Callback::from({ let c = code.clone(); move |v| c.set(v) })} />
            <button type="submit" class="button">{ t("classes-join") }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
struct ClassPanelProps {
    class: ClassInfo,
    onchange: Callback<()>,
}

/// One class: its code (for those who lead it), students and their work.
#[function_component(ClassPanel)]
fn class_panel(props: &ClassPanelProps) -> Html {
    let class = &props.class;
    let leads = class.join_code.is_some();
    let students = use_state(|| None::<Result<Vec<ClassStudent>, ApiError>>);
    let scenes = use_state(|| None::<Result<Vec<ClassScene>, ApiError>>);
    let reload = use_state(|| 0u32);
    {
        let (students, scenes, id) = (students.clone(), scenes.clone(), class.id.clone());
        use_effect_with((*reload, id), move |(_, id)| {
            let id = id.clone();
            wasm_bindgen_futures::spawn_local(async move {
                students.set(Some(api::classes::students(&id).await));
                scenes.set(Some(api::classes::scenes(&id).await));
            });
        });
    }
    let rotate = {
        let (id, onchange) = (class.id.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let (id, onchange) = (id.clone(), onchange.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if api::classes::rotate_code(&id).await.is_ok() {
                    onchange.emit(());
                }
            });
        })
    };
    let hidden = matches!(&*students, Some(Err(ApiError::NotFound { .. })));
    // The list as loaded (after students were added, say), else the count
    // the class came with.
    let student_count = match &*students {
        Some(Ok(list)) => list.len(),
        _ => class.student_count,
    };
    let private_note =
        (!leads && hidden).then(|| html! { <p class="hint">{ t("classes-private-note") }</p> });
    let student_list = match &*students {
        Some(Ok(list)) if !list.is_empty() => html! {
            <ul class="student-list">
                { for list.iter().map(|s| html! {
                    <li key={s.id.clone()}>
                        <strong>{ s.username.clone() }</strong>
                        if let Some(email) = &s.email { <span class="hint">{ format!(" · {email}") }</span> }
                        if let Some(born) = &s.date_of_birth {
                            <span class="hint">{ " · " }{ t_with("classes-student-born", &[("date", Arg::Text(&date(born, DateStyle::Day)))]) }</span>
                        }
                    </li>
                }) }
            </ul>
        },
        Some(Ok(_)) => html! { <p class="hint">{ t("classes-no-students") }</p> },
        _ => html! {},
    };
    let scene_list = match &*scenes {
        Some(Ok(list)) if !list.is_empty() => html! {
            <ul class="review-list">
                { for list.iter().map(|s| html! {
                    <ReviewItem key={s.scene.id.clone()} scene={s.clone()} leads={leads}
                        onreviewed={Callback::from({ let r = reload.clone(); move |_| r.set(*r + 1) })} />
                }) }
            </ul>
        },
        Some(Ok(_)) => html! { <p class="hint">{ t("classes-no-work") }</p> },
        _ => html! {},
    };
    html! {
        <section class="class-panel" aria-labelledby={format!("class-{}", class.id)}>
            <div class="section-head">
                <h2 id={format!("class-{}", class.id)}>{ class.name.clone() }</h2>
                <span class="hint">{ class.teacher.username.clone() }{ " · " }{ t_with("classes-student-count", &[("count", Arg::Number(student_count as f64))]) }</span>
            </div>
            if let Some(code) = &class.join_code {
                <p class="join-code">
                    { t("classes-join-code-label") }{ " " }<strong class="code">{ code.clone() }</strong>
                    <button type="button" class="button small" onclick={rotate}>{ t("classes-new-code") }</button>
                    <CopyButton text={absolute_url(&format!("/signup?code={code}"))} label={t("classes-copy-join-link")} what={t("classes-join-link")} />
                </p>
            }
            { for private_note }
            <h3>{ t("classes-students") }</h3>
            { student_list }
            if leads {
                <AddStudents class_id={class.id.clone()} onadded={Callback::from({ let r = reload.clone(); move |_| r.set(*r + 1) })} />
            }
            <h3>{ t("classes-work") }</h3>
            { scene_list }
            if leads {
                <BulkDownload id={format!("class-work-{}", class.id)} label={t("export-class-button")} messages="export-class" name={class.name.clone()}
                    file_name={model::file_name::class_export(&class.name)}
                    fetch={{
                        let id = class.id.clone();
                        fetch(move |progress| {
                            let id = id.clone();
                            async move { api::classes::export_work(&id, progress).await }
                        })
                    }} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ReviewItemProps {
    scene: ClassScene,
    leads: bool,
    onreviewed: Callback<()>,
}

#[function_component(ReviewItem)]
fn review_item(props: &ReviewItemProps) -> Html {
    let open = use_state(|| false);
    let s = &props.scene.scene;
    let title = if s.title.is_empty() {
        t("scene-untitled")
    } else {
        s.title.clone()
    };
    html! {
        <li class="review-item">
            <div class="review-head">
                <a href={viewer_href(&s.id)}>{ title.clone() }</a>
                <span class="hint">{ " " }{ t_with("classes-work-byline", &[
                    ("username", Arg::Text(&s.owner.username)),
                    ("date", Arg::Text(&date(&s.updated_at, DateStyle::Day))),
                ]) }</span>
                <span class={classes!("badge", s.visibility.as_str())}>{ visibility_label(s.visibility) }</span>
                if props.leads && !props.scene.reviewed {
                    <span class="badge unreviewed">{ t("classes-not-reviewed") }</span>
                }
                if props.leads {
                    <button type="button" class="button small" aria-expanded={open.to_string()}
                        onclick={Callback::from({ let o = open.clone(); move |_| o.set(!*o) })}>
                        { t("classes-feedback") }<span class="visually-hidden">{ " " }{ t_with("classes-feedback-on", &[("title", Arg::Text(&title))]) }</span>
                    </button>
                }
            </div>
            if *open {
                <FeedbackPanel scene_id={s.id.clone()} can_write={true} reviewed={props.scene.reviewed}
                    onreviewed={props.onreviewed.clone()} />
            }
            if props.leads {
                <StatsDisclosure scene_id={s.id.clone()} scene_title={title.clone()} />
            }
        </li>
    }
}
