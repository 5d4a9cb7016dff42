//! The signed-in user's own account.

use crate::auth::CurrentUser;
use crate::db::users;
use crate::error::AppResult;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use model::Me;

pub fn router() -> Router<AppState> {
    Router::new().route("/me", get(me))
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
