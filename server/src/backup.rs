//! Backups: `pinpoint backup` writes the data directory into one archive
//! while the server keeps running, `pinpoint restore` unpacks one into a new
//! data directory, and `serve` keeps its last few weekly backups in
//! `<data>/backups/`.
//!
//! The archive is a tar file (gzipped when its name ends in `.gz` or `.tgz`)
//! holding exactly:
//!
//! - `pinpoint.db`: a consistent snapshot of the database, made by
//!   `VACUUM INTO` in one read transaction, so writes go on meanwhile;
//! - `secret.key`: the encryption key, when it lives in the data directory.
//!   When `PINPOINT_SECRET_KEY` gives it instead, it is not in the backup and
//!   must be kept beside it: without it no email or birth date can be read;
//! - `assets/<id>`: the file of every asset the snapshot lists. Asset files
//!   are written before their row and never changed, so the files read after
//!   the snapshot are the ones it refers to. One deleted in between (its
//!   owner replaced or deleted it) is left out with a warning.
//!
//! A backup holds the data and the key that protects it: keep it as safe as
//! the data directory itself. Archives are created readable by their owner
//! only.

use crate::crypto::KEY_FILE;
use anyhow::{bail, Context};
use r2d2_sqlite::rusqlite::{Connection, OpenFlags};
use std::collections::HashSet;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

/// The database's file name in the data directory and in an archive.
pub const DB_FILE: &str = "pinpoint.db";
/// The directory of asset files, in the data directory and in an archive.
pub const ASSETS_DIR: &str = "assets";
/// Where `serve` keeps its scheduled backups, inside the data directory.
pub const BACKUPS_DIR: &str = "backups";

/// How long `serve` waits between scheduled backups unless told otherwise.
pub const DEFAULT_EVERY: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// How many scheduled backups `serve` keeps unless told otherwise.
pub const DEFAULT_KEEP: usize = 4;

/// What a backup holds (or a restore unpacked).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupSummary {
    pub scenes: usize,
    /// Asset files in the archive.
    pub assets: usize,
    /// Assets the snapshot lists whose file was gone (deleted after the
    /// snapshot), left out.
    pub missing_assets: usize,
    /// Whether the archive holds the key file.
    pub key: bool,
    /// The archive's size.
    pub bytes: u64,
}

impl fmt::Display for BackupSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} scenes, {} asset files, {}, {} bytes",
            self.scenes,
            self.assets,
            if self.key {
                "with the key"
            } else {
                "without the key"
            },
            self.bytes
        )?;
        if self.missing_assets > 0 {
            write!(
                f,
                " ({} asset files deleted during the backup were left out)",
                self.missing_assets
            )?;
        }
        Ok(())
    }
}

// ---- Backing up ----

/// Writes a backup of `data_dir` to `to`, safely while a server is using the
/// data directory. The archive is written beside `to` and renamed into place,
/// so `to` is never half an archive.
pub fn create(data_dir: &Path, to: &Path) -> anyhow::Result<BackupSummary> {
    let db_path = data_dir.join(DB_FILE);
    if !db_path.is_file() {
        bail!(
            "there is no database at {}: is {} Pinpoint's data directory?",
            db_path.display(),
            data_dir.display()
        );
    }
    let parent = match to.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    fs::create_dir_all(parent).with_context(|| format!("creating {}", parent.display()))?;
    // The snapshot is as large as the database: it goes beside the target,
    // not in a possibly small /tmp, and is removed with this directory.
    let work = tempfile::Builder::new()
        .prefix(".pinpoint-backup-")
        .tempdir_in(parent)
        .with_context(|| format!("creating a temporary directory in {}", parent.display()))?;
    let snapshot = work.path().join(DB_FILE);
    snapshot_database(&db_path, &snapshot)?;
    let (scenes, asset_ids) = snapshot_contents(&snapshot)?;

    let tmp = sibling_tmp(to);
    let written = write_archive(&tmp, data_dir, &snapshot, &asset_ids, is_gzip_name(to));
    let (assets, missing_assets, key) = match written {
        Ok(counts) => counts,
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(e.context(format!("writing {}", tmp.display())));
        }
    };
    fs::rename(&tmp, to).with_context(|| format!("renaming the archive to {}", to.display()))?;
    sync_dir(parent);
    let bytes = fs::metadata(to)?.len();
    Ok(BackupSummary {
        scenes,
        assets,
        missing_assets,
        key,
        bytes,
    })
}

/// Copies the live database (WAL mode, possibly being written) to
/// `snapshot` as of one moment.
fn snapshot_database(db_path: &Path, snapshot: &Path) -> anyhow::Result<()> {
    // Read-write so it can take part in WAL locking like the server's own
    // connections, but without CREATE: a wrong path must not make a database.
    let conn = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .with_context(|| format!("opening {}", db_path.display()))?;
    conn.busy_timeout(Duration::from_secs(30))?;
    let target = snapshot
        .to_str()
        .context("the backup's directory must have a UTF-8 path")?;
    conn.execute("VACUUM INTO ?1", [target])
        .context("taking a snapshot of the database")?;
    drop(conn);
    forget_visitors(snapshot)
}

/// Takes the viewer statistics' daily salts and visitor hashes out of a
/// snapshot: they exist to be destroyed within a day or two, and a backup
/// kept for weeks must not keep them. `VACUUM` leaves no trace of them in
/// free pages. Counts stay; only the day's deduplication is lost.
fn forget_visitors(snapshot: &Path) -> anyhow::Result<()> {
    let conn = Connection::open_with_flags(snapshot, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .context("opening the snapshot")?;
    conn.execute_batch(
        "DELETE FROM stats_salts;
         DELETE FROM stats_visitors;
         VACUUM;",
    )
    .context("removing visitor hashes from the snapshot")?;
    Ok(())
}

/// The snapshot's number of scenes and its asset ids.
fn snapshot_contents(snapshot: &Path) -> anyhow::Result<(usize, Vec<String>)> {
    let conn = Connection::open_with_flags(snapshot, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .context("opening the snapshot")?;
    let scenes: i64 = conn.query_row("SELECT COUNT(*) FROM scenes", [], |r| r.get(0))?;
    let mut stmt = conn.prepare("SELECT id FROM assets ORDER BY id")?;
    let ids = stmt
        .query_map([], |r| r.get(0))?
        .collect::<Result<Vec<String>, _>>()?;
    Ok((scenes as usize, ids))
}

/// Writes the archive to `path` (readable by its owner only, synced);
/// answers (asset files written, asset files missing, key included).
fn write_archive(
    path: &Path,
    data_dir: &Path,
    snapshot: &Path,
    asset_ids: &[String],
    gzip: bool,
) -> anyhow::Result<(usize, usize, bool)> {
    let _ = fs::remove_file(path); // a leftover of a crashed backup
    let file = create_private(path)?;
    let out = BufWriter::new(file);
    let (counts, file) = if gzip {
        let gz = flate2::write::GzEncoder::new(out, flate2::Compression::default());
        let mut builder = tar::Builder::new(gz);
        let counts = append_members(&mut builder, data_dir, snapshot, asset_ids)?;
        let out = builder.into_inner()?.finish()?;
        (counts, out.into_inner().map_err(|e| e.into_error())?)
    } else {
        let mut builder = tar::Builder::new(out);
        let counts = append_members(&mut builder, data_dir, snapshot, asset_ids)?;
        let out = builder.into_inner()?;
        (counts, out.into_inner().map_err(|e| e.into_error())?)
    };
    file.sync_all()?;
    Ok(counts)
}

fn append_members<W: Write>(
    builder: &mut tar::Builder<W>,
    data_dir: &Path,
    snapshot: &Path,
    asset_ids: &[String],
) -> anyhow::Result<(usize, usize, bool)> {
    let db = File::open(snapshot).context("reading the snapshot")?;
    append_file(builder, DB_FILE, db, 0o600)?;

    let key = match File::open(data_dir.join(KEY_FILE)) {
        Ok(file) => {
            append_file(builder, KEY_FILE, file, 0o600)?;
            true
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => false,
        Err(e) => return Err(e).context("reading the key file"),
    };

    let assets_dir = data_dir.join(ASSETS_DIR);
    let (mut written, mut missing) = (0, 0);
    for id in asset_ids {
        if !is_asset_id(id) {
            tracing::warn!(asset = %id, "not backing up an asset with an unexpected id");
            missing += 1;
            continue;
        }
        match File::open(assets_dir.join(id)) {
            Ok(file) => {
                append_file(builder, &format!("{ASSETS_DIR}/{id}"), file, 0o600)?;
                written += 1;
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                tracing::warn!(asset = %id, "asset file deleted during the backup; left out");
                missing += 1;
            }
            Err(e) => return Err(e).with_context(|| format!("reading asset {id}")),
        }
    }
    Ok((written, missing, key))
}

fn append_file<W: Write>(
    builder: &mut tar::Builder<W>,
    name: &str,
    file: File,
    mode: u32,
) -> anyhow::Result<()> {
    let meta = file.metadata()?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs());
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_size(meta.len());
    header.set_mode(mode);
    header.set_mtime(mtime);
    // Exactly the length the header announces, even if the file grew.
    builder
        .append_data(&mut header, name, file.take(meta.len()))
        .with_context(|| format!("adding {name}"))?;
    Ok(())
}

// ---- Restoring ----

/// Unpacks the backup `from` into `data_dir`, which must not hold a database
/// yet (it is created if missing), then opens the database once so that
/// this version's migrations are applied.
///
/// The archive may hold only `pinpoint.db`, `secret.key` and `assets/<id>`
/// files; anything else (absolute paths, `..`, links, other names) refuses
/// the whole archive. It is unpacked into a temporary directory first and
/// the database is moved into place last, so a failed restore leaves no
/// database behind.
pub fn restore(from: &Path, data_dir: &Path) -> anyhow::Result<BackupSummary> {
    let db_path = data_dir.join(DB_FILE);
    for name in [DB_FILE, "pinpoint.db-wal"] {
        if data_dir.join(name).exists() {
            bail!(
                "{} already holds a database: restore into an empty or new directory",
                data_dir.display()
            );
        }
    }
    let bytes = fs::metadata(from)
        .with_context(|| format!("reading {}", from.display()))?
        .len();
    fs::create_dir_all(data_dir).with_context(|| format!("creating {}", data_dir.display()))?;
    let staging = tempfile::Builder::new()
        .prefix(".pinpoint-restore-")
        .tempdir_in(data_dir)
        .with_context(|| format!("creating a temporary directory in {}", data_dir.display()))?;
    let unpacked = unpack(from, staging.path())
        .with_context(|| format!("{} is not a usable Pinpoint backup", from.display()))?;
    if !unpacked.db {
        bail!(
            "{} is not a Pinpoint backup: it holds no {DB_FILE}",
            from.display()
        );
    }
    let staged_db = staging.path().join(DB_FILE);
    check_database(&staged_db)?;
    // Migrated while still staged: a backup this version cannot bring up
    // to date is refused before anything is moved into place.
    crate::db::migrate_file(&staged_db)
        .with_context(|| format!("{} cannot be brought up to date", from.display()))?;
    let (scenes, _) = snapshot_contents(&staged_db)?;

    let key_path = data_dir.join(KEY_FILE);
    if unpacked.key {
        match fs::read(&key_path) {
            Ok(existing) => {
                if existing != fs::read(staging.path().join(KEY_FILE))? {
                    bail!(
                        "{} already holds a different key: restore into an empty or new directory",
                        data_dir.display()
                    );
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                fs::rename(staging.path().join(KEY_FILE), &key_path)?;
            }
            Err(e) => return Err(e).context("reading the existing key file"),
        }
    }
    let assets_dir = data_dir.join(ASSETS_DIR);
    fs::create_dir_all(&assets_dir)?;
    for id in &unpacked.assets {
        fs::rename(
            staging.path().join(ASSETS_DIR).join(id),
            assets_dir.join(id),
        )?;
    }
    // Last: a database in the data directory means a complete restore.
    fs::rename(&staged_db, &db_path)?;
    sync_dir(data_dir);
    drop(staging);
    Ok(BackupSummary {
        scenes,
        assets: unpacked.assets.len(),
        missing_assets: 0,
        key: unpacked.key,
        bytes,
    })
}

#[derive(Default)]
struct Unpacked {
    db: bool,
    key: bool,
    assets: Vec<String>,
}

/// What an archive member may be.
enum Member {
    Db,
    Key,
    AssetsDir,
    Asset(String),
}

/// The member an entry's path names, refusing anything unexpected.
fn member(name: &str) -> anyhow::Result<Member> {
    let mut parts = Vec::new();
    for component in Path::new(name).components() {
        match component {
            Component::Normal(part) => parts.push(part.to_str().unwrap_or_default()),
            _ => bail!("unsafe path {name:?} in the archive"),
        }
    }
    Ok(match parts.as_slice() {
        [DB_FILE] => Member::Db,
        [KEY_FILE] => Member::Key,
        [ASSETS_DIR] => Member::AssetsDir,
        [ASSETS_DIR, id] if is_asset_id(id) => Member::Asset(id.to_string()),
        _ => bail!("unexpected entry {name:?} in the archive"),
    })
}

/// Asset ids are made by the server (`crypto::random_id`): base64url.
fn is_asset_id(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn unpack(from: &Path, into: &Path) -> anyhow::Result<Unpacked> {
    let mut file = File::open(from)?;
    let mut magic = [0u8; 2];
    let gzip = file.read_exact(&mut magic).is_ok() && magic == [0x1f, 0x8b];
    file.rewind()?;
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::GzDecoder::new(BufReader::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    let mut archive = tar::Archive::new(reader);
    let mut unpacked = Unpacked::default();
    let mut seen = HashSet::new();
    fs::create_dir(into.join(ASSETS_DIR))?;
    for entry in archive.entries()? {
        let mut entry = entry?;
        let name = String::from_utf8(entry.path_bytes().into_owned())
            .map_err(|_| anyhow::anyhow!("a path in the archive is not UTF-8"))?;
        let member = member(&name)?;
        let kind = entry.header().entry_type();
        if let Member::AssetsDir = member {
            if !kind.is_dir() {
                bail!("unexpected {kind:?} entry {name:?} in the archive");
            }
            continue;
        }
        if !kind.is_file() {
            bail!("unexpected {kind:?} entry {name:?} in the archive");
        }
        let relative = match &member {
            Member::Db => PathBuf::from(DB_FILE),
            Member::Key => PathBuf::from(KEY_FILE),
            Member::Asset(id) => Path::new(ASSETS_DIR).join(id),
            Member::AssetsDir => unreachable!("skipped above"),
        };
        if !seen.insert(relative.clone()) {
            bail!("{name:?} is in the archive twice");
        }
        let mut out = create_private(&into.join(&relative))?;
        io::copy(&mut entry, &mut out).with_context(|| format!("unpacking {name}"))?;
        out.sync_all()?;
        match member {
            Member::Db => unpacked.db = true,
            Member::Key => unpacked.key = true,
            Member::Asset(id) => {
                unpacked.assets.push(id);
            }
            Member::AssetsDir => {}
        }
    }
    // Read to the end: a gzipped archive's checksum and length come last,
    // and only then does the decoder say whether what was read is whole.
    io::copy(&mut archive.into_inner(), &mut io::sink())
        .context("the archive is damaged (its checksum does not match)")?;
    Ok(unpacked)
}

/// Refuses a database file SQLite finds damaged.
fn check_database(path: &Path) -> anyhow::Result<()> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .context("opening the backed-up database")?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .context("checking the backed-up database")?;
    if verdict != "ok" {
        bail!("the backed-up database is damaged: {verdict}");
    }
    Ok(())
}

// ---- Scheduled backups ----

const SCHEDULED_PREFIX: &str = "pinpoint-";
const SCHEDULED_SUFFIX: &str = ".tar";
const STAMP: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year][month][day]-[hour][minute][second]");

/// When and where `serve` backs up.
pub struct Schedule {
    pub data_dir: PathBuf,
    pub every: Duration,
    pub keep: usize,
    /// The database or uploads are outside the data directory: each backup
    /// goes through a copy (see `staged_backup`).
    pub staged: bool,
}

/// Takes a backup into `<data>/backups/pinpoint-YYYYMMDD-HHMMSS.tar` (UTC)
/// every `every`, keeping the newest `keep`; for as long as the server runs.
/// The first is due `every` after the newest one already there, or after
/// now if there is none, so restarting the server neither skips nor repeats
/// one. A failed backup is logged and tried again at the next. Of several
/// servers sharing a database, the one holding the lease `backup` backs up
/// (it holds it for most of an interval, so the others' timers find it
/// taken).
pub async fn run_schedule(state: crate::AppState, schedule: Schedule) {
    let Schedule {
        data_dir,
        every,
        keep,
        staged,
    } = schedule;
    if keep == 0 || every.is_zero() {
        return;
    }
    let first = first_delay(&data_dir.join(BACKUPS_DIR), every);
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + first, every);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let lease_seconds = (every.as_secs() * 9 / 10) as i64;
    loop {
        ticks.tick().await;
        let (holder, now) = (state.node.to_string(), state.clock.now());
        let held = state
            .db
            .call(move |conn| crate::db::leases::take(conn, "backup", &holder, now, lease_seconds))
            .await;
        match held {
            Ok(true) => {}
            Ok(false) => {
                tracing::info!("another server holds the backup lease: no backup here");
                continue;
            }
            Err(e) => {
                tracing::error!(error = %e, "taking the backup lease failed; trying again at the next");
                continue;
            }
        }
        let done = if staged {
            scheduled_staged_backup(&state, &data_dir, keep).await
        } else {
            let dir = data_dir.clone();
            tokio::task::spawn_blocking(move || scheduled_backup(&dir, keep))
                .await
                .unwrap_or_else(|e| Err(anyhow::anyhow!("the backup panicked: {e}")))
        };
        match done {
            Ok((path, summary)) => {
                tracing::info!(path = %path.display(), %summary, "backed up");
            }
            Err(e) => {
                tracing::error!(
                    error = format!("{e:#}"),
                    "scheduled backup failed; trying again at the next"
                )
            }
        }
    }
}

/// Where the next scheduled backup goes, in a private `<data>/backups/`.
fn next_scheduled_path(data_dir: &Path) -> anyhow::Result<(PathBuf, PathBuf)> {
    let dir = data_dir.join(BACKUPS_DIR);
    create_private_dir(&dir)?;
    let stamp = time::OffsetDateTime::now_utc().format(STAMP)?;
    let path = dir.join(format!("{SCHEDULED_PREFIX}{stamp}{SCHEDULED_SUFFIX}"));
    Ok((dir, path))
}

/// A scheduled backup of a database or uploads outside the data
/// directory, then the oldest beyond `keep` are deleted.
async fn scheduled_staged_backup(
    state: &crate::AppState,
    data_dir: &Path,
    keep: usize,
) -> anyhow::Result<(PathBuf, BackupSummary)> {
    let (dir, path) = next_scheduled_path(data_dir)?;
    let installation = crate::copy::Installation::new(state.db.clone(), state.files.clone());
    let summary = crate::staged_backup::create(&installation, data_dir, &path).await?;
    for old in prune(&dir, keep)? {
        tracing::info!(path = %old.display(), "deleted an old backup");
    }
    Ok((path, summary))
}

/// One scheduled backup into `<data>/backups/`, then the oldest beyond
/// `keep` are deleted; answers the new archive's path.
pub fn scheduled_backup(data_dir: &Path, keep: usize) -> anyhow::Result<(PathBuf, BackupSummary)> {
    let (dir, path) = next_scheduled_path(data_dir)?;
    let summary = create(data_dir, &path)?;
    for old in prune(&dir, keep)? {
        tracing::info!(path = %old.display(), "deleted an old backup");
    }
    Ok((path, summary))
}

/// The time of a scheduled backup, from its file name.
fn scheduled_time(name: &str) -> Option<time::PrimitiveDateTime> {
    let stamp = name
        .strip_prefix(SCHEDULED_PREFIX)?
        .strip_suffix(SCHEDULED_SUFFIX)?;
    time::PrimitiveDateTime::parse(stamp, STAMP).ok()
}

/// Deletes the oldest scheduled backups in `dir` beyond the newest `keep`
/// (and leftovers of interrupted ones); other files are left alone. Answers
/// the deleted paths.
pub fn prune(dir: &Path, keep: usize) -> io::Result<Vec<PathBuf>> {
    let mut backups = Vec::new();
    let mut deleted = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        if let Some(time) = scheduled_time(&name) {
            backups.push((time, entry.path()));
        } else if name
            .strip_suffix(".tmp")
            .is_some_and(|n| scheduled_time(n).is_some())
        {
            fs::remove_file(entry.path())?;
            deleted.push(entry.path());
        }
    }
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    for (_, path) in backups.into_iter().take(excess) {
        fs::remove_file(&path)?;
        deleted.push(path);
    }
    Ok(deleted)
}

/// How long until the first scheduled backup: `every` after the newest in
/// `dir` (at least a minute from now, or `every` if shorter), or `every`
/// when there is none.
fn first_delay(dir: &Path, every: Duration) -> Duration {
    let newest = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(|e| scheduled_time(&e.ok()?.file_name().into_string().ok()?))
        .max();
    let Some(newest) = newest else {
        return every;
    };
    let age = time::OffsetDateTime::now_utc() - newest.assume_utc();
    let age = Duration::try_from(age).unwrap_or(Duration::ZERO);
    every
        .saturating_sub(age)
        .max(every.min(Duration::from_secs(60)))
}

// ---- Files ----

/// `to` with `.tmp` added to its name.
fn sibling_tmp(to: &Path) -> PathBuf {
    let mut name = to.as_os_str().to_owned();
    name.push(".tmp");
    PathBuf::from(name)
}

fn is_gzip_name(path: &Path) -> bool {
    let name = path.to_string_lossy();
    name.ends_with(".gz") || name.ends_with(".tgz")
}

/// A new file readable by its owner only (on Unix).
fn create_private(path: &Path) -> anyhow::Result<File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))
}

fn create_private_dir(path: &Path) -> anyhow::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(path)
        .with_context(|| format!("creating {}", path.display()))
}

/// Makes a rename in `dir` durable, where the platform allows it.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_only_the_expected_names() {
        assert!(matches!(member("pinpoint.db"), Ok(Member::Db)));
        assert!(matches!(member("secret.key"), Ok(Member::Key)));
        assert!(matches!(member("assets"), Ok(Member::AssetsDir)));
        assert!(matches!(member("assets/"), Ok(Member::AssetsDir)));
        assert!(matches!(member("assets/aB3-_x"), Ok(Member::Asset(id)) if id == "aB3-_x"));
        for bad in [
            "../evil",
            "/etc/passwd",
            "assets/../pinpoint.db",
            "./pinpoint.db",
            "assets/a/b",
            "assets/.x.partial",
            "backups/pinpoint-20240101-000000.tar",
            "notes.txt",
            "",
        ] {
            assert!(member(bad).is_err(), "{bad:?} must be refused");
        }
    }

    #[test]
    fn first_scheduled_backup_follows_the_newest_one() {
        let dir = tempfile::tempdir().unwrap();
        let week = DEFAULT_EVERY;
        assert_eq!(first_delay(dir.path(), week), week);
        let two_days_ago = time::OffsetDateTime::now_utc() - time::Duration::days(2);
        let name = format!("pinpoint-{}.tar", two_days_ago.format(STAMP).unwrap());
        fs::write(dir.path().join(name), b"").unwrap();
        let delay = first_delay(dir.path(), week);
        let five_days = Duration::from_secs(5 * 24 * 60 * 60);
        assert!(delay <= five_days && delay > five_days - Duration::from_secs(60));
        // An older one does not matter.
        fs::write(dir.path().join("pinpoint-20000101-000000.tar"), b"").unwrap();
        assert!(first_delay(dir.path(), week) <= delay);
        assert!(first_delay(dir.path(), week) > five_days - Duration::from_secs(60));
    }

    #[test]
    fn an_overdue_backup_waits_a_minute() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("pinpoint-20000101-000000.tar"), b"").unwrap();
        assert_eq!(
            first_delay(dir.path(), DEFAULT_EVERY),
            Duration::from_secs(60)
        );
        assert_eq!(
            first_delay(dir.path(), Duration::from_millis(200)),
            Duration::from_millis(200)
        );
    }
}
