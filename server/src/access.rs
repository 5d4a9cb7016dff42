//! Applies the pure rules of `policy` to stored content: looks up the facts
//! (school settings, owners) and answers `NotFound` for whatever the
//! requester may not see, exactly as for content that does not exist.

use crate::db::scenes::{self, StoredScene};
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::policy::{self, Party, Relation};
use model::UserKind;
use r2d2_sqlite::rusqlite::{Connection, OptionalExtension};

fn party(user: &User) -> Party<'_> {
    Party {
        id: &user.id,
        school_id: user.school_id.as_deref(),
        is_admin: user.is_admin,
        is_student: user.kind == UserKind::Student,
    }
}

fn peer_visibility(conn: &Connection, school_id: Option<&str>) -> AppResult<bool> {
    let Some(school_id) = school_id else {
        return Ok(false);
    };
    let on: Option<bool> = conn
        .query_row(
            "SELECT peer_visibility FROM schools WHERE id = ?1",
            [school_id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(on.unwrap_or(false))
}

pub fn relation(conn: &Connection, requester: Option<&User>, owner: &User) -> AppResult<Relation> {
    let peers = peer_visibility(conn, owner.school_id.as_deref())?;
    Ok(policy::relation(requester.map(party), party(owner), peers))
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
