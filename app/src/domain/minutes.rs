//! Minutes for comment: the service opens a møtereferat shared with a party for
//! comments until a deadline (three weeks unless the caseworker sets another day); the
//! party asks for corrections, to the whole minutes or to one part of them, and the
//! caseworker answers each request: the minutes are corrected, or they stand and the
//! comment is kept with them. Nothing is deleted; every step is checked here first.

use super::DocType;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Days the minutes are open for comments unless the caseworker sets another day: the
/// three weeks services wait before they finalise minutes.
pub const DEFAULT_COMMENT_DAYS: u64 = 21;

/// The latest deadline a caseworker may set, in days from today: a period beyond this is
/// a typing error, not a decision.
pub const MAX_COMMENT_DAYS: u64 = 92;

/// What the rules need to know of the minutes as one party sees them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MinutesFacts {
    pub is_minutes: bool,
    /// Shared with the party, in full or in part (they can read what they comment on).
    pub readable: bool,
    /// The last day for comments, if the minutes were ever opened for them.
    pub deadline: Option<NaiveDate>,
}

/// Why a party may not comment now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClosedReason {
    /// Not minutes, not readable by the party, or never opened for comments.
    NotOpen,
    /// The deadline was that day.
    DeadlinePassed(NaiveDate),
}

/// Whether the party may ask for corrections on `today`: the last day if so.
pub fn comment_window(facts: MinutesFacts, today: NaiveDate) -> Result<NaiveDate, ClosedReason> {
    let deadline = match facts.deadline {
        Some(d) if facts.is_minutes && facts.readable => d,
        _ => return Err(ClosedReason::NotOpen),
    };
    if today > deadline {
        return Err(ClosedReason::DeadlinePassed(deadline));
    }
    Ok(deadline)
}

/// What is wrong with a party's comment; each names its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommentRefusal {
    Empty,
    TooLong,
    /// The part chosen is not one of those the party was shown.
    NoSuchPart,
    /// The deadline passed while the page was open (or the minutes were never open).
    Closed,
}

impl CommentRefusal {
    pub const ALL: [CommentRefusal; 4] = [
        CommentRefusal::Empty,
        CommentRefusal::TooLong,
        CommentRefusal::NoSuchPart,
        CommentRefusal::Closed,
    ];

    /// The form field and the i18n key.
    pub fn field_and_key(self) -> (&'static str, &'static str) {
        match self {
            CommentRefusal::Empty => ("merknad", "minutes-error-empty"),
            CommentRefusal::TooLong => ("merknad", "minutes-error-too-long"),
            CommentRefusal::NoSuchPart => ("del", "minutes-error-part"),
            CommentRefusal::Closed => ("", "minutes-error-closed"),
        }
    }
}

/// The part of the minutes a comment is about, as posted: `hele` (the whole minutes) or
/// the 1-based number of a part the party was shown. `Err` when it names no such part.
pub fn parse_part(value: &str, parts: usize) -> Result<Option<usize>, CommentRefusal> {
    match value.trim() {
        "" | "hele" => Ok(None),
        v => match v.parse::<usize>() {
            Ok(n) if (1..=parts).contains(&n) => Ok(Some(n)),
            _ => Err(CommentRefusal::NoSuchPart),
        },
    }
}

/// What is wrong with a comment of `text` (at most `max` characters) on a part chosen as
/// `part` (see [`parse_part`]) of minutes the party sees in `parts` parts, sent while
/// `window` says whether the minutes are open; empty when it may be stored.
pub fn check_comment(
    window: Result<NaiveDate, ClosedReason>,
    part: &str,
    parts: usize,
    text: &str,
    max: usize,
) -> Vec<CommentRefusal> {
    let mut refusals = Vec::new();
    if window.is_err() {
        refusals.push(CommentRefusal::Closed);
    }
    if parse_part(part, parts).is_err() {
        refusals.push(CommentRefusal::NoSuchPart);
    }
    let text = text.trim();
    if text.is_empty() {
        refusals.push(CommentRefusal::Empty);
    } else if text.chars().count() > max {
        refusals.push(CommentRefusal::TooLong);
    }
    refusals
}

/// Why the minutes cannot be opened for comments until the day posted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpeningRefusal {
    /// Only a møtereferat is opened for comments.
    NotMinutes,
    /// Shared with no party (in full or in part): nobody could comment.
    SharedWithNobody,
    /// No day, or not a date.
    NoDate,
    /// The last day must be today or later.
    InThePast,
    /// More than [`MAX_COMMENT_DAYS`] ahead.
    TooFar,
}

impl OpeningRefusal {
    pub const ALL: [OpeningRefusal; 5] = [
        OpeningRefusal::NotMinutes,
        OpeningRefusal::SharedWithNobody,
        OpeningRefusal::NoDate,
        OpeningRefusal::InThePast,
        OpeningRefusal::TooFar,
    ];

    pub fn field_and_key(self) -> (&'static str, &'static str) {
        match self {
            OpeningRefusal::NotMinutes => ("", "minutes-error-not-minutes"),
            OpeningRefusal::SharedWithNobody => ("", "minutes-error-shared-with-nobody"),
            OpeningRefusal::NoDate => ("frist", "minutes-error-no-date"),
            OpeningRefusal::InThePast => ("frist", "minutes-error-past"),
            OpeningRefusal::TooFar => ("frist", "minutes-error-too-far"),
        }
    }
}

/// The day a caseworker is offered: three weeks from today.
pub fn default_deadline(today: NaiveDate) -> NaiveDate {
    today + Days::new(DEFAULT_COMMENT_DAYS)
}

/// Checks opening (or moving the deadline of) a document of `doc_type`, shared with
/// `shared_with` parties, for comments until `deadline` as posted (ISO date).
pub fn check_opening(
    doc_type: DocType,
    shared_with: usize,
    deadline: &str,
    today: NaiveDate,
) -> Result<NaiveDate, Vec<OpeningRefusal>> {
    let mut refusals = Vec::new();
    if doc_type != DocType::Motereferat {
        refusals.push(OpeningRefusal::NotMinutes);
    } else if shared_with == 0 {
        refusals.push(OpeningRefusal::SharedWithNobody);
    }
    let day = NaiveDate::parse_from_str(deadline.trim(), "%Y-%m-%d").ok();
    match day {
        None => refusals.push(OpeningRefusal::NoDate),
        Some(d) if d < today => refusals.push(OpeningRefusal::InThePast),
        Some(d) if d > today + Days::new(MAX_COMMENT_DAYS) => refusals.push(OpeningRefusal::TooFar),
        Some(_) => {}
    }
    match day {
        Some(d) if refusals.is_empty() => Ok(d),
        _ => Err(refusals),
    }
}

super::model::db_enum!(
    /// What the caseworker answers a request for a correction.
    Outcome {
        /// The minutes will be corrected (a corrected version replaces them).
        Corrected => "CORRECTED",
        /// The minutes stand; the party's comment is kept with them.
        KeptAsComment => "KEPT_AS_COMMENT",
    }
);

/// What is wrong with an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerRefusal {
    /// Nothing chosen (nothing is preselected).
    NoChoice,
    /// The minutes stand without a word on why.
    ReasonMissing,
    TooLong,
}

impl AnswerRefusal {
    pub const ALL: [AnswerRefusal; 3] = [
        AnswerRefusal::NoChoice,
        AnswerRefusal::ReasonMissing,
        AnswerRefusal::TooLong,
    ];

    pub fn field_and_key(self) -> (&'static str, &'static str) {
        match self {
            AnswerRefusal::NoChoice => ("utfall", "minutes-error-outcome"),
            AnswerRefusal::ReasonMissing => ("svar", "minutes-error-reason"),
            AnswerRefusal::TooLong => ("svar", "minutes-error-answer-too-long"),
        }
    }
}

/// Checks an answer of `outcome` (as posted) with `text`: `Ok` with the outcome when it
/// may be stored. Words are needed when the minutes stand.
pub fn check_answer(outcome: &str, text: &str, max: usize) -> Result<Outcome, Vec<AnswerRefusal>> {
    let mut refusals = Vec::new();
    let outcome = Outcome::parse(outcome);
    let text = text.trim();
    if outcome.is_none() {
        refusals.push(AnswerRefusal::NoChoice);
    }
    if outcome == Some(Outcome::KeptAsComment) && text.is_empty() {
        refusals.push(AnswerRefusal::ReasonMissing);
    }
    if text.chars().count() > max {
        refusals.push(AnswerRefusal::TooLong);
    }
    match outcome {
        Some(o) if refusals.is_empty() => Ok(o),
        _ => Err(refusals),
    }
}

#[cfg(test)]
#[path = "minutes_tests.rs"]
mod tests;
