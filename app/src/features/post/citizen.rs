//! A party's side: their threads in a case, one thread (opening it marks the service's
//! messages read, with the audit entry, in one transaction), and sending. A thread of
//! another party, or of a case they may not see, does not exist for them.

use super::attachments::party_uploader;
use super::{checked_with_files, items, names_of, oldest_open_by, when, PostForm, SendOutcome};
use crate::access::post::party_thread_access;
use crate::api::dto::{PartyThread, PartyThreads, ThreadSummary};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::domain::notice::NoticeKind;
use crate::domain::post::{Side, ThreadKind};
use crate::features::party::{audit_read, basis_reason, visible_case_of, Reader, VisibleCase};
use crate::store::attachments::Attachment;
use crate::store::files::FileStore;
use crate::store::post::{self, Message, Thread};
use crate::store::{notices, now_unix, Db};
use chrono::NaiveDate;

fn summary(t: &Thread, messages: &[Message], side: Side) -> ThreadSummary {
    let mine: Vec<&Message> = messages.iter().filter(|m| m.thread_id == t.id).collect();
    let last = mine.last().map(|m| m.sent_at).unwrap_or(t.created_at);
    ThreadSummary {
        case_id: t.case_id.clone(),
        thread_id: t.id.clone(),
        subject: t.subject.clone(),
        kind: t.kind.as_str().to_string(),
        last_on: when(last).0,
        unread: mine
            .iter()
            .filter(|m| m.side != side && m.read_at.is_none())
            .count(),
    }
}

/// The party's threads in the case, newest first (audited as their read).
pub async fn party_threads(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<PartyThreads>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let threads = post::threads_of_case(&db.pool, &v.access, Some(person_id)).await?;
    let messages = post::messages_of_case(&db.pool, &v.access, Some(person_id)).await?;
    let threads = threads
        .iter()
        .filter(|t| party_thread_access(&v.access, &t.id, &t.case_id, &t.person_id).is_some())
        .map(|t| summary(t, &messages, Side::Party))
        .collect();
    audit_read(
        audit::Via::Group(db),
        Reader::Party(person_id),
        &v,
        Action::PostList,
        None,
        None,
    )
    .await?;
    Ok(Some(PartyThreads {
        case_id: v.case.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        threads,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// The thread, if it is of the party's visible case and theirs by the policy.
async fn own_thread<'c>(
    ex: impl crate::store::Exec<'c>,
    v: &VisibleCase,
    thread_id: &str,
) -> Result<Option<Thread>, sqlx::Error> {
    Ok(post::thread_in_case(ex, &v.access, thread_id)
        .await?
        .filter(|t| party_thread_access(&v.access, &t.id, &t.case_id, &t.person_id).is_some()))
}

/// One thread as its party sees it. Opening it marks the service's messages read by
/// the party, in the transaction of the audit entry that records the read.
pub async fn party_thread(
    db: &Db,
    person_id: &str,
    case_id: &str,
    thread_id: &str,
    today: NaiveDate,
) -> Result<Option<PartyThread>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let mut tx = db.begin_write().await?;
    let Some(t) = own_thread(&mut *tx, &v, thread_id).await? else {
        return Ok(None);
    };
    post::mark_read(&mut tx, &t.id, Side::Service, person_id, now_unix()).await?;
    let messages = post::messages_of(&mut *tx, &t.id).await?;
    let files = crate::store::attachments::of_thread(&mut *tx, &t.id).await?;
    let detail = format!("melding:{}", t.id);
    audit_read(
        audit::Via::Transaction(&mut tx),
        Reader::Party(person_id),
        &v,
        Action::PostRead,
        None,
        Some(&detail),
    )
    .await?;
    tx.commit().await?;
    let staff: Vec<String> = messages
        .iter()
        .filter(|m| m.side == Side::Service)
        .map(|m| m.author_id.clone())
        .collect();
    let names = names_of(db, vec![person_id.to_string()], staff).await?;
    let reminded = oldest_open_by(&messages).is_some_and(|by| today > by);
    Ok(Some(PartyThread {
        case_id: v.case.id.clone(),
        thread_id: t.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        subject: t.subject.clone(),
        kind: t.kind.as_str().to_string(),
        messages: items(&messages, Side::Party, &names, &files),
        reminded,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// How many messages the party's thread holds, if they may see it: for a live page,
/// which reads (and is audited) only when there is something new to show.
pub async fn party_thread_len(
    db: &Db,
    person_id: &str,
    case_id: &str,
    thread_id: &str,
    today: NaiveDate,
) -> Result<Option<usize>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let Some(t) = own_thread(&db.pool, &v, thread_id).await? else {
        return Ok(None);
    };
    Ok(Some(post::messages_of(&db.pool, &t.id).await?.len()))
}

/// The party sends a message: a new thread (`thread_id` `None`) or a reply. The form's
/// key is the message's id, so a second submit of the same form stores nothing new and
/// answers with the first one's thread.
pub async fn party_send(
    db: &Db,
    files: &FileStore,
    person_id: &str,
    case_id: &str,
    thread_id: Option<&str>,
    form: &PostForm,
    today: NaiveDate,
) -> Result<SendOutcome, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(SendOutcome::NotFound);
    };
    send_as_party(db, files, person_id, &v, thread_id, NewThread::POST, form).await
}

/// What a new thread is about: the case (`POST`), or a document (`SVAR`, `KLAGE`).
#[derive(Clone, Copy, Debug)]
pub(super) struct NewThread<'a> {
    pub kind: ThreadKind,
    pub document_id: Option<&'a str>,
}

impl NewThread<'_> {
    const POST: NewThread<'static> = NewThread {
        kind: ThreadKind::Post,
        document_id: None,
    };
}

/// [`party_send`] once the case is known to be the party's: a reply (`thread_id`) or a
/// new thread of `new`'s kind.
pub(super) async fn send_as_party(
    db: &Db,
    files: &FileStore,
    person_id: &str,
    v: &VisibleCase,
    thread_id: Option<&str>,
    new: NewThread<'_>,
    form: &PostForm,
) -> Result<SendOutcome, sqlx::Error> {
    // A reply: the thread must be theirs before anything is kept for it.
    if let Some(id) = thread_id {
        if own_thread(&db.pool, v, id).await?.is_none() {
            return Ok(SendOutcome::NotFound);
        }
    }
    let now = now_unix();
    let uploader = party_uploader(person_id);
    let fresh = thread_id.is_none();
    let checked = checked_with_files(
        db,
        files,
        &v.case.id,
        &uploader,
        form,
        fresh,
        Vec::new(),
        now,
    )
    .await?;
    let (key, subject, text) = match checked {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused),
    };
    let mut tx = db.begin_write().await?;
    if let Some(earlier) = post::message_by_id(&mut tx, &key).await? {
        let theirs = post::thread_in_case(&mut *tx, &v.access, &earlier.thread_id)
            .await?
            .filter(|t| t.person_id == person_id);
        return Ok(match theirs {
            Some(t) => SendOutcome::AlreadySent { thread_id: t.id },
            None => SendOutcome::NotFound,
        });
    }
    let thread = match thread_id {
        Some(id) => {
            let Some(t) = own_thread(&mut *tx, v, id).await? else {
                return Ok(SendOutcome::NotFound);
            };
            t
        }
        None => Thread {
            id: key.clone(),
            case_id: v.case.id.clone(),
            person_id: person_id.to_string(),
            kind: new.kind,
            document_id: new.document_id.map(str::to_string),
            subject,
            started_by: Side::Party,
            created_at: now,
            assigned_to: None,
        },
    };
    let message = Message::new(&key, &thread.id, Side::Party, person_id, text, now);
    let new_thread = thread_id.is_none().then_some(&thread);
    if let Err(e) = super::store_message(&mut tx, new_thread, &message, &uploader).await {
        drop(tx);
        return super::already_sent(db, e, &key, |t| t.person_id == person_id).await;
    }
    let reason = format!("{};melding:{}", basis_reason(&v.access), thread.id);
    let entry = Entry {
        action: Action::PostSend,
        why: Reason::Party,
        case_id: Some(&v.case.id),
        document_id: thread.document_id.as_deref(),
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Citizen(person_id), entry).await?;
    // The employee who has the thread, or else the case's caseworker, is told that a
    // party has written (the unit's inbox shows it to everyone in any case).
    if let Some(staff_id) = thread
        .assigned_to
        .as_deref()
        .or(v.case.caseworker_id.as_deref())
    {
        let notice = notices::Event {
            to: notices::To::Staff(staff_id),
            kind: NoticeKind::Message,
            about: &thread.id,
            case_id: &v.case.id,
            at: now,
        };
        notices::enqueue(&mut tx, notice).await?;
    }
    tx.commit().await?;
    Ok(SendOutcome::Sent {
        thread_id: thread.id,
    })
}

/// A file sent in one of the party's own threads, with its bytes. The download is
/// recorded before the bytes are handed over; anything not theirs is "not found".
pub async fn party_attachment(
    db: &Db,
    files: &FileStore,
    person_id: &str,
    case_id: &str,
    thread_id: &str,
    attachment_id: &str,
    today: NaiveDate,
) -> Result<Option<(Attachment, bytes::Bytes)>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let Some(t) = own_thread(&db.pool, &v, thread_id).await? else {
        return Ok(None);
    };
    let Some(a) = crate::store::attachments::sent_in_thread(&db.pool, &t.id, attachment_id).await?
    else {
        return Ok(None);
    };
    let bytes = super::attachments::bytes_of(files, &a).await?;
    let detail = format!("melding:{};vedlegg:{}", t.id, a.id);
    audit_read(
        audit::Via::Group(db),
        Reader::Party(person_id),
        &v,
        Action::PostAttachment,
        None,
        Some(&detail),
    )
    .await?;
    Ok(Some((a, bytes)))
}
