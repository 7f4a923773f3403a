//! Persons. One `persons` row per real person (national identity number), so a
//! citizen who is a party at two services logs in once and sees both services' cases.
//! Each service reaches that row only through its own key, and what it sends is kept
//! as its own view (`person_sources`):
//!
//! - a new key with a pid the portal already knows links to that person, with the same
//!   answer (201, same body, same queries) as for a pid nobody knows: a service never
//!   learns that another service knows the person;
//! - names, birth date, address and the KRR contact (reservation, notification status,
//!   e-mail, mobile) on the shared row follow the latest
//!   PUT of a service that has the person in one of its cases (or of the service that
//!   created the row); a service without the person in a case changes only its own view;
//! - the protected address counts per service, and only from a service that has the
//!   person in a case: the person is protected when any such service says so, so no
//!   service can set or lift another's protection (`refresh_protection`);
//! - a key keeps its pid: a different pid is refused (the person is someone else: send
//!   them under a new key), judged from the client's own data only.

use super::keys::{self, Kind};
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
    let service = &client.service_id;
    let Some(person_id) = keys::lookup(conn, service, Kind::Person, id).await? else {
        let person_id = create_or_link(conn, client, loc, id, p).await?;
        return Ok(written(id, &person_id, Change::Created));
    };
    if let Some(stored) = source(conn, &person_id, service).await? {
        if stored.pid != p.pid {
            return Err(ImportError::invalid(
                "immutable",
                loc.field("pid"),
                "this person id has another national identity number; a different person \
                 needs a new person id",
            ));
        }
        if &stored == p {
            return Ok(written(id, &person_id, Change::Unchanged));
        }
    }
    save_source(conn, &person_id, service, p).await?;
    if in_service_case(conn, service, &person_id).await? {
        sqlx::query(
            "UPDATE persons SET given_name = $2, family_name = $3, birth_date = $4, \
             address = $5, reserved_digital = $6, may_be_notified = $7, email = $8, \
             mobile = $9 WHERE id = $1",
        )
        .bind(&person_id)
        .bind(&p.given_name)
        .bind(&p.family_name)
        .bind(p.birth_date.to_string())
        .bind(&p.address)
        .bind(flag(p.reserved_digital))
        .bind(flag(p.may_be_notified))
        .bind(&p.email)
        .bind(&p.mobile)
        .execute(&mut *conn)
        .await?;
        refresh_protection(conn, &person_id).await?;
    }
    Ok(written(id, &person_id, Change::Updated))
}

/// A key this service has not used: the person with this pid, created if nobody has
/// them. Both ways run the same statements (an insert that does nothing when the pid
/// is known), so neither answer nor timing tells them apart.
async fn create_or_link(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    p: &PersonIn,
) -> Result<String, ImportError> {
    // Two keys of one service for one person would give it two views of them: refused,
    // and this looks only at the client's own keys.
    let twice = sqlx::query(
        "SELECT 1 AS one FROM person_sources s JOIN persons p ON p.id = s.person_id \
         WHERE s.service_id = $1 AND p.pid = $2",
    )
    .bind(&client.service_id)
    .bind(&p.pid)
    .fetch_optional(&mut *conn)
    .await?;
    if twice.is_some() {
        return Err(ImportError::new(
            Status::Conflict,
            "conflict",
            loc.field("pid"),
            "another person id of this client already has this national identity number",
        ));
    }
    let candidate = keys::opaque();
    sqlx::query(
        "INSERT INTO persons (id, pid, given_name, family_name, birth_date, address, \
         protected_address, reserved_digital, may_be_notified, email, mobile) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (pid) DO NOTHING",
    )
    .bind(&candidate)
    .bind(&p.pid)
    .bind(&p.given_name)
    .bind(&p.family_name)
    .bind(p.birth_date.to_string())
    .bind(&p.address)
    .bind(flag(p.protected_address))
    .bind(flag(p.reserved_digital))
    .bind(flag(p.may_be_notified))
    .bind(&p.email)
    .bind(&p.mobile)
    .execute(&mut *conn)
    .await?;
    let person_id: String = sqlx::query("SELECT id FROM persons WHERE pid = $1")
        .bind(&p.pid)
        .fetch_one(&mut *conn)
        .await?
        .try_get("id")?;
    keys::bind(conn, &client.service_id, Kind::Person, id, &person_id).await?;
    save_source(conn, &person_id, &client.service_id, p).await?;
    Ok(person_id)
}

/// What this service last sent about the person.
async fn source(
    conn: &mut AnyConnection,
    person_id: &str,
    service_id: &str,
) -> Result<Option<PersonIn>, ImportError> {
    let row = sqlx::query(
        "SELECT pid, given_name, family_name, birth_date, address, protected_address, \
         reserved_digital, may_be_notified, email, mobile FROM person_sources \
         WHERE person_id = $1 AND service_id = $2",
    )
    .bind(person_id)
    .bind(service_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some(PersonIn {
        pid: row.try_get("pid")?,
        given_name: row.try_get("given_name")?,
        family_name: row.try_get("family_name")?,
        birth_date: parse_date(&row.try_get::<String, _>("birth_date")?).unwrap_or_default(),
        address: row.try_get("address")?,
        protected_address: row.try_get::<i64, _>("protected_address")? != 0,
        reserved_digital: row.try_get::<i64, _>("reserved_digital")? != 0,
        may_be_notified: row.try_get::<i64, _>("may_be_notified")? != 0,
        email: row.try_get("email")?,
        mobile: row.try_get("mobile")?,
    }))
}

async fn save_source(
    conn: &mut AnyConnection,
    person_id: &str,
    service_id: &str,
    p: &PersonIn,
) -> Result<(), ImportError> {
    sqlx::query(
        "INSERT INTO person_sources (person_id, service_id, pid, given_name, family_name, \
         birth_date, address, protected_address, reserved_digital, may_be_notified, email, \
         mobile) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (person_id, service_id) DO UPDATE SET pid = EXCLUDED.pid, \
         given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name, \
         birth_date = EXCLUDED.birth_date, address = EXCLUDED.address, \
         protected_address = EXCLUDED.protected_address, \
         reserved_digital = EXCLUDED.reserved_digital, \
         may_be_notified = EXCLUDED.may_be_notified, email = EXCLUDED.email, \
         mobile = EXCLUDED.mobile",
    )
    .bind(person_id)
    .bind(service_id)
    .bind(&p.pid)
    .bind(&p.given_name)
    .bind(&p.family_name)
    .bind(p.birth_date.to_string())
    .bind(&p.address)
    .bind(flag(p.protected_address))
    .bind(flag(p.reserved_digital))
    .bind(flag(p.may_be_notified))
    .bind(&p.email)
    .bind(&p.mobile)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

fn written(id: &str, person_id: &str, result: Change) -> Written {
    Written {
        kind: "person",
        id: id.to_string(),
        result,
        version_id: None,
        case_id: None,
        person_id: Some(person_id.to_string()),
        document_id: None,
    }
}

/// Whether the person is the main person or a party of a case of this service.
async fn in_service_case(
    conn: &mut AnyConnection,
    service_id: &str,
    person_id: &str,
) -> Result<bool, ImportError> {
    Ok(sqlx::query(
        "SELECT 1 AS one FROM cases c WHERE c.service_id = $2 AND (c.main_person_id = $1 \
         OR c.id IN (SELECT case_id FROM parties WHERE person_id = $1))",
    )
    .bind(person_id)
    .bind(service_id)
    .fetch_optional(&mut *conn)
    .await?
    .is_some())
}

/// Sets the person's protected address from the services that have them in a case:
/// protected when any of them says so. Run after every write that can change either
/// side (a person's PUT, a case's main person, a party). A person in no case is shown
/// to nobody, so their flag stays as it was created until some case holds them.
pub(super) async fn refresh_protection(
    conn: &mut AnyConnection,
    person_id: &str,
) -> Result<(), ImportError> {
    sqlx::query(
        "UPDATE persons SET protected_address = CASE WHEN EXISTS (SELECT 1 FROM person_sources s \
         WHERE s.person_id = $1 AND s.protected_address = 1 AND s.service_id IN \
         (SELECT c.service_id FROM cases c WHERE c.main_person_id = $1 \
         OR c.id IN (SELECT case_id FROM parties WHERE person_id = $1))) THEN 1 ELSE 0 END \
         WHERE id = $1 AND EXISTS (SELECT 1 FROM cases c WHERE c.main_person_id = $1 \
         OR c.id IN (SELECT case_id FROM parties WHERE person_id = $1))",
    )
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
