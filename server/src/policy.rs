//! Who may see and change what: pure functions of the requester's relation
//! to an owner, the content's visibility and the school's settings. Every
//! route asks here; nothing else decides access.

use model::Visibility;

/// How the requester stands to the owner of some content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Owner,
    /// Admin of the owner's school.
    SchoolAdmin,
    /// A student of the owner's school; `peer_visibility` is the school's
    /// setting.
    SchoolPeer {
        peer_visibility: bool,
    },
    /// Anyone else, signed in or not.
    Stranger,
}

/// Facts about a user that decide their relation to others.
#[derive(Clone, Copy, Debug)]
pub struct Party<'a> {
    pub id: &'a str,
    pub school_id: Option<&'a str>,
    pub is_admin: bool,
    pub is_student: bool,
}

/// How `requester` (none when signed out) stands to `owner`.
/// `peer_visibility` is the owner's school's setting.
pub fn relation(requester: Option<Party>, owner: Party, peer_visibility: bool) -> Relation {
    let Some(requester) = requester else {
        return Relation::Stranger;
    };
    if requester.id == owner.id {
        return Relation::Owner;
    }
    let same_school = requester.school_id.is_some() && requester.school_id == owner.school_id;
    if same_school && requester.is_admin {
        Relation::SchoolAdmin
    } else if same_school && requester.is_student && owner.is_student {
        Relation::SchoolPeer { peer_visibility }
    } else {
        Relation::Stranger
    }
}

/// May the requester open a scene (or an image it shows)?
pub fn may_view_scene(relation: Relation, visibility: Visibility) -> bool {
    match (relation, visibility) {
        (_, Visibility::Public | Visibility::Unlisted) => true,
        (Relation::Owner | Relation::SchoolAdmin, Visibility::Private) => true,
        (Relation::SchoolPeer { peer_visibility }, Visibility::Private) => peer_visibility,
        (Relation::Stranger, Visibility::Private) => false,
    }
}

/// May the requester change or delete a scene? The owner, and the admin of
/// the owner's school (who answers for the school's content).
pub fn may_modify_scene(relation: Relation) -> bool {
    matches!(relation, Relation::Owner | Relation::SchoolAdmin)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_RELATIONS: [Relation; 5] = [
        Relation::Owner,
        Relation::SchoolAdmin,
        Relation::SchoolPeer {
            peer_visibility: true,
        },
        Relation::SchoolPeer {
            peer_visibility: false,
        },
        Relation::Stranger,
    ];

    #[test]
    fn scene_visibility_follows_the_spec_table() {
        for relation in ALL_RELATIONS {
            for visibility in Visibility::ALL {
                let expected = matches!(
                    (relation, visibility),
                    (_, Visibility::Public | Visibility::Unlisted)
                        | (Relation::Owner | Relation::SchoolAdmin, _)
                        | (
                            Relation::SchoolPeer {
                                peer_visibility: true
                            },
                            _
                        )
                );
                assert_eq!(
                    may_view_scene(relation, visibility),
                    expected,
                    "{relation:?} {visibility:?}"
                );
            }
        }
    }

    #[test]
    fn the_owner_and_their_school_admin_modify() {
        for relation in ALL_RELATIONS {
            assert_eq!(
                may_modify_scene(relation),
                matches!(relation, Relation::Owner | Relation::SchoolAdmin),
                "{relation:?}"
            );
        }
    }

    fn party<'a>(
        id: &'a str,
        school: Option<&'a str>,
        is_admin: bool,
        is_student: bool,
    ) -> Party<'a> {
        Party {
            id,
            school_id: school,
            is_admin,
            is_student,
        }
    }

    #[test]
    fn relations_come_from_identity_school_and_role() {
        let student = party("s1", Some("hill"), false, true);
        assert_eq!(relation(None, student, true), Relation::Stranger);
        assert_eq!(relation(Some(student), student, true), Relation::Owner);
        let admin = party("a", Some("hill"), true, false);
        assert_eq!(relation(Some(admin), student, true), Relation::SchoolAdmin);
        let other_admin = party("b", Some("dale"), true, false);
        assert_eq!(
            relation(Some(other_admin), student, true),
            Relation::Stranger
        );
        let peer = party("s2", Some("hill"), false, true);
        assert_eq!(
            relation(Some(peer), student, false),
            Relation::SchoolPeer {
                peer_visibility: false
            }
        );
        let far_peer = party("s3", Some("dale"), false, true);
        assert_eq!(relation(Some(far_peer), student, true), Relation::Stranger);
        let lone = party("i", None, false, false);
        let lone2 = party("j", None, true, false);
        assert_eq!(
            relation(Some(lone2), lone, true),
            Relation::Stranger,
            "no school is not a shared school"
        );
    }
}
