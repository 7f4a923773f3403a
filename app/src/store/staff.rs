//! Staff members as on record.

use super::Db;
use crate::access::StaffCtx;
use crate::domain::StaffRole;
use sqlx::Row;

/// The staff member `staff_id` with unit, role and service as on record, re-read on
/// every request: an employee removed from the table is out at once, and one moved to
/// another unit sees that unit's cases from the next request on.
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

/// Tests: staff member `staff_id` placed in `unit_id` whatever the table says, with
/// the role on record. `None` if the unit is gone.
#[cfg(test)]
pub async fn placed_in(
    db: &Db,
    staff_id: &str,
    unit_id: &str,
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
