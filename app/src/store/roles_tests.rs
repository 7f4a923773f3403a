//! With migrations run as an owner role, the runtime role appends to the audit log
//! and its chain but can neither change, delete nor truncate them, nor switch off
//! their triggers; the portal's other tables it uses as before.

use super::{current_role, grant_runtime};
use crate::audit::sealer::{Sealer, SealerSettings};
use crate::audit::signing::SigningKey;
use crate::audit::{record, Action, Actor, Entry, Reason};
use crate::store::{Db, TypedPool};
use sqlx::Connection;
use std::sync::Arc;

/// `base` (postgres://user@host:port) for `role` on database `db`.
fn url_as(base: &str, role: &str, db: &str) -> String {
    let (scheme, rest) = base.split_once("://").unwrap_or(("postgres", base));
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    format!("{scheme}://{role}@{host}/{db}")
}

#[tokio::test]
async fn the_runtime_role_appends_to_the_audit_log_and_cannot_change_it() {
    let Ok(url) = std::env::var("TEST_DATABASE_URL_PG") else {
        return;
    };
    let base = url
        .rsplit_once('/')
        .map_or(url.as_str(), |(b, _)| b)
        .to_string();
    let tag = format!("{}_{}", std::process::id(), crate::store::now_unix());
    let (owner, runtime, name) = (
        format!("minsak_owner_{tag}"),
        format!("minsak_app_{tag}"),
        format!("minsak_roles_{tag}"),
    );
    let mut admin = sqlx::PgConnection::connect(&format!("{base}/postgres"))
        .await
        .expect("admin");
    for s in [
        format!("CREATE ROLE {owner} LOGIN"),
        format!("CREATE ROLE {runtime} LOGIN"),
        format!("CREATE DATABASE {name} OWNER {owner}"),
    ] {
        sqlx::query(&s).execute(&mut admin).await.expect(&s);
    }
    let owner_pool = Db::migrate_postgres_as(&url_as(&base, &owner, &name))
        .await
        .expect("migrate as owner");
    let db = Db::connect_migrated(&url_as(&base, &runtime, &name))
        .await
        .expect("connect as runtime");
    let TypedPool::Postgres(pg) = &db.typed else {
        panic!("not PostgreSQL");
    };
    assert_eq!(current_role(pg).await.expect("role"), runtime);
    grant_runtime(&owner_pool, &runtime).await.expect("grant");

    let entry = Entry {
        action: Action::StaffCaseView,
        why: Reason::OwnCaseworker,
        case_id: Some("case-a"),
        document_id: None,
        subject_person_id: None,
        reason: None,
    };
    record(&db, Actor::Staff("emp"), entry)
        .await
        .expect("append");
    let mut sealer = Sealer::new(
        Arc::new(SigningKey::from_seed(&[3; 32])),
        SealerSettings::default(),
    );
    let sealed = sealer.seal_all(&db, 1_000).await.expect("seal as runtime");
    assert_eq!((sealed.linked, sealed.checkpoint), (1, true));

    for s in [
        "UPDATE audit_log SET actor_id = 'x'",
        "DELETE FROM audit_log",
        "TRUNCATE audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER USER",
        "DROP TRIGGER audit_log_append_only ON audit_log",
        "UPDATE audit_chain SET hash = 'x'",
        "TRUNCATE audit_chain",
        "DELETE FROM audit_checkpoints",
        "ALTER TABLE audit_chain DISABLE TRIGGER USER",
        "DELETE FROM release_decisions",
        "DELETE FROM _sqlx_migrations",
    ] {
        let err = sqlx::query(s)
            .execute(&db.pool)
            .await
            .expect_err(s)
            .to_string();
        assert!(
            err.contains("permission denied") || err.contains("must be owner"),
            "{s}: {err}"
        );
    }
    // What the portal does elsewhere is allowed (the rights are checked even when no
    // row matches).
    for s in [
        "UPDATE documents SET case_id = case_id WHERE id = 'none'",
        "DELETE FROM parties WHERE case_id = 'none'",
        "SELECT COUNT(*) FROM audit_log",
    ] {
        sqlx::query(s).execute(&db.pool).await.expect(s);
    }

    db.pool.close().await;
    pg.close().await;
    owner_pool.close().await;
    for s in [
        format!("DROP DATABASE {name} WITH (FORCE)"),
        format!("DROP ROLE {runtime}"),
        format!("DROP ROLE {owner}"),
    ] {
        sqlx::query(&s).execute(&mut admin).await.expect(&s);
    }
}
