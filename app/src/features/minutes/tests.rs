//! Minutes for comment against the demo, on every engine: the caseworker opens the
//! Lucas family's meeting minutes (shared with the mother, not decided for Lucas, a
//! party by the nemnd's grant); the mother asks for corrections in place and reads the
//! answers; Lucas finds no page and no request of hers; a second submit stores one request; a closed period
//! and every bad field are refused with nothing stored; nothing is stored without its
//! audit entry; another unit sees nothing.

use super::*;
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::demo::testing::{access_log_actions, seeded, staff, today};
use crate::features::release::{plain_share, record_decision};
use crate::store::Db;
use chrono::Days;

const CASE: &str = "case-d";
/// "Referat fra samværsmøte": shared with the mother, not decided for Lucas.
const MINUTES: &str = "case-d-d04";
/// A tiltaksplan shared with both.
const PLAN: &str = "case-d-d03";
const MOTHER: &str = "p-d-tone";
const OTHER: &str = "p-d-lucas";
const WORKER: &str = "staff-omsorg-1";
const WORDS: &str = "Det var ikke jeg som foreslo flere møter; det var behandleren.";

async fn open_until(db: &Db, day: &str) -> FormOutcome {
    let ctx = staff(db, WORKER).await;
    open_minutes_for_comments(db, &ctx, CASE, MINUTES, day, today())
        .await
        .expect("open")
}

async fn send(db: &Db, person: &str, token: &str, part: &str, text: &str) -> FormOutcome {
    let form = CommentForm { token, part, text };
    send_minutes_comment(db, person, CASE, MINUTES, &form, today())
        .await
        .expect("send")
}

async fn page(db: &Db, person: &str) -> Option<crate::api::dto::MinutesCommentsData> {
    minutes_comments_page(db, person, CASE, MINUTES, today())
        .await
        .expect("read")
}

async fn staff_page(db: &Db) -> crate::api::dto::StaffMinutesData {
    let ctx = staff(db, WORKER).await;
    staff_minutes(db, &ctx, CASE, MINUTES, today())
        .await
        .expect("read")
        .expect("the unit's case")
}

fn token() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn day(days: u64) -> String {
    (today() + Days::new(days)).to_string()
}

fn err(field: &'static str, key: &'static str) -> FormOutcome {
    FormOutcome::Refused(vec![(field, key)])
}

#[tokio::test]
async fn the_mother_asks_for_corrections_in_place_and_reads_the_answers_lucas_sees_none() {
    for t in seeded().await {
        let db = &t.db;
        // Not opened yet: the page is there for her, without a form.
        let before = page(db, MOTHER).await.expect("shared with her");
        assert_eq!(before.deadline, None);
        assert!(!before.open);
        let tk = token();
        assert_eq!(
            send(db, MOTHER, &tk, "1", WORDS).await,
            err("", "minutes-error-closed")
        );
        // Not decided for Lucas: no page, no sending.
        assert_eq!(page(db, OTHER).await, None);
        assert_eq!(
            send(db, OTHER, &token(), "hele", WORDS).await,
            FormOutcome::NotFound
        );

        // The caseworker opens it; the day offered is three weeks ahead.
        let s = staff_page(db).await;
        assert_eq!(s.default_deadline, day(21));
        assert_eq!(s.deadline, None);
        assert_eq!(open_until(db, &day(21)).await, FormOutcome::Saved);
        assert_eq!(open_until(db, &day(21)).await, FormOutcome::Unchanged);

        let opened = page(db, MOTHER).await.expect("hers");
        assert!(opened.open);
        assert_eq!(
            opened.deadline.as_ref().map(|d| d.date.clone()),
            Some(day(21))
        );
        let parts = opened.blocks.len();
        assert!(parts >= 2, "the demo minutes have parts");

        // Each fault is named at its field, and nothing is stored.
        assert_eq!(
            send(db, MOTHER, &tk, "1", "  ").await,
            err("merknad", "minutes-error-empty")
        );
        let long = "x".repeat(crate::api::dto::MINUTES_COMMENT_MAX + 1);
        assert_eq!(
            send(db, MOTHER, &tk, "1", &long).await,
            err("merknad", "minutes-error-too-long")
        );
        let beyond = (parts + 1).to_string();
        assert_eq!(
            send(db, MOTHER, &tk, &beyond, WORDS).await,
            err("del", "minutes-error-part")
        );
        assert_eq!(
            send(db, MOTHER, "not-a-key", "1", WORDS).await,
            err("", "minutes-error-form")
        );
        assert!(page(db, MOTHER).await.expect("hers").comments.is_empty());

        // One request per form: the same form sent twice is one; another part's form
        // on the same page is another.
        assert_eq!(send(db, MOTHER, &tk, "2", WORDS).await, FormOutcome::Saved);
        assert_eq!(
            send(db, MOTHER, &tk, "2", WORDS).await,
            FormOutcome::Unchanged
        );
        assert_eq!(
            send(
                db,
                MOTHER,
                &tk,
                "hele",
                "Referatet mangler dato for neste møte."
            )
            .await,
            FormOutcome::Saved
        );
        let mine = page(db, MOTHER).await.expect("hers").comments;
        assert_eq!(mine.len(), 2);
        let on_part = mine.iter().find(|c| c.part == Some(2)).expect("on part 2");
        assert_eq!(on_part.text, WORDS);
        let shown = &opened.blocks[1];
        let quote = on_part.quote.clone().expect("the part as she saw it");
        for seg in &shown.segments {
            if let crate::api::dto::BodySegment::Text(text) = seg {
                assert!(quote.contains(text.as_str()), "{quote} quotes {text}");
            }
        }
        assert!(mine.iter().any(|c| c.part.is_none()));

        // The service sees both, under her name; Lucas has none.
        let s = staff_page(db).await;
        let hers = s
            .parties
            .iter()
            .find(|p| p.person_id == MOTHER)
            .expect("a party");
        assert_eq!(hers.comments.len(), 2);
        assert_eq!(hers.state, "SHARED");
        let his = s
            .parties
            .iter()
            .find(|p| p.person_id == OTHER)
            .expect("a party");
        assert!(his.comments.is_empty());
        assert_eq!(his.state, "NOT_DECIDED");

        // Answers: nothing preselected, words needed when the minutes stand; once.
        let ctx = staff(db, WORKER).await;
        let answer = |id: String, outcome: &'static str, text: &'static str| {
            let ctx = ctx.clone();
            async move {
                answer_minutes_comment(db, &ctx, (CASE, MINUTES, &id), (outcome, text), today())
                    .await
                    .expect("answer")
            }
        };
        let whole = mine
            .iter()
            .find(|c| c.part.is_none())
            .expect("whole")
            .id
            .clone();
        assert_eq!(
            answer(on_part.id.clone(), "", "").await,
            err("utfall", "minutes-error-outcome")
        );
        assert_eq!(
            answer(on_part.id.clone(), "KEPT_AS_COMMENT", " ").await,
            err("svar", "minutes-error-reason")
        );
        assert_eq!(
            answer(
                on_part.id.clone(),
                "KEPT_AS_COMMENT",
                "Slik ble det sagt i møtet."
            )
            .await,
            FormOutcome::Saved
        );
        assert_eq!(
            answer(on_part.id.clone(), "CORRECTED", "").await,
            FormOutcome::Unchanged
        );
        assert_eq!(
            answer(whole.clone(), "CORRECTED", "").await,
            FormOutcome::Saved
        );
        assert_eq!(
            answer("no-such".into(), "CORRECTED", "").await,
            FormOutcome::NotFound
        );

        let read = page(db, MOTHER).await.expect("hers").comments;
        let kept = read
            .iter()
            .find(|c| c.part == Some(2))
            .and_then(|c| c.answer.clone())
            .expect("answered");
        assert_eq!(kept.outcome, "KEPT_AS_COMMENT");
        assert_eq!(kept.text.as_deref(), Some("Slik ble det sagt i møtet."));
        let corrected = read
            .iter()
            .find(|c| c.part.is_none())
            .and_then(|c| c.answer.clone())
            .expect("answered");
        assert_eq!(corrected.outcome, "CORRECTED");

        // Her access log has the opening, the look and the answer; Lucas's log says
        // nothing of the minutes (not decided for him) nor of her answer.
        let actions = |person: &'static str| access_log_actions(db, person, CASE);
        let hers = actions(MOTHER).await;
        let his = actions(OTHER).await;
        for a in [
            Action::StaffMinutesOpen,
            Action::StaffMinutesView,
            Action::StaffMinutesAnswer,
        ] {
            assert!(hers.contains(&a.as_str().to_string()), "{a:?} in {hers:?}");
            assert!(!his.contains(&a.as_str().to_string()), "{a:?} in {his:?}");
        }

        // Shared with Lucas too: he reads the minutes and may comment, but her requests
        // and their answers stay hers.
        let share = plain_share(&[OTHER], "referatet deles med Lucas");
        record_decision(db, &ctx, CASE, MINUTES, &share)
            .await
            .expect("share");
        let his_page = page(db, OTHER).await.expect("shared with him now");
        assert!(his_page.open);
        assert!(his_page.comments.is_empty(), "{:?}", his_page.comments);
        assert!(!format!("{his_page:?}").contains("Slik ble det sagt"));
        let his_log = actions(OTHER).await;
        assert!(!his_log.contains(&Action::StaffMinutesAnswer.as_str().to_string()));
        t.close().await;
    }
}

#[tokio::test]
async fn a_deadline_passed_refuses_and_only_shared_minutes_open() {
    for t in seeded().await {
        let db = &t.db;
        assert_eq!(open_until(db, &day(0)).await, FormOutcome::Saved);
        assert_eq!(
            send(db, MOTHER, &token(), "1", WORDS).await,
            FormOutcome::Saved
        );
        // The next day the period has passed: refused with nothing stored.
        let tomorrow = today() + Days::new(1);
        let form = CommentForm {
            token: &token(),
            part: "1",
            text: WORDS,
        };
        assert_eq!(
            send_minutes_comment(db, MOTHER, CASE, MINUTES, &form, tomorrow)
                .await
                .expect("send"),
            err("", "minutes-error-closed")
        );
        let later = minutes_comments_page(db, MOTHER, CASE, MINUTES, tomorrow)
            .await
            .expect("read")
            .expect("hers");
        assert!(!later.open);
        assert_eq!(later.comments.len(), 1, "what she sent stays");

        let ctx = staff(db, WORKER).await;
        let plan = open_minutes_for_comments(db, &ctx, CASE, PLAN, &day(21), today())
            .await
            .expect("open");
        assert_eq!(plan, err("", "minutes-error-not-minutes"));
        assert_eq!(open_until(db, &day(0)).await, FormOutcome::Unchanged);
        let yesterday = (today() - Days::new(1)).to_string();
        assert_eq!(
            open_until(db, &yesterday).await,
            err("frist", "minutes-error-past")
        );
        assert_eq!(
            open_until(db, "").await,
            err("frist", "minutes-error-no-date")
        );
        assert_eq!(
            open_until(db, &day(93)).await,
            err("frist", "minutes-error-too-far")
        );
        t.close().await;
    }
}

#[tokio::test]
async fn another_unit_sees_nothing_and_nothing_is_stored_without_its_audit_entry() {
    for t in seeded().await {
        let db = &t.db;
        let elsewhere = staff(db, "staff-lerkendal-1").await;
        assert!(staff_minutes(db, &elsewhere, CASE, MINUTES, today())
            .await
            .expect("read")
            .is_none());
        assert_eq!(
            open_minutes_for_comments(db, &elsewhere, CASE, MINUTES, &day(21), today())
                .await
                .expect("open"),
            FormOutcome::NotFound
        );
        refuse(db, Action::StaffMinutesOpen).await;
        let ctx = staff(db, WORKER).await;
        open_minutes_for_comments(db, &ctx, CASE, MINUTES, &day(21), today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert_eq!(staff_page(db).await.deadline, None, "not opened");

        assert_eq!(open_until(db, &day(21)).await, FormOutcome::Saved);
        refuse(db, Action::MinutesComment).await;
        let form = CommentForm {
            token: &token(),
            part: "1",
            text: WORDS,
        };
        send_minutes_comment(db, MOTHER, CASE, MINUTES, &form, today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert!(page(db, MOTHER).await.expect("hers").comments.is_empty());

        assert_eq!(
            send(db, MOTHER, &token(), "1", WORDS).await,
            FormOutcome::Saved
        );
        let id = page(db, MOTHER).await.expect("hers").comments[0].id.clone();
        assert_eq!(
            answer_minutes_comment(
                db,
                &elsewhere,
                (CASE, MINUTES, &id),
                ("CORRECTED", ""),
                today()
            )
            .await
            .expect("answer"),
            FormOutcome::NotFound
        );
        refuse(db, Action::StaffMinutesAnswer).await;
        answer_minutes_comment(db, &ctx, (CASE, MINUTES, &id), ("CORRECTED", ""), today())
            .await
            .expect_err("the audit entry failed");
        allow(db).await;
        assert_eq!(
            page(db, MOTHER).await.expect("hers").comments[0].answer,
            None
        );
        t.close().await;
    }
}
