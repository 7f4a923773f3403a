//! Inserts demo data (see `crate::demo`) in one transaction.
//!
//! Idempotent: a database that already holds the demo service is left untouched, so
//! the server may call this on every start. Rows go in as multi-row INSERTs with `$n`
//! placeholders, which both SQLite and PostgreSQL accept through sqlx's Any driver.

use crate::audit::Actor;
use crate::demo::{DemoData, TRONDHEIM};
use crate::domain::rich_text::body_to_json;
use crate::store::Db;
use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};

/// Bind parameters per statement: well under SQLite's 32766 and PostgreSQL's 65535.
const MAX_PARAMS: usize = 8_000;

/// One bound value, in the few types Any maps on both backends.
enum Value {
    Text(String),
    OptText(Option<String>),
    Int(i64),
    OptInt(Option<i64>),
    OptBlob(Option<Vec<u8>>),
}

fn text(s: &str) -> Value {
    Value::Text(s.to_string())
}
fn opt(s: Option<String>) -> Value {
    Value::OptText(s)
}
fn int(n: i64) -> Value {
    Value::Int(n)
}
fn opt_int(n: Option<i64>) -> Value {
    Value::OptInt(n)
}
fn flag(b: bool) -> Value {
    Value::Int(i64::from(b))
}

/// Inserts `data` unless the demo service is already present.
pub async fn insert_demo(db: &Db, data: &DemoData) -> Result<(), sqlx::Error> {
    let (present,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM services WHERE id = $1")
        .bind(TRONDHEIM)
        .fetch_one(&db.pool)
        .await?;
    if present > 0 {
        return Ok(());
    }
    let mut tx = db.pool.begin().await?;
    for (table, columns, rows) in tables(data) {
        insert_rows(&mut tx, table, columns, rows).await?;
    }
    for (a, _) in &data.attachments {
        crate::store::attachments::stage(&mut *tx, a).await?;
    }
    // Each service's import can then correct its own demo rows under their ids.
    crate::import::store::keys::adopt_existing(&mut tx).await?;
    tx.commit().await
}

type Table = (&'static str, &'static [&'static str], Vec<Vec<Value>>);

/// Every table's rows, in foreign-key order.
fn tables(d: &DemoData) -> Vec<Table> {
    let services = d
        .services
        .iter()
        .map(|s| {
            vec![
                text(&s.id),
                text(&s.name),
                text(&s.phone),
                text(&s.email),
                text(&s.postal_address),
                opt(s.emergency_phone.clone()),
                opt(s.emergency_hours.clone()),
                flag(s.access_log_names_staff),
            ]
        })
        .collect();
    let units = d
        .units
        .iter()
        .map(|u| {
            vec![
                text(&u.id),
                text(&u.service_id),
                text(&u.name),
                text(&u.phone),
                text(&u.email),
                text(&u.visiting_address),
                text(&u.opening_hours),
            ]
        })
        .collect();
    let staff = d
        .staff
        .iter()
        .map(|s| {
            vec![
                text(&s.id),
                text(&s.sub),
                text(&s.name),
                text(&s.unit_id),
                text(s.role.as_str()),
                text(&s.phone),
                text(&s.email),
            ]
        })
        .collect();
    let persons = d
        .persons
        .iter()
        .map(|p| {
            vec![
                text(&p.id),
                text(&p.pid),
                text(&p.given_name),
                text(&p.family_name),
                text(&p.birth_date.to_string()),
                opt(p.address.clone()),
                flag(p.protected_address),
                flag(p.reserved_digital),
                opt(d.emails.get(&p.id).cloned()),
            ]
        })
        .collect();
    let cases = d
        .cases
        .iter()
        .map(|c| {
            vec![
                text(&c.id),
                text(&c.service_id),
                text(&c.unit_id),
                text(&c.main_person_id),
                text(c.phase.as_str()),
                opt(c.caseworker_id.clone()),
                text(&c.opened_on.to_string()),
                opt(c.closed_on.map(|x| x.to_string())),
                flag(c.nemnd_party_grant),
                opt(c.moved.as_ref().map(|m| m.to_service.clone())),
                opt(c.moved.as_ref().map(|m| m.on.to_string())),
            ]
        })
        .collect();
    let milestones = d
        .milestones
        .iter()
        .map(|m| {
            vec![
                text(&m.id),
                text(&m.case_id),
                text(m.kind.as_str()),
                text(m.phase.as_str()),
                opt(m.occurred_on.map(|x| x.to_string())),
                opt(m.due_on.map(|x| x.to_string())),
                int(m.seq),
            ]
        })
        .collect();
    let parties = d
        .parties
        .iter()
        .map(|p| {
            vec![
                text(&p.id),
                text(&p.case_id),
                text(&p.person_id),
                text(p.role.as_str()),
                text(&p.valid_from.to_string()),
                opt(p.valid_to.map(|x| x.to_string())),
            ]
        })
        .collect();
    // A superseding document references an older one: insert originals first.
    let (originals, versions): (Vec<_>, Vec<_>) = d
        .documents
        .iter()
        .partition(|doc| doc.supersedes_id.is_none());
    let pdfs: std::collections::HashMap<&str, &Vec<u8>> =
        d.pdfs.iter().map(|(id, b)| (id.as_str(), b)).collect();
    let document_rows = |docs: Vec<&crate::domain::Document>| -> Vec<Vec<Value>> {
        docs.into_iter()
            .map(|doc| {
                let pdf = pdfs.get(doc.id.as_str()).map(|b| (*b).clone());
                vec![
                    text(&doc.id),
                    text(&doc.case_id),
                    text(doc.doc_type.as_str()),
                    text(&doc.title),
                    text(&doc.doc_date.to_string()),
                    Value::Text(body_to_json(&doc.body)),
                    Value::OptBlob(pdf),
                    opt(doc.appeal_deadline.map(|x| x.to_string())),
                    opt(doc.supersedes_id.clone()),
                    int(doc.created_at),
                ]
            })
            .collect()
    };
    let decisions = d
        .decisions
        .iter()
        .map(|x| {
            let redactions = (!x.redactions.is_empty())
                .then(|| serde_json::to_string(&x.redactions).unwrap_or_else(|_| "[]".into()));
            vec![
                text(&x.document_id),
                text(&x.person_id),
                text(x.state.as_str()),
                opt(x.grounds_code.clone()),
                opt(x.justification.clone()),
                flag(x.merinnsyn_considered),
                opt(redactions),
                flag(x.covers_pdf),
                opt(x.reason.clone()),
                text(&x.decided_by),
                int(x.decided_at),
            ]
        })
        .collect();
    let innsyn = d
        .innsyn
        .iter()
        .map(|r| {
            vec![
                text(&r.case_id),
                text(&r.document_id),
                text(&r.person_id),
                text(crate::domain::InnsynEvent::Requested.as_str()),
                opt(Some(r.message.clone())),
                text("citizen"),
                text(&r.person_id),
                int(r.at),
            ]
        })
        .collect();
    let case_innsyn = d
        .case_innsyn
        .iter()
        .flat_map(|r| {
            let asked = vec![
                text(&r.case_id),
                text(&r.person_id),
                text(crate::domain::InnsynEvent::Requested.as_str()),
                opt(Some(r.message.clone())),
                text("citizen"),
                text(&r.person_id),
                int(r.at),
            ];
            let answered = r.answer.as_ref().map(|a| {
                vec![
                    text(&r.case_id),
                    text(&r.person_id),
                    text(a.kind.as_str()),
                    opt(Some(a.words.clone())),
                    text("staff"),
                    text(&a.staff_id),
                    int(a.at),
                ]
            });
            std::iter::once(asked).chain(answered)
        })
        .collect();
    const DOCUMENT: &[&str] = &[
        "id",
        "case_id",
        "doc_type",
        "title",
        "doc_date",
        "body",
        "pdf",
        "appeal_deadline",
        "supersedes_id",
        "created_at",
    ];
    vec![
        (
            "services",
            &[
                "id",
                "name",
                "phone",
                "email",
                "postal_address",
                "emergency_phone",
                "emergency_hours",
                "access_log_names_staff",
            ],
            services,
        ),
        (
            "units",
            &[
                "id",
                "service_id",
                "name",
                "phone",
                "email",
                "visiting_address",
                "opening_hours",
            ],
            units,
        ),
        (
            "staff",
            &["id", "sub", "name", "unit_id", "role", "phone", "email"],
            staff,
        ),
        (
            "persons",
            &[
                "id",
                "pid",
                "given_name",
                "family_name",
                "birth_date",
                "address",
                "protected_address",
                "reserved_digital",
                "email",
            ],
            persons,
        ),
        (
            "cases",
            &[
                "id",
                "service_id",
                "unit_id",
                "main_person_id",
                "phase",
                "caseworker_id",
                "opened_on",
                "closed_on",
                "nemnd_party_grant",
                "moved_to",
                "moved_on",
            ],
            cases,
        ),
        (
            "milestones",
            &[
                "id",
                "case_id",
                "kind",
                "phase",
                "occurred_on",
                "due_on",
                "seq",
            ],
            milestones,
        ),
        (
            "parties",
            &[
                "id",
                "case_id",
                "person_id",
                "role",
                "valid_from",
                "valid_to",
            ],
            parties,
        ),
        ("documents", DOCUMENT, document_rows(originals)),
        ("documents", DOCUMENT, document_rows(versions)),
        (
            "release_decisions",
            &[
                "document_id",
                "person_id",
                "state",
                "grounds_code",
                "justification",
                "merinnsyn_considered",
                "redactions",
                "covers_pdf",
                "reason",
                "decided_by",
                "decided_at",
            ],
            decisions,
        ),
        (
            "innsyn_events",
            &[
                "case_id",
                "document_id",
                "person_id",
                "kind",
                "message",
                "actor_kind",
                "actor_id",
                "at",
            ],
            innsyn,
        ),
        (
            "case_innsyn_events",
            &[
                "case_id",
                "person_id",
                "kind",
                "message",
                "actor_kind",
                "actor_id",
                "at",
            ],
            case_innsyn,
        ),
        (
            "consents",
            &[
                "id",
                "case_id",
                "purpose",
                "purpose_text",
                "recipients",
                "created_at",
            ],
            d.consents
                .iter()
                .map(|c| {
                    vec![
                        text(&c.id),
                        text(&c.case_id),
                        text(c.purpose.as_str()),
                        text(&c.purpose_text),
                        text(&c.recipients),
                        int(c.created_at),
                    ]
                })
                .collect(),
        ),
        (
            "consent_parties",
            &["consent_id", "person_id", "position"],
            d.consents
                .iter()
                .flat_map(|c| {
                    c.asked
                        .iter()
                        .enumerate()
                        .map(|(i, p)| vec![text(&c.id), text(p), int(i as i64)])
                })
                .collect(),
        ),
        ("consent_events", CONSENT_EVENT, consent_event_rows(d)),
        (
            "minutes_comment_periods",
            &["document_id", "deadline", "staff_id", "at"],
            d.minutes_periods
                .iter()
                .map(|p| {
                    vec![
                        text(&p.document_id),
                        text(&p.deadline.to_string()),
                        text(&p.staff_id),
                        int(p.at),
                    ]
                })
                .collect(),
        ),
        (
            "minutes_comments",
            &[
                "id",
                "document_id",
                "person_id",
                "part",
                "quote",
                "body",
                "at",
            ],
            d.minutes_comments
                .iter()
                .map(|c| {
                    vec![
                        text(&c.id),
                        text(&c.document_id),
                        text(&c.person_id),
                        opt_int(c.part.map(|p| p as i64)),
                        opt(c.quote.clone()),
                        text(&c.body),
                        int(c.at),
                    ]
                })
                .collect(),
        ),
        (
            "minutes_comment_answers",
            &["comment_id", "outcome", "body", "staff_id", "at"],
            d.minutes_comments
                .iter()
                .filter_map(|c| c.answer.as_ref().map(|a| (c, a)))
                .map(|(c, a)| {
                    vec![
                        text(&c.id),
                        text(a.outcome.as_str()),
                        opt(a.body.clone()),
                        text(&a.staff_id),
                        int(a.at),
                    ]
                })
                .collect(),
        ),
        (
            "threads",
            &[
                "id",
                "case_id",
                "person_id",
                "kind",
                "document_id",
                "subject",
                "started_by",
                "created_at",
                "assigned_to",
            ],
            d.threads
                .iter()
                .map(|(t, _)| {
                    vec![
                        text(&t.id),
                        text(&t.case_id),
                        text(&t.person_id),
                        text(t.kind.as_str()),
                        opt(t.document_id.clone()),
                        text(&t.subject),
                        text(t.started_by.as_str()),
                        int(t.created_at),
                        opt(t.assigned_to.clone()),
                    ]
                })
                .collect(),
        ),
        (
            "messages",
            &[
                "id",
                "thread_id",
                "seq",
                "side",
                "author_id",
                "body",
                "sent_at",
                "read_at",
                "read_by",
                "handled_at",
                "handled_by",
            ],
            d.threads
                .iter()
                .flat_map(|(_, ms)| ms.iter())
                .map(|m| {
                    vec![
                        text(&m.id),
                        text(&m.thread_id),
                        int(m.seq),
                        text(m.side.as_str()),
                        text(&m.author_id),
                        text(&m.body),
                        int(m.sent_at),
                        opt_int(m.read_at),
                        opt(m.read_by.clone()),
                        opt_int(m.handled_at),
                        opt(m.handled_by.clone()),
                    ]
                })
                .collect(),
        ),
        (
            "audit_log",
            &[
                "at",
                "actor_kind",
                "actor_id",
                "action",
                "case_id",
                "document_id",
                "subject_person_id",
                "reason_code",
            ],
            history_rows(d),
        ),
    ]
}

const CONSENT_EVENT: &[&str] = &[
    "consent_id",
    "seq",
    "at",
    "kind",
    "actor_kind",
    "actor_id",
    "party_person_id",
    "answer",
    "deadline",
    "end_date",
    "note",
];

fn consent_event_rows(d: &DemoData) -> Vec<Vec<Value>> {
    d.consents
        .iter()
        .flat_map(|c| c.events.iter().map(move |e| (c, e)))
        .map(|(c, e)| {
            let (kind, id) = e.actor.stored();
            vec![
                text(&c.id),
                int(e.seq),
                int(e.at),
                text(e.kind.as_str()),
                text(kind),
                opt(id.map(str::to_string)),
                opt(e.party.clone()),
                opt(e.answer.map(|a| a.as_str().to_string())),
                opt(e.dates.map(|x| x.deadline.to_string())),
                opt(e.dates.and_then(|x| x.end).map(|x| x.to_string())),
                opt(e.note.clone()),
            ]
        })
        .collect()
}

/// The demo's past staff work as audit entries (see `demo::history`).
fn history_rows(d: &DemoData) -> Vec<Vec<Value>> {
    super::history::history(d)
        .into_iter()
        .map(|e| {
            let actor = e.staff_id.as_deref().map_or(Actor::System, Actor::Staff);
            vec![
                int(e.at),
                text(actor.kind()),
                opt(e.staff_id),
                text(e.action.as_str()),
                text(&e.case_id),
                opt(e.document_id),
                opt(e.subject_person_id),
                text(e.why.as_str()),
            ]
        })
        .collect()
}

/// Inserts `rows` in chunks of one multi-row statement each; rows keep their order (so
/// append-only history keeps its sequence).
async fn insert_rows(
    conn: &mut AnyConnection,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
) -> Result<(), sqlx::Error> {
    let per_chunk = (MAX_PARAMS / columns.len()).max(1);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<Vec<Value>> = rows.by_ref().take(per_chunk).collect();
        let sql = insert_sql(table, columns, chunk.len());
        let mut query = sqlx::query(&sql);
        for value in chunk.into_iter().flatten() {
            query = bind(query, value);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// `INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4)`.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let width = columns.len();
    let tuples: Vec<String> = (0..rows)
        .map(|r| {
            let params: Vec<String> = (1..=width).map(|c| format!("${}", r * width + c)).collect();
            format!("({})", params.join(", "))
        })
        .collect();
    format!(
        "INSERT INTO {table} ({}) VALUES {}",
        columns.join(", "),
        tuples.join(", ")
    )
}

fn bind<'q>(
    query: Query<'q, Any, AnyArguments<'q>>,
    value: Value,
) -> Query<'q, Any, AnyArguments<'q>> {
    match value {
        Value::Text(s) => query.bind(s),
        Value::OptText(s) => query.bind(s),
        Value::Int(n) => query.bind(n),
        Value::OptInt(n) => query.bind(n),
        Value::OptBlob(b) => query.bind(b),
    }
}

/// Writes the demo attachments' bytes to `files` (the rows come with [`insert_demo`]).
pub async fn write_demo_files(
    files: &crate::store::files::FileStore,
    data: &DemoData,
) -> Result<(), crate::store::files::FileStoreError> {
    for (a, bytes) in &data.attachments {
        files
            .put(&a.storage_key, bytes::Bytes::from(bytes.clone()))
            .await?;
    }
    Ok(())
}

/// Tests: every backend this machine offers (`TestDb::all`), each seeded with the demo
/// data of `today`.
#[cfg(test)]
pub async fn seeded_test_dbs(today: chrono::NaiveDate) -> Vec<crate::store::testing::TestDb> {
    let data = crate::demo::generate(today, 1);
    let mut out = Vec::new();
    for t in crate::store::testing::TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo::generate;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 9, 1).expect("date")
    }

    async fn count(db: &Db, table: &str) -> i64 {
        let (n,): (i64,) = sqlx::query_as(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&db.pool)
            .await
            .expect("count");
        n
    }

    /// Seeds twice (the second time must change nothing) and checks what was stored.
    async fn seed_and_check(db: &Db) {
        let data = generate(today(), 2);
        insert_demo(db, &data).await.expect("seed");
        insert_demo(db, &data)
            .await
            .expect("second seed is a no-op");
        let expected = [
            ("services", data.services.len()),
            ("units", data.units.len()),
            ("staff", data.staff.len()),
            ("persons", data.persons.len()),
            ("cases", data.cases.len()),
            ("milestones", data.milestones.len()),
            ("parties", data.parties.len()),
            ("documents", data.documents.len()),
            ("release_decisions", data.decisions.len()),
        ];
        for (table, n) in expected {
            assert_eq!(count(db, table).await, n as i64, "{table}");
        }
        assert_eq!(count(db, "withholding_grounds").await, 11, "migration 0002");

        let (body, pdf): (String, Option<Vec<u8>>) =
            sqlx::query_as("SELECT body, pdf FROM documents WHERE id = $1")
                .bind("case-a-d03")
                .fetch_one(&db.pool)
                .await
                .expect("vedtak");
        let parsed = crate::domain::rich_text::parse_body(&body).expect("body json");
        let original = data
            .documents
            .iter()
            .find(|d| d.id == "case-a-d03")
            .expect("doc");
        assert_eq!(parsed, original.body);
        assert!(pdf.expect("pdf stored").starts_with(b"%PDF-"));

        let rows: Vec<(String, Option<String>, i64)> = sqlx::query_as(
            "SELECT state, redactions, merinnsyn_considered FROM release_decisions \
             WHERE document_id = $1 AND person_id = $2 ORDER BY seq",
        )
        .bind("case-a-d02")
        .bind("p-a-ole")
        .fetch_all(&db.pool)
        .await
        .expect("decision");
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].0, "PARTLY_SHARED");
        let spans: Vec<crate::domain::Redaction> =
            serde_json::from_str(rows[0].1.as_deref().expect("spans")).expect("json");
        assert!(!spans.is_empty());
        assert_eq!(rows[0].2, 1);

        // History keeps its order: undecided first, then shared.
        let history: Vec<(String,)> = sqlx::query_as(
            "SELECT state FROM release_decisions WHERE document_id = $1 ORDER BY seq",
        )
        .bind("case-e-d04")
        .fetch_all(&db.pool)
        .await
        .expect("history");
        let states: Vec<&str> = history.iter().map(|(s,)| s.as_str()).collect();
        assert_eq!(states, ["NOT_DECIDED", "SHARED"]);

        let (protected, address): (i64, Option<String>) =
            sqlx::query_as("SELECT protected_address, address FROM persons WHERE id = $1")
                .bind("p-d-lucas")
                .fetch_one(&db.pool)
                .await
                .expect("person");
        assert_eq!(protected, 1);
        assert!(address.expect("address").contains("LEAK-ADDR-"));
    }

    #[tokio::test]
    async fn seeds_every_backend() {
        for t in crate::store::testing::TestDb::all().await {
            seed_and_check(&t.db).await;
            t.close().await;
        }
    }

    /// Timing at benchmark scale: `cargo test -p app --features ssr --lib seed_scale_50 -- --ignored --nocapture`.
    #[tokio::test]
    #[ignore]
    async fn seed_scale_50() {
        let t = crate::store::testing::TestDb::sqlite().await;
        let db = &t.db;
        let started = std::time::Instant::now();
        let data = generate(today(), 50);
        let generated = started.elapsed();
        insert_demo(db, &data).await.expect("seed");
        println!(
            "scale 50: {} cases, {} documents, {} decisions; generate {:?}, total {:?}",
            data.cases.len(),
            data.documents.len(),
            data.decisions.len(),
            generated,
            started.elapsed()
        );
        t.close().await;
    }
}
