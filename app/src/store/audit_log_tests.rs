//! Group commit: every append that returned is stored, exactly once, before it
//! returned; a row the database refuses fails its own append and no other.

use super::AuditRow;
use crate::audit::testing::{allow, refuse};
use crate::audit::Action;
use crate::store::testing::TestDb;
use crate::store::Db;

fn row(action: Action, n: usize) -> AuditRow {
    AuditRow {
        at: 1_700_000_000,
        actor_kind: "citizen",
        actor_id: Some(format!("person-{n}")),
        action: action.as_str(),
        case_id: Some("case-a".into()),
        document_id: None,
        subject_person_id: None,
        reason: None,
        reason_code: "party",
    }
}

async fn stored(db: &Db, actor: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1")
        .bind(actor)
        .fetch_one(&db.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn concurrent_appends_are_each_stored_once_before_they_return() {
    for t in TestDb::all().await {
        let mut tasks = Vec::new();
        for n in 0..300 {
            let db = t.db.clone();
            tasks.push(tokio::spawn(async move {
                db.audit_log
                    .append(row(Action::CaseView, n))
                    .await
                    .expect("append");
                // Visible at once to any other connection: it was committed.
                assert_eq!(stored(&db, &format!("person-{n}")).await, 1);
            }));
        }
        for task in tasks {
            task.await.expect("task");
        }
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
            .fetch_one(&t.db.pool)
            .await
            .expect("count");
        assert_eq!(total, 300, "{:?}", t.db.backend);
        t.close().await;
    }
}

#[tokio::test]
async fn a_refused_row_fails_only_its_own_append() {
    for t in TestDb::all().await {
        refuse(&t.db, Action::DocumentRead).await;
        let mut tasks = Vec::new();
        for n in 0..60 {
            let db = t.db.clone();
            let action = if n % 10 == 3 {
                Action::DocumentRead
            } else {
                Action::CaseView
            };
            tasks.push(tokio::spawn(async move {
                (action, db.audit_log.append(row(action, n)).await.is_ok())
            }));
        }
        for task in tasks {
            let (action, ok) = task.await.expect("task");
            assert_eq!(
                ok,
                action == Action::CaseView,
                "{action:?} on {:?}",
                t.db.backend
            );
        }
        allow(&t.db).await;
        let total: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log")
            .fetch_one(&t.db.pool)
            .await
            .expect("count");
        assert_eq!(total, 54);
        t.close().await;
    }
}
