//! Uploads of pictures and sounds, with their progress and refusals.

use crate::api;
use crate::api::assets::Purpose;
use model::{Asset, FieldError};
use yew::prelude::*;

/// One kind of upload: its progress (0 to 1) while it runs, and a refusal
/// of its file, named by `field`.
#[derive(Clone)]
pub struct Upload {
    purpose: Purpose,
    field: &'static str,
    progress: UseStateHandle<Option<f64>>,
    error: UseStateHandle<Option<FieldError>>,
}

impl Upload {
    pub fn progress(&self) -> Option<f64> {
        *self.progress
    }

    pub fn error(&self) -> Option<FieldError> {
        (*self.error).clone()
    }

    /// Uploads `file`, handing the stored asset to `done`.
    pub fn start(&self, file: web_sys::File, done: Callback<Asset>) {
        let (progress, error, field) = (self.progress.clone(), self.error.clone(), self.field);
        if let Some(problem) = api::assets::check(&file, self.purpose) {
            error.set(Some(FieldError::new(field, problem)));
            return;
        }
        progress.set(Some(0.0));
        error.set(None);
        let purpose = self.purpose;
        wasm_bindgen_futures::spawn_local(async move {
            let shown = progress.clone();
            let result =
                api::assets::upload(&file, purpose, move |fraction| shown.set(Some(fraction)))
                    .await;
            progress.set(None);
            match result {
                Ok(asset) => done.emit(asset),
                Err(e) => error.set(Some(FieldError::new(field, e.message()))),
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
    }
}
