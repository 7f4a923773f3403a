//! Document-level reads: the list, the reader and the PDF, each through the policy.

use super::cases::unit_contact;
use super::{audit_read, visible_case_of, Reader, VisibleCase};
use crate::access::policy::{current_decision, document_view_in, DocumentView, Withholding};
use crate::api::dto::{
    BodyBlock, BodySegment, Deadline, DocumentContent, DocumentData, DocumentList,
    DocumentListItem, InnsynStatus, MinutesCommentsSummary, ReleaseView, WithholdingInfo,
};
use crate::audit::{Action, Via};
use crate::domain::{BlockKind, Document, RedactedText, Segment};
use crate::i18n::Locale;
use crate::store::innsyn::Subject;
use crate::store::{now_unix, rows, Db, Exec};
use chrono::NaiveDate;
use sqlx::Row;

async fn mark_read<'c>(
    ex: impl Exec<'c>,
    document_id: &str,
    person_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO document_reads (document_id, person_id, first_read_at) VALUES ($1, $2, $3) \
         ON CONFLICT (document_id, person_id) DO NOTHING",
    )
    .bind(document_id)
    .bind(person_id)
    .bind(now_unix())
    .execute(ex)
    .await?;
    Ok(())
}

/// Audits a read of a document and, when the party themselves read it, marks it read,
/// in one transaction: a first-read time is never stored without its audit entry.
async fn record_document_read(
    db: &Db,
    reader: Reader<'_>,
    v: &VisibleCase,
    action: Action,
    document_id: &str,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if reader.marks_read() {
        mark_read(&mut *tx, document_id, reader.person_id()).await?;
    }
    audit_read(
        Via::Transaction(&mut tx),
        reader,
        v,
        action,
        Some(document_id),
        detail,
    )
    .await?;
    tx.commit().await
}

/// A case the viewer may see, with its documents and the view the policy gives each.
pub async fn case_with_views(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<(VisibleCase, Vec<(Document, DocumentView)>)>, sqlx::Error> {
    Ok(case_with_views_read(db, person_id, case_id, today)
        .await?
        .map(|(v, docs)| (v, docs.into_iter().map(|(d, view, _)| (d, view)).collect())))
}

/// [`case_with_views`], with whether the viewer has opened each document.
pub async fn case_with_views_read(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<(VisibleCase, Vec<(Document, DocumentView, bool)>)>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let decisions = rows::decisions_for(&db.pool, &v.access, person_id).await?;
    let docs = rows::documents_of_case_read_by(&db.pool, &v.access, person_id)
        .await?
        .into_iter()
        .map(|(d, read)| {
            let view = document_view_in(
                &v.access,
                &d,
                current_decision(&decisions, &d.id, person_id),
            );
            (d, view, read)
        })
        .filter(|(_, view, _)| view.is_listed())
        .collect();
    Ok(Some((v, docs)))
}

fn release_view(view: &DocumentView) -> ReleaseView {
    match view {
        DocumentView::Redacted { .. } => ReleaseView::Redacted,
        DocumentView::TitleOnly(_) => ReleaseView::Withheld,
        DocumentView::Full { .. } | DocumentView::Hidden => ReleaseView::Full,
    }
}

/// The documents of a case listed for `person_id` (withheld ones by title only).
pub async fn document_list(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<DocumentList>, sqlx::Error> {
    document_list_as(db, Reader::Party(person_id), case_id, today).await
}

/// [`document_list`] for any reader: the party, or staff previewing the party's view.
pub async fn document_list_as(
    db: &Db,
    reader: Reader<'_>,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<DocumentList>, sqlx::Error> {
    let person_id = reader.person_id();
    let Some((v, docs)) = case_with_views_read(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let waiting = crate::store::innsyn::waiting_documents(&db.pool, case_id, person_id).await?;
    let items = docs
        .iter()
        .map(|(d, view, read)| DocumentListItem {
            id: d.id.clone(),
            title: d.title.clone(),
            doc_type: d.doc_type.as_str().to_string(),
            doc_date: d.doc_date.to_string(),
            view: release_view(view),
            unread: !read,
            innsyn_waiting: waiting.contains(&d.id),
        })
        .collect();
    audit_read(Via::Group(db), reader, &v, Action::DocumentList, None, None).await?;
    Ok(Some(DocumentList {
        case_id: v.case.id.clone(),
        child_first_name: v.main_person.given_name.clone(),
        items,
    }))
}

/// A redacted body in the form pages render (also the decision summary's preview).
pub fn body_blocks(text: RedactedText) -> Vec<BodyBlock> {
    text.into_iter()
        .map(|b| BodyBlock {
            kind: match b.kind {
                BlockKind::Heading => "h",
                BlockKind::Paragraph => "p",
                BlockKind::ListItem => "li",
            }
            .to_string(),
            segments: b
                .segments
                .into_iter()
                .map(|s| match s {
                    Segment::Text(t) => BodySegment::Text(t),
                    Segment::Redacted => BodySegment::Redacted,
                })
                .collect(),
        })
        .collect()
}

/// Why something is kept from the reader, in their language: the policy's view (the
/// caseworker's justification written for this party) with the ground's citizen texts
/// from the catalogue (data). Only the catalogue's citizen texts: `law` and `paragraph`
/// are the lawyer's working record (notes such as "ikke bekreftet" included) and never
/// reach a party.
async fn withholding_info(
    db: &Db,
    locale: Locale,
    withholding: &Withholding,
) -> Result<WithholdingInfo, sqlx::Error> {
    let mut info = WithholdingInfo {
        code: withholding.grounds_code.clone(),
        basis: None,
        label: None,
        explanation: None,
        justification: withholding.justification.clone(),
        merinnsyn_considered: withholding.merinnsyn_considered,
    };
    if let Some(code) = &withholding.grounds_code {
        let lang = locale.code();
        let sql = format!(
            "SELECT citizen_basis_{lang} AS basis, label_{lang} AS label, \
             explanation_{lang} AS explanation FROM withholding_grounds WHERE code = $1"
        );
        if let Some(r) = sqlx::query(&sql)
            .bind(code)
            .fetch_optional(&db.pool)
            .await?
        {
            info.basis = r.try_get("basis")?;
            info.label = Some(r.try_get("label")?);
            info.explanation = Some(r.try_get("explanation")?);
        }
    }
    Ok(info)
}

/// One document as `person_id` may read it; marks it read and audits the read.
pub async fn read_document(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<DocumentData>, sqlx::Error> {
    read_document_as(
        db,
        Reader::Party(person_id),
        case_id,
        document_id,
        today,
        locale,
    )
    .await
}

/// [`read_document`] for any reader; a staff preview is audited as such and does not
/// mark the document read for the party.
pub async fn read_document_as(
    db: &Db,
    reader: Reader<'_>,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<DocumentData>, sqlx::Error> {
    let person_id = reader.person_id();
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let Some((doc, view)) = docs.into_iter().find(|(d, _)| d.id == document_id) else {
        return Ok(None);
    };
    let why = match view.withholding() {
        Some(w) => Some(withholding_info(db, locale, w).await?),
        None => None,
    };
    let content = match (view.visible_body(&doc.body), why) {
        (Some(text), hidden_parts) => DocumentContent::Text {
            blocks: body_blocks(text),
            hidden_parts,
        },
        (None, Some(info)) => DocumentContent::Withheld(info),
        (None, None) => return Ok(None),
    };
    let detail = format!("view:{:?}", release_view(&view)).to_lowercase();
    record_document_read(db, reader, &v, Action::DocumentRead, &doc.id, Some(&detail)).await?;
    Ok(Some(DocumentData {
        case_id: v.case.id.clone(),
        id: doc.id.clone(),
        title: doc.title.clone(),
        doc_type: doc.doc_type.as_str().to_string(),
        doc_date: doc.doc_date.to_string(),
        appeal_deadline: doc.appeal_deadline.map(|d| Deadline::on(d, today)),
        has_pdf: view.serves_pdf(),
        content,
        unit: unit_contact(db, &v.case.unit_id).await?,
        innsyn: innsyn_status(db, document_subject(&doc), person_id, today).await?,
        minutes: minutes_summary(db, &v, &doc, &view, today).await?,
    }))
}

/// Minutes opened for comments that the reader may comment on: the deadline and how
/// many of their own requests are sent and answered (the requests themselves are on
/// the minutes' own page).
async fn minutes_summary(
    db: &Db,
    v: &VisibleCase,
    doc: &Document,
    view: &DocumentView,
    today: NaiveDate,
) -> Result<Option<MinutesCommentsSummary>, sqlx::Error> {
    use crate::access::minutes::{comments_shown_to, party_may_comment};
    use crate::domain::minutes::{comment_window, MinutesFacts};
    if !party_may_comment(doc.doc_type, view) {
        return Ok(None);
    }
    let Some(deadline) = crate::store::minutes::deadline(&db.pool, &doc.id).await? else {
        return Ok(None);
    };
    let own = comments_shown_to(&v.access);
    let comments = crate::store::minutes::comments(&db.pool, &doc.id, Some(own)).await?;
    let facts = MinutesFacts {
        is_minutes: true,
        readable: true,
        deadline: Some(deadline),
    };
    Ok(Some(MinutesCommentsSummary {
        deadline: Deadline::on(deadline, today),
        open: comment_window(facts, today).is_ok(),
        sent: comments.len(),
        answered: comments.iter().filter(|c| c.answer.is_some()).count(),
    }))
}

/// The PDF of a document, only where the policy's view serves it (a full share that
/// covered the PDF).
pub async fn document_pdf(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let Some((doc, _)) = docs
        .into_iter()
        .find(|(d, view)| d.id == document_id && view.serves_pdf())
    else {
        return Ok(None);
    };
    let Some(pdf) = rows::document_pdf(&db.pool, &v.access, &doc.id).await? else {
        return Ok(None);
    };
    record_document_read(
        db,
        Reader::Party(person_id),
        &v,
        Action::DocumentPdf,
        &doc.id,
        None,
    )
    .await?;
    Ok(Some((doc.title, pdf)))
}

fn date_of(unix: i64) -> NaiveDate {
    crate::domain::clock::norwegian_time(unix).date_naive()
}

/// One document of the case as the policy shows it to the party, with the last day to
/// appeal their refused innsyn request on it (for the post feature's SVAR and KLAGE).
pub async fn party_document(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<PartyDocument>, sqlx::Error> {
    let Some((v, docs)) = case_with_views(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let Some((doc, view)) = docs.into_iter().find(|(d, _)| d.id == document_id) else {
        return Ok(None);
    };
    let innsyn_appeal_by = innsyn_appeal_by(db, document_subject(&doc), person_id).await?;
    Ok(Some(PartyDocument {
        case: v,
        doc,
        view,
        innsyn_appeal_by,
    }))
}

pub struct PartyDocument {
    pub case: VisibleCase,
    pub doc: Document,
    pub view: DocumentView,
    pub innsyn_appeal_by: Option<NaiveDate>,
}

/// The last day to appeal the party's latest innsyn answer on the document, if it was
/// a refusal (whole or partly).
pub async fn innsyn_appeal_by(
    db: &Db,
    subject: Subject<'_>,
    person_id: &str,
) -> Result<Option<NaiveDate>, sqlx::Error> {
    let r = crate::store::innsyn::latest_request(&db.pool, subject, person_id).await?;
    Ok(r.and_then(|r| appeal_by(r.answer)))
}

fn appeal_by(answer: Option<(crate::domain::InnsynEvent, i64)>) -> Option<NaiveDate> {
    match answer {
        Some((kind, at)) if kind.may_be_appealed() => {
            date_of(at).checked_add_days(chrono::Days::new(crate::store::innsyn::APPEAL_DAYS))
        }
        _ => None,
    }
}

fn document_subject(doc: &Document) -> Subject<'_> {
    Subject::Document {
        case_id: &doc.case_id,
        document_id: &doc.id,
    }
}

/// The party's own latest request about `subject`, as shown to them on `today`.
pub async fn innsyn_status(
    db: &Db,
    subject: Subject<'_>,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<InnsynStatus>, sqlx::Error> {
    let Some(r) = crate::store::innsyn::latest_request(&db.pool, subject, person_id).await? else {
        return Ok(None);
    };
    let answered_on = r.answer.map(|(_, at)| date_of(at));
    let appeal_by = appeal_by(r.answer);
    Ok(Some(InnsynStatus {
        requested_on: date_of(r.requested_at).to_string(),
        message: r.message,
        answer: r.answer.map(|(kind, _)| kind.as_str().to_string()),
        answered_on: answered_on.map(|d| d.to_string()),
        answer_text: r.answer_message,
        appeal_by: appeal_by.map(|d| Deadline::on(d, today)),
    }))
}
