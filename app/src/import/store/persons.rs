//! Persons. A person is not owned by one service: the same child or parent can be a
//! party at several services (a family that moved). So any client may create a
//! person, but one may only change a person who is not in another service's cases:
//! otherwise one municipality's system could, say, lift another's protected address.
//! Sending the same data again is always accepted (a no-op).

use super::{flag, ImportClient, Loc, Written};
use crate::import::error::{ImportError, Status};
use crate::import::payload::PersonIn;
use crate::import::reader::parse_date;
use crate::import::store::Change;
use sqlx::{AnyConnection, Row};

pub async fn put(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    p: &PersonIn,
) -> Result<Written, ImportError> {
    let existing = sqlx::query(
        "SELECT pid, given_name, family_name, birth_date, address, protected_address, \
         reserved_digital FROM persons WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let result = match existing {
        None => Change::Created,
        Some(row) => {
            let stored = PersonIn {
                pid: row.try_get("pid")?,
                given_name: row.try_get("given_name")?,
                family_name: row.try_get("family_name")?,
                birth_date: parse_date(&row.try_get::<String, _>("birth_date")?)
                    .unwrap_or_default(),
                address: row.try_get("address")?,
                protected_address: row.try_get::<i64, _>("protected_address")? != 0,
                reserved_digital: row.try_get::<i64, _>("reserved_digital")? != 0,
            };
            if &stored == p {
                return Ok(written(id, Change::Unchanged));
            }
            if in_other_service(conn, client, id).await? {
                return Err(ImportError::forbidden(
                    loc.param("id"),
                    "the person is a party in another service's case; only unchanged data \
                     may be sent for them",
                ));
            }
            Change::Updated
        }
    };
    let taken = sqlx::query("SELECT id FROM persons WHERE pid = $1 AND id <> $2")
        .bind(&p.pid)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    if taken.is_some() {
        return Err(ImportError::new(
            Status::Conflict,
            "conflict",
            loc.field("pid"),
            "another person id already has this national identity number",
        ));
    }
    sqlx::query(
        "INSERT INTO persons (id, pid, given_name, family_name, birth_date, address, \
         protected_address, reserved_digital) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (id) DO UPDATE SET pid = EXCLUDED.pid, given_name = EXCLUDED.given_name, \
         family_name = EXCLUDED.family_name, birth_date = EXCLUDED.birth_date, \
         address = EXCLUDED.address, protected_address = EXCLUDED.protected_address, \
         reserved_digital = EXCLUDED.reserved_digital",
    )
    .bind(id)
    .bind(&p.pid)
    .bind(&p.given_name)
    .bind(&p.family_name)
    .bind(p.birth_date.to_string())
    .bind(&p.address)
    .bind(flag(p.protected_address))
    .bind(flag(p.reserved_digital))
    .execute(&mut *conn)
    .await?;
    Ok(written(id, result))
}

fn written(id: &str, result: Change) -> Written {
    Written {
        kind: "person",
        id: id.to_string(),
        result,
        version_id: None,
        case_id: None,
        person_id: Some(id.to_string()),
    }
}

/// Whether the person is the main person or a party of a case of another service.
async fn in_other_service(
    conn: &mut AnyConnection,
    client: &ImportClient,
    person_id: &str,
) -> Result<bool, ImportError> {
    Ok(sqlx::query(
        "SELECT 1 AS one FROM cases c WHERE c.service_id <> $2 AND (c.main_person_id = $1 \
         OR c.id IN (SELECT case_id FROM parties WHERE person_id = $1))",
    )
    .bind(person_id)
    .bind(&client.service_id)
    .fetch_optional(&mut *conn)
    .await?
    .is_some())
}
