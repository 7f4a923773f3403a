//! A party's read of a document and its audit entry are one transaction: the first-read
//! time ("new" goes away) is never stored without the entry that says who read it.

use super::read_document;
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::demo::generate;
use crate::demo::store::insert_demo;
use crate::i18n::Locale;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;

const MOTHER: &str = "p-d-tone";
const CASE: &str = "case-d";
const LETTER: &str = "case-d-d02";

fn today() -> NaiveDate {
    crate::domain::clock::today()
}

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(LETTER)
        .bind(MOTHER)
        .fetch_one(&db.pool)
        .await
        .expect("count")
}

/// On the old code the read mark was written on its own before the entry, and stayed.
#[tokio::test]
async fn a_read_whose_audit_entry_fails_marks_nothing_read() {
    let reads = "SELECT COUNT(*) FROM document_reads WHERE document_id = $1 AND person_id = $2";
    let entries = "SELECT COUNT(*) FROM audit_log WHERE document_id = $1 \
                   AND actor_id = $2 AND action = 'document.read'";
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &generate(today(), 1)).await.expect("seed");
        refuse(db, Action::DocumentRead).await;
        read_document(db, MOTHER, CASE, LETTER, today(), Locale::Nb)
            .await
            .expect_err("the audit entry failed");
        assert_eq!(count(db, reads).await, 0, "marked read without an entry");
        allow(db).await;
        let doc = read_document(db, MOTHER, CASE, LETTER, today(), Locale::Nb)
            .await
            .expect("read");
        assert!(doc.is_some(), "the letter is shared with the mother");
        assert_eq!(count(db, reads).await, 1);
        assert_eq!(count(db, entries).await, 1);
        t.close().await;
    }
}
