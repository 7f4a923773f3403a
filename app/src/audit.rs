//! The append-only audit log: every read and every decision, with who, what and why.
//! The database refuses updates and deletes (see the migrations' triggers).

use crate::db::{now_unix, Db};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor<'a> {
    Citizen(&'a str),
    Staff(&'a str),
    System,
}

impl Actor<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Actor::Citizen(_) => "citizen",
            Actor::Staff(_) => "staff",
            Actor::System => "system",
        }
    }
    fn id(&self) -> Option<&str> {
        match self {
            Actor::Citizen(id) | Actor::Staff(id) => Some(id),
            Actor::System => None,
        }
    }
}

/// One audit entry. `reason` says why access was given (role or legal basis).
#[derive(Clone, Debug, Default)]
pub struct Entry<'a> {
    pub action: &'a str,
    pub case_id: Option<&'a str>,
    pub document_id: Option<&'a str>,
    pub subject_person_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub async fn record(db: &Db, actor: Actor<'_>, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    record_with(&db.pool, actor, entry).await
}

/// [`record`] on a given connection, so an entry can share the transaction of the
/// change it describes (both are written, or neither).
pub async fn record_with<'e, E>(
    executor: E,
    actor: Actor<'_>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor_kind, actor_id, action, case_id, document_id, \
         subject_person_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now_unix())
    .bind(actor.kind())
    .bind(actor.id())
    .bind(entry.action)
    .bind(entry.case_id)
    .bind(entry.document_id)
    .bind(entry.subject_person_id)
    .bind(entry.reason)
    .execute(executor)
    .await?;
    Ok(())
}
