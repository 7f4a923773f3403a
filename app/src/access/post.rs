//! Who sees a thread of digital post: the party it is with, while the case policy lets
//! them see the case, and the staff of the case's unit. Never another party: a thread
//! is private between one party and the service (parents may be in conflict).

use super::policy::CaseAccess;

/// Proof that the viewer is the party of one thread of a case they may see. Only made
/// by [`party_thread_access`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThreadAccess {
    thread_id: String,
}

impl ThreadAccess {
    pub fn thread_id(&self) -> &str {
        &self.thread_id
    }
}

/// Whether the holder of `case` may see thread `thread_id` of case `thread_case_id`
/// with party `thread_person_id`.
pub fn party_thread_access(
    case: &CaseAccess,
    thread_id: &str,
    thread_case_id: &str,
    thread_person_id: &str,
) -> Option<ThreadAccess> {
    (case.case_id() == thread_case_id && case.viewer_id() == thread_person_id).then(|| {
        ThreadAccess {
            thread_id: thread_id.to_string(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::policy::unchecked_party_access_for_tests as access;

    #[test]
    fn a_thread_is_the_party_s_own_and_of_its_own_case() {
        let mother = access("case-1", "mor");
        assert!(party_thread_access(&mother, "t1", "case-1", "mor").is_some());
        assert_eq!(
            party_thread_access(&mother, "t1", "case-1", "far"),
            None,
            "the father's thread"
        );
        assert_eq!(
            party_thread_access(&mother, "t1", "case-2", "mor"),
            None,
            "her thread in another case, asked through this one"
        );
    }
}
