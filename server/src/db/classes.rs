//! Classes and who is in them.

use crate::db::users::{self, User};
use crate::db::with_unique_code;
use crate::error::AppResult;
use r2d2_sqlite::rusqlite::{params, Connection, OptionalExtension};

#[derive(Clone, Debug)]
pub struct Class {
    pub id: String,
    pub school_id: String,
    pub teacher_id: String,
    pub name: String,
    pub join_code: String,
}

const COLUMNS: &str = "id, school_id, teacher_id, name, join_code";

fn from_row(r: &r2d2_sqlite::rusqlite::Row) -> r2d2_sqlite::rusqlite::Result<Class> {
    Ok(Class {
        id: r.get(0)?,
        school_id: r.get(1)?,
        teacher_id: r.get(2)?,
        name: r.get(3)?,
        join_code: r.get(4)?,
    })
}

pub fn insert(
    conn: &Connection,
    id: &str,
    school_id: &str,
    teacher_id: &str,
    name: &str,
    now: i64,
) -> AppResult<Class> {
    let join_code = with_unique_code(|code| {
        conn.execute(
            "INSERT INTO classes (id, school_id, teacher_id, name, join_code, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, school_id, teacher_id, name, code, now],
        )
    })?;
    Ok(Class {
        id: id.into(),
        school_id: school_id.into(),
        teacher_id: teacher_id.into(),
        name: name.into(),
        join_code,
    })
}

/// Replaces a class's join code; the old one stops working.
pub fn rotate_code(conn: &Connection, class_id: &str) -> AppResult<String> {
    with_unique_code(|code| {
        conn.execute(
            "UPDATE classes SET join_code = ?1 WHERE id = ?2",
            params![code, class_id],
        )
    })
}

pub fn by_id(conn: &Connection, id: &str) -> AppResult<Option<Class>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM classes WHERE id = ?1"),
            [id],
            from_row,
        )
        .optional()?)
}

/// The class a (normalised) join code opens.
pub fn by_join_code(conn: &Connection, code: &str) -> AppResult<Option<Class>> {
    Ok(conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM classes WHERE join_code = ?1"),
            [code],
            from_row,
        )
        .optional()?)
}

/// The classes a user teaches or is in, and every class of their school,
/// by name: the ones that may exist for them (`policy::may_see_class`
/// decides which do).
pub fn of_user_or_school(conn: &Connection, user: &User) -> AppResult<Vec<Class>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM classes WHERE teacher_id = ?1 OR school_id IS ?2
           OR id IN (SELECT class_id FROM class_members WHERE student_id = ?1)
         ORDER BY name, id"
    ))?;
    let rows = stmt
        .query_map(params![user.id, user.school_id], from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows)
}

pub fn add_member(conn: &Connection, class_id: &str, student_id: &str, now: i64) -> AppResult<()> {
    conn.execute(
        "INSERT OR IGNORE INTO class_members (class_id, student_id, joined_at) VALUES (?1, ?2, ?3)",
        params![class_id, student_id, now],
    )?;
    Ok(())
}

/// Takes a student out of every class they are in.
pub fn leave_all(conn: &Connection, student_id: &str) -> AppResult<()> {
    conn.execute(
        "DELETE FROM class_members WHERE student_id = ?1",
        [student_id],
    )?;
    Ok(())
}

/// Hands the classes `from` teaches to `to` (so no class is left without a
/// teacher, and `from` keeps no access through them).
pub fn hand_over(conn: &Connection, from: &str, to: &str) -> AppResult<()> {
    conn.execute(
        "UPDATE classes SET teacher_id = ?1 WHERE teacher_id = ?2",
        params![to, from],
    )?;
    Ok(())
}

/// Whether `teacher_id` teaches a class `student_id` is in.
pub fn teaches(conn: &Connection, teacher_id: &str, student_id: &str) -> AppResult<bool> {
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

pub fn is_member(conn: &Connection, class_id: &str, student_id: &str) -> AppResult<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM class_members WHERE class_id = ?1 AND student_id = ?2",
            params![class_id, student_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// The class's students, by username.
pub fn students(conn: &Connection, class_id: &str) -> AppResult<Vec<User>> {
    let mut stmt = conn.prepare(
        "SELECT u.id FROM class_members m JOIN users u ON u.id = m.student_id
         WHERE m.class_id = ?1 ORDER BY u.username",
    )?;
    let ids = stmt
        .query_map([class_id], |r| r.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(user) = users::by_id(conn, &id)? {
            out.push(user);
        }
    }
    Ok(out)
}

pub fn student_count(conn: &Connection, class_id: &str) -> AppResult<usize> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM class_members WHERE class_id = ?1",
        [class_id],
        |r| r.get(0),
    )?;
    Ok(n as usize)
}
