//! The unit's unanswered innsyn requests, oldest first, for the caseworkers' list.
//! A request for a document is answered by the next release decision for that party
//! on it; one for the whole case on its own page (`whole_case`).

use crate::access::policy::{current_decision, staff_case_access};
use crate::access::StaffCtx;
use crate::api::dto::InnsynRequestItem;
use crate::audit::Action;
use crate::domain::clock::norwegian_time;
use crate::domain::ReleaseState;
use crate::store::{rows, Db};
use chrono::NaiveDate;

pub async fn open_innsyn_requests(
    db: &Db,
    ctx: &StaffCtx,
    today: NaiveDate,
) -> Result<Vec<InnsynRequestItem>, sqlx::Error> {
    let mut items = Vec::new();
    // The query narrows to the unit; the policy decides, as for every other staff read.
    for r in crate::store::innsyn::open_requests_in_unit(&db.pool, &ctx.unit_id).await? {
        let Some(access) = staff_case_access(ctx, &r.case_id, &r.case_unit_id, &r.case_service_id)
        else {
            continue;
        };
        let party_name = rows::person_by_id(&db.pool, &r.person_id)
            .await?
            .map(|p| p.full_name())
            .unwrap_or_default();
        // What the request is about follows from what the party reads now: asked
        // while it stays partly shared, it concerns the hidden parts.
        let hidden_parts = match &r.document {
            Some((document_id, _)) => {
                let decisions = rows::decisions_for(&db.pool, &access, &r.person_id).await?;
                current_decision(&decisions, document_id, &r.person_id)
                    .is_some_and(|d| d.state == ReleaseState::PartlyShared)
            }
            None => false,
        };
        let requested_on = norwegian_time(r.requested_at).date_naive();
        items.push(InnsynRequestItem {
            case_id: r.case_id,
            document: r.document,
            person_id: r.person_id,
            party_name,
            requested_on: requested_on.to_string(),
            days_waiting: (today - requested_on).num_days().max(0),
            message: r.message,
            hidden_parts,
        });
    }
    crate::audit::staff_read(db, ctx, Action::StaffInnsynList, None, None).await?;
    Ok(items)
}
