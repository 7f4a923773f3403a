//! Who takes part in minutes for comment: a party comments on minutes they can read
//! (shared with them in full or in part) and sees only their own requests and the
//! answers to them; never another party's (parents may be in conflict, and a request
//! quotes what its party was shown). The service sees them all.

use super::policy::{CaseAccess, DocumentView};
use crate::domain::{DocType, ReleaseState};

/// The party may read the minutes, and so comment on them while they are open.
pub fn party_may_comment(doc_type: DocType, view: &DocumentView) -> bool {
    doc_type == DocType::Motereferat
        && matches!(
            view,
            DocumentView::Full { .. } | DocumentView::Redacted { .. }
        )
}

/// Whose requests the holder of `access` is shown: their own.
pub fn comments_shown_to(access: &CaseAccess) -> &str {
    access.viewer_id()
}

/// A party the service counts as able to comment: the minutes are shared with them.
pub fn shared_for_comment(state: ReleaseState) -> bool {
    matches!(state, ReleaseState::Shared | ReleaseState::PartlyShared)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::policy::unchecked_party_access_for_tests as access;

    #[test]
    fn a_party_sees_their_own_requests_only() {
        assert_eq!(comments_shown_to(&access("case-1", "mor")), "mor");
    }

    #[test]
    fn only_readable_minutes_take_comments() {
        let full = DocumentView::Full { pdf: false };
        assert!(party_may_comment(DocType::Motereferat, &full));
        assert!(!party_may_comment(DocType::Vedtak, &full));
        assert!(!party_may_comment(
            DocType::Motereferat,
            &DocumentView::Hidden
        ));
        assert!(shared_for_comment(ReleaseState::Shared));
        assert!(shared_for_comment(ReleaseState::PartlyShared));
        assert!(!shared_for_comment(ReleaseState::Withheld));
        assert!(!shared_for_comment(ReleaseState::NotDecided));
    }
}
