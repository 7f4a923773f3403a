//! What a party and the service see of digital post. A party's thread is theirs alone;
//! the service sees the threads of its unit's cases.

use serde::{Deserialize, Serialize};

/// The most a message may hold (characters); said on the page and in the README.
pub const MESSAGE_MAX: usize = 5000;
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
