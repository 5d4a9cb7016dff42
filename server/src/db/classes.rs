//! Classes and who is in them.

use crate::db::users::{self, User};
use crate::db::with_unique_code;
use crate::db::{Conn, Row};
use crate::error::AppResult;
use crate::params;

#[derive(Clone, Debug)]
pub struct Class {
    pub id: String,
    pub school_id: String,
    pub teacher_id: String,
    pub name: String,
    pub join_code: String,
}

const COLUMNS: &str = "id, school_id, teacher_id, name, join_code";

fn from_row(r: &Row) -> AppResult<Class> {
    Ok(Class {
        id: r.get(0)?,
        school_id: r.get(1)?,
        teacher_id: r.get(2)?,
        name: r.get(3)?,
        join_code: r.get(4)?,
    })
}

pub fn insert(
    conn: &mut Conn,
    id: &str,
    school_id: &str,
    teacher_id: &str,
    name: &str,
    now: i64,
) -> AppResult<Class> {
    let join_code = with_unique_code(conn, |conn, code| {
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
pub fn rotate_code(conn: &mut Conn, class_id: &str) -> AppResult<String> {
    with_unique_code(conn, |conn, code| {
        conn.execute(
            "UPDATE classes SET join_code = ?1 WHERE id = ?2",
            params![code, class_id],
        )
    })
}

pub fn by_id(conn: &mut Conn, id: &str) -> AppResult<Option<Class>> {
    conn.query_opt(
        &format!("SELECT {COLUMNS} FROM classes WHERE id = ?1"),
        params![id],
        from_row,
    )
}

/// The class a (normalised) join code opens.
pub fn by_join_code(conn: &mut Conn, code: &str) -> AppResult<Option<Class>> {
    conn.query_opt(
        &format!("SELECT {COLUMNS} FROM classes WHERE join_code = ?1"),
        params![code],
        from_row,
    )
}

/// The classes a user teaches or is in, and every class of their school,
/// by name: the ones that may exist for them (`policy::may_see_class`
/// decides which do).
pub fn of_user_or_school(conn: &mut Conn, user: &User) -> AppResult<Vec<Class>> {
    let rows = conn.query_all(
        &format!(
            "SELECT {COLUMNS} FROM classes WHERE teacher_id = ?1 OR school_id IS NOT DISTINCT FROM ?2
           OR id IN (SELECT class_id FROM class_members WHERE student_id = ?1)
         ORDER BY name, id"
        ),
        params![user.id, user.school_id],
        from_row,
    )?;
    Ok(rows)
}

pub fn add_member(conn: &mut Conn, class_id: &str, student_id: &str, now: i64) -> AppResult<()> {
    conn.execute(
        "INSERT INTO class_members (class_id, student_id, joined_at) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
        params![class_id, student_id, now],
    )?;
    Ok(())
}

/// Takes a student out of every class they are in.
pub fn leave_all(conn: &mut Conn, student_id: &str) -> AppResult<()> {
    conn.execute(
        "DELETE FROM class_members WHERE student_id = ?1",
        params![student_id],
    )?;
    Ok(())
}

/// Hands the classes `from` teaches to `to` (so no class is left without a
/// teacher, and `from` keeps no access through them).
pub fn hand_over(conn: &mut Conn, from: &str, to: &str) -> AppResult<()> {
    conn.execute(
        "UPDATE classes SET teacher_id = ?1 WHERE teacher_id = ?2",
        params![to, from],
    )?;
    Ok(())
}

/// Whether `teacher_id` teaches a class `student_id` is in.
pub fn teaches(conn: &mut Conn, teacher_id: &str, student_id: &str) -> AppResult<bool> {
    Ok(conn
        .query_opt(
            "SELECT 1 FROM classes c JOIN class_members m ON m.class_id = c.id
             WHERE c.teacher_id = ?1 AND m.student_id = ?2 LIMIT 1",
            params![teacher_id, student_id],
            |_| Ok(()),
        )?
        .is_some())
}

pub fn is_member(conn: &mut Conn, class_id: &str, student_id: &str) -> AppResult<bool> {
    Ok(conn
        .query_opt(
            "SELECT 1 FROM class_members WHERE class_id = ?1 AND student_id = ?2",
            params![class_id, student_id],
            |_| Ok(()),
        )?
        .is_some())
}

/// The class's students, by username.
pub fn students(conn: &mut Conn, class_id: &str) -> AppResult<Vec<User>> {
    let ids = conn.query_all(
        "SELECT u.id FROM class_members m JOIN users u ON u.id = m.student_id
         WHERE m.class_id = ?1 ORDER BY u.username",
        params![class_id],
        |r| Ok(r.get::<String>(0)?),
    )?;
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(user) = users::by_id(conn, &id)? {
            out.push(user);
        }
    }
    Ok(out)
}

pub fn student_count(conn: &mut Conn, class_id: &str) -> AppResult<usize> {
    let n: i64 = conn.query_one(
        "SELECT COUNT(*) FROM class_members WHERE class_id = ?1",
        params![class_id],
        |r| Ok(r.get(0)?),
    )?;
    Ok(n as usize)
}
