//! Replies and appeals on documents against the demo, on every engine: the mother may
//! appeal the vedtak shared with her until its klagefrist (the last day counts) and not
//! a day after, whatever the page showed; someone who is no party finds nothing and
//! stores nothing; an appeal is a KLAGE thread on the document that staff see as such.

use super::{
    document_thread_form, inbox, party_send_on_document, party_threads, PostForm, SendOutcome,
};
use crate::demo::testing::{pairs, seeded, staff};
use crate::domain::post::ThreadKind;
use crate::store::files::FileStore;
use crate::store::Db;
use chrono::{Days, NaiveDate};

const MOTHER: &str = "p-a-kari";
const CASE: &str = "case-a";

/// Case A's vedtak and its klagefrist.
async fn vedtak(db: &Db) -> (String, NaiveDate) {
    let (id, deadline): (String, String) = sqlx::query_as(
        "SELECT id, appeal_deadline FROM documents WHERE case_id = $1 AND doc_type = 'VEDTAK' \
         AND appeal_deadline IS NOT NULL ORDER BY id LIMIT 1",
    )
    .bind(CASE)
    .fetch_one(&db.pool)
    .await
    .expect("the demo's vedtak");
    (id, deadline.parse().expect("date"))
}

fn klage(key: &str) -> PostForm {
    PostForm::from_pairs(pairs(&[
        ("nokkel", key),
        ("emne", "Klage på vedtaket"),
        ("tekst", "Jeg er uenig i vurderingen av skolesituasjonen."),
    ]))
}

#[tokio::test]
async fn an_appeal_is_open_until_the_klagefrist_and_refused_the_day_after() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let (doc, deadline) = vedtak(db).await;
        let form = document_thread_form(db, MOTHER, CASE, &doc, ThreadKind::Klage, deadline)
            .await
            .expect("read")
            .expect("shared with her");
        assert_eq!(form.refusal, None);
        assert_eq!(form.deadline.map(|d| d.date), Some(deadline.to_string()));
        let after = deadline + Days::new(1);
        let late = document_thread_form(db, MOTHER, CASE, &doc, ThreadKind::Klage, after)
            .await
            .expect("read")
            .expect("still hers");
        assert_eq!(
            late.refusal,
            Some(("post-klage-passed".to_string(), Some(deadline.to_string())))
        );
        // The page open since the last day: the post is checked again.
        let key_late = "c1a9e000-0000-4000-8000-000000000001";
        assert_eq!(
            party_send_on_document(
                db,
                &files,
                MOTHER,
                CASE,
                &doc,
                ThreadKind::Klage,
                &klage(key_late),
                after
            )
            .await
            .expect("send"),
            SendOutcome::Refused(vec![("", "post-error-klage-passed")], Default::default())
        );
        let key = "c1a9e000-0000-4000-8000-000000000002";
        let SendOutcome::Sent { thread_id } = party_send_on_document(
            db,
            &files,
            MOTHER,
            CASE,
            &doc,
            ThreadKind::Klage,
            &klage(key),
            deadline,
        )
        .await
        .expect("send") else {
            panic!("sent on the last day");
        };
        let kind: (String, Option<String>) =
            sqlx::query_as("SELECT kind, document_id FROM threads WHERE id = $1")
                .bind(&thread_id)
                .fetch_one(&db.pool)
                .await
                .expect("thread");
        assert_eq!(kind, ("KLAGE".to_string(), Some(doc.clone())));
        let mine = party_threads(db, MOTHER, CASE, deadline)
            .await
            .expect("read")
            .expect("case");
        assert!(mine.threads.iter().any(|th| th.thread_id == thread_id));

        let worker = staff(db, "staff-heimdal-1").await;
        let rows = inbox(db, &worker, deadline).await.expect("inbox").rows;
        let row = rows
            .iter()
            .find(|r| r.thread_id == thread_id)
            .expect("in the inbox");
        assert_eq!(row.kind, "KLAGE");
        assert_eq!(row.document_id.as_deref(), Some(doc.as_str()));
        t.close().await;
    }
}

#[tokio::test]
async fn what_a_party_was_not_given_cannot_be_answered_or_appealed() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let (doc, deadline) = vedtak(db).await;
        // Nora (9) is no party: no case, no document, nothing stored.
        for kind in [ThreadKind::Svar, ThreadKind::Klage] {
            assert!(
                document_thread_form(db, "p-a-nora", CASE, &doc, kind, deadline)
                    .await
                    .expect("read")
                    .is_none()
            );
            assert_eq!(
                party_send_on_document(
                    db,
                    &files,
                    "p-a-nora",
                    CASE,
                    &doc,
                    kind,
                    &klage("c1a9e000-0000-4000-8000-000000000003"),
                    deadline
                )
                .await
                .expect("send"),
                SendOutcome::NotFound
            );
        }
        let threads: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM threads WHERE kind <> 'POST'")
            .fetch_one(&db.pool)
            .await
            .expect("count");
        assert_eq!(threads, 0);
        t.close().await;
    }
}

/// The answer to a request to see the whole case is appealed like a document's: the
/// Heimdal father, partly granted eight days ago, may appeal until three weeks after
/// the answer, with a KLAGE thread of the case; the mother, who never asked, has
/// nothing to appeal; nobody else finds the form; after the deadline nothing is stored.
#[tokio::test]
async fn the_answer_to_a_request_for_the_whole_case_is_appealed_until_its_klagefrist() {
    use super::{case_klage_form, party_send_case_klage};
    use crate::demo::testing::today;
    use crate::store::innsyn::Subject;
    const FATHER: &str = "p-a-ole";
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let status =
            crate::features::reading::innsyn_status(db, Subject::Case(CASE), FATHER, today())
                .await
                .expect("read")
                .expect("the demo's request");
        let last: NaiveDate = status
            .appeal_by
            .expect("partly granted")
            .date
            .parse()
            .expect("date");
        let form = case_klage_form(db, FATHER, CASE, today())
            .await
            .expect("read")
            .expect("his case");
        assert_eq!(form.refusal, None);
        assert_eq!(form.deadline.map(|d| d.date), Some(last.to_string()));
        assert_eq!(form.about, format!("/sak/{CASE}/innsyn"));
        let hers = case_klage_form(db, MOTHER, CASE, today())
            .await
            .expect("read")
            .expect("her case");
        assert_eq!(hers.refusal, Some(("post-klage-nothing".to_string(), None)));
        assert!(case_klage_form(db, "p-b-ingrid", CASE, today())
            .await
            .expect("read")
            .is_none());

        let count = || async {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM threads WHERE kind = 'KLAGE'")
                .fetch_one(&db.pool)
                .await
                .expect("count")
        };
        let before = count().await;
        let after = last + Days::new(1);
        let late = party_send_case_klage(
            db,
            &files,
            FATHER,
            CASE,
            &klage("5b5b5b5b-0000-4000-8000-000000000001"),
            after,
        )
        .await
        .expect("send");
        assert!(
            matches!(&late, SendOutcome::Refused(e, _) if e == &vec![("", "post-error-klage-passed")]),
            "{late:?}"
        );
        for who in [MOTHER, "p-b-ingrid"] {
            let refused = party_send_case_klage(
                db,
                &files,
                who,
                CASE,
                &klage("5b5b5b5b-0000-4000-8000-000000000002"),
                today(),
            )
            .await
            .expect("send");
            assert!(
                !matches!(refused, SendOutcome::Sent { .. }),
                "{who}: {refused:?}"
            );
        }
        assert_eq!(count().await, before, "nothing stored");

        let sent = party_send_case_klage(
            db,
            &files,
            FATHER,
            CASE,
            &klage("5b5b5b5b-0000-4000-8000-000000000003"),
            last,
        )
        .await
        .expect("send");
        let SendOutcome::Sent { thread_id } = sent else {
            panic!("not sent: {sent:?}");
        };
        let (kind, document): (String, Option<String>) =
            sqlx::query_as("SELECT kind, document_id FROM threads WHERE id = $1")
                .bind(&thread_id)
                .fetch_one(&db.pool)
                .await
                .expect("thread");
        assert_eq!((kind.as_str(), document), ("KLAGE", None));
        let his = party_threads(db, FATHER, CASE, today())
            .await
            .expect("read")
            .expect("case");
        assert!(his.threads.iter().any(|th| th.thread_id == thread_id));
        let mine = party_threads(db, MOTHER, CASE, today())
            .await
            .expect("read")
            .expect("case");
        assert!(!mine.threads.iter().any(|th| th.thread_id == thread_id));
        t.close().await;
    }
}
