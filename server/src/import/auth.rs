//! Who may call the import API: a machine client holding an OAuth 2.0 JWT access token
//! (RFC 9068) from the configured issuer, for the import audience, with the import
//! scope, whose `client_id` is mapped to exactly one service.
//!
//! The checks, in order: Bearer header; `alg` RS256 and nothing else (no `none`, no
//! HMAC with the public key as secret); `typ` `at+jwt` (an id_token is not an access
//! token); a `kid` the issuer publishes; the signature; `iss`, `aud`, `exp`, `nbf`
//! (30 s leeway for clock skew); the scope; the client mapping.

use super::errors::ApiError;
use super::jwks::KeySource;
use super::SCOPE;
use app::import::ImportClient;
use jsonwebtoken::jwk::{AlgorithmParameters, KeyAlgorithm};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use std::collections::HashMap;

/// Allowed clock skew between the issuer and us, in seconds.
const LEEWAY_SECS: u64 = 30;

pub struct Verifier {
    issuer: String,
    audience: String,
    /// client id → service id
    clients: HashMap<String, String>,
    keys: KeySource,
}

#[derive(Deserialize)]
struct Claims {
    client_id: Option<String>,
    scope: Option<String>,
}

impl Verifier {
    pub fn new(
        issuer: &str,
        audience: &str,
        clients: &[(String, String)],
        keys: KeySource,
    ) -> Verifier {
        Verifier {
            issuer: issuer.trim_end_matches('/').to_string(),
            audience: audience.to_string(),
            clients: clients.iter().cloned().collect(),
            keys,
        }
    }

    /// The client behind an `Authorization` header value, or why not.
    pub async fn verify(&self, authorization: Option<&str>) -> Result<ImportClient, ApiError> {
        let token = match authorization.and_then(|h| h.split_once(' ')) {
            Some((scheme, token)) if scheme.eq_ignore_ascii_case("bearer") => token.trim(),
            _ => return Err(ApiError::unauthenticated()),
        };
        let header = decode_header(token).map_err(|e| invalid("unreadable header", e))?;
        if header.alg != Algorithm::RS256 {
            return Err(invalid("algorithm not RS256", format!("{:?}", header.alg)));
        }
        let typ = header.typ.as_deref().map(str::to_ascii_lowercase);
        if !matches!(typ.as_deref(), Some("at+jwt" | "application/at+jwt")) {
            return Err(invalid("not an access token", format!("typ {typ:?}")));
        }
        let kid = header
            .kid
            .ok_or_else(|| invalid("no kid", "header has no kid"))?;
        let jwk = self
            .keys
            .key(&kid)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "import: cannot get the issuer's keys");
                ApiError::keys_unavailable()
            })?
            .ok_or_else(|| invalid("unknown kid", &kid))?;
        // The key itself must be an RSA signing key meant for RS256 (if it says).
        let rsa = matches!(jwk.algorithm, AlgorithmParameters::RSA(_));
        let alg_ok = matches!(jwk.common.key_algorithm, None | Some(KeyAlgorithm::RS256));
        if !rsa || !alg_ok {
            return Err(invalid("key not RS256", &kid));
        }
        let key = DecodingKey::from_jwk(&jwk).map_err(|e| invalid("bad key", e))?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&self.issuer, &format!("{}/", self.issuer)]);
        validation.set_audience(&[&self.audience]);
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECS;
        let claims = decode::<Claims>(token, &key, &validation)
            .map_err(|e| invalid("rejected", e))?
            .claims;
        let scoped = claims
            .scope
            .as_deref()
            .is_some_and(|s| s.split(' ').any(|s| s == SCOPE));
        if !scoped {
            return Err(ApiError::insufficient_scope());
        }
        let client_id = claims
            .client_id
            .ok_or_else(|| invalid("no client_id", "token has no client_id"))?;
        match self.clients.get(&client_id) {
            Some(service_id) => Ok(ImportClient {
                client_id,
                service_id: service_id.clone(),
            }),
            None => {
                tracing::warn!(client = %client_id, "import refused: client not configured");
                Err(ApiError::unknown_client())
            }
        }
    }
}

/// A refused token: the reason goes to the log, the client only learns it is invalid.
fn invalid(what: &str, detail: impl std::fmt::Display) -> ApiError {
    tracing::info!(reason = what, detail = %detail, "import: token refused");
    ApiError::invalid_token()
}
