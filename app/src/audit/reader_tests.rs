//! The access log's query is the access rule: on every backend, every combination of
//! actor, case, action, document and party comes back exactly when
//! `AccessLogScope::shows` says so, newest first, and pages cut the same list.

use super::{count_in_scope, entries_in_scope};
use crate::access::access_log::{access_log_scope, AccessLogScope, LoggedAct};
use crate::access::policy::{unchecked_party_access_for_tests, DocumentView, Withholding};
use crate::audit::{record_with, Action, Actor, Entry, Reason};
use crate::store::testing::TestDb;

const DOCUMENTS: [Option<&str>; 5] = [
    None,
    Some("shared"),
    Some("partly"),
    Some("withheld"),
    Some("undecided"),
];
const SUBJECTS: [Option<&str>; 3] = [None, Some("mother"), Some("father")];
const CASES: [Option<&str>; 3] = [Some("case-1"), Some("case-2"), None];

fn scope() -> AccessLogScope {
    let why = Withholding {
        grounds_code: None,
        justification: None,
        merinnsyn_considered: false,
    };
    let views = [
        ("shared", DocumentView::Full { pdf: true }),
        (
            "partly",
            DocumentView::Redacted {
                spans: Vec::new(),
                withholding: why.clone(),
            },
        ),
        ("withheld", DocumentView::TitleOnly(why)),
        ("undecided", DocumentView::Hidden),
    ];
    access_log_scope(
        &unchecked_party_access_for_tests("case-1", "mother"),
        views.iter().map(|(id, v)| (*id, v)),
    )
}

#[tokio::test]
async fn the_query_returns_exactly_what_the_rule_shows_newest_first() {
    let scope = scope();
    for t in TestDb::all().await {
        let db = &t.db;
        let mut expected = Vec::new();
        let mut tx = db.begin_write().await.expect("tx");
        let mut seq = 0;
        for actor in [Actor::Citizen("mother"), Actor::Staff("w"), Actor::System] {
            for case_id in CASES {
                for action in Action::ALL {
                    for document_id in DOCUMENTS {
                        for subject in SUBJECTS {
                            let entry = Entry {
                                action: *action,
                                why: Reason::UnitStaff,
                                case_id,
                                document_id,
                                subject_person_id: subject,
                                reason: None,
                            };
                            record_with(&mut tx, actor, entry).await.expect("append");
                            seq += 1;
                            let act = LoggedAct {
                                by_service: !matches!(actor, Actor::Citizen(_)),
                                case_id,
                                action: *action,
                                document_id,
                                subject_person_id: subject,
                            };
                            if scope.shows(&act) {
                                expected.push(seq);
                            }
                        }
                    }
                }
            }
        }
        tx.commit().await.expect("commit");
        expected.reverse();
        assert!(!expected.is_empty(), "the rule shows something");
        let first: i64 = sqlx::query_scalar("SELECT MIN(seq) FROM audit_log")
            .fetch_one(&db.pool)
            .await
            .expect("first seq");
        // Entries by the number they were appended as (1, 2, ...).
        let (db_ref, scope_ref) = (db, &scope);
        let numbers = move |offset, limit| async move {
            entries_in_scope(&db_ref.pool, scope_ref, offset, limit)
                .await
                .expect("read")
                .iter()
                .map(|e| e.seq - first + 1)
                .collect::<Vec<i64>>()
        };
        assert_eq!(numbers(0, 100_000).await, expected);
        let count = count_in_scope(&db.pool, &scope).await.expect("count");
        assert_eq!(count, expected.len() as i64);
        assert_eq!(numbers(3, 4).await, expected[3..7]);
        t.close().await;
    }
}
