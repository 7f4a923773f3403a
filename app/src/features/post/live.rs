//! Live threads: when a message is stored, the pages that have its thread open learn of
//! it without reloading. A process tells its own pages through a broadcast channel; on
//! PostgreSQL every instance is told through LISTEN/NOTIFY. A notice carries only the
//! thread's id: what a page then receives is read through the thread's policy, exactly
//! as on a reload (and a reload shows the same, with or without JavaScript).

use crate::store::{Db, TypedPool};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{broadcast, watch};

/// The PostgreSQL channel of the notices.
pub const CHANNEL: &str = "minsak_thread";

/// Who wants to hear of new messages in this process, by thread id.
#[derive(Clone, Debug)]
pub struct LiveThreads {
    tx: broadcast::Sender<String>,
    /// Set when the server shuts down: open pages are let go, so it need not wait for
    /// them.
    stop: Arc<watch::Sender<bool>>,
}

impl Default for LiveThreads {
    fn default() -> Self {
        // Notices are only "look again": a page that falls behind misses none of the
        // messages, it gets them with the next notice (or the reload).
        let (tx, _) = broadcast::channel(256);
        let (stop, _) = watch::channel(false);
        LiveThreads {
            tx,
            stop: Arc::new(stop),
        }
    }
}

impl LiveThreads {
    pub fn subscribe(&self) -> broadcast::Receiver<String> {
        self.tx.subscribe()
    }

    /// Resolves when the server is shutting down.
    pub fn stopping(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut rx = self.stop.subscribe();
        async move {
            let _ = rx.wait_for(|stopped| *stopped).await;
        }
    }

    /// Lets every open page go (at shutdown).
    pub fn stop(&self) {
        self.stop.send_replace(true);
    }

    /// Tells every page with `thread_id` open, in every instance, that a message was
    /// committed in it. A notice that cannot be sent is logged: the pages still show the
    /// message on their next reload.
    pub async fn message_stored(&self, db: &Db, thread_id: &str) {
        match &db.typed {
            TypedPool::Postgres(pool) => {
                let sent = sqlx::query("SELECT pg_notify($1, $2)")
                    .bind(CHANNEL)
                    .bind(thread_id)
                    .execute(pool)
                    .await;
                if let Err(e) = sent {
                    tracing::warn!(error = %e, "could not tell the other instances of a new message");
                    let _ = self.tx.send(thread_id.to_string());
                }
            }
            TypedPool::Sqlite(_) => {
                let _ = self.tx.send(thread_id.to_string());
            }
        }
    }

    /// On PostgreSQL, forwards every instance's notices (this one's included) to this
    /// process's pages for as long as the process runs, connecting again after a loss.
    pub fn listen(&self, db: &Db) {
        let TypedPool::Postgres(pool) = db.typed.clone() else {
            return;
        };
        let tx = self.tx.clone();
        tokio::spawn(async move {
            loop {
                match sqlx::postgres::PgListener::connect_with(&pool).await {
                    Ok(mut listener) => match listener.listen(CHANNEL).await {
                        Ok(()) => loop {
                            match listener.recv().await {
                                Ok(n) => {
                                    let _ = tx.send(n.payload().to_string());
                                }
                                Err(e) => {
                                    tracing::warn!(error = %e, "lost the notices of new messages");
                                    break;
                                }
                            }
                        },
                        Err(e) => tracing::warn!(error = %e, "could not listen for new messages"),
                    },
                    Err(e) => {
                        tracing::warn!(error = %e, "could not connect to listen for new messages")
                    }
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::testing::TestDb;

    /// A page waiting on a thread hears of a message in it: in-process on SQLite; on
    /// PostgreSQL from another instance, through the database's NOTIFY (the sending
    /// instance's own channel is not the waiting page's, so nothing else carries it).
    #[tokio::test]
    async fn a_stored_message_reaches_the_pages_waiting_on_its_thread() {
        for t in TestDb::all().await {
            let here = LiveThreads::default();
            let elsewhere = match t.db.backend {
                crate::store::Backend::Postgres => LiveThreads::default(),
                crate::store::Backend::Sqlite => here.clone(),
            };
            let mut waiting = here.subscribe();
            here.listen(&t.db);
            let told = async {
                // The listener connects in the background; tell until it is heard.
                for _ in 0..50 {
                    elsewhere.message_stored(&t.db, "thread-1").await;
                    match tokio::time::timeout(Duration::from_millis(100), waiting.recv()).await {
                        Ok(Ok(id)) => return Some(id),
                        _ => continue,
                    }
                }
                None
            };
            assert_eq!(
                told.await.as_deref(),
                Some("thread-1"),
                "{:?}",
                t.db.backend
            );
            t.close().await;
        }
    }

    #[tokio::test]
    async fn stopping_lets_every_page_go() {
        let live = LiveThreads::default();
        let stopping = live.stopping();
        live.stop();
        tokio::time::timeout(Duration::from_secs(1), stopping)
            .await
            .expect("stopped");
    }
}
