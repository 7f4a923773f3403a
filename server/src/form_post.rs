//! What every plain HTML form post needs: who posts, what they typed, and the answer
//! (post-redirect-get: the outcome in a session flash for the page, then a 303 there).

use crate::ServerState;
use app::access::StaffCtx;
use app::api::{ApiError, FormFlash};
use app::api::{MAX_BYTES, MAX_FILES};
use app::features::form_outcome::FormOutcome;
use app::features::post::Upload;
use app::web::auth::{citizen_in, staff_in};
use app::web::flash::put_form_flash;
use app::web::form_drafts::OWNER_FIELD;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use http_body_util::BodyExt;
use tower_sessions::Session;

/// A field of a urlencoded form body.
pub(crate) fn field(body: &[u8], name: &str) -> Option<String> {
    url::form_urlencoded::parse(body)
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}

/// The fields of a urlencoded body as typed, without the owner tag (which only the
/// expired-session path reads).
pub(crate) fn typed(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .filter(|(k, _)| k != OWNER_FIELD)
        .collect()
}

/// The logged-in party, or "not found" (the login middleware has sent everyone else
/// to log in; this is the second check).
pub(crate) async fn party(st: &ServerState, session: &Session) -> Result<String, ApiError> {
    citizen_in(session, &st.app).await.ok_or(ApiError::NotFound)
}

/// The logged-in staff member, or "not found".
pub(crate) async fn staff(st: &ServerState, session: &Session) -> Result<StaffCtx, ApiError> {
    staff_in(session, &st.app).await?.ok_or(ApiError::NotFound)
}

/// Leaves `flash` for its page and sends the browser there, to `anchor`.
pub(crate) async fn to_page(
    session: &Session,
    flash: FormFlash,
    anchor: &str,
) -> Result<Response, ApiError> {
    put_form_flash(session, &flash).await?;
    Ok(Redirect::to(&format!("{}#{anchor}", flash.page)).into_response())
}

/// Back to `page` with the outcome: `saved` or `unchanged` as the receipt, or the form
/// `form` as typed with its errors.
pub(crate) async fn respond_form(
    session: &Session,
    page: String,
    (form, body): (&str, &[u8]),
    outcome: FormOutcome,
    (saved, unchanged): (&str, &str),
) -> Result<Response, ApiError> {
    match outcome {
        FormOutcome::Saved => to_page(session, FormFlash::saved(page, saved), "kvittering").await,
        FormOutcome::Unchanged => {
            to_page(session, FormFlash::saved(page, unchanged), "kvittering").await
        }
        FormOutcome::Refused(errors) => {
            let flash = FormFlash::refused(page, form, &errors, typed(body));
            to_page(session, flash, "skjemafeil").await
        }
        FormOutcome::NotFound => Err(ApiError::NotFound),
    }
}

/// What a form with files posted: its fields as typed (without the owner tag) and the
/// files, each read up to the size limit.
pub(crate) struct Posted {
    pub fields: Vec<(String, String)>,
    pub uploads: Vec<Upload>,
}

/// Largest body a message form may post: every file at its limit and the text. Larger
/// bodies are cut off by the server (`DefaultBodyLimit` on the routes).
pub(crate) const MAX_POST_BYTES: usize = (MAX_FILES + 1) * MAX_BYTES + 1024 * 1024;
/// A text field longer than this is cut (the forms' own limits are far below it).
const MAX_FIELD_BYTES: usize = 64 * 1024;

/// Reads a posted form, `multipart/form-data` (with files) or urlencoded (without).
/// A file over the limit is not kept in memory: it is read to its end and marked.
pub(crate) async fn read_posted(req: Request) -> Result<Posted, ApiError> {
    if !is_multipart(&req) {
        let body = axum::body::to_bytes(req.into_body(), MAX_FIELD_BYTES * 4)
            .await
            .map_err(|_| ApiError::Request)?;
        return Ok(Posted {
            fields: typed(&body),
            uploads: Vec::new(),
        });
    }
    let mut form = Multipart::from_request(req, &())
        .await
        .map_err(|_| ApiError::Request)?;
    let mut posted = Posted {
        fields: Vec::new(),
        uploads: Vec::new(),
    };
    while let Some(field) = form.next_field().await.map_err(|_| ApiError::Request)? {
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let limit = if file_name.is_some() {
            MAX_BYTES
        } else {
            MAX_FIELD_BYTES
        };
        let (bytes, too_large) = read_field(field, limit).await?;
        match file_name {
            Some(file_name) => posted.uploads.push(Upload {
                name: file_name,
                bytes,
                too_large,
            }),
            None if name == OWNER_FIELD => {}
            None => posted
                .fields
                .push((name, String::from_utf8_lossy(&bytes).into_owned())),
        }
    }
    Ok(posted)
}

/// Whether the form was posted with its files (`multipart/form-data`).
pub(crate) fn is_multipart(req: &Request) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}

/// The text fields at the start of a multipart body, reading at most about `limit`
/// bytes of it (the forms put their text before the file field): a form with large
/// files posted after the session ended costs no more than a text form.
pub(crate) async fn leading_text_fields(req: Request, limit: usize) -> Vec<(String, String)> {
    let (mut parts, mut body) = req.into_parts();
    let mut buf = Vec::new();
    while buf.len() < limit {
        match body.frame().await {
            Some(Ok(frame)) => {
                if let Ok(data) = frame.into_data() {
                    buf.extend_from_slice(&data);
                }
            }
            _ => break,
        }
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    let req = Request::from_parts(parts, axum::body::Body::from(buf));
    let Ok(mut form) = Multipart::from_request(req, &()).await else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // The prefix ends mid-part: whatever was whole before it counts.
    while let Ok(Some(field)) = form.next_field().await {
        if field.file_name().is_some() {
            break;
        }
        let name = field.name().unwrap_or_default().to_string();
        match field.text().await {
            Ok(text) => out.push((name, text)),
            Err(_) => break,
        }
    }
    out
}

/// A multipart field's bytes up to `limit`; past it, the rest is read and dropped.
async fn read_field(
    mut field: axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Result<(Bytes, bool), ApiError> {
    let mut buf = Vec::new();
    let mut too_large = false;
    while let Some(chunk) = field.chunk().await.map_err(|_| ApiError::Request)? {
        if too_large {
            continue;
        }
        if buf.len() + chunk.len() > limit {
            too_large = true;
            buf = Vec::new();
            continue;
        }
        buf.extend_from_slice(&chunk);
    }
    Ok((Bytes::from(buf), too_large))
}

/// A download of a file sent with a message: never shown inline, never sniffed into
/// something else, never cached by a shared machine's browser.
pub(crate) fn attachment_response(name: &str, content_type: &str, bytes: Bytes) -> Response {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    let disposition = format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}");
    let mut res = bytes.into_response();
    let headers = res.headers_mut();
    let set = |v: &str| HeaderValue::from_str(v).unwrap_or(HeaderValue::from_static(""));
    headers.insert(header::CONTENT_TYPE, set(content_type));
    headers.insert(header::CONTENT_DISPOSITION, set(&disposition));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}
