//! A party's side: the consents that ask them, one consent's page, and their answer.
//! A consent that does not ask this very party, or whose case they may not see, does
//! not exist for them ("not found", as for a document).

use super::{party_status_code, state_of};
use crate::access::consent::consent_access;
use crate::api::dto::{ConsentHistoryItem, ConsentPageData, ConsentSummary};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::domain::clock::norwegian_time;
use crate::domain::consent::{
    decide, party_status, Answer, Command, Event, EventActor, EventKind, Outcome, PartyChoice,
    Refusal,
};
use crate::features::party::{audit_read, basis_reason, visible_case_of, Reader, VisibleCase};
use crate::store::consents::{self, ConsentRecord};
use crate::store::{now_unix, Db};
use chrono::NaiveDate;

/// The consents of a case that ask the viewer, those waiting for their answer first.
pub async fn consents_for_party(
    db: &Db,
    v: &VisibleCase,
    today: NaiveDate,
) -> Result<Vec<ConsentSummary>, sqlx::Error> {
    let mut conn = db.pool.acquire().await?;
    let mut out = Vec::new();
    for rec in consents::of_case(&mut conn, &v.access).await? {
        let Some(seen) = consent_access(&v.access, &rec.id, &rec.case_id, &rec.asked) else {
            continue;
        };
        let state = state_of(&rec)?;
        let Some(status) = party_status(&state, seen.party_id(), today) else {
            continue;
        };
        out.push(ConsentSummary {
            case_id: rec.case_id.clone(),
            consent_id: rec.id.clone(),
            child_first_name: v.main_person.given_name.clone(),
            purpose: rec.purpose.as_str().to_string(),
            deadline: state.dates.deadline.to_string(),
            status: party_status_code(status).to_string(),
        });
    }
    // Stable: within each group, the order the service asked them in.
    out.sort_by_key(|s| !s.needs_answer());
    Ok(out)
}

/// The consent `consent_id` of the viewer's case, if it asks them.
async fn asking(
    conn: &mut sqlx::AnyConnection,
    v: &VisibleCase,
    consent_id: &str,
) -> Result<Option<ConsentRecord>, sqlx::Error> {
    Ok(consents::in_case(conn, &v.access, consent_id)
        .await?
        .filter(|rec| consent_access(&v.access, &rec.id, &rec.case_id, &rec.asked).is_some()))
}

/// One consent as the party sees it (audited as their read).
pub async fn consent_page(
    db: &Db,
    reader: Reader<'_>,
    case_id: &str,
    consent_id: &str,
    today: NaiveDate,
) -> Result<Option<ConsentPageData>, sqlx::Error> {
    let party = reader.person_id();
    let Some(v) = visible_case_of(db, party, case_id, today).await? else {
        return Ok(None);
    };
    let mut conn = db.pool.acquire().await?;
    let Some(rec) = asking(&mut conn, &v, consent_id).await? else {
        return Ok(None);
    };
    drop(conn);
    let state = state_of(&rec)?;
    let Some(status) = party_status(&state, party, today) else {
        return Ok(None);
    };
    let choices = [PartyChoice::Yes, PartyChoice::No, PartyChoice::Withdraw]
        .into_iter()
        .filter(|choice| {
            let cmd = Command::Party {
                party: party.to_string(),
                choice: *choice,
            };
            matches!(decide(&state, today, &cmd), Ok(Outcome::Append { .. }))
        })
        .map(|c| c.as_str().to_string())
        .collect();
    let detail = format!("samtykke:{}", rec.id);
    audit_read(
        audit::Via::Group(db),
        reader,
        &v,
        Action::ConsentView,
        None,
        Some(&detail),
    )
    .await?;
    Ok(Some(ConsentPageData {
        case_id: rec.case_id.clone(),
        consent_id: rec.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        purpose: rec.purpose.as_str().to_string(),
        help_measure: rec.purpose.is_help_measure(),
        purpose_text: rec.purpose_text.clone(),
        recipients: rec.recipients.clone(),
        deadline: state.dates.deadline.to_string(),
        end: state.dates.end.map(|d| d.to_string()),
        status: party_status_code(status).to_string(),
        choices,
        others_asked: rec.asked.len() > 1,
        history: own_history(&rec.events, party),
    }))
}

/// The party's own history: what concerns everyone asked (asked, dates changed,
/// cancelled) and their own answers, never another party's, and never the service's
/// own notes.
fn own_history(events: &[Event], party: &str) -> Vec<ConsentHistoryItem> {
    events
        .iter()
        .filter_map(|e| {
            let what = match (e.kind, e.answer) {
                (EventKind::Created, _) => "asked",
                (EventKind::Edited, _) => "dates",
                (EventKind::Cancelled, _) => "cancelled",
                _ if e.party.as_deref() != Some(party) => return None,
                (_, Some(Answer::Consented)) => "yes",
                (_, Some(Answer::Declined)) => "no",
                (_, Some(Answer::Withdrawn)) => "withdrawn",
                (_, Some(Answer::Waiting)) => "reset",
                (_, None) => return None,
            };
            Some(ConsentHistoryItem {
                on: norwegian_time(e.at).date_naive().to_string(),
                what: what.to_string(),
                by_service: !matches!(e.actor, EventActor::Party(_)),
            })
        })
        .collect()
}

/// What became of a party's answer.
#[derive(Debug, PartialEq, Eq)]
pub enum AnswerOutcome {
    Saved(PartyChoice),
    /// It was already so (a double submit): nothing new stored.
    Unchanged(PartyChoice),
    Refused(Refusal),
    NotFound,
}

/// The party answers (or withdraws) for themselves; written with its audit entry in one
/// transaction, decided on the consent as it stands with the consent locked.
pub async fn answer_consent(
    db: &Db,
    person_id: &str,
    case_id: &str,
    consent_id: &str,
    choice: PartyChoice,
    today: NaiveDate,
) -> Result<AnswerOutcome, sqlx::Error> {
    // The policy's reads first, on the pool: a write transaction holds its connection
    // (and on SQLite the write lock) only for the consent's own rows.
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(AnswerOutcome::NotFound);
    };
    let mut tx = db.begin_write().await?;
    consents::lock(&mut tx, consent_id).await?;
    let Some(rec) = asking(&mut tx, &v, consent_id).await? else {
        return Ok(AnswerOutcome::NotFound);
    };
    let state = state_of(&rec)?;
    let cmd = Command::Party {
        party: person_id.to_string(),
        choice,
    };
    let (kind, answer) = match decide(&state, today, &cmd) {
        Err(refusal) => return Ok(AnswerOutcome::Refused(refusal)),
        Ok(Outcome::Unchanged) => return Ok(AnswerOutcome::Unchanged(choice)),
        Ok(Outcome::Append { kind, answer }) => (kind, answer),
    };
    let event = Event {
        seq: rec.events.len() as i64 + 1,
        at: now_unix(),
        kind,
        actor: EventActor::Party(person_id.to_string()),
        party: Some(person_id.to_string()),
        answer,
        dates: None,
        note: None,
    };
    consents::append(&mut tx, &rec.id, &event).await?;
    let reason = format!("{};samtykke:{}:{}", basis_reason(&v.access), rec.id, kind);
    let entry = Entry {
        action: Action::ConsentAnswer,
        why: Reason::Party,
        case_id: Some(&v.case.id),
        document_id: None,
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Citizen(person_id), entry).await?;
    tx.commit().await?;
    Ok(AnswerOutcome::Saved(choice))
}
