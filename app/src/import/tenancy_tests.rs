//! Import tenancy (issue 10, point 5), on every backend: two services' import clients
//! use the same keys for their own, different rows and share one real person. Neither
//! can see, probe or change the other's rows; a protected address counts only from a
//! service that has the person in a case; the person sees both cases after one login.

use super::payload::{self, Limits};
use super::store::{apply, batch_writes, Change, ImportClient, Loc, Write};
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::features::reading::my_cases;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;
use serde_json::{json, Value};
use sqlx::Row;

const LIMITS: Limits = Limits {
    max_pdf_bytes: 10_000,
};
/// The mother's national identity number: the same real person at both services.
const MOTHER_PID: &str = "01018590002";

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

/// One family under fixed keys (`k-…`), which both services' systems happen to use.
/// `tag` goes into every text, so each service's rows can be told apart.
fn family(unit: &str, tag: &str, child_pid: &str, mother_protected: bool) -> Value {
    json!({
        "persons": [
            {"id": "k-child", "pid": child_pid, "given_name": format!("Barn{tag}"), "family_name": "Ny", "birth_date": "2015-01-01"},
            {"id": "k-mor", "pid": MOTHER_PID, "given_name": "Eva", "family_name": "Ny", "birth_date": "1985-01-01",
             "address": format!("Vegen {tag}"), "protected_address": mother_protected}
        ],
        "cases": [{"id": "k-case", "unit_id": unit, "main_person_id": "k-child", "phase": "UNDERSOKELSE", "opened_on": "2026-10-01"}],
        "parties": [{"id": "k-party", "case_id": "k-case", "person_id": "k-mor", "role": "MOR", "valid_from": "2026-10-01"}],
        "milestones": [{"id": "k-ms", "case_id": "k-case", "kind": "UNDERSOKELSE_STARTET", "occurred_on": "2026-10-01", "seq": 1}],
        "documents": [{"id": "k-doc", "case_id": "k-case", "doc_type": "MELDING", "title": format!("Melding {tag}"), "doc_date": "2026-10-01", "body": [{"kind": "p", "text": format!("Tekst {tag}")}]}]
    })
}

fn trondheim_family() -> Value {
    family("unit-trd-lerkendal", "TRD", "01011590001", false)
}

fn melhus_family() -> Value {
    family("unit-ms-barnevern", "MSK", "02021590003", false)
}

fn batch(v: &Value) -> Vec<(Loc, Write)> {
    batch_writes(payload::batch(v, LIMITS).expect("valid batch"))
}

/// Exactly what the client is told: the answers' JSON (internal ids are not in it) or
/// the refusal.
async fn told(db: &Db, client: &ImportClient, v: &Value) -> String {
    match apply(db, client, batch(v)).await {
        Ok(done) => serde_json::to_string(&done).expect("json"),
        Err(e) => format!("{e:?}"),
    }
}

async fn seeded() -> Vec<TestDb> {
    let dbs = TestDb::all().await;
    for t in &dbs {
        insert_demo(&t.db, &generate(today(), 1))
            .await
            .expect("seed");
    }
    dbs
}

async fn one(db: &Db, sql: &str, arg: &str) -> String {
    sqlx::query(sql)
        .bind(arg)
        .fetch_one(&db.pool)
        .await
        .expect("row")
        .try_get::<String, _>(0)
        .expect("text")
}

async fn protected(db: &Db, pid: &str) -> bool {
    sqlx::query("SELECT protected_address FROM persons WHERE pid = $1")
        .bind(pid)
        .fetch_one(&db.pool)
        .await
        .expect("person")
        .try_get::<i64, _>(0)
        .expect("flag")
        != 0
}

/// Probes of Melhus/Skaun's client at Trondheim's keys, each answered from a database
/// where Trondheim imported its family under those keys and from one where nobody
/// ever used them: the answers must be the same, byte for byte. The old code answered
/// 403 `other_service` (the document, the case), 409 (the mother's pid) and 201 where
/// the key was free.
#[tokio::test]
async fn another_services_keys_answer_exactly_as_unused_keys() {
    let used = seeded().await;
    let unused = seeded().await;
    for t in &used {
        let done = apply(&t.db, &trondheim(), batch(&trondheim_family()))
            .await
            .expect("trondheim imports");
        assert!(done.iter().all(|w| w.result == Change::Created));
    }
    let m = melhus_family();
    let probes: Vec<(&str, Value)> = vec![
        // Trondheim's document under Trondheim's case: "no such case" to Melhus.
        (
            "document on their case",
            json!({"documents": m["documents"]}),
        ),
        ("party on their case", json!({"parties": m["parties"]})),
        (
            "milestone on their case",
            json!({"milestones": m["milestones"]}),
        ),
        // A case whose main person is Trondheim's person key: "no such person".
        ("case with their person", json!({"cases": m["cases"]})),
        // A Trondheim unit: "no such unit".
        (
            "case in their unit",
            json!({"cases": [{"id": "k-case", "unit_id": "unit-trd-lerkendal", "main_person_id": "k-child", "phase": "UNDERSOKELSE", "opened_on": "2026-10-01"}]}),
        ),
        // The mother's pid, known at Trondheim: created, like any new person.
        ("the same real person", json!({"persons": m["persons"]})),
        // Now its own family under the same keys: all created.
        ("the whole family", m.clone()),
        ("the same again", m.clone()),
        // Its own second key for the mother: its own conflict, the same either way.
        (
            "a second key for the mother",
            json!({"persons": [{"id": "k-mor-2", "pid": MOTHER_PID, "given_name": "Eva", "family_name": "Ny", "birth_date": "1985-01-01"}]}),
        ),
    ];
    for (what, probe) in &probes {
        let mut answers = Vec::new();
        for t in used.iter().chain(&unused) {
            answers.push(told(&t.db, &melhus(), probe).await);
        }
        assert!(
            answers.windows(2).all(|w| w[0] == w[1]),
            "{what}: {answers:#?}"
        );
        assert!(!answers[0].contains("other_service"), "{what}: {answers:?}");
    }
    // Another service's unit is refused exactly like a unit that does not exist.
    let theirs = json!({"cases": [{"id": "k-x", "unit_id": "unit-trd-lerkendal", "main_person_id": "k-child", "phase": "UNDERSOKELSE", "opened_on": "2026-10-01"}]});
    let mut none = theirs.clone();
    none["cases"][0]["unit_id"] = json!("unit-nowhere");
    assert_eq!(
        told(&used[0].db, &melhus(), &theirs).await,
        told(&used[0].db, &melhus(), &none).await
    );
    let whole = told(&used[0].db, &melhus(), &m).await;
    assert!(whole.contains("\"unchanged\"") && !whole.contains("\"created\""));
    for t in used.into_iter().chain(unused) {
        t.close().await;
    }
}

/// Both services import the same keys and the same mother; each sees and changes only
/// its own rows, and the mother sees both cases after one login. On the old code the
/// second import was refused (403 on `k-case`, 409 on the mother's pid).
#[tokio::test]
async fn colliding_keys_make_separate_rows_and_one_shared_person() {
    for t in seeded().await {
        let db = &t.db;
        apply(db, &trondheim(), batch(&trondheim_family()))
            .await
            .expect("trondheim");
        let done = apply(db, &melhus(), batch(&melhus_family()))
            .await
            .expect("melhus, same keys");
        assert!(done.iter().all(|w| w.result == Change::Created), "{done:?}");
        let doc = done.iter().find(|w| w.kind == "document").expect("doc");
        assert_eq!(doc.version_id.as_deref(), Some("k-doc"), "its own key");
        // Two cases, two documents, each at its service, with its own text.
        let cases = sqlx::query("SELECT id, service_id FROM cases WHERE id IN (SELECT internal_id FROM import_keys WHERE kind = 'case' AND external_id = 'k-case') ORDER BY service_id")
            .fetch_all(&db.pool)
            .await
            .expect("cases");
        assert_eq!(cases.len(), 2);
        for (client, tag) in [(trondheim(), "TRD"), (melhus(), "MSK")] {
            let title = one(
                db,
                "SELECT d.title FROM documents d JOIN cases c ON c.id = d.case_id \
                 JOIN import_keys k ON k.internal_id = d.id AND k.kind = 'document' \
                 AND k.service_id = c.service_id WHERE c.service_id = $1 \
                 AND k.external_id = 'k-doc'",
                &client.service_id,
            )
            .await;
            assert_eq!(title, format!("Melding {tag}"));
        }
        // Melhus changes its own document and case; Trondheim's stay as they were.
        let mut changed = melhus_family();
        changed["documents"][0]["title"] = json!("Melding MSK 2");
        changed["cases"][0]["phase"] = json!("HJELPETILTAK");
        apply(db, &melhus(), batch(&changed))
            .await
            .expect("melhus changes");
        let trd = one(
            db,
            "SELECT d.title || '/' || c.phase FROM documents d JOIN cases c ON c.id = d.case_id \
             JOIN import_keys k ON k.internal_id = d.id AND k.kind = 'document' \
             AND k.service_id = c.service_id WHERE c.service_id = $1 AND k.external_id = 'k-doc'",
            "svc-trondheim",
        )
        .await;
        assert_eq!(trd, "Melding TRD/UNDERSOKELSE");
        // Trondheim's repeat is still a no-op: nothing of its view moved.
        let again = apply(db, &trondheim(), batch(&trondheim_family()))
            .await
            .expect("again");
        assert!(
            again.iter().all(|w| w.result == Change::Unchanged),
            "{again:?}"
        );
        // One person row for the mother, a party of both cases.
        let n = one(
            db,
            "SELECT CAST(COUNT(DISTINCT pa.case_id) AS TEXT) FROM parties pa \
             JOIN persons p ON p.id = pa.person_id WHERE p.pid = $1",
            MOTHER_PID,
        )
        .await;
        assert_eq!(n, "2");
        let mother = one(db, "SELECT id FROM persons WHERE pid = $1", MOTHER_PID).await;
        let cards = my_cases(db, &mother, today())
            .await
            .expect("my cases")
            .cases;
        let mut services: Vec<_> = cards.iter().map(|c| c.service_name.clone()).collect();
        services.sort();
        assert_eq!(services.len(), 2, "{cards:?}");
        assert_ne!(services[0], services[1]);
        t.close().await;
    }
}

/// A person row another service created, not yet in any case: the old code let any
/// client overwrite it under the same id and lift its protected address.
#[tokio::test]
async fn a_service_without_the_person_in_a_case_cannot_set_or_lift_protection() {
    for t in seeded().await {
        let db = &t.db;
        // Trondheim imports the mother protected, before her case exists.
        let mut trd = trondheim_family();
        trd["persons"][1]["protected_address"] = json!(true);
        let persons_only = json!({"persons": trd["persons"]});
        apply(db, &trondheim(), batch(&persons_only))
            .await
            .expect("persons");
        assert!(protected(db, MOTHER_PID).await);
        // Melhus sends her unprotected, under Trondheim's key and the same pid.
        let mut msk = melhus_family();
        let lift = json!({"persons": [msk["persons"][1].clone()]});
        apply(db, &melhus(), batch(&lift)).await.expect("melhus");
        assert!(protected(db, MOTHER_PID).await, "not lifted by a stranger");
        // Trondheim's case arrives: her protection counts, Melhus' view does not.
        apply(db, &trondheim(), batch(&trd))
            .await
            .expect("trondheim case");
        assert!(protected(db, MOTHER_PID).await);
        // Melhus makes her a party too, unprotected: still protected (Trondheim says so).
        apply(db, &melhus(), batch(&msk))
            .await
            .expect("melhus case");
        assert!(
            protected(db, MOTHER_PID).await,
            "one service cannot lift another's"
        );
        // Trondheim lifts its own: now nobody with her in a case protects her.
        trd["persons"][1]["protected_address"] = json!(false);
        apply(db, &trondheim(), batch(&trd))
            .await
            .expect("trondheim lifts");
        assert!(!protected(db, MOTHER_PID).await);

        // The other way: a person only in Trondheim's case; Melhus cannot set it.
        let child = "01011590001";
        let mut set = json!({"persons": [trd["persons"][0].clone()]});
        set["persons"][0]["id"] = json!("k-child-trd");
        set["persons"][0]["protected_address"] = json!(true);
        apply(db, &melhus(), batch(&set))
            .await
            .expect("melhus sets");
        assert!(!protected(db, child).await, "not set by a stranger");
        // Once she is in a Melhus case, Melhus' word counts.
        msk["persons"] = set["persons"].clone();
        msk["cases"][0]["main_person_id"] = json!("k-child-trd");
        msk["parties"] = json!([]);
        msk["milestones"] = json!([]);
        msk["documents"] = json!([]);
        msk["cases"][0]["id"] = json!("k-case-2");
        apply(db, &melhus(), batch(&msk))
            .await
            .expect("melhus case 2");
        assert!(protected(db, child).await);
        // And Trondheim cannot lift that, even with a real change that is applied.
        trd["persons"][0]["given_name"] = json!("BarnTRD2");
        apply(db, &trondheim(), batch(&trd))
            .await
            .expect("trondheim again");
        assert!(protected(db, child).await);
        let name = one(db, "SELECT given_name FROM persons WHERE pid = $1", child).await;
        assert_eq!(
            name, "BarnTRD2",
            "Trondheim has her in a case: its names apply"
        );
        t.close().await;
    }
}
