//! The service's past work in the demo cases, as audit entries: the case system
//! delivering each document, the caseworker opening the case and every document (also
//! those not decided yet), the unit's leader opening the case, each release decision and
//! a preview after each share. So every party's "who has looked at my case" has a
//! history, and holds reads it must leave out (withheld, undecided, another party's).

use super::DemoData;
use crate::domain::audit::{Action, Reason};
use crate::domain::{Document, ReleaseState, StaffRole};
use std::collections::HashMap;

/// One entry as the demo seeds it (`staff_id` `None`: the case system).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryEntry {
    pub at: i64,
    pub staff_id: Option<String>,
    pub action: Action,
    pub why: Reason,
    pub case_id: String,
    pub document_id: Option<String>,
    pub subject_person_id: Option<String>,
}

const HOUR: i64 = 3600;

/// The demo's history, oldest first.
pub fn history(d: &DemoData) -> Vec<HistoryEntry> {
    let mut out = Vec::new();
    // Looked up once: the benchmark demo has thousands of cases and documents.
    let mut docs_of_case: HashMap<&str, Vec<&Document>> = HashMap::new();
    for doc in &d.documents {
        docs_of_case
            .entry(doc.case_id.as_str())
            .or_default()
            .push(doc);
    }
    let doc_by_id: HashMap<&str, &Document> =
        d.documents.iter().map(|x| (x.id.as_str(), x)).collect();
    let entry = |at, staff: Option<&str>, action, why, case_id: &str| HistoryEntry {
        at,
        staff_id: staff.map(str::to_string),
        action,
        why,
        case_id: case_id.to_string(),
        document_id: None,
        subject_person_id: None,
    };
    for (i, case) in d.cases.iter().enumerate() {
        let opened = noon(case.opened_on);
        if let Some(worker) = &case.caseworker_id {
            out.push(entry(
                opened,
                Some(worker),
                Action::StaffCaseView,
                Reason::OwnCaseworker,
                &case.id,
            ));
        }
        // Every other case was also opened by the unit's leader.
        let leader = (i % 2 == 0)
            .then(|| {
                d.staff
                    .iter()
                    .find(|s| s.unit_id == case.unit_id && s.role == StaffRole::Leder)
            })
            .flatten();
        if let Some(leader) = leader {
            out.push(entry(
                opened + HOUR,
                Some(&leader.id),
                Action::StaffCaseView,
                Reason::UnitLeader,
                &case.id,
            ));
        }
        for doc in docs_of_case.get(case.id.as_str()).into_iter().flatten() {
            let mut import = entry(
                doc.created_at,
                None,
                Action::ImportDocument,
                Reason::Import,
                &case.id,
            );
            import.document_id = Some(doc.id.clone());
            out.push(import);
            if let Some(worker) = &case.caseworker_id {
                let mut read = entry(
                    doc.created_at + HOUR,
                    Some(worker),
                    Action::StaffDocumentView,
                    Reason::OwnCaseworker,
                    &case.id,
                );
                read.document_id = Some(doc.id.clone());
                out.push(read);
            }
        }
    }
    for dec in &d.decisions {
        let Some(doc) = doc_by_id.get(dec.document_id.as_str()) else {
            continue;
        };
        let mut decided = entry(
            dec.decided_at,
            Some(&dec.decided_by),
            Action::StaffDecision,
            Reason::ReleaseDecision,
            &doc.case_id,
        );
        decided.document_id = Some(doc.id.clone());
        decided.subject_person_id = Some(dec.person_id.clone());
        out.push(decided.clone());
        if matches!(dec.state, ReleaseState::Shared | ReleaseState::PartlyShared) {
            out.push(HistoryEntry {
                at: dec.decided_at + 60,
                action: Action::StaffPreview,
                why: Reason::PreviewAsParty,
                ..decided
            });
        }
    }
    out.sort_by_key(|e| e.at);
    out
}

/// Noon in Norway on `date`, as unix seconds (near enough: demo times are for show).
fn noon(date: chrono::NaiveDate) -> i64 {
    date.and_hms_opt(11, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp())
}
