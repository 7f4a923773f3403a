//! What a file attached to a message may be: of a type on a short list decided by the
//! content (never the name), within the size limit (the page states it, so the caller
//! passes it), and a PDF that opens without a password. Names are cleaned before they are stored or
//! shown. Pure: the bytes in, a kind or the reason in plain words out.

use super::model::db_enum;
use serde::{Deserialize, Serialize};

/// Characters kept of a file's name.
pub const MAX_NAME_CHARS: usize = 100;

db_enum!(
    /// The types a message may carry, each with its MIME type as stored.
    FileKind {
        Pdf => "application/pdf",
        Jpeg => "image/jpeg",
        Png => "image/png",
        Heic => "image/heic",
    }
);

impl FileKind {
    /// The extension a stored name ends with.
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpg",
            FileKind::Png => "png",
            FileKind::Heic => "heic",
        }
    }
}

/// Why a file is not attached. Each has a sentence in the user's language
/// (`i18n_key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileRefusal {
    Empty,
    TooLarge,
    TooMany,
    /// Not one of the allowed types, whatever its name says.
    NotAllowed,
    /// A PDF that needs a password to open.
    PdfEncrypted,
    /// Says it is a PDF but cannot be opened as one.
    PdfBroken,
}

impl FileRefusal {
    pub fn i18n_key(self) -> &'static str {
        match self {
            FileRefusal::Empty => "post-file-empty",
            FileRefusal::TooLarge => "post-file-too-large",
            FileRefusal::TooMany => "post-file-too-many",
            FileRefusal::NotAllowed => "post-file-type",
            FileRefusal::PdfEncrypted => "post-file-encrypted",
            FileRefusal::PdfBroken => "post-file-broken",
        }
    }
    pub const ALL: [FileRefusal; 6] = [
        FileRefusal::Empty,
        FileRefusal::TooLarge,
        FileRefusal::TooMany,
        FileRefusal::NotAllowed,
        FileRefusal::PdfEncrypted,
        FileRefusal::PdfBroken,
    ];
}

/// The kind of `bytes`, or why they cannot be attached.
pub fn check(bytes: &[u8], max_bytes: usize) -> Result<FileKind, FileRefusal> {
    if bytes.is_empty() {
        return Err(FileRefusal::Empty);
    }
    if bytes.len() > max_bytes {
        return Err(FileRefusal::TooLarge);
    }
    let kind = match infer::get(bytes).map(|t| t.mime_type()) {
        Some("application/pdf") => FileKind::Pdf,
        Some("image/jpeg") => FileKind::Jpeg,
        Some("image/png") => FileKind::Png,
        Some("image/heif") => FileKind::Heic,
        _ => return Err(FileRefusal::NotAllowed),
    };
    if kind == FileKind::Pdf {
        check_pdf(bytes)?;
    }
    Ok(kind)
}

/// A PDF the service can open: it parses, has a page, and needs no password.
fn check_pdf(bytes: &[u8]) -> Result<(), FileRefusal> {
    match lopdf::Document::load_mem(bytes) {
        Ok(doc) if doc.is_encrypted() => Err(FileRefusal::PdfEncrypted),
        Ok(doc) if doc.get_pages().is_empty() => Err(FileRefusal::PdfBroken),
        Ok(_) => Ok(()),
        // lopdf stops at some encryption schemes before it can say so.
        Err(_) if has_encrypt_entry(bytes) => Err(FileRefusal::PdfEncrypted),
        Err(_) => Err(FileRefusal::PdfBroken),
    }
}

fn has_encrypt_entry(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// A name safe to store, show and offer as a download: no folders, no control or
/// markup characters, at most `MAX_NAME_CHARS`, ending in the extension of what the
/// file is (a `.exe` renamed `.pdf` never gets this far; a JPEG named `.png` is named
/// `.jpg`).
pub fn safe_name(original: &str, kind: FileKind) -> String {
    let base = base_name(original);
    let stem = match base.rsplit_once('.') {
        Some((stem, _)) => stem,
        None => base,
    };
    let cleaned: String = stem
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '(' | ')' | ',' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let trimmed = cleaned.trim_matches(|c: char| c == '.' || c == ' ' || c == '_');
    let ext = kind.extension();
    let room = MAX_NAME_CHARS - ext.len() - 1;
    let stem: String = trimmed.chars().take(room).collect();
    let stem = if stem.trim().is_empty() {
        "vedlegg".to_string()
    } else {
        stem.trim_end().to_string()
    };
    format!("{stem}.{ext}")
}

/// A posted name without the folders some browsers send with it.
pub fn base_name(name: &str) -> &str {
    name.rsplit(['/', '\\']).next().unwrap_or_default()
}

#[cfg(test)]
#[path = "attachment_tests.rs"]
mod tests;
