//! The database: SQLite in the data directory (the default), or
//! PostgreSQL for installs that outgrow one machine. A pool of connections
//! for either, each database's own migrations, and the queries, one module
//! per table group, written against `Conn` so that nothing above this
//! module knows which database runs.

pub mod activity;
pub mod assets;
pub mod classes;
pub mod conn;
pub mod feedback;
pub mod identities;
pub mod leases;
pub mod lti;
pub mod postgres;
pub mod scenes;
pub mod schools;
pub mod sealed_upgrade;
pub mod sessions;
pub mod sql;
pub mod sqlite;
pub mod stats;
pub mod throttle;
pub mod users;

pub use conn::{Conn, Dialect, Tx};
pub use sql::{Cell, Column, DbError, DbResult, Param, Row, Value};
pub use sqlite::migrate_file;

use crate::error::{AppError, AppResult};
use std::path::PathBuf;

/// Where the data lives: `serve --database`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// An SQLite file (`pinpoint.db` in the data directory by default).
    Sqlite(PathBuf),
    /// A PostgreSQL database, `postgres://user:password@host:port/name`.
    Postgres(String),
}

impl Location {
    /// Reads `postgres://...` (or `postgresql://`), `sqlite:PATH` or a
    /// plain path to an SQLite file.
    pub fn parse(url: &str) -> Result<Location, String> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Location::Postgres(url.to_string()))
        } else if let Some(path) = url
            .strip_prefix("sqlite://")
            .or(url.strip_prefix("sqlite:"))
        {
            Ok(Location::Sqlite(PathBuf::from(path)))
        } else if url.contains("://")
            || url
                .split('/')
                .next()
                .is_some_and(|first| first.contains(':'))
            || url.contains('=')
            || url.trim() != url
            || url.is_empty()
        {
            // A slip (`postgres:/...`, a `host=... dbname=...` string) must
            // not quietly become a new SQLite file.
            Err(format!(
                "{url}: a database is postgres://user:password@host/name or a path to an SQLite file"
            ))
        } else {
            Ok(Location::Sqlite(PathBuf::from(url)))
        }
    }

    /// The default: `pinpoint.db` in the data directory.
    pub fn in_data_dir(data_dir: &std::path::Path) -> Location {
        Location::Sqlite(data_dir.join("pinpoint.db"))
    }

    /// What logs may show: no password.
    pub fn redacted(&self) -> String {
        match self {
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(url) => {
                let without_query = url.split('?').next().unwrap_or_default();
                match without_query.split_once('@') {
                    Some((_, host)) => format!("postgres://…@{host}"),
                    None => without_query.to_string(),
                }
            }
        }
    }
}

#[derive(Clone)]
enum Pool {
    Sqlite(sqlite::Pool),
    Postgres(postgres::Pool),
}

#[derive(Clone)]
pub struct Db {
    pool: Pool,
}

impl Db {
    /// Opens the database at `location`, bringing it up to date.
    pub fn open(location: &Location) -> anyhow::Result<Self> {
        let pool = match location {
            Location::Sqlite(path) => Pool::Sqlite(sqlite::open(path)?),
            Location::Postgres(url) => Pool::Postgres(postgres::open(url)?),
        };
        Ok(Db { pool })
    }

    pub fn dialect(&self) -> Dialect {
        match self.pool {
            Pool::Sqlite(_) => Dialect::Sqlite,
            Pool::Postgres(_) => Dialect::Postgres,
        }
    }

    /// Refuses a key other than the one the data was sealed with.
    pub fn check_key(&self, keys: &crate::crypto::Keys) -> anyhow::Result<()> {
        self.run(|conn| sealed_upgrade::check_key(conn, keys))
            .map_err(|e| match e {
                AppError::Internal(e) => e,
                e => anyhow::anyhow!("checking the key: {e}"),
            })
    }

    /// Re-seals values sealed before they were bound to their place; a
    /// no-op once done.
    pub fn bind_sealed_values(&self, keys: &crate::crypto::Keys) -> anyhow::Result<()> {
        let count = self
            .run(|conn| sealed_upgrade::bind_all(conn, keys).map_err(AppError::Internal))
            .map_err(|e| anyhow::anyhow!("re-sealing stored values: {e}"))?;
        if count > 0 {
            tracing::info!(count, "bound sealed values to their rows");
        }
        Ok(())
    }

    /// Runs database work now (for commands, start-up and tests; the
    /// server's requests use `call`).
    pub fn run<T: Send>(&self, f: impl FnOnce(&mut Conn) -> AppResult<T> + Send) -> AppResult<T> {
        match self.pool {
            Pool::Sqlite(_) => self.run_here(f),
            Pool::Postgres(_) => postgres::blocking(|| self.run_here(f)),
        }
    }

    /// Runs database work on this thread, which may block.
    fn run_here<T>(&self, f: impl FnOnce(&mut Conn) -> AppResult<T>) -> AppResult<T> {
        match &self.pool {
            Pool::Sqlite(pool) => f(&mut Conn::sqlite(&mut *pool.get().map_err(DbError::from)?)),
            Pool::Postgres(pool) => f(&mut Conn::postgres(
                &mut *pool.get().map_err(DbError::from)?,
            )),
        }
    }

    /// Runs blocking database work off the async threads.
    pub async fn call<T, F>(&self, f: F) -> AppResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Conn) -> AppResult<T> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || db.run_here(f))
            .await
            .map_err(|e| AppError::Internal(e.into()))?
    }
}

/// Runs `write` with fresh join codes (see `crypto::join_code`) until one
/// is not taken; answers the code written. Classes' join codes and
/// schools' teacher invitations share one format. Each try is a savepoint
/// of its own: on PostgreSQL a refused statement ends the transaction
/// around it otherwise.
pub fn with_unique_code(
    conn: &mut Conn,
    mut write: impl FnMut(&mut Conn, &str) -> DbResult<usize>,
) -> AppResult<String> {
    for _ in 0..10 {
        let code = crate::crypto::join_code();
        let mut attempt = conn.transaction()?;
        match write(&mut attempt, &code) {
            Ok(_) => {
                attempt.commit()?;
                return Ok(code);
            }
            Err(e) if e.unique_column().is_some_and(|c| c.ends_with("_code")) => continue,
            Err(e) => return Err(e.into()),
        }
    }
    Err(AppError::Internal(anyhow::anyhow!(
        "no free join code after 10 tries"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_is_a_postgres_url_or_a_path_and_nothing_else() {
        let postgres = "postgres://pinpoint:secret@db.internal:5432/pinpoint";
        assert_eq!(
            Location::parse(postgres),
            Ok(Location::Postgres(postgres.into()))
        );
        assert!(matches!(
            Location::parse("postgresql://db/pinpoint"),
            Ok(Location::Postgres(_))
        ));
        for path in [
            "data/pinpoint.db",
            "/var/lib/pinpoint/pinpoint.db",
            "sqlite:x.db",
        ] {
            assert!(
                matches!(Location::parse(path), Ok(Location::Sqlite(_))),
                "{path}"
            );
        }
        assert_eq!(
            Location::parse("sqlite:///srv/p.db"),
            Ok(Location::Sqlite("/srv/p.db".into()))
        );
        for slip in [
            "postgres:/db/pinpoint",
            "mysql://db/pinpoint",
            "host=db dbname=pinpoint",
            " data/pinpoint.db",
            "",
        ] {
            assert!(Location::parse(slip).is_err(), "{slip:?}");
        }
    }

    #[test]
    fn logs_never_show_a_password() {
        for url in [
            "postgres://pinpoint:secret@db.internal/pinpoint",
            "postgres://db.internal/pinpoint?password=secret",
            "postgres://pinpoint:secret@db.internal/pinpoint?sslmode=disable",
        ] {
            let shown = Location::Postgres(url.into()).redacted();
            assert!(!shown.contains("secret"), "{shown}");
            assert!(shown.contains("db.internal"), "{shown}");
        }
    }
}
