//! Schools: their names, privacy settings and teacher invitations.

use crate::db::with_unique_code;
use crate::db::Conn;
use crate::error::AppResult;
use crate::params;
use crate::policy::SchoolSettings;
use model::{School, SchoolRef};

pub fn insert(conn: &mut Conn, id: &str, name: &str, now: i64) -> AppResult<()> {
    conn.execute(
        "INSERT INTO schools (id, name, created_at) VALUES (?1, ?2, ?3)",
        params![id, name, now],
    )?;
    Ok(())
}

/// The school as stored, its teacher invitation included (if it has one).
pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<School>> {
    conn.query_opt(
        "SELECT id, name, peer_visibility, students_can_publish, teacher_invite_code
             FROM schools WHERE id = ?1",
        params![id],
        |r| {
            Ok(School {
                id: r.get(0)?,
                name: r.get(1)?,
                peer_visibility: r.get(2)?,
                students_can_publish: r.get(3)?,
                teacher_invite_code: r.get(4)?,
                sso_domains: Vec::new(),
            })
        },
    )
}

/// The school's id and name, as its members' accounts show it.
pub fn reference(conn: &mut Conn, id: &str) -> AppResult<Option<SchoolRef>> {
    conn.query_opt(
        "SELECT id, name FROM schools WHERE id = ?1",
        params![id],
        |r| {
            Ok(SchoolRef {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        },
    )
}

/// A school's settings; content outside any school has both off.
pub fn settings(conn: &mut Conn, school_id: Option<&str>) -> AppResult<SchoolSettings> {
    let Some(school_id) = school_id else {
        return Ok(SchoolSettings::default());
    };
    let settings = conn.query_opt(
        "SELECT peer_visibility, students_can_publish FROM schools WHERE id = ?1",
        params![school_id],
        |r| {
            Ok(SchoolSettings {
                peer_visibility: r.get(0)?,
                students_can_publish: r.get(1)?,
            })
        },
    )?;
    Ok(settings.unwrap_or_default())
}

pub fn set_peer_visibility(conn: &mut Conn, id: &str, on: bool) -> AppResult<()> {
    conn.execute(
        "UPDATE schools SET peer_visibility = ?1 WHERE id = ?2",
        params![on, id],
    )?;
    Ok(())
}

pub fn set_students_can_publish(conn: &mut Conn, id: &str, on: bool) -> AppResult<()> {
    conn.execute(
        "UPDATE schools SET students_can_publish = ?1 WHERE id = ?2",
        params![on, id],
    )?;
    Ok(())
}

/// Gives the school a fresh teacher invitation; the old one stops working.
pub fn new_invite_code(conn: &mut Conn, id: &str) -> AppResult<String> {
    with_unique_code(conn, |conn, code| {
        conn.execute(
            "UPDATE schools SET teacher_invite_code = ?1 WHERE id = ?2",
            params![code, id],
        )
    })
}

/// The school a (normalised) teacher invitation code belongs to.
pub fn by_invite(conn: &mut Conn, code: &str) -> AppResult<Option<String>> {
    conn.query_opt(
        "SELECT id FROM schools WHERE teacher_invite_code = ?1",
        params![code],
        |r| Ok(r.get(0)?),
    )
}

/// Deletes the school; its classes, sign-in domains and course platforms
/// go with it. Its accounts must have gone first.
pub fn delete(conn: &mut Conn, id: &str) -> AppResult<()> {
    conn.execute("DELETE FROM schools WHERE id = ?1", params![id])?;
    Ok(())
}
