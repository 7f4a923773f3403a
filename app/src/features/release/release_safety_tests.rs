//! Issue 10 on every database: a decision binds to the version the caseworker read
//! (also when an import races it), and a PDF reaches a party only when a full share
//! released it after the caseworker opened it.

use super::tests::version_of;
use super::*;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::features::reading::{document_pdf, read_document};
use crate::import::payload::{self, Limits};
use crate::import::store::{apply, ImportClient, Loc, Write};
use crate::store::testing::TestDb;
use base64::Engine;
use serde_json::json;

const CASE: &str = "case-b";
const MOTHER: &str = "p-b-lise";
const YOUTH: &str = "p-b-sander";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

fn client() -> ImportClient {
    ImportClient {
        client_id: "fagsystem".into(),
        service_id: "svc-trondheim".into(),
    }
}

/// Imports (or corrects) a document of case-b through the import store.
async fn import(db: &Db, id: &str, text: &str, pdf: Option<&[u8]>) -> Result<(), String> {
    let mut v = json!({
        "case_id": CASE, "doc_type": "BREV", "title": "Racet notat", "doc_date": "2026-11-01",
        "body": [{"kind": "p", "text": text}]
    });
    if let Some(bytes) = pdf {
        v["pdf_base64"] = json!(base64::engine::general_purpose::STANDARD.encode(bytes));
    }
    let limits = Limits {
        max_pdf_bytes: 100_000,
    };
    let document = payload::document(&v, "$", limits).map_err(|e| format!("{e:?}"))?;
    let w = Write::Document {
        id: id.into(),
        document,
    };
    apply(db, &client(), vec![(Loc::default(), w)])
        .await
        .map(|_| ())
        .map_err(|e| format!("{e:?}"))
}

async fn lerkendal(db: &Db) -> StaffCtx {
    let case = rows::case_by_id(&db.pool, CASE)
        .await
        .expect("case")
        .expect(CASE);
    crate::store::staff::placed_in(db, "staff-lerkendal-1", &case.unit_id)
        .await
        .expect("load")
        .expect("unit")
}

fn share(party: &str, version: String) -> DecisionFormInput {
    DecisionFormInput {
        parties: vec![party.into()],
        state: "SHARED".into(),
        version,
        ..Default::default()
    }
}

async fn confirm(db: &Db, ctx: &StaffCtx, doc: &str, input: &DecisionFormInput) -> DecisionOutcome {
    submit_decision(db, ctx, CASE, doc, today(), input, &new_token(), Locale::Nb)
        .await
        .expect("submit")
}

/// Every decision row's content hash is the hash of the row it decides on: nobody's
/// decision ever applies to text they did not read.
async fn assert_decisions_bound_to_their_text(db: &Db) {
    let rows = sqlx::query(
        "SELECT document_id, content_hash FROM release_decisions WHERE content_hash IS NOT NULL",
    )
    .fetch_all(&db.pool)
    .await
    .expect("decisions");
    for r in rows {
        let doc: String = r.try_get("document_id").expect("doc");
        let hash: String = r.try_get("content_hash").expect("hash");
        assert_eq!(version_of(db, &doc).await, hash, "decision on {doc}");
    }
}

#[tokio::test]
async fn a_correction_between_review_and_confirm_refuses_the_decision() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let ctx = lerkendal(db).await;
        import(db, "race-doc", "Første versjon.", None)
            .await
            .expect("import");
        let input = share(MOTHER, version_of(db, "race-doc").await);
        import(db, "race-doc", "Rettet versjon med nytt navn.", None)
            .await
            .expect("correct");
        let out = confirm(db, &ctx, "race-doc", &input).await;
        assert_eq!(
            out,
            DecisionOutcome::Refused(vec![FieldError {
                field: "version".into(),
                key: "decision-error-changed".into()
            }])
        );
        assert!(
            read_document(db, MOTHER, CASE, "race-doc", today(), Locale::Nb)
                .await
                .expect("read")
                .is_none(),
            "nothing released"
        );
        // Read again (the page's new version): now it goes through.
        let input = share(MOTHER, version_of(db, "race-doc").await);
        assert!(matches!(
            confirm(db, &ctx, "race-doc", &input).await,
            DecisionOutcome::Saved(_)
        ));
        t.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_racing_a_decision_never_changes_the_text_decided_on() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let ctx = lerkendal(db).await;
        let (mut decided_first, mut corrected_first) = (0, 0);
        for round in 0..12 {
            let id = format!("race-{round}");
            import(db, &id, "Teksten saksbehandleren leste.", None)
                .await
                .expect("import");
            let input = share(MOTHER, version_of(db, &id).await);
            // Staggered starts, so both orders (and true overlaps) occur.
            let delay = std::time::Duration::from_millis(round % 4 * 4);
            let (decision, correction) = tokio::join!(confirm(db, &ctx, &id, &input), async {
                tokio::time::sleep(delay).await;
                import(db, &id, "Rettet tekst ingen har lest.", None).await
            });
            correction.expect("the correction is applied either way");
            match decision {
                DecisionOutcome::Saved(_) => {
                    decided_first += 1;
                    // The correction became a new version; the mother reads the old text.
                    let seen = read_document(db, MOTHER, CASE, &id, today(), Locale::Nb)
                        .await
                        .expect("read")
                        .expect("shared");
                    let seen = format!("{seen:?}");
                    assert!(seen.contains("Teksten saksbehandleren leste."), "{seen}");
                    assert!(!seen.contains("ingen har lest"), "{seen}");
                }
                DecisionOutcome::Refused(errors) => {
                    corrected_first += 1;
                    assert_eq!(errors[0].key, "decision-error-changed");
                }
                other => panic!("round {round}: {other:?}"),
            }
            assert_decisions_bound_to_their_text(db).await;
        }
        assert_eq!(decided_first + corrected_first, 12);
        t.close().await;
    }
}

#[tokio::test]
async fn a_pdf_reaches_a_party_only_after_it_was_opened_and_shared_in_full() {
    let data = generate(today(), 1);
    let secret_pdf = b"%PDF-1.4 PDF-SENTINEL-only-in-the-pdf";
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let ctx = lerkendal(db).await;
        import(db, "pdf-doc", "Teksten.", Some(secret_pdf))
            .await
            .expect("import");
        let version = version_of(db, "pdf-doc").await;
        let pdf_of = |who: &'static str| document_pdf(db, who, CASE, "pdf-doc", today());

        // Shared without opening it: the text only, and the form says so.
        let mut with_pdf = share(MOTHER, version.clone());
        with_pdf.include_pdf = true;
        let DecisionOutcome::Refused(errors) = confirm(db, &ctx, "pdf-doc", &with_pdf).await else {
            panic!("the PDF was not opened");
        };
        assert_eq!(errors[0].key, "decision-error-pdf-not-opened");
        assert!(matches!(
            confirm(db, &ctx, "pdf-doc", &share(YOUTH, version.clone())).await,
            DecisionOutcome::Saved(_)
        ));
        assert_eq!(pdf_of(YOUTH).await.expect("pdf"), None, "text only");
        let youth_view = read_document(db, YOUTH, CASE, "pdf-doc", today(), Locale::Nb)
            .await
            .expect("read")
            .expect("shared");
        assert!(!youth_view.has_pdf);

        // Opened (audited), then shared with the PDF: now she gets it.
        let (_, bytes) = staff_document_pdf(db, &ctx, CASE, "pdf-doc", today())
            .await
            .expect("staff pdf")
            .expect("the unit's document");
        assert_eq!(bytes, secret_pdf);
        let audited: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'staff.document.pdf' \
             AND actor_id = $1 AND document_id = 'pdf-doc'",
        )
        .bind(&ctx.staff_id)
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(audited, 1);
        assert!(matches!(
            confirm(db, &ctx, "pdf-doc", &with_pdf).await,
            DecisionOutcome::Saved(s) if s.covers_pdf
        ));
        assert_eq!(
            pdf_of(MOTHER).await.expect("pdf").map(|p| p.1),
            Some(secret_pdf.to_vec())
        );

        // A new PDF is a new version: opened before, not this one.
        import(db, "pdf-doc", "Teksten.", Some(b"%PDF-1.4 another"))
            .await
            .expect("correct");
        let current = rows::documents_of_case(
            &db.pool,
            &crate::access::policy::unchecked_access_for_tests(CASE),
        )
        .await
        .expect("docs")
        .into_iter()
        .find(|d| d.supersedes_id.as_deref() == Some("pdf-doc"))
        .expect("a new version, since pdf-doc has decisions");
        let mut again = share(MOTHER, version_of(db, &current.id).await);
        again.include_pdf = true;
        let DecisionOutcome::Refused(errors) = confirm(db, &ctx, &current.id, &again).await else {
            panic!("the new PDF was not opened");
        };
        assert_eq!(errors[0].key, "decision-error-pdf-not-opened");

        // Another unit's caseworker cannot open it.
        let stranger = crate::store::staff::current(db, "staff-heimdal-1")
            .await
            .expect("load")
            .expect("employed");
        assert_eq!(
            staff_document_pdf(db, &stranger, CASE, "pdf-doc", today())
                .await
                .expect("pdf"),
            None
        );
        t.close().await;
    }
}

#[tokio::test]
async fn only_the_roles_that_may_decide_release_can_record_a_decision() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        import(db, "role-doc", "Teksten.", None)
            .await
            .expect("import");
        let version = version_of(db, "role-doc").await;
        // The same caseworker, after the staff table gave them a role that decides nothing.
        sqlx::query("UPDATE staff SET role = 'ARKIV' WHERE id = 'staff-lerkendal-1'")
            .execute(&db.pool)
            .await
            .expect("role");
        let ctx = crate::store::staff::current(db, "staff-lerkendal-1")
            .await
            .expect("load")
            .expect("still employed");
        let input = share(MOTHER, version);
        assert_eq!(
            review_decision(db, &ctx, CASE, "role-doc", today(), &input, Locale::Nb)
                .await
                .expect("review"),
            DecisionOutcome::NotFound
        );
        assert_eq!(
            confirm(db, &ctx, "role-doc", &input).await,
            DecisionOutcome::NotFound
        );
        let written: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM release_decisions WHERE document_id = 'role-doc'",
        )
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(written, 0);
        t.close().await;
    }
}
