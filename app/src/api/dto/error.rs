use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// What a server function may tell the browser when it fails. Deliberately coarse:
/// "not found" also covers "exists but not yours", so nobody can probe for cases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ApiError {
    Unauthorized,
    NotFound,
    Internal,
    /// Transport or argument errors from the server-function layer.
    Request,
}

impl ApiError {
    /// The i18n key of the message shown to the user.
    pub fn message_key(&self) -> &'static str {
        match self {
            ApiError::Unauthorized => "error-unauthorized",
            ApiError::NotFound => "error-not-found",
            ApiError::Internal => "error-internal",
            ApiError::Request => "error-request",
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message_key())
    }
}

impl std::error::Error for ApiError {}

impl FromServerFnError for ApiError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_value: ServerFnErrorErr) -> Self {
        ApiError::Request
    }
}

#[cfg(feature = "ssr")]
impl ApiError {
    pub fn status_code(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::Request => StatusCode::BAD_REQUEST,
        }
    }

    /// Sets this error's HTTP status on the response being built (a server function's
    /// or a page's), so clients and crawlers see 401/404 rather than a generic 500.
    pub fn respond(self) -> Self {
        if let Some(resp) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            resp.set_status(self.status_code());
        }
        self
    }
}

#[cfg(feature = "ssr")]
impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        // Logged here, answered generically: database text never reaches a client.
        tracing::error!(error = %e, "database error");
        ApiError::Internal
    }
}

#[cfg(feature = "ssr")]
impl From<tower_sessions::session::Error> for ApiError {
    fn from(e: tower_sessions::session::Error) -> Self {
        tracing::error!(error = %e, "session store error");
        ApiError::Internal
    }
}

/// A plain form handler's refusal: the bare status, which the server's error-page
/// layer turns into the portal's own translated page (the same for every route).
#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for ApiError {
    fn into_response(self) -> axum::response::Response {
        self.status_code().into_response()
    }
}
