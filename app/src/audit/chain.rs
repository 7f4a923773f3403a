//! The hash chain over the audit log, as pure rules: what an entry's link hash covers,
//! what a checkpoint signs, in which order the sealer links entries, and when a
//! checkpoint is due. No database and no clock: the sealer and `verify` bring both.

use sha2::{Digest, Sha256};

pub type Hash = [u8; 32];

/// What the first link follows.
pub const GENESIS: Hash = [0; 32];

/// An audit entry as stored: every column, all of which the link hash covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredEntry {
    pub seq: i64,
    pub at: i64,
    pub actor_kind: String,
    pub actor_id: Option<String>,
    pub action: String,
    pub case_id: Option<String>,
    pub document_id: Option<String>,
    pub subject_person_id: Option<String>,
    pub reason: Option<String>,
    pub reason_code: Option<String>,
}

/// The hash of `entry` linked at chain position `pos` after the link hashed `prev`.
/// Each text column is written with a presence byte and its length, so no two
/// different entries feed the hash the same bytes.
pub fn link_hash(prev: &Hash, pos: i64, entry: &StoredEntry) -> Hash {
    let mut h = Sha256::new();
    h.update(b"minsak-audit-link-v1");
    h.update(prev);
    h.update(pos.to_be_bytes());
    h.update(entry.seq.to_be_bytes());
    h.update(entry.at.to_be_bytes());
    let texts = [
        Some(entry.actor_kind.as_str()),
        entry.actor_id.as_deref(),
        Some(entry.action.as_str()),
        entry.case_id.as_deref(),
        entry.document_id.as_deref(),
        entry.subject_person_id.as_deref(),
        entry.reason.as_deref(),
        entry.reason_code.as_deref(),
    ];
    for text in texts {
        match text {
            None => h.update([0u8]),
            Some(t) => {
                h.update([1u8]);
                h.update((t.len() as u64).to_be_bytes());
                h.update(t.as_bytes());
            }
        }
    }
    h.finalize().into()
}

/// The bytes a checkpoint's signature covers: the chain's head at `pos` (the entry
/// with sequence number `seq`, link hash `head`), signed at `at`.
pub fn checkpoint_message(pos: i64, seq: i64, head: &Hash, at: i64) -> Vec<u8> {
    let mut m = b"minsak-audit-checkpoint-v1".to_vec();
    m.extend_from_slice(&pos.to_be_bytes());
    m.extend_from_slice(&seq.to_be_bytes());
    m.extend_from_slice(head);
    m.extend_from_slice(&at.to_be_bytes());
    m
}

/// When a checkpoint is due: after `every_entries` new links, or when `every_secs`
/// have passed since the last one and something was linked since.
#[derive(Clone, Copy, Debug)]
pub struct CheckpointPolicy {
    pub every_entries: i64,
    pub every_secs: i64,
}

impl CheckpointPolicy {
    /// `last`: the position and time of the newest checkpoint, if any.
    pub fn due(&self, last: Option<(i64, i64)>, head_pos: i64, now: i64) -> bool {
        let (last_pos, last_at) = last.unwrap_or((0, i64::MIN / 2));
        head_pos > last_pos
            && (head_pos - last_pos >= self.every_entries || now - last_at >= self.every_secs)
    }
}

/// Decides which committed entries the sealer links next, and in which order.
///
/// Sequence numbers are handed out before commit, so on PostgreSQL a later number can
/// commit first, and a rolled-back one never appears. A missing number holds the chain
/// back for `grace_ms` (its transaction may still be committing), then is passed over
/// and watched for `late_window_ms`: should it commit after all, it is linked at the
/// head then. Sealing in order keeps appends free of any lock on each other.
#[derive(Clone, Debug)]
pub struct SealPlanner {
    grace_ms: u64,
    late_window_ms: u64,
    /// The first missing number the chain waits at, and since when.
    waiting: Option<(i64, u64)>,
    /// Ranges passed over `[from, to)`, with when: watched for late commits.
    passed: Vec<(i64, i64, u64)>,
}

impl SealPlanner {
    pub fn new(grace_ms: u64, late_window_ms: u64) -> SealPlanner {
        SealPlanner {
            grace_ms,
            late_window_ms,
            waiting: None,
            passed: Vec::new(),
        }
    }

    /// The lowest sequence number passed over and still watched: entries from it up to
    /// the chain's highest may commit late and must be looked for.
    pub fn watch_from(&self) -> Option<i64> {
        self.passed.iter().map(|(from, _, _)| *from).min()
    }

    /// Whether `seq` lies in a range passed over and still watched.
    fn watched(&self, seq: i64) -> bool {
        self.passed
            .iter()
            .any(|(from, to, _)| (*from..*to).contains(&seq))
    }

    /// The entries to link now, in order. `highest`: the highest sequence number in
    /// the chain (0 when empty); `fresh`: committed unsealed numbers above it,
    /// ascending; `late`: unsealed numbers found at or above [`Self::watch_from`] and
    /// below `highest`. Late ones that fell out of the watch are left out: `verify`
    /// reports them, as it does any entry inserted behind the chain.
    pub fn plan(&mut self, highest: i64, fresh: &[i64], late: &[i64], now_ms: u64) -> Vec<i64> {
        let window = self.late_window_ms;
        self.passed
            .retain(|(_, _, when)| now_ms.saturating_sub(*when) < window);
        let mut out: Vec<i64> = late.iter().copied().filter(|s| self.watched(*s)).collect();
        out.sort_unstable();
        out.dedup();
        let mut expected = highest + 1;
        for &seq in fresh {
            if seq < expected {
                continue;
            }
            if seq > expected {
                let since = match self.waiting {
                    Some((at, since)) if at == expected => since,
                    _ => now_ms,
                };
                if now_ms.saturating_sub(since) < self.grace_ms {
                    self.waiting = Some((expected, since));
                    break;
                }
                self.passed.push((expected, seq, now_ms));
            }
            self.waiting = None;
            out.push(seq);
            expected = seq + 1;
        }
        out
    }
}

/// Lower-case hexadecimal, the stored form of hashes, keys and signatures.
pub fn to_hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// A stored hash read back; `None` when it is not 32 bytes of hexadecimal.
pub fn hash_from_hex(text: &str) -> Option<Hash> {
    let bytes = hex::decode(text).ok()?;
    bytes.try_into().ok()
}

#[cfg(test)]
#[path = "chain_tests.rs"]
mod tests;
