//! The append-only audit log: every read and every decision, with who, what and why.
//! The database refuses updates and deletes (see the migrations' triggers), and the
//! hash chain (`chain`, linked by `sealer`, checked by `verify`) shows any change that
//! got past them.

use crate::access::StaffCtx;
use crate::domain::Case;
use crate::store::audit_log::{insert_rows, AuditRow};
use crate::store::{now_unix, Db};

pub use crate::domain::audit::{Action, Reason};

pub mod chain;
pub mod reader;
pub mod sealer;
pub mod signing;
#[cfg(test)]
pub mod testing;
pub mod verify;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor<'a> {
    Citizen(&'a str),
    Staff(&'a str),
    System,
}

impl Actor<'_> {
    /// The stored `actor_kind`.
    pub fn kind(&self) -> &'static str {
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

/// One audit entry: `why` in a typed word, `reason` in detail (the legal basis, the
/// unit and service, the decision's content).
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub action: Action,
    pub why: Reason,
    pub case_id: Option<&'a str>,
    pub document_id: Option<&'a str>,
    pub subject_person_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

/// Records an entry that changes nothing else (a read): committed with the entries of
/// other requests in one group, and returned only once it is stored.
pub async fn record(db: &Db, actor: Actor<'_>, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    db.audit_log.append(row(actor, &entry)).await
}

/// [`record`] on a given connection, so an entry can share the transaction of the
/// change it describes (both are written, or neither).
pub async fn record_with(
    conn: &mut sqlx::AnyConnection,
    actor: Actor<'_>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    insert_rows(conn, &[row(actor, &entry)]).await
}

/// Where an entry goes: in a group of its own kind, or into the caller's transaction.
pub enum Via<'a> {
    Group(&'a Db),
    Transaction(&'a mut sqlx::AnyConnection),
}

pub async fn record_via(
    via: Via<'_>,
    actor: Actor<'_>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error> {
    match via {
        Via::Group(db) => record(db, actor, entry).await,
        Via::Transaction(conn) => record_with(conn, actor, entry).await,
    }
}

fn row(actor: Actor<'_>, entry: &Entry<'_>) -> AuditRow {
    AuditRow {
        at: now_unix(),
        actor_kind: actor.kind(),
        actor_id: actor.id().map(str::to_string),
        action: entry.action.as_str(),
        case_id: entry.case_id.map(str::to_string),
        document_id: entry.document_id.map(str::to_string),
        subject_person_id: entry.subject_person_id.map(str::to_string),
        reason: entry.reason.map(str::to_string),
        reason_code: entry.why.as_str(),
    }
}

/// Writes a staff read to the audit log: of `case` (and `document_id` in it), or of a
/// list (`None`).
pub async fn staff_read(
    db: &Db,
    ctx: &StaffCtx,
    action: Action,
    case: Option<&Case>,
    document_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let why = ctx.capacity(case.and_then(|c| c.caseworker_id.as_deref()));
    let reason = staff_scope(ctx);
    let entry = Entry {
        action,
        why,
        case_id: case.map(|c| c.id.as_str()),
        document_id,
        subject_person_id: None,
        reason: Some(&reason),
    };
    record(db, Actor::Staff(&ctx.staff_id), entry).await
}

/// The unit and service a staff member acted from, for an entry's detail.
pub fn staff_scope(ctx: &StaffCtx) -> String {
    format!("tjeneste:{};enhet:{}", ctx.service_id, ctx.unit_id)
}
