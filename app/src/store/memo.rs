//! Rows read once per request. A page and its footer both need the viewer's cases (the
//! page to check access, the footer for the services' emergency numbers), and server
//! functions rendered into one page each ask again: the rows behind a party's access
//! (the person, their party rows, the cases they could be in) are read once per request
//! and shared. The policy is still asked on every use; only the rows are kept, and only
//! for the request (`Db::for_request`), so nothing outlives the page it was read for.

use super::rows;
use super::Db;
use crate::domain::{Case, Party, Person};
use std::sync::Arc;
use tokio::sync::Mutex;

/// What the access policy needs to decide every case of one person.
#[derive(Debug)]
pub struct PartyRows {
    pub viewer: Person,
    pub parties: Vec<Party>,
    /// Every case where the person is the child or has a party row, with its child:
    /// any case the policy could let them see is among these.
    pub candidates: Vec<(Case, Person)>,
}

/// One request's reads, kept for the rest of that request.
#[derive(Debug, Default)]
pub struct RequestMemo {
    // Held across the read, so the page and the footer rendering at once share one.
    party: Mutex<Option<(String, Option<Arc<PartyRows>>)>>,
}

/// The rows behind `person_id`'s access, `None` for an unknown person; read once per
/// request when the database handle is a request's.
pub async fn party_rows(db: &Db, person_id: &str) -> Result<Option<Arc<PartyRows>>, sqlx::Error> {
    let Some(memo) = &db.memo else {
        return read_party_rows(db, person_id).await;
    };
    let mut kept = memo.party.lock().await;
    if let Some((id, rows)) = kept.as_ref() {
        if id == person_id {
            return Ok(rows.clone());
        }
    }
    let rows = read_party_rows(db, person_id).await?;
    *kept = Some((person_id.to_string(), rows.clone()));
    Ok(rows)
}

async fn read_party_rows(db: &Db, person_id: &str) -> Result<Option<Arc<PartyRows>>, sqlx::Error> {
    let Some(viewer) = rows::person_by_id(&db.pool, person_id).await? else {
        return Ok(None);
    };
    let parties = rows::parties_of_person(&db.pool, person_id).await?;
    let candidates = rows::candidate_cases(&db.pool, person_id).await?;
    Ok(Some(Arc::new(PartyRows {
        viewer,
        parties,
        candidates,
    })))
}
