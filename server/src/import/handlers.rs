//! One handler per endpoint; each authenticates first, then reads the body (so an
//! unauthenticated caller gets 401 before we read a byte of it), parses it with
//! `app::import::payload` and applies it with `app::import::apply`.

use super::errors::ApiError;
use super::ImportState;
use app::import::reader::path_id;
use app::import::{apply, batch_writes, payload, Change, ImportError, Loc, Write, Written};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{FromRequestParts, Path, State};
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

type Body = Result<Bytes, BytesRejection>;

/// The body as JSON: 415 unless declared JSON, 413 past the limit, 400 unless JSON.
fn json_body(st: &ImportState, headers: &HeaderMap, body: Body) -> Result<Value, ApiError> {
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

pub async fn put_person(
    State(st): State<ImportState>,
    client: Client,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let person = payload::person(&json_body(&st, &headers, body)?, "$")?;
    Ok(one(&st, &client, Write::Person { id, person }).await)
}

pub async fn put_case(
    State(st): State<ImportState>,
    client: Client,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let case = payload::case(&json_body(&st, &headers, body)?, "$")?;
    Ok(one(&st, &client, Write::Case { id, case }).await)
}

pub async fn put_party(
    State(st): State<ImportState>,
    client: Client,
    Path((raw_case, raw)): Path<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (case_id, id) = (id("case_id", &raw_case)?, id("id", &raw)?);
    let party = payload::party(&json_body(&st, &headers, body)?, "$")?;
    Ok(one(&st, &client, Write::Party { case_id, id, party }).await)
}

pub async fn put_milestone(
    State(st): State<ImportState>,
    client: Client,
    Path((raw_case, raw)): Path<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let (case_id, id) = (id("case_id", &raw_case)?, id("id", &raw)?);
    let milestone = payload::milestone(&json_body(&st, &headers, body)?, "$")?;
    let write = Write::Milestone {
        case_id,
        id,
        milestone,
    };
    Ok(one(&st, &client, write).await)
}

pub async fn put_document(
    State(st): State<ImportState>,
    client: Client,
    Path(raw): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let id = id("id", &raw)?;
    let document = payload::document(&json_body(&st, &headers, body)?, "$", st.limits)?;
    Ok(one(&st, &client, Write::Document { id, document }).await)
}

/// Several writes in one transaction: all are applied or none.
pub async fn batch(
    State(st): State<ImportState>,
    client: Client,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, ApiError> {
    let batch = payload::batch(&json_body(&st, &headers, body)?, st.limits)?;
    let done = apply(&st.db, &client.0, batch_writes(batch)).await?;
    Ok(Json(json!({ "results": done })).into_response())
}
