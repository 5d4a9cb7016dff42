//! `/`: the signed-in user's scenes, or a welcome for everyone else.

use crate::api;
use crate::components::confirm_dialog::ConfirmDialog;
use crate::components::file_input::{on_files_chosen, open_chooser, use_file_drop, FileDrop};
use crate::components::focus::focus_in;
use crate::components::importer::use_importer;
use crate::components::scene_card::SceneCard;
use crate::route::Route;
use crate::session::{use_session, Session};
use crate::text::{t, t_with, Arg};
use model::{SceneSummary, UserKind};
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[function_component(HomePage)]
pub fn home_page() -> Html {
    let session = use_session();
    match &session.session {
        Session::Loading => html! { <div class="skeleton skeleton-title" aria-busy="true"></div> },
        Session::SignedOut => html! { <Welcome /> },
        Session::SignedIn(me) => {
            html! { <MyScenes teaches={me.kind == UserKind::Teacher && me.school.is_some()} /> }
        }
    }
}

#[function_component(Welcome)]
fn welcome() -> Html {
    html! {
        <section class="welcome">
            <h1>{ t("welcome-title") }</h1>
            <p class="lead">{ t("welcome-lead") }</p>
            <p class="cta">
                <Link<Route> to={Route::Signup} classes="button primary">{ t("welcome-get-started") }</Link<Route>>
                <Link<Route> to={Route::Explore} classes="button">{ t("welcome-examples") }</Link<Route>>
            </p>
            <ul class="promises">
                <li><strong>{ t("welcome-private") }</strong>{ " " }{ t("welcome-private-text") }</li>
                <li><strong>{ t("welcome-schools") }</strong>{ " " }{ t("welcome-schools-text") }</li>
                <li><strong>{ t("welcome-yours") }</strong>{ " " }{ t("welcome-yours-text") }</li>
            </ul>
        </section>
    }
}

/// The owner's scenes as loaded, then as changed here. Changes go through
/// the reducer so that each applies to the list as it is when it lands: a
/// copy and a delete finishing in either order both show.
#[derive(Default, PartialEq)]
struct OwnScenes(Option<Result<Vec<SceneSummary>, api::ApiError>>);

enum ListChange {
    Loaded(Result<Vec<SceneSummary>, api::ApiError>),
    /// A new scene, first as the server lists them (newest first).
    Added(SceneSummary),
    Removed(String),
}

impl Reducible for OwnScenes {
    type Action = ListChange;

    fn reduce(self: Rc<Self>, change: ListChange) -> Rc<Self> {
        let Some(Ok(list)) = &self.0 else {
            return match change {
                ListChange::Loaded(result) => Rc::new(OwnScenes(Some(result))),
                _ => self,
            };
        };
        let mut list = list.clone();
        match change {
            ListChange::Loaded(result) => return Rc::new(OwnScenes(Some(result))),
            ListChange::Added(scene) => list.insert(0, scene),
            ListChange::Removed(id) => list.retain(|s| s.id != id),
        }
        Rc::new(OwnScenes(Some(Ok(list))))
    }
}

/// What the owner asked to do to one of their scenes.
#[derive(Clone, PartialEq)]
enum Asking {
    /// "Delete this scene?" is open; `busy` while the server deletes it.
    Delete {
        scene: SceneSummary,
        busy: bool,
        error: Option<String>,
    },
}

#[derive(Properties, PartialEq)]
struct MyScenesProps {
    /// A teacher of a school, whose next step is a class.
    teaches: bool,
}

#[function_component(MyScenes)]
fn my_scenes(props: &MyScenesProps) -> Html {
    let scenes = use_reducer(OwnScenes::default);
    let asking = use_state(|| None::<Asking>);
    // What just happened, for everyone and for screen readers.
    let status = use_state(|| None::<String>);
    // After a scene goes, the focus goes to the list's heading; after a
    // copy, to the copy.
    let section = use_node_ref();
    let focus_next = use_state(|| None::<FocusTarget>);
    {
        let scenes = scenes.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                scenes.dispatch(ListChange::Loaded(api::scenes::list_own().await));
            });
        });
    }
    {
        let section = section.clone();
        use_effect_with((*focus_next).clone(), move |target| {
            if let Some(target) = target {
                let card = target
                    .selector
                    .as_ref()
                    .map(|selector| focus_in(&section, selector));
                if card != Some(true) {
                    focus_in(&section, "h1");
                }
            }
        });
    }
    // One copy at a time: a double click makes one copy, not two.
    let copying = use_mut_ref(|| false);
    let duplicate = {
        let (scenes, status, focus_next) = (scenes.clone(), status.clone(), focus_next.clone());
        move |summary: &SceneSummary| {
            let (scenes, status, focus_next, id) = (
                scenes.clone(),
                status.clone(),
                focus_next.clone(),
                summary.id.clone(),
            );
            let copying = copying.clone();
            Callback::from(move |()| {
                if copying.replace(true) {
                    return;
                }
                let copying = copying.clone();
                let (scenes, status, focus_next, id) = (
                    scenes.clone(),
                    status.clone(),
                    focus_next.clone(),
                    id.clone(),
                );
                status.set(Some(t("home-copying")));
                wasm_bindgen_futures::spawn_local(async move {
                    let copied = match api::scenes::get(&id).await {
                        Ok(original) => api::scenes::create(&original.duplicate()).await,
                        Err(e) => Err(e),
                    };
                    *copying.borrow_mut() = false;
                    match copied {
                        Ok(copy) => {
                            status.set(Some(t_with(
                                "home-copied",
                                &[("title", Arg::Text(&copy.title))],
                            )));
                            // Newest first, as the server lists them.
                            scenes.dispatch(ListChange::Added(copy.summary()));
                            // On the copy, to open it.
                            FocusTarget::set(&focus_next, Some(format!("#scene-{} a", copy.id)));
                        }
                        Err(e) => status.set(Some(t_with(
                            "home-copy-failed",
                            &[("reason", Arg::Text(&e.message()))],
                        ))),
                    }
                });
            })
        }
    };
    // Files chosen or dropped become a private scene, first in the list.
    let importer = use_importer(
        status.clone(),
        Callback::from({
            let (scenes, focus_next) = (scenes.clone(), focus_next.clone());
            move |scene: model::Scene| {
                let id = scene.id.clone();
                scenes.dispatch(ListChange::Added(scene.summary()));
                FocusTarget::set(&focus_next, Some(format!("#scene-{id} a")));
            }
        }),
    );
    let import = importer.import.clone();
    let file_input = use_node_ref();
    let choose_file = open_chooser(&file_input);
    let onfile = on_files_chosen(import.clone());
    let FileDrop {
        over: dropping,
        ondragover,
        ondragleave,
        ondrop,
    } = use_file_drop(import);
    let ask_delete = {
        let asking = asking.clone();
        move |summary: &SceneSummary| {
            let (asking, scene) = (asking.clone(), summary.clone());
            Callback::from(move |()| {
                asking.set(Some(Asking::Delete {
                    scene: scene.clone(),
                    busy: false,
                    error: None,
                }))
            })
        }
    };
    let dialog = match &*asking {
        Some(Asking::Delete { scene, busy, error }) => {
            let name = display_title(scene);
            let onconfirm = {
                let (asking, scenes, status, focus_next, scene) = (
                    asking.clone(),
                    scenes.clone(),
                    status.clone(),
                    focus_next.clone(),
                    scene.clone(),
                );
                Callback::from(move |()| {
                    let (asking, scenes, status, focus_next, scene) = (
                        asking.clone(),
                        scenes.clone(),
                        status.clone(),
                        focus_next.clone(),
                        scene.clone(),
                    );
                    asking.set(Some(Asking::Delete {
                        scene: scene.clone(),
                        busy: true,
                        error: None,
                    }));
                    wasm_bindgen_futures::spawn_local(async move {
                        match api::scenes::delete(&scene.id).await {
                            Ok(()) => {
                                asking.set(None);
                                scenes.dispatch(ListChange::Removed(scene.id.clone()));
                                status.set(Some(t_with(
                                    "home-deleted",
                                    &[("title", Arg::Text(&display_title(&scene)))],
                                )));
                                FocusTarget::set(&focus_next, None);
                            }
                            Err(e) => asking.set(Some(Asking::Delete {
                                scene,
                                busy: false,
                                error: Some(e.message()),
                            })),
                        }
                    });
                })
            };
            let oncancel = {
                let (asking, focus_next, id) =
                    (asking.clone(), focus_next.clone(), scene.id.clone());
                Callback::from(move |()| {
                    asking.set(None);
                    // Back to the button that asked.
                    FocusTarget::set(&focus_next, Some(format!("#scene-{id} button.danger")));
                })
            };
            html! {
                <ConfirmDialog title={t_with("home-delete-title", &[("title", Arg::Text(&name))])} confirm={t("home-delete-confirm")}
                    text={t("home-delete-text")}
                    {onconfirm} {oncancel} busy={*busy} error={error.clone().map(AttrValue::from)} />
            }
        }
        None => html! {},
    };
    let body = match &scenes.0 {
        None => html! { <div class="skeleton skeleton-image" aria-busy="true"></div> },
        Some(Err(e)) => html! { <p class="error" role="alert">{ e.message() }</p> },
        Some(Ok(list)) if list.is_empty() => html! {
            <div class="empty">
                <p>{ t("home-empty") }</p>
                <Link<Route> to={Route::NewScene} classes="button primary">{ t("home-create-first") }</Link<Route>>
            </div>
        },
        Some(Ok(list)) => html! {
            <ul class="scene-grid">
                { for list.iter().map(|s| html! {
                    <SceneCard key={s.id.clone()} scene={s.clone()} own=true
                        onduplicate={duplicate(s)} ondelete={ask_delete(s)} />
                }) }
            </ul>
        },
    };
    html! {
        <section ref={section} class={classes!(dropping.then_some("import-drop"))}
            {ondragover} {ondragleave} {ondrop}>
            <div class="section-head">
                <h1>{ t("home-title") }</h1>
                <span class="head-actions">
                    <button type="button" class="button" onclick={choose_file}
                        aria-describedby="import-hint">{ t("home-import") }</button>
                    <input type="file" hidden=true multiple=true ref={file_input} onchange={onfile}
                        accept=".zip,.h5p,application/zip,.json,.jsonld,application/json,application/ld+json,image/png,image/jpeg,image/webp,image/gif"
                        aria-label={t("home-import-input")} />
                    <Link<Route> to={Route::NewScene} classes="button primary">{ t("home-new-scene") }</Link<Route>>
                </span>
            </div>
            <p class="hint" id="import-hint">{ t("home-import-hint") }</p>
            <p class="status" role="status">{ (*status).clone().unwrap_or_default() }</p>
            if importer.waiting_for_picture {
                <p class="import-next">
                    <button type="button" class="button" onclick={importer.choose_picture.clone()}>{ t("home-choose-picture") }</button>
                    <input type="file" hidden=true ref={importer.picture_input.clone()} onchange={importer.onpicture.clone()}
                        accept="image/png,image/jpeg,image/webp,image/gif" aria-label={t("home-picture-input")} />
                </p>
            }
            if !importer.not_imported.is_empty() {
                <div role="note">
                    <p>{ t("home-not-imported") }</p>
                    <ul class="not-imported">
                        { for importer.not_imported.iter().map(|what| html! { <li>{ what.clone() }</li> }) }
                    </ul>
                </div>
            }
            if props.teaches && matches!(&scenes.0, Some(Ok(list)) if list.is_empty()) {
                <p class="next-step">
                    { t("home-teacher-next") }{ " " }
                    <Link<Route> to={Route::Classes}>{ t("home-teacher-next-link") }</Link<Route>>
                    { " " }{ t("home-teacher-next-after") }
                </p>
            }
            { body }
            { dialog }
        </section>
    }
}

fn display_title(scene: &SceneSummary) -> String {
    if scene.title.trim().is_empty() {
        t("scene-untitled")
    } else {
        scene.title.clone()
    }
}

/// Where the focus goes once the list has changed: a control of a card
/// (a CSS selector), or none for the list's heading. Counted, so asking for
/// the same place twice moves the focus twice.
#[derive(Clone, PartialEq)]
struct FocusTarget {
    count: u32,
    selector: Option<String>,
}

impl FocusTarget {
    fn set(handle: &UseStateHandle<Option<FocusTarget>>, selector: Option<String>) {
        let count = handle.as_ref().map_or(0, |t| t.count + 1);
        handle.set(Some(FocusTarget { count, selector }));
    }
}
