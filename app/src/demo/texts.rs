//! Synthetic document texts in plain, humane bokmål. Written for this demo; no real
//! case text. Each template takes the names it mentions so families read naturally.

use crate::demo::builder::Body;
use crate::domain::DocType;

/// The names and facts a template mentions.
pub struct Ctx<'a> {
    /// The child's given name.
    pub child: &'a str,
    /// "mor Kari Hansen og far Ole Berg", or "verge Eva Solberg".
    pub adults: &'a str,
    pub unit: &'a str,
    /// The help measure, e.g. "foreldreveiledning".
    pub measure: &'a str,
    /// The child's school or kindergarten.
    pub school: &'a str,
}

/// A standard body for `doc_type`.
pub fn body(doc_type: DocType, c: &Ctx) -> Body {
    match doc_type {
        DocType::Melding => melding(c),
        DocType::Undersokelsesrapport => rapport(c),
        DocType::Vedtak => vedtak(c),
        DocType::Tiltaksplan => tiltaksplan(c),
        DocType::Evaluering => evaluering(c),
        DocType::Motereferat => motereferat(c),
        DocType::Brev => brev(c),
        DocType::Samtykke => samtykke(c),
        DocType::Annet => annet(c),
    }
}

/// A standard title for `doc_type`.
pub fn title(doc_type: DocType, child: &str) -> String {
    match doc_type {
        DocType::Melding => format!("Bekymringsmelding om {child}"),
        DocType::Undersokelsesrapport => format!("Rapport etter undersøkelse – {child}"),
        DocType::Vedtak => format!("Vedtak om hjelpetiltak for {child}"),
        DocType::Tiltaksplan => format!("Tiltaksplan for {child}"),
        DocType::Evaluering => format!("Evaluering av tiltak for {child}"),
        DocType::Motereferat => format!("Referat fra samarbeidsmøte om {child}"),
        DocType::Brev => "Brev fra barnevernstjenesten".to_string(),
        DocType::Samtykke => "Samtykke til samarbeid med skole".to_string(),
        DocType::Annet => "Notat fra hjemmebesøk".to_string(),
    }
}

pub fn melding(c: &Ctx) -> Body {
    Body::new()
        .h("Innholdet i meldingen")
        .p(format!(
            "Barnevernstjenesten har mottatt en bekymringsmelding om {}. Melder forteller at {} i flere uker har kommet sliten og sulten til {}, og at hen ofte sitter alene i friminuttene.",
            c.child, c.child, c.school
        ))
        .p("Melder har snakket med foreldrene om dette før, men opplever ikke at situasjonen har endret seg. Melder ønsker at barnevernstjenesten ser nærmere på hvordan barnet har det.")
        .h("Vurdering")
        .p(format!(
            "Enhet {} har gått gjennom meldingen innen fristen på en uke. Vi mener meldingen gir grunn til å undersøke saken nærmere, og vil ta kontakt med {} for å avtale et første møte.",
            c.unit, c.adults
        ))
}

pub fn rapport(c: &Ctx) -> Body {
    Body::new()
        .h("Bakgrunn")
        .p(format!(
            "Undersøkelsen ble startet etter en bekymringsmelding om {}. Vi har hatt samtaler med {}, snakket med {} alene, og innhentet opplysninger fra {} med samtykke.",
            c.child, c.adults, c.child, c.school
        ))
        .h("Det vi har sett")
        .p(format!(
            "{} beskrives som et omsorgsfullt og nysgjerrig barn. Foreldrene er glade i barnet og ønsker det beste for hen. Samtidig har familien hatt en krevende periode med flytting og lite nettverk rundt seg.",
            c.child
        ))
        .p("Vi ser at hverdagen mangler faste rammer, særlig rundt måltider og leggetid, og at de voksne selv sier de trenger støtte for å finne gode rutiner.")
        .h("Konklusjon")
        .p(format!(
            "Barnevernstjenesten mener {} har behov for hjelpetiltak. Vi foreslår {}. Foreldrene har sagt seg enige i dette.",
            c.child, c.measure
        ))
}

pub fn vedtak(c: &Ctx) -> Body {
    Body::new()
        .h("Vedtak")
        .p(format!(
            "Barnevernstjenesten vedtar hjelpetiltak for {} i form av {}. Tiltaket varer i seks måneder og skal evalueres underveis.",
            c.child, c.measure
        ))
        .h("Begrunnelse")
        .p(format!(
            "Undersøkelsen viser at {} trenger mer forutsigbarhet i hverdagen, og at {} ønsker hjelp til dette. Tiltaket er frivillig og bygger på samtykke.",
            c.child, c.adults
        ))
        .h("Du kan klage")
        .p("Du kan klage på vedtaket innen tre uker fra du fikk det. Send klagen til barnevernstjenesten; hvis vi ikke endrer vedtaket, sender vi klagen videre til Statsforvalteren. Du kan be om hjelp til å skrive klagen.")
}

pub fn tiltaksplan(c: &Ctx) -> Body {
    Body::new()
        .h("Mål")
        .p(format!(
            "Målet er at {} skal ha trygge og forutsigbare dager, både hjemme og på {}.",
            c.child, c.school
        ))
        .h("Dette gjør vi")
        .li(format!("Veileder kommer hjem til familien hver uke ({})." , c.measure))
        .li(format!("Kontaktperson på {} gir beskjed til foreldrene hver fredag.", c.school))
        .li("Familien og saksbehandler møtes hver sjette uke for å se hvordan det går.")
        .h("Evaluering")
        .p("Planen evalueres etter tre måneder. Alle kan be om et møte før det om noe ikke fungerer.")
}

pub fn evaluering(c: &Ctx) -> Body {
    Body::new()
        .h("Hvordan har det gått")
        .p(format!(
            "{} og de voksne rundt forteller at morgenene har blitt roligere. {} melder at {} er mer opplagt og har fått en venn i klassen.",
            c.adults, c.school, c.child
        ))
        .p("Noen avtaler har vært vanskelige å holde, særlig i ferier. Dette har vi snakket åpent om.")
        .h("Videre")
        .p(format!(
            "Vi anbefaler å fortsette med {} i tre nye måneder, med færre besøk enn før.",
            c.measure
        ))
}

pub fn motereferat(c: &Ctx) -> Body {
    Body::new()
        .h("Til stede")
        .p(format!(
            "{}, saksbehandler og kontaktlærer fra {}.",
            c.adults, c.school
        ))
        .h("Det vi snakket om")
        .p(format!(
            "Vi gikk gjennom hvordan {} har det på skolen og hjemme. Foreldrene fortalte om det som går bra, og om det som fortsatt er vanskelig.",
            c.child
        ))
        .p("Alle som var til stede, kan komme med rettelser til referatet innen tre uker. Rettelser blir journalført sammen med referatet.")
}

pub fn brev(c: &Ctx) -> Body {
    Body::new()
        .p("Hei,")
        .p(format!(
            "Vi viser til samtalen vår om {}. Vi ønsker å invitere til et møte på kontoret vårt i enhet {} for å snakke om hvordan vi kan samarbeide videre.",
            c.child, c.unit
        ))
        .p("Passer ikke tidspunktet, kan du ringe eller sende oss en melding her i Min sak. Du kan gjerne ta med deg en du stoler på.")
        .p("Vennlig hilsen barnevernstjenesten")
}

pub fn samtykke(c: &Ctx) -> Body {
    Body::new()
        .h("Hva samtykket gjelder")
        .p(format!(
            "Barnevernstjenesten ber om samtykke til å utveksle opplysninger med {} om hvordan {} har det der, så lenge hjelpetiltaket varer.",
            c.school, c.child
        ))
        .p("Du kan trekke samtykket når som helst, like enkelt som du ga det. Det som allerede er gjort mens samtykket gjaldt, er fortsatt lovlig.")
}

pub fn annet(c: &Ctx) -> Body {
    Body::new()
        .h("Hjemmebesøk")
        .p(format!(
            "Saksbehandler var på avtalt hjemmebesøk. {} viste fram rommet sitt og fortalte om en tegning hen var stolt av.",
            c.child
        ))
        .p("Stemningen var god. Foreldrene fortalte at de gruet seg til besøket, men at det var fint å snakke sammen hjemme.")
}
