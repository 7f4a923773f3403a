//! Workbench reads: a case's release grid, the release queue, one document with its
//! decision history, and "preview as" a party. Each starts with [`staff_case`] (the
//! unit check) and is audited with `audit::staff_read`.

use super::{staff_case, CaseParty, StaffCase};
use crate::access::policy::current_decision;
use crate::access::StaffCaseAccess;
use crate::access::StaffCtx;
use crate::api::dto::{
    DecisionHistoryItem, GroundOption, PreviewCase, PreviewDocument, QueueItem, StaffBlock,
    StaffCaseData, StaffDocRow, StaffDocumentData, StaffPartyCol, StaffPartyDecisions,
};
use crate::audit::Action;
use crate::domain::{BlockKind, Document, ReleaseDecision, ReleaseState};
use crate::features::reading::{self, Reader};
use crate::i18n::Locale;
use crate::store::{rows, Db};
use chrono::NaiveDate;
use sqlx::Row;
use std::collections::HashMap;

/// The state in force for (document, party): `NotDecided` without any decision.
fn state_of(decisions: &[ReleaseDecision], document_id: &str, person_id: &str) -> ReleaseState {
    current_decision(decisions, document_id, person_id)
        .map(|d| d.state)
        .unwrap_or(ReleaseState::NotDecided)
}

/// Every decision on the case's documents about each party (oldest first).
async fn decisions_by_party(
    db: &Db,
    access: &StaffCaseAccess,
    parties: &[CaseParty],
) -> Result<HashMap<String, Vec<ReleaseDecision>>, sqlx::Error> {
    let mut out = HashMap::new();
    for p in parties {
        let list = rows::decisions_for(&db.pool, access, &p.person.id).await?;
        out.insert(p.person.id.clone(), list);
    }
    Ok(out)
}

/// A case's documents × today's parties with the release state of each cell.
pub async fn case_detail(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<StaffCaseData>, sqlx::Error> {
    let Some(StaffCase {
        case,
        access,
        parties,
        main_person,
    }) = staff_case(db, ctx, case_id, today).await?
    else {
        return Ok(None);
    };
    let decisions = decisions_by_party(db, &access, &parties).await?;
    let waiting = crate::store::minutes::unanswered_in_case(&db.pool, &case.id).await?;
    let documents = rows::documents_of_case(&db.pool, &access)
        .await?
        .into_iter()
        .map(|d| StaffDocRow {
            states: parties
                .iter()
                .map(|p| {
                    let list = decisions
                        .get(&p.person.id)
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    state_of(list, &d.id, &p.person.id).as_str().to_string()
                })
                .collect(),
            comments_waiting: waiting
                .iter()
                .find(|(id, _)| *id == d.id)
                .map_or(0, |(_, n)| *n),
            id: d.id,
            title: d.title,
            doc_type: d.doc_type.as_str().to_string(),
            doc_date: d.doc_date.to_string(),
        })
        .collect();
    let child_name = main_person.full_name();
    let ids: Vec<&str> = parties.iter().map(|p| p.person.id.as_str()).collect();
    let paper = crate::store::notices::paper_needed(&db.pool, &ids).await?;
    crate::audit::staff_read(db, ctx, Action::StaffCaseView, Some(&case), None).await?;
    Ok(Some(StaffCaseData {
        case_id: case.id.clone(),
        child_name,
        phase: case.phase.as_str().to_string(),
        moved: case
            .moved
            .as_ref()
            .map(|m| (m.to_service.clone(), m.on.to_string())),
        parties: parties
            .iter()
            .map(|p| StaffPartyCol {
                person_id: p.person.id.clone(),
                name: p.person.full_name(),
                roles: p.roles.clone(),
                paper_needed: paper.contains(&p.person.id),
            })
            .collect(),
        documents,
    }))
}

/// The unit's documents with at least one party today still undecided, oldest first
/// (by the time they were archived, then by date).
pub async fn release_queue(
    db: &Db,
    ctx: &StaffCtx,
    today: NaiveDate,
) -> Result<Vec<QueueItem>, sqlx::Error> {
    let ids: Vec<String> = sqlx::query("SELECT id FROM cases WHERE unit_id = $1 ORDER BY id")
        .bind(&ctx.unit_id)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| r.try_get("id"))
        .collect::<Result<_, _>>()?;
    let mut items: Vec<(i64, QueueItem)> = Vec::new();
    for id in ids {
        let Some(StaffCase {
            case,
            access,
            parties,
            main_person,
        }) = staff_case(db, ctx, &id, today).await?
        else {
            continue;
        };
        let decisions = decisions_by_party(db, &access, &parties).await?;
        let child = main_person.full_name();
        for d in rows::documents_of_case(&db.pool, &access).await? {
            let undecided: Vec<String> = parties
                .iter()
                .filter(|p| {
                    let list = decisions
                        .get(&p.person.id)
                        .map(Vec::as_slice)
                        .unwrap_or(&[]);
                    state_of(list, &d.id, &p.person.id) == ReleaseState::NotDecided
                })
                .map(|p| p.person.full_name())
                .collect();
            if undecided.is_empty() {
                continue;
            }
            items.push((
                d.created_at,
                QueueItem {
                    case_id: case.id.clone(),
                    child_name: child.clone(),
                    document_id: d.id,
                    title: d.title,
                    doc_type: d.doc_type.as_str().to_string(),
                    doc_date: d.doc_date.to_string(),
                    undecided,
                },
            ));
        }
    }
    items.sort_by(|a, b| {
        (a.0, &a.1.doc_date, &a.1.document_id).cmp(&(b.0, &b.1.doc_date, &b.1.document_id))
    });
    crate::audit::staff_read(db, ctx, Action::StaffQueueView, None, None).await?;
    Ok(items.into_iter().map(|(_, i)| i).collect())
}

/// The withholding-grounds catalogue, labelled in `locale`.
pub async fn grounds_catalogue(db: &Db, locale: Locale) -> Result<Vec<GroundOption>, sqlx::Error> {
    // The column name comes from a closed enum, never from input.
    let sql = format!(
        "SELECT code, law, paragraph, label_{} AS label, verified FROM withholding_grounds \
         ORDER BY code",
        locale.code()
    );
    sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| {
            let law: String = r.try_get("law")?;
            let paragraph: String = r.try_get("paragraph")?;
            Ok(GroundOption {
                code: r.try_get("code")?,
                label: r.try_get("label")?,
                basis: format!("{law} {paragraph}"),
                verified: r.try_get::<i64, _>("verified")? != 0,
            })
        })
        .collect()
}

/// Local wall-clock time for a decision instant ("YYYY-MM-DD HH:MM").
fn local_time(unix: i64) -> String {
    crate::domain::clock::norwegian_time(unix)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// A case of the unit and one of its documents, or `None` (not found) for anything else.
pub async fn staff_document_of_case(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<(StaffCase, Document)>, sqlx::Error> {
    let Some(staff_case) = staff_case(db, ctx, case_id, today).await? else {
        return Ok(None);
    };
    // Only a document of this very case (the query is bound to the proof's case).
    let Some(doc) = rows::document_by_id(&db.pool, &staff_case.access, document_id).await? else {
        return Ok(None);
    };
    Ok(Some((staff_case, doc)))
}

/// One document as staff see it: the whole text, each party's decision in force and
/// the full history, and the grounds catalogue for the form.
pub async fn document_detail(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<StaffDocumentData>, sqlx::Error> {
    let Some((
        StaffCase {
            case,
            access,
            parties,
            main_person,
        },
        doc,
    )) = staff_document_of_case(db, ctx, case_id, document_id, today).await?
    else {
        return Ok(None);
    };
    let decisions = decisions_by_party(db, &access, &parties).await?;
    let staff_names: HashMap<String, String> = sqlx::query(
        "SELECT s.id, s.name FROM staff s JOIN units u ON u.id = s.unit_id \
         WHERE u.service_id = $1",
    )
    .bind(&ctx.service_id)
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
    .collect::<Result<_, sqlx::Error>>()?;
    let mut open_innsyn = HashMap::new();
    let subject = crate::store::innsyn::Subject::Document {
        case_id: &doc.case_id,
        document_id: &doc.id,
    };
    for p in &parties {
        if let Some(r) =
            crate::store::innsyn::latest_request(&db.pool, subject, &p.person.id).await?
        {
            if r.answer.is_none() {
                let on = crate::domain::clock::norwegian_time(r.requested_at).date_naive();
                open_innsyn.insert(p.person.id.clone(), (on.to_string(), r.message));
            }
        }
    }
    let party_views = parties
        .iter()
        .map(|p| {
            let list = decisions
                .get(&p.person.id)
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            StaffPartyDecisions {
                person_id: p.person.id.clone(),
                name: p.person.full_name(),
                roles: p.roles.clone(),
                current: state_of(list, &doc.id, &p.person.id).as_str().to_string(),
                open_innsyn: open_innsyn.get(&p.person.id).cloned(),
                history: list
                    .iter()
                    .filter(|d| d.document_id == doc.id)
                    .map(|d| DecisionHistoryItem {
                        state: d.state.as_str().to_string(),
                        grounds_code: d.grounds_code.clone(),
                        justification: d.justification.clone(),
                        merinnsyn_considered: d.merinnsyn_considered,
                        redactions: d.redactions.len(),
                        reason: d.reason.clone(),
                        decided_by: staff_names
                            .get(&d.decided_by)
                            .cloned()
                            .unwrap_or_else(|| d.decided_by.clone()),
                        decided_at: local_time(d.decided_at),
                    })
                    .collect(),
            }
        })
        .collect();
    let grounds = grounds_catalogue(db, locale).await?;
    let pdf = rows::document_pdf(&db.pool, &access, &doc.id).await?;
    let version = crate::domain::version::content_hash(&doc.body, pdf.as_deref());
    let pdf_opened = pdf.is_some() && super::pdf_opened(db, ctx, &doc.id, &version).await?;
    crate::audit::staff_read(
        db,
        ctx,
        Action::StaffDocumentView,
        Some(&case),
        Some(document_id),
    )
    .await?;
    Ok(Some(StaffDocumentData {
        case_id: case.id.clone(),
        child_name: main_person.full_name(),
        id: doc.id.clone(),
        title: doc.title.clone(),
        doc_type: doc.doc_type.as_str().to_string(),
        doc_date: doc.doc_date.to_string(),
        blocks: doc
            .body
            .iter()
            .map(|b| StaffBlock {
                kind: match b.kind {
                    BlockKind::Heading => "h",
                    BlockKind::Paragraph => "p",
                    BlockKind::ListItem => "li",
                }
                .to_string(),
                text: b.text.clone(),
            })
            .collect(),
        version,
        has_pdf: pdf.is_some(),
        pdf_opened,
        parties: party_views,
        grounds,
    }))
}

/// The party `person_id` of a case the staff member may see, with their name.
async fn previewed_party(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<String>, sqlx::Error> {
    let Some(StaffCase { parties, .. }) = staff_case(db, ctx, case_id, today).await? else {
        return Ok(None);
    };
    Ok(parties
        .iter()
        .find(|p| p.person.id == person_id)
        .map(|p| p.person.full_name()))
}

/// What `person_id` sees of the case: the citizen read functions with a staff reader
/// (audited as `Action::StaffPreview`, nothing marked read).
pub async fn preview_case(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    today: NaiveDate,
) -> Result<Option<PreviewCase>, sqlx::Error> {
    let Some(person_name) = previewed_party(db, ctx, case_id, person_id, today).await? else {
        return Ok(None);
    };
    let reader = Reader::StaffPreview {
        person_id,
        staff: ctx,
    };
    let Some(overview) = reading::case_overview_as(db, reader, case_id, today).await? else {
        return Ok(None);
    };
    let Some(documents) = reading::document_list_as(db, reader, case_id, today).await? else {
        return Ok(None);
    };
    Ok(Some(PreviewCase {
        person_name,
        overview,
        documents,
    }))
}

/// One document as `person_id` would read it (same read function and policy).
pub async fn preview_document(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    person_id: &str,
    document_id: &str,
    today: NaiveDate,
    locale: Locale,
) -> Result<Option<PreviewDocument>, sqlx::Error> {
    let Some(person_name) = previewed_party(db, ctx, case_id, person_id, today).await? else {
        return Ok(None);
    };
    let reader = Reader::StaffPreview {
        person_id,
        staff: ctx,
    };
    Ok(
        reading::read_document_as(db, reader, case_id, document_id, today, locale)
            .await?
            .map(|document| PreviewDocument {
                person_name,
                document,
            }),
    )
}
