//! The JSON API under `/api`, one module per resource.

pub mod assets;
pub mod auth;
pub mod avatar;
pub mod bulk_export;
pub mod classes;
pub mod feedback;
pub mod lti;
pub mod lti_picker;
pub mod me;
pub mod oidc;
pub mod scenes;
pub mod school;
pub mod share;
pub mod stats;
pub mod transfer;

use crate::error::AppError;
use crate::AppState;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(auth::router())
        .merge(me::router())
        .merge(avatar::router())
        .merge(scenes::router())
        .merge(share::router())
        .merge(assets::router())
        .merge(classes::router())
        .merge(feedback::router())
        .merge(school::router())
        .merge(stats::router())
        .merge(transfer::router())
        .merge(bulk_export::router())
        .merge(oidc::api_router())
        .merge(lti::api_router())
        .fallback(|| async { AppError::NotFound })
        .method_not_allowed_fallback(|| async { AppError::MethodNotAllowed })
}
