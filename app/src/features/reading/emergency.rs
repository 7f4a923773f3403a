//! Whom a logged-in user can call when it cannot wait: the barnevernvakt of every
//! service that handles one of their cases (a party) or that they work for (staff).
//! Only public service numbers leave here, never case data; the services a party sees
//! are those of the cases the policy lets them see today.

use super::cases::{emergency_of, unit_rows};
use super::visible_cases;
use crate::api::dto::EmergencyContact;
use crate::store::{memo, Db};
use chrono::NaiveDate;
use sqlx::Row;

/// The vakt of each service behind the cases `person_id` may see today, once each.
pub async fn emergency_for_person(
    db: &Db,
    person_id: &str,
    today: NaiveDate,
) -> Result<Vec<EmergencyContact>, sqlx::Error> {
    let Some(rows) = memo::party_rows(db, person_id).await? else {
        return Ok(Vec::new());
    };
    let mut units: Vec<&str> = Vec::new();
    let cases = visible_cases(&rows, today);
    for v in &cases {
        if !units.contains(&v.case.unit_id.as_str()) {
            units.push(&v.case.unit_id);
        }
    }
    let mut out: Vec<EmergencyContact> = Vec::new();
    for vakt in emergency_of_units(db, &units).await? {
        if !out.contains(&vakt) {
            out.push(vakt);
        }
    }
    Ok(out)
}

/// The vakt of the service `unit_id` belongs to (none if the service has not given one).
pub async fn emergency_for_unit(
    db: &Db,
    unit_id: &str,
) -> Result<Vec<EmergencyContact>, sqlx::Error> {
    emergency_of_units(db, &[unit_id]).await
}

/// The vakt of the services of `units`, in one query, in the order of `units`.
async fn emergency_of_units(db: &Db, units: &[&str]) -> Result<Vec<EmergencyContact>, sqlx::Error> {
    let rows = unit_rows(
        db,
        units,
        "s.name AS service_name, s.emergency_phone, s.emergency_hours",
    )
    .await?;
    let mut out = Vec::new();
    for unit in units {
        for row in &rows {
            if row.try_get::<String, _>("id")? == *unit {
                let name: String = row.try_get("service_name")?;
                out.extend(emergency_of(row, &name)?);
            }
        }
    }
    Ok(out)
}
