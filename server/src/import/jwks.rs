//! The token issuer's signing keys: found through OIDC discovery (`jwks_uri`), cached,
//! and fetched again when a token names a key we do not have (key rotation). After any
//! fetch, failed or not, the next one waits `MIN_REFETCH`, so tokens with made-up key
//! ids or a provider that is down cannot make us hammer the provider. The cache lock
//! is never held over the network: a lookup of a known key never waits for a fetch.

use jsonwebtoken::jwk::{Jwk, JwkSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Keys are fetched again after this long even if every kid is known.
const TTL: Duration = Duration::from_secs(3600);
/// Shortest time between two fetches (after a failure or for an unknown kid).
const MIN_REFETCH: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum JwksError {
    #[error("could not fetch the issuer's keys: {0}")]
    Fetch(String),
}

pub enum KeySource {
    /// Production: discovery at the issuer, then its `jwks_uri`.
    Discovered(Remote),
    /// Tests: a key set given up front. Not a bypass: tokens are still verified
    /// against these keys exactly as against fetched ones.
    #[cfg(test)]
    Fixed(JwkSet),
}

pub struct Remote {
    issuer: String,
    http: reqwest::Client,
    min_refetch: Duration,
    /// Held only to read or store, never across an await.
    cache: Mutex<Cache>,
    /// One fetch at a time: whoever needs one waits here, then finds it done.
    fetching: tokio::sync::Mutex<()>,
}

#[derive(Default)]
struct Cache {
    keys: Option<Arc<JwkSet>>,
    /// The last successful fetch.
    fetched_at: Option<Instant>,
    /// The last fetch tried, whatever its outcome: the back-off counts from here.
    tried_at: Option<Instant>,
}

/// What the cache answers for a kid without a fetch (found, or not found within the
/// back-off); `None` when a fetch is due.
type Lookup = Option<Result<Option<Jwk>, JwksError>>;

impl Cache {
    fn lookup(&self, kid: &str, min_refetch: Duration) -> Lookup {
        let found = self.keys.as_ref().and_then(|k| k.find(kid).cloned());
        let fresh = self.fetched_at.is_some_and(|t| t.elapsed() < TTL);
        if found.is_some() && fresh {
            return Some(Ok(found));
        }
        if self.tried_at.is_some_and(|t| t.elapsed() < min_refetch) {
            return Some(match self.keys {
                Some(_) => Ok(found),
                None => Err(JwksError::Fetch(
                    "the last fetch failed; waiting before the next".to_string(),
                )),
            });
        }
        None
    }
}

#[derive(serde::Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

impl KeySource {
    pub fn discovered(issuer: &str) -> anyhow::Result<KeySource> {
        Ok(KeySource::Discovered(Remote::new(
            issuer,
            crate::provider_http::client()?,
            MIN_REFETCH,
        )))
    }

    /// The key with id `kid`, if the issuer has one.
    pub async fn key(&self, kid: &str) -> Result<Option<Jwk>, JwksError> {
        match self {
            #[cfg(test)]
            KeySource::Fixed(set) => Ok(set.find(kid).cloned()),
            KeySource::Discovered(remote) => remote.key(kid).await,
        }
    }
}

impl Remote {
    fn new(issuer: &str, http: reqwest::Client, min_refetch: Duration) -> Remote {
        Remote {
            issuer: issuer.trim_end_matches('/').to_string(),
            http,
            min_refetch,
            cache: Mutex::new(Cache::default()),
            fetching: tokio::sync::Mutex::new(()),
        }
    }

    fn lookup(&self, kid: &str) -> Lookup {
        // A poisoned lock only means a panic elsewhere mid-update of plain data.
        let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.lookup(kid, self.min_refetch)
    }

    async fn key(&self, kid: &str) -> Result<Option<Jwk>, JwksError> {
        if let Some(a) = self.lookup(kid) {
            return a;
        }
        let _one_fetch = self.fetching.lock().await;
        // Whoever held the gate before us may have fetched (or failed) meanwhile.
        if let Some(a) = self.lookup(kid) {
            return a;
        }
        let result = fetch(&self.http, &self.issuer).await;
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        cache.tried_at = Some(Instant::now());
        match result {
            Ok(keys) => {
                let found = keys.find(kid).cloned();
                cache.keys = Some(Arc::new(keys));
                cache.fetched_at = cache.tried_at;
                Ok(found)
            }
            // The provider is down: keep using the keys we have rather than refuse
            // every token; a stale set only knows keys the issuer used.
            Err(e) => match &cache.keys {
                Some(keys) => {
                    tracing::warn!(error = %e, "JWKS refresh failed; using cached keys");
                    Ok(keys.find(kid).cloned())
                }
                None => Err(e),
            },
        }
    }
}

async fn fetch(http: &reqwest::Client, issuer: &str) -> Result<JwkSet, JwksError> {
    let discovery: Discovery =
        get_json(http, &format!("{issuer}/.well-known/openid-configuration")).await?;
    if discovery.issuer.trim_end_matches('/') != issuer {
        return Err(JwksError::Fetch(
            "discovery names another issuer".to_string(),
        ));
    }
    get_json(http, &discovery.jwks_uri).await
}

/// GET `url` as JSON, read within the provider size limit.
async fn get_json<T: serde::de::DeserializeOwned>(
    http: &reqwest::Client,
    url: &str,
) -> Result<T, JwksError> {
    let resp = http
        .get(url)
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|e| JwksError::Fetch(e.to_string()))?;
    let body = crate::provider_http::read_limited(resp)
        .await
        .map_err(|e| JwksError::Fetch(e.to_string()))?;
    serde_json::from_slice(&body).map_err(|e| JwksError::Fetch(e.to_string()))
}

/// Against a real HTTP provider on 127.0.0.1 that counts the requests it gets.
#[cfg(test)]
mod tests {
    use super::*;
    use axum::extract::State;
    use axum::http::{header, StatusCode};
    use axum::response::{IntoResponse, Response};
    use axum::routing::get;
    use axum::Router;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    const JWKS: &str = include_str!("testdata/jwks.json");
    const KID: &str = "test-key-1";

    #[derive(Clone, Default)]
    struct Provider {
        base: String,
        hits: Arc<AtomicUsize>,
        down: Arc<AtomicBool>,
        slow: Arc<AtomicBool>,
    }

    impl Provider {
        async fn start() -> Provider {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            let base = format!("http://{}", listener.local_addr().expect("addr"));
            let p = Provider {
                base,
                ..Provider::default()
            };
            let app = Router::new()
                .route("/.well-known/openid-configuration", get(discovery))
                .route("/jwks", get(jwks))
                .with_state(p.clone());
            tokio::spawn(async move { axum::serve(listener, app).await });
            p
        }

        fn hits(&self) -> usize {
            self.hits.load(Ordering::SeqCst)
        }

        fn keys(&self, min_refetch: Duration) -> Arc<Remote> {
            let http = crate::provider_http::client().expect("client");
            Arc::new(Remote::new(&self.base, http, min_refetch))
        }
    }

    async fn discovery(State(p): State<Provider>) -> Response {
        p.hits.fetch_add(1, Ordering::SeqCst);
        if p.down.load(Ordering::SeqCst) {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        let body = serde_json::json!({"issuer": p.base, "jwks_uri": format!("{}/jwks", p.base)});
        axum::Json(body).into_response()
    }

    async fn jwks(State(p): State<Provider>) -> Response {
        p.hits.fetch_add(1, Ordering::SeqCst);
        if p.slow.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_secs(3)).await;
        }
        ([(header::CONTENT_TYPE, "application/json")], JWKS).into_response()
    }

    #[tokio::test]
    async fn unknown_kids_do_not_hammer_the_provider() {
        let p = Provider::start().await;
        let keys = p.keys(MIN_REFETCH);
        assert!(keys.key(KID).await.expect("fetch").is_some());
        assert_eq!(p.hits(), 2, "discovery and the key set");
        for i in 0..20 {
            let made_up = format!("made-up-{i}");
            assert!(keys.key(&made_up).await.expect("cached").is_none());
        }
        assert!(keys.key(KID).await.expect("cached").is_some());
        assert_eq!(p.hits(), 2, "no fetch within the back-off");
    }

    #[tokio::test]
    async fn a_failing_provider_is_not_hammered() {
        let p = Provider::start().await;
        p.down.store(true, Ordering::SeqCst);
        let keys = p.keys(Duration::from_millis(300));
        for _ in 0..20 {
            assert!(keys.key(KID).await.is_err(), "no keys to be had");
        }
        assert_eq!(p.hits(), 1, "one failed fetch, then waiting");
        // After the back-off the next token tries again, and the provider is back.
        p.down.store(false, Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(350)).await;
        assert!(keys.key(KID).await.expect("fetched").is_some());
        assert_eq!(p.hits(), 3);
    }

    #[tokio::test]
    async fn concurrent_lookups_share_one_fetch() {
        let p = Provider::start().await;
        let keys = p.keys(MIN_REFETCH);
        let mut all = tokio::task::JoinSet::new();
        for i in 0..10 {
            let keys = keys.clone();
            all.spawn(async move { keys.key(&format!("unknown-{i}")).await.is_ok() });
        }
        while let Some(ok) = all.join_next().await {
            assert!(
                ok.expect("task"),
                "every lookup answered from the one fetch"
            );
        }
        assert_eq!(p.hits(), 2);
    }

    #[tokio::test]
    async fn a_known_key_never_waits_for_a_fetch() {
        let p = Provider::start().await;
        let keys = p.keys(Duration::ZERO);
        assert!(keys.key(KID).await.expect("fetch").is_some());
        // An unknown kid starts a fetch that takes 3 s at the provider...
        p.slow.store(true, Ordering::SeqCst);
        let fetching = keys.clone();
        let slow = tokio::spawn(async move { fetching.key("rotated").await.is_ok() });
        tokio::time::sleep(Duration::from_millis(200)).await;
        // ...meanwhile tokens with the known key are checked at once.
        let known = tokio::time::timeout(Duration::from_millis(500), keys.key(KID)).await;
        assert!(
            matches!(known, Ok(Ok(Some(_)))),
            "a known key waited for the fetch"
        );
        assert!(slow.await.expect("task"));
    }
}
