//! The append-only audit log: every read and every decision, with who, what and why.
//! The database refuses updates and deletes (see the migrations' triggers).

use crate::store::{now_unix, Db};

#[cfg(test)]
pub mod testing;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor<'a> {
    Citizen(&'a str),
    Staff(&'a str),
    System,
}

impl Actor<'_> {
    fn kind(&self) -> &'static str {
        match self {
            Actor::Citizen(_) => "citizen",
            Actor::Staff(_) => "staff",
            Actor::System => "system",
        }
    }
    fn id(&self) -> Option<&str> {
        match self {
            Actor::Citizen(id) | Actor::Staff(id) => Some(id),
            Actor::System => None,
        }
    }
}

/// What an entry records. The stored names are stable: the access log and exports
/// read them back ([`Action::parse`]), so a new action gets a new name, never an old one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Login,
    Logout,
    /// A party's "Mine saker" listed the case.
    CaseList,
    CaseView,
    /// A former party was told that their access to the case ended.
    CaseEndedNotice,
    DocumentList,
    DocumentRead,
    DocumentPdf,
    InnsynRequest,
    StaffCaseList,
    StaffCaseView,
    StaffQueueView,
    StaffDocumentView,
    StaffDocumentPdf,
    StaffDecision,
    StaffInnsynList,
    /// A caseworker looked at a page as a party would see it.
    StaffPreview,
    ImportPerson,
    ImportCase,
    ImportParty,
    ImportMilestone,
    ImportDocument,
}

impl Action {
    pub const ALL: [Action; 22] = [
        Action::Login,
        Action::Logout,
        Action::CaseList,
        Action::CaseView,
        Action::CaseEndedNotice,
        Action::DocumentList,
        Action::DocumentRead,
        Action::DocumentPdf,
        Action::InnsynRequest,
        Action::StaffCaseList,
        Action::StaffCaseView,
        Action::StaffQueueView,
        Action::StaffDocumentView,
        Action::StaffDocumentPdf,
        Action::StaffDecision,
        Action::StaffInnsynList,
        Action::StaffPreview,
        Action::ImportPerson,
        Action::ImportCase,
        Action::ImportParty,
        Action::ImportMilestone,
        Action::ImportDocument,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Login => "login",
            Action::Logout => "logout",
            Action::CaseList => "case.list",
            Action::CaseView => "case.view",
            Action::CaseEndedNotice => "case.ended_notice",
            Action::DocumentList => "document.list",
            Action::DocumentRead => "document.read",
            Action::DocumentPdf => "document.pdf",
            Action::InnsynRequest => "citizen.innsyn.request",
            Action::StaffCaseList => "staff.case.list",
            Action::StaffCaseView => "staff.case.view",
            Action::StaffQueueView => "staff.queue.view",
            Action::StaffDocumentView => "staff.document.view",
            Action::StaffDocumentPdf => "staff.document.pdf",
            Action::StaffDecision => "staff.decision",
            Action::StaffInnsynList => "staff.innsyn.list",
            Action::StaffPreview => "staff.preview",
            Action::ImportPerson => "import.person.put",
            Action::ImportCase => "import.case.put",
            Action::ImportParty => "import.party.put",
            Action::ImportMilestone => "import.milestone.put",
            Action::ImportDocument => "import.document.put",
        }
    }

    pub fn parse(s: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One audit entry. `reason` says why access was given (role or legal basis).
#[derive(Clone, Debug)]
pub struct Entry<'a> {
    pub action: Action,
    pub case_id: Option<&'a str>,
    pub document_id: Option<&'a str>,
    pub subject_person_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

pub async fn record(db: &Db, actor: Actor<'_>, entry: Entry<'_>) -> Result<(), sqlx::Error> {
    record_with(&db.pool, actor, entry).await
}

/// [`record`] on a given connection, so an entry can share the transaction of the
/// change it describes (both are written, or neither).
pub async fn record_with<'e, E>(
    executor: E,
    actor: Actor<'_>,
    entry: Entry<'_>,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    sqlx::query(
        "INSERT INTO audit_log (at, actor_kind, actor_id, action, case_id, document_id, \
         subject_person_id, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(now_unix())
    .bind(actor.kind())
    .bind(actor.id())
    .bind(entry.action.as_str())
    .bind(entry.case_id)
    .bind(entry.document_id)
    .bind(entry.subject_person_id)
    .bind(entry.reason)
    .execute(executor)
    .await?;
    Ok(())
}

/// Writes a staff read to the audit log.
pub async fn staff_read(
    db: &Db,
    ctx: &crate::access::StaffCtx,
    action: Action,
    case_id: Option<&str>,
    document_id: Option<&str>,
) -> Result<(), sqlx::Error> {
    let reason = format!("tjeneste:{};enhet:{}", ctx.service_id, ctx.unit_id);
    let entry = Entry {
        action,
        case_id,
        document_id,
        subject_person_id: None,
        reason: Some(&reason),
    };
    record(db, Actor::Staff(&ctx.staff_id), entry).await
}

#[cfg(test)]
mod tests {
    use super::Action;
    use std::collections::HashSet;

    #[test]
    fn every_action_has_its_own_stored_name_and_reads_back() {
        let names: HashSet<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len(), "two actions share a name");
        for a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(a));
        }
        assert_eq!(Action::parse("staff.delete"), None);
    }
}
