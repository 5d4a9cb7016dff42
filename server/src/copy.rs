//! `pinpoint copy`: a whole installation (every table, every uploaded
//! file) moved between backends, SQLite and files to PostgreSQL and a
//! bucket and back. The copy reads one consistent snapshot, writes the
//! target's tables in one transaction, and is verified before it is
//! reported done: every table's row count and checksum, and every file's
//! SHA-256 read back from the target, must equal the source's. A target
//! that holds anything is refused, so a copy never mixes two
//! installations.

use crate::db::{Cell, Conn, Db, Dialect, Location};
use crate::error::{AppError, AppResult};
use crate::storage::AssetStore;
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::fmt;

/// Where an installation's data lives.
pub struct Installation {
    pub db: Db,
    pub assets: AssetStore,
}

impl Installation {
    pub fn new(db: Db, assets: AssetStore) -> Self {
        Installation { db, assets }
    }
}

/// A table copied, in an order in which every row's references exist
/// before it, and the columns it is read in (a stable order for paging).
struct Table {
    name: &'static str,
    order_by: &'static str,
    /// SQLite keeps this table's insertion order in its implicit `rowid`,
    /// which queries use; PostgreSQL has a `rowid` column for it.
    rowid: bool,
}

const fn table(name: &'static str, order_by: &'static str, rowid: bool) -> Table {
    Table {
        name,
        order_by,
        rowid,
    }
}

const TABLES: &[Table] = &[
    table("schools", "id", false),
    table("users", "id", false),
    table("sessions", "token_hash", false),
    table("identities", "issuer, subject", false),
    table("oidc_logins", "state_hash", false),
    table("assets", "id", true),
    table("scenes", "id", true),
    table("scene_assets", "scene_id, asset_id", false),
    table("scene_hotspots", "scene_id, hotspot_id", false),
    table("school_domains", "domain", false),
    table("lti_platforms", "id", false),
    table("lti_logins", "state_hash", false),
    table("tool_keys", "kid", false),
    table("lti_links", "platform_id, subject", false),
    table("lti_deep_links", "token_hash", false),
    table("classes", "id", false),
    table("class_members", "class_id, student_id", false),
    table("feedback", "id", true),
    table("scene_reviews", "scene_id, reviewer_id", false),
    table("activity", "id", false),
    table("stats_days", "scene_id, day", false),
    table("stats_hotspot_opens", "scene_id, day, hotspot_id", false),
    table("stats_time_buckets", "scene_id, day, bucket", false),
    table("stats_salts", "day", false),
    table("stats_visitors", "scene_id, day, hash", false),
    table("throttle", "key", false),
    table("meta", "key", false),
    table("leases", "name", false),
];

/// Tables that migrations fill with their own rows (replaced by the
/// source's, and not counted when asking whether a target is empty).
const SETTINGS_TABLES: &[&str] = &["meta"];

/// Rows read and written at a time.
const PAGE: i64 = 2_000;

/// What a copy moved, for the operator.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CopySummary {
    /// Each table and its rows.
    pub tables: Vec<(String, u64)>,
    pub files: u64,
    pub file_bytes: u64,
    /// Uploads the database lists whose file was not there to copy.
    pub missing_files: u64,
}

impl fmt::Display for CopySummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows: u64 = self.tables.iter().map(|(_, n)| n).sum();
        write!(
            f,
            "{rows} rows in {} tables and {} files ({} bytes)",
            self.tables.len(),
            self.files,
            self.file_bytes
        )?;
        if self.missing_files > 0 {
            write!(
                f,
                "; {} listed uploads had no file to copy",
                self.missing_files
            )?;
        }
        Ok(())
    }
}

/// Why a copy did not happen or was not trusted.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the target already holds data ({0}): copy into an empty installation")]
    TargetNotEmpty(String),
    #[error("the two databases' tables differ ({0}): run both with the same version of Pinpoint")]
    SchemaDiffers(String),
    #[error("the copy of {what} does not match the source ({detail})")]
    Mismatch { what: String, detail: String },
    #[error(transparent)]
    Database(#[from] AppError),
    #[error("uploads: {0}")]
    Files(#[from] std::io::Error),
}

/// Copies everything in `from` into the empty installation `to`, verified.
pub async fn copy(from: &Installation, to: &Installation) -> Result<CopySummary, CopyError> {
    let stored = to.assets.stored_names().await?;
    if let Some(name) = stored.first() {
        return Err(CopyError::TargetNotEmpty(format!(
            "{} uploaded files, {name} among them",
            stored.len()
        )));
    }
    let (source_db, target_db) = (from.db.clone(), to.db.clone());
    let (tables, asset_ids) =
        tokio::task::spawn_blocking(move || copy_tables(&source_db, &target_db))
            .await
            .map_err(|e| AppError::Internal(e.into()))??;
    let files = copy_files(&from.assets, &to.assets, &asset_ids).await?;
    Ok(CopySummary { tables, ..files })
}

/// The tables copied (each with its rows), and the ids of the uploads the
/// copied `assets` table lists.
type Copied = (Vec<(String, u64)>, Vec<String>);

fn copy_tables(from: &Db, to: &Db) -> Result<Copied, CopyError> {
    let mut outcome = Ok((Vec::new(), Vec::new()));
    from.run(|source| {
        to.run(|target| {
            outcome = copy_tables_between(source, target);
            Ok(())
        })
    })?;
    outcome
}

fn copy_tables_between(source: &mut Conn, target: &mut Conn) -> Result<Copied, CopyError> {
    check_tables(source)?;
    check_tables(target)?;
    refuse_data(target)?;
    let mut snapshot = source.read_snapshot().map_err(AppError::from)?;
    let mut written = target.transaction().map_err(AppError::from)?;
    let mut copied = Vec::new();
    for table in TABLES {
        let source_columns = columns(&mut snapshot, table)?;
        let target_columns = columns(&mut written, table)?;
        if source_columns.iter().collect::<BTreeSet<_>>()
            != target_columns.iter().collect::<BTreeSet<_>>()
        {
            return Err(CopyError::SchemaDiffers(format!(
                "{}: {source_columns:?} and {target_columns:?}",
                table.name
            )));
        }
        let columns = source_columns;
        if SETTINGS_TABLES.contains(&table.name) {
            written
                .execute(&format!("DELETE FROM {}", table.name), crate::params![])
                .map_err(AppError::from)?;
        }
        let rows = copy_rows(&mut snapshot, &mut written, table, &columns)?;
        let (source_sum, target_sum) = (
            checksum(&mut snapshot, table, &columns)?,
            checksum(&mut written, table, &columns)?,
        );
        if source_sum != target_sum {
            return Err(CopyError::Mismatch {
                what: format!("table {}", table.name),
                detail: format!(
                    "{} rows and checksum {} read, {} rows and checksum {} written",
                    source_sum.rows,
                    hex(&source_sum.digest),
                    target_sum.rows,
                    hex(&target_sum.digest)
                ),
            });
        }
        copied.push((table.name.to_string(), rows));
    }
    if written.dialect() == Dialect::Postgres {
        continue_identities(&mut written)?;
    }
    let asset_ids =
        snapshot.query_all("SELECT id FROM assets ORDER BY id", crate::params![], |r| {
            Ok(r.get(0)?)
        })?;
    written.commit().map_err(AppError::from)?;
    snapshot.commit().map_err(AppError::from)?;
    Ok((copied, asset_ids))
}

/// Every table of the database is one the copy knows, and the other way
/// round: a table added by a later migration must be added here too.
fn check_tables(conn: &mut Conn) -> Result<(), CopyError> {
    let sql = conn.pick(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
        "SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_name <> 'schema_migrations'",
    );
    let present: BTreeSet<String> = conn
        .query_all(sql, crate::params![], |r| Ok(r.get(0)?))?
        .into_iter()
        .collect();
    let known: BTreeSet<String> = TABLES.iter().map(|t| t.name.to_string()).collect();
    if present != known {
        return Err(CopyError::SchemaDiffers(format!(
            "unknown tables {:?}, missing tables {:?}",
            present.difference(&known).collect::<Vec<_>>(),
            known.difference(&present).collect::<Vec<_>>()
        )));
    }
    Ok(())
}

fn refuse_data(target: &mut Conn) -> Result<(), CopyError> {
    for table in TABLES.iter().filter(|t| !SETTINGS_TABLES.contains(&t.name)) {
        let rows: i64 = target.query_one(
            &format!("SELECT COUNT(*) FROM {}", table.name),
            crate::params![],
            |r| Ok(r.get(0)?),
        )?;
        if rows > 0 {
            return Err(CopyError::TargetNotEmpty(format!(
                "{rows} rows in {}",
                table.name
            )));
        }
    }
    Ok(())
}

/// The columns copied: the table's own, and SQLite's implicit `rowid`
/// where it matters.
fn columns(conn: &mut Conn, table: &Table) -> Result<Vec<String>, CopyError> {
    let sql = conn.pick(
        "SELECT name FROM pragma_table_info(?1)",
        "SELECT column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position",
    );
    let mut columns: Vec<String> =
        conn.query_all(sql, crate::params![table.name], |r| Ok(r.get(0)?))?;
    if table.rowid && conn.dialect() == Dialect::Sqlite {
        columns.push("rowid".to_string());
    }
    Ok(columns)
}

/// Reads a table a page at a time (in its stable order, so that pages
/// neither overlap nor miss rows within one snapshot), each row made into a
/// `T` by `read`, and hands each page to `each`; answers the rows read.
fn paged<T>(
    conn: &mut Conn,
    table: &Table,
    columns: &[String],
    mut read: impl FnMut(&crate::db::Row) -> AppResult<T>,
    mut each: impl FnMut(Vec<T>) -> Result<(), CopyError>,
) -> Result<u64, CopyError> {
    let select = format!(
        "SELECT {} FROM {} ORDER BY {} LIMIT ?1 OFFSET ?2",
        columns.join(", "),
        table.name,
        table.order_by
    );
    let mut rows = 0u64;
    loop {
        let page = conn.query_all(&select, crate::params![PAGE, rows], &mut read)?;
        let len = page.len();
        rows += len as u64;
        each(page)?;
        if (len as i64) < PAGE {
            return Ok(rows);
        }
    }
}

fn copy_rows(
    source: &mut Conn,
    target: &mut Conn,
    table: &Table,
    columns: &[String],
) -> Result<u64, CopyError> {
    let placeholders: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let insert = format!(
        "INSERT INTO {} ({}) VALUES ({})",
        table.name,
        columns.join(", "),
        placeholders.join(", ")
    );
    let read = |row: &crate::db::Row| {
        (0..columns.len())
            .map(|i| Ok(row.cell(i)?))
            .collect::<AppResult<Vec<Cell>>>()
    };
    paged(source, table, columns, read, |page| {
        for row in &page {
            let values: Vec<&dyn crate::db::Param> = row
                .iter()
                .map(|cell| cell as &dyn crate::db::Param)
                .collect();
            target.execute(&insert, &values).map_err(AppError::from)?;
        }
        Ok(())
    })
}

/// A table's rows, counted and summed as SHA-256 digests of each row's
/// cells written one way whatever the database (a flag read as a number),
/// so the two sides' sums are equal exactly when they hold the same rows.
#[derive(Debug, PartialEq, Eq)]
struct Checksum {
    rows: u64,
    digest: [u8; 32],
}

fn checksum(conn: &mut Conn, table: &Table, columns: &[String]) -> Result<Checksum, CopyError> {
    let mut digest = [0u8; 32];
    let read = |row: &crate::db::Row| {
        let mut hash = Sha256::new();
        for i in 0..columns.len() {
            hash_cell(&mut hash, &row.cell(i)?);
        }
        Ok(<[u8; 32]>::from(hash.finalize()))
    };
    let rows = paged(conn, table, columns, read, |page| {
        for row in page {
            // Rows are unique (each table has a primary key), so adding
            // the digests, in any order, stands for the set of rows.
            let mut carry = 0u16;
            for (total, byte) in digest.iter_mut().zip(row).rev() {
                let added = u16::from(*total) + u16::from(byte) + carry;
                *total = added as u8;
                carry = added >> 8;
            }
        }
        Ok(())
    })?;
    Ok(Checksum { rows, digest })
}

fn hash_cell(hash: &mut Sha256, cell: &Cell) {
    match cell {
        Cell::Null => hash.update([0]),
        Cell::Int(i) => {
            hash.update([1]);
            hash.update(i.to_be_bytes());
        }
        Cell::Bool(b) => {
            hash.update([1]);
            hash.update(i64::from(*b).to_be_bytes());
        }
        Cell::Real(f) => {
            hash.update([2]);
            hash.update(f.to_be_bytes());
        }
        Cell::Text(s) => {
            hash.update([3]);
            hash.update((s.len() as u64).to_be_bytes());
            hash.update(s.as_bytes());
        }
        Cell::Blob(b) => {
            hash.update([4]);
            hash.update((b.len() as u64).to_be_bytes());
            hash.update(b);
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// PostgreSQL's identity columns go on after the largest value copied.
fn continue_identities(conn: &mut Conn) -> Result<(), CopyError> {
    for (table, column) in [
        ("scenes", "rowid"),
        ("assets", "rowid"),
        ("feedback", "rowid"),
        ("activity", "id"),
    ] {
        conn.query_one(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', '{column}'),
                               COALESCE(MAX({column}), 0) + 1, false) FROM {table}"
            ),
            crate::params![],
            |_| Ok(()),
        )?;
    }
    Ok(())
}

/// Copies the file of every upload listed (`ids`), each read back and
/// compared by SHA-256. A file gone from the source (deleted by a server
/// still running after the snapshot) is counted, not copied.
async fn copy_files(
    from: &AssetStore,
    to: &AssetStore,
    ids: &[String],
) -> Result<CopySummary, CopyError> {
    let mut copied = CopySummary::default();
    for id in ids {
        let bytes = match from.read(id).await {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                copied.missing_files += 1;
                continue;
            }
            Err(e) => return Err(e.into()),
        };
        to.write(id, &bytes).await?;
        let back = to.read(id).await?;
        if Sha256::digest(&back) != Sha256::digest(&bytes) {
            return Err(CopyError::Mismatch {
                what: format!("file {id}"),
                detail: format!("{} bytes read, {} bytes written", bytes.len(), back.len()),
            });
        }
        copied.files += 1;
        copied.file_bytes += bytes.len() as u64;
    }
    let written = to.stored_names().await?.len() as u64;
    if written != copied.files {
        return Err(CopyError::Mismatch {
            what: "the uploaded files".into(),
            detail: format!("{} copied, {written} in the target", copied.files),
        });
    }
    Ok(copied)
}

/// Opens an installation to copy from or to: the database at `database`
/// (migrated) and the files at `assets`.
pub fn open(database: &Location, assets: AssetStore) -> anyhow::Result<Installation> {
    Ok(Installation::new(Db::open(database)?, assets))
}
