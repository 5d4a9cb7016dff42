//! The guessing limits' counts (see `throttle`).

use crate::error::AppResult;
use crate::throttle::window::{Window, WINDOW_SECONDS};
use r2d2_sqlite::rusqlite::{params, Connection, OptionalExtension};

pub fn window(conn: &Connection, key: &[u8]) -> AppResult<Option<Window>> {
    Ok(conn
        .prepare_cached("SELECT started_at, failures FROM throttle WHERE key = ?1")?
        .query_row([key], |r| {
            Ok(Window {
                started_at: r.get(0)?,
                failures: r.get(1)?,
            })
        })
        .optional()?)
}

pub fn store(conn: &Connection, key: &[u8], window: Window) -> AppResult<()> {
    conn.prepare_cached(
        "INSERT INTO throttle (key, started_at, failures) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET started_at = ?2, failures = ?3",
    )?
    .execute(params![key, window.started_at, window.failures])?;
    Ok(())
}

/// One try fewer for `key` in the window that began at `started_at` (a try
/// that succeeded).
pub fn take_back(conn: &Connection, key: &[u8], started_at: i64) -> AppResult<()> {
    conn.prepare_cached(
        "UPDATE throttle SET failures = failures - 1
         WHERE key = ?1 AND started_at = ?2 AND failures > 0",
    )?
    .execute(params![key, started_at])?;
    Ok(())
}

/// Deletes windows that have passed; answers how many.
pub fn purge(conn: &Connection, now: i64) -> AppResult<usize> {
    Ok(conn.execute(
        "DELETE FROM throttle WHERE started_at <= ?1",
        [now - WINDOW_SECONDS],
    )?)
}
