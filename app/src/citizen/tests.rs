//! The read path against a real database, on every backend: every demo person asks for
//! every case and every document, and no answer may hold a sentinel the demo did not
//! release to that person. The forbidden list comes from the demo's own record, not
//! from the policy under test.

use super::{case_overview, document_list, document_pdf, my_cases, read_document};
use crate::db::seed::insert_demo;
use crate::db::testing::TestDb;
use crate::db::Db;
use crate::demo::{generate, DemoData};
use crate::i18n::Locale;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// Everything the read path returns to `person_id`, as one string.
async fn everything_seen_by(db: &Db, data: &DemoData, person_id: &str) -> String {
    let mut seen = String::new();
    let mut push = |v: String| {
        seen.push_str(&v);
        seen.push('\n');
    };
    push(format!(
        "{:?}",
        my_cases(db, person_id, today()).await.expect("my cases")
    ));
    for c in &data.cases {
        push(format!(
            "{:?}",
            case_overview(db, person_id, &c.id, today())
                .await
                .expect("overview")
        ));
        push(format!(
            "{:?}",
            document_list(db, person_id, &c.id, today())
                .await
                .expect("list")
        ));
    }
    for d in &data.documents {
        let doc = read_document(db, person_id, &d.case_id, &d.id, today(), Locale::Nb)
            .await
            .expect("read");
        push(format!("{doc:?}"));
        if let Some((title, pdf)) = document_pdf(db, person_id, &d.case_id, &d.id, today())
            .await
            .expect("pdf")
        {
            push(title);
            push(String::from_utf8_lossy(&pdf).into_owned());
        }
    }
    seen
}

#[tokio::test]
async fn no_person_receives_a_sentinel_not_released_to_them() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mut checked_with_content = 0;
        for person in &data.persons {
            let seen = everything_seen_by(&t.db, &data, &person.id).await;
            let leaked: Vec<String> = data
                .forbidden_for(&person.id, today())
                .into_iter()
                .filter(|s| seen.contains(s.as_str()))
                .collect();
            assert!(
                leaked.is_empty(),
                "{:?} on {:?} received {leaked:?}",
                person.id,
                t.db.backend
            );
            if seen.contains("LEAK-FAMILY-") {
                checked_with_content += 1;
            }
        }
        assert!(
            checked_with_content >= 8,
            "too few persons saw anything: {checked_with_content}"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_non_party_child_and_an_unrelated_person_see_nothing() {
    let data = generate(today(), 1);
    let t = TestDb::sqlite().await;
    insert_demo(&t.db, &data).await.expect("seed");
    for pid_owner in data
        .persons
        .iter()
        .filter(|p| p.given_name == "Nora" || p.given_name == "Henrik" || p.given_name == "Yonas")
    {
        assert!(
            my_cases(&t.db, &pid_owner.id, today())
                .await
                .expect("cases")
                .is_empty(),
            "{} must have no visible case",
            pid_owner.given_name
        );
    }
    t.close().await;
}

#[tokio::test]
async fn reads_are_audited_and_the_audit_log_is_append_only() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        let mother = data
            .persons
            .iter()
            .find(|p| p.id == "p-a-kari")
            .expect("demo mother");
        let cases = my_cases(&t.db, &mother.id, today()).await.expect("cases");
        assert!(!cases.is_empty());
        let doc = data
            .documents
            .iter()
            .find(|d| d.case_id == cases[0].id)
            .expect("a document");
        let _ = read_document(
            &t.db,
            &mother.id,
            &doc.case_id,
            &doc.id,
            today(),
            Locale::Nb,
        )
        .await
        .expect("read");
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND action = 'case.list'",
        )
        .bind(&mother.id)
        .fetch_one(&t.db.pool)
        .await
        .expect("count");
        assert!(n >= 1, "listing cases is audited");
        assert!(
            sqlx::query("UPDATE audit_log SET action = 'x'")
                .execute(&t.db.pool)
                .await
                .is_err(),
            "audit rows cannot be changed"
        );
        assert!(
            sqlx::query("DELETE FROM audit_log")
                .execute(&t.db.pool)
                .await
                .is_err(),
            "audit rows cannot be deleted"
        );
        t.close().await;
    }
}
