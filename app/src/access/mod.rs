//! Who may see and decide what: every citizen and staff rule, on plain values (no web,
//! no SQL), so it can be tested exhaustively. Features load rows, ask here, and pass on
//! only what the answer allows.

pub mod access_log;
pub mod consent;
pub mod policy;
mod staff;

pub use policy::{CaseAccess, StaffCaseAccess};
pub use staff::StaffCtx;

/// Proof that a rule here let someone into a case: a party through
/// [`policy::case_access`], a staff member through [`policy::staff_case_access`]. The
/// store's queries of what a case holds (documents, decisions, milestones, parties, a
/// PDF) take one instead of a bare case id, so a read that skips the check does not
/// compile. Implemented only by this module's proof types, whose fields are private.
pub trait CaseProof {
    fn case_id(&self) -> &str;
}

impl CaseProof for CaseAccess {
    fn case_id(&self) -> &str {
        CaseAccess::case_id(self)
    }
}

impl CaseProof for StaffCaseAccess {
    fn case_id(&self) -> &str {
        &self.case_id
    }
}
