//! The user's school.

use super::client::{request, Body, Method};
use super::ApiError;
use model::School;

pub async fn get() -> Result<School, ApiError> {
    request(Method::Get, "/api/school", Body::None).await
}

pub async fn update_settings(patch: &model::SchoolSettingsPatch) -> Result<School, ApiError> {
    request(Method::Patch, "/api/school/settings", Body::json(patch)?).await
}

pub async fn users() -> Result<Vec<model::SchoolUser>, ApiError> {
    request(Method::Get, "/api/school/users", Body::None).await
}

/// A new teacher invitation code; the old one stops working.
pub async fn rotate_invite() -> Result<School, ApiError> {
    request(Method::Post, "/api/school/rotate-invite", Body::None).await
}

pub async fn update_user(
    id: &str,
    patch: &model::SchoolUserPatch,
) -> Result<model::SchoolUserChanged, ApiError> {
    request(
        Method::Patch,
        &format!("/api/school/users/{id}"),
        Body::json(patch)?,
    )
    .await
}

pub async fn delete_user(id: &str) -> Result<(), ApiError> {
    super::client::request_empty(
        Method::Delete,
        &format!("/api/school/users/{id}"),
        Body::None,
    )
    .await
}

/// The learning platforms (LMSs) registered for the school.
pub async fn lti_platforms() -> Result<Vec<model::lti::LtiPlatform>, ApiError> {
    request(Method::Get, "/api/school/lti/platforms", Body::None).await
}

pub async fn register_lti_platform(
    settings: &model::lti::LtiPlatformSettings,
) -> Result<model::lti::LtiPlatform, ApiError> {
    request(
        Method::Post,
        "/api/school/lti/platforms",
        Body::json(settings)?,
    )
    .await
}

pub async fn remove_lti_platform(id: &str) -> Result<(), ApiError> {
    super::client::request_empty(
        Method::Delete,
        &format!("/api/school/lti/platforms/{id}"),
        Body::None,
    )
    .await
}

/// The whole school's data as one zip, telling `on_progress` the bytes
/// received so far.
pub async fn export(on_progress: impl Fn(f64) + 'static) -> Result<web_sys::Blob, ApiError> {
    super::client::download_with_progress("/api/school/export", on_progress).await
}

/// Deletes the school with everything in it.
pub async fn delete(name: &str, password: &str) -> Result<(), ApiError> {
    let body = model::DeleteSchool {
        name: name.into(),
        password: password.into(),
    };
    super::client::request_empty(Method::Delete, "/api/school", Body::json(&body)?).await
}
