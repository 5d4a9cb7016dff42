//! Who may see and change what: pure functions of how the requester stands
//! to the owner of some content, the content's visibility and the owner's
//! school's settings. Every route asks here; nothing else decides access.
//! The table they implement is SPEC.md's "Who sees what".

use model::{UserKind, Visibility};

/// A school's privacy settings (for content outside any school: both off).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SchoolSettings {
    /// Students see classmates' usernames, avatars and scenes (read only).
    pub peer_visibility: bool,
    /// Students may make scenes public.
    pub students_can_publish: bool,
}

/// What decides a user's relation to others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Party<'a> {
    pub id: &'a str,
    pub kind: UserKind,
    pub school_id: Option<&'a str>,
    pub is_admin: bool,
}

/// Everything the server looked up about a request for someone's content.
#[derive(Clone, Copy, Debug)]
pub struct Facts<'a> {
    /// None when nobody is signed in.
    pub requester: Option<Party<'a>>,
    pub owner: Party<'a>,
    /// The requester teaches a class the owner is in.
    pub teaches_owner: bool,
    /// The owner's school's settings.
    pub settings: SchoolSettings,
}

/// How the requester stands to the owner of some content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    Owner,
    /// Teacher of a class the owner is in.
    OwnersTeacher,
    /// Admin of the owner's school.
    SchoolAdmin,
    /// A student of the owner's school (the owner a student too), with the
    /// school's `peer_visibility` setting.
    SchoolPeer {
        peer_visibility: bool,
    },
    /// Anyone else, signed in or not.
    Stranger,
}

/// The closest relation that applies; an admin who also teaches the owner
/// counts as the admin (who may do all a teacher may, and more).
pub fn relation(facts: Facts) -> Relation {
    let Some(requester) = facts.requester else {
        return Relation::Stranger;
    };
    let owner = facts.owner;
    if requester.id == owner.id {
        return Relation::Owner;
    }
    let same_school = requester.school_id.is_some() && requester.school_id == owner.school_id;
    if same_school && requester.is_admin {
        Relation::SchoolAdmin
    } else if facts.teaches_owner && requester.kind == UserKind::Teacher {
        Relation::OwnersTeacher
    } else if same_school && requester.kind == UserKind::Student && owner.kind == UserKind::Student
    {
        Relation::SchoolPeer {
            peer_visibility: facts.settings.peer_visibility,
        }
    } else {
        Relation::Stranger
    }
}

/// May the requester open a scene (or a picture or sound it shows)?
pub fn may_view_scene(relation: Relation, visibility: Visibility) -> bool {
    match (relation, visibility) {
        (_, Visibility::Public | Visibility::Unlisted) => true,
        (
            Relation::Owner | Relation::OwnersTeacher | Relation::SchoolAdmin,
            Visibility::Private,
        ) => true,
        (Relation::SchoolPeer { peer_visibility }, Visibility::Private) => peer_visibility,
        (Relation::Stranger, Visibility::Private) => false,
    }
}

/// May the requester change or delete a scene? The owner, and the admin of
/// the owner's school (who answers for the school's content).
pub fn may_modify_scene(relation: Relation) -> bool {
    matches!(relation, Relation::Owner | Relation::SchoolAdmin)
}

/// May the requester manage another account of the school (rename,
/// reset its password, remove or delete it)? A school admin may, for
/// anyone but themselves and the school's other admins: no admin can lock
/// out or erase another.
pub fn may_manage_user(relation: Relation, member_is_admin: bool) -> bool {
    relation == Relation::SchoolAdmin && !member_is_admin
}

/// May the requester read a user's email address?
pub fn may_see_email(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Owner | Relation::OwnersTeacher | Relation::SchoolAdmin
    )
}

/// May the requester read a user's date of birth? Not even their teacher.
pub fn may_see_birth_date(relation: Relation) -> bool {
    matches!(relation, Relation::Owner | Relation::SchoolAdmin)
}

/// May the requester see a student in a class list (username and avatar)?
pub fn may_see_classmate(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Owner
            | Relation::OwnersTeacher
            | Relation::SchoolAdmin
            | Relation::SchoolPeer {
                peer_visibility: true
            }
    )
}

/// May the requester see a user's picture (avatar)? A student's stays
/// among those who may see them in a class list; anyone else's is as public
/// as their username on a public scene.
pub fn may_see_avatar(relation: Relation, owner_kind: UserKind) -> bool {
    owner_kind != UserKind::Student || may_see_classmate(relation)
}

/// May the requester read the feedback on a scene, and its statistics?
pub fn may_read_feedback(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Owner | Relation::OwnersTeacher | Relation::SchoolAdmin
    )
}

/// May the requester see a scene's viewer statistics? Those who answer for
/// the work: its owner, their teachers and their school's admins.
pub fn may_see_stats(relation: Relation) -> bool {
    matches!(
        relation,
        Relation::Owner | Relation::OwnersTeacher | Relation::SchoolAdmin
    )
}

/// Are a scene's small statistics (1 to 4) hidden? For a student's scene,
/// so that no single viewer (a classmate, a parent) is singled out.
pub fn hides_small_counts(owner_kind: UserKind) -> bool {
    owner_kind == UserKind::Student
}

/// May the requester leave feedback on (or mark reviewed) a scene whose
/// owner is of `owner_kind`? Feedback is for students' work only.
pub fn may_write_feedback(relation: Relation, owner_kind: UserKind) -> bool {
    owner_kind == UserKind::Student
        && matches!(relation, Relation::OwnersTeacher | Relation::SchoolAdmin)
}

/// The visibilities a user may give their own scenes.
pub fn allowed_visibilities(kind: UserKind, settings: SchoolSettings) -> Vec<Visibility> {
    match kind {
        UserKind::Student if !settings.students_can_publish => {
            vec![Visibility::Private, Visibility::Unlisted]
        }
        _ => Visibility::ALL.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    //! The whole matrix: every kind of requester, in every relation to a
    //! student's content, for every visibility and school setting, checked
    //! against the spec's table written out independently below.
    use super::*;

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Requester {
        Anonymous,
        Individual,
        Student,
        Teacher,
        /// A teacher who is their school's admin.
        Admin,
    }

    #[derive(Clone, Copy, Debug, PartialEq)]
    enum Scenario {
        /// The requester is the owner.
        SelfOwned,
        /// Same class: the student's classmate or the class's teacher.
        SameClass,
        SameSchoolOtherClass,
        OtherSchool,
        NoSchool,
    }

    const REQUESTERS: [Requester; 5] = [
        Requester::Anonymous,
        Requester::Individual,
        Requester::Student,
        Requester::Teacher,
        Requester::Admin,
    ];
    const SCENARIOS: [Scenario; 5] = [
        Scenario::SelfOwned,
        Scenario::SameClass,
        Scenario::SameSchoolOtherClass,
        Scenario::OtherSchool,
        Scenario::NoSchool,
    ];

    /// The spec's table for a student's private content.
    fn spec_may_view_private(who: Requester, scenario: Scenario, peer_visibility: bool) -> bool {
        use Requester::*;
        use Scenario::*;
        match (who, scenario) {
            (Anonymous, _) => false,
            (_, SelfOwned) => true,
            (Teacher, SameClass) | (Admin, SameClass) => true,
            (Admin, SameSchoolOtherClass) => true,
            (Student, SameClass | SameSchoolOtherClass) => peer_visibility,
            _ => false,
        }
    }

    fn spec_may_see_email(who: Requester, scenario: Scenario) -> bool {
        use Requester::*;
        use Scenario::*;
        matches!(
            (who, scenario),
            (Individual | Student | Teacher | Admin, SelfOwned)
                | (Teacher | Admin, SameClass)
                | (Admin, SameSchoolOtherClass)
        )
    }

    fn spec_may_see_birth_date(who: Requester, scenario: Scenario) -> bool {
        use Requester::*;
        use Scenario::*;
        matches!(
            (who, scenario),
            (Individual | Student | Teacher | Admin, SelfOwned)
                | (Admin, SameClass | SameSchoolOtherClass)
        )
    }

    /// The spec: "Owners, their teachers and school admins see the
    /// statistics". Written out apart from the email rule it happens to
    /// match.
    fn spec_may_see_stats(who: Requester, scenario: Scenario) -> bool {
        use Requester::*;
        use Scenario::*;
        match (who, scenario) {
            (Anonymous, _) => false,
            (_, SelfOwned) => true,
            (Teacher, SameClass) => true,
            (Admin, SameClass | SameSchoolOtherClass) => true,
            (Individual | Student, _) => false,
            (Teacher, SameSchoolOtherClass | OtherSchool | NoSchool) => false,
            (Admin, OtherSchool | NoSchool) => false,
        }
    }

    fn spec_may_modify(who: Requester, scenario: Scenario) -> bool {
        use Requester::*;
        use Scenario::*;
        matches!(
            (who, scenario),
            (Individual | Student | Teacher | Admin, SelfOwned)
                | (Admin, SameClass | SameSchoolOtherClass)
        )
    }

    fn kind(who: Requester) -> UserKind {
        match who {
            Requester::Anonymous | Requester::Individual => UserKind::Individual,
            Requester::Student => UserKind::Student,
            Requester::Teacher | Requester::Admin => UserKind::Teacher,
        }
    }

    fn facts_for(who: Requester, scenario: Scenario, settings: SchoolSettings) -> Facts<'static> {
        let owner = Party {
            id: "owner",
            kind: UserKind::Student,
            school_id: Some("hill"),
            is_admin: false,
        };
        let school = match scenario {
            Scenario::SelfOwned | Scenario::SameClass | Scenario::SameSchoolOtherClass => {
                Some("hill")
            }
            Scenario::OtherSchool => Some("dale"),
            Scenario::NoSchool => None,
        };
        let requester = match (who, scenario) {
            (Requester::Anonymous, _) => None,
            (_, Scenario::SelfOwned) => Some(Party {
                kind: kind(who),
                is_admin: who == Requester::Admin,
                ..owner
            }),
            _ => Some(Party {
                id: "requester",
                kind: kind(who),
                school_id: school,
                is_admin: who == Requester::Admin,
            }),
        };
        let teaches_owner =
            scenario == Scenario::SameClass && matches!(who, Requester::Teacher | Requester::Admin);
        Facts {
            requester,
            owner,
            teaches_owner,
            settings,
        }
    }

    #[test]
    fn the_whole_matrix_follows_the_spec_table() {
        let mut cases = 0;
        for who in REQUESTERS {
            for scenario in SCENARIOS {
                for peer_visibility in [true, false] {
                    for students_can_publish in [true, false] {
                        let settings = SchoolSettings {
                            peer_visibility,
                            students_can_publish,
                        };
                        let relation = relation(facts_for(who, scenario, settings));
                        for visibility in Visibility::ALL {
                            let expected = match visibility {
                                Visibility::Public | Visibility::Unlisted => true,
                                Visibility::Private => {
                                    spec_may_view_private(who, scenario, peer_visibility)
                                }
                            };
                            let case = format!("{who:?} {scenario:?} {visibility:?} peers={peer_visibility} publish={students_can_publish}");
                            assert_eq!(
                                may_view_scene(relation, visibility),
                                expected,
                                "view: {case}"
                            );
                            assert_eq!(
                                may_see_email(relation),
                                spec_may_see_email(who, scenario),
                                "email: {case}"
                            );
                            assert_eq!(
                                may_see_birth_date(relation),
                                spec_may_see_birth_date(who, scenario),
                                "birth date: {case}"
                            );
                            assert_eq!(
                                may_modify_scene(relation),
                                spec_may_modify(who, scenario),
                                "modify: {case}"
                            );
                            assert_eq!(
                                may_see_classmate(relation),
                                spec_may_view_private(who, scenario, peer_visibility),
                                "classmate: {case}"
                            );
                            assert_eq!(
                                may_see_avatar(relation, UserKind::Student),
                                spec_may_view_private(who, scenario, peer_visibility),
                                "student's avatar: {case}"
                            );
                            assert!(
                                may_see_avatar(relation, UserKind::Teacher)
                                    && may_see_avatar(relation, UserKind::Individual),
                                "others' avatars are public: {case}"
                            );
                            assert_eq!(
                                may_read_feedback(relation),
                                spec_may_see_email(who, scenario),
                                "feedback: {case}"
                            );
                            assert_eq!(
                                may_see_stats(relation),
                                spec_may_see_stats(who, scenario),
                                "stats: {case}"
                            );
                            cases += 1;
                        }
                    }
                }
            }
        }
        // 5 requesters x 5 relations x 2 x 2 settings x 3 visibilities.
        assert_eq!(cases, 300);
    }

    #[test]
    fn only_a_school_admin_manages_users_and_never_another_admin() {
        let relations = [
            Relation::Owner,
            Relation::OwnersTeacher,
            Relation::SchoolAdmin,
            Relation::SchoolPeer {
                peer_visibility: true,
            },
            Relation::SchoolPeer {
                peer_visibility: false,
            },
            Relation::Stranger,
        ];
        for relation in relations {
            for member_is_admin in [false, true] {
                assert_eq!(
                    may_manage_user(relation, member_is_admin),
                    relation == Relation::SchoolAdmin && !member_is_admin,
                    "{relation:?}, member admin: {member_is_admin}"
                );
            }
        }
    }

    #[test]
    fn only_teachers_of_the_class_and_admins_write_feedback() {
        let settings = SchoolSettings::default();
        for who in REQUESTERS {
            for scenario in SCENARIOS {
                let relation = relation(facts_for(who, scenario, settings));
                let expected = matches!(
                    (who, scenario),
                    (Requester::Teacher, Scenario::SameClass)
                        | (
                            Requester::Admin,
                            Scenario::SameClass | Scenario::SameSchoolOtherClass
                        )
                );
                assert_eq!(
                    may_write_feedback(relation, UserKind::Student),
                    expected,
                    "{who:?} {scenario:?}"
                );
                assert!(
                    !may_write_feedback(relation, UserKind::Teacher)
                        && !may_write_feedback(relation, UserKind::Individual),
                    "no feedback on a teacher's or an individual's own work: {who:?} {scenario:?}"
                );
            }
        }
    }

    #[test]
    fn statistics_follow_every_relation() {
        let all = [
            Relation::Owner,
            Relation::OwnersTeacher,
            Relation::SchoolAdmin,
            Relation::SchoolPeer {
                peer_visibility: true,
            },
            Relation::SchoolPeer {
                peer_visibility: false,
            },
            Relation::Stranger,
        ];
        for relation in all {
            let expected = match relation {
                Relation::Owner | Relation::OwnersTeacher | Relation::SchoolAdmin => true,
                Relation::SchoolPeer { .. } | Relation::Stranger => false,
            };
            assert_eq!(may_see_stats(relation), expected, "{relation:?}");
        }
    }

    #[test]
    fn only_students_scenes_hide_small_counts() {
        assert!(hides_small_counts(UserKind::Student));
        assert!(!hides_small_counts(UserKind::Teacher));
        assert!(!hides_small_counts(UserKind::Individual));
    }

    #[test]
    fn students_publish_only_when_their_school_allows() {
        for students_can_publish in [true, false] {
            let settings = SchoolSettings {
                peer_visibility: true,
                students_can_publish,
            };
            for kind in [UserKind::Individual, UserKind::Student, UserKind::Teacher] {
                let allowed = allowed_visibilities(kind, settings);
                let public = allowed.contains(&Visibility::Public);
                assert_eq!(
                    public,
                    kind != UserKind::Student || students_can_publish,
                    "{kind:?} {students_can_publish}"
                );
                assert!(
                    allowed.contains(&Visibility::Private)
                        && allowed.contains(&Visibility::Unlisted)
                );
            }
        }
    }

    #[test]
    fn a_teacher_of_another_school_or_class_is_a_stranger() {
        let owner = Party {
            id: "s",
            kind: UserKind::Student,
            school_id: Some("hill"),
            is_admin: false,
        };
        let teacher = Party {
            id: "t",
            kind: UserKind::Teacher,
            school_id: Some("hill"),
            is_admin: false,
        };
        let facts = Facts {
            requester: Some(teacher),
            owner,
            teaches_owner: false,
            settings: SchoolSettings::default(),
        };
        assert_eq!(relation(facts), Relation::Stranger);
        let far_admin = Party {
            id: "a",
            kind: UserKind::Teacher,
            school_id: Some("dale"),
            is_admin: true,
        };
        let facts = Facts {
            requester: Some(far_admin),
            ..facts
        };
        assert_eq!(relation(facts), Relation::Stranger);
        let teacher_owner = Party {
            kind: UserKind::Teacher,
            ..owner
        };
        let peer = Party {
            id: "p",
            kind: UserKind::Student,
            school_id: Some("hill"),
            is_admin: false,
        };
        let facts = Facts {
            requester: Some(peer),
            owner: teacher_owner,
            teaches_owner: false,
            settings: SchoolSettings {
                peer_visibility: true,
                students_can_publish: false,
            },
        };
        assert_eq!(
            relation(facts),
            Relation::Stranger,
            "students are peers of students only"
        );
    }
}
