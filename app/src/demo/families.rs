//! The hand-made demo families. Each covers rules of the access policy that a demo,
//! a manual test or a leak test needs; the login descriptions say what each person
//! should experience. Ages are relative to `today`.

use crate::demo::builder::{Body, Builder, CaseSpec, ConsentSpec, DemoMessage, DemoMinutesComment};
use crate::demo::org::{HEIMDAL, LERKENDAL, MELHUS, MIDTBYEN, OMSORG, OSTBYEN};
use crate::demo::texts::{self, Ctx};
use crate::domain::age::{date_turning, ADULT_AGE, PARTY_AGE};
use crate::domain::consent::{Dates, PartyChoice as C, Purpose};
use crate::domain::grounds::GroundsCode as G;
use crate::domain::post::Side;
use crate::domain::{DocType as T, InnsynEvent, PartyRole, Person, Phase, ReleaseState as R};
use chrono::{Days, NaiveDate};

/// Adds every hand-made family; returns how many families that is.
pub fn add_all(b: &mut Builder) -> usize {
    let a = separated_parents(b);
    youth_16(b);
    ettervern_19(b);
    protected_address(b);
    adult_closed_case(b);
    guardian(b);
    second_service(b, &a.father);
    unrelated(b, &a.shared_doc);
    moved_away(b);
    9
}

/// What other families refer to from family A.
struct FamilyA {
    father: Person,
    shared_doc: String,
}

fn dates(deadline: NaiveDate, end: Option<NaiveDate>) -> Dates {
    Dates { deadline, end }
}

fn addr(street: &str) -> Option<String> {
    Some(format!("{street} (fiktiv)"))
}

/// (a) Separated parents who get different releases; a child under 15 with no rights.
fn separated_parents(b: &mut Builder) -> FamilyA {
    let child = b.person(
        "p-a-nora",
        "Nora",
        "Berg",
        b.born(9, 40),
        addr("Granåsen 4, 7080 Heimdal"),
    );
    let mother = b.person(
        "p-a-kari",
        "Kari",
        "Hansen",
        b.born(38, 120),
        addr("Granåsen 4, 7080 Heimdal"),
    );
    let father = b.person(
        "p-a-ole",
        "Ole",
        "Berg",
        b.born(41, 200),
        addr("Gimsvegen 9, 7224 Melhus"),
    );
    let opened = b.days_ago(300);
    let case = b.case(
        "A",
        CaseSpec {
            id: "case-a",
            unit_id: HEIMDAL,
            main: &child,
            phase: Phase::Hjelpetiltak,
            caseworker: 1,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(&case, &mother, PartyRole::Mor, opened, None);
    b.parent(&case, &father, PartyRole::Far, opened, None);
    let ctx = Ctx {
        child: "Nora",
        adults: "mor Kari Hansen og far Ole Berg",
        unit: "Heimdal",
        measure: "foreldreveiledning og fast støttekontakt",
        school: "Sandbakken skole",
    };
    let day = |n: u64| opened + Days::new(n);

    let reporter = b.secret("Hilde Strand, kontaktlærer for Nora,");
    let melding = texts::melding(&ctx).p_secret(
        "Meldingen er sendt av ",
        &reporter,
        " som ønsket å være anonym overfor foreldrene.",
    );
    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Nora",
        opened,
        melding,
    );
    let protect_reporter = (G::Fvl19_2B, "Navnet på den som meldte er tatt ut for å beskytte melderen. Innholdet i bekymringen står i dokumentet.");
    b.release(&d1, &mother, R::PartlyShared, Some(protect_reporter));
    b.release(&d1, &father, R::PartlyShared, Some(protect_reporter));

    let health = b.secret("Kari er sykmeldt for depresjon og går til samtaler ved DPS hver uke");
    let rapport = texts::rapport(&ctx).p_secret(
        "Mor har selv fortalt at ",
        &health,
        ", og at hun opplever at det hjelper.",
    );
    let d2 = b.document(
        &case,
        T::Undersokelsesrapport,
        "Rapport etter undersøkelse – Nora",
        day(80),
        rapport,
    );
    b.release(&d2, &mother, R::Shared, None);
    b.release(
        &d2,
        &father,
        R::PartlyShared,
        Some((
            G::Fvl19_2A,
            "Opplysninger om mors helse er tatt ut. De har ikke betydning for din rolle i saken.",
        )),
    );

    let d3 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om hjelpetiltak for Nora",
        day(95),
        texts::vedtak(&ctx),
    );
    b.attach_pdf(&d3);
    b.release(&d3, &mother, R::Shared, None);
    b.release(&d3, &father, R::Shared, None);
    // Deliberate trap: a release to the 9-year-old, who is not a party. The policy
    // must still hide everything from her.
    b.release(&d3, &child, R::Shared, None);

    let d4 = b.document(
        &case,
        T::Tiltaksplan,
        "Tiltaksplan for Nora",
        day(110),
        texts::tiltaksplan(&ctx),
    );
    let d5 = b.document(
        &case,
        T::Tiltaksplan,
        "Tiltaksplan for Nora (revidert)",
        day(210),
        texts::tiltaksplan(&ctx).p(
            "Revidert etter evalueringen: støttekontakt to ettermiddager i uka i stedet for én.",
        ),
    );
    b.supersedes(&d5, &d4);
    for d in [&d4, &d5] {
        b.release(d, &mother, R::Shared, None);
        b.release(d, &father, R::Shared, None);
    }

    let meeting = texts::motereferat(&Ctx { adults: "mor Kari Hansen og hennes behandler", ..ctx })
        .p("Behandleren fortalte om hvordan Karis behandling går, og hva som kan gjøre hverdagen lettere framover.");
    let d6 = b.document(
        &case,
        T::Motereferat,
        "Referat fra møte med mor og behandler",
        day(150),
        meeting,
    );
    b.release(&d6, &mother, R::Shared, None);
    b.release(&d6, &father, R::Withheld, Some((G::Fvl19_2A, "Referatet handler i hovedsak om mors helse. Det som gjelder Nora, står i tiltaksplanen du har fått.")));
    // Opened for comments five days ago: the mother asked for two corrections, one is
    // answered. Hers alone (the father may not even read the minutes).
    b.minutes_for_comment(
        &case,
        &d6,
        5,
        &[
            DemoMinutesComment {
                person: &mother,
                part: Some(2),
                text: "Kontaktlæreren var ikke med på dette møtet.",
                days_ago: 4,
                answer: Some((
                    crate::domain::minutes::Outcome::Corrected,
                    "Takk. Vi retter hvem som var til stede.",
                    2,
                )),
            },
            DemoMinutesComment {
                person: &mother,
                part: None,
                text: "Jeg savner det vi avtalte om neste møte.",
                days_ago: 1,
                answer: None,
            },
        ],
    );

    let d7 = b.document(
        &case,
        T::Brev,
        "Invitasjon til samtale",
        day(160),
        texts::brev(&Ctx {
            adults: "far Ole Berg",
            ..ctx
        }),
    );
    b.release(&d7, &father, R::Shared, None);
    b.release(&d7, &mother, R::NotDecided, None);

    let d8 = b.document(
        &case,
        T::Evaluering,
        "Evaluering av tiltak for Nora",
        b.days_ago(5),
        texts::evaluering(&ctx),
    );
    b.release(&d8, &mother, R::NotDecided, None);

    let d9 = b.document(
        &case,
        T::Samtykke,
        "Samtykke til samarbeid med skole",
        day(100),
        texts::samtykke(&ctx),
    );
    b.release(&d9, &mother, R::Shared, None);
    b.release(&d9, &father, R::Shared, None);

    // Digital post: the mother asked and was answered; the father's message has waited
    // unopened for six days (past two working days: the leaders are told).
    b.thread(
        &case,
        &mother,
        "Spørsmål om møtet",
        &[
            DemoMessage {
                side: Side::Party,
                text: "Kan vi flytte møtet til etter skoletid?",
                days_ago: 10,
                read: true,
            },
            DemoMessage {
                side: Side::Service,
                text: "Ja, vi flytter det til klokka 15.",
                days_ago: 9,
                read: true,
            },
        ],
    );
    b.attach("Timeplan for Nora.pdf");
    b.thread(
        &case,
        &father,
        "Samvær i jula",
        &[DemoMessage {
            side: Side::Party,
            text: "Jeg vil gjerne ha Nora hos meg andre juledag.",
            days_ago: 6,
            read: false,
        }],
    );
    // The father asked to see the whole case; the answer says what is still kept from
    // him. His words and the answer are his alone (never the mother's).
    b.case_innsyn_request(
        &case,
        &father,
        "Jeg vil se alt som står i saken om Nora.",
        b.days_ago(14),
        Some((
            InnsynEvent::PartlyGranted,
            "Du ser nå alle dokumentene i saken. Referatet fra møtet med mor og deler av rapporten holdes tilbake, fordi de handler om mors helse.",
            b.days_ago(8),
        )),
    );
    // Waiting for both parents (the browser suite's consent flow uses another family).
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SchoolExchange,
        text: "Barneverntjenesten vil snakke med Noras kontaktlærer om hvordan hun har det på skolen, og om hva skolen kan gjøre for å støtte henne.",
        recipients: "Kontaktlæreren og rektor ved Granåsen skole",
        asked: &[&mother, &father],
        asked_days_ago: 3,
        dates: dates(b.days_ahead(11), Some(b.days_ahead(365))),
        answers: &[],
        cancel: None,
    });
    // Both said yes: in force.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::ParentGuidance,
        text: "Foreldreveiledning hjemme hos hver av dere, annenhver uke i et halvt år, med Marte Meo-metoden.",
        recipients: "Veilederne i familieteamet i Heimdal",
        asked: &[&mother, &father],
        asked_days_ago: 60,
        dates: dates(b.days_ago(46), Some(b.days_ahead(300))),
        answers: &[(&mother, C::Yes, 58), (&father, C::Yes, 55)],
        cancel: None,
    });
    // Asked of the mother alone, and not answered in time: the father never sees it.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::HealthExchange,
        text: "Barneverntjenesten ber om å få snakke med fastlegen din om hvordan helsen din påvirker hverdagen med Nora.",
        recipients: "Fastlegen din",
        asked: &[&mother],
        asked_days_ago: 30,
        dates: dates(b.days_ago(16), None),
        answers: &[],
        cancel: None,
    });
    b.login(&mother, "Mor i Heimdal-sak (hjelpetiltak). Ser meldingen med melders navn sladdet, hele rapporten, vedtak, planer, møtereferatet og samtykket; ikke brevet til far eller den nye evalueringen.");
    b.login(&father, "Far i Heimdal-sak og i ny sak i Melhus og Skaun (to tjenester i én liste). Får mindre enn mor: mors helse sladdet i rapporten, møtereferatet med mor unntatt (bare tittel og hjemmel).");
    b.login(&child, "Nora, 9 år. Ikke part (under 15, ingen nemndsbeslutning): skal ikke se saken, selv om et vedtak ved en feil er frigitt til henne.");
    FamilyA {
        father,
        shared_doc: d9,
    }
}

/// (b) A 16-year-old who is a party in his own case.
fn youth_16(b: &mut Builder) {
    let youth = b.person(
        "p-b-sander",
        "Sander",
        "Johansen",
        b.born(16, 100),
        addr("Tempevegen 30, 7031 Trondheim"),
    );
    let mother = b.person(
        "p-b-lise",
        "Lise",
        "Johansen",
        b.born(44, 10),
        addr("Tempevegen 30, 7031 Trondheim"),
    );
    let medmor = b.person(
        "p-b-ingrid",
        "Ingrid",
        "Lie",
        b.born(42, 300),
        addr("Tempevegen 30, 7031 Trondheim"),
    );
    let opened = b.days_ago(700);
    let case = b.case(
        "B",
        CaseSpec {
            id: "case-b",
            unit_id: LERKENDAL,
            main: &youth,
            phase: Phase::Hjelpetiltak,
            caseworker: 2,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(&case, &mother, PartyRole::Mor, opened, None);
    b.parent(&case, &medmor, PartyRole::Medmor, opened, None);
    let ctx = Ctx {
        child: "Sander",
        adults: "mor Lise Johansen og medmor Ingrid Lie",
        unit: "Lerkendal",
        measure: "samtaler med miljøterapeut og hjelp til skolegang",
        school: "Blussuvoll skole",
    };
    let fifteen = date_turning(youth.birth_date, PARTY_AGE).expect("date");
    let after_fifteen = b.instant(fifteen + Days::new(14));
    let day = |n: u64| opened + Days::new(n);

    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Sander",
        opened,
        texts::melding(&ctx),
    );
    let private =
        b.secret("Lise har fortalt om egen behandling for rusavhengighet for noen år siden");
    let rapport = texts::rapport(&ctx).p_secret(
        "I samtalene kom det fram at ",
        &private,
        ". Hun er i dag rusfri.",
    );
    let d2 = b.document(
        &case,
        T::Undersokelsesrapport,
        "Rapport etter undersøkelse – Sander",
        day(80),
        rapport,
    );
    let d3 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om hjelpetiltak for Sander",
        day(95),
        texts::vedtak(&ctx),
    );
    let d5 = b.document(
        &case,
        T::Tiltaksplan,
        "Tiltaksplan for Sander",
        day(110),
        texts::tiltaksplan(&ctx),
    );
    for d in [&d1, &d2, &d3, &d5] {
        b.release(d, &mother, R::Shared, None);
        b.release(d, &medmor, R::Shared, None);
    }
    b.release_at(&d1, &youth, R::Shared, None, after_fifteen);
    b.release_at(
        &d2,
        &youth,
        R::PartlyShared,
        Some((
            G::Fvl19_2A,
            "En opplysning om en av foreldrenes helse er tatt ut.",
        )),
        after_fifteen,
    );
    b.release_at(&d3, &youth, R::Shared, None, after_fifteen);
    b.release_at(&d5, &youth, R::Shared, None, after_fifteen);

    let talk = Body::new()
        .h("Samtale med Sander")
        .p("Sander ville snakke alene med saksbehandler. Han fortalte om hvordan det er å være hjemme for tiden, om vennene sine og om fotballen som betyr mye for ham.")
        .p("Sander ba om at det han fortalte om kranglingen hjemme, ikke skal deles med foreldrene nå. Vi har lovet å ta det opp med ham igjen før noe deles.");
    let d4 = b.document(
        &case,
        T::Motereferat,
        "Referat fra samtale med Sander",
        b.days_ago(60),
        talk,
    );
    // The caseworker shared the text without opening the PDF: Sander gets no PDF.
    b.release_text_only(&d4, &youth);
    let confidential = (
        G::Fvl19_2B,
        "Sander har fortalt dette i fortrolighet. Vi vurderer saken på nytt sammen med ham.",
    );
    b.release(&d4, &mother, R::Withheld, Some(confidential));
    b.release(&d4, &medmor, R::Withheld, Some(confidential));

    let d6 = b.document(
        &case,
        T::Annet,
        "Notat fra hjemmebesøk",
        b.days_ago(20),
        texts::annet(&ctx),
    );
    b.release(&d6, &mother, R::Shared, None);
    b.release(&d6, &medmor, R::Shared, None);
    b.release(&d6, &youth, R::NotDecided, None);

    b.thread(
        &case,
        &youth,
        "Støttekontakt",
        &[DemoMessage {
            side: Side::Service,
            text: "Hei Sander! Vi har funnet en støttekontakt som liker fotball.",
            days_ago: 3,
            read: false,
        }],
    );
    // The youth and his mother said yes, the medmor has four days left.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SupportContact,
        text:
            "En fast støttekontakt for Sander to ettermiddager i uken, med fotball og leksehjelp.",
        recipients: "Støttekontakttjenesten i Trondheim kommune",
        asked: &[&youth, &mother, &medmor],
        asked_days_ago: 10,
        dates: dates(b.days_ahead(4), Some(b.days_ahead(180))),
        answers: &[(&youth, C::Yes, 9), (&mother, C::Yes, 8)],
        cancel: None,
    });
    b.login(&youth, "Sander, 16 år, part i egen sak. Ser melding, vedtak og plan, rapporten med en opplysning om mor sladdet, og referatet fra sin egen samtale; ikke det nyeste notatet.");
    b.login(&mother, "Mor til Sander (16). Ser det meste, men samtalen med Sander er unntatt (tittel og hjemmel vises).");
    b.login(&medmor, "Medmor til Sander (16). Samme innsyn som mor.");
}

/// (c) A 19-year-old in ettervern; the mother's party status ended at 18.
fn ettervern_19(b: &mut Builder) {
    let youth = b.person(
        "p-c-amina",
        "Amina",
        "Hassan",
        b.born(19, 40),
        addr("Rosenborg gate 12, 7014 Trondheim"),
    );
    let mother = b.person(
        "p-c-fadumo",
        "Fadumo",
        "Hassan",
        b.born(47, 5),
        addr("Saupstadringen 3, 7078 Saupstad"),
    );
    b.set_reserved_digital(&mother.id);
    let opened = date_turning(youth.birth_date, 13).expect("date");
    let adult = date_turning(youth.birth_date, ADULT_AGE).expect("date");
    let case = b.case(
        "C",
        CaseSpec {
            id: "case-c",
            unit_id: OSTBYEN,
            main: &youth,
            phase: Phase::Ettervern,
            caseworker: 1,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(
        &case,
        &mother,
        PartyRole::Mor,
        opened,
        Some(adult - Days::new(1)),
    );
    let ctx = Ctx {
        child: "Amina",
        adults: "Amina",
        unit: "Østbyen",
        measure: "ettervern med bolig og oppfølging",
        school: "Charlottenlund videregående skole",
    };
    let care = Body::new()
        .h("Vedtak")
        .p("Barneverns- og helsenemnda har vedtatt at barnevernstjenesten skal overta omsorgen for Amina. Hun skal bo i fosterhjem.")
        .p("Nemnda har lagt vekt på Aminas egne ønsker, som hun fortalte om i samtale med talsperson.")
        .h("Du kan klage")
        .p("Vedtaket kan bringes inn for tingretten innen én måned.");
    let d1 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om omsorgsovertakelse",
        opened + Days::new(400),
        care,
    );
    b.release(&d1, &mother, R::Shared, None);
    let at_fifteen =
        b.instant(date_turning(youth.birth_date, PARTY_AGE).expect("date") + Days::new(30));
    b.release_at(&d1, &youth, R::Shared, None, at_fifteen);

    let ettervern = Body::new()
        .h("Vedtak om ettervern")
        .p("Du har sagt ja til ettervern etter at du fylte 18 år. Barnevernstjenesten vedtar at du får hjelp til bolig, økonomi og oppfølging fra en fast kontaktperson.")
        .p("Ettervern er frivillig. Du kan si fra når som helst om du ikke lenger ønsker hjelpen, og du kan be om hjelp igjen senere, fram til du fyller 25 år.")
        .h("Du kan klage")
        .p("Du kan klage på vedtaket innen tre uker. Send klagen til oss; vi sender den videre til Statsforvalteren hvis vi ikke endrer vedtaket.");
    let d2 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om ettervern",
        adult + Days::new(10),
        ettervern,
    );
    b.release(&d2, &youth, R::Shared, None);
    let d3 = b.document(
        &case,
        T::Tiltaksplan,
        "Plan for ettervern",
        adult + Days::new(40),
        texts::tiltaksplan(&ctx),
    );
    b.release(&d3, &youth, R::Shared, None);
    let foster = b.secret("fostermor har vært syk i vinter og har hatt mindre kontakt med Amina");
    let eval = texts::evaluering(&ctx).p_secret(
        "Kontaktpersonen nevner at ",
        &foster,
        ", og at det har vært savnet.",
    );
    let d4 = b.document(
        &case,
        T::Evaluering,
        "Evaluering av ettervern",
        b.days_ago(30),
        eval,
    );
    b.release(
        &d4,
        &youth,
        R::PartlyShared,
        Some((
            G::Fvl19_2A,
            "En opplysning om en annen persons helse er tatt ut.",
        )),
    );
    let psych = Body::new()
        .h("Uttalelse")
        .p("Psykologen beskriver Aminas utvikling gjennom ungdomsårene og gir råd om hvordan hun best kan støttes videre.");
    let d5 = b.document(
        &case,
        T::Annet,
        "Uttalelse fra psykolog",
        b.days_ago(90),
        psych,
    );
    b.release(&d5, &youth, R::Withheld, Some((G::Fvl19_1D, "Psykologen har frarådet at uttalelsen leses uten oppfølging. Du kan be om at en du stoler på, leser den, eller om en lesesamtale.")));

    // Given, then withdrawn by the young adult.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::HealthExchange,
        text: "Oppfølgingstjenesten vil snakke med psykologen din om hvordan det går med deg.",
        recipients: "Psykologen din ved DPS",
        asked: &[&youth],
        asked_days_ago: 200,
        dates: dates(b.days_ago(186), Some(b.days_ahead(100))),
        answers: &[(&youth, C::Yes, 199), (&youth, C::Withdraw, 20)],
        cancel: None,
    });
    // Asked of the mother while Amina was 16, long expired: the mother's access ended
    // at Amina's 18th birthday, and with it her sight of this consent.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SchoolExchange,
        text: "Barneverntjenesten vil snakke med Aminas rådgiver om fravær og skolevalg.",
        recipients: "Rådgiveren ved Charlottenlund videregående skole",
        asked: &[&mother],
        asked_days_ago: 900,
        dates: dates(b.days_ago(886), Some(b.days_ago(500))),
        answers: &[(&mother, C::Yes, 895)],
        cancel: None,
    });
    b.login(&youth, "Amina, 19 år, ettervern. Ser sakens vedtak og planer, evalueringen med en opplysning om fostermor sladdet, og en psykologuttalelse som er unntatt.");
    b.login(&mother, "Mor til Amina (19). Var part til Amina fylte 18; ser ikke lenger saken, men Mine saker forteller hvorfor, fra hvilken dag og hvem hun kan kontakte. Reservert mot digital post.");
}

/// (d) A child in foster care with a protected address, party by nemnd decision.
fn protected_address(b: &mut Builder) {
    let (child, addr_token) = b.protected_person(
        "p-d-lucas",
        "Lucas",
        "Andersen",
        b.born(12, 200),
        "Lyngvegen 7, 7290 Støren (fiktiv)",
    );
    let mother = b.person(
        "p-d-tone",
        "Tone",
        "Andersen",
        b.born(35, 60),
        addr("Kattemskogen 8, 7081 Sjetnemarka"),
    );
    let opened = b.days_ago(600);
    let case = b.case(
        "D",
        CaseSpec {
            id: "case-d",
            unit_id: OMSORG,
            main: &child,
            phase: Phase::Omsorgstiltak,
            caseworker: 1,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: true,
        },
    );
    b.parent(&case, &mother, PartyRole::Mor, opened, None);
    let address = child.address.clone().unwrap_or_default();
    debug_assert!(address.contains(&addr_token));

    let place = b.secret(&format!("fosterfamilien Lyngstad, {address}"));
    let vedtak = Body::new()
        .h("Vedtak")
        .p("Barneverns- og helsenemnda har vedtatt at barnevernstjenesten overtar omsorgen for Lucas. Nemnda har også gitt Lucas partsrettigheter i saken, selv om han er under 15 år.")
        .p_secret("Lucas skal bo hos ", &place, ".")
        .p("Nemnda har bestemt at Lucas sitt oppholdssted skal holdes skjult for foreldrene. Samvær skjer på nøytralt sted, fire ganger i året.")
        .h("Du kan klage")
        .p("Vedtaket kan bringes inn for tingretten innen én måned.");
    let d1 = b.document(
        &case,
        T::Vedtak,
        "Vedtak fra barneverns- og helsenemnda",
        opened + Days::new(400),
        vedtak,
    );
    let hidden = (G::SkjultAdresse, "Nemnda har bestemt at Lucas sitt oppholdssted skal være skjult. Adressen er derfor tatt ut.");
    b.release(&d1, &mother, R::PartlyShared, Some(hidden));
    b.release(&d1, &child, R::Shared, None);

    let moving = Body::new()
        .p("Hei Lucas,")
        .p(format!("Vi skriver for å fortelle at flyttingen til fosterhjemmet er klar. Den nye adressen din er {address}."))
        .p("Du kan ringe kontaktpersonen din når du vil.");
    let d2 = b.document(
        &case,
        T::Brev,
        "Brev om flytting",
        opened + Days::new(410),
        moving,
    );
    b.release(
        &d2,
        &mother,
        R::Withheld,
        Some((
            G::SkjultAdresse,
            "Brevet handler om Lucas sitt oppholdssted, som er skjult etter vedtak fra nemnda.",
        )),
    );
    b.release(&d2, &child, R::Shared, None);
    // The mother asked to read it; her words are hers (and the caseworker's) only,
    // never Lucas's, who has the letter itself.
    b.innsyn_request(
        &d2,
        &mother,
        "Jeg ønsker å lese brevet, slik at jeg vet hvordan flyttingen gikk for Lucas.",
        b.days_ago(4),
    );

    let ctx = Ctx {
        child: "Lucas",
        adults: "mor Tone Andersen",
        unit: "Omsorgsenheten",
        measure: "samvær med mor fire ganger i året",
        school: "skolen",
    };
    let d3 = b.document(
        &case,
        T::Tiltaksplan,
        "Plan for samvær",
        opened + Days::new(430),
        texts::tiltaksplan(&ctx),
    );
    b.release(&d3, &mother, R::Shared, None);
    b.release(&d3, &child, R::Shared, None);
    let d4 = b.document(
        &case,
        T::Motereferat,
        "Referat fra samværsmøte",
        b.days_ago(14),
        texts::motereferat(&ctx),
    );
    b.release(&d4, &mother, R::Shared, None);
    b.release(&d4, &child, R::NotDecided, None);

    // Both said yes; the consent ended a month ago.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SchoolExchange,
        text: "Barneverntjenesten og skolen møtes hver tredje måned om hvordan Lucas har det.",
        recipients: "Kontaktlæreren til Lucas",
        asked: &[&mother, &child],
        asked_days_ago: 400,
        dates: dates(b.days_ago(386), Some(b.days_ago(30))),
        answers: &[(&mother, C::Yes, 398), (&child, C::Yes, 397)],
        cancel: None,
    });
    b.login(&child, "Lucas, 12 år, i fosterhjem med skjult adresse. Part etter nemndsbeslutning; ser sin egen adresse og alle delte dokumenter.");
    b.login(&mother, "Mor til Lucas. Adressen til Lucas er skjult: sladdet i vedtaket, brevet om flytting unntatt (skjult adresse), med en innsynsbegjæring som venter på svar; ingen adressefelt.");
}

/// (e) An adult of 30 reading the closed case from his childhood.
fn adult_closed_case(b: &mut Builder) {
    let adult = b.person(
        "p-e-thomas",
        "Thomas",
        "Eriksen",
        b.born(30, 77),
        addr("Bakkegata 1, 7014 Trondheim"),
    );
    let opened = date_turning(adult.birth_date, 10).expect("date");
    let closed = date_turning(adult.birth_date, ADULT_AGE).expect("date");
    let case = b.case(
        "E",
        CaseSpec {
            id: "case-e",
            unit_id: MIDTBYEN,
            main: &adult,
            phase: Phase::Avsluttet,
            caseworker: 2,
            opened_on: opened,
            closed_on: Some(closed),
            nemnd_party_grant: false,
        },
    );
    let ctx = Ctx {
        child: "Thomas",
        adults: "mor Randi Eriksen",
        unit: "Midtbyen",
        measure: "besøkshjem annenhver helg",
        school: "Kalvskinnet skole",
    };
    let requested = b.instant(b.days_ago(20));
    let reporter = b.secret("naboen i tredje etasje");
    let melding = texts::melding(&ctx).p_secret("Meldingen kom fra ", &reporter, ".");
    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Thomas",
        opened,
        melding,
    );
    b.release_at(
        &d1,
        &adult,
        R::PartlyShared,
        Some((
            G::Fvl19_2B,
            "Navnet på melderen er tatt ut for å beskytte vedkommende.",
        )),
        requested,
    );
    let d2 = b.document(
        &case,
        T::Undersokelsesrapport,
        "Rapport etter undersøkelse – Thomas",
        opened + Days::new(80),
        texts::rapport(&ctx),
    );
    b.release_at(&d2, &adult, R::Shared, None, requested);
    let d3 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om hjelpetiltak for Thomas",
        opened + Days::new(95),
        texts::vedtak(&ctx),
    );
    b.release_at(&d3, &adult, R::Shared, None, requested);
    let d4 = b.document(
        &case,
        T::Evaluering,
        "Evaluering av besøkshjem",
        opened + Days::new(400),
        texts::evaluering(&ctx),
    );
    // History: first registered as undecided, then shared; the newest is in force.
    b.release_at(&d4, &adult, R::NotDecided, None, b.instant(b.days_ago(30)));
    b.release_at(&d4, &adult, R::Shared, None, requested);
    let health = Body::new()
        .h("Uttalelse fra fastlege")
        .p("Legen beskriver mors helse i perioden og hva det betydde for hvor mye hun orket i hverdagen.");
    let d5 = b.document(
        &case,
        T::Annet,
        "Uttalelse fra fastlege om mor",
        opened + Days::new(60),
        health,
    );
    b.release_at(
        &d5,
        &adult,
        R::Withheld,
        Some((G::Fvl19_2A, "Uttalelsen handler om din mors helse.")),
        requested,
    );
    let d6 = b.document(&case, T::Brev, "Avslutningsbrev", closed, texts::brev(&ctx));
    let _ = d6; // Not yet decided after the adult's request: invisible to him.

    b.login(&adult, "Thomas, 30 år. Leser sin avsluttede barnevernssak fra barndommen: meldingen med melder sladdet, rapport, vedtak, evaluering; legeuttalelse om mor unntatt; avslutningsbrevet ikke vurdert ennå.");
}

/// (g) A guardian (verge) for an unaccompanied minor.
fn guardian(b: &mut Builder) {
    let child = b.person(
        "p-g-yonas",
        "Yonas",
        "Tesfay",
        b.born(13, 150),
        addr("Innherredsveien 60, 7067 Trondheim"),
    );
    let verge = b.person(
        "p-g-eva",
        "Eva",
        "Solberg",
        b.born(58, 20),
        addr("Nedre Bakklandet 3, 7014 Trondheim"),
    );
    let opened = b.days_ago(250);
    let case = b.case(
        "G",
        CaseSpec {
            id: "case-g",
            unit_id: MIDTBYEN,
            main: &child,
            phase: Phase::Hjelpetiltak,
            caseworker: 1,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(&case, &verge, PartyRole::Verge, opened, None);
    let ctx = Ctx {
        child: "Yonas",
        adults: "verge Eva Solberg",
        unit: "Midtbyen",
        measure: "miljøterapeut og leksehjelp",
        school: "Rosenborg skole",
    };
    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Yonas",
        opened,
        texts::melding(&ctx),
    );
    let d2 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om hjelpetiltak for Yonas",
        opened + Days::new(95),
        texts::vedtak(&ctx),
    );
    let d3 = b.document(
        &case,
        T::Tiltaksplan,
        "Tiltaksplan for Yonas",
        opened + Days::new(110),
        texts::tiltaksplan(&ctx),
    );
    for d in [&d1, &d2, &d3] {
        b.release(d, &verge, R::Shared, None);
    }
    let other = b.secret("en annen gutt på avdelingen har en alvorlig sykdom");
    let rapport = texts::rapport(&ctx).p_secret("Yonas er bekymret fordi ", &other, ".");
    let d4 = b.document(
        &case,
        T::Undersokelsesrapport,
        "Rapport etter undersøkelse – Yonas",
        opened + Days::new(80),
        rapport,
    );
    b.release(
        &d4,
        &verge,
        R::PartlyShared,
        Some((
            G::Fvl19_2A,
            "En opplysning om en annen persons helse er tatt ut.",
        )),
    );
    let d5 = b.document(
        &case,
        T::Brev,
        "Brev om skolestart",
        b.days_ago(3),
        texts::brev(&ctx),
    );
    let _ = d5; // Waiting in the caseworker's queue.

    // Declined by the guardian.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SchoolExchange,
        text: "Barneverntjenesten vil dele kartleggingen av Yonas med skolen, så de kan tilpasse undervisningen.",
        recipients: "Skolen til Yonas",
        asked: &[&verge],
        asked_days_ago: 40,
        dates: dates(b.days_ago(26), None),
        answers: &[(&verge, C::No, 35)],
        cancel: None,
    });
    // Cancelled by the service (its reason is for staff only).
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::VisitingHome,
        text: "Et besøkshjem for Yonas én helg i måneden.",
        recipients: "Besøkshjemmet familien Lund",
        asked: &[&verge],
        asked_days_ago: 20,
        dates: dates(b.days_ahead(5), Some(b.days_ahead(365))),
        answers: &[],
        cancel: Some(("Besøkshjemmet trakk seg; vi finner et annet.", 2)),
    });
    b.login(&verge, "Eva Solberg, verge for Yonas (13, enslig mindreårig). Ser meldingen, vedtak og plan, rapporten med en opplysning om en annen sladdet; ikke det nyeste brevet.");
    b.login(
        &child,
        "Yonas, 13 år. Ikke part (under 15): skal ikke se saken.",
    );
}

/// A second service: the father from family A has a new case in Melhus og Skaun.
fn second_service(b: &mut Builder, father: &Person) {
    let child = b.person(
        "p-h-mia",
        "Mia",
        "Berg",
        b.born(4, 30),
        addr("Gimsvegen 9, 7224 Melhus"),
    );
    let partner = b.person(
        "p-h-silje",
        "Silje",
        "Moen",
        b.born(33, 90),
        addr("Gimsvegen 9, 7224 Melhus"),
    );
    let opened = b.days_ago(40);
    let case = b.case(
        "H",
        CaseSpec {
            id: "case-h",
            unit_id: MELHUS,
            main: &child,
            phase: Phase::Undersokelse,
            caseworker: 1,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(&case, father, PartyRole::Far, opened, None);
    b.parent(&case, &partner, PartyRole::Mor, opened, None);
    let ctx = Ctx {
        child: "Mia",
        adults: "far Ole Berg og mor Silje Moen",
        unit: "Melhus og Skaun",
        measure: "veiledning i hjemmet",
        school: "Brekkåsen barnehage",
    };
    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Mia",
        opened,
        texts::melding(&ctx),
    );
    let d2 = b.document(
        &case,
        T::Brev,
        "Invitasjon til samtale",
        opened + Days::new(6),
        texts::brev(&ctx),
    );
    for d in [&d1, &d2] {
        b.release(d, father, R::Shared, None);
        b.release(d, &partner, R::Shared, None);
    }
    let d3 = b.document(
        &case,
        T::Motereferat,
        "Referat fra samtale med barnehagen",
        opened + Days::new(20),
        texts::motereferat(&ctx),
    );
    b.release(&d3, &partner, R::Shared, None);
    b.release(&d3, father, R::Withheld, Some((G::Bvl12_6_3, "Innsyn nå kan gjøre det vanskelig å gjennomføre undersøkelsen. Du får innsyn når den er ferdig.")));
    b.login(&partner, "Mor til Mia (4) i Melhus og Skaun. Undersøkelse pågår: ser meldingen, invitasjonen og barnehagereferatet.");
}

/// (f) A person with no cases, who can still log in; one stray release (a data-entry
/// trap) names him, and the policy must ignore it.
fn unrelated(b: &mut Builder, foreign_doc: &str) {
    let person = b.person(
        "p-f-henrik",
        "Henrik",
        "Dahl",
        b.born(45, 180),
        addr("Jonsvannsveien 80, 7050 Trondheim"),
    );
    b.release(foreign_doc, &person, R::Shared, None);
    b.login(&person, "Henrik, 45 år, uten saker. Skal se en tom oversikt, selv om et dokument i en annen familie ved en feil er frigitt til ham.");
}

/// (i) A family that moved: the case went to another service three weeks ago, so the
/// mother and the youth (16) read nothing of it here and are told where it went.
fn moved_away(b: &mut Builder) {
    let youth = b.person(
        "p-i-emil",
        "Emil",
        "Nilsen",
        b.born(16, 200),
        addr("Bodøgata 4, 8006 Bodø"),
    );
    let mother = b.person(
        "p-i-hanne",
        "Hanne",
        "Nilsen",
        b.born(41, 60),
        addr("Bodøgata 4, 8006 Bodø"),
    );
    let opened = b.days_ago(400);
    let case = b.case(
        "I",
        CaseSpec {
            id: "case-i",
            unit_id: HEIMDAL,
            main: &youth,
            phase: Phase::Hjelpetiltak,
            caseworker: 2,
            opened_on: opened,
            closed_on: None,
            nemnd_party_grant: false,
        },
    );
    b.parent(&case, &mother, PartyRole::Mor, opened, None);
    let ctx = Ctx {
        child: "Emil",
        adults: "mor Hanne Nilsen",
        unit: "Heimdal",
        measure: "samtaler med miljøterapeut",
        school: "Heimdal videregående skole",
    };
    let day = |n: u64| opened + Days::new(n);
    let d1 = b.document(
        &case,
        T::Melding,
        "Bekymringsmelding om Emil",
        opened,
        texts::melding(&ctx),
    );
    let d2 = b.document(
        &case,
        T::Vedtak,
        "Vedtak om hjelpetiltak for Emil",
        day(90),
        texts::vedtak(&ctx),
    );
    for d in [&d1, &d2] {
        b.release(d, &mother, R::Shared, None);
        b.release(d, &youth, R::Shared, None);
    }
    let school = b.secret("læreren har meldt fra om en annen elev i klassen");
    let rapport = texts::rapport(&ctx).p_secret("Skolen forteller at ", &school, ".");
    let d3 = b.document(
        &case,
        T::Undersokelsesrapport,
        "Rapport etter undersøkelse – Emil",
        day(70),
        rapport,
    );
    b.release(
        &d3,
        &mother,
        R::PartlyShared,
        Some((G::Fvl19_2A, "En opplysning om en annen elev er tatt ut.")),
    );
    b.move_case(
        &case.id,
        "Bodø kommune – barneverntjenesten",
        b.days_ago(21),
    );

    // Asked before the case moved: from the move nobody here sees it.
    b.consent(ConsentSpec {
        case: &case,
        purpose: Purpose::SchoolExchange,
        text: "Barneverntjenesten vil snakke med Emils kontaktlærer om overgangen til ny skole.",
        recipients: "Kontaktlæreren til Emil",
        asked: &[&mother, &youth],
        asked_days_ago: 60,
        dates: dates(b.days_ago(50), None),
        answers: &[(&mother, C::Yes, 58)],
        cancel: None,
    });
    b.login(&mother, "Hanne Nilsen, mor til Emil (16). Saken er flyttet til Bodø for tre uker siden: ser bare at den er flyttet, hvor og fra hvilken dag, og hvem hun kan spørre om de gamle dokumentene.");
    b.login(&youth, "Emil, 16 år. Saken hans er flyttet til Bodø: ser «Saken din» med hvor den gikk, ingen dokumenter.");
}
