//! A party's consents against a seeded demo database, on every engine: who sees which,
//! the answer flow of two parents, double submits, and a change whose audit entry
//! fails stores nothing.

use super::{answer_consent, consent_page, consents_for_party, AnswerOutcome};
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::demo::testing::{seeded, today};
use crate::demo::TRONDHEIM;
use crate::domain::consent::{fold, status, PartyChoice, Refusal, Status};
use crate::features::reading::{visible_case_of, Reader};
use crate::store::consents;
use crate::store::Db;

const HEIMDAL: &str = "unit-trd-heimdal";
const MOTHER: &str = "p-a-kari";
const FATHER: &str = "p-a-ole";
const CASE: &str = "case-a";
/// Case A's consents, in the order the demo adds them.
const SCHOOL: &str = "00000000-0000-4000-8000-000000000001";
const GUIDANCE: &str = "00000000-0000-4000-8000-000000000002";
const MOTHERS_DOCTOR: &str = "00000000-0000-4000-8000-000000000003";
/// Asked of Amina's mother before Amina turned 18.
const AMINAS_SCHOOL: &str = "00000000-0000-4000-8000-000000000006";

/// (consent id, status code) of what `person` is shown on `case_id`'s page.
async fn listed(db: &Db, person: &str, case_id: &str) -> Vec<(String, String)> {
    let Some(v) = visible_case_of(db, person, case_id, today())
        .await
        .expect("read")
    else {
        return Vec::new();
    };
    consents_for_party(db, &v, today())
        .await
        .expect("read")
        .into_iter()
        .map(|s| (s.consent_id, s.status))
        .collect()
}

async fn answer(db: &Db, person: &str, consent: &str, choice: PartyChoice) -> AnswerOutcome {
    answer_consent(db, person, CASE, consent, choice, today())
        .await
        .expect("answer")
}

async fn page_status(db: &Db, person: &str, consent: &str) -> Option<String> {
    consent_page(db, Reader::Party(person), CASE, consent, today())
        .await
        .expect("read")
        .map(|p| p.status)
}

async fn overall(db: &Db, consent: &str) -> Status {
    let mut conn = db.pool.acquire().await.expect("conn");
    let staff = crate::access::StaffCtx {
        staff_id: "staff".into(),
        unit_id: HEIMDAL.into(),
        service_id: TRONDHEIM.into(),
        role: Some(crate::domain::StaffRole::Saksbehandler),
    };
    let access = crate::access::policy::staff_case_access(&staff, CASE, HEIMDAL, TRONDHEIM);
    let rec = consents::in_case(&mut conn, &access.expect("staff access"), consent)
        .await
        .expect("read")
        .expect("consent");
    status(&fold(&rec.asked, &rec.events).expect("folds"), today())
}

#[tokio::test]
async fn each_party_sees_only_the_consents_that_ask_them_waiting_first() {
    for t in seeded().await {
        let db = &t.db;
        let s = |id: &str, st: &str| (id.to_string(), st.to_string());
        assert_eq!(
            listed(db, MOTHER, CASE).await,
            vec![
                s(SCHOOL, "answer-needed"),
                s(GUIDANCE, "in-force"),
                s(MOTHERS_DOCTOR, "deadline-passed")
            ]
        );
        assert_eq!(
            listed(db, FATHER, CASE).await,
            vec![s(SCHOOL, "answer-needed"), s(GUIDANCE, "in-force")],
            "the consent asked of the mother alone does not exist for the father"
        );
        assert_eq!(listed(db, "p-a-nora", CASE).await, vec![], "Nora is 9");
        assert_eq!(page_status(db, FATHER, MOTHERS_DOCTOR).await, None);
        assert_eq!(
            answer(db, FATHER, MOTHERS_DOCTOR, PartyChoice::Yes).await,
            AnswerOutcome::NotFound
        );
        // A former party: Amina's mother, whose rights ended at Amina's 18th birthday.
        let former = answer_consent(
            db,
            "p-c-fadumo",
            "case-c",
            AMINAS_SCHOOL,
            PartyChoice::Withdraw,
            today(),
        )
        .await
        .expect("answer");
        assert_eq!(former, AnswerOutcome::NotFound);
        // A consent of another case, asked through this case's address.
        assert_eq!(
            page_status(db, MOTHER, "00000000-0000-4000-8000-000000000004").await,
            None
        );
        t.close().await;
    }
}

#[tokio::test]
async fn two_parents_answer_and_neither_learns_what_the_other_said() {
    for t in seeded().await {
        let db = &t.db;
        use AnswerOutcome::*;
        assert_eq!(
            answer(db, MOTHER, SCHOOL, PartyChoice::Yes).await,
            Saved(PartyChoice::Yes)
        );
        assert_eq!(
            answer(db, MOTHER, SCHOOL, PartyChoice::Yes).await,
            Unchanged(PartyChoice::Yes),
            "a double submit is one answer"
        );
        assert_eq!(
            answer(db, FATHER, SCHOOL, PartyChoice::No).await,
            Saved(PartyChoice::No)
        );
        assert_eq!(overall(db, SCHOOL).await, Status::Declined);
        assert_eq!(
            page_status(db, MOTHER, SCHOOL).await.as_deref(),
            Some("not-all")
        );
        assert_eq!(
            page_status(db, FATHER, SCHOOL).await.as_deref(),
            Some("declined")
        );
        let mothers = consent_page(db, Reader::Party(MOTHER), CASE, SCHOOL, today())
            .await
            .expect("read")
            .expect("page");
        let history: Vec<&str> = mothers.history.iter().map(|h| h.what.as_str()).collect();
        assert_eq!(
            history,
            ["asked", "yes"],
            "the father's no is not in her history"
        );
        assert_eq!(mothers.choices, ["trekk"]);
        assert!(mothers.others_asked);

        assert_eq!(
            answer(db, FATHER, SCHOOL, PartyChoice::Yes).await,
            Saved(PartyChoice::Yes)
        );
        assert_eq!(overall(db, SCHOOL).await, Status::Consented);
        assert_eq!(
            page_status(db, MOTHER, SCHOOL).await.as_deref(),
            Some("in-force")
        );
        assert_eq!(
            answer(db, MOTHER, SCHOOL, PartyChoice::No).await,
            Refused(Refusal::NotAllowed {
                from: crate::domain::consent::Answer::Consented
            }),
            "after a yes, no is a withdrawal"
        );
        assert_eq!(
            answer(db, MOTHER, SCHOOL, PartyChoice::Withdraw).await,
            Saved(PartyChoice::Withdraw)
        );
        assert_eq!(overall(db, SCHOOL).await, Status::Withdrawn);
        assert_eq!(
            page_status(db, FATHER, SCHOOL).await.as_deref(),
            Some("not-all")
        );

        let entries: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'citizen.consent.answer'",
        )
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(
            entries, 4,
            "each stored answer is audited, the double submit not"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn answers_at_once_are_decided_one_after_the_other() {
    for t in seeded().await {
        let db = &t.db;
        let (a, b) = tokio::join!(
            answer(db, MOTHER, SCHOOL, PartyChoice::Yes),
            answer(db, MOTHER, SCHOOL, PartyChoice::Yes)
        );
        let saved = [&a, &b]
            .iter()
            .filter(|o| matches!(o, AnswerOutcome::Saved(_)))
            .count();
        assert_eq!(saved, 1, "{a:?} {b:?}");
        let events: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM consent_events WHERE consent_id = $1")
                .bind(SCHOOL)
                .fetch_one(&db.pool)
                .await
                .expect("count");
        assert_eq!(events, 2, "the creation and one answer");
        t.close().await;
    }
}

/// Would fail if the answer were stored outside the audit entry's transaction.
#[tokio::test]
async fn an_answer_whose_audit_entry_fails_is_not_stored() {
    for t in seeded().await {
        let db = &t.db;
        refuse(db, Action::ConsentAnswer).await;
        answer_consent(db, MOTHER, CASE, SCHOOL, PartyChoice::Yes, today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert_eq!(
            page_status(db, MOTHER, SCHOOL).await.as_deref(),
            Some("answer-needed")
        );
        t.close().await;
    }
}
