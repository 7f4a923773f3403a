//! Cases and what hangs on them (parties, milestones). Every id is the client's own
//! key (`keys`): a case belongs to the client's service and its unit must be one of the
//! service's units; its persons are persons the client itself imported.

use super::keys::{self, Kind};
use super::persons::refresh_protection;
use super::{flag, opt_date, own_case, own_person, ImportClient, Loc, Written};
use crate::domain::{MilestoneKind, PartyRole, Phase};
use crate::import::error::{ImportError, Status};
use crate::import::payload::{CaseIn, MilestoneIn, PartyIn};
use crate::import::reader::parse_date;
use crate::import::store::Change;
use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

fn date(row: &AnyRow, col: &str) -> Result<Option<NaiveDate>, sqlx::Error> {
    Ok(row
        .try_get::<Option<String>, _>(col)?
        .as_deref()
        .and_then(parse_date))
}

fn written(kind: &'static str, id: &str, case_id: &str, result: Change) -> Written {
    Written {
        kind,
        id: id.to_string(),
        result,
        version_id: None,
        case_id: Some(case_id.to_string()),
        person_id: None,
        document_id: None,
    }
}

pub async fn put_case(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    c: &CaseIn,
) -> Result<Written, ImportError> {
    let internal = keys::lookup(conn, &client.service_id, Kind::Case, id).await?;
    let existing = match &internal {
        Some(internal) => Some(
            sqlx::query(
                "SELECT unit_id, main_person_id, phase, caseworker_id, opened_on, closed_on, \
                 nemnd_party_grant, moved_to, moved_on FROM cases WHERE id = $1",
            )
            .bind(internal)
            .fetch_one(&mut *conn)
            .await?,
        ),
        None => None,
    };
    // Another service's unit is "no unit" here, like the caseworker below: units are
    // configuration, but the answer should not depend on other services either way.
    let unit = sqlx::query("SELECT 1 AS one FROM units WHERE id = $1 AND service_id = $2")
        .bind(&c.unit_id)
        .bind(&client.service_id)
        .fetch_optional(&mut *conn)
        .await?;
    if unit.is_none() {
        return Err(ImportError::invalid(
            "not_found",
            loc.field("unit_id"),
            "there is no unit with this id at this client's service",
        ));
    }
    let main_person =
        own_person(conn, client, &c.main_person_id, loc.field("main_person_id")).await?;
    if let Some(staff) = &c.caseworker_id {
        let own = sqlx::query(
            "SELECT 1 AS one FROM staff s JOIN units u ON u.id = s.unit_id \
             WHERE s.id = $1 AND u.service_id = $2",
        )
        .bind(staff)
        .bind(&client.service_id)
        .fetch_optional(&mut *conn)
        .await?;
        if own.is_none() {
            return Err(ImportError::invalid(
                "not_found",
                loc.field("caseworker_id"),
                "there is no staff member with this id at this client's service",
            ));
        }
    }
    let mut old_main = None;
    let (case_id, result) = match (&internal, &existing) {
        (Some(internal), Some(row)) => {
            let stored_main: String = row.try_get("main_person_id")?;
            let stored = CaseIn {
                unit_id: row.try_get("unit_id")?,
                main_person_id: stored_main.clone(),
                phase: Phase::parse(&row.try_get::<String, _>("phase")?).unwrap_or(c.phase),
                caseworker_id: row.try_get("caseworker_id")?,
                opened_on: date(row, "opened_on")?.unwrap_or_default(),
                closed_on: date(row, "closed_on")?,
                nemnd_party_grant: row.try_get::<i64, _>("nemnd_party_grant")? != 0,
                moved: crate::store::rows::case_move(row)?,
            };
            let wanted = CaseIn {
                main_person_id: main_person.clone(),
                ..c.clone()
            };
            let same_phase = row.try_get::<String, _>("phase")? == c.phase.as_str();
            if stored == wanted && same_phase {
                return Ok(written("case", id, internal, Change::Unchanged));
            }
            old_main = Some(stored_main);
            (internal.clone(), Change::Updated)
        }
        _ => (
            keys::claim(conn, &client.service_id, Kind::Case, id).await?,
            Change::Created,
        ),
    };
    sqlx::query(
        "INSERT INTO cases (id, service_id, unit_id, main_person_id, phase, caseworker_id, \
         opened_on, closed_on, nemnd_party_grant, moved_to, moved_on) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
         ON CONFLICT (id) DO UPDATE SET unit_id = EXCLUDED.unit_id, \
         main_person_id = EXCLUDED.main_person_id, phase = EXCLUDED.phase, \
         caseworker_id = EXCLUDED.caseworker_id, opened_on = EXCLUDED.opened_on, \
         closed_on = EXCLUDED.closed_on, nemnd_party_grant = EXCLUDED.nemnd_party_grant, \
         moved_to = EXCLUDED.moved_to, moved_on = EXCLUDED.moved_on",
    )
    .bind(&case_id)
    .bind(&client.service_id)
    .bind(&c.unit_id)
    .bind(&main_person)
    .bind(c.phase.as_str())
    .bind(&c.caseworker_id)
    .bind(c.opened_on.to_string())
    .bind(opt_date(c.closed_on))
    .bind(flag(c.nemnd_party_grant))
    .bind(c.moved.as_ref().map(|m| m.to_service.clone()))
    .bind(opt_date(c.moved.as_ref().map(|m| m.on)))
    .execute(&mut *conn)
    .await?;
    // Who is in this service's cases decides whose protection counts.
    refresh_protection(conn, &main_person).await?;
    if let Some(old) = old_main.filter(|old| *old != main_person) {
        refresh_protection(conn, &old).await?;
    }
    Ok(written("case", id, &case_id, result))
}

/// A row that hangs on a case may not move to another case under the same key (both
/// are the client's own cases, so saying so tells it nothing new).
fn same_case(loc: &Loc, stored_case: &str, case_id: &str) -> Result<(), ImportError> {
    if stored_case == case_id {
        return Ok(());
    }
    Err(ImportError::invalid(
        "immutable",
        loc.param("id"),
        "this id belongs to a row of another case; ids cannot move between cases",
    ))
}

pub async fn put_party(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    case_key: &str,
    id: &str,
    p: &PartyIn,
) -> Result<Written, ImportError> {
    let case_id = own_case(conn, client, case_key, loc.param("case_id")).await?;
    let internal = keys::lookup(conn, &client.service_id, Kind::Party, id).await?;
    // Only a person this client imported itself can become a party of its case.
    let person_id = own_person(conn, client, &p.person_id, loc.field("person_id")).await?;
    let existing = match &internal {
        Some(internal) => Some(
            sqlx::query(
                "SELECT case_id, person_id, role, valid_from, valid_to FROM parties WHERE id = $1",
            )
            .bind(internal)
            .fetch_one(&mut *conn)
            .await?,
        ),
        None => None,
    };
    let mut old_person = None;
    if let Some(row) = &existing {
        same_case(loc, &row.try_get::<String, _>("case_id")?, &case_id)?;
        let stored_person: String = row.try_get("person_id")?;
        let stored = (
            stored_person.clone(),
            PartyRole::parse(&row.try_get::<String, _>("role")?),
            date(row, "valid_from")?,
            date(row, "valid_to")?,
        );
        if stored
            == (
                person_id.clone(),
                Some(p.role),
                Some(p.valid_from),
                p.valid_to,
            )
        {
            let mut w = written("party", id, &case_id, Change::Unchanged);
            w.person_id = Some(person_id);
            return Ok(w);
        }
        old_person = Some(stored_person);
    }
    let duplicate = sqlx::query(
        "SELECT id FROM parties WHERE case_id = $1 AND person_id = $2 AND role = $3 \
         AND id <> $4",
    )
    .bind(&case_id)
    .bind(&person_id)
    .bind(p.role.as_str())
    .bind(internal.as_deref().unwrap_or(""))
    .fetch_optional(&mut *conn)
    .await?;
    if duplicate.is_some() {
        return Err(ImportError::new(
            Status::Conflict,
            "conflict",
            loc.field("role"),
            "the person already has this role on the case under another party id",
        ));
    }
    let (party_id, result) = match internal {
        Some(internal) => (internal, Change::Updated),
        None => (
            keys::claim(conn, &client.service_id, Kind::Party, id).await?,
            Change::Created,
        ),
    };
    sqlx::query(
        "INSERT INTO parties (id, case_id, person_id, role, valid_from, valid_to) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET \
         person_id = EXCLUDED.person_id, role = EXCLUDED.role, \
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to",
    )
    .bind(&party_id)
    .bind(&case_id)
    .bind(&person_id)
    .bind(p.role.as_str())
    .bind(p.valid_from.to_string())
    .bind(opt_date(p.valid_to))
    .execute(&mut *conn)
    .await?;
    // Who is in this service's cases decides whose protection counts.
    refresh_protection(conn, &person_id).await?;
    if let Some(old) = old_person.filter(|old| *old != person_id) {
        refresh_protection(conn, &old).await?;
    }
    let mut w = written("party", id, &case_id, result);
    w.person_id = Some(person_id);
    Ok(w)
}

pub async fn put_milestone(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    case_key: &str,
    id: &str,
    m: &MilestoneIn,
) -> Result<Written, ImportError> {
    let case_id = own_case(conn, client, case_key, loc.param("case_id")).await?;
    let internal = keys::lookup(conn, &client.service_id, Kind::Milestone, id).await?;
    let existing = match &internal {
        Some(internal) => Some(
            sqlx::query(
                "SELECT case_id, kind, phase, occurred_on, due_on, seq FROM milestones \
                 WHERE id = $1",
            )
            .bind(internal)
            .fetch_one(&mut *conn)
            .await?,
        ),
        None => None,
    };
    if let Some(row) = &existing {
        same_case(loc, &row.try_get::<String, _>("case_id")?, &case_id)?;
        let stored = (
            MilestoneKind::parse(&row.try_get::<String, _>("kind")?),
            Phase::parse(&row.try_get::<String, _>("phase")?),
            date(row, "occurred_on")?,
            date(row, "due_on")?,
            row.try_get::<i64, _>("seq")?,
        );
        if stored == (Some(m.kind), Some(m.phase), m.occurred_on, m.due_on, m.seq) {
            return Ok(written("milestone", id, &case_id, Change::Unchanged));
        }
    }
    let (milestone_id, result) = match internal {
        Some(internal) => (internal, Change::Updated),
        None => (
            keys::claim(conn, &client.service_id, Kind::Milestone, id).await?,
            Change::Created,
        ),
    };
    sqlx::query(
        "INSERT INTO milestones (id, case_id, kind, phase, occurred_on, due_on, seq) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET \
         kind = EXCLUDED.kind, phase = EXCLUDED.phase, occurred_on = EXCLUDED.occurred_on, \
         due_on = EXCLUDED.due_on, seq = EXCLUDED.seq",
    )
    .bind(&milestone_id)
    .bind(&case_id)
    .bind(m.kind.as_str())
    .bind(m.phase.as_str())
    .bind(opt_date(m.occurred_on))
    .bind(opt_date(m.due_on))
    .bind(m.seq)
    .execute(&mut *conn)
    .await?;
    Ok(written("milestone", id, &case_id, result))
}
