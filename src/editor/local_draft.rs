//! Unsaved edits kept in this browser's localStorage until the server has
//! them, so a reload, a crash or a lost connection loses nothing.

use model::SceneInput;
use serde::{Deserialize, Serialize};
use serde_wasm_bindgen::Serializer;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    /// The server version the edits started from.
    pub version: Option<i64>,
    pub draft: SceneInput,
}

fn key(scene_id: Option<&str>) -> String {
    format!("pinpoint.draft.{}", scene_id.unwrap_or("new"))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load(scene_id: Option<&str>) -> Option<LocalDraft> {
    let text = storage()?.get_item(&key(scene_id)).ok().flatten()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value(value).ok()
}

/// Keeps the edits; a full or forbidden storage is not worth an error (the
/// server copy is still the one that counts).
pub fn store(scene_id: Option<&str>, draft: &LocalDraft) {
    let Ok(value) = draft.serialize(&Serializer::json_compatible()) else {
        return;
    };
    let Ok(text) = js_sys::JSON::stringify(&value) else {
        return;
    };
    if let (Some(storage), Some(text)) = (storage(), text.as_string()) {
        let _ = storage.set_item(&key(scene_id), &text);
    }
}

pub fn clear(scene_id: Option<&str>) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&key(scene_id));
    }
}
