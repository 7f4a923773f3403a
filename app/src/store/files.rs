//! Where attachments' bytes live: outside the database, behind `object_store`. The
//! local filesystem by default, an S3-compatible store for several instances, chosen
//! by URL (`FILE_STORE_URL`): a path or `file:///…`, `s3://bucket/prefix` (credentials
//! and endpoint from the usual `AWS_*` variables), or `memory:` (tests).

use bytes::Bytes;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::memory::InMemory;
use object_store::path::Path;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, PutPayload};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct FileStore {
    inner: Arc<dyn ObjectStore>,
}

#[derive(Debug, thiserror::Error)]
pub enum FileStoreError {
    #[error("file store URL {0:?} is neither a path, file://, s3:// nor memory:")]
    Unsupported(String),
    #[error(transparent)]
    Store(#[from] object_store::Error),
    #[error("could not create the file store's folder: {0}")]
    Folder(#[from] std::io::Error),
}

impl FileStore {
    /// The store `url` names (see the module comment).
    pub fn from_url(url: &str) -> Result<FileStore, FileStoreError> {
        let inner: Arc<dyn ObjectStore> = if url == "memory:" {
            Arc::new(InMemory::new())
        } else if let Some(rest) = url.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            let s3 = AmazonS3Builder::from_env()
                .with_bucket_name(bucket)
                .build()?;
            if prefix.trim_matches('/').is_empty() {
                Arc::new(s3)
            } else {
                Arc::new(PrefixStore::new(s3, prefix.trim_matches('/')))
            }
        } else if url.contains("://") && !url.starts_with("file://") {
            return Err(FileStoreError::Unsupported(url.to_string()));
        } else {
            let folder = url.strip_prefix("file://").unwrap_or(url);
            std::fs::create_dir_all(folder)?;
            Arc::new(LocalFileSystem::new_with_prefix(folder)?)
        };
        Ok(FileStore { inner })
    }

    /// A store that forgets when dropped (tests).
    pub fn memory() -> FileStore {
        FileStore {
            inner: Arc::new(InMemory::new()),
        }
    }

    pub async fn put(&self, key: &str, bytes: Bytes) -> Result<(), FileStoreError> {
        self.inner
            .put(&Path::from(key), PutPayload::from_bytes(bytes))
            .await?;
        Ok(())
    }

    pub async fn get(&self, key: &str) -> Result<Bytes, FileStoreError> {
        Ok(self.inner.get(&Path::from(key)).await?.bytes().await?)
    }

    pub async fn delete(&self, key: &str) -> Result<(), FileStoreError> {
        match self.inner.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn round_trip(store: &FileStore) {
        store
            .put("attachments/a", Bytes::from_static(b"%PDF-1.7 x"))
            .await
            .expect("put");
        assert_eq!(
            store.get("attachments/a").await.expect("get"),
            Bytes::from_static(b"%PDF-1.7 x")
        );
        store.delete("attachments/a").await.expect("delete");
        assert!(store.get("attachments/a").await.is_err());
        // Deleting what is gone is not an error (a retried cleanup).
        store.delete("attachments/a").await.expect("delete again");
    }

    #[tokio::test]
    async fn the_local_filesystem_keeps_files_in_the_configured_folder() {
        let dir = std::env::temp_dir().join(format!("minsak-files-{}", uuid::Uuid::new_v4()));
        let url = format!("file://{}", dir.display());
        let store = FileStore::from_url(&url).expect("store");
        store
            .put("attachments/b", Bytes::from_static(b"bytes"))
            .await
            .expect("put");
        assert_eq!(
            std::fs::read(dir.join("attachments/b")).expect("on disk"),
            b"bytes"
        );
        round_trip(&store).await;
        let _ = std::fs::remove_dir_all(dir);
    }

    #[tokio::test]
    async fn memory_round_trips() {
        round_trip(&FileStore::from_url("memory:").expect("store")).await;
    }

    #[test]
    fn an_unknown_scheme_is_refused_at_start() {
        assert!(matches!(
            FileStore::from_url("ftp://example.org/x"),
            Err(FileStoreError::Unsupported(_))
        ));
    }
}
