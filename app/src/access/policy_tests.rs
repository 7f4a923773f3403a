//! Tests of the access policy: one per rule and edge, then properties.

use super::*;
use crate::domain::age::date_turning;
use crate::domain::rich_text::{Block, BlockKind};
use proptest::prelude::*;

/// What `viewer` sees of `document`, case access checked first, as every feature does
/// (`case_access`, then `document_view_in`).
fn document_view(
    viewer: &Person,
    today: NaiveDate,
    case: &Case,
    viewer_parties: &[Party],
    main_person: &Person,
    document: &Document,
    decision: Option<&ReleaseDecision>,
) -> DocumentView {
    match case_access(viewer, today, case, viewer_parties, main_person) {
        Some(access) => document_view_in(&access, document, decision),
        None => DocumentView::Hidden,
    }
}

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

const TODAY: (i32, u32, u32) = (2025, 6, 15);

fn today() -> NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

pub(crate) fn person(id: &str, birth: NaiveDate) -> Person {
    Person {
        id: id.into(),
        pid: format!("pid-{id}"),
        given_name: id.into(),
        family_name: "Test".into(),
        birth_date: birth,
        address: Some(format!("Gate 1, {id}")),
        protected_address: false,
        reserved_digital: false,
    }
}

pub(crate) fn case(main: &Person, phase: Phase, grant: bool) -> Case {
    Case {
        id: "case-1".into(),
        service_id: "svc".into(),
        unit_id: "unit".into(),
        main_person_id: main.id.clone(),
        phase,
        caseworker_id: None,
        opened_on: d(2015, 1, 1),
        closed_on: None,
        nemnd_party_grant: grant,
        moved: None,
    }
}

pub(crate) fn party(
    case_id: &str,
    person: &Person,
    role: PartyRole,
    to: Option<NaiveDate>,
) -> Party {
    Party {
        id: format!("party-{}-{}", person.id, role),
        case_id: case_id.into(),
        person_id: person.id.clone(),
        role,
        valid_from: d(2015, 1, 1),
        valid_to: to,
    }
}

fn document(case_id: &str) -> Document {
    Document {
        id: "doc-1".into(),
        case_id: case_id.into(),
        doc_type: DocType::Vedtak,
        title: "Vedtak".into(),
        doc_date: d(2025, 1, 1),
        body: vec![Block::new(BlockKind::Paragraph, "hemmelig tekst")],
        has_pdf: false,
        appeal_deadline: None,
        supersedes_id: None,
        created_at: 0,
    }
}

use crate::domain::model::DocType;

fn decision(doc: &Document, who: &Person, state: ReleaseState) -> ReleaseDecision {
    ReleaseDecision {
        seq: 1,
        document_id: doc.id.clone(),
        person_id: who.id.clone(),
        state,
        // What the decision flow requires of both: a ground, a justification written
        // for this party, merinnsyn considered.
        grounds_code: keeps_something(state).then(|| "FVL-19-2A".to_string()),
        justification: keeps_something(state).then(|| format!("Helse, skrevet til {}", who.id)),
        merinnsyn_considered: keeps_something(state),
        redactions: if state == ReleaseState::PartlyShared {
            vec![Redaction {
                block: 0,
                start: 0,
                end: 8,
            }]
        } else {
            vec![]
        },
        covers_pdf: false,
        reason: None,
        decided_by: "staff".into(),
        decided_at: 1,
    }
}

fn keeps_something(state: ReleaseState) -> bool {
    matches!(state, ReleaseState::Withheld | ReleaseState::PartlyShared)
}

/// A child born so that `today` is `days_from_15th` days after the 15th birthday.
fn child_relative_to_15(days_from_15th: i64) -> Person {
    let birth = d(TODAY.0 - 15, TODAY.1, TODAY.2) - chrono::Duration::days(days_from_15th);
    person("child", birth)
}

fn access(viewer: &Person, c: &Case, parties: &[Party], main: &Person) -> Option<CaseAccess> {
    case_access(viewer, today(), c, parties, main)
}

// ---- parents and guardians ----

#[test]
fn parent_with_open_row_is_a_party() {
    let child = person("child", d(2015, 3, 3));
    let mor = person("mor", d(1985, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    let a = access(&mor, &c, &rows, &child).expect("mother is a party");
    assert_eq!(a.bases(), &[AccessBasis::Parent(PartyRole::Mor)]);
    assert!(!a.is_main_person());
}

#[test]
fn every_parent_role_and_verge_gives_access() {
    let child = person("child", d(2015, 3, 3));
    let adult = person("adult", d(1980, 1, 1));
    let c = case(&child, Phase::Omsorgstiltak, false);
    for role in [
        PartyRole::Mor,
        PartyRole::Far,
        PartyRole::Medmor,
        PartyRole::Medfar,
        PartyRole::Verge,
    ] {
        let rows = [party(&c.id, &adult, role, None)];
        assert!(access(&adult, &c, &rows, &child).is_some(), "{role}");
    }
}

#[test]
fn party_row_ending_yesterday_gives_nothing_ending_today_still_counts() {
    let child = person("child", d(2015, 3, 3));
    let far = person("far", d(1980, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let yesterday = today() - chrono::Duration::days(1);
    let ended = [party(&c.id, &far, PartyRole::Far, Some(yesterday))];
    assert_eq!(access(&far, &c, &ended, &child), None);
    let ends_today = [party(&c.id, &far, PartyRole::Far, Some(today()))];
    assert!(access(&far, &c, &ends_today, &child).is_some());
}

#[test]
fn party_row_starting_tomorrow_gives_nothing_yet() {
    let child = person("child", d(2015, 3, 3));
    let far = person("far", d(1980, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let mut row = party(&c.id, &far, PartyRole::Far, None);
    row.valid_from = today() + chrono::Duration::days(1);
    assert_eq!(access(&far, &c, &[row.clone()], &child), None);
    row.valid_from = today();
    assert!(access(&far, &c, &[row], &child).is_some());
}

#[test]
fn party_row_on_another_case_or_for_another_person_is_ignored() {
    let child = person("child", d(2015, 3, 3));
    let mor = person("mor", d(1985, 1, 1));
    let stranger = person("stranger", d(1985, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let other_case = [party("case-2", &mor, PartyRole::Mor, None)];
    assert_eq!(access(&mor, &c, &other_case, &child), None);
    let someone_elses = [party(&c.id, &mor, PartyRole::Mor, None)];
    assert_eq!(access(&stranger, &c, &someone_elses, &child), None);
}

#[test]
fn parent_stays_a_party_of_a_closed_case() {
    let child = person("child", d(2010, 3, 3));
    let mor = person("mor", d(1985, 1, 1));
    let c = case(&child, Phase::Avsluttet, false);
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    assert!(access(&mor, &c, &rows, &child).is_some());
}

#[test]
fn parents_and_guardian_lose_access_on_the_childs_18th_birthday_whatever_the_rows_say() {
    let eighteenth = today();
    let child = person("child", d(TODAY.0 - 18, TODAY.1, TODAY.2));
    let adult = person("adult", d(1980, 1, 1));
    for phase in [Phase::Hjelpetiltak, Phase::Ettervern, Phase::Avsluttet] {
        let c = case(&child, phase, false);
        for role in [PartyRole::Mor, PartyRole::Far, PartyRole::Verge] {
            let rows = [party(&c.id, &adult, role, None)];
            let the_day_before = eighteenth - chrono::Duration::days(1);
            assert!(
                case_access(&adult, the_day_before, &c, &rows, &child).is_some(),
                "{role} in {phase} the day before"
            );
            assert_eq!(
                case_access(&adult, eighteenth, &c, &rows, &child),
                None,
                "{role} in {phase} on the 18th birthday"
            );
        }
    }
    // The young adult keeps their own access.
    let c = case(&child, Phase::Ettervern, false);
    assert!(access(&child, &c, &[], &child).is_some());
}

#[test]
fn parent_rights_need_the_real_main_person() {
    // A wrong main_person argument cannot make an adult's case look like a child's.
    let adult_child = person("adult-child", d(1995, 2, 2));
    let young = person("young", d(2020, 1, 1));
    let mor = person("mor", d(1970, 1, 1));
    let c = case(&adult_child, Phase::Avsluttet, false);
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    assert_eq!(access(&mor, &c, &rows, &young), None);
    assert_eq!(access(&mor, &c, &rows, &adult_child), None);
}

// ---- the main person and age ----

#[test]
fn child_under_15_without_grant_sees_nothing_even_with_a_row() {
    let child = child_relative_to_15(-1); // the day before the 15th birthday
    let c = case(&child, Phase::Hjelpetiltak, false);
    let rows = [party(&c.id, &child, PartyRole::Hovedperson, None)];
    assert_eq!(access(&child, &c, &rows, &child), None);
    let doc = document(&c.id);
    let dec = decision(&doc, &child, ReleaseState::Shared);
    assert_eq!(
        document_view(&child, today(), &c, &rows, &child, &doc, Some(&dec)),
        DocumentView::Hidden
    );
}

#[test]
fn child_becomes_a_party_on_the_15th_birthday() {
    let child = child_relative_to_15(0);
    let c = case(&child, Phase::Hjelpetiltak, false);
    let a = access(&child, &c, &[], &child).expect("party from 15");
    assert_eq!(a.bases(), &[AccessBasis::ChildFrom15]);
    assert!(a.is_main_person());
}

#[test]
fn leap_day_child_becomes_a_party_on_first_of_march() {
    let child = person("child", d(2008, 2, 29));
    let c = case(&child, Phase::Hjelpetiltak, false);
    assert_eq!(date_turning(child.birth_date, 15), Some(d(2023, 3, 1)));
    assert_eq!(case_access(&child, d(2023, 2, 28), &c, &[], &child), None);
    assert!(case_access(&child, d(2023, 3, 1), &c, &[], &child).is_some());
}

#[test]
fn nemnd_grant_makes_a_younger_child_a_party() {
    let child = person("child", d(2014, 8, 1)); // 10 years old
    let c = case(&child, Phase::Omsorgstiltak, true);
    let a = access(&child, &c, &[], &child).expect("granted by the nemnd");
    assert_eq!(a.bases(), &[AccessBasis::ChildByNemndGrant]);
}

#[test]
fn young_adult_in_ettervern_is_a_party() {
    let youth = person("youth", d(2006, 1, 1)); // 19
    let c = case(&youth, Phase::Ettervern, false);
    let a = access(&youth, &c, &[], &youth).expect("ettervern");
    assert_eq!(a.bases(), &[AccessBasis::YoungAdultInEttervern]);
}

#[test]
fn on_the_25th_birthday_ettervern_still_applies_and_after_it_innsyn_remains() {
    let birth = d(TODAY.0 - 25, TODAY.1, TODAY.2);
    let youth = person("youth", birth);
    let c = case(&youth, Phase::Ettervern, false);
    let a = access(&youth, &c, &[], &youth).expect("25 today");
    assert_eq!(a.bases(), &[AccessBasis::YoungAdultInEttervern]);
    let older = person("youth", birth - chrono::Duration::days(366));
    let a = access(&older, &c, &[], &older).expect("innsyn outlives measures");
    assert_eq!(a.bases(), &[AccessBasis::AdultOwnCase]);
}

#[test]
fn adult_reads_closed_case_from_childhood_whatever_the_rows_say() {
    let adult = person("adult", d(1995, 2, 2)); // 30
    let c = case(&adult, Phase::Avsluttet, false);
    let ended_row = [party(
        &c.id,
        &adult,
        PartyRole::Hovedperson,
        Some(d(2013, 2, 1)),
    )];
    let a = access(&adult, &c, &ended_row, &adult).expect("own childhood case");
    assert_eq!(a.bases(), &[AccessBasis::AdultOwnCase]);
}

#[test]
fn main_person_rules_need_the_real_main_person() {
    let adult = person("adult", d(1995, 2, 2));
    let other = person("other", d(1995, 2, 2));
    let c = case(&adult, Phase::Avsluttet, false);
    // A HOVEDPERSON row for someone who is not the case's main person grants nothing.
    let rows = [party(&c.id, &other, PartyRole::Hovedperson, None)];
    assert_eq!(access(&other, &c, &rows, &other), None);
    // A wrong main_person argument cannot be used to borrow someone else's age.
    let young = person("young", d(2020, 1, 1));
    let c2 = case(&young, Phase::Hjelpetiltak, false);
    assert_eq!(access(&young, &c2, &[], &adult), None);
}

#[test]
fn parent_who_is_also_verge_gets_both_bases_once() {
    let child = person("child", d(2015, 3, 3));
    let mor = person("mor", d(1985, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let mut second = party(&c.id, &mor, PartyRole::Mor, None);
    second.id = "second".into();
    let rows = [
        party(&c.id, &mor, PartyRole::Mor, None),
        second,
        party(&c.id, &mor, PartyRole::Verge, None),
    ];
    let a = access(&mor, &c, &rows, &child).expect("party");
    assert_eq!(
        a.bases(),
        &[
            AccessBasis::Parent(PartyRole::Mor),
            AccessBasis::Parent(PartyRole::Verge)
        ]
    );
}

// ---- documents ----

fn parent_setup() -> (Person, Person, Case, Vec<Party>, Document) {
    let child = person("child", d(2015, 3, 3));
    let mor = person("mor", d(1985, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let rows = vec![party(&c.id, &mor, PartyRole::Mor, None)];
    let doc = document(&c.id);
    (child, mor, c, rows, doc)
}

fn view(state: Option<ReleaseState>) -> DocumentView {
    let (child, mor, c, rows, doc) = parent_setup();
    let dec = state.map(|s| decision(&doc, &mor, s));
    document_view(&mor, today(), &c, &rows, &child, &doc, dec.as_ref())
}

#[test]
fn each_release_state_maps_to_its_view() {
    assert_eq!(view(None), DocumentView::Hidden);
    assert_eq!(view(Some(ReleaseState::NotDecided)), DocumentView::Hidden);
    assert_eq!(
        view(Some(ReleaseState::Shared)),
        DocumentView::Full { pdf: false }
    );
    let to_mor = Withholding {
        grounds_code: Some("FVL-19-2A".into()),
        justification: Some("Helse, skrevet til mor".into()),
        merinnsyn_considered: true,
    };
    assert_eq!(
        view(Some(ReleaseState::PartlyShared)),
        DocumentView::Redacted {
            spans: vec![Redaction {
                block: 0,
                start: 0,
                end: 8
            }],
            withholding: to_mor.clone(),
        }
    );
    assert_eq!(
        view(Some(ReleaseState::Withheld)),
        DocumentView::TitleOnly(to_mor)
    );
}

#[test]
fn a_partly_shared_document_says_why_and_may_be_asked_about_like_a_withheld_one() {
    let partly = view(Some(ReleaseState::PartlyShared));
    let why = partly.withholding().expect("reasons for the hidden parts");
    assert_eq!(why.grounds_code.as_deref(), Some("FVL-19-2A"));
    assert_eq!(why.justification.as_deref(), Some("Helse, skrevet til mor"));
    assert!(why.merinnsyn_considered);
    assert!(partly.may_ask_innsyn());
    let withheld = view(Some(ReleaseState::Withheld));
    assert!(withheld.withholding().is_some() && withheld.may_ask_innsyn());
    // Nothing kept: no reasons, nothing to ask; not listed: not even that it exists.
    for nothing_to_ask in [
        view(Some(ReleaseState::Shared)),
        view(Some(ReleaseState::NotDecided)),
        view(None),
    ] {
        assert_eq!(nothing_to_ask.withholding(), None, "{nothing_to_ask:?}");
        assert!(!nothing_to_ask.may_ask_innsyn(), "{nothing_to_ask:?}");
    }
}

#[test]
fn the_reasons_shown_are_those_written_for_the_viewer_not_for_another_party() {
    let (child, mor, c, mut rows, doc) = parent_setup();
    let far = person("far", d(1980, 1, 1));
    rows.push(party(&c.id, &far, PartyRole::Far, None));
    let for_far = decision(&doc, &far, ReleaseState::PartlyShared);
    let mut for_mor = decision(&doc, &mor, ReleaseState::PartlyShared);
    for_mor.seq = 2;
    let decisions = [for_far, for_mor];
    let seen_by = |who: &Person| {
        let dec = current_decision(&decisions, &doc.id, &who.id);
        document_view(who, today(), &c, &rows, &child, &doc, dec)
    };
    let mor_reads = seen_by(&mor);
    let far_reads = seen_by(&far);
    let justification = |v: &DocumentView| v.withholding().and_then(|w| w.justification.clone());
    assert_eq!(
        justification(&mor_reads).as_deref(),
        Some("Helse, skrevet til mor")
    );
    assert_eq!(
        justification(&far_reads).as_deref(),
        Some("Helse, skrevet til far")
    );
}

#[test]
fn withheld_is_listed_without_body_not_decided_is_not_listed() {
    let (_, _, _, _, doc) = parent_setup();
    let withheld = view(Some(ReleaseState::Withheld));
    assert!(withheld.is_listed());
    assert_eq!(withheld.visible_body(&doc.body), None);
    let undecided = view(Some(ReleaseState::NotDecided));
    assert!(!undecided.is_listed());
    assert_eq!(undecided.visible_body(&doc.body), None);
}

#[test]
fn redacted_view_never_carries_the_redacted_text() {
    let (_, _, _, _, doc) = parent_setup();
    let body = view(Some(ReleaseState::PartlyShared))
        .visible_body(&doc.body)
        .expect("some content");
    let json = serde_json::to_string(&body).expect("json");
    assert!(!json.contains("hemmelig"));
    assert!(json.contains("tekst"));
}

#[test]
fn decision_for_another_person_or_document_is_ignored() {
    let (child, mor, c, rows, doc) = parent_setup();
    let far = person("far", d(1980, 1, 1));
    let for_far = decision(&doc, &far, ReleaseState::Shared);
    assert_eq!(
        document_view(&mor, today(), &c, &rows, &child, &doc, Some(&for_far)),
        DocumentView::Hidden
    );
    let mut other_doc = decision(&doc, &mor, ReleaseState::Shared);
    other_doc.document_id = "doc-2".into();
    assert_eq!(
        document_view(&mor, today(), &c, &rows, &child, &doc, Some(&other_doc)),
        DocumentView::Hidden
    );
}

#[test]
fn document_of_another_case_is_hidden_even_with_a_decision() {
    let (child, mor, c, rows, mut doc) = parent_setup();
    doc.case_id = "case-2".into();
    let dec = decision(&doc, &mor, ReleaseState::Shared);
    assert_eq!(
        document_view(&mor, today(), &c, &rows, &child, &doc, Some(&dec)),
        DocumentView::Hidden
    );
}

#[test]
fn shared_document_is_hidden_once_party_status_ended() {
    let (child, mor, c, _, doc) = parent_setup();
    let ended = vec![party(
        &c.id,
        &mor,
        PartyRole::Mor,
        Some(today() - chrono::Duration::days(1)),
    )];
    let dec = decision(&doc, &mor, ReleaseState::Shared);
    assert_eq!(
        document_view(&mor, today(), &c, &ended, &child, &doc, Some(&dec)),
        DocumentView::Hidden
    );
}

#[test]
fn the_last_written_decision_is_in_force_whatever_the_clocks_said() {
    let (_, mor, _, _, doc) = parent_setup();
    let far = person("far", d(1980, 1, 1));
    let mut first = decision(&doc, &mor, ReleaseState::Shared);
    first.seq = 1;
    first.decided_at = 300;
    // A correction written later by an instance whose clock is behind.
    let mut correction = decision(&doc, &mor, ReleaseState::Withheld);
    correction.seq = 2;
    correction.decided_at = 100;
    let mut for_far = decision(&doc, &far, ReleaseState::PartlyShared);
    for_far.seq = 3;
    let all = [correction.clone(), first.clone(), for_far];
    assert_eq!(current_decision(&all, &doc.id, &mor.id), Some(&correction));
    let mut same_time = decision(&doc, &mor, ReleaseState::NotDecided);
    same_time.seq = 4;
    same_time.decided_at = 300;
    let all = [same_time.clone(), first, correction];
    assert_eq!(current_decision(&all, &doc.id, &mor.id), Some(&same_time));
    assert_eq!(current_decision(&all, &doc.id, "nobody"), None);
}

#[test]
fn a_pdf_is_served_only_under_a_full_share_that_covered_it() {
    let (child, mor, c, parties, mut doc) = parent_setup();
    doc.has_pdf = true;
    let view =
        |dec: &ReleaseDecision| document_view(&mor, today(), &c, &parties, &child, &doc, Some(dec));
    let mut shared = decision(&doc, &mor, ReleaseState::Shared);
    assert!(!view(&shared).serves_pdf(), "shared without the PDF");
    shared.covers_pdf = true;
    assert!(view(&shared).serves_pdf());
    for state in [
        ReleaseState::PartlyShared,
        ReleaseState::Withheld,
        ReleaseState::NotDecided,
    ] {
        let mut other = decision(&doc, &mor, state);
        other.covers_pdf = true;
        assert!(!view(&other).serves_pdf(), "{state:?} never serves the PDF");
    }
    doc.has_pdf = false;
    assert!(!document_view(&mor, today(), &c, &parties, &child, &doc, Some(&shared)).serves_pdf());
}

// ---- persons ----

#[test]
fn protected_address_is_shown_only_to_the_person() {
    let mut child = person("child", d(2014, 1, 1));
    child.protected_address = true;
    child.address = Some("Fosterhjemmet, Skjultvegen 1".into());
    let mor = person("mor", d(1985, 1, 1));
    let to_mother = mask_person_fields(&mor, &child);
    assert_eq!(to_mother.address, None);
    assert!(to_mother.address_protected);
    assert_eq!(to_mother.pid, None);
    assert_eq!(to_mother.given_name, "child");
    let to_self = mask_person_fields(&child, &child);
    assert_eq!(
        to_self.address.as_deref(),
        Some("Fosterhjemmet, Skjultvegen 1")
    );
    assert!(!to_self.address_protected);
    assert_eq!(to_self.pid.as_deref(), Some("pid-child"));
    let open = mask_person_fields(&child, &mor);
    assert_eq!(open.address, mor.address);
    assert!(!open.address_protected);
}

#[test]
fn staff_see_only_their_own_unit_in_their_own_service() {
    let staff = crate::access::StaffCtx {
        staff_id: "s".into(),
        unit_id: "heimdal".into(),
        service_id: "trondheim".into(),
        role: Some(StaffRole::Saksbehandler),
    };
    assert!(staff_may_see_case(&staff, "heimdal", "trondheim"));
    assert!(!staff_may_see_case(&staff, "lerkendal", "trondheim"));
    // A unit id that matches in another service is still another service's case.
    assert!(!staff_may_see_case(&staff, "heimdal", "melhus"));
}

#[test]
fn only_caseworkers_and_leaders_may_decide_release() {
    assert!(staff_may_decide_release(Some(StaffRole::Saksbehandler)));
    assert!(staff_may_decide_release(Some(StaffRole::Leder)));
    assert!(!staff_may_decide_release(None));
    assert!(!staff_may_decide_release(StaffRole::parse("lesetilgang")));
}

// ---- ended access ----

fn ended_on(
    viewer: &Person,
    on: NaiveDate,
    c: &Case,
    rows: &[Party],
    main: &Person,
) -> Option<(EndReason, NaiveDate)> {
    access_ended(viewer, on, c, rows, main).map(|e| {
        assert_eq!(
            (e.case_id(), e.viewer_id()),
            (c.id.as_str(), viewer.id.as_str())
        );
        (e.reason().clone(), e.ended_on())
    })
}

#[test]
fn a_parent_keeps_access_the_day_before_the_18th_birthday_and_is_told_on_it() {
    let child = person("child", d(2007, 6, 15));
    let mor = person("mor", d(1980, 1, 1));
    let c = case(&child, Phase::Omsorgstiltak, false);
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    let eve = d(2025, 6, 14);
    assert!(case_access(&mor, eve, &c, &rows, &child).is_some());
    assert_eq!(
        ended_on(&mor, eve, &c, &rows, &child),
        None,
        "no notice while access lasts"
    );
    let birthday = d(2025, 6, 15);
    assert!(case_access(&mor, birthday, &c, &rows, &child).is_none());
    assert_eq!(
        ended_on(&mor, birthday, &c, &rows, &child),
        Some((EndReason::ChildCameOfAge, birthday))
    );
    // Years later it still says the same: the day it ended, not today.
    assert_eq!(
        ended_on(&mor, d(2031, 1, 1), &c, &rows, &child),
        Some((EndReason::ChildCameOfAge, birthday))
    );
}

#[test]
fn a_row_ended_on_the_eve_of_the_birthday_is_explained_by_the_age() {
    // As in the demo: the service closed the mother's row the day before Amina turned 18.
    let child = person("child", d(2007, 6, 15));
    let mor = person("mor", d(1980, 1, 1));
    let c = case(&child, Phase::Ettervern, false);
    let rows = [party(&c.id, &mor, PartyRole::Mor, Some(d(2025, 6, 14)))];
    assert_eq!(
        ended_on(&mor, d(2025, 6, 15), &c, &rows, &child),
        Some((EndReason::ChildCameOfAge, d(2025, 6, 15)))
    );
}

#[test]
fn a_leap_day_childs_parents_are_told_from_first_of_march() {
    let child = person("child", d(2008, 2, 29));
    let far = person("far", d(1980, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let rows = [party(&c.id, &far, PartyRole::Far, None)];
    assert_eq!(ended_on(&far, d(2026, 2, 28), &c, &rows, &child), None);
    assert_eq!(
        ended_on(&far, d(2026, 3, 1), &c, &rows, &child),
        Some((EndReason::ChildCameOfAge, d(2026, 3, 1)))
    );
}

#[test]
fn an_ended_row_is_explained_from_the_day_after_its_last_day() {
    let child = person("child", d(2015, 3, 3));
    let verge = person("verge", d(1970, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let rows = [party(&c.id, &verge, PartyRole::Verge, Some(d(2025, 6, 10)))];
    assert_eq!(ended_on(&verge, d(2025, 6, 10), &c, &rows, &child), None);
    assert_eq!(
        ended_on(&verge, d(2025, 6, 11), &c, &rows, &child),
        Some((EndReason::PartyRightsEnded, d(2025, 6, 11)))
    );
}

#[test]
fn the_latest_ending_row_decides_and_a_current_row_means_no_notice() {
    let child = person("child", d(2015, 3, 3));
    let mor = person("mor", d(1980, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let mut rows = vec![
        party(&c.id, &mor, PartyRole::Mor, Some(d(2024, 1, 31))),
        party(&c.id, &mor, PartyRole::Verge, Some(d(2025, 2, 28))),
    ];
    assert_eq!(
        ended_on(&mor, today(), &c, &rows, &child),
        Some((EndReason::PartyRightsEnded, d(2025, 3, 1)))
    );
    rows.push(party(&c.id, &mor, PartyRole::Far, None));
    assert_eq!(ended_on(&mor, today(), &c, &rows, &child), None);
}

fn moved(c: &mut Case, on: NaiveDate) {
    c.moved = Some(CaseMove {
        to_service: "Bodø kommune – barneverntjenesten".into(),
        on,
    });
}

#[test]
fn a_moved_case_is_read_by_nobody_from_the_day_it_moved_and_its_parties_are_told_where() {
    let youth = person("youth", d(2009, 1, 1));
    let mor = person("mor", d(1980, 1, 1));
    let mut c = case(&youth, Phase::Hjelpetiltak, false);
    moved(&mut c, d(2025, 6, 1));
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    let eve = d(2025, 5, 31);
    let where_to = EndReason::CaseMoved {
        to_service: Some("Bodø kommune – barneverntjenesten".into()),
    };
    for who in [&mor, &youth] {
        assert!(
            case_access(who, eve, &c, &rows, &youth).is_some(),
            "{}",
            who.id
        );
        assert_eq!(ended_on(who, eve, &c, &rows, &youth), None);
        assert!(case_access(who, d(2025, 6, 1), &c, &rows, &youth).is_none());
        assert_eq!(
            ended_on(who, today(), &c, &rows, &youth),
            Some((where_to.clone(), d(2025, 6, 1))),
            "{}",
            who.id
        );
    }
}

#[test]
fn where_a_protected_child_moved_is_told_to_the_child_only() {
    let mut youth = person("youth", d(2009, 1, 1));
    youth.protected_address = true;
    let far = person("far", d(1980, 1, 1));
    let mut c = case(&youth, Phase::Omsorgstiltak, false);
    moved(&mut c, d(2025, 6, 1));
    let rows = [party(&c.id, &far, PartyRole::Far, None)];
    assert_eq!(
        ended_on(&far, today(), &c, &rows, &youth),
        Some((EndReason::CaseMoved { to_service: None }, d(2025, 6, 1)))
    );
    assert!(matches!(
        ended_on(&youth, today(), &c, &rows, &youth),
        Some((
            EndReason::CaseMoved {
                to_service: Some(_)
            },
            _
        ))
    ));
}

#[test]
fn a_move_after_access_ended_keeps_the_earlier_reason_and_a_move_ahead_changes_nothing() {
    let child = person("child", d(2012, 1, 1));
    let verge = person("verge", d(1970, 1, 1));
    let mut c = case(&child, Phase::Hjelpetiltak, false);
    moved(&mut c, d(2025, 6, 1));
    let rows = [party(&c.id, &verge, PartyRole::Verge, Some(d(2025, 3, 31)))];
    assert_eq!(
        ended_on(&verge, today(), &c, &rows, &child),
        Some((EndReason::PartyRightsEnded, d(2025, 4, 1)))
    );
    // A child under 15 never read the case, so the move tells them nothing.
    assert_eq!(ended_on(&child, today(), &c, &rows, &child), None);
    // A move recorded ahead of time takes effect on its day, not before.
    let mut ahead = case(&child, Phase::Hjelpetiltak, false);
    moved(&mut ahead, d(2025, 7, 1));
    let current = [party(&ahead.id, &verge, PartyRole::Verge, None)];
    assert!(case_access(&verge, today(), &ahead, &current, &child).is_some());
    assert_eq!(ended_on(&verge, today(), &ahead, &current, &child), None);
}

#[test]
fn nobody_who_never_had_access_is_told_it_ended() {
    let child = person("child", d(2015, 3, 3));
    let adult_child = person("child", d(2000, 3, 3));
    let mor = person("mor", d(1980, 1, 1));
    let c = case(&child, Phase::Hjelpetiltak, false);
    // No row at all, a row on another case, a row for someone else, a HOVEDPERSON row.
    assert_eq!(ended_on(&mor, today(), &c, &[], &child), None);
    let elsewhere = [party(
        "case-other",
        &mor,
        PartyRole::Mor,
        Some(d(2020, 1, 1)),
    )];
    assert_eq!(ended_on(&mor, today(), &c, &elsewhere, &child), None);
    let other = person("other", d(1980, 1, 1));
    let theirs = [party(&c.id, &other, PartyRole::Mor, Some(d(2020, 1, 1)))];
    assert_eq!(ended_on(&mor, today(), &c, &theirs, &child), None);
    let odd = [party(
        &c.id,
        &mor,
        PartyRole::Hovedperson,
        Some(d(2020, 1, 1)),
    )];
    assert_eq!(ended_on(&mor, today(), &c, &odd, &child), None);
    // A row that has not begun yet.
    let mut later = party(&c.id, &mor, PartyRole::Mor, None);
    later.valid_from = d(2025, 7, 1);
    assert_eq!(ended_on(&mor, today(), &c, &[later], &child), None);
    // A row that began after the child had turned 18 never gave access.
    let c_adult = case(&adult_child, Phase::Ettervern, false);
    let mut late = party(&c_adult.id, &mor, PartyRole::Mor, Some(d(2024, 1, 1)));
    late.valid_from = d(2019, 1, 1);
    assert_eq!(
        ended_on(&mor, today(), &c_adult, &[late], &adult_child),
        None
    );
}

#[test]
fn the_main_person_and_inconsistent_input_get_no_notice() {
    // A child of 10 without rights is not "ended": their own right starts at 15.
    let child = person("child", d(2015, 3, 3));
    let c = case(&child, Phase::Hjelpetiltak, false);
    let own = [party(&c.id, &child, PartyRole::Mor, Some(d(2020, 1, 1)))];
    assert_eq!(ended_on(&child, today(), &c, &own, &child), None);
    // Told about a case whose main person is not the one given: nothing.
    let mor = person("mor", d(1980, 1, 1));
    let adult = person("someone", d(2000, 1, 1));
    let rows = [party(&c.id, &mor, PartyRole::Mor, None)];
    assert_eq!(ended_on(&mor, today(), &c, &rows, &adult), None);
}

// ---- properties ----

fn any_state() -> impl Strategy<Value = ReleaseState> {
    prop::sample::select(ReleaseState::ALL.to_vec())
}

fn any_phase() -> impl Strategy<Value = Phase> {
    prop::sample::select(Phase::ALL.to_vec())
}

fn any_role() -> impl Strategy<Value = PartyRole> {
    prop::sample::select(PartyRole::ALL.to_vec())
}

/// Random world: a main person of any age (with a protected address or not), a viewer,
/// rows with random validity, and now and then a move to another service.
#[derive(Debug, Clone)]
struct World {
    main: Person,
    viewer: Person,
    viewer_is_main: bool,
    case: Case,
    rows: Vec<Party>,
    state: ReleaseState,
    today: NaiveDate,
}

fn world() -> impl Strategy<Value = World> {
    (
        0i64..40 * 366,
        any::<bool>(),
        any_phase(),
        any::<bool>(),
        prop::collection::vec(
            (
                any_role(),
                -800i64..800,
                prop::option::of(-800i64..800),
                any::<bool>(),
            ),
            0..4,
        ),
        any_state(),
        prop::option::weighted(0.2, -800i64..800),
        any::<bool>(),
    )
        .prop_map(
            |(age_days, viewer_is_main, phase, grant, rows, state, moved, protected)| {
                let today = d(2025, 6, 15);
                let mut main = person("main", today - chrono::Duration::days(age_days));
                main.protected_address = protected;
                let viewer = if viewer_is_main {
                    main.clone()
                } else {
                    person("viewer", d(1980, 1, 1))
                };
                let mut case = case(&main, phase, grant);
                case.moved = moved.map(|m| CaseMove {
                    to_service: "Mottakerkommune barnevern".into(),
                    on: today + chrono::Duration::days(m),
                });
                let rows = rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (role, from, to, same_case))| Party {
                        id: format!("row-{i}"),
                        case_id: if same_case {
                            case.id.clone()
                        } else {
                            "case-other".into()
                        },
                        person_id: viewer.id.clone(),
                        role,
                        valid_from: today + chrono::Duration::days(from),
                        valid_to: to.map(|t| today + chrono::Duration::days(t)),
                    })
                    .collect();
                World {
                    main,
                    viewer,
                    viewer_is_main,
                    case,
                    rows,
                    state,
                    today,
                }
            },
        )
}

fn view_of(w: &World, decision_for: &Person) -> DocumentView {
    let doc = document(&w.case.id);
    let dec = decision(&doc, decision_for, w.state);
    document_view(
        &w.viewer,
        w.today,
        &w.case,
        &w.rows,
        &w.main,
        &doc,
        Some(&dec),
    )
}

proptest! {
    #[test]
    fn a_non_party_only_ever_gets_hidden(w in world()) {
        if case_access(&w.viewer, w.today, &w.case, &w.rows, &w.main).is_none() {
            prop_assert_eq!(view_of(&w, &w.viewer), DocumentView::Hidden);
        }
    }

    #[test]
    fn not_decided_is_always_hidden(mut w in world()) {
        w.state = ReleaseState::NotDecided;
        prop_assert_eq!(view_of(&w, &w.viewer), DocumentView::Hidden);
    }

    #[test]
    fn a_decision_for_another_person_never_grants_anything(w in world()) {
        let other = person("someone-else", d(1970, 1, 1));
        prop_assert_eq!(view_of(&w, &other), DocumentView::Hidden);
    }

    #[test]
    fn access_is_exactly_the_rules(w in world()) {
        let granted = case_access(&w.viewer, w.today, &w.case, &w.rows, &w.main).is_some();
        let valid_parent_row = w.rows.iter().any(|r| {
            r.case_id == w.case.id
                && r.role != PartyRole::Hovedperson
                && r.valid_from <= w.today
                && r.valid_to.is_none_or(|t| t >= w.today)
        });
        let age = crate::domain::age::age_on(w.main.birth_date, w.today);
        let as_main = w.viewer_is_main && (age >= 15 || w.case.nemnd_party_grant);
        let moved_away = w.case.moved.as_ref().is_some_and(|m| m.on <= w.today);
        prop_assert_eq!(granted, ((valid_parent_row && age < 18) || as_main) && !moved_away);
    }

    #[test]
    fn a_party_sees_what_was_released_to_them(w in world()) {
        if case_access(&w.viewer, w.today, &w.case, &w.rows, &w.main).is_some() {
            let v = view_of(&w, &w.viewer);
            let expect_listed = w.state != ReleaseState::NotDecided;
            prop_assert_eq!(v.is_listed(), expect_listed);
            let doc = document(&w.case.id);
            let body = v.visible_body(&doc.body);
            prop_assert_eq!(
                body.is_some(),
                matches!(w.state, ReleaseState::Shared | ReleaseState::PartlyShared)
            );
            // Reasons and the innsyn request exactly where something is kept from them,
            // and the reasons are those written for them.
            prop_assert_eq!(v.may_ask_innsyn(), keeps_something(w.state));
            let own = decision(&doc, &w.viewer, w.state);
            prop_assert_eq!(
                v.withholding().and_then(|x| x.justification.clone()),
                own.justification
            );
        } else {
            prop_assert!(!view_of(&w, &w.viewer).may_ask_innsyn());
        }
    }

    #[test]
    fn an_ended_notice_is_exactly_access_lost_and_names_the_first_day_without_it(w in world()) {
        let ended = access_ended(&w.viewer, w.today, &w.case, &w.rows, &w.main);
        let access_on = |day: NaiveDate| case_access(&w.viewer, day, &w.case, &w.rows, &w.main).is_some();
        // Every row starts at most 800 days back: scan every earlier day for access.
        let last_with_access = (1..=801)
            .map(|n| w.today - chrono::Duration::days(n))
            .find(|day| access_on(*day));
        // A move ends everyone's access, the child's too; otherwise only a parent's ends.
        let move_day = w.case.moved.as_ref().map(|m| m.on).filter(|on| *on <= w.today);
        let lost_by_move = move_day
            .filter(|on| last_with_access == on.pred_opt())
            .is_some();
        let expected = if access_on(w.today) || (w.viewer_is_main && !lost_by_move) {
            None
        } else {
            last_with_access.map(|day| day + chrono::Duration::days(1))
        };
        prop_assert_eq!(ended.as_ref().map(EndedAccess::ended_on), expected);
        if let Some(e) = ended {
            prop_assert!(!access_on(e.ended_on()), "access is gone on the day named");
            let of_age = crate::domain::age::age_on(w.main.birth_date, e.ended_on()) >= 18;
            match e.reason() {
                EndReason::CaseMoved { to_service } => {
                    prop_assert!(lost_by_move);
                    // Never where the child is now to anyone but the child, if it is hidden.
                    let hidden = !w.viewer_is_main && w.main.protected_address;
                    prop_assert_eq!(to_service.is_none(), hidden);
                }
                other => {
                    prop_assert!(!lost_by_move);
                    prop_assert_eq!(*other == EndReason::ChildCameOfAge, of_age);
                }
            }
        }
    }
}
