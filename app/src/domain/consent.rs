//! Samtykker (consents), modelled on KS Fiks samtykke: a consent asks some parties of a
//! case to agree to a purpose; each asked party has their own answer, and the overall
//! status follows from the answers, the dates and the clock. Every change is an
//! append-only [`Event`]; the state is always computed from the events ([`fold`]), and
//! a change is first checked here ([`decide`]) and only then stored.
//!
//! Who may be asked and who may see a consent is decided in `access::consent`.

use super::model::db_enum;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

db_enum!(
    /// One asked party's answer (Fiks: `status` of a `part`).
    Answer {
        Waiting => "VENTER_PAA_SVAR",
        Consented => "SAMTYKKET",
        Declined => "IKKE_SAMTYKKET",
        Withdrawn => "TRUKKET",
    }
);

db_enum!(
    /// The consent's overall status (Fiks' statuses, plus `AVBRUTT` for one the service
    /// cancelled). Derived by [`status`], never stored.
    Status {
        Waiting => "VENTER_PAA_SVAR",
        Consented => "SAMTYKKET",
        Declined => "IKKE_SAMTYKKET",
        Withdrawn => "TRUKKET",
        DeadlinePassed => "SVARFRIST_PASSERT",
        Expired => "UTLOPT",
        Cancelled => "AVBRUTT",
    }
);

db_enum!(
    /// What an event records (Fiks' event types, plus `AVBRUTT`).
    EventKind {
        Created => "OPPRETTET",
        AcceptedByParty => "AKSEPTERT_AV_PART",
        DeclinedByParty => "AVSLAATT_AV_PART",
        WithdrawnByParty => "TRUKKET_AV_PART",
        /// The service registered an answer given on paper or by phone.
        UpdatedOnBehalf => "OPPDATERT_PAA_VEGNE_AV_PART",
        /// The service changed the dates.
        Edited => "REDIGERT",
        Cancelled => "AVBRUTT",
    }
);

db_enum!(
    /// What a consent is for, from a short catalogue; the service adds its own words.
    Purpose {
        SchoolExchange => "INFO_SKOLE",
        HealthExchange => "INFO_HELSE",
        KindergartenExchange => "INFO_BARNEHAGE",
        ParentGuidance => "TILTAK_FORELDREVEILEDNING",
        SupportContact => "TILTAK_STOTTEKONTAKT",
        VisitingHome => "TILTAK_BESOKSHJEM",
        OtherMeasure => "TILTAK_ANNET",
    }
);

impl Purpose {
    /// A help measure (bvl § 3-1 ff.) needs the consent of those with daily care and of
    /// a youth from 15; the others are exchanges of information.
    pub fn is_help_measure(self) -> bool {
        self.as_str().starts_with("TILTAK_")
    }
}

/// The answer deadline (`akseptfrist`, inclusive) and the optional last day the consent
/// is in force (`sluttDato`, inclusive; `None` = until withdrawn).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dates {
    pub deadline: NaiveDate,
    pub end: Option<NaiveDate>,
}

/// Who made a change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventActor {
    /// The party themselves, logged in.
    Party(String),
    /// A staff member.
    Staff(String),
    /// The case system, through the import API.
    Import,
}

impl EventActor {
    /// The stored kind (`PARTY`, `STAFF`, `IMPORT`) and id.
    pub fn stored(&self) -> (&'static str, Option<&str>) {
        match self {
            EventActor::Party(id) => ("PARTY", Some(id)),
            EventActor::Staff(id) => ("STAFF", Some(id)),
            EventActor::Import => ("IMPORT", None),
        }
    }
}

/// One append-only change. `party` and `answer` are set for the answer events, `dates`
/// for creation and edits; `note` is the service's own reason (a cancellation, an
/// answer registered by phone) and is shown to staff only.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Order within the consent, from 1.
    pub seq: i64,
    /// Unix seconds.
    pub at: i64,
    pub kind: EventKind,
    pub actor: EventActor,
    pub party: Option<String>,
    pub answer: Option<Answer>,
    pub dates: Option<Dates>,
    pub note: Option<String>,
}

/// A consent's state after its events (independent of the clock; see [`status`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentState {
    pub dates: Dates,
    /// Each asked party's current answer, in the order they were asked.
    pub answers: Vec<(String, Answer)>,
    pub cancelled: bool,
}

impl ConsentState {
    pub fn answer_of(&self, party: &str) -> Option<Answer> {
        self.answers
            .iter()
            .find(|(p, _)| p == party)
            .map(|(_, a)| *a)
    }
}

/// Why a list of events is not a consent's history (only corrupt data: [`decide`] never
/// lets such an event be stored).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FoldError {
    #[error("a consent's history starts with its creation, with dates")]
    NotCreatedFirst,
    #[error("event {0} is out of order or not of this consent")]
    Malformed(i64),
}

/// The state `events` (in `seq` order) lead to for the parties `asked`.
pub fn fold(asked: &[String], events: &[Event]) -> Result<ConsentState, FoldError> {
    let Some(Event {
        kind: EventKind::Created,
        dates: Some(dates),
        ..
    }) = events.first()
    else {
        return Err(FoldError::NotCreatedFirst);
    };
    let mut state = ConsentState {
        dates: *dates,
        answers: asked.iter().map(|p| (p.clone(), Answer::Waiting)).collect(),
        cancelled: false,
    };
    for (i, e) in events.iter().enumerate().skip(1) {
        let bad = || FoldError::Malformed(e.seq);
        if e.seq != i as i64 + 1 || state.cancelled {
            return Err(bad());
        }
        match e.kind {
            EventKind::Created => return Err(bad()),
            EventKind::Edited => state.dates = e.dates.ok_or_else(bad)?,
            EventKind::Cancelled => state.cancelled = true,
            _ => {
                let party = e.party.as_deref().ok_or_else(bad)?;
                let answer = e.answer.ok_or_else(bad)?;
                let slot = state
                    .answers
                    .iter_mut()
                    .find(|(p, _)| p == party)
                    .ok_or_else(bad)?;
                slot.1 = answer;
            }
        }
    }
    Ok(state)
}

/// What decides the overall status on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    pub cancelled: bool,
    /// The day is after the end date.
    pub expired: bool,
    /// The day is after the answer deadline.
    pub deadline_passed: bool,
    pub any_withdrawn: bool,
    pub any_declined: bool,
    pub all_consented: bool,
}

impl Facts {
    pub fn of(state: &ConsentState, today: NaiveDate) -> Facts {
        let has = |a: Answer| state.answers.iter().any(|(_, x)| *x == a);
        Facts {
            cancelled: state.cancelled,
            expired: state.dates.end.is_some_and(|end| today > end),
            deadline_passed: today > state.dates.deadline,
            any_withdrawn: has(Answer::Withdrawn),
            any_declined: has(Answer::Declined),
            all_consented: !state.answers.is_empty()
                && state.answers.iter().all(|(_, a)| *a == Answer::Consented),
        }
    }
}

/// The overall status's precedence, highest first; the first that holds is the status.
/// Fiks publishes none, so this is ours (README, "Samtykker"): an end by the service
/// or by the calendar overrides every answer; a withdrawal (something must stop) is told
/// before a refusal; one no is a no; all yes is yes; only then does a passed deadline
/// matter, and otherwise the consent waits.
pub const PRECEDENCE: [Status; 7] = [
    Status::Cancelled,
    Status::Expired,
    Status::Withdrawn,
    Status::Declined,
    Status::Consented,
    Status::DeadlinePassed,
    Status::Waiting,
];

/// Whether the condition of `status` in [`PRECEDENCE`] holds.
pub fn holds(status: Status, f: Facts) -> bool {
    match status {
        Status::Cancelled => f.cancelled,
        Status::Expired => f.expired,
        Status::Withdrawn => f.any_withdrawn,
        Status::Declined => f.any_declined,
        Status::Consented => f.all_consented,
        Status::DeadlinePassed => f.deadline_passed,
        Status::Waiting => true,
    }
}

/// The overall status on `today`.
pub fn status(state: &ConsentState, today: NaiveDate) -> Status {
    let facts = Facts::of(state, today);
    PRECEDENCE
        .into_iter()
        .find(|s| holds(*s, facts))
        .unwrap_or(Status::Waiting)
}

/// What one asked party is told about the consent: their own answer and the state of
/// the whole as far as it concerns them, never what another party answered (parents
/// may be in conflict): "not everyone has said yes" covers waiting, no and withdrawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PartyStatus {
    /// Waiting for this party's answer, before the deadline.
    AnswerNeeded,
    /// This party did not answer in time.
    DeadlinePassed,
    /// Everyone asked said yes: the consent is in force.
    InForce,
    /// This party said yes; the consent is in force only when all asked have.
    NotAllConsented,
    Declined,
    Withdrawn,
    Cancelled,
    Expired,
}

pub fn party_status(state: &ConsentState, party: &str, today: NaiveDate) -> Option<PartyStatus> {
    let own = state.answer_of(party)?;
    let f = Facts::of(state, today);
    Some(if f.cancelled {
        PartyStatus::Cancelled
    } else if f.expired {
        PartyStatus::Expired
    } else {
        match own {
            Answer::Waiting if f.deadline_passed => PartyStatus::DeadlinePassed,
            Answer::Waiting => PartyStatus::AnswerNeeded,
            Answer::Consented if f.all_consented => PartyStatus::InForce,
            Answer::Consented => PartyStatus::NotAllConsented,
            Answer::Declined => PartyStatus::Declined,
            Answer::Withdrawn => PartyStatus::Withdrawn,
        }
    })
}

/// A party's own choice on the consent page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartyChoice {
    Yes,
    No,
    Withdraw,
}

impl PartyChoice {
    /// The form value.
    pub fn parse(text: &str) -> Option<PartyChoice> {
        match text {
            "ja" => Some(PartyChoice::Yes),
            "nei" => Some(PartyChoice::No),
            "trekk" => Some(PartyChoice::Withdraw),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            PartyChoice::Yes => "ja",
            PartyChoice::No => "nei",
            PartyChoice::Withdraw => "trekk",
        }
    }
}

/// A change someone asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// The party answers for themselves.
    Party {
        party: String,
        choice: PartyChoice,
    },
    /// The service registers an answer the party gave on paper or by phone.
    OnBehalf {
        party: String,
        answer: Answer,
        note: String,
    },
    EditDates(Dates),
    Cancel {
        note: String,
    },
}

/// Why a change is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    Cancelled,
    Expired,
    /// A yes or no after the answer deadline (a withdrawal is always possible).
    DeadlinePassed,
    NotAsked,
    /// Withdrawing what was not given, or "no" after a yes (that is a withdrawal).
    NotAllowed {
        from: Answer,
    },
    /// A change by the service needs its reason.
    NoteRequired,
    /// The deadline is before today, or the end is before the deadline.
    BadDates,
}

/// What a change comes to: one event of `kind` to append (with the party's new answer
/// where it is an answer), or nothing because it is already so (a double submit).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Append {
        kind: EventKind,
        answer: Option<Answer>,
    },
    Unchanged,
}

/// The answer changes the service may register for a party (Fiks' caseworker rules).
pub fn on_behalf_allowed(from: Answer, to: Answer) -> bool {
    use Answer::*;
    matches!(
        (from, to),
        (Consented, Waiting)
            | (Consented, Withdrawn)
            | (Declined, Consented)
            | (Declined, Waiting)
            | (Waiting, Consented)
            | (Waiting, Declined)
            | (Withdrawn, Consented)
            | (Withdrawn, Waiting)
    )
}

/// Whether `cmd` may change the consent on `today`, and how.
pub fn decide(state: &ConsentState, today: NaiveDate, cmd: &Command) -> Result<Outcome, Refusal> {
    let facts = Facts::of(state, today);
    if facts.cancelled {
        return Err(Refusal::Cancelled);
    }
    let append = |kind, answer| Ok(Outcome::Append { kind, answer });
    match cmd {
        Command::Cancel { note } => {
            if note.trim().is_empty() {
                return Err(Refusal::NoteRequired);
            }
            append(EventKind::Cancelled, None)
        }
        Command::EditDates(dates) => {
            if !dates_valid(*dates, today) {
                return Err(Refusal::BadDates);
            }
            if *dates == state.dates {
                return Ok(Outcome::Unchanged);
            }
            append(EventKind::Edited, None)
        }
        _ if facts.expired => Err(Refusal::Expired),
        Command::OnBehalf {
            party,
            answer,
            note,
        } => {
            let from = state.answer_of(party).ok_or(Refusal::NotAsked)?;
            if note.trim().is_empty() {
                return Err(Refusal::NoteRequired);
            }
            if from == *answer {
                return Ok(Outcome::Unchanged);
            }
            if !on_behalf_allowed(from, *answer) {
                return Err(Refusal::NotAllowed { from });
            }
            append(EventKind::UpdatedOnBehalf, Some(*answer))
        }
        Command::Party { party, choice } => {
            let from = state.answer_of(party).ok_or(Refusal::NotAsked)?;
            let (kind, to) = match choice {
                PartyChoice::Yes => (EventKind::AcceptedByParty, Answer::Consented),
                PartyChoice::No => (EventKind::DeclinedByParty, Answer::Declined),
                PartyChoice::Withdraw => (EventKind::WithdrawnByParty, Answer::Withdrawn),
            };
            if from == to {
                return Ok(Outcome::Unchanged);
            }
            let allowed = match choice {
                // Saying yes again after a no or a withdrawal is allowed.
                PartyChoice::Yes => true,
                PartyChoice::No => from == Answer::Waiting,
                PartyChoice::Withdraw => from == Answer::Consented,
            };
            if !allowed {
                return Err(Refusal::NotAllowed { from });
            }
            // Withdrawing is possible at any time (GDPR art. 7(3)); an answer only until
            // the deadline.
            if *choice != PartyChoice::Withdraw && facts.deadline_passed {
                return Err(Refusal::DeadlinePassed);
            }
            append(kind, Some(to))
        }
    }
}

/// Dates a new consent may have on `today`.
pub fn dates_valid(dates: Dates, today: NaiveDate) -> bool {
    dates.deadline >= today && dates.end.is_none_or(|e| e >= dates.deadline)
}

#[cfg(test)]
#[path = "consent_tests.rs"]
mod tests;
