//! The smallest changes to a draft. Applying an edit answers its inverse,
//! which is what the history keeps: undoing is applying the inverse.

use model::{Hotspot, SceneImage, SceneInput, Visibility};
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    InsertHotspot {
        index: usize,
        hotspot: Arc<Hotspot>,
    },
    RemoveHotspot {
        index: usize,
    },
    ReplaceHotspot {
        index: usize,
        hotspot: Arc<Hotspot>,
    },
    /// Moves a hotspot in the reading (and Tab) order.
    ReorderHotspot {
        from: usize,
        to: usize,
    },
    SetTitle(String),
    SetDescription(String),
    SetVisibility(Visibility),
    SetImage(Option<SceneImage>),
}

impl Edit {
    /// Applies the edit and answers its inverse; `None` when the edit does
    /// not apply (an index out of range) or would change nothing.
    pub fn apply(self, draft: &mut SceneInput) -> Option<Edit> {
        match self {
            Edit::InsertHotspot { index, hotspot } => {
                if index > draft.hotspots.len() {
                    return None;
                }
                draft.hotspots.insert(index, hotspot);
                Some(Edit::RemoveHotspot { index })
            }
            Edit::RemoveHotspot { index } => {
                if index >= draft.hotspots.len() {
                    return None;
                }
                let hotspot = draft.hotspots.remove(index);
                Some(Edit::InsertHotspot { index, hotspot })
            }
            Edit::ReplaceHotspot { index, hotspot } => {
                let slot = draft.hotspots.get_mut(index)?;
                if *slot == hotspot {
                    return None;
                }
                let old = std::mem::replace(slot, hotspot);
                Some(Edit::ReplaceHotspot {
                    index,
                    hotspot: old,
                })
            }
            Edit::ReorderHotspot { from, to } => {
                let len = draft.hotspots.len();
                if from == to || from >= len || to >= len {
                    return None;
                }
                let hotspot = draft.hotspots.remove(from);
                draft.hotspots.insert(to, hotspot);
                Some(Edit::ReorderHotspot { from: to, to: from })
            }
            Edit::SetDescription(description) => {
                if draft.description == description {
                    return None;
                }
                Some(Edit::SetDescription(std::mem::replace(
                    &mut draft.description,
                    description,
                )))
            }
            Edit::SetTitle(title) => {
                if draft.title == title {
                    return None;
                }
                Some(Edit::SetTitle(std::mem::replace(&mut draft.title, title)))
            }
            Edit::SetVisibility(visibility) => {
                if draft.visibility == visibility {
                    return None;
                }
                Some(Edit::SetVisibility(std::mem::replace(
                    &mut draft.visibility,
                    visibility,
                )))
            }
            Edit::SetImage(image) => {
                if draft.image == image {
                    return None;
                }
                Some(Edit::SetImage(std::mem::replace(&mut draft.image, image)))
            }
        }
    }
}
