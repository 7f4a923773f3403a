//! Documents, with the archive rule: what a party has been shown never changes under
//! them.
//!
//! Why this shape: a document that nobody has decided on yet is invisible to every
//! party (NOT_DECIDED), so while it has no release decision the fagsystem may still
//! correct it in place. Once any release decision exists, a caseworker has judged
//! *that* text (shared it, redacted spans of it, withheld it on a legal basis);
//! changing it in place would show parties text nobody judged, and redaction offsets
//! could then expose what was meant to be hidden. So changed content becomes a NEW
//! row (`<id>~<n>`) that supersedes the current version, with no decisions (so
//! NOT_DECIDED for everyone until a caseworker decides), and the old row stays as
//! archive with its decisions. Identical content is a no-op, which keeps repeated
//! PUTs idempotent. Ids from the source system cannot contain `~`, so derived version
//! ids never collide with theirs.
//!
//! The client's key names the first version (`keys`); the client hears of a version as
//! `<key>~<n>`, never by its internal id.

use super::keys::{self, Kind};
use super::{opt_date, own_case, ImportClient, Loc, Written};
use crate::domain::rich_text::{body_to_json, parse_body};
use crate::domain::DocType;
use crate::import::error::ImportError;
use crate::import::payload::DocumentIn;
use crate::import::reader::parse_date;
use crate::import::store::Change;
use crate::store::now_unix;
use sqlx::{AnyConnection, Row};

/// A guard against a cycle in `supersedes_id` (the schema cannot rule one out).
const MAX_VERSIONS: usize = 10_000;

pub async fn put(
    conn: &mut AnyConnection,
    client: &ImportClient,
    loc: &Loc,
    id: &str,
    d: &DocumentIn,
) -> Result<Written, ImportError> {
    let root = keys::lookup(conn, &client.service_id, Kind::Document, id).await?;
    let case_id = own_case(conn, client, &d.case_id, loc.field("case_id")).await?;
    let Some(root) = root else {
        let root = keys::claim(conn, &client.service_id, Kind::Document, id).await?;
        insert(conn, &root, &case_id, d, None).await?;
        return Ok(written(id, &root, &root, &case_id, Change::Created));
    };
    let stored_case: String = sqlx::query("SELECT case_id FROM documents WHERE id = $1")
        .bind(&root)
        .fetch_one(&mut *conn)
        .await?
        .try_get("case_id")?;
    if stored_case != case_id {
        return Err(ImportError::invalid(
            "immutable",
            loc.field("case_id"),
            "a document cannot move to another case",
        ));
    }
    // Locked first (the root, then the version in force), so a caseworker's decision
    // on this version and this correction never interleave: either the decision is
    // written first and the correction becomes a new version, or the correction lands
    // first and the decision is refused as made on another version.
    crate::store::lock_document(conn, &root).await?;
    let (current, versions) = current_version(conn, &root).await?;
    if current != root {
        crate::store::lock_document(conn, &current).await?;
    }
    if same_content(conn, &current, d).await? {
        return Ok(written(id, &root, &current, &case_id, Change::Unchanged));
    }
    if !has_decisions(conn, &current).await? {
        update(conn, &current, d).await?;
        return Ok(written(id, &root, &current, &case_id, Change::Updated));
    }
    let mut n = versions + 1;
    let new_id = loop {
        let candidate = format!("{root}~{n}");
        if sqlx::query("SELECT 1 AS one FROM documents WHERE id = $1")
            .bind(&candidate)
            .fetch_optional(&mut *conn)
            .await?
            .is_none()
        {
            break candidate;
        }
        n += 1;
    };
    insert(conn, &new_id, &case_id, d, Some(&current)).await?;
    Ok(written(id, &root, &new_id, &case_id, Change::Superseded))
}

/// `version` is internal (`root` or `<root>~<n>`); the client hears it under its key.
fn written(id: &str, root: &str, version: &str, case_id: &str, result: Change) -> Written {
    let suffix = version.strip_prefix(root).unwrap_or_default();
    Written {
        kind: "document",
        id: id.to_string(),
        result,
        version_id: Some(format!("{id}{suffix}")),
        case_id: Some(case_id.to_string()),
        person_id: None,
        document_id: Some(version.to_string()),
    }
}

/// The newest version in the chain that starts at `id`, and how many versions it has.
async fn current_version(
    conn: &mut AnyConnection,
    id: &str,
) -> Result<(String, usize), ImportError> {
    let mut current = id.to_string();
    for count in 1..=MAX_VERSIONS {
        let next = sqlx::query(
            "SELECT id FROM documents WHERE supersedes_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(&current)
        .fetch_optional(&mut *conn)
        .await?;
        match next {
            Some(row) => current = row.try_get("id")?,
            None => return Ok((current, count)),
        }
    }
    tracing::error!(document = id, "supersedes chain too long or cyclic");
    Err(ImportError::internal())
}

async fn same_content(
    conn: &mut AnyConnection,
    version: &str,
    d: &DocumentIn,
) -> Result<bool, ImportError> {
    let row = sqlx::query(
        "SELECT doc_type, title, doc_date, body, pdf, appeal_deadline FROM documents WHERE id = $1",
    )
    .bind(version)
    .fetch_one(&mut *conn)
    .await?;
    let body: String = row.try_get("body")?;
    let pdf: Option<Vec<u8>> = row.try_get("pdf")?;
    let deadline: Option<String> = row.try_get("appeal_deadline")?;
    Ok(
        DocType::parse(&row.try_get::<String, _>("doc_type")?) == Some(d.doc_type)
            && row.try_get::<String, _>("title")? == d.title
            && parse_date(&row.try_get::<String, _>("doc_date")?) == Some(d.doc_date)
            && parse_body(&body).ok().as_ref() == Some(&d.body)
            && pdf == d.pdf
            && deadline.as_deref().and_then(parse_date) == d.appeal_deadline,
    )
}

async fn has_decisions(conn: &mut AnyConnection, version: &str) -> Result<bool, ImportError> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM release_decisions WHERE document_id = $1")
            .bind(version)
            .fetch_optional(&mut *conn)
            .await?
            .is_some(),
    )
}

/// A new row, with no release decision: NOT_DECIDED (invisible) for every party.
async fn insert(
    conn: &mut AnyConnection,
    id: &str,
    case_id: &str,
    d: &DocumentIn,
    supersedes: Option<&str>,
) -> Result<(), ImportError> {
    sqlx::query(
        "INSERT INTO documents (id, case_id, doc_type, title, doc_date, body, pdf, \
         appeal_deadline, supersedes_id, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(id)
    .bind(case_id)
    .bind(d.doc_type.as_str())
    .bind(&d.title)
    .bind(d.doc_date.to_string())
    .bind(body_to_json(&d.body))
    .bind(d.pdf.clone())
    .bind(opt_date(d.appeal_deadline))
    .bind(supersedes)
    .bind(now_unix())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Corrects a version nobody has decided on yet (see the module comment).
async fn update(
    conn: &mut AnyConnection,
    version: &str,
    d: &DocumentIn,
) -> Result<(), ImportError> {
    sqlx::query(
        "UPDATE documents SET doc_type = $2, title = $3, doc_date = $4, body = $5, pdf = $6, \
         appeal_deadline = $7 WHERE id = $1",
    )
    .bind(version)
    .bind(d.doc_type.as_str())
    .bind(&d.title)
    .bind(d.doc_date.to_string())
    .bind(body_to_json(&d.body))
    .bind(d.pdf.clone())
    .bind(opt_date(d.appeal_deadline))
    .execute(&mut *conn)
    .await?;
    Ok(())
}
