//! Opens the database for a command: the migrations (as the owner role, when
//! `MIGRATION_DATABASE_URL` names one), the session table, and the runtime role's
//! privileges; and the audit log's signing key.

use crate::config::Config;
use app::audit::signing::SigningKey;
use app::store::{roles, Db, TypedPool};
use std::sync::Arc;
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub async fn open(config: &Config) -> anyhow::Result<Db> {
    let url = &config.database_url;
    let Some(owner_url) = &config.migration_database_url else {
        let db = Db::connect(url).await?;
        match &db.typed {
            TypedPool::Sqlite(pool) => SqliteStore::new(pool.clone()).migrate().await?,
            TypedPool::Postgres(pool) => PostgresStore::new(pool.clone()).migrate().await?,
        }
        return Ok(db);
    };
    let owner = Db::migrate_postgres_as(owner_url).await?;
    PostgresStore::new(owner.clone()).migrate().await?;
    let db = Db::connect_migrated(url).await?;
    let TypedPool::Postgres(runtime) = &db.typed else {
        anyhow::bail!("MIGRATION_DATABASE_URL is for PostgreSQL: SQLite has no roles");
    };
    let role = roles::current_role(runtime).await?;
    if role == roles::current_role(&owner).await? {
        tracing::warn!(
            role,
            "DATABASE_URL and MIGRATION_DATABASE_URL log in as the same role: \
             the runtime role still owns the audit log"
        );
    }
    roles::grant_runtime(&owner, &role).await?;
    owner.close().await;
    Ok(db)
}

pub fn audit_key(config: &Config) -> anyhow::Result<Arc<SigningKey>> {
    let key = SigningKey::load_or_create(std::path::Path::new(&config.audit_key_file))?;
    Ok(Arc::new(key))
}
