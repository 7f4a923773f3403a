//! Release decisions: the form's validation (pure), the review of what each party will
//! see, the append-only write bound to the version that was read, and the session
//! state that carries the form across post-redirect-get.
//!
//! The path a decision takes (issue 10): the caseworker fills in the form (no choice is
//! preselected) → [`review_decision`] validates it and shows, per party, exactly what
//! that party will see → the caseworker confirms → [`submit_decision`] validates again
//! inside a transaction with the document locked, refuses if the document is no longer
//! the version that was shown, and writes once per confirmation (idempotency key).

use super::{staff_document_of_case, CaseParty, StaffCase};
use crate::access::policy::current_decision;
use crate::access::StaffCaseAccess;
use crate::access::StaffCtx;
use crate::api::dto::{
    DecisionFlash, DecisionFormInput, DecisionSummary, FieldError, SummaryParty,
};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::domain::notice::NoticeKind;
use crate::domain::rich_text::{
    check_quoted, parse_body, redact, validate_redactions, QuotedRedaction, Redaction, RichText,
};
use crate::domain::version::content_hash;
use crate::domain::{Document, InnsynEvent, ReleaseState};
use crate::i18n::Locale;
use crate::store::{notices, now_unix, rows, Db};
use chrono::NaiveDate;
use sqlx::{Any, AnyConnection, Row, Transaction};
use std::collections::BTreeSet;

/// A justification or reason longer than this is refused (it is shown to a party).
const MAX_TEXT: usize = 4000;

/// Every message key validation can return (each must be translated everywhere).
pub const DECISION_ERROR_KEYS: &[&str] = &[
    "decision-error-parties",
    "decision-error-state",
    "decision-error-grounds",
    "decision-error-justification",
    "decision-error-merinnsyn",
    "decision-error-reason",
    "decision-error-redactions",
    "decision-error-redactions-empty",
    "decision-error-too-long",
    "decision-error-stray",
    "decision-error-changed",
    "decision-error-pdf-not-opened",
    "decision-error-pdf-only-share",
    "decision-error-pdf-only-partly",
    "decision-error-confirm-expired",
];

/// A decision that passed validation, for one or more parties.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidDecision {
    pub parties: Vec<String>,
    pub state: ReleaseState,
    pub grounds_code: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
    pub redactions: Vec<Redaction>,
    /// A share that releases the PDF as well.
    pub covers_pdf: bool,
    pub reason: Option<String>,
    /// The content hash of the version decided on.
    pub version: String,
}

/// What validation needs to know about the document and its parties.
pub struct DecisionContext<'a> {
    pub body: &'a RichText,
    pub has_pdf: bool,
    /// The content hash of the document as stored now.
    pub version: &'a str,
    /// This caseworker has opened the PDF of this version.
    pub pdf_opened: bool,
    /// Today's parties of the case (only they can get a decision).
    pub parties: &'a [String],
    /// Parties with a decision in force other than NOT_DECIDED: changing theirs needs
    /// a reason.
    pub decided: &'a [String],
    /// Codes of the withholding-grounds catalogue.
    pub grounds: &'a [String],
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn err(field: &str, key: &str) -> FieldError {
    FieldError {
        field: field.to_string(),
        key: key.to_string(),
    }
}

/// Which of the form's optional fields a choice uses; a field filled in for another
/// choice is an error, never dropped (the caseworker meant something by it).
struct Uses {
    basis: bool,
    redactions: bool,
    pdf: bool,
}

fn uses(state: ReleaseState) -> Uses {
    match state {
        ReleaseState::Shared => Uses {
            basis: false,
            redactions: false,
            pdf: true,
        },
        ReleaseState::PartlyShared => Uses {
            basis: true,
            redactions: true,
            pdf: false,
        },
        ReleaseState::Withheld => Uses {
            basis: true,
            redactions: false,
            pdf: false,
        },
        ReleaseState::NotDecided => Uses {
            basis: false,
            redactions: false,
            pdf: false,
        },
    }
}

/// Checks the form against the rules (domain.md, "Documents and release"): a choice
/// must be made; a withholding or a partial share needs a ground from the catalogue, a
/// justification and merinnsyn considered; a partial share needs valid spans whose
/// quotes match the text; sharing a PDF needs it opened first; fields of another
/// choice are refused; changing a decision in force needs a reason; the document must
/// still be the version shown. Returns every error at once.
pub fn validate_decision(
    input: &DecisionFormInput,
    ctx: &DecisionContext<'_>,
) -> Result<ValidDecision, Vec<FieldError>> {
    let mut errors = Vec::new();
    if input.version != ctx.version {
        errors.push(err("version", "decision-error-changed"));
    }
    let chosen: BTreeSet<String> = input.parties.iter().cloned().collect();
    if chosen.is_empty() || chosen.iter().any(|p| !ctx.parties.contains(p)) {
        errors.push(err("parties", "decision-error-parties"));
    }
    let state = ReleaseState::parse(input.state.trim());
    if state.is_none() {
        errors.push(err("state", "decision-error-state"));
    }
    let justification = trimmed(&input.justification);
    let reason = trimmed(&input.reason);
    let grounds = trimmed(&input.grounds);
    let has_redactions = !input.redact_blocks.is_empty() || !no_spans(&input.spans);
    for (field, text) in [("justification", &justification), ("reason", &reason)] {
        if text.as_ref().is_some_and(|t| t.chars().count() > MAX_TEXT) {
            errors.push(err(field, "decision-error-too-long"));
        }
    }
    if grounds.as_ref().is_some_and(|g| !ctx.grounds.contains(g)) {
        errors.push(err("grounds", "decision-error-grounds"));
    }
    let pdf_only = ctx.has_pdf && ctx.body.iter().all(|b| b.text.trim().is_empty());
    let mut redactions = Vec::new();
    if let Some(state) = state {
        let u = uses(state);
        if u.basis {
            if grounds.is_none() {
                errors.push(err("grounds", "decision-error-grounds"));
            }
            if justification.is_none() {
                errors.push(err("justification", "decision-error-justification"));
            }
            if !input.merinnsyn {
                errors.push(err("merinnsyn", "decision-error-merinnsyn"));
            }
        } else {
            for (field, filled) in [
                ("grounds", grounds.is_some()),
                ("justification", justification.is_some()),
                ("merinnsyn", input.merinnsyn),
            ] {
                if filled {
                    errors.push(err(field, "decision-error-stray"));
                }
            }
        }
        if u.redactions {
            if pdf_only {
                errors.push(err("state", "decision-error-pdf-only-partly"));
            } else {
                match redaction_spans(input, ctx.body) {
                    Ok(spans) if spans.is_empty() => {
                        errors.push(err("redactions", "decision-error-redactions-empty"))
                    }
                    Ok(spans) => redactions = spans,
                    Err(()) => errors.push(err("redactions", "decision-error-redactions")),
                }
            }
        } else if has_redactions {
            errors.push(err("redactions", "decision-error-stray"));
        }
        if u.pdf && ctx.has_pdf {
            if input.include_pdf && !ctx.pdf_opened {
                errors.push(err("include_pdf", "decision-error-pdf-not-opened"));
            }
            if pdf_only && !input.include_pdf {
                errors.push(err("include_pdf", "decision-error-pdf-only-share"));
            }
        } else if input.include_pdf {
            errors.push(err("include_pdf", "decision-error-stray"));
        }
    }
    if reason.is_none() && chosen.iter().any(|p| ctx.decided.contains(p)) {
        errors.push(err("reason", "decision-error-reason"));
    }
    let Some(state) = state.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    let basis = uses(state).basis;
    Ok(ValidDecision {
        parties: chosen.into_iter().collect(),
        state,
        grounds_code: grounds.filter(|_| basis),
        justification: justification.filter(|_| basis),
        merinnsyn_considered: input.merinnsyn && basis,
        redactions,
        covers_pdf: state == ReleaseState::Shared && ctx.has_pdf && input.include_pdf,
        reason,
        version: ctx.version.to_string(),
    })
}

/// No editor spans: an empty field, or `[]` (what the editor leaves when cleared).
fn no_spans(spans: &str) -> bool {
    matches!(spans.trim(), "" | "[]")
}

/// The spans to redact: whole blocks ticked (the no-JavaScript path) plus the editor's
/// quoted spans in other blocks, each checked against the server's own text.
fn redaction_spans(input: &DecisionFormInput, body: &RichText) -> Result<Vec<Redaction>, ()> {
    let mut whole = BTreeSet::new();
    for b in &input.redact_blocks {
        let index: usize = b.trim().parse().map_err(|_| ())?;
        whole.insert(index);
    }
    let mut spans = Vec::new();
    for &block in &whole {
        let len = body.get(block).ok_or(())?.text.chars().count();
        if len > 0 {
            spans.push(Redaction {
                block,
                start: 0,
                end: len,
            });
        }
    }
    if !no_spans(&input.spans) {
        let editor: Vec<QuotedRedaction> =
            serde_json::from_str(input.spans.trim()).map_err(|_| ())?;
        // A span inside a block already redacted whole adds nothing.
        let editor: Vec<QuotedRedaction> = editor
            .into_iter()
            .filter(|s| !whole.contains(&s.block))
            .collect();
        spans.extend(check_quoted(body, &editor).map_err(|_| ())?);
    }
    validate_redactions(body, &spans).map_err(|_| ())?;
    spans.sort();
    Ok(spans)
}

/// A document's text and PDF as stored, with their content hash (read on `conn`, so
/// inside the caller's transaction and lock).
struct StoredVersion {
    body: RichText,
    pdf: Option<Vec<u8>>,
    version: String,
}

async fn stored_version(
    conn: &mut AnyConnection,
    document_id: &str,
) -> Result<Option<StoredVersion>, sqlx::Error> {
    let Some(row) = sqlx::query("SELECT body, pdf FROM documents WHERE id = $1")
        .bind(document_id)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let body: String = row.try_get("body")?;
    let body = parse_body(&body).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let pdf: Option<Vec<u8>> = row.try_get("pdf")?;
    let version = content_hash(&body, pdf.as_deref());
    Ok(Some(StoredVersion { body, pdf, version }))
}

/// The document and today's parties, if `ctx` may decide on it: a role that may decide
/// release (policy) and the unit rule. To anyone else the form's target does not exist.
async fn decidable_document(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<(StaffCase, Document)>, sqlx::Error> {
    if !ctx.may_decide_release() {
        return Ok(None);
    }
    staff_document_of_case(db, ctx, case_id, document_id, today).await
}

/// Appends one decision row per party and an audit entry for each, inside `tx`: either
/// all parties get the decision or none does.
async fn insert_decision(
    conn: &mut Transaction<'static, Any>,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    d: &ValidDecision,
    idempotency_key: &str,
) -> Result<(), sqlx::Error> {
    let now = now_unix();
    let redactions = (d.state == ReleaseState::PartlyShared)
        .then(|| serde_json::to_string(&d.redactions).unwrap_or_else(|_| "[]".to_string()));
    let audit_reason = format!(
        "{}{}{}",
        d.state.as_str(),
        d.grounds_code
            .as_ref()
            .map(|g| format!(";{g}"))
            .unwrap_or_default(),
        if d.covers_pdf { ";pdf" } else { "" }
    );
    for person_id in &d.parties {
        // What the party had before this decision: the measure of its innsyn answer.
        let before = rows::decision_in_force(conn, document_id, person_id).await?;
        sqlx::query(
            "INSERT INTO release_decisions (document_id, person_id, state, grounds_code, \
             justification, merinnsyn_considered, redactions, reason, decided_by, decided_at, \
             content_hash, covers_pdf, idempotency_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        )
        .bind(document_id)
        .bind(person_id)
        .bind(d.state.as_str())
        .bind(d.grounds_code.as_deref())
        .bind(d.justification.as_deref())
        .bind(i64::from(d.merinnsyn_considered))
        .bind(redactions.as_deref())
        .bind(d.reason.as_deref())
        .bind(&ctx.staff_id)
        .bind(now)
        .bind(&d.version)
        .bind(i64::from(d.covers_pdf))
        .bind(idempotency_key)
        .execute(&mut **conn)
        .await?;
        let entry = Entry {
            action: Action::StaffDecision,
            why: Reason::ReleaseDecision,
            case_id: Some(case_id),
            document_id: Some(document_id),
            subject_person_id: Some(person_id),
            reason: Some(&audit_reason),
        };
        audit::record_with(conn, Actor::Staff(&ctx.staff_id), entry).await?;
        // Newly released to this party: they are told something is waiting.
        let shown =
            |s: ReleaseState| matches!(s, ReleaseState::Shared | ReleaseState::PartlyShared);
        if shown(d.state) && !before.as_ref().is_some_and(|b| shown(b.state)) {
            let event = notices::Event {
                to: notices::To::Person(person_id),
                kind: NoticeKind::Document,
                about: document_id,
                case_id,
                at: now,
            };
            notices::enqueue(conn, event).await?;
        }
        // The decision is the answer to the party's open innsyn request, if any.
        if let Some(answer) = InnsynEvent::answer_to(before.as_ref(), d.state, &d.redactions) {
            let subject = crate::store::innsyn::Subject::Document {
                case_id,
                document_id,
            };
            crate::store::innsyn::answer_open_request(
                conn,
                subject,
                person_id,
                (answer, None),
                &ctx.staff_id,
                now,
            )
            .await?;
        }
    }
    Ok(())
}

/// What became of a decision post.
#[derive(Debug, PartialEq, Eq)]
pub enum DecisionOutcome {
    /// No such case or document for this staff member (looks like any unknown id).
    NotFound,
    Refused(Vec<FieldError>),
    /// Valid: what each party will see, for the caseworker to confirm.
    Review(DecisionSummary),
    /// Saved: what each party now sees.
    Saved(DecisionSummary),
    /// This confirmation was written before (a double submit): for this many parties.
    AlreadySaved(usize),
}

/// Everything validation needs, loaded for one document.
struct Loaded {
    parties: Vec<CaseParty>,
    party_ids: Vec<String>,
    decided: Vec<String>,
    current: Vec<(String, String)>,
    grounds: Vec<crate::api::dto::GroundOption>,
    pdf_opened: bool,
}

async fn load_for_validation(
    db: &Db,
    ctx: &StaffCtx,
    access: &StaffCaseAccess,
    parties: Vec<CaseParty>,
    doc: &Document,
    version: &str,
    locale: Locale,
) -> Result<Loaded, sqlx::Error> {
    let party_ids: Vec<String> = parties.iter().map(|p| p.person.id.clone()).collect();
    let mut decided = Vec::new();
    let mut current = Vec::new();
    for id in &party_ids {
        let list = rows::decisions_for(&db.pool, access, id).await?;
        let state = current_decision(&list, &doc.id, id)
            .map(|d| d.state)
            .unwrap_or(ReleaseState::NotDecided);
        if state != ReleaseState::NotDecided {
            decided.push(id.clone());
        }
        current.push((id.clone(), state.as_str().to_string()));
    }
    Ok(Loaded {
        parties,
        party_ids,
        decided,
        current,
        grounds: super::grounds_catalogue(db, locale).await?,
        pdf_opened: pdf_opened(db, ctx, &doc.id, version).await?,
    })
}

fn validate_loaded(
    input: &DecisionFormInput,
    l: &Loaded,
    body: &RichText,
    has_pdf: bool,
    version: &str,
) -> Result<ValidDecision, Vec<FieldError>> {
    let codes: Vec<String> = l.grounds.iter().map(|g| g.code.clone()).collect();
    validate_decision(
        input,
        &DecisionContext {
            body,
            has_pdf,
            version,
            pdf_opened: l.pdf_opened,
            parties: &l.party_ids,
            decided: &l.decided,
            grounds: &codes,
        },
    )
}

/// What each chosen party will see once the decision is written: built from the
/// validated decision itself, so the summary and the stored rows cannot differ.
fn summarise(v: &ValidDecision, l: &Loaded, body: &RichText) -> DecisionSummary {
    let ground = v
        .grounds_code
        .as_ref()
        .and_then(|c| l.grounds.iter().find(|g| &g.code == c));
    DecisionSummary {
        state: v.state.as_str().to_string(),
        parties: l
            .parties
            .iter()
            .filter(|p| v.parties.contains(&p.person.id))
            .map(|p| SummaryParty {
                person_id: p.person.id.clone(),
                name: p.person.full_name(),
                roles: p.roles.clone(),
                from: l
                    .current
                    .iter()
                    .find(|(id, _)| id == &p.person.id)
                    .map(|(_, s)| s.clone())
                    .unwrap_or_else(|| "NOT_DECIDED".to_string()),
            })
            .collect(),
        ground: ground.map(|g| format!("{} ({})", g.label, g.basis)),
        justification: v.justification.clone(),
        merinnsyn_considered: v.merinnsyn_considered,
        covers_pdf: v.covers_pdf,
        redacted: (v.state == ReleaseState::PartlyShared)
            .then(|| crate::features::reading::body_blocks(redact(body, &v.redactions))),
        reason: v.reason.clone(),
    }
}

/// The review step: validates the form against the document as it is now and, when
/// valid, says what each party will see. Writes nothing.
pub async fn review_decision(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    input: &DecisionFormInput,
    locale: Locale,
) -> Result<DecisionOutcome, sqlx::Error> {
    let Some((
        StaffCase {
            access, parties, ..
        },
        doc,
    )) = decidable_document(db, ctx, case_id, document_id, today).await?
    else {
        return Ok(DecisionOutcome::NotFound);
    };
    let pdf = rows::document_pdf(&db.pool, &access, &doc.id).await?;
    let version = content_hash(&doc.body, pdf.as_deref());
    let l = load_for_validation(db, ctx, &access, parties, &doc, &version, locale).await?;
    Ok(
        match validate_loaded(input, &l, &doc.body, pdf.is_some(), &version) {
            Err(errors) => DecisionOutcome::Refused(errors),
            Ok(valid) => DecisionOutcome::Review(summarise(&valid, &l, &doc.body)),
        },
    )
}

/// The confirmed decision: validated again with the document locked, refused if the
/// document is no longer the version reviewed, written once per `idempotency_key`.
#[allow(clippy::too_many_arguments)]
pub async fn submit_decision(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    input: &DecisionFormInput,
    idempotency_key: &str,
    locale: Locale,
) -> Result<DecisionOutcome, sqlx::Error> {
    let Some((
        StaffCase {
            access, parties, ..
        },
        doc,
    )) = decidable_document(db, ctx, case_id, document_id, today).await?
    else {
        return Ok(DecisionOutcome::NotFound);
    };
    let mut tx = db.begin_write().await?;
    crate::store::lock_document(&mut tx, &doc.id).await?;
    let recorded = recorded_parties(&mut tx, idempotency_key).await?;
    if recorded > 0 {
        return Ok(DecisionOutcome::AlreadySaved(recorded));
    }
    let Some(stored) = stored_version(&mut tx, &doc.id).await? else {
        return Ok(DecisionOutcome::NotFound);
    };
    let (body, version) = (&stored.body, &stored.version);
    let l = load_for_validation(db, ctx, &access, parties, &doc, version, locale).await?;
    let valid = match validate_loaded(input, &l, body, stored.pdf.is_some(), version) {
        Ok(v) => v,
        Err(errors) => return Ok(DecisionOutcome::Refused(errors)),
    };
    let summary = summarise(&valid, &l, body);
    insert_decision(&mut tx, ctx, case_id, &doc.id, &valid, idempotency_key).await?;
    tx.commit().await?;
    Ok(DecisionOutcome::Saved(summary))
}

/// A plain share of the whole document with `parties` (tests of what follows from one).
#[cfg(test)]
pub(crate) fn plain_share(parties: &[&str], reason: &str) -> ValidDecision {
    ValidDecision {
        parties: parties.iter().map(|p| p.to_string()).collect(),
        state: ReleaseState::Shared,
        grounds_code: None,
        justification: None,
        merinnsyn_considered: false,
        redactions: Vec::new(),
        covers_pdf: false,
        reason: Some(reason.to_string()),
        version: String::new(),
    }
}

/// Writes a validated decision directly (tests of what follows from a decision).
#[cfg(test)]
pub(crate) async fn record_decision(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    d: &ValidDecision,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    crate::store::lock_document(&mut tx, document_id).await?;
    insert_decision(&mut tx, ctx, case_id, document_id, d, &new_token()).await?;
    tx.commit().await
}

/// How many parties a confirmation (by its idempotency key) was already written for.
async fn recorded_parties(conn: &mut AnyConnection, key: &str) -> Result<usize, sqlx::Error> {
    let n: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM release_decisions WHERE idempotency_key = $1")
            .bind(key)
            .fetch_one(&mut *conn)
            .await?
            .try_get("n")?;
    Ok(usize::try_from(n).unwrap_or(0))
}

/// Whether this caseworker has opened the PDF of this version of the document.
pub async fn pdf_opened(
    db: &Db,
    ctx: &StaffCtx,
    document_id: &str,
    version: &str,
) -> Result<bool, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT 1 AS one FROM staff_pdf_views \
         WHERE staff_id = $1 AND document_id = $2 AND content_hash = $3",
    )
    .bind(&ctx.staff_id)
    .bind(document_id)
    .bind(version)
    .fetch_optional(&db.pool)
    .await?
    .is_some())
}

/// The PDF of a document of the unit, for the caseworker to read before deciding:
/// recorded as seen (for this version) and audited in one transaction.
pub async fn staff_document_pdf(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
) -> Result<Option<(String, Vec<u8>)>, sqlx::Error> {
    let Some((StaffCase { case, .. }, doc)) =
        staff_document_of_case(db, ctx, case_id, document_id, today).await?
    else {
        return Ok(None);
    };
    let mut tx = db.begin_write().await?;
    let Some(StoredVersion {
        pdf: Some(pdf),
        version,
        ..
    }) = stored_version(&mut tx, &doc.id).await?
    else {
        return Ok(None);
    };
    sqlx::query(
        "INSERT INTO staff_pdf_views (staff_id, document_id, content_hash, first_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (staff_id, document_id, content_hash) DO NOTHING",
    )
    .bind(&ctx.staff_id)
    .bind(&doc.id)
    .bind(&version)
    .bind(now_unix())
    .execute(&mut *tx)
    .await?;
    let reason = audit::staff_scope(ctx);
    let entry = Entry {
        action: Action::StaffDocumentPdf,
        why: ctx.capacity(case.caseworker_id.as_deref()),
        case_id: Some(case_id),
        document_id: Some(&doc.id),
        subject_person_id: None,
        reason: Some(&reason),
    };
    audit::record_with(&mut tx, Actor::Staff(&ctx.staff_id), entry).await?;
    tx.commit().await?;
    Ok(Some((doc.title, pdf)))
}

/// A fresh random confirmation token (also the decision's idempotency key).
pub fn new_token() -> String {
    use rand::Rng;
    let bytes: [u8; 16] = rand::thread_rng().gen();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The review a confirmation belonged to is gone (another review replaced it, or the
/// session is new): nothing was written; the caseworker decides again.
pub fn confirm_expired(document_id: &str) -> DecisionFlash {
    DecisionFlash {
        document_id: document_id.to_string(),
        errors: vec![FieldError {
            field: "state".into(),
            key: "decision-error-confirm-expired".into(),
        }],
        ..Default::default()
    }
}

/// The flash for a decision form posted after the session ended: the form comes back
/// as typed; a confirmation (or "change") lost the review it belonged to with the
/// session, so it says that nothing was written.
pub fn flash_from_draft(document_id: &str, fields: Vec<(String, String)>) -> DecisionFlash {
    let step = fields
        .iter()
        .find(|(k, _)| k == "step")
        .map(|(_, v)| v.clone());
    let mut flash = match step.as_deref() {
        Some("confirm" | "edit") => confirm_expired(document_id),
        _ => DecisionFlash {
            document_id: document_id.to_string(),
            input: DecisionFormInput::from_pairs(fields),
            ..Default::default()
        },
    };
    flash.restored = true;
    flash
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "release_safety_tests.rs"]
mod release_safety_tests;
