//! OpenID Connect login, for citizens (ID-porten style) and for employees (the
//! municipality's staff provider): authorization code with PKCE, state and nonce, full
//! id_token validation, `acr` enforced here because no library does it. What the
//! claims must contain (a `pid`, or `roles` and `unit`) is the callers' check. Every
//! failure ends on a translated error page with a reason code; details go to the log,
//! never to the browser.

use openidconnect::core::{
    CoreAuthDisplay, CoreAuthPrompt, CoreAuthenticationFlow, CoreErrorResponseType,
    CoreGenderClaim, CoreJsonWebKey, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm,
    CoreRevocableToken, CoreRevocationErrorResponse, CoreTokenIntrospectionResponse, CoreTokenType,
};
use openidconnect::{
    AdditionalClaims, AuthenticationContextClass, AuthorizationCode, Client, ClientId,
    ClientSecret, CsrfToken, EmptyExtraTokenFields, EndpointMaybeSet, EndpointNotSet, EndpointSet,
    IdTokenFields, IssuerUrl, Nonce, PkceCodeChallenge, PkceCodeVerifier,
    ProviderMetadataWithLogout, RedirectUrl, Scope, StandardErrorResponse, StandardTokenResponse,
    TokenResponse,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// The claims beyond the standard ones: `pid` (national id) for citizens; `roles` and
/// `unit` for staff. All optional, so a missing claim is our error to report, not a
/// parse failure of the whole token response.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PortalClaims {
    pub pid: Option<String>,
    pub roles: Option<Vec<String>>,
    pub unit: Option<String>,
}
impl AdditionalClaims for PortalClaims {}

type PortalIdTokenFields = IdTokenFields<
    PortalClaims,
    EmptyExtraTokenFields,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type PortalTokenResponse = StandardTokenResponse<PortalIdTokenFields, CoreTokenType>;
type PortalClient<HasTokenUrl = EndpointSet> = Client<
    PortalClaims,
    CoreAuthDisplay,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJsonWebKey,
    CoreAuthPrompt,
    StandardErrorResponse<CoreErrorResponseType>,
    PortalTokenResponse,
    CoreTokenIntrospectionResponse,
    CoreRevocableToken,
    CoreRevocationErrorResponse,
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    HasTokenUrl,
    EndpointMaybeSet,
>;

pub const ACR_SUBSTANTIAL: &str = "idporten-loa-substantial";
pub const ACR_HIGH: &str = "idporten-loa-high";

/// The order of ID-porten's assurance levels; unknown values have no level.
pub fn acr_level(acr: &str) -> Option<u8> {
    match acr {
        ACR_SUBSTANTIAL => Some(1),
        ACR_HIGH => Some(2),
        _ => None,
    }
}

/// Whether a token's `acr` meets the configured minimum.
pub fn acr_sufficient(token_acr: Option<&str>, min_acr: &str) -> bool {
    match (token_acr.and_then(acr_level), acr_level(min_acr)) {
        (Some(have), Some(need)) => have >= need,
        _ => false,
    }
}

/// What `acr` a login must carry, asked for in the request (`acr_values`) and checked
/// on the id_token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AcrRequirement {
    /// An ID-porten level or a higher one.
    AtLeast(String),
    /// Exactly this value: another provider's levels, which we cannot order.
    Exactly(String),
    /// None asked for or checked: the provider's own policy decides (e.g. a staff
    /// provider such as Entra ID that enforces MFA itself and sends no `acr`).
    None,
}

impl AcrRequirement {
    /// `none`, an ID-porten level, or any other value, which must then match exactly.
    pub fn parse(raw: &str) -> AcrRequirement {
        let raw = raw.trim();
        if raw.eq_ignore_ascii_case("none") {
            AcrRequirement::None
        } else if acr_level(raw).is_some() {
            AcrRequirement::AtLeast(raw.to_string())
        } else {
            AcrRequirement::Exactly(raw.to_string())
        }
    }

    fn requested(&self) -> Option<&str> {
        match self {
            AcrRequirement::AtLeast(a) | AcrRequirement::Exactly(a) => Some(a),
            AcrRequirement::None => None,
        }
    }

    pub fn met_by(&self, token_acr: Option<&str>) -> bool {
        match self {
            AcrRequirement::AtLeast(min) => acr_sufficient(token_acr, min),
            AcrRequirement::Exactly(want) => token_acr == Some(want.as_str()),
            AcrRequirement::None => true,
        }
    }
}

/// Why a login failed; the code is what the error page shows a message for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoginFailure {
    /// The provider or the network failed, or something in the response was wrong.
    Generic,
    AcrTooLow,
    UnknownPerson,
    Cancelled,
    /// The login took too long or the session that started it is gone.
    Expired,
    /// An employee login without a known staff member, role or unit.
    NotStaff,
}

impl LoginFailure {
    pub fn code(self) -> &'static str {
        match self {
            LoginFailure::Generic => "generell",
            LoginFailure::AcrTooLow => "acr",
            LoginFailure::UnknownPerson => "ukjent-person",
            LoginFailure::Cancelled => "avbrutt",
            LoginFailure::Expired => "utlopt",
            LoginFailure::NotStaff => "ikke-ansatt",
        }
    }
}

/// What the login request leaves in the session for the callback to check.
#[derive(Clone, Serialize, Deserialize)]
pub struct PendingLogin {
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub next: String,
    pub started_at: i64,
}
/// Session key of a pending login; one per flow, so the two never mix.
pub fn pending_key(staff: bool) -> &'static str {
    if staff {
        "oidc_pending_staff"
    } else {
        "oidc_pending_citizen"
    }
}
/// A login not finished within this many seconds is refused.
pub const PENDING_MAX_AGE_SECS: i64 = 600;

/// What a successful callback yields: the validated id_token's claims we use.
pub struct VerifiedLogin {
    pub subject: String,
    /// A well-formed national id (11 digits), when the token has one.
    pub pid: Option<String>,
    pub roles: Vec<String>,
    pub unit: Option<String>,
    pub acr: String,
    pub id_token: String,
}

struct Discovered {
    client: PortalClient,
    end_session: Option<String>,
    at: Instant,
}

/// One OIDC relying party (one client at one provider), with discovery cached.
pub struct RelyingParty {
    issuer: String,
    client_id: String,
    client_secret: String,
    redirect_uri: String,
    min_acr: AcrRequirement,
    http: crate::provider_http::LimitedClient,
    cache: Mutex<Option<Arc<Discovered>>>,
}

/// Discovery (and with it the provider's keys) is refreshed this often.
const DISCOVERY_TTL: Duration = Duration::from_secs(600);

impl RelyingParty {
    pub fn new(
        issuer: &str,
        client_id: &str,
        client_secret: &str,
        redirect_uri: String,
        min_acr: AcrRequirement,
    ) -> anyhow::Result<RelyingParty> {
        let http = crate::provider_http::LimitedClient(crate::provider_http::client()?);
        Ok(RelyingParty {
            issuer: issuer.trim_end_matches('/').to_string(),
            client_id: client_id.to_string(),
            client_secret: client_secret.to_string(),
            redirect_uri,
            min_acr,
            http,
            cache: Mutex::new(None),
        })
    }

    /// The provider this client logs in at.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    async fn discovered(&self) -> anyhow::Result<Arc<Discovered>> {
        let mut cache = self.cache.lock().await;
        if let Some(d) = cache.as_ref() {
            if d.at.elapsed() < DISCOVERY_TTL {
                return Ok(d.clone());
            }
        }
        let meta = ProviderMetadataWithLogout::discover_async(
            IssuerUrl::new(self.issuer.clone())?,
            &self.http,
        )
        .await?;
        let end_session = meta
            .additional_metadata()
            .end_session_endpoint
            .as_ref()
            .map(|u| u.url().to_string());
        let token_uri = meta
            .token_endpoint()
            .cloned()
            .ok_or_else(|| anyhow::anyhow!("provider has no token endpoint"))?;
        let client = PortalClient::<EndpointMaybeSet>::from_provider_metadata(
            meta,
            ClientId::new(self.client_id.clone()),
            Some(ClientSecret::new(self.client_secret.clone())),
        )
        .set_token_uri(token_uri)
        .set_redirect_uri(RedirectUrl::new(self.redirect_uri.clone())?);
        let d = Arc::new(Discovered {
            client,
            end_session,
            at: Instant::now(),
        });
        *cache = Some(d.clone());
        Ok(d)
    }

    /// Starts a login: the provider URL to send the browser to, and what to remember.
    pub async fn begin(&self, next: String, now: i64) -> anyhow::Result<(String, PendingLogin)> {
        let d = self.discovered().await?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = d
            .client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            // The provider reuses an existing session whatever level we ask for, so
            // every login is a fresh one at the level requested.
            .add_prompt(CoreAuthPrompt::Login);
        if let Some(acr) = self.min_acr.requested() {
            request = request.add_auth_context_value(AuthenticationContextClass::new(acr.into()));
        }
        let (url, state, nonce) = request.url();
        Ok((
            url.to_string(),
            PendingLogin {
                state: state.secret().clone(),
                nonce: nonce.secret().clone(),
                pkce_verifier: verifier.secret().clone(),
                next,
                started_at: now,
            },
        ))
    }

    /// Finishes a login from the callback's parameters and the pending login.
    pub async fn finish(
        &self,
        params: &CallbackParams,
        pending: &PendingLogin,
        now: i64,
    ) -> Result<VerifiedLogin, LoginFailure> {
        if let Some(err) = &params.error {
            // Debug-formatted: the text comes from the browser and may hold line breaks.
            tracing::info!(error = ?err, "provider returned an error to the callback");
            return Err(if err == "access_denied" {
                LoginFailure::Cancelled
            } else {
                LoginFailure::Generic
            });
        }
        if now - pending.started_at > PENDING_MAX_AGE_SECS {
            return Err(LoginFailure::Expired);
        }
        if params.state.as_deref() != Some(pending.state.as_str()) {
            tracing::warn!("login refused: state mismatch");
            return Err(LoginFailure::Generic);
        }
        // RFC 9207: the crate ignores `iss` on the callback, so compare it here.
        if let Some(iss) = &params.iss {
            if iss.trim_end_matches('/') != self.issuer {
                tracing::warn!("login refused: callback iss does not match the issuer");
                return Err(LoginFailure::Generic);
            }
        }
        let code = params.code.clone().ok_or(LoginFailure::Generic)?;
        let d = self.discovered().await.map_err(|e| {
            tracing::error!(error = %e, "OIDC discovery failed");
            LoginFailure::Generic
        })?;
        let token = d
            .client
            .exchange_code(AuthorizationCode::new(code))
            .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier.clone()))
            .request_async(&self.http)
            .await
            .map_err(|e| {
                tracing::warn!(error = %e, "token exchange failed");
                LoginFailure::Generic
            })?;
        let id_token = token.id_token().ok_or_else(|| {
            tracing::warn!("token response without id_token");
            LoginFailure::Generic
        })?;
        let claims = check_id_token(d.client.id_token_verifier(), id_token, &pending.nonce, now)?;
        let acr = claims.auth_context_ref().map(|a| a.as_str().to_string());
        if !self.min_acr.met_by(acr.as_deref()) {
            tracing::info!(acr = ?acr, "login refused: acr below the required level");
            return Err(LoginFailure::AcrTooLow);
        }
        let extra = claims.additional_claims();
        Ok(VerifiedLogin {
            subject: claims.subject().as_str().to_string(),
            pid: extra
                .pid
                .clone()
                .filter(|p| p.len() == 11 && p.bytes().all(|b| b.is_ascii_digit())),
            roles: extra.roles.clone().unwrap_or_default(),
            unit: extra.unit.clone(),
            acr: acr.unwrap_or_default(),
            id_token: id_token.to_string(),
        })
    }

    /// Where to send the browser to end the provider session too (RP-initiated logout).
    pub async fn logout_url(&self, id_token_hint: Option<&str>, after: &str) -> Option<String> {
        let d = self.discovered().await.ok()?;
        let mut url = url::Url::parse(d.end_session.as_deref()?).ok()?;
        {
            let mut q = url.query_pairs_mut();
            if let Some(hint) = id_token_hint {
                q.append_pair("id_token_hint", hint);
            }
            q.append_pair("client_id", &self.client_id);
            q.append_pair("post_logout_redirect_uri", after);
        }
        Some(url.to_string())
    }
}

type PortalIdToken = openidconnect::IdToken<
    PortalClaims,
    CoreGenderClaim,
    CoreJweContentEncryptionAlgorithm,
    CoreJwsSigningAlgorithm,
>;
type PortalIdTokenClaims = openidconnect::IdTokenClaims<PortalClaims, CoreGenderClaim>;

/// How far ahead of our clock a token's `iat` may be (clock skew between us and the
/// provider). Beyond it the provider's clock is broken or the token was minted ahead
/// for later use: refused like an expired token.
pub const MAX_IAT_SKEW_SECS: i64 = 60;

/// Validates an id_token at `now`: signature (JWKS), iss, aud, exp and nonce (the
/// library), and an `iat` not in the future (the library accepts any by default).
fn check_id_token<'t>(
    verifier: openidconnect::IdTokenVerifier<'_, CoreJsonWebKey>,
    id_token: &'t PortalIdToken,
    nonce: &str,
    now: i64,
) -> Result<&'t PortalIdTokenClaims, LoginFailure> {
    let now = chrono::DateTime::from_timestamp(now, 0).ok_or(LoginFailure::Generic)?;
    let verifier = verifier
        .set_time_fn(move || now)
        .set_issue_time_verifier_fn(move |iat| {
            if (iat - now).num_seconds() > MAX_IAT_SKEW_SECS {
                Err(format!("issued in the future: iat {iat}, now {now}"))
            } else {
                Ok(())
            }
        });
    id_token
        .claims(&verifier, &Nonce::new(nonce.to_string()))
        .map_err(|e| {
            // The reason code is the log's; the browser sees only the generic page.
            let reason = match &e {
                openidconnect::ClaimsVerificationError::Expired(m) if m.contains("future") => {
                    "iat-future"
                }
                openidconnect::ClaimsVerificationError::Expired(_) => "expired",
                openidconnect::ClaimsVerificationError::InvalidNonce(_) => "nonce",
                openidconnect::ClaimsVerificationError::SignatureVerification(_) => "signature",
                _ => "claims",
            };
            tracing::warn!(reason, error = %e, "id_token rejected");
            LoginFailure::Generic
        })
}

/// The callback's query string.
#[derive(Debug, Deserialize)]
pub struct CallbackParams {
    pub code: Option<String>,
    pub state: Option<String>,
    pub iss: Option<String>,
    pub error: Option<String>,
}

/// Only local paths are accepted as where to go after login (no open redirect).
pub fn safe_next(next: Option<&str>, default: &str) -> String {
    match next {
        Some(p)
            if p.starts_with('/')
                && !p.starts_with("//")
                && !p.contains('\\')
                && !p.chars().any(|c| c.is_control()) =>
        {
            p.to_string()
        }
        _ => default.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acr_levels_are_ordered() {
        assert!(acr_sufficient(Some(ACR_HIGH), ACR_HIGH));
        assert!(acr_sufficient(Some(ACR_HIGH), ACR_SUBSTANTIAL));
        assert!(!acr_sufficient(Some(ACR_SUBSTANTIAL), ACR_HIGH));
        assert!(!acr_sufficient(None, ACR_SUBSTANTIAL));
        assert!(!acr_sufficient(Some("Level4"), ACR_SUBSTANTIAL));
    }

    /// id_tokens signed with the import tests' key (whose public half is its JWKS), so
    /// signature, issuer, audience, expiry and nonce are checked exactly as at login.
    mod id_token {
        use super::super::*;
        use serde_json::{json, Value};
        use std::str::FromStr;

        const ISSUER: &str = "http://issuer.test";
        const NOW: i64 = 1_750_000_000;
        const SIGNING_KEY: &[u8] = include_bytes!("import/testdata/signing.der");
        const OTHER_KEY: &[u8] = include_bytes!("import/testdata/other.der");
        const JWKS: &str = include_str!("import/testdata/jwks.json");

        fn verifier() -> openidconnect::IdTokenVerifier<'static, CoreJsonWebKey> {
            let keys = serde_json::from_str(JWKS).expect("jwks");
            openidconnect::IdTokenVerifier::new_confidential_client(
                ClientId::new("citizen".into()),
                ClientSecret::new("secret".into()),
                IssuerUrl::new(ISSUER.into()).expect("issuer"),
                keys,
            )
        }

        fn claims(iat: i64, exp: i64) -> Value {
            json!({"iss": ISSUER, "aud": "citizen", "sub": "s1", "iat": iat, "exp": exp,
                   "nonce": "n1", "acr": ACR_HIGH, "pid": "01017012345"})
        }

        fn signed(key: &[u8], claims: &Value) -> PortalIdToken {
            let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
            header.kid = Some("test-key-1".into());
            let key = jsonwebtoken::EncodingKey::from_rsa_der(key);
            let jwt = jsonwebtoken::encode(&header, claims, &key).expect("sign");
            PortalIdToken::from_str(&jwt).expect("parse")
        }

        fn check(token: &PortalIdToken, nonce: &str) -> Result<String, LoginFailure> {
            check_id_token(verifier(), token, nonce, NOW).map(|c| c.subject().to_string())
        }

        #[test]
        fn a_current_token_is_accepted() {
            let t = signed(SIGNING_KEY, &claims(NOW - 5, NOW + 300));
            assert_eq!(check(&t, "n1"), Ok("s1".to_string()));
            // Within the allowed skew: the provider's clock a little ahead of ours.
            let t = signed(SIGNING_KEY, &claims(NOW + MAX_IAT_SKEW_SECS, NOW + 300));
            assert!(check(&t, "n1").is_ok());
        }

        #[test]
        fn a_token_issued_in_the_future_is_refused() {
            // The attack of issue 10 point 6: iat an hour ahead, exp two hours ahead.
            let t = signed(SIGNING_KEY, &claims(NOW + 3600, NOW + 7200));
            assert_eq!(check(&t, "n1").err(), Some(LoginFailure::Generic));
            let t = signed(SIGNING_KEY, &claims(NOW + MAX_IAT_SKEW_SECS + 1, NOW + 300));
            assert_eq!(check(&t, "n1").err(), Some(LoginFailure::Generic));
        }

        #[test]
        fn expired_forged_or_replayed_tokens_are_refused() {
            let expired = signed(SIGNING_KEY, &claims(NOW - 600, NOW - 1));
            assert_eq!(check(&expired, "n1").err(), Some(LoginFailure::Generic));
            let forged = signed(OTHER_KEY, &claims(NOW, NOW + 300));
            assert_eq!(check(&forged, "n1").err(), Some(LoginFailure::Generic));
            let ok = signed(SIGNING_KEY, &claims(NOW, NOW + 300));
            assert_eq!(check(&ok, "other").err(), Some(LoginFailure::Generic));
            let mut foreign = claims(NOW, NOW + 300);
            foreign["iss"] = json!("http://evil.test");
            let foreign = signed(SIGNING_KEY, &foreign);
            assert_eq!(check(&foreign, "n1").err(), Some(LoginFailure::Generic));
        }
    }

    #[test]
    fn acr_requirements_parse_and_match() {
        let high = AcrRequirement::parse(ACR_HIGH);
        assert_eq!(high, AcrRequirement::AtLeast(ACR_HIGH.into()));
        assert!(high.met_by(Some(ACR_HIGH)));
        assert!(!high.met_by(Some(ACR_SUBSTANTIAL)));
        assert!(!high.met_by(None));
        let mfa = AcrRequirement::parse("urn:kommune:mfa");
        assert!(mfa.met_by(Some("urn:kommune:mfa")));
        assert!(
            !mfa.met_by(Some(ACR_HIGH)),
            "another provider's value is no level"
        );
        assert!(!mfa.met_by(None));
        let none = AcrRequirement::parse("none");
        assert_eq!(none, AcrRequirement::None);
        assert!(none.met_by(None));
        assert_eq!(none.requested(), None);
    }

    #[test]
    fn next_must_be_a_local_path() {
        assert_eq!(safe_next(Some("/sak/1"), "/x"), "/sak/1");
        assert_eq!(safe_next(Some("//evil.example"), "/x"), "/x");
        assert_eq!(safe_next(Some("https://evil.example"), "/x"), "/x");
        assert_eq!(safe_next(Some("/\\evil"), "/x"), "/x");
        assert_eq!(safe_next(None, "/x"), "/x");
    }
}
