//! Consents in the database: the consent, the parties it asks (fixed at creation) and
//! its append-only events. Only loading and appending: whether a change is allowed is
//! `domain::consent::decide`, who may see one is `access::consent`, both asked by the
//! callers. A query of a case's consents takes an access proof, like every query of
//! what a case holds.

use super::rows::{opt_date, parsed};
use crate::access::CaseProof;
use crate::domain::consent::{Answer, Dates, Event, EventActor, EventKind, Purpose};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// A consent as stored: what it asks, of whom, and everything that happened to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRecord {
    pub id: String,
    pub case_id: String,
    pub purpose: Purpose,
    pub purpose_text: String,
    pub recipients: String,
    pub created_at: i64,
    /// The asked parties' person ids, in the order asked.
    pub asked: Vec<String>,
    /// Oldest first.
    pub events: Vec<Event>,
}

const CONSENT_COLS: &str = "c.id, c.case_id, c.purpose, c.purpose_text, c.recipients, \
                            c.created_at, p.person_id";
const EVENT_COLS: &str = "e.consent_id, e.seq, e.at, e.kind, e.actor_kind, e.actor_id, \
                          e.party_person_id, e.answer, e.deadline, e.end_date, e.note";

/// Every consent of the case, with its parties and events.
pub async fn of_case(
    conn: &mut AnyConnection,
    access: &impl CaseProof,
) -> Result<Vec<ConsentRecord>, sqlx::Error> {
    let heads = sqlx::query(&format!(
        "SELECT {CONSENT_COLS} FROM consents c JOIN consent_parties p ON p.consent_id = c.id \
         WHERE c.case_id = $1 ORDER BY c.created_at, c.id, p.position"
    ))
    .bind(access.case_id())
    .fetch_all(&mut *conn)
    .await?;
    // Most cases have none: one query, not two.
    if heads.is_empty() {
        return Ok(Vec::new());
    }
    let events = sqlx::query(&format!(
        "SELECT {EVENT_COLS} FROM consent_events e JOIN consents c ON c.id = e.consent_id \
         WHERE c.case_id = $1 ORDER BY e.consent_id, e.seq"
    ))
    .bind(access.case_id())
    .fetch_all(&mut *conn)
    .await?;
    assemble(&heads, &events)
}

/// One consent of the case, if it is of this case.
pub async fn in_case(
    conn: &mut AnyConnection,
    access: &impl CaseProof,
    consent_id: &str,
) -> Result<Option<ConsentRecord>, sqlx::Error> {
    let heads = sqlx::query(&format!(
        "SELECT {CONSENT_COLS} FROM consents c JOIN consent_parties p ON p.consent_id = c.id \
         WHERE c.case_id = $1 AND c.id = $2 ORDER BY p.position"
    ))
    .bind(access.case_id())
    .bind(consent_id)
    .fetch_all(&mut *conn)
    .await?;
    if heads.is_empty() {
        return Ok(None);
    }
    let events = sqlx::query(&format!(
        "SELECT {EVENT_COLS} FROM consent_events e WHERE e.consent_id = $1 ORDER BY e.seq"
    ))
    .bind(consent_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(assemble(&heads, &events)?.into_iter().next())
}

/// Consents from rows of a consent per asked party and rows of events, both ordered by
/// consent.
fn assemble(heads: &[AnyRow], events: &[AnyRow]) -> Result<Vec<ConsentRecord>, sqlx::Error> {
    let mut out: Vec<ConsentRecord> = Vec::new();
    for r in heads {
        let id: String = r.try_get("id")?;
        let person: String = r.try_get("person_id")?;
        match out.last_mut() {
            Some(last) if last.id == id => last.asked.push(person),
            _ => out.push(ConsentRecord {
                id,
                case_id: r.try_get("case_id")?,
                purpose: parsed(r, "purpose", Purpose::parse)?,
                purpose_text: r.try_get("purpose_text")?,
                recipients: r.try_get("recipients")?,
                created_at: r.try_get("created_at")?,
                asked: vec![person],
                events: Vec::new(),
            }),
        }
    }
    let at: std::collections::HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.clone(), i))
        .collect();
    for r in events {
        let consent_id: String = r.try_get("consent_id")?;
        if let Some(&i) = at.get(&consent_id) {
            out[i].events.push(event(r)?);
        }
    }
    Ok(out)
}

fn event(r: &AnyRow) -> Result<Event, sqlx::Error> {
    let actor_id: Option<String> = r.try_get("actor_id")?;
    let actor_kind: String = r.try_get("actor_kind")?;
    let actor = match (actor_kind.as_str(), actor_id) {
        ("PARTY", Some(id)) => EventActor::Party(id),
        ("STAFF", Some(id)) => EventActor::Staff(id),
        ("IMPORT", _) => EventActor::Import,
        (other, _) => {
            return Err(sqlx::Error::ColumnDecode {
                index: "actor_kind".into(),
                source: format!("unknown actor {other:?}").into(),
            })
        }
    };
    let answer: Option<String> = r.try_get("answer")?;
    let deadline = opt_date(r, "deadline")?;
    Ok(Event {
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        kind: parsed(r, "kind", EventKind::parse)?,
        actor,
        party: r.try_get("party_person_id")?,
        answer: answer.as_deref().and_then(Answer::parse),
        dates: deadline
            .map(|deadline| -> Result<Dates, sqlx::Error> {
                Ok(Dates {
                    deadline,
                    end: opt_date(r, "end_date")?,
                })
            })
            .transpose()?,
        note: r.try_get("note")?,
    })
}

/// What a new consent is.
pub struct NewConsent<'a> {
    pub id: &'a str,
    pub case_id: &'a str,
    pub purpose: Purpose,
    pub purpose_text: &'a str,
    pub recipients: &'a str,
    pub asked: &'a [String],
    pub created_at: i64,
}

/// Stores a new consent and its creation event (`created`, numbered 1).
pub async fn insert(
    conn: &mut AnyConnection,
    c: &NewConsent<'_>,
    created: &Event,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO consents (id, case_id, purpose, purpose_text, recipients, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(c.id)
    .bind(c.case_id)
    .bind(c.purpose.as_str())
    .bind(c.purpose_text)
    .bind(c.recipients)
    .bind(c.created_at)
    .execute(&mut *conn)
    .await?;
    for (i, person) in c.asked.iter().enumerate() {
        sqlx::query(
            "INSERT INTO consent_parties (consent_id, person_id, position) VALUES ($1, $2, $3)",
        )
        .bind(c.id)
        .bind(person)
        .bind(i as i64)
        .execute(&mut *conn)
        .await?;
    }
    append(conn, c.id, created).await
}

/// Locks the consent for the rest of the transaction, so two answers at once are one
/// after the other (the second decided on the first's result).
pub async fn lock(conn: &mut AnyConnection, consent_id: &str) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE consents SET id = id WHERE id = $1")
        .bind(consent_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Appends one event (its `seq` the next of the consent's).
pub async fn append(
    conn: &mut AnyConnection,
    consent_id: &str,
    e: &Event,
) -> Result<(), sqlx::Error> {
    let (actor_kind, actor_id) = e.actor.stored();
    sqlx::query(
        "INSERT INTO consent_events (consent_id, seq, at, kind, actor_kind, actor_id, \
         party_person_id, answer, deadline, end_date, note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(consent_id)
    .bind(e.seq)
    .bind(e.at)
    .bind(e.kind.as_str())
    .bind(actor_kind)
    .bind(actor_id)
    .bind(e.party.as_deref())
    .bind(e.answer.map(Answer::as_str))
    .bind(e.dates.map(|d| d.deadline.to_string()))
    .bind(e.dates.and_then(|d| d.end).map(|d| d.to_string()))
    .bind(e.note.as_deref())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Every consent in a unit's cases, with its events (the unit overview; the caller
/// keeps only the cases the policy lets it into).
pub async fn in_unit(
    conn: &mut AnyConnection,
    unit_id: &str,
) -> Result<Vec<ConsentRecord>, sqlx::Error> {
    let heads = sqlx::query(&format!(
        "SELECT {CONSENT_COLS} FROM consents c JOIN consent_parties p ON p.consent_id = c.id \
         JOIN cases k ON k.id = c.case_id \
         WHERE k.unit_id = $1 ORDER BY c.created_at, c.id, p.position"
    ))
    .bind(unit_id)
    .fetch_all(&mut *conn)
    .await?;
    if heads.is_empty() {
        return Ok(Vec::new());
    }
    let events = sqlx::query(&format!(
        "SELECT {EVENT_COLS} FROM consent_events e JOIN consents c ON c.id = e.consent_id \
         JOIN cases k ON k.id = c.case_id WHERE k.unit_id = $1 ORDER BY e.consent_id, e.seq"
    ))
    .bind(unit_id)
    .fetch_all(&mut *conn)
    .await?;
    assemble(&heads, &events)
}
