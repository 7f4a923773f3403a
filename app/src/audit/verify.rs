//! `minsak audit verify`: walks the hash chain from its first link, recomputing every
//! hash from the entry as stored now, checks each checkpoint (the database's and any
//! exported copy) against the recomputed head and its signature, and names the first
//! place where the log is not what was sealed.

use super::chain::{self, Hash, GENESIS};
use super::sealer::{stored_entry, ENTRY_COLUMNS};
use super::signing::signature_valid;
use crate::store::Db;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::fmt;

/// A signed checkpoint, as stored and as exported (one JSON object per line).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checkpoint {
    pub pos: i64,
    pub seq: i64,
    pub at: i64,
    pub head_hash: String,
    pub public_key: String,
    pub signature: String,
}

/// The first thing found that does not match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The entry at `pos` (sequence number `seq`) is not what was sealed: changed, or
    /// swapped with another.
    Changed { pos: i64, seq: i64 },
    /// The entry sealed at `pos` is gone from the log.
    Deleted { pos: i64, seq: i64 },
    /// Links between `after` and `next` are gone from the chain.
    LinksMissing { after: i64, next: i64 },
    /// An entry in the log that the chain skipped though later ones are sealed:
    /// inserted behind the chain.
    NotSealed { seq: i64 },
    /// A checkpoint whose signature is not the configured key's.
    CheckpointForged { pos: i64 },
    /// A checkpoint whose head differs from the chain recomputed up to it: the chain
    /// was rewritten before `pos`.
    CheckpointMismatch { pos: i64 },
    /// A checkpoint beyond the chain's end: sealed links were removed.
    ChainShortened { checkpoint: i64, head: i64 },
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::Changed { pos, seq } => write!(
                f,
                "entry {seq} (chain position {pos}) does not match its seal: it was changed or moved"
            ),
            Finding::Deleted { pos, seq } => write!(
                f,
                "entry {seq} (chain position {pos}) was sealed but is no longer in the log: it was deleted"
            ),
            Finding::LinksMissing { after, next } => write!(
                f,
                "chain positions {} to {} are missing: sealed entries were removed",
                after + 1,
                next - 1
            ),
            Finding::NotSealed { seq } => write!(
                f,
                "entry {seq} is in the log but not in the chain, though later entries are: it was inserted behind the chain"
            ),
            Finding::CheckpointForged { pos } => write!(
                f,
                "the checkpoint at chain position {pos} is not signed by the configured key"
            ),
            Finding::CheckpointMismatch { pos } => write!(
                f,
                "the chain up to position {pos} differs from its signed checkpoint: it was rewritten"
            ),
            Finding::ChainShortened { checkpoint, head } => write!(
                f,
                "a checkpoint covers chain position {checkpoint}, but the chain ends at {head}: sealed entries were removed"
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Links checked.
    pub linked: i64,
    pub checkpoints: usize,
    /// Entries newer than the chain's head (the sealer has not reached them yet).
    pub not_yet_sealed: i64,
    pub problem: Option<Finding>,
}

/// Links read per query.
const PAGE: i64 = 10_000;

/// The database's checkpoints, oldest first.
pub async fn stored_checkpoints(db: &Db) -> Result<Vec<Checkpoint>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT pos, seq, at, head_hash, public_key, signature FROM audit_checkpoints ORDER BY pos",
    )
    .fetch_all(&db.pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Checkpoint {
                pos: r.try_get("pos")?,
                seq: r.try_get("seq")?,
                at: r.try_get("at")?,
                head_hash: r.try_get("head_hash")?,
                public_key: r.try_get("public_key")?,
                signature: r.try_get("signature")?,
            })
        })
        .collect()
}

/// What is wrong with checkpoint `cp`, given the recomputed head at its position.
fn check_checkpoint(cp: &Checkpoint, seq: i64, head: &Hash, key: &[u8; 32]) -> Option<Finding> {
    let signed = chain::hash_from_hex(&cp.head_hash).is_some_and(|h| {
        let message = chain::checkpoint_message(cp.pos, cp.seq, &h, cp.at);
        let sig = hex::decode(&cp.signature).unwrap_or_default();
        cp.public_key == chain::to_hex(key) && signature_valid(key, &message, &sig)
    });
    if !signed {
        return Some(Finding::CheckpointForged { pos: cp.pos });
    }
    if cp.head_hash != chain::to_hex(head) || cp.seq != seq {
        return Some(Finding::CheckpointMismatch { pos: cp.pos });
    }
    None
}

/// Verifies the whole log against `public_key`, with the database's checkpoints and
/// `exported` ones (a copy kept elsewhere, which a rewrite of the database cannot
/// reach).
pub async fn verify(
    db: &Db,
    public_key: &[u8; 32],
    exported: &[Checkpoint],
) -> Result<Report, sqlx::Error> {
    let mut checkpoints = stored_checkpoints(db).await?;
    checkpoints.extend(exported.iter().cloned());
    checkpoints.sort_by_key(|c| c.pos);
    checkpoints.dedup();
    let mut report = Report {
        linked: 0,
        checkpoints: checkpoints.len(),
        not_yet_sealed: 0,
        problem: None,
    };
    let mut next_cp = checkpoints.iter().peekable();
    let mut prev = GENESIS;
    let mut last_pos = 0i64;
    let mut highest_seq = 0i64;
    let sql = format!(
        "SELECT c.pos AS pos, c.seq AS chain_seq, c.hash AS hash, {ENTRY_COLUMNS} \
         FROM audit_chain c LEFT JOIN audit_log a ON a.seq = c.seq \
         WHERE c.pos > $1 ORDER BY c.pos LIMIT $2"
    );
    loop {
        let rows = sqlx::query(&sql)
            .bind(last_pos)
            .bind(PAGE)
            .fetch_all(&db.pool)
            .await?;
        for r in &rows {
            let pos: i64 = r.try_get("pos")?;
            let chain_seq: i64 = r.try_get("chain_seq")?;
            let finding = if pos != last_pos + 1 {
                Some(Finding::LinksMissing {
                    after: last_pos,
                    next: pos,
                })
            } else if r.try_get::<Option<i64>, _>("seq")?.is_none() {
                Some(Finding::Deleted {
                    pos,
                    seq: chain_seq,
                })
            } else {
                let entry = stored_entry(r)?;
                prev = chain::link_hash(&prev, pos, &entry);
                let stored: String = r.try_get("hash")?;
                (stored != chain::to_hex(&prev)).then_some(Finding::Changed {
                    pos,
                    seq: chain_seq,
                })
            };
            if let Some(f) = finding {
                report.problem = Some(f);
                return Ok(report);
            }
            while let Some(cp) = next_cp.next_if(|cp| cp.pos <= pos) {
                if let Some(f) = check_checkpoint(cp, chain_seq, &prev, public_key) {
                    report.problem = Some(f);
                    return Ok(report);
                }
            }
            report.linked += 1;
            last_pos = pos;
            highest_seq = highest_seq.max(chain_seq);
        }
        if (rows.len() as i64) < PAGE {
            break;
        }
    }
    if let Some(cp) = next_cp.next() {
        report.problem = Some(Finding::ChainShortened {
            checkpoint: cp.pos,
            head: last_pos,
        });
        return Ok(report);
    }
    let skipped: Option<i64> = sqlx::query(
        "SELECT MIN(a.seq) AS s FROM audit_log a WHERE a.seq <= $1 \
         AND NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.seq = a.seq)",
    )
    .bind(highest_seq)
    .fetch_one(&db.pool)
    .await?
    .try_get("s")?;
    if let Some(seq) = skipped {
        report.problem = Some(Finding::NotSealed { seq });
        return Ok(report);
    }
    report.not_yet_sealed = sqlx::query("SELECT COUNT(*) AS n FROM audit_log WHERE seq > $1")
        .bind(highest_seq)
        .fetch_one(&db.pool)
        .await?
        .try_get("n")?;
    Ok(report)
}

#[cfg(test)]
#[path = "verify_tests.rs"]
mod tests;
