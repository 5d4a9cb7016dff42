//! Uploads of pictures and sounds, with their progress and refusals.

use crate::api;
use crate::api::assets::Purpose;
use crate::field_problem::FieldProblem;
use model::Asset;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// One kind of upload: its progress (0 to 1) while it runs, and a refusal
/// of its file, named by `field`.
#[derive(Clone)]
pub struct Upload {
    purpose: Purpose,
    field: &'static str,
    progress: UseStateHandle<Option<f64>>,
    error: UseStateHandle<Option<FieldProblem>>,
    /// One upload of a kind at a time, whatever handle starts it (a file
    /// chosen, dropped or pasted): a second would race the first, and the
    /// one to finish last would win.
    running: Rc<Cell<bool>>,
}

impl Upload {
    pub fn progress(&self) -> Option<f64> {
        *self.progress
    }

    pub fn error(&self) -> Option<FieldProblem> {
        (*self.error).clone()
    }

    /// Uploads `file`, handing the stored asset to `done`; nothing while
    /// another upload of this kind runs.
    pub fn start(&self, file: web_sys::File, done: Callback<Asset>) {
        let (progress, error, field) = (self.progress.clone(), self.error.clone(), self.field);
        if self.running.get() {
            return;
        }
        if let Some(problem) = api::assets::check(&file, self.purpose) {
            error.set(Some(FieldProblem::new(field, problem)));
            return;
        }
        self.running.set(true);
        let running = self.running.clone();
        progress.set(Some(0.0));
        error.set(None);
        let purpose = self.purpose;
        wasm_bindgen_futures::spawn_local(async move {
            let shown = progress.clone();
            let result =
                api::assets::upload(&file, purpose, move |fraction| shown.set(Some(fraction)))
                    .await;
            progress.set(None);
            running.set(false);
            match result {
                Ok(asset) => done.emit(asset),
                Err(e) => error.set(Some(FieldProblem::new(field, e.message()))),
            }
        });
    }
}

#[hook]
pub fn use_upload(purpose: Purpose, field: &'static str) -> Upload {
    Upload {
        purpose,
        field,
        progress: use_state(|| None),
        error: use_state(|| None),
        running: (*use_memo((), |_| Rc::new(Cell::new(false)))).clone(),
    }
}
