//! Digital post against a seeded demo database, on every engine: each thread is its
//! party's alone, opening marks read (with its audit entry), a double submit is one
//! message even at once, the text survives a refusal, and the inbox raises what has
//! waited unopened past two working days with the leaders.

use super::{
    inbox, party_send, party_thread, party_threads, staff_change, staff_send, staff_thread,
    FilesOutcome, PostForm, SendOutcome,
};
use crate::demo::testing::{pairs, seeded, staff, today};

const MOTHER: &str = "p-a-kari";
const FATHER: &str = "p-a-ole";
const CASE: &str = "case-a";
/// The demo's threads of case A: the mother's (answered) and the father's (unopened).
const MOTHERS: &str = "00000000-0000-4000-9000-000000000001";
const FATHERS: &str = "00000000-0000-4000-9000-000000000002";

/// Where the tests' attachments go.
static FILES: std::sync::LazyLock<crate::store::files::FileStore> =
    std::sync::LazyLock::new(crate::store::files::FileStore::memory);

fn form(fields: &[(&str, &str)]) -> PostForm {
    PostForm::from_pairs(pairs(fields))
}

const KEY: &str = "9b1f2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d";

#[tokio::test]
async fn a_thread_is_its_party_s_alone() {
    for t in seeded().await {
        let db = &t.db;
        let mine = party_threads(db, MOTHER, CASE, today())
            .await
            .expect("read")
            .expect("her case");
        let ids: Vec<&str> = mine
            .threads
            .iter()
            .map(|th| th.thread_id.as_str())
            .collect();
        assert_eq!(ids, [MOTHERS]);
        assert!(party_thread(db, MOTHER, CASE, FATHERS, today())
            .await
            .expect("read")
            .is_none());
        assert!(
            party_thread(db, "p-a-nora", CASE, MOTHERS, today())
                .await
                .expect("read")
                .is_none(),
            "Nora (9) sees no case"
        );
        let reply = form(&[("nokkel", KEY), ("tekst", "Hei")]);
        assert_eq!(
            party_send(db, &FILES, MOTHER, CASE, Some(FATHERS), &reply, today())
                .await
                .expect("send"),
            SendOutcome::NotFound,
            "she cannot write in the father's thread"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn opening_marks_read_and_the_father_is_told_the_leaders_were_reminded() {
    for t in seeded().await {
        let db = &t.db;
        let fathers = party_thread(db, FATHER, CASE, FATHERS, today())
            .await
            .expect("read")
            .expect("his thread");
        assert!(fathers.reminded, "unopened for six days");
        assert_eq!(fathers.messages[0].read, None);

        let leader = staff(db, "staff-heimdal-leder").await;
        let worker = staff(db, "staff-heimdal-1").await;
        let seen = inbox(db, &leader, today()).await.expect("inbox");
        assert!(seen.leader);
        assert!(seen.overdue.iter().any(|r| r.thread_id == FATHERS));
        assert!(
            inbox(db, &worker, today())
                .await
                .expect("inbox")
                .overdue
                .is_empty(),
            "for leaders"
        );

        let opened = staff_thread(db, &worker, CASE, FATHERS, today())
            .await
            .expect("read")
            .expect("the unit's case");
        assert_eq!(opened.row.state, "open", "opened now, not yet handled");
        let after = party_thread(db, FATHER, CASE, FATHERS, today())
            .await
            .expect("read")
            .expect("his thread");
        assert!(
            after.messages[0].read.is_some(),
            "he sees that the service read it"
        );
        assert!(!after.reminded);
        let entries: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'staff.post.read' AND subject_person_id = $1",
        )
        .bind(FATHER)
        .fetch_one(&db.pool)
        .await
        .expect("count");
        assert_eq!(entries, 1);

        // The caseworker answers: the party's message is handled, the thread waits for him.
        let answer = form(&[("nokkel", KEY), ("tekst", "Det passer fint.")]);
        assert!(matches!(
            staff_send(db, &FILES, &worker, CASE, Some(FATHERS), &answer, today())
                .await
                .expect("send"),
            SendOutcome::Sent { .. }
        ));
        let row = staff_thread(db, &worker, CASE, FATHERS, today())
            .await
            .expect("read")
            .expect("thread")
            .row;
        assert_eq!(row.state, "waiting");
        assert_eq!(
            staff_change(db, &worker, CASE, FATHERS, "ta")
                .await
                .expect("take"),
            Some("staff-post-taken")
        );
        let other_unit = staff(db, "staff-lerkendal-1").await;
        assert!(staff_thread(db, &other_unit, CASE, FATHERS, today())
            .await
            .expect("read")
            .is_none());
        t.close().await;
    }
}

#[tokio::test]
async fn a_double_submit_is_one_message_even_at_once_and_a_refusal_names_the_field() {
    for t in seeded().await {
        let db = &t.db;
        let new = form(&[
            ("nokkel", KEY),
            ("emne", "Ferie"),
            ("tekst", "Vi reiser bort i uke 8."),
        ]);
        let (a, b) = tokio::join!(
            party_send(db, &FILES, MOTHER, CASE, None, &new, today()),
            party_send(db, &FILES, MOTHER, CASE, None, &new, today())
        );
        let (a, b) = (a.expect("send"), b.expect("send"));
        let sent = [&a, &b]
            .iter()
            .filter(|o| matches!(o, SendOutcome::Sent { .. }))
            .count();
        assert_eq!(sent, 1, "{a:?} {b:?}");
        assert!([&a, &b].iter().all(|o| matches!(o, SendOutcome::Sent { thread_id } | SendOutcome::AlreadySent { thread_id } if thread_id == KEY)));
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE thread_id = $1")
            .bind(KEY)
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(stored, 1);

        let empty = form(&[
            ("nokkel", "1e2d3c4b-0000-4000-8000-000000000042"),
            ("emne", ""),
            ("tekst", "  "),
        ]);
        assert_eq!(
            party_send(db, &FILES, MOTHER, CASE, None, &empty, today())
                .await
                .expect("send"),
            SendOutcome::Refused(
                vec![
                    ("emne", "post-error-subject"),
                    ("tekst", "post-error-empty")
                ],
                FilesOutcome::default()
            )
        );
        let long = "x".repeat(crate::api::dto::MESSAGE_MAX + 1);
        let too_long = form(&[
            ("nokkel", "1e2d3c4b-0000-4000-8000-000000000043"),
            ("tekst", &long),
        ]);
        assert_eq!(
            party_send(db, &FILES, MOTHER, CASE, Some(MOTHERS), &too_long, today())
                .await
                .expect("send"),
            SendOutcome::Refused(vec![("tekst", "post-error-long")], FilesOutcome::default())
        );
        t.close().await;
    }
}

/// Would fail if a message were stored outside its audit entry's transaction.
#[tokio::test]
async fn a_message_whose_audit_entry_fails_is_not_stored() {
    for t in seeded().await {
        let db = &t.db;
        crate::audit::testing::refuse(db, crate::audit::Action::PostSend).await;
        let new = form(&[("nokkel", KEY), ("emne", "Ferie"), ("tekst", "Hei")]);
        party_send(db, &FILES, MOTHER, CASE, None, &new, today())
            .await
            .expect_err("the audit entry failed");
        crate::audit::testing::allow(db).await;
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM threads WHERE id = $1")
            .bind(KEY)
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(stored, 0);
        t.close().await;
    }
}

#[tokio::test]
async fn two_messages_at_once_in_one_thread_are_both_kept_in_order() {
    for t in seeded().await {
        let db = &t.db;
        let first = form(&[
            ("nokkel", "2a2a2a2a-0000-4000-8000-000000000001"),
            ("tekst", "En"),
        ]);
        let second = form(&[
            ("nokkel", "2a2a2a2a-0000-4000-8000-000000000002"),
            ("tekst", "To"),
        ]);
        let (a, b) = tokio::join!(
            party_send(db, &FILES, MOTHER, CASE, Some(MOTHERS), &first, today()),
            party_send(db, &FILES, MOTHER, CASE, Some(MOTHERS), &second, today())
        );
        assert!(matches!(a.expect("send"), SendOutcome::Sent { .. }));
        assert!(matches!(b.expect("send"), SendOutcome::Sent { .. }));
        let seqs: Vec<i64> =
            sqlx::query_scalar("SELECT seq FROM messages WHERE thread_id = $1 ORDER BY seq")
                .bind(MOTHERS)
                .fetch_all(&db.pool)
                .await
                .expect("seqs");
        assert_eq!(seqs, [1, 2, 3, 4], "the demo's two, then the two new ones");
        t.close().await;
    }
}
