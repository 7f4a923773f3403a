//! Tests of the demo data: integrity, the required scenarios, and the sentinels checked
//! against the access policy (a leak test in miniature).

use super::*;
use crate::access::consent::consent_access;
use crate::access::policy::{case_access, current_decision, document_view_in, mask_person_fields};
use crate::demo::pid::has_valid_control_digits;
use crate::domain::age::age_on;
use crate::domain::rich_text::redacted_plain_text;
use crate::domain::{DocType, PartyRole, Phase, ReleaseState};
use std::collections::{BTreeSet, HashSet};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 9, 1).expect("date")
}

fn demo() -> DemoData {
    generate(today(), 1)
}

use crate::demo::grants::tokens_in;

#[test]
fn generation_is_deterministic() {
    let a = demo();
    let b = demo();
    assert_eq!(a.persons, b.persons);
    assert_eq!(a.documents, b.documents);
    assert_eq!(a.decisions, b.decisions);
    assert_eq!(a.sentinels, b.sentinels);
}

fn unique(ids: Vec<&str>) -> HashSet<&str> {
    let n = ids.len();
    let set: HashSet<&str> = ids.into_iter().collect();
    assert_eq!(set.len(), n, "duplicate id");
    set
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let d = demo();
    let persons = unique(d.persons.iter().map(|p| p.id.as_str()).collect());
    unique(d.persons.iter().map(|p| p.pid.as_str()).collect());
    let cases = unique(d.cases.iter().map(|c| c.id.as_str()).collect());
    let docs = unique(d.documents.iter().map(|c| c.id.as_str()).collect());
    let units = unique(d.units.iter().map(|u| u.id.as_str()).collect());
    let staff = unique(d.staff.iter().map(|s| s.id.as_str()).collect());
    unique(d.staff.iter().map(|s| s.sub.as_str()).collect());
    unique(d.parties.iter().map(|p| p.id.as_str()).collect());
    unique(d.milestones.iter().map(|m| m.id.as_str()).collect());
    unique(d.sentinels.iter().map(|s| s.as_str()).collect());
    for c in &d.cases {
        assert!(persons.contains(c.main_person_id.as_str()));
        assert!(units.contains(c.unit_id.as_str()));
        assert!(staff.contains(c.caseworker_id.as_deref().unwrap_or("")));
        let unit = d.units.iter().find(|u| u.id == c.unit_id).expect("unit");
        assert_eq!(
            unit.service_id, c.service_id,
            "case and unit in one service"
        );
    }
    for p in &d.parties {
        assert!(persons.contains(p.person_id.as_str()) && cases.contains(p.case_id.as_str()));
    }
    for doc in &d.documents {
        assert!(cases.contains(doc.case_id.as_str()));
        if let Some(old) = &doc.supersedes_id {
            assert!(docs.contains(old.as_str()));
        }
    }
    for dec in &d.decisions {
        assert!(
            docs.contains(dec.document_id.as_str()) && persons.contains(dec.person_id.as_str())
        );
        assert!(staff.contains(dec.decided_by.as_str()));
    }
    for m in &d.milestones {
        assert!(cases.contains(m.case_id.as_str()));
    }
}

#[test]
fn every_pid_is_synthetic_with_valid_control_digits() {
    for p in demo().persons {
        assert!(has_valid_control_digits(&p.pid), "{}", p.pid);
        let month: u32 = p.pid[2..4].parse().expect("digits");
        assert!((81..=92).contains(&month), "month + 80 in {}", p.pid);
    }
}

#[test]
fn required_scenarios_exist() {
    let d = demo();
    let age = |id: &str| age_on(d.person(id).expect(id).birth_date, today());
    let case = |id: &str| d.cases.iter().find(|c| c.id == id).expect(id);
    assert!(age("p-a-nora") < 15);
    assert_eq!(age("p-b-sander"), 16);
    assert_eq!(age("p-c-amina"), 19);
    assert_eq!(case("case-c").phase, Phase::Ettervern);
    assert_eq!(age("p-e-thomas"), 30);
    assert_eq!(case("case-e").phase, Phase::Avsluttet);
    assert!(d.person("p-d-lucas").expect("lucas").protected_address);
    assert!(case("case-d").nemnd_party_grant);
    assert!(d.parties.iter().all(|p| p.person_id != "p-f-henrik"));
    assert!(d.parties.iter().any(|p| p.role == PartyRole::Verge));
    let ole_services: BTreeSet<&str> = d
        .parties
        .iter()
        .filter(|p| p.person_id == "p-a-ole")
        .map(|p| case(&p.case_id).service_id.as_str())
        .collect();
    assert_eq!(ole_services.len(), 2, "one parent in two services");
    for t in DocType::ALL {
        assert!(d.documents.iter().any(|doc| doc.doc_type == *t), "{t}");
    }
    for s in ReleaseState::ALL {
        assert!(d.decisions.iter().any(|dec| dec.state == *s), "{s}");
    }
    for doc in d
        .documents
        .iter()
        .filter(|doc| doc.doc_type == DocType::Vedtak)
    {
        assert!(doc.appeal_deadline.is_some(), "{}", doc.id);
    }
    // Mother and father get different releases of the same document.
    let state = |doc: &str, who: &str| current_decision(&d.decisions, doc, who).map(|x| x.state);
    assert_eq!(state("case-a-d06", "p-a-kari"), Some(ReleaseState::Shared));
    assert_eq!(state("case-a-d06", "p-a-ole"), Some(ReleaseState::Withheld));
    assert!(d.login_citizens.len() >= 12);
    assert!(d
        .milestones
        .iter()
        .any(|m| m.due_on.is_some() && m.occurred_on.is_none()));
}

/// The char range of `token` in `text`, if there.
fn find_token(text: &str, prefix: &str) -> Option<String> {
    tokens_in(text).into_iter().find(|t| t.starts_with(prefix))
}

#[test]
fn sentinels_are_where_they_must_be() {
    let d = demo();
    for doc in &d.documents {
        let all: String = doc.body.iter().map(|b| b.text.as_str()).collect();
        assert!(all.contains("LEAK-FAMILY-"), "{}", doc.id);
        let title_tokens = tokens_in(&doc.title);
        assert_eq!(title_tokens.len(), 1, "{}", doc.title);
        assert!(title_tokens[0].starts_with("LEAK-TITLE-"), "{}", doc.title);
        let withheld = d
            .decisions
            .iter()
            .any(|x| x.document_id == doc.id && x.state == ReleaseState::Withheld);
        assert_eq!(withheld, all.contains("LEAK-WITHHELD-"), "{}", doc.id);
        if withheld {
            // Start, middle and end of the hidden text: first, middle and last block.
            let n = doc.body.len();
            let at = |i: usize, kind: &str| {
                find_token(&doc.body[i].text, &format!("LEAK-WITHHELD-{kind}-")).is_some()
            };
            assert!(
                at(0, "START") && at(n / 2, "MID") && at(n - 1, "END"),
                "{}",
                doc.id
            );
        }
        let partly = d
            .decisions
            .iter()
            .any(|x| x.document_id == doc.id && x.state == ReleaseState::PartlyShared);
        assert_eq!(
            doc.has_pdf,
            withheld || partly || doc.id == "case-a-d03",
            "{}",
            doc.id
        );
        if doc.has_pdf {
            // The PDF carries every sentinel of the text and title, and one of its own.
            let (_, pdf) = d.pdfs.iter().find(|(id, _)| *id == doc.id).expect("pdf");
            let bytes = String::from_utf8_lossy(pdf);
            let in_pdf: BTreeSet<String> = tokens_in(&bytes).into_iter().collect();
            let in_text: BTreeSet<String> = tokens_in(&format!("{}\n{all}", doc.title))
                .into_iter()
                .collect();
            let only_pdf: Vec<&String> = in_pdf.difference(&in_text).collect();
            assert!(in_text.is_subset(&in_pdf), "{}", doc.id);
            assert_eq!(only_pdf.len(), 1, "{}", doc.id);
            assert!(only_pdf[0].starts_with("LEAK-PDF-"));
        }
    }
    for dec in d
        .decisions
        .iter()
        .filter(|x| x.state == ReleaseState::PartlyShared)
    {
        let doc = d
            .documents
            .iter()
            .find(|x| x.id == dec.document_id)
            .expect("doc");
        assert!(!dec.redactions.is_empty());
        crate::domain::rich_text::validate_redactions(&doc.body, &dec.redactions)
            .expect("valid spans");
        for r in &dec.redactions {
            let inside: String = doc.body[r.block]
                .text
                .chars()
                .skip(r.start)
                .take(r.end - r.start)
                .collect();
            // A sentinel opens the span, one sits in its middle, one closes it.
            let tokens: Vec<String> = tokens_in(&inside)
                .into_iter()
                .filter(|t| t.starts_with("LEAK-REDACTED-"))
                .collect();
            assert_eq!(tokens.len(), 3, "{inside}");
            assert!(
                inside.starts_with(&tokens[0]) && tokens[0].starts_with("LEAK-REDACTED-START-")
            );
            assert!(tokens[1].starts_with("LEAK-REDACTED-MID-"), "{inside}");
            assert!(inside.ends_with(&format!("{})", tokens[2])), "{inside}");
            assert!(tokens[2].starts_with("LEAK-REDACTED-END-"), "{inside}");
            let words = inside
                .split(&tokens[1])
                .map(|half| half.split_whitespace().count());
            assert!(
                words.clone().all(|n| n >= 2),
                "text on both sides of the middle: {inside}"
            );
        }
    }
    // A partial share is justified like a withholding (shown to its own party only),
    // so the matrices catch one party's justification reaching another.
    assert!(d
        .decisions
        .iter()
        .filter(|x| x.state == ReleaseState::PartlyShared)
        .all(|x| x.grounds_code.is_some() && x.justification.is_some()));
    // Every justification its own sentinel.
    let justified: Vec<String> = d
        .decisions
        .iter()
        .filter_map(|x| x.justification.as_deref())
        .map(|j| find_token(j, "LEAK-JUSTIFICATION-").expect("justification sentinel"))
        .collect();
    assert_eq!(
        unique(justified.iter().map(String::as_str).collect()).len(),
        justified.len()
    );
    assert!(!d.innsyn.is_empty());
    for r in &d.innsyn {
        assert!(find_token(&r.message, "LEAK-INNSYN-").is_some());
    }
    for p in d.persons.iter().filter(|p| p.protected_address) {
        assert!(p.address.as_deref().unwrap_or("").contains("LEAK-ADDR-"));
    }
    for t in &d.sentinels {
        assert_eq!(
            tokens_in(t),
            vec![t.clone()],
            "token is self-delimiting: {t}"
        );
    }
    // The Playwright matrix finds sentinels with this pattern; every kind must match.
    let pattern = regex_lite_like(&d.sentinels);
    assert!(
        pattern,
        "every sentinel matches LEAK-[A-Z]+(?:-[A-Za-z0-9]+)*-\\d+"
    );
}

/// `LEAK-[A-Z]+(?:-[A-Za-z0-9]+)*-\d+` over whole tokens, without a regex crate.
fn regex_lite_like(tokens: &[String]) -> bool {
    tokens.iter().all(|t| {
        let parts: Vec<&str> = t.split('-').collect();
        parts.len() >= 3
            && parts[0] == "LEAK"
            && !parts[1].is_empty()
            && parts[1].chars().all(|c| c.is_ascii_uppercase())
            && parts[2..parts.len() - 1]
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
            && parts[parts.len() - 1].chars().all(|c| c.is_ascii_digit())
    })
}

#[test]
fn decisions_in_force_by_sequence_are_the_newest_in_time() {
    // The demo states its intent in time; the portal orders by sequence. They agree.
    let d = demo();
    for x in &d.decisions {
        let later = d.decisions.iter().filter(|y| {
            y.document_id == x.document_id && y.person_id == x.person_id && y.seq > x.seq
        });
        for y in later {
            assert!(
                y.decided_at >= x.decided_at,
                "{} {}",
                x.document_id,
                x.person_id
            );
        }
    }
}

#[test]
fn grants_follow_decisions_made_after_seeding() {
    // A test changes a decision after seeding: the leak check derives the grants again
    // from the decisions then in force, in both directions.
    let mut d = demo();
    let before: HashSet<String> = d.forbidden_for("p-a-kari", today()).into_iter().collect();
    let body: Vec<String> = d
        .documents
        .iter()
        .find(|x| x.id == "case-a-d06")
        .expect("doc")
        .body
        .iter()
        .flat_map(|b| tokens_in(&b.text))
        .collect();
    assert!(
        body.iter().all(|t| !before.contains(t)),
        "shared with the mother"
    );
    let mut decisions = d.decisions.clone();
    let mut withheld = current_decision(&decisions, "case-a-d06", "p-a-kari")
        .expect("decision")
        .clone();
    withheld.seq = decisions.len() as i64 + 10;
    withheld.state = ReleaseState::Withheld;
    withheld.justification = Some("Ny vurdering.".into());
    decisions.push(withheld);
    d.regrant(decisions);
    let after: HashSet<String> = d.forbidden_for("p-a-kari", today()).into_iter().collect();
    assert!(
        body.iter().all(|t| after.contains(t)),
        "now withheld from her"
    );
    let title = tokens_in(
        &d.documents
            .iter()
            .find(|x| x.id == "case-a-d06")
            .expect("doc")
            .title,
    );
    assert!(
        !after.contains(&title[0]),
        "the title of a withheld document is shown"
    );
    let (listed, _) = d.visible_documents("p-a-kari", today());
    assert!(listed.contains("case-a-d06"));
}

#[test]
fn forbidden_lists_follow_the_releases() {
    let d = demo();
    let forbidden =
        |who: &str| -> HashSet<String> { d.forbidden_for(who, today()).into_iter().collect() };
    let nora = forbidden("p-a-nora");
    assert!(d
        .sentinels
        .iter()
        .filter(|t| t.starts_with("LEAK-FAMILY-A-"))
        .all(|t| nora.contains(t)));
    let henrik = forbidden("p-f-henrik");
    assert_eq!(
        henrik.len(),
        d.sentinels.len(),
        "unrelated person may see nothing"
    );
    let body_tokens = |doc: &str| -> Vec<String> {
        let doc = d.documents.iter().find(|x| x.id == doc).expect("doc");
        doc.body.iter().flat_map(|b| tokens_in(&b.text)).collect()
    };
    let kari = forbidden("p-a-kari");
    let ole = forbidden("p-a-ole");
    for t in body_tokens("case-a-d06") {
        assert!(!kari.contains(&t), "mother sees the meeting minutes: {t}");
        assert!(ole.contains(&t), "withheld from father: {t}");
    }
    let lucas_addr = d
        .person("p-d-lucas")
        .and_then(|p| p.address.clone())
        .expect("address");
    let addr_token = tokens_in(&lucas_addr).pop().expect("token");
    assert!(!forbidden("p-d-lucas").contains(&addr_token));
    assert!(forbidden("p-d-tone").contains(&addr_token));
    // The mother of the 19-year-old was a party until 18: nothing now, but then she was.
    assert_eq!(forbidden("p-c-fadumo").len(), d.sentinels.len());
    let back_then = d.forbidden_for(
        "p-c-fadumo",
        d.person("p-c-amina").expect("amina").birth_date + chrono::Days::new(16 * 365),
    );
    assert!(back_then.len() < d.sentinels.len());
}

/// Everything the policy lets `person_id` receive, as text: titles, bodies, withholding
/// explanations, and person fields of everyone on their cases.
fn visible_text(d: &DemoData, person_id: &str, on: NaiveDate) -> String {
    let viewer = d.person(person_id).expect("viewer");
    let mut out = vec![mask_person_fields(viewer, viewer)
        .address
        .unwrap_or_default()];
    for case in &d.cases {
        let main = d.person(&case.main_person_id).expect("main");
        let Some(access) = case_access(viewer, on, case, &d.parties, main) else {
            continue;
        };
        for party in d.parties.iter().filter(|p| p.case_id == case.id) {
            let other = mask_person_fields(viewer, d.person(&party.person_id).expect("party"));
            out.push(other.address.unwrap_or_default());
            out.push(format!("{} {}", other.given_name, other.family_name));
            out.push(other.pid.unwrap_or_default());
        }
        for doc in d.documents.iter().filter(|x| x.case_id == case.id) {
            let decision = current_decision(&d.decisions, &doc.id, person_id);
            let view = document_view_in(&access, doc, decision);
            if view.is_listed() {
                out.push(doc.title.clone());
            }
            if let Some(why) = view.withholding() {
                out.push(why.justification.clone().unwrap_or_default());
            }
            if let Some(body) = view.visible_body(&doc.body) {
                out.push(redacted_plain_text(&body, "[…]"));
            }
            if view.serves_pdf() {
                let (_, pdf) = d.pdfs.iter().find(|(id, _)| *id == doc.id).expect("pdf");
                out.push(String::from_utf8_lossy(pdf).into_owned());
            }
            // The party's own requests for corrections, on minutes they can read.
            if crate::access::minutes::party_may_comment(doc.doc_type, &view) {
                for c in d
                    .minutes_comments
                    .iter()
                    .filter(|c| c.document_id == doc.id && c.person_id == person_id)
                {
                    out.push(c.body.clone());
                    out.extend(c.quote.clone());
                    out.extend(c.answer.iter().flat_map(|a| a.body.clone()));
                }
            }
            if view.is_listed() {
                let own = d
                    .innsyn
                    .iter()
                    .filter(|r| r.document_id == doc.id && r.person_id == person_id);
                out.extend(own.map(|r| r.message.clone()));
            }
        }
        // A thread shows its own party its subject and messages.
        for (th, messages) in d.threads.iter().filter(|(t, _)| t.case_id == case.id) {
            if crate::access::post::party_thread_access(&access, &th.id, &th.case_id, &th.person_id)
                .is_some()
            {
                out.push(th.subject.clone());
                out.extend(messages.iter().map(|m| m.body.clone()));
                // And the files sent with them.
                out.extend(d.attachment_texts(&th.id));
            }
        }
        // A request to see the whole case shows its asker their words and the answer.
        for r in d
            .case_innsyn
            .iter()
            .filter(|r| r.case_id == case.id && r.person_id == person_id)
        {
            out.push(r.message.clone());
            out.extend(r.answer.iter().map(|a| a.words.clone()));
        }
        // What a consent shows the parties it asks (never the service's notes).
        for c in d.consents.iter().filter(|c| c.case_id == case.id) {
            if consent_access(&access, &c.id, &c.case_id, &c.asked).is_some() {
                out.push(c.purpose_text.clone());
                out.push(c.recipients.clone());
            }
        }
    }
    out.join("\n")
}

#[test]
fn policy_releases_exactly_what_the_demo_intended() {
    let d = demo();
    for on in [today(), today() + chrono::Days::new(3 * 365)] {
        for person in &d.persons {
            let seen: BTreeSet<String> = tokens_in(&visible_text(&d, &person.id, on))
                .into_iter()
                .collect();
            let forbidden: BTreeSet<String> = d.forbidden_for(&person.id, on).into_iter().collect();
            let leaked: Vec<&String> = seen.intersection(&forbidden).collect();
            assert!(
                leaked.is_empty(),
                "{} on {on} received {leaked:?}",
                person.id
            );
            let expected: BTreeSet<String> = d
                .sentinels
                .iter()
                .filter(|t| !forbidden.contains(*t))
                .cloned()
                .collect();
            assert_eq!(seen, expected, "{} on {on}", person.id);
            let text = visible_text(&d, &person.id, on);
            for pid in d.forbidden_pids(&person.id) {
                assert!(!text.contains(&pid), "{} on {on} received {pid}", person.id);
            }
            for name in d.forbidden_names(&person.id, on) {
                assert!(
                    !text.contains(&name),
                    "{} on {on} received {name}",
                    person.id
                );
            }
        }
    }
}

#[test]
fn login_json_lists_citizens_and_employees() {
    let d = demo();
    let json = d.test_persons_json();
    let citizens = json["citizens"].as_array().expect("citizens");
    assert_eq!(citizens.len(), d.login_citizens.len());
    for c in citizens {
        let pid = c["pid"].as_str().expect("pid");
        assert!(d.person_by_pid(pid).is_some());
        assert!(!c["description"].as_str().expect("description").is_empty());
    }
    let employees = json["employees"].as_array().expect("employees");
    assert_eq!(employees.len(), d.staff.len());
    for e in employees {
        let role = e["roles"][0].as_str().expect("role");
        assert!(role == "saksbehandler" || role == "leder");
        assert!(d
            .units
            .iter()
            .any(|u| u.id == e["unit"].as_str().unwrap_or("")));
    }
    let units_with_leader: HashSet<&str> = d
        .staff
        .iter()
        .filter(|s| s.role == crate::domain::StaffRole::Leder)
        .map(|s| s.unit_id.as_str())
        .collect();
    assert_eq!(units_with_leader.len(), d.units.len());
}

#[test]
fn scale_adds_generated_families() {
    let one = demo();
    let three = generate(today(), 3);
    assert!(three.cases.len() >= one.cases.len() * 2);
    assert!(three.documents.len() > one.documents.len());
    assert_eq!(three.login_citizens.len(), one.login_citizens.len());
}

/// Prints the dev login list for today: `cargo test -p app --features ssr --lib
/// print_login_persons -- --ignored --nocapture`.
#[test]
#[ignore]
fn print_login_persons() {
    let today = chrono::Local::now().date_naive();
    let json = generate(today, 1).test_persons_json();
    println!("{}", serde_json::to_string_pretty(&json).expect("json"));
}
