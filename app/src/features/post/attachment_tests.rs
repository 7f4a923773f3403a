//! Files with messages, on every engine: a PDF sent by the mother reaches the service
//! and nobody else; a renamed program, an encrypted PDF and an oversized file are
//! refused by name while the good file stays attached to the form; a double submit
//! stores one file; unticking removes a kept file; every download is audited.

use super::{
    party_attachment, party_send, party_thread, purge_stale_staged, staff_attachment, staff_send,
    staff_thread, PostForm, SendOutcome, Upload, STAGED_KEPT_SECS,
};
use crate::demo::testing::{pairs, seeded, staff, today};
use crate::store::files::FileStore;
use crate::store::Db;
use bytes::Bytes;

const MOTHER: &str = "p-a-kari";
const FATHER: &str = "p-a-ole";
const CASE: &str = "case-a";
const MOTHERS: &str = "00000000-0000-4000-9000-000000000001";
const KEY: &str = "5a1e0000-0000-4000-8000-0000000000a1";
const PLAIN_PDF: &[u8] = include_bytes!("../../../testdata/attachments/plain.pdf");
const ENCRYPTED_PDF: &[u8] = include_bytes!("../../../testdata/attachments/encrypted.pdf");
const EXE: &[u8] = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0\xB8\0\0\0\0\0\0\0@\0\0\0";

fn upload(name: &str, bytes: &[u8]) -> Upload {
    Upload {
        name: name.to_string(),
        bytes: Bytes::copy_from_slice(bytes),
        too_large: false,
    }
}

fn reply(fields: &[(&str, &str)], uploads: Vec<Upload>) -> PostForm {
    PostForm::from_pairs(pairs(fields)).with_uploads(uploads)
}

/// The attachments of this test's form (the demo has its own).
async fn attachments_in_db(db: &Db) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM attachments WHERE form_key = $1")
        .bind(KEY)
        .fetch_one(&db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn a_pdf_from_the_mother_reaches_the_service_and_nobody_else() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let form = reply(
            &[("nokkel", KEY), ("tekst", "Vedlagt er brevet fra skolen.")],
            vec![upload("C:\\Brev fra skolen.pdf", PLAIN_PDF)],
        );
        let sent = party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &form, today())
            .await
            .expect("send");
        assert!(matches!(sent, SendOutcome::Sent { .. }), "{sent:?}");

        let worker = staff(db, "staff-heimdal-1").await;
        let thread = staff_thread(db, &worker, CASE, MOTHERS, today())
            .await
            .expect("read")
            .expect("thread");
        let last = thread.messages.last().expect("her message");
        assert_eq!(last.attachments.len(), 1);
        let item = &last.attachments[0];
        assert_eq!(item.name, "Brev fra skolen.pdf");
        assert_eq!(item.size, PLAIN_PDF.len() as i64);

        let (a, bytes) = staff_attachment(db, &files, &worker, CASE, MOTHERS, &item.id)
            .await
            .expect("download")
            .expect("the unit's file");
        assert_eq!(&bytes[..], PLAIN_PDF, "the bytes as sent");
        assert_eq!(a.kind.as_str(), "application/pdf");
        let (_, own) = party_attachment(db, &files, MOTHER, CASE, MOTHERS, &item.id, today())
            .await
            .expect("download")
            .expect("her own file");
        assert_eq!(&own[..], PLAIN_PDF);

        // The father, a child and another unit's staff get "not found", also by a
        // thread id of their own or a guessed path.
        for person in [FATHER, "p-a-nora", "p-b-lise"] {
            assert!(
                party_attachment(db, &files, person, CASE, MOTHERS, &item.id, today())
                    .await
                    .expect("download")
                    .is_none(),
                "{person}"
            );
        }
        let fathers = "00000000-0000-4000-9000-000000000002";
        assert!(
            party_attachment(db, &files, FATHER, CASE, fathers, &item.id, today())
                .await
                .expect("download")
                .is_none(),
            "not through his own thread either"
        );
        let elsewhere = staff(db, "staff-lerkendal-1").await;
        assert!(
            staff_attachment(db, &files, &elsewhere, CASE, MOTHERS, &item.id)
                .await
                .expect("download")
                .is_none()
        );
        let father_sees = party_thread(db, FATHER, CASE, fathers, today())
            .await
            .expect("read")
            .expect("his thread");
        assert!(father_sees
            .messages
            .iter()
            .all(|m| m.attachments.is_empty()));

        let audited: Vec<(String, String)> = sqlx::query_as(
            "SELECT action, subject_person_id FROM audit_log \
             WHERE action IN ('post.attachment', 'staff.post.attachment') ORDER BY seq",
        )
        .fetch_all(&db.pool)
        .await
        .expect("audit");
        assert_eq!(
            audited,
            [
                ("staff.post.attachment".to_string(), MOTHER.to_string()),
                ("post.attachment".to_string(), MOTHER.to_string()),
            ]
        );
        t.close().await;
    }
}

#[tokio::test]
async fn refused_files_are_named_the_good_one_is_kept_and_sent_with_the_fixed_form() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let mut oversized = upload("stor.pdf", b"");
        oversized.too_large = true;
        let first = reply(
            &[("nokkel", KEY), ("tekst", "Her er papirene.")],
            vec![
                upload("brev.pdf", PLAIN_PDF),
                upload("faktura.pdf", EXE),
                upload("laast.pdf", ENCRYPTED_PDF),
                oversized,
                // An empty file field, as browsers send it.
                upload("", b""),
            ],
        );
        let SendOutcome::Refused(errors, outcome) =
            party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &first, today())
                .await
                .expect("send")
        else {
            panic!("refused");
        };
        assert!(errors.is_empty(), "the text was fine");
        assert_eq!(
            outcome.refused,
            [
                ("faktura.pdf".to_string(), "post-file-type"),
                ("laast.pdf".to_string(), "post-file-encrypted"),
                ("stor.pdf".to_string(), "post-file-too-large"),
            ]
        );
        assert_eq!(outcome.staged.len(), 1);
        assert_eq!(outcome.staged[0].name, "brev.pdf");
        let before = party_thread(db, MOTHER, CASE, MOTHERS, today())
            .await
            .expect("read")
            .expect("thread")
            .messages
            .len();

        // The same form again with only the text: the kept file goes with it.
        let second = reply(&[("nokkel", KEY), ("tekst", "Her er papirene.")], vec![]);
        let sent = party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &second, today())
            .await
            .expect("send");
        assert!(matches!(sent, SendOutcome::Sent { .. }), "{sent:?}");
        let thread = party_thread(db, MOTHER, CASE, MOTHERS, today())
            .await
            .expect("read")
            .expect("thread");
        assert_eq!(thread.messages.len(), before + 1);
        let names: Vec<&str> = thread.messages[before]
            .attachments
            .iter()
            .map(|a| a.name.as_str())
            .collect();
        assert_eq!(names, ["brev.pdf"]);
        t.close().await;
    }
}

#[tokio::test]
async fn a_double_submit_with_a_file_stores_one_message_with_one_file() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let form = reply(
            &[("nokkel", KEY), ("tekst", "Dobbeltklikk")],
            vec![upload("brev.pdf", PLAIN_PDF)],
        );
        let (a, b) = tokio::join!(
            party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &form, today()),
            party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &form, today())
        );
        for outcome in [a.expect("send"), b.expect("send")] {
            assert!(
                matches!(
                    outcome,
                    SendOutcome::Sent { .. } | SendOutcome::AlreadySent { .. }
                ),
                "{outcome:?}"
            );
        }
        assert_eq!(attachments_in_db(db).await, 1);
        let sent: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM attachments WHERE message_id = $1")
                .bind(KEY)
                .fetch_one(&db.pool)
                .await
                .expect("count");
        assert_eq!(sent, 1);
        t.close().await;
    }
}

#[tokio::test]
async fn an_unticked_kept_file_is_not_sent_and_staff_can_attach_too() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let worker = staff(db, "staff-heimdal-1").await;
        let first = reply(
            &[("nokkel", KEY), ("tekst", "")],
            vec![upload("referat.pdf", PLAIN_PDF)],
        );
        let SendOutcome::Refused(errors, outcome) =
            staff_send(db, &files, &worker, CASE, Some(MOTHERS), &first, today())
                .await
                .expect("send")
        else {
            panic!("refused: no text");
        };
        assert_eq!(errors, [("tekst", "post-error-empty")]);
        let kept = outcome.staged[0].id.clone();
        let second = reply(
            &[
                ("nokkel", KEY),
                ("tekst", "Uten vedlegg likevel."),
                ("fjern", &kept),
            ],
            vec![],
        );
        let sent = staff_send(db, &files, &worker, CASE, Some(MOTHERS), &second, today())
            .await
            .expect("send");
        assert!(matches!(sent, SendOutcome::Sent { .. }), "{sent:?}");
        assert_eq!(attachments_in_db(db).await, 0, "removed, not sent");
        t.close().await;
    }
}

#[tokio::test]
async fn files_of_a_form_never_sent_are_forgotten_after_a_day_and_sent_ones_kept() {
    for t in seeded().await {
        let db = &t.db;
        let files = FileStore::memory();
        let refused = reply(
            &[("nokkel", KEY), ("tekst", "")],
            vec![upload("glemt.pdf", PLAIN_PDF)],
        );
        let SendOutcome::Refused(_, outcome) =
            party_send(db, &files, MOTHER, CASE, Some(MOTHERS), &refused, today())
                .await
                .expect("send")
        else {
            panic!("refused: no text");
        };
        let staged = outcome.staged[0].id.clone();
        let key: String = sqlx::query_scalar("SELECT storage_key FROM attachments WHERE id = $1")
            .bind(&staged)
            .fetch_one(&db.pool)
            .await
            .expect("row");
        let now = crate::store::now_unix();
        assert_eq!(
            purge_stale_staged(db, &files, now).await.expect("purge"),
            0,
            "not yet a day"
        );
        assert_eq!(attachments_in_db(db).await, 1);
        let later = now + STAGED_KEPT_SECS + 60;
        assert_eq!(
            purge_stale_staged(db, &files, later).await.expect("purge"),
            1
        );
        assert_eq!(attachments_in_db(db).await, 0);
        assert!(files.get(&key).await.is_err(), "the bytes are gone too");
        // The demo's sent attachment stays, however old.
        let sent: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM attachments WHERE message_id IS NOT NULL")
                .fetch_one(&db.pool)
                .await
                .expect("count");
        assert_eq!(sent, 1);
        t.close().await;
    }
}
