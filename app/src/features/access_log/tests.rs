//! Every demo person's access log of every case of theirs lists exactly the seeded
//! entries the demo's own bookkeeping says they may see (not the policy under test):
//! the case's and their released documents' reads, and decisions and previews about
//! them; never a withheld or undecided document's, nor another party's.

use super::{access_log, PAGE_SIZE};
use crate::api::dto::AccessLogWho;
use crate::audit::{Action, Actor, Entry, Reason};
use crate::demo::history::history;
use crate::demo::store::insert_demo;
use crate::demo::{generate, DemoData};
use crate::domain::ReleaseState;
use crate::store::testing::TestDb;
use crate::store::Db;
use chrono::NaiveDate;
use std::collections::BTreeSet;

fn today() -> NaiveDate {
    crate::domain::clock::today()
}

/// (action, document) of each entry, newest first, as seeded.
type Line = (String, Option<String>);

fn released(data: &DemoData, person_id: &str, case_id: &str) -> BTreeSet<String> {
    data.decisions_in_force()
        .into_iter()
        .filter(|d| d.person_id == person_id)
        .filter(|d| matches!(d.state, ReleaseState::Shared | ReleaseState::PartlyShared))
        .filter(|d| {
            data.documents
                .iter()
                .any(|x| x.id == d.document_id && x.case_id == case_id)
        })
        .map(|d| d.document_id.clone())
        .collect()
}

fn expected(data: &DemoData, person_id: &str, case_id: &str) -> (Vec<Line>, usize) {
    let released = released(data, person_id, case_id);
    let in_case: Vec<_> = history(data)
        .into_iter()
        .filter(|e| e.case_id == case_id)
        .collect();
    let mut lines: Vec<Line> = in_case
        .iter()
        .filter(|e| e.document_id.as_ref().is_none_or(|d| released.contains(d)))
        .filter(|e| {
            !matches!(e.action, Action::StaffDecision | Action::StaffPreview)
                || e.subject_person_id.as_deref() == Some(person_id)
        })
        .map(|e| (e.action.as_str().to_string(), e.document_id.clone()))
        .collect();
    let left_out = in_case.len() - lines.len();
    lines.reverse();
    (lines, left_out)
}

async fn shown(db: &Db, person_id: &str, case_id: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut page = 1;
    loop {
        let log = access_log(db, person_id, case_id, today(), page)
            .await
            .expect("read")
            .expect("the party's own case");
        assert!(log.entries.len() <= PAGE_SIZE as usize);
        out.extend(
            log.entries
                .iter()
                .map(|e| (e.action.clone(), e.document.as_ref().map(|d| d.id.clone()))),
        );
        if page >= log.pages {
            assert_eq!(out.len(), log.total as usize);
            return out;
        }
        page += 1;
    }
}

/// Ties of `at` may come back in either order of seeding; compare as sorted lists
/// and check the order by time separately (the reader sorts by sequence).
#[tokio::test]
async fn every_demo_party_sees_exactly_their_entries() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let (mut with_entries, mut with_left_out) = (0, 0);
        for p in &data.persons {
            for case_id in data.visible_cases(&p.id, today()) {
                let (mut want, left_out) = expected(&data, &p.id, &case_id);
                let mut got = shown(db, &p.id, &case_id).await;
                want.sort();
                got.sort();
                assert_eq!(got, want, "{} in {case_id}", p.id);
                with_entries += usize::from(!got.is_empty());
                with_left_out += usize::from(left_out > 0);
            }
        }
        // The test proves something only if logs hold entries and the rule left some out.
        assert!(with_entries >= 8, "{with_entries} logs with entries");
        assert!(
            with_left_out >= 4,
            "{with_left_out} logs with entries left out"
        );
        t.close().await;
    }
}

#[tokio::test]
async fn staff_are_named_unless_the_service_shows_role_and_unit_only() {
    let data = generate(today(), 1);
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let mut seen = BTreeSet::new();
        for p in &data.persons {
            for case_id in data.visible_cases(&p.id, today()) {
                let Some(case) = data.cases.iter().find(|c| c.id == case_id) else {
                    continue;
                };
                let names = data
                    .services
                    .iter()
                    .any(|s| s.id == case.service_id && s.access_log_names_staff);
                let log = access_log(db, &p.id, &case_id, today(), 1)
                    .await
                    .expect("read")
                    .expect("own case");
                assert_eq!(log.staff_by_role_only, !names);
                for e in &log.entries {
                    if let AccessLogWho::Staff { name, role, unit } = &e.who {
                        assert_eq!(name.is_some(), names, "{case_id}");
                        assert!(role.is_some() && !unit.is_empty());
                        seen.insert(names);
                    }
                }
            }
        }
        assert_eq!(seen.len(), 2, "both settings shown in the demo");
        t.close().await;
    }
}

/// Today no staff member outside the case's unit can open it; were it to happen, the
/// party would see it, with the other unit's name.
#[tokio::test]
async fn a_read_from_another_unit_would_show_with_that_unit() {
    let data = generate(today(), 1);
    let case = &data.cases[0];
    let stranger = data
        .staff
        .iter()
        .find(|s| s.unit_id != case.unit_id)
        .expect("staff of another unit");
    let unit = data
        .units
        .iter()
        .find(|u| u.id == stranger.unit_id)
        .expect("unit");
    let party = data
        .persons
        .iter()
        .find(|p| data.visible_cases(&p.id, today()).contains(&case.id))
        .expect("a party of the first case");
    for t in TestDb::all().await {
        let db = &t.db;
        insert_demo(db, &data).await.expect("seed");
        let entry = Entry {
            action: Action::StaffCaseView,
            why: Reason::UnitStaff,
            case_id: Some(&case.id),
            document_id: None,
            subject_person_id: None,
            reason: None,
        };
        crate::audit::record(db, Actor::Staff(&stranger.id), entry)
            .await
            .expect("append");
        let log = access_log(db, &party.id, &case.id, today(), 1)
            .await
            .expect("read")
            .expect("own case");
        let newest = &log.entries[0];
        assert_eq!(newest.action, Action::StaffCaseView.as_str());
        match &newest.who {
            AccessLogWho::Staff { unit: u, .. } => assert_eq!(u, &unit.name),
            other => panic!("{other:?}"),
        }
        t.close().await;
    }
}
