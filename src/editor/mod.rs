//! The scene editor's state, as plain Rust: a draft changed only through
//! named actions, with undo and redo as a history of inverse edits, and the
//! save loop that decides when and how it goes to the server. The page
//! (`pages/editor/`) drives the state as a Yew reducer and runs the loop.

pub mod edit;
pub mod history;
pub mod keymap;
pub mod local_draft;
pub mod placement;
pub mod save;
pub mod state;

pub use edit::Edit;
pub use history::History;
pub use save::{SaveKind, SaveLoop, SaveStatus};
pub use state::{Action, EditorState};
