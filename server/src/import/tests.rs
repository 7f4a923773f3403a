//! The import API over HTTP, driven through the router without a listener: token
//! checks (each way a token can be wrong), status codes and error bodies, and the
//! OpenAPI document matching the routes. Tokens are signed here with a test key whose
//! public half is the JWKS the verifier is given (see testdata/README.md).

use super::jwks::KeySource;
use super::{routes, ImportState, Verifier};
use app::import::Limits;
use app::store::Db;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use serde_json::{json, Value};
use std::sync::Arc;
use tower::ServiceExt;

const ISSUER: &str = "http://issuer.test";
const AUDIENCE: &str = "http://portal.test/api/import";
const SIGNING_KEY: &[u8] = include_bytes!("testdata/signing.der");
const OTHER_KEY: &[u8] = include_bytes!("testdata/other.der");
const JWKS: &str = include_str!("testdata/jwks.json");
const KID: &str = "test-key-1";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn claims() -> Value {
    json!({
        "iss": ISSUER, "aud": AUDIENCE, "sub": "fagsystem", "client_id": "fagsystem",
        "scope": "minsak:import", "iat": now(), "nbf": now(), "exp": now() + 300, "jti": "t1"
    })
}

fn sign_with(key: &[u8], header: Header, claims: &Value) -> String {
    encode(&header, claims, &EncodingKey::from_rsa_der(key)).expect("sign")
}

fn at_header() -> Header {
    let mut h = Header::new(Algorithm::RS256);
    h.typ = Some("at+jwt".into());
    h.kid = Some(KID.into());
    h
}

fn token(claims: &Value) -> String {
    sign_with(SIGNING_KEY, at_header(), claims)
}

fn with(changes: Value) -> Value {
    let mut c = claims();
    if let (Some(c), Value::Object(changes)) = (c.as_object_mut(), changes) {
        c.extend(changes);
    }
    c
}

struct Api {
    router: Router,
    dir: std::path::PathBuf,
}

impl Api {
    /// A seeded demo database and the import routes, `fagsystem` writing for Trondheim
    /// and `melhus` for Melhus/Skaun.
    async fn new(max_pdf_bytes: usize) -> Api {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir =
            std::env::temp_dir().join(format!("minsak_import_http_{}_{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let db = Db::connect(&format!("sqlite://{}/t.db", dir.display()))
            .await
            .expect("db");
        let data = app::demo::generate(app::domain::clock::today(), 1);
        app::demo::store::insert_demo(&db, &data)
            .await
            .expect("seed");
        let keys: JwkSet = serde_json::from_str(JWKS).expect("jwks");
        let clients = vec![
            ("fagsystem".to_string(), "svc-trondheim".to_string()),
            ("melhus".to_string(), "svc-melhus-skaun".to_string()),
        ];
        let verifier = Verifier::new(ISSUER, AUDIENCE, &clients, KeySource::Fixed(keys));
        let router = routes(ImportState {
            db,
            verifier: Arc::new(verifier),
            limits: Limits { max_pdf_bytes },
        });
        Api { router, dir }
    }

    async fn call(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<String>,
    ) -> (StatusCode, axum::http::HeaderMap, Value) {
        let mut req = Request::builder().method(method).uri(path);
        if let Some(t) = token {
            req = req.header(header::AUTHORIZATION, format!("Bearer {t}"));
        }
        if body.is_some() {
            req = req.header(header::CONTENT_TYPE, "application/json");
        }
        let req = req
            .body(body.map(Body::from).unwrap_or_else(Body::empty))
            .expect("request");
        let res = self.router.clone().oneshot(req).await.expect("response");
        let (parts, body) = res.into_parts();
        let bytes = axum::body::to_bytes(body, usize::MAX).await.expect("body");
        let json = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        (parts.status, parts.headers, json)
    }

    async fn put_doc(&self, token: Option<&str>, id: &str, doc: &Value) -> (StatusCode, Value) {
        let path = format!("/v1/documents/{id}");
        let (s, _, b) = self.call("PUT", &path, token, Some(doc.to_string())).await;
        (s, b)
    }
}

impl Drop for Api {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn document() -> Value {
    json!({
        "case_id": "case-a", "doc_type": "BREV", "title": "Innkalling til møte",
        "doc_date": "2025-03-01", "body": [{"kind": "p", "text": "Velkommen til møte."}]
    })
}

#[tokio::test]
async fn every_wrong_token_is_refused() {
    let api = Api::new(1_000).await;
    let doc = document();
    let (s, h, b) = api
        .call("PUT", "/v1/documents/imp-1", None, Some(doc.to_string()))
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(b["error"], "unauthenticated");
    let challenge = h.get(header::WWW_AUTHENTICATE).expect("challenge");
    assert!(challenge.to_str().unwrap_or("").starts_with("Bearer"));

    let public_n = serde_json::from_str::<Value>(JWKS).expect("jwks")["keys"][0]["n"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let mut hs = Header::new(Algorithm::HS256);
    hs.typ = Some("at+jwt".into());
    hs.kid = Some(KID.into());
    let hs256 = encode(
        &hs,
        &claims(),
        &EncodingKey::from_secret(public_n.as_bytes()),
    )
    .expect("hs");
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let none = format!(
        "{}.{}.",
        b64(&json!({"alg": "none", "typ": "at+jwt", "kid": KID})),
        b64(&claims())
    );
    let mut id_token_header = at_header();
    id_token_header.typ = Some("JWT".into());
    let mut unknown_kid = at_header();
    unknown_kid.kid = Some("nope".into());

    let unauthorized = [
        ("malformed", "not-a-jwt".to_string()),
        (
            "wrong signature",
            sign_with(OTHER_KEY, at_header(), &claims()),
        ),
        (
            "wrong audience",
            token(&with(json!({"aud": "http://portal.test/other"}))),
        ),
        (
            "wrong issuer",
            token(&with(json!({"iss": "http://evil.test"}))),
        ),
        ("expired", token(&with(json!({"exp": now() - 120})))),
        ("not yet valid", token(&with(json!({"nbf": now() + 600})))),
        ("alg none", none),
        ("HS256 with the public key", hs256),
        (
            "id_token typ",
            sign_with(SIGNING_KEY, id_token_header, &claims()),
        ),
        (
            "unknown kid",
            sign_with(SIGNING_KEY, unknown_kid, &claims()),
        ),
    ];
    for (what, t) in unauthorized {
        let (s, b) = api.put_doc(Some(&t), "imp-1", &doc).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{what}");
        assert_eq!(b["error"], "invalid_token", "{what}");
    }
    let (s, b) = api
        .put_doc(
            Some(&token(&with(json!({"scope": "openid"})))),
            "imp-1",
            &doc,
        )
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("insufficient_scope"))
    );
    let unknown = with(json!({"client_id": "stranger", "sub": "stranger"}));
    let (s, b) = api.put_doc(Some(&token(&unknown)), "imp-1", &doc).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("unknown_client"))
    );
    // Nothing of the above wrote anything: a valid token now creates the document.
    let (s, b) = api.put_doc(Some(&token(&claims())), "imp-1", &doc).await;
    assert_eq!(
        (s, b["result"].as_str()),
        (StatusCode::CREATED, Some("created"))
    );
}

#[tokio::test]
async fn a_valid_token_writes_idempotently_for_its_own_service_only() {
    let api = Api::new(1_000).await;
    let t = token(&claims());
    let doc = document();
    let (s, b) = api.put_doc(Some(&t), "imp-2", &doc).await;
    assert_eq!(s, StatusCode::CREATED, "{b}");
    let (s, b) = api.put_doc(Some(&t), "imp-2", &doc).await;
    assert_eq!(
        (s, b["result"].as_str()),
        (StatusCode::OK, Some("unchanged"))
    );
    // Melhus/Skaun's client: Trondheim's case is no case of its own.
    let (s, b) = api.put_doc(Some(&melhus_token()), "imp-3", &doc).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("not_found"))
    );
    assert_eq!(b["field"], "$.case_id");
}

fn melhus_token() -> String {
    token(&with(json!({"client_id": "melhus", "sub": "melhus"})))
}

/// One family under keys both services' systems use, and the mother (same pid) at both.
fn family(unit: &str, tag: &str, child_pid: &str) -> Value {
    json!({
        "persons": [
            {"id": "k-child", "pid": child_pid, "given_name": format!("Barn{tag}"), "family_name": "Ny", "birth_date": "2015-01-01"},
            {"id": "k-mor", "pid": "01018590002", "given_name": "Eva", "family_name": "Ny", "birth_date": "1985-01-01", "protected_address": true}
        ],
        "cases": [{"id": "k-case", "unit_id": unit, "main_person_id": "k-child", "phase": "UNDERSOKELSE", "opened_on": "2026-10-01"}],
        "parties": [{"id": "k-party", "case_id": "k-case", "person_id": "k-mor", "role": "MOR", "valid_from": "2026-10-01"}],
        "milestones": [{"id": "k-ms", "case_id": "k-case", "kind": "UNDERSOKELSE_STARTET", "occurred_on": "2026-10-01", "seq": 1}],
        "documents": [{"id": "k-doc", "case_id": "k-case", "doc_type": "MELDING", "title": format!("Melding {tag}"), "doc_date": "2026-10-01", "body": [{"kind": "p", "text": format!("Tekst {tag}")}]}]
    })
}

/// Over HTTP: Melhus/Skaun's client probes the keys Trondheim's client used, on a
/// portal where Trondheim imported under them and on one where nobody did. Every
/// status and body is the same. The old code answered 403 `other_service` for
/// Trondheim's case and document, and 409 for the mother's pid.
#[tokio::test]
async fn another_services_keys_are_answered_like_unused_ones() {
    let used = Api::new(1_000).await;
    let unused = Api::new(1_000).await;
    let trd = family("unit-trd-lerkendal", "TRD", "01011590001");
    let (s, _, b) = used
        .call(
            "POST",
            "/v1/batch",
            Some(&token(&claims())),
            Some(trd.to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::OK, "{b}");
    let msk = family("unit-ms-barnevern", "MSK", "02021590003");
    let t = melhus_token();
    let probes = [
        ("PUT", "/v1/documents/k-doc", msk["documents"][0].clone()),
        (
            "PUT",
            "/v1/cases/k-case/parties/k-party",
            msk["parties"][0].clone(),
        ),
        (
            "PUT",
            "/v1/cases/k-case/milestones/k-ms",
            msk["milestones"][0].clone(),
        ),
        ("PUT", "/v1/cases/k-case", msk["cases"][0].clone()),
        ("PUT", "/v1/persons/k-mor", msk["persons"][1].clone()),
        ("PUT", "/v1/persons/k-mor", msk["persons"][1].clone()),
        ("POST", "/v1/batch", msk.clone()),
        ("PUT", "/v1/documents/k-doc", msk["documents"][0].clone()),
    ];
    for (method, path, body) in probes {
        let a = used
            .call(method, path, Some(&t), Some(body.to_string()))
            .await;
        let b = unused
            .call(method, path, Some(&t), Some(body.to_string()))
            .await;
        assert_eq!((a.0, &a.2), (b.0, &b.2), "{method} {path}");
        assert_ne!(a.0, StatusCode::FORBIDDEN, "{method} {path}: {}", a.2);
        assert_ne!(a.0, StatusCode::CONFLICT, "{method} {path}: {}", a.2);
    }
    // Trondheim's rows are untouched: its own repeat changes nothing.
    let (s, _, b) = used
        .call(
            "POST",
            "/v1/batch",
            Some(&token(&claims())),
            Some(trd.to_string()),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let results = b["results"].as_array().cloned().unwrap_or_default();
    assert!(!results.is_empty());
    assert!(results.iter().all(|r| r["result"] == "unchanged"), "{b}");
}

#[tokio::test]
async fn refusals_are_precise_json() {
    let api = Api::new(1_000).await;
    let t = token(&claims());
    let (s, _, b) = api
        .call(
            "PUT",
            "/v1/documents/imp-4",
            Some(&t),
            Some("{\"case_id\":".into()),
        )
        .await;
    assert_eq!(
        (s, b["error"].as_str(), b["field"].as_str()),
        (StatusCode::BAD_REQUEST, Some("malformed_json"), Some("$"))
    );
    let mut bad = document();
    bad["body"] = json!([{"kind": "div", "text": "x"}]);
    let (s, b) = api.put_doc(Some(&t), "imp-4", &bad).await;
    assert_eq!(
        (s, b["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("$.body[0].kind"))
    );
    let (s, b) = api.put_doc(Some(&t), "bad~id", &document()).await;
    assert_eq!(
        (s, b["field"].as_str()),
        (StatusCode::UNPROCESSABLE_ENTITY, Some("path.id"))
    );
    // The PDF limit is 1000 bytes here: a 2000-byte PDF is refused.
    let mut big = document();
    let pdf = [b"%PDF-".as_slice(), &[b'x'; 2_000]].concat();
    big["pdf_base64"] = json!(base64::engine::general_purpose::STANDARD.encode(pdf));
    let (s, b) = api.put_doc(Some(&t), "imp-4", &big).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("pdf_too_large"))
    );
    // A body past the request limit is refused before it is parsed.
    let huge = format!("{{\"x\":\"{}\"}}", "a".repeat(2 * 1024 * 1024));
    let (s, _, b) = api
        .call("PUT", "/v1/documents/imp-4", Some(&t), Some(huge))
        .await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, Some("body_too_large"))
    );
    let req = Request::builder()
        .method("PUT")
        .uri("/v1/documents/imp-4")
        .header(header::AUTHORIZATION, format!("Bearer {t}"))
        .body(Body::from(document().to_string()))
        .expect("request");
    let res = api.router.clone().oneshot(req).await.expect("response");
    assert_eq!(res.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let (s, _, b) = api.call("GET", "/v1/nothing", Some(&t), None).await;
    assert_eq!(
        (s, b["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

/// The document is public and names exactly the routes the router has.
#[tokio::test]
async fn openapi_is_public_and_matches_the_routes() {
    let api = Api::new(1_000).await;
    let (s, h, doc) = api.call("GET", "/v1/openapi.json", None, None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(
        h.get(header::CACHE_CONTROL).and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    assert_eq!(doc["openapi"], "3.1.0");
    let mut paths: Vec<String> = doc["paths"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    paths.sort();
    let mut expected = vec![
        "/api/import/v1/batch",
        "/api/import/v1/cases/{case_id}/milestones/{id}",
        "/api/import/v1/cases/{case_id}/parties/{id}",
        "/api/import/v1/cases/{id}",
        "/api/import/v1/consents/{id}",
        "/api/import/v1/documents/{id}",
        "/api/import/v1/openapi.json",
        "/api/import/v1/persons/{id}",
    ];
    expected.sort();
    assert_eq!(paths, expected);
    // Every write endpoint really is behind the token check.
    for path in &expected[..] {
        let local = path.trim_start_matches("/api/import");
        if local.ends_with("openapi.json") {
            continue;
        }
        let method = if local.ends_with("batch") {
            "POST"
        } else {
            "PUT"
        };
        let (s, _, _) = api.call(method, local, None, Some("{}".into())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{path}");
    }
    // Every $ref resolves.
    let text = doc.to_string();
    for part in text.split("\"$ref\":\"#/").skip(1) {
        let target = part.split('"').next().unwrap_or_default();
        let pointer = format!("/{target}");
        assert!(doc.pointer(&pointer).is_some(), "dangling $ref {target}");
    }
}
