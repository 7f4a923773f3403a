//! Deadlines within three days, on every engine: found through the policy (a document
//! withheld from a party or not decided for them tells them of no deadline), told once
//! per person and deadline, in the deadline's words, cancelled once read, no reminder.

use super::tests::{settings as no_escalations, Recorder};
use super::*;
use crate::demo::testing::{seeded, today};
use crate::domain::notice::BATCH_SECS;
use crate::i18n::Locale;
use crate::store::now_unix;
use chrono::{Days, NaiveDate};
use sqlx::Row;
use std::collections::BTreeSet;

const TONE: &str = "p-d-tone";
const LUCAS: &str = "p-d-lucas";

async fn set_appeal_deadline(db: &Db, document: &str, on: NaiveDate) {
    sqlx::query("UPDATE documents SET appeal_deadline = $1 WHERE id = $2")
        .bind(on.to_string())
        .bind(document)
        .execute(&db.pool)
        .await
        .expect("update");
}

async fn due_in(db: &Db, case_id: &str, on: NaiveDate) -> BTreeSet<(String, String)> {
    due_deadlines(db, on)
        .await
        .expect("scan")
        .into_iter()
        .filter(|d| d.case_id == case_id)
        .map(|d| (d.person_id, d.about))
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(p, a)| (p.to_string(), a.to_string()))
        .collect()
}

#[tokio::test]
async fn a_deadline_is_told_once_to_each_party_who_may_see_it_and_cancelled_once_read() {
    for t in seeded().await {
        let db = &t.db;
        let day = today();
        // case-d: the vedtak d01 is shared with Lucas and partly with Tone; the letter d02
        // shared with Lucas and withheld from Tone; the minutes d04 shared with Tone and
        // not decided for Lucas; d03 shared with both.
        set_appeal_deadline(db, "case-d-d01", day + Days::new(2)).await;
        set_appeal_deadline(db, "case-d-d02", day + Days::new(1)).await;
        set_appeal_deadline(db, "case-d-d03", day + Days::new(4)).await;
        let mut tx = db.begin_write().await.expect("tx");
        crate::store::minutes::set_deadline(
            &mut tx,
            "case-d-d04",
            day + Days::new(3),
            "staff-omsorg-1",
            now_unix(),
        )
        .await
        .expect("open for comments");
        tx.commit().await.expect("commit");
        assert_eq!(
            due_in(db, "case-d", day).await,
            pairs(&[
                (LUCAS, "case-d-d01"),
                (LUCAS, "case-d-d02"),
                (TONE, "case-d-d01"),
                (TONE, "case-d-d04"),
            ])
        );
        let now = now_unix();
        let told = write_due_deadlines(db, day, now).await.expect("tell");
        assert!(told >= 4, "{told}");
        assert_eq!(
            write_due_deadlines(db, day, now + 60).await.expect("again"),
            0
        );
        // Tone opens the vedtak and the minutes before her notice goes out: nothing
        // left to tell her. Lucas is told.
        for document in ["case-d-d01", "case-d-d04"] {
            crate::features::reading::read_document(db, TONE, "case-d", document, day, Locale::Nb)
                .await
                .expect("read")
                .expect("shared with her");
        }
        let rec = Recorder::default();
        let pass = run_once(db, &rec, no_escalations(), now + BATCH_SECS + 1)
            .await
            .expect("run");
        assert!(pass.cancelled >= 1, "{pass:?}");
        let sent = rec.sent();
        let told_to = |person: &str| sent.iter().any(|o| o.to == format!("{person}@example.org"));
        assert!(told_to(LUCAS));
        assert!(!told_to(TONE), "read before sending");
        let lucas = sent
            .iter()
            .find(|o| o.to.starts_with(LUCAS))
            .expect("Lucas's notice");
        assert_eq!(
            (lucas.subject.clone(), lucas.body.clone()),
            compose(Locale::Nb, Channel::Email, Wording::Deadline)
        );
        // No reminder a week on: the deadlines have passed.
        let week = crate::domain::notice::reminder_due(0);
        let later = run_once(db, &rec, no_escalations(), now + BATCH_SECS + 1 + week)
            .await
            .expect("run");
        assert_eq!(later.reminders, 0, "{later:?}");
        t.close().await;
    }
}

#[tokio::test]
async fn a_consent_deadline_is_told_to_the_parties_it_asks_while_it_waits_for_them() {
    const CONSENT: &str = "00000000-0000-4000-8000-000000000001";
    for t in seeded().await {
        let db = &t.db;
        let deadline: String = sqlx::query(
            "SELECT deadline FROM consent_events WHERE consent_id = $1 AND deadline IS NOT NULL",
        )
        .bind(CONSENT)
        .fetch_one(&db.pool)
        .await
        .expect("consent")
        .get("deadline");
        let deadline = NaiveDate::parse_from_str(&deadline, "%Y-%m-%d").expect("date");
        let two_days_before = deadline - Days::new(2);
        let asked: BTreeSet<(String, String)> = due_in(db, "case-a", two_days_before)
            .await
            .into_iter()
            .filter(|(_, about)| about == CONSENT)
            .collect();
        // It asks the mother and the father; the child is not asked.
        assert_eq!(asked, pairs(&[("p-a-kari", CONSENT), ("p-a-ole", CONSENT)]));
        // A week before, it is not near yet.
        let early = due_in(db, "case-a", deadline - Days::new(7)).await;
        assert!(!early.iter().any(|(_, about)| about == CONSENT));
        t.close().await;
    }
}

#[tokio::test]
async fn the_klagefrist_of_a_refused_request_for_the_whole_case_is_told_to_the_asker_alone() {
    for t in seeded().await {
        let db = &t.db;
        // The Heimdal father's request for the whole case, answered partly in the demo.
        let answered: i64 = sqlx::query(
            "SELECT at FROM case_innsyn_events WHERE person_id = 'p-a-ole' \
             AND kind = 'PARTLY_GRANTED'",
        )
        .fetch_one(&db.pool)
        .await
        .expect("answer")
        .get("at");
        let klagefrist = crate::domain::clock::norwegian_time(answered).date_naive()
            + Days::new(crate::store::innsyn::APPEAL_DAYS);
        let near = due_in(db, "case-a", klagefrist - Days::new(1)).await;
        assert!(near.contains(&("p-a-ole".to_string(), "case-a".to_string())));
        assert!(!near.iter().any(|(p, a)| p != "p-a-ole" && a == "case-a"));
        let early = due_in(db, "case-a", klagefrist - Days::new(5)).await;
        assert!(!early.iter().any(|(_, a)| a == "case-a"));
        t.close().await;
    }
}
