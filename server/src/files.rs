//! The bytes of uploaded images, one file per asset in `<data>/assets/`.

use std::path::PathBuf;

#[derive(Clone)]
pub struct AssetFiles {
    dir: PathBuf,
}

impl AssetFiles {
    pub fn open(dir: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(&dir)?;
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
        tokio::fs::write(&tmp, bytes).await?;
        tokio::fs::rename(&tmp, self.path(id)).await
    }

    pub async fn read(&self, id: &str) -> std::io::Result<Vec<u8>> {
        tokio::fs::read(self.path(id)).await
    }
}

impl AssetFiles {
    /// Removes an asset's file; one already gone is not an error.
    pub async fn remove(&self, id: &str) -> std::io::Result<()> {
        match tokio::fs::remove_file(self.path(id)).await {
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
