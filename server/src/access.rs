//! Applies the pure rules of `policy` to stored content: looks up the facts
//! (owners, classes, school settings) and answers `NotFound` for whatever
//! the requester may not see, exactly as for content that does not exist,
//! and `Forbidden` for what they may see but not change (a school admin's
//! own account is a validation error instead: it is changed elsewhere).

use crate::db::classes::{self, Class};
use crate::db::scenes::{self, StoredScene};
use crate::db::schools;
use crate::db::users::{self, User};
use crate::db::Conn;
use crate::error::{AppError, AppResult};
use crate::policy::{
    self, ClassFacts, ClassRelation, Facts, Management, Party, Relation, SchoolStanding,
};
use pinpoint_i18n::Message;

pub fn party(user: &User) -> Party<'_> {
    Party {
        id: &user.id,
        kind: user.kind,
        school_id: user.school_id.as_deref(),
        is_admin: user.is_admin,
    }
}

/// How `requester` stands to `owner`.
pub fn relation(conn: &mut Conn, requester: Option<&User>, owner: &User) -> AppResult<Relation> {
    let teaches_owner = match requester {
        Some(r) if r.id != owner.id => classes::teaches(conn, &r.id, &owner.id)?,
        _ => false,
    };
    let settings = schools::settings(conn, owner.school_id.as_deref())?;
    Ok(policy::relation(Facts {
        requester: requester.map(party),
        owner: party(owner),
        teaches_owner,
        settings,
    }))
}

/// The scene, if the requester may see it.
pub fn viewable_scene(
    conn: &mut Conn,
    id: &str,
    requester: Option<&User>,
) -> AppResult<(StoredScene, Relation)> {
    let stored = scenes::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let relation = relation(conn, requester, &stored.owner)?;
    if policy::may_view_scene(relation, stored.scene.visibility) {
        Ok((stored, relation))
    } else {
        Err(AppError::NotFound)
    }
}

/// The scene, if the requester may change or delete it; `action` ends the
/// refusal ("Only the owner can ...") for one they may only see.
pub fn modifiable_scene(
    conn: &mut Conn,
    id: &str,
    requester: &User,
    refusal: &'static str,
) -> AppResult<StoredScene> {
    let (stored, relation) = viewable_scene(conn, id, Some(requester))?;
    if policy::may_modify_scene(relation) {
        Ok(stored)
    } else {
        Err(AppError::Forbidden(Message::new(refusal)))
    }
}

/// How `user` stands to `class`.
pub fn class_relation(conn: &mut Conn, class: &Class, user: &User) -> AppResult<ClassRelation> {
    let requester_is_member = classes::is_member(conn, &class.id, &user.id)?;
    let settings = schools::settings(conn, Some(&class.school_id))?;
    Ok(policy::class_relation(ClassFacts {
        requester: party(user),
        teacher_id: &class.teacher_id,
        school_id: &class.school_id,
        requester_is_member,
        settings,
    }))
}

/// The class and how the requester stands to it, if it exists for them.
pub fn visible_class(conn: &mut Conn, id: &str, user: &User) -> AppResult<(Class, ClassRelation)> {
    let class = classes::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let relation = class_relation(conn, &class, user)?;
    if policy::may_see_class(relation) {
        Ok((class, relation))
    } else {
        Err(AppError::NotFound)
    }
}

/// The class, if the requester may see its students and their work.
pub fn listable_class(conn: &mut Conn, id: &str, user: &User) -> AppResult<Class> {
    let (class, relation) = visible_class(conn, id, user)?;
    if policy::may_list_class(relation) {
        Ok(class)
    } else {
        Err(AppError::NotFound)
    }
}

/// The class and how the requester stands to it, if they lead it;
/// `action` ends the refusal ("Only the class's teacher can ...") for a
/// student in it.
pub fn led_class(
    conn: &mut Conn,
    id: &str,
    user: &User,
    refusal: &'static str,
) -> AppResult<(Class, ClassRelation)> {
    let (class, relation) = visible_class(conn, id, user)?;
    if policy::may_lead_class(relation) {
        Ok((class, relation))
    } else {
        Err(AppError::Forbidden(Message::new(refusal)))
    }
}

/// The school `user` belongs to (404 outside any school) and how they
/// stand to it.
pub fn own_school(user: &User) -> AppResult<(String, SchoolStanding)> {
    let id = user.school_id.clone().ok_or(AppError::NotFound)?;
    let standing = policy::school_standing(party(user), &id);
    if policy::may_see_school(standing) {
        Ok((id, standing))
    } else {
        Err(AppError::NotFound)
    }
}

/// The school `user` belongs to, if they may run it: 404 outside any
/// school, 403 for a member who is not its admin.
pub fn run_school(user: &User) -> AppResult<String> {
    let (id, standing) = own_school(user)?;
    if policy::may_run_school(standing) {
        Ok(id)
    } else {
        Err(AppError::Forbidden(Message::new("error-only-admins")))
    }
}

/// An account of the admin's school that the admin may manage: 404 for
/// one outside it (as if it did not exist), 422 for their own, 403 for
/// another admin's.
pub fn managed_user(conn: &mut Conn, admin: &User, id: &str) -> AppResult<User> {
    let member = users::get(conn, id)?;
    let relation = relation(conn, Some(admin), &member)?;
    match policy::management(relation, member.is_admin) {
        Management::Allowed => Ok(member),
        Management::Own => Err(AppError::validation("id", Message::new("error-manage-own"))),
        Management::AnotherAdmin => Err(AppError::Forbidden(Message::new("error-manage-admin"))),
        Management::Hidden => Err(AppError::NotFound),
    }
}
