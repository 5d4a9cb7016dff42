//! The save loop, as plain Rust: whether a save may start, what the
//! server's answer means for the status line and the field at fault, and
//! how long to wait before saving on its own. The editor page sends the
//! requests and keeps the timer; every decision is made here.

use super::state::EditorState;
use crate::field_problem::FieldProblem;

/// Quiet time after the last edit before saving on its own.
pub const AUTOSAVE_MS: u32 = 1_500;
/// How often to try again while the server cannot be reached.
pub const OFFLINE_RETRY_MS: u32 = 5_000;

/// Who asked for a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveKind {
    /// The Save button: a refusal may move the selection to the field at fault.
    Manual,
    /// A pause in editing: never moves the author's focus.
    Auto,
    /// "Overwrite with mine" after a conflict.
    Overwrite,
}

/// What the status line says.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    #[default]
    Idle,
    Saving,
    Saved,
    /// The server could not be reached; edits are kept in this browser.
    Offline,
    Failed(String),
    /// Someone saved another version meanwhile.
    Conflict(String),
}

/// The server's answer to a save, as far as the loop cares.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveAnswer {
    Saved,
    /// No answer at all: the connection is down.
    Offline,
    /// Another version was saved since this draft's.
    Conflict(String),
    /// Refused, perhaps naming the field at fault.
    Refused {
        message: String,
        field: Option<String>,
    },
}

/// What `SaveLoop::begin` decided.
#[derive(Clone, Debug, PartialEq)]
pub enum Begin {
    /// A save is under way: this one is dropped.
    Busy,
    /// The server would refuse the draft: nothing is sent. `select` is the
    /// hotspot at fault, for a save the author asked for.
    Invalid { select: Option<usize> },
    /// Send the draft.
    Send,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SaveLoop {
    status: SaveStatus,
    /// The field the last refusal named.
    field_error: Option<FieldProblem>,
    /// A request is out; the status line may say otherwise (after a link
    /// reset, say), so this is kept apart.
    in_flight: bool,
    /// The revision the last save set out to send: a refused save is not
    /// tried again until the author changes something.
    attempted: Option<u64>,
}

/// `hotspots[3].link` -> 3
pub fn hotspot_index(field: &str) -> Option<usize> {
    field
        .strip_prefix("hotspots[")?
        .split(']')
        .next()?
        .parse()
        .ok()
}

impl SaveLoop {
    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    pub fn field_error(&self) -> Option<&FieldProblem> {
        self.field_error.as_ref()
    }

    /// Starts saving `state`, unless a save is under way or the draft would
    /// be refused (checked here, so a refusal needs no round trip).
    pub fn begin(&mut self, kind: SaveKind, state: &EditorState) -> Begin {
        if self.in_flight {
            return Begin::Busy;
        }
        self.attempted = Some(state.revision);
        let mut checked = state.to_input();
        checked.normalize();
        if let Err(invalid) = checked.validate() {
            let select = hotspot_index(&invalid.field).filter(|_| kind == SaveKind::Manual);
            self.status = SaveStatus::Failed(invalid.message.to_string());
            self.field_error = Some(invalid.into());
            return Begin::Invalid { select };
        }
        self.in_flight = true;
        self.field_error = None;
        self.status = SaveStatus::Saving;
        Begin::Send
    }

    /// Takes the server's answer to the save `begin` started. Answers the
    /// hotspot to select: the one a refused manual save names.
    pub fn finish(&mut self, kind: SaveKind, answer: SaveAnswer) -> Option<usize> {
        self.in_flight = false;
        let (status, select) = match answer {
            SaveAnswer::Saved => (SaveStatus::Saved, None),
            SaveAnswer::Offline => (SaveStatus::Offline, None),
            SaveAnswer::Conflict(message) => (SaveStatus::Conflict(message), None),
            SaveAnswer::Refused { message, field } => {
                let select = field
                    .as_deref()
                    .and_then(hotspot_index)
                    .filter(|_| kind == SaveKind::Manual);
                if let Some(field) = field {
                    self.field_error = Some(FieldProblem::new(field, message.clone()));
                }
                (SaveStatus::Failed(message), select)
            }
        };
        self.status = status;
        select
    }

    /// Another request about the scene (a reload, a new link) went through:
    /// the status line has nothing to say.
    pub fn clear(&mut self) {
        self.status = SaveStatus::Idle;
    }

    /// Another request about the scene failed.
    pub fn fail(&mut self, message: String) {
        self.status = SaveStatus::Failed(message);
    }

    /// How long to wait before saving `state` on its own, if at all.
    /// `waiting` holds it back: restored edits wait for the author to keep
    /// or discard them.
    pub fn autosave_delay(&self, state: &EditorState, waiting: bool) -> Option<u32> {
        let pending =
            state.has_unsaved_changes() && !state.draft.title.trim().is_empty() && !waiting;
        if !pending {
            return None;
        }
        match &self.status {
            // A conflict waits for the author's choice.
            SaveStatus::Saving | SaveStatus::Conflict(_) => None,
            SaveStatus::Offline => Some(OFFLINE_RETRY_MS),
            // After a refusal, the next edit may have fixed it.
            SaveStatus::Failed(_) if self.attempted == Some(state.revision) => None,
            SaveStatus::Idle | SaveStatus::Saved | SaveStatus::Failed(_) => Some(AUTOSAVE_MS),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editor::Action;

    /// A named scene with one hotspot, not yet saved.
    fn edited() -> EditorState {
        let mut state = EditorState::default();
        state.apply(Action::SetTitle("Volcano".into()));
        state.apply(Action::AddHotspot { x: 0.5, y: 0.5 });
        state
    }

    fn bad_link(state: &mut EditorState) {
        state.apply(Action::SetHotspotLink {
            index: 0,
            link: "javascript:alert(1)".into(),
        });
        state.apply(Action::Select(None));
    }

    #[test]
    fn a_save_runs_one_at_a_time_and_its_answer_sets_the_status() {
        let state = edited();
        let mut save = SaveLoop::default();
        assert_eq!(save.begin(SaveKind::Auto, &state), Begin::Send);
        assert_eq!(save.status(), &SaveStatus::Saving);
        assert_eq!(save.begin(SaveKind::Manual, &state), Begin::Busy);
        assert_eq!(save.finish(SaveKind::Auto, SaveAnswer::Saved), None);
        assert_eq!(save.status(), &SaveStatus::Saved);
        assert_eq!(save.begin(SaveKind::Manual, &state), Begin::Send);
    }

    #[test]
    fn an_invalid_draft_is_never_sent_and_only_a_manual_save_selects_the_culprit() {
        let mut state = edited();
        bad_link(&mut state);
        let mut save = SaveLoop::default();
        assert_eq!(
            save.begin(SaveKind::Auto, &state),
            Begin::Invalid { select: None }
        );
        assert_eq!(
            save.begin(SaveKind::Manual, &state),
            Begin::Invalid { select: Some(0) }
        );
        assert!(matches!(save.status(), SaveStatus::Failed(m) if m.starts_with("Link")));
        assert_eq!(
            save.field_error().map(|e| e.field.as_str()),
            Some("hotspots[0].link")
        );
        assert_eq!(
            save.begin(SaveKind::Manual, &state),
            Begin::Invalid { select: Some(0) },
            "nothing is under way after a refusal"
        );
    }

    #[test]
    fn a_refusal_names_its_field_until_the_next_save_sets_out() {
        let state = edited();
        let mut save = SaveLoop::default();
        save.begin(SaveKind::Manual, &state);
        let refused = SaveAnswer::Refused {
            message: "Title is taken".into(),
            field: Some("hotspots[0].title".into()),
        };
        assert_eq!(save.finish(SaveKind::Manual, refused.clone()), Some(0));
        assert_eq!(save.status(), &SaveStatus::Failed("Title is taken".into()));
        assert_eq!(
            save.field_error(),
            Some(&FieldProblem::new("hotspots[0].title", "Title is taken"))
        );
        save.begin(SaveKind::Auto, &state);
        assert_eq!(save.field_error(), None);
        assert_eq!(save.finish(SaveKind::Auto, refused), None, "autosave");
    }

    #[test]
    fn offline_and_conflict_answers() {
        let state = edited();
        let mut save = SaveLoop::default();
        save.begin(SaveKind::Auto, &state);
        save.finish(SaveKind::Auto, SaveAnswer::Offline);
        assert_eq!(save.status(), &SaveStatus::Offline);
        save.begin(SaveKind::Auto, &state);
        save.finish(
            SaveKind::Auto,
            SaveAnswer::Conflict("Changed elsewhere".into()),
        );
        assert_eq!(
            save.status(),
            &SaveStatus::Conflict("Changed elsewhere".into())
        );
    }

    #[test]
    fn autosave_waits_for_a_pause_and_retries_offline() {
        let mut state = edited();
        let mut save = SaveLoop::default();
        assert_eq!(save.autosave_delay(&state, false), Some(AUTOSAVE_MS));
        assert_eq!(save.autosave_delay(&state, true), None, "restored edits");
        save.begin(SaveKind::Auto, &state);
        assert_eq!(save.autosave_delay(&state, false), None, "one at a time");
        save.finish(SaveKind::Auto, SaveAnswer::Offline);
        assert_eq!(save.autosave_delay(&state, false), Some(OFFLINE_RETRY_MS));
        save.begin(SaveKind::Auto, &state);
        save.finish(SaveKind::Auto, SaveAnswer::Saved);
        let sent = state.draft.clone();
        state.apply(Action::Saved {
            id: "s1".into(),
            version: 1,
            saved: sent,
        });
        assert_eq!(save.autosave_delay(&state, false), None, "nothing unsaved");
        state.apply(Action::SetTitle("Volcano!".into()));
        assert_eq!(save.autosave_delay(&state, false), Some(AUTOSAVE_MS));
    }

    #[test]
    fn a_scene_without_a_name_is_not_saved_on_its_own() {
        let mut state = edited();
        state.apply(Action::SetTitle("  ".into()));
        assert_eq!(SaveLoop::default().autosave_delay(&state, false), None);
    }

    #[test]
    fn a_conflict_waits_for_the_author() {
        let state = edited();
        let mut save = SaveLoop::default();
        save.begin(SaveKind::Auto, &state);
        save.finish(SaveKind::Auto, SaveAnswer::Conflict("Changed".into()));
        assert_eq!(save.autosave_delay(&state, false), None);
        assert_eq!(save.begin(SaveKind::Overwrite, &state), Begin::Send);
    }

    #[test]
    fn a_refused_draft_is_tried_again_only_after_another_edit() {
        let mut state = edited();
        bad_link(&mut state);
        let mut save = SaveLoop::default();
        save.begin(SaveKind::Auto, &state);
        assert_eq!(save.autosave_delay(&state, false), None);
        state.apply(Action::SetHotspotLink {
            index: 0,
            link: "https://example.org".into(),
        });
        assert_eq!(save.autosave_delay(&state, false), Some(AUTOSAVE_MS));
        save.begin(SaveKind::Auto, &state);
        save.finish(
            SaveKind::Auto,
            SaveAnswer::Refused {
                message: "Too many".into(),
                field: None,
            },
        );
        assert_eq!(
            save.autosave_delay(&state, false),
            None,
            "the server said no"
        );
    }

    #[test]
    fn other_requests_set_the_status_but_never_end_a_save_under_way() {
        let state = edited();
        let mut save = SaveLoop::default();
        save.begin(SaveKind::Auto, &state);
        save.clear();
        assert_eq!(save.status(), &SaveStatus::Idle);
        assert_eq!(save.begin(SaveKind::Manual, &state), Begin::Busy);
        save.fail("No such scene".into());
        assert_eq!(save.status(), &SaveStatus::Failed("No such scene".into()));
    }

    #[test]
    fn field_names_lead_to_hotspots() {
        assert_eq!(hotspot_index("hotspots[3].link"), Some(3));
        assert_eq!(hotspot_index("hotspots[12].media"), Some(12));
        assert_eq!(hotspot_index("title"), None);
        assert_eq!(hotspot_index("hotspots[x].link"), None);
    }
}
