//! The audit log's vocabulary: what an entry records and why it was allowed, as
//! stable stored names (written by `audit`, read back by the access log and exports).

use serde::{Deserialize, Serialize};

super::model::db_enum!(
    /// What an entry records. The stored names are stable: the access log and exports
    /// read them back, so a new action gets a new name, never an old one.
    Action {
        Login => "login",
        Logout => "logout",
        /// A party's "Mine saker" listed the case.
        CaseList => "case.list",
        CaseView => "case.view",
        /// A former party was told that their access to the case ended.
        CaseEndedNotice => "case.ended_notice",
        DocumentList => "document.list",
        DocumentRead => "document.read",
        DocumentPdf => "document.pdf",
        /// A party looked at who has opened their case.
        AccessLogView => "case.access_log",
        InnsynRequest => "citizen.innsyn.request",
        /// A party opened their request to see the whole case.
        CaseInnsynView => "case.innsyn.view",
        /// A party asked to see the whole case.
        CaseInnsynRequest => "citizen.case_innsyn.request",
        /// A party opened a møtereferat's page for comments.
        MinutesView => "minutes.view",
        /// A party asked for a correction to a møtereferat.
        MinutesComment => "citizen.minutes.comment",
        /// A party opened a consent that asks them.
        ConsentView => "consent.view",
        /// A party answered or withdrew a consent.
        ConsentAnswer => "citizen.consent.answer",
        /// A party listed their threads of digital post in a case.
        PostList => "post.list",
        PostRead => "post.read",
        PostSend => "citizen.post.send",
        /// A party downloaded a file sent in one of their threads.
        PostAttachment => "post.attachment",
        StaffCaseList => "staff.case.list",
        StaffCaseView => "staff.case.view",
        StaffQueueView => "staff.queue.view",
        StaffDocumentView => "staff.document.view",
        StaffDocumentPdf => "staff.document.pdf",
        StaffDecision => "staff.decision",
        StaffInnsynList => "staff.innsyn.list",
        /// Staff opened a party's request to see the whole case.
        StaffCaseInnsynView => "staff.case_innsyn.view",
        /// Staff answered a party's request to see the whole case.
        StaffCaseInnsynAnswer => "staff.case_innsyn.answer",
        /// Staff opened the comments on a møtereferat.
        StaffMinutesView => "staff.minutes.view",
        /// Staff opened a møtereferat for comments, or moved its deadline.
        StaffMinutesOpen => "staff.minutes.open",
        /// Staff answered a party's request for a correction.
        StaffMinutesAnswer => "staff.minutes.answer",
        /// Staff listed consents (of a case, or of the unit).
        StaffConsentList => "staff.consent.list",
        StaffConsentView => "staff.consent.view",
        StaffConsentCreate => "staff.consent.create",
        /// Staff changed a consent: its dates, a cancellation, an answer given on paper.
        StaffConsentChange => "staff.consent.change",
        StaffPostInbox => "staff.post.inbox",
        /// Staff opened a thread (the party's messages count as read by them).
        StaffPostRead => "staff.post.read",
        StaffPostSend => "staff.post.send",
        /// Staff downloaded a file sent in a thread.
        StaffPostAttachment => "staff.post.attachment",
        /// Staff took a thread or marked it handled.
        StaffPostChange => "staff.post.change",
        /// A caseworker looked at a page as a party would see it.
        StaffPreview => "staff.preview",
        ImportPerson => "import.person.put",
        ImportCase => "import.case.put",
        ImportParty => "import.party.put",
        ImportMilestone => "import.milestone.put",
        ImportDocument => "import.document.put",
        ImportConsent => "import.consent.put",
    }
);

super::model::db_enum!(
    /// Why the actor was allowed what an entry records, as it stood at the time (a
    /// caseworker may change later). Stored by name, stable like the actions; a party's
    /// access log says it in words.
    Reason {
        /// The person's own right as a party to the case.
        Party => "party",
        /// Logging in to or out of one's own session.
        OwnSession => "own_session",
        /// The case's own caseworker.
        OwnCaseworker => "own_caseworker",
        /// A leader of the unit that has the case.
        UnitLeader => "unit_leader",
        /// Another member of the unit that has the case.
        UnitStaff => "unit_staff",
        /// A release decision on what a party gets to see.
        ReleaseDecision => "release_decision",
        /// A look at a page as the party sees it, before or after a decision.
        PreviewAsParty => "preview_as_party",
        /// The case system delivered it (the import API).
        Import => "import",
    }
);

#[cfg(test)]
mod tests {
    use super::{Action, Reason};
    use std::collections::HashSet;

    #[test]
    fn every_action_and_reason_has_its_own_stored_name_and_reads_back() {
        let names: HashSet<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(names.len(), Action::ALL.len(), "two actions share a name");
        for a in Action::ALL {
            assert_eq!(Action::parse(a.as_str()), Some(*a));
        }
        assert_eq!(Action::parse("staff.delete"), None);
        let names: HashSet<&str> = Reason::ALL.iter().map(|r| r.as_str()).collect();
        assert_eq!(names.len(), Reason::ALL.len(), "two reasons share a name");
        for r in Reason::ALL {
            assert_eq!(Reason::parse(r.as_str()), Some(*r));
        }
    }
}
