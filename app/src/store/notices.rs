//! The notices' outbox (issue 16). `enqueue` runs in the transaction of the change a
//! party is to be told of, so a committed change has its notice and a rolled-back one
//! has none. At most one notice per person gathers items (`PENDING`, a partial unique
//! index): a later event joins it until a worker claims it. A claim records the attempt
//! (`SENDING`, claimed_at) and commits before anything is sent.

use super::{Backend, Db};
use crate::domain::notice::{self, Contact, NoticeKind, NoticeState, LEASE_SECS};
use sqlx::{AnyConnection, Row};

/// Whom a notice is for: a party, or an employee (told of a new message to the service).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum To<'a> {
    Person(&'a str),
    Staff(&'a str),
}

impl To<'_> {
    /// The notices column naming this kind of recipient.
    fn column(self) -> &'static str {
        match self {
            To::Person(_) => "person_id",
            To::Staff(_) => "staff_id",
        }
    }

    fn id(self) -> String {
        match self {
            To::Person(id) | To::Staff(id) => id.to_string(),
        }
    }
}

/// [`To`], owned: whom a claimed notice is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Recipient {
    Person(String),
    Staff(String),
}

impl Recipient {
    pub fn to(&self) -> To<'_> {
        match self {
            Recipient::Person(id) => To::Person(id),
            Recipient::Staff(id) => To::Staff(id),
        }
    }
}

/// The recipient's contact details (a party's as the register gave them, an
/// employee's work address) and their language.
pub async fn contact_of(
    conn: &mut AnyConnection,
    to: To<'_>,
) -> Result<Option<(Contact, Option<String>)>, sqlx::Error> {
    let person_id = match to {
        To::Person(id) => id,
        To::Staff(id) => {
            let email: Option<String> = sqlx::query("SELECT email FROM staff WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?
                .map(|r| r.try_get("email"))
                .transpose()?;
            return Ok(email.map(|email| {
                let work = Contact {
                    reserved: false,
                    may_be_notified: true,
                    email: Some(email),
                    mobile: None,
                };
                (work, None)
            }));
        }
    };
    let row = sqlx::query(
        "SELECT reserved_digital, may_be_notified, email, mobile, language FROM persons \
         WHERE id = $1",
    )
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    Ok(Some((contact_in(&row)?, row.try_get("language")?)))
}

fn contact_in(row: &sqlx::any::AnyRow) -> Result<Contact, sqlx::Error> {
    Ok(Contact {
        reserved: row.try_get::<i64, _>("reserved_digital")? != 0,
        may_be_notified: row.try_get::<i64, _>("may_be_notified")? != 0,
        email: row.try_get("email")?,
        mobile: row.try_get("mobile")?,
    })
}

/// What a change tells one recipient: the kind of news and what it is about.
pub struct Event<'a> {
    pub to: To<'a>,
    pub kind: NoticeKind,
    pub about: &'a str,
    pub case_id: &'a str,
    pub at: i64,
}

/// Records that the person is to be told of `event`, in the caller's transaction:
/// joined to their notice still gathering, or as a new one. Nothing for a person with
/// no digital channel (reserved, not to be notified, no address): the service writes
/// on paper, as the staff pages say. Whether a notice was written or joined.
pub async fn enqueue(conn: &mut AnyConnection, event: Event<'_>) -> Result<bool, sqlx::Error> {
    let Some((contact, _)) = contact_of(conn, event.to).await? else {
        return Ok(false);
    };
    if notice::channels(&contact).is_empty() {
        return Ok(false);
    }
    let column = event.to.column();
    sqlx::query(&format!(
        "INSERT INTO notices (id, {column}, state, opened_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT ({column}) WHERE state = 'PENDING' DO NOTHING"
    ))
    .bind(uuid::Uuid::new_v4().to_string())
    .bind(event.to.id())
    .bind(NoticeState::Pending.as_str())
    .bind(event.at)
    .execute(&mut *conn)
    .await?;
    let notice_id: String = sqlx::query(&format!(
        "SELECT id FROM notices WHERE {column} = $1 AND state = 'PENDING'"
    ))
    .bind(event.to.id())
    .fetch_one(&mut *conn)
    .await?
    .try_get("id")?;
    sqlx::query(
        "INSERT INTO notice_items (notice_id, kind, about, case_id, at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(&notice_id)
    .bind(event.kind.as_str())
    .bind(event.about)
    .bind(event.case_id)
    .bind(event.at)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// A notice a worker has claimed: the attempt is recorded.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub id: String,
    pub to: Recipient,
    /// This attempt's number (1 for the first).
    pub attempt: i64,
    /// An earlier attempt was claimed and never finished: its send may have gone out.
    pub interrupted: bool,
    /// A reminder of an earlier notice.
    pub reminder: bool,
}

/// Claims up to `limit` due notices: gathering ones whose batch window (`window`
/// seconds) has ended, retries whose wait is over, and claims older than the lease
/// (a worker stopped mid-send). On PostgreSQL concurrent workers skip each other's
/// rows (`FOR UPDATE SKIP LOCKED`); on SQLite the write lock makes claims one at a time.
pub async fn claim(
    db: &Db,
    now: i64,
    window: i64,
    limit: i64,
) -> Result<Vec<Claimed>, sqlx::Error> {
    let lock = match db.backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    const DUE: &str = "(state = 'PENDING' AND opened_at <= $2 AND not_before <= $1) \
           OR (state = 'RETRY' AND not_before <= $1) \
           OR (state = 'SENDING' AND claimed_at <= $3)";
    // Most polls find nothing: a read says so without taking SQLite's write lock.
    let any = sqlx::query(&format!("SELECT 1 AS one FROM notices WHERE {DUE} LIMIT 1"))
        .bind(now)
        .bind(now - window)
        .bind(now - LEASE_SECS)
        .fetch_optional(&db.pool)
        .await?;
    if any.is_none() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "UPDATE notices SET state = 'SENDING', attempts = attempts + 1, claimed_at = $1 \
         WHERE id IN (SELECT id FROM notices WHERE {DUE} ORDER BY opened_at LIMIT $4{lock}) \
         RETURNING id, person_id, staff_id, attempts, reminder_of"
    );
    let mut tx = db.begin_write().await?;
    // Which of them were left SENDING by an attempt that never finished.
    let stale: Vec<String> =
        sqlx::query("SELECT id FROM notices WHERE state = 'SENDING' AND claimed_at <= $1 LIMIT $2")
            .bind(now - LEASE_SECS)
            .bind(limit)
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| r.try_get("id"))
            .collect::<Result<_, _>>()?;
    let rows = sqlx::query(&sql)
        .bind(now)
        .bind(now - window)
        .bind(now - LEASE_SECS)
        .bind(limit)
        .fetch_all(&mut *tx)
        .await?;
    tx.commit().await?;
    rows.iter()
        .map(|r| {
            let id: String = r.try_get("id")?;
            Ok(Claimed {
                interrupted: stale.contains(&id),
                id,
                to: match r.try_get::<Option<String>, _>("person_id")? {
                    Some(person) => Recipient::Person(person),
                    None => Recipient::Staff(r.try_get("staff_id")?),
                },
                attempt: r.try_get("attempts")?,
                reminder: r.try_get::<Option<String>, _>("reminder_of")?.is_some(),
            })
        })
        .collect()
}

/// Marks this attempt's notice sent, with the provider's id for the message. False
/// when the attempt is no longer the notice's latest (another worker took it over).
pub async fn mark_sent(
    db: &Db,
    n: &Claimed,
    channel: notice::Channel,
    provider_id: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let done = sqlx::query(
        "UPDATE notices SET state = 'SENT', channel = $3, provider_id = $4, sent_at = $5, \
         last_error = NULL WHERE id = $1 AND attempts = $2 AND state = 'SENDING'",
    )
    .bind(&n.id)
    .bind(n.attempt)
    .bind(channel.as_str())
    .bind(provider_id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    tx.commit().await?;
    Ok(done == 1)
}

/// How a claimed attempt ends, when it did not send.
struct Unsent<'a> {
    state: NoticeState,
    not_before: Option<i64>,
    note: Option<&'a str>,
    /// The attempt is not counted (it was only held back).
    uncounted: bool,
}

/// Ends this attempt unsent, unless another worker has taken the notice over since.
async fn end_unsent(db: &Db, n: &Claimed, end: Unsent<'_>) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE notices SET state = $3, not_before = COALESCE($4, not_before), \
         last_error = COALESCE($5, last_error), attempts = attempts - $6 \
         WHERE id = $1 AND attempts = $2 AND state = 'SENDING'",
    )
    .bind(&n.id)
    .bind(n.attempt)
    .bind(end.state.as_str())
    .bind(end.not_before)
    .bind(end.note)
    .bind(i64::from(end.uncounted))
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// After a failed attempt: waits to be tried again, or is given up (`DEAD`) at the
/// limit. The state it was left in.
pub async fn mark_failed(
    db: &Db,
    n: &Claimed,
    error: &str,
    now: i64,
) -> Result<NoticeState, sqlx::Error> {
    let (state, not_before) = match notice::retry_at(n.attempt, now) {
        Some(at) => (NoticeState::Retry, at),
        None => (NoticeState::Dead, now),
    };
    let error: String = error.chars().take(500).collect();
    let end = Unsent {
        state,
        not_before: Some(not_before),
        note: Some(&error),
        uncounted: false,
    };
    end_unsent(db, n, end).await?;
    Ok(state)
}

/// Gives a claimed notice up without sending (no digital channel now; read already).
pub async fn cancel(db: &Db, n: &Claimed, why: &str) -> Result<(), sqlx::Error> {
    let end = Unsent {
        state: NoticeState::Cancelled,
        not_before: None,
        note: Some(why),
        uncounted: false,
    };
    end_unsent(db, n, end).await
}

/// Puts a claimed notice back, unsent and not counted as an attempt, until `at` (an
/// SMS outside the hours it may go out in).
pub async fn hold_until(db: &Db, n: &Claimed, at: i64) -> Result<(), sqlx::Error> {
    let end = Unsent {
        state: NoticeState::Retry,
        not_before: Some(at),
        note: None,
        uncounted: true,
    };
    end_unsent(db, n, end).await
}

/// How many notices wait to be sent and how many were given up, for operators.
pub async fn counts(db: &Db) -> Result<(i64, i64), sqlx::Error> {
    let row = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN state IN ('PENDING', 'RETRY', 'SENDING') THEN 1 ELSE 0 END), 0) AS waiting, \
         COALESCE(SUM(CASE WHEN state = 'DEAD' THEN 1 ELSE 0 END), 0) AS dead FROM notices",
    )
    .fetch_one(&db.pool)
    .await?;
    Ok((row.try_get("waiting")?, row.try_get("dead")?))
}

/// Remembers the language a person uses the portal in, for their notices.
pub async fn set_language(db: &Db, person_id: &str, language: &str) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "UPDATE persons SET language = $2 WHERE id = $1 \
         AND (language IS NULL OR language <> $2)",
    )
    .bind(person_id)
    .bind(language)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// Which of these persons can get no digital notice (reserved, not to be notified, or
/// without an address): the service must write to them on paper.
pub async fn paper_needed(
    pool: &sqlx::AnyPool,
    person_ids: &[&str],
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    if person_ids.is_empty() {
        return Ok(Default::default());
    }
    let sql = format!(
        "SELECT id, reserved_digital, may_be_notified, email, mobile FROM persons \
         WHERE id IN ({})",
        super::bind_marks(0, person_ids.len())
    );
    let mut q = sqlx::query(&sql);
    for id in person_ids {
        q = q.bind(*id);
    }
    let mut out = std::collections::HashSet::new();
    for row in q.fetch_all(pool).await? {
        if notice::channels(&contact_in(&row)?).is_empty() {
            out.insert(row.try_get("id")?);
        }
    }
    Ok(out)
}

/// How many of what a notice (or, for a reminder, the notice it reminds of) points to
/// is unopened since it was queued, by the audit log's reads in its case: for a party,
/// their own reads of that document, thread, consent or innsyn answer; for an employee,
/// any employee's read of the thread (the service has seen the message, also one a
/// leader was told had waited too long).
pub async fn unread_items(
    conn: &mut AnyConnection,
    notice_id: &str,
    to: To<'_>,
) -> Result<i64, sqlx::Error> {
    let (reader, read) = match to {
        To::Person(_) => (
            "a.actor_kind = 'citizen' AND a.actor_id = $2",
            "(i.kind IN ('DOCUMENT', 'INNSYN_ANSWER') AND a.action = 'document.read' \
               AND a.document_id = i.about) \
             OR (i.kind = 'INNSYN_ANSWER' AND a.action = 'case.innsyn.view' AND i.about = i.case_id) \
             OR (i.kind = 'MESSAGE' AND a.action = 'post.read' \
               AND a.reason LIKE '%melding:' || i.about || '%') \
             OR (i.kind IN ('CONSENT', 'DEADLINE') AND a.action = 'consent.view' \
               AND a.reason LIKE '%samtykke:' || i.about || '%') \
             OR (i.kind = 'DEADLINE' AND a.action = 'document.read' AND a.document_id = i.about) \
             OR (i.kind = 'DEADLINE' AND a.action = 'case.innsyn.view' AND i.about = i.case_id)",
        ),
        To::Staff(_) => (
            "a.actor_kind = 'staff' AND $2 <> ''",
            "i.kind IN ('MESSAGE', 'ESCALATION') AND a.action = 'staff.post.read' \
               AND a.reason LIKE '%melding:' || i.about || '%'",
        ),
    };
    let row = sqlx::query(&format!(
        "SELECT COUNT(*) AS n FROM notice_items i \
         WHERE i.notice_id = (SELECT COALESCE(reminder_of, id) FROM notices WHERE id = $1) \
         AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = i.case_id \
           AND {reader} AND a.at >= i.at AND ({read}))"
    ))
    .bind(notice_id)
    .bind(to.id())
    .fetch_one(&mut *conn)
    .await?;
    row.try_get("n")
}

/// Writes the reminders now due: one per notice sent at least [`REMINDER_DAYS`] ago
/// whose news is still unread, ready to be claimed at once (none for a notice of
/// deadlines alone: they have passed by then). Several workers may run
/// this together: the unique index keeps it to one. How many were written.
///
/// [`REMINDER_DAYS`]: notice::REMINDER_DAYS
pub async fn write_due_reminders(db: &Db, now: i64, limit: i64) -> Result<usize, sqlx::Error> {
    let week_ago = now - notice::reminder_due(0);
    let candidates = sqlx::query(
        "SELECT n.id, n.person_id FROM notices n WHERE n.state = 'SENT' \
         AND n.person_id IS NOT NULL AND n.reminder_of IS NULL AND n.sent_at <= $1 \
         AND NOT EXISTS (SELECT 1 FROM notices r WHERE r.reminder_of = n.id) \
         AND EXISTS (SELECT 1 FROM notice_items i WHERE i.notice_id = n.id \
           AND i.kind <> 'DEADLINE') \
         ORDER BY n.sent_at LIMIT $2",
    )
    .bind(week_ago)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    let mut written = 0;
    for c in candidates {
        let id: String = c.try_get("id")?;
        let person_id: String = c.try_get("person_id")?;
        let mut tx = db.begin_write().await?;
        // Nothing left unread: no reminder, and a cancelled one records that.
        let unread = unread_items(&mut tx, &id, To::Person(&person_id)).await?;
        let state = if unread > 0 { "RETRY" } else { "CANCELLED" };
        let done = sqlx::query(
            "INSERT INTO notices (id, person_id, state, opened_at, not_before, reminder_of, \
             last_error) VALUES ($1, $2, $3, $4, $4, $5, $6) \
             ON CONFLICT (reminder_of) WHERE reminder_of IS NOT NULL DO NOTHING",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(&person_id)
        .bind(state)
        .bind(now)
        .bind(&id)
        .bind((unread == 0).then_some("read before the reminder"))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        tx.commit().await?;
        if unread > 0 {
            written += usize::try_from(done).unwrap_or(0);
        }
    }
    Ok(written)
}

/// Brings each party message that nobody at the service opened within its two working
/// days to every leader of the case's unit, once each (the escalations table's key, so
/// also with several workers), as an ESCALATION item in the leader's notice written in
/// the same transaction. A message opened meanwhile is passed over. How many leaders
/// were told.
pub async fn write_due_escalations(db: &Db, now: i64, limit: i64) -> Result<usize, sqlx::Error> {
    use crate::domain::clock::norwegian_time;
    use crate::domain::{post, StaffRole};
    let today = norwegian_time(now).date_naive();
    // Two working days are at least two days: nothing sent since can be due.
    let candidates = sqlx::query(
        "SELECT m.id, m.thread_id, m.sent_at, t.case_id, c.unit_id FROM messages m \
         JOIN threads t ON t.id = m.thread_id JOIN cases c ON c.id = t.case_id \
         WHERE m.side = 'PARTY' AND m.read_at IS NULL AND m.sent_at <= $1 \
         AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.message_id = m.id) \
         ORDER BY m.sent_at, m.id LIMIT $2",
    )
    .bind(now - 2 * 86_400)
    .bind(limit)
    .fetch_all(&db.pool)
    .await?;
    let mut told = 0;
    for c in candidates {
        let sent_at: i64 = c.try_get("sent_at")?;
        let sent_on = norwegian_time(sent_at).date_naive();
        if !post::overdue(sent_on, false, today) {
            // The oldest first: none after this one is due either.
            break;
        }
        let message: String = c.try_get("id")?;
        let thread: String = c.try_get("thread_id")?;
        let case_id: String = c.try_get("case_id")?;
        let unit: String = c.try_get("unit_id")?;
        let mut tx = db.begin_write().await?;
        let leaders: Vec<String> =
            sqlx::query("SELECT id FROM staff WHERE unit_id = $1 AND role = $2 ORDER BY id")
                .bind(&unit)
                .bind(StaffRole::Leder.as_str())
                .fetch_all(&mut *tx)
                .await?
                .iter()
                .map(|r| r.try_get("id"))
                .collect::<Result<_, _>>()?;
        for leader in &leaders {
            let new = sqlx::query(
                "INSERT INTO escalations (message_id, staff_id, at) SELECT $1, $2, $3 \
                 WHERE EXISTS (SELECT 1 FROM messages WHERE id = $1 AND read_at IS NULL) \
                 ON CONFLICT (message_id, staff_id) DO NOTHING",
            )
            .bind(&message)
            .bind(leader)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if new == 1 {
                // Dated by the message: it waits since then (a read of the thread
                // after it cancels), and, overdue already, goes out at once.
                let event = Event {
                    to: To::Staff(leader),
                    kind: NoticeKind::Escalation,
                    about: &thread,
                    case_id: &case_id,
                    at: sent_at,
                };
                if enqueue(&mut tx, event).await? {
                    told += 1;
                }
            }
        }
        tx.commit().await?;
    }
    Ok(told)
}

/// Whether the notice holds an item of `kind` (the words differ for an escalation).
pub async fn holds(
    conn: &mut AnyConnection,
    notice_id: &str,
    kind: NoticeKind,
) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query("SELECT COUNT(*) AS n FROM notice_items WHERE notice_id = $1 AND kind = $2")
            .bind(notice_id)
            .bind(kind.as_str())
            .fetch_one(&mut *conn)
            .await?
            .try_get("n")?;
    Ok(n > 0)
}

/// Tells `person_id` of a deadline of theirs, once (the deadline_notices key): the row
/// and the notice item in one transaction. Whether this call told them.
pub async fn tell_deadline(
    db: &Db,
    person_id: &str,
    case_id: &str,
    about: &str,
    deadline: chrono::NaiveDate,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let new = sqlx::query(
        "INSERT INTO deadline_notices (person_id, about, deadline, at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (person_id, about, deadline) DO NOTHING",
    )
    .bind(person_id)
    .bind(about)
    .bind(deadline.to_string())
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let told = new == 1
        && enqueue(
            &mut tx,
            Event {
                to: To::Person(person_id),
                kind: NoticeKind::Deadline,
                about,
                case_id,
                at: now,
            },
        )
        .await?;
    tx.commit().await?;
    Ok(told)
}

/// The cases with a deadline between `from` and `to` (ISO days, both counted): a consent's
/// answer deadline, a document's klagefrist, minutes open for comments, the klagefrist
/// of an innsyn answer that refused (wholly or partly; answered about three weeks
/// before, a day's margin either side for the time zone). Who of their parties may see
/// which, and the exact day, is for the policy and the rules to say.
pub async fn cases_with_deadlines(
    db: &Db,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<String>, sqlx::Error> {
    let day = |d: chrono::NaiveDate, days: i64| {
        (d - chrono::Duration::days(days))
            .and_hms_opt(0, 0, 0)
            .map_or(0, |t| t.and_utc().timestamp())
    };
    let appeal = i64::try_from(super::innsyn::APPEAL_DAYS).unwrap_or(21);
    sqlx::query(
        "SELECT c.case_id FROM consent_events e JOIN consents c ON c.id = e.consent_id \
         WHERE e.deadline BETWEEN $1 AND $2 \
         UNION SELECT case_id FROM documents WHERE appeal_deadline BETWEEN $1 AND $2 \
         UNION SELECT d.case_id FROM minutes_comment_periods p \
         JOIN documents d ON d.id = p.document_id WHERE p.deadline BETWEEN $1 AND $2 \
         UNION SELECT case_id FROM innsyn_events \
         WHERE kind IN ('REFUSED', 'PARTLY_GRANTED') AND at BETWEEN $3 AND $4 \
         UNION SELECT case_id FROM case_innsyn_events \
         WHERE kind IN ('REFUSED', 'PARTLY_GRANTED') AND at BETWEEN $3 AND $4 \
         ORDER BY 1",
    )
    .bind(from.to_string())
    .bind(to.to_string())
    .bind(day(from, appeal + 1))
    .bind(day(to, appeal - 2))
    .fetch_all(&db.pool)
    .await?
    .iter()
    .map(|r| r.try_get(0))
    .collect()
}
