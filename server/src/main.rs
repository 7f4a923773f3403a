#![forbid(unsafe_code)]
//! The Min sak server: configuration, router and state. The pages, server functions,
//! data access and access policy live in the `app` crate.

mod audit_cli;
mod config;
mod consent_forms;
mod database;
mod form_post;
mod handlers;
mod import;
mod innsyn_forms;
mod live;
mod middleware;
mod minutes_forms;
mod notices;
mod oidc;
mod post_forms;
mod provider_http;
mod router;
mod seed;
mod session_store;
mod staff_forms;

use app::web::state::AppState;
use config::Config;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

/// State of the axum router; leptos gets its options from it.
#[derive(Clone)]
pub struct ServerState {
    pub app: AppState,
    pub config: Arc<Config>,
    pub citizen_rp: Arc<oidc::RelyingParty>,
    pub staff_rp: Arc<oidc::RelyingParty>,
    pub leptos: leptos::config::LeptosOptions,
    pub csp: Arc<str>,
}

impl axum::extract::FromRef<ServerState> for leptos::config::LeptosOptions {
    fn from_ref(s: &ServerState) -> Self {
        s.leptos.clone()
    }
}

const USAGE: &str = "usage: minsak [serve | seed [--scale N] [--leak-check FILE] | leak-check FILE [--scale N]
              | audit seal | audit verify [--checkpoints FILE] [--public-key HEX] | audit checkpoints]";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("MINSAK_LOG")
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn")),
        )
        .init();
    let config = Config::from_env()?;
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("serve") => router::serve(config).await,
        Some("seed") => seed::run(&config, seed::Options::parse(&args[1..])?).await,
        Some("leak-check") => seed::leak_check(&config, &args[1..]).await,
        Some("audit") => audit_cli::run(&config, &args[1..]).await,
        Some(_) => anyhow::bail!(USAGE),
    }
}
