//! What a party reads is true: deadlines worded for the day they are read, and the
//! grounds catalogue's citizen texts free of the lawyer's working notes (issue 11).

use super::read_document;
use crate::api::dto::{DeadlineStatus, DocumentContent};
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::domain::grounds::GroundsCode;
use crate::domain::DocType;
use crate::i18n::Locale;
use crate::store::testing::TestDb;
use chrono::{Days, NaiveDate};
use sqlx::Row;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

/// A working note in a text meant for a party: an unconfirmed-reference marker, or any
/// bracket (the catalogue's notes are bracketed; its citizen texts need none).
fn working_note(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    ["bekreftet", "verify", "verifiser", "(", ")", "[", "]"]
        .into_iter()
        .find(|n| lower.contains(n))
}

const MOTHER_D: &str = "p-d-tone";
/// The letter withheld from the mother under SKJULT-ADRESSE.
const HIDDEN_ADDRESS_LETTER: &str = "case-d-d02";

#[tokio::test]
async fn the_catalogue_as_stored_gives_parties_no_working_notes() {
    for t in TestDb::all().await {
        let rows = sqlx::query(
            "SELECT code, paragraph, verified, label_nb, label_nn, label_en, explanation_nb, \
             explanation_nn, explanation_en, citizen_basis_nb, citizen_basis_nn, \
             citizen_basis_en FROM withholding_grounds",
        )
        .fetch_all(&t.db.pool)
        .await
        .expect("catalogue");
        assert_eq!(rows.len(), GroundsCode::ALL.len());
        for r in &rows {
            let code: String = r.try_get("code").expect("code");
            let verified: i64 = r.try_get("verified").expect("verified");
            for lang in ["nb", "nn", "en"] {
                let basis: Option<String> = r
                    .try_get(format!("citizen_basis_{lang}").as_str())
                    .expect("basis");
                let basis = basis.unwrap_or_else(|| panic!("{code} lacks a {lang} basis"));
                // The paragraph only where the lawyer confirmed it.
                assert!(
                    verified == 1 || !basis.contains('§'),
                    "{code} shows an unconfirmed paragraph: {basis}"
                );
                for col in ["label", "explanation"] {
                    let text: String = r.try_get(format!("{col}_{lang}").as_str()).expect("text");
                    assert_eq!(working_note(&text), None, "{code} {col}_{lang}: {text}");
                }
                assert_eq!(working_note(&basis), None, "{code} basis {lang}: {basis}");
            }
            if code == GroundsCode::SkjultAdresse.as_str() {
                // Staff keep the working record, note and all.
                let paragraph: String = r.try_get("paragraph").expect("paragraph");
                assert!(paragraph.contains("ikke bekreftet"), "{paragraph}");
            }
        }
        t.close().await;
    }
}

#[tokio::test]
async fn a_letter_withheld_for_a_hidden_address_explains_it_without_notes() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        insert_demo(&t.db, &data).await.expect("seed");
        for locale in Locale::ALL {
            let doc = read_document(
                &t.db,
                MOTHER_D,
                "case-d",
                HIDDEN_ADDRESS_LETTER,
                today(),
                locale,
            )
            .await
            .expect("read")
            .expect("listed for the mother");
            let DocumentContent::Withheld(info) = &doc.content else {
                panic!("the letter is withheld from the mother: {doc:?}");
            };
            assert_eq!(info.code.as_deref(), Some("SKJULT-ADRESSE"));
            let basis = info.basis.clone().expect("a basis the party can read");
            assert!(
                basis.to_lowercase().contains("nemnd") || basis.contains("Board"),
                "{basis}"
            );
            // The catalogue's texts (the justification is the caseworker's own words).
            let texts = [&info.basis, &info.label, &info.explanation];
            for text in texts.into_iter().flatten() {
                assert_eq!(working_note(text), None, "{locale:?}: {text}");
            }
        }
        t.close().await;
    }
}

#[tokio::test]
async fn a_klagefrist_is_worded_for_the_day_it_is_read() {
    let data = generate(today(), 1);
    let vedtak = data
        .documents
        .iter()
        .find(|d| d.case_id == "case-d" && d.doc_type == DocType::Vedtak)
        .expect("case D has a vedtak");
    let deadline = vedtak.appeal_deadline.expect("a vedtak has a klagefrist");
    let t = TestDb::sqlite().await;
    insert_demo(&t.db, &data).await.expect("seed");
    let status_on = |day: NaiveDate| {
        let db = t.db.clone();
        let id = vedtak.id.clone();
        async move {
            read_document(&db, MOTHER_D, "case-d", &id, day, Locale::Nb)
                .await
                .expect("read")
                .expect("listed")
                .appeal_deadline
                .expect("klagefrist")
        }
    };
    let now = status_on(today()).await;
    assert_eq!(now.date, deadline.to_string());
    assert_eq!(
        now.status,
        DeadlineStatus::Passed,
        "decided long before today"
    );
    assert_eq!(
        status_on(deadline).await.status,
        DeadlineStatus::LastDays { days_left: 0 }
    );
    assert_eq!(
        status_on(deadline + Days::new(1)).await.status,
        DeadlineStatus::Passed
    );
    assert_eq!(
        status_on(deadline - Days::new(12)).await.status,
        DeadlineStatus::Open { days_left: 12 }
    );
    t.close().await;
}
