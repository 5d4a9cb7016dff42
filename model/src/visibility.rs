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

    /// One sentence saying who can open a scene of `owner` with this
    /// visibility, as the server's policy decides it.
    pub fn who_can_open(self, owner: Owner) -> &'static str {
        match (self, owner) {
            (Visibility::Private, Owner::Alone) => "Only you.",
            (Visibility::Private, Owner::Staff) => "You and your school's admins.",
            (Visibility::Private, Owner::Student { peers_see_work: false }) => {
                "You, your teachers and your school's admins."
            }
            (Visibility::Private, Owner::Student { peers_see_work: true }) => {
                "You, your teachers, your school's admins, and the other students of your school (they cannot change it)."
            }
            (Visibility::Unlisted, _) => {
                "Anyone with the link. Never listed or found by search engines."
            }
            (Visibility::Public, _) => "Anyone. Listed on Explore and found by search engines.",
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_names_everyone_the_policy_lets_in_and_no_one_else() {
        let private = |owner| Visibility::Private.who_can_open(owner);
        assert_eq!(private(Owner::Alone), "Only you.");
        assert!(!private(Owner::Staff).contains("teachers"));
        let shut = private(Owner::Student {
            peers_see_work: false,
        });
        let open = private(Owner::Student {
            peers_see_work: true,
        });
        for sentence in [shut, open] {
            assert!(sentence.contains("your teachers") && sentence.contains("admins"));
        }
        assert!(!shut.contains("students"));
        assert!(open.contains("other students of your school"));
    }

    #[test]
    fn unlisted_and_public_are_the_same_for_every_owner() {
        let owners = [
            Owner::Alone,
            Owner::Staff,
            Owner::Student {
                peers_see_work: false,
            },
            Owner::Student {
                peers_see_work: true,
            },
        ];
        for visibility in [Visibility::Unlisted, Visibility::Public] {
            let sentences: Vec<_> = owners.iter().map(|&o| visibility.who_can_open(o)).collect();
            assert!(sentences.iter().all(|s| *s == sentences[0]));
        }
        assert!(Visibility::Unlisted
            .who_can_open(Owner::Alone)
            .contains("with the link"));
        assert!(Visibility::Public
            .who_can_open(Owner::Alone)
            .contains("Explore"));
    }
}
