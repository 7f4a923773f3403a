use super::{LazyExpiry, SLACK};
use std::collections::HashMap;
use tower_sessions::session::{Id, Record};
use tower_sessions::SessionStore;
use tower_sessions_sqlx_store::SqliteStore;

async fn stores() -> (LazyExpiry<SqliteStore>, SqliteStore) {
    let pool = sqlx::SqlitePool::connect("sqlite::memory:")
        .await
        .expect("pool");
    let db = SqliteStore::new(pool);
    db.migrate().await.expect("migrate");
    (LazyExpiry::new(db.clone()), db)
}

fn record(user: &str, expiry: time::OffsetDateTime) -> Record {
    let mut data = HashMap::new();
    data.insert("user".to_string(), serde_json::json!(user));
    Record {
        id: Id::default(),
        data,
        expiry_date: expiry,
    }
}

fn later() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc() + time::Duration::minutes(30)
}

async fn stored_expiry(db: &SqliteStore, id: &Id) -> Option<time::OffsetDateTime> {
    db.load(id).await.expect("load").map(|r| r.expiry_date)
}

#[tokio::test]
async fn a_save_that_only_moves_the_expiry_a_little_is_not_written() {
    let (lazy, db) = stores().await;
    let mut r = record("kari", later());
    lazy.create(&mut r).await.expect("create");
    lazy.save(&r).await.expect("first save");
    let first = stored_expiry(&db, &r.id).await;
    assert_eq!(
        first.map(|e| e.unix_timestamp()),
        Some(r.expiry_date.unix_timestamp())
    );

    let nudged = Record {
        expiry_date: r.expiry_date + time::Duration::seconds(20),
        ..r.clone()
    };
    lazy.save(&nudged).await.expect("save");
    assert_eq!(
        stored_expiry(&db, &r.id).await,
        first,
        "20 seconds were written"
    );

    let moved = Record {
        expiry_date: r.expiry_date + SLACK,
        ..r.clone()
    };
    lazy.save(&moved).await.expect("save");
    assert_eq!(
        stored_expiry(&db, &r.id).await.map(|e| e.unix_timestamp()),
        Some(moved.expiry_date.unix_timestamp()),
        "a minute's move is written"
    );
}

#[tokio::test]
async fn changed_data_is_written_at_once() {
    let (lazy, db) = stores().await;
    let mut r = record("kari", later());
    lazy.create(&mut r).await.expect("create");
    lazy.save(&r).await.expect("save");
    let changed = record("ola", r.expiry_date);
    let changed = Record {
        id: r.id,
        ..changed
    };
    lazy.save(&changed).await.expect("save");
    let stored = db.load(&r.id).await.expect("load").expect("stored");
    assert_eq!(stored.data.get("user"), Some(&serde_json::json!("ola")));
}

#[tokio::test]
async fn a_session_ended_elsewhere_is_ended_here() {
    let (lazy, db) = stores().await;
    let mut r = record("kari", later());
    lazy.create(&mut r).await.expect("create");
    lazy.save(&r).await.expect("save");
    assert!(lazy.load(&r.id).await.expect("load").is_some());
    // Another instance logs the user out: the database no longer has the session.
    db.delete(&r.id).await.expect("delete");
    assert!(lazy.load(&r.id).await.expect("load").is_none());
    // And a later save of the old record writes it, rather than being taken as unchanged.
    lazy.save(&r).await.expect("save");
    assert!(db.load(&r.id).await.expect("load").is_some());
}

#[tokio::test]
async fn the_sole_instance_loads_from_what_it_wrote_and_a_logout_or_expiry_ends_it_at_once() {
    let (_, db) = stores().await;
    let lazy = LazyExpiry::sole(db.clone());
    let mut r = record("kari", later());
    lazy.create(&mut r).await.expect("create");
    // Gone from the table behind its back (nothing else uses it): still answered, so
    // the load did not ask the database.
    db.delete(&r.id).await.expect("delete");
    let loaded = lazy.load(&r.id).await.expect("load").expect("from memory");
    assert_eq!(loaded.data.get("user"), Some(&serde_json::json!("kari")));
    // A logout through the store ends it at once.
    lazy.delete(&r.id).await.expect("logout");
    assert!(lazy.load(&r.id).await.expect("load").is_none());
    // An expired session is not answered from memory.
    let mut old = record(
        "ola",
        time::OffsetDateTime::now_utc() + time::Duration::seconds(1),
    );
    lazy.create(&mut old).await.expect("create");
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert!(lazy.load(&old.id).await.expect("load").is_none());
}
