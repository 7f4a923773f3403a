//! The citizen's read path: loads what the policy needs, asks the policy, returns only
//! what it allows, and writes every read to the audit log.

mod cases;
mod documents;
mod emergency;
#[cfg(test)]
mod emergency_tests;
#[cfg(test)]
mod ended_tests;
#[cfg(test)]
mod read_audit_tests;
#[cfg(test)]
mod reader_text_tests;

pub use cases::{case_overview, case_overview_as, my_cases};
pub use documents::{
    body_blocks, case_with_views, case_with_views_read, document_list, document_list_as,
    document_pdf, innsyn_appeal_by, innsyn_status, party_document, read_document, read_document_as,
    PartyDocument,
};
pub use emergency::{emergency_for_person, emergency_for_unit};

pub use crate::features::party::{audit_read, basis_reason, visible_case_of, Reader, VisibleCase};

use crate::access::policy::{access_ended, case_access, EndedAccess};
use crate::domain::{Case, Person};
use crate::store::memo::PartyRows;
use chrono::NaiveDate;

/// A case the viewer may no longer see, with the policy's word on why.
pub struct EndedCase {
    pub case: Case,
    pub ended: EndedAccess,
    pub main_person: Person,
}

/// Every case the viewer of `rows` may see today, according to the policy.
pub fn visible_cases(rows: &PartyRows, today: NaiveDate) -> Vec<VisibleCase> {
    cases_of(rows, today).0
}

/// The cases the viewer of `rows` may see today and those whose access has ended, both
/// as the policy says; a case in neither list does not exist for the viewer.
pub fn cases_of(rows: &PartyRows, today: NaiveDate) -> (Vec<VisibleCase>, Vec<EndedCase>) {
    let (viewer, parties) = (&rows.viewer, &rows.parties);
    let (mut visible, mut ended) = (Vec::new(), Vec::new());
    for (case, main_person) in &rows.candidates {
        if let Some(access) = case_access(viewer, today, case, parties, main_person) {
            visible.push(VisibleCase {
                case: case.clone(),
                access,
                main_person: main_person.clone(),
            });
        } else if let Some(e) = access_ended(viewer, today, case, parties, main_person) {
            ended.push(EndedCase {
                case: case.clone(),
                ended: e,
                main_person: main_person.clone(),
            });
        }
    }
    (visible, ended)
}
