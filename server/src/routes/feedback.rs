//! Feedback: teachers' comments on students' scenes, read by the student,
//! the class's teachers and the school's admins; and marking a scene
//! reviewed.

use crate::access;
use crate::auth::CurrentUser;
use crate::crypto::random_id;
use crate::db::feedback;
use crate::error::{AppError, AppResult};
use crate::extract::{AppJson, AppPath};
use crate::policy;
use crate::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use model::feedback::FeedbackRead;
use model::{Feedback, NewFeedback};
use pinpoint_i18n::Message;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/scenes/{id}/feedback", get(list).post(create))
        .route("/scenes/{id}/feedback/read", post(mark_read))
        .route("/scenes/{id}/review", post(mark_reviewed))
}

async fn list(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<Json<Vec<Feedback>>> {
    let list = state
        .db
        .call(move |conn| {
            let (stored, relation) = access::viewable_scene(conn, &id, Some(&user))?;
            if !policy::may_read_feedback(relation) {
                // Feedback is between a student and their teachers.
                return Err(AppError::NotFound);
            }
            feedback::for_scene(conn, &stored.scene.id)
        })
        .await?;
    Ok(Json(list))
}

async fn create(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    AppJson(req): AppJson<NewFeedback>,
) -> AppResult<impl IntoResponse> {
    let now = state.clock.now();
    req.validate()?;
    let item = state
        .db
        .call(move |conn| {
            let (stored, relation) = access::viewable_scene(conn, &id, Some(&user))?;
            if !policy::may_write_feedback(relation, stored.owner.kind) {
                return Err(AppError::Forbidden(Message::new("error-feedback-who")));
            }
            let feedback_id = random_id();
            feedback::insert(
                conn,
                &feedback_id,
                &stored.scene.id,
                &user.id,
                req.body.trim(),
                now,
            )?;
            feedback::for_scene(conn, &stored.scene.id)?
                .into_iter()
                .find(|f| f.id == feedback_id)
                .ok_or(AppError::NotFound)
        })
        .await?;
    Ok((StatusCode::CREATED, Json(item)))
}

/// The scene's owner has read its feedback up to an item: My scenes stops
/// calling it, and what came before it, new.
async fn mark_read(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
    AppJson(req): AppJson<FeedbackRead>,
) -> AppResult<StatusCode> {
    state
        .db
        .call(move |conn| {
            let (stored, relation) = access::viewable_scene(conn, &id, Some(&user))?;
            if !policy::may_read_feedback(relation) {
                return Err(AppError::NotFound);
            }
            if !policy::may_mark_feedback_read(relation) {
                return Err(AppError::Forbidden(Message::new("error-feedback-read")));
            }
            if !feedback::mark_read(conn, &stored.scene.id, &req.upto)? {
                return Err(AppError::validation(
                    "upto",
                    Message::new("error-feedback-unknown"),
                ));
            }
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn mark_reviewed(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    AppPath(id): AppPath,
) -> AppResult<StatusCode> {
    let now = state.clock.now();
    state
        .db
        .call(move |conn| {
            let (stored, relation) = access::viewable_scene(conn, &id, Some(&user))?;
            if !policy::may_write_feedback(relation, stored.owner.kind) {
                return Err(AppError::Forbidden(Message::new("error-reviewed-who")));
            }
            feedback::mark_reviewed(conn, &stored.scene.id, &user.id, now)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
