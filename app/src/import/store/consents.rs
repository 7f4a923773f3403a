//! Consents from the case system: created with their answers as the fagsystem has them,
//! and later brought to its state with events (dates, answers, a cancellation), each
//! the portal's own event kinds with the case system as actor. What a consent asks of
//! whom is fixed at creation; who may be asked is the same rule as for staff.

use super::{own_case, own_person, ImportClient, Loc, Written};
use crate::access::consent::{check_asked, may_be_asked, AskRefusal, NotAskable};
use crate::access::ImportCaseAccess;
use crate::domain::consent::{fold, Answer, Dates, Event, EventActor, EventKind};
use crate::domain::Party;
use crate::import::error::{ImportError, Status};
use crate::import::payload::ConsentIn;
use crate::import::store::keys::{self, Kind};
use crate::import::store::Change;
use crate::store::consents::{self as rows_of, NewConsent};
use crate::store::{now_unix, rows};
use sqlx::AnyConnection;

fn written(id: &str, case_id: &str, result: Change) -> Written {
    Written {
        kind: "consent",
        id: id.to_string(),
        result,
        version_id: None,
        case_id: Some(case_id.to_string()),
        person_id: None,
        document_id: None,
    }
}

fn event(seq: i64, kind: EventKind) -> Event {
    Event {
        seq,
        at: now_unix(),
        kind,
        actor: EventActor::Import,
        party: None,
        answer: None,
        dates: None,
        note: None,
    }
}

pub async fn put(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    c: &ConsentIn,
) -> Result<Written, ImportError> {
    let case_id = own_case(conn, client, &c.case_id, loc.field("case_id")).await?;
    let access = ImportCaseAccess::owned(&case_id);
    let mut asked: Vec<(String, Answer)> = Vec::new();
    for (i, (person, answer)) in c.parties.iter().enumerate() {
        let field = loc.field(&format!("parties[{i}].person_id"));
        asked.push((own_person(conn, client, person, field).await?, *answer));
    }
    let ids: Vec<String> = asked.iter().map(|(p, _)| p.clone()).collect();
    check_who_is_asked(conn, loc, &access, c, &ids).await?;
    let dates = Dates {
        deadline: c.deadline,
        end: c.end_date,
    };
    let Some(internal) = keys::lookup(conn, &client.service_id, Kind::Consent, id).await? else {
        let internal = keys::claim(conn, &client.service_id, Kind::Consent, id).await?;
        let created = Event {
            dates: Some(dates),
            ..event(1, EventKind::Created)
        };
        let new = NewConsent {
            id: &internal,
            case_id: &case_id,
            purpose: c.purpose,
            purpose_text: &c.purpose_text,
            recipients: &c.recipients,
            asked: &ids,
            created_at: created.at,
        };
        rows_of::insert(conn, &new, &created).await?;
        let todo = changes(&asked, None, dates, c.cancelled.as_deref());
        append_after(conn, &internal, 1, todo).await?;
        return Ok(written(id, &case_id, Change::Created));
    };
    rows_of::lock(conn, &internal).await?;
    let rec = rows_of::in_case(conn, &access, &internal)
        .await?
        .ok_or_else(|| conflict(loc.field("case_id"), "the consent belongs to another case"))?;
    if (rec.purpose, &rec.purpose_text, &rec.recipients, &rec.asked)
        != (c.purpose, &c.purpose_text, &c.recipients, &ids)
    {
        return Err(conflict(
            loc.field("purpose"),
            "what a consent asks of whom is fixed at creation; cancel it and create a new one",
        ));
    }
    let state = fold(&rec.asked, &rec.events).map_err(|_| ImportError::internal())?;
    let todo = changes(&asked, Some(&state), dates, c.cancelled.as_deref());
    if todo.is_empty() {
        return Ok(written(id, &case_id, Change::Unchanged));
    }
    if state.cancelled {
        return Err(conflict(loc.field("cancelled"), "the consent is cancelled"));
    }
    append_after(conn, &internal, rec.events.len() as i64, todo).await?;
    Ok(written(id, &case_id, Change::Updated))
}

/// Appends `events`, numbered on from `last`.
async fn append_after(
    conn: &mut AnyConnection,
    consent_id: &str,
    last: i64,
    events: Vec<Event>,
) -> Result<(), ImportError> {
    for (seq, e) in (last + 1..).zip(events) {
        rows_of::append(conn, consent_id, &Event { seq, ..e }).await?;
    }
    Ok(())
}

fn conflict(field: String, message: &str) -> ImportError {
    ImportError::new(Status::Conflict, "conflict", field, message)
}

/// The events that bring a consent from `state` (`None`: just created, everyone
/// waiting, with `dates`) to what the case system says: new dates, each changed answer
/// (registered on the party's behalf), a cancellation. `seq` is set by the caller.
fn changes(
    asked: &[(String, Answer)],
    state: Option<&crate::domain::consent::ConsentState>,
    dates: Dates,
    cancelled: Option<&str>,
) -> Vec<Event> {
    let mut out = Vec::new();
    if state.is_some_and(|s| s.dates != dates) {
        out.push(Event {
            dates: Some(dates),
            ..event(0, EventKind::Edited)
        });
    }
    for (person, answer) in asked {
        let now = state
            .and_then(|s| s.answer_of(person))
            .unwrap_or(Answer::Waiting);
        if now != *answer {
            out.push(Event {
                party: Some(person.clone()),
                answer: Some(*answer),
                ..event(0, EventKind::UpdatedOnBehalf)
            });
        }
    }
    if let (Some(note), false) = (cancelled, state.is_some_and(|s| s.cancelled)) {
        out.push(Event {
            note: Some(note.to_string()),
            ..event(0, EventKind::Cancelled)
        });
    }
    out
}

/// The same rule as for staff: each person may be asked today, and a help measure for a
/// youth of 15–17 asks the youth too.
async fn check_who_is_asked(
    conn: &mut AnyConnection,
    loc: &Loc,
    access: &ImportCaseAccess,
    c: &ConsentIn,
    ids: &[String],
) -> Result<(), ImportError> {
    let case_id = crate::access::CaseProof::case_id(access).to_string();
    let Some((case, main_person)) = rows::case_with_main_person(&mut *conn, &case_id).await? else {
        return Err(ImportError::internal());
    };
    let party_rows: Vec<Party> = rows::parties_of_case(&mut *conn, access).await?;
    let today = crate::domain::clock::today();
    let mut checked: Vec<(String, Result<(), NotAskable>)> = Vec::new();
    for id in ids {
        let result = match rows::person_by_id(&mut *conn, id).await? {
            Some(p) => may_be_asked(&p, today, &case, &party_rows, &main_person),
            None => Err(NotAskable::NoPartyRights),
        };
        checked.push((id.clone(), result));
    }
    match check_asked(c.purpose, &checked, &case, &main_person, today) {
        Ok(()) => Ok(()),
        Err(AskRefusal::NotAskable(who, why)) => {
            let i = ids.iter().position(|x| *x == who).unwrap_or(0);
            let message = match why {
                NotAskable::ChildUnder15 => "a child under 15 without party rights is not asked",
                NotAskable::ChildIsAdult => "the child is 18 or older and answers alone",
                NotAskable::NoPartyRights => "the person is not a party to the case today",
            };
            Err(ImportError::invalid(
                "not_askable",
                loc.field(&format!("parties[{i}].person_id")),
                message,
            ))
        }
        Err(AskRefusal::YouthMustBeAsked) => Err(ImportError::invalid(
            "youth_must_be_asked",
            loc.field("parties"),
            "a help measure for a youth of 15–17 asks the youth too",
        )),
        Err(AskRefusal::NobodyAsked) => Err(ImportError::invalid(
            "invalid_value",
            loc.field("parties"),
            "a consent asks at least one party",
        )),
    }
}
