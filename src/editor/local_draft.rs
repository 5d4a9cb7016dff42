//! Unsaved edits kept in this browser's localStorage until the server has
//! them, so a reload, a crash or a lost connection loses nothing.
//!
//! Each account's edits have their own keys, and logging out removes every
//! account's: on a shared classroom computer the next person to sign in
//! finds none of them.

use model::SceneInput;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalDraft {
    /// The server version the edits started from.
    pub version: Option<i64>,
    pub draft: SceneInput,
}

/// How long editing must pause before the copy is written: writing a scene
/// of thousands of hotspots takes longer than a frame, too long to do on
/// every keystroke or at the end of every drag. Leaving the page writes it
/// at once.
pub const WRITE_AFTER_MS: u32 = 300;

/// What every draft key starts with, whoever it belongs to.
const PREFIX: &str = "pinpoint.draft.";

/// The key of `user_id`'s unsaved edits of a scene (`None`: a new one):
/// `pinpoint.draft.u_1.new`, `pinpoint.draft.u_1.<scene id>`.
pub fn key(user_id: &str, scene_id: Option<&str>) -> String {
    format!("{PREFIX}{user_id}.{}", scene_id.unwrap_or("new"))
}

/// The keys among `keys` that hold drafts, of any account (and those
/// written before drafts were kept per account).
pub fn draft_keys<I, S>(keys: I) -> Vec<String>
where
    I: IntoIterator<Item = S>,
    S: Into<String>,
{
    keys.into_iter()
        .map(Into::into)
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

#[cfg(target_arch = "wasm32")]
pub use browser::{clear, clear_all, load, store};

/// Reading and writing localStorage. A full or forbidden storage is not
/// worth an error: the server copy is still the one that counts.
#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{draft_keys, key, LocalDraft};
    use serde::Serialize;
    use serde_wasm_bindgen::Serializer;

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn load(user_id: &str, scene_id: Option<&str>) -> Option<LocalDraft> {
        let text = storage()?
            .get_item(&key(user_id, scene_id))
            .ok()
            .flatten()?;
        let value = js_sys::JSON::parse(&text).ok()?;
        serde_wasm_bindgen::from_value(value).ok()
    }

    pub fn store(user_id: &str, scene_id: Option<&str>, draft: &LocalDraft) {
        let Ok(value) = draft.serialize(&Serializer::json_compatible()) else {
            return;
        };
        let Ok(text) = js_sys::JSON::stringify(&value) else {
            return;
        };
        if let (Some(storage), Some(text)) = (storage(), text.as_string()) {
            let _ = storage.set_item(&key(user_id, scene_id), &text);
        }
    }

    pub fn clear(user_id: &str, scene_id: Option<&str>) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&key(user_id, scene_id));
        }
    }

    /// Forgets every account's drafts: on log-out.
    pub fn clear_all() {
        let Some(storage) = storage() else { return };
        let count = storage.length().unwrap_or(0);
        // Listed first: removing while walking the indexes would skip keys.
        let keys = (0..count).filter_map(|i| storage.key(i).ok().flatten());
        for key in draft_keys(keys) {
            let _ = storage.remove_item(&key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_name_the_account_and_the_scene() {
        assert_eq!(key("u_ada", None), "pinpoint.draft.u_ada.new");
        assert_eq!(key("u_ada", Some("s9x")), "pinpoint.draft.u_ada.s9x");
        assert_ne!(key("u_ada", None), key("u_bob", None));
    }

    #[test]
    fn every_accounts_drafts_are_cleared_and_nothing_else() {
        let stored = [
            key("u_ada", None),
            key("u_bob", Some("s9x")),
            "pinpoint.draft.new".to_string(),
            "pinpoint-loaded-from-server".to_string(),
            "pinpoint.drafts".to_string(),
            "other.pinpoint.draft.x".to_string(),
        ];
        assert_eq!(
            draft_keys(stored.clone()),
            [
                "pinpoint.draft.u_ada.new",
                "pinpoint.draft.u_bob.s9x",
                "pinpoint.draft.new"
            ]
        );
        assert!(draft_keys(Vec::<String>::new()).is_empty());
    }
}
