//! Who may be asked for, see and answer a consent, at the 15th and 18th birthdays.

use super::*;
use crate::access::policy::tests::{case, d, person};
use crate::domain::age::date_turning;
use crate::domain::{PartyRole, Phase};

/// The party row of the policy tests' one case.
fn party(person: &Person, role: PartyRole, to: Option<NaiveDate>) -> Party {
    crate::access::policy::tests::party("case-1", person, role, to)
}

const BIRTH: (i32, u32, u32) = (2010, 5, 20);

fn child() -> Person {
    person("barn", d(BIRTH.0, BIRTH.1, BIRTH.2))
}

fn birthday(years: u32) -> NaiveDate {
    date_turning(child().birth_date, years).expect("date")
}

fn asked(who: &Person, parties: &[Party], today: NaiveDate, c: &Case) -> Result<(), NotAskable> {
    may_be_asked(who, today, c, parties, &child())
}

#[test]
fn the_child_is_asked_from_the_15th_birthday_or_earlier_with_the_nemnds_grant() {
    let kid = child();
    let rows = [party(&kid, PartyRole::Hovedperson, None)];
    let c = case(&kid, Phase::Hjelpetiltak, false);
    let eve = birthday(15).pred_opt().expect("date");
    assert_eq!(asked(&kid, &rows, eve, &c), Err(NotAskable::ChildUnder15));
    assert_eq!(asked(&kid, &rows, birthday(15), &c), Ok(()));
    let granted = case(&kid, Phase::Hjelpetiltak, true);
    assert_eq!(asked(&kid, &rows, eve, &granted), Ok(()));
}

#[test]
fn parents_are_asked_until_the_18th_birthday_and_then_the_young_adult_answers_alone() {
    let kid = child();
    let mother = person("mor", d(1980, 1, 1));
    let rows = [party(&mother, PartyRole::Mor, None)];
    let c = case(&kid, Phase::Hjelpetiltak, false);
    let eve = birthday(18).pred_opt().expect("date");
    assert_eq!(asked(&mother, &rows, eve, &c), Ok(()));
    assert_eq!(
        asked(&mother, &rows, birthday(18), &c),
        Err(NotAskable::ChildIsAdult)
    );
    let ettervern = case(&kid, Phase::Ettervern, false);
    assert_eq!(asked(&kid, &[], birthday(19), &ettervern), Ok(()));
}

#[test]
fn a_party_whose_rights_ended_or_a_stranger_is_not_asked() {
    let kid = child();
    let c = case(&kid, Phase::Hjelpetiltak, false);
    let today = birthday(12);
    let father = person("far", d(1978, 1, 1));
    let ended = [party(&father, PartyRole::Far, Some(birthday(11)))];
    assert_eq!(
        asked(&father, &ended, today, &c),
        Err(NotAskable::NoPartyRights)
    );
    let stranger = person("nabo", d(1970, 1, 1));
    assert_eq!(
        asked(&stranger, &[], today, &c),
        Err(NotAskable::NoPartyRights)
    );
}

#[test]
fn a_help_measure_for_a_youth_asks_the_youth_too() {
    let kid = child();
    let c = case(&kid, Phase::Hjelpetiltak, false);
    let parents_only = [("mor".to_string(), Ok(()))];
    let with_youth = [("mor".to_string(), Ok(())), ("barn".to_string(), Ok(()))];
    let at_16 = birthday(16);
    assert_eq!(
        check_asked(Purpose::ParentGuidance, &parents_only, &c, &kid, at_16),
        Err(AskRefusal::YouthMustBeAsked)
    );
    assert_eq!(
        check_asked(Purpose::ParentGuidance, &with_youth, &c, &kid, at_16),
        Ok(())
    );
    assert_eq!(
        check_asked(Purpose::SchoolExchange, &parents_only, &c, &kid, at_16),
        Ok(()),
        "an exchange of information may ask the parents alone"
    );
    assert_eq!(
        check_asked(
            Purpose::ParentGuidance,
            &parents_only,
            &c,
            &kid,
            birthday(14)
        ),
        Ok(()),
        "under 15 the parents decide"
    );
    assert_eq!(
        check_asked(Purpose::SchoolExchange, &[], &c, &kid, at_16),
        Err(AskRefusal::NobodyAsked)
    );
    let refused = [("far".to_string(), Err(NotAskable::NoPartyRights))];
    assert_eq!(
        check_asked(Purpose::SchoolExchange, &refused, &c, &kid, at_16),
        Err(AskRefusal::NotAskable(
            "far".into(),
            NotAskable::NoPartyRights
        ))
    );
}

#[test]
fn a_consent_is_seen_only_by_the_parties_it_asks_and_only_on_its_own_case() {
    let kid = child();
    let mother = person("mor", d(1980, 1, 1));
    let father = person("far", d(1979, 1, 1));
    let c = case(&kid, Phase::Hjelpetiltak, false);
    let rows = [
        party(&mother, PartyRole::Mor, None),
        party(&father, PartyRole::Far, None),
    ];
    let today = birthday(12);
    let of = |p: &Person| case_access(p, today, &c, &rows, &kid).expect("party");
    let asked = vec!["mor".to_string()];
    let seen = consent_access(&of(&mother), "s-1", "case-1", &asked).expect("asked");
    assert_eq!((seen.consent_id(), seen.party_id()), ("s-1", "mor"));
    assert_eq!(consent_access(&of(&father), "s-1", "case-1", &asked), None);
    assert_eq!(
        consent_access(&of(&mother), "s-1", "case-2", &asked),
        None,
        "a consent of another case"
    );
}
