//! In front of the database's session store: a save that only moves the idle expiry,
//! by less than [`SLACK`], is not written. The session layer saves on every request
//! (`always_save`, so the idle timeout counts from the last request); writing that
//! once a minute instead keeps the timeout to within a minute and spares each read a
//! write transaction. With several instances (PostgreSQL) loads always ask the
//! database, so a logout on another instance ends the session here too; the sole
//! instance of an embedded SQLite database answers loads from what it wrote itself,
//! sparing each request a round trip (every change to a session goes through it).

use async_trait::async_trait;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{ExpiredDeletion, Result};
use tower_sessions::SessionStore;

/// How far the stored expiry may lag behind the one a request set.
pub const SLACK: time::Duration = time::Duration::seconds(60);

/// Sessions tracked before expired ones are swept out.
const SWEEP_ABOVE: usize = 10_000;

#[derive(Clone, Debug)]
pub struct LazyExpiry<S> {
    inner: S,
    /// Each session as the database holds it, as far as this process knows.
    stored: Arc<Mutex<HashMap<Id, Record>>>,
    /// This process is the only one using the store: what it knows is all there is.
    sole: bool,
}

impl<S> LazyExpiry<S> {
    /// In front of a store other instances may share.
    pub fn new(inner: S) -> LazyExpiry<S> {
        LazyExpiry {
            inner,
            stored: Arc::new(Mutex::new(HashMap::new())),
            sole: false,
        }
    }

    /// In front of a store only this process uses (an embedded SQLite database): loads
    /// are answered from what it saved, while that has not expired.
    pub fn sole(inner: S) -> LazyExpiry<S> {
        LazyExpiry {
            sole: true,
            ..LazyExpiry::new(inner)
        }
    }

    /// The session as this process last wrote or read it, if it has not expired.
    fn known(&self, id: &Id) -> Option<Record> {
        let stored = self.stored.lock().ok()?;
        let now = time::OffsetDateTime::now_utc();
        stored.get(id).filter(|r| r.expiry_date > now).cloned()
    }

    fn remember(&self, record: &Record) {
        // A poisoned lock only loses the saving: the next save writes through.
        if let Ok(mut stored) = self.stored.lock() {
            if stored.len() >= SWEEP_ABOVE {
                let now = time::OffsetDateTime::now_utc();
                stored.retain(|_, r| r.expiry_date > now);
            }
            stored.insert(record.id, record.clone());
        }
    }

    fn forget(&self, id: &Id) {
        if let Ok(mut stored) = self.stored.lock() {
            stored.remove(id);
        }
    }

    /// Whether the database already holds `record` but for an expiry less than
    /// [`SLACK`] older.
    fn unchanged(&self, record: &Record) -> bool {
        let Ok(stored) = self.stored.lock() else {
            return false;
        };
        stored.get(&record.id).is_some_and(|s| {
            s.data == record.data
                && record.expiry_date >= s.expiry_date
                && record.expiry_date - s.expiry_date < SLACK
        })
    }
}

#[async_trait]
impl<S: SessionStore + Clone> SessionStore for LazyExpiry<S> {
    async fn create(&self, record: &mut Record) -> Result<()> {
        self.inner.create(record).await?;
        self.remember(record);
        Ok(())
    }

    async fn save(&self, record: &Record) -> Result<()> {
        if self.unchanged(record) {
            return Ok(());
        }
        self.inner.save(record).await?;
        self.remember(record);
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        if self.sole {
            if let Some(record) = self.known(id) {
                return Ok(Some(record));
            }
        }
        let record = self.inner.load(id).await?;
        match &record {
            Some(r) => self.remember(r),
            None => self.forget(id),
        }
        Ok(record)
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        self.forget(id);
        self.inner.delete(id).await
    }
}

#[async_trait]
impl<S: ExpiredDeletion + Clone> ExpiredDeletion for LazyExpiry<S> {
    async fn delete_expired(&self) -> Result<()> {
        self.inner.delete_expired().await
    }
}

#[cfg(test)]
#[path = "session_store_tests.rs"]
mod tests;
