//! Who may see and decide what: every citizen and staff rule, on plain values (no web,
//! no SQL), so it can be tested exhaustively. Features load rows, ask here, and pass on
//! only what the answer allows.

pub mod access_log;
pub mod consent;
pub mod minutes;
pub mod policy;
pub mod post;
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

/// Proof that an import client's service owns a case: the case system reached it under
/// its own key (`import::store::keys`), so it may write and read back what the case
/// holds. Made only by the import's key lookup.
pub struct ImportCaseAccess {
    case_id: String,
}

impl ImportCaseAccess {
    /// For `import::store` only, after its key lookup found the case under the client's
    /// own service.
    pub(crate) fn owned(case_id: &str) -> ImportCaseAccess {
        ImportCaseAccess {
            case_id: case_id.to_string(),
        }
    }
}

impl CaseProof for ImportCaseAccess {
    fn case_id(&self) -> &str {
        &self.case_id
    }
}
