//! Both session timers, through the production session layer over a real SQLite
//! session store. The clock is moved by ageing what is stored: the row's expiry (as if
//! the session had been idle) or the login time (as if it were long ago).

use super::{session_layer, SESSION_COOKIE};
use app::web::auth::{user_from_session, Principal, SessionUser, USER_KEY};
use axum::body::Body;
use axum::extract::Path;
use axum::http::{header, Request};
use axum::routing::get;
use axum::Router;
use sqlx::SqlitePool;
use time::OffsetDateTime;
use tower::ServiceExt;
use tower_sessions::Session;
use tower_sessions_sqlx_store::SqliteStore;

const IDLE_MINUTES: i64 = 30;
const ABSOLUTE_SECS: i64 = 120 * 60;

async fn login(session: Session, Path(secs_ago): Path<i64>) -> &'static str {
    let user = SessionUser {
        principal: Principal::Citizen {
            person_id: "p1".into(),
        },
        display_name: "Test".into(),
        acr: "idporten-loa-high".into(),
        login_at: app::store::now_unix() - secs_ago,
    };
    match session.insert(USER_KEY, &user).await {
        Ok(()) => "ok",
        Err(_) => "failed",
    }
}

/// A page that only reads the session, as every page does.
async fn page(session: Session) -> &'static str {
    match user_from_session(&session, ABSOLUTE_SECS).await {
        Some(_) => "logged in",
        None => "anonymous",
    }
}

struct Portal {
    router: Router,
    pool: SqlitePool,
}

impl Portal {
    async fn new() -> Portal {
        // One connection: an in-memory SQLite database exists per connection.
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await
            .expect("pool");
        let store = SqliteStore::new(pool.clone());
        store.migrate().await.expect("migrate");
        let router = Router::new()
            .route("/login/{secs_ago}", get(login))
            .route("/page", get(page))
            .layer(session_layer(store, false, IDLE_MINUTES));
        Portal { router, pool }
    }

    /// GET `path` with `cookie`; the body and the session cookie set, if any.
    async fn get(&self, path: &str, cookie: Option<&str>) -> (String, Option<String>) {
        let mut req = Request::builder().uri(path);
        if let Some(c) = cookie {
            req = req.header(header::COOKIE, c);
        }
        let res = self
            .router
            .clone()
            .oneshot(req.body(Body::empty()).expect("request"))
            .await
            .expect("response");
        let set = res
            .headers()
            .get(header::SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .filter(|c| c.starts_with(&format!("{SESSION_COOKIE}=")))
            .map(str::to_string);
        let body = axum::body::to_bytes(res.into_body(), usize::MAX)
            .await
            .expect("body");
        (String::from_utf8_lossy(&body).into_owned(), set)
    }

    async fn logged_in(&self, secs_ago: i64) -> String {
        let (body, cookie) = self.get(&format!("/login/{secs_ago}"), None).await;
        assert_eq!(body, "ok");
        cookie.expect("a session cookie at login")
    }

    /// The stored idle expiry of the (only) session, `None` when it is gone.
    async fn stored_expiry(&self) -> Option<OffsetDateTime> {
        sqlx::query_scalar("SELECT expiry_date FROM tower_sessions")
            .fetch_optional(&self.pool)
            .await
            .expect("read expiry")
    }

    /// Moves the session's idle expiry to `at`, as if time had passed since the last request.
    async fn age_to(&self, at: OffsetDateTime) {
        sqlx::query("UPDATE tower_sessions SET expiry_date = $1")
            .bind(at)
            .execute(&self.pool)
            .await
            .expect("age the session");
    }
}

#[tokio::test]
async fn activity_moves_the_idle_expiry_forward() {
    let p = Portal::new().await;
    let cookie = p.logged_in(0).await;
    // 29 of the 30 idle minutes have passed since the last request.
    let almost = OffsetDateTime::now_utc() + time::Duration::minutes(1);
    p.age_to(almost).await;
    let before = OffsetDateTime::now_utc();
    assert_eq!(p.get("/page", Some(&cookie)).await.0, "logged in");
    let expiry = p.stored_expiry().await.expect("session kept");
    let refreshed = before + time::Duration::minutes(IDLE_MINUTES) - time::Duration::seconds(5);
    assert!(
        expiry >= refreshed,
        "a request that only reads must restart the idle timer: expiry {expiry}, wanted ≥ {refreshed}"
    );
}

#[tokio::test]
async fn an_idle_session_ends() {
    let p = Portal::new().await;
    let cookie = p.logged_in(0).await;
    assert_eq!(p.get("/page", Some(&cookie)).await.0, "logged in");
    // 30 idle minutes have passed.
    p.age_to(OffsetDateTime::now_utc() - time::Duration::seconds(1))
        .await;
    assert_eq!(p.get("/page", Some(&cookie)).await.0, "anonymous");
}

#[tokio::test]
async fn the_absolute_lifetime_ends_an_active_session() {
    let p = Portal::new().await;
    // Active just now (fresh idle expiry), logged in a minute short of the lifetime.
    let cookie = p.logged_in(ABSOLUTE_SECS - 60).await;
    assert_eq!(p.get("/page", Some(&cookie)).await.0, "logged in");
    // Logged in longer ago than the lifetime: out, however active, and the row is gone.
    let p = Portal::new().await;
    let cookie = p.logged_in(ABSOLUTE_SECS + 1).await;
    assert_eq!(p.get("/page", Some(&cookie)).await.0, "anonymous");
    assert_eq!(
        p.stored_expiry().await,
        None,
        "the ended session is deleted"
    );
}
