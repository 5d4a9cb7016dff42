//! One connection to whichever database runs, and its transactions. The
//! queries in the modules beside this one take a `Conn` and never ask which
//! database it is, except where the two speak different SQL
//! (`Conn::dialect`).

use super::sql::{postgres_placeholders, DbError, DbResult, Param, Row, Value};
use crate::error::AppResult;
use r2d2_sqlite::rusqlite;
use std::collections::HashMap;

/// Which SQL a connection speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

/// A PostgreSQL connection with the statements it has prepared, so a
/// query is planned once per connection, as SQLite's statement cache does.
pub struct PgClient {
    /// Always there; taken only when the connection is dropped.
    client: Option<postgres::Client>,
    statements: HashMap<String, postgres::Statement>,
}

/// The client closes its connection by blocking on its own runtime, which
/// cannot happen on a thread running async tasks (where a pool may be
/// dropped): there it closes on a thread of its own.
impl Drop for PgClient {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            if tokio::runtime::Handle::try_current().is_ok() {
                std::thread::spawn(move || drop(client));
            }
        }
    }
}

/// Past this many distinct statements the cache starts again (queries
/// built with a varying number of placeholders could grow it for ever).
const MOST_PREPARED: usize = 512;

impl PgClient {
    pub fn new(client: postgres::Client) -> Self {
        PgClient {
            client: Some(client),
            statements: HashMap::new(),
        }
    }

    fn prepared(&mut self, sql: &str) -> DbResult<postgres::Statement> {
        if let Some(statement) = self.statements.get(sql) {
            return Ok(statement.clone());
        }
        let statement = self
            .client()
            .prepare(&postgres_placeholders(sql))
            .inspect_err(|e| tracing::error!(error = %e, sql, "PostgreSQL refused a statement"))?;
        if self.statements.len() >= MOST_PREPARED {
            self.statements.clear();
        }
        self.statements.insert(sql.to_string(), statement.clone());
        Ok(statement)
    }

    pub fn is_closed(&self) -> bool {
        self.client.as_ref().is_none_or(postgres::Client::is_closed)
    }

    pub fn client(&mut self) -> &mut postgres::Client {
        self.client
            .as_mut()
            .expect("a connection in use has its client")
    }
}

/// A connection, borrowed from its pool (or opened alone) for one piece of
/// work.
pub enum Conn<'c> {
    Sqlite {
        conn: &'c mut rusqlite::Connection,
        depth: usize,
    },
    Postgres {
        conn: &'c mut PgClient,
        depth: usize,
        /// A statement failed inside the current transaction, which
        /// PostgreSQL has therefore aborted (unless a savepoint around the
        /// failure was rolled back): its `COMMIT` would quietly roll back.
        failed: bool,
    },
}

fn values<'a>(params: &'a [&'a dyn Param]) -> Vec<Value<'a>> {
    params.iter().map(|p| p.value()).collect()
}

fn pg_refs<'a>(values: &'a [Value<'a>]) -> Vec<&'a (dyn postgres::types::ToSql + Sync)> {
    values.iter().map(|v| v as _).collect()
}

impl<'c> Conn<'c> {
    pub fn sqlite(conn: &'c mut rusqlite::Connection) -> Self {
        Conn::Sqlite { conn, depth: 0 }
    }

    pub fn postgres(conn: &'c mut PgClient) -> Self {
        Conn::Postgres {
            conn,
            depth: 0,
            failed: false,
        }
    }

    pub fn dialect(&self) -> Dialect {
        match self {
            Conn::Sqlite { .. } => Dialect::Sqlite,
            Conn::Postgres { .. } => Dialect::Postgres,
        }
    }

    /// The SQL for this connection's database, where the two differ.
    pub fn pick<'s>(&self, sqlite: &'s str, postgres: &'s str) -> &'s str {
        match self.dialect() {
            Dialect::Sqlite => sqlite,
            Dialect::Postgres => postgres,
        }
    }

    /// Remembers a failure inside a PostgreSQL transaction.
    fn noted<T, E>(&mut self, result: Result<T, E>) -> Result<T, E> {
        if let (Err(_), Conn::Postgres { depth, failed, .. }) = (&result, &mut *self) {
            if *depth > 0 {
                *failed = true;
            }
        }
        result
    }

    /// Runs one statement; answers how many rows it changed.
    pub fn execute(&mut self, sql: &str, params: &[&dyn Param]) -> DbResult<usize> {
        let result = self.execute_here(sql, params);
        self.noted(result)
    }

    fn execute_here(&mut self, sql: &str, params: &[&dyn Param]) -> DbResult<usize> {
        let values = values(params);
        match self {
            Conn::Sqlite { conn, .. } => Ok(conn
                .prepare_cached(sql)?
                .execute(rusqlite::params_from_iter(values.iter()))?),
            Conn::Postgres { conn, .. } => {
                let statement = conn.prepared(sql)?;
                let changed = conn.client().execute(&statement, &pg_refs(&values))?;
                Ok(changed as usize)
            }
        }
    }

    /// Runs statements without parameters, one after another.
    pub fn batch(&mut self, sql: &str) -> DbResult<()> {
        let result = match self {
            Conn::Sqlite { conn, .. } => Ok(conn.execute_batch(sql)?),
            Conn::Postgres { conn, .. } => Ok(conn.client().batch_execute(sql)?),
        };
        self.noted(result)
    }

    /// Every row of a query, each made into a `T` by `read`.
    pub fn query_all<T>(
        &mut self,
        sql: &str,
        params: &[&dyn Param],
        read: impl FnMut(&Row) -> AppResult<T>,
    ) -> AppResult<Vec<T>> {
        let result = self.query_all_here(sql, params, read);
        self.noted(result)
    }

    fn query_all_here<T>(
        &mut self,
        sql: &str,
        params: &[&dyn Param],
        mut read: impl FnMut(&Row) -> AppResult<T>,
    ) -> AppResult<Vec<T>> {
        let values = values(params);
        let mut found = Vec::new();
        match self {
            Conn::Sqlite { conn, .. } => {
                let mut statement = conn.prepare_cached(sql).map_err(DbError::from)?;
                let mut rows = statement
                    .query(rusqlite::params_from_iter(values.iter()))
                    .map_err(DbError::from)?;
                while let Some(row) = rows.next().map_err(DbError::from)? {
                    found.push(read(&Row::Sqlite(row))?);
                }
            }
            Conn::Postgres { conn, .. } => {
                let statement = conn.prepared(sql)?;
                let rows = conn
                    .client()
                    .query(&statement, &pg_refs(&values))
                    .map_err(DbError::from)?;
                for row in &rows {
                    found.push(read(&Row::Postgres(row))?);
                }
            }
        }
        Ok(found)
    }

    /// The first row of a query, if there is one.
    pub fn query_opt<T>(
        &mut self,
        sql: &str,
        params: &[&dyn Param],
        read: impl FnOnce(&Row) -> AppResult<T>,
    ) -> AppResult<Option<T>> {
        let result = self.query_opt_here(sql, params, read);
        self.noted(result)
    }

    fn query_opt_here<T>(
        &mut self,
        sql: &str,
        params: &[&dyn Param],
        read: impl FnOnce(&Row) -> AppResult<T>,
    ) -> AppResult<Option<T>> {
        let values = values(params);
        match self {
            Conn::Sqlite { conn, .. } => {
                let mut statement = conn.prepare_cached(sql).map_err(DbError::from)?;
                let mut rows = statement
                    .query(rusqlite::params_from_iter(values.iter()))
                    .map_err(DbError::from)?;
                match rows.next().map_err(DbError::from)? {
                    Some(row) => Ok(Some(read(&Row::Sqlite(row))?)),
                    None => Ok(None),
                }
            }
            Conn::Postgres { conn, .. } => {
                let statement = conn.prepared(sql)?;
                let row = conn
                    .client()
                    .query_opt(&statement, &pg_refs(&values))
                    .map_err(DbError::from)?;
                row.map(|row| read(&Row::Postgres(&row))).transpose()
            }
        }
    }

    /// The one row a query always returns (a count, a `RETURNING`).
    pub fn query_one<T>(
        &mut self,
        sql: &str,
        params: &[&dyn Param],
        read: impl FnOnce(&Row) -> AppResult<T>,
    ) -> AppResult<T> {
        self.query_opt(sql, params, read)?
            .ok_or_else(|| DbError::NoRow.into())
    }

    /// Whether a query returns any row.
    pub fn exists(&mut self, sql: &str, params: &[&dyn Param]) -> AppResult<bool> {
        Ok(self.query_opt(sql, params, |_| Ok(()))?.is_some())
    }

    /// Whether a statement failed in the current PostgreSQL transaction;
    /// cleared as the failure is undone (`clear`) or the transaction ends.
    fn failed(&mut self, clear: bool) -> bool {
        match self {
            Conn::Sqlite { .. } => false,
            Conn::Postgres { failed, .. } => {
                let was = *failed;
                if clear {
                    *failed = false;
                }
                was
            }
        }
    }

    fn depth(&mut self) -> &mut usize {
        match self {
            Conn::Sqlite { depth, .. } | Conn::Postgres { depth, .. } => depth,
        }
    }

    /// Begins a transaction, committed by `Tx::commit` and rolled back if
    /// dropped uncommitted. Inside another it is a savepoint, so a part of
    /// the work can fail alone.
    pub fn transaction(&mut self) -> DbResult<Tx<'_, 'c>> {
        self.begin(None)
    }

    /// Begins a transaction that reads and then writes, taking turns with
    /// every other such transaction naming the same `lock`: on SQLite the
    /// database's one writer lock, taken at once (`BEGIN IMMEDIATE`); on
    /// PostgreSQL an advisory lock held until commit.
    pub fn transaction_locked(&mut self, lock: &str) -> DbResult<Tx<'_, 'c>> {
        self.begin(Some(lock))
    }

    /// Begins a transaction that only reads, and sees the database as it
    /// was when it began (what a copy or backup reads): SQLite's read
    /// transaction in WAL mode, PostgreSQL's repeatable read.
    pub fn read_snapshot(&mut self) -> DbResult<Tx<'_, 'c>> {
        assert_eq!(
            *self.depth(),
            0,
            "a snapshot begins outside any transaction"
        );
        match self.dialect() {
            Dialect::Sqlite => self.batch("BEGIN")?,
            Dialect::Postgres => self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")?,
        }
        *self.depth() += 1;
        Ok(Tx {
            conn: self,
            depth: 0,
            done: false,
        })
    }

    fn begin(&mut self, lock: Option<&str>) -> DbResult<Tx<'_, 'c>> {
        let depth = *self.depth();
        if depth > 0 {
            self.batch(&format!("SAVEPOINT s{depth}"))?;
        } else {
            match (self.dialect(), lock) {
                (Dialect::Sqlite, Some(_)) => self.batch("BEGIN IMMEDIATE")?,
                (Dialect::Sqlite, None) => self.batch("BEGIN")?,
                // Read committed, whatever the server's default: a read
                // after the lock must see what the lock's last holder wrote.
                (Dialect::Postgres, Some(_)) => {
                    self.batch("BEGIN ISOLATION LEVEL READ COMMITTED")?
                }
                (Dialect::Postgres, None) => self.batch("BEGIN")?,
            }
        }
        *self.depth() += 1;
        let mut tx = Tx {
            conn: self,
            depth,
            done: false,
        };
        if let (Dialect::Postgres, Some(lock)) = (tx.dialect(), lock) {
            tx.query_one(
                "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))",
                crate::params![lock],
                |_| Ok(()),
            )
            .map_err(|_| DbError::Busy(format!("taking the lock {lock}")))?;
        }
        Ok(tx)
    }
}

/// A transaction (or a savepoint within one) under way.
pub struct Tx<'t, 'c> {
    conn: &'t mut Conn<'c>,
    depth: usize,
    done: bool,
}

impl Tx<'_, '_> {
    /// Commits; an error if any statement failed inside (on PostgreSQL,
    /// whose `COMMIT` of a failed transaction rolls it back).
    pub fn commit(mut self) -> DbResult<()> {
        self.done = true;
        let depth = self.depth;
        *self.conn.depth() = depth;
        if depth > 0 {
            return self.conn.batch(&format!("RELEASE s{depth}"));
        }
        if self.conn.failed(true) {
            self.conn.batch("ROLLBACK")?;
            return Err(DbError::RolledBack);
        }
        self.conn.batch("COMMIT")
    }
}

impl Drop for Tx<'_, '_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        let depth = self.depth;
        *self.conn.depth() = depth;
        let undo = if depth > 0 {
            format!("ROLLBACK TO s{depth}; RELEASE s{depth}")
        } else {
            "ROLLBACK".to_string()
        };
        if let Err(e) = self.conn.batch(&undo) {
            tracing::warn!(error = %e, "rolling back a transaction failed");
        }
        // Undone: whatever failed inside is no more.
        self.conn.failed(true);
    }
}

impl<'c> std::ops::Deref for Tx<'_, 'c> {
    type Target = Conn<'c>;
    fn deref(&self) -> &Conn<'c> {
        self.conn
    }
}

impl<'c> std::ops::DerefMut for Tx<'_, 'c> {
    fn deref_mut(&mut self) -> &mut Conn<'c> {
        self.conn
    }
}
