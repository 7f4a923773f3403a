//! A party asks for innsyn in a document withheld from them, or in the hidden parts of
//! one partly shared with them. Only what the policy says this very party may ask
//! about can be asked for; anything else is "not found", exactly as when reading it.

use super::documents::case_with_views;
use crate::api::{Deadline, InnsynStatus};
use crate::audit::{self, Action, Actor, Entry};
use crate::db::{now_unix, Db};
use crate::innsyn::{self, APPEAL_DAYS, MAX_MESSAGE_CHARS};
use crate::state::norwegian_time;
use chrono::{Days, NaiveDate};

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
    let mut tx = db.pool.begin().await?;
    if innsyn::is_open(&mut tx, document_id, person_id).await? {
        return Ok(RequestOutcome::AlreadyOpen);
    }
    let text = (!message.is_empty()).then_some(message);
    innsyn::insert_request(
        &mut tx,
        &v.case.id,
        document_id,
        person_id,
        text,
        now_unix(),
    )
    .await?;
    let reason = super::basis_reason(&v.access);
    let entry = Entry {
        action: Action::InnsynRequest,
        case_id: Some(&v.case.id),
        document_id: Some(document_id),
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut *tx, Actor::Citizen(person_id), entry).await?;
    tx.commit().await?;
    Ok(RequestOutcome::Sent)
}

fn date_of(unix: i64) -> NaiveDate {
    norwegian_time(unix).date_naive()
}

/// The party's own latest request for the document, as shown to them on `today`.
pub async fn status(
    db: &Db,
    document_id: &str,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<InnsynStatus>, sqlx::Error> {
    let Some(r) = innsyn::latest_request(db, document_id, person_id).await? else {
        return Ok(None);
    };
    let answered_on = r.answer.map(|(_, at)| date_of(at));
    let appeal_by = match r.answer {
        Some((kind, at)) if kind.may_be_appealed() => {
            date_of(at).checked_add_days(Days::new(APPEAL_DAYS))
        }
        _ => None,
    };
    Ok(Some(InnsynStatus {
        requested_on: date_of(r.requested_at).to_string(),
        message: r.message,
        answer: r.answer.map(|(kind, _)| kind.as_str().to_string()),
        answered_on: answered_on.map(|d| d.to_string()),
        appeal_by: appeal_by.map(|d| Deadline::on(d, today)),
    }))
}
