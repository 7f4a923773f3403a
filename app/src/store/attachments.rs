//! Attachment rows (migrations/*/0013_attachments.sql): staged for a form while the
//! rest of it was refused, then sent with its message. The bytes are in `files`.

use super::rows::parsed;
use crate::domain::attachment::FileKind;
use crate::store::Exec;
use sqlx::any::AnyRow;
use sqlx::Row;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub case_id: String,
    pub form_key: String,
    pub uploader: String,
    pub message_id: Option<String>,
    pub file_name: String,
    pub kind: FileKind,
    pub size_bytes: i64,
    pub sha256: String,
    pub storage_key: String,
    pub created_at: i64,
}

const COLS: &str = "a.id, a.case_id, a.form_key, a.uploader, a.message_id, a.file_name, \
                    a.content_type, a.size_bytes, a.sha256, a.storage_key, a.created_at";

fn attachment(r: &AnyRow) -> Result<Attachment, sqlx::Error> {
    Ok(Attachment {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        form_key: r.try_get("form_key")?,
        uploader: r.try_get("uploader")?,
        message_id: r.try_get("message_id")?,
        file_name: r.try_get("file_name")?,
        kind: parsed(r, "content_type", FileKind::parse)?,
        size_bytes: r.try_get("size_bytes")?,
        sha256: r.try_get("sha256")?,
        storage_key: r.try_get("storage_key")?,
        created_at: r.try_get("created_at")?,
    })
}

/// Keeps a checked file for its form (`message_id` unset; the demo adds sent ones). The
/// same file from the same form again (a double submit) is the row already there.
pub async fn stage<'c>(ex: impl Exec<'c>, a: &Attachment) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO attachments (id, case_id, form_key, uploader, message_id, file_name, \
         content_type, size_bytes, sha256, storage_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (id) DO NOTHING",
    )
    .bind(&a.id)
    .bind(&a.case_id)
    .bind(&a.form_key)
    .bind(&a.uploader)
    .bind(&a.message_id)
    .bind(&a.file_name)
    .bind(a.kind.as_str())
    .bind(a.size_bytes)
    .bind(&a.sha256)
    .bind(&a.storage_key)
    .bind(a.created_at)
    .execute(ex)
    .await?;
    Ok(())
}

/// What `uploader` has staged for the form `form_key` in the case, oldest first.
pub async fn staged<'c>(
    ex: impl Exec<'c>,
    case_id: &str,
    form_key: &str,
    uploader: &str,
) -> Result<Vec<Attachment>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLS} FROM attachments a WHERE a.case_id = $1 AND a.form_key = $2 \
         AND a.uploader = $3 AND a.message_id IS NULL ORDER BY a.created_at, a.id"
    ))
    .bind(case_id)
    .bind(form_key)
    .bind(uploader)
    .fetch_all(ex)
    .await?
    .iter()
    .map(attachment)
    .collect()
}

/// Drops one staged file of the uploader's form (never a sent one: the trigger).
pub async fn unstage<'c>(
    ex: impl Exec<'c>,
    id: &str,
    form_key: &str,
    uploader: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM attachments WHERE id = $1 AND form_key = $2 AND uploader = $3 \
         AND message_id IS NULL",
    )
    .bind(id)
    .bind(form_key)
    .bind(uploader)
    .execute(ex)
    .await?;
    Ok(())
}

/// Sends what the form has staged with its message (in the message's transaction).
pub async fn attach_staged<'c>(
    ex: impl Exec<'c>,
    form_key: &str,
    uploader: &str,
    message_id: &str,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE attachments SET message_id = $1 WHERE form_key = $2 AND uploader = $3 \
         AND message_id IS NULL",
    )
    .bind(message_id)
    .bind(form_key)
    .bind(uploader)
    .execute(ex)
    .await?
    .rows_affected())
}

/// The sent attachments of a thread's messages, in the order attached.
pub async fn of_thread<'c>(
    ex: impl Exec<'c>,
    thread_id: &str,
) -> Result<Vec<Attachment>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLS} FROM attachments a JOIN messages m ON m.id = a.message_id \
         WHERE m.thread_id = $1 ORDER BY m.seq, a.created_at, a.id"
    ))
    .bind(thread_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(attachment)
    .collect()
}

/// One sent attachment of the thread, if it is of this thread.
pub async fn sent_in_thread<'c>(
    ex: impl Exec<'c>,
    thread_id: &str,
    id: &str,
) -> Result<Option<Attachment>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLS} FROM attachments a JOIN messages m ON m.id = a.message_id \
         WHERE m.thread_id = $1 AND a.id = $2"
    ))
    .bind(thread_id)
    .bind(id)
    .fetch_optional(ex)
    .await?
    .as_ref()
    .map(attachment)
    .transpose()
}

/// Staged files older than `before` (unix seconds): their form was never sent.
pub async fn stale_staged<'c>(
    ex: impl Exec<'c>,
    before: i64,
) -> Result<Vec<Attachment>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {COLS} FROM attachments a WHERE a.message_id IS NULL AND a.created_at < $1 \
         ORDER BY a.created_at, a.id"
    ))
    .bind(before)
    .fetch_all(ex)
    .await?
    .iter()
    .map(attachment)
    .collect()
}

/// Removes one staged row (never a sent one: the query and the trigger both refuse).
pub async fn delete_staged<'c>(ex: impl Exec<'c>, id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM attachments WHERE id = $1 AND message_id IS NULL")
        .bind(id)
        .execute(ex)
        .await?;
    Ok(())
}
