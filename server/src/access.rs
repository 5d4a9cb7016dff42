//! Applies the pure rules of `policy` to stored content: looks up the facts
//! (owners, classes, school settings) and answers `NotFound` for whatever
//! the requester may not see, exactly as for content that does not exist.

use crate::db::scenes::{self, StoredScene};
use crate::db::users::User;
use crate::db::{classes, schools};
use crate::error::{AppError, AppResult};
use crate::policy::{self, Facts, Party, Relation};
use r2d2_sqlite::rusqlite::Connection;

pub fn party(user: &User) -> Party<'_> {
    Party {
        id: &user.id,
        kind: user.kind,
        school_id: user.school_id.as_deref(),
        is_admin: user.is_admin,
    }
}

/// How `requester` stands to `owner`.
pub fn relation(conn: &Connection, requester: Option<&User>, owner: &User) -> AppResult<Relation> {
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
