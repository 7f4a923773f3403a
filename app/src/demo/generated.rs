//! Random families for volume: plausible, deterministic from [`crate::demo::SEED`].

use crate::demo::builder::{Body, Builder, CaseSpec};
use crate::demo::names::*;
use crate::demo::org::FIELD_UNITS;
use crate::demo::texts::{self, Ctx};
use crate::domain::age::{date_turning, ADULT_AGE};
use crate::domain::grounds::GroundsCode;
use crate::domain::{DocType, PartyRole, Person, Phase, ReleaseState};
use chrono::Days;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};

/// Generated families at scale 1.
pub const PER_SCALE_ONE: usize = 3;

/// Generated families whose parents are offered on the login page.
const ON_LOGIN_PAGE: usize = 3;

pub fn add(b: &mut Builder, count: usize) {
    let mut rng = StdRng::seed_from_u64(crate::demo::SEED);
    for i in 0..count {
        family(b, &mut rng, i + 1);
    }
}

fn pick<'a>(rng: &mut StdRng, from: &'a [&'a str]) -> &'a str {
    from.choose(rng).copied().unwrap_or("")
}

fn family(b: &mut Builder, rng: &mut StdRng, n: usize) {
    let code = format!("GEN{n:05}");
    let phase = *[
        Phase::Bekymringsmelding,
        Phase::Undersokelse,
        Phase::Hjelpetiltak,
        Phase::Hjelpetiltak,
        Phase::Hjelpetiltak,
        Phase::Omsorgstiltak,
        Phase::Ettervern,
        Phase::Avsluttet,
    ]
    .choose(rng)
    .unwrap_or(&Phase::Hjelpetiltak);
    let age: u32 = match phase {
        Phase::Ettervern => rng.gen_range(18..=24),
        Phase::Avsluttet => rng.gen_range(6..=35),
        _ => rng.gen_range(0..=17),
    };
    let surname = pick(rng, FAMILY_NAMES);
    let address = Some(format!(
        "{} {} (fiktiv), 70{:02} Trondheim",
        pick(rng, STREETS),
        rng.gen_range(1..120),
        rng.gen_range(10..99)
    ));
    let id = |who: &str| format!("p-gen{n:05}-{who}");
    let child_name = pick(rng, CHILD_NAMES);
    let child = b.person(
        &id("child"),
        child_name,
        surname,
        b.born(age, rng.gen_range(0..360)),
        address.clone(),
    );
    let roles: &[PartyRole] = [
        &[PartyRole::Mor, PartyRole::Far][..],
        &[PartyRole::Mor, PartyRole::Far][..],
        &[PartyRole::Mor][..],
        &[PartyRole::Mor, PartyRole::Medmor][..],
        &[PartyRole::Far, PartyRole::Medfar][..],
    ]
    .choose(rng)
    .copied()
    .unwrap_or(&[PartyRole::Mor]);
    let mut adults: Vec<(Person, PartyRole)> = Vec::new();
    for (k, role) in roles.iter().enumerate() {
        let given = match role {
            PartyRole::Far | PartyRole::Medfar => pick(rng, MEN),
            _ => pick(rng, WOMEN),
        };
        let parent_age = age + rng.gen_range(22..40);
        let person = b.person(
            &id(&format!("adult{}", k + 1)),
            given,
            surname,
            b.born(parent_age, rng.gen_range(0..360)),
            address.clone(),
        );
        adults.push((person, *role));
    }
    let unit = FIELD_UNITS.choose(rng).copied().unwrap_or(FIELD_UNITS[0]);
    let case_age_days: u64 = match phase {
        Phase::Bekymringsmelding => rng.gen_range(0..6),
        Phase::Undersokelse => rng.gen_range(10..80),
        Phase::Hjelpetiltak => rng.gen_range(200..900),
        _ => rng.gen_range(500..2000),
    };
    let opened = b.days_ago(case_age_days).max(child.birth_date);
    let closed = (phase == Phase::Avsluttet).then(|| b.days_ago(case_age_days / 3));
    let case = b.case(
        &code,
        CaseSpec {
            id: &format!("case-gen{n:05}"),
            unit_id: unit,
            main: &child,
            phase,
            caseworker: rng.gen_range(1..=2),
            opened_on: opened,
            closed_on: closed,
            nemnd_party_grant: false,
        },
    );
    // In ettervern the young adult decides alone: the parents' party status ended at 18.
    let parents_until = (phase == Phase::Ettervern)
        .then(|| date_turning(child.birth_date, ADULT_AGE).map(|d| d - Days::new(1)))
        .flatten();
    let never_parties = parents_until.is_some_and(|until| until < opened);
    for (person, role) in adults.iter().filter(|_| !never_parties) {
        b.parent(&case, person, *role, opened, parents_until);
    }
    let names: Vec<String> = adults
        .iter()
        .map(|(p, r)| format!("{} {}", r.as_str().to_lowercase(), p.full_name()))
        .collect();
    let adults_text = names.join(" og ");
    let ctx = Ctx {
        child: child_name,
        adults: &adults_text,
        unit: "enheten",
        measure: pick(rng, MEASURES),
        school: pick(rng, SCHOOLS),
    };
    let mut parties: Vec<&Person> = adults.iter().map(|(p, _)| p).collect();
    if age >= 15 {
        parties.push(&child);
    }
    let doc_count = rng.gen_range(2..=7);
    for k in 0..doc_count {
        let doc_type = *DocType::ALL.choose(rng).unwrap_or(&DocType::Brev);
        let secret = b.secret("en opplysning om en annen persons helse");
        let body: Body = texts::body(doc_type, &ctx).p_secret("Merknad: ", &secret, ".");
        let span = (b.today - opened).num_days().max(1) as u64;
        let date = opened + Days::new(span * k as u64 / doc_count as u64);
        let doc = b.document(
            &case,
            doc_type,
            &texts::title(doc_type, child_name),
            date,
            body,
        );
        for person in &parties {
            decide(b, rng, &doc, person);
        }
    }
    if n <= ON_LOGIN_PAGE {
        for (person, role) in &adults {
            let text = format!(
                "Generert familie {n}: {} i sak om {} ({} år, {}).",
                role.as_str().to_lowercase(),
                child_name,
                age,
                phase_label(phase)
            );
            b.login(person, &text);
        }
    }
}

/// A random release for one party: mostly shared, some partly, some withheld, some
/// undecided or without any decision row.
fn decide(b: &mut Builder, rng: &mut StdRng, doc: &str, person: &Person) {
    let roll = rng.gen_range(0..100);
    let grounds = *GroundsCode::ALL
        .choose(rng)
        .unwrap_or(&GroundsCode::Fvl19_2B);
    match roll {
        0..=49 => b.release(doc, person, ReleaseState::Shared, None),
        50..=64 => b.release(
            doc,
            person,
            ReleaseState::PartlyShared,
            Some((
                GroundsCode::Fvl19_2A,
                "En opplysning om en annen persons helse er tatt ut.",
            )),
        ),
        65..=79 => b.release(
            doc,
            person,
            ReleaseState::Withheld,
            Some((
                grounds,
                "Dokumentet er unntatt etter en konkret vurdering. Ta kontakt om du vil vite mer.",
            )),
        ),
        80..=89 => b.release(doc, person, ReleaseState::NotDecided, None),
        _ => {}
    }
}

/// The phase in words for the login page.
fn phase_label(phase: Phase) -> &'static str {
    match phase {
        Phase::Bekymringsmelding => "bekymringsmelding",
        Phase::Undersokelse => "undersøkelse",
        Phase::Hjelpetiltak => "hjelpetiltak",
        Phase::Omsorgstiltak => "omsorgstiltak",
        Phase::Ettervern => "ettervern",
        Phase::Avsluttet => "avsluttet",
    }
}
