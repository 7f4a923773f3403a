//! Reads the audit log back: the page of a party's access log, in the scope the access
//! module gave ([`AccessLogScope`]), newest first.

use super::{Action, Actor, Reason};
use crate::access::access_log::{AccessLogScope, ABOUT_ONE_PARTY, SHOWN_ACTIONS};
use crate::domain::StaffRole;
use crate::store::Exec;
use sqlx::Row;

/// One entry as the access log shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedEntry {
    pub seq: i64,
    pub at: i64,
    pub action: Action,
    /// `None` for entries written before reasons were typed.
    pub why: Option<Reason>,
    pub document_id: Option<String>,
    /// The staff member as on record now; `None` for the case system (or an
    /// employee no longer on record).
    pub staff: Option<LoggedStaff>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoggedStaff {
    pub name: String,
    pub role: Option<StaffRole>,
    pub unit_name: String,
}

/// The `WHERE` of the scope, with its binds in order. The same rule as
/// [`AccessLogScope::shows`] (a test holds the two to each other); action names are
/// the enum's own constants, never input.
fn scope_sql(scope: &AccessLogScope) -> (String, Vec<String>) {
    let names = |list: &[Action]| {
        list.iter()
            .map(|a| format!("'{}'", a.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut binds = vec![scope.case_id().to_string(), scope.viewer_id().to_string()];
    let documents = if scope.released().is_empty() {
        "a.document_id IS NULL".to_string()
    } else {
        let marks = crate::store::bind_marks(binds.len(), scope.released().len());
        binds.extend(scope.released().iter().cloned());
        format!("(a.document_id IS NULL OR a.document_id IN ({marks}))")
    };
    let sql = format!(
        "a.case_id = $1 AND a.actor_kind IN ('{}', '{}') AND a.action IN ({}) \
         AND {documents} AND (a.action NOT IN ({}) OR a.subject_person_id = $2)",
        Actor::Staff("").kind(),
        Actor::System.kind(),
        names(SHOWN_ACTIONS),
        names(ABOUT_ONE_PARTY),
    );
    (sql, binds)
}

/// How many entries the scope holds.
pub async fn count_in_scope<'c>(
    ex: impl Exec<'c>,
    scope: &AccessLogScope,
) -> Result<i64, sqlx::Error> {
    let (filter, binds) = scope_sql(scope);
    let sql = format!("SELECT COUNT(*) AS n FROM audit_log a WHERE {filter}");
    let mut q = sqlx::query(&sql);
    for b in &binds {
        q = q.bind(b);
    }
    q.fetch_one(ex).await?.try_get("n")
}

/// `limit` entries of the scope from `offset`, newest first.
pub async fn entries_in_scope<'c>(
    ex: impl Exec<'c>,
    scope: &AccessLogScope,
    offset: i64,
    limit: i64,
) -> Result<Vec<LoggedEntry>, sqlx::Error> {
    let (filter, binds) = scope_sql(scope);
    let sql = format!(
        "SELECT a.seq, a.at, a.action, a.reason_code, a.document_id, s.name AS staff_name, \
         s.role AS staff_role, u.name AS unit_name FROM audit_log a \
         LEFT JOIN staff s ON a.actor_kind = '{staff}' AND s.id = a.actor_id \
         LEFT JOIN units u ON u.id = s.unit_id \
         WHERE {filter} ORDER BY a.seq DESC LIMIT ${} OFFSET ${}",
        binds.len() + 1,
        binds.len() + 2,
        staff = Actor::Staff("").kind(),
    );
    let mut q = sqlx::query(&sql);
    for b in &binds {
        q = q.bind(b);
    }
    let rows = q.bind(limit).bind(offset).fetch_all(ex).await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let action: String = r.try_get("action")?;
        // The scope lists only known actions, so an unknown one cannot come back.
        let Some(action) = Action::parse(&action) else {
            continue;
        };
        let why: Option<String> = r.try_get("reason_code")?;
        let name: Option<String> = r.try_get("staff_name")?;
        let staff = match name {
            Some(name) => Some(LoggedStaff {
                name,
                role: r
                    .try_get::<Option<String>, _>("staff_role")?
                    .as_deref()
                    .and_then(StaffRole::parse),
                unit_name: r
                    .try_get::<Option<String>, _>("unit_name")?
                    .unwrap_or_default(),
            }),
            None => None,
        };
        out.push(LoggedEntry {
            seq: r.try_get("seq")?,
            at: r.try_get("at")?,
            action,
            why: why.as_deref().and_then(Reason::parse),
            document_id: r.try_get("document_id")?,
            staff,
        });
    }
    Ok(out)
}

#[cfg(test)]
#[path = "reader_tests.rs"]
mod tests;
