//! Structured document text and redaction.
//!
//! Bodies are stored as a JSON list of blocks (`[{"kind":"p","text":"..."}]`) and
//! rendered with escaping, never as raw HTML. Redaction removes characters: the
//! output of [`redact`] does not contain them in any form, so nothing downstream
//! (HTML, island props, PDF, search) can leak them by mistake.

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// The visual role of a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BlockKind {
    #[serde(rename = "h")]
    Heading,
    #[serde(rename = "p")]
    Paragraph,
    #[serde(rename = "li")]
    ListItem,
}

/// One heading, paragraph or list item of plain text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

impl Block {
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Block {
        Block {
            kind,
            text: text.into(),
        }
    }
}

/// A document body.
pub type RichText = Vec<Block>;

/// Text as it is stored: line breaks as LF (a CRLF from a Windows case system would
/// count as two characters here and one in the browser, which normalises it), Unicode
/// NFC (one code point per accented letter wherever it came from), and no control
/// characters but LF and tab (a browser shows NUL as U+FFFD, another offset shift).
/// Applied at intake, so the redaction editor's offsets and the server's agree.
pub fn normalize_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .nfc()
        .collect()
}

/// [`normalize_text`] for every block of a body.
pub fn normalize_body(body: RichText) -> RichText {
    body.into_iter()
        .map(|b| Block {
            kind: b.kind,
            text: normalize_text(&b.text),
        })
        .collect()
}

/// Reads a body as stored in `documents.body`.
pub fn parse_body(json: &str) -> Result<RichText, serde_json::Error> {
    serde_json::from_str(json)
}

/// Serializes a body for `documents.body`.
pub fn body_to_json(body: &RichText) -> String {
    // Serializing plain strings and enums cannot fail.
    serde_json::to_string(body).unwrap_or_else(|_| "[]".to_string())
}

/// A redacted span: characters `start..end` (char offsets, end exclusive) of block
/// `block`. Char offsets, not bytes, so an editor in the browser and the server agree
/// and a span can never split a UTF-8 sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Redaction {
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

/// A span as the redaction editor sends it: the offsets and the exact text they hide,
/// so a span that does not cover what the caseworker selected is refused rather than
/// hiding the wrong words (and showing the right ones).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotedRedaction {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub quote: String,
}

/// The text of block `block` from char `start` to `end`, if the block and range exist.
pub fn text_at(body: &RichText, block: usize, start: usize, end: usize) -> Option<String> {
    let b = body.get(block)?;
    (start <= end && end <= b.text.chars().count())
        .then(|| b.text.chars().skip(start).take(end - start).collect())
}

/// Checks each quoted span against the server's own text, then strictly as
/// [`validate_redactions`] does; returns the plain spans to store.
pub fn check_quoted(
    body: &RichText,
    spans: &[QuotedRedaction],
) -> Result<Vec<Redaction>, RedactionError> {
    let plain: Vec<Redaction> = spans
        .iter()
        .map(|s| Redaction {
            block: s.block,
            start: s.start,
            end: s.end,
        })
        .collect();
    validate_redactions(body, &plain)?;
    for (index, s) in spans.iter().enumerate() {
        if text_at(body, s.block, s.start, s.end).as_deref() != Some(s.quote.as_str()) {
            return Err(RedactionError::QuoteMismatch { index });
        }
    }
    Ok(plain)
}

/// A piece of a redacted block: kept text, or a marker where text was removed. The
/// marker carries no length, so not even the size of the removed text leaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Text(String),
    Redacted,
}

/// A block after redaction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedactedBlock {
    pub kind: BlockKind,
    pub segments: Vec<Segment>,
}

/// A body after redaction: the only form in which a partly shared body leaves the server.
pub type RedactedText = Vec<RedactedBlock>;

/// Why a set of spans was refused by [`validate_redactions`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedactionError {
    NoSuchBlock {
        index: usize,
    },
    Empty {
        index: usize,
    },
    OutOfRange {
        index: usize,
    },
    Overlapping {
        first: usize,
        second: usize,
    },
    /// The server's text at the span's offsets is not what the editor said it hid.
    QuoteMismatch {
        index: usize,
    },
}

impl std::fmt::Display for RedactionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RedactionError::NoSuchBlock { index } => write!(f, "span {index}: no such block"),
            RedactionError::Empty { index } => write!(f, "span {index}: empty span"),
            RedactionError::OutOfRange { index } => {
                write!(f, "span {index}: goes past the end of the block")
            }
            RedactionError::Overlapping { first, second } => {
                write!(f, "spans {first} and {second} overlap")
            }
            RedactionError::QuoteMismatch { index } => {
                write!(
                    f,
                    "span {index}: the text at these offsets is not the quoted text"
                )
            }
        }
    }
}

impl std::error::Error for RedactionError {}

/// Strict check for spans coming from the redaction editor: each span must be
/// non-empty, inside an existing block, and not overlap another. [`redact`] itself is
/// forgiving (it clamps and merges) so a stored decision always renders safely; this
/// check makes the editor say what is wrong instead of silently adjusting.
pub fn validate_redactions(body: &RichText, spans: &[Redaction]) -> Result<(), RedactionError> {
    for (index, span) in spans.iter().enumerate() {
        let block = body
            .get(span.block)
            .ok_or(RedactionError::NoSuchBlock { index })?;
        if span.start >= span.end {
            return Err(RedactionError::Empty { index });
        }
        if span.end > block.text.chars().count() {
            return Err(RedactionError::OutOfRange { index });
        }
    }
    for (first, a) in spans.iter().enumerate() {
        for (second, b) in spans.iter().enumerate().skip(first + 1) {
            if a.block == b.block && a.start < b.end && b.start < a.end {
                return Err(RedactionError::Overlapping { first, second });
            }
        }
    }
    Ok(())
}

/// Removes the redacted characters. Spans past the end are clamped, overlapping and
/// adjacent spans merge into one marker, spans on missing blocks are ignored.
pub fn redact(body: &RichText, spans: &[Redaction]) -> RedactedText {
    body.iter()
        .enumerate()
        .map(|(index, block)| {
            let chars: Vec<char> = block.text.chars().collect();
            let mut hidden = vec![false; chars.len()];
            for span in spans.iter().filter(|s| s.block == index) {
                let end = span.end.min(chars.len());
                for flag in hidden.iter_mut().take(end).skip(span.start) {
                    *flag = true;
                }
            }
            RedactedBlock {
                kind: block.kind,
                segments: segments_of(&chars, &hidden),
            }
        })
        .collect()
}

/// Groups characters into runs of kept text and single markers for hidden runs.
fn segments_of(chars: &[char], hidden: &[bool]) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut current = String::new();
    for (c, is_hidden) in chars.iter().zip(hidden) {
        if *is_hidden {
            if !current.is_empty() {
                segments.push(Segment::Text(std::mem::take(&mut current)));
            }
            if segments.last() != Some(&Segment::Redacted) {
                segments.push(Segment::Redacted);
            }
        } else {
            current.push(*c);
        }
    }
    if !current.is_empty() {
        segments.push(Segment::Text(current));
    }
    segments
}

/// The kept text of a redacted body, blocks separated by newlines, markers shown as
/// `replacement` (for plain-text exports and tests).
pub fn redacted_plain_text(text: &RedactedText, replacement: &str) -> String {
    text.iter()
        .map(|block| {
            block
                .segments
                .iter()
                .map(|s| match s {
                    Segment::Text(t) => t.as_str(),
                    Segment::Redacted => replacement,
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(text: &str) -> Block {
        Block::new(BlockKind::Paragraph, text)
    }

    #[test]
    fn json_format_matches_the_stored_body() {
        let body = vec![Block::new(BlockKind::Heading, "Vedtak"), p("Tekst æøå")];
        let json = body_to_json(&body);
        assert_eq!(
            json,
            r#"[{"kind":"h","text":"Vedtak"},{"kind":"p","text":"Tekst æøå"}]"#
        );
        assert_eq!(parse_body(&json).expect("parse"), body);
        assert!(parse_body(r#"[{"kind":"script","text":"x"}]"#).is_err());
    }

    #[test]
    fn redaction_removes_the_characters_and_keeps_the_rest() {
        let body = vec![p("Melder er Hilde, lærer."), p("Resten")];
        let out = redact(
            &body,
            &[Redaction {
                block: 0,
                start: 10,
                end: 15,
            }],
        );
        assert_eq!(
            out[0].segments,
            vec![
                Segment::Text("Melder er ".into()),
                Segment::Redacted,
                Segment::Text(", lærer.".into())
            ]
        );
        assert_eq!(out[1].segments, vec![Segment::Text("Resten".into())]);
    }

    #[test]
    fn intake_normalises_line_breaks_composition_and_controls() {
        assert_eq!(normalize_text("a\r\nb\rc\nd"), "a\nb\nc\nd");
        // "e" + combining acute becomes one code point.
        assert_eq!(normalize_text("Rene\u{301}e"), "Ren\u{e9}e");
        assert_eq!(normalize_text("x\u{0}y\u{7}z\tw"), "xyz\tw");
        let emoji_rtl = "👨‍👩‍👧 مرحبا שלום";
        assert_eq!(
            normalize_text(emoji_rtl),
            emoji_rtl,
            "already normal text is kept"
        );
    }

    #[test]
    fn a_quoted_span_must_hide_exactly_its_quote() {
        let body = vec![
            p(&normalize_text("Linje én\r\nMelder er Hilde.")),
            p("👩‍⚕️ Dr. Sara"),
        ];
        let ok = |block, start, end, quote: &str| QuotedRedaction {
            block,
            start,
            end,
            quote: quote.into(),
        };
        let spans = check_quoted(&body, &[ok(0, 19, 24, "Hilde"), ok(1, 9, 13, "Sara")])
            .expect("quotes match");
        assert_eq!(spans.len(), 2);
        let out = redacted_plain_text(&redact(&body, &spans), "█");
        assert!(!out.contains("Hilde") && !out.contains("Sara"), "{out}");
        // Offsets counted on CRLF text would be one off: the quote catches it.
        assert_eq!(
            check_quoted(&body, &[ok(0, 20, 25, "Hilde")]),
            Err(RedactionError::QuoteMismatch { index: 0 })
        );
        assert_eq!(
            check_quoted(&body, &[ok(1, 0, 3, "👩")]),
            Err(RedactionError::QuoteMismatch { index: 0 })
        );
        assert_eq!(
            check_quoted(&body, &[ok(0, 19, 40, "Hilde")]),
            Err(RedactionError::OutOfRange { index: 0 })
        );
    }

    #[test]
    fn offsets_are_chars_not_bytes() {
        let body = vec![p("æøå secret")];
        let out = redact(
            &body,
            &[Redaction {
                block: 0,
                start: 4,
                end: 10,
            }],
        );
        assert_eq!(redacted_plain_text(&out, "█"), "æøå █");
    }

    #[test]
    fn overlapping_adjacent_and_out_of_range_spans_are_safe() {
        let body = vec![p("abcdefghij")];
        let spans = [
            Redaction {
                block: 0,
                start: 2,
                end: 5,
            },
            Redaction {
                block: 0,
                start: 4,
                end: 6,
            },
            Redaction {
                block: 0,
                start: 6,
                end: 7,
            },
            Redaction {
                block: 0,
                start: 9,
                end: 400,
            },
            Redaction {
                block: 7,
                start: 0,
                end: 3,
            },
            Redaction {
                block: 0,
                start: 8,
                end: 3,
            },
        ];
        let out = redact(&body, &spans);
        assert_eq!(
            out[0].segments,
            vec![
                Segment::Text("ab".into()),
                Segment::Redacted,
                Segment::Text("hi".into()),
                Segment::Redacted
            ]
        );
    }

    #[test]
    fn validation_rejects_what_the_editor_must_not_store() {
        let body = vec![p("abcdef")];
        let span = |block, start, end| Redaction { block, start, end };
        assert_eq!(validate_redactions(&body, &[span(0, 0, 6)]), Ok(()));
        assert_eq!(
            validate_redactions(&body, &[span(1, 0, 1)]),
            Err(RedactionError::NoSuchBlock { index: 0 })
        );
        assert_eq!(
            validate_redactions(&body, &[span(0, 3, 3)]),
            Err(RedactionError::Empty { index: 0 })
        );
        assert_eq!(
            validate_redactions(&body, &[span(0, 3, 7)]),
            Err(RedactionError::OutOfRange { index: 0 })
        );
        assert_eq!(
            validate_redactions(&body, &[span(0, 0, 2), span(0, 1, 3)]),
            Err(RedactionError::Overlapping {
                first: 0,
                second: 1
            })
        );
        assert_eq!(
            validate_redactions(&body, &[span(0, 0, 2), span(0, 2, 3)]),
            Ok(())
        );
    }

    /// Short bodies with non-ASCII letters, so char/byte confusion would show.
    fn body_strategy() -> impl Strategy<Value = RichText> {
        prop::collection::vec("[a-zæøå ]{0,40}", 1..4)
            .prop_map(|texts| texts.iter().map(|t| p(t)).collect())
    }

    fn spans_strategy() -> impl Strategy<Value = Vec<Redaction>> {
        prop::collection::vec(
            (0usize..5, 0usize..50, 0usize..50).prop_map(|(block, start, end)| Redaction {
                block,
                start,
                end,
            }),
            0..6,
        )
    }

    proptest! {
        #[test]
        fn no_redacted_char_survives(body in body_strategy(), spans in spans_strategy()) {
            let out = redact(&body, &spans);
            prop_assert_eq!(out.len(), body.len());
            for (index, block) in body.iter().enumerate() {
                let chars: Vec<char> = block.text.chars().collect();
                let expected: String = chars
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| !spans.iter().any(|s| s.block == index && s.start <= *i && *i < s.end))
                    .map(|(_, c)| *c)
                    .collect();
                let kept: String = out[index]
                    .segments
                    .iter()
                    .filter_map(|s| match s { Segment::Text(t) => Some(t.as_str()), Segment::Redacted => None })
                    .collect();
                // Exactly the unredacted chars survive, in order: every redacted one is gone.
                prop_assert_eq!(kept, expected);
                // Markers never repeat back to back, text runs are never empty.
                for pair in out[index].segments.windows(2) {
                    prop_assert!(!(pair[0] == Segment::Redacted && pair[1] == Segment::Redacted));
                }
                prop_assert!(!out[index].segments.contains(&Segment::Text(String::new())));
            }
        }

        #[test]
        fn a_secret_inside_a_span_never_appears(prefix in "[a-z ]{0,20}", suffix in "[a-z ]{0,20}", pad_left in 0usize..3, pad_right in 0usize..3) {
            let secret = "LEAK-REDACTED-1";
            let text = format!("{prefix}{secret}{suffix}");
            let start = prefix.chars().count().saturating_sub(pad_left);
            let end = (prefix.chars().count() + secret.len() + pad_right).min(text.chars().count());
            let out = redact(&vec![p(&text)], &[Redaction { block: 0, start, end }]);
            let plain = redacted_plain_text(&out, "");
            prop_assert!(!plain.contains("LEAK"));
            let json = serde_json::to_string(&out).expect("json");
            prop_assert!(!json.contains("LEAK"));
        }

        #[test]
        fn valid_spans_pass_validation(body in body_strategy(), cut in 0usize..40) {
            let len = body[0].text.chars().count();
            if len > 0 {
                let start = cut % len;
                let span = Redaction { block: 0, start, end: len };
                prop_assert_eq!(validate_redactions(&body, &[span]), Ok(()));
            }
        }
    }
}
