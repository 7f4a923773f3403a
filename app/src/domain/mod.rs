//! Pure domain model and the access policy: no web, no SQL.
//!
//! Everything here works on plain values so it can be tested exhaustively without a
//! database. The access policy (`policy`) is the only place that decides what a
//! citizen may see; pages and server functions ask it and never decide on their own.

pub mod age;
pub mod deadline;
pub mod grounds;
pub mod model;
pub mod policy;
pub mod rich_text;
pub mod version;

pub use model::*;
pub use rich_text::{Block, BlockKind, RedactedBlock, RedactedText, Redaction, RichText, Segment};
