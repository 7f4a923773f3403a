//! A party's reply to a document (`SVAR`) or appeal (`KLAGE`): on a vedtak shared with
//! them until its klagefrist, or on their refused innsyn request until its own. The
//! rule is `domain::post::document_thread`; what the party can see of the document is
//! the reading policy's (`features::reading::party_document`). The appeal goes to the
//! service, which either changes the vedtak or sends it on to Statsforvalteren.

use super::citizen::{send_as_party, NewThread};
use super::{PostForm, SendOutcome};
use crate::access::policy::DocumentView;
use crate::api::dto::{Deadline, DocumentThreadForm};
use crate::domain::post::{document_thread, DocumentFacts, DocumentThreadRefusal, ThreadKind};
use crate::domain::DocType;
use crate::features::reading::{party_document, PartyDocument};
use crate::store::files::FileStore;
use crate::store::Db;
use chrono::NaiveDate;

/// The kind a page path names: `svar` or `klage`.
pub fn kind_of(path: &str) -> Option<ThreadKind> {
    match path {
        "svar" => Some(ThreadKind::Svar),
        "klage" => Some(ThreadKind::Klage),
        _ => None,
    }
}

fn facts(d: &PartyDocument) -> DocumentFacts {
    DocumentFacts {
        released: matches!(
            d.view,
            DocumentView::Full { .. } | DocumentView::Redacted { .. }
        ),
        is_vedtak: d.doc.doc_type == DocType::Vedtak,
        appeal_deadline: d.doc.appeal_deadline,
        innsyn_appeal_by: d.innsyn_appeal_by,
    }
}

/// The i18n key of a refusal, with the day a passed deadline was.
fn refusal_text(r: DocumentThreadRefusal) -> (&'static str, Option<NaiveDate>) {
    match r {
        DocumentThreadRefusal::NotReleased => ("post-doc-not-released", None),
        DocumentThreadRefusal::NothingToAppeal => ("post-klage-nothing", None),
        DocumentThreadRefusal::DeadlinePassed(on) => ("post-klage-passed", Some(on)),
    }
}

/// The reply or appeal form for a document the party can see (listed for them), with
/// the deadline, or why it cannot be sent.
pub async fn document_thread_form(
    db: &Db,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    kind: ThreadKind,
    today: NaiveDate,
) -> Result<Option<DocumentThreadForm>, sqlx::Error> {
    let Some(d) = party_document(db, person_id, case_id, document_id, today).await? else {
        return Ok(None);
    };
    let (deadline, refusal) = match document_thread(kind, facts(&d), today) {
        Ok(deadline) => (deadline.map(|on| Deadline::on(on, today)), None),
        Err(r) => {
            let (key, on) = refusal_text(r);
            (None, Some((key.to_string(), on.map(|d| d.to_string()))))
        }
    };
    Ok(Some(DocumentThreadForm {
        case_id: d.case.case.id.clone(),
        document_id: d.doc.id.clone(),
        child_first_name: d.case.main_person.given_name.clone(),
        title: d.doc.title.clone(),
        kind: kind.as_str().to_lowercase(),
        deadline,
        refusal,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// Sends the reply or appeal as a new thread on the document, if the rule allows it on
/// `today` (checked again here: the page may have been open past the klagefrist).
#[allow(clippy::too_many_arguments)]
pub async fn party_send_on_document(
    db: &Db,
    files: &FileStore,
    person_id: &str,
    case_id: &str,
    document_id: &str,
    kind: ThreadKind,
    form: &PostForm,
    today: NaiveDate,
) -> Result<SendOutcome, sqlx::Error> {
    let Some(d) = party_document(db, person_id, case_id, document_id, today).await? else {
        return Ok(SendOutcome::NotFound);
    };
    if let Err(r) = document_thread(kind, facts(&d), today) {
        let key = match r {
            DocumentThreadRefusal::DeadlinePassed(_) => "post-error-klage-passed",
            other => refusal_text(other).0,
        };
        return Ok(SendOutcome::Refused(vec![("", key)], Default::default()));
    }
    let new = NewThread {
        kind,
        document_id: Some(&d.doc.id),
    };
    send_as_party(db, files, person_id, &d.case, None, new, form).await
}

/// Every refusal key (for the i18n check).
pub const DOCUMENT_THREAD_KEYS: &[&str] = &[
    "post-doc-not-released",
    "post-klage-nothing",
    "post-klage-passed",
    "post-error-klage-passed",
];
