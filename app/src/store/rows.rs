//! Loads domain values from the database. Only loading: what may be shown is the
//! policy's decision (`crate::access::policy`), made by the callers. Every function
//! runs on what it is given: the pool (`&db.pool`) or a transaction (`&mut *tx`).

use crate::access::CaseProof;
use crate::domain::rich_text::parse_body;
use crate::domain::{
    Case, CaseMove, DocType, Document, Milestone, MilestoneKind, Party, PartyRole, Person, Phase,
    ReleaseDecision, ReleaseState,
};
use crate::store::Exec;
use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::Row;

pub(crate) fn date(row: &AnyRow, col: &str) -> Result<NaiveDate, sqlx::Error> {
    let s: String = row.try_get(col)?;
    parse_date(col, &s)
}

pub(crate) fn opt_date(row: &AnyRow, col: &str) -> Result<Option<NaiveDate>, sqlx::Error> {
    let s: Option<String> = row.try_get(col)?;
    s.map(|s| parse_date(col, &s)).transpose()
}

fn parse_date(col: &str, s: &str) -> Result<NaiveDate, sqlx::Error> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| decode_err(col, e))
}

fn flag(row: &AnyRow, col: &str) -> Result<bool, sqlx::Error> {
    Ok(row.try_get::<i64, _>(col)? != 0)
}

fn decode_err(col: &str, e: impl std::fmt::Display) -> sqlx::Error {
    sqlx::Error::ColumnDecode {
        index: col.to_string(),
        source: e.to_string().into(),
    }
}

pub(crate) fn parsed<T>(
    row: &AnyRow,
    col: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, sqlx::Error> {
    let s: String = row.try_get(col)?;
    parse(&s).ok_or_else(|| decode_err(col, format!("unknown value {s:?}")))
}

const PERSON_COLS: &str = "id, pid, given_name, family_name, birth_date, address, \
                           protected_address, reserved_digital";

fn person(row: &AnyRow) -> Result<Person, sqlx::Error> {
    person_from(row, &PERSON_NAMES)
}

/// The columns of a person, in [`person_from`]'s order: as stored, and as the case's
/// main person joined in as `m` ([`MAIN_PERSON_COLS`]), so a case and its child come
/// in one query.
const PERSON_NAMES: [&str; 8] = [
    "id",
    "pid",
    "given_name",
    "family_name",
    "birth_date",
    "address",
    "protected_address",
    "reserved_digital",
];
const MAIN_PERSON_NAMES: [&str; 8] = [
    "m_id",
    "m_pid",
    "m_given_name",
    "m_family_name",
    "m_birth_date",
    "m_address",
    "m_protected_address",
    "m_reserved_digital",
];
const MAIN_PERSON_COLS: &str = "m.id AS m_id, m.pid AS m_pid, m.given_name AS m_given_name, \
     m.family_name AS m_family_name, m.birth_date AS m_birth_date, m.address AS m_address, \
     m.protected_address AS m_protected_address, m.reserved_digital AS m_reserved_digital";

/// A person from the columns `names` (see [`PERSON_NAMES`]).
fn person_from(row: &AnyRow, names: &[&str; 8]) -> Result<Person, sqlx::Error> {
    let [id, pid, given_name, family_name, birth_date, address, protected_address, reserved_digital] =
        *names;
    Ok(Person {
        id: row.try_get(id)?,
        pid: row.try_get(pid)?,
        given_name: row.try_get(given_name)?,
        family_name: row.try_get(family_name)?,
        birth_date: date(row, birth_date)?,
        address: row.try_get(address)?,
        protected_address: flag(row, protected_address)?,
        reserved_digital: flag(row, reserved_digital)?,
    })
}

fn case_and_main_person(row: &AnyRow) -> Result<(Case, Person), sqlx::Error> {
    Ok((case(row)?, person_from(row, &MAIN_PERSON_NAMES)?))
}

pub async fn person_by_id<'c>(ex: impl Exec<'c>, id: &str) -> Result<Option<Person>, sqlx::Error> {
    let sql = format!("SELECT {PERSON_COLS} FROM persons WHERE id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .map(|r| person(&r))
        .transpose()
}

pub async fn person_by_pid<'c>(
    ex: impl Exec<'c>,
    pid: &str,
) -> Result<Option<Person>, sqlx::Error> {
    let sql = format!("SELECT {PERSON_COLS} FROM persons WHERE pid = $1");
    sqlx::query(&sql)
        .bind(pid)
        .fetch_optional(ex)
        .await?
        .map(|r| person(&r))
        .transpose()
}

fn case(row: &AnyRow) -> Result<Case, sqlx::Error> {
    Ok(Case {
        id: row.try_get("id")?,
        service_id: row.try_get("service_id")?,
        unit_id: row.try_get("unit_id")?,
        main_person_id: row.try_get("main_person_id")?,
        phase: parsed(row, "phase", Phase::parse)?,
        caseworker_id: row.try_get("caseworker_id")?,
        opened_on: date(row, "opened_on")?,
        closed_on: opt_date(row, "closed_on")?,
        nemnd_party_grant: flag(row, "nemnd_party_grant")?,
        moved: case_move(row)?,
    })
}

/// The move, when both columns are set (the import writes them together). Also read by
/// the import store when it compares a case with what is stored.
pub(crate) fn case_move(row: &AnyRow) -> Result<Option<CaseMove>, sqlx::Error> {
    let to: Option<String> = row.try_get("moved_to")?;
    let on = opt_date(row, "moved_on")?;
    Ok(to
        .zip(on)
        .map(|(to_service, on)| CaseMove { to_service, on }))
}

const CASE_COLS: &str = "c.id, c.service_id, c.unit_id, c.main_person_id, c.phase, \
                         c.caseworker_id, c.opened_on, c.closed_on, c.nemnd_party_grant, \
                         c.moved_to, c.moved_on";

pub async fn case_by_id<'c>(ex: impl Exec<'c>, id: &str) -> Result<Option<Case>, sqlx::Error> {
    let sql = format!("SELECT {CASE_COLS} FROM cases c WHERE c.id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .map(|r| case(&r))
        .transpose()
}

/// Every case in which `person_id` has a party row (valid or not), or is the main
/// person, with its main person: the candidates the policy then decides on.
pub async fn candidate_cases<'c>(
    ex: impl Exec<'c>,
    person_id: &str,
) -> Result<Vec<(Case, Person)>, sqlx::Error> {
    let sql = format!(
        "SELECT {CASE_COLS}, {MAIN_PERSON_COLS} FROM cases c \
         JOIN persons m ON m.id = c.main_person_id WHERE c.main_person_id = $1 \
         OR c.id IN (SELECT case_id FROM parties WHERE person_id = $1) \
         ORDER BY c.opened_on DESC, c.id"
    );
    sqlx::query(&sql)
        .bind(person_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(case_and_main_person)
        .collect()
}

/// Cases joined with their main person (`m`), narrowed by `tail`.
fn cases_with_child_sql(tail: &str) -> String {
    format!(
        "SELECT {CASE_COLS}, {MAIN_PERSON_COLS} FROM cases c \
         JOIN persons m ON m.id = c.main_person_id {tail}"
    )
}

/// One case with its main person.
pub async fn case_with_main_person<'c>(
    ex: impl Exec<'c>,
    id: &str,
) -> Result<Option<(Case, Person)>, sqlx::Error> {
    let sql = cases_with_child_sql("WHERE c.id = $1");
    sqlx::query(&sql)
        .bind(id)
        .fetch_optional(ex)
        .await?
        .map(|r| case_and_main_person(&r))
        .transpose()
}

/// Every case of a unit, each with its child, in one query (the unit overviews).
pub async fn cases_with_main_person_in_unit<'c>(
    ex: impl Exec<'c>,
    unit_id: &str,
) -> Result<Vec<(Case, Person)>, sqlx::Error> {
    let sql = cases_with_child_sql("WHERE c.unit_id = $1 ORDER BY c.id");
    sqlx::query(&sql)
        .bind(unit_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(case_and_main_person)
        .collect()
}

fn party(row: &AnyRow) -> Result<Party, sqlx::Error> {
    Ok(Party {
        id: row.try_get("id")?,
        case_id: row.try_get("case_id")?,
        person_id: row.try_get("person_id")?,
        role: parsed(row, "role", PartyRole::parse)?,
        valid_from: date(row, "valid_from")?,
        valid_to: opt_date(row, "valid_to")?,
    })
}

/// All party rows of one person (across cases).
pub async fn parties_of_person<'c>(
    ex: impl Exec<'c>,
    person_id: &str,
) -> Result<Vec<Party>, sqlx::Error> {
    sqlx::query(
        "SELECT id, case_id, person_id, role, valid_from, valid_to FROM parties \
         WHERE person_id = $1",
    )
    .bind(person_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(party)
    .collect()
}

/// All party rows of one case.
pub async fn parties_of_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
) -> Result<Vec<Party>, sqlx::Error> {
    sqlx::query(
        "SELECT id, case_id, person_id, role, valid_from, valid_to FROM parties \
         WHERE case_id = $1 ORDER BY role, id",
    )
    .bind(access.case_id())
    .fetch_all(ex)
    .await?
    .iter()
    .map(party)
    .collect()
}

fn milestone(row: &AnyRow) -> Result<Milestone, sqlx::Error> {
    Ok(Milestone {
        id: row.try_get("id")?,
        case_id: row.try_get("case_id")?,
        kind: parsed(row, "kind", MilestoneKind::parse)?,
        phase: parsed(row, "phase", Phase::parse)?,
        occurred_on: opt_date(row, "occurred_on")?,
        due_on: opt_date(row, "due_on")?,
        seq: row.try_get("seq")?,
    })
}

pub async fn milestones_of_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
) -> Result<Vec<Milestone>, sqlx::Error> {
    sqlx::query(
        "SELECT id, case_id, kind, phase, occurred_on, due_on, seq FROM milestones \
         WHERE case_id = $1 ORDER BY seq, id",
    )
    .bind(access.case_id())
    .fetch_all(ex)
    .await?
    .iter()
    .map(milestone)
    .collect()
}

fn document(row: &AnyRow) -> Result<Document, sqlx::Error> {
    let body: String = row.try_get("body")?;
    Ok(Document {
        id: row.try_get("id")?,
        case_id: row.try_get("case_id")?,
        doc_type: parsed(row, "doc_type", DocType::parse)?,
        title: row.try_get("title")?,
        doc_date: date(row, "doc_date")?,
        body: parse_body(&body).map_err(|e| decode_err("body", e))?,
        has_pdf: flag(row, "has_pdf")?,
        appeal_deadline: opt_date(row, "appeal_deadline")?,
        supersedes_id: row.try_get("supersedes_id")?,
        created_at: row.try_get("created_at")?,
    })
}

const DOC_COLS: &str = "id, case_id, doc_type, title, doc_date, body, \
                        CASE WHEN pdf IS NULL THEN 0 ELSE 1 END AS has_pdf, \
                        appeal_deadline, supersedes_id, created_at";

/// The documents of the case `access` was given to, each with whether `person_id` has
/// opened it, in one query.
pub async fn documents_of_case_read_by<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    person_id: &str,
) -> Result<Vec<(Document, bool)>, sqlx::Error> {
    let sql = format!(
        "SELECT {DOC_COLS}, CASE WHEN r.document_id IS NULL THEN 0 ELSE 1 END AS read_by \
         FROM documents LEFT JOIN document_reads r \
         ON r.document_id = documents.id AND r.person_id = $2 \
         WHERE documents.case_id = $1 ORDER BY doc_date DESC, documents.id"
    );
    sqlx::query(&sql)
        .bind(access.case_id())
        .bind(person_id)
        .fetch_all(ex)
        .await?
        .iter()
        .map(|r| Ok((document(r)?, flag(r, "read_by")?)))
        .collect()
}

pub async fn documents_of_case<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
) -> Result<Vec<Document>, sqlx::Error> {
    let sql =
        format!("SELECT {DOC_COLS} FROM documents WHERE case_id = $1 ORDER BY doc_date DESC, id");
    sqlx::query(&sql)
        .bind(access.case_id())
        .fetch_all(ex)
        .await?
        .iter()
        .map(document)
        .collect()
}

/// Document `id` of the case `access` was given to; `None` for any other document.
pub async fn document_by_id<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    id: &str,
) -> Result<Option<Document>, sqlx::Error> {
    let sql = format!("SELECT {DOC_COLS} FROM documents WHERE id = $1 AND case_id = $2");
    sqlx::query(&sql)
        .bind(id)
        .bind(access.case_id())
        .fetch_optional(ex)
        .await?
        .map(|r| document(&r))
        .transpose()
}

/// The stored PDF of a document. Callers must have the policy's `Full` view first.
/// The PDF of document `id` of the case `access` was given to. Which view may serve
/// it is the policy's (`DocumentView::serves_pdf`), asked by the caller.
pub async fn document_pdf<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    id: &str,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let row = sqlx::query("SELECT pdf FROM documents WHERE id = $1 AND case_id = $2")
        .bind(id)
        .bind(access.case_id())
        .fetch_optional(ex)
        .await?;
    match row {
        Some(r) => r.try_get::<Option<Vec<u8>>, _>("pdf"),
        None => Ok(None),
    }
}

fn decision(row: &AnyRow) -> Result<ReleaseDecision, sqlx::Error> {
    let redactions: Option<String> = row.try_get("redactions")?;
    Ok(ReleaseDecision {
        seq: row.try_get("seq")?,
        document_id: row.try_get("document_id")?,
        person_id: row.try_get("person_id")?,
        state: parsed(row, "state", ReleaseState::parse)?,
        grounds_code: row.try_get("grounds_code")?,
        justification: row.try_get("justification")?,
        merinnsyn_considered: flag(row, "merinnsyn_considered")?,
        redactions: match redactions {
            Some(json) => serde_json::from_str(&json).map_err(|e| decode_err("redactions", e))?,
            None => Vec::new(),
        },
        covers_pdf: flag(row, "covers_pdf")?,
        reason: row.try_get("reason")?,
        decided_by: row.try_get("decided_by")?,
        decided_at: row.try_get("decided_at")?,
    })
}

/// Every decision about `person_id` on the documents of the case `access` was given to,
/// oldest first (the history; `policy::current_decision` picks the one in force).
pub async fn decisions_for<'c>(
    ex: impl Exec<'c>,
    access: &impl CaseProof,
    person_id: &str,
) -> Result<Vec<ReleaseDecision>, sqlx::Error> {
    sqlx::query(
        "SELECT d.seq, d.document_id, d.person_id, d.state, d.grounds_code, d.justification, \
                d.merinnsyn_considered, d.redactions, d.covers_pdf, d.reason, d.decided_by, \
                d.decided_at \
         FROM release_decisions d JOIN documents doc ON doc.id = d.document_id \
         WHERE doc.case_id = $1 AND d.person_id = $2 ORDER BY d.seq",
    )
    .bind(access.case_id())
    .bind(person_id)
    .fetch_all(ex)
    .await?
    .iter()
    .map(decision)
    .collect()
}

/// The decision in force for (document, person), read on `conn` (inside the caller's
/// transaction): the newest by sequence, as `policy::current_decision` picks it.
pub async fn decision_in_force(
    conn: &mut sqlx::AnyConnection,
    document_id: &str,
    person_id: &str,
) -> Result<Option<ReleaseDecision>, sqlx::Error> {
    sqlx::query(
        "SELECT seq, document_id, person_id, state, grounds_code, justification, \
                merinnsyn_considered, redactions, covers_pdf, reason, decided_by, decided_at \
         FROM release_decisions WHERE document_id = $1 AND person_id = $2 \
         ORDER BY seq DESC LIMIT 1",
    )
    .bind(document_id)
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?
    .as_ref()
    .map(decision)
    .transpose()
}

/// Every release decision there is, oldest first (for the demo's leak check, which
/// derives what each person may see from the decisions in force).
pub async fn all_decisions<'c>(ex: impl Exec<'c>) -> Result<Vec<ReleaseDecision>, sqlx::Error> {
    sqlx::query(
        "SELECT seq, document_id, person_id, state, grounds_code, justification, \
                merinnsyn_considered, redactions, covers_pdf, reason, decided_by, decided_at \
         FROM release_decisions ORDER BY seq",
    )
    .fetch_all(ex)
    .await?
    .iter()
    .map(decision)
    .collect()
}

/// Display names by id: of the persons (full name) and of the staff members in the
/// lists, each read once. An id not on record is left out.
pub async fn display_names(
    pool: &sqlx::AnyPool,
    mut persons: Vec<String>,
    mut staff: Vec<String>,
) -> Result<std::collections::HashMap<String, String>, sqlx::Error> {
    persons.sort();
    persons.dedup();
    staff.sort();
    staff.dedup();
    let mut out = std::collections::HashMap::new();
    for id in persons {
        if let Some(p) = person_by_id(pool, &id).await? {
            out.insert(id, p.full_name());
        }
    }
    for id in staff {
        let name: Option<String> = sqlx::query_scalar("SELECT name FROM staff WHERE id = $1")
            .bind(&id)
            .fetch_optional(pool)
            .await?;
        if let Some(name) = name {
            out.insert(id, name);
        }
    }
    Ok(out)
}
