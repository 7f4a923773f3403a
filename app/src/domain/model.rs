//! Typed domain values mirroring the rows of `migrations/*/0001_init.sql`.
//!
//! Enumerations are stored as upper-case TEXT in the database; `as_str` and `parse`
//! are the only translation between the two so a typo cannot slip into a query.

use crate::domain::rich_text::{Redaction, RichText};
use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Declares a fieldless enum stored as TEXT, with `ALL`, `as_str` and `parse`.
macro_rules! db_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The string stored in the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads the database string; `None` for anything unknown, so bad data is
            /// noticed instead of silently mapped to a default.
            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
/// For other modules' stored names (the audit log's actions and reasons).
pub(crate) use db_enum;

db_enum!(
    /// A person's role on a case (bvl § 12-2, § 12-3).
    PartyRole {
        /// The child or young adult the case is about.
        Hovedperson => "HOVEDPERSON",
        Mor => "MOR",
        Far => "FAR",
        Medmor => "MEDMOR",
        Medfar => "MEDFAR",
        Verge => "VERGE",
    }
);

db_enum!(
    /// Where a case is in the barnevern flow (see domain.md, "The case flow").
    Phase {
        Bekymringsmelding => "BEKYMRINGSMELDING",
        Undersokelse => "UNDERSOKELSE",
        Hjelpetiltak => "HJELPETILTAK",
        Omsorgstiltak => "OMSORGSTILTAK",
        Ettervern => "ETTERVERN",
        Avsluttet => "AVSLUTTET",
    }
);

db_enum!(
    /// Kind of archived document.
    DocType {
        Vedtak => "VEDTAK",
        Undersokelsesrapport => "UNDERSOKELSESRAPPORT",
        Tiltaksplan => "TILTAKSPLAN",
        Evaluering => "EVALUERING",
        Motereferat => "MOTEREFERAT",
        Brev => "BREV",
        Melding => "MELDING",
        Samtykke => "SAMTYKKE",
        Annet => "ANNET",
    }
);

db_enum!(
    /// What one party may see of one document.
    ReleaseState {
        /// Nobody has decided yet: the document does not exist for the party.
        NotDecided => "NOT_DECIDED",
        Shared => "SHARED",
        /// A redacted copy; the redacted characters never reach the party.
        PartlyShared => "PARTLY_SHARED",
        /// Title and date visible, content not; the legal basis is shown.
        Withheld => "WITHHELD",
    }
);

db_enum!(
    /// An event in a party's innsyn request for one document; the newest is its state.
    InnsynEvent {
        /// The party asked to see the document (withheld from them) or its hidden parts.
        Requested => "REQUESTED",
        Granted => "GRANTED",
        PartlyGranted => "PARTLY_GRANTED",
        Refused => "REFUSED",
    }
);

impl InnsynEvent {
    /// The answer that a new release decision for the party (`state`, hiding
    /// `redactions`) gives an open request, measured against the decision in force when
    /// it is made (`before`): sharing grants it; a partial share grants it in part if
    /// it shows something that was kept, and refuses it if it hides all that was hidden
    /// (a request about the hidden parts answered by the same redactions got nothing);
    /// withholding again refuses it. Taking a decision back answers nothing.
    pub fn answer_to(
        before: Option<&ReleaseDecision>,
        state: ReleaseState,
        redactions: &[Redaction],
    ) -> Option<InnsynEvent> {
        match state {
            ReleaseState::Shared => Some(InnsynEvent::Granted),
            ReleaseState::PartlyShared => {
                let showed_more = match before {
                    Some(b) if b.state == ReleaseState::PartlyShared => {
                        shows_any_of(&b.redactions, redactions)
                    }
                    _ => true,
                };
                Some(if showed_more {
                    InnsynEvent::PartlyGranted
                } else {
                    InnsynEvent::Refused
                })
            }
            ReleaseState::Withheld => Some(InnsynEvent::Refused),
            ReleaseState::NotDecided => None,
        }
    }

    /// Whether a refusal can be appealed: a refusal, and a partial grant (it refuses
    /// the rest).
    pub fn may_be_appealed(self) -> bool {
        matches!(self, InnsynEvent::Refused | InnsynEvent::PartlyGranted)
    }
}

/// Whether a character hidden by `before` is shown under `after`.
fn shows_any_of(before: &[Redaction], after: &[Redaction]) -> bool {
    before.iter().any(|old| {
        (old.start..old.end).any(|i| {
            !after
                .iter()
                .any(|new| new.block == old.block && new.start <= i && i < new.end)
        })
    })
}

db_enum!(
    /// A caseworker's role at the service.
    StaffRole {
        Saksbehandler => "saksbehandler",
        Leder => "leder",
    }
);

db_enum!(
    /// Steps of the case timeline. Some carry a legal deadline (`deadline_from`).
    MilestoneKind {
        MeldingMottatt => "MELDING_MOTTATT",
        /// Decide within 7 days whether to investigate (bvl § 2-1).
        MeldingVurdert => "MELDING_VURDERT",
        UndersokelseStartet => "UNDERSOKELSE_STARTET",
        /// The investigation must end within 3 months.
        UndersokelseFrist => "UNDERSOKELSE_FRIST",
        /// Extended deadline in special cases: 6 months.
        UndersokelseForlenget => "UNDERSOKELSE_FORLENGET",
        UndersokelseAvsluttet => "UNDERSOKELSE_AVSLUTTET",
        VedtakHjelpetiltak => "VEDTAK_HJELPETILTAK",
        TiltaksplanUtarbeidet => "TILTAKSPLAN_UTARBEIDET",
        TiltaksplanEvaluering => "TILTAKSPLAN_EVALUERING",
        AkuttvedtakFattet => "AKUTTVEDTAK_FATTET",
        /// An emergency decision must be approved within 48 hours.
        AkuttvedtakGodkjenning => "AKUTTVEDTAK_GODKJENNING",
        NemndVedtak => "NEMND_VEDTAK",
        EttervernStart => "ETTERVERN_START",
        SakAvsluttet => "SAK_AVSLUTTET",
    }
);

impl MilestoneKind {
    /// The phase this step belongs to on the timeline.
    pub fn phase(self) -> Phase {
        use MilestoneKind::*;
        match self {
            MeldingMottatt | MeldingVurdert => Phase::Bekymringsmelding,
            UndersokelseStartet
            | UndersokelseFrist
            | UndersokelseForlenget
            | UndersokelseAvsluttet => Phase::Undersokelse,
            VedtakHjelpetiltak | TiltaksplanUtarbeidet | TiltaksplanEvaluering => {
                Phase::Hjelpetiltak
            }
            AkuttvedtakFattet | AkuttvedtakGodkjenning | NemndVedtak => Phase::Omsorgstiltak,
            EttervernStart => Phase::Ettervern,
            SakAvsluttet => Phase::Avsluttet,
        }
    }

    /// The legal deadline counted from `start` (the event that starts the clock),
    /// or `None` when this step has no fixed deadline. 48 hours is rounded up to two
    /// calendar days because milestones are stored as dates.
    pub fn deadline_from(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            MilestoneKind::MeldingVurdert => start.checked_add_days(chrono::Days::new(7)),
            MilestoneKind::UndersokelseFrist => start.checked_add_months(Months::new(3)),
            MilestoneKind::UndersokelseForlenget => start.checked_add_months(Months::new(6)),
            MilestoneKind::AkuttvedtakGodkjenning => start.checked_add_days(chrono::Days::new(2)),
            _ => None,
        }
    }
}

/// A citizen as the national registry knows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: String,
    /// National identity number (fødselsnummer; synthetic in demo data).
    pub pid: String,
    pub given_name: String,
    pub family_name: String,
    pub birth_date: NaiveDate,
    pub address: Option<String>,
    /// Skjult/sperret adresse: the address is shown to nobody but the person.
    pub protected_address: bool,
    /// Reserved against digital communication (KRR): staff must send paper.
    pub reserved_digital: bool,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

/// A barnevern case about one child (the main person).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Case {
    pub id: String,
    pub service_id: String,
    pub unit_id: String,
    pub main_person_id: String,
    pub phase: Phase,
    pub caseworker_id: Option<String>,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    /// The nemnd granted party rights to a child under 15 (bvl § 12-3).
    pub nemnd_party_grant: bool,
    /// The case went to another service (the family moved, bvl § 15-2 ff.).
    pub moved: Option<CaseMove>,
}

/// A case's move to another child welfare service, as the fagsystem records it: from
/// `on` the receiving service has the case, and nobody reads it here any longer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseMove {
    /// The receiving service's name, as the fagsystem gives it (it may not use this
    /// portal, so it is a name, not a service id).
    pub to_service: String,
    /// The first day the receiving service has the case.
    pub on: NaiveDate,
}

/// One step on a case's timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub id: String,
    pub case_id: String,
    pub kind: MilestoneKind,
    pub phase: Phase,
    /// When it happened; `None` while it is still ahead.
    pub occurred_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    /// Order on the timeline.
    pub seq: i64,
}

/// A person's role on a case, valid for a period (a parent may lose party status).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub id: String,
    pub case_id: String,
    pub person_id: String,
    pub role: PartyRole,
    pub valid_from: NaiveDate,
    /// Last day of validity (inclusive); `None` = open-ended.
    pub valid_to: Option<NaiveDate>,
}

impl Party {
    /// Whether the row is in force on `today` (both ends inclusive).
    pub fn is_valid_on(&self, today: NaiveDate) -> bool {
        self.valid_from <= today && self.valid_to.is_none_or(|to| to >= today)
    }
}

/// An archived document. Never deleted; a new version points at the one it supersedes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub case_id: String,
    pub doc_type: DocType,
    pub title: String,
    pub doc_date: NaiveDate,
    pub body: RichText,
    pub has_pdf: bool,
    /// Klagefrist, for a vedtak.
    pub appeal_deadline: Option<NaiveDate>,
    pub supersedes_id: Option<String>,
    /// Unix seconds when the document was archived.
    pub created_at: i64,
}

/// One release decision for (document, person). Append-only: the newest is in force.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReleaseDecision {
    /// The database's sequence number: the newest decision is the one with the highest
    /// `seq`, whatever the clocks of the instances that wrote them said.
    pub seq: i64,
    pub document_id: String,
    pub person_id: String,
    pub state: ReleaseState,
    /// Code from the withholding-grounds catalogue (`withholding_grounds.code`).
    pub grounds_code: Option<String>,
    /// Written justification shown to the party.
    pub justification: Option<String>,
    /// Whether merinnsyn (fvl § 18 (2)) was considered.
    pub merinnsyn_considered: bool,
    /// Redacted spans; only meaningful for `PartlyShared`.
    pub redactions: Vec<Redaction>,
    /// A `Shared` decision that releases the PDF too (the caseworker opened it first).
    pub covers_pdf: bool,
    /// Internal note on why the decision was made.
    pub reason: Option<String>,
    /// Staff id of the decision maker.
    pub decided_by: String,
    /// Unix seconds.
    pub decided_at: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_enum_round_trips_through_its_db_string() {
        for r in PartyRole::ALL {
            assert_eq!(PartyRole::parse(r.as_str()), Some(*r));
        }
        for p in Phase::ALL {
            assert_eq!(Phase::parse(p.as_str()), Some(*p));
        }
        for d in DocType::ALL {
            assert_eq!(DocType::parse(d.as_str()), Some(*d));
        }
        for s in ReleaseState::ALL {
            assert_eq!(ReleaseState::parse(s.as_str()), Some(*s));
        }
        for m in MilestoneKind::ALL {
            assert_eq!(MilestoneKind::parse(m.as_str()), Some(*m));
        }
        assert_eq!(ReleaseState::NotDecided.as_str(), "NOT_DECIDED");
        assert_eq!(PartyRole::parse("mor"), None, "parsing is exact");
    }

    #[test]
    fn legal_deadlines() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).expect("date");
        assert_eq!(
            MilestoneKind::MeldingVurdert.deadline_from(d(2024, 1, 30)),
            Some(d(2024, 2, 6))
        );
        assert_eq!(
            MilestoneKind::UndersokelseFrist.deadline_from(d(2024, 11, 30)),
            Some(d(2025, 2, 28))
        );
        assert_eq!(
            MilestoneKind::AkuttvedtakGodkjenning.deadline_from(d(2024, 3, 1)),
            Some(d(2024, 3, 3))
        );
        assert_eq!(
            MilestoneKind::NemndVedtak.deadline_from(d(2024, 3, 1)),
            None
        );
    }

    #[test]
    fn party_validity_is_inclusive_at_both_ends() {
        let d = |dd| NaiveDate::from_ymd_opt(2024, 5, dd).expect("date");
        let p = Party {
            id: "x".into(),
            case_id: "c".into(),
            person_id: "p".into(),
            role: PartyRole::Mor,
            valid_from: d(10),
            valid_to: Some(d(20)),
        };
        assert!(!p.is_valid_on(d(9)));
        assert!(p.is_valid_on(d(10)));
        assert!(p.is_valid_on(d(20)));
        assert!(!p.is_valid_on(d(21)));
    }
}

#[cfg(test)]
mod innsyn_tests {
    use super::{InnsynEvent, Redaction, ReleaseDecision, ReleaseState};

    fn span(start: usize, end: usize) -> Redaction {
        Redaction {
            block: 0,
            start,
            end,
        }
    }

    fn in_force(state: ReleaseState, redactions: Vec<Redaction>) -> ReleaseDecision {
        ReleaseDecision {
            seq: 1,
            document_id: "doc".into(),
            person_id: "far".into(),
            state,
            grounds_code: None,
            justification: None,
            merinnsyn_considered: false,
            redactions,
            covers_pdf: false,
            reason: None,
            decided_by: "staff".into(),
            decided_at: 0,
        }
    }

    #[test]
    fn a_new_decision_answers_an_innsyn_request_by_what_it_shares() {
        let withheld = in_force(ReleaseState::Withheld, vec![]);
        let answer =
            |state, spans: &[Redaction]| InnsynEvent::answer_to(Some(&withheld), state, spans);
        assert_eq!(
            answer(ReleaseState::Shared, &[]),
            Some(InnsynEvent::Granted)
        );
        assert_eq!(
            answer(ReleaseState::PartlyShared, &[span(0, 4)]),
            Some(InnsynEvent::PartlyGranted)
        );
        assert_eq!(
            answer(ReleaseState::Withheld, &[]),
            Some(InnsynEvent::Refused)
        );
        assert_eq!(answer(ReleaseState::NotDecided, &[]), None);
    }

    #[test]
    fn a_request_about_hidden_parts_is_granted_in_part_only_when_more_is_shown() {
        let partly = in_force(ReleaseState::PartlyShared, vec![span(2, 10)]);
        let answer =
            |state, spans: &[Redaction]| InnsynEvent::answer_to(Some(&partly), state, spans);
        // The same hiding, or more of it, shows nothing that was asked for: refused.
        assert_eq!(
            answer(ReleaseState::PartlyShared, &[span(2, 10)]),
            Some(InnsynEvent::Refused)
        );
        assert_eq!(
            answer(ReleaseState::PartlyShared, &[span(0, 4), span(4, 12)]),
            Some(InnsynEvent::Refused)
        );
        // One character of the hidden part shown: granted in part.
        assert_eq!(
            answer(ReleaseState::PartlyShared, &[span(2, 9)]),
            Some(InnsynEvent::PartlyGranted)
        );
        assert_eq!(
            answer(ReleaseState::Shared, &[]),
            Some(InnsynEvent::Granted)
        );
        assert_eq!(
            answer(ReleaseState::Withheld, &[]),
            Some(InnsynEvent::Refused)
        );
    }

    #[test]
    fn a_refusal_and_a_partial_grant_can_be_appealed() {
        assert!(InnsynEvent::Refused.may_be_appealed());
        assert!(InnsynEvent::PartlyGranted.may_be_appealed());
        assert!(!InnsynEvent::Granted.may_be_appealed());
        assert!(!InnsynEvent::Requested.may_be_appealed());
    }
}
