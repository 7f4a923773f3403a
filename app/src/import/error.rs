//! The one error type of the import API. Every refusal names a stable `code`, the JSON
//! path of the `field` in error and an English message for the integrator. Database
//! errors are logged here and answered generically: their text never reaches the client.

/// The HTTP status class of a refusal; the server crate maps it to a status code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 400: the body is not JSON, or not an object.
    BadRequest,
    /// 409: the write collides with another row (a unique key, a concurrent import).
    Conflict,
    /// 413: the body or the PDF is larger than allowed.
    TooLarge,
    /// 422: well-formed JSON that breaks a rule.
    Unprocessable,
    /// 500: our fault; details are in the log only.
    Internal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub status: Status,
    pub code: &'static str,
    /// JSON path (`$.body[2].kind`), `path.<name>` for a URL parameter, or `None`.
    pub field: Option<String>,
    pub message: String,
}

impl ImportError {
    pub fn new(
        status: Status,
        code: &'static str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ImportError {
        ImportError {
            status,
            code,
            field: Some(field.into()),
            message: message.into(),
        }
    }

    /// A semantic error in one field (422).
    pub fn invalid(
        code: &'static str,
        field: impl Into<String>,
        message: impl Into<String>,
    ) -> ImportError {
        ImportError::new(Status::Unprocessable, code, field, message)
    }

    pub fn internal() -> ImportError {
        ImportError {
            status: Status::Internal,
            code: "internal",
            field: None,
            message: "internal error; nothing was written, the request may be retried".into(),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} at {:?}: {}", self.code, self.field, self.message)
    }
}

impl std::error::Error for ImportError {}

/// Database failures: a unique-key collision is the client's to resolve (409); anything
/// else is logged with its detail and answered without it.
impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> ImportError {
        if let Some(db) = e.as_database_error() {
            if db.is_unique_violation() {
                tracing::info!(error = %e, "import refused: unique key collision");
                return ImportError {
                    status: Status::Conflict,
                    code: "conflict",
                    field: None,
                    message: "the write collides with an existing row (another id holds the \
                              same unique values, or a concurrent import); nothing was written"
                        .into(),
                };
            }
        }
        tracing::error!(error = %e, "import failed in the database");
        ImportError::internal()
    }
}
