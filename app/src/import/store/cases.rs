//! Cases and what hangs on them (parties, milestones). A case belongs to the service
//! of its unit; a client may only write cases of its own service.

use super::{exists, flag, opt_date, own_case, ImportClient, Loc, Written};
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
    }
}

pub async fn put_case(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    c: &CaseIn,
) -> Result<Written, ImportError> {
    let existing = sqlx::query(
        "SELECT service_id, unit_id, main_person_id, phase, caseworker_id, opened_on, \
         closed_on, nemnd_party_grant FROM cases WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = &existing {
        if row.try_get::<String, _>("service_id")? != client.service_id {
            return Err(ImportError::forbidden(
                loc.param("id"),
                "the case belongs to another service than this client's",
            ));
        }
    }
    let unit = sqlx::query("SELECT service_id FROM units WHERE id = $1")
        .bind(&c.unit_id)
        .fetch_optional(&mut *conn)
        .await?;
    match unit {
        None => {
            return Err(ImportError::invalid(
                "not_found",
                loc.field("unit_id"),
                "there is no unit with this id",
            ))
        }
        Some(r) if r.try_get::<String, _>("service_id")? != client.service_id => {
            return Err(ImportError::forbidden(
                loc.field("unit_id"),
                "the unit belongs to another service than this client's",
            ))
        }
        Some(_) => {}
    }
    if !exists(conn, "persons", &c.main_person_id).await? {
        return Err(ImportError::invalid(
            "not_found",
            loc.field("main_person_id"),
            "there is no person with this id; import the person first",
        ));
    }
    if let Some(staff) = &c.caseworker_id {
        let service = sqlx::query(
            "SELECT u.service_id FROM staff s JOIN units u ON u.id = s.unit_id WHERE s.id = $1",
        )
        .bind(staff)
        .fetch_optional(&mut *conn)
        .await?;
        let own = match service {
            Some(r) => r.try_get::<String, _>("service_id")? == client.service_id,
            None => false,
        };
        if !own {
            return Err(ImportError::invalid(
                "not_found",
                loc.field("caseworker_id"),
                "there is no staff member with this id at this client's service",
            ));
        }
    }
    let result = match &existing {
        None => Change::Created,
        Some(row) => {
            let stored = CaseIn {
                unit_id: row.try_get("unit_id")?,
                main_person_id: row.try_get("main_person_id")?,
                phase: Phase::parse(&row.try_get::<String, _>("phase")?).unwrap_or(c.phase),
                caseworker_id: row.try_get("caseworker_id")?,
                opened_on: date(row, "opened_on")?.unwrap_or_default(),
                closed_on: date(row, "closed_on")?,
                nemnd_party_grant: row.try_get::<i64, _>("nemnd_party_grant")? != 0,
            };
            let same_phase = row.try_get::<String, _>("phase")? == c.phase.as_str();
            if &stored == c && same_phase {
                return Ok(written("case", id, id, Change::Unchanged));
            }
            Change::Updated
        }
    };
    sqlx::query(
        "INSERT INTO cases (id, service_id, unit_id, main_person_id, phase, caseworker_id, \
         opened_on, closed_on, nemnd_party_grant) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (id) DO UPDATE SET unit_id = EXCLUDED.unit_id, \
         main_person_id = EXCLUDED.main_person_id, phase = EXCLUDED.phase, \
         caseworker_id = EXCLUDED.caseworker_id, opened_on = EXCLUDED.opened_on, \
         closed_on = EXCLUDED.closed_on, nemnd_party_grant = EXCLUDED.nemnd_party_grant",
    )
    .bind(id)
    .bind(&client.service_id)
    .bind(&c.unit_id)
    .bind(&c.main_person_id)
    .bind(c.phase.as_str())
    .bind(&c.caseworker_id)
    .bind(c.opened_on.to_string())
    .bind(opt_date(c.closed_on))
    .bind(flag(c.nemnd_party_grant))
    .execute(&mut *conn)
    .await?;
    Ok(written("case", id, id, result))
}

/// A row that hangs on a case may not move to another case under the same id.
async fn same_case(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    stored_case: &str,
    case_id: &str,
) -> Result<(), ImportError> {
    if stored_case == case_id {
        return Ok(());
    }
    own_case(conn, client, stored_case, loc.param("id")).await?;
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
    case_id: &str,
    id: &str,
    p: &PartyIn,
) -> Result<Written, ImportError> {
    own_case(conn, client, case_id, loc.param("case_id")).await?;
    let existing = sqlx::query(
        "SELECT case_id, person_id, role, valid_from, valid_to FROM parties WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    if !exists(conn, "persons", &p.person_id).await? {
        return Err(ImportError::invalid(
            "not_found",
            loc.field("person_id"),
            "there is no person with this id; import the person first",
        ));
    }
    let result = match &existing {
        None => Change::Created,
        Some(row) => {
            same_case(
                conn,
                client,
                loc,
                &row.try_get::<String, _>("case_id")?,
                case_id,
            )
            .await?;
            let stored = (
                row.try_get::<String, _>("person_id")?,
                PartyRole::parse(&row.try_get::<String, _>("role")?),
                date(row, "valid_from")?,
                date(row, "valid_to")?,
            );
            if stored
                == (
                    p.person_id.clone(),
                    Some(p.role),
                    Some(p.valid_from),
                    p.valid_to,
                )
            {
                return Ok(written("party", id, case_id, Change::Unchanged));
            }
            Change::Updated
        }
    };
    let duplicate = sqlx::query(
        "SELECT id FROM parties WHERE case_id = $1 AND person_id = $2 AND role = $3 AND id <> $4",
    )
    .bind(case_id)
    .bind(&p.person_id)
    .bind(p.role.as_str())
    .bind(id)
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
    sqlx::query(
        "INSERT INTO parties (id, case_id, person_id, role, valid_from, valid_to) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE SET \
         person_id = EXCLUDED.person_id, role = EXCLUDED.role, \
         valid_from = EXCLUDED.valid_from, valid_to = EXCLUDED.valid_to",
    )
    .bind(id)
    .bind(case_id)
    .bind(&p.person_id)
    .bind(p.role.as_str())
    .bind(p.valid_from.to_string())
    .bind(opt_date(p.valid_to))
    .execute(&mut *conn)
    .await?;
    let mut w = written("party", id, case_id, result);
    w.person_id = Some(p.person_id.clone());
    Ok(w)
}

pub async fn put_milestone(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    case_id: &str,
    id: &str,
    m: &MilestoneIn,
) -> Result<Written, ImportError> {
    own_case(conn, client, case_id, loc.param("case_id")).await?;
    let existing = sqlx::query(
        "SELECT case_id, kind, phase, occurred_on, due_on, seq FROM milestones WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let result = match &existing {
        None => Change::Created,
        Some(row) => {
            same_case(
                conn,
                client,
                loc,
                &row.try_get::<String, _>("case_id")?,
                case_id,
            )
            .await?;
            let stored = (
                MilestoneKind::parse(&row.try_get::<String, _>("kind")?),
                Phase::parse(&row.try_get::<String, _>("phase")?),
                date(row, "occurred_on")?,
                date(row, "due_on")?,
                row.try_get::<i64, _>("seq")?,
            );
            if stored == (Some(m.kind), Some(m.phase), m.occurred_on, m.due_on, m.seq) {
                return Ok(written("milestone", id, case_id, Change::Unchanged));
            }
            Change::Updated
        }
    };
    sqlx::query(
        "INSERT INTO milestones (id, case_id, kind, phase, occurred_on, due_on, seq) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET \
         kind = EXCLUDED.kind, phase = EXCLUDED.phase, occurred_on = EXCLUDED.occurred_on, \
         due_on = EXCLUDED.due_on, seq = EXCLUDED.seq",
    )
    .bind(id)
    .bind(case_id)
    .bind(m.kind.as_str())
    .bind(m.phase.as_str())
    .bind(opt_date(m.occurred_on))
    .bind(opt_date(m.due_on))
    .bind(m.seq)
    .execute(&mut *conn)
    .await?;
    Ok(written("milestone", id, case_id, result))
}
