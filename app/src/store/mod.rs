//! Database access. One set of queries runs on SQLite (the zero-setup default) and
//! PostgreSQL through sqlx's `Any` driver; only the migrations differ per backend.
//! Conventions (see migrations/*/0001_init.sql): TEXT ids, TEXT dates, BIGINT instants
//! and booleans, so every value maps to the few types `Any` supports on both.

pub mod attachments;
pub mod audit_log;
pub mod consents;
pub mod files;
pub mod innsyn;
pub mod memo;
#[cfg(test)]
mod memo_tests;
pub mod minutes;
pub mod notices;
pub mod post;
pub mod roles;
pub mod rows;
pub mod staff;
#[cfg(test)]
pub mod testing;

use sqlx::any::AnyPoolOptions;

/// What a query runs on: the pool, or the connection of a transaction (`&mut *tx`),
/// so a read can be part of the write it prepares.
pub trait Exec<'c>: sqlx::Executor<'c, Database = sqlx::Any> {}
impl<'c, T: sqlx::Executor<'c, Database = sqlx::Any>> Exec<'c> for T {}
use sqlx::postgres::PgPoolOptions;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::AnyPool;
use std::str::FromStr;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The typed pool of the chosen backend, for the parts that need one (the session store).
#[derive(Clone, Debug)]
pub enum TypedPool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub typed: TypedPool,
    pub backend: Backend,
    /// Audit entries of reads, committed in groups (`audit::record`).
    pub audit_log: audit_log::GroupCommit,
    /// Reads kept for one request ([`Db::for_request`]); `None` outside a request.
    pub memo: Option<std::sync::Arc<memo::RequestMemo>>,
}

/// A transaction that will write, on `pool` ([`Db::begin_write`]).
pub async fn begin_write_on(
    pool: &AnyPool,
    backend: Backend,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    match backend {
        Backend::Sqlite => pool.begin_with("BEGIN IMMEDIATE").await,
        Backend::Postgres => pool.begin().await,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("unsupported database URL (expected sqlite:// or postgres://)")]
    UnsupportedUrl,
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("could not create the database directory: {0}")]
    Io(#[from] std::io::Error),
}

impl Db {
    /// The same database for one request: rows read through [`memo`] are read once
    /// for the request and shared by everything that renders it.
    pub fn for_request(&self) -> Db {
        Db {
            memo: Some(std::sync::Arc::default()),
            ..self.clone()
        }
    }

    /// A transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a deferred one that reads first fails instead of waiting
    /// when another connection writes meanwhile.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        begin_write_on(&self.pool, self.backend).await
    }

    /// Connects, creating the SQLite file (and its directory) when missing, and runs
    /// the migrations of the backend the URL names.
    pub async fn connect(url: &str) -> Result<Db, DbError> {
        Self::open(url, true).await
    }

    /// Connects to a PostgreSQL database whose migrations ran as another role
    /// ([`Db::migrate_postgres_as`]): the runtime role may not change the schema.
    pub async fn connect_migrated(url: &str) -> Result<Db, DbError> {
        Self::open(url, false).await
    }

    /// Runs the PostgreSQL migrations as the role of `owner_url` and returns its pool,
    /// for the rest of the setup that needs the owner (the session table, grants).
    pub async fn migrate_postgres_as(owner_url: &str) -> Result<sqlx::PgPool, DbError> {
        let pool = PgPoolOptions::new()
            .max_connections(1)
            .connect(owner_url)
            .await?;
        sqlx::migrate!("./migrations/postgres").run(&pool).await?;
        Ok(pool)
    }

    async fn open(url: &str, migrate: bool) -> Result<Db, DbError> {
        sqlx::any::install_default_drivers();
        let (backend, typed) = if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                // In WAL mode NORMAL is as safe against a crashed process as FULL, and
                // a commit waits for no fsync (README: what a power loss can cost).
                .synchronous(SqliteSynchronous::Normal)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10));
            if let Some(dir) = opts.get_filename().parent() {
                if !dir.as_os_str().is_empty() {
                    std::fs::create_dir_all(dir)?;
                }
            }
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts)
                .await?;
            sqlx::migrate!("./migrations/sqlite").run(&pool).await?;
            (Backend::Sqlite, TypedPool::Sqlite(pool))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            let pool = PgPoolOptions::new().max_connections(8).connect(url).await?;
            if migrate {
                sqlx::migrate!("./migrations/postgres").run(&pool).await?;
            }
            (Backend::Postgres, TypedPool::Postgres(pool))
        } else {
            return Err(DbError::UnsupportedUrl);
        };
        let pool = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite { 4 } else { 8 })
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // Any's SQLite connections do not inherit the typed pool's options.
                        sqlx::query(
                            "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                             PRAGMA synchronous = NORMAL;",
                        )
                        .execute(conn)
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(url)
            .await?;
        Ok(Db {
            audit_log: audit_log::GroupCommit::spawn(pool.clone(), backend),
            pool,
            typed,
            backend,
            memo: None,
        })
    }

    /// Readiness: the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }
}

/// The `VALUES` list of a multi-row insert: `rows` groups of `columns` numbered binds,
/// `($1, $2), ($3, $4)`, for both engines.
pub fn values_list(rows: usize, columns: usize) -> String {
    (0..rows)
        .map(|r| format!("({})", bind_marks(r * columns, columns)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The numbered binds of an `IN (...)` list of `n` values after the `before` binds the
/// query already has: `$3, $4, $5` for `(2, 3)`.
pub fn bind_marks(before: usize, n: usize) -> String {
    (before + 1..=before + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Current instant as unix seconds, the representation of every timestamp column.
pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Locks the document row for the rest of the transaction: an import correcting the
/// document waits until the decision is written, and a decision waits for an import.
/// A no-op update is the one row lock both engines take the same way (PostgreSQL
/// locks the row; SQLite takes the database's write lock).
pub async fn lock_document(
    conn: &mut sqlx::AnyConnection,
    document_id: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE documents SET case_id = case_id WHERE id = $1")
        .bind(document_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
