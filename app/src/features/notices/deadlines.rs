//! A party's deadlines within three days (issue 16): a consent waiting for their answer,
//! the klagefrist of a document released to them or of their refused innsyn request,
//! minutes they may comment on. Found through the same reads the party's pages use, so
//! through the same policy: a deadline of something the person may not see today is
//! never told, not even that it exists. Each deadline is told to each person once
//! (`store::notices::tell_deadline`).

use crate::access::minutes::party_may_comment;
use crate::access::policy::DocumentView;
use crate::domain::notice::{deadline_soon, DEADLINE_NOTICE_DAYS};
use crate::features::consent::consents_for_party;
use crate::features::reading::{case_with_views, innsyn_appeal_by};
use crate::store::innsyn::Subject;
use crate::store::notices::{cases_with_deadlines, tell_deadline};
use crate::store::{minutes, Db};
use chrono::{Days, NaiveDate};
use sqlx::Row;

/// One deadline a person may see today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub person_id: String,
    pub case_id: String,
    /// The consent or the document.
    pub about: String,
    pub deadline: NaiveDate,
}

/// Tells every party of the deadlines of theirs due within three days of `today`, once
/// each. How many were told now.
pub async fn write_due_deadlines(
    db: &Db,
    today: NaiveDate,
    now: i64,
) -> Result<usize, sqlx::Error> {
    let mut told = 0;
    for due in due_deadlines(db, today).await? {
        if tell_deadline(
            db,
            &due.person_id,
            &due.case_id,
            &due.about,
            due.deadline,
            now,
        )
        .await?
        {
            told += 1;
        }
    }
    Ok(told)
}

/// Every deadline within three days of `today`, for each person who may see it.
pub async fn due_deadlines(db: &Db, today: NaiveDate) -> Result<Vec<Due>, sqlx::Error> {
    let until = today + Days::new(DEADLINE_NOTICE_DAYS);
    let mut out = Vec::new();
    for case_id in cases_with_deadlines(db, today, until).await? {
        for person_id in persons_of_case(db, &case_id).await? {
            out.extend(due_for(db, &person_id, &case_id, today).await?);
        }
    }
    Ok(out)
}

/// The case's child and every person with a party row in it: those the policy may let
/// in (it decides; a former party is asked too, and let in or not by it).
async fn persons_of_case(db: &Db, case_id: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query(
        "SELECT main_person_id AS id FROM cases WHERE id = $1 \
         UNION SELECT person_id AS id FROM parties WHERE case_id = $1 ORDER BY 1",
    )
    .bind(case_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| r.try_get("id"))
    .collect()
}

/// The deadlines of `case_id` that `person_id` may see today and that are near.
async fn due_for(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Vec<Due>, sqlx::Error> {
    // One read of the case and its documents as the party sees them (the policy's).
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(Vec::new());
    };
    let due = |about: &str, deadline: NaiveDate| Due {
        person_id: person_id.to_string(),
        case_id: case_id.to_string(),
        about: about.to_string(),
        deadline,
    };
    let mut out = Vec::new();
    for c in consents_for_party(db, &v, today).await? {
        let deadline = NaiveDate::parse_from_str(&c.deadline, "%Y-%m-%d").ok();
        if let Some(d) = deadline.filter(|d| c.needs_answer() && deadline_soon(*d, today)) {
            out.push(due(&c.consent_id, d));
        }
    }
    if let Some(d) = appeal_soon(db, Subject::Case(case_id), person_id, today).await? {
        out.push(due(case_id, d));
    }
    for (doc, view) in docs {
        // Listed, so by title at least: the klagefrist of their refused request for it.
        let subject = Subject::Document {
            case_id,
            document_id: &doc.id,
        };
        if let Some(d) = appeal_soon(db, subject, person_id, today).await? {
            out.push(due(&doc.id, d));
        }
        // A title alone (withheld) tells of no deadline: only what was released.
        if !matches!(
            view,
            DocumentView::Full { .. } | DocumentView::Redacted { .. }
        ) {
            continue;
        }
        if let Some(d) = doc.appeal_deadline.filter(|d| deadline_soon(*d, today)) {
            out.push(due(&doc.id, d));
        }
        if party_may_comment(doc.doc_type, &view) {
            if let Some(d) = minutes::deadline(&db.pool, &doc.id).await? {
                if deadline_soon(d, today) {
                    out.push(due(&doc.id, d));
                }
            }
        }
    }
    Ok(out)
}

/// The klagefrist of the person's refused (or partly refused) innsyn request about
/// `subject`, if it is near.
async fn appeal_soon(
    db: &Db,
    subject: Subject<'_>,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, sqlx::Error> {
    Ok(innsyn_appeal_by(db, subject, person_id)
        .await?
        .filter(|d| deadline_soon(*d, today)))
}
