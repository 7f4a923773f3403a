//! "Who has looked at my case": a party's page of who at the service (or the case
//! system) opened their case and the documents released to them, when and why. The
//! access module decides which entries (`access::access_log`); the audit reader fetches
//! them; this names the staff as the service's setting says and audits the look itself.

use crate::access::access_log::access_log_scope;
use crate::api::dto::{AccessLog, AccessLogDocument, AccessLogItem, AccessLogWho};
use crate::audit::reader::{count_in_scope, entries_in_scope, LoggedEntry};
use crate::audit::Action;
use crate::domain::clock::norwegian_time;
use crate::features::reading::{audit_read, case_with_views, Reader};
use crate::store::Db;
use chrono::NaiveDate;
use std::collections::HashMap;

#[cfg(test)]
mod tests;

/// Entries per page.
pub const PAGE_SIZE: u32 = 20;

/// Page `page` (1-based; past the end shows the last) of `person_id`'s access log of
/// `case_id`; `None` when the case is not theirs to see (looks like "no such case").
pub async fn access_log(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
    page: u32,
) -> Result<Option<AccessLog>, sqlx::Error> {
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let scope = access_log_scope(
        &v.access,
        docs.iter().map(|(d, view)| (d.id.as_str(), view)),
    );
    let titles: HashMap<&str, &str> = docs
        .iter()
        .filter(|(d, _)| scope.released().contains(&d.id))
        .map(|(d, _)| (d.id.as_str(), d.title.as_str()))
        .collect();
    let total = u32::try_from(count_in_scope(&db.pool, &scope).await?).unwrap_or(u32::MAX);
    let pages = total.div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let offset = i64::from((page - 1) * PAGE_SIZE);
    let entries = entries_in_scope(&db.pool, &scope, offset, i64::from(PAGE_SIZE)).await?;
    let by_role_only = !names_staff(db, &v.case.service_id).await?;
    audit_read(
        crate::audit::Via::Group(db),
        Reader::Party(person_id),
        &v,
        Action::AccessLogView,
        None,
        None,
    )
    .await?;
    Ok(Some(AccessLog {
        case_id: v.case.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        entries: entries
            .into_iter()
            .map(|e| item(e, &titles, by_role_only))
            .collect(),
        page,
        pages,
        total,
        staff_by_role_only: by_role_only,
    }))
}

fn item(e: LoggedEntry, titles: &HashMap<&str, &str>, by_role_only: bool) -> AccessLogItem {
    let at = norwegian_time(e.at);
    let who = match (&e.staff, e.action) {
        (Some(s), _) => AccessLogWho::Staff {
            name: (!by_role_only).then(|| s.name.clone()),
            role: s.role.map(|r| r.as_str().to_string()),
            unit: s.unit_name.clone(),
        },
        (None, Action::ImportCase | Action::ImportDocument) => AccessLogWho::CaseSystem,
        (None, _) => AccessLogWho::FormerStaff,
    };
    AccessLogItem {
        date: at.date_naive().to_string(),
        time: at.format("%H:%M").to_string(),
        who,
        action: e.action.as_str().to_string(),
        why: e.why.map(|w| w.as_str().to_string()),
        // Only a released document's title: the scope let no other document's entry in.
        document: e.document_id.as_deref().and_then(|id| {
            titles.get(id).map(|title| AccessLogDocument {
                id: id.to_string(),
                title: title.to_string(),
            })
        }),
    }
}

/// Whether the service names its staff in parties' access logs (its setting; the
/// default is yes).
async fn names_staff(db: &Db, service_id: &str) -> Result<bool, sqlx::Error> {
    let v: Option<i64> =
        sqlx::query_scalar("SELECT access_log_names_staff FROM services WHERE id = $1")
            .bind(service_id)
            .fetch_optional(&db.pool)
            .await?;
    Ok(v.is_none_or(|v| v != 0))
}
