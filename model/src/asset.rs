//! Uploaded images.

use serde::{Deserialize, Serialize};

/// What `POST /api/assets` answers: the stored image's id, type and size.
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
pub const ASSET_CONTENT_TYPES: [&str; 4] = ["image/png", "image/jpeg", "image/webp", "image/gif"];
