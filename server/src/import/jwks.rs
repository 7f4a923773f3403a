//! The token issuer's signing keys: found through OIDC discovery (`jwks_uri`), cached,
//! and fetched again when a token names a key we do not have (key rotation), at most
//! once per `MIN_REFETCH` so tokens with made-up key ids cannot hammer the provider.

use jsonwebtoken::jwk::{Jwk, JwkSet};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Keys are fetched again after this long even if every kid is known.
const TTL: Duration = Duration::from_secs(3600);
/// Shortest time between two fetches triggered by an unknown kid.
const MIN_REFETCH: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum JwksError {
    #[error("could not fetch the issuer's keys: {0}")]
    Fetch(String),
}

pub enum KeySource {
    /// Production: discovery at the issuer, then its `jwks_uri`.
    Discovered {
        issuer: String,
        http: reqwest::Client,
        cache: Mutex<Cache>,
    },
    /// Tests: a key set given up front. Not a bypass: tokens are still verified
    /// against these keys exactly as against fetched ones.
    #[cfg(test)]
    Fixed(JwkSet),
}

#[derive(Default)]
pub struct Cache {
    keys: Option<Arc<JwkSet>>,
    fetched_at: Option<Instant>,
}

#[derive(serde::Deserialize)]
struct Discovery {
    issuer: String,
    jwks_uri: String,
}

impl KeySource {
    pub fn discovered(issuer: &str) -> anyhow::Result<KeySource> {
        let http = crate::provider_http::client()?;
        Ok(KeySource::Discovered {
            issuer: issuer.trim_end_matches('/').to_string(),
            http,
            cache: Mutex::new(Cache::default()),
        })
    }

    /// The key with id `kid`, if the issuer has one.
    pub async fn key(&self, kid: &str) -> Result<Option<Jwk>, JwksError> {
        match self {
            #[cfg(test)]
            KeySource::Fixed(set) => Ok(set.find(kid).cloned()),
            KeySource::Discovered {
                issuer,
                http,
                cache,
            } => {
                // Held across the fetch: concurrent requests wait for one fetch.
                let mut cache = cache.lock().await;
                let age = cache.fetched_at.map(|t| t.elapsed());
                if let (Some(keys), Some(age)) = (&cache.keys, age) {
                    let found = keys.find(kid).cloned();
                    if age < TTL && (found.is_some() || age < MIN_REFETCH) {
                        return Ok(found);
                    }
                }
                match fetch(http, issuer).await {
                    Ok(keys) => {
                        let found = keys.find(kid).cloned();
                        cache.keys = Some(Arc::new(keys));
                        cache.fetched_at = Some(Instant::now());
                        Ok(found)
                    }
                    // The provider is down: keep using the keys we have rather than
                    // refuse every token; a stale set only knows keys the issuer used.
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
