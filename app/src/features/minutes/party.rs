//! The party's side: the minutes as they may read them, parted as they may comment on
//! them, their own requests with the answers, and sending a request.

use super::{comment_dto, FormOutcome};
use crate::access::minutes::{comments_shown_to, party_may_comment};
use crate::api::dto::{BodyBlock, BodySegment, Deadline, MinutesCommentsData, MINUTES_COMMENT_MAX};
use crate::audit::{self, Action, Actor, Entry, Reason, Via};
use crate::domain::minutes::{check_comment, comment_window, parse_part, MinutesFacts};
use crate::domain::Document;
use crate::features::reading::{
    audit_read, basis_reason, body_blocks, party_document, PartyDocument, Reader,
};
use crate::store::minutes::{self, NewComment, Stored};
use crate::store::{now_unix, Db, Exec};
use chrono::NaiveDate;

/// Minutes the party may comment on: `None` for anything else (another document, or
/// minutes they cannot read), which looks like "no such page".
async fn readable_minutes(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<(PartyDocument, Vec<BodyBlock>)>, sqlx::Error> {
    let Some(d) = party_document(db, person_id, case_id, document_id, today).await? else {
        return Ok(None);
    };
    if !party_may_comment(d.doc.doc_type, &d.view) {
        return Ok(None);
    }
    let Some(text) = d.view.visible_body(&d.doc.body) else {
        return Ok(None);
    };
    let blocks = body_blocks(text);
    Ok(Some((d, blocks)))
}

/// Whether the minutes take comments today, from the period as stored.
async fn window<'c>(
    ex: impl Exec<'c>,
    doc: &Document,
    today: NaiveDate,
) -> Result<(Option<NaiveDate>, bool), sqlx::Error> {
    let deadline = minutes::deadline(ex, &doc.id).await?;
    let facts = MinutesFacts {
        is_minutes: true,
        readable: true,
        deadline,
    };
    Ok((deadline, comment_window(facts, today).is_ok()))
}

/// The party's page of the minutes for comment, audited as their read.
pub async fn minutes_comments_page(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<MinutesCommentsData>, sqlx::Error> {
    let Some((d, blocks)) = readable_minutes(db, person_id, case_id, document_id, today).await?
    else {
        return Ok(None);
    };
    let (deadline, open) = window(&db.pool, &d.doc, today).await?;
    let own = comments_shown_to(&d.case.access);
    let comments = minutes::comments(&db.pool, &d.doc.id, Some(own)).await?;
    let reader = Reader::Party(person_id);
    audit_read(
        Via::Group(db),
        reader,
        &d.case,
        Action::MinutesView,
        Some(&d.doc.id),
        None,
    )
    .await?;
    Ok(Some(MinutesCommentsData {
        case_id: d.case.case.id.clone(),
        document_id: d.doc.id.clone(),
        title: d.doc.title.clone(),
        doc_date: d.doc.doc_date.to_string(),
        blocks,
        deadline: deadline.map(|on| Deadline::on(on, today)),
        open,
        comments: comments.into_iter().map(comment_dto).collect(),
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// A party's request as posted.
pub struct CommentForm<'a> {
    /// The form's key: a second submit of one form stores one request.
    pub token: &'a str,
    /// `hele` or the part's number.
    pub part: &'a str,
    pub text: &'a str,
}

/// The name of a part in a form: its number, or `hele` for the whole minutes.
pub fn part_name(part: Option<usize>) -> String {
    part.map_or_else(|| "hele".to_string(), |n| n.to_string())
}

/// A part's text as the party was shown it, hidden parts marked.
fn quote_of(block: &BodyBlock) -> String {
    block
        .segments
        .iter()
        .map(|s| match s {
            BodySegment::Text(t) => t.as_str(),
            BodySegment::Redacted => "[…]",
        })
        .collect()
}

/// Stores the party's request for a correction, checked against the period as it
/// stands in the same transaction (the page may have been open past the deadline).
pub async fn send_minutes_comment(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    form: &CommentForm<'_>,
    today: NaiveDate,
) -> Result<FormOutcome, sqlx::Error> {
    let Some((d, blocks)) = readable_minutes(db, person_id, case_id, document_id, today).await?
    else {
        return Ok(FormOutcome::NotFound);
    };
    if uuid::Uuid::parse_str(form.token).is_err() {
        return Ok(FormOutcome::Refused(vec![("", "minutes-error-form")]));
    }
    let mut tx = db.begin_write().await?;
    let deadline = minutes::deadline(&mut *tx, &d.doc.id).await?;
    let facts = MinutesFacts {
        is_minutes: true,
        readable: true,
        deadline,
    };
    let open = comment_window(facts, today);
    let refusals = check_comment(
        open,
        form.part,
        blocks.len(),
        form.text,
        MINUTES_COMMENT_MAX,
    );
    if !refusals.is_empty() {
        return Ok(refused(refusals));
    }
    let Ok(part) = parse_part(form.part, blocks.len()) else {
        return Ok(refused(refusals));
    };
    let quote = part.and_then(|n| blocks.get(n - 1)).map(quote_of);
    // The page's forms (one per part, one for the whole) share the page's key: the
    // key with the part is the comment's, so each form stores once.
    let id = format!("{}:{}", form.token, part_name(part));
    let stored = minutes::insert_comment(
        &mut tx,
        NewComment {
            id: &id,
            document_id: &d.doc.id,
            person_id,
            part,
            quote: quote.as_deref(),
            body: form.text.trim(),
            at: now_unix(),
        },
    )
    .await?;
    match stored {
        Stored::Again => return Ok(FormOutcome::Unchanged),
        Stored::KeyTaken => return Ok(FormOutcome::Refused(vec![("", "minutes-error-form")])),
        Stored::New => {}
    }
    let reason = basis_reason(&d.case.access);
    let entry = Entry {
        action: Action::MinutesComment,
        why: Reason::Party,
        case_id: Some(&d.case.case.id),
        document_id: Some(&d.doc.id),
        subject_person_id: Some(person_id),
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Citizen(person_id), entry).await?;
    tx.commit().await?;
    Ok(FormOutcome::Saved)
}

fn refused(refusals: Vec<crate::domain::minutes::CommentRefusal>) -> FormOutcome {
    FormOutcome::Refused(refusals.into_iter().map(|r| r.field_and_key()).collect())
}
