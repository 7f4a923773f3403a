//! What a party and the service see of digital post. A party's thread is theirs alone;
//! the service sees the threads of its unit's cases.

use serde::{Deserialize, Serialize};

/// The most a message may hold (characters); said on the page and in the README.
pub const MESSAGE_MAX: usize = 5000;
/// Files per message (stated on the page and in the README).
pub const MAX_FILES: usize = 10;
/// Bytes per file: 10 MiB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most a thread's subject may hold (characters).
pub const SUBJECT_MAX: usize = 120;

/// One message in a thread, as the reader sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageItem {
    pub id: String,
    /// Written by the reader's own side.
    pub own: bool,
    /// Who wrote it: a staff member's name, or the party's.
    pub author: String,
    /// As written; the page escapes it and keeps its line breaks.
    pub body: String,
    /// Sent: the Norwegian day (ISO) and time (HH:MM).
    pub sent_on: String,
    pub sent_time: String,
    /// When the other side first opened it.
    pub read: Option<(String, String)>,
    /// Files sent with it, in the order attached.
    pub attachments: Vec<AttachmentItem>,
}

/// A file sent with a message: its link is the thread's own, checked again on download.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentItem {
    pub id: String,
    pub name: String,
    pub size: i64,
}

/// A file kept for a form that was refused, sent with the message once the rest is
/// fixed (unless removed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StagedFile {
    pub id: String,
    pub name: String,
    pub size: i64,
}

/// A thread in a list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThreadSummary {
    pub case_id: String,
    pub thread_id: String,
    pub subject: String,
    /// `ThreadKind` code.
    pub kind: String,
    pub last_on: String,
    /// Messages from the other side the reader has not opened.
    pub unread: usize,
}

/// A party's threads in one case, and the key for a new one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyThreads {
    pub case_id: String,
    pub child_first_name: String,
    pub threads: Vec<ThreadSummary>,
    /// The new-thread form's idempotency key.
    pub token: String,
}

/// One thread as its party sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartyThread {
    pub case_id: String,
    pub thread_id: String,
    pub child_first_name: String,
    pub subject: String,
    pub kind: String,
    pub messages: Vec<MessageItem>,
    /// A message of theirs went unopened past two working days: the unit's leaders
    /// have been told.
    pub reminded: bool,
    /// The reply form's idempotency key.
    pub token: String,
}

/// A thread in the service's inbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxRow {
    pub case_id: String,
    pub thread_id: String,
    /// `POST`, `SVAR` or `KLAGE`.
    pub kind: String,
    /// The document a reply or an appeal is about.
    pub document_id: Option<String>,
    pub child_name: String,
    pub party_name: String,
    pub subject: String,
    /// `new` | `open` | `waiting` | `handled`.
    pub state: String,
    pub last_on: String,
    pub assigned_name: Option<String>,
    pub assigned_to_me: bool,
    /// A message to the service unopened past two working days (`open_by` passed).
    pub overdue: bool,
    /// The last day the oldest unopened message is on time.
    pub open_by: Option<String>,
}

/// The unit's inbox: for leaders the overdue first; every thread by state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inbox {
    pub leader: bool,
    pub overdue: Vec<InboxRow>,
    pub rows: Vec<InboxRow>,
}

/// One thread for staff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffThread {
    pub row: InboxRow,
    pub kind: String,
    pub messages: Vec<MessageItem>,
    pub token: String,
}

/// A case's parties to write to, for a new thread from the service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewThreadData {
    pub case_id: String,
    pub child_name: String,
    /// (person id, name) of every party today.
    pub parties: Vec<(String, String)>,
    pub threads: Vec<InboxRow>,
    pub token: String,
}

/// The form for a reply to a document or an appeal, as its party sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentThreadForm {
    pub case_id: String,
    /// The page of what the thread is about: a document's, or the case's innsyn page
    /// (an appeal on the answer to a request to see the whole case). The form posts to
    /// `{about}/{kind}/send`.
    pub about: String,
    pub child_first_name: String,
    /// The document's title (the party can see it: the page exists only then); `None`
    /// for the request to see the whole case.
    pub title: Option<String>,
    /// `svar` or `klage`.
    pub kind: String,
    /// The last day to appeal, when one applies.
    pub deadline: Option<super::Deadline>,
    /// Why it cannot be sent (an i18n key), with the day a passed deadline was.
    pub refusal: Option<(String, Option<String>)>,
    /// The form's idempotency key.
    pub token: String,
}
