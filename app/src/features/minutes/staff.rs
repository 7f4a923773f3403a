//! The service's side: every party's requests on the minutes with what each party has
//! of them, opening the minutes for comments (or moving the deadline), and answering a
//! request.

use super::{comment_dto, FormOutcome};
use crate::access::minutes::shared_for_comment;
use crate::access::policy::current_decision;
use crate::access::StaffCtx;
use crate::api::dto::{StaffMinutesData, StaffMinutesParty, MINUTES_COMMENT_MAX};
use crate::audit::{self, Action, Actor, Entry};
use crate::domain::minutes::{check_answer, check_opening, default_deadline};
use crate::domain::{Document, ReleaseState};
use crate::features::release::{staff_document_of_case, StaffCase};
use crate::store::minutes::{self, Answer};
use crate::store::{now_unix, rows, Db};
use chrono::NaiveDate;

/// Each party of the case today with the minutes' state for them, read on `ex`.
async fn party_states(
    ex: &mut sqlx::AnyConnection,
    c: &StaffCase,
    doc: &Document,
) -> Result<Vec<ReleaseState>, sqlx::Error> {
    let mut out = Vec::new();
    for p in &c.parties {
        let decisions = rows::decisions_for(&mut *ex, &c.access, &p.person.id).await?;
        out.push(
            current_decision(&decisions, &doc.id, &p.person.id)
                .map(|d| d.state)
                .unwrap_or(ReleaseState::NotDecided),
        );
    }
    Ok(out)
}

fn entry<'a>(
    ctx: &StaffCtx,
    c: &'a StaffCase,
    doc: &'a Document,
    (action, person): (Action, Option<&'a str>),
    reason: &'a str,
) -> Entry<'a> {
    Entry {
        action,
        why: ctx.capacity(c.case.caseworker_id.as_deref()),
        case_id: Some(&c.case.id),
        document_id: Some(&doc.id),
        subject_person_id: person,
        reason: Some(reason),
    }
}

/// The caseworker's page of the minutes' comments: every party's requests, with what
/// each has of the minutes. Audited as a read of the document.
pub async fn staff_minutes(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffMinutesData>, sqlx::Error> {
    let Some((c, doc)) = staff_document_of_case(db, ctx, case_id, document_id, today).await? else {
        return Ok(None);
    };
    let mut conn = db.pool.acquire().await?;
    let states = party_states(&mut conn, &c, &doc).await?;
    let deadline = minutes::deadline(&mut *conn, &doc.id).await?;
    let comments = minutes::comments(&mut *conn, &doc.id, None).await?;
    drop(conn);
    let parties = c
        .parties
        .iter()
        .zip(states)
        .map(|(p, state)| StaffMinutesParty {
            person_id: p.person.id.clone(),
            name: p.person.full_name(),
            state: state.as_str().to_string(),
            comments: comments
                .iter()
                .filter(|x| x.person_id == p.person.id)
                .cloned()
                .map(comment_dto)
                .collect(),
        })
        .collect();
    let reason = audit::staff_scope(ctx);
    let e = entry(ctx, &c, &doc, (Action::StaffMinutesView, None), &reason);
    audit::record(db, Actor::Staff(&ctx.staff_id), e).await?;
    Ok(Some(StaffMinutesData {
        case_id: c.case.id.clone(),
        document_id: doc.id.clone(),
        title: doc.title.clone(),
        doc_type: doc.doc_type.as_str().to_string(),
        child_name: c.main_person.full_name(),
        deadline: deadline.map(|d| d.to_string()),
        open: deadline.is_some_and(|d| today <= d),
        default_deadline: default_deadline(today).to_string(),
        parties,
    }))
}

/// Opens the minutes for comments until `deadline` (ISO, as posted), or moves the
/// deadline; checked against the parties' decisions in the transaction it is written in.
pub async fn open_minutes_for_comments(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    deadline: &str,
    today: NaiveDate,
) -> Result<FormOutcome, sqlx::Error> {
    let Some((c, doc)) = staff_document_of_case(db, ctx, case_id, document_id, today).await? else {
        return Ok(FormOutcome::NotFound);
    };
    let mut tx = db.begin_write().await?;
    let states = party_states(&mut tx, &c, &doc).await?;
    let shared = states
        .into_iter()
        .filter(|s| shared_for_comment(*s))
        .count();
    let day = match check_opening(doc.doc_type, shared, deadline, today) {
        Ok(day) => day,
        Err(refusals) => {
            let errors = refusals.into_iter().map(|r| r.field_and_key()).collect();
            return Ok(FormOutcome::Refused(errors));
        }
    };
    if minutes::deadline(&mut *tx, &doc.id).await? == Some(day) {
        return Ok(FormOutcome::Unchanged);
    }
    minutes::set_deadline(&mut tx, &doc.id, day, &ctx.staff_id, now_unix()).await?;
    let reason = format!("{};frist:{day}", audit::staff_scope(ctx));
    let e = entry(ctx, &c, &doc, (Action::StaffMinutesOpen, None), &reason);
    audit::record_with(&mut tx, Actor::Staff(&ctx.staff_id), e).await?;
    tx.commit().await?;
    Ok(FormOutcome::Saved)
}

/// Answers one party's request with `outcome` (as posted) and `text`; a request is
/// answered once (a second submit stores nothing).
pub async fn answer_minutes_comment(
    db: &Db,
    ctx: &StaffCtx,
    (case_id, document_id, comment_id): (&str, &str, &str),
    (outcome, text): (&str, &str),
    today: NaiveDate,
) -> Result<FormOutcome, sqlx::Error> {
    let Some((c, doc)) = staff_document_of_case(db, ctx, case_id, document_id, today).await? else {
        return Ok(FormOutcome::NotFound);
    };
    let mut tx = db.begin_write().await?;
    let comments = minutes::comments(&mut *tx, &doc.id, None).await?;
    let Some(comment) = comments.into_iter().find(|x| x.id == comment_id) else {
        return Ok(FormOutcome::NotFound);
    };
    if comment.answer.is_some() {
        return Ok(FormOutcome::Unchanged);
    }
    let outcome = match check_answer(outcome, text, MINUTES_COMMENT_MAX) {
        Ok(o) => o,
        Err(refusals) => {
            let errors = refusals.into_iter().map(|r| r.field_and_key()).collect();
            return Ok(FormOutcome::Refused(errors));
        }
    };
    let text = text.trim();
    let answer = Answer {
        outcome,
        body: (!text.is_empty()).then(|| text.to_string()),
        staff_id: ctx.staff_id.clone(),
        at: now_unix(),
    };
    if !minutes::answer(&mut tx, &comment.id, &answer).await? {
        return Ok(FormOutcome::Unchanged);
    }
    let reason = format!("{};utfall:{}", audit::staff_scope(ctx), outcome.as_str());
    let about = (Action::StaffMinutesAnswer, Some(comment.person_id.as_str()));
    let e = entry(ctx, &c, &doc, about, &reason);
    audit::record_with(&mut tx, Actor::Staff(&ctx.staff_id), e).await?;
    tx.commit().await?;
    Ok(FormOutcome::Saved)
}
