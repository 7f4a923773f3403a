//! What someone typed into a form whose session ended before they sent it.
//!
//! The login middleware keeps the posted fields in the (new) session before it sends
//! the browser to log in; after the login the form's page takes them back once and
//! shows them with a line saying nothing was sent. The text never travels in a URL
//! and never reaches anyone but the person it was typed by: every form carries an
//! owner tag derived from the logged-in principal (`form_owner`), and the draft is
//! handed back only to a login with the same tag. Someone else logging in on the
//! same browser gets nothing, and the draft is dropped.

use crate::web::auth::Principal;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tower_sessions::Session;

/// Session key of the one kept form.
pub const DRAFT_KEY: &str = "form_draft";
/// The hidden field every form that can be restored carries.
pub const OWNER_FIELD: &str = "form_owner";
/// Posted bodies larger than this are not kept (the forms hold a few KB of text).
pub const MAX_DRAFT_BYTES: usize = 64 * 1024;

/// A form posted without a valid session, waiting for its author to log in again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormDraft {
    pub owner: String,
    /// The page the form is on (where the user returns after the login).
    pub page: String,
    pub fields: Vec<(String, String)>,
}

/// The tag of the person or employee a form was rendered for. A hash, so the page does
/// not carry an identifier in clear; kind-prefixed, so a citizen's and an employee's
/// ids can never match each other.
pub fn owner_tag(principal: &Principal) -> String {
    let subject = match principal {
        Principal::Citizen { person_id } => format!("citizen\0{person_id}"),
        Principal::Staff { staff_id, .. } => format!("staff\0{staff_id}"),
    };
    let digest = Sha256::digest(format!("minsak form owner\0{subject}").as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The page a form action belongs to: actions live at `{page}/{verb}`
/// (`/sak/1/dokumenter/2/innsyn` is posted from `/sak/1/dokumenter/2`).
pub fn page_of_action(action_path: &str) -> Option<&str> {
    let trimmed = action_path.trim_end_matches('/');
    let (page, verb) = trimmed.rsplit_once('/')?;
    (!page.is_empty() && !verb.is_empty()).then_some(page)
}

/// A draft from a posted form body, if the form carries an owner tag (forms that do
/// not, and posts that are not ours, are not kept).
pub fn draft_from_post(action_path: &str, body: &[u8]) -> Option<FormDraft> {
    let pairs = form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned()));
    draft_from_fields(action_path, pairs.collect())
}

/// A draft from a form's fields however they were posted (urlencoded or multipart),
/// if they carry an owner tag.
pub fn draft_from_fields(action_path: &str, posted: Vec<(String, String)>) -> Option<FormDraft> {
    let page = page_of_action(action_path)?;
    let mut owner = None;
    let mut fields = Vec::new();
    for (k, v) in posted {
        if k == OWNER_FIELD {
            owner = Some(v);
        } else {
            fields.push((k, v));
        }
    }
    Some(FormDraft {
        owner: owner.filter(|o| !o.is_empty())?,
        page: page.to_string(),
        fields,
    })
}

/// Keeps `draft` in the session (replacing an older one: only the last form counts).
pub async fn keep(
    session: &Session,
    draft: &FormDraft,
) -> Result<(), tower_sessions::session::Error> {
    session.insert(DRAFT_KEY, draft).await
}

/// The fields kept for `page`, once, if `principal` typed them. A draft of another
/// person is dropped; a draft for another page stays for that page.
pub async fn take(
    session: &Session,
    principal: &Principal,
    page: &str,
) -> Result<Option<Vec<(String, String)>>, tower_sessions::session::Error> {
    let Some(draft) = session.get::<FormDraft>(DRAFT_KEY).await? else {
        return Ok(None);
    };
    let owner = owner_tag(principal);
    if draft.owner != owner {
        session.remove::<FormDraft>(DRAFT_KEY).await?;
        return Ok(None);
    }
    if draft.page != page {
        return Ok(None);
    }
    session.remove::<FormDraft>(DRAFT_KEY).await?;
    Ok(Some(draft.fields))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use tower_sessions::MemoryStore;

    fn citizen(id: &str) -> Principal {
        Principal::Citizen {
            person_id: id.into(),
        }
    }

    fn session() -> Session {
        Session::new(None, Arc::new(MemoryStore::default()), None)
    }

    #[test]
    fn a_form_action_belongs_to_the_page_above_it() {
        assert_eq!(
            page_of_action("/sak/c1/dokumenter/d1/innsyn"),
            Some("/sak/c1/dokumenter/d1")
        );
        assert_eq!(
            page_of_action("/ansatt/sak/c1/dokument/d1/beslutning"),
            Some("/ansatt/sak/c1/dokument/d1")
        );
        assert_eq!(page_of_action("/innsyn"), None);
        assert_eq!(page_of_action("/"), None);
    }

    #[test]
    fn owner_tags_differ_per_person_and_per_kind() {
        let staff = Principal::Staff {
            staff_id: "p1".into(),
            unit_id: "u".into(),
            roles: vec![],
        };
        assert_eq!(owner_tag(&citizen("p1")), owner_tag(&citizen("p1")));
        assert_ne!(owner_tag(&citizen("p1")), owner_tag(&citizen("p2")));
        assert_ne!(owner_tag(&citizen("p1")), owner_tag(&staff));
        assert!(!owner_tag(&citizen("p1")).contains("p1"));
    }

    #[test]
    fn only_posts_with_an_owner_tag_are_kept() {
        let body = format!("message=Hei+p%C3%A5+deg&{OWNER_FIELD}=abc");
        let draft = draft_from_post("/sak/c1/dokumenter/d1/innsyn", body.as_bytes());
        assert_eq!(
            draft,
            Some(FormDraft {
                owner: "abc".into(),
                page: "/sak/c1/dokumenter/d1".into(),
                fields: vec![("message".into(), "Hei på deg".into())],
            })
        );
        assert_eq!(
            draft_from_post("/sak/c1/dokumenter/d1/innsyn", b"message=x"),
            None
        );
        assert_eq!(
            draft_from_post(
                "/sak/c1/dokumenter/d1/innsyn",
                format!("{OWNER_FIELD}=").as_bytes()
            ),
            None
        );
    }

    #[tokio::test]
    async fn the_author_gets_the_text_back_once_and_nobody_else_gets_it() {
        let s = session();
        let page = "/sak/c1/dokumenter/d1";
        let draft = FormDraft {
            owner: owner_tag(&citizen("far")),
            page: page.into(),
            fields: vec![("message".into(), "min tekst".into())],
        };
        keep(&s, &draft).await.expect("keep");
        // Another page of the same person leaves it for its own page.
        assert_eq!(
            take(&s, &citizen("far"), "/sak/c1").await.expect("take"),
            None
        );
        assert_eq!(
            take(&s, &citizen("far"), page).await.expect("take"),
            Some(draft.fields.clone())
        );
        assert_eq!(take(&s, &citizen("far"), page).await.expect("take"), None);

        // Someone else logging in on the same browser: dropped, not handed over.
        keep(&s, &draft).await.expect("keep");
        assert_eq!(take(&s, &citizen("mor"), page).await.expect("take"), None);
        assert_eq!(take(&s, &citizen("far"), page).await.expect("take"), None);
    }
}
