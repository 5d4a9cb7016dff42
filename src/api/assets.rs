//! Images.

use super::client::{request, Body, Method};
use super::ApiError;
use model::Asset;

pub async fn upload(file: &web_sys::File) -> Result<Asset, ApiError> {
    request(Method::Post, "/api/assets", Body::File(file)).await
}

/// Where the browser loads an image from.
pub fn url(asset_id: &str) -> String {
    format!("/api/assets/{asset_id}")
}
