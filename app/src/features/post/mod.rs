//! Digital post between a party and the service (Fiks eDialog's model): threads on a
//! case, each private between one party and the service; messages both ways with when
//! the other side opened them; the service's inbox, with a message to the service left
//! unopened past two working days raised with the unit's leaders. The rules are
//! `domain::post` and `access::post`; the rows are `store::post`.

#[cfg(test)]
mod attachment_tests;
mod attachments;
mod citizen;
#[cfg(test)]
mod document_thread_tests;
mod document_threads;
mod live;
#[cfg(test)]
mod post_tests;
mod staff;

pub use attachments::{purge_stale_staged, FilesOutcome, Upload, STAGED_KEPT_SECS};
pub use document_threads::{
    case_klage_form, document_thread_form, kind_of, party_send_case_klage, party_send_on_document,
    DOCUMENT_THREAD_KEYS,
};

pub use citizen::{party_attachment, party_send, party_thread, party_thread_len, party_threads};
pub use live::LiveThreads;
pub use staff::{
    inbox, new_thread_form, staff_attachment, staff_change, staff_send, staff_thread,
    staff_thread_len,
};

use crate::api::dto::{AttachmentItem, MessageItem, MESSAGE_MAX, SUBJECT_MAX};
use crate::domain::clock::norwegian_time;
use crate::domain::post::{message_text, open_by, Side, TextError};
use crate::store::post::Message;
use crate::store::Db;
use chrono::NaiveDate;
use std::collections::HashMap;

/// The Norwegian day (ISO) and time (HH:MM) of unix seconds `at`.
fn when(at: i64) -> (String, String) {
    let t = norwegian_time(at);
    (t.date_naive().to_string(), t.format("%H:%M").to_string())
}

/// The messages as a reader on `side` sees them, authors named from `names`, each with
/// the files sent with it.
fn items(
    messages: &[Message],
    side: Side,
    names: &HashMap<String, String>,
    files: &[crate::store::attachments::Attachment],
) -> Vec<MessageItem> {
    messages
        .iter()
        .map(|m| {
            let (sent_on, sent_time) = when(m.sent_at);
            let attachments = files
                .iter()
                .filter(|a| a.message_id.as_deref() == Some(m.id.as_str()))
                .map(|a| AttachmentItem {
                    id: a.id.clone(),
                    name: a.file_name.clone(),
                    size: a.size_bytes,
                })
                .collect();
            MessageItem {
                attachments,
                id: m.id.clone(),
                own: m.side == side,
                author: names.get(&m.author_id).cloned().unwrap_or_default(),
                body: m.body.clone(),
                sent_on,
                sent_time,
                read: m.read_at.map(when),
            }
        })
        .collect()
}

/// The day the oldest of the party's unopened messages must be opened by, if any.
fn oldest_open_by(messages: &[Message]) -> Option<NaiveDate> {
    messages
        .iter()
        .filter(|m| m.side == Side::Party && m.read_at.is_none())
        .map(|m| open_by(norwegian_time(m.sent_at).date_naive()))
        .min()
}

/// Names of the persons and staff who wrote or were assigned, by id.
async fn names_of(
    db: &Db,
    persons: Vec<String>,
    staff: Vec<String>,
) -> Result<HashMap<String, String>, sqlx::Error> {
    crate::store::rows::display_names(&db.pool, persons, staff).await
}

/// What a sending form asked for, as typed, with the files chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostForm {
    pairs: Vec<(String, String)>,
    uploads: Vec<Upload>,
}

impl PostForm {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> PostForm {
        PostForm {
            pairs,
            uploads: Vec::new(),
        }
    }
    pub fn with_uploads(mut self, uploads: Vec<Upload>) -> PostForm {
        self.uploads = uploads;
        self
    }
    /// The form's key, if it is one (a UUID: the message's id).
    fn key(&self) -> Option<String> {
        uuid::Uuid::parse_str(self.get("nokkel").trim())
            .ok()
            .map(|u| u.to_string())
    }
    /// The staged files the sender unticked.
    fn removed(&self) -> Vec<String> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == "fjern")
            .map(|(_, v)| v.clone())
            .collect()
    }
    fn get(&self, name: &str) -> String {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

type Errors = Vec<(&'static str, &'static str)>;

/// The form's key (a UUID: the new message's id), subject (for a new thread) and text,
/// checked; or the errors, each at its field.
fn checked(form: &PostForm, new_thread: bool) -> Result<(String, String, String), Errors> {
    let mut errors: Errors = Vec::new();
    let key = form.key().ok_or(());
    if key.is_err() {
        errors.push(("", "post-error-form-old"));
    }
    let subject = form.get("emne").trim().to_string();
    if new_thread {
        if subject.is_empty() {
            errors.push(("emne", "post-error-subject"));
        } else if subject.chars().count() > SUBJECT_MAX {
            errors.push(("emne", "post-error-subject-long"));
        }
    }
    let text = match message_text(&form.get("tekst"), MESSAGE_MAX) {
        Ok(t) => Some(t),
        Err(TextError::Empty) => {
            errors.push(("tekst", "post-error-empty"));
            None
        }
        Err(TextError::TooLong) => {
            errors.push(("tekst", "post-error-long"));
            None
        }
    };
    match (key, text, errors.is_empty()) {
        (Ok(key), Some(text), true) => Ok((key, subject, text)),
        _ => Err(errors),
    }
}

/// What became of a message sent from a form.
#[derive(Debug, PartialEq, Eq)]
pub enum SendOutcome {
    Sent {
        thread_id: String,
    },
    /// The same form was sent before (a double click, a retried post, the back button):
    /// the message it stored.
    AlreadySent {
        thread_id: String,
    },
    /// Nothing sent: the errors at their fields, the files refused and those kept.
    Refused(Errors, FilesOutcome),
    NotFound,
}

/// Checks the form and stages its files: the key, subject and text to send, or what
/// to tell the sender. Files are kept even when the text is refused, so only what was
/// wrong needs doing again.
#[allow(clippy::too_many_arguments)]
async fn checked_with_files(
    db: &Db,
    files: &crate::store::files::FileStore,
    case_id: &str,
    uploader: &str,
    form: &PostForm,
    new_thread: bool,
    extra: Errors,
    now: i64,
) -> Result<Result<(String, String, String), SendOutcome>, sqlx::Error> {
    let staged = match form.key() {
        Some(key) => {
            let removed = form.removed();
            attachments::stage_uploads(
                db,
                files,
                case_id,
                uploader,
                &key,
                &form.uploads,
                &removed,
                now,
            )
            .await?
        }
        None => FilesOutcome::default(),
    };
    let text = checked(form, new_thread);
    Ok(match text {
        Ok(ok) if extra.is_empty() && staged.refused.is_empty() => Ok(ok),
        Ok(_) => Err(SendOutcome::Refused(extra, staged)),
        Err(mut errors) => {
            errors.extend(extra);
            Err(SendOutcome::Refused(errors, staged))
        }
    })
}

/// Stores a message (and the thread it opens) with the files its form staged. A unique
/// violation means another submit of the same form won the race; the caller answers
/// with its message.
async fn store_message(
    conn: &mut sqlx::AnyConnection,
    new_thread: Option<&crate::store::post::Thread>,
    message: &Message,
    uploader: &str,
) -> Result<(), sqlx::Error> {
    if let Some(t) = new_thread {
        crate::store::post::insert_thread(&mut *conn, t).await?;
    }
    crate::store::post::insert_message(&mut *conn, message).await?;
    crate::store::attachments::attach_staged(&mut *conn, &message.id, uploader, &message.id)
        .await?;
    Ok(())
}

/// After a failed store: the earlier submit's thread if the same form's message is
/// there now (and its thread passes `ours`), else the error.
async fn already_sent(
    db: &Db,
    error: sqlx::Error,
    key: &str,
    ours: impl Fn(&crate::store::post::Thread) -> bool,
) -> Result<SendOutcome, sqlx::Error> {
    let unique = error
        .as_database_error()
        .is_some_and(|e| e.is_unique_violation());
    if !unique {
        return Err(error);
    }
    let mut conn = db.pool.acquire().await?;
    let Some(earlier) = crate::store::post::message_by_id(&mut conn, key).await? else {
        return Err(error);
    };
    let thread = crate::store::post::thread_by_id(&mut conn, &earlier.thread_id).await?;
    Ok(match thread.filter(|t| ours(t)) {
        Some(t) => SendOutcome::AlreadySent { thread_id: t.id },
        None => SendOutcome::NotFound,
    })
}

/// Every error key the post forms can show (for the i18n check).
pub const POST_ERROR_KEYS: &[&str] = &[
    "post-error-form-old",
    "post-error-subject",
    "post-error-subject-long",
    "post-error-empty",
    "post-error-long",
    "post-error-party",
];
