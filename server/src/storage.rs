//! Where uploaded pictures and sounds are kept: files in the data directory
//! (`files::AssetFiles`, one machine), or an S3-compatible bucket
//! (`serve --assets s3://bucket/prefix`), which any number of servers can
//! share. Handlers see one `AssetStore` and never which it is.

use crate::files::AssetFiles;
use futures_util::StreamExt;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, PutPayload};
use std::io::{Error, ErrorKind};
use std::sync::Arc;
use std::time::Duration;

/// The bucket's settings come from the environment, as for other S3 tools:
/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, and these two.
pub const ENDPOINT_VAR: &str = "PINPOINT_S3_ENDPOINT";
pub const REGION_VAR: &str = "PINPOINT_S3_REGION";

#[derive(Clone)]
pub enum AssetStore {
    Files(AssetFiles),
    Bucket(Bucket),
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum AssetsUrlError {
    #[error("--assets must be an S3 bucket, s3://bucket or s3://bucket/prefix")]
    NotS3,
    #[error("--assets names no bucket: s3://bucket or s3://bucket/prefix")]
    NoBucket,
}

/// A bucket and the prefix under which this installation's objects live.
#[derive(Debug, PartialEq, Eq)]
pub struct BucketUrl {
    pub bucket: String,
    pub prefix: String,
}

impl BucketUrl {
    /// `s3://bucket` or `s3://bucket/some/prefix` (slashes at the ends of
    /// the prefix are dropped).
    pub fn parse(url: &str) -> Result<BucketUrl, AssetsUrlError> {
        let rest = url.strip_prefix("s3://").ok_or(AssetsUrlError::NotS3)?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(AssetsUrlError::NoBucket);
        }
        Ok(BucketUrl {
            bucket: bucket.to_string(),
            prefix: prefix.trim_matches('/').to_string(),
        })
    }
}

/// How to reach the bucket's server. From the environment for `serve`, as
/// for other S3 tools.
#[derive(Clone, Debug, Default)]
pub struct S3Settings {
    /// `https://s3.example` or, on the same network, `http://10.0.0.5:9000`;
    /// none: AWS itself.
    pub endpoint: Option<String>,
    pub region: Option<String>,
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
}

impl S3Settings {
    /// `PINPOINT_S3_ENDPOINT`, `PINPOINT_S3_REGION`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`.
    pub fn from_env() -> S3Settings {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        S3Settings {
            endpoint: var(ENDPOINT_VAR),
            region: var(REGION_VAR),
            access_key_id: var("AWS_ACCESS_KEY_ID"),
            secret_access_key: var("AWS_SECRET_ACCESS_KEY"),
        }
    }
}

/// Objects in an S3-compatible bucket, one per asset, named by its id.
#[derive(Clone)]
pub struct Bucket {
    store: Arc<AmazonS3>,
    prefix: String,
}

impl Bucket {
    /// Connects to the bucket of `url`. Path-style addressing, which every
    /// S3-compatible server understands; plain HTTP only when the endpoint
    /// says so (a server on the same network).
    pub fn open(url: &BucketUrl, settings: &S3Settings) -> anyhow::Result<Bucket> {
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&url.bucket)
            .with_virtual_hosted_style_request(false)
            .with_region(settings.region.as_deref().unwrap_or("us-east-1"));
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_allow_http(endpoint.starts_with("http://"))
                .with_endpoint(endpoint);
        }
        if let (Some(id), Some(secret)) = (&settings.access_key_id, &settings.secret_access_key) {
            builder = builder
                .with_access_key_id(id)
                .with_secret_access_key(secret);
        }
        Ok(Bucket {
            store: Arc::new(builder.build()?),
            prefix: url.prefix.clone(),
        })
    }

    fn path(&self, id: &str) -> ObjectPath {
        // Ids are server-made base64url: safe object names.
        if self.prefix.is_empty() {
            ObjectPath::from(id)
        } else {
            ObjectPath::from(format!("{}/{id}", self.prefix))
        }
    }
}

/// An object store's error as the file store's: a missing object is
/// `NotFound`, as a missing file is.
fn io_error(e: object_store::Error) -> Error {
    match e {
        object_store::Error::NotFound { .. } => Error::new(ErrorKind::NotFound, e),
        other => Error::other(other),
    }
}

impl AssetStore {
    /// Stores an asset's bytes. Whole or not at all: a file is renamed into
    /// place, an object appears when its upload completes.
    pub async fn write(&self, id: &str, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            AssetStore::Files(files) => files.write(id, bytes).await,
            AssetStore::Bucket(bucket) => {
                let payload = PutPayload::from(bytes.to_vec());
                bucket
                    .store
                    .put(&bucket.path(id), payload)
                    .await
                    .map_err(io_error)?;
                Ok(())
            }
        }
    }

    pub async fn read(&self, id: &str) -> std::io::Result<Vec<u8>> {
        match self {
            AssetStore::Files(files) => files.read(id).await,
            AssetStore::Bucket(bucket) => {
                let object = bucket.store.get(&bucket.path(id)).await.map_err(io_error)?;
                Ok(object.bytes().await.map_err(io_error)?.to_vec())
            }
        }
    }

    /// Removes an asset's bytes; ones already gone are not an error.
    pub async fn remove(&self, id: &str) -> std::io::Result<()> {
        match self {
            AssetStore::Files(files) => files.remove(id).await,
            AssetStore::Bucket(bucket) => match bucket.store.delete(&bucket.path(id)).await {
                Err(object_store::Error::NotFound { .. }) | Ok(()) => Ok(()),
                Err(e) => Err(io_error(e)),
            },
        }
    }

    /// Removes the bytes of records already deleted: one that fails is
    /// logged and the rest still go (the answer cannot undo the deletion).
    pub async fn remove_all(&self, ids: Vec<String>) {
        for id in ids {
            if let Err(e) = self.remove(&id).await {
                tracing::error!(asset = %id, error = %e, "could not remove a deleted asset's bytes");
            }
        }
    }

    /// The names of everything stored (for a files directory, leftovers of
    /// interrupted writes too): what an installation holds, whichever
    /// store it is in.
    pub async fn stored_names(&self) -> std::io::Result<Vec<String>> {
        let mut names = match self {
            AssetStore::Files(files) => files.stored_names().await?,
            AssetStore::Bucket(bucket) => {
                let prefix =
                    (!bucket.prefix.is_empty()).then(|| ObjectPath::from(bucket.prefix.as_str()));
                let mut listing = bucket.store.list(prefix.as_ref());
                let mut names = Vec::new();
                while let Some(object) = listing.next().await {
                    let object = object.map_err(io_error)?;
                    names.extend(object.location.filename().map(str::to_string));
                }
                names
            }
        };
        names.sort();
        Ok(names)
    }

    /// Removes what writes cut short by a crash left behind; answers how
    /// many. A bucket has none: an unfinished upload never becomes an
    /// object.
    pub async fn remove_stale_partials(&self, age: Duration) -> std::io::Result<usize> {
        match self {
            AssetStore::Files(files) => files.remove_stale_partials(age).await,
            AssetStore::Bucket(_) => Ok(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_urls_name_a_bucket_and_an_optional_prefix() {
        let parse = BucketUrl::parse;
        let url = |bucket: &str, prefix: &str| {
            Ok(BucketUrl {
                bucket: bucket.into(),
                prefix: prefix.into(),
            })
        };
        assert_eq!(parse("s3://pictures"), url("pictures", ""));
        assert_eq!(parse("s3://pictures/"), url("pictures", ""));
        assert_eq!(
            parse("s3://pictures/district/7/"),
            url("pictures", "district/7")
        );
        assert_eq!(parse("s3:///prefix"), Err(AssetsUrlError::NoBucket));
        for wrong in [
            "https://s3.example/pictures",
            "pictures",
            "",
            "file:///data",
        ] {
            assert_eq!(parse(wrong), Err(AssetsUrlError::NotS3), "{wrong}");
        }
    }
}
