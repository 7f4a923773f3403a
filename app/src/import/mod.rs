//! The import API's core, independent of HTTP: what the municipality's case-management
//! system (fagsystem) may push in, how it is checked, and how it is written. The HTTP
//! layer (authentication, routes, OpenAPI) is in the server crate's `import` module.
//!
//! - `payload`: pure parsing and validation into typed values (every error names the
//!   JSON path of its field);
//! - `store`: one transaction per request, service checks, the document archive rule,
//!   audit entries.

pub mod error;
pub mod payload;
pub mod reader;
pub mod store;

#[cfg(test)]
mod consent_tests;
#[cfg(test)]
mod payload_tests;
#[cfg(test)]
mod store_tests;
#[cfg(test)]
mod tenancy_tests;

pub use error::{ImportError, Status};
pub use payload::Limits;
pub use store::{apply, batch_writes, Change, ImportClient, Loc, Write, Written};
