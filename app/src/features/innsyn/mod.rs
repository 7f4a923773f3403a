//! Innsyn requests: a party asks to see a document withheld from them (or the hidden
//! parts of one partly shared), and the caseworker answers through a release decision;
//! or a party asks to see the whole case, and the caseworker answers in words after
//! deciding its documents (`whole_case`). The requests themselves are stored by
//! `store::innsyn`; the document page shows the party's own latest request (`reading`).

mod citizen;
mod staff;
mod whole_case;

pub use citizen::{request_innsyn, RequestOutcome};
pub use staff::open_innsyn_requests;
pub use whole_case::{
    answer_case_innsyn, case_innsyn_page, request_case_innsyn, staff_case_innsyn, AnswerOutcome,
};

#[cfg(test)]
mod whole_case_tests;
