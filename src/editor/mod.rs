//! The scene editor's state, as plain Rust: a draft changed only through
//! named actions, with undo and redo as a history of inverse edits. The
//! page (`pages/editor.rs`) drives it as a Yew reducer.

pub mod edit;
pub mod history;
pub mod keymap;
pub mod local_draft;
pub mod state;

pub use edit::Edit;
pub use history::History;
pub use state::{Action, EditorState};
