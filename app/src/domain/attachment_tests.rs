//! The type comes from the content; a renamed program, an empty, oversized, encrypted
//! or broken file is refused with its own reason; names are cleaned.

use super::*;

const MAX: usize = 1024 * 1024;

const PLAIN_PDF: &[u8] = include_bytes!("../../testdata/attachments/plain.pdf");
const ENCRYPTED_PDF: &[u8] = include_bytes!("../../testdata/attachments/encrypted.pdf");
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0";
const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0";
const HEIC: &[u8] = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\0";
/// The first bytes of a Windows program.
const EXE: &[u8] = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0\xB8\0\0\0\0\0\0\0@\0\0\0";

#[test]
fn the_allowed_types_are_recognised_by_their_content() {
    assert_eq!(check(PLAIN_PDF, MAX), Ok(FileKind::Pdf));
    assert_eq!(check(PNG, MAX), Ok(FileKind::Png));
    assert_eq!(check(JPEG, MAX), Ok(FileKind::Jpeg));
    assert_eq!(check(HEIC, MAX), Ok(FileKind::Heic));
}

#[test]
fn a_program_or_text_is_refused_whatever_it_is_called() {
    assert_eq!(check(EXE, MAX), Err(FileRefusal::NotAllowed));
    assert_eq!(check(b"just some text", MAX), Err(FileRefusal::NotAllowed));
    assert_eq!(
        check(b"<html><script>x</script>", MAX),
        Err(FileRefusal::NotAllowed)
    );
}

#[test]
fn empty_and_oversized_files_are_refused() {
    assert_eq!(check(b"", MAX), Err(FileRefusal::Empty));
    let mut big = PNG.to_vec();
    big.resize(MAX + 1, 0);
    assert_eq!(check(&big, MAX), Err(FileRefusal::TooLarge));
    big.truncate(MAX);
    assert_eq!(check(&big, MAX), Ok(FileKind::Png));
}

#[test]
fn an_encrypted_pdf_is_refused_as_such() {
    assert_eq!(check(ENCRYPTED_PDF, MAX), Err(FileRefusal::PdfEncrypted));
}

#[test]
fn a_pdf_that_does_not_open_is_refused_as_broken() {
    assert_eq!(
        check(b"%PDF-1.4\n1 0 obj garbage", MAX),
        Err(FileRefusal::PdfBroken)
    );
    // Cut before its first object (lopdf rebuilds what it can of a longer cut).
    let cut = &PLAIN_PDF[..20];
    assert_eq!(check(cut, MAX), Err(FileRefusal::PdfBroken));
}

#[test]
fn names_lose_folders_markup_and_a_wrong_extension() {
    assert_eq!(
        safe_name("C:\\Users\\kari\\brev.pdf", FileKind::Pdf),
        "brev.pdf"
    );
    assert_eq!(safe_name("../../etc/passwd", FileKind::Pdf), "passwd.pdf");
    assert_eq!(
        safe_name("<script>x</script>.pdf", FileKind::Pdf),
        "script.pdf"
    );
    assert_eq!(
        safe_name("<b onclick=x>alert(1)<b>.pdf", FileKind::Pdf),
        "b onclick_x_alert(1)_b.pdf"
    );
    assert_eq!(safe_name("bilde.png", FileKind::Jpeg), "bilde.jpg");
    assert_eq!(
        safe_name("Møte med skolen 12.3.pdf", FileKind::Pdf),
        "Møte med skolen 12.3.pdf"
    );
    assert_eq!(safe_name("", FileKind::Png), "vedlegg.png");
    assert_eq!(safe_name("...", FileKind::Png), "vedlegg.png");
    assert_eq!(safe_name("a\u{0}b\r\n.pdf", FileKind::Pdf), "a_b.pdf");
    let long = "x".repeat(500);
    let name = safe_name(&format!("{long}.pdf"), FileKind::Pdf);
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    assert!(name.ends_with(".pdf"));
}

#[test]
fn every_refusal_has_its_own_sentence() {
    let mut keys: Vec<&str> = FileRefusal::ALL.iter().map(|r| r.i18n_key()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), FileRefusal::ALL.len());
}
