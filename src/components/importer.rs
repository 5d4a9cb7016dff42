//! `Import` on the home page, as a hook: files chosen or dropped become a
//! private scene (`POST /api/scenes/import`), with the progress and the
//! outcome in the page's status line and what could not come along
//! listed. Annotations chosen without their picture wait for it: the page
//! offers "Choose its picture" and sends the two together.

use crate::api;
use crate::components::file_input::{on_files_chosen, open_chooser};
use crate::import_choice::{self, ChoiceProblem, Chosen};
use crate::text::{t, t_with, Arg};
use yew::prelude::*;

pub struct Importer {
    /// Imports the files chosen or dropped.
    pub import: Callback<Vec<web_sys::File>>,
    /// What of the last import could not become part of its scene.
    pub not_imported: Vec<String>,
    /// Annotations were chosen alone: their picture is asked for.
    pub waiting_for_picture: bool,
    pub choose_picture: Callback<MouseEvent>,
    pub picture_input: NodeRef,
    pub onpicture: Callback<Event>,
}

/// `status` is the page's status line; `imported` hears each new scene.
#[hook]
pub fn use_importer(
    status: UseStateHandle<Option<String>>,
    imported: Callback<model::Scene>,
) -> Importer {
    let not_imported = use_state(Vec::<String>::new);
    // Annotations chosen alone, until their picture is.
    let waiting = use_mut_ref(|| None::<web_sys::File>);
    let waiting_for_picture = use_state(|| false);
    let picture_input = use_node_ref();
    let import = {
        let (not_imported, waiting, waiting_for_picture) = (
            not_imported.clone(),
            waiting.clone(),
            waiting_for_picture.clone(),
        );
        Callback::from(move |mut files: Vec<web_sys::File>| {
            not_imported.set(Vec::new());
            let choice = loop {
                let (names, kinds): (Vec<String>, Vec<String>) =
                    files.iter().map(|f| (f.name(), f.type_())).unzip();
                let chosen: Vec<Chosen> = names
                    .iter()
                    .zip(&kinds)
                    .map(|(name, kind)| Chosen { name, kind })
                    .collect();
                match import_choice::choose(&chosen) {
                    // The picture the waiting annotations asked for.
                    Err(ChoiceProblem::PictureAlone) if waiting.borrow().is_some() => {
                        files.extend(waiting.borrow_mut().take());
                    }
                    Err(ChoiceProblem::NeedsPicture) => {
                        *waiting.borrow_mut() = files.pop();
                        waiting_for_picture.set(true);
                        status.set(Some(t("import-choose-picture")));
                        return;
                    }
                    Err(problem) => {
                        status.set(Some(t(problem.message_key())));
                        return;
                    }
                    Ok(choice) => break choice,
                }
            };
            waiting.borrow_mut().take();
            waiting_for_picture.set(false);
            let name = files
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(", ");
            status.set(Some(t_with(
                "import-importing",
                &[("name", Arg::Text(&name))],
            )));
            let (status, not_imported, imported) =
                (status.clone(), not_imported.clone(), imported.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let progress = status.clone();
                let report = api::scenes::import(&files, &choice, move |done| {
                    progress.set(Some(t_with(
                        "import-progress",
                        &[
                            ("name", Arg::Text(&name)),
                            ("percent", Arg::Number((done * 100.0).round())),
                        ],
                    )));
                })
                .await;
                match report {
                    Ok(report) => {
                        status.set(Some(t_with(
                            "import-done",
                            &[("title", Arg::Text(&report.scene.title))],
                        )));
                        not_imported.set(report.not_imported);
                        imported.emit(report.scene);
                    }
                    Err(e) => status.set(Some(t_with(
                        "import-failed",
                        &[("reason", Arg::Text(&e.message()))],
                    ))),
                }
            });
        })
    };
    let choose_picture = open_chooser(&picture_input);
    let onpicture = on_files_chosen(import.clone());
    Importer {
        import,
        not_imported: (*not_imported).clone(),
        waiting_for_picture: *waiting_for_picture,
        choose_picture,
        picture_input,
        onpicture,
    }
}
