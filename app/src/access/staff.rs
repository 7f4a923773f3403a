//! A logged-in staff member as the staff table has them now: the value every staff rule
//! and staff read takes (loaded by `store::staff`, from the session by `web::auth`).

use crate::domain::audit::Reason;
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

    /// In which capacity this staff member reads in a case whose caseworker is
    /// `caseworker_id` (`None` for a read of no single case): the unit rule let them in;
    /// this says as whom, for the audit entry and so the party's access log.
    pub fn capacity(&self, caseworker_id: Option<&str>) -> Reason {
        if caseworker_id == Some(self.staff_id.as_str()) {
            Reason::OwnCaseworker
        } else if self.role == Some(StaffRole::Leder) {
            Reason::UnitLeader
        } else {
            Reason::UnitStaff
        }
    }
}

#[cfg(test)]
mod tests {
    use super::StaffCtx;
    use crate::domain::audit::Reason;
    use crate::domain::StaffRole;

    #[test]
    fn a_read_says_whether_it_was_the_caseworker_a_leader_or_a_colleague() {
        let staff = |id: &str, role| StaffCtx {
            staff_id: id.into(),
            unit_id: "u".into(),
            service_id: "s".into(),
            role,
        };
        let worker = staff("w", Some(StaffRole::Saksbehandler));
        let leader = staff("l", Some(StaffRole::Leder));
        assert_eq!(worker.capacity(Some("w")), Reason::OwnCaseworker);
        assert_eq!(worker.capacity(Some("x")), Reason::UnitStaff);
        assert_eq!(worker.capacity(None), Reason::UnitStaff);
        assert_eq!(leader.capacity(Some("x")), Reason::UnitLeader);
        // A leader who is the case's own caseworker reads as its caseworker.
        assert_eq!(leader.capacity(Some("l")), Reason::OwnCaseworker);
        assert_eq!(staff("z", None).capacity(Some("x")), Reason::UnitStaff);
    }
}
