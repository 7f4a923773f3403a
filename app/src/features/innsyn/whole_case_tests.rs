//! A request to see the whole case against the demo, on every engine: only a party of
//! the case may ask, one request waits at a time, the unit sees it, and the answer is
//! refused field by field until it is true to what the party sees; the answer and its
//! words reach that party alone, and nothing is stored when its audit entry fails.

use super::{
    answer_case_innsyn, case_innsyn_page, open_innsyn_requests, request_case_innsyn,
    staff_case_innsyn, AnswerOutcome, RequestOutcome,
};
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::demo::testing::{access_log_actions, seeded, staff, today};
use crate::domain::InnsynEvent;
use crate::features::release::{plain_share, record_decision};
use crate::store::Db;

const CASE: &str = "case-b";
const ASKER: &str = "p-b-ingrid";
const OTHER_PARTY: &str = "p-b-lise";
const WORKER: &str = "staff-lerkendal-1";
const WORDS: &str = "Notatet fra skolen holdes tilbake: det gjelder en annen elev.";

async fn ask(db: &Db, person: &str, message: &str) -> RequestOutcome {
    request_case_innsyn(db, person, CASE, message, today())
        .await
        .expect("request")
}

async fn answer(db: &Db, choice: &str, words: &str) -> AnswerOutcome {
    let ctx = staff(db, WORKER).await;
    answer_case_innsyn(db, &ctx, CASE, ASKER, (choice, words), today())
        .await
        .expect("answer")
}

async fn answer_seen_by(db: &Db, person: &str) -> Option<(Option<String>, Option<String>)> {
    case_innsyn_page(db, person, CASE, today())
        .await
        .expect("read")
        .expect("their case")
        .status
        .map(|s| (s.answer, s.answer_text))
}

/// Whether the unit's list holds `person`'s request for the whole case.
async fn listed(db: &Db, person: &str) -> bool {
    let ctx = staff(db, WORKER).await;
    open_innsyn_requests(db, &ctx, today())
        .await
        .expect("list")
        .iter()
        .any(|r| r.case_id == CASE && r.document.is_none() && r.person_id == person)
}

fn err(field: &'static str, key: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![(field, key)]
}

#[tokio::test]
async fn a_request_for_the_whole_case_is_answered_in_words_for_that_party_alone() {
    for t in seeded().await {
        let db = &t.db;
        // Someone who is no party of the case finds nothing, and nothing is stored.
        assert_eq!(ask(db, "p-a-kari", "").await, RequestOutcome::NotFound);
        let long = "x".repeat(crate::store::innsyn::MAX_MESSAGE_CHARS + 1);
        assert_eq!(ask(db, ASKER, &long).await, RequestOutcome::TooLong);
        assert_eq!(answer_seen_by(db, ASKER).await, None);
        assert!(!listed(db, ASKER).await);

        assert_eq!(
            ask(db, ASKER, "  Alt om meg.  ").await,
            RequestOutcome::Sent
        );
        assert_eq!(ask(db, ASKER, "igjen").await, RequestOutcome::AlreadyOpen);
        let page = case_innsyn_page(db, ASKER, CASE, today())
            .await
            .expect("read")
            .expect("hers");
        let status = page.status.clone().expect("her request");
        assert_eq!(status.message.as_deref(), Some("Alt om meg."));
        assert_eq!(status.answer, None);
        assert!(!page.may_ask(), "one request waits at a time");
        assert_eq!(answer_seen_by(db, OTHER_PARTY).await, None, "not hers");
        assert!(listed(db, ASKER).await);

        let ctx = staff(db, WORKER).await;
        let seen = staff_case_innsyn(db, &ctx, CASE, ASKER, today())
            .await
            .expect("read")
            .expect("the unit's case");
        assert!(seen.is_open());
        assert!(
            seen.documents.iter().any(|d| d.state != "SHARED"),
            "the demo keeps something from her"
        );
        // Not a party of this case: nothing to answer.
        assert!(staff_case_innsyn(db, &ctx, CASE, "p-a-kari", today())
            .await
            .expect("read")
            .is_none());

        assert_eq!(
            answer(db, "", "").await,
            AnswerOutcome::Refused(err("svar", "case-innsyn-error-choice"))
        );
        assert_eq!(
            answer(db, "REQUESTED", WORDS).await,
            AnswerOutcome::Refused(err("svar", "case-innsyn-error-choice"))
        );
        assert_eq!(
            answer(db, "GRANTED", "").await,
            AnswerOutcome::Refused(err("svar", "case-innsyn-error-granted-kept"))
        );
        assert_eq!(
            answer(db, "REFUSED", " \n ").await,
            AnswerOutcome::Refused(err("begrunnelse", "case-innsyn-error-reason"))
        );
        assert!(listed(db, ASKER).await, "a refused answer stores nothing");

        assert_eq!(
            answer(db, "PARTLY_GRANTED", WORDS).await,
            AnswerOutcome::Answered(InnsynEvent::PartlyGranted)
        );
        assert_eq!(
            answer(db, "REFUSED", WORDS).await,
            AnswerOutcome::NothingOpen
        );
        assert_eq!(
            answer_seen_by(db, ASKER).await,
            Some((Some("PARTLY_GRANTED".into()), Some(WORDS.into())))
        );
        let page = case_innsyn_page(db, ASKER, CASE, today())
            .await
            .expect("read")
            .expect("hers");
        assert!(page.may_ask(), "may ask again");
        assert!(
            page.status.and_then(|s| s.appeal_by).is_some(),
            "may appeal"
        );
        assert_eq!(answer_seen_by(db, OTHER_PARTY).await, None);
        assert!(!listed(db, ASKER).await, "answered");

        // Her access log shows the caseworker's look and answer; the other parent's not.
        let actions = |person: &'static str| access_log_actions(db, person, CASE);
        let hers = actions(ASKER).await;
        for a in [Action::StaffCaseInnsynView, Action::StaffCaseInnsynAnswer] {
            assert!(hers.contains(&a.as_str().to_string()), "{a:?} in {hers:?}");
            assert!(!actions(OTHER_PARTY).await.contains(&a.as_str().to_string()));
        }
        t.close().await;
    }
}

#[tokio::test]
async fn granted_only_once_every_document_is_shared_in_full() {
    for t in seeded().await {
        let db = &t.db;
        assert_eq!(ask(db, ASKER, "").await, RequestOutcome::Sent);
        let ctx = staff(db, WORKER).await;
        let page = staff_case_innsyn(db, &ctx, CASE, ASKER, today())
            .await
            .expect("read")
            .expect("the unit's case");
        for d in page.documents.iter().filter(|d| d.state != "SHARED") {
            let share = plain_share(&[ASKER], "innsyn i hele saken");
            record_decision(db, &ctx, CASE, &d.id, &share)
                .await
                .expect("share");
        }
        assert_eq!(
            answer(db, "REFUSED", WORDS).await,
            AnswerOutcome::Refused(err("svar", "case-innsyn-error-all-shared"))
        );
        assert_eq!(
            answer(db, "GRANTED", "").await,
            AnswerOutcome::Answered(InnsynEvent::Granted)
        );
        let status = case_innsyn_page(db, ASKER, CASE, today())
            .await
            .expect("read")
            .expect("hers")
            .status
            .expect("her request");
        assert_eq!(status.answer.as_deref(), Some("GRANTED"));
        assert_eq!(status.appeal_by, None, "nothing to appeal");
        t.close().await;
    }
}

#[tokio::test]
async fn another_unit_cannot_see_or_answer_and_nothing_is_stored_without_its_audit_entry() {
    for t in seeded().await {
        let db = &t.db;
        refuse(db, Action::CaseInnsynRequest).await;
        request_case_innsyn(db, ASKER, CASE, "", today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert_eq!(answer_seen_by(db, ASKER).await, None, "no request stored");

        assert_eq!(ask(db, ASKER, "").await, RequestOutcome::Sent);
        let elsewhere = staff(db, "staff-heimdal-1").await;
        assert!(staff_case_innsyn(db, &elsewhere, CASE, ASKER, today())
            .await
            .expect("read")
            .is_none());
        assert_eq!(
            answer_case_innsyn(db, &elsewhere, CASE, ASKER, ("REFUSED", WORDS), today())
                .await
                .expect("answer"),
            AnswerOutcome::NotFound
        );
        refuse(db, Action::StaffCaseInnsynAnswer).await;
        let ctx = staff(db, WORKER).await;
        answer_case_innsyn(db, &ctx, CASE, ASKER, ("REFUSED", WORDS), today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert!(listed(db, ASKER).await, "still waiting: no answer stored");
        t.close().await;
    }
}
