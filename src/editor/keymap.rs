//! Which keys do what in the editor, as pure functions of the key pressed.

use super::state::Action;
use model::Hotspot;

/// A key press, as much of it as the editor cares about.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub ctrl: bool,
    /// Cmd on a Mac.
    pub meta: bool,
    pub shift: bool,
}

/// How far one arrow-key press moves a hotspot (Shift: ten times as far).
pub const NUDGE: f64 = 0.005;

/// Undo and redo anywhere in the editor: Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z, Ctrl+Y.
pub fn shortcut(press: KeyPress) -> Option<Action> {
    if !(press.ctrl || press.meta) {
        return None;
    }
    match press.key {
        "z" | "Z" if press.shift => Some(Action::Redo),
        "z" | "Z" => Some(Action::Undo),
        "y" | "Y" if press.ctrl && !press.shift => Some(Action::Redo),
        _ => None,
    }
}

/// Keys on a focused hotspot: arrows move it, Delete or Backspace removes it.
pub fn marker_key(press: KeyPress, index: usize, hotspot: &Hotspot) -> Option<Action> {
    if press.ctrl || press.meta {
        return None;
    }
    let step = if press.shift { NUDGE * 10.0 } else { NUDGE };
    let (dx, dy) = match press.key {
        "ArrowLeft" => (-step, 0.0),
        "ArrowRight" => (step, 0.0),
        "ArrowUp" => (0.0, -step),
        "ArrowDown" => (0.0, step),
        "Delete" | "Backspace" => return Some(Action::DeleteHotspot(index)),
        _ => return None,
    };
    Some(Action::MoveHotspot {
        index,
        x: hotspot.x + dx,
        y: hotspot.y + dy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{default_color, Icon};

    fn key(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ..KeyPress::default()
        }
    }

    #[test]
    fn undo_and_redo_shortcuts_on_every_platform() {
        let ctrl = |k| KeyPress {
            ctrl: true,
            ..key(k)
        };
        let cmd = |k| KeyPress {
            meta: true,
            ..key(k)
        };
        assert_eq!(shortcut(ctrl("z")), Some(Action::Undo));
        assert_eq!(shortcut(cmd("z")), Some(Action::Undo));
        assert_eq!(
            shortcut(KeyPress {
                shift: true,
                ..ctrl("Z")
            }),
            Some(Action::Redo)
        );
        assert_eq!(
            shortcut(KeyPress {
                shift: true,
                ..cmd("Z")
            }),
            Some(Action::Redo)
        );
        assert_eq!(shortcut(ctrl("y")), Some(Action::Redo));
        assert_eq!(shortcut(key("z")), None, "plain z is typing");
        assert_eq!(shortcut(ctrl("s")), None);
    }

    #[test]
    fn arrows_nudge_and_delete_removes() {
        let h = Hotspot {
            id: "h1".into(),
            x: 0.5,
            y: 0.5,
            title: String::new(),
            text: String::new(),
            link: None,
            media: None,
            scene_link: None,
            icon: Icon::default(),
            color: default_color(),
        };
        assert_eq!(
            marker_key(key("ArrowRight"), 2, &h),
            Some(Action::MoveHotspot {
                index: 2,
                x: 0.505,
                y: 0.5
            })
        );
        let big = KeyPress {
            shift: true,
            ..key("ArrowUp")
        };
        assert_eq!(
            marker_key(big, 2, &h),
            Some(Action::MoveHotspot {
                index: 2,
                x: 0.5,
                y: 0.45
            })
        );
        assert_eq!(
            marker_key(key("Delete"), 2, &h),
            Some(Action::DeleteHotspot(2))
        );
        assert_eq!(
            marker_key(key("Backspace"), 2, &h),
            Some(Action::DeleteHotspot(2))
        );
        assert_eq!(marker_key(key("a"), 2, &h), None);
        assert_eq!(
            marker_key(
                KeyPress {
                    ctrl: true,
                    ..key("ArrowLeft")
                },
                2,
                &h
            ),
            None
        );
    }
}
