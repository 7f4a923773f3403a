//! Which audit entries a party is shown on "who has looked at my case": what the
//! service and the case system did in their case, never what it would tell them about
//! a document they may not see or about another party.

use super::policy::{CaseAccess, DocumentView};
use crate::domain::audit::Action;
use std::collections::BTreeSet;

/// The actions a party's access log lists: staff opening the case or its documents,
/// deciding or previewing, and the case system delivering them. Lists (the unit's
/// case list, the queue) name no single case; the party's own reads are theirs.
pub const SHOWN_ACTIONS: &[Action] = &[
    Action::StaffCaseView,
    Action::StaffDocumentView,
    Action::StaffDocumentPdf,
    Action::StaffDecision,
    Action::StaffPreview,
    Action::ImportCase,
    Action::ImportDocument,
    Action::StaffConsentView,
    Action::StaffConsentCreate,
    Action::StaffConsentChange,
    Action::StaffPostRead,
    Action::StaffPostAttachment,
    Action::StaffCaseInnsynView,
    Action::StaffCaseInnsynAnswer,
    Action::StaffMinutesView,
    Action::StaffMinutesOpen,
    Action::StaffMinutesAnswer,
];

/// Actions about one party (a decision for them, a preview as them, a consent asked of
/// them: one entry per party asked): shown only to that party. Another parent must not
/// learn what was decided or looked at for them, nor that they were asked.
pub const ABOUT_ONE_PARTY: &[Action] = &[
    Action::StaffDecision,
    Action::StaffPreview,
    Action::StaffConsentView,
    Action::StaffConsentCreate,
    Action::StaffConsentChange,
    Action::StaffPostRead,
    Action::StaffPostAttachment,
    Action::StaffCaseInnsynView,
    Action::StaffCaseInnsynAnswer,
    Action::StaffMinutesAnswer,
];

/// What the rule needs to know of one entry.
#[derive(Clone, Copy, Debug)]
pub struct LoggedAct<'a> {
    /// Staff or the case system, not a citizen.
    pub by_service: bool,
    pub case_id: Option<&'a str>,
    pub action: Action,
    pub document_id: Option<&'a str>,
    pub subject_person_id: Option<&'a str>,
}

/// The entries one party may see in the log of one of their cases: built only from
/// a [`CaseAccess`] (they may see the case) and the policy's view of each document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccessLogScope {
    case_id: String,
    viewer_id: String,
    released: BTreeSet<String>,
}

/// The scope of `access`'s viewer: entries about the case itself and about the
/// documents released to them, fully or in part. A withheld or undecided document's
/// entries stay out (its title, or that it exists, must not come through the log).
pub fn access_log_scope<'d>(
    access: &CaseAccess,
    views: impl IntoIterator<Item = (&'d str, &'d DocumentView)>,
) -> AccessLogScope {
    let released = views
        .into_iter()
        .filter(|(_, v)| matches!(v, DocumentView::Full { .. } | DocumentView::Redacted { .. }))
        .map(|(id, _)| id.to_string())
        .collect();
    AccessLogScope {
        case_id: access.case_id().to_string(),
        viewer_id: access.viewer_id().to_string(),
        released,
    }
}

impl AccessLogScope {
    pub fn case_id(&self) -> &str {
        &self.case_id
    }

    pub fn viewer_id(&self) -> &str {
        &self.viewer_id
    }

    /// The documents whose entries are shown.
    pub fn released(&self) -> &BTreeSet<String> {
        &self.released
    }

    /// The rule itself; the store's query implements it in SQL, and a test holds the
    /// two to each other.
    pub fn shows(&self, e: &LoggedAct<'_>) -> bool {
        e.by_service
            && e.case_id == Some(self.case_id.as_str())
            && SHOWN_ACTIONS.contains(&e.action)
            && e.document_id.is_none_or(|d| self.released.contains(d))
            && (!ABOUT_ONE_PARTY.contains(&e.action)
                || e.subject_person_id == Some(self.viewer_id.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::policy::{unchecked_party_access_for_tests, Withholding};

    fn scope() -> AccessLogScope {
        let access = unchecked_party_access_for_tests("case-1", "mother");
        let why = Withholding {
            grounds_code: None,
            justification: None,
            merinnsyn_considered: false,
        };
        let full = DocumentView::Full { pdf: false };
        let redacted = DocumentView::Redacted {
            spans: Vec::new(),
            withholding: why.clone(),
        };
        let withheld = DocumentView::TitleOnly(why);
        let hidden = DocumentView::Hidden;
        access_log_scope(
            &access,
            [
                ("shared", &full),
                ("partly", &redacted),
                ("withheld", &withheld),
                ("undecided", &hidden),
            ],
        )
    }

    fn act<'a>(
        action: Action,
        document: Option<&'a str>,
        subject: Option<&'a str>,
    ) -> LoggedAct<'a> {
        LoggedAct {
            by_service: true,
            case_id: Some("case-1"),
            action,
            document_id: document,
            subject_person_id: subject,
        }
    }

    #[test]
    fn a_party_sees_the_service_open_the_case_and_the_documents_released_to_them() {
        let s = scope();
        assert!(s.shows(&act(Action::StaffCaseView, None, None)));
        assert!(s.shows(&act(Action::StaffDocumentView, Some("shared"), None)));
        assert!(s.shows(&act(Action::StaffDocumentPdf, Some("partly"), None)));
        assert!(s.shows(&act(Action::ImportDocument, Some("shared"), None)));
        assert!(s.shows(&act(Action::StaffDecision, Some("shared"), Some("mother"))));
        assert!(s.shows(&act(Action::StaffPreview, None, Some("mother"))));
    }

    #[test]
    fn nothing_about_a_withheld_or_undecided_document_another_party_or_case() {
        let s = scope();
        for doc in ["withheld", "undecided", "unknown"] {
            for a in SHOWN_ACTIONS {
                assert!(
                    !s.shows(&act(*a, Some(doc), Some("mother"))),
                    "{a} on {doc}"
                );
            }
        }
        // A decision for, or a preview as, the father is not the mother's to see.
        assert!(!s.shows(&act(Action::StaffDecision, Some("shared"), Some("father"))));
        assert!(!s.shows(&act(Action::StaffPreview, None, Some("father"))));
        assert!(!s.shows(&act(Action::StaffPreview, None, None)));
        // Another case, a citizen's own read, a list of no single case.
        let mut other = act(Action::StaffCaseView, None, None);
        other.case_id = Some("case-2");
        assert!(!s.shows(&other));
        let mut citizen = act(Action::DocumentRead, Some("shared"), Some("father"));
        citizen.by_service = false;
        assert!(!s.shows(&citizen));
        assert!(!s.shows(&act(Action::CaseView, None, Some("mother"))));
        assert!(!s.shows(&act(Action::StaffCaseList, None, None)));
    }
}
