//! A logged-in staff member as the staff table has them now: the value every staff rule
//! and staff read takes (loaded by `store::staff`, from the session by `web::auth`).

use crate::domain::StaffRole;

#[derive(Clone, Debug)]
pub struct StaffCtx {
    pub staff_id: String,
    pub unit_id: String,
    pub service_id: String,
    /// The role on record; `None` for a value that is no [`StaffRole`].
    pub role: Option<StaffRole>,
}

impl StaffCtx {
    /// Whether this staff member may record a release decision (by role, see
    /// `policy::staff_may_decide_release`); which documents is the unit rule's.
    pub fn may_decide_release(&self) -> bool {
        super::policy::staff_may_decide_release(self.role)
    }
}
