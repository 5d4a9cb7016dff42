//! Schools: their names, privacy settings and teacher invitations.

use crate::db::with_unique_code;
use crate::error::AppResult;
use crate::policy::SchoolSettings;
use model::{School, SchoolRef};
use r2d2_sqlite::rusqlite::{params, Connection, OptionalExtension};

pub fn insert(conn: &Connection, id: &str, name: &str, now: i64) -> AppResult<()> {
    conn.execute(
        "INSERT INTO schools (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![id, name, now],
    )?;
    Ok(())
}

/// The school as stored, its teacher invitation included (if it has one).
pub fn by_id(conn: &Connection, id: &str) -> AppResult<Option<School>> {
    Ok(conn
        .query_row(
            "SELECT id, name, peer_visibility, students_can_publish, teacher_invite_code
             FROM schools WHERE id = ?1",
            [id],
            |r| {
                Ok(School {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    peer_visibility: r.get(2)?,
                    students_can_publish: r.get(3)?,
                    teacher_invite_code: r.get(4)?,
                })
            },
        )
        .optional()?)
}

/// The school's id and name, as its members' accounts show it.
pub fn reference(conn: &Connection, id: &str) -> AppResult<Option<SchoolRef>> {
    Ok(conn
        .query_row("SELECT id, name FROM schools WHERE id = ?1", [id], |r| {
            Ok(SchoolRef {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })
        .optional()?)
}

/// A school's settings; content outside any school has both off.
pub fn settings(conn: &Connection, school_id: Option<&str>) -> AppResult<SchoolSettings> {
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

pub fn set_peer_visibility(conn: &Connection, id: &str, on: bool) -> AppResult<()> {
    conn.execute(
        "UPDATE schools SET peer_visibility = ?1 WHERE id = ?2",
        params![on, id],
    )?;
    Ok(())
}

pub fn set_students_can_publish(conn: &Connection, id: &str, on: bool) -> AppResult<()> {
    conn.execute(
        "UPDATE schools SET students_can_publish = ?1 WHERE id = ?2",
        params![on, id],
    )?;
    Ok(())
}

/// Gives the school a fresh teacher invitation; the old one stops working.
pub fn new_invite_code(conn: &Connection, id: &str) -> AppResult<String> {
    with_unique_code(|code| {
        conn.execute(
            "UPDATE schools SET teacher_invite_code = ?1 WHERE id = ?2",
            params![code, id],
        )
    })
}

/// The school a (normalised) teacher invitation code belongs to.
pub fn by_invite(conn: &Connection, code: &str) -> AppResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT id FROM schools WHERE teacher_invite_code = ?1",
            [code],
            |r| r.get(0),
        )
        .optional()?)
}
