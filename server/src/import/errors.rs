//! Every refusal of the import API as `{"error","field","message"}` JSON, and for
//! authentication failures the `WWW-Authenticate` challenge of RFC 6750.

use super::SCOPE;
use app::import::{ImportError, Status};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub field: Option<String>,
    pub message: String,
    pub challenge: Option<String>,
}

const REALM: &str = "realm=\"minsak-import\"";

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: &str) -> ApiError {
        ApiError {
            status,
            code,
            field: None,
            message: message.to_string(),
            challenge: None,
        }
    }

    pub fn unauthenticated() -> ApiError {
        let mut e = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "an Authorization: Bearer <access token> header is required",
        );
        e.challenge = Some(format!("Bearer {REALM}"));
        e
    }

    pub fn invalid_token() -> ApiError {
        let mut e = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_token",
            "the access token is malformed, expired, not for this API, or not signed by the issuer",
        );
        e.challenge = Some(format!("Bearer {REALM}, error=\"invalid_token\""));
        e
    }

    pub fn insufficient_scope() -> ApiError {
        let mut e = ApiError::new(
            StatusCode::FORBIDDEN,
            "insufficient_scope",
            "the access token lacks the minsak:import scope",
        );
        e.challenge = Some(format!(
            "Bearer {REALM}, error=\"insufficient_scope\", scope=\"{SCOPE}\""
        ));
        e
    }

    pub fn unknown_client() -> ApiError {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "unknown_client",
            "this client is not configured to import for any service",
        )
    }

    pub fn keys_unavailable() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "keys_unavailable",
            "the token issuer's keys cannot be fetched now; retry later",
        )
    }

    pub fn unsupported_media_type() -> ApiError {
        ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            "send the body as application/json",
        )
    }

    pub fn body_too_large(limit: usize) -> ApiError {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            &format!("the request body is larger than {limit} bytes"),
        )
    }

    pub fn unreadable_body() -> ApiError {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "unreadable_body",
            "the request body could not be read",
        )
    }

    pub fn not_found() -> ApiError {
        ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such endpoint; see /api/import/v1/openapi.json",
        )
    }
}

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> ApiError {
        let status = match e.status {
            Status::BadRequest => StatusCode::BAD_REQUEST,
            Status::Conflict => StatusCode::CONFLICT,
            Status::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Status::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            Status::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError {
            status,
            code: e.code,
            field: e.field,
            message: e.message,
            challenge: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({ "error": self.code, "field": self.field, "message": self.message });
        let mut res = (self.status, axum::Json(body)).into_response();
        if let Some(c) = self.challenge.and_then(|c| HeaderValue::from_str(&c).ok()) {
            res.headers_mut().insert(header::WWW_AUTHENTICATE, c);
        }
        res
    }
}
