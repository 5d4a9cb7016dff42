//! Applies the pure rules of `policy` to stored content: looks up the facts
//! (owners, classes, school settings) and answers `NotFound` for whatever
//! the requester may not see, exactly as for content that does not exist.

use crate::db::scenes::{self, StoredScene};
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::policy::{self, Facts, Party, Relation, SchoolSettings};
use r2d2_sqlite::rusqlite::{params, Connection, OptionalExtension};

pub fn party(user: &User) -> Party<'_> {
    Party {
        id: &user.id,
        kind: user.kind,
        school_id: user.school_id.as_deref(),
        is_admin: user.is_admin,
    }
}

/// A school's settings; content outside any school has both off.
pub fn school_settings(conn: &Connection, school_id: Option<&str>) -> AppResult<SchoolSettings> {
    let Some(school_id) = school_id else {
        return Ok(SchoolSettings::default());
    };
    let settings = conn
        .query_row(
            "SELECT peer_visibility, students_can_publish FROM schools WHERE id = ?1",
            [school_id],
            |r| {
                Ok(SchoolSettings {
                    peer_visibility: r.get(0)?,
                    students_can_publish: r.get(1)?,
                })
            },
        )
        .optional()?;
    Ok(settings.unwrap_or_default())
}

/// Whether `teacher_id` teaches a class `student_id` is in.
fn teaches(conn: &Connection, teacher_id: &str, student_id: &str) -> AppResult<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM classes c JOIN class_members m ON m.class_id = c.id
             WHERE c.teacher_id = ?1 AND m.student_id = ?2 LIMIT 1",
            params![teacher_id, student_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// How `requester` stands to `owner`.
pub fn relation(conn: &Connection, requester: Option<&User>, owner: &User) -> AppResult<Relation> {
    let teaches_owner = match requester {
        Some(r) if r.id != owner.id => teaches(conn, &r.id, &owner.id)?,
        _ => false,
    };
    let settings = school_settings(conn, owner.school_id.as_deref())?;
    Ok(policy::relation(Facts {
        requester: requester.map(party),
        owner: party(owner),
        teaches_owner,
        settings,
    }))
}

/// The scene, if the requester may see it.
pub fn viewable_scene(
    conn: &Connection,
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
