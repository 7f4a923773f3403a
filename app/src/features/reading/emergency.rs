//! Whom a logged-in user can call when it cannot wait: the barnevernvakt of every
//! service that handles one of their cases (a party) or that they work for (staff).
//! Only public service numbers leave here, never case data; the services a party sees
//! are those of the cases the policy lets them see today.

use super::cases::emergency_of;
use super::visible_cases;
use crate::api::dto::EmergencyContact;
use crate::store::{rows, Db};
use chrono::NaiveDate;

/// The vakt of each service behind the cases `person_id` may see today, once each.
pub async fn emergency_for_person(
    db: &Db,
    person_id: &str,
    today: NaiveDate,
) -> Result<Vec<EmergencyContact>, sqlx::Error> {
    let Some(viewer) = rows::person_by_id(&db.pool, person_id).await? else {
        return Ok(Vec::new());
    };
    let mut out: Vec<EmergencyContact> = Vec::new();
    for v in visible_cases(db, &viewer, today).await? {
        for vakt in emergency_for_unit(db, &v.case.unit_id).await? {
            if !out.contains(&vakt) {
                out.push(vakt);
            }
        }
    }
    Ok(out)
}

/// The vakt of the service `unit_id` belongs to (none if the service has not given one).
pub async fn emergency_for_unit(
    db: &Db,
    unit_id: &str,
) -> Result<Vec<EmergencyContact>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.name AS service_name, s.emergency_phone, s.emergency_hours FROM units u \
         JOIN services s ON s.id = u.service_id WHERE u.id = $1",
    )
    .bind(unit_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else {
        return Ok(Vec::new());
    };
    let name: String = sqlx::Row::try_get(&row, "service_name")?;
    Ok(emergency_of(&row, &name)?.into_iter().collect())
}
