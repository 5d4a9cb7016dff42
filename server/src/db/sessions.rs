//! Sign-in sessions, kept by the SHA-256 of their token.

use crate::crypto::token_hash;
use crate::db::users::{self, User};
use crate::db::Conn;
use crate::error::AppResult;
use crate::params;

/// How long a session lasts without signing in again.
pub const SESSION_SECONDS: i64 = 30 * 24 * 3600;

pub fn create(conn: &mut Conn, token: &str, user_id: &str, now: i64) -> AppResult<()> {
    conn.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)",
        params![token_hash(token), user_id, now, now + SESSION_SECONDS],
    )?;
    Ok(())
}

/// The user a live session token belongs to.
pub fn user_for_token(conn: &mut Conn, token: &str, now: i64) -> AppResult<Option<User>> {
    let user_id: Option<String> = conn.query_opt(
        "SELECT user_id FROM sessions WHERE token_hash = ?1 AND expires_at > ?2",
        params![token_hash(token), now],
        |r| Ok(r.get(0)?),
    )?;
    match user_id {
        Some(id) => users::by_id(conn, &id),
        None => Ok(None),
    }
}

pub fn delete(conn: &mut Conn, token: &str) -> AppResult<()> {
    conn.execute(
        "DELETE FROM sessions WHERE token_hash = ?1",
        params![token_hash(token)],
    )?;
    Ok(())
}

/// Signs a user out everywhere.
pub fn delete_for_user(conn: &mut Conn, user_id: &str) -> AppResult<()> {
    conn.execute("DELETE FROM sessions WHERE user_id = ?1", params![user_id])?;
    Ok(())
}

/// Signs a user out everywhere but in the session `keep`.
pub fn delete_others(conn: &mut Conn, user_id: &str, keep: &str) -> AppResult<()> {
    conn.execute(
        "DELETE FROM sessions WHERE user_id = ?1 AND token_hash <> ?2",
        params![user_id, token_hash(keep)],
    )?;
    Ok(())
}

/// Deletes sessions past their expiry; answers how many went.
pub fn purge_expired(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute("DELETE FROM sessions WHERE expires_at <= ?1", params![now])?)
}

/// How long ago the live session `token` began (seconds), if it is live.
pub fn age(conn: &mut Conn, token: &str, now: i64) -> AppResult<Option<i64>> {
    let created: Option<i64> = conn.query_opt(
        "SELECT created_at FROM sessions WHERE token_hash = ?1 AND expires_at > ?2",
        params![token_hash(token), now],
        |r| Ok(r.get(0)?),
    )?;
    Ok(created.map(|at| now - at))
}
