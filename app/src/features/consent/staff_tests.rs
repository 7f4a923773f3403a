//! The service's side against a seeded demo database, on every engine: creating a
//! consent (checked fields, who may be asked, a double submit), the flow of issue 14
//! (two parents answer, the service registers a changed answer, a withdrawal stands out
//! in the unit overview), cancelling and changing dates, and a change whose audit entry
//! fails stores nothing.

use super::{
    answer_consent, case_consents, change_consent, consent_detail, consent_page, create_consent,
    unit_consents, AnswerOutcome, ConsentForm, StaffOutcome,
};
use crate::access::StaffCtx;
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::demo::testing::{pairs, seeded, staff, today};
use crate::domain::consent::PartyChoice;
use crate::features::reading::Reader;
use crate::store::Db;
use chrono::Days;

const MOTHER: &str = "p-a-kari";
const FATHER: &str = "p-a-ole";
const CASE: &str = "case-a";

fn form(fields: &[(&str, &str)]) -> ConsentForm {
    ConsentForm::from_pairs(pairs(fields))
}

const TOKEN: &str = "7d9a4a1e-5b6f-4c1a-9b57-0a2d8f3e6c11";

fn school_form(deadline: &str) -> ConsentForm {
    form(&[
        ("token", TOKEN),
        ("formaal", "INFO_SKOLE"),
        ("tekst", "Møte med skolen om leksehjelp."),
        ("mottakere", "Kontaktlæreren"),
        ("part", MOTHER),
        ("part", FATHER),
        ("svarfrist", deadline),
        ("sluttdato", ""),
    ])
}

fn in_days(n: u64) -> String {
    (today() + Days::new(n)).to_string()
}

async fn created(db: &Db, ctx: &StaffCtx) -> String {
    match create_consent(db, ctx, CASE, &school_form(&in_days(14)), today())
        .await
        .expect("create")
    {
        StaffOutcome::Saved { consent_id, .. } => consent_id,
        other => panic!("not created: {other:?}"),
    }
}

async fn overall(db: &Db, ctx: &StaffCtx, id: &str) -> String {
    consent_detail(db, ctx, CASE, id, today())
        .await
        .expect("read")
        .expect("consent")
        .row
        .status
}

#[tokio::test]
async fn a_caseworker_creates_a_consent_once_and_bad_input_is_named_field_by_field() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, "staff-heimdal-1").await;
        let id = created(db, &ctx).await;
        assert_eq!(id, TOKEN, "the form's token is the consent's id");
        let again = create_consent(db, &ctx, CASE, &school_form(&in_days(14)), today())
            .await
            .expect("create");
        assert_eq!(
            again,
            StaffOutcome::Unchanged,
            "a double submit is one consent"
        );

        let empty = form(&[("token", "6a3e9d1c-2b4f-4e8a-8c7d-1f0e2d3c4b5a")]);
        let StaffOutcome::Refused(errors) = create_consent(db, &ctx, CASE, &empty, today())
            .await
            .expect("create")
        else {
            panic!("an empty form was accepted");
        };
        let fields: Vec<&str> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            ["formaal", "tekst", "mottakere", "svarfrist", "part"]
        );

        let mut past = school_form(&(today() - Days::new(1)).to_string());
        past = ConsentForm::from_pairs(
            past.pairs()
                .iter()
                .map(|(k, v)| {
                    let v = if k == "token" {
                        "1b2c3d4e-0000-4000-8000-000000000099"
                    } else {
                        v
                    };
                    (k.clone(), v.to_string())
                })
                .collect(),
        );
        assert_eq!(
            create_consent(db, &ctx, CASE, &past, today())
                .await
                .expect("create"),
            StaffOutcome::Refused(vec![("svarfrist", "consent-error-deadline-past")])
        );

        // Nora is 9: not asked.
        let nora = form(&[
            ("token", "2c3d4e5f-0000-4000-8000-000000000098"),
            ("formaal", "INFO_SKOLE"),
            ("tekst", "x"),
            ("mottakere", "y"),
            ("part", "p-a-nora"),
            ("svarfrist", &in_days(7)),
        ]);
        assert_eq!(
            create_consent(db, &ctx, CASE, &nora, today())
                .await
                .expect("create"),
            StaffOutcome::Refused(vec![("part", "consent-error-not-askable")])
        );
        // A help measure for Sander (16) asks Sander too.
        let sander_team = staff(db, "staff-lerkendal-1").await;
        let without_youth = form(&[
            ("token", "3d4e5f60-0000-4000-8000-000000000097"),
            ("formaal", "TILTAK_FORELDREVEILEDNING"),
            ("tekst", "x"),
            ("mottakere", "y"),
            ("part", "p-b-lise"),
            ("svarfrist", &in_days(7)),
        ]);
        let outcome = create_consent(db, &sander_team, "case-b", &without_youth, today())
            .await
            .expect("create");
        assert_eq!(
            outcome,
            StaffOutcome::Refused(vec![("part", "consent-error-youth")])
        );
        t.close().await;
    }
}

#[tokio::test]
async fn staff_of_another_unit_find_no_case_and_no_consent() {
    for t in seeded().await {
        let db = &t.db;
        let mine = staff(db, "staff-heimdal-1").await;
        let id = created(db, &mine).await;
        let other = staff(db, "staff-lerkendal-1").await;
        assert_eq!(
            consent_detail(db, &other, CASE, &id, today())
                .await
                .expect("read"),
            None
        );
        assert_eq!(
            case_consents(db, &other, CASE, today())
                .await
                .expect("read"),
            None
        );
        let cancel = form(&[("begrunnelse", "feil")]);
        assert_eq!(
            change_consent(db, &other, CASE, &id, "avbryt", &cancel, today())
                .await
                .expect("change"),
            StaffOutcome::NotFound
        );
        assert!(unit_consents(db, &other, today())
            .await
            .expect("read")
            .iter()
            .all(|r| r.case_id != CASE));
        t.close().await;
    }
}

#[tokio::test]
async fn the_issue_flow_no_then_a_registered_yes_then_a_withdrawal_that_stands_out() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, "staff-heimdal-1").await;
        let id = created(db, &ctx).await;
        let answer = |who: &'static str, choice| {
            let id = id.clone();
            async move {
                answer_consent(db, who, CASE, &id, choice, today())
                    .await
                    .expect("answer")
            }
        };
        assert!(matches!(
            answer(MOTHER, PartyChoice::Yes).await,
            AnswerOutcome::Saved(_)
        ));
        assert!(matches!(
            answer(FATHER, PartyChoice::No).await,
            AnswerOutcome::Saved(_)
        ));
        assert_eq!(overall(db, &ctx, &id).await, "IKKE_SAMTYKKET");

        // The father said yes on the phone: registered with the reason.
        let no_reason = form(&[("part", FATHER), ("svar", "SAMTYKKET"), ("begrunnelse", "")]);
        assert_eq!(
            change_consent(db, &ctx, CASE, &id, "svar", &no_reason, today())
                .await
                .expect("change"),
            StaffOutcome::Refused(vec![("begrunnelse", "consent-error-required")])
        );
        let by_phone = form(&[
            ("part", FATHER),
            ("svar", "SAMTYKKET"),
            ("begrunnelse", "Ringte og sa ja."),
        ]);
        assert!(matches!(
            change_consent(db, &ctx, CASE, &id, "svar", &by_phone, today())
                .await
                .expect("change"),
            StaffOutcome::Saved { .. }
        ));
        assert_eq!(overall(db, &ctx, &id).await, "SAMTYKKET");
        // Waiting → withdrawn is not a change Fiks lets the service register.
        let not_allowed = form(&[
            ("part", FATHER),
            ("svar", "IKKE_SAMTYKKET"),
            ("begrunnelse", "x"),
        ]);
        assert_eq!(
            change_consent(db, &ctx, CASE, &id, "svar", &not_allowed, today())
                .await
                .expect("change"),
            StaffOutcome::Refused(vec![("svar", "consent-error-transition")])
        );

        assert!(matches!(
            answer(MOTHER, PartyChoice::Withdraw).await,
            AnswerOutcome::Saved(_)
        ));
        assert_eq!(overall(db, &ctx, &id).await, "TRUKKET");
        let unit = unit_consents(db, &ctx, today()).await.expect("read");
        let row = unit.iter().find(|r| r.consent_id == id).expect("listed");
        assert_eq!(
            row.withdrawn_on.as_deref(),
            Some(today().to_string().as_str())
        );

        // Staff see every answer and the notes; the father's page shows his own only.
        let detail = consent_detail(db, &ctx, CASE, &id, today())
            .await
            .expect("read")
            .expect("consent");
        assert!(detail
            .history
            .iter()
            .any(|e| e.note.as_deref() == Some("Ringte og sa ja.")));
        let fathers = consent_page(db, Reader::Party(FATHER), CASE, &id, today())
            .await
            .expect("read")
            .expect("page");
        let whats: Vec<&str> = fathers.history.iter().map(|h| h.what.as_str()).collect();
        assert_eq!(whats, ["asked", "no", "yes"]);
        assert!(fathers.history[2].by_service, "registered by the service");
        assert!(
            !format!("{fathers:?}").contains("Ringte"),
            "the note is staff's own"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_cancelled_consent_takes_no_more_answers_and_dates_move_the_status() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, "staff-heimdal-1").await;
        let id = created(db, &ctx).await;
        let dates = form(&[("svarfrist", &in_days(3)), ("sluttdato", &in_days(2))]);
        assert_eq!(
            change_consent(db, &ctx, CASE, &id, "datoer", &dates, today())
                .await
                .expect("change"),
            StaffOutcome::Refused(vec![("sluttdato", "consent-error-end-before-deadline")])
        );
        let dates = form(&[("svarfrist", &in_days(3)), ("sluttdato", &in_days(30))]);
        assert!(matches!(
            change_consent(db, &ctx, CASE, &id, "datoer", &dates, today())
                .await
                .expect("change"),
            StaffOutcome::Saved { .. }
        ));
        let row = consent_detail(db, &ctx, CASE, &id, today())
            .await
            .expect("read")
            .expect("consent")
            .row;
        assert_eq!((row.deadline, row.end), (in_days(3), Some(in_days(30))));

        let cancel = form(&[("begrunnelse", "Tiltaket er ikke aktuelt.")]);
        assert!(matches!(
            change_consent(db, &ctx, CASE, &id, "avbryt", &cancel, today())
                .await
                .expect("change"),
            StaffOutcome::Saved { .. }
        ));
        assert_eq!(overall(db, &ctx, &id).await, "AVBRUTT");
        let late = answer_consent(db, MOTHER, CASE, &id, PartyChoice::Yes, today())
            .await
            .expect("answer");
        assert!(matches!(late, AnswerOutcome::Refused(_)), "{late:?}");
        let page = consent_page(db, Reader::Party(MOTHER), CASE, &id, today())
            .await
            .expect("read")
            .expect("page");
        assert_eq!(page.status, "cancelled");
        assert!(page.choices.is_empty());
        t.close().await;
    }
}

/// Would fail if the consent were stored outside its audit entry's transaction.
#[tokio::test]
async fn a_consent_whose_audit_entry_fails_is_not_created() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, "staff-heimdal-1").await;
        refuse(db, Action::StaffConsentCreate).await;
        create_consent(db, &ctx, CASE, &school_form(&in_days(14)), today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        let rows = case_consents(db, &ctx, CASE, today())
            .await
            .expect("read")
            .expect("case");
        assert!(rows.iter().all(|r| r.consent_id != TOKEN));
        t.close().await;
    }
}

/// What `person` finds in their access log of case A: the consent actions' names.
async fn consent_entries(db: &Db, person: &str) -> Vec<String> {
    crate::demo::testing::access_log_actions(db, person, CASE)
        .await
        .into_iter()
        .filter(|a| a.starts_with("staff.consent"))
        .collect()
}

#[tokio::test]
async fn staff_work_on_a_consent_shows_in_the_access_log_of_the_parties_asked_only() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, "staff-heimdal-1").await;
        let mothers_only = form(&[
            ("token", TOKEN),
            ("formaal", "INFO_HELSE"),
            ("tekst", "Samtale med fastlegen."),
            ("mottakere", "Fastlegen"),
            ("part", MOTHER),
            ("svarfrist", &in_days(14)),
        ]);
        let created = create_consent(db, &ctx, CASE, &mothers_only, today())
            .await
            .expect("create");
        assert!(matches!(created, StaffOutcome::Saved { .. }), "{created:?}");
        consent_detail(db, &ctx, CASE, TOKEN, today())
            .await
            .expect("read")
            .expect("consent");
        let mut seen = consent_entries(db, MOTHER).await;
        seen.sort();
        assert_eq!(seen, ["staff.consent.create", "staff.consent.view"]);
        assert_eq!(
            consent_entries(db, FATHER).await,
            Vec::<String>::new(),
            "the father is not asked and must not learn of it"
        );
        t.close().await;
    }
}
