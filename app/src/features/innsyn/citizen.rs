//! A party asks for innsyn in a document withheld from them, or in the hidden parts of
//! one partly shared with them. Only what the policy says this very party may ask
//! about can be asked for; anything else is "not found", exactly as when reading it.

use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::features::party::VisibleCase;
use crate::features::reading::{basis_reason, case_with_views};
use crate::store::innsyn::{self, Subject, MAX_MESSAGE_CHARS};
use crate::store::{now_unix, Db};
use chrono::NaiveDate;

#[derive(Debug, PartialEq, Eq)]
pub enum RequestOutcome {
    Sent,
    /// An earlier request is still unanswered; nothing new was stored.
    AlreadyOpen,
    TooLong,
    NotFound,
}

pub async fn request_innsyn(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    message: &str,
    today: NaiveDate,
) -> Result<RequestOutcome, sqlx::Error> {
    let message = message.trim();
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Ok(RequestOutcome::TooLong);
    }
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(RequestOutcome::NotFound);
    };
    // The policy says what may be asked about: a document withheld from this very
    // party, or the hidden parts of one partly shared with them.
    let askable = docs
        .iter()
        .any(|(d, view)| d.id == document_id && view.may_ask_innsyn());
    if !askable {
        return Ok(RequestOutcome::NotFound);
    }
    let subject = Subject::Document {
        case_id: &v.case.id,
        document_id,
    };
    store_request(db, &v, subject, message, Action::InnsynRequest).await
}

/// Stores the party's request about `subject` with its audit entry, unless one is
/// still waiting for its answer. The caller has checked that they may ask.
pub(super) async fn store_request(
    db: &Db,
    v: &VisibleCase,
    subject: Subject<'_>,
    message: &str,
    action: Action,
) -> Result<RequestOutcome, sqlx::Error> {
    let person_id = v.access.viewer_id();
    // A write from the start (BEGIN IMMEDIATE on SQLite): a read-then-write transaction
    // fails with "database is locked" when another write commits in between.
    let mut tx = db.begin_write().await?;
    if innsyn::is_open(&mut tx, subject, person_id).await? {
        return Ok(RequestOutcome::AlreadyOpen);
    }
    let text = (!message.is_empty()).then_some(message);
    innsyn::insert_request(&mut tx, subject, person_id, text, now_unix()).await?;
    let reason = basis_reason(&v.access);
    let entry = Entry {
        action,
        why: Reason::Party,
        case_id: Some(&v.case.id),
        document_id: match subject {
            Subject::Document { document_id, .. } => Some(document_id),
            Subject::Case(_) => None,
        },
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Citizen(person_id), entry).await?;
    tx.commit().await?;
    Ok(RequestOutcome::Sent)
}
