//! Assembles demo rows and keeps the demo's own record of who was given what, from
//! which the sentinel grants are derived in [`Builder::finish`].

use crate::demo::pid::synthetic_pid;
use crate::demo::{DemoCitizen, DemoData, DemoInnsyn, PartyWindow, SentinelGrant};
use crate::domain::age::{date_turning, ADULT_AGE, PARTY_AGE};
use crate::domain::grounds::GroundsCode;
use crate::domain::rich_text::{Block, BlockKind, Redaction};
use crate::domain::{
    Case, CaseMove, DocType, Document, Milestone, MilestoneKind, Party, PartyRole, Person, Phase,
    ReleaseDecision, ReleaseState,
};
use chrono::{Days, Months, NaiveDate};
use std::collections::{HashMap, HashSet};

/// A document body under construction, with the spans that a partial release removes.
#[derive(Clone, Debug, Default)]
pub struct Body {
    pub blocks: Vec<Block>,
    pub secrets: Vec<Redaction>,
}

impl Body {
    pub fn new() -> Body {
        Body::default()
    }
    fn push(mut self, kind: BlockKind, text: impl Into<String>) -> Body {
        self.blocks.push(Block::new(kind, text));
        self
    }
    pub fn h(self, text: impl Into<String>) -> Body {
        self.push(BlockKind::Heading, text)
    }
    pub fn p(self, text: impl Into<String>) -> Body {
        self.push(BlockKind::Paragraph, text)
    }
    pub fn li(self, text: impl Into<String>) -> Body {
        self.push(BlockKind::ListItem, text)
    }
    /// A paragraph whose `secret` part (which must carry a sentinel, see
    /// [`Builder::secret`]) is removed when the document is partly shared.
    pub fn p_secret(mut self, before: &str, secret: &str, after: &str) -> Body {
        let start = before.chars().count();
        let end = start + secret.chars().count();
        self.secrets.push(Redaction {
            block: self.blocks.len(),
            start,
            end,
        });
        self.push(BlockKind::Paragraph, format!("{before}{secret}{after}"))
    }
}

/// Options for a new case.
pub struct CaseSpec<'a> {
    pub id: &'a str,
    pub unit_id: &'a str,
    pub main: &'a Person,
    pub phase: Phase,
    pub caseworker: usize,
    /// The day the bekymringsmelding arrived; the timeline counts from here.
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub nemnd_party_grant: bool,
}

/// A demo consent: what it asks of whom, and what the parties answered (person, choice,
/// days ago), in order.
pub struct ConsentSpec<'a> {
    pub case: &'a Case,
    pub purpose: crate::domain::consent::Purpose,
    pub text: &'a str,
    pub recipients: &'a str,
    pub asked: &'a [&'a Person],
    pub asked_days_ago: u64,
    pub dates: crate::domain::consent::Dates,
    pub answers: &'a [(&'a Person, crate::domain::consent::PartyChoice, u64)],
    /// The service's reason and the day (days ago) it cancelled the consent.
    pub cancel: Option<(&'a str, u64)>,
}

/// One message of a demo thread.
pub struct DemoMessage<'a> {
    pub side: crate::domain::post::Side,
    pub text: &'a str,
    pub days_ago: u64,
    /// Opened by the other side.
    pub read: bool,
}

/// A party's request for a correction to demo minutes, with the service's answer (its
/// outcome, words and how many days ago) if given.
pub struct DemoMinutesComment<'a> {
    pub person: &'a Person,
    /// 1-based part, `None` for the whole minutes.
    pub part: Option<usize>,
    pub text: &'a str,
    pub days_ago: u64,
    pub answer: Option<(crate::domain::minutes::Outcome, &'a str, u64)>,
}

/// First and last day (inclusive; open-ended when `None`).
type Period = (NaiveDate, Option<NaiveDate>);

pub struct Builder {
    pub today: NaiveDate,
    pub data: DemoData,
    pids: HashSet<String>,
    counters: HashMap<String, usize>,
    /// (case, person) → periods in which the demo treats the person as a party.
    windows: HashMap<(String, String), Vec<Period>>,
    secrets: HashMap<String, Vec<Redaction>>,
    family_of_case: HashMap<String, String>,
    /// Documents given a PDF rendering besides those withheld or partly shared.
    pdf_docs: HashSet<String>,
}

impl Builder {
    pub fn new(today: NaiveDate) -> Builder {
        Builder {
            today,
            data: DemoData::default(),
            pids: HashSet::new(),
            counters: HashMap::new(),
            windows: HashMap::new(),
            secrets: HashMap::new(),
            family_of_case: HashMap::new(),
            pdf_docs: HashSet::new(),
        }
    }

    // ---- dates ----

    pub fn days_ago(&self, days: u64) -> NaiveDate {
        self.today - Days::new(days)
    }
    pub fn days_ahead(&self, days: u64) -> NaiveDate {
        self.today + Days::new(days)
    }
    /// A birth date making the person `years` old today, `days` after their birthday.
    pub fn born(&self, years: u32, days: u64) -> NaiveDate {
        let birthday = self
            .today
            .checked_sub_months(Months::new(12 * years))
            .expect("date in range");
        birthday - Days::new(days)
    }
    /// Unix seconds at 10:00 UTC on `date`, never later than today.
    pub fn instant(&self, date: NaiveDate) -> i64 {
        date.min(self.today)
            .and_hms_opt(10, 0, 0)
            .expect("valid time")
            .and_utc()
            .timestamp()
    }

    // ---- sentinels ----

    /// A fresh token `LEAK-<kind>-<nnnnn>`. Fixed width so no token is a prefix of another.
    pub fn token(&mut self, kind: &str) -> String {
        let n = self.counters.entry(kind.to_string()).or_insert(0);
        *n += 1;
        let token = format!("LEAK-{kind}-{n:05}");
        self.data.sentinels.push(token.clone());
        token
    }

    /// Text to be redacted, for [`Body::p_secret`]: the sentence with a sentinel at its
    /// start, in its middle and at its end (`LEAK-REDACTED-START/MID/END-n`, one `n` per
    /// secret), so a leak of any part of the span longer than a token shows.
    pub fn secret(&mut self, text: &str) -> String {
        let start = self.token("REDACTED-START");
        let mid = self.token("REDACTED-MID");
        let end = self.token("REDACTED-END");
        let words: Vec<&str> = text.split_whitespace().collect();
        let half = words.len().div_ceil(2);
        let parts = [
            start.as_str(),
            &words[..half].join(" "),
            mid.as_str(),
            &words[half..].join(" "),
            &format!("(ref. {end})"),
        ];
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .copied()
            .collect::<Vec<&str>>()
            .join(" ")
    }

    // ---- people ----

    pub fn person(
        &mut self,
        id: &str,
        given: &str,
        family: &str,
        birth: NaiveDate,
        address: Option<String>,
    ) -> Person {
        let start = (self.data.persons.len() as u32 * 37) % 500;
        let pids = &self.pids;
        let pid = synthetic_pid(birth, start, |p| !pids.contains(p));
        self.pids.insert(pid.clone());
        let person = Person {
            id: id.into(),
            pid,
            given_name: given.into(),
            family_name: family.into(),
            birth_date: birth,
            address,
            protected_address: false,
            reserved_digital: false,
        };
        self.data.persons.push(person.clone());
        self.data
            .emails
            .insert(person.id.clone(), format!("{}@example.org", person.id));
        person
    }

    /// A person whose address is protected; the address carries an ADDR sentinel that
    /// only the person may see. Returns the person and the token.
    pub fn protected_person(
        &mut self,
        id: &str,
        given: &str,
        family: &str,
        birth: NaiveDate,
        street: &str,
    ) -> (Person, String) {
        let token = self.token("ADDR");
        let mut person = self.person(id, given, family, birth, Some(format!("{street} {token}")));
        person.protected_address = true;
        if let Some(row) = self.data.persons.iter_mut().find(|p| p.id == id) {
            row.protected_address = true;
        }
        self.data.grants.push(SentinelGrant {
            token: token.clone(),
            person_id: id.into(),
            from: birth,
            until: None,
        });
        (person, token)
    }

    pub fn set_reserved_digital(&mut self, person_id: &str) {
        if let Some(row) = self.data.persons.iter_mut().find(|p| p.id == person_id) {
            row.reserved_digital = true;
        }
        self.data.emails.remove(person_id);
    }

    pub fn login(&mut self, person: &Person, description: &str) {
        self.data.login_citizens.push(DemoCitizen {
            person_id: person.id.clone(),
            description: description.into(),
        });
    }

    // ---- cases ----

    /// Adds the case, the main person's HOVEDPERSON row and the standard timeline.
    pub fn case(&mut self, family: &str, spec: CaseSpec) -> Case {
        let case = Case {
            id: spec.id.into(),
            service_id: crate::demo::org::service_of(spec.unit_id).into(),
            unit_id: spec.unit_id.into(),
            main_person_id: spec.main.id.clone(),
            phase: spec.phase,
            caseworker_id: Some(crate::demo::org::caseworker(spec.unit_id, spec.caseworker)),
            opened_on: spec.opened_on,
            closed_on: spec.closed_on,
            nemnd_party_grant: spec.nemnd_party_grant,
            moved: None,
        };
        self.data.cases.push(case.clone());
        self.family_of_case.insert(case.id.clone(), family.into());
        self.push_party(
            &case,
            spec.main,
            PartyRole::Hovedperson,
            spec.opened_on,
            None,
        );
        // The demo's own statement of when the child's rights begin.
        let rights_from = if spec.nemnd_party_grant {
            spec.opened_on
        } else {
            date_turning(spec.main.birth_date, PARTY_AGE).expect("date in range")
        };
        self.window(&case, spec.main, rights_from, None);
        self.timeline(&case);
        case
    }

    /// A parent's or guardian's party row, in force from `from` to `to`.
    pub fn parent(
        &mut self,
        case: &Case,
        person: &Person,
        role: PartyRole,
        from: NaiveDate,
        to: Option<NaiveDate>,
    ) {
        self.push_party(case, person, role, from, to);
        // The demo's own statement of the age rule: a parent's rights end the day before
        // the child turns 18, whatever the row says.
        let child_birth = self
            .data
            .persons
            .iter()
            .find(|p| p.id == case.main_person_id)
            .map(|p| p.birth_date)
            .expect("the case's main person is created first");
        let last_day = date_turning(child_birth, ADULT_AGE)
            .expect("date in range")
            .pred_opt()
            .expect("date in range");
        let until = Some(to.map_or(last_day, |t| t.min(last_day)));
        self.window(case, person, from, until);
    }

    fn push_party(
        &mut self,
        case: &Case,
        person: &Person,
        role: PartyRole,
        from: NaiveDate,
        to: Option<NaiveDate>,
    ) {
        self.data.parties.push(Party {
            id: format!("{}-{}-{}", case.id, person.id, role.as_str().to_lowercase()),
            case_id: case.id.clone(),
            person_id: person.id.clone(),
            role,
            valid_from: from,
            valid_to: to,
        });
    }

    /// Moves `case_id` to another service from `on`. Call it after the case's parties
    /// are added: it ends every party window on the eve of the move.
    pub fn move_case(&mut self, case_id: &str, to_service: &str, on: NaiveDate) {
        for c in self.data.cases.iter_mut().filter(|c| c.id == case_id) {
            c.moved = Some(CaseMove {
                to_service: to_service.into(),
                on,
            });
        }
        let eve = on.pred_opt().expect("a date after the first one");
        for ((c, _), periods) in self.windows.iter_mut() {
            if c != case_id {
                continue;
            }
            for (_, until) in periods.iter_mut() {
                *until = Some(until.map_or(eve, |u| u.min(eve)));
            }
        }
    }

    fn window(&mut self, case: &Case, person: &Person, from: NaiveDate, to: Option<NaiveDate>) {
        self.windows
            .entry((case.id.clone(), person.id.clone()))
            .or_default()
            .push((from, to));
    }

    /// The standard milestones up to the case's phase; steps after today stay open.
    fn timeline(&mut self, case: &Case) {
        use MilestoneKind::*;
        let m = case.opened_on;
        let at = |d: u64| m + Days::new(d);
        let mut steps: Vec<(MilestoneKind, Option<NaiveDate>, Option<NaiveDate>)> = vec![
            (MeldingMottatt, Some(m), None),
            (MeldingVurdert, Some(at(5)), MeldingVurdert.deadline_from(m)),
        ];
        let investigation = at(5);
        let frist = UndersokelseFrist.deadline_from(investigation);
        // Ettervern follows care, a closed case here followed help measures.
        let path = match case.phase {
            Phase::Ettervern => Phase::Omsorgstiltak,
            Phase::Avsluttet => Phase::Hjelpetiltak,
            other => other,
        };
        let reached = |p: Phase| path >= p;
        if reached(Phase::Undersokelse) {
            steps.push((UndersokelseStartet, Some(investigation), None));
            let done = reached(Phase::Hjelpetiltak) || case.closed_on.is_some();
            steps.push((UndersokelseFrist, done.then(|| at(80)), frist));
        }
        if case.phase == Phase::Bekymringsmelding {
            steps[1].1 = None;
        }
        if reached(Phase::Hjelpetiltak) {
            steps.push((UndersokelseAvsluttet, Some(at(80)), None));
            steps.push((VedtakHjelpetiltak, Some(at(95)), None));
            steps.push((TiltaksplanUtarbeidet, Some(at(110)), None));
            steps.push((TiltaksplanEvaluering, Some(at(200)), None));
        }
        if reached(Phase::Omsorgstiltak) {
            steps.push((AkuttvedtakFattet, Some(at(300)), None));
            steps.push((
                AkuttvedtakGodkjenning,
                Some(at(301)),
                AkuttvedtakGodkjenning.deadline_from(at(300)),
            ));
            steps.push((NemndVedtak, Some(at(400)), None));
        }
        if case.phase == Phase::Ettervern {
            let start = date_turning(
                self.person_birth(&case.main_person_id),
                crate::domain::age::ADULT_AGE,
            );
            steps.push((EttervernStart, start, None));
        }
        if let Some(closed) = case.closed_on {
            steps.push((SakAvsluttet, Some(closed), None));
        }
        if case.phase == Phase::Hjelpetiltak {
            // The next evaluation is ahead, with a due date.
            steps.push((TiltaksplanEvaluering, None, Some(self.days_ahead(45))));
        }
        for (seq, (kind, occurred, due)) in steps.into_iter().enumerate() {
            let occurred = occurred.filter(|d| *d <= self.today);
            self.data.milestones.push(Milestone {
                id: format!("{}-ms-{:02}", case.id, seq + 1),
                case_id: case.id.clone(),
                kind,
                phase: kind.phase(),
                occurred_on: occurred,
                due_on: due,
                seq: seq as i64 + 1,
            });
        }
    }

    fn person_birth(&self, id: &str) -> NaiveDate {
        self.data
            .persons
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.birth_date)
            .expect("main person exists")
    }

    // ---- documents ----

    /// Adds a document; its id is `<case>-d<nn>`. A sentinel for the family is added
    /// to every body so a cross-family leak is detectable.
    pub fn document(
        &mut self,
        case: &Case,
        doc_type: DocType,
        title: &str,
        doc_date: NaiveDate,
        body: Body,
    ) -> String {
        let n = self
            .data
            .documents
            .iter()
            .filter(|d| d.case_id == case.id)
            .count();
        let id = format!("{}-d{:02}", case.id, n + 1);
        let family = self
            .family_of_case
            .get(&case.id)
            .cloned()
            .expect("case was added through the builder");
        let token = self.token(&format!("FAMILY-{family}"));
        // The title is shown to whoever the document is listed for (withheld included),
        // to nobody else: its own sentinel tells a leaked title from a leaked body.
        let title_token = self.token("TITLE");
        let mut blocks = body.blocks;
        blocks.push(Block::new(
            BlockKind::Paragraph,
            format!("Syntetiske testdata, kontrollkode {token}."),
        ));
        let appeal_deadline = (doc_type == DocType::Vedtak).then(|| doc_date + Days::new(21));
        self.data.documents.push(Document {
            id: id.clone(),
            case_id: case.id.clone(),
            doc_type,
            title: format!("{title} ({title_token})"),
            doc_date,
            body: blocks,
            has_pdf: false,
            appeal_deadline,
            supersedes_id: None,
            created_at: self.instant(doc_date),
        });
        self.secrets.insert(id.clone(), body.secrets);
        id
    }

    /// Gives a document a PDF rendering of its text (see [`Builder::finish`]); documents
    /// withheld from someone or partly shared get one anyway.
    pub fn attach_pdf(&mut self, doc_id: &str) {
        self.pdf_docs.insert(doc_id.to_string());
    }

    pub fn supersedes(&mut self, doc_id: &str, older_id: &str) {
        if let Some(doc) = self.data.documents.iter_mut().find(|d| d.id == doc_id) {
            doc.supersedes_id = Some(older_id.into());
        }
    }

    /// Records a release decision for (document, person), decided three days after the
    /// document date by the case's caseworker.
    pub fn release(
        &mut self,
        doc_id: &str,
        person: &Person,
        state: ReleaseState,
        grounds: Option<(GroundsCode, &str)>,
    ) {
        let doc_date = self.doc(doc_id).doc_date;
        let at = self.instant(doc_date + Days::new(3));
        self.release_at(doc_id, person, state, grounds, at);
    }

    /// Shares the text only: the caseworker did not open the PDF, so it is not released.
    pub fn release_text_only(&mut self, doc_id: &str, person: &Person) {
        self.release(doc_id, person, ReleaseState::Shared, None);
        if let Some(last) = self.data.decisions.last_mut() {
            last.covers_pdf = false;
        }
    }

    pub fn release_at(
        &mut self,
        doc_id: &str,
        person: &Person,
        state: ReleaseState,
        grounds: Option<(GroundsCode, &str)>,
        decided_at: i64,
    ) {
        let case_id = self.doc(doc_id).case_id.clone();
        let decided_by = self
            .data
            .cases
            .iter()
            .find(|c| c.id == case_id)
            .and_then(|c| c.caseworker_id.clone())
            .unwrap_or_default();
        let redactions = if state == ReleaseState::PartlyShared {
            let spans = self.secrets.get(doc_id).cloned().unwrap_or_default();
            assert!(!spans.is_empty(), "{doc_id} has nothing to redact");
            spans
        } else {
            Vec::new()
        };
        let considered = matches!(state, ReleaseState::Withheld | ReleaseState::PartlyShared);
        // Each justification is written for one party: its own sentinel, shown to that
        // party only (and only while the decision withholding from them is in force).
        let justification = match grounds {
            Some((_, text)) => {
                let token = self.token("JUSTIFICATION");
                Some(format!("{text} (ref. {token})"))
            }
            None => None,
        };
        self.data.decisions.push(ReleaseDecision {
            seq: self.data.decisions.len() as i64 + 1,
            document_id: doc_id.into(),
            person_id: person.id.clone(),
            state,
            grounds_code: grounds.map(|(g, _)| g.as_str().to_string()),
            justification,
            merinnsyn_considered: considered,
            redactions,
            // The demo's caseworkers opened every PDF they shared.
            covers_pdf: state == ReleaseState::Shared,
            reason: Some(reason_for(state).into()),
            decided_by,
            decided_at,
        });
    }

    fn doc(&self, id: &str) -> &Document {
        self.data
            .documents
            .iter()
            .find(|d| d.id == id)
            .expect("document exists")
    }

    /// An innsyn request by `person` for a document withheld from them; the message
    /// carries an INNSYN sentinel only the asker may see.
    pub fn innsyn_request(&mut self, doc_id: &str, person: &Person, message: &str, on: NaiveDate) {
        let token = self.token("INNSYN");
        let case_id = self.doc(doc_id).case_id.clone();
        let at = self.instant(on);
        self.data.innsyn.push(DemoInnsyn {
            case_id,
            document_id: doc_id.into(),
            person_id: person.id.clone(),
            message: format!("{message} (ref. {token})"),
            at,
        });
    }

    /// A request by `person` to see the whole case, answered by the case's caseworker
    /// with `answer` (its kind, the words, the day) if given; the answer is checked by
    /// the portal's own rule against what the person then sees. The request and the
    /// answer each carry a CASEINNSYN sentinel for the asker alone.
    pub fn case_innsyn_request(
        &mut self,
        case: &Case,
        person: &Person,
        message: &str,
        on: NaiveDate,
        answer: Option<(crate::domain::InnsynEvent, &str, NaiveDate)>,
    ) {
        let token = self.token("CASEINNSYN");
        let at = self.instant(on);
        let answer = answer.map(|(kind, words, answered_on)| {
            let states = self.states_for(&case.id, &person.id);
            let refusals = crate::domain::case_innsyn::check_answer(
                Some(kind),
                words,
                &states,
                crate::api::dto::CASE_INNSYN_ANSWER_MAX,
            );
            assert!(
                refusals.is_empty(),
                "demo answer to {}: {refusals:?}",
                person.id
            );
            let token = self.token("CASEINNSYN");
            crate::demo::DemoCaseAnswer {
                kind,
                words: format!("{words} (ref. {token})"),
                staff_id: case
                    .caseworker_id
                    .clone()
                    .expect("demo cases have a caseworker"),
                at: self.instant(answered_on),
            }
        });
        self.data.case_innsyn.push(crate::demo::DemoCaseInnsyn {
            case_id: case.id.clone(),
            person_id: person.id.clone(),
            message: format!("{message} (ref. {token})"),
            at,
            answer,
        });
    }

    /// Opens the minutes `document_id` for comments `opened_days_ago` (for the usual
    /// three weeks), with `comments` (their answers if given) by parties the minutes are
    /// shared with in full. Each request and answer carries a MINUTES sentinel for its
    /// party alone; a request's quote is the part's text (filled in by `finish`).
    pub fn minutes_for_comment(
        &mut self,
        case: &Case,
        document_id: &str,
        opened_days_ago: u64,
        comments: &[DemoMinutesComment<'_>],
    ) {
        use crate::store::minutes::{Answer, Comment};
        let staff_id = case
            .caseworker_id
            .clone()
            .expect("demo cases have a caseworker");
        let opened = self.days_ago(opened_days_ago);
        self.data
            .minutes_periods
            .push(crate::demo::DemoMinutesPeriod {
                case_id: case.id.clone(),
                document_id: document_id.to_string(),
                deadline: crate::domain::minutes::default_deadline(opened),
                staff_id: staff_id.clone(),
                at: self.instant(opened),
            });
        for c in comments {
            let shared = self
                .data
                .decisions
                .iter()
                .filter(|x| x.document_id == document_id && x.person_id == c.person.id)
                .max_by_key(|x| x.seq)
                .is_some_and(|x| x.state == crate::domain::ReleaseState::Shared);
            assert!(
                shared,
                "demo minutes {document_id} shared with {}",
                c.person.id
            );
            let token = self.token("MINUTES");
            let answer = c.answer.map(|(outcome, words, days_ago)| {
                let token = self.token("MINUTES");
                Answer {
                    outcome,
                    body: Some(format!("{words} (ref. {token})")),
                    staff_id: staff_id.clone(),
                    at: self.instant(self.days_ago(days_ago)),
                }
            });
            let n = self.data.minutes_comments.len() + 1;
            let part = c.part.map_or_else(|| "hele".to_string(), |p| p.to_string());
            self.data.minutes_comments.push(Comment {
                id: format!("00000000-0000-4000-a000-{n:012}:{part}"),
                document_id: document_id.to_string(),
                person_id: c.person.id.clone(),
                part: c.part,
                quote: None,
                body: format!("{} (ref. {token})", c.text),
                at: self.instant(self.days_ago(c.days_ago)),
                answer,
            });
        }
    }

    /// Each request's quote: its part's text as its party reads it (shared in full),
    /// once the WITHHELD sentinels are in the text.
    fn quote_minutes_comments(&mut self) {
        for c in &mut self.data.minutes_comments {
            let Some(n) = c.part else { continue };
            let doc = self
                .data
                .documents
                .iter()
                .find(|d| d.id == c.document_id)
                .expect("demo minutes");
            c.quote = Some(
                doc.body
                    .get(n - 1)
                    .expect("a part of the minutes")
                    .text
                    .clone(),
            );
        }
    }

    /// What `person_id` has of each document of the case by the decisions so far.
    fn states_for(&self, case_id: &str, person_id: &str) -> Vec<crate::domain::ReleaseState> {
        self.data
            .documents
            .iter()
            .filter(|d| d.case_id == case_id)
            .map(|d| {
                self.data
                    .decisions
                    .iter()
                    .filter(|x| x.document_id == d.id && x.person_id == person_id)
                    .max_by_key(|x| x.seq)
                    .map(|x| x.state)
                    .unwrap_or(crate::domain::ReleaseState::NotDecided)
            })
            .collect()
    }

    // ---- consents ----

    /// Adds a consent asked by the case's caseworker `asked_days_ago`, followed by the
    /// given party answers (each checked by the domain's own rules, so the demo holds
    /// only histories the portal could have written) and, with `cancel`, the service's
    /// cancellation. The purpose text carries a CONSENT sentinel for the parties asked
    /// (while they are parties), each staff note a STAFFNOTE sentinel for nobody.
    pub fn consent(&mut self, spec: ConsentSpec<'_>) -> String {
        use crate::domain::consent::{
            decide, fold, Command, Event, EventActor, EventKind, Outcome,
        };
        let n = self.data.consents.len() + 1;
        let id = format!("00000000-0000-4000-8000-{n:012}");
        let token = self.token("CONSENT");
        let caseworker = spec
            .case
            .caseworker_id
            .clone()
            .expect("demo cases have a caseworker");
        let asked: Vec<String> = spec.asked.iter().map(|p| p.id.clone()).collect();
        let created_at = self.instant(self.days_ago(spec.asked_days_ago));
        let mut events = vec![Event {
            seq: 1,
            at: created_at,
            kind: EventKind::Created,
            actor: EventActor::Staff(caseworker.clone()),
            party: None,
            answer: None,
            dates: Some(spec.dates),
            note: None,
        }];
        let mut push = |b: &mut Builder, days_ago: u64, cmd: Command, actor: EventActor| {
            let on = b.days_ago(days_ago);
            let state = fold(&asked, &events).expect("demo history folds");
            let note = match &cmd {
                Command::Cancel { note } | Command::OnBehalf { note, .. } => Some(note.clone()),
                _ => None,
            };
            let party = match &cmd {
                Command::Party { party, .. } | Command::OnBehalf { party, .. } => {
                    Some(party.clone())
                }
                _ => None,
            };
            let Ok(Outcome::Append { kind, answer }) = decide(&state, on, &cmd) else {
                panic!("demo consent {id}: {cmd:?} is not allowed on {on}");
            };
            events.push(Event {
                seq: events.len() as i64 + 1,
                at: b.instant(on),
                kind,
                actor,
                party,
                answer,
                dates: None,
                note,
            });
        };
        for (person, choice, days_ago) in spec.answers {
            let cmd = Command::Party {
                party: person.id.clone(),
                choice: *choice,
            };
            push(self, *days_ago, cmd, EventActor::Party(person.id.clone()));
        }
        if let Some((note, days_ago)) = spec.cancel {
            let staff_token = self.token("STAFFNOTE");
            let cmd = Command::Cancel {
                note: format!("{note} (ref. {staff_token})"),
            };
            push(self, days_ago, cmd, EventActor::Staff(caseworker));
        }
        self.data
            .consents
            .push(crate::store::consents::ConsentRecord {
                id: id.clone(),
                case_id: spec.case.id.clone(),
                purpose: spec.purpose,
                purpose_text: format!("{} (ref. {token})", spec.text),
                recipients: spec.recipients.to_string(),
                created_at,
                asked,
                events,
            });
        id
    }

    // ---- digital post ----

    /// Adds a thread between `person` and the service on `case`: its subject and each
    /// message (who wrote it, its text, days ago, whether the other side opened it) carry
    /// a MESSAGE sentinel for that person alone, while they are a party. The service's
    /// messages are the caseworker's; the party's count as handled when read and answered.
    pub fn thread(
        &mut self,
        case: &Case,
        person: &Person,
        subject: &str,
        messages: &[DemoMessage<'_>],
    ) {
        use crate::domain::post::{Side, ThreadKind};
        use crate::store::post::{Message, Thread};
        let n = self.data.threads.len() + 1;
        let id = format!("00000000-0000-4000-9000-{n:012}");
        let caseworker = case
            .caseworker_id
            .clone()
            .expect("demo cases have a caseworker");
        let subject_token = self.token("MESSAGE");
        let first_at = messages
            .first()
            .map(|m| self.instant(self.days_ago(m.days_ago)))
            .unwrap_or_default();
        let thread = Thread {
            id: id.clone(),
            case_id: case.id.clone(),
            person_id: person.id.clone(),
            kind: ThreadKind::Post,
            document_id: None,
            subject: format!("{subject} ({subject_token})"),
            started_by: messages.first().map_or(Side::Party, |m| m.side),
            created_at: first_at,
            assigned_to: Some(caseworker.clone()),
        };
        let mut out = Vec::new();
        let answered = |i: usize| messages[i + 1..].iter().any(|m| m.side == Side::Service);
        for (i, m) in messages.iter().enumerate() {
            let token = self.token("MESSAGE");
            let at = self.instant(self.days_ago(m.days_ago)) + i as i64 * 60;
            let (author, reader) = match m.side {
                Side::Party => (person.id.clone(), caseworker.clone()),
                Side::Service => (caseworker.clone(), person.id.clone()),
            };
            let mut msg = Message::new(
                &format!("{id}-{:02}", i + 1),
                &id,
                m.side,
                &author,
                format!("{} (ref. {token})", m.text),
                at,
            );
            msg.seq = i as i64 + 1;
            if m.read {
                msg.read_at = Some(at + 3600);
                msg.read_by = Some(reader);
            }
            if m.side == Side::Party && m.read && answered(i) {
                msg.handled_at = Some(at + 7200);
                msg.handled_by = Some(caseworker.clone());
            }
            out.push(msg);
        }
        self.data.threads.push((thread, out));
    }

    /// Attaches a one-page PDF named `name` to the first message of the last thread
    /// added; its text carries a MESSAGE sentinel, granted like the thread's.
    pub fn attach(&mut self, name: &str) {
        use crate::domain::attachment::FileKind;
        use crate::store::attachments::Attachment;
        use sha2::{Digest, Sha256};
        let token = self.token("MESSAGE");
        let Some((thread, messages)) = self.data.threads.last() else {
            return;
        };
        let Some(first) = messages.first() else {
            return;
        };
        let n = self.data.attachments.len() + 1;
        let id = format!("00000000-0000-4000-a000-{n:012}");
        let bytes = super::pdf::minimal_pdf(&["Vedlegg til melding", &format!("ref. {token}")]);
        let attachment = Attachment {
            storage_key: format!("attachments/{}/{id}", thread.case_id),
            id,
            case_id: thread.case_id.clone(),
            form_key: first.id.clone(),
            uploader: format!("party:{}", thread.person_id),
            message_id: Some(first.id.clone()),
            file_name: name.to_string(),
            kind: FileKind::Pdf,
            size_bytes: bytes.len() as i64,
            sha256: hex::encode(Sha256::digest(&bytes)),
            created_at: first.sent_at,
        };
        self.data.attachments.push((attachment, bytes));
    }

    /// Grants of the tokens in `texts` to `person_id` for as long as they are a party of
    /// `case_id`.
    fn while_party<'t>(
        &self,
        case_id: &str,
        person_id: &str,
        texts: impl Iterator<Item = &'t String>,
    ) -> Vec<SentinelGrant> {
        let tokens: Vec<String> = texts.flat_map(|x| super::grants::tokens_in(x)).collect();
        let periods = self
            .windows
            .get(&(case_id.to_string(), person_id.to_string()));
        let mut out = Vec::new();
        for (from, until) in periods.into_iter().flatten() {
            for token in &tokens {
                out.push(SentinelGrant {
                    token: token.clone(),
                    person_id: person_id.to_string(),
                    from: *from,
                    until: *until,
                });
            }
        }
        out
    }

    /// The MESSAGE sentinels' grants: to the thread's party, while a party of its case.
    fn thread_grants(&self) -> Vec<SentinelGrant> {
        let mut out = Vec::new();
        for (t, messages) in &self.data.threads {
            let files = self.data.attachment_texts(&t.id);
            let texts = std::iter::once(&t.subject)
                .chain(messages.iter().map(|m| &m.body))
                .chain(files.iter());
            out.extend(self.while_party(&t.case_id, &t.person_id, texts));
        }
        out
    }

    /// The CASEINNSYN sentinels' grants: to the asker, while a party of the case.
    fn case_innsyn_grants(&self) -> Vec<SentinelGrant> {
        let mut out = Vec::new();
        for r in &self.data.case_innsyn {
            let texts = std::iter::once(&r.message).chain(r.answer.iter().map(|a| &a.words));
            out.extend(self.while_party(&r.case_id, &r.person_id, texts));
        }
        out
    }

    /// The MINUTES sentinels' grants: to the party who asked, while a party of the case
    /// (the demo's minutes stay shared with them).
    fn minutes_grants(&self) -> Vec<SentinelGrant> {
        let mut out = Vec::new();
        for c in &self.data.minutes_comments {
            let case_id = &self
                .data
                .documents
                .iter()
                .find(|d| d.id == c.document_id)
                .expect("demo minutes")
                .case_id;
            let texts = std::iter::once(&c.body).chain(c.answer.iter().flat_map(|a| a.body.iter()));
            out.extend(self.while_party(case_id, &c.person_id, texts));
        }
        out
    }

    /// The CONSENT sentinels' grants: to each party asked, while the demo has them as a
    /// party of the consent's case.
    fn consent_grants(&self) -> Vec<SentinelGrant> {
        let mut out = Vec::new();
        for c in &self.data.consents {
            for person in &c.asked {
                let texts = std::iter::once(&c.purpose_text);
                out.extend(self.while_party(&c.case_id, person, texts));
            }
        }
        out
    }

    /// Adds WITHHELD sentinels and PDFs, and derives the grants from the decisions in
    /// force (see [`crate::demo::grants`]).
    pub fn finish(mut self) -> DemoData {
        self.mark_withheld();
        self.quote_minutes_comments();
        self.render_pdfs();
        let mut windows: Vec<PartyWindow> = self
            .windows
            .iter()
            .flat_map(|((case_id, person_id), periods)| {
                periods.iter().map(|(from, until)| PartyWindow {
                    case_id: case_id.clone(),
                    person_id: person_id.clone(),
                    from: *from,
                    until: *until,
                })
            })
            .collect();
        windows.sort_by(|a, b| {
            (&a.case_id, &a.person_id, a.from).cmp(&(&b.case_id, &b.person_id, b.from))
        });
        self.data.windows = windows;
        let consent_grants = self.consent_grants();
        self.data.grants.extend(consent_grants);
        let thread_grants = self.thread_grants();
        self.data.grants.extend(thread_grants);
        let case_innsyn_grants = self.case_innsyn_grants();
        self.data.grants.extend(case_innsyn_grants);
        let minutes_grants = self.minutes_grants();
        self.data.grants.extend(minutes_grants);
        self.data.fixed_grants = self.data.grants.clone();
        let decisions = self.data.decisions.clone();
        self.data.regrant(decisions);
        self.data
    }

    /// Every document withheld from someone carries WITHHELD sentinels at the end of its
    /// first, middle and last block (`START`, `MID`, `END`, one number per document), so
    /// a leak of any part of the hidden text shows. Appended, never prepended: the
    /// redaction spans count from the start of a block.
    fn mark_withheld(&mut self) {
        let withheld: HashSet<String> = self
            .data
            .decisions
            .iter()
            .filter(|d| d.state == ReleaseState::Withheld)
            .map(|d| d.document_id.clone())
            .collect();
        let mut ids: Vec<&String> = withheld.iter().collect();
        ids.sort();
        for id in ids {
            let tokens = [
                self.token("WITHHELD-START"),
                self.token("WITHHELD-MID"),
                self.token("WITHHELD-END"),
            ];
            if let Some(doc) = self.data.documents.iter_mut().find(|d| &d.id == id) {
                let n = doc.body.len();
                for (block, token) in [0, n / 2, n.saturating_sub(1)].into_iter().zip(tokens) {
                    if let Some(b) = doc.body.get_mut(block) {
                        let text = b.text.trim_end_matches('.');
                        b.text = format!("{text} {token}.");
                    }
                }
            }
        }
    }

    /// A PDF for every document withheld from someone or partly shared, and for those
    /// marked with [`Builder::attach_pdf`]: the whole text with every sentinel in it,
    /// plus a PDF sentinel the text lacks, so a PDF served where only the text (or
    /// nothing) was released is caught.
    fn render_pdfs(&mut self) {
        let mut ids: HashSet<String> = self
            .data
            .decisions
            .iter()
            .filter(|d| matches!(d.state, ReleaseState::Withheld | ReleaseState::PartlyShared))
            .map(|d| d.document_id.clone())
            .collect();
        ids.extend(self.pdf_docs.iter().cloned());
        let mut ids: Vec<String> = ids.into_iter().collect();
        ids.sort();
        for id in ids {
            let token = self.token("PDF");
            let Some(doc) = self.data.documents.iter_mut().find(|d| d.id == id) else {
                continue;
            };
            doc.has_pdf = true;
            let mut lines = vec![doc.title.clone(), String::new()];
            for block in &doc.body {
                lines.extend(wrap(&block.text, 80));
            }
            lines.push(format!("PDF-kontrollkode {token}"));
            let lines: Vec<&str> = lines.iter().map(String::as_str).collect();
            self.data
                .pdfs
                .push((id.clone(), crate::demo::pdf::minimal_pdf(&lines)));
            self.data.pdf_tokens.push((id, token));
        }
    }
}

/// `text` in lines of at most `width` characters, broken at spaces only (a sentinel
/// has none, so it never splits).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn reason_for(state: ReleaseState) -> &'static str {
    match state {
        ReleaseState::NotDecided => "Ikke vurdert ennå.",
        ReleaseState::Shared => "Ingen grunn til å holde tilbake.",
        ReleaseState::PartlyShared => "Deler av dokumentet gjelder andre og er tatt ut.",
        ReleaseState::Withheld => "Unntatt etter vurdering, se hjemmel og begrunnelse.",
    }
}

/// The sentinel tokens of `doc` that lie wholly outside `redactions`.
pub fn tokens_outside(doc: &Document, redactions: &[Redaction]) -> Vec<String> {
    let mut found = Vec::new();
    for (index, block) in doc.body.iter().enumerate() {
        let chars: Vec<char> = block.text.chars().collect();
        for (start, end) in token_spans(&chars) {
            let covered = redactions
                .iter()
                .filter(|r| r.block == index)
                .any(|r| r.start < end && start < r.end);
            if !covered {
                found.push(chars[start..end].iter().collect());
            }
        }
    }
    found
}

/// Char spans of `LEAK-...` tokens (uppercase letters, digits and dashes).
pub fn token_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let marker: Vec<char> = "LEAK-".chars().collect();
    let mut spans = Vec::new();
    let mut i = 0;
    while i + marker.len() <= chars.len() {
        if chars[i..i + marker.len()] == marker[..] {
            let mut end = i + marker.len();
            while end < chars.len()
                && (chars[end].is_ascii_uppercase()
                    || chars[end].is_ascii_digit()
                    || chars[end] == '-')
            {
                end += 1;
            }
            spans.push((i, end));
            i = end;
        } else {
            i += 1;
        }
    }
    spans
}
