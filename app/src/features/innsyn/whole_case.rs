//! A request to see the whole case ("documents I have not been told about"), both
//! sides: the party asks on their case's innsyn page; the caseworker sees what the
//! party has of each document, decides the documents with release decisions, and then
//! answers in words. The answer is checked against what the party then sees
//! (`domain::case_innsyn`), so a party is never told "granted" while something is kept.

use super::citizen::{store_request, RequestOutcome};
use crate::access::policy::current_decision;
use crate::access::StaffCtx;
use crate::api::dto::{
    CaseInnsynData, CaseInnsynDocument, StaffCaseInnsynData, CASE_INNSYN_ANSWER_MAX,
};
use crate::audit::{self, Action, Actor, Entry, Via};
use crate::domain::case_innsyn::{check_answer, parse_choice, AnswerRefusal};
use crate::domain::{InnsynEvent, ReleaseState};
use crate::features::party::visible_case_of;
use crate::features::reading::{audit_read, innsyn_status, Reader};
use crate::features::release::{staff_case, StaffCase};
use crate::store::innsyn::{self, Subject, MAX_MESSAGE_CHARS};
use crate::store::{now_unix, rows, Db};
use chrono::NaiveDate;

/// The party's page for asking to see their whole case, `None` when the case does not
/// exist for them. Audited as their read.
pub async fn case_innsyn_page(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<CaseInnsynData>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let status = innsyn_status(db, Subject::Case(&v.case.id), person_id, today).await?;
    let reader = Reader::Party(person_id);
    audit_read(
        Via::Group(db),
        reader,
        &v,
        Action::CaseInnsynView,
        None,
        None,
    )
    .await?;
    Ok(Some(CaseInnsynData {
        case_id: v.case.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        status,
    }))
}

/// The party asks to see the whole case. Any party of the case may (what they would
/// see is the caseworker's decision, document by document); a second request while
/// one is waiting stores nothing.
pub async fn request_case_innsyn(
    db: &Db,
    person_id: &str,
    case_id: &str,
    message: &str,
    today: NaiveDate,
) -> Result<RequestOutcome, sqlx::Error> {
    let message = message.trim();
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Ok(RequestOutcome::TooLong);
    }
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(RequestOutcome::NotFound);
    };
    let subject = Subject::Case(&v.case.id);
    store_request(db, &v, subject, message, Action::CaseInnsynRequest).await
}

/// The case and the party as the staff member may see them: `None` unless the policy
/// lets them into the case and `person_id` is one of its parties today.
async fn case_and_party(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<(StaffCase, String)>, sqlx::Error> {
    let Some(c) = staff_case(db, ctx, case_id, today).await? else {
        return Ok(None);
    };
    let Some(name) = c
        .parties
        .iter()
        .find(|p| p.person.id == person_id)
        .map(|p| p.person.full_name())
    else {
        return Ok(None);
    };
    Ok(Some((c, name)))
}

/// What the party has of each document of the case, newest first, read on `ex`.
async fn documents_for_party(
    ex: &mut sqlx::AnyConnection,
    c: &StaffCase,
    person_id: &str,
) -> Result<Vec<CaseInnsynDocument>, sqlx::Error> {
    let decisions = rows::decisions_for(&mut *ex, &c.access, person_id).await?;
    let documents = rows::documents_of_case(&mut *ex, &c.access).await?;
    Ok(documents
        .into_iter()
        .map(|d| CaseInnsynDocument {
            state: current_decision(&decisions, &d.id, person_id)
                .map(|x| x.state)
                .unwrap_or(ReleaseState::NotDecided)
                .as_str()
                .to_string(),
            id: d.id,
            title: d.title,
            doc_date: d.doc_date.to_string(),
        })
        .collect())
}

/// An entry about this one party's request (shown in their access log only).
fn entry<'a>(
    ctx: &StaffCtx,
    c: &'a StaffCase,
    person_id: &'a str,
    action: Action,
    reason: &'a str,
) -> Entry<'a> {
    Entry {
        action,
        why: ctx.capacity(c.case.caseworker_id.as_deref()),
        case_id: Some(&c.case.id),
        document_id: None,
        subject_person_id: Some(person_id),
        reason: Some(reason),
    }
}

/// One party's request to see the whole case, for the caseworker: the request, and
/// every document with what the party has of it. Audited as a read about that party.
pub async fn staff_case_innsyn(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffCaseInnsynData>, sqlx::Error> {
    let Some((c, party_name)) = case_and_party(db, ctx, case_id, person_id, today).await? else {
        return Ok(None);
    };
    let status = innsyn_status(db, Subject::Case(&c.case.id), person_id, today).await?;
    let mut conn = db.pool.acquire().await?;
    let documents = documents_for_party(&mut conn, &c, person_id).await?;
    drop(conn);
    let reason = audit::staff_scope(ctx);
    let e = entry(ctx, &c, person_id, Action::StaffCaseInnsynView, &reason);
    audit::record(db, Actor::Staff(&ctx.staff_id), e).await?;
    Ok(Some(StaffCaseInnsynData {
        case_id: c.case.id.clone(),
        child_name: c.main_person.full_name(),
        person_id: person_id.to_string(),
        party_name,
        status,
        documents,
    }))
}

/// What became of an answer.
#[derive(Debug, PartialEq, Eq)]
pub enum AnswerOutcome {
    /// Stored: the `InnsynEvent` given.
    Answered(InnsynEvent),
    /// No request was waiting (already answered, e.g. by a second submit): nothing
    /// stored.
    NothingOpen,
    /// The errors (field, i18n key); nothing stored.
    Refused(Vec<(&'static str, &'static str)>),
    NotFound,
}

/// The caseworker answers the party's open request for the whole case with `choice`
/// (`GRANTED` | `PARTLY_GRANTED` | `REFUSED`, as posted) and `text` (the words the
/// party reads). Checked against the party's documents as they stand in the same
/// transaction the answer and its audit entry are written in.
pub async fn answer_case_innsyn(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    (choice, text): (&str, &str),
    today: NaiveDate,
) -> Result<AnswerOutcome, sqlx::Error> {
    let Some((c, _)) = case_and_party(db, ctx, case_id, person_id, today).await? else {
        return Ok(AnswerOutcome::NotFound);
    };
    let choice = parse_choice(choice);
    let text = text.trim();
    let mut tx = db.begin_write().await?;
    let subject = Subject::Case(&c.case.id);
    if !innsyn::is_open(&mut tx, subject, person_id).await? {
        return Ok(AnswerOutcome::NothingOpen);
    }
    let states: Vec<ReleaseState> = documents_for_party(&mut tx, &c, person_id)
        .await?
        .iter()
        .filter_map(|d| ReleaseState::parse(&d.state))
        .collect();
    let refusals = check_answer(choice, text, &states, CASE_INNSYN_ANSWER_MAX);
    let Some(answer) = choice.filter(|_| refusals.is_empty()) else {
        let errors = refusals
            .into_iter()
            .map(AnswerRefusal::field_and_key)
            .collect();
        return Ok(AnswerOutcome::Refused(errors));
    };
    let words = (!text.is_empty()).then_some(text);
    innsyn::answer_open_request(
        &mut tx,
        subject,
        person_id,
        (answer, words),
        &ctx.staff_id,
        now_unix(),
    )
    .await?;
    let reason = format!("{};svar:{}", audit::staff_scope(ctx), answer.as_str());
    let e = entry(ctx, &c, person_id, Action::StaffCaseInnsynAnswer, &reason);
    audit::record_with(&mut tx, Actor::Staff(&ctx.staff_id), e).await?;
    tx.commit().await?;
    Ok(AnswerOutcome::Answered(answer))
}
