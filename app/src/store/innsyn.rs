//! Innsyn requests in the database: a party asks to see a document withheld from
//! them (or the hidden parts of one partly shared with them), and the caseworker's next release decision for that party answers it. Events
//! are append-only; the newest per (document, party) is the request's state. Who may
//! ask, and who may read what, is decided by the callers through the access policy.

use crate::domain::InnsynEvent;
use crate::store::Exec;
use sqlx::{Any, AnyConnection, Row, Transaction};

/// Days a party has to appeal a refusal (fvl § 29: three weeks).
pub const APPEAL_DAYS: u64 = 21;

pub use crate::api::dto::INNSYN_MESSAGE_MAX as MAX_MESSAGE_CHARS;

/// One stored event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    pub kind: InnsynEvent,
    pub message: Option<String>,
    pub at: i64,
}

/// A request with its answer, if one came after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub requested_at: i64,
    pub message: Option<String>,
    pub answer: Option<(InnsynEvent, i64)>,
}

/// The party's latest request for the document, with its answer if any.
pub async fn latest_request<'c>(
    ex: impl Exec<'c>,
    document_id: &str,
    person_id: &str,
) -> Result<Option<Request>, sqlx::Error> {
    let events = events(ex, document_id, person_id).await?;
    Ok(request_of(&events))
}

/// The latest request in `events` (oldest first) and the first answer after it.
pub fn request_of(events: &[Event]) -> Option<Request> {
    let start = events
        .iter()
        .rposition(|e| e.kind == InnsynEvent::Requested)?;
    let asked = &events[start];
    Some(Request {
        requested_at: asked.at,
        message: asked.message.clone(),
        answer: events[start + 1..]
            .iter()
            .find(|e| e.kind != InnsynEvent::Requested)
            .map(|e| (e.kind, e.at)),
    })
}

async fn events<'c>(
    ex: impl Exec<'c>,
    document_id: &str,
    person_id: &str,
) -> Result<Vec<Event>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT kind, message, at FROM innsyn_events WHERE document_id = $1 AND person_id = $2 \
         ORDER BY seq",
    )
    .bind(document_id)
    .bind(person_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            Ok(Event {
                kind: InnsynEvent::parse(&kind).ok_or_else(|| {
                    sqlx::Error::Decode(format!("unknown innsyn event {kind}").into())
                })?,
                message: r.try_get("message")?,
                at: r.try_get("at")?,
            })
        })
        .collect()
}

/// Whether the party has a request for the document that is not answered yet.
pub async fn is_open(
    conn: &mut AnyConnection,
    document_id: &str,
    person_id: &str,
) -> Result<bool, sqlx::Error> {
    let events = events(conn, document_id, person_id).await?;
    Ok(events
        .last()
        .is_some_and(|e| e.kind == InnsynEvent::Requested))
}

/// Stores a new request. The caller has checked that the party may ask.
pub async fn insert_request(
    tx: &mut Transaction<'static, Any>,
    case_id: &str,
    document_id: &str,
    person_id: &str,
    message: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    insert(
        tx,
        case_id,
        document_id,
        person_id,
        InnsynEvent::Requested,
        message,
        ("citizen", person_id),
        at,
    )
    .await
}

/// Answers the party's open request for the document, if there is one.
pub async fn answer_open_request(
    tx: &mut Transaction<'static, Any>,
    case_id: &str,
    document_id: &str,
    person_id: &str,
    answer: InnsynEvent,
    staff_id: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    if !is_open(tx, document_id, person_id).await? {
        return Ok(());
    }
    insert(
        tx,
        case_id,
        document_id,
        person_id,
        answer,
        None,
        ("staff", staff_id),
        at,
    )
    .await
}

#[allow(clippy::too_many_arguments)]
async fn insert(
    tx: &mut Transaction<'static, Any>,
    case_id: &str,
    document_id: &str,
    person_id: &str,
    kind: InnsynEvent,
    message: Option<&str>,
    (actor_kind, actor_id): (&str, &str),
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO innsyn_events (case_id, document_id, person_id, kind, message, actor_kind, \
         actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(case_id)
    .bind(document_id)
    .bind(person_id)
    .bind(kind.as_str())
    .bind(message)
    .bind(actor_kind)
    .bind(actor_id)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// SQL condition on `innsyn_events e`: the row is an unanswered request, the newest
/// event for its (document, party).
const IS_OPEN_REQUEST: &str = "e.kind = 'REQUESTED' AND e.seq = (SELECT MAX(x.seq) \
     FROM innsyn_events x WHERE x.document_id = e.document_id AND x.person_id = e.person_id)";

/// The documents of a case where the party's own latest request is still unanswered.
pub async fn waiting_documents<'c>(
    ex: impl Exec<'c>,
    case_id: &str,
    person_id: &str,
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let sql = format!(
        "SELECT e.document_id FROM innsyn_events e \
         WHERE e.case_id = $1 AND e.person_id = $2 AND {IS_OPEN_REQUEST}"
    );
    let rows = sqlx::query(&sql)
        .bind(case_id)
        .bind(person_id)
        .fetch_all(ex)
        .await?;
    rows.iter().map(|r| r.try_get("document_id")).collect()
}

/// An open request in a unit, for the caseworkers' list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenRequest {
    pub case_id: String,
    /// The case's unit and service, for the staff policy.
    pub case_unit_id: String,
    pub case_service_id: String,
    pub document_id: String,
    pub title: String,
    pub person_id: String,
    pub message: Option<String>,
    pub requested_at: i64,
}

/// Every unanswered request on the unit's cases, oldest first.
pub async fn open_requests_in_unit<'c>(
    ex: impl Exec<'c>,
    unit_id: &str,
) -> Result<Vec<OpenRequest>, sqlx::Error> {
    let sql = format!(
        "SELECT e.case_id, c.unit_id, c.service_id, e.document_id, d.title, e.person_id, \
         e.message, e.at \
         FROM innsyn_events e \
         JOIN cases c ON c.id = e.case_id \
         JOIN documents d ON d.id = e.document_id \
         WHERE c.unit_id = $1 AND {IS_OPEN_REQUEST} ORDER BY e.at, e.seq"
    );
    let rows = sqlx::query(&sql).bind(unit_id).fetch_all(ex).await?;
    rows.iter()
        .map(|r| {
            Ok(OpenRequest {
                case_id: r.try_get("case_id")?,
                case_unit_id: r.try_get("unit_id")?,
                case_service_id: r.try_get("service_id")?,
                document_id: r.try_get("document_id")?,
                title: r.try_get("title")?,
                person_id: r.try_get("person_id")?,
                message: r.try_get("message")?,
                requested_at: r.try_get("at")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(kind: InnsynEvent, at: i64) -> Event {
        Event {
            kind,
            message: (kind == InnsynEvent::Requested).then(|| format!("ask {at}")),
            at,
        }
    }

    #[test]
    fn the_latest_request_and_the_answer_after_it_make_the_state() {
        use InnsynEvent::*;
        assert_eq!(request_of(&[]), None);
        let open = request_of(&[ev(Requested, 1)]).expect("request");
        assert_eq!((open.requested_at, open.answer), (1, None));
        let answered = request_of(&[ev(Requested, 1), ev(Refused, 2)]).expect("request");
        assert_eq!(answered.answer, Some((Refused, 2)));
        // Asked again after a refusal: the new request is open, the old answer is history.
        let again =
            request_of(&[ev(Requested, 1), ev(Refused, 2), ev(Requested, 3)]).expect("request");
        assert_eq!((again.requested_at, again.answer), (3, None));
        assert_eq!(again.message.as_deref(), Some("ask 3"));
    }
}
