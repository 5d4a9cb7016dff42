//! Images.

use super::client::upload_with_progress;
use super::ApiError;
use model::asset::{ASSET_CONTENT_TYPES, MAX_ASSET_BYTES};
use model::Asset;

/// Uploads a picture, reporting the fraction sent as it goes. Refuses at
/// once, without sending, what the server would refuse for its type or size.
pub async fn upload(
    file: &web_sys::File,
    on_progress: impl Fn(f64) + 'static,
) -> Result<Asset, ApiError> {
    if let Some(problem) = check(file) {
        return Err(ApiError::Server {
            status: 0,
            code: "validation".into(),
            message: problem,
            field: Some("image".into()),
        });
    }
    upload_with_progress("/api/assets", file, on_progress).await
}

/// Why a file cannot be uploaded, if it cannot. The server checks the
/// content itself; this only saves a pointless upload.
pub fn check(file: &web_sys::File) -> Option<String> {
    let kind = file.type_();
    if !kind.is_empty() && !ASSET_CONTENT_TYPES.contains(&kind.as_str()) {
        return Some(format!(
            "\"{}\" is not a picture Pinpoint can show. Use a PNG, JPEG, WebP or GIF file.",
            file.name()
        ));
    }
    if file.size() > MAX_ASSET_BYTES as f64 {
        let mb = file.size() / 1_048_576.0;
        return Some(format!(
            "This file is {mb:.1} MB; pictures can be at most {} MB.",
            MAX_ASSET_BYTES / 1_048_576
        ));
    }
    None
}

/// Where the browser loads an image from.
pub fn url(asset_id: &str) -> String {
    format!("/api/assets/{asset_id}")
}
