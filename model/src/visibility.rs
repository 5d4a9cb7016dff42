//! Who can open a scene: private, unlisted or public.

use serde::{Deserialize, Serialize};

/// Who can open a scene; the server's policy decides the details.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    /// The owner, their teachers and their school's admins (and classmates
    /// when the school allows).
    #[default]
    Private,
    /// Anyone with the link; never listed or indexed.
    Unlisted,
    /// Anyone; listed on Explore.
    Public,
}

impl Visibility {
    pub const ALL: [Visibility; 3] = [
        Visibility::Private,
        Visibility::Unlisted,
        Visibility::Public,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Visibility::Private => "private",
            Visibility::Unlisted => "unlisted",
            Visibility::Public => "public",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// A label for people.
    pub fn label(self) -> &'static str {
        match self {
            Visibility::Private => "Private",
            Visibility::Unlisted => "Unlisted",
            Visibility::Public => "Public",
        }
    }

    /// One line saying who can see a scene with this visibility.
    pub fn explanation(self) -> &'static str {
        match self {
            Visibility::Private => "You, your teachers and your school's admins (and classmates, if your school allows).",
            Visibility::Unlisted => {
                "Anyone with the link. Never listed or found by search engines."
            }
            Visibility::Public => "Anyone. Listed on Explore.",
        }
    }
}
