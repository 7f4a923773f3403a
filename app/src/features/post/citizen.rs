//! A party's side: their threads in a case, one thread (opening it marks the service's
//! messages read, with the audit entry, in one transaction), and sending. A thread of
//! another party, or of a case they may not see, does not exist for them.

use super::{checked, items, names_of, oldest_open_by, when, PostForm, SendOutcome};
use crate::access::post::party_thread_access;
use crate::api::dto::{PartyThread, PartyThreads, ThreadSummary};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::domain::post::{Side, ThreadKind};
use crate::features::party::{audit_read, basis_reason, visible_case_of, Reader};
use crate::store::post::{self, Message, Thread};
use crate::store::{now_unix, Db};
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
    let Some(t) = post::thread_in_case(&mut *tx, &v.access, thread_id)
        .await?
        .filter(|t| party_thread_access(&v.access, &t.id, &t.case_id, &t.person_id).is_some())
    else {
        return Ok(None);
    };
    post::mark_read(&mut tx, &t.id, Side::Service, person_id, now_unix()).await?;
    let messages = post::messages_of(&mut *tx, &t.id).await?;
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
        messages: items(&messages, Side::Party, &names),
        reminded,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// The party sends a message: a new thread (`thread_id` `None`) or a reply. The form's
/// key is the message's id, so a second submit of the same form stores nothing new and
/// answers with the first one's thread.
pub async fn party_send(
    db: &Db,
    person_id: &str,
    case_id: &str,
    thread_id: Option<&str>,
    form: &PostForm,
    today: NaiveDate,
) -> Result<SendOutcome, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(SendOutcome::NotFound);
    };
    let (key, subject, text) = match checked(form, thread_id.is_none()) {
        Ok(ok) => ok,
        Err(errors) => return Ok(SendOutcome::Refused(errors)),
    };
    let now = now_unix();
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
            let Some(t) = post::thread_in_case(&mut *tx, &v.access, id)
                .await?
                .filter(|t| {
                    party_thread_access(&v.access, &t.id, &t.case_id, &t.person_id).is_some()
                })
            else {
                return Ok(SendOutcome::NotFound);
            };
            t
        }
        None => Thread {
            id: key.clone(),
            case_id: v.case.id.clone(),
            person_id: person_id.to_string(),
            kind: ThreadKind::Post,
            document_id: None,
            subject,
            started_by: Side::Party,
            created_at: now,
            assigned_to: None,
        },
    };
    let message = Message::new(&key, &thread.id, Side::Party, person_id, text, now);
    let new_thread = thread_id.is_none().then_some(&thread);
    if let Err(e) = super::store_message(&mut tx, new_thread, &message).await {
        drop(tx);
        return super::already_sent(db, e, &key, |t| t.person_id == person_id).await;
    }
    let reason = format!("{};melding:{}", basis_reason(&v.access), thread.id);
    let entry = Entry {
        action: Action::PostSend,
        why: Reason::Party,
        case_id: Some(&v.case.id),
        document_id: None,
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Citizen(person_id), entry).await?;
    tx.commit().await?;
    Ok(SendOutcome::Sent {
        thread_id: thread.id,
    })
}
