use super::*;

fn entry(seq: i64) -> StoredEntry {
    StoredEntry {
        seq,
        at: 1_700_000_000 + seq,
        actor_kind: "staff".into(),
        actor_id: Some("emp-1".into()),
        action: "staff.case.view".into(),
        case_id: Some("case-a".into()),
        document_id: None,
        subject_person_id: None,
        reason: Some("tjeneste:svc;enhet:u".into()),
        reason_code: Some("own_caseworker".into()),
    }
}

#[test]
fn every_column_position_and_predecessor_changes_the_link_hash() {
    let base = entry(7);
    let h = link_hash(&GENESIS, 3, &base);
    let changes: Vec<(&str, StoredEntry)> = vec![
        (
            "seq",
            StoredEntry {
                seq: 8,
                ..base.clone()
            },
        ),
        (
            "at",
            StoredEntry {
                at: base.at + 1,
                ..base.clone()
            },
        ),
        (
            "actor_kind",
            StoredEntry {
                actor_kind: "citizen".into(),
                ..base.clone()
            },
        ),
        (
            "actor_id",
            StoredEntry {
                actor_id: None,
                ..base.clone()
            },
        ),
        (
            "action",
            StoredEntry {
                action: "staff.decision".into(),
                ..base.clone()
            },
        ),
        (
            "case_id",
            StoredEntry {
                case_id: Some("case-b".into()),
                ..base.clone()
            },
        ),
        (
            "document_id",
            StoredEntry {
                document_id: Some(String::new()),
                ..base.clone()
            },
        ),
        (
            "subject",
            StoredEntry {
                subject_person_id: Some("p".into()),
                ..base.clone()
            },
        ),
        (
            "reason",
            StoredEntry {
                reason: Some("x".into()),
                ..base.clone()
            },
        ),
        (
            "reason_code",
            StoredEntry {
                reason_code: None,
                ..base.clone()
            },
        ),
    ];
    for (what, changed) in changes {
        assert_ne!(link_hash(&GENESIS, 3, &changed), h, "{what} is not covered");
    }
    assert_ne!(
        link_hash(&GENESIS, 4, &base),
        h,
        "the position is not covered"
    );
    assert_ne!(
        link_hash(&[1; 32], 3, &base),
        h,
        "the predecessor is not covered"
    );
    assert_eq!(
        link_hash(&GENESIS, 3, &base.clone()),
        h,
        "the hash is not repeatable"
    );
}

#[test]
fn text_moved_across_a_column_boundary_hashes_differently() {
    let a = StoredEntry {
        case_id: Some("ab".into()),
        document_id: Some("c".into()),
        ..entry(1)
    };
    let b = StoredEntry {
        case_id: Some("a".into()),
        document_id: Some("bc".into()),
        ..entry(1)
    };
    assert_ne!(link_hash(&GENESIS, 1, &a), link_hash(&GENESIS, 1, &b));
    let none = StoredEntry {
        document_id: None,
        ..entry(1)
    };
    let empty = StoredEntry {
        document_id: Some(String::new()),
        ..entry(1)
    };
    assert_ne!(
        link_hash(&GENESIS, 1, &none),
        link_hash(&GENESIS, 1, &empty)
    );
}

#[test]
fn a_checkpoint_signs_position_sequence_head_and_time() {
    let m = checkpoint_message(10, 12, &[7; 32], 1000);
    assert_ne!(m, checkpoint_message(11, 12, &[7; 32], 1000));
    assert_ne!(m, checkpoint_message(10, 13, &[7; 32], 1000));
    assert_ne!(m, checkpoint_message(10, 12, &[8; 32], 1000));
    assert_ne!(m, checkpoint_message(10, 12, &[7; 32], 1001));
}

#[test]
fn entries_in_order_are_linked_at_once() {
    let mut p = SealPlanner::new(10_000, 60_000);
    assert_eq!(p.plan(0, &[1, 2, 3], &[], 0), vec![1, 2, 3]);
    assert_eq!(p.plan(3, &[4], &[], 1), vec![4]);
    assert_eq!(p.watch_from(), None);
}

#[test]
fn a_missing_number_holds_the_chain_back_until_it_commits() {
    let mut p = SealPlanner::new(10_000, 60_000);
    // 5 committed before 4: nothing after 3 is linked yet.
    assert_eq!(p.plan(3, &[5, 6], &[], 1_000), Vec::<i64>::new());
    assert_eq!(p.plan(3, &[5, 6], &[], 9_000), Vec::<i64>::new());
    // 4 commits within the grace: all in sequence order.
    assert_eq!(p.plan(3, &[4, 5, 6], &[], 9_500), vec![4, 5, 6]);
    assert_eq!(p.watch_from(), None, "nothing was passed over");
}

#[test]
fn a_number_missing_past_the_grace_is_passed_over_and_linked_late_if_it_commits() {
    let mut p = SealPlanner::new(10_000, 60_000);
    assert_eq!(p.plan(3, &[6], &[], 0), Vec::<i64>::new());
    // The grace counts from when the gap was first seen, not from each look.
    assert_eq!(p.plan(3, &[6, 7], &[], 10_000), vec![6, 7]);
    assert_eq!(p.watch_from(), Some(4));
    // 5 commits late: linked at the head, after 7; 4 never does.
    assert_eq!(p.plan(7, &[8], &[5], 20_000), vec![5, 8]);
    // A number that was never passed over is not taken as late.
    assert_eq!(p.plan(8, &[], &[2], 21_000), Vec::<i64>::new());
    // After the window nothing is watched; what commits then, verify reports.
    assert_eq!(p.plan(8, &[], &[4], 70_001), Vec::<i64>::new());
    assert_eq!(p.watch_from(), None);
}

#[test]
fn a_new_gap_waits_its_own_grace() {
    let mut p = SealPlanner::new(10_000, 60_000);
    assert_eq!(p.plan(0, &[2], &[], 0), Vec::<i64>::new());
    assert_eq!(p.plan(0, &[2, 4], &[], 10_000), vec![2]);
    // The gap at 3 was first seen now: it waits from here.
    assert_eq!(p.plan(2, &[4], &[], 15_000), Vec::<i64>::new());
    assert_eq!(p.plan(2, &[4], &[], 20_000), vec![4]);
}

#[test]
fn without_a_grace_gaps_are_passed_at_once() {
    let mut p = SealPlanner::new(0, 60_000);
    assert_eq!(p.plan(0, &[3, 9], &[], 0), vec![3, 9]);
    assert_eq!(p.watch_from(), Some(1));
}

#[test]
fn a_checkpoint_is_due_after_enough_entries_or_time_and_only_when_something_is_new() {
    let policy = CheckpointPolicy {
        every_entries: 100,
        every_secs: 60,
    };
    assert!(policy.due(None, 1, 0), "the first link gets a checkpoint");
    assert!(!policy.due(None, 0, 0), "an empty chain has none");
    assert!(!policy.due(Some((10, 0)), 50, 59));
    assert!(policy.due(Some((10, 0)), 110, 1), "after 100 entries");
    assert!(policy.due(Some((10, 0)), 11, 60), "after 60 seconds");
    assert!(!policy.due(Some((10, 0)), 10, 1000), "nothing new since");
}

#[test]
fn hashes_read_back_only_from_32_bytes_of_hex() {
    let h = [0xab; 32];
    assert_eq!(hash_from_hex(&to_hex(&h)), Some(h));
    assert_eq!(hash_from_hex("abcd"), None);
    assert_eq!(hash_from_hex(&"zz".repeat(32)), None);
}
