//! Undo and redo stacks of inverse edits. Typing into one field is one
//! entry, not one per keystroke: consecutive edits with the same merge key
//! keep only the first inverse.

use super::edit::Edit;
use model::SceneInput;

/// Which continuous change an edit belongs to (a field of one hotspot, say);
/// consecutive edits with equal keys undo together.
pub type MergeKey = Option<String>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    undo: Vec<(Edit, MergeKey)>,
    redo: Vec<Edit>,
}

impl History {
    /// Records the inverse of an edit just made. A new edit clears redo.
    pub fn record(&mut self, inverse: Edit, key: MergeKey) {
        self.redo.clear();
        let merges = key.is_some() && self.undo.last().is_some_and(|(_, last)| *last == key);
        if !merges {
            self.undo.push((inverse, key));
        }
    }

    /// True while the latest entry may still take in the next edit.
    pub fn is_merging(&self) -> bool {
        self.undo.last().is_some_and(|(_, key)| key.is_some())
    }

    /// Ends any run of merging edits, so the next edit is its own entry.
    pub fn seal(&mut self) {
        if let Some((_, key)) = self.undo.last_mut() {
            *key = None;
        }
    }

    /// Undoes the latest entry that still changes something.
    pub fn undo(&mut self, draft: &mut SceneInput) -> bool {
        while let Some((inverse, _)) = self.undo.pop() {
            if let Some(redo) = inverse.apply(draft) {
                self.redo.push(redo);
                return true;
            }
        }
        false
    }

    pub fn redo(&mut self, draft: &mut SceneInput) -> bool {
        while let Some(edit) = self.redo.pop() {
            if let Some(inverse) = edit.apply(draft) {
                self.undo.push((inverse, None));
                return true;
            }
        }
        false
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
