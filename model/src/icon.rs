//! The built-in marker icons and the glyph each draws.

use serde::{Deserialize, Serialize};

/// A hotspot's marker icon. An unknown name is refused when the scene is
/// read, naming the field (`hotspots[2].icon`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Icon {
    #[default]
    Info,
    Question,
    Star,
    Pin,
    /// The hotspot's number in reading order.
    Number,
}

impl Icon {
    pub const ALL: [Icon; 5] = [
        Icon::Info,
        Icon::Question,
        Icon::Star,
        Icon::Pin,
        Icon::Number,
    ];

    /// The name on the wire and in forms.
    pub fn as_str(self) -> &'static str {
        match self {
            Icon::Info => "info",
            Icon::Question => "question",
            Icon::Star => "star",
            Icon::Pin => "pin",
            Icon::Number => "number",
        }
    }

    pub fn parse(name: &str) -> Option<Icon> {
        Icon::ALL.into_iter().find(|icon| icon.as_str() == name)
    }

    /// The glyph drawn in the marker of the `index`th hotspot (0-based).
    pub fn glyph(self, index: usize) -> String {
        match self {
            Icon::Info => "i".into(),
            Icon::Question => "?".into(),
            Icon::Star => "★".into(),
            Icon::Pin => "●".into(),
            Icon::Number => (index + 1).to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_round_trips_through_its_name_and_json() {
        for icon in Icon::ALL {
            assert_eq!(Icon::parse(icon.as_str()), Some(icon));
            assert_eq!(
                serde_json::to_string(&icon).unwrap(),
                format!("\"{}\"", icon.as_str())
            );
        }
        assert_eq!(Icon::parse("skull"), None);
        assert!(serde_json::from_str::<Icon>("\"skull\"").is_err());
    }

    #[test]
    fn glyphs_are_drawn_and_numbers_count_from_one() {
        assert_eq!(Icon::Info.glyph(4), "i");
        assert_eq!(Icon::Star.glyph(0), "★");
        assert_eq!(Icon::Number.glyph(0), "1");
        assert_eq!(Icon::Number.glyph(9), "10");
    }
}
