//! Fresh databases for tests: a temporary SQLite file always, and a new PostgreSQL
//! database when `TEST_DATABASE_URL_PG` names a server (CI always sets it).

use super::{Db, TypedPool};
use sqlx::Connection;

pub struct TestDb {
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    Dir(std::path::PathBuf),
    PgDatabase { admin_url: String, name: String },
}

fn unique_name() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}_{nanos}", std::process::id())
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = std::env::temp_dir().join(format!("minsak_test_{}", unique_name()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let db = Db::connect(&format!("sqlite://{}/t.db", dir.display()))
            .await
            .expect("connect sqlite");
        TestDb {
            db,
            cleanup: Cleanup::Dir(dir),
        }
    }

    pub async fn postgres() -> Option<TestDb> {
        let url = std::env::var("TEST_DATABASE_URL_PG").ok()?;
        let base = url.rsplit_once('/').map(|(b, _)| b.to_string())?;
        let admin_url = format!("{base}/postgres");
        let name = format!("minsak_test_{}", unique_name());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .expect("admin connection");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut admin)
            .await
            .expect("create database");
        let db = Db::connect(&format!("{base}/{name}"))
            .await
            .expect("connect postgres");
        Some(TestDb {
            db,
            cleanup: Cleanup::PgDatabase { admin_url, name },
        })
    }

    /// Every backend this machine offers: SQLite, and PostgreSQL when configured.
    pub async fn all() -> Vec<TestDb> {
        let mut dbs = vec![TestDb::sqlite().await];
        dbs.extend(TestDb::postgres().await);
        dbs
    }

    pub async fn close(self) {
        self.db.pool.close().await;
        match &self.db.typed {
            TypedPool::Sqlite(p) => p.close().await,
            TypedPool::Postgres(p) => p.close().await,
        }
        match self.cleanup {
            Cleanup::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::PgDatabase { admin_url, name } => {
                if let Ok(mut admin) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut admin)
                        .await;
                }
            }
        }
    }
}
