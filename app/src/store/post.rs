//! Digital post in the database: threads and their messages. Only loading and writing:
//! who may see a thread is `access::post`, asked by the callers; a query of a case's
//! threads takes an access proof, like every query of what a case holds.

use super::rows::parsed;
use crate::access::CaseProof;
use crate::domain::post::{Side, ThreadKind};
use crate::store::Exec;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thread {
    pub id: String,
    pub case_id: String,
    /// The party the thread is with.
    pub person_id: String,
    pub kind: ThreadKind,
    pub document_id: Option<String>,
    pub subject: String,
    pub started_by: Side,
    pub created_at: i64,
    pub assigned_to: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub id: String,
    pub thread_id: String,
    /// Order within the thread, from 1.
    pub seq: i64,
    pub side: Side,
    pub author_id: String,
    pub body: String,
    pub sent_at: i64,
    pub read_at: Option<i64>,
    pub read_by: Option<String>,
    pub handled_at: Option<i64>,
    pub handled_by: Option<String>,
}

impl Message {
    /// A message just written: opened by nobody yet, handled by nobody (its `seq` is
    /// given when it is stored, see [`insert_message`]).
    pub fn new(
        id: &str,
        thread_id: &str,
        side: Side,
        author_id: &str,
        body: String,
        at: i64,
    ) -> Message {
        Message {
            id: id.to_string(),
            thread_id: thread_id.to_string(),
            seq: 0,
            side,
            author_id: author_id.to_string(),
            body,
            sent_at: at,
            read_at: None,
            read_by: None,
            handled_at: None,
            handled_by: None,
        }
    }
}

const THREAD_COLS: &str = "t.id, t.case_id, t.person_id, t.kind, t.document_id, t.subject, \
                           t.started_by, t.created_at, t.assigned_to";
const MESSAGE_COLS: &str = "m.id, m.thread_id, m.seq, m.side, m.author_id, m.body, m.sent_at, \
                            m.read_at, m.read_by, m.handled_at, m.handled_by";

fn thread(r: &AnyRow) -> Result<Thread, sqlx::Error> {
    Ok(Thread {
        id: r.try_get("id")?,
        case_id: r.try_get("case_id")?,
        person_id: r.try_get("person_id")?,
        kind: parsed(r, "kind", ThreadKind::parse)?,
        document_id: r.try_get("document_id")?,
        subject: r.try_get("subject")?,
        started_by: parsed(r, "started_by", Side::parse)?,
        created_at: r.try_get("created_at")?,
        assigned_to: r.try_get("assigned_to")?,
    })
}

fn message(r: &AnyRow) -> Result<Message, sqlx::Error> {
    Ok(Message {
        id: r.try_get("id")?,
        thread_id: r.try_get("thread_id")?,
        seq: r.try_get("seq")?,
        side: parsed(r, "side", Side::parse)?,
        author_id: r.try_get("author_id")?,
        body: r.try_get("body")?,
        sent_at: r.try_get("sent_at")?,
        read_at: r.try_get("read_at")?,
        read_by: r.try_get("read_by")?,
        handled_at: r.try_get("handled_at")?,
        handled_by: r.try_get("handled_by")?,
    })
}

/// The threads of a case: all of them, or only those with `person_id`.
pub async fn threads_of_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    person_id: Option<&str>,
) -> Result<Vec<Thread>, sqlx::Error> {
    let only = if person_id.is_some() {
        "AND t.person_id = $2"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {THREAD_COLS} FROM threads t WHERE t.case_id = $1 {only} \
         ORDER BY t.created_at DESC, t.id"
    );
    let mut q = sqlx::query(&sql).bind(access.case_id());
    if let Some(p) = person_id {
        q = q.bind(p);
    }
    q.fetch_all(ex).await?.iter().map(thread).collect()
}

/// One thread of the case.
pub async fn thread_in_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    thread_id: &str,
) -> Result<Option<Thread>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {THREAD_COLS} FROM threads t WHERE t.case_id = $1 AND t.id = $2"
    ))
    .bind(access.case_id())
    .bind(thread_id)
    .fetch_optional(ex)
    .await?
    .as_ref()
    .map(thread)
    .transpose()
}

/// A thread by id, whatever its case (only to answer a repeated submit with the
/// thread the first one stored; the caller checks it is the sender's).
pub async fn thread_by_id(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Thread>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {THREAD_COLS} FROM threads t WHERE t.id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(thread)
    .transpose()
}

/// The threads of every case of a unit (the caller checks each case with the policy).
pub async fn threads_in_unit<'c>(
    ex: impl Exec<'c>,
    unit_id: &str,
) -> Result<Vec<Thread>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {THREAD_COLS} FROM threads t JOIN cases c ON c.id = t.case_id \
         WHERE c.unit_id = $1 ORDER BY t.created_at DESC, t.id"
    ))
    .bind(unit_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(thread)
    .collect()
}

/// The messages of the case's threads (all, or those with `person_id`), oldest first.
pub async fn messages_of_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    person_id: Option<&str>,
) -> Result<Vec<Message>, sqlx::Error> {
    let only = if person_id.is_some() {
        "AND t.person_id = $2"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {MESSAGE_COLS} FROM messages m JOIN threads t ON t.id = m.thread_id \
         WHERE t.case_id = $1 {only} ORDER BY m.thread_id, m.seq"
    );
    let mut q = sqlx::query(&sql).bind(access.case_id());
    if let Some(p) = person_id {
        q = q.bind(p);
    }
    q.fetch_all(ex).await?.iter().map(message).collect()
}

/// The messages of every thread in a unit's cases, oldest first (the inbox; the
/// caller keeps only the cases the policy lets it into).
pub async fn messages_in_unit<'c>(
    ex: impl Exec<'c>,
    unit_id: &str,
) -> Result<Vec<Message>, sqlx::Error> {
    let sql = format!(
        "SELECT {MESSAGE_COLS} FROM messages m JOIN threads t ON t.id = m.thread_id \
         JOIN cases c ON c.id = t.case_id WHERE c.unit_id = $1 ORDER BY m.thread_id, m.seq"
    );
    sqlx::query(&sql)
        .bind(unit_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(message)
        .collect()
}

/// The messages of one thread, oldest first.
pub async fn messages_of<'c>(
    ex: impl Exec<'c>,
    thread_id: &str,
) -> Result<Vec<Message>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {MESSAGE_COLS} FROM messages m WHERE m.thread_id = $1 ORDER BY m.seq"
    ))
    .bind(thread_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(message)
    .collect()
}

/// The message stored under `id` (a sending form's key), if any.
pub async fn message_by_id(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<Option<Message>, sqlx::Error> {
    sqlx::query(&format!(
        "SELECT {MESSAGE_COLS} FROM messages m WHERE m.id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(message)
    .transpose()
}

pub async fn insert_thread(conn: &mut AnyConnection, t: &Thread) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO threads (id, case_id, person_id, kind, document_id, subject, started_by, \
         created_at, assigned_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(&t.id)
    .bind(&t.case_id)
    .bind(&t.person_id)
    .bind(t.kind.as_str())
    .bind(t.document_id.as_deref())
    .bind(&t.subject)
    .bind(t.started_by.as_str())
    .bind(t.created_at)
    .bind(t.assigned_to.as_deref())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Stores a message as the thread's next (`m.seq` is ignored). The thread is locked
/// first, so two messages at once are numbered one after the other.
pub async fn insert_message(conn: &mut AnyConnection, m: &Message) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE threads SET id = id WHERE id = $1")
        .bind(&m.thread_id)
        .execute(&mut *conn)
        .await?;
    let last: Option<i64> =
        sqlx::query_scalar("SELECT MAX(seq) FROM messages WHERE thread_id = $1")
            .bind(&m.thread_id)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query(
        "INSERT INTO messages (id, thread_id, seq, side, author_id, body, sent_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&m.id)
    .bind(&m.thread_id)
    .bind(last.unwrap_or(0) + 1)
    .bind(m.side.as_str())
    .bind(&m.author_id)
    .bind(&m.body)
    .bind(m.sent_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks the messages of `side` in the thread opened by `reader` now, where nobody of
/// the other side had; returns how many were new to them.
pub async fn mark_read(
    conn: &mut AnyConnection,
    thread_id: &str,
    side: Side,
    reader: &str,
    at: i64,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE messages SET read_at = $1, read_by = $2 \
         WHERE thread_id = $3 AND side = $4 AND read_at IS NULL",
    )
    .bind(at)
    .bind(reader)
    .bind(thread_id)
    .bind(side.as_str())
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// Marks the party's messages in the thread handled by `staff_id`.
pub async fn mark_handled(
    conn: &mut AnyConnection,
    thread_id: &str,
    staff_id: &str,
    at: i64,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "UPDATE messages SET handled_at = $1, handled_by = $2 \
         WHERE thread_id = $3 AND side = 'PARTY' AND handled_at IS NULL",
    )
    .bind(at)
    .bind(staff_id)
    .bind(thread_id)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

pub async fn assign(
    conn: &mut AnyConnection,
    thread_id: &str,
    staff_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE threads SET assigned_to = $1 WHERE id = $2")
        .bind(staff_id)
        .bind(thread_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
