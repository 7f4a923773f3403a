//! THE access policy: the only place that decides what a citizen may see.
//!
//! Pure functions over plain domain values, so every rule is unit- and property-tested.
//! Callers load the rows, ask here, and render only what comes back. Anything the policy
//! refuses must look exactly like "not found" to the citizen: a case they are not a
//! party to, and a document nobody has decided to release to them, do not exist for them.
//!
//! Rules (domain.md, "Parties" and "Documents and release"):
//! - Parents and guardians (MOR, FAR, MEDMOR, MEDFAR, VERGE) are parties while their
//!   party row is valid (`valid_from <= today`, `valid_to` open or `>= today`) and the
//!   case's main person is under 18. Who is a party (e.g. a parent without daily care
//!   in a hjelpetiltak case is not) is decided by staff through those rows; that the
//!   parents' rights end when the child comes of age follows from the date of birth,
//!   whatever the rows say (a young adult's ettervern is theirs alone). Parents who
//!   want to read the case later ask the service for innsyn.
//! - The case's main person (HOVEDPERSON) is a party from 15, or younger when the nemnd
//!   granted party rights. Rights follow the date of birth, never a stored flag.
//! - The right of innsyn outlives the measures: a main person aged 15 or more may always
//!   see their own case, in any phase, also closed and long after 25. This covers the
//!   young adult in ettervern (18–25) and the adult reading their childhood case.
//! - Release is per document and per party: no decision or NOT_DECIDED hides the
//!   document; SHARED shows it; PARTLY_SHARED shows a redacted copy with why parts are
//!   hidden; WITHHELD shows title, date and why it is withheld only. Where something is
//!   kept from the party, they may ask for innsyn in what is kept.
//! - A case that moved to another service is read by nobody here from the day it moved.
//! - A party whose access ended is told so, not left with an empty list:
//!   [`access_ended`] says why (the child turned 18, the party row ended, or the case
//!   moved) and from which day, and only to someone who really had access once.
//!   Nothing of the case is released by it; the page shows the child's first name, the
//!   reason, the date and the service's contact.

use super::StaffCtx;
use crate::domain::age::{age_on, date_turning, ADULT_AGE, ETTERVERN_MAX_AGE, PARTY_AGE};
use crate::domain::model::{
    Case, CaseMove, Document, Party, PartyRole, Person, Phase, ReleaseDecision, ReleaseState,
    StaffRole,
};
use crate::domain::rich_text::{redact, RedactedText, Redaction, RichText};
use chrono::NaiveDate;

/// Why a person may see a case; shown to the person ("you see this case as ...") and
/// written to the audit log as the legal basis of the read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessBasis {
    /// A parent or guardian with a valid party row.
    Parent(PartyRole),
    /// The main person, 15–17 (bvl § 12-3).
    ChildFrom15,
    /// The main person under 15 with party rights granted by the nemnd.
    ChildByNemndGrant,
    /// The main person, 18–25, in ettervern.
    YoungAdultInEttervern,
    /// The main person, 18 or older, reading their own case (innsyn outlives measures).
    AdultOwnCase,
}

/// Proof that the policy let `viewer_id` into `case_id`. Its fields are private and it is
/// only created by [`case_access`], so holding one means the check was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseAccess {
    case_id: String,
    viewer_id: String,
    bases: Vec<AccessBasis>,
}

impl CaseAccess {
    pub fn case_id(&self) -> &str {
        &self.case_id
    }
    pub fn viewer_id(&self) -> &str {
        &self.viewer_id
    }
    /// Every basis that applies (a person can be both VERGE and MOR, say); never empty.
    pub fn bases(&self) -> &[AccessBasis] {
        &self.bases
    }
    /// Whether the viewer is the child/young adult the case is about.
    pub fn is_main_person(&self) -> bool {
        self.bases
            .iter()
            .any(|b| !matches!(b, AccessBasis::Parent(_)))
    }
}

/// Decides whether `viewer` may see `case` on `today`. `None` means the caller must
/// answer exactly as if the case did not exist.
///
/// `viewer_parties` may contain any rows; only the viewer's rows on this case count.
/// `main_person` must be the case's main person (used for the age rules); if it is
/// not, the main-person rules do not apply (inconsistent input never grants access).
pub fn case_access(
    viewer: &Person,
    today: NaiveDate,
    case: &Case,
    viewer_parties: &[Party],
    main_person: &Person,
) -> Option<CaseAccess> {
    if moved_by(case, today).is_some() {
        return None;
    }
    let mut bases: Vec<AccessBasis> = Vec::new();
    let real_main_person = main_person.id == case.main_person_id;
    let child_is_minor = real_main_person && age_on(main_person.birth_date, today) < ADULT_AGE;
    let parent_bases = viewer_parties
        .iter()
        .filter(|p| p.case_id == case.id && p.person_id == viewer.id)
        .filter(|p| p.role != PartyRole::Hovedperson && p.is_valid_on(today))
        .filter(|_| child_is_minor)
        .map(|p| AccessBasis::Parent(p.role));
    let own_basis = (viewer.id == case.main_person_id && real_main_person)
        .then(|| main_person_basis(main_person.birth_date, today, case))
        .flatten();
    for basis in parent_bases.chain(own_basis) {
        if !bases.contains(&basis) {
            bases.push(basis);
        }
    }
    if bases.is_empty() {
        return None;
    }
    Some(CaseAccess {
        case_id: case.id.clone(),
        viewer_id: viewer.id.clone(),
        bases,
    })
}

/// The main person's own basis, from age alone (and the nemnd's grant under 15).
/// Deliberately independent of the HOVEDPERSON row's validity: the right to read one's
/// own case outlives the measures.
fn main_person_basis(birth: NaiveDate, today: NaiveDate, case: &Case) -> Option<AccessBasis> {
    let age = age_on(birth, today);
    if age < PARTY_AGE {
        return case
            .nemnd_party_grant
            .then_some(AccessBasis::ChildByNemndGrant);
    }
    if age < ADULT_AGE {
        return Some(AccessBasis::ChildFrom15);
    }
    if age <= ETTERVERN_MAX_AGE && case.phase == Phase::Ettervern {
        return Some(AccessBasis::YoungAdultInEttervern);
    }
    Some(AccessBasis::AdultOwnCase)
}

/// The case's move, when it has taken effect by `today`: from then nobody reads it here.
fn moved_by(case: &Case, today: NaiveDate) -> Option<&CaseMove> {
    case.moved.as_ref().filter(|m| m.on <= today)
}

/// Why a former party no longer sees a case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndReason {
    /// The child turned 18: parents' and guardians' rights end on the birthday, whatever
    /// the rows say. Also when the service ended the row on the eve of the birthday.
    ChildCameOfAge,
    /// The service ended the person's party row while the child was still a minor.
    PartyRightsEnded,
    /// The case went to another service. `to_service` is its name, or `None` when the
    /// viewer is not the child and the child's address is protected: which service has
    /// the case now would tell where the child lives.
    CaseMoved { to_service: Option<String> },
}

/// Proof that `viewer_id` had access to `case_id` that has ended, and why. Only created
/// by [`access_ended`], so holding one means the person was a party once and is not now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndedAccess {
    case_id: String,
    viewer_id: String,
    reason: EndReason,
    ended_on: NaiveDate,
}

impl EndedAccess {
    pub fn case_id(&self) -> &str {
        &self.case_id
    }
    pub fn viewer_id(&self) -> &str {
        &self.viewer_id
    }
    pub fn reason(&self) -> &EndReason {
        &self.reason
    }
    /// The first day without access.
    pub fn ended_on(&self) -> NaiveDate {
        self.ended_on
    }
}

/// For a case `viewer` may not see on `today`: whether they had access that has ended,
/// why, and from which day. A case that moved ends everyone's access on the day it
/// moved, the child's too, if they could read it the day before; otherwise only a
/// parent's or guardian's access ends. `None` for anyone who may see the case, who
/// never had access (no row, a row not begun, a row that began after the child came of
/// age), for the main person of a case still here (their own right does not end), and
/// for inconsistent input. Same arguments as [`case_access`].
pub fn access_ended(
    viewer: &Person,
    today: NaiveDate,
    case: &Case,
    viewer_parties: &[Party],
    main_person: &Person,
) -> Option<EndedAccess> {
    if main_person.id != case.main_person_id
        || case_access(viewer, today, case, viewer_parties, main_person).is_some()
    {
        return None;
    }
    let ended = |reason, ended_on| EndedAccess {
        case_id: case.id.clone(),
        viewer_id: viewer.id.clone(),
        reason,
        ended_on,
    };
    let moved = moved_by(case, today);
    if let Some(moved) = moved {
        let eve = moved.on.pred_opt()?;
        if case_access(viewer, eve, case, viewer_parties, main_person).is_some() {
            let hidden = viewer.id != main_person.id && main_person.protected_address;
            let to_service = (!hidden).then(|| moved.to_service.clone());
            return Some(ended(EndReason::CaseMoved { to_service }, moved.on));
        }
    }
    if viewer.id == case.main_person_id {
        return None;
    }
    let came_of_age = date_turning(main_person.birth_date, ADULT_AGE);
    let last_minor_day = came_of_age.and_then(|d| d.pred_opt());
    // A move before the access would have ended otherwise cuts the rows short as well.
    let cutoff = earliest(last_minor_day, moved.and_then(|m| m.on.pred_opt()));
    // The last day each row gave access: its own end, the eve of the 18th birthday or
    // of the move, whichever came first; only rows that gave access on at least one
    // day before today.
    let last_day = viewer_parties
        .iter()
        .filter(|p| p.case_id == case.id && p.person_id == viewer.id)
        .filter(|p| p.role != PartyRole::Hovedperson)
        .filter_map(|p| Some((p.valid_from, earliest(p.valid_to, cutoff)?)))
        .filter(|(from, last)| from <= last && *last < today)
        .map(|(_, last)| last)
        .max()?;
    let ended_on = last_day.succ_opt()?;
    let reason = if Some(ended_on) == came_of_age {
        EndReason::ChildCameOfAge
    } else {
        EndReason::PartyRightsEnded
    };
    Some(ended(reason, ended_on))
}

/// The earlier of two days where either may be missing (`None` only when both are).
fn earliest(a: Option<NaiveDate>, b: Option<NaiveDate>) -> Option<NaiveDate> {
    a.into_iter().chain(b).min()
}

/// Why something is kept from a party, as the caseworker recorded it for that very
/// party: shown to them with a withheld document and with the hidden parts of a partly
/// shared one, never to anyone else (each party's decision has its own justification).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Withholding {
    pub grounds_code: Option<String>,
    pub justification: Option<String>,
    pub merinnsyn_considered: bool,
}

impl Withholding {
    fn of(decision: &ReleaseDecision) -> Withholding {
        Withholding {
            grounds_code: decision.grounds_code.clone(),
            justification: decision.justification.clone(),
            merinnsyn_considered: decision.merinnsyn_considered,
        }
    }
}

/// What a party may see of one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentView {
    /// The document does not exist for this person (no decision, NOT_DECIDED, or not a
    /// party). Not even the title may be shown.
    Hidden,
    /// The whole body; `pdf` when the decision released the stored PDF as well (the
    /// caseworker opened it before sharing). Only this view may ever serve a PDF: a PDF
    /// cannot be redacted.
    Full { pdf: bool },
    /// Show the body with `spans` removed (through [`redact`], never client-side), and
    /// why they are hidden.
    Redacted {
        spans: Vec<Redaction>,
        withholding: Withholding,
    },
    /// Title and date only, with why it is withheld.
    TitleOnly(Withholding),
}

impl DocumentView {
    /// The body this view allows to leave the server, already redacted; `None` when
    /// no content may be shown. Use this rather than reading `Document::body` directly.
    pub fn visible_body(&self, body: &RichText) -> Option<RedactedText> {
        match self {
            DocumentView::Full { .. } => Some(redact(body, &[])),
            DocumentView::Redacted { spans, .. } => Some(redact(body, spans)),
            DocumentView::Hidden | DocumentView::TitleOnly(_) => None,
        }
    }

    /// Why (part of) the document is kept from the party, when something is: the
    /// reasons the party is shown, and what an innsyn request from them is about.
    pub fn withholding(&self) -> Option<&Withholding> {
        match self {
            DocumentView::Redacted { withholding, .. } | DocumentView::TitleOnly(withholding) => {
                Some(withholding)
            }
            DocumentView::Hidden | DocumentView::Full { .. } => None,
        }
    }

    /// Whether the party may ask for innsyn: exactly when something listed to them is
    /// kept from them (the whole document, or its hidden parts). A document that does
    /// not exist for them cannot be asked about; a fully shared one has nothing to ask.
    pub fn may_ask_innsyn(&self) -> bool {
        self.is_listed() && self.withholding().is_some()
    }

    /// Whether the document's title and date may be listed.
    pub fn is_listed(&self) -> bool {
        !matches!(self, DocumentView::Hidden)
    }

    /// Whether the stored PDF may be served: only a full share that covered it.
    pub fn serves_pdf(&self) -> bool {
        matches!(self, DocumentView::Full { pdf: true })
    }
}

/// What the viewer of a case already cleared by [`case_access`] sees of `document`
/// (one access check for a whole list). `decision` is the release decision in force
/// for (document, viewer), if any: see [`current_decision`]. A decision for another
/// document or person is ignored.
pub fn document_view_in(
    access: &CaseAccess,
    document: &Document,
    decision: Option<&ReleaseDecision>,
) -> DocumentView {
    if document.case_id != access.case_id {
        return DocumentView::Hidden;
    }
    let Some(decision) =
        decision.filter(|d| d.document_id == document.id && d.person_id == access.viewer_id)
    else {
        return DocumentView::Hidden;
    };
    match decision.state {
        ReleaseState::NotDecided => DocumentView::Hidden,
        ReleaseState::Shared => DocumentView::Full {
            pdf: document.has_pdf && decision.covers_pdf,
        },
        ReleaseState::PartlyShared => DocumentView::Redacted {
            spans: decision.redactions.clone(),
            withholding: Withholding::of(decision),
        },
        ReleaseState::Withheld => DocumentView::TitleOnly(Withholding::of(decision)),
    }
}

/// The decision in force for (document, person): the one with the highest `seq` (the
/// database's order of writing). Never the clock: with two instances or a clock step a
/// correction (SHARED → WITHHELD) stamped "earlier" must still win.
pub fn current_decision<'a>(
    decisions: &'a [ReleaseDecision],
    document_id: &str,
    person_id: &str,
) -> Option<&'a ReleaseDecision> {
    decisions
        .iter()
        .filter(|d| d.document_id == document_id && d.person_id == person_id)
        .max_by_key(|d| d.seq)
}

/// What may be shown about another person (a co-party, the child) to `viewer`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisiblePerson {
    pub id: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    /// `None` when there is none or it is protected.
    pub address: Option<String>,
    /// True when an address exists but is protected: show "skjult adresse", nothing else.
    pub address_protected: bool,
    /// Only the person themselves sees their national id number.
    pub pid: Option<String>,
}

/// Masks `subject` for `viewer`: a protected address is visible only to the person
/// themselves, never to other parties; the national id only to the person themselves.
pub fn mask_person_fields(viewer: &Person, subject: &Person) -> VisiblePerson {
    let is_self = viewer.id == subject.id;
    let address_protected = subject.protected_address && !is_self;
    VisiblePerson {
        id: subject.id.clone(),
        given_name: subject.given_name.clone(),
        family_name: subject.family_name.clone(),
        birth_date: subject.birth_date,
        address: if address_protected {
            None
        } else {
            subject.address.clone()
        },
        address_protected,
        pid: is_self.then(|| subject.pid.clone()),
    }
}

/// Staff see only cases of their own service, and of that only their own unit's. Both
/// are compared here, so no caller can forget the service.
pub fn staff_may_see_case(staff: &StaffCtx, case_unit_id: &str, case_service_id: &str) -> bool {
    staff.service_id == case_service_id && staff.unit_id == case_unit_id
}

/// Proof that [`staff_case_access`] let a staff member into a case. Its field is
/// private: holding one means the check was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffCaseAccess {
    pub(super) case_id: String,
}

/// The staff member's access to case `case_id` of unit `case_unit_id` in service
/// `case_service_id` ([`staff_may_see_case`]), or `None`: answer "not found".
pub fn staff_case_access(
    staff: &StaffCtx,
    case_id: &str,
    case_unit_id: &str,
    case_service_id: &str,
) -> Option<StaffCaseAccess> {
    staff_may_see_case(staff, case_unit_id, case_service_id).then(|| StaffCaseAccess {
        case_id: case_id.to_string(),
    })
}

/// Tests: a proof for `case_id` without a check, to set up or inspect stored rows.
#[cfg(test)]
pub fn unchecked_access_for_tests(case_id: &str) -> StaffCaseAccess {
    StaffCaseAccess {
        case_id: case_id.to_string(),
    }
}

/// Tests: a party's proof for `case_id` without a check (as a mother).
#[cfg(test)]
pub fn unchecked_party_access_for_tests(case_id: &str, viewer_id: &str) -> CaseAccess {
    CaseAccess {
        case_id: case_id.to_string(),
        viewer_id: viewer_id.to_string(),
        bases: vec![AccessBasis::Parent(PartyRole::Mor)],
    }
}

/// Which staff may record a release decision: caseworkers and unit leaders. A role we
/// do not know (`None`: a value in the staff table that is no `StaffRole`) may not;
/// a new role must be placed here before it can decide anything.
pub fn staff_may_decide_release(role: Option<StaffRole>) -> bool {
    match role {
        Some(StaffRole::Saksbehandler | StaffRole::Leder) => true,
        None => false,
    }
}

#[cfg(test)]
#[path = "policy_tests.rs"]
pub(crate) mod tests;
