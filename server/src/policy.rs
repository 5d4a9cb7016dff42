//! Who may see and change what: pure functions of how the requester stands
//! to the owner of some content (or to a class, or a school), the
//! content's visibility and the school's settings. Every route asks here;
//! nothing else decides access. The table they implement is SPEC.md's
//! "Who sees what"; `access` looks up the facts they take.

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

/// What a school admin may do with an account from the school page
/// (rename it, reset its password, take it out of the school, delete it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Management {
    /// Another account of the admin's school that is not an admin's.
    Allowed,
    /// The admin's own account: changed in their settings, not here.
    Own,
    /// Another admin of the school: no admin can lock out or erase another.
    AnotherAdmin,
    /// Not of the admin's school: as if it did not exist.
    Hidden,
}

/// How a school admin (already checked with `may_run_school`) may manage
/// the account they stand in `relation` to.
pub fn management(relation: Relation, member_is_admin: bool) -> Management {
    match relation {
        Relation::Owner => Management::Own,
        Relation::SchoolAdmin if member_is_admin => Management::AnotherAdmin,
        Relation::SchoolAdmin => Management::Allowed,
        Relation::OwnersTeacher | Relation::SchoolPeer { .. } | Relation::Stranger => {
            Management::Hidden
        }
    }
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

/// Does reading a scene's feedback make it old news? Only for the one it
/// is written to, the scene's owner; a teacher reading it changes nothing.
pub fn may_mark_feedback_read(relation: Relation) -> bool {
    relation == Relation::Owner
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

/// The visibilities a user may give their own scenes: the rule in `model`,
/// which the app's visibility choice follows too.
pub fn allowed_visibilities(kind: UserKind, settings: SchoolSettings) -> &'static [Visibility] {
    kind.allowed_visibilities(settings.students_can_publish)
}

/// May the requester fetch an upload? Its uploader may (a picture is sent
/// before any scene shows it); anyone else only where it is shown to them,
/// in a scene they may open (`may_view_scene`) or as a user's picture they
/// may see (`may_see_avatar`).
pub fn may_fetch_upload(requester_is_uploader: bool, shown_to_requester: bool) -> bool {
    requester_is_uploader || shown_to_requester
}

/// May a scene show an upload (as its picture, or in a popup)? Only one its
/// owner uploaded, whoever edits it: whoever may see a scene may fetch what
/// it shows, so naming someone else's upload in a public scene would
/// publish it.
pub fn may_show_in_scene(uploader_id: &str, scene_owner_id: &str) -> bool {
    uploader_id == scene_owner_id
}

/// Everything the server looked up about a user's request for a class.
#[derive(Clone, Copy, Debug)]
pub struct ClassFacts<'a> {
    pub requester: Party<'a>,
    pub teacher_id: &'a str,
    pub school_id: &'a str,
    /// The requester is a student in the class.
    pub requester_is_member: bool,
    /// The class's school's settings.
    pub settings: SchoolSettings,
}

/// How the requester stands to a class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassRelation {
    /// Its teacher.
    Teacher,
    /// An admin of the class's school.
    SchoolAdmin,
    /// A student in it, with the school's `peer_visibility` setting.
    Member { peer_visibility: bool },
    /// Anyone else.
    Outsider,
}

/// The closest relation that applies; an admin who also teaches the class
/// counts as its teacher (who may do the same).
pub fn class_relation(facts: ClassFacts) -> ClassRelation {
    let requester = facts.requester;
    if requester.id == facts.teacher_id {
        ClassRelation::Teacher
    } else if requester.is_admin && requester.school_id == Some(facts.school_id) {
        ClassRelation::SchoolAdmin
    } else if facts.requester_is_member {
        ClassRelation::Member {
            peer_visibility: facts.settings.peer_visibility,
        }
    } else {
        ClassRelation::Outsider
    }
}

/// Does the class exist for the requester (its name, teacher and size)? To
/// anyone outside it, it answers 404.
pub fn may_see_class(relation: ClassRelation) -> bool {
    relation != ClassRelation::Outsider
}

/// May the requester see the class's students and their work? Those who
/// lead it, and its students while their school lets peers see each other.
pub fn may_list_class(relation: ClassRelation) -> bool {
    matches!(
        relation,
        ClassRelation::Teacher
            | ClassRelation::SchoolAdmin
            | ClassRelation::Member {
                peer_visibility: true
            }
    )
}

/// May the requester lead the class: see and change its join code, sign
/// students up into it? Its teacher and its school's admins.
pub fn may_lead_class(relation: ClassRelation) -> bool {
    matches!(
        relation,
        ClassRelation::Teacher | ClassRelation::SchoolAdmin
    )
}

/// May the user create classes? A teacher of a school (the classes are the
/// school's).
pub fn may_create_class(user: Party) -> bool {
    user.kind == UserKind::Teacher && user.school_id.is_some()
}

/// Does this kind of user join classes with a code? Students only.
pub fn joins_with_code(kind: UserKind) -> bool {
    kind == UserKind::Student
}

/// May the user join a class of `class_school_id` with its code? A student
/// of that school; to anyone else a code of another school's class matches
/// nothing.
pub fn may_join_class(user: Party, class_school_id: &str) -> bool {
    joins_with_code(user.kind) && user.school_id == Some(class_school_id)
}

/// How a user stands to a school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SchoolStanding {
    Admin,
    Member,
    Outsider,
}

pub fn school_standing(user: Party, school_id: &str) -> SchoolStanding {
    match (user.school_id == Some(school_id), user.is_admin) {
        (true, true) => SchoolStanding::Admin,
        (true, false) => SchoolStanding::Member,
        (false, _) => SchoolStanding::Outsider,
    }
}

/// May the user see the school's name and settings? Its members.
pub fn may_see_school(standing: SchoolStanding) -> bool {
    standing != SchoolStanding::Outsider
}

/// May the user run the school: change its settings, see and renew its
/// teacher invitation, list and manage its users? Its admins.
pub fn may_run_school(standing: SchoolStanding) -> bool {
    standing == SchoolStanding::Admin
}

/// May the user add scenes to courses of a learning platform that
/// `platform_school_id` registered (LTI deep linking)? Its teachers
/// (admins included): students and outsiders pick nothing for a course.
pub fn may_add_to_courses(user: Party, platform_school_id: &str) -> bool {
    user.kind == UserKind::Teacher && user.school_id == Some(platform_school_id)
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

    /// The spec: "An admin cannot reset or remove another admin of the
    /// same school"; an account outside the admin's school is not theirs to
    /// see; their own is changed in their settings.
    fn spec_management(who: Requester, scenario: Scenario, member_is_admin: bool) -> Management {
        use Requester::*;
        use Scenario::*;
        match (who, scenario) {
            (Anonymous, _) => Management::Hidden,
            (_, SelfOwned) => Management::Own,
            (Admin, SameClass | SameSchoolOtherClass) if member_is_admin => {
                Management::AnotherAdmin
            }
            (Admin, SameClass | SameSchoolOtherClass) => Management::Allowed,
            _ => Management::Hidden,
        }
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
                                may_mark_feedback_read(relation),
                                scenario == Scenario::SelfOwned && who != Requester::Anonymous,
                                "feedback read: {case}"
                            );
                            assert_eq!(
                                may_see_stats(relation),
                                spec_may_see_stats(who, scenario),
                                "stats: {case}"
                            );
                            for member_is_admin in [false, true] {
                                assert_eq!(
                                    management(relation, member_is_admin),
                                    spec_management(who, scenario, member_is_admin),
                                    "manage (member admin: {member_is_admin}): {case}"
                                );
                            }
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
            for peer_visibility in [true, false] {
                let settings = SchoolSettings {
                    peer_visibility,
                    students_can_publish,
                };
                for kind in [UserKind::Individual, UserKind::Student, UserKind::Teacher] {
                    let allowed = allowed_visibilities(kind, settings);
                    let expected: &[Visibility] =
                        if kind == UserKind::Student && !students_can_publish {
                            &[Visibility::Private, Visibility::Unlisted]
                        } else {
                            &[
                                Visibility::Private,
                                Visibility::Unlisted,
                                Visibility::Public,
                            ]
                        };
                    assert_eq!(allowed, expected, "{kind:?} {settings:?}");
                }
            }
        }
    }

    /// How a requester stands to a class, as the tests set it up.
    #[derive(Clone, Copy, Debug, PartialEq)]
    enum ClassScenario {
        /// The requester teaches it (a teacher or an admin).
        TeachesIt,
        /// The requester is a student in it.
        InIt,
        /// In the class's school, neither teaching it nor in it.
        SameSchool,
        OtherSchool,
        NoSchool,
    }

    const CLASS_SCENARIOS: [ClassScenario; 5] = [
        ClassScenario::TeachesIt,
        ClassScenario::InIt,
        ClassScenario::SameSchool,
        ClassScenario::OtherSchool,
        ClassScenario::NoSchool,
    ];

    /// Signed-in requesters only: every class call needs a session.
    const SIGNED_IN: [Requester; 4] = [
        Requester::Individual,
        Requester::Student,
        Requester::Teacher,
        Requester::Admin,
    ];

    /// Whether the scenario can happen: only teachers teach, only students
    /// are in classes, individuals belong to no school.
    fn possible(who: Requester, scenario: ClassScenario) -> bool {
        use ClassScenario::*;
        use Requester::*;
        !matches!(
            (who, scenario),
            (Individual | Student, TeachesIt)
                | (Individual | Teacher | Admin, InIt)
                | (Individual, SameSchool | OtherSchool)
        )
    }

    fn class_facts_for(
        who: Requester,
        scenario: ClassScenario,
        settings: SchoolSettings,
    ) -> ClassFacts<'static> {
        let school = match scenario {
            ClassScenario::OtherSchool => Some("dale"),
            ClassScenario::NoSchool => None,
            _ => Some("hill"),
        };
        ClassFacts {
            requester: Party {
                id: "requester",
                kind: kind(who),
                school_id: school,
                is_admin: who == Requester::Admin,
            },
            teacher_id: if scenario == ClassScenario::TeachesIt {
                "requester"
            } else {
                "teacher"
            },
            school_id: "hill",
            requester_is_member: scenario == ClassScenario::InIt,
            settings,
        }
    }

    /// SPEC: a class's teacher runs it, its school's admins run every class
    /// of the school, students see their classmates while the school
    /// allows; to anyone else a class does not exist.
    fn spec_class(who: Requester, scenario: ClassScenario, peer_visibility: bool) -> [bool; 3] {
        use ClassScenario::*;
        use Requester::*;
        // [sees it, sees its students and work, leads it]
        match (who, scenario) {
            (Teacher | Admin, TeachesIt) => [true, true, true],
            (Admin, SameSchool) => [true, true, true],
            (Student, InIt) => [true, peer_visibility, false],
            _ => [false, false, false],
        }
    }

    fn spec_may_join(who: Requester, scenario: ClassScenario) -> bool {
        use ClassScenario::*;
        matches!((who, scenario), (Requester::Student, InIt | SameSchool))
    }

    fn spec_may_create_class(who: Requester, scenario: ClassScenario) -> bool {
        matches!(who, Requester::Teacher | Requester::Admin) && scenario != ClassScenario::NoSchool
    }

    #[test]
    fn the_class_matrix_follows_the_spec() {
        let mut cases = 0;
        for who in SIGNED_IN {
            for scenario in CLASS_SCENARIOS {
                if !possible(who, scenario) {
                    continue;
                }
                for peer_visibility in [true, false] {
                    for students_can_publish in [true, false] {
                        let settings = SchoolSettings {
                            peer_visibility,
                            students_can_publish,
                        };
                        let facts = class_facts_for(who, scenario, settings);
                        let relation = class_relation(facts);
                        let case = format!("{who:?} {scenario:?} {settings:?} ({relation:?})");
                        let [see, list, lead] = spec_class(who, scenario, peer_visibility);
                        assert_eq!(may_see_class(relation), see, "see: {case}");
                        assert_eq!(may_list_class(relation), list, "list: {case}");
                        assert_eq!(may_lead_class(relation), lead, "lead: {case}");
                        assert_eq!(
                            may_join_class(facts.requester, facts.school_id),
                            spec_may_join(who, scenario),
                            "join: {case}"
                        );
                        assert_eq!(
                            joins_with_code(facts.requester.kind),
                            who == Requester::Student,
                            "joins with a code: {case}"
                        );
                        assert_eq!(
                            may_create_class(facts.requester),
                            spec_may_create_class(who, scenario),
                            "create: {case}"
                        );
                        cases += 1;
                    }
                }
            }
        }
        // Possible pairs: individual 1, student 4, teacher 4, admin 4; x 2 x 2 settings.
        assert_eq!(cases, 52);
    }

    #[test]
    fn the_school_matrix_follows_the_spec() {
        for who in SIGNED_IN {
            for school in [Some("hill"), Some("dale"), None] {
                let user = Party {
                    id: "u",
                    kind: kind(who),
                    school_id: school,
                    is_admin: who == Requester::Admin,
                };
                let standing = school_standing(user, "hill");
                let own = school == Some("hill");
                let case = format!("{who:?} in {school:?} ({standing:?})");
                assert_eq!(may_see_school(standing), own, "see: {case}");
                assert_eq!(
                    may_run_school(standing),
                    own && who == Requester::Admin,
                    "run: {case}"
                );
                assert_eq!(
                    may_add_to_courses(user, "hill"),
                    own && matches!(who, Requester::Teacher | Requester::Admin),
                    "add to courses: {case}"
                );
            }
        }
    }

    #[test]
    fn a_scene_shows_only_its_owners_uploads() {
        assert!(may_show_in_scene("owner", "owner"));
        assert!(
            !may_show_in_scene("admin", "owner"),
            "an admin editing a student's scene cannot put their own upload in it"
        );
        assert!(!may_show_in_scene("stranger", "owner"));
    }

    #[test]
    fn an_upload_reaches_its_uploader_and_whoever_is_shown_it() {
        for uploader in [true, false] {
            for shown in [true, false] {
                assert_eq!(
                    may_fetch_upload(uploader, shown),
                    uploader || shown,
                    "uploader: {uploader}, shown: {shown}"
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
