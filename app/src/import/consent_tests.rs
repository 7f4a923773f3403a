//! Consents through the import API, on every engine: created with the answers the case
//! system has, brought to its later state with events, fixed in what they ask of whom,
//! refused for whom the law does not let be asked, and only in the client's own cases.

use super::payload;
use super::store::{apply, Change, ImportClient, Loc, Write};
use super::Status;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::domain::consent::{fold, status, Status as Overall};
use crate::features::consent::consents_for_party;
use crate::features::reading::visible_case_of;
use crate::store::testing::TestDb;
use crate::store::Db;
use serde_json::{json, Value};

const ID: &str = "5f0c8e2a-1d3b-4c6e-9a7f-2b4d6e8f0a1c";

fn client(service: &str) -> ImportClient {
    ImportClient {
        client_id: "fagsystem".into(),
        service_id: service.into(),
    }
}

fn today() -> chrono::NaiveDate {
    crate::domain::clock::today()
}

fn consent(parties: Value, extra: Value) -> Value {
    let mut v = json!({
        "case_id": "case-a", "purpose": "INFO_SKOLE",
        "purpose_text": "Samarbeid med skolen om lekser.", "recipients": "Kontaktlæreren",
        "deadline": (today() + chrono::Days::new(10)).to_string(),
        "parties": parties,
    });
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        o.extend(e.clone());
    }
    v
}

async fn put(db: &Db, service: &str, v: &Value) -> Result<Change, super::ImportError> {
    let write = Write::Consent {
        id: ID.into(),
        consent: payload::consent(v, "$")?,
    };
    let mut done = apply(db, &client(service), vec![(Loc::default(), write)]).await?;
    Ok(done.remove(0).result)
}

async fn overall(db: &Db) -> Overall {
    let events =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM consent_events WHERE consent_id = $1")
            .bind(ID)
            .fetch_one(&db.pool)
            .await
            .expect("count");
    assert!(events > 0);
    let access = crate::access::ImportCaseAccess::owned("case-a");
    let mut conn = db.pool.acquire().await.expect("conn");
    let rec = crate::store::consents::in_case(&mut conn, &access, ID)
        .await
        .expect("read")
        .expect("consent");
    status(&fold(&rec.asked, &rec.events).expect("folds"), today())
}

#[tokio::test]
async fn the_case_system_creates_updates_and_cancels_a_consent_idempotently() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        let both = json!([{"person_id": "p-a-kari"}, {"person_id": "p-a-ole"}]);
        let first = consent(both.clone(), json!({}));
        assert_eq!(
            put(db, "svc-trondheim", &first).await.expect("put"),
            Change::Created
        );
        assert_eq!(
            put(db, "svc-trondheim", &first).await.expect("put"),
            Change::Unchanged
        );
        // The mother finds it waiting for her answer.
        let v = visible_case_of(db, "p-a-kari", "case-a", today())
            .await
            .expect("read")
            .expect("case");
        let listed = consents_for_party(db, &v, today()).await.expect("read");
        assert!(listed
            .iter()
            .any(|s| s.consent_id == ID && s.needs_answer()));

        // The father said yes on paper, as the case system records it.
        let answered = consent(
            json!([{"person_id": "p-a-kari"}, {"person_id": "p-a-ole", "answer": "SAMTYKKET"}]),
            json!({}),
        );
        assert_eq!(
            put(db, "svc-trondheim", &answered).await.expect("put"),
            Change::Updated
        );
        assert_eq!(
            put(db, "svc-trondheim", &answered).await.expect("put"),
            Change::Unchanged
        );
        assert_eq!(overall(db).await, Overall::Waiting);

        // What it asks of whom is fixed.
        let other_text = consent(both.clone(), json!({"purpose_text": "Noe annet."}));
        let e = put(db, "svc-trondheim", &other_text)
            .await
            .expect_err("fixed");
        assert_eq!(
            (e.status, e.field.as_deref().unwrap_or_default()),
            (Status::Conflict, "$.purpose")
        );

        let cancelled = consent(
            json!([{"person_id": "p-a-kari"}, {"person_id": "p-a-ole", "answer": "SAMTYKKET"}]),
            json!({"cancelled": "Ikke aktuelt lenger."}),
        );
        assert_eq!(
            put(db, "svc-trondheim", &cancelled).await.expect("put"),
            Change::Updated
        );
        assert_eq!(overall(db).await, Overall::Cancelled);
        let after = consent(
            json!([{"person_id": "p-a-kari", "answer": "SAMTYKKET"}, {"person_id": "p-a-ole", "answer": "SAMTYKKET"}]),
            json!({"cancelled": "Ikke aktuelt lenger."}),
        );
        let e = put(db, "svc-trondheim", &after)
            .await
            .expect_err("cancelled");
        assert_eq!(e.status, Status::Conflict);

        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'import.consent.put'",
        )
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(audited, 5, "every accepted PUT, unchanged ones too");
        t.close().await;
    }
}

#[tokio::test]
async fn who_may_be_asked_and_whose_case_it_is_are_checked() {
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        let nora = consent(
            json!([{"person_id": "p-a-kari"}, {"person_id": "p-a-nora"}]),
            json!({}),
        );
        let e = put(db, "svc-trondheim", &nora)
            .await
            .expect_err("Nora is 9");
        assert_eq!(
            (e.code, e.field.as_deref().unwrap_or_default()),
            ("not_askable", "$.parties[1].person_id")
        );
        let youth = json!({
            "case_id": "case-b", "purpose": "TILTAK_FORELDREVEILEDNING",
            "purpose_text": "Veiledning.", "recipients": "Familieteamet",
            "deadline": (today() + chrono::Days::new(10)).to_string(),
            "parties": [{"person_id": "p-b-lise"}],
        });
        let e = put(db, "svc-trondheim", &youth)
            .await
            .expect_err("Sander is 16");
        assert_eq!(e.code, "youth_must_be_asked");
        let other_service = consent(json!([{"person_id": "p-a-kari"}]), json!({}));
        let e = put(db, "svc-melhus-skaun", &other_service)
            .await
            .expect_err("not theirs");
        assert_eq!(
            (e.code, e.field.as_deref().unwrap_or_default()),
            ("not_found", "$.case_id")
        );
        let bad_id = payload::uuid_id("not-a-uuid", "path.id").expect_err("not a uuid");
        assert_eq!(bad_id.code, "invalid_id");
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consents WHERE id = $1")
            .bind(ID)
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(stored, 0);
        t.close().await;
    }
}
