//! Links committed audit entries into the hash chain after their commit, in sequence
//! order, and signs checkpoints of the chain's head. Appends never wait for it: one
//! task per process runs a batch every few hundred milliseconds, and processes that
//! share a database take turns (the batch holds the write lock).

use super::chain::{self, CheckpointPolicy, Hash, SealPlanner, StoredEntry, GENESIS};
use super::signing::SigningKey;
use crate::store::{values_list, Backend, Db};
use sqlx::any::AnyRow;
use sqlx::Row;
use std::sync::Arc;
use std::time::Duration;

/// Every column of an audit entry, as [`stored_entry`] reads them.
pub(super) const ENTRY_COLUMNS: &str = "a.seq, a.at, a.actor_kind, a.actor_id, a.action, \
     a.case_id, a.document_id, a.subject_person_id, a.reason, a.reason_code";

pub(super) fn stored_entry(r: &AnyRow) -> Result<StoredEntry, sqlx::Error> {
    Ok(StoredEntry {
        seq: r.try_get("seq")?,
        at: r.try_get("at")?,
        actor_kind: r.try_get("actor_kind")?,
        actor_id: r.try_get("actor_id")?,
        action: r.try_get("action")?,
        case_id: r.try_get("case_id")?,
        document_id: r.try_get("document_id")?,
        subject_person_id: r.try_get("subject_person_id")?,
        reason: r.try_get("reason")?,
        reason_code: r.try_get("reason_code")?,
    })
}

/// Entries linked per batch, and per insert statement (within both engines' limits
/// on bound values).
const BATCH: i64 = 2000;
const ROWS_PER_INSERT: usize = 300;
/// Any key for PostgreSQL's advisory lock that serialises sealers of one database.
const SEALER_LOCK: i64 = 0x6d69_6e73_616b;

#[derive(Clone, Copy, Debug)]
pub struct SealerSettings {
    /// How long a missing sequence number holds the chain back.
    pub grace: Duration,
    /// How long a number passed over is watched for a late commit.
    pub late_window: Duration,
    pub checkpoints: CheckpointPolicy,
}

impl Default for SealerSettings {
    fn default() -> Self {
        SealerSettings {
            grace: Duration::from_secs(10),
            late_window: Duration::from_secs(600),
            checkpoints: CheckpointPolicy {
                every_entries: 1000,
                every_secs: 300,
            },
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sealed {
    pub linked: usize,
    pub checkpoint: bool,
}

pub struct Sealer {
    planner: SealPlanner,
    key: Arc<SigningKey>,
    checkpoints: CheckpointPolicy,
}

impl Sealer {
    pub fn new(key: Arc<SigningKey>, settings: SealerSettings) -> Sealer {
        Sealer {
            planner: SealPlanner::new(
                settings.grace.as_millis() as u64,
                settings.late_window.as_millis() as u64,
            ),
            key,
            checkpoints: settings.checkpoints,
        }
    }

    /// Links what is ready, up to one batch, and signs a checkpoint when one is due;
    /// all in one transaction. `now_ms`: the clock, in unix milliseconds.
    pub async fn seal_once(&mut self, db: &Db, now_ms: u64) -> Result<Sealed, sqlx::Error> {
        if !self.work_waiting(db, now_ms).await? {
            return Ok(Sealed::default());
        }
        let mut tx = db.begin_write().await?;
        if db.backend == Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(SEALER_LOCK)
                .execute(&mut *tx)
                .await?;
        }
        let (mut pos, mut head_seq, mut prev) = head(&mut tx).await?.unwrap_or((0, 0, GENESIS));
        let highest: i64 = sqlx::query("SELECT COALESCE(MAX(seq), 0) AS s FROM audit_chain")
            .fetch_one(&mut *tx)
            .await?
            .try_get("s")?;
        let fresh = sqlx::query(&format!(
            "SELECT {ENTRY_COLUMNS} FROM audit_log a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2"
        ))
        .bind(highest)
        .bind(BATCH)
        .fetch_all(&mut *tx)
        .await?;
        let mut late = Vec::new();
        if let Some(from) = self.planner.watch_from() {
            late = sqlx::query(&format!(
                "SELECT {ENTRY_COLUMNS} FROM audit_log a WHERE a.seq >= $1 AND a.seq < $2 \
                 AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = a.seq) \
                 ORDER BY a.seq LIMIT $3"
            ))
            .bind(from)
            .bind(highest)
            .bind(BATCH)
            .fetch_all(&mut *tx)
            .await?;
        }
        let decode = |rows: &[AnyRow]| -> Result<Vec<StoredEntry>, sqlx::Error> {
            rows.iter().map(stored_entry).collect()
        };
        let (fresh, late) = (decode(&fresh)?, decode(&late)?);
        let seqs = |entries: &[StoredEntry]| entries.iter().map(|e| e.seq).collect::<Vec<_>>();
        let plan = self
            .planner
            .plan(highest, &seqs(&fresh), &seqs(&late), now_ms);
        let entries: std::collections::HashMap<i64, &StoredEntry> = fresh
            .iter()
            .chain(late.iter())
            .map(|e| (e.seq, e))
            .collect();
        let mut links = Vec::with_capacity(plan.len());
        for seq in &plan {
            let Some(entry) = entries.get(seq) else {
                continue;
            };
            pos += 1;
            prev = chain::link_hash(&prev, pos, entry);
            head_seq = *seq;
            links.push((pos, *seq, chain::to_hex(&prev)));
        }
        for chunk in links.chunks(ROWS_PER_INSERT) {
            let sql = format!(
                "INSERT INTO audit_chain (pos, seq, hash) VALUES {}",
                values_list(chunk.len(), 3)
            );
            let mut q = sqlx::query(&sql);
            for (p, s, h) in chunk {
                q = q.bind(*p).bind(*s).bind(h.as_str());
            }
            q.execute(&mut *tx).await?;
        }
        let now_secs = (now_ms / 1000) as i64;
        let checkpoint = self
            .checkpoint_if(&mut tx, pos, head_seq, &prev, now_secs, false)
            .await?;
        tx.commit().await?;
        Ok(Sealed {
            linked: links.len(),
            checkpoint,
        })
    }

    /// Whether a batch has anything to do, asked without the write lock (on SQLite a
    /// write transaction every 250 ms would hold up the portal's own writes).
    async fn work_waiting(&self, db: &Db, now_ms: u64) -> Result<bool, sqlx::Error> {
        if self.planner.watch_from().is_some() {
            return Ok(true);
        }
        let r = sqlx::query(
            "SELECT (SELECT COALESCE(MAX(seq), 0) FROM audit_log) AS logged, \
             (SELECT COALESCE(MAX(seq), 0) FROM audit_chain) AS linked, \
             (SELECT COALESCE(MAX(pos), 0) FROM audit_chain) AS head, \
             (SELECT COALESCE(MAX(pos), 0) FROM audit_checkpoints) AS signed_pos, \
             (SELECT COALESCE(MAX(at), 0) FROM audit_checkpoints) AS signed_at",
        )
        .fetch_one(&db.pool)
        .await?;
        let (logged, linked): (i64, i64) = (r.try_get("logged")?, r.try_get("linked")?);
        let signed_pos: i64 = r.try_get("signed_pos")?;
        let last = (signed_pos > 0).then_some((signed_pos, r.try_get::<i64, _>("signed_at")?));
        let now_secs = (now_ms / 1000) as i64;
        Ok(logged > linked || self.checkpoints.due(last, r.try_get("head")?, now_secs))
    }

    /// Links everything committed and signs a checkpoint of the head (unless the
    /// newest already is): for the end of a seed, and `minsak audit seal`.
    pub async fn seal_all(&mut self, db: &Db, now_ms: u64) -> Result<Sealed, sqlx::Error> {
        let mut total = Sealed::default();
        loop {
            let s = self.seal_once(db, now_ms).await?;
            total.linked += s.linked;
            total.checkpoint |= s.checkpoint;
            if s.linked == 0 {
                break;
            }
        }
        let mut tx = db.begin_write().await?;
        if let Some((pos, seq, hash)) = head(&mut tx).await? {
            let now_secs = (now_ms / 1000) as i64;
            total.checkpoint |= self
                .checkpoint_if(&mut tx, pos, seq, &hash, now_secs, true)
                .await?;
        }
        tx.commit().await?;
        Ok(total)
    }

    /// Signs a checkpoint of the head at `pos` when one is due (or `force`d) and the
    /// newest is older.
    async fn checkpoint_if(
        &self,
        tx: &mut sqlx::Transaction<'static, sqlx::Any>,
        pos: i64,
        seq: i64,
        head: &Hash,
        now_secs: i64,
        force: bool,
    ) -> Result<bool, sqlx::Error> {
        let last = sqlx::query("SELECT pos, at FROM audit_checkpoints ORDER BY pos DESC LIMIT 1")
            .fetch_optional(&mut **tx)
            .await?;
        let last = match last {
            Some(r) => Some((r.try_get::<i64, _>("pos")?, r.try_get::<i64, _>("at")?)),
            None => None,
        };
        let newer = pos > last.map_or(0, |(p, _)| p);
        if !(self.checkpoints.due(last, pos, now_secs) || force && newer) {
            return Ok(false);
        }
        let message = chain::checkpoint_message(pos, seq, head, now_secs);
        sqlx::query(
            "INSERT INTO audit_checkpoints (pos, seq, at, head_hash, public_key, signature) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(pos)
        .bind(seq)
        .bind(now_secs)
        .bind(chain::to_hex(head))
        .bind(chain::to_hex(&self.key.public_key()))
        .bind(chain::to_hex(&self.key.sign(&message)))
        .execute(&mut **tx)
        .await?;
        Ok(true)
    }
}

/// The chain's newest link: its position, sequence number and hash.
async fn head(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<Option<(i64, i64, Hash)>, sqlx::Error> {
    let row = sqlx::query("SELECT pos, seq, hash FROM audit_chain ORDER BY pos DESC LIMIT 1")
        .fetch_optional(&mut **tx)
        .await?;
    match row {
        Some(r) => Ok(Some((
            r.try_get("pos")?,
            r.try_get("seq")?,
            stored_hash(&r.try_get::<String, _>("hash")?)?,
        ))),
        None => Ok(None),
    }
}

/// A stored link hash; a malformed one is an error here (`verify` reports it as a
/// changed link).
fn stored_hash(text: &str) -> Result<Hash, sqlx::Error> {
    chain::hash_from_hex(text).ok_or_else(|| {
        sqlx::Error::Protocol(format!("audit_chain holds a malformed hash {text:?}"))
    })
}

/// The clock in unix milliseconds.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// Runs the sealer in the background for as long as the process lives.
pub fn spawn(db: Db, key: Arc<SigningKey>) {
    tokio::spawn(async move {
        let mut sealer = Sealer::new(key, SealerSettings::default());
        loop {
            match sealer.seal_once(&db, now_ms()).await {
                // A full batch: more is waiting.
                Ok(s) if s.linked as i64 >= BATCH => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "could not seal the audit log"),
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    });
}
