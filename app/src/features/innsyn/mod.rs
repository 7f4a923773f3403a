//! Innsyn requests: a party asks to see a document withheld from them (or the hidden
//! parts of one partly shared), and the caseworker answers through a release decision.
//! The requests themselves are stored by `store::innsyn`; the document page shows the
//! party's own latest request (`reading`).

mod citizen;
mod staff;

pub use citizen::{request_innsyn, RequestOutcome};
pub use staff::open_innsyn_requests;
