//! Builds the axum router: static files, auth, health, and the leptos pages and
//! server functions, wrapped in sessions and security headers.

use crate::config::Config;
use crate::session_store::LazyExpiry;
use crate::{
    consent_forms, handlers, innsyn_forms, live, middleware, minutes_forms, oidc, post_forms,
    staff_forms, ServerState,
};
use app::store::{Db, TypedPool};
use app::ui::app::{shell, App};
use app::web::state::AppState;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::session_store::ExpiredDeletion;
use tower_sessions::{Expiry, SessionManagerLayer, SessionStore};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

/// Session cookie name; distinct from the dev provider's `_session` on the same host.
pub const SESSION_COOKIE: &str = "minsak_session";

pub async fn serve(config: Config) -> anyhow::Result<()> {
    tracing::info!(?config, "starting");
    let db = crate::database::open(&config).await?;
    app::audit::sealer::spawn(db.clone(), crate::database::audit_key(&config)?);
    crate::notices::spawn_worker(db.clone(), &config)?;
    let state = build_state(config, db.clone())?;
    spawn_staged_cleanup(state.app.db.clone(), state.app.files.clone());
    state.app.live.listen(&state.app.db);
    let listener = tokio::net::TcpListener::bind(&state.config.listen).await?;
    tracing::info!("listening on {}", state.config.public_url);
    let app = match db.typed {
        TypedPool::Sqlite(pool) => {
            // An embedded database has one portal process: sessions load from memory.
            let store = LazyExpiry::sole(SqliteStore::new(pool));
            spawn_session_cleanup(store.clone());
            app_router(state.clone(), sessions(store, &state.config))
        }
        TypedPool::Postgres(pool) => {
            let store = LazyExpiry::new(PostgresStore::new(pool));
            spawn_session_cleanup(store.clone());
            app_router(state.clone(), sessions(store, &state.config))
        }
    };
    let live = state.app.live.clone();
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            shutdown_signal().await;
            // Open thread pages would otherwise hold the shutdown until they close.
            live.stop();
        })
        .await?;
    Ok(())
}

/// The message forms carry files: up to every file at its limit.
fn files_limit() -> axum::extract::DefaultBodyLimit {
    axum::extract::DefaultBodyLimit::max(crate::form_post::MAX_POST_BYTES)
}

pub fn build_state(config: Config, db: Db) -> anyhow::Result<ServerState> {
    let leptos = leptos::config::LeptosOptions::builder()
        .output_name(config.output_name.clone())
        .site_root(config.site_root.clone())
        .site_pkg_dir(config.site_pkg_dir.clone())
        .build();
    let (citizen_rp, staff_rp) = relying_parties(&config)?;
    let csp =
        middleware::content_security_policy(&[&config.oidc_issuer, &config.employee_issuer]).into();
    Ok(ServerState {
        app: AppState {
            db,
            files: app::store::files::FileStore::from_url(&config.file_store_url)?,
            session_absolute_secs: config.session_absolute_minutes * 60,
            live: app::features::post::LiveThreads::default(),
        },
        config: Arc::new(config),
        citizen_rp: Arc::new(citizen_rp),
        staff_rp: Arc::new(staff_rp),
        csp,
        leptos,
    })
}

/// The two logins: citizens at `OIDC_ISSUER`, employees at their own provider.
fn relying_parties(config: &Config) -> anyhow::Result<(oidc::RelyingParty, oidc::RelyingParty)> {
    let citizen = oidc::RelyingParty::new(
        &config.oidc_issuer,
        &config.citizen_client_id,
        &config.citizen_client_secret,
        format!("{}/auth/callback", config.public_url),
        oidc::AcrRequirement::AtLeast(config.min_acr.clone()),
    )?;
    let staff = oidc::RelyingParty::new(
        &config.employee_issuer,
        &config.employee_client_id,
        &config.employee_client_secret,
        format!("{}/ansatt/auth/callback", config.public_url),
        config.employee_min_acr.clone(),
    )?;
    Ok((citizen, staff))
}

/// The portal's routes. Only the pages and their forms carry the session: static files
/// and the import API never read or set the cookie, so a late stylesheet or favicon
/// response cannot bring back a session the browser has just dropped.
pub fn app_router<S: SessionStore + Clone>(
    state: ServerState,
    sessions: SessionManagerLayer<S>,
) -> Router<()> {
    let routes = generate_route_list(App);
    let app_state = state.app.clone();
    let page_options = state.leptos.clone();
    let context = move || {
        provide_context(app_state.for_request());
        // Pages with islands render the hydration scripts themselves.
        provide_context(page_options.clone());
    };
    let shell_fn = {
        let options = state.leptos.clone();
        move || shell(options.clone())
    };
    // One renderer for the not-found fallback and the error pages.
    let render: middleware::PageRenderer = Arc::new(leptos_axum::render_app_async_with_context(
        context.clone(),
        shell_fn.clone(),
    ));
    let pkg_path = format!("/{}", state.config.site_pkg_dir);
    let pkg_dir = format!("{}/{}", state.config.site_root, state.config.site_pkg_dir);
    let immutable = SetResponseHeaderLayer::overriding(
        axum::http::header::CACHE_CONTROL,
        axum::http::HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    let static_files = Router::new()
        .nest_service(&pkg_path, ServeDir::new(pkg_dir).precompressed_br())
        .layer(immutable);
    let pages = Router::new()
        .route("/auth/login", get(handlers::login))
        .route("/auth/callback", get(handlers::callback))
        .route("/auth/logout", post(handlers::logout))
        .route("/ansatt/auth/login", get(handlers::staff_login))
        .route("/ansatt/auth/callback", get(handlers::staff_callback))
        .route(
            "/ansatt/sak/{case_id}/dokument/{document_id}/beslutning",
            post(staff_forms::decide),
        )
        .route(
            "/ansatt/sak/{case_id}/dokument/{document_id}/pdf",
            get(staff_forms::document_pdf),
        )
        .route("/sprak/{code}", get(handlers::set_language))
        .route(
            "/sak/{case_id}/dokumenter/{document_id}/pdf",
            get(handlers::document_pdf),
        )
        .route(
            "/sak/{case_id}/dokumenter/{document_id}/innsyn",
            post(innsyn_forms::ask_innsyn),
        )
        .route(
            "/sak/{case_id}/dokumenter/{document_id}/merknader/send",
            post(minutes_forms::send_comment),
        )
        .route(
            "/ansatt/sak/{case_id}/dokument/{document_id}/merknader/frist",
            post(minutes_forms::open_comments),
        )
        .route(
            "/ansatt/sak/{case_id}/dokument/{document_id}/merknader/svar",
            post(minutes_forms::answer_comment),
        )
        .route(
            "/sak/{case_id}/innsyn/klage/send",
            post(post_forms::party_case_klage).layer(files_limit()),
        )
        .route(
            "/sak/{case_id}/innsyn/send",
            post(innsyn_forms::ask_case_innsyn),
        )
        .route(
            "/ansatt/sak/{case_id}/innsyn/{person_id}/svar",
            post(innsyn_forms::answer_case),
        )
        .route(
            "/sak/{case_id}/samtykker/{consent_id}/svar",
            post(consent_forms::answer),
        )
        .route(
            "/sak/{case_id}/meldinger/ny",
            post(post_forms::party_new).layer(files_limit()),
        )
        .route(
            "/sak/{case_id}/meldinger/{thread_id}/svar",
            post(post_forms::party_reply).layer(files_limit()),
        )
        .route(
            "/sak/{case_id}/dokumenter/{document_id}/{kind}/send",
            post(post_forms::party_document_send).layer(files_limit()),
        )
        .route(
            "/sak/{case_id}/meldinger/{thread_id}/nye",
            get(live::party_events),
        )
        .route(
            "/ansatt/sak/{case_id}/meldinger/{thread_id}/nye",
            get(live::staff_events),
        )
        .route(
            "/sak/{case_id}/meldinger/{thread_id}/vedlegg/{id}",
            get(post_forms::party_file),
        )
        .route(
            "/ansatt/sak/{case_id}/meldinger/ny",
            post(post_forms::staff_new).layer(files_limit()),
        )
        .route(
            "/ansatt/sak/{case_id}/meldinger/{thread_id}/{which}",
            post(post_forms::staff_thread_post).layer(files_limit()),
        )
        .route(
            "/ansatt/sak/{case_id}/meldinger/{thread_id}/vedlegg/{id}",
            get(post_forms::staff_file),
        )
        .route(
            "/ansatt/sak/{case_id}/nytt-samtykke/opprett",
            post(consent_forms::create),
        )
        .route(
            "/ansatt/sak/{case_id}/samtykker/{consent_id}/{which}",
            post(consent_forms::change),
        )
        .route("/healthz", get(handlers::healthz))
        .route("/readyz", get(handlers::readyz))
        .route("/metrics", get(handlers::metrics))
        .leptos_routes_with_context(&state, routes, context, shell_fn)
        // Any other path, with any method: the app's own "not found" page.
        .fallback({
            let render = render.clone();
            move |req: axum::extract::Request| render(req)
        })
        // Inside out: the origin check runs before the login check, so a cross-site
        // post is refused before anything of it is kept for after a login.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::require_login,
        ))
        .layer(axum::middleware::from_fn_with_state(
            Arc::<str>::from(state.config.public_url.as_str()),
            middleware::same_origin_writes,
        ))
        .layer(axum::middleware::from_fn_with_state(
            render,
            middleware::error_pages,
        ))
        .layer(axum::middleware::from_fn(middleware::private_pages))
        .layer(sessions);
    Router::new()
        .merge(static_files)
        .merge(public_files("public"))
        // The import API: machine-to-machine with its own bearer-token check, so outside
        // `pages` (no citizen redirect, no session use); see `import::router`.
        .nest_service("/api/import", crate::import::router(&state))
        .merge(pages)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            middleware::security_headers,
        ))
        .with_state(state)
}

/// The files of `dir` (the favicon) at the root, outside the session layer.
fn public_files(dir: &str) -> Router<ServerState> {
    let mut router = Router::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return router;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_file() && !name.ends_with(".br") {
            router = router.route_service(
                &format!("/{name}"),
                ServeFile::new(entry.path()).precompressed_br(),
            );
        }
    }
    router
}

fn sessions<S: SessionStore + Clone>(store: S, config: &Config) -> SessionManagerLayer<S> {
    session_layer(store, config.secure_cookies(), config.session_idle_minutes)
}

/// The session cookie and its idle expiry. Saved on every request (`always_save`), so
/// the idle timeout counts from the last request, not from login (to within a minute:
/// `LazyExpiry` writes a mere expiry move once a minute); the absolute lifetime is
/// `app::web::auth`'s.
pub(crate) fn session_layer<S: SessionStore + Clone>(
    store: S,
    secure: bool,
    idle_minutes: i64,
) -> SessionManagerLayer<S> {
    SessionManagerLayer::new(store)
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_always_save(true)
        .with_expiry(Expiry::OnInactivity(time::Duration::minutes(idle_minutes)))
}

/// Expired sessions hold personal data (the login); delete them rather than let them pile up.
fn spawn_session_cleanup<S: ExpiredDeletion + Clone>(store: S) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(300));
        loop {
            every.tick().await;
            if let Err(e) = store.delete_expired().await {
                tracing::warn!(error = %e, "could not delete expired sessions");
            }
        }
    });
}

/// Hourly: forgets files attached to forms that were never sent (several instances may
/// run it at once: each row is deleted once, a missing file is no error).
fn spawn_staged_cleanup(db: app::store::Db, files: app::store::files::FileStore) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every.tick().await;
            let now = app::store::now_unix();
            match app::features::post::purge_stale_staged(&db, &files, now).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(files = n, "forgot files of forms never sent"),
                Err(e) => tracing::warn!(error = %e, "could not forget staged files"),
            }
        }
    });
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}

#[cfg(test)]
#[path = "session_tests.rs"]
mod session_tests;

#[cfg(test)]
mod tests {
    /// A late response for a stylesheet, the favicon or an import call must never set
    /// the session cookie: the browser may just have dropped the session (logout in
    /// another tab, a test clearing cookies) and would get it back. Pages do refresh it.
    #[tokio::test]
    async fn only_pages_touch_the_session_cookie() {
        use axum::body::Body;
        use axum::http::{header, Request};
        use tower::ServiceExt;
        use tower_sessions::session::{Id, Record};
        use tower_sessions::SessionStore;

        let file = std::env::temp_dir().join(format!("minsak-router-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&file);
        let url = format!("sqlite://{}", file.display());
        let db = app::store::Db::connect(&url).await.expect("db");
        let vars = |name: &str| match name {
            "DATABASE_URL" => Some(url.clone()),
            "FILE_STORE_URL" => Some("memory:".to_string()),
            _ => None,
        };
        let config = super::Config::from_vars(&vars).expect("config");
        let pkg = format!("/{}/{}.css", config.site_pkg_dir, config.output_name);
        let store = match &db.typed {
            app::store::TypedPool::Sqlite(pool) => {
                tower_sessions_sqlx_store::SqliteStore::new(pool.clone())
            }
            app::store::TypedPool::Postgres(_) => unreachable!("a SQLite URL"),
        };
        store.migrate().await.expect("session table");
        let mut record = Record {
            id: Id::default(),
            data: Default::default(),
            expiry_date: time::OffsetDateTime::now_utc() + time::Duration::minutes(30),
        };
        record.data.insert("lang".into(), serde_json::json!("nb"));
        store.create(&mut record).await.expect("session");
        let cookie = format!("{}={}", super::SESSION_COOKIE, record.id);

        let state = super::build_state(config.clone(), db).expect("state");
        let router = super::app_router(state, super::sessions(store, &config));
        let sets_cookie = |path: String| {
            let router = router.clone();
            let cookie = cookie.clone();
            async move {
                let req = Request::builder()
                    .uri(&path)
                    .header(header::COOKIE, cookie)
                    .body(Body::empty())
                    .expect("request");
                let res = router.oneshot(req).await.expect("response");
                res.headers()
                    .get_all(header::SET_COOKIE)
                    .iter()
                    .any(|v| v.to_str().unwrap_or("").starts_with(super::SESSION_COOKIE))
            }
        };
        assert!(!sets_cookie(pkg).await, "a site file");
        assert!(
            !sets_cookie("/api/import/v1/persons".into()).await,
            "the import API"
        );
        assert!(
            sets_cookie("/".into()).await,
            "a page refreshes the session"
        );
        assert!(
            sets_cookie("/finnes-ikke".into()).await,
            "the not-found page is a page"
        );
        let _ = std::fs::remove_file(&file);
    }

    #[test]
    fn the_employee_login_goes_to_its_own_provider() {
        let vars = |name: &str| match name {
            "OIDC_ISSUER" => Some("https://idporten.test".to_string()),
            "OIDC_EMPLOYEE_ISSUER" => Some("https://ansatt.kommune.test/".to_string()),
            _ => None,
        };
        let config = super::Config::from_vars(&vars).expect("config");
        let (citizen, staff) = super::relying_parties(&config).expect("clients");
        assert_eq!(citizen.issuer(), "https://idporten.test");
        assert_eq!(staff.issuer(), "https://ansatt.kommune.test");
        // Logout posts may end at either provider.
        let csp = super::middleware::content_security_policy(&[
            &config.oidc_issuer,
            &config.employee_issuer,
        ]);
        assert!(
            csp.contains("form-action 'self' https://idporten.test https://ansatt.kommune.test;"),
            "{csp}"
        );
    }
}
