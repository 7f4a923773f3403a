//! Innsyn requests in the database: a party asks to see a document withheld from
//! them (or the hidden parts of one partly shared with them), and the caseworker's
//! next release decision for that party answers it; or a party asks to see the whole
//! case, and the caseworker answers in words. Events are append-only; the newest per
//! (subject, party) is the request's state. Who may ask, and who may read what, is
//! decided by the callers through the access policy.

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

/// What a request asks to see: one document, or the whole case (with the documents
/// the party has not been told about).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Subject<'a> {
    Document {
        case_id: &'a str,
        document_id: &'a str,
    },
    Case(&'a str),
}

impl Subject<'_> {
    fn case_id(&self) -> &str {
        match self {
            Subject::Document { case_id, .. } | Subject::Case(case_id) => case_id,
        }
    }

    /// The events' table and the column that names the subject in it.
    fn table_and_key(&self) -> (&'static str, &'static str, &str) {
        match self {
            Subject::Document { document_id, .. } => ("innsyn_events", "document_id", document_id),
            Subject::Case(case_id) => ("case_innsyn_events", "case_id", case_id),
        }
    }
}

/// A request with its answer, if one came after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub requested_at: i64,
    pub message: Option<String>,
    pub answer: Option<(InnsynEvent, i64)>,
    /// The service's words with the answer (a request for the whole case is answered in
    /// words; a document's by its release decision, without).
    pub answer_message: Option<String>,
}

/// The party's latest request about `subject`, with its answer if any.
pub async fn latest_request<'c>(
    ex: impl Exec<'c>,
    subject: Subject<'_>,
    person_id: &str,
) -> Result<Option<Request>, sqlx::Error> {
    let events = events(ex, subject, person_id).await?;
    Ok(request_of(&events))
}

/// The latest request in `events` (oldest first) and the first answer after it.
pub fn request_of(events: &[Event]) -> Option<Request> {
    let start = events
        .iter()
        .rposition(|e| e.kind == InnsynEvent::Requested)?;
    let asked = &events[start];
    let answer = events[start + 1..]
        .iter()
        .find(|e| e.kind != InnsynEvent::Requested);
    Some(Request {
        requested_at: asked.at,
        message: asked.message.clone(),
        answer: answer.map(|e| (e.kind, e.at)),
        answer_message: answer.and_then(|e| e.message.clone()),
    })
}

async fn events<'c>(
    ex: impl Exec<'c>,
    subject: Subject<'_>,
    person_id: &str,
) -> Result<Vec<Event>, sqlx::Error> {
    let (table, key, id) = subject.table_and_key();
    let sql = format!(
        "SELECT kind, message, at FROM {table} WHERE {key} = $1 AND person_id = $2 ORDER BY seq"
    );
    let rows = sqlx::query(&sql)
        .bind(id)
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

/// Whether the party has a request about `subject` that is not answered yet.
pub async fn is_open(
    conn: &mut AnyConnection,
    subject: Subject<'_>,
    person_id: &str,
) -> Result<bool, sqlx::Error> {
    let events = events(conn, subject, person_id).await?;
    Ok(events
        .last()
        .is_some_and(|e| e.kind == InnsynEvent::Requested))
}

/// Stores a new request. The caller has checked that the party may ask.
pub async fn insert_request(
    tx: &mut Transaction<'static, Any>,
    subject: Subject<'_>,
    person_id: &str,
    message: Option<&str>,
    at: i64,
) -> Result<(), sqlx::Error> {
    let event = NewEvent {
        kind: InnsynEvent::Requested,
        message,
        actor: ("citizen", person_id),
        at,
    };
    insert(tx, subject, person_id, event).await
}

/// Answers the party's open request about `subject`, if there is one, with the
/// service's words if any; whether there was one to answer.
pub async fn answer_open_request(
    tx: &mut Transaction<'static, Any>,
    subject: Subject<'_>,
    person_id: &str,
    (answer, message): (InnsynEvent, Option<&str>),
    staff_id: &str,
    at: i64,
) -> Result<bool, sqlx::Error> {
    if !is_open(tx, subject, person_id).await? {
        return Ok(false);
    }
    let event = NewEvent {
        kind: answer,
        message,
        actor: ("staff", staff_id),
        at,
    };
    insert(tx, subject, person_id, event).await?;
    // The party is told an answer is waiting (in the answer's own transaction).
    let (case_id, about) = match subject {
        Subject::Document {
            case_id,
            document_id,
        } => (case_id, document_id),
        Subject::Case(case_id) => (case_id, case_id),
    };
    let notice = super::notices::Event {
        to: super::notices::To::Person(person_id),
        kind: crate::domain::notice::NoticeKind::InnsynAnswer,
        about,
        case_id,
        at,
    };
    super::notices::enqueue(tx, notice).await?;
    Ok(true)
}

struct NewEvent<'a> {
    kind: InnsynEvent,
    message: Option<&'a str>,
    /// (`citizen` | `staff`, their id)
    actor: (&'a str, &'a str),
    at: i64,
}

async fn insert(
    tx: &mut Transaction<'static, Any>,
    subject: Subject<'_>,
    person_id: &str,
    e: NewEvent<'_>,
) -> Result<(), sqlx::Error> {
    let query = match subject {
        Subject::Document { document_id, .. } => sqlx::query(
            "INSERT INTO innsyn_events (case_id, document_id, person_id, kind, message, \
             actor_kind, actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(subject.case_id())
        .bind(document_id),
        Subject::Case(case_id) => sqlx::query(
            "INSERT INTO case_innsyn_events (case_id, person_id, kind, message, actor_kind, \
             actor_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(case_id),
    };
    query
        .bind(person_id)
        .bind(e.kind.as_str())
        .bind(e.message)
        .bind(e.actor.0)
        .bind(e.actor.1)
        .bind(e.at)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// SQL condition on `{table} e`: the row is an unanswered request, the newest event
/// for its (subject, party).
fn is_open_request(table: &str, key: &str) -> String {
    format!(
        "e.kind = 'REQUESTED' AND e.seq = (SELECT MAX(x.seq) FROM {table} x \
         WHERE x.{key} = e.{key} AND x.person_id = e.person_id)"
    )
}

/// The documents of a case where the party's own latest request is still unanswered.
pub async fn waiting_documents<'c>(
    ex: impl Exec<'c>,
    case_id: &str,
    person_id: &str,
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let sql = format!(
        "SELECT e.document_id FROM innsyn_events e \
         WHERE e.case_id = $1 AND e.person_id = $2 AND {}",
        is_open_request("innsyn_events", "document_id")
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
    /// The document and its title; `None` for a request to see the whole case.
    pub document: Option<(String, String)>,
    pub person_id: String,
    pub message: Option<String>,
    pub requested_at: i64,
}

/// Every unanswered request on the unit's cases, for a document or the whole case,
/// oldest first.
pub async fn open_requests_in_unit(
    pool: &sqlx::AnyPool,
    unit_id: &str,
) -> Result<Vec<OpenRequest>, sqlx::Error> {
    let documents = format!(
        "SELECT e.case_id, c.unit_id, c.service_id, e.document_id, d.title, e.person_id, \
         e.message, e.at \
         FROM innsyn_events e \
         JOIN cases c ON c.id = e.case_id \
         JOIN documents d ON d.id = e.document_id \
         WHERE c.unit_id = $1 AND {} ORDER BY e.at, e.seq",
        is_open_request("innsyn_events", "document_id")
    );
    let cases = format!(
        "SELECT e.case_id, c.unit_id, c.service_id, e.person_id, e.message, e.at \
         FROM case_innsyn_events e \
         JOIN cases c ON c.id = e.case_id \
         WHERE c.unit_id = $1 AND {} ORDER BY e.at, e.seq",
        is_open_request("case_innsyn_events", "case_id")
    );
    let mut out = Vec::new();
    for (sql, about_document) in [(documents, true), (cases, false)] {
        for r in sqlx::query(&sql).bind(unit_id).fetch_all(pool).await? {
            out.push(OpenRequest {
                case_id: r.try_get("case_id")?,
                case_unit_id: r.try_get("unit_id")?,
                case_service_id: r.try_get("service_id")?,
                document: if about_document {
                    Some((r.try_get("document_id")?, r.try_get("title")?))
                } else {
                    None
                },
                person_id: r.try_get("person_id")?,
                message: r.try_get("message")?,
                requested_at: r.try_get("at")?,
            });
        }
    }
    // Stable: within one second, documents before the case.
    out.sort_by_key(|r| r.requested_at);
    Ok(out)
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
