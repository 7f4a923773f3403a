//! Tampering done directly in the database, past the append-only triggers as an owner
//! could, on both engines: `verify` names the first entry that no longer matches, and
//! an untouched log verifies.

use super::{verify, Checkpoint, Finding, Report};
use crate::audit::chain::CheckpointPolicy;
use crate::audit::sealer::{Sealer, SealerSettings};
use crate::audit::signing::SigningKey;
use crate::audit::{record, Action, Actor, Entry, Reason};
use crate::store::testing::TestDb;
use crate::store::{Backend, Db};
use std::sync::Arc;
use std::time::Duration;

fn key(n: u8) -> Arc<SigningKey> {
    Arc::new(SigningKey::from_seed(&[n; 32]))
}

fn settings(grace: Duration) -> SealerSettings {
    SealerSettings {
        grace,
        late_window: Duration::from_secs(600),
        checkpoints: CheckpointPolicy {
            every_entries: 10,
            every_secs: 3600,
        },
    }
}

async fn append(db: &Db, n: usize) {
    for i in 0..n {
        let case = format!("case-{}", i % 3);
        let doc = format!("doc-{i}");
        let entry = Entry {
            action: Action::StaffDocumentView,
            why: Reason::UnitStaff,
            case_id: Some(&case),
            document_id: Some(&doc),
            subject_person_id: None,
            reason: Some("tjeneste:svc;enhet:u"),
        };
        record(db, Actor::Staff(&format!("emp-{i}")), entry)
            .await
            .expect("append");
    }
}

/// 30 entries sealed in three rounds: checkpoints at positions 10, 20 and 30.
async fn sealed_log(db: &Db) -> Sealer {
    let mut sealer = Sealer::new(key(1), settings(Duration::ZERO));
    for round in 1..=3u64 {
        append(db, 10).await;
        let s = sealer.seal_once(db, round * 1000).await.expect("seal");
        assert_eq!((s.linked, s.checkpoint), (10, true));
    }
    sealer
}

async fn run_verify(db: &Db, exported: &[Checkpoint]) -> Report {
    verify(db, &key(1).public_key(), exported)
        .await
        .expect("verify")
}

/// The sequence number linked at chain position `pos`.
async fn seq_at(db: &Db, pos: i64) -> i64 {
    sqlx::query_scalar::<_, i64>("SELECT seq FROM audit_chain WHERE pos = $1")
        .bind(pos)
        .fetch_one(&db.pool)
        .await
        .expect("link")
}

/// Runs `sql` as someone who can get past the append-only triggers: drops them on
/// SQLite, disables them as the owner on PostgreSQL.
async fn tamper(db: &Db, sql: &[String]) {
    let mut all: Vec<String> = match db.backend {
        Backend::Sqlite => [
            "audit_log_no_update",
            "audit_log_no_delete",
            "audit_chain_no_update",
            "audit_chain_no_delete",
            "audit_checkpoints_no_update",
            "audit_checkpoints_no_delete",
        ]
        .iter()
        .map(|t| format!("DROP TRIGGER IF EXISTS {t}"))
        .collect(),
        Backend::Postgres => ["audit_log", "audit_chain", "audit_checkpoints"]
            .iter()
            .map(|t| format!("ALTER TABLE {t} DISABLE TRIGGER USER"))
            .collect(),
    };
    all.extend(sql.iter().cloned());
    for s in all {
        sqlx::query(&s).execute(&db.pool).await.expect(&s);
    }
}

#[tokio::test]
async fn an_untouched_log_verifies_with_every_checkpoint() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        append(&t.db, 2).await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(report.problem, None, "{:?}", t.db.backend);
        assert_eq!(
            (report.linked, report.checkpoints, report.not_yet_sealed),
            (30, 3, 2)
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_changed_entry_is_named() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let seq = seq_at(&t.db, 17).await;
        tamper(
            &t.db,
            &[format!(
                "UPDATE audit_log SET actor_id = 'someone-else' WHERE seq = {seq}"
            )],
        )
        .await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::Changed { pos: 17, seq }),
            "{:?}",
            t.db.backend
        );
        assert_eq!(report.linked, 16, "the entries before it verified");
        t.close().await;
    }
}

#[tokio::test]
async fn a_deleted_entry_is_named() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let seq = seq_at(&t.db, 5).await;
        tamper(&t.db, &[format!("DELETE FROM audit_log WHERE seq = {seq}")]).await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::Deleted { pos: 5, seq }),
            "{:?}",
            t.db.backend
        );
        t.close().await;
    }
}

#[tokio::test]
async fn two_entries_swapped_are_found_at_the_first() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let (a, b) = (seq_at(&t.db, 21).await, seq_at(&t.db, 22).await);
        // Their contents trade places (a sequence number on PostgreSQL is an identity
        // that cannot be set, so the rows stay and what they say moves).
        tamper(
            &t.db,
            &[
                format!("UPDATE audit_log SET actor_id = 'emp-1', document_id = 'doc-1', case_id = 'case-1' WHERE seq = {a}"),
                format!("UPDATE audit_log SET actor_id = 'emp-0', document_id = 'doc-0', case_id = 'case-0' WHERE seq = {b}"),
            ],
        )
        .await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::Changed { pos: 21, seq: a }),
            "{:?}",
            t.db.backend
        );
        t.close().await;
    }
}

#[tokio::test]
async fn links_reordered_or_removed_from_the_chain_are_found() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let (a, b) = (seq_at(&t.db, 8).await, seq_at(&t.db, 9).await);
        tamper(
            &t.db,
            &[
                "UPDATE audit_chain SET seq = -1 WHERE pos = 8".to_string(),
                format!("UPDATE audit_chain SET seq = {a} WHERE pos = 9"),
                format!("UPDATE audit_chain SET seq = {b} WHERE pos = 8"),
            ],
        )
        .await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::Changed { pos: 8, seq: b }),
            "{:?}",
            t.db.backend
        );
        tamper(
            &t.db,
            &["DELETE FROM audit_chain WHERE pos IN (3, 4)".to_string()],
        )
        .await;
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::LinksMissing { after: 2, next: 5 })
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_chain_rebuilt_after_a_deletion_fails_its_signed_checkpoints() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let exported = super::stored_checkpoints(&t.db).await.expect("export");
        let seq = seq_at(&t.db, 7).await;
        // The whole chain recomputed without entry 7, with checkpoints of the
        // tamperer's own key: the database's checkpoints are not the configured key's.
        tamper(
            &t.db,
            &[
                format!("DELETE FROM audit_log WHERE seq = {seq}"),
                "DELETE FROM audit_chain".to_string(),
                "DELETE FROM audit_checkpoints".to_string(),
            ],
        )
        .await;
        let mut forger = Sealer::new(key(2), settings(Duration::ZERO));
        forger.seal_all(&t.db, 9000).await.expect("reseal");
        let report = run_verify(&t.db, &[]).await;
        assert!(
            matches!(report.problem, Some(Finding::CheckpointForged { .. })),
            "{:?}: {:?}",
            t.db.backend,
            report.problem
        );
        // Without the database's checkpoints, the exported copy still shows it.
        tamper(&t.db, &["DELETE FROM audit_checkpoints".to_string()]).await;
        let report = run_verify(&t.db, &exported).await;
        assert_eq!(
            report.problem,
            Some(Finding::CheckpointMismatch { pos: 10 })
        );
        t.close().await;
    }
}

#[tokio::test]
async fn removing_the_newest_entries_is_found_by_the_last_checkpoint() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let exported = super::stored_checkpoints(&t.db).await.expect("export");
        let from = seq_at(&t.db, 26).await;
        tamper(
            &t.db,
            &[
                format!("DELETE FROM audit_log WHERE seq >= {from}"),
                "DELETE FROM audit_chain WHERE pos >= 26".to_string(),
                "DELETE FROM audit_checkpoints WHERE pos > 20".to_string(),
            ],
        )
        .await;
        assert_eq!(
            run_verify(&t.db, &[]).await.problem,
            None,
            "the database alone looks whole"
        );
        let report = run_verify(&t.db, &exported).await;
        assert_eq!(
            report.problem,
            Some(Finding::ChainShortened {
                checkpoint: 30,
                head: 25
            }),
            "{:?}",
            t.db.backend
        );
        t.close().await;
    }
}

#[tokio::test]
async fn an_entry_slipped_in_behind_the_chain_is_named() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let insert = match t.db.backend {
            Backend::Sqlite => "INSERT INTO audit_log (seq, at, actor_kind, action) VALUES (-5, 0, 'system', 'login')",
            Backend::Postgres => "INSERT INTO audit_log (seq, at, actor_kind, action) OVERRIDING SYSTEM VALUE VALUES (-5, 0, 'system', 'login')",
        };
        sqlx::query(insert)
            .execute(&t.db.pool)
            .await
            .expect("insert");
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::NotSealed { seq: -5 }),
            "{:?}",
            t.db.backend
        );
        t.close().await;
    }
}

#[tokio::test]
async fn a_forged_checkpoint_is_named() {
    for t in TestDb::all().await {
        sealed_log(&t.db).await;
        let head: String = sqlx::query_scalar("SELECT hash FROM audit_chain WHERE pos = 15")
            .fetch_one(&t.db.pool)
            .await
            .expect("hash");
        let seq = seq_at(&t.db, 15).await;
        sqlx::query(
            "INSERT INTO audit_checkpoints (pos, seq, at, head_hash, public_key, signature) \
             VALUES (15, $1, 0, $2, $3, $4)",
        )
        .bind(seq)
        .bind(&head)
        .bind(hex::encode(key(1).public_key()))
        .bind(hex::encode([0u8; 64]))
        .execute(&t.db.pool)
        .await
        .expect("insert");
        let report = run_verify(&t.db, &[]).await;
        assert_eq!(
            report.problem,
            Some(Finding::CheckpointForged { pos: 15 }),
            "{:?}",
            t.db.backend
        );
        t.close().await;
    }
}

/// PostgreSQL hands out sequence numbers before commit: a later one can commit first
/// and a rolled-back one never appears. The chain still links in sequence order, and
/// a gap left by a rollback is passed after the grace.
#[tokio::test]
async fn on_postgres_entries_committing_out_of_order_are_linked_in_order() {
    let Some(t) = TestDb::postgres().await else {
        return;
    };
    let db = &t.db;
    let mut sealer = Sealer::new(key(1), settings(Duration::from_secs(10)));
    append(db, 2).await;
    assert_eq!(sealer.seal_once(db, 1_000).await.expect("seal").linked, 2);
    let mut slow = db.pool.begin().await.expect("begin");
    let entry = Entry {
        action: Action::StaffCaseView,
        why: Reason::UnitLeader,
        case_id: Some("case-0"),
        document_id: None,
        subject_person_id: None,
        reason: None,
    };
    crate::audit::record_with(&mut slow, Actor::Staff("slow"), entry.clone())
        .await
        .expect("append");
    append(db, 1).await;
    assert_eq!(
        sealer.seal_once(db, 2_000).await.expect("seal").linked,
        0,
        "waits for 3"
    );
    slow.commit().await.expect("commit");
    assert_eq!(sealer.seal_once(db, 3_000).await.expect("seal").linked, 2);
    let order: Vec<(i64, i64)> = sqlx::query_as("SELECT pos, seq FROM audit_chain ORDER BY pos")
        .fetch_all(&db.pool)
        .await
        .expect("chain");
    let seqs: Vec<i64> = order.iter().map(|(_, s)| *s).collect();
    let mut sorted = seqs.clone();
    sorted.sort_unstable();
    assert_eq!(seqs, sorted, "linked in sequence order");
    // A rolled-back append leaves a gap: passed after the grace, and the log verifies.
    let mut undone = db.pool.begin().await.expect("begin");
    crate::audit::record_with(&mut undone, Actor::Staff("undone"), entry)
        .await
        .expect("append");
    undone.rollback().await.expect("rollback");
    append(db, 1).await;
    assert_eq!(sealer.seal_once(db, 4_000).await.expect("seal").linked, 0);
    assert_eq!(sealer.seal_once(db, 14_000).await.expect("seal").linked, 1);
    let report = run_verify(db, &[]).await;
    assert_eq!((report.problem, report.linked), (None, 5));
    t.close().await;
}

#[test]
fn the_signing_key_is_made_once_and_read_back() {
    let dir = std::env::temp_dir().join(format!("minsak_key_{}", std::process::id()));
    let path = dir.join("audit.key");
    let _ = std::fs::remove_dir_all(&dir);
    let made = SigningKey::load_or_create(&path).expect("make");
    let again = SigningKey::load_or_create(&path).expect("read");
    assert_eq!(made.public_key(), again.public_key());
    let message = b"checkpoint";
    let sig = made.sign(message);
    assert!(crate::audit::signing::signature_valid(
        &made.public_key(),
        message,
        &sig
    ));
    assert!(!crate::audit::signing::signature_valid(
        &key(9).public_key(),
        message,
        &sig
    ));
    std::fs::write(&path, "not a key").expect("write");
    assert!(SigningKey::load(&path).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}
