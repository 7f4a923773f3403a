//! The caseworker's side: what staff may see and decide. Staff see only the cases of
//! their own unit (`policy::staff_may_see_case`); every read and decision is audited.

mod cases;
mod decide;
mod innsyn;
mod workbench;

pub use cases::{audit_staff, staff_case, unit_cases, CaseParty};
#[cfg(test)]
pub(crate) use decide::record_decision;
pub use decide::{
    confirm_expired, flash_from_draft, new_token, pdf_opened, put_flash, put_pending,
    review_decision, staff_document_pdf, submit_decision, take_flash, take_pending,
    validate_decision, DecisionContext, DecisionOutcome, PendingDecision, ValidDecision,
    DECISION_ERROR_KEYS, DECISION_FLASH_KEY,
};
pub use innsyn::open_innsyn_requests;
pub use workbench::{
    case_detail, document_detail, grounds_catalogue, preview_case, preview_document, release_queue,
    staff_document_of_case,
};

use crate::db::Db;
use crate::domain::StaffRole;
use sqlx::Row;

/// A logged-in staff member as the staff table has them now (not as at login).
#[derive(Clone, Debug)]
pub struct StaffCtx {
    pub staff_id: String,
    pub unit_id: String,
    pub service_id: String,
    /// The role on record; `None` for a value that is no [`StaffRole`].
    pub role: Option<StaffRole>,
}

impl StaffCtx {
    /// The context of a logged-in employee, re-read from the staff table on every
    /// request: only the staff id is taken from the session, so an employee removed
    /// from the table is out at once, and one moved to another unit sees that unit's
    /// cases from the next request on. `None` for a citizen or a removed employee.
    pub async fn of_user(
        db: &Db,
        user: crate::auth::SessionUser,
    ) -> Result<Option<StaffCtx>, sqlx::Error> {
        match user.principal {
            crate::auth::Principal::Staff { staff_id, .. } => Self::current(db, &staff_id).await,
            crate::auth::Principal::Citizen { .. } => Ok(None),
        }
    }

    /// The staff member `staff_id` with unit, role and service as on record.
    pub async fn current(db: &Db, staff_id: &str) -> Result<Option<StaffCtx>, sqlx::Error> {
        let row = sqlx::query(
            "SELECT s.unit_id, s.role, u.service_id FROM staff s \
             JOIN units u ON u.id = s.unit_id WHERE s.id = $1",
        )
        .bind(staff_id)
        .fetch_optional(&db.pool)
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let role: String = r.try_get("role")?;
        Ok(Some(StaffCtx {
            staff_id: staff_id.to_string(),
            unit_id: r.try_get("unit_id")?,
            service_id: r.try_get("service_id")?,
            role: StaffRole::parse(&role),
        }))
    }

    /// Whether this staff member may record a release decision (by role, see
    /// `policy::staff_may_decide_release`); which documents is the unit rule's.
    pub fn may_decide_release(&self) -> bool {
        crate::domain::policy::staff_may_decide_release(self.role)
    }

    /// Tests: staff member `staff_id` placed in `unit_id` whatever the table says, with
    /// the role on record (`_roles` is kept for the existing call sites). `None` if
    /// the unit is gone. Production code uses [`StaffCtx::of_user`].
    #[cfg(test)]
    pub async fn load(
        db: &Db,
        staff_id: &str,
        unit_id: &str,
        _roles: &[String],
    ) -> Result<Option<StaffCtx>, sqlx::Error> {
        let row = sqlx::query("SELECT service_id FROM units WHERE id = $1")
            .bind(unit_id)
            .fetch_optional(&db.pool)
            .await?;
        let role: Option<String> = sqlx::query_scalar("SELECT role FROM staff WHERE id = $1")
            .bind(staff_id)
            .fetch_optional(&db.pool)
            .await?;
        Ok(match row {
            Some(r) => Some(StaffCtx {
                staff_id: staff_id.to_string(),
                unit_id: unit_id.to_string(),
                service_id: r.try_get("service_id")?,
                role: role.as_deref().and_then(StaffRole::parse),
            }),
            None => None,
        })
    }
}

#[cfg(test)]
#[path = "ctx_tests.rs"]
mod ctx_tests;
