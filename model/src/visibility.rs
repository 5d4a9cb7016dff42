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
}

/// Whose scene it is, as far as it decides who else may open a private one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// Outside any school.
    Alone,
    /// A teacher (or admin) of a school.
    Staff,
    /// A student; `peers_see_work` is the school's `peer_visibility`.
    Student { peers_see_work: bool },
}
