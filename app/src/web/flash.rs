//! What a form post leaves in the session for the page after its redirect
//! (post-redirect-get): the decision form's flash, and a reviewed decision waiting
//! for the caseworker's confirmation.

use crate::api::dto::{DecisionFlash, DecisionFormInput};
use tower_sessions::Session;

/// Session key of the decision form's flash (written by the server's form handler,
/// taken by the document page).
pub const DECISION_FLASH_KEY: &str = "staff_decision_flash";
/// Session key of a reviewed decision waiting for the caseworker's confirmation.
pub const DECISION_PENDING_KEY: &str = "staff_decision_pending";

/// A reviewed decision waiting for confirmation; kept server-side, so what is written
/// is what was reviewed (the confirmation carries only the token).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct PendingDecision {
    pub token: String,
    pub document_id: String,
    pub input: DecisionFormInput,
}

/// Stores the reviewed decision until it is confirmed.
pub async fn put_pending(
    session: &Session,
    pending: &PendingDecision,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(DECISION_PENDING_KEY, pending).await
}

/// Takes the pending decision if it is the one `token` names (for this document).
pub async fn take_pending(
    session: &Session,
    document_id: &str,
    token: &str,
) -> Result<Option<PendingDecision>, tower_sessions::session::Error> {
    let pending: Option<PendingDecision> = session.get(DECISION_PENDING_KEY).await?;
    match pending {
        Some(p) if p.token == token && p.document_id == document_id => {
            session
                .remove::<PendingDecision>(DECISION_PENDING_KEY)
                .await?;
            Ok(Some(p))
        }
        _ => Ok(None),
    }
}

/// Stores the flash for the next page view.
pub async fn put_flash(
    session: &Session,
    flash: &DecisionFlash,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(DECISION_FLASH_KEY, flash).await
}

/// Takes the flash if it belongs to `document_id` (a flash for another document stays
/// for its own page).
pub async fn take_flash(
    session: &Session,
    document_id: &str,
) -> Result<Option<DecisionFlash>, tower_sessions::session::Error> {
    let flash: Option<DecisionFlash> = session.get(DECISION_FLASH_KEY).await?;
    match flash {
        Some(f) if f.document_id == document_id => {
            session.remove::<DecisionFlash>(DECISION_FLASH_KEY).await?;
            Ok(Some(f))
        }
        _ => Ok(None),
    }
}

/// Session key of a form's flash (the consent and post forms).
pub const FORM_FLASH_KEY: &str = "form_flash";

/// Stores a form's flash for the next view of its page.
pub async fn put_form_flash(
    session: &Session,
    flash: &crate::api::dto::FormFlash,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(FORM_FLASH_KEY, flash).await
}

/// Takes the form flash if it belongs to `page`.
pub async fn take_form_flash(
    session: &Session,
    page: &str,
) -> Result<Option<crate::api::dto::FormFlash>, tower_sessions::session::Error> {
    let flash: Option<crate::api::dto::FormFlash> = session.get(FORM_FLASH_KEY).await?;
    match flash {
        Some(f) if f.page == page => {
            session
                .remove::<crate::api::dto::FormFlash>(FORM_FLASH_KEY)
                .await?;
            Ok(Some(f))
        }
        _ => Ok(None),
    }
}
