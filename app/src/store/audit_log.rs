//! Writes audit rows: within a caller's transaction ([`insert_rows`]), or in groups
//! ([`GroupCommit`]) for entries that record a read and change nothing else. One writer
//! task takes everything that queued while its previous group committed, inserts it in
//! one transaction and only then answers each request, so a read is on record before
//! its page is sent, at the cost of one commit per group instead of one per request.

use super::{begin_write_on, values_list, Backend};
use sqlx::AnyPool;
use tokio::sync::{mpsc, oneshot};

/// An audit row as stored; `at` in unix seconds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRow {
    pub at: i64,
    pub actor_kind: &'static str,
    pub actor_id: Option<String>,
    pub action: &'static str,
    pub case_id: Option<String>,
    pub document_id: Option<String>,
    pub subject_person_id: Option<String>,
    pub reason: Option<String>,
    pub reason_code: &'static str,
}

/// Rows per INSERT statement: 9 values each, well within both engines' limits.
const ROWS_PER_INSERT: usize = 100;
/// The most rows one group commits.
const MAX_GROUP: usize = 1000;

/// Inserts `rows` on `conn` (a transaction's connection, or a pool connection).
pub async fn insert_rows(
    conn: &mut sqlx::AnyConnection,
    rows: &[AuditRow],
) -> Result<(), sqlx::Error> {
    for chunk in rows.chunks(ROWS_PER_INSERT) {
        let sql = format!(
            "INSERT INTO audit_log (at, actor_kind, actor_id, action, case_id, document_id, \
             subject_person_id, reason, reason_code) VALUES {}",
            values_list(chunk.len(), 9)
        );
        let mut q = sqlx::query(&sql);
        for r in chunk {
            q = q
                .bind(r.at)
                .bind(r.actor_kind)
                .bind(r.actor_id.as_deref())
                .bind(r.action)
                .bind(r.case_id.as_deref())
                .bind(r.document_id.as_deref())
                .bind(r.subject_person_id.as_deref())
                .bind(r.reason.as_deref())
                .bind(r.reason_code);
        }
        q.execute(&mut *conn).await?;
    }
    Ok(())
}

type Reply = oneshot::Sender<Result<(), String>>;

/// The handle requests append through; cloned with the [`super::Db`].
#[derive(Clone, Debug)]
pub struct GroupCommit {
    queue: mpsc::Sender<(AuditRow, Reply)>,
}

impl GroupCommit {
    /// Starts the writer task on `pool`. It ends when the last handle is dropped.
    pub fn spawn(pool: AnyPool, backend: Backend) -> GroupCommit {
        let (queue, mut rx) = mpsc::channel::<(AuditRow, Reply)>(4 * MAX_GROUP);
        tokio::spawn(async move {
            let mut group = Vec::with_capacity(MAX_GROUP);
            while rx.recv_many(&mut group, MAX_GROUP).await > 0 {
                let (rows, replies): (Vec<AuditRow>, Vec<Reply>) = group.drain(..).unzip();
                match commit(&pool, backend, &rows).await {
                    Ok(()) => {
                        for reply in replies {
                            let _ = reply.send(Ok(()));
                        }
                    }
                    // One bad row must not fail the others' reads: each alone, then.
                    Err(_) if rows.len() > 1 => {
                        for (row, reply) in rows.iter().zip(replies) {
                            let result = commit(&pool, backend, std::slice::from_ref(row)).await;
                            let _ = reply.send(result.map_err(|e| e.to_string()));
                        }
                    }
                    Err(e) => {
                        for reply in replies {
                            let _ = reply.send(Err(e.to_string()));
                        }
                    }
                }
            }
        });
        GroupCommit { queue }
    }

    /// Appends `row` and returns once the group holding it has committed.
    pub async fn append(&self, row: AuditRow) -> Result<(), sqlx::Error> {
        let (reply, answer) = oneshot::channel();
        self.queue
            .send((row, reply))
            .await
            .map_err(|_| sqlx::Error::PoolClosed)?;
        match answer.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(message)) => Err(sqlx::Error::Protocol(message)),
            Err(_) => Err(sqlx::Error::PoolClosed),
        }
    }
}

async fn commit(pool: &AnyPool, backend: Backend, rows: &[AuditRow]) -> Result<(), sqlx::Error> {
    let mut tx = begin_write_on(pool, backend).await?;
    insert_rows(&mut tx, rows).await?;
    tx.commit().await
}

#[cfg(test)]
#[path = "audit_log_tests.rs"]
mod tests;
