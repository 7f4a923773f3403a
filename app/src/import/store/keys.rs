//! The source systems' keys (schema: migrations/*/0004_import_tenancy.sql). Every id an
//! import client sends is looked up under the client's own service, never globally, so
//! a key another service uses is to this client exactly like a key nobody uses: the
//! same status, the same body, the same queries. Internal row ids never reach the
//! client (answers echo its own keys).

use crate::import::error::ImportError;
use rand::Rng;
use sqlx::{AnyConnection, Row};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Person,
    Case,
    Party,
    Milestone,
    Document,
    Consent,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Case => "case",
            Kind::Party => "party",
            Kind::Milestone => "milestone",
            Kind::Document => "document",
            Kind::Consent => "consent",
        }
    }

    /// The table whose `id` the key maps to (a fixed name, never input).
    fn table(self) -> &'static str {
        match self {
            Kind::Person => "persons",
            Kind::Case => "cases",
            Kind::Party => "parties",
            Kind::Milestone => "milestones",
            Kind::Document => "documents",
            Kind::Consent => "consents",
        }
    }
}

/// The internal id this service's key names, if the service has used the key.
pub async fn lookup(
    conn: &mut AnyConnection,
    service_id: &str,
    kind: Kind,
    external_id: &str,
) -> Result<Option<String>, ImportError> {
    let row = sqlx::query(
        "SELECT internal_id FROM import_keys WHERE service_id = $1 AND kind = $2 \
         AND external_id = $3",
    )
    .bind(service_id)
    .bind(kind.as_str())
    .bind(external_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.try_get("internal_id")).transpose()?)
}

/// Records that this service's key names `internal_id`.
pub async fn bind(
    conn: &mut AnyConnection,
    service_id: &str,
    kind: Kind,
    external_id: &str,
    internal_id: &str,
) -> Result<(), ImportError> {
    sqlx::query(
        "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(service_id)
    .bind(kind.as_str())
    .bind(external_id)
    .bind(internal_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A new internal id for a new case, party, milestone or document under this service's
/// key, bound to it (persons: see `persons::create_or_link`).
///
/// A case or document keeps the source system's key as its id when no row has that id
/// yet, so ids stay readable in the portal's URLs and logs (and the end-to-end tests
/// can follow an imported case by its key). When the id is taken (by another
/// service's row, or demo data) the row gets an opaque one; the client cannot tell
/// which happened: the same queries run and it only ever sees its own key.
pub async fn claim(
    conn: &mut AnyConnection,
    service_id: &str,
    kind: Kind,
    external_id: &str,
) -> Result<String, ImportError> {
    let sql = format!("SELECT 1 AS one FROM {} WHERE id = $1", kind.table());
    let taken = sqlx::query(&sql)
        .bind(external_id)
        .fetch_optional(&mut *conn)
        .await?
        .is_some();
    let internal = if taken {
        opaque()
    } else {
        external_id.to_string()
    };
    bind(conn, service_id, kind, external_id, &internal).await?;
    Ok(internal)
}

/// 128 random bits: unguessable, and no client's key can look like one (keys cannot
/// contain `~`). Every person id is one: a person row is shared by the services that
/// have the person, and an id carrying one service's key would tell another service's
/// staff where else the family is known.
pub fn opaque() -> String {
    let mut rng = rand::thread_rng();
    format!("imp~{:016x}{:016x}", rng.gen::<u64>(), rng.gen::<u64>())
}

/// Makes rows that did not come through the import (the demo seed) importable by
/// their own service under their own ids, as migration 0004 does for rows that existed
/// before it. Idempotent.
pub const ADOPT_EXISTING: &[&str] = &[
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT service_id, 'case', id, id FROM cases WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT c.service_id, 'document', d.id, d.id FROM documents d JOIN cases c ON c.id = d.case_id \
     WHERE d.supersedes_id IS NULL ON CONFLICT DO NOTHING",
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT c.service_id, 'party', p.id, p.id FROM parties p JOIN cases c ON c.id = p.case_id \
     WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT c.service_id, 'milestone', m.id, m.id FROM milestones m JOIN cases c ON c.id = m.case_id \
     WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT DISTINCT c.service_id, 'person', p.id, p.id FROM persons p JOIN cases c \
     ON c.main_person_id = p.id OR c.id IN (SELECT case_id FROM parties WHERE person_id = p.id) \
     WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO import_keys (service_id, kind, external_id, internal_id) \
     SELECT c.service_id, 'consent', s.id, s.id FROM consents s JOIN cases c ON c.id = s.case_id \
     WHERE true ON CONFLICT DO NOTHING",
    "INSERT INTO person_sources (person_id, service_id, pid, given_name, family_name, birth_date, \
     address, protected_address, reserved_digital, may_be_notified, email, mobile) \
     SELECT p.id, k.service_id, p.pid, p.given_name, p.family_name, p.birth_date, p.address, \
     p.protected_address, p.reserved_digital, p.may_be_notified, p.email, p.mobile \
     FROM persons p JOIN import_keys k ON k.kind = 'person' AND k.internal_id = p.id \
     WHERE true ON CONFLICT DO NOTHING",
];

pub async fn adopt_existing(conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
    for sql in ADOPT_EXISTING {
        sqlx::query(sql).execute(&mut *conn).await?;
    }
    Ok(())
}
