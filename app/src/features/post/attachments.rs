//! Files sent with a message. Each posted file is checked (`domain::attachment`); the
//! accepted ones are kept for their form ("staged") at once, so a refused form comes
//! back with them still attached and only what was wrong to fix; sending the message
//! attaches what is staged in the message's transaction. Bytes go to the file store
//! before the row that points to them, so a row never points to nothing (a file whose
//! row never committed is an orphan in the store, never a hole in a message).

use crate::api::dto::{StagedFile, MAX_BYTES, MAX_FILES};
use crate::domain::attachment::{check, safe_name, FileRefusal};
use crate::store::attachments::{self as rows, Attachment};
use crate::store::files::{FileStore, FileStoreError};
use crate::store::Db;
use bytes::Bytes;
use sha2::{Digest, Sha256};

/// A file as the browser posted it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upload {
    pub name: String,
    pub bytes: Bytes,
    /// The upload was cut off at the size limit (the rest was never read).
    pub too_large: bool,
}

/// Who attached a file: only they see it staged, and only their form sends it.
pub(super) fn party_uploader(person_id: &str) -> String {
    format!("party:{person_id}")
}

pub(super) fn staff_uploader(staff_id: &str) -> String {
    format!("staff:{staff_id}")
}

/// The form's files after a submit: those refused, by name with the reason, and all
/// that are now staged for it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilesOutcome {
    pub refused: Vec<(String, &'static str)>,
    pub staged: Vec<StagedFile>,
}

/// A file store failure answered like a database failure (logged, "something went
/// wrong", nothing half-stored): both are the portal's storage.
fn storage(e: FileStoreError) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::other(e.to_string()))
}

/// One id per (form, file content): the same file sent twice from one form (a double
/// submit) is one attachment.
fn attachment_id(form_key: &str, sha256: &str) -> String {
    let name = format!("{form_key}\0{sha256}");
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_OID, name.as_bytes()).to_string()
}

pub(super) fn staged_file(a: &Attachment) -> StagedFile {
    StagedFile {
        id: a.id.clone(),
        name: a.file_name.clone(),
        size: a.size_bytes,
    }
}

/// Removes the files the uploader unticked (`fjern`), checks and stages the new ones,
/// and says what the form now carries. Call only once the sender may write in the case.
#[allow(clippy::too_many_arguments)]
pub(super) async fn stage_uploads(
    db: &Db,
    files: &FileStore,
    case_id: &str,
    uploader: &str,
    form_key: &str,
    uploads: &[Upload],
    remove: &[String],
    now: i64,
) -> Result<FilesOutcome, sqlx::Error> {
    for id in remove {
        rows::unstage(&db.pool, id, form_key, uploader).await?;
    }
    let mut count = rows::staged(&db.pool, case_id, form_key, uploader)
        .await?
        .len();
    let mut refused = Vec::new();
    for u in uploads {
        // A file field left empty posts a nameless, empty part.
        if u.name.is_empty() && u.bytes.is_empty() {
            continue;
        }
        let checked = if u.too_large {
            Err(FileRefusal::TooLarge)
        } else if count >= MAX_FILES {
            Err(FileRefusal::TooMany)
        } else {
            check(&u.bytes, MAX_BYTES)
        };
        let kind = match checked {
            Ok(kind) => kind,
            Err(r) => {
                refused.push((display_name(&u.name), r.i18n_key()));
                continue;
            }
        };
        let sha256 = hex::encode(Sha256::digest(&u.bytes));
        let id = attachment_id(form_key, &sha256);
        let a = Attachment {
            storage_key: format!("attachments/{case_id}/{id}"),
            id,
            case_id: case_id.to_string(),
            form_key: form_key.to_string(),
            uploader: uploader.to_string(),
            message_id: None,
            file_name: safe_name(&u.name, kind),
            kind,
            size_bytes: u.bytes.len() as i64,
            sha256,
            created_at: now,
        };
        files
            .put(&a.storage_key, u.bytes.clone())
            .await
            .map_err(storage)?;
        rows::stage(&db.pool, &a).await?;
        count += 1;
    }
    let staged = rows::staged(&db.pool, case_id, form_key, uploader).await?;
    Ok(FilesOutcome {
        refused,
        staged: staged.iter().map(staged_file).collect(),
    })
}

/// A refused file's name as the user chose it, cleaned for showing (it is never
/// stored).
fn display_name(name: &str) -> String {
    crate::domain::attachment::base_name(name)
        .chars()
        .filter(|c| !c.is_control())
        .take(crate::domain::attachment::MAX_NAME_CHARS)
        .collect()
}

/// The bytes of a sent attachment (the caller has checked that the reader may open
/// the thread).
pub(super) async fn bytes_of(files: &FileStore, a: &Attachment) -> Result<Bytes, sqlx::Error> {
    files.get(&a.storage_key).await.map_err(storage)
}

/// How long a file stays attached to a form that was never sent (a day: a refused form
/// comes back at once; a draft kept over an expired session keeps no files).
pub const STAGED_KEPT_SECS: i64 = 24 * 3600;

/// Forgets files staged for forms never sent within [`STAGED_KEPT_SECS`]: the row first,
/// then the bytes (a crash between them leaves an orphan in the store, never a row that
/// points to nothing). Returns how many were removed.
pub async fn purge_stale_staged(
    db: &Db,
    files: &FileStore,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let stale = rows::stale_staged(&db.pool, now - STAGED_KEPT_SECS).await?;
    for a in &stale {
        rows::delete_staged(&db.pool, &a.id).await?;
        files.delete(&a.storage_key).await.map_err(storage)?;
    }
    Ok(stale.len())
}
