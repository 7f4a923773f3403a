use super::*;
use chrono::Days;

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1).expect("date") + Days::new(n)
}

/// Deadline on day 10, end on day 40.
fn dates() -> Dates {
    Dates {
        deadline: day(10),
        end: Some(day(40)),
    }
}

fn state(answers: &[Answer], cancelled: bool) -> ConsentState {
    ConsentState {
        dates: dates(),
        answers: answers
            .iter()
            .enumerate()
            .map(|(i, a)| (format!("p{i}"), *a))
            .collect(),
        cancelled,
    }
}

/// Every list of 1 to 3 answers.
fn all_answer_lists() -> Vec<Vec<Answer>> {
    let mut out: Vec<Vec<Answer>> = vec![vec![]];
    let mut all = Vec::new();
    for _ in 0..3 {
        out = out
            .iter()
            .flat_map(|l| {
                Answer::ALL.iter().map(move |a| {
                    let mut l = l.clone();
                    l.push(*a);
                    l
                })
            })
            .collect();
        all.extend(out.clone());
    }
    all
}

/// Today for the given facts about the dates (deadline day 10, end day 40).
fn today_for(deadline_passed: bool, expired: bool) -> Option<NaiveDate> {
    match (deadline_passed, expired) {
        (false, false) => Some(day(5)),
        (true, false) => Some(day(20)),
        (true, true) => Some(day(50)),
        (false, true) => None,
    }
}

#[test]
fn the_overall_status_follows_the_stated_precedence_for_every_combination() {
    let mut reached = std::collections::HashSet::new();
    for answers in all_answer_lists() {
        for cancelled in [false, true] {
            for (passed, expired) in [(false, false), (true, false), (true, true)] {
                let today = today_for(passed, expired).expect("possible");
                let s = status(&state(&answers, cancelled), today);
                reached.insert(s);
                let has = |a| answers.contains(&a);
                let all_yes = answers.iter().all(|a| *a == Answer::Consented);
                // Each status's condition, said independently of PRECEDENCE.
                let expected = if cancelled {
                    Status::Cancelled
                } else if expired {
                    Status::Expired
                } else if has(Answer::Withdrawn) {
                    Status::Withdrawn
                } else if has(Answer::Declined) {
                    Status::Declined
                } else if all_yes {
                    Status::Consented
                } else if passed {
                    Status::DeadlinePassed
                } else {
                    Status::Waiting
                };
                assert_eq!(s, expected, "{answers:?} cancelled={cancelled} day={today}");
                // What a reader of the status may rely on.
                if s == Status::Consented {
                    assert!(all_yes && !cancelled && !expired);
                }
                if s == Status::Waiting {
                    assert!(has(Answer::Waiting) && !passed);
                }
            }
        }
    }
    assert_eq!(
        reached.len(),
        Status::ALL.len(),
        "a status no input reaches"
    );
}

#[test]
fn every_precedence_row_is_reachable_and_wins_over_those_below() {
    // For each row, facts where it and every row below hold: it must be the status.
    for (i, s) in PRECEDENCE.iter().enumerate() {
        let f = Facts {
            cancelled: i == 0,
            expired: i <= 1,
            any_withdrawn: i <= 2,
            any_declined: i <= 3,
            all_consented: i == 4,
            deadline_passed: i <= 5,
        };
        let first = PRECEDENCE.into_iter().find(|x| holds(*x, f));
        assert_eq!(first, Some(*s));
    }
    assert_eq!(PRECEDENCE.len(), Status::ALL.len());
}

#[test]
fn deadlines_and_expiry_move_the_status_with_nobody_clicking() {
    let s = state(&[Answer::Consented, Answer::Waiting], false);
    assert_eq!(
        status(&s, day(10)),
        Status::Waiting,
        "the deadline day counts"
    );
    assert_eq!(status(&s, day(11)), Status::DeadlinePassed);
    let yes = state(&[Answer::Consented, Answer::Consented], false);
    assert_eq!(
        status(&yes, day(40)),
        Status::Consented,
        "the end day counts"
    );
    assert_eq!(status(&yes, day(41)), Status::Expired);
    let open_ended = ConsentState {
        dates: Dates {
            deadline: day(10),
            end: None,
        },
        ..yes
    };
    assert_eq!(status(&open_ended, day(5000)), Status::Consented);
}

fn party_cmd(choice: PartyChoice) -> Command {
    Command::Party {
        party: "p0".into(),
        choice,
    }
}

#[test]
fn a_party_answers_yes_or_no_withdraws_a_yes_and_may_say_yes_again() {
    use Answer::*;
    use PartyChoice::*;
    // (from, choice) → the new answer, or the refusal; before the deadline.
    let table: [(Answer, PartyChoice, Result<Option<Answer>, Refusal>); 12] = [
        (Waiting, Yes, Ok(Some(Consented))),
        (Waiting, No, Ok(Some(Declined))),
        (
            Waiting,
            Withdraw,
            Err(Refusal::NotAllowed { from: Waiting }),
        ),
        (Consented, Yes, Ok(None)),
        (Consented, No, Err(Refusal::NotAllowed { from: Consented })),
        (Consented, Withdraw, Ok(Some(Withdrawn))),
        (Declined, Yes, Ok(Some(Consented))),
        (Declined, No, Ok(None)),
        (
            Declined,
            Withdraw,
            Err(Refusal::NotAllowed { from: Declined }),
        ),
        (Withdrawn, Yes, Ok(Some(Consented))),
        (Withdrawn, No, Err(Refusal::NotAllowed { from: Withdrawn })),
        (Withdrawn, Withdraw, Ok(None)),
    ];
    for (from, choice, expected) in table {
        let got = decide(&state(&[from], false), day(5), &party_cmd(choice));
        let got = got.map(|o| match o {
            Outcome::Append { answer, kind } => {
                let kind_matches = match choice {
                    Yes => kind == EventKind::AcceptedByParty,
                    No => kind == EventKind::DeclinedByParty,
                    Withdraw => kind == EventKind::WithdrawnByParty,
                };
                assert!(kind_matches, "{from} {choice:?} → {kind}");
                answer
            }
            Outcome::Unchanged => None,
        });
        assert_eq!(got, expected, "{from} {choice:?}");
    }
}

#[test]
fn after_the_deadline_only_a_withdrawal_and_after_the_end_or_a_cancellation_nothing() {
    let after_deadline = day(20);
    let waiting = state(&[Answer::Waiting], false);
    for choice in [PartyChoice::Yes, PartyChoice::No] {
        assert_eq!(
            decide(&waiting, after_deadline, &party_cmd(choice)),
            Err(Refusal::DeadlinePassed)
        );
    }
    let yes = state(&[Answer::Consented], false);
    assert!(matches!(
        decide(&yes, after_deadline, &party_cmd(PartyChoice::Withdraw)),
        Ok(Outcome::Append { .. })
    ));
    assert_eq!(
        decide(&yes, day(41), &party_cmd(PartyChoice::Withdraw)),
        Err(Refusal::Expired)
    );
    let cancelled = state(&[Answer::Consented], true);
    for cmd in [
        party_cmd(PartyChoice::Withdraw),
        Command::Cancel { note: "x".into() },
        Command::EditDates(dates()),
    ] {
        assert_eq!(decide(&cancelled, day(5), &cmd), Err(Refusal::Cancelled));
    }
}

#[test]
fn the_service_registers_exactly_the_answer_changes_fiks_allows_caseworkers() {
    use Answer::*;
    let fiks: [(Answer, Answer); 8] = [
        (Consented, Waiting),
        (Consented, Withdrawn),
        (Declined, Consented),
        (Declined, Waiting),
        (Waiting, Consented),
        (Waiting, Declined),
        (Withdrawn, Consented),
        (Withdrawn, Waiting),
    ];
    for from in Answer::ALL {
        for to in Answer::ALL {
            let cmd = Command::OnBehalf {
                party: "p0".into(),
                answer: *to,
                note: "Svarte på telefon".into(),
            };
            // After the deadline too: the service records what happened.
            let got = decide(&state(&[*from], false), day(20), &cmd);
            let expected = if from == to {
                Ok(Outcome::Unchanged)
            } else if fiks.contains(&(*from, *to)) {
                Ok(Outcome::Append {
                    kind: EventKind::UpdatedOnBehalf,
                    answer: Some(*to),
                })
            } else {
                Err(Refusal::NotAllowed { from: *from })
            };
            assert_eq!(got, expected, "{from} → {to}");
        }
    }
    let no_note = Command::OnBehalf {
        party: "p0".into(),
        answer: Consented,
        note: "  ".into(),
    };
    assert_eq!(
        decide(&state(&[Waiting], false), day(5), &no_note),
        Err(Refusal::NoteRequired)
    );
    let stranger = Command::OnBehalf {
        party: "someone-else".into(),
        answer: Consented,
        note: "x".into(),
    };
    assert_eq!(
        decide(&state(&[Waiting], false), day(5), &stranger),
        Err(Refusal::NotAsked)
    );
}

#[test]
fn a_party_is_never_told_what_another_party_answered() {
    // For each own answer and day, what p0 is told is the same whatever the others
    // answered, as long as not all said yes.
    for own in Answer::ALL {
        for (passed, expired) in [(false, false), (true, false), (true, true)] {
            let today = today_for(passed, expired).expect("possible");
            let mut told = std::collections::HashSet::new();
            for others in all_answer_lists().into_iter().filter(|l| l.len() <= 2) {
                let mut answers = vec![*own];
                answers.extend(&others);
                if answers.iter().all(|a| *a == Answer::Consented) {
                    continue;
                }
                told.insert(party_status(&state(&answers, false), "p0", today));
            }
            assert_eq!(told.len(), 1, "{own} on {today}: {told:?}");
        }
    }
    let both_yes = state(&[Answer::Consented, Answer::Consented], false);
    assert_eq!(
        party_status(&both_yes, "p1", day(5)),
        Some(PartyStatus::InForce)
    );
    let other_said_no = state(&[Answer::Consented, Answer::Declined], false);
    assert_eq!(
        party_status(&other_said_no, "p0", day(5)),
        Some(PartyStatus::NotAllConsented)
    );
    assert_eq!(party_status(&other_said_no, "stranger", day(5)), None);
}

fn event(seq: i64, kind: EventKind, party: Option<&str>, answer: Option<Answer>) -> Event {
    Event {
        seq,
        at: seq * 100,
        kind,
        actor: EventActor::Import,
        party: party.map(str::to_string),
        answer,
        dates: matches!(kind, EventKind::Created | EventKind::Edited).then(dates),
        note: None,
    }
}

#[test]
fn the_state_is_folded_from_the_events_and_corrupt_histories_are_refused() {
    let asked = vec!["mor".to_string(), "far".to_string()];
    let events = vec![
        event(1, EventKind::Created, None, None),
        event(
            2,
            EventKind::AcceptedByParty,
            Some("mor"),
            Some(Answer::Consented),
        ),
        event(
            3,
            EventKind::DeclinedByParty,
            Some("far"),
            Some(Answer::Declined),
        ),
        event(
            4,
            EventKind::UpdatedOnBehalf,
            Some("far"),
            Some(Answer::Consented),
        ),
    ];
    let s = fold(&asked, &events).expect("folds");
    assert_eq!(s.answer_of("mor"), Some(Answer::Consented));
    assert_eq!(s.answer_of("far"), Some(Answer::Consented));
    assert_eq!(status(&s, day(5)), Status::Consented);
    assert_eq!(
        status(&fold(&asked, &events[..3]).expect("folds"), day(5)),
        Status::Declined
    );

    assert_eq!(fold(&asked, &events[1..]), Err(FoldError::NotCreatedFirst));
    let mut gap = events.clone();
    gap.remove(1);
    assert_eq!(fold(&asked, &gap), Err(FoldError::Malformed(3)));
    let mut stranger = events.clone();
    stranger[1].party = Some("naboen".into());
    assert_eq!(fold(&asked, &stranger), Err(FoldError::Malformed(2)));
    let mut after_cancel = events[..2].to_vec();
    after_cancel.push(event(3, EventKind::Cancelled, None, None));
    assert!(fold(&asked, &after_cancel).expect("folds").cancelled);
    after_cancel.push(event(
        4,
        EventKind::WithdrawnByParty,
        Some("mor"),
        Some(Answer::Withdrawn),
    ));
    assert_eq!(fold(&asked, &after_cancel), Err(FoldError::Malformed(4)));
}

#[test]
fn dates_are_checked_and_an_edit_to_the_same_dates_is_no_event() {
    let s = state(&[Answer::Waiting], false);
    let past = Dates {
        deadline: day(1),
        end: None,
    };
    assert_eq!(
        decide(&s, day(5), &Command::EditDates(past)),
        Err(Refusal::BadDates)
    );
    let end_first = Dates {
        deadline: day(20),
        end: Some(day(19)),
    };
    assert!(!dates_valid(end_first, day(5)));
    assert_eq!(
        decide(&s, day(5), &Command::EditDates(dates())),
        Ok(Outcome::Unchanged)
    );
    let later = Dates {
        deadline: day(30),
        end: Some(day(60)),
    };
    assert_eq!(
        decide(&s, day(20), &Command::EditDates(later)),
        Ok(Outcome::Append {
            kind: EventKind::Edited,
            answer: None
        }),
        "a passed deadline can be moved"
    );
    assert_eq!(
        decide(&s, day(5), &Command::Cancel { note: " ".into() }),
        Err(Refusal::NoteRequired)
    );
}

#[test]
fn help_measures_are_told_apart_from_exchanges_of_information() {
    let measures: Vec<Purpose> = Purpose::ALL
        .iter()
        .copied()
        .filter(|p| p.is_help_measure())
        .collect();
    assert_eq!(
        measures,
        vec![
            Purpose::ParentGuidance,
            Purpose::SupportContact,
            Purpose::VisitingHome,
            Purpose::OtherMeasure
        ]
    );
}
