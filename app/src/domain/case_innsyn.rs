//! Answering a party's request to see the whole case ("documents I have not been told
//! about"). The caseworker decides the documents one by one with release decisions;
//! the answer then tells the party, in words, what came of it. The rules keep that
//! answer true to what the party now sees.

use super::{InnsynEvent, ReleaseState};

/// Why an answer cannot be given as posted; each names its field on the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// No answer chosen (nothing is preselected).
    NoChoice,
    /// "Granted" while a document of the case is still kept from the party in whole or
    /// in part, or not decided for them: they would be told they see it all.
    GrantedWhileKept,
    /// "Partly granted" or "refused" while every document is shared in full.
    KeptWhileAllShared,
    /// A partial grant or a refusal without the reason (fvl. § 24: a refusal gives
    /// its reason).
    ReasonMissing,
    TooLong,
}

impl AnswerRefusal {
    pub const ALL: [AnswerRefusal; 5] = [
        AnswerRefusal::NoChoice,
        AnswerRefusal::GrantedWhileKept,
        AnswerRefusal::KeptWhileAllShared,
        AnswerRefusal::ReasonMissing,
        AnswerRefusal::TooLong,
    ];

    /// The form field the refusal belongs to, and its i18n key.
    pub fn field_and_key(self) -> (&'static str, &'static str) {
        match self {
            AnswerRefusal::NoChoice => ("svar", "case-innsyn-error-choice"),
            AnswerRefusal::GrantedWhileKept => ("svar", "case-innsyn-error-granted-kept"),
            AnswerRefusal::KeptWhileAllShared => ("svar", "case-innsyn-error-all-shared"),
            AnswerRefusal::ReasonMissing => ("begrunnelse", "case-innsyn-error-reason"),
            AnswerRefusal::TooLong => ("begrunnelse", "case-innsyn-error-too-long"),
        }
    }
}

/// An answer as chosen on the form: `GRANTED`, `PARTLY_GRANTED` or `REFUSED`.
pub fn parse_choice(value: &str) -> Option<InnsynEvent> {
    InnsynEvent::parse(value).filter(|e| *e != InnsynEvent::Requested)
}

/// What is wrong with answering `choice` with `text`, when the party's documents stand
/// as `states` (one per document of the case) and the words may be `max` characters;
/// empty when the answer may be given.
pub fn check_answer(
    choice: Option<InnsynEvent>,
    text: &str,
    states: &[ReleaseState],
    max: usize,
) -> Vec<AnswerRefusal> {
    let mut refusals = Vec::new();
    let all_shared = states.iter().all(|s| *s == ReleaseState::Shared);
    match choice {
        None | Some(InnsynEvent::Requested) => refusals.push(AnswerRefusal::NoChoice),
        Some(InnsynEvent::Granted) if !all_shared => refusals.push(AnswerRefusal::GrantedWhileKept),
        Some(InnsynEvent::PartlyGranted | InnsynEvent::Refused) if all_shared => {
            refusals.push(AnswerRefusal::KeptWhileAllShared)
        }
        _ => {}
    }
    let text = text.trim();
    if choice.is_some_and(InnsynEvent::may_be_appealed) && text.is_empty() {
        refusals.push(AnswerRefusal::ReasonMissing);
    }
    if text.chars().count() > max {
        refusals.push(AnswerRefusal::TooLong);
    }
    refusals
}

#[cfg(test)]
mod tests {
    use super::*;
    use InnsynEvent::*;
    use ReleaseState::*;

    const MAX: usize = 5000;

    #[test]
    fn granted_only_when_every_document_is_shared_in_full() {
        let all = [Shared, Shared];
        assert!(check_answer(Some(Granted), "", &all, MAX).is_empty());
        assert!(check_answer(Some(Granted), "", &[], MAX).is_empty());
        for kept in [NotDecided, Withheld, PartlyShared] {
            let states = [Shared, kept];
            assert_eq!(
                check_answer(Some(Granted), "Alt er delt", &states, MAX),
                vec![AnswerRefusal::GrantedWhileKept],
                "{kept:?}"
            );
            assert!(check_answer(Some(Refused), "Grunn", &states, MAX).is_empty());
            assert!(check_answer(Some(PartlyGranted), "Grunn", &states, MAX).is_empty());
        }
    }

    #[test]
    fn a_refusal_needs_its_reason_and_nothing_kept_cannot_be_refused() {
        let kept = [Withheld];
        assert_eq!(
            check_answer(Some(Refused), "  \n ", &kept, MAX),
            vec![AnswerRefusal::ReasonMissing]
        );
        assert_eq!(
            check_answer(Some(PartlyGranted), "", &kept, MAX),
            vec![AnswerRefusal::ReasonMissing]
        );
        assert_eq!(
            check_answer(Some(Refused), "Grunn", &[Shared], MAX),
            vec![AnswerRefusal::KeptWhileAllShared]
        );
        assert_eq!(
            check_answer(None, "", &kept, MAX),
            vec![AnswerRefusal::NoChoice]
        );
        let long = "x".repeat(MAX + 1);
        assert_eq!(
            check_answer(Some(Refused), &long, &kept, MAX),
            vec![AnswerRefusal::TooLong]
        );
        assert!(check_answer(Some(Refused), &"x".repeat(MAX), &kept, MAX).is_empty());
    }

    #[test]
    fn only_an_answer_can_be_chosen() {
        assert_eq!(parse_choice("GRANTED"), Some(Granted));
        assert_eq!(parse_choice("PARTLY_GRANTED"), Some(PartlyGranted));
        assert_eq!(parse_choice("REFUSED"), Some(Refused));
        assert_eq!(parse_choice("REQUESTED"), None);
        assert_eq!(parse_choice(""), None);
    }
}
