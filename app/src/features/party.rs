//! A party's access to one case, loaded and audited: the base the party-facing features
//! (reading, consents) build on. Loads what the policy needs, asks it, and writes a
//! party's (or a staff preview's) read to the audit log.

use crate::access::policy::{case_access, AccessBasis, CaseAccess};
use crate::audit::{self, Action, Actor, Entry, Reason};
use crate::domain::{Case, Person};
use crate::store::memo::{self, PartyRows};
use crate::store::Db;
use chrono::NaiveDate;

/// A case the viewer may see, with the proof of that and the rows it rests on.
pub struct VisibleCase {
    pub case: Case,
    pub access: CaseAccess,
    pub main_person: Person,
}

/// The audit reason for a read: the basis the policy gave.
pub fn basis_reason(access: &CaseAccess) -> String {
    access
        .bases()
        .iter()
        .map(|b| match b {
            AccessBasis::Parent(role) => format!("part:{}", role.as_str()),
            AccessBasis::ChildFrom15 => "hovedperson:15+".to_string(),
            AccessBasis::ChildByNemndGrant => "hovedperson:nemnd".to_string(),
            AccessBasis::YoungAdultInEttervern => "hovedperson:ettervern".to_string(),
            AccessBasis::AdultOwnCase => "hovedperson:voksen".to_string(),
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// One case the viewer of `rows` may see, found by id; `None` looks exactly like "no
/// such case". Any case the policy could open is among the candidates.
pub fn visible_case(rows: &PartyRows, case_id: &str, today: NaiveDate) -> Option<VisibleCase> {
    let (case, main_person) = rows.candidates.iter().find(|(c, _)| c.id == case_id)?;
    case_access(&rows.viewer, today, case, &rows.parties, main_person).map(|access| VisibleCase {
        case: case.clone(),
        access,
        main_person: main_person.clone(),
    })
}

/// The case `case_id` as `person_id` may see it today, or `None` (also for an unknown
/// person): exactly like "no such case".
pub async fn visible_case_of(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<VisibleCase>, sqlx::Error> {
    Ok(memo::party_rows(db, person_id)
        .await?
        .and_then(|rows| visible_case(&rows, case_id, today)))
}

/// Who is reading a party's view. The same read functions (and so the same policy)
/// serve the party and a caseworker's "preview as": only the audit trail and the
/// "read" markers differ.
#[derive(Clone, Copy, Debug)]
pub enum Reader<'a> {
    /// The party themselves: audited as their read, documents are marked read.
    Party(&'a str),
    /// A staff member previewing what `person_id` sees: audited as the staff member's
    /// `Action::StaffPreview`, and nothing is marked read (the party has not read it).
    StaffPreview {
        person_id: &'a str,
        staff: &'a crate::access::StaffCtx,
    },
}

impl<'a> Reader<'a> {
    /// The party whose view is rendered.
    pub fn person_id(&self) -> &'a str {
        match self {
            Reader::Party(id) => id,
            Reader::StaffPreview { person_id, .. } => person_id,
        }
    }

    /// Whether reading should mark documents as read by the party.
    pub fn marks_read(&self) -> bool {
        matches!(self, Reader::Party(_))
    }
}

/// Writes a read of a case or document to the audit log: a party's read with the
/// policy's basis as the reason, a staff preview with the staff member as actor and
/// the previewed party as subject.
pub async fn audit_read(
    via: audit::Via<'_>,
    reader: Reader<'_>,
    v: &VisibleCase,
    action: Action,
    document_id: Option<&str>,
    detail: Option<&str>,
) -> Result<(), sqlx::Error> {
    let mut reason = basis_reason(&v.access);
    if let Some(d) = detail {
        reason = format!("{reason};{d}");
    }
    match reader {
        Reader::Party(_) => {
            let entry = Entry {
                action,
                why: Reason::Party,
                case_id: Some(&v.case.id),
                document_id,
                subject_person_id: Some(v.access.viewer_id()),
                reason: Some(&reason),
            };
            audit::record_via(via, Actor::Citizen(v.access.viewer_id()), entry).await
        }
        Reader::StaffPreview { staff, .. } => {
            let reason = format!("{reason};{action};{}", audit::staff_scope(staff));
            let entry = Entry {
                action: Action::StaffPreview,
                why: Reason::PreviewAsParty,
                case_id: Some(&v.case.id),
                document_id,
                subject_person_id: Some(v.access.viewer_id()),
                reason: Some(&reason),
            };
            audit::record_via(via, Actor::Staff(&staff.staff_id), entry).await
        }
    }
}
