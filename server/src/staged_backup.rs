//! Backups of installations whose database or uploads live outside the
//! data directory (PostgreSQL, a bucket). The installation is first copied
//! (`copy::copy`, one consistent snapshot, verified) into a temporary data
//! directory beside the archive, which is then archived as any other: the
//! archive is the same whichever backend it came from, and restores onto
//! any backend. A restore goes the same way back: unpacked into a
//! temporary data directory, then copied into the empty installation.

use crate::backup::{self, BackupSummary};
use crate::copy::{self, Installation};
use crate::crypto::KEY_FILE;
use crate::db::Location;
use crate::files::{self, AssetFiles};
use crate::storage::AssetStore;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// A data directory of its own (SQLite and files) inside `work`.
fn staging(dir: &Path) -> anyhow::Result<Installation> {
    files::private_dir(dir)?;
    let assets = AssetStore::Files(AssetFiles::open(dir.join(backup::ASSETS_DIR))?);
    copy::open(&Location::in_data_dir(dir), assets)
}

/// A temporary directory beside `path`, where there is room for a copy of
/// everything (not in a possibly small /tmp).
fn work_dir_beside(path: &Path) -> anyhow::Result<tempfile::TempDir> {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&parent).with_context(|| format!("creating {}", parent.display()))?;
    tempfile::Builder::new()
        .prefix(".pinpoint-backup-")
        .tempdir_in(&parent)
        .with_context(|| format!("creating a temporary directory in {}", parent.display()))
}

/// Writes a backup of `installation` (whose key, if in a file, is in
/// `data_dir`) to `to`.
pub async fn create(
    installation: &Installation,
    data_dir: &Path,
    to: &Path,
) -> anyhow::Result<BackupSummary> {
    let work = work_dir_beside(to)?;
    let staged = work.path().join("data");
    copy::copy(installation, &staging(&staged)?).await?;
    let key = data_dir.join(KEY_FILE);
    if key.is_file() {
        std::fs::copy(&key, staged.join(KEY_FILE)).context("copying the key")?;
    }
    let to = to.to_path_buf();
    tokio::task::spawn_blocking(move || backup::create(&staged, &to)).await?
}

/// Restores the backup `from` into the empty `installation`; the key, if
/// the backup holds it and `data_dir` has none, goes into `data_dir`.
pub async fn restore(
    from: &Path,
    installation: &Installation,
    data_dir: &Path,
) -> anyhow::Result<BackupSummary> {
    files::private_dir(data_dir)?;
    let work = work_dir_beside(&data_dir.join("restore"))?;
    let staged = work.path().join("data");
    let (archive, unpacked) = (from.to_path_buf(), staged.clone());
    let summary =
        tokio::task::spawn_blocking(move || backup::restore(&archive, &unpacked)).await??;
    // The key first: a different one already there refuses the restore
    // before anything is copied (the data would not open with it).
    let (key, kept) = (staged.join(KEY_FILE), data_dir.join(KEY_FILE));
    if key.is_file() {
        match std::fs::read(&kept) {
            Ok(existing) if existing != std::fs::read(&key)? => anyhow::bail!(
                "{} already holds a different key: restore beside the backup's own key",
                data_dir.display()
            ),
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::copy(&key, &kept).context("putting the key in place")?;
                files::private_file(&kept)?;
            }
            Err(e) => return Err(e).context("reading the key in place"),
        }
    }
    copy::copy(&staging(&staged)?, installation).await?;
    Ok(summary)
}
