//! Pure domain model: no web, no SQL.
//!
//! Everything here works on plain values so it can be tested exhaustively without a
//! database. Who may see what is decided in `access`, on these values.

pub mod age;
pub mod attachment;
pub mod audit;
pub mod case_innsyn;
pub mod clock;
pub mod consent;
pub mod deadline;
pub mod grounds;
pub mod minutes;
pub mod model;
pub mod notice;
pub mod post;
pub mod rich_text;
pub mod version;
pub mod working_days;

pub use model::*;
pub use rich_text::{Block, BlockKind, RedactedBlock, RedactedText, Redaction, RichText, Segment};
