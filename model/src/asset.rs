//! Uploaded images.

use serde::{Deserialize, Serialize};

/// What `POST /api/assets` answers: the stored file's id, type and, for
/// images, size in pixels (0 for sounds).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    pub id: String,
    pub content_type: String,
    pub width: u32,
    pub height: u32,
}

/// Largest upload accepted, in bytes.
pub const MAX_ASSET_BYTES: usize = 10 * 1024 * 1024;
/// Largest width or height accepted, in pixels.
pub const MAX_ASSET_SIDE: u32 = 10_000;
/// The image types accepted, recognised by their content, not their name.
pub const IMAGE_CONTENT_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/webp", "image/gif"];
/// The sound types accepted (MP3, Ogg, WAV, M4A), for hotspot media.
pub const AUDIO_CONTENT_TYPES: [&str; 4] = ["audio/mpeg", "audio/ogg", "audio/wav", "audio/mp4"];

impl Asset {
    pub fn is_image(&self) -> bool {
        IMAGE_CONTENT_TYPES.contains(&self.content_type.as_str())
    }

    pub fn is_audio(&self) -> bool {
        AUDIO_CONTENT_TYPES.contains(&self.content_type.as_str())
    }
}

/// A user's picture is square, made by the app's cropper at this size.
pub const AVATAR_SIDE: u32 = 256;
/// The sides the server accepts for a picture sent some other way.
pub const AVATAR_SIDES: std::ops::RangeInclusive<u32> = 32..=1024;
pub const MAX_AVATAR_BYTES: usize = 2 * 1024 * 1024;
