//! Case-level reads: the list of my cases and one case's overview.

use super::{audit_read, cases_of, EndedCase, Reader};
use crate::access::policy::EndReason;
use crate::api::dto::{
    CaseCard, CaseOverviewData, CaseworkerContact, EmergencyContact, EndedCaseNotice, EndedReason,
    MilestoneItem, MyCasesData, ServiceContact, UnitContact,
};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::store::{memo, rows, Db};
use chrono::NaiveDate;
use sqlx::Row;

/// "Mine saker": the cases where `person_id` is a party today, and a notice for each
/// case whose access has ended (both audited).
pub async fn my_cases(
    db: &Db,
    person_id: &str,
    today: NaiveDate,
) -> Result<MyCasesData, sqlx::Error> {
    let Some(rows) = memo::party_rows(db, person_id).await? else {
        return Ok(MyCasesData::default());
    };
    let (visible, ended) = cases_of(&rows, today);
    let units: Vec<&str> = visible.iter().map(|v| v.case.unit_id.as_str()).collect();
    let names = unit_names(db, &units).await?;
    let mut cards = Vec::new();
    let mut consents_waiting = Vec::new();
    for v in visible.iter() {
        consents_waiting.extend(
            crate::features::consent::consents_for_party(db, v, today)
                .await?
                .into_iter()
                .filter(|s| s.needs_answer()),
        );
        let (unit_name, service_name) = names.get(&v.case.unit_id).cloned().unwrap_or_default();
        cards.push(CaseCard {
            id: v.case.id.clone(),
            child_first_name: v.main_person.given_name.clone(),
            unit_name,
            service_name,
            phase: v.case.phase.as_str().to_string(),
        });
        audit_read(
            audit::Via::Group(db),
            Reader::Party(person_id),
            v,
            Action::CaseList,
            None,
            None,
        )
        .await?;
    }
    let mut notices = Vec::new();
    for e in ended {
        notices.push(ended_notice(db, &e).await?);
    }
    Ok(MyCasesData {
        cases: cards,
        ended: notices,
        consents_waiting,
    })
}

/// `columns` of each of `units` (`u`) with its service (`s`), and the unit's `id`, in
/// one query; none for no units.
pub(crate) async fn unit_rows(
    db: &Db,
    units: &[&str],
    columns: &str,
) -> Result<Vec<sqlx::any::AnyRow>, sqlx::Error> {
    if units.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT u.id, {columns} FROM units u JOIN services s ON s.id = u.service_id \
         WHERE u.id IN ({})",
        crate::store::bind_marks(0, units.len())
    );
    let mut query = sqlx::query(&sql);
    for unit in units {
        query = query.bind(*unit);
    }
    query.fetch_all(&db.pool).await
}

/// (unit name, service name) of each of `units`, in one query.
async fn unit_names(
    db: &Db,
    units: &[&str],
) -> Result<std::collections::HashMap<String, (String, String)>, sqlx::Error> {
    unit_rows(db, units, "u.name AS unit_name, s.name AS service_name")
        .await?
        .iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                (r.try_get("unit_name")?, r.try_get("service_name")?),
            ))
        })
        .collect()
}

/// The notice for a case whose access ended: only the child's first name (the one on
/// the case, as the parent knew it), the policy's reason and day, and the service's
/// contact. Audited like a listing, with the reason the notice gives.
async fn ended_notice(db: &Db, e: &EndedCase) -> Result<EndedCaseNotice, sqlx::Error> {
    let (reason, code) = match e.ended.reason() {
        EndReason::ChildCameOfAge => (EndedReason::ChildCameOfAge, "myndig"),
        EndReason::PartyRightsEnded => (EndedReason::PartyRightsEnded, "partsrett"),
        EndReason::CaseMoved { to_service } => (
            EndedReason::CaseMoved {
                to_service: to_service.clone(),
            },
            "flyttet",
        ),
    };
    let audit_reason = format!("tilgang-avsluttet:{code}:{}", e.ended.ended_on());
    let entry = Entry {
        action: Action::CaseEndedNotice,
        why: Reason::Party,
        case_id: Some(e.ended.case_id()),
        document_id: None,
        subject_person_id: Some(e.ended.viewer_id()),
        reason: Some(&audit_reason),
    };
    audit::record(db, Actor::Citizen(e.ended.viewer_id()), entry).await?;
    Ok(EndedCaseNotice {
        child_first_name: e.main_person.given_name.clone(),
        own_case: e.main_person.id == e.ended.viewer_id(),
        reason,
        ended_on: e.ended.ended_on().to_string(),
        contact: if e.main_person.protected_address {
            None
        } else {
            Some(service_contact(db, &e.case.service_id).await?)
        },
    })
}

/// The service's own contact details (see [`ServiceContact`] for why not the unit's).
async fn service_contact(db: &Db, service_id: &str) -> Result<ServiceContact, sqlx::Error> {
    let r = sqlx::query("SELECT name, phone, email, postal_address FROM services WHERE id = $1")
        .bind(service_id)
        .fetch_one(&db.pool)
        .await?;
    Ok(ServiceContact {
        name: r.try_get("name")?,
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
        postal_address: r.try_get("postal_address")?,
    })
}

const UNIT_CONTACT_SQL: &str =
    "SELECT u.name, s.name AS service_name, u.phone, u.email, u.visiting_address, \
     u.opening_hours, s.emergency_phone, s.emergency_hours, st.name AS cw_name, \
     st.phone AS cw_phone, st.email AS cw_email \
     FROM units u JOIN services s ON s.id = u.service_id LEFT JOIN staff st ON st.id = $2 \
     WHERE u.id = $1";

/// The unit's contact details, for pages that tell a party how to reach the service.
pub(crate) async fn unit_contact(db: &Db, unit_id: &str) -> Result<UnitContact, sqlx::Error> {
    Ok(contacts(db, unit_id, None).await?.0)
}

/// The unit's contact details and the caseworker's (when the case has one on record),
/// in one query.
async fn contacts(
    db: &Db,
    unit_id: &str,
    caseworker_id: Option<&str>,
) -> Result<(UnitContact, Option<CaseworkerContact>), sqlx::Error> {
    let r = sqlx::query(UNIT_CONTACT_SQL)
        .bind(unit_id)
        .bind(caseworker_id)
        .fetch_one(&db.pool)
        .await?;
    let caseworker = match r.try_get::<Option<String>, _>("cw_name")? {
        Some(name) => Some(CaseworkerContact {
            name,
            phone: r.try_get("cw_phone")?,
            email: r.try_get("cw_email")?,
        }),
        None => None,
    };
    Ok((unit_contact_of(&r)?, caseworker))
}

fn unit_contact_of(r: &sqlx::any::AnyRow) -> Result<UnitContact, sqlx::Error> {
    let service_name: String = r.try_get("service_name")?;
    Ok(UnitContact {
        name: r.try_get("name")?,
        emergency: emergency_of(r, &service_name)?,
        service_name,
        phone: r.try_get("phone")?,
        email: r.try_get("email")?,
        visiting_address: r.try_get("visiting_address")?,
        opening_hours: r.try_get("opening_hours")?,
    })
}

/// The vakt from a row with `emergency_phone` and `emergency_hours`; none without a number.
pub(crate) fn emergency_of(
    r: &sqlx::any::AnyRow,
    service_name: &str,
) -> Result<Option<EmergencyContact>, sqlx::Error> {
    let phone: Option<String> = r.try_get("emergency_phone")?;
    let hours: Option<String> = r.try_get("emergency_hours")?;
    Ok(phone
        .filter(|p| !p.trim().is_empty())
        .map(|phone| EmergencyContact {
            service_name: service_name.to_string(),
            phone,
            hours: hours.unwrap_or_default(),
        }))
}

/// One case's overview for a party: phase, milestones, deadlines and whom to contact.
pub async fn case_overview(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<CaseOverviewData>, sqlx::Error> {
    case_overview_as(db, Reader::Party(person_id), case_id, today).await
}

/// [`case_overview`] for any reader: the party, or staff previewing the party's view.
pub async fn case_overview_as(
    db: &Db,
    reader: Reader<'_>,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<CaseOverviewData>, sqlx::Error> {
    let person_id = reader.person_id();
    let Some((v, listed)) = super::case_with_views_read(db, person_id, case_id, today).await?
    else {
        return Ok(None);
    };
    let milestones = rows::milestones_of_case(&db.pool, &v.access)
        .await?
        .into_iter()
        .map(|m| MilestoneItem {
            kind: m.kind.as_str().to_string(),
            overdue: m.occurred_on.is_none() && m.due_on.is_some_and(|d| d < today),
            occurred_on: m.occurred_on.map(|d| d.to_string()),
            due_on: m.due_on.map(|d| d.to_string()),
        })
        .collect();
    let (unit, caseworker) = contacts(db, &v.case.unit_id, v.case.caseworker_id.as_deref()).await?;
    let unread = listed.iter().filter(|(_, _, read)| !read).count();
    let consents = crate::features::consent::consents_for_party(db, &v, today).await?;
    audit_read(
        audit::Via::Group(db),
        reader,
        &v,
        Action::CaseView,
        None,
        None,
    )
    .await?;
    Ok(Some(CaseOverviewData {
        case_id: v.case.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        phase: v.case.phase.as_str().to_string(),
        closed: v.case.closed_on.is_some(),
        consents,
        bases: super::basis_reason(&v.access)
            .split(',')
            .map(str::to_string)
            .collect(),
        milestones,
        unit,
        caseworker,
        documents: listed.len(),
        unread,
    }))
}
