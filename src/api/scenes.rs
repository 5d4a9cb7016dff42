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

/// Makes a private scene of a file (a Pinpoint package), reporting the
/// fraction sent as it goes.
pub async fn import(
    file: &web_sys::File,
    on_progress: impl Fn(f64) + 'static,
) -> Result<ImportReport, ApiError> {
    super::client::upload_with_progress("/api/scenes/import", file, on_progress).await
}
