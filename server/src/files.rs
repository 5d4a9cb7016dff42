//! The bytes of uploaded images, one file per asset in `<data>/assets/`,
//! and the data directory's permissions: everything in it is for the
//! server's own user only (directories 0700, files 0600), whatever the
//! umask it was started with.

use std::path::{Path, PathBuf};

/// Creates `dir` (and parents) if missing and makes it private (0700).
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Creates `file` empty and private (0600) if missing, or makes an existing
/// one private: SQLite then gives its journal files the same mode.
pub fn private_file(file: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        options.open(file)?;
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600))?;
    }
    #[cfg(not(unix))]
    options.open(file)?;
    Ok(())
}

#[derive(Clone)]
pub struct AssetFiles {
    dir: PathBuf,
}

impl AssetFiles {
    pub fn open(dir: PathBuf) -> std::io::Result<Self> {
        private_dir(&dir)?;
        Ok(AssetFiles { dir })
    }

    fn path(&self, id: &str) -> PathBuf {
        // Ids are server-made base64url, so they are safe file names.
        self.dir.join(id)
    }

    /// Writes to a temporary name first and renames, so a crash never leaves
    /// half an image under a real id.
    pub async fn write(&self, id: &str, bytes: &[u8]) -> std::io::Result<()> {
        let tmp = self.dir.join(format!(".{id}.partial"));
        let mut options = tokio::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        options.mode(0o600);
        let mut file = options.open(&tmp).await?;
        tokio::io::AsyncWriteExt::write_all(&mut file, bytes).await?;
        file.sync_data().await?;
        drop(file);
        tokio::fs::rename(&tmp, self.path(id)).await
    }

    pub async fn read(&self, id: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(id)).await
    }
}

impl AssetFiles {
    /// Removes an asset's file; one already gone is not an error.
    pub async fn remove(&self, id: &str) -> std::io::Result<()> {
        self.remove_path(&self.path(id)).await
    }

    /// Removes what writes cut short by a crash left behind (`.<id>.partial`
    /// files older than `age`); answers how many.
    pub async fn remove_stale_partials(&self, age: std::time::Duration) -> std::io::Result<usize> {
        let mut removed = 0;
        let mut entries = tokio::fs::read_dir(&self.dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with('.') && name.ends_with(".partial")) {
                continue;
            }
            let modified = entry.metadata().await?.modified()?;
            if modified.elapsed().is_ok_and(|elapsed| elapsed >= age) {
                self.remove_path(&entry.path()).await?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Every file name in the directory.
    pub async fn stored_names(&self) -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        let mut entries = tokio::fs::read_dir(&self.dir).await?;
        while let Some(entry) = entries.next_entry().await? {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }

    /// Removes a file; one already gone is not an error.
    async fn remove_path(&self, path: &Path) -> std::io::Result<()> {
        match tokio::fs::remove_file(path).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }

    /// Removes the files of records already deleted: one that fails is
    /// logged and the rest still go (the answer cannot undo the deletion).
    pub async fn remove_all(&self, ids: Vec<String>) {
        for id in ids {
            if let Err(e) = self.remove(&id).await {
                tracing::error!(asset = %id, error = %e, "could not remove a deleted asset's file");
            }
        }
    }
}
