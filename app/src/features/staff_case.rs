//! A case a staff member was let in to by the staff policy, loaded with its child: the
//! base the service's side of consents and post builds on.

use crate::access::policy::staff_case_access;
use crate::access::{StaffCaseAccess, StaffCtx};
use crate::domain::{Case, Person};
use crate::store::{rows, Db};
use std::collections::HashMap;

pub struct StaffCaseOf {
    pub case: Case,
    pub access: StaffCaseAccess,
    pub main_person: Person,
}

/// The case, if `ctx` may see it; `None` looks exactly like "no such case".
pub async fn staff_case_of(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
) -> Result<Option<StaffCaseOf>, sqlx::Error> {
    let Some((case, main_person)) = rows::case_with_main_person(&db.pool, case_id).await? else {
        return Ok(None);
    };
    Ok(
        staff_case_access(ctx, &case.id, &case.unit_id, &case.service_id).map(|access| {
            StaffCaseOf {
                case,
                access,
                main_person,
            }
        }),
    )
}

/// Every case of the staff member's unit that the policy lets them into, by id: two
/// queries for a unit overview instead of one per case.
pub async fn staff_cases_in_unit(
    db: &Db,
    ctx: &StaffCtx,
) -> Result<HashMap<String, StaffCaseOf>, sqlx::Error> {
    let cases = rows::cases_with_main_person_in_unit(&db.pool, &ctx.unit_id).await?;
    Ok(cases
        .into_iter()
        .filter_map(|(case, main_person)| {
            let access = staff_case_access(ctx, &case.id, &case.unit_id, &case.service_id)?;
            Some((
                case.id.clone(),
                StaffCaseOf {
                    case,
                    access,
                    main_person,
                },
            ))
        })
        .collect())
}
