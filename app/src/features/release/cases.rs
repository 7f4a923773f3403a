//! Case reads for staff: the unit's case list and one case with its parties.

use crate::access::policy::{case_access, current_decision, staff_case_access};
use crate::access::StaffCaseAccess;
use crate::access::StaffCtx;
use crate::api::dto::StaffCaseRow;
use crate::audit::{self, Action};
use crate::domain::{Case, Person, ReleaseState};
use crate::store::{rows, Db};
use chrono::NaiveDate;
use sqlx::Row;

/// A person who is a party to a case today (by the same policy the citizen side uses),
/// and so needs a release decision on every document.
#[derive(Clone, Debug)]
pub struct CaseParty {
    pub person: Person,
    /// The roles in which they are a party (`HOVEDPERSON` for the child/young adult).
    pub roles: Vec<String>,
}

/// A case a staff member was let into, with the proof and its parties today.
pub struct StaffCase {
    pub case: Case,
    pub access: StaffCaseAccess,
    pub parties: Vec<CaseParty>,
    /// The child or young adult the case is about (a party or not).
    pub main_person: Person,
}

/// The case if `ctx` may see it (`policy::staff_case_access`), with its parties today.
pub async fn staff_case(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffCase>, sqlx::Error> {
    let Some(case) = rows::case_by_id(&db.pool, case_id).await? else {
        return Ok(None);
    };
    let Some(access) = staff_case_access(ctx, &case.id, &case.unit_id, &case.service_id) else {
        return Ok(None);
    };
    let Some(main_person) = rows::person_by_id(&db.pool, &case.main_person_id).await? else {
        return Ok(None);
    };
    let party_rows = rows::parties_of_case(&db.pool, &access).await?;
    let mut candidates: Vec<String> = party_rows.iter().map(|p| p.person_id.clone()).collect();
    candidates.push(case.main_person_id.clone());
    candidates.sort();
    candidates.dedup();
    let mut parties = Vec::new();
    for id in candidates {
        let Some(person) = rows::person_by_id(&db.pool, &id).await? else {
            continue;
        };
        if case_access(&person, today, &case, &party_rows, &main_person).is_some() {
            let mut roles: Vec<String> = party_rows
                .iter()
                .filter(|p| p.person_id == id && p.is_valid_on(today))
                .map(|p| p.role.as_str().to_string())
                .collect();
            if id == case.main_person_id && roles.is_empty() {
                roles.push("HOVEDPERSON".to_string());
            }
            parties.push(CaseParty { person, roles });
        }
    }
    Ok(Some(StaffCase {
        case,
        access,
        parties,
        main_person,
    }))
}

/// The cases of the staff member's unit, with how many release decisions are missing.
pub async fn unit_cases(
    db: &Db,
    ctx: &StaffCtx,
    today: NaiveDate,
) -> Result<Vec<StaffCaseRow>, sqlx::Error> {
    let ids: Vec<String> =
        sqlx::query("SELECT id FROM cases WHERE unit_id = $1 ORDER BY opened_on DESC, id")
            .bind(&ctx.unit_id)
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|r| r.try_get("id"))
            .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for id in ids {
        let Some(StaffCase {
            case,
            access,
            parties,
            main_person,
        }) = staff_case(db, ctx, &id, today).await?
        else {
            continue;
        };
        let docs = rows::documents_of_case(&db.pool, &access).await?;
        let mut undecided = 0;
        for party in &parties {
            let decisions = rows::decisions_for(&db.pool, &access, &party.person.id).await?;
            undecided += docs
                .iter()
                .filter(|d| {
                    current_decision(&decisions, &d.id, &party.person.id)
                        .is_none_or(|dec| dec.state == ReleaseState::NotDecided)
                })
                .count();
        }
        out.push(StaffCaseRow {
            id: case.id.clone(),
            child_name: main_person.full_name(),
            phase: case.phase.as_str().to_string(),
            opened_on: case.opened_on.to_string(),
            documents: docs.len(),
            parties: parties.len(),
            undecided,
        });
    }
    audit::staff_read(db, ctx, Action::StaffCaseList, None, None).await?;
    Ok(out)
}
