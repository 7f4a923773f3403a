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
    new_token, pdf_opened, put_flash, put_pending, review_decision, staff_document_pdf,
    submit_decision, take_flash, take_pending, validate_decision, DecisionContext, DecisionOutcome,
    PendingDecision, ValidDecision, DECISION_ERROR_KEYS, DECISION_FLASH_KEY,
};
pub use innsyn::open_innsyn_requests;
pub use workbench::{
    case_detail, document_detail, grounds_catalogue, preview_case, preview_document, release_queue,
    staff_document_of_case,
};

use crate::db::Db;
use sqlx::Row;

/// A logged-in staff member, as read from the session and the staff table.
#[derive(Clone, Debug)]
pub struct StaffCtx {
    pub staff_id: String,
    pub unit_id: String,
    pub service_id: String,
    pub roles: Vec<String>,
}

impl StaffCtx {
    /// The context of a logged-in employee; `None` for a citizen, or if the unit is gone.
    pub async fn of_user(
        db: &Db,
        user: crate::auth::SessionUser,
    ) -> Result<Option<StaffCtx>, sqlx::Error> {
        match user.principal {
            crate::auth::Principal::Staff {
                staff_id,
                unit_id,
                roles,
            } => Self::load(db, &staff_id, &unit_id, &roles).await,
            crate::auth::Principal::Citizen { .. } => Ok(None),
        }
    }

    /// Looks up the unit's service; `None` if the unit is gone.
    pub async fn load(
        db: &Db,
        staff_id: &str,
        unit_id: &str,
        roles: &[String],
    ) -> Result<Option<StaffCtx>, sqlx::Error> {
        let row = sqlx::query("SELECT service_id FROM units WHERE id = $1")
            .bind(unit_id)
            .fetch_optional(&db.pool)
            .await?;
        Ok(match row {
            Some(r) => Some(StaffCtx {
                staff_id: staff_id.to_string(),
                unit_id: unit_id.to_string(),
                service_id: r.try_get("service_id")?,
                roles: roles.to_vec(),
            }),
            None => None,
        })
    }
}
