//! `EditorState`: the draft being edited, the selection, the history, and
//! what the server last saved. Every change arrives as an `Action`.
//!
//! The draft, the saved copy and the history are shared (`Rc`) between one
//! state and the next, and copied only when an action changes them: a state
//! is cheap to clone, and whether an action changed anything is a matter of
//! comparing pointers, not scenes of thousands of hotspots.

use super::edit::Edit;
use super::history::History;
use model::panorama::fits_panorama;
use model::{
    default_color, Hotspot, Icon, InitialView, Media, Projection, SceneImage, SceneInput,
    Visibility,
};
use std::rc::Rc;
use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A scene read from the server (or a new, empty one). Not undoable.
    Load {
        id: Option<String>,
        draft: SceneInput,
        version: Option<i64>,
    },
    SetImage(SceneImage),
    /// Shows the picture flat or as a 360° panorama (a 2:1 picture only).
    SetProjection(Projection),
    /// Where a panorama's viewers start looking (none: its centre).
    SetStartView(Option<InitialView>),
    SetTitle(String),
    SetDescription(String),
    /// The picture's text alternative, for people who cannot see it.
    SetAlt(String),
    SetVisibility(Visibility),
    /// A hotspot at (x, y), as fractions of the image.
    AddHotspot {
        x: f64,
        y: f64,
    },
    /// Also selects the hotspot: the one just moved is the one being
    /// worked on.
    MoveHotspot {
        index: usize,
        x: f64,
        y: f64,
    },
    SetHotspotTitle {
        index: usize,
        title: String,
    },
    SetHotspotText {
        index: usize,
        text: String,
    },
    SetHotspotLink {
        index: usize,
        link: String,
    },
    SetHotspotIcon {
        index: usize,
        icon: Icon,
    },
    SetHotspotColor {
        index: usize,
        color: String,
    },
    SetHotspotMedia {
        index: usize,
        media: Option<Media>,
    },
    /// Another scene the hotspot leads to (a tour), by id.
    SetHotspotSceneLink {
        index: usize,
        scene: Option<String>,
    },
    /// Moves a hotspot to position `to` in the reading order.
    ReorderHotspot {
        index: usize,
        to: usize,
    },
    DeleteHotspot(usize),
    /// Unsaved edits kept by this browser, laid over the scene as loaded.
    /// They keep the version they started from, so that saving them over a
    /// newer version is a conflict, not a silent overwrite.
    RestoreDraft {
        draft: SceneInput,
        version: Option<i64>,
    },
    /// Drops every unsaved edit: back to what the server holds.
    DiscardChanges,
    /// Selection is not an edit: it never enters the history.
    Select(Option<usize>),
    Undo,
    Redo,
    /// The scene's link was reset: it now lives under a new id.
    LinkReset {
        id: String,
    },
    /// The server stored the draft as `version` (of scene `id`). `saved` is
    /// the draft that was sent (shared, not copied, when it is the one still
    /// being edited).
    Saved {
        id: String,
        version: i64,
        saved: Rc<SceneInput>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct EditorState {
    /// None until the scene is first saved.
    pub id: Option<String>,
    pub draft: Rc<SceneInput>,
    /// The server's version this draft is based on.
    pub version: Option<i64>,
    pub selected: Option<usize>,
    pub history: Rc<History>,
    /// Counts changes to the draft, so effects (autosave, the local copy)
    /// can tell a change without comparing whole scenes.
    pub revision: u64,
    /// What the server holds, to tell whether there are unsaved changes.
    saved: Rc<SceneInput>,
}

pub fn empty_draft() -> SceneInput {
    SceneInput {
        title: String::new(),
        description: String::new(),
        image: None,
        hotspots: Vec::new(),
        visibility: Visibility::Private,
        version: None,
    }
}

impl Default for EditorState {
    fn default() -> Self {
        let draft = Rc::new(empty_draft());
        EditorState {
            id: None,
            saved: draft.clone(),
            draft,
            version: None,
            selected: None,
            history: Rc::default(),
            revision: 0,
        }
    }
}

/// Runs `change` on `draft`, copying it first if another state shares it.
/// When `change` answers `None` (nothing changed), the draft stays the one
/// shared before, so the action is seen to have changed nothing.
fn change_draft<T>(
    draft: &mut Rc<SceneInput>,
    change: impl FnOnce(&mut SceneInput) -> Option<T>,
) -> Option<T> {
    let before = Rc::clone(draft);
    let result = change(Rc::make_mut(draft));
    if result.is_none() {
        *draft = before;
    }
    result
}

/// The editor page drives the state as a Yew reducer.
#[cfg(target_arch = "wasm32")]
impl yew::Reducible for EditorState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        EditorState::reduce(self, action)
    }
}

/// A new hotspot's title: its number ("Hotspot 3"), in the page's
/// language (in English natively, where there is no page). It is the
/// scene's text from then on, so without the marks that isolate a
/// message's variables in a right-to-left language.
fn numbered_title(number: usize) -> String {
    pinpoint_i18n::Message::new("editor-hotspot-number")
        .number("number", number as f64)
        .to_string()
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// The first `hN` id not used in the draft.
fn fresh_hotspot_id(draft: &SceneInput) -> String {
    (1..)
        .map(|n| format!("h{n}"))
        .find(|id| draft.hotspots.iter().all(|h| &h.id != id))
        .expect("an unused id exists")
}

impl EditorState {
    pub fn has_unsaved_changes(&self) -> bool {
        !Rc::ptr_eq(&self.draft, &self.saved) && self.draft != self.saved
    }

    /// The draft as it should be sent to the server.
    pub fn to_input(&self) -> SceneInput {
        SceneInput {
            version: self.version,
            ..(*self.draft).clone()
        }
    }

    /// Applies `action` to a state shared with the view: answers the same
    /// `Rc` when the action changed nothing (so nothing re-renders), else a
    /// new state sharing every part the action left alone.
    pub fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next.is_unchanged_from(&self) {
            self
        } else {
            Rc::new(next)
        }
    }

    /// True when `self` holds the very parts `before` held: pointers and
    /// small values are compared, never scenes.
    fn is_unchanged_from(&self, before: &EditorState) -> bool {
        Rc::ptr_eq(&self.draft, &before.draft)
            && Rc::ptr_eq(&self.saved, &before.saved)
            && Rc::ptr_eq(&self.history, &before.history)
            && self.id == before.id
            && self.version == before.version
            && self.selected == before.selected
            && self.revision == before.revision
    }

    fn edit(&mut self, edit: Edit, merge_key: Option<String>) -> bool {
        match change_draft(&mut self.draft, |draft| edit.apply(draft)) {
            Some(inverse) => {
                Rc::make_mut(&mut self.history).record(inverse, merge_key);
                self.revision += 1;
                true
            }
            None => false,
        }
    }

    /// Ends a run of merging edits; copies the history only if one is open.
    fn seal(&mut self) {
        if self.history.is_merging() {
            Rc::make_mut(&mut self.history).seal();
        }
    }

    fn keep_selection_in_range(&mut self) {
        self.selected = self.selected.filter(|&i| i < self.draft.hotspots.len());
    }

    fn hotspot_edit(&mut self, index: usize, field: &str, change: impl FnOnce(&mut Hotspot)) {
        let Some(hotspot) = self.draft.hotspots.get(index) else {
            return;
        };
        let mut hotspot = Hotspot::clone(hotspot);
        change(&mut hotspot);
        let key = format!("{}:{field}", hotspot.id);
        let hotspot = Arc::new(hotspot);
        self.edit(Edit::ReplaceHotspot { index, hotspot }, Some(key));
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Load { id, draft, version } => {
                let draft = Rc::new(draft);
                *self = EditorState {
                    id,
                    saved: draft.clone(),
                    draft,
                    version,
                    ..EditorState::default()
                };
            }
            Action::SetImage(mut image) => {
                self.seal();
                if let Some(old) = &self.draft.image {
                    // A replaced picture keeps its description until the
                    // author changes it, and a panorama replaced by another
                    // stays one.
                    if image.alt.is_empty() {
                        image.alt = old.alt.clone();
                    }
                    if old.projection == Projection::Equirectangular
                        && fits_panorama(image.width, image.height)
                    {
                        image.projection = Projection::Equirectangular;
                    }
                }
                self.edit(Edit::SetImage(Some(image)), None);
            }
            Action::SetProjection(projection) => {
                let Some(image) = self.draft.image.clone() else {
                    return;
                };
                let fits =
                    projection == Projection::Flat || fits_panorama(image.width, image.height);
                if image.projection != projection && fits {
                    self.seal();
                    let image = SceneImage {
                        projection,
                        initial_view: None,
                        ..image
                    };
                    self.edit(Edit::SetImage(Some(image)), None);
                }
            }
            Action::SetStartView(initial_view) => {
                let Some(image) = self.draft.image.clone() else {
                    return;
                };
                if image.projection == Projection::Equirectangular {
                    self.seal();
                    let image = SceneImage {
                        initial_view,
                        ..image
                    };
                    self.edit(Edit::SetImage(Some(image)), None);
                }
            }
            Action::SetTitle(title) => {
                self.edit(Edit::SetTitle(title), Some("title".into()));
            }
            Action::SetDescription(description) => {
                self.edit(
                    Edit::SetDescription(description),
                    Some("description".into()),
                );
            }
            Action::SetAlt(alt) => {
                if let Some(image) = self.draft.image.clone() {
                    let image = SceneImage { alt, ..image };
                    self.edit(Edit::SetImage(Some(image)), Some("alt".into()));
                }
            }
            Action::SetVisibility(visibility) => {
                self.seal();
                self.edit(Edit::SetVisibility(visibility), None);
            }
            Action::AddHotspot { x, y } => {
                self.seal();
                let index = self.draft.hotspots.len();
                let hotspot = Arc::new(Hotspot {
                    id: fresh_hotspot_id(&self.draft),
                    x: x.clamp(0.0, 1.0),
                    y: y.clamp(0.0, 1.0),
                    title: numbered_title(index + 1),
                    text: String::new(),
                    link: None,
                    media: None,
                    scene_link: None,
                    icon: Icon::default(),
                    color: default_color(),
                });
                if self.edit(Edit::InsertHotspot { index, hotspot }, None) {
                    self.selected = Some(index);
                }
            }
            Action::MoveHotspot { index, x, y } => {
                self.seal();
                self.hotspot_edit(index, "position", |h| {
                    h.x = x.clamp(0.0, 1.0);
                    h.y = y.clamp(0.0, 1.0);
                });
                self.seal();
                if index < self.draft.hotspots.len() {
                    self.selected = Some(index);
                }
            }
            Action::SetHotspotTitle { index, title } => {
                self.hotspot_edit(index, "title", |h| h.title = title)
            }
            Action::SetHotspotText { index, text } => {
                self.hotspot_edit(index, "text", |h| h.text = text)
            }
            Action::SetHotspotLink { index, link } => self.hotspot_edit(index, "link", |h| {
                h.link = (!link.is_empty()).then_some(link)
            }),
            Action::SetHotspotIcon { index, icon } => {
                self.seal();
                self.hotspot_edit(index, "icon", |h| h.icon = icon);
            }
            Action::SetHotspotColor { index, color } => {
                // Dragging across a colour picker sends many values: one entry.
                self.hotspot_edit(index, "color", |h| h.color = color);
            }
            Action::SetHotspotMedia { index, media } => {
                self.seal();
                self.hotspot_edit(index, "media", |h| h.media = media);
                self.seal();
            }
            Action::SetHotspotSceneLink { index, scene } => {
                self.seal();
                self.hotspot_edit(index, "scene_link", |h| h.scene_link = scene);
                self.seal();
            }
            Action::ReorderHotspot { index, to } => {
                self.seal();
                if self.edit(Edit::ReorderHotspot { from: index, to }, None) {
                    self.selected = Some(to);
                }
            }
            Action::RestoreDraft { draft, version } => {
                self.draft = Rc::new(draft);
                self.version = version.or(self.version);
                self.history = Rc::default();
                self.selected = None;
                self.revision += 1;
            }
            Action::DiscardChanges => {
                self.draft = self.saved.clone();
                self.history = Rc::default();
                self.selected = None;
                self.revision += 1;
            }
            Action::DeleteHotspot(index) => {
                self.seal();
                if self.edit(Edit::RemoveHotspot { index }, None) {
                    self.selected = None;
                }
            }
            Action::Select(selected) => {
                self.seal();
                self.selected = selected.filter(|&i| i < self.draft.hotspots.len());
            }
            Action::Undo => {
                if self.history.can_undo() {
                    let history = Rc::make_mut(&mut self.history);
                    if change_draft(&mut self.draft, |d| history.undo(d).then_some(())).is_some() {
                        self.revision += 1;
                    }
                }
                self.keep_selection_in_range();
            }
            Action::Redo => {
                if self.history.can_redo() {
                    let history = Rc::make_mut(&mut self.history);
                    if change_draft(&mut self.draft, |d| history.redo(d).then_some(())).is_some() {
                        self.revision += 1;
                    }
                }
                self.keep_selection_in_range();
            }
            Action::LinkReset { id } => self.id = Some(id),
            Action::Saved { id, version, saved } => {
                // A save that set out before a link reset must not bring
                // back the revoked id.
                if self.id.is_none() {
                    self.id = Some(id);
                }
                self.version = Some(version);
                self.saved = saved;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_hotspots(n: usize) -> EditorState {
        let mut state = EditorState::default();
        for i in 0..n {
            state.apply(Action::AddHotspot {
                x: 0.1 * (i as f64 + 1.0),
                y: 0.5,
            });
        }
        state
    }

    #[test]
    fn adding_selects_the_new_hotspot_and_undo_removes_it() {
        let mut state = with_hotspots(2);
        assert_eq!(state.draft.hotspots.len(), 2);
        assert_eq!(state.selected, Some(1));
        assert_eq!(state.draft.hotspots[1].id, "h2");
        assert_eq!(state.draft.hotspots[1].title, "Hotspot 2");
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots.len(), 1);
        assert_eq!(
            state.selected, None,
            "selection of a removed hotspot is dropped"
        );
        state.apply(Action::Redo);
        assert_eq!(state.draft.hotspots.len(), 2);
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step() {
        let mut state = with_hotspots(1);
        for title in ["C", "Cr", "Cra", "Crater"] {
            state.apply(Action::SetHotspotTitle {
                index: 0,
                title: title.into(),
            });
        }
        state.apply(Action::SetHotspotText {
            index: 0,
            text: "Hot".into(),
        });
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots[0].text, "");
        assert_eq!(state.draft.hotspots[0].title, "Crater");
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots[0].title, "Hotspot 1");
        state.apply(Action::Undo);
        assert!(state.draft.hotspots.is_empty());
    }

    #[test]
    fn selection_breaks_a_typing_run_but_is_not_undoable() {
        let mut state = with_hotspots(1);
        state.apply(Action::SetTitle("Vol".into()));
        state.apply(Action::Select(None));
        state.apply(Action::SetTitle("Volcano".into()));
        state.apply(Action::Undo);
        assert_eq!(state.draft.title, "Vol");
        state.apply(Action::Undo);
        assert_eq!(state.draft.title, "");
    }

    #[test]
    fn a_move_is_one_entry_and_positions_stay_in_the_image() {
        let mut state = with_hotspots(1);
        state.apply(Action::MoveHotspot {
            index: 0,
            x: 1.7,
            y: -0.2,
        });
        assert_eq!(
            (state.draft.hotspots[0].x, state.draft.hotspots[0].y),
            (1.0, 0.0)
        );
        state.apply(Action::MoveHotspot {
            index: 0,
            x: 0.3,
            y: 0.3,
        });
        state.apply(Action::Undo);
        assert_eq!(
            (state.draft.hotspots[0].x, state.draft.hotspots[0].y),
            (1.0, 0.0)
        );
    }

    #[test]
    fn no_op_edits_do_not_enter_history() {
        let mut state = with_hotspots(1);
        state.apply(Action::SetVisibility(Visibility::Private));
        state.apply(Action::MoveHotspot {
            index: 0,
            x: 0.1,
            y: 0.5,
        });
        state.apply(Action::DeleteHotspot(7));
        state.apply(Action::Undo);
        assert!(
            state.draft.hotspots.is_empty(),
            "the one real entry was the add"
        );
        assert!(!state.history.can_undo());
    }

    #[test]
    fn delete_and_undo_restore_the_hotspot_in_its_place() {
        let mut state = with_hotspots(3);
        state.apply(Action::SetHotspotLink {
            index: 1,
            link: "https://example.org".into(),
        });
        let before = state.draft.hotspots.clone();
        state.apply(Action::DeleteHotspot(1));
        assert_eq!(state.draft.hotspots.len(), 2);
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots, before);
    }

    #[test]
    fn a_new_edit_after_undo_clears_redo() {
        let mut state = with_hotspots(2);
        state.apply(Action::Undo);
        assert!(state.history.can_redo());
        state.apply(Action::SetTitle("New".into()));
        assert!(!state.history.can_redo());
        state.apply(Action::Redo);
        assert_eq!(state.draft.hotspots.len(), 1);
    }

    #[test]
    fn unsaved_changes_are_measured_against_the_last_save() {
        let mut state = EditorState::default();
        assert!(!state.has_unsaved_changes());
        state.apply(Action::SetTitle("Volcano".into()));
        assert!(state.has_unsaved_changes());
        let saved = state.draft.clone();
        state.apply(Action::Saved {
            id: "abc".into(),
            version: 1,
            saved,
        });
        assert!(!state.has_unsaved_changes());
        assert_eq!(state.to_input().version, Some(1));
        state.apply(Action::Undo);
        assert!(
            state.has_unsaved_changes(),
            "undoing past a save is a change"
        );
    }

    #[test]
    fn replacing_the_image_keeps_hotspots_and_description() {
        let image = |id: &str, alt: &str| SceneImage::flat(id, 10, 10, alt);
        let mut state = with_hotspots(2);
        state.apply(Action::SetImage(image("a", "")));
        state.apply(Action::SetAlt("A volcano".into()));
        state.apply(Action::SetImage(image("b", "")));
        assert_eq!(state.draft.image, Some(image("b", "A volcano")));
        assert_eq!(state.draft.hotspots.len(), 2);
        state.apply(Action::Undo);
        assert_eq!(state.draft.image, Some(image("a", "A volcano")));
    }

    #[test]
    fn a_two_to_one_picture_becomes_a_panorama_with_a_start_view_and_undoes() {
        let mut state = with_hotspots(1);
        state.apply(Action::SetImage(SceneImage::flat("p", 4000, 3000, "")));
        state.apply(Action::SetProjection(Projection::Equirectangular));
        assert_eq!(
            state.draft.image.as_ref().unwrap().projection,
            Projection::Flat,
            "a 4:3 picture is no panorama"
        );
        state.apply(Action::SetImage(SceneImage::flat("q", 4096, 2048, "")));
        state.apply(Action::SetProjection(Projection::Equirectangular));
        let start = InitialView {
            x: 0.3,
            y: 0.4,
            fov: 70.0,
        };
        state.apply(Action::SetStartView(Some(start)));
        let image = state.draft.image.clone().unwrap();
        assert_eq!(image.projection, Projection::Equirectangular);
        assert_eq!(image.initial_view, Some(start));
        // Replaced by another panorama: still one, from its centre.
        state.apply(Action::SetImage(SceneImage::flat("r", 2048, 1024, "")));
        let image = state.draft.image.clone().unwrap();
        assert_eq!(image.projection, Projection::Equirectangular);
        assert_eq!(image.initial_view, None);
        state.apply(Action::Undo);
        assert_eq!(
            state.draft.image.as_ref().unwrap().initial_view,
            Some(start)
        );
        state.apply(Action::Undo);
        state.apply(Action::Undo);
        assert_eq!(
            state.draft.image.as_ref().unwrap().projection,
            Projection::Flat
        );
        assert_eq!(state.draft.hotspots.len(), 1, "hotspots stay throughout");
        // Back to flat drops the start view.
        state.apply(Action::Redo);
        state.apply(Action::Redo);
        state.apply(Action::SetProjection(Projection::Flat));
        assert_eq!(state.draft.image.as_ref().unwrap().initial_view, None);
    }

    #[test]
    fn reordering_changes_reading_order_and_undoes() {
        let mut state = with_hotspots(3);
        let ids = |s: &EditorState| {
            s.draft
                .hotspots
                .iter()
                .map(|h| h.id.clone())
                .collect::<Vec<_>>()
        };
        state.apply(Action::ReorderHotspot { index: 2, to: 0 });
        assert_eq!(ids(&state), ["h3", "h1", "h2"]);
        assert_eq!(state.selected, Some(0), "the moved hotspot stays selected");
        state.apply(Action::ReorderHotspot { index: 0, to: 5 });
        assert_eq!(ids(&state), ["h3", "h1", "h2"], "out of range is a no-op");
        state.apply(Action::Undo);
        assert_eq!(ids(&state), ["h1", "h2", "h3"]);
        state.apply(Action::Redo);
        assert_eq!(ids(&state), ["h3", "h1", "h2"]);
    }

    #[test]
    fn style_media_and_tour_links_are_undoable_edits() {
        let mut state = with_hotspots(1);
        state.apply(Action::SetHotspotIcon {
            index: 0,
            icon: Icon::Star,
        });
        for color in ["#111111", "#222222", "#333333"] {
            state.apply(Action::SetHotspotColor {
                index: 0,
                color: color.into(),
            });
        }
        let video = Media::Youtube {
            video_id: "dQw4w9WgXcQ".into(),
        };
        state.apply(Action::SetHotspotMedia {
            index: 0,
            media: Some(video.clone()),
        });
        state.apply(Action::SetHotspotSceneLink {
            index: 0,
            scene: Some("abc".into()),
        });
        let h = &state.draft.hotspots[0];
        assert_eq!((h.icon, h.color.as_str()), (Icon::Star, "#333333"));
        assert_eq!(
            (h.media.clone(), h.scene_link.clone()),
            (Some(video), Some("abc".into()))
        );
        state.apply(Action::Undo);
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots[0].media, None);
        state.apply(Action::Undo);
        assert_eq!(
            state.draft.hotspots[0].color,
            default_color(),
            "a colour drag is one step"
        );
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots[0].icon, Icon::Info);
    }

    #[test]
    fn a_restored_draft_is_unsaved_and_starts_a_fresh_history() {
        let mut state = EditorState::default();
        let mut server = empty_draft();
        server.title = "Volcano".into();
        state.apply(Action::Load {
            id: Some("s1".into()),
            draft: server.clone(),
            version: Some(3),
        });
        let mut local = server.clone();
        local.title = "Volcano, edited offline".into();
        state.apply(Action::RestoreDraft {
            draft: local.clone(),
            version: Some(2),
        });
        assert_eq!(*state.draft, local);
        assert!(state.has_unsaved_changes());
        assert_eq!(
            state.to_input().version,
            Some(2),
            "saves name the version the edits started from"
        );
        assert!(!state.history.can_undo());
        let revision = state.revision;
        state.apply(Action::DiscardChanges);
        assert_eq!(*state.draft, server);
        assert!(!state.has_unsaved_changes());
        assert!(state.revision > revision);
    }

    #[test]
    fn revision_counts_only_real_changes() {
        let mut state = with_hotspots(1);
        let r = state.revision;
        state.apply(Action::Select(None));
        state.apply(Action::SetVisibility(Visibility::Private));
        state.apply(Action::Redo);
        assert_eq!(state.revision, r);
        state.apply(Action::Undo);
        assert_eq!(state.revision, r + 1);
    }

    #[test]
    fn description_and_visibility_are_undoable() {
        let mut state = EditorState::default();
        for text in ["L", "La", "Lava"] {
            state.apply(Action::SetDescription(text.into()));
        }
        state.apply(Action::SetVisibility(Visibility::Unlisted));
        state.apply(Action::SetVisibility(Visibility::Public));
        assert_eq!(
            (state.draft.description.as_str(), state.draft.visibility),
            ("Lava", Visibility::Public)
        );
        state.apply(Action::Undo);
        assert_eq!(
            state.draft.visibility,
            Visibility::Unlisted,
            "each visibility choice is its own step"
        );
        state.apply(Action::Undo);
        state.apply(Action::Undo);
        assert_eq!(
            (state.draft.description.as_str(), state.draft.visibility),
            ("", Visibility::Private)
        );
    }

    #[test]
    fn a_reset_link_changes_only_the_id() {
        let mut state = with_hotspots(2);
        let before = state.clone();
        state.apply(Action::LinkReset { id: "new".into() });
        assert_eq!(state.id.as_deref(), Some("new"));
        assert_eq!(
            (state.draft.clone(), state.history.clone()),
            (before.draft, before.history)
        );
    }

    #[test]
    fn a_save_answered_after_a_link_reset_keeps_the_new_id() {
        let mut state = with_hotspots(1);
        state.apply(Action::Saved {
            id: "old".into(),
            version: 1,
            saved: state.draft.clone(),
        });
        state.apply(Action::LinkReset { id: "new".into() });
        state.apply(Action::Saved {
            id: "old".into(),
            version: 2,
            saved: state.draft.clone(),
        });
        assert_eq!(state.id.as_deref(), Some("new"));
        assert_eq!(state.version, Some(2));
    }

    #[test]
    fn an_action_that_changes_nothing_answers_the_same_state() {
        let state = Rc::new(with_hotspots(3));
        let same = |action: Action| Rc::ptr_eq(&state, &state.clone().reduce(action));
        let last = &state.draft.hotspots[2];
        assert!(same(Action::Select(Some(2))), "already selected");
        assert!(same(Action::Redo), "nothing to redo");
        assert!(same(Action::SetVisibility(Visibility::Private)));
        assert!(same(Action::MoveHotspot {
            index: 2,
            x: last.x,
            y: last.y
        }));
        assert!(same(Action::DeleteHotspot(7)));
        assert!(!same(Action::SetTitle("Volcano".into())));
        assert!(!same(Action::Select(Some(0))));
    }

    #[test]
    fn a_change_shares_what_it_leaves_alone_and_never_touches_the_state_before() {
        let before = Rc::new(with_hotspots(3));
        let after = before.clone().reduce(Action::MoveHotspot {
            index: 0,
            x: 0.9,
            y: 0.9,
        });
        assert_eq!(before.draft.hotspots[0].x, 0.1);
        assert_eq!(after.draft.hotspots[0].x, 0.9);
        assert!(Rc::ptr_eq(&before.saved, &after.saved));
        // Moving one hotspot copied that one: the others are the very same,
        // so the markers of thousands compare nothing inside them.
        let shared = |a: &EditorState, b: &EditorState| -> Vec<bool> {
            let pairs = a.draft.hotspots.iter().zip(&b.draft.hotspots);
            pairs.map(|(a, b)| Arc::ptr_eq(a, b)).collect()
        };
        assert_eq!(shared(&before, &after), [false, true, true]);
        let renamed = after.clone().reduce(Action::SetTitle("Volcano".into()));
        assert!(!Rc::ptr_eq(&after.draft, &renamed.draft));
        assert_eq!(shared(&after, &renamed), [true, true, true]);
        let undone = renamed.clone().reduce(Action::Undo).reduce(Action::Undo);
        assert_eq!(undone.draft.hotspots[0].x, 0.1);
        assert_eq!(shared(&renamed, &undone), [false, true, true]);
    }

    #[test]
    fn selecting_again_while_typing_ends_the_typing_run_once() {
        let mut state = with_hotspots(1);
        state.apply(Action::SetHotspotTitle {
            index: 0,
            title: "Cr".into(),
        });
        let typing = Rc::new(state);
        let sealed = typing.clone().reduce(Action::Select(Some(0)));
        assert!(!Rc::ptr_eq(&typing, &sealed), "the run is sealed");
        let again = sealed.clone().reduce(Action::Select(Some(0)));
        assert!(Rc::ptr_eq(&sealed, &again));
        let mut state = (*again).clone();
        state.apply(Action::SetHotspotTitle {
            index: 0,
            title: "Crater".into(),
        });
        state.apply(Action::Undo);
        assert_eq!(state.draft.hotspots[0].title, "Cr");
    }

    #[test]
    fn a_moved_hotspot_is_selected() {
        let mut state = with_hotspots(3);
        state.apply(Action::Select(None));
        state.apply(Action::MoveHotspot {
            index: 1,
            x: 0.7,
            y: 0.7,
        });
        assert_eq!(state.selected, Some(1));
        state.apply(Action::MoveHotspot {
            index: 5,
            x: 0.7,
            y: 0.7,
        });
        assert_eq!(state.selected, Some(1), "no such hotspot");
    }

    #[test]
    fn a_save_of_the_draft_still_edited_leaves_nothing_unsaved() {
        let mut state = with_hotspots(2);
        let sent = state.draft.clone();
        state.apply(Action::Saved {
            id: "s1".into(),
            version: 1,
            saved: sent,
        });
        assert!(!state.has_unsaved_changes());
        assert!(Rc::ptr_eq(&state.draft, &state.saved));
    }

    #[test]
    fn fresh_ids_never_clash_after_deletes() {
        let mut state = with_hotspots(3);
        state.apply(Action::DeleteHotspot(0));
        state.apply(Action::AddHotspot { x: 0.5, y: 0.5 });
        let mut ids: Vec<_> = state.draft.hotspots.iter().map(|h| h.id.clone()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 3);
    }
}
