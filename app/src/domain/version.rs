//! What a caseworker saw: a hash of a document's text and PDF. The decision form
//! carries it, and the decision's transaction refuses when the document no longer
//! hashes to it, so a decision always applies to the version that was read.

use crate::domain::rich_text::{body_to_json, RichText};
use sha2::{Digest, Sha256};

/// Hex SHA-256 over the body (its stored JSON form) and the PDF bytes, each
/// length-prefixed so no two different (body, pdf) pairs can hash the same way.
pub fn content_hash(body: &RichText, pdf: Option<&[u8]>) -> String {
    let body = body_to_json(body);
    let mut h = Sha256::new();
    h.update((body.len() as u64).to_be_bytes());
    h.update(body.as_bytes());
    match pdf {
        Some(bytes) => {
            h.update([1u8]);
            h.update((bytes.len() as u64).to_be_bytes());
            h.update(bytes);
        }
        None => h.update([0u8]),
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rich_text::{Block, BlockKind};

    fn body(t: &str) -> RichText {
        vec![Block::new(BlockKind::Paragraph, t)]
    }

    #[test]
    fn any_change_of_text_or_pdf_changes_the_hash() {
        let base = content_hash(&body("Tekst"), None);
        assert_eq!(base, content_hash(&body("Tekst"), None), "stable");
        assert_eq!(base.len(), 64);
        assert_ne!(base, content_hash(&body("Tekst."), None));
        assert_ne!(base, content_hash(&body("Tekst"), Some(b"")));
        assert_ne!(
            content_hash(&body("Tekst"), Some(b"%PDF-1")),
            content_hash(&body("Tekst"), Some(b"%PDF-2"))
        );
        let heading = vec![Block::new(BlockKind::Heading, "Tekst")];
        assert_ne!(base, content_hash(&heading, None));
    }
}
