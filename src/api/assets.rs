//! Uploaded files: pictures and sounds.

use super::client::upload_with_progress;
use super::ApiError;
use crate::text::{t_with, Arg};
use model::asset::{AUDIO_CONTENT_TYPES, IMAGE_CONTENT_TYPES, MAX_ASSET_BYTES};
use model::Asset;

/// What a file input is for: the scene's picture, or a popup's media.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    ScenePicture,
    /// A picture or a sound.
    PopupMedia,
}

/// Uploads a file, reporting the fraction sent as it goes. Refuses at once,
/// without sending, what the server would refuse for its type or size.
pub async fn upload(
    file: &web_sys::File,
    purpose: Purpose,
    on_progress: impl Fn(f64) + 'static,
) -> Result<Asset, ApiError> {
    if let Some(problem) = check(file, purpose) {
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
pub fn check(file: &web_sys::File, purpose: Purpose) -> Option<String> {
    let kind = file.type_();
    let image = IMAGE_CONTENT_TYPES.contains(&kind.as_str());
    // Browsers name some sounds differently (audio/x-wav, audio/x-m4a).
    let sound = kind.starts_with("audio/") || AUDIO_CONTENT_TYPES.contains(&kind.as_str());
    let fits = match purpose {
        Purpose::ScenePicture => image,
        Purpose::PopupMedia => image || sound,
    };
    if !kind.is_empty() && !fits {
        let name = file.name();
        return Some(match purpose {
            Purpose::ScenePicture => t_with("api-not-a-picture", &[("name", Arg::Text(&name))]),
            Purpose::PopupMedia => {
                t_with("api-not-a-picture-or-sound", &[("name", Arg::Text(&name))])
            }
        });
    }
    if file.size() > MAX_ASSET_BYTES as f64 {
        // One decimal, as the page's language writes it.
        let size = (file.size() / 104_857.6).round() / 10.0;
        return Some(t_with(
            "api-file-too-big",
            &[
                ("size", Arg::Number(size)),
                ("max", Arg::Number((MAX_ASSET_BYTES / 1_048_576) as f64)),
            ],
        ));
    }
    None
}

/// Where the browser loads a file from.
pub fn url(asset_id: &str) -> String {
    format!("/api/assets/{asset_id}")
}
