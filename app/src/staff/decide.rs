//! Release decisions: the form's validation (pure), the append-only write, and the
//! flash that carries the outcome across the post-redirect-get.

use super::{staff_document_of_case, StaffCtx};
use crate::api::{DecisionFlash, DecisionFormInput, FieldError};
use crate::audit::{self, Actor, Entry};
use crate::db::{now_unix, rows, Db};
use crate::domain::policy::current_decision;
use crate::domain::rich_text::{validate_redactions, Redaction, RichText};
use crate::domain::{InnsynEvent, ReleaseState};
use chrono::NaiveDate;
use std::collections::BTreeSet;
use tower_sessions::Session;

/// Session key of the decision form's flash (written by the server's form handler,
/// taken by the document page).
pub const DECISION_FLASH_KEY: &str = "staff_decision_flash";

/// A justification or reason longer than this is refused (it is shown to a party).
const MAX_TEXT: usize = 4000;

impl DecisionFormInput {
    /// Collects the form fields from url-encoded pairs; repeated fields (`party`,
    /// `redact_block`) accumulate, unknown fields are ignored.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> DecisionFormInput {
        let mut input = DecisionFormInput::default();
        for (k, v) in pairs {
            match k.as_str() {
                "party" => input.parties.push(v),
                "state" => input.state = v,
                "grounds" => input.grounds = v,
                "justification" => input.justification = v,
                "merinnsyn" => input.merinnsyn = !v.is_empty(),
                "reason" => input.reason = v,
                "redact_block" => input.redact_blocks.push(v),
                "spans" => input.spans = v,
                _ => {}
            }
        }
        input
    }
}

/// A decision that passed validation, for one or more parties.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidDecision {
    pub parties: Vec<String>,
    pub state: ReleaseState,
    pub grounds_code: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
    pub redactions: Vec<Redaction>,
    pub reason: Option<String>,
}

/// What validation needs to know about the document and its parties.
pub struct DecisionContext<'a> {
    pub body: &'a RichText,
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

/// Checks the form against the rules (domain.md, "Documents and release"): a
/// withholding needs a ground from the catalogue, a justification and merinnsyn
/// considered; a partial share needs a justification and at least one valid span;
/// changing a decision in force needs a reason. Returns every error at once.
pub fn validate_decision(
    input: &DecisionFormInput,
    ctx: &DecisionContext<'_>,
) -> Result<ValidDecision, Vec<FieldError>> {
    let mut errors = Vec::new();
    let chosen: BTreeSet<String> = input.parties.iter().cloned().collect();
    if chosen.is_empty() || chosen.iter().any(|p| !ctx.parties.contains(p)) {
        errors.push(err("parties", "decision-error-parties"));
    }
    let state = match ReleaseState::parse(input.state.trim()) {
        Some(s) => Some(s),
        None => {
            errors.push(err("state", "decision-error-state"));
            None
        }
    };
    let justification = trimmed(&input.justification);
    let reason = trimmed(&input.reason);
    let grounds = trimmed(&input.grounds);
    if justification
        .as_ref()
        .is_some_and(|j| j.chars().count() > MAX_TEXT)
    {
        errors.push(err("justification", "decision-error-too-long"));
    }
    if reason
        .as_ref()
        .is_some_and(|r| r.chars().count() > MAX_TEXT)
    {
        errors.push(err("reason", "decision-error-too-long"));
    }
    if grounds.as_ref().is_some_and(|g| !ctx.grounds.contains(g)) {
        errors.push(err("grounds", "decision-error-grounds"));
    }
    let mut redactions = Vec::new();
    match state {
        Some(ReleaseState::Withheld) => {
            if grounds.is_none() {
                errors.push(err("grounds", "decision-error-grounds"));
            }
            if justification.is_none() {
                errors.push(err("justification", "decision-error-justification"));
            }
            if !input.merinnsyn {
                errors.push(err("merinnsyn", "decision-error-merinnsyn"));
            }
        }
        Some(ReleaseState::PartlyShared) => {
            if justification.is_none() {
                errors.push(err("justification", "decision-error-justification"));
            }
            match redaction_spans(input, ctx.body) {
                Ok(spans) if spans.is_empty() => {
                    errors.push(err("redactions", "decision-error-redactions-empty"))
                }
                Ok(spans) => redactions = spans,
                Err(()) => errors.push(err("redactions", "decision-error-redactions")),
            }
        }
        _ => {}
    }
    if reason.is_none() && chosen.iter().any(|p| ctx.decided.contains(p)) {
        errors.push(err("reason", "decision-error-reason"));
    }
    let Some(state) = state.filter(|_| errors.is_empty()) else {
        return Err(errors);
    };
    // Only what the chosen state means is stored: no stray grounds on a share.
    let keeps_basis = matches!(state, ReleaseState::Withheld | ReleaseState::PartlyShared);
    Ok(ValidDecision {
        parties: chosen.into_iter().collect(),
        state,
        grounds_code: grounds.filter(|_| keeps_basis),
        justification: justification.filter(|_| keeps_basis),
        merinnsyn_considered: input.merinnsyn && keeps_basis,
        redactions,
        reason,
    })
}

/// The spans to redact: whole blocks ticked (the no-JavaScript path) plus the editor's
/// spans in other blocks, checked strictly with [`validate_redactions`].
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
    if !input.spans.trim().is_empty() {
        let editor: Vec<Redaction> = serde_json::from_str(input.spans.trim()).map_err(|_| ())?;
        // A span inside a block already redacted whole adds nothing.
        spans.extend(editor.into_iter().filter(|s| !whole.contains(&s.block)));
    }
    validate_redactions(body, &spans).map_err(|_| ())?;
    spans.sort();
    Ok(spans)
}

/// Appends one decision row per party and an audit entry for each, in one transaction:
/// either all parties get the decision or none does.
pub async fn record_decision(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    d: &ValidDecision,
) -> Result<(), sqlx::Error> {
    let now = now_unix();
    let redactions = (d.state == ReleaseState::PartlyShared)
        .then(|| serde_json::to_string(&d.redactions).unwrap_or_else(|_| "[]".to_string()));
    let audit_reason = format!(
        "{}{}",
        d.state.as_str(),
        d.grounds_code
            .as_ref()
            .map(|g| format!(";{g}"))
            .unwrap_or_default()
    );
    let mut tx = db.pool.begin().await?;
    for person_id in &d.parties {
        sqlx::query(
            "INSERT INTO release_decisions (document_id, person_id, state, grounds_code, \
             justification, merinnsyn_considered, redactions, reason, decided_by, decided_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
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
        .execute(&mut *tx)
        .await?;
        let entry = Entry {
            action: "staff.decision",
            case_id: Some(case_id),
            document_id: Some(document_id),
            subject_person_id: Some(person_id),
            reason: Some(&audit_reason),
        };
        audit::record_with(&mut *tx, Actor::Staff(&ctx.staff_id), entry).await?;
        // The decision is the answer to the party's open innsyn request, if any.
        if let Some(answer) = InnsynEvent::answer_to(d.state) {
            crate::innsyn::answer_open_request(
                &mut tx,
                case_id,
                document_id,
                person_id,
                answer,
                &ctx.staff_id,
                now,
            )
            .await?;
        }
    }
    tx.commit().await
}

/// What became of a decision post.
#[derive(Debug, PartialEq, Eq)]
pub enum DecisionOutcome {
    /// No such case or document for this staff member (looks like any unknown id).
    NotFound,
    Refused(Vec<FieldError>),
    /// Saved for this many parties.
    Saved(usize),
}

/// Loads what validation needs, validates, and writes: the whole decision path behind
/// the form handler, through `staff_case` (the unit check).
pub async fn submit_decision(
    db: &Db,
    ctx: &StaffCtx,
    case_id: &str,
    document_id: &str,
    today: NaiveDate,
    input: &DecisionFormInput,
) -> Result<DecisionOutcome, sqlx::Error> {
    let Some((_, parties, doc)) =
        staff_document_of_case(db, ctx, case_id, document_id, today).await?
    else {
        return Ok(DecisionOutcome::NotFound);
    };
    let party_ids: Vec<String> = parties.iter().map(|p| p.person.id.clone()).collect();
    let mut decided = Vec::new();
    for id in &party_ids {
        let list = rows::decisions_for(db, case_id, id).await?;
        if current_decision(&list, document_id, id)
            .is_some_and(|d| d.state != ReleaseState::NotDecided)
        {
            decided.push(id.clone());
        }
    }
    let grounds: Vec<String> = super::grounds_catalogue(db, crate::i18n::Locale::Nb)
        .await?
        .into_iter()
        .map(|g| g.code)
        .collect();
    let vctx = DecisionContext {
        body: &doc.body,
        parties: &party_ids,
        decided: &decided,
        grounds: &grounds,
    };
    match validate_decision(input, &vctx) {
        Err(errors) => Ok(DecisionOutcome::Refused(errors)),
        Ok(valid) => {
            record_decision(db, ctx, case_id, document_id, &valid).await?;
            Ok(DecisionOutcome::Saved(valid.parties.len()))
        }
    }
}

/// Stores the flash for the next page view.
pub async fn put_flash(
    session: &Session,
    flash: &DecisionFlash,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(DECISION_FLASH_KEY, flash).await
}

/// Takes the flash if it belongs to `document_id` (a flash for another document stays
/// for its own page).
pub async fn take_flash(
    session: &Session,
    document_id: &str,
) -> Result<Option<DecisionFlash>, tower_sessions::session::Error> {
    let flash: Option<DecisionFlash> = session.get(DECISION_FLASH_KEY).await?;
    match flash {
        Some(f) if f.document_id == document_id => {
            session.remove::<DecisionFlash>(DECISION_FLASH_KEY).await?;
            Ok(Some(f))
        }
        _ => Ok(None),
    }
}

#[cfg(test)]
#[path = "decide_tests.rs"]
mod tests;
