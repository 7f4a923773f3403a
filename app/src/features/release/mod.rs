//! The caseworker's side: what staff may see and decide. Staff see only the cases of
//! their own unit (`access::policy::staff_may_see_case`); every read and decision is
//! audited.

mod cases;
mod decide;
mod workbench;

pub use cases::{staff_case, unit_cases, CaseParty, StaffCase};
pub use decide::{
    confirm_expired, flash_from_draft, new_token, pdf_opened, review_decision, staff_document_pdf,
    submit_decision, validate_decision, DecisionContext, DecisionOutcome, ValidDecision,
    DECISION_ERROR_KEYS,
};
#[cfg(test)]
pub(crate) use decide::{plain_share, record_decision};
pub use workbench::{
    case_detail, document_detail, grounds_catalogue, preview_case, preview_document, release_queue,
    staff_document_of_case,
};
