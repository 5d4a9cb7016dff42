//! The signed-in user's own account.

use crate::auth::session::token_from;
use crate::auth::{password, CurrentUser};
use crate::db::{sessions, users};
use crate::error::{AppError, AppResult};
use crate::extract::AppJson;
use crate::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use model::user::validate_password;
use model::{Me, PasswordChange};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/me", get(me))
        .route("/me/password", post(change_password))
}

async fn me(State(state): State<AppState>, CurrentUser(user): CurrentUser) -> AppResult<Json<Me>> {
    let keys = state.keys.clone();
    Ok(Json(
        state
            .db
            .call(move |conn| users::me(conn, &keys, &user))
            .await?,
    ))
}

/// Replaces the password, given the current one; every other session of the
/// account ends (a stolen session dies with the old password).
async fn change_password(
    State(state): State<AppState>,
    headers: HeaderMap,
    CurrentUser(user): CurrentUser,
    AppJson(req): AppJson<PasswordChange>,
) -> AppResult<StatusCode> {
    validate_password(&req.new_password)
        .map_err(|e| AppError::validation("new_password", e.message))?;
    let id = user.id.clone();
    let stored = state
        .db
        .call(move |conn| users::password_hash(conn, &id))
        .await?;
    if !password::verify(req.current_password, stored).await? {
        return Err(AppError::validation(
            "current_password",
            "That is not your current password",
        ));
    }
    let hash = password::hash(req.new_password).await?;
    let keep = token_from(&headers).unwrap_or_default();
    state
        .db
        .call(move |conn| {
            users::set_password_hash(conn, &user.id, &hash, true)?;
            sessions::delete_others(conn, &user.id, &keep)
        })
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
