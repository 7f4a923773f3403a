use super::*;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn facts(deadline: Option<&str>) -> MinutesFacts {
    MinutesFacts {
        is_minutes: true,
        readable: true,
        deadline: deadline.map(day),
    }
}

#[test]
fn a_party_comments_until_and_on_the_last_day_and_not_after() {
    let f = facts(Some("2026-12-24"));
    assert_eq!(comment_window(f, day("2026-12-01")), Ok(day("2026-12-24")));
    assert_eq!(comment_window(f, day("2026-12-24")), Ok(day("2026-12-24")));
    assert_eq!(
        comment_window(f, day("2026-12-25")),
        Err(ClosedReason::DeadlinePassed(day("2026-12-24")))
    );
}

#[test]
fn minutes_never_opened_unreadable_or_not_minutes_take_no_comment() {
    let today = day("2026-12-01");
    assert_eq!(
        comment_window(facts(None), today),
        Err(ClosedReason::NotOpen)
    );
    let unreadable = MinutesFacts {
        readable: false,
        ..facts(Some("2026-12-24"))
    };
    assert_eq!(
        comment_window(unreadable, today),
        Err(ClosedReason::NotOpen)
    );
    let letter = MinutesFacts {
        is_minutes: false,
        ..facts(Some("2026-12-24"))
    };
    assert_eq!(comment_window(letter, today), Err(ClosedReason::NotOpen));
}

#[test]
fn a_comment_names_a_part_the_party_was_shown_or_the_whole() {
    assert_eq!(parse_part("hele", 3), Ok(None));
    assert_eq!(parse_part("", 3), Ok(None));
    assert_eq!(parse_part("1", 3), Ok(Some(1)));
    assert_eq!(parse_part("3", 3), Ok(Some(3)));
    for bad in ["0", "4", "-1", "2x", "99999999999999999999999"] {
        assert_eq!(parse_part(bad, 3), Err(CommentRefusal::NoSuchPart), "{bad}");
    }
}

#[test]
fn a_comment_is_refused_for_each_fault_at_once() {
    let open = Ok(day("2026-12-24"));
    assert!(check_comment(open, "2", 3, "Det var ikke jeg som sa det.", 100).is_empty());
    assert_eq!(
        check_comment(open, "2", 3, "  \n ", 100),
        vec![CommentRefusal::Empty]
    );
    assert_eq!(
        check_comment(open, "2", 3, &"x".repeat(101), 100),
        vec![CommentRefusal::TooLong]
    );
    // Exactly the limit is allowed; characters are counted, not bytes.
    assert!(check_comment(open, "hele", 3, &"ø".repeat(100), 100).is_empty());
    let closed = Err(ClosedReason::DeadlinePassed(day("2026-11-30")));
    assert_eq!(
        check_comment(closed, "7", 3, "", 100),
        vec![
            CommentRefusal::Closed,
            CommentRefusal::NoSuchPart,
            CommentRefusal::Empty
        ]
    );
}

#[test]
fn minutes_open_for_comments_from_today_to_three_months_ahead() {
    let today = day("2026-12-01");
    assert_eq!(default_deadline(today), day("2026-12-22"));
    let ok = |d: &str| check_opening(DocType::Motereferat, 1, d, today);
    assert_eq!(ok("2026-12-01"), Ok(day("2026-12-01")));
    assert_eq!(ok("2026-12-22"), Ok(day("2026-12-22")));
    assert_eq!(ok("2027-03-03"), Ok(day("2027-03-03")));
    assert_eq!(ok("2027-03-04"), Err(vec![OpeningRefusal::TooFar]));
    assert_eq!(ok("2026-11-30"), Err(vec![OpeningRefusal::InThePast]));
    assert_eq!(ok(""), Err(vec![OpeningRefusal::NoDate]));
    assert_eq!(ok("22.12.2026"), Err(vec![OpeningRefusal::NoDate]));
}

#[test]
fn only_minutes_shared_with_someone_open_for_comments() {
    let today = day("2026-12-01");
    assert_eq!(
        check_opening(DocType::Vedtak, 2, "2026-12-22", today),
        Err(vec![OpeningRefusal::NotMinutes])
    );
    assert_eq!(
        check_opening(DocType::Motereferat, 0, "2026-12-22", today),
        Err(vec![OpeningRefusal::SharedWithNobody])
    );
}

#[test]
fn an_answer_chooses_an_outcome_and_gives_a_reason_when_the_minutes_stand() {
    assert_eq!(
        check_answer("", "Rettet.", 50),
        Err(vec![AnswerRefusal::NoChoice])
    );
    assert_eq!(
        check_answer("RETTET", "", 50),
        Err(vec![AnswerRefusal::NoChoice])
    );
    assert_eq!(check_answer("CORRECTED", "", 50), Ok(Outcome::Corrected));
    assert_eq!(
        check_answer("KEPT_AS_COMMENT", "  ", 50),
        Err(vec![AnswerRefusal::ReasonMissing])
    );
    assert_eq!(
        check_answer("KEPT_AS_COMMENT", "Slik ble det sagt i møtet.", 50),
        Ok(Outcome::KeptAsComment)
    );
    assert_eq!(
        check_answer("CORRECTED", &"x".repeat(51), 50),
        Err(vec![AnswerRefusal::TooLong])
    );
}

#[test]
fn every_refusal_names_a_key_of_its_own() {
    let mut keys: Vec<&str> = CommentRefusal::ALL
        .iter()
        .map(|r| r.field_and_key().1)
        .chain(OpeningRefusal::ALL.iter().map(|r| r.field_and_key().1))
        .chain(AnswerRefusal::ALL.iter().map(|r| r.field_and_key().1))
        .collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n);
}
