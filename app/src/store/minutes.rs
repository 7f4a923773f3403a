//! Minutes for comment in the database: the periods a møtereferat was open for
//! comments (the newest counts), the parties' requests for corrections and the
//! caseworker's answers, all append-only and kept with the document. Who may read or
//! write which is decided by the callers (`features::minutes`).

use crate::domain::minutes::Outcome;
use crate::store::Exec;
use chrono::NaiveDate;
use sqlx::{Any, Row, Transaction};

/// A party's request for a correction, with its answer once given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub id: String,
    pub document_id: String,
    pub person_id: String,
    /// 1-based, as the party was shown the minutes; `None` for the whole minutes.
    pub part: Option<usize>,
    /// That part's text as the party saw it.
    pub quote: Option<String>,
    pub body: String,
    pub at: i64,
    pub answer: Option<Answer>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub outcome: Outcome,
    pub body: Option<String>,
    pub staff_id: String,
    pub at: i64,
}

/// The last day for comments on the document, if it was ever opened for them.
pub async fn deadline<'c>(
    ex: impl Exec<'c>,
    document_id: &str,
) -> Result<Option<NaiveDate>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT deadline FROM minutes_comment_periods WHERE document_id = $1 \
         ORDER BY seq DESC LIMIT 1",
    )
    .bind(document_id)
    .fetch_optional(ex)
    .await?;
    row.map(|r| {
        let d: String = r.try_get("deadline")?;
        NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map_err(|e| sqlx::Error::Decode(format!("deadline {d}: {e}").into()))
    })
    .transpose()
}

/// Opens the document for comments until `deadline` (or moves the deadline).
pub async fn set_deadline(
    tx: &mut Transaction<'static, Any>,
    document_id: &str,
    deadline: NaiveDate,
    staff_id: &str,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO minutes_comment_periods (document_id, deadline, staff_id, at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(document_id)
    .bind(deadline.to_string())
    .bind(staff_id)
    .bind(at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A comment to store.
pub struct NewComment<'a> {
    pub id: &'a str,
    pub document_id: &'a str,
    pub person_id: &'a str,
    pub part: Option<usize>,
    pub quote: Option<&'a str>,
    pub body: &'a str,
    pub at: i64,
}

/// What came of storing a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    New,
    /// This party already sent a comment with this key (a second submit of one form).
    Again,
    /// The key belongs to another comment: nothing stored.
    KeyTaken,
}

/// Stores the comment unless its key was used before.
pub async fn insert_comment(
    tx: &mut Transaction<'static, Any>,
    c: NewComment<'_>,
) -> Result<Stored, sqlx::Error> {
    let owner: Option<(String, String)> =
        sqlx::query("SELECT person_id, document_id FROM minutes_comments WHERE id = $1")
            .bind(c.id)
            .fetch_optional(&mut **tx)
            .await?
            .map(|r| Ok::<_, sqlx::Error>((r.try_get("person_id")?, r.try_get("document_id")?)))
            .transpose()?;
    if let Some((person, document)) = owner {
        let same = person == c.person_id && document == c.document_id;
        return Ok(if same {
            Stored::Again
        } else {
            Stored::KeyTaken
        });
    }
    sqlx::query(
        "INSERT INTO minutes_comments (id, document_id, person_id, part, quote, body, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(c.id)
    .bind(c.document_id)
    .bind(c.person_id)
    .bind(c.part.map(|p| p as i64))
    .bind(c.quote)
    .bind(c.body)
    .bind(c.at)
    .execute(&mut **tx)
    .await?;
    Ok(Stored::New)
}

/// The comments on the document, oldest first: of one party (`Some`), or of all.
pub async fn comments<'c>(
    ex: impl Exec<'c>,
    document_id: &str,
    person_id: Option<&str>,
) -> Result<Vec<Comment>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.id, c.document_id, c.person_id, c.part, c.quote, c.body, c.at, \
         a.outcome, a.body AS answer_body, a.staff_id, a.at AS answered_at \
         FROM minutes_comments c LEFT JOIN minutes_comment_answers a ON a.comment_id = c.id \
         WHERE c.document_id = $1 AND ($2 IS NULL OR c.person_id = $2) ORDER BY c.at, c.id",
    )
    .bind(document_id)
    .bind(person_id)
    .fetch_all(ex)
    .await?;
    rows.iter().map(comment_of).collect()
}

fn comment_of(r: &sqlx::any::AnyRow) -> Result<Comment, sqlx::Error> {
    let outcome: Option<String> = r.try_get("outcome")?;
    let answer = match outcome {
        Some(o) => Some(Answer {
            outcome: Outcome::parse(&o)
                .ok_or_else(|| sqlx::Error::Decode(format!("unknown outcome {o}").into()))?,
            body: r.try_get("answer_body")?,
            staff_id: r.try_get("staff_id")?,
            at: r.try_get("answered_at")?,
        }),
        None => None,
    };
    let part: Option<i64> = r.try_get("part")?;
    Ok(Comment {
        id: r.try_get("id")?,
        document_id: r.try_get("document_id")?,
        person_id: r.try_get("person_id")?,
        part: part.and_then(|p| usize::try_from(p).ok()),
        quote: r.try_get("quote")?,
        body: r.try_get("body")?,
        at: r.try_get("at")?,
        answer,
    })
}

/// Answers the comment if it is not answered yet; whether it was stored.
pub async fn answer(
    tx: &mut Transaction<'static, Any>,
    comment_id: &str,
    a: &Answer,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO minutes_comment_answers (comment_id, outcome, body, staff_id, at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (comment_id) DO NOTHING",
    )
    .bind(comment_id)
    .bind(a.outcome.as_str())
    .bind(a.body.as_deref())
    .bind(&a.staff_id)
    .bind(a.at)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// How many comments on each document of the case wait for an answer.
pub async fn unanswered_in_case<'c>(
    ex: impl Exec<'c>,
    case_id: &str,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT c.document_id, COUNT(*) AS n FROM minutes_comments c \
         JOIN documents d ON d.id = c.document_id \
         LEFT JOIN minutes_comment_answers a ON a.comment_id = c.id \
         WHERE d.case_id = $1 AND a.comment_id IS NULL GROUP BY c.document_id",
    )
    .bind(case_id)
    .fetch_all(ex)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("document_id")?, r.try_get("n")?)))
        .collect()
}
