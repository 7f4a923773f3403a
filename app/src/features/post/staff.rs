//! The service's side: the unit's inbox (for leaders, what waits past two working days
//! first), one thread (opening it marks the party's messages read by this staff member,
//! in the audit entry's transaction), replying or writing first, taking a thread and
//! marking it handled. Staff reach a case only through the staff policy.

use super::attachments::staff_uploader;
use super::{checked_with_files, items, names_of, oldest_open_by, when, PostForm, SendOutcome};
use crate::access::policy::case_access;
use crate::access::StaffCtx;
use crate::api::dto::{Inbox, InboxRow, NewThreadData, StaffThread};
use crate::audit::{self, Action, Actor, Entry};
use crate::domain::notice::NoticeKind;
use crate::domain::post::{inbox_state, InboxState, MessageFacts, Side, ThreadKind};
use crate::domain::{Case, Person, StaffRole};
use crate::features::staff_case::{staff_case_of, staff_cases_in_unit, StaffCaseOf};
use crate::store::attachments::Attachment;
use crate::store::files::FileStore;
use crate::store::post::{self, Message, Thread};
use crate::store::{notices, now_unix, rows, Db};
use chrono::NaiveDate;
use std::collections::HashMap;

fn state_code(s: InboxState) -> &'static str {
    match s {
        InboxState::New => "new",
        InboxState::Open => "open",
        InboxState::WaitingForParty => "waiting",
        InboxState::Handled => "handled",
    }
}

fn row_of(
    ctx: &StaffCtx,
    t: &Thread,
    messages: &[Message],
    child_name: &str,
    names: &HashMap<String, String>,
    today: NaiveDate,
) -> InboxRow {
    let facts: Vec<MessageFacts> = messages
        .iter()
        .map(|m| MessageFacts {
            side: m.side,
            read: m.read_at.is_some(),
            handled: m.handled_at.is_some(),
        })
        .collect();
    let open_by = oldest_open_by(messages);
    let last = messages.last().map(|m| m.sent_at).unwrap_or(t.created_at);
    InboxRow {
        kind: t.kind.as_str().to_string(),
        document_id: t.document_id.clone(),
        case_id: t.case_id.clone(),
        thread_id: t.id.clone(),
        child_name: child_name.to_string(),
        party_name: names.get(&t.person_id).cloned().unwrap_or_default(),
        subject: t.subject.clone(),
        state: state_code(inbox_state(&facts)).to_string(),
        last_on: when(last).0,
        assigned_name: t.assigned_to.as_ref().and_then(|id| names.get(id).cloned()),
        assigned_to_me: t.assigned_to.as_deref() == Some(ctx.staff_id.as_str()),
        overdue: open_by.is_some_and(|by| today > by),
        open_by: open_by.map(|d| d.to_string()),
    }
}

/// The unit's threads, newest first; for a leader, those with a message unopened past
/// two working days also listed first.
pub async fn inbox(db: &Db, ctx: &StaffCtx, today: NaiveDate) -> Result<Inbox, sqlx::Error> {
    let cases = staff_cases_in_unit(db, ctx).await?;
    let mut threads = post::threads_in_unit(&db.pool, &ctx.unit_id).await?;
    threads.retain(|t| cases.contains_key(&t.case_id));
    let mut messages: HashMap<String, Vec<Message>> = HashMap::new();
    for m in post::messages_in_unit(&db.pool, &ctx.unit_id).await? {
        messages.entry(m.thread_id.clone()).or_default().push(m);
    }
    let persons: Vec<String> = threads.iter().map(|t| t.person_id.clone()).collect();
    let assigned: Vec<String> = threads
        .iter()
        .filter_map(|t| t.assigned_to.clone())
        .collect();
    let names = names_of(db, persons, assigned).await?;
    let mut rows_out: Vec<InboxRow> = threads
        .iter()
        .map(|t| {
            let child = cases[&t.case_id].main_person.full_name();
            let mine = messages.get(&t.id).map(Vec::as_slice).unwrap_or_default();
            row_of(ctx, t, mine, &child, &names, today)
        })
        .collect();
    rows_out.sort_by(|a, b| b.last_on.cmp(&a.last_on));
    let leader = ctx.role == Some(StaffRole::Leder);
    let overdue = if leader {
        rows_out.iter().filter(|r| r.overdue).cloned().collect()
    } else {
        Vec::new()
    };
    audit::staff_read(db, ctx, Action::StaffPostInbox, None, None).await?;
    Ok(Inbox {
        leader,
        overdue,
        rows: rows_out,
    })
}

/// How many messages the thread holds, if `ctx` may see it (see `party_thread_len`).
pub async fn staff_thread_len(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    thread_id: &str,
) -> Result<Option<usize>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let Some(t) = post::thread_in_case(&db.pool, &c.access, thread_id).await? else {
        return Ok(None);
    };
    Ok(Some(post::messages_of(&db.pool, &t.id).await?.len()))
}

/// One thread for staff. Opening it marks the party's messages read by this staff
/// member, in the transaction of the audit entry (shown in the party's access log).
pub async fn staff_thread(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    thread_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffThread>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let mut tx = db.begin_write().await?;
    let Some(t) = post::thread_in_case(&mut *tx, &c.access, thread_id).await? else {
        return Ok(None);
    };
    post::mark_read(&mut tx, &t.id, Side::Party, &ctx.staff_id, now_unix()).await?;
    let messages = post::messages_of(&mut *tx, &t.id).await?;
    let files = crate::store::attachments::of_thread(&mut *tx, &t.id).await?;
    record(&mut tx, ctx, &c.case, &t, Action::StaffPostRead, "lest").await?;
    tx.commit().await?;
    let staff: Vec<String> = messages
        .iter()
        .filter(|m| m.side == Side::Service)
        .map(|m| m.author_id.clone())
        .chain(t.assigned_to.clone())
        .collect();
    let names = names_of(db, vec![t.person_id.clone()], staff).await?;
    Ok(Some(StaffThread {
        row: row_of(
            ctx,
            &t,
            &messages,
            &c.main_person.full_name(),
            &names,
            today,
        ),
        kind: t.kind.as_str().to_string(),
        messages: items(&messages, Side::Service, &names, &files),
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// A file sent in a thread of a case the staff member may open, with its bytes; the
/// download is recorded about the thread's party, in the transaction before the bytes
/// are handed over.
pub async fn staff_attachment(
    db: &Db,
    files: &FileStore,
    ctx: &StaffCtx,
    case_id: &str,
    thread_id: &str,
    attachment_id: &str,
) -> Result<Option<(Attachment, bytes::Bytes)>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let Some(t) = post::thread_in_case(&db.pool, &c.access, thread_id).await? else {
        return Ok(None);
    };
    let Some(a) = crate::store::attachments::sent_in_thread(&db.pool, &t.id, attachment_id).await?
    else {
        return Ok(None);
    };
    let bytes = super::attachments::bytes_of(files, &a).await?;
    let mut tx = db.begin_write().await?;
    let what = format!("vedlegg:{}", a.id);
    record(
        &mut tx,
        ctx,
        &c.case,
        &t,
        Action::StaffPostAttachment,
        &what,
    )
    .await?;
    tx.commit().await?;
    Ok(Some((a, bytes)))
}

/// An audit entry of staff work on a thread, about its party (so it shows in their
/// access log and nobody else's).
async fn record(
    conn: &mut sqlx::AnyConnection,
    ctx: &StaffCtx,
    case: &Case,
    t: &Thread,
    action: Action,
    what: &str,
) -> Result<(), sqlx::Error> {
    let reason = format!("{};melding:{}:{what}", audit::staff_scope(ctx), t.id);
    let entry = Entry {
        action,
        why: ctx.capacity(case.caseworker_id.as_deref()),
        case_id: Some(&case.id),
        document_id: None,
        subject_person_id: Some(&t.person_id),
        reason: Some(&reason),
    };
    audit::record_with(conn, Actor::Staff(&ctx.staff_id), entry).await
}

/// The parties of the case today (whom the service can write to) and its threads.
pub async fn new_thread_form(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<NewThreadData>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let parties = parties_today(db, &c, today).await?;
    let threads = post::threads_of_case(&db.pool, &c.access, None).await?;
    let messages = post::messages_of_case(&db.pool, &c.access, None).await?;
    let persons: Vec<String> = threads.iter().map(|t| t.person_id.clone()).collect();
    let assigned: Vec<String> = threads
        .iter()
        .filter_map(|t| t.assigned_to.clone())
        .collect();
    let names = names_of(db, persons, assigned).await?;
    let rows = threads
        .iter()
        .map(|t| {
            let mine: Vec<Message> = messages
                .iter()
                .filter(|m| m.thread_id == t.id)
                .cloned()
                .collect();
            row_of(ctx, t, &mine, &c.main_person.full_name(), &names, today)
        })
        .collect();
    audit::staff_read(db, ctx, Action::StaffCaseView, Some(&c.case), None).await?;
    Ok(Some(NewThreadData {
        case_id: c.case.id.clone(),
        child_name: c.main_person.full_name(),
        parties: parties
            .into_iter()
            .map(|p| (p.id.clone(), p.full_name()))
            .collect(),
        threads: rows,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// Who is a party of the case today, by the case policy.
async fn parties_today(
    db: &Db,
    c: &StaffCaseOf,
    today: NaiveDate,
) -> Result<Vec<Person>, sqlx::Error> {
    let party_rows = rows::parties_of_case(&db.pool, &c.access).await?;
    let mut ids: Vec<String> = vec![c.case.main_person_id.clone()];
    ids.extend(party_rows.iter().map(|p| p.person_id.clone()));
    ids.sort();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        if let Some(p) = rows::person_by_id(&db.pool, &id).await? {
            if case_access(&p, today, &c.case, &party_rows, &c.main_person).is_some() {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// Staff write: a reply in a thread, or (`thread_id` `None`) a new thread to the party
/// in the form's `part`, who must be a party of the case today.
pub async fn staff_send(
    db: &Db,
    files: &FileStore,
    ctx: &StaffCtx,
    case_id: &str,
    thread_id: Option<&str>,
    form: &PostForm,
    today: NaiveDate,
) -> Result<SendOutcome, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(SendOutcome::NotFound);
    };
    let mut extra = Vec::new();
    let party = if thread_id.is_none() {
        let wanted = form.get("part");
        let parties = parties_today(db, &c, today).await?;
        let found = parties.into_iter().find(|p| p.id == wanted).map(|p| p.id);
        if found.is_none() {
            extra.push(("part", "post-error-party"));
        }
        found
    } else {
        // A reply: the thread must be of this case before anything is kept for it.
        let id = thread_id.unwrap_or_default();
        if post::thread_in_case(&db.pool, &c.access, id)
            .await?
            .is_none()
        {
            return Ok(SendOutcome::NotFound);
        }
        None
    };
    let now = now_unix();
    let uploader = staff_uploader(&ctx.staff_id);
    let new = thread_id.is_none();
    let checked =
        checked_with_files(db, files, &c.case.id, &uploader, form, new, extra, now).await?;
    let (key, subject, text) = match checked {
        Ok(ok) => ok,
        Err(refused) => return Ok(refused),
    };
    let mut tx = db.begin_write().await?;
    let (thread, new_thread) = match (thread_id, party) {
        (Some(id), _) => match post::thread_in_case(&mut *tx, &c.access, id).await? {
            Some(t) => (t, false),
            None => return Ok(SendOutcome::NotFound),
        },
        (None, Some(person_id)) => (
            Thread {
                id: key.clone(),
                case_id: c.case.id.clone(),
                person_id,
                kind: ThreadKind::Post,
                document_id: None,
                subject,
                started_by: Side::Service,
                created_at: now,
                assigned_to: Some(ctx.staff_id.clone()),
            },
            true,
        ),
        (None, None) => return Ok(SendOutcome::NotFound),
    };
    let message = Message::new(&key, &thread.id, Side::Service, &ctx.staff_id, text, now);
    let stored = async {
        super::store_message(&mut tx, new_thread.then_some(&thread), &message, &uploader).await?;
        // Answering is handling what the party wrote.
        post::mark_handled(&mut tx, &thread.id, &ctx.staff_id, now).await?;
        let notice = notices::Event {
            to: notices::To::Person(&thread.person_id),
            kind: NoticeKind::Message,
            about: &thread.id,
            case_id: &thread.case_id,
            at: now,
        };
        notices::enqueue(&mut tx, notice).await?;
        record(
            &mut tx,
            ctx,
            &c.case,
            &thread,
            Action::StaffPostSend,
            "sendt",
        )
        .await
    }
    .await;
    if let Err(e) = stored {
        drop(tx);
        let case = c.case.id.clone();
        return super::already_sent(db, e, &key, move |t| t.case_id == case).await;
    }
    tx.commit().await?;
    Ok(SendOutcome::Sent {
        thread_id: thread.id,
    })
}

/// Staff take a thread (`ta`) or mark the party's messages handled (`behandlet`).
pub async fn staff_change(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    thread_id: &str,
    which: &str,
) -> Result<Option<&'static str>, sqlx::Error> {
    let Some(c) = staff_case_of(db, ctx, case_id).await? else {
        return Ok(None);
    };
    let mut tx = db.begin_write().await?;
    let Some(t) = post::thread_in_case(&mut *tx, &c.access, thread_id).await? else {
        return Ok(None);
    };
    let receipt = match which {
        "ta" => {
            post::assign(&mut tx, &t.id, &ctx.staff_id).await?;
            "staff-post-taken"
        }
        "behandlet" => {
            post::mark_handled(&mut tx, &t.id, &ctx.staff_id, now_unix()).await?;
            "staff-post-handled"
        }
        _ => return Ok(None),
    };
    record(&mut tx, ctx, &c.case, &t, Action::StaffPostChange, which).await?;
    tx.commit().await?;
    Ok(Some(receipt))
}
