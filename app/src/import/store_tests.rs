//! The import writes against a real database, on every backend (SQLite always,
//! PostgreSQL when `TEST_DATABASE_URL_PG` is set): idempotence, the archive rule for
//! documents, all-or-nothing batches, and the service boundary.

use super::payload::{self, Limits};
use super::store::{apply, batch_writes, Change, ImportClient, Loc, Write};
use super::Status;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::features::reading::document_list;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;
use serde_json::{json, Value};
use sqlx::Row;

const LIMITS: Limits = Limits {
    max_pdf_bytes: 10_000,
};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn trondheim() -> ImportClient {
    ImportClient {
        client_id: "fagsystem".into(),
        service_id: "svc-trondheim".into(),
    }
}

fn melhus() -> ImportClient {
    ImportClient {
        client_id: "melhus-fag".into(),
        service_id: "svc-melhus-skaun".into(),
    }
}

fn doc_write(id: &str, title: &str, text: &str) -> Write {
    let v = json!({
        "case_id": "case-a", "doc_type": "BREV", "title": title, "doc_date": "2026-11-01",
        "body": [{"kind": "h", "text": title}, {"kind": "p", "text": text}]
    });
    Write::Document {
        id: id.into(),
        document: payload::document(&v, "$", LIMITS).expect("valid document"),
    }
}

async fn put(
    db: &Db,
    client: &ImportClient,
    w: Write,
) -> Result<super::Written, super::ImportError> {
    let mut done = apply(db, client, vec![(Loc::default(), w)]).await?;
    Ok(done.remove(0))
}

async fn count(db: &Db, sql: &str, arg: &str) -> i64 {
    sqlx::query(sql)
        .bind(arg)
        .fetch_one(&db.pool)
        .await
        .expect("count")
        .try_get::<i64, _>(0)
        .expect("n")
}

/// What Kari (mother, party of case-a) sees in the document list.
async fn kari_sees(db: &Db) -> String {
    format!(
        "{:?}",
        document_list(db, "p-a-kari", "case-a", today())
            .await
            .expect("list")
    )
}

fn batch(v: Value) -> Vec<(Loc, Write)> {
    batch_writes(payload::batch(&v, LIMITS).expect("valid batch"))
}

fn new_family() -> Value {
    json!({
        "persons": [
            {"id": "imp-p-child", "pid": "01011590001", "given_name": "Ida", "family_name": "Ny", "birth_date": "2015-01-01"},
            {"id": "imp-p-mother", "pid": "01018590002", "given_name": "Eva", "family_name": "Ny", "birth_date": "1985-01-01", "address": "Vegen 1"}
        ],
        "cases": [{"id": "imp-case", "unit_id": "unit-trd-lerkendal", "main_person_id": "imp-p-child", "phase": "UNDERSOKELSE", "opened_on": "2026-10-01"}],
        "parties": [{"id": "imp-party-mor", "case_id": "imp-case", "person_id": "imp-p-mother", "role": "MOR", "valid_from": "2026-10-01"}],
        "milestones": [{"id": "imp-ms-1", "case_id": "imp-case", "kind": "UNDERSOKELSE_STARTET", "occurred_on": "2026-10-01", "seq": 1}],
        "documents": [{"id": "imp-doc-1", "case_id": "imp-case", "doc_type": "MELDING", "title": "Melding", "doc_date": "2026-10-01", "body": [{"kind": "p", "text": "Tekst"}]}]
    })
}

#[tokio::test]
async fn repeating_an_import_changes_nothing() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        let first = apply(db, &trondheim(), batch(new_family()))
            .await
            .expect("first");
        assert!(
            first.iter().all(|w| w.result == Change::Created),
            "{first:?}"
        );
        let audit_before = count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE reason = $1",
            "fagsystem",
        )
        .await;
        assert_eq!(audit_before, 6, "every write is audited with the client id");
        let again = apply(db, &trondheim(), batch(new_family()))
            .await
            .expect("again");
        assert!(
            again.iter().all(|w| w.result == Change::Unchanged),
            "{again:?}"
        );
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM documents WHERE case_id = $1",
                "imp-case"
            )
            .await,
            1
        );
        let action = count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'import.document.put' AND case_id = $1",
            "imp-case",
        )
        .await;
        assert_eq!(action, 2);
        // A real change is an update of the same row.
        let mut changed = new_family();
        changed["cases"][0]["phase"] = json!("HJELPETILTAK");
        let third = apply(db, &trondheim(), batch(changed))
            .await
            .expect("third");
        assert_eq!(third[2].result, Change::Updated, "{third:?}");
        t.close().await;
    }
}

#[tokio::test]
async fn a_changed_document_with_release_decisions_is_superseded_not_rewritten() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        let w = put(
            db,
            &trondheim(),
            doc_write("imp-brev", "IMPORT-V1", "første"),
        )
        .await
        .expect("create");
        assert_eq!(
            (w.result, w.version_id.as_deref()),
            (Change::Created, Some("imp-brev"))
        );
        assert!(
            !kari_sees(db).await.contains("IMPORT-V1"),
            "new documents are NOT_DECIDED"
        );
        // Nobody has decided yet: a correction is made in place.
        let w = put(
            db,
            &trondheim(),
            doc_write("imp-brev", "IMPORT-V1", "rettet"),
        )
        .await
        .expect("fix");
        assert_eq!(w.result, Change::Updated);
        // A caseworker shares it with Kari.
        sqlx::query(
            "INSERT INTO release_decisions (document_id, person_id, state, merinnsyn_considered, \
             decided_by, decided_at) VALUES ($1, 'p-a-kari', 'SHARED', 0, 'staff-test', 0)",
        )
        .bind("imp-brev")
        .execute(&db.pool)
        .await
        .expect("decide");
        assert!(kari_sees(db).await.contains("IMPORT-V1"));
        // Now a change becomes a new version; Kari keeps seeing what was decided.
        let w = put(
            db,
            &trondheim(),
            doc_write("imp-brev", "IMPORT-V2", "endret"),
        )
        .await
        .expect("v2");
        assert_eq!(
            (w.result, w.version_id.as_deref()),
            (Change::Superseded, Some("imp-brev~2"))
        );
        let seen = kari_sees(db).await;
        assert!(
            seen.contains("IMPORT-V1") && !seen.contains("IMPORT-V2"),
            "{seen}"
        );
        let old = crate::store::rows::document_by_id(
            &db.pool,
            &crate::access::policy::unchecked_access_for_tests("case-a"),
            "imp-brev",
        )
        .await
        .expect("q")
        .expect("old kept");
        assert_eq!(old.title, "IMPORT-V1");
        let new = crate::store::rows::document_by_id(
            &db.pool,
            &crate::access::policy::unchecked_access_for_tests("case-a"),
            "imp-brev~2",
        )
        .await
        .expect("q")
        .expect("new");
        assert_eq!(new.supersedes_id.as_deref(), Some("imp-brev"));
        let decisions = count(
            db,
            "SELECT COUNT(*) FROM release_decisions WHERE document_id = $1",
            "imp-brev~2",
        )
        .await;
        assert_eq!(decisions, 0);
        // The same content again is a no-op against the newest version.
        let w = put(
            db,
            &trondheim(),
            doc_write("imp-brev", "IMPORT-V2", "endret"),
        )
        .await
        .expect("same");
        assert_eq!(
            (w.result, w.version_id.as_deref()),
            (Change::Unchanged, Some("imp-brev~2"))
        );
        // A demo document with decisions is superseded the same way.
        let w = put(db, &trondheim(), doc_write("case-a-d06", "Ny versjon", "x"))
            .await
            .expect("demo");
        assert_eq!(w.result, Change::Superseded);
        t.close().await;
    }
}

#[tokio::test]
async fn a_bad_item_in_a_batch_leaves_nothing() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        let mut bad = new_family();
        bad["parties"].as_array_mut().expect("list").push(json!(
            {"id": "imp-party-far", "case_id": "imp-case", "person_id": "nobody", "role": "FAR", "valid_from": "2026-10-01"}
        ));
        let e = apply(db, &trondheim(), batch(bad))
            .await
            .expect_err("refused");
        assert_eq!((e.status, e.code), (Status::Unprocessable, "not_found"));
        assert_eq!(e.field.as_deref(), Some("$.parties[1].person_id"));
        // (Person ids are opaque; the national id finds them.)
        for (table, col, id) in [
            ("persons", "pid", "01011590001"),
            ("cases", "id", "imp-case"),
            ("parties", "id", "imp-party-mor"),
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {col} = $1");
            assert_eq!(count(db, &sql, id).await, 0, "{table} {id} was rolled back");
        }
        assert_eq!(
            count(
                db,
                "SELECT COUNT(*) FROM audit_log WHERE reason = $1",
                "fagsystem"
            )
            .await,
            0
        );
        t.close().await;
    }
}

/// Another service's rows (here the demo's Trondheim rows) are not there for Melhus'
/// client: naming them is "no such row", and reusing their ids makes its own rows.
#[tokio::test]
async fn a_client_writes_only_its_own_service() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        // Melhus/Skaun's client cannot add a document to Trondheim's case: no such case.
        let e = put(db, &melhus(), doc_write("imp-x", "T", "x"))
            .await
            .expect_err("refused");
        assert_eq!(
            (e.status, e.code, e.field.as_deref()),
            (Status::Unprocessable, "not_found", Some("$.case_id"))
        );
        // Nor create a case in a Trondheim unit: no such unit at its service.
        let mut fam = new_family();
        fam["documents"] = json!([]);
        let e = apply(db, &melhus(), batch(fam)).await.expect_err("refused");
        assert_eq!(
            (e.status, e.field.as_deref()),
            (Status::Unprocessable, Some("$.cases[0].unit_id"))
        );
        // A case under Trondheim's case id is Melhus' own new case; Trondheim's stays.
        let before = crate::store::rows::case_by_id(&db.pool, "case-a")
            .await
            .expect("q");
        let mine = payload::person(
            &json!({"pid": "03039190004", "given_name": "Ola", "family_name": "Ny", "birth_date": "2015-03-03"}),
            "$",
        )
        .expect("valid");
        let w = put(
            db,
            &melhus(),
            Write::Person {
                id: "p-a-nora".into(),
                person: mine,
            },
        )
        .await
        .expect("own person");
        assert_eq!(w.result, Change::Created);
        let case = payload::case(
            &json!({"unit_id": "unit-ms-barnevern", "main_person_id": "p-a-nora", "phase": "AVSLUTTET", "opened_on": "2020-01-01"}),
            "$",
        )
        .expect("valid");
        let w = put(
            db,
            &melhus(),
            Write::Case {
                id: "case-a".into(),
                case,
            },
        )
        .await
        .expect("own case");
        assert_eq!(w.result, Change::Created);
        assert_ne!(w.case_id.as_deref(), Some("case-a"), "a row of its own");
        let after = crate::store::rows::case_by_id(&db.pool, "case-a")
            .await
            .expect("q");
        assert_eq!(format!("{before:?}"), format!("{after:?}"));
        // Kari (a party in Trondheim's case) sent with a lifted protection under her
        // id and pid: Melhus has her in no case, so nothing of her row changes.
        let kari = crate::store::rows::person_by_id(&db.pool, "p-a-kari")
            .await
            .expect("q")
            .expect("kari");
        let mut v = json!({"pid": kari.pid, "given_name": "Endret", "family_name": kari.family_name,
                           "birth_date": kari.birth_date.to_string(), "address": "Ny adresse 1",
                           "protected_address": !kari.protected_address, "reserved_digital": kari.reserved_digital});
        let changed = payload::person(&v, "$").expect("valid");
        let w = put(
            db,
            &melhus(),
            Write::Person {
                id: "p-a-kari".into(),
                person: changed,
            },
        )
        .await
        .expect("linked, not refused");
        assert_eq!(w.result, Change::Created);
        let same = crate::store::rows::person_by_id(&db.pool, "p-a-kari")
            .await
            .expect("q");
        assert_eq!(format!("{same:?}"), format!("{:?}", Some(kari.clone())));
        // Trondheim's own client, which has her in a case, may change her.
        v["protected_address"] = json!(!kari.protected_address);
        let changed = payload::person(&v, "$").expect("valid");
        let w = put(
            db,
            &trondheim(),
            Write::Person {
                id: "p-a-kari".into(),
                person: changed,
            },
        )
        .await;
        assert_eq!(w.expect("own service").result, Change::Updated);
        let now = crate::store::rows::person_by_id(&db.pool, "p-a-kari")
            .await
            .expect("q")
            .expect("kari");
        assert_eq!(
            (now.given_name.as_str(), now.protected_address),
            ("Endret", !kari.protected_address)
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_move_is_stored_once_and_ends_the_parents_access_from_its_day() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        apply(db, &trondheim(), batch(new_family()))
            .await
            .expect("first");
        // Person ids are opaque: find the mother by her national id.
        let mother = crate::store::rows::person_by_pid(&db.pool, "01018590002")
            .await
            .expect("lookup")
            .expect("the mother")
            .id;
        let before = crate::features::reading::my_cases(db, &mother, today())
            .await
            .expect("my cases");
        assert_eq!(
            before.cases.len(),
            1,
            "the mother reads the case before the move"
        );
        let mut moved = new_family();
        moved["cases"][0]["moved_to"] = json!("Bodø kommune – barneverntjenesten");
        moved["cases"][0]["moved_on"] = json!("2026-11-01");
        let stored = apply(db, &trondheim(), batch(moved.clone()))
            .await
            .expect("moved");
        assert_eq!(stored[2].result, Change::Updated, "{stored:?}");
        let again = apply(db, &trondheim(), batch(moved)).await.expect("again");
        assert_eq!(again[2].result, Change::Unchanged, "{again:?}");
        let seen = crate::features::reading::my_cases(db, &mother, today())
            .await
            .expect("my cases");
        assert!(seen.cases.is_empty(), "{:?}", seen.cases);
        let [notice] = seen.ended.as_slice() else {
            panic!("one notice: {:?}", seen.ended);
        };
        assert_eq!(notice.ended_on, "2026-11-01");
        assert_eq!(
            notice.reason,
            crate::api::dto::EndedReason::CaseMoved {
                to_service: Some("Bodø kommune – barneverntjenesten".into())
            }
        );
        t.close().await;
    }
}

/// The audit entry is part of the import's transaction: when it cannot be written (here
/// a trigger refuses the document's entry, the batch's last), nothing of the batch
/// stays. Before, the entries followed the commit, and this left a stored family with
/// no trace of who wrote it.
#[tokio::test]
async fn an_import_whose_audit_entry_fails_stores_nothing() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        crate::audit::testing::refuse(db, crate::audit::Action::ImportDocument).await;
        apply(db, &trondheim(), batch(new_family()))
            .await
            .expect_err("the audit entry failed");
        // (Person ids are opaque; the national id finds them.)
        for (table, col, id) in [
            ("persons", "pid", "01011590001"),
            ("cases", "id", "imp-case"),
            ("documents", "id", "imp-doc-1"),
        ] {
            let sql = format!("SELECT COUNT(*) FROM {table} WHERE {col} = $1");
            assert_eq!(count(db, &sql, id).await, 0, "{table} {id} stayed");
        }
        let audited = count(
            db,
            "SELECT COUNT(*) FROM audit_log WHERE reason = $1",
            "fagsystem",
        )
        .await;
        assert_eq!(audited, 0, "entries of a rolled-back import stayed");
        t.close().await;
    }
}
