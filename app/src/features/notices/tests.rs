//! Notices against the demo, on every engine: a release to Lucas writes his notice in
//! the decision's transaction and a later event joins it; a rolled-back change leaves
//! none; a reserved person gets none; the worker sends once, after the batch window,
//! in the person's language and saying nothing of the case; failures back off and end
//! dead; an attempt that never finished is taken up again under the same id; two
//! workers on one database deliver every notice exactly once.

use super::*;
use crate::demo::testing::{seeded, staff};
use crate::domain::notice::{NoticeKind, BATCH_SECS, LEASE_SECS, MAX_ATTEMPTS};
use crate::features::release::{plain_share, record_decision, ValidDecision};
use crate::store::notices::{enqueue, Event, To};
use crate::store::now_unix;
use sqlx::Row;
use std::collections::HashMap;
use std::sync::Mutex;

const CASE: &str = "case-d";
/// "Referat fra samværsmøte": not decided for Lucas in the demo.
const MINUTES: &str = "case-d-d04";
const LUCAS: &str = "p-d-lucas";
const WORKER: &str = "staff-omsorg-1";
/// Reserved against digital communication in the demo.
const RESERVED: &str = "p-c-fadumo";

/// Records what it was asked to send; fails while `failing` is set.
#[derive(Default)]
pub(super) struct Recorder {
    sent: Mutex<Vec<Outgoing>>,
    failing: bool,
}

impl Deliver for Recorder {
    async fn deliver(&self, out: &Outgoing) -> Result<String, String> {
        if self.failing {
            return Err("421 try again later".into());
        }
        let mut sent = self.sent.lock().map_err(|_| "poisoned".to_string())?;
        sent.push(out.clone());
        Ok(format!("queued {}", out.notice_id))
    }

    fn offers(&self, channel: Channel) -> bool {
        channel == Channel::Email
    }
}

impl Recorder {
    pub(super) fn sent(&self) -> Vec<Outgoing> {
        self.sent.lock().expect("lock").clone()
    }
}

fn share_with_lucas() -> ValidDecision {
    plain_share(&[LUCAS], "referatet deles med Lucas")
}

/// A notice item as `KIND:about`.
fn item(r: &sqlx::any::AnyRow) -> String {
    format!(
        "{}:{}",
        r.get::<String, _>("kind"),
        r.get::<String, _>("about")
    )
}

/// (state, items) of each of the person's notices.
async fn notices_of(db: &Db, person: &str) -> Vec<(String, Vec<String>)> {
    let rows = sqlx::query("SELECT id, state FROM notices WHERE person_id = $1 ORDER BY opened_at")
        .bind(person)
        .fetch_all(&db.pool)
        .await
        .expect("read");
    let mut out = Vec::new();
    for r in rows {
        let id: String = r.get("id");
        let items = sqlx::query(
            "SELECT kind, about FROM notice_items WHERE notice_id = $1 ORDER BY kind, about",
        )
        .bind(&id)
        .fetch_all(&db.pool)
        .await
        .expect("read")
        .iter()
        .map(item)
        .collect();
        out.push((r.get("state"), items));
    }
    out
}

/// A change that tells Lucas of `about`, committed; whether it wrote a notice.
async fn tell_lucas(db: &Db, kind: NoticeKind, about: &str, at: i64) -> bool {
    let mut tx = db.begin_write().await.expect("tx");
    let event = Event {
        to: To::Person(LUCAS),
        kind,
        about,
        case_id: CASE,
        at,
    };
    let told = enqueue(&mut tx, event).await.expect("enqueue");
    tx.commit().await.expect("commit");
    told
}

/// The worker's pass after the window of a notice queued at `at` cancels Lucas's one
/// notice and sends nothing.
async fn lucas_notice_is_cancelled_unsent(db: &Db, at: i64) {
    let rec = Recorder::default();
    let pass = run_once(db, &rec, settings(), at + BATCH_SECS + 1)
        .await
        .expect("run");
    assert_eq!(pass.cancelled, 1);
    assert!(rec.sent().is_empty());
    assert_eq!(notices_of(db, LUCAS).await[0].0, "CANCELLED");
}

/// These tests count what a pass does for the notices they make; the demo's own
/// overdue message would add its leader's escalation (tested on its own below).
pub(super) fn settings() -> WorkerSettings {
    WorkerSettings {
        escalate: false,
        ..WorkerSettings::default()
    }
}

#[tokio::test]
async fn a_release_is_noticed_in_its_transaction_batched_and_sent_once_after_the_window() {
    for t in seeded().await {
        let db = &t.db;
        let ctx = staff(db, WORKER).await;
        assert!(notices_of(db, LUCAS).await.is_empty());
        record_decision(db, &ctx, CASE, MINUTES, &share_with_lucas())
            .await
            .expect("share");
        let after_release = notices_of(db, LUCAS).await;
        assert_eq!(
            after_release,
            vec![("PENDING".to_string(), vec![format!("DOCUMENT:{MINUTES}")])]
        );
        // Deciding the same again releases nothing new: nothing more to tell.
        record_decision(db, &ctx, CASE, MINUTES, &share_with_lucas())
            .await
            .expect("again");
        assert_eq!(notices_of(db, LUCAS).await, after_release);
        // A message within the window joins the same notice.
        let now = now_unix();
        assert!(tell_lucas(db, NoticeKind::Message, "thread-x", now).await);
        let batched = notices_of(db, LUCAS).await;
        assert_eq!(batched.len(), 1, "{batched:?}");
        assert_eq!(batched[0].1.len(), 2);

        // Lucas uses the portal in English.
        crate::store::notices::set_language(db, LUCAS, "en")
            .await
            .expect("language");
        let rec = Recorder::default();
        let early = run_once(db, &rec, settings(), now + BATCH_SECS - 5)
            .await
            .expect("run");
        assert_eq!(early, Pass::default(), "not before the window has passed");
        let pass = run_once(db, &rec, settings(), now + BATCH_SECS + 1)
            .await
            .expect("run");
        assert_eq!(pass.sent, 1);
        let sent = rec.sent();
        assert_eq!(sent.len(), 1);
        assert_eq!(sent[0].to, format!("{LUCAS}@example.org"));
        assert_eq!(
            (sent[0].subject.clone(), sent[0].body.clone()),
            compose(Locale::En, Channel::Email, Wording::Notice)
        );
        assert_eq!(notices_of(db, LUCAS).await[0].0, "SENT");
        // Nothing goes out twice.
        let later = run_once(db, &rec, settings(), now + 10 * BATCH_SECS)
            .await
            .expect("run");
        assert_eq!(later, Pass::default());
        assert_eq!(rec.sent().len(), 1);
        // A new event after the send starts a new notice.
        tell_lucas(db, NoticeKind::Consent, "consent-x", now + 2 * BATCH_SECS).await;
        let states: Vec<String> = notices_of(db, LUCAS)
            .await
            .into_iter()
            .map(|n| n.0)
            .collect();
        assert_eq!(states, vec!["SENT", "PENDING"]);
        t.close().await;
    }
}

#[tokio::test]
async fn a_rolled_back_change_has_no_notice_and_a_reserved_person_gets_none() {
    for t in seeded().await {
        let db = &t.db;
        let event = |person| Event {
            to: To::Person(person),
            kind: NoticeKind::Document,
            about: MINUTES,
            case_id: CASE,
            at: now_unix(),
        };
        let mut tx = db.begin_write().await.expect("tx");
        assert!(enqueue(&mut tx, event(LUCAS)).await.expect("enqueue"));
        tx.rollback().await.expect("rollback");
        assert!(notices_of(db, LUCAS).await.is_empty());

        let mut tx = db.begin_write().await.expect("tx");
        assert!(!enqueue(&mut tx, event(RESERVED)).await.expect("enqueue"));
        tx.commit().await.expect("commit");
        assert!(notices_of(db, RESERVED).await.is_empty());

        // Reserved after the event: the notice is cancelled at sending, nothing sent.
        let mut tx = db.begin_write().await.expect("tx");
        enqueue(&mut tx, event(LUCAS)).await.expect("enqueue");
        tx.commit().await.expect("commit");
        let mut w = db.begin_write().await.expect("tx");
        sqlx::query("UPDATE persons SET may_be_notified = 0 WHERE id = $1")
            .bind(LUCAS)
            .execute(&mut *w)
            .await
            .expect("update");
        w.commit().await.expect("commit");
        lucas_notice_is_cancelled_unsent(db, now_unix()).await;
        t.close().await;
    }
}

#[tokio::test]
async fn failures_back_off_end_dead_and_an_unfinished_attempt_is_taken_up_under_the_same_id() {
    for t in seeded().await {
        let db = &t.db;
        let now = now_unix();
        tell_lucas(db, NoticeKind::Document, MINUTES, now).await;
        let failing = Recorder {
            failing: true,
            ..Recorder::default()
        };
        let mut at = now + BATCH_SECS + 1;
        for attempt in 1..MAX_ATTEMPTS {
            let pass = run_once(db, &failing, settings(), at).await.expect("run");
            assert_eq!(pass.failed, 1, "attempt {attempt}");
            // Not again before its wait is over.
            let soon = run_once(db, &failing, settings(), at + 30)
                .await
                .expect("run");
            assert_eq!(soon, Pass::default(), "attempt {attempt}");
            at += 6 * 60 * 60;
        }
        let last = run_once(db, &failing, settings(), at).await.expect("run");
        assert_eq!(last.dead, 1);
        assert_eq!(
            crate::store::notices::counts(db).await.expect("counts"),
            (0, 1)
        );
        assert_eq!(notices_of(db, LUCAS).await[0].0, "DEAD");

        // A worker that claimed and stopped before marking: after the lease the notice
        // is taken up again, flagged, with the same id (the e-mail's Message-ID).
        tell_lucas(db, NoticeKind::Message, "thread-y", now).await;
        let due = now + BATCH_SECS + 1;
        let first = crate::store::notices::claim(db, due, BATCH_SECS, 10)
            .await
            .expect("claim");
        assert_eq!(first.len(), 1);
        assert!(!first[0].interrupted);
        let rec = Recorder::default();
        let within = run_once(db, &rec, settings(), due + LEASE_SECS - 1)
            .await
            .expect("run");
        assert_eq!(
            within,
            Pass::default(),
            "still within the first attempt's lease"
        );
        let taken = crate::store::notices::claim(db, due + LEASE_SECS, BATCH_SECS, 10)
            .await
            .expect("claim");
        assert_eq!(taken.len(), 1);
        assert_eq!(taken[0].id, first[0].id);
        assert!(taken[0].interrupted);
        assert_eq!(taken[0].attempt, 2);
        // The first attempt's late mark does not count over the second's.
        assert!(
            !crate::store::notices::mark_sent(db, &first[0], Channel::Email, "late", due)
                .await
                .expect("mark")
        );
        t.close().await;
    }
}

#[tokio::test]
async fn two_workers_deliver_each_of_many_notices_exactly_once() {
    for t in seeded().await {
        let db = &t.db;
        let many = match db.backend {
            crate::store::Backend::Postgres => 2000,
            crate::store::Backend::Sqlite => 400,
        };
        // Waiting retries are claimable and not bound to one per person.
        let mut tx = db.begin_write().await.expect("tx");
        for i in 0..many {
            sqlx::query(
                "INSERT INTO notices (id, person_id, state, opened_at, attempts) \
                 VALUES ($1, $2, 'RETRY', 0, 1)",
            )
            .bind(format!("bulk-{i:05}"))
            .bind(LUCAS)
            .execute(&mut *tx)
            .await
            .expect("insert");
            sqlx::query(
                "INSERT INTO notice_items (notice_id, kind, about, case_id, at) \
                 VALUES ($1, 'MESSAGE', 'bulk-thread', $2, 0)",
            )
            .bind(format!("bulk-{i:05}"))
            .bind(CASE)
            .execute(&mut *tx)
            .await
            .expect("insert");
        }
        tx.commit().await.expect("commit");
        let rec = Recorder::default();
        let now = now_unix();
        let work = || async {
            let mut passes = 0;
            loop {
                let pass = run_once(db, &rec, settings(), now).await.expect("run");
                if pass.sent == 0 {
                    return passes;
                }
                passes += 1;
            }
        };
        let (a, b) = tokio::join!(work(), work());
        assert!(a + b > 0);
        let mut times: HashMap<String, usize> = HashMap::new();
        for out in rec.sent() {
            *times.entry(out.notice_id).or_default() += 1;
        }
        assert_eq!(times.len(), many, "every notice delivered");
        assert!(times.values().all(|&n| n == 1), "none delivered twice");
        let left = sqlx::query("SELECT COUNT(*) AS n FROM notices WHERE state <> 'SENT'")
            .fetch_one(&db.pool)
            .await
            .expect("count")
            .get::<i64, _>("n");
        assert_eq!(left, 0);
        t.close().await;
    }
}

#[test]
fn a_notice_says_only_that_something_new_is_waiting() {
    for locale in Locale::ALL {
        for &channel in Channel::ALL {
            let (subject, body) = compose(locale, channel, Wording::Notice);
            let (reminder, _) = compose(locale, channel, Wording::Reminder);
            assert_ne!(reminder, subject);
            let (to_staff, staff_body) = compose(locale, channel, Wording::Staff);
            assert_ne!(to_staff, subject);
            for text in [&subject, &body, &reminder, &to_staff, &staff_body] {
                let lower = text.to_lowercase();
                assert!(!text.trim().is_empty());
                assert!(lower.contains("min sak"), "{locale:?} {channel:?}: {text}");
                for word in [
                    "barnevern",
                    "://",
                    "www.",
                    "sak-",
                    "vedtak",
                    "samtykke",
                    "klage",
                ] {
                    assert!(
                        !lower.contains(word),
                        "{locale:?} {channel:?} says {word:?}: {text}"
                    );
                }
            }
            if channel == Channel::Sms {
                assert!(
                    notice::sms_fits(&body),
                    "{locale:?}: {} characters",
                    body.chars().count()
                );
            }
        }
        let subjects: Vec<String> = Locale::ALL
            .iter()
            .map(|l| compose(*l, Channel::Email, Wording::Notice).0)
            .collect();
        assert_ne!(subjects[0], subjects[2], "English has its own words");
    }
}

async fn lucas_is_told_of_the_minutes(db: &Db) -> i64 {
    let ctx = staff(db, WORKER).await;
    record_decision(db, &ctx, CASE, MINUTES, &share_with_lucas())
        .await
        .expect("share");
    now_unix()
}

async fn lucas_reads(db: &Db, document: &str) {
    let today = crate::demo::testing::today();
    crate::features::reading::read_document(db, LUCAS, CASE, document, today, Locale::Nb)
        .await
        .expect("read")
        .expect("shared with him");
}

#[tokio::test]
async fn a_notice_whose_news_was_read_before_sending_is_cancelled() {
    for t in seeded().await {
        let db = &t.db;
        let at = lucas_is_told_of_the_minutes(db).await;
        lucas_reads(db, MINUTES).await;
        lucas_notice_is_cancelled_unsent(db, at).await;
        t.close().await;
    }
}

#[tokio::test]
async fn one_reminder_a_week_later_while_unread_and_none_once_read() {
    for t in seeded().await {
        let db = &t.db;
        let at = lucas_is_told_of_the_minutes(db).await;
        let rec = Recorder::default();
        let sent_at = at + BATCH_SECS + 1;
        let first = run_once(db, &rec, settings(), sent_at).await.expect("run");
        assert_eq!(first.sent, 1);
        let week = notice::reminder_due(0);
        let early = run_once(db, &rec, settings(), sent_at + week - 60)
            .await
            .expect("run");
        assert_eq!(early, Pass::default(), "not before a week has passed");
        let due = run_once(db, &rec, settings(), sent_at + week)
            .await
            .expect("run");
        assert_eq!((due.reminders, due.sent), (1, 1));
        let sent = rec.sent();
        assert_eq!(sent.len(), 2);
        assert_eq!(
            sent[1].subject,
            compose(Locale::Nb, Channel::Email, Wording::Reminder).0
        );
        assert_ne!(sent[1].notice_id, sent[0].notice_id);
        // One reminder only, however long it stays unread.
        let later = run_once(db, &rec, settings(), sent_at + 5 * week)
            .await
            .expect("run");
        assert_eq!(later, Pass::default());

        // Read after the notice went out: no reminder.
        let plan = "case-d-d03";
        tell_lucas(db, NoticeKind::Document, plan, now_unix()).await;
        let second_sent = now_unix() + BATCH_SECS + 1;
        let second = run_once(db, &rec, settings(), second_sent)
            .await
            .expect("run");
        assert_eq!(second.sent, 1);
        lucas_reads(db, plan).await;
        let none = run_once(db, &rec, settings(), second_sent + week)
            .await
            .expect("run");
        assert_eq!(none.reminders, 0);
        assert_eq!(rec.sent().len(), 3);
        t.close().await;
    }
}

/// Tells an employee that a party wrote in `thread` of `case`.
async fn tell_staff(db: &Db, staff_id: &str, case: &str, thread: &str, at: i64) {
    let mut tx = db.begin_write().await.expect("tx");
    let event = Event {
        to: To::Staff(staff_id),
        kind: NoticeKind::Message,
        about: thread,
        case_id: case,
        at,
    };
    assert!(enqueue(&mut tx, event).await.expect("enqueue"));
    tx.commit().await.expect("commit");
}

#[tokio::test]
async fn the_caseworker_is_told_a_party_has_written_and_not_once_the_service_has_read_it() {
    const HEIMDAL: &str = "staff-heimdal-1";
    /// The Heimdal mother's first thread in the demo.
    const THREAD: &str = "00000000-0000-4000-9000-000000000001";
    for t in seeded().await {
        let db = &t.db;
        let email: String = sqlx::query("SELECT email FROM staff WHERE id = $1")
            .bind(WORKER)
            .fetch_one(&db.pool)
            .await
            .expect("staff")
            .get("email");
        let now = now_unix();
        tell_staff(db, WORKER, CASE, "thread-z", now).await;
        let rec = Recorder::default();
        let pass = run_once(db, &rec, settings(), now + BATCH_SECS + 1)
            .await
            .expect("run");
        assert_eq!(pass.sent, 1);
        let sent = rec.sent();
        assert_eq!(sent[0].to, email);
        assert_eq!(
            (sent[0].subject.clone(), sent[0].body.clone()),
            compose(Locale::Nb, Channel::Email, Wording::Staff)
        );
        // The caseworker opened the thread before the notice went out: nothing to tell.
        let at = now_unix();
        tell_staff(db, HEIMDAL, "case-a", THREAD, at).await;
        let ctx = staff(db, HEIMDAL).await;
        let today = crate::demo::testing::today();
        crate::features::post::staff_thread(db, &ctx, "case-a", THREAD, today)
            .await
            .expect("read")
            .expect("the unit's thread");
        let pass = run_once(db, &rec, settings(), at + BATCH_SECS + 1)
            .await
            .expect("run");
        assert_eq!(pass.cancelled, 1, "{pass:?}");
        assert_eq!(rec.sent().len(), 1);
        // No reminders for staff.
        let week = notice::reminder_due(0);
        let none = run_once(db, &rec, settings(), at + 2 * week)
            .await
            .expect("run");
        assert_eq!(none, Pass::default());
        t.close().await;
    }
}

/// The Heimdal mother's second thread: her message in it is unopened in the demo.
const UNOPENED_THREAD: &str = "00000000-0000-4000-9000-000000000002";
const HEIMDAL_LEADER: &str = "staff-heimdal-leder";

/// Ten days after the demo's unopened message: past any two working days, Easter's
/// included.
fn ten_days_on() -> i64 {
    now_unix() + 10 * 86_400
}

async fn escalations(db: &Db) -> Vec<(String, String)> {
    sqlx::query("SELECT message_id, staff_id FROM escalations ORDER BY message_id, staff_id")
        .fetch_all(&db.pool)
        .await
        .expect("read")
        .iter()
        .map(|r| (r.get("message_id"), r.get("staff_id")))
        .collect()
}

async fn staff_notice_items(db: &Db, staff_id: &str) -> Vec<String> {
    sqlx::query(
        "SELECT i.kind, i.about FROM notice_items i JOIN notices n ON n.id = i.notice_id \
         WHERE n.staff_id = $1 ORDER BY i.kind, i.about",
    )
    .bind(staff_id)
    .fetch_all(&db.pool)
    .await
    .expect("read")
    .iter()
    .map(item)
    .collect()
}

#[tokio::test]
async fn a_message_left_unopened_past_two_working_days_is_brought_to_the_leader_once() {
    for t in seeded().await {
        let db = &t.db;
        let rec = Recorder::default();
        let now = ten_days_on();
        // Two workers at once: one escalation, one item in the leader's notice.
        let (a, b) = tokio::join!(
            outbox::write_due_escalations(db, now, 20),
            outbox::write_due_escalations(db, now, 20)
        );
        assert_eq!(a.expect("first") + b.expect("second"), 1);
        assert_eq!(
            escalations(db).await,
            vec![(format!("{UNOPENED_THREAD}-01"), HEIMDAL_LEADER.to_string())]
        );
        assert_eq!(
            staff_notice_items(db, HEIMDAL_LEADER).await,
            vec![format!("ESCALATION:{UNOPENED_THREAD}")]
        );
        // The caseworker, who opened nothing, is not told by the escalation.
        assert!(staff_notice_items(db, "staff-heimdal-1").await.is_empty());
        // Overdue already: it goes out with the next pass, and only once.
        let pass = run_once(db, &rec, WorkerSettings::default(), now + 1)
            .await
            .expect("run");
        assert_eq!((pass.escalated, pass.sent), (0, 1), "{pass:?}");
        let again = run_once(db, &rec, WorkerSettings::default(), now + BATCH_SECS + 2)
            .await
            .expect("run");
        assert_eq!(again, Pass::default());
        let email: String = sqlx::query("SELECT email FROM staff WHERE id = $1")
            .bind(HEIMDAL_LEADER)
            .fetch_one(&db.pool)
            .await
            .expect("staff")
            .get("email");
        let sent = rec.sent();
        assert_eq!(sent[0].to, email);
        assert_eq!(
            (sent[0].subject.clone(), sent[0].body.clone()),
            compose(Locale::Nb, Channel::Email, Wording::Escalation)
        );
        t.close().await;
    }
}

#[tokio::test]
async fn an_opened_message_is_not_escalated_and_an_escalation_opened_before_sending_is_cancelled() {
    for t in seeded().await {
        let db = &t.db;
        let rec = Recorder::default();
        let now = ten_days_on();
        assert_eq!(
            outbox::write_due_escalations(db, now, 20)
                .await
                .expect("run"),
            1
        );
        // Someone at the service opens the thread before the leader's notice goes out.
        let ctx = staff(db, "staff-heimdal-1").await;
        let today = crate::demo::testing::today();
        crate::features::post::staff_thread(db, &ctx, "case-a", UNOPENED_THREAD, today)
            .await
            .expect("read")
            .expect("the unit's thread");
        let pass = run_once(db, &rec, WorkerSettings::default(), now + BATCH_SECS + 2)
            .await
            .expect("run");
        assert_eq!((pass.cancelled, pass.sent), (1, 0), "{pass:?}");
        assert!(rec.sent().is_empty());
        t.close().await;
    }
    // Opened in time: nothing to bring to anyone.
    for t in seeded().await {
        let db = &t.db;
        let now = ten_days_on();
        let ctx = staff(db, "staff-heimdal-1").await;
        let today = crate::demo::testing::today();
        crate::features::post::staff_thread(db, &ctx, "case-a", UNOPENED_THREAD, today)
            .await
            .expect("read")
            .expect("the unit's thread");
        assert_eq!(
            outbox::write_due_escalations(db, now, 20)
                .await
                .expect("run"),
            0
        );
        assert!(escalations(db).await.is_empty());
        t.close().await;
    }
}
