//! SQLite: a pool of connections in WAL mode (many readers, one writer at
//! a time) and its migrations.

use anyhow::Context;
use r2d2_sqlite::rusqlite::Connection;
use r2d2_sqlite::SqliteConnectionManager;
use std::path::Path;

/// Numbered migrations, applied in order; `PRAGMA user_version` records how
/// many have run.
const MIGRATIONS: &[&str] = &[
    include_str!("../../migrations/sqlite/0001_accounts_scenes_assets.sql"),
    include_str!("../../migrations/sqlite/0002_classes_feedback.sql"),
    include_str!("../../migrations/sqlite/0003_review_versions.sql"),
    include_str!("../../migrations/sqlite/0004_teacher_invites.sql"),
    include_str!("../../migrations/sqlite/0005_password_changes.sql"),
    include_str!("../../migrations/sqlite/0006_activity_log.sql"),
    include_str!("../../migrations/sqlite/0007_view_statistics.sql"),
    include_str!("../../migrations/sqlite/0008_hardening.sql"),
    include_str!("../../migrations/sqlite/0009_feedback_read.sql"),
    include_str!("../../migrations/sqlite/0010_leases.sql"),
    include_str!("../../migrations/sqlite/0011_school_accounts.sql"),
    include_str!("../../migrations/sqlite/0012_lti.sql"),
    include_str!("../../migrations/sqlite/0013_lti_deep_linking.sql"),
    include_str!("../../migrations/sqlite/0014_language.sql"),
];

pub type Pool = r2d2::Pool<SqliteConnectionManager>;

/// Settings every connection starts with.
fn configure(conn: &mut Connection) -> r2d2_sqlite::rusqlite::Result<()> {
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;
         PRAGMA busy_timeout = 5000;
         -- What is deleted (an account, a purged log, a day's salt)
         -- is overwritten, not left readable in free pages.
         PRAGMA secure_delete = ON;",
    )?;
    // Every query is prepared once per connection and kept.
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

pub fn open(path: &Path) -> anyhow::Result<Pool> {
    let manager = SqliteConnectionManager::file(path).with_init(configure);
    let pool = r2d2::Pool::builder()
        .max_size(8)
        .build(manager)
        .context("opening the database")?;
    migrate(&mut *pool.get()?)?;
    Ok(pool)
}

/// Brings the database file at `path` up to date with one connection of
/// its own, closed before this returns.
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
