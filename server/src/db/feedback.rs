//! Teachers' feedback on scenes, and which scenes they have reviewed.

use crate::clock::rfc3339;
use crate::db::Conn;
use crate::error::AppResult;
use crate::params;
use model::{Feedback, UserSummary};
use std::collections::HashMap;

pub fn insert(
    conn: &mut Conn,
    id: &str,
    scene_id: &str,
    author_id: &str,
    body: &str,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO feedback (id, scene_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, scene_id, author_id, body, now],
    )?;
    Ok(())
}

/// A scene's feedback, oldest first (a conversation reads downwards).
pub fn for_scene(conn: &mut Conn, scene_id: &str) -> AppResult<Vec<Feedback>> {
    let rows = conn.query_all(
        "SELECT f.id, f.body, f.created_at, u.id, u.username, u.avatar_asset_id
         FROM feedback f JOIN users u ON u.id = f.author_id
         WHERE f.scene_id = ?1 ORDER BY f.created_at, f.rowid",
        params![scene_id],
        |r| {
            Ok(Feedback {
                id: r.get(0)?,
                body: r.get(1)?,
                created_at: rfc3339(r.get(2)?),
                author: UserSummary {
                    id: r.get(3)?,
                    username: r.get(4)?,
                    avatar: r.get(5)?,
                },
            })
        },
    )?;
    Ok(rows)
}

/// The scene's owner has read its feedback up to item `feedback_id`
/// (never back: an older item read later changes nothing). False when the
/// scene has no such item.
pub fn mark_read(conn: &mut Conn, scene_id: &str, feedback_id: &str) -> AppResult<bool> {
    // SQLite's MAX of two values is PostgreSQL's GREATEST.
    let sql = conn.pick(
        "UPDATE scenes SET feedback_read_upto = MAX(COALESCE(feedback_read_upto, 0), f.rowid)
         FROM (SELECT rowid FROM feedback WHERE id = ?2 AND scene_id = ?1) AS f
         WHERE scenes.id = ?1",
        "UPDATE scenes SET feedback_read_upto = GREATEST(COALESCE(feedback_read_upto, 0), f.rowid)
         FROM (SELECT rowid FROM feedback WHERE id = ?2 AND scene_id = ?1) AS f
         WHERE scenes.id = ?1",
    );
    let changed = conn.execute(sql, params![scene_id, feedback_id])?;
    Ok(changed == 1)
}

/// For each of `owner_id`'s scenes with feedback its owner has not read
/// yet, how many items.
pub fn unread_by_scene(conn: &mut Conn, owner_id: &str) -> AppResult<HashMap<String, u32>> {
    let rows = conn.query_all(
        "SELECT f.scene_id, COUNT(*) FROM feedback f JOIN scenes s ON s.id = f.scene_id
         WHERE s.owner_id = ?1 AND f.rowid > COALESCE(s.feedback_read_upto, 0)
         GROUP BY f.scene_id",
        params![owner_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(rows.into_iter().collect())
}

/// Marks the scene, as it is now (its current version), reviewed by
/// `reviewer_id`.
pub fn mark_reviewed(
    conn: &mut Conn,
    scene_id: &str,
    reviewer_id: &str,
    now: i64,
) -> AppResult<()> {
    conn.execute(
        "INSERT INTO scene_reviews (scene_id, reviewer_id, reviewed_at, reviewed_version)
         SELECT id, ?2, ?3, version FROM scenes WHERE id = ?1
         ON CONFLICT (scene_id, reviewer_id) DO UPDATE
         SET reviewed_at = excluded.reviewed_at, reviewed_version = excluded.reviewed_version",
        params![scene_id, reviewer_id, now],
    )?;
    Ok(())
}

/// Whether `reviewer_id` marked the scene reviewed since it last changed:
/// the version reviewed is still the scene's version (times, in whole
/// seconds, cannot tell a save made in the same second as the review).
pub fn is_reviewed(conn: &mut Conn, scene_id: &str, reviewer_id: &str) -> AppResult<bool> {
    Ok(conn
        .query_opt(
            "SELECT 1 FROM scene_reviews r JOIN scenes s ON s.id = r.scene_id
             WHERE r.scene_id = ?1 AND r.reviewer_id = ?2 AND r.reviewed_version = s.version",
            params![scene_id, reviewer_id],
            |_| Ok(()),
        )?
        .is_some())
}

/// Feedback a user wrote, with the scene it is on, oldest first.
pub fn written_by(conn: &mut Conn, author_id: &str) -> AppResult<Vec<(String, Feedback)>> {
    let rows = conn.query_all(
        "SELECT f.scene_id, f.id, f.body, f.created_at, u.id, u.username, u.avatar_asset_id
         FROM feedback f JOIN users u ON u.id = f.author_id
         WHERE f.author_id = ?1 ORDER BY f.created_at, f.rowid",
        params![author_id],
        |r| {
            Ok((
                r.get(0)?,
                Feedback {
                    id: r.get(1)?,
                    body: r.get(2)?,
                    created_at: rfc3339(r.get(3)?),
                    author: UserSummary {
                        id: r.get(4)?,
                        username: r.get(5)?,
                        avatar: r.get(6)?,
                    },
                },
            ))
        },
    )?;
    Ok(rows)
}
