//! A party's reply to a document (`SVAR`) or appeal (`KLAGE`): on a vedtak shared with
//! them until its klagefrist, or on their refused innsyn request until its own (also
//! the answer to a request to see the whole case: a `KLAGE` thread of the case). The
//! rule is `domain::post::document_thread`; what the party can see of the document is
//! the reading policy's (`features::reading::party_document`). The appeal goes to the
//! service, which either changes the vedtak or sends it on to Statsforvalteren.

use super::citizen::{send_as_party, NewThread};
use super::{PostForm, SendOutcome};
use crate::access::policy::DocumentView;
use crate::api::dto::{Deadline, DocumentThreadForm};
use crate::domain::post::{document_thread, DocumentFacts, DocumentThreadRefusal, ThreadKind};
use crate::domain::DocType;
use crate::features::party::{visible_case_of, VisibleCase};
use crate::features::reading::{innsyn_appeal_by, party_document, PartyDocument};
use crate::store::files::FileStore;
use crate::store::innsyn::Subject;
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

/// The deadline shown with the form, or why it cannot be sent (an i18n key, with the day
/// a passed deadline was).
type FormState = (Option<Deadline>, Option<(String, Option<String>)>);

fn form_state(kind: ThreadKind, facts: DocumentFacts, today: NaiveDate) -> FormState {
    match document_thread(kind, facts, today) {
        Ok(deadline) => (deadline.map(|on| Deadline::on(on, today)), None),
        Err(r) => {
            let (key, on) = refusal_text(r);
            (None, Some((key.to_string(), on.map(|d| d.to_string()))))
        }
    }
}

/// Checked again at sending (the page may have been open past the klagefrist): the
/// refusal, if the rule says no on `today`.
fn refused_at_sending(
    kind: ThreadKind,
    facts: DocumentFacts,
    today: NaiveDate,
) -> Option<SendOutcome> {
    let r = document_thread(kind, facts, today).err()?;
    let key = match r {
        DocumentThreadRefusal::DeadlinePassed(_) => "post-error-klage-passed",
        other => refusal_text(other).0,
    };
    Some(SendOutcome::Refused(vec![("", key)], Default::default()))
}

/// What the rule needs of the party's request to see the whole case: only its
/// appeal, until three weeks after a refusal or a partial grant.
async fn case_facts(db: &Db, v: &VisibleCase) -> Result<DocumentFacts, sqlx::Error> {
    let subject = Subject::Case(&v.case.id);
    Ok(DocumentFacts {
        released: false,
        is_vedtak: false,
        appeal_deadline: None,
        innsyn_appeal_by: innsyn_appeal_by(db, subject, v.access.viewer_id()).await?,
    })
}

/// The appeal form on the answer to the party's request to see the whole case, with
/// its deadline, or why it cannot be sent; `None` when the case is not theirs.
pub async fn case_klage_form(
    db: &Db,
    person_id: &str,
    case_id: &str,
    today: NaiveDate,
) -> Result<Option<DocumentThreadForm>, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(None);
    };
    let (deadline, refusal) = form_state(ThreadKind::Klage, case_facts(db, &v).await?, today);
    Ok(Some(DocumentThreadForm {
        case_id: v.case.id.clone(),
        about: format!("/sak/{}/innsyn", v.case.id),
        child_first_name: v.main_person.given_name.clone(),
        title: None,
        kind: "klage".to_string(),
        deadline,
        refusal,
        token: uuid::Uuid::new_v4().to_string(),
    }))
}

/// Sends the appeal on the answer to the party's request to see the whole case, as a
/// `KLAGE` thread of the case, if the rule allows it on `today`.
pub async fn party_send_case_klage(
    db: &Db,
    files: &FileStore,
    person_id: &str,
    case_id: &str,
    form: &PostForm,
    today: NaiveDate,
) -> Result<SendOutcome, sqlx::Error> {
    let Some(v) = visible_case_of(db, person_id, case_id, today).await? else {
        return Ok(SendOutcome::NotFound);
    };
    if let Some(refusal) = refused_at_sending(ThreadKind::Klage, case_facts(db, &v).await?, today) {
        return Ok(refusal);
    }
    let new = NewThread {
        kind: ThreadKind::Klage,
        document_id: None,
    };
    send_as_party(db, files, person_id, &v, None, new, form).await
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
    let (deadline, refusal) = form_state(kind, facts(&d), today);
    Ok(Some(DocumentThreadForm {
        case_id: d.case.case.id.clone(),
        about: format!("/sak/{}/dokumenter/{}", d.case.case.id, d.doc.id),
        child_first_name: d.case.main_person.given_name.clone(),
        title: Some(d.doc.title.clone()),
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
    if let Some(refusal) = refused_at_sending(kind, facts(&d), today) {
        return Ok(refusal);
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
