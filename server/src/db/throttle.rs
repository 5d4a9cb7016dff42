//! The guessing limits' counts (see `throttle`).

use crate::db::Conn;
use crate::error::AppResult;
use crate::params;
use crate::throttle::window::{Window, WINDOW_SECONDS};

pub fn window(conn: &mut Conn, key: &[u8]) -> AppResult<Option<Window>> {
    conn.query_opt(
        "SELECT started_at, failures FROM throttle WHERE key = ?1",
        params![key],
        |r| {
            Ok(Window {
                started_at: r.get(0)?,
                failures: r.get(1)?,
            })
        },
    )
}

pub fn store(conn: &mut Conn, key: &[u8], window: Window) -> AppResult<()> {
    conn.execute(
        "INSERT INTO throttle (key, started_at, failures) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET started_at = ?2, failures = ?3",
        params![key, window.started_at, window.failures],
    )?;
    Ok(())
}

/// One try fewer for `key` in the window that began at `started_at` (a try
/// that succeeded).
pub fn take_back(conn: &mut Conn, key: &[u8], started_at: i64) -> AppResult<()> {
    conn.execute(
        "UPDATE throttle SET failures = failures - 1
         WHERE key = ?1 AND started_at = ?2 AND failures > 0",
        params![key, started_at],
    )?;
    Ok(())
}

/// Deletes windows that have passed; answers how many.
pub fn purge(conn: &mut Conn, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM throttle WHERE started_at <= ?1",
        params![now - WINDOW_SECONDS],
    )?)
}
