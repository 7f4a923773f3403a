//! Minutes for comment, both sides: the caseworker opens a møtereferat shared with
//! parties for comments until a deadline; each party asks for corrections on the
//! minutes as they may read them, and sees their own requests and the answers; the
//! caseworker answers each. The rules are `domain::minutes` and `access::minutes`;
//! every write is stored with its audit entry in one transaction.

mod party;
mod staff;

pub use party::{minutes_comments_page, part_name, send_minutes_comment, CommentForm};
pub use staff::{answer_minutes_comment, open_minutes_for_comments, staff_minutes};

pub use crate::features::form_outcome::FormOutcome;

use crate::api::dto::{MinutesAnswer, MinutesComment};
use crate::domain::clock::norwegian_time;
use crate::store::minutes::Comment;

fn day_of(unix: i64) -> String {
    norwegian_time(unix).date_naive().to_string()
}

/// A stored comment as the pages show it.
fn comment_dto(c: Comment) -> MinutesComment {
    MinutesComment {
        id: c.id,
        part: c.part,
        quote: c.quote,
        text: c.body,
        sent_on: day_of(c.at),
        answer: c.answer.map(|a| MinutesAnswer {
            outcome: a.outcome.as_str().to_string(),
            text: a.body,
            answered_on: day_of(a.at),
        }),
    }
}

#[cfg(test)]
mod tests;
