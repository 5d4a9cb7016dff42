//! Scenes.

use super::client::{request, request_empty, Body, Method};
use super::ApiError;
use model::{ExplorePage, ImportReport, Scene, SceneInput, SceneSummary};

pub async fn get(id: &str) -> Result<Scene, ApiError> {
    request(Method::Get, &format!("/api/scenes/{id}"), Body::None).await
}

pub async fn list_own() -> Result<Vec<SceneSummary>, ApiError> {
    request(Method::Get, "/api/scenes", Body::None).await
}

pub async fn create(input: &SceneInput) -> Result<Scene, ApiError> {
    request(Method::Post, "/api/scenes", Body::json(input)?).await
}

/// Saves an edit; `input.version` must be the version it started from.
pub async fn save(id: &str, input: &SceneInput) -> Result<Scene, ApiError> {
    request(
        Method::Put,
        &format!("/api/scenes/{id}"),
        Body::json(input)?,
    )
    .await
}

/// Gives the scene a new link; the old one stops working. Answers the scene
/// under its new id.
pub async fn reset_link(id: &str) -> Result<Scene, ApiError> {
    request(
        Method::Post,
        &format!("/api/scenes/{id}/reset-link"),
        Body::None,
    )
    .await
}

pub async fn delete(id: &str) -> Result<(), ApiError> {
    request_empty(Method::Delete, &format!("/api/scenes/{id}"), Body::None).await
}

pub async fn explore(page: u32) -> Result<ExplorePage, ApiError> {
    request(
        Method::Get,
        &format!("/api/explore?page={page}"),
        Body::None,
    )
    .await
}

/// Where the browser downloads the scene in `format` (see
/// `model::scene::EXPORT_FORMATS`).
pub fn export_url(id: &str, format: &str) -> String {
    format!("/api/scenes/{id}/export?format={format}")
}

/// Makes a private scene of the files chosen (a Pinpoint package or an
/// H5P file; or annotations with their picture, sent as a form),
/// reporting the fraction sent as it goes.
pub async fn import(
    files: &[web_sys::File],
    choice: &crate::import_choice::ImportFiles,
    on_progress: impl Fn(f64) + 'static,
) -> Result<ImportReport, ApiError> {
    use super::client::{upload_with_progress, Upload};
    use crate::import_choice::ImportFiles;
    const PATH: &str = "/api/scenes/import";
    let file = |index: usize| files.get(index).ok_or(ApiError::Unreadable);
    match *choice {
        ImportFiles::One(index) => upload_with_progress(PATH, file(index)?, on_progress).await,
        ImportFiles::Annotations { json, picture } => {
            let form = web_sys::FormData::new().map_err(|_| ApiError::Unreadable)?;
            for (field, index) in [("file", json), ("picture", picture)] {
                let chosen = file(index)?;
                form.append_with_blob_and_filename(field, chosen, &chosen.name())
                    .map_err(|_| ApiError::Unreadable)?;
            }
            upload_with_progress(PATH, Upload::Form(&form), on_progress).await
        }
    }
}
