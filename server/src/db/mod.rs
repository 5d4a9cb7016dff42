//! The SQLite database: a pool of connections in WAL mode (many readers,
//! one writer at a time), the migrations, and the queries, one module per
//! table group.

pub mod activity;
pub mod assets;
pub mod classes;
pub mod feedback;
pub mod leases;
pub mod scenes;
pub mod schools;
pub mod sealed_upgrade;
pub mod sessions;
pub mod stats;
pub mod throttle;
pub mod users;

use crate::error::{unique_violation, AppError, AppResult};
use anyhow::Context;
use r2d2_sqlite::rusqlite::Connection;
use r2d2_sqlite::SqliteConnectionManager;
use std::path::Path;

/// Numbered migrations, applied in order; `PRAGMA user_version` records how
/// many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/0001_accounts_scenes_assets.sql"),
    include_str!("../../migrations/0002_classes_feedback.sql"),
    include_str!("../../migrations/0003_review_versions.sql"),
    include_str!("../../migrations/0004_teacher_invites.sql"),
    include_str!("../../migrations/0005_password_changes.sql"),
    include_str!("../../migrations/0006_activity_log.sql"),
    include_str!("../../migrations/0007_view_statistics.sql"),
    include_str!("../../migrations/0008_hardening.sql"),
    include_str!("../../migrations/0009_feedback_read.sql"),
    include_str!("../../migrations/0010_leases.sql"),
];

#[derive(Clone)]
pub struct Db {
    pool: r2d2::Pool<SqliteConnectionManager>,
}

impl Db {
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        let manager = SqliteConnectionManager::file(path).with_init(|c| {
            c.execute_batch(
                "PRAGMA journal_mode = WAL;
                 PRAGMA synchronous = NORMAL;
                 PRAGMA foreign_keys = ON;
                 PRAGMA busy_timeout = 5000;
                 -- What is deleted (an account, a purged log, a day's salt)
                 -- is overwritten, not left readable in free pages.
                 PRAGMA secure_delete = ON;",
            )
        });
        let pool = r2d2::Pool::builder()
            .max_size(8)
            .build(manager)
            .context("opening the database")?;
        let mut conn = pool.get()?;
        migrate(&mut conn)?;
        Ok(Db { pool })
    }

    /// Re-seals values sealed before they were bound to their place; a
    /// no-op once done.
    pub fn bind_sealed_values(&self, keys: &crate::crypto::Keys) -> anyhow::Result<()> {
        let count = sealed_upgrade::bind_all(&mut *self.pool.get()?, keys)?;
        if count > 0 {
            tracing::info!(count, "bound sealed values to their rows");
        }
        Ok(())
    }

    /// Runs blocking database work off the async threads.
    pub async fn call<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> AppResult<T> + Send + 'static,
    {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(e.into()))?
    }
}

/// Runs `write` with fresh join codes (see `crypto::join_code`) until one
/// is not taken; answers the code written. Classes' join codes and
/// schools' teacher invitations share one format.
pub fn with_unique_code(
    mut write: impl FnMut(&str) -> r2d2_sqlite::rusqlite::Result<usize>,
) -> AppResult<String> {
    for _ in 0..10 {
        let code = crate::crypto::join_code();
        match write(&code) {
            Ok(_) => return Ok(code),
            Err(e) if unique_violation(&e).is_some_and(|m| m.contains("_code")) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no free join code after 10 tries"
    )))
}

/// Brings the database file at `path` up to date with one connection of
/// its own, closed before this returns (a restore moves the file next).
pub fn migrate_file(path: &Path) -> anyhow::Result<()> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    migrate(&mut conn)?;
    conn.close().map_err(|(_, e)| e)?;
    Ok(())
}

fn migrate(conn: &mut Connection) -> anyhow::Result<()> {
    let applied: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .with_context(|| format!("migration {}", index + 1))?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
        tracing::info!(migration = index + 1, "applied database migration");
    }
    Ok(())
}
