//! Classes, their students and scenes, and teachers' feedback.

use super::client::{request, request_empty, Body, Method};
use super::ApiError;
use model::feedback::FeedbackRead;
use model::{ClassInfo, ClassScene, ClassStudent, Feedback, JoinClass, NewClass, NewFeedback};

pub async fn list() -> Result<Vec<ClassInfo>, ApiError> {
    request(Method::Get, "/api/classes", Body::None).await
}

pub async fn create(name: &str) -> Result<ClassInfo, ApiError> {
    request(
        Method::Post,
        "/api/classes",
        Body::json(&NewClass { name: name.into() })?,
    )
    .await
}

pub async fn join(join_code: &str) -> Result<ClassInfo, ApiError> {
    request(
        Method::Post,
        "/api/classes/join",
        Body::json(&JoinClass {
            join_code: join_code.into(),
        })?,
    )
    .await
}

pub async fn rotate_code(class_id: &str) -> Result<ClassInfo, ApiError> {
    request(
        Method::Post,
        &format!("/api/classes/{class_id}/rotate-code"),
        Body::None,
    )
    .await
}

pub async fn students(class_id: &str) -> Result<Vec<ClassStudent>, ApiError> {
    request(
        Method::Get,
        &format!("/api/classes/{class_id}/students"),
        Body::None,
    )
    .await
}

pub async fn scenes(class_id: &str) -> Result<Vec<ClassScene>, ApiError> {
    request(
        Method::Get,
        &format!("/api/classes/{class_id}/scenes"),
        Body::None,
    )
    .await
}

pub async fn feedback(scene_id: &str) -> Result<Vec<Feedback>, ApiError> {
    request(
        Method::Get,
        &format!("/api/scenes/{scene_id}/feedback"),
        Body::None,
    )
    .await
}

pub async fn send_feedback(scene_id: &str, body: &str) -> Result<Feedback, ApiError> {
    request(
        Method::Post,
        &format!("/api/scenes/{scene_id}/feedback"),
        Body::json(&NewFeedback { body: body.into() })?,
    )
    .await
}

/// The scene's owner has read its feedback up to item `upto`, the newest
/// they were shown.
pub async fn mark_feedback_read(scene_id: &str, upto: &str) -> Result<(), ApiError> {
    request_empty(
        Method::Post,
        &format!("/api/scenes/{scene_id}/feedback/read"),
        Body::json(&FeedbackRead { upto: upto.into() })?,
    )
    .await
}

pub async fn mark_reviewed(scene_id: &str) -> Result<(), ApiError> {
    request_empty(
        Method::Post,
        &format!("/api/scenes/{scene_id}/review"),
        Body::None,
    )
    .await
}

/// Signs a student up for the class; the report holds their one-time password.
pub async fn add_student(
    class_id: &str,
    student: &model::NewStudent,
) -> Result<model::StudentImport, ApiError> {
    request(
        Method::Post,
        &format!("/api/classes/{class_id}/students"),
        Body::json(student)?,
    )
    .await
}

/// Imports a CSV class list (username, email, date of birth).
pub async fn import(
    class_id: &str,
    file: &web_sys::File,
) -> Result<model::StudentImport, ApiError> {
    super::client::upload_with_progress(&format!("/api/classes/{class_id}/import"), file, |_| {})
        .await
}

/// The class's work as one zip (a package per scene and an index),
/// telling `on_progress` the bytes received so far.
pub async fn export_work(
    class_id: &str,
    on_progress: impl Fn(f64) + 'static,
) -> Result<web_sys::Blob, ApiError> {
    super::client::download_with_progress(&format!("/api/classes/{class_id}/export"), on_progress)
        .await
}
