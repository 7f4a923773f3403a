//! One handler per endpoint; each authenticates first, then reads the body (so an
//! unauthenticated caller gets 401 before we read a byte of it), parses it with
//! `app::import::payload` and applies it with `app::import::apply`.

use super::errors::ApiError;
use super::ImportState;
use app::import::reader::path_id;
use app::import::{apply, batch_writes, payload, Change, ImportError, Loc, Write, Written};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

/// The hand-written OpenAPI 3.1 document (checked against the routes in the tests).
const OPENAPI: &str = include_str!("openapi.json");

pub async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
        OPENAPI,
    )
        .into_response()
}

/// An authenticated import client, extracted before anything else.
pub struct Client(app::import::ImportClient);

impl FromRequestParts<ImportState> for Client {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, st: &ImportState) -> Result<Self, ApiError> {
        let auth = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok());
        st.verifier.verify(auth).await.map(Client)
    }
}

/// An authenticated client's request with its JSON body. The client is checked
/// first, so an unauthenticated caller gets 401 before a byte of the body is read.
pub struct JsonRequest {
    st: ImportState,
    client: Client,
    json: Value,
}

impl FromRequest<ImportState> for JsonRequest {
    type Rejection = ApiError;

    async fn from_request(req: Request, st: &ImportState) -> Result<Self, ApiError> {
        let (mut parts, body) = req.into_parts();
        let client = Client::from_request_parts(&mut parts, st).await?;
        let headers = parts.headers.clone();
        let bytes = Bytes::from_request(Request::from_parts(parts, body), st).await;
        let json = json_body(st, &headers, bytes)?;
        Ok(JsonRequest {
            st: st.clone(),
            client,
            json,
        })
    }
}

impl JsonRequest {
    /// Applies one write: 201 when the row is new, else 200.
    async fn put(self, write: Write) -> Response {
        one(&self.st, &self.client, write).await
    }
}

/// The body as JSON: 415 unless declared JSON, 413 past the limit, 400 unless JSON.
fn json_body(
    st: &ImportState,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Value, ApiError> {
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"));
    if !is_json {
        return Err(ApiError::unsupported_media_type());
    }
    let bytes = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::body_too_large(st.body_limit())
        } else {
            ApiError::unreadable_body()
        }
    })?;
    Ok(payload::parse_json(&bytes)?)
}

/// 201 when the row is new, else 200; the body says what happened.
async fn one(st: &ImportState, client: &Client, write: Write) -> Response {
    match apply(&st.db, &client.0, vec![(Loc::default(), write)]).await {
        Ok(mut done) => match done.pop() {
            Some(w) => written(w),
            None => ApiError::from(ImportError::internal()).into_response(),
        },
        Err(e) => ApiError::from(e).into_response(),
    }
}

fn written(w: Written) -> Response {
    let status = if w.result == Change::Created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    (status, Json(w)).into_response()
}

fn id(name: &str, value: &str) -> Result<String, ApiError> {
    Ok(path_id(name, value)?)
}

pub async fn put_person(Path(raw): Path<String>, req: JsonRequest) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let person = payload::person(&req.json, "$")?;
    Ok(req.put(Write::Person { id, person }).await)
}

pub async fn put_case(Path(raw): Path<String>, req: JsonRequest) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let case = payload::case(&req.json, "$")?;
    Ok(req.put(Write::Case { id, case }).await)
}

pub async fn put_party(
    Path((raw_case, raw)): Path<(String, String)>,
    req: JsonRequest,
) -> Result<Response, ApiError> {
    let (case_id, id) = (id("case_id", &raw_case)?, id("id", &raw)?);
    let party = payload::party(&req.json, "$")?;
    Ok(req.put(Write::Party { case_id, id, party }).await)
}

pub async fn put_milestone(
    Path((raw_case, raw)): Path<(String, String)>,
    req: JsonRequest,
) -> Result<Response, ApiError> {
    let (case_id, id) = (id("case_id", &raw_case)?, id("id", &raw)?);
    let milestone = payload::milestone(&req.json, "$")?;
    Ok(req
        .put(Write::Milestone {
            case_id,
            id,
            milestone,
        })
        .await)
}

pub async fn put_document(Path(raw): Path<String>, req: JsonRequest) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let document = payload::document(&req.json, "$", req.st.limits)?;
    Ok(req.put(Write::Document { id, document }).await)
}

/// A consent (KS Fiks samtykke's fields), under its UUID.
pub async fn put_consent(Path(raw): Path<String>, req: JsonRequest) -> Result<Response, ApiError> {
    let id = payload::uuid_id(&id("id", &raw)?, "path.id")?;
    let consent = payload::consent(&req.json, "$")?;
    Ok(req.put(Write::Consent { id, consent }).await)
}

/// Several writes in one transaction: all are applied or none.
pub async fn batch(req: JsonRequest) -> Result<Response, ApiError> {
    let batch = payload::batch(&req.json, req.st.limits)?;
    let done = apply(&req.st.db, &req.client.0, batch_writes(batch)).await?;
    Ok(Json(json!({ "results": done })).into_response())
}
