//! A scene's anonymous view statistics.

use super::client::{request, Body, Method};
use super::ApiError;
use model::SceneStats;

/// The last `days` days, today included.
pub async fn for_scene(id: &str, days: u32) -> Result<SceneStats, ApiError> {
    request(
        Method::Get,
        &format!("/api/scenes/{id}/stats?days={days}"),
        Body::None,
    )
    .await
}
