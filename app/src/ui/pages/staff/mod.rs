//! The caseworker workbench pages (under /ansatt).

mod cases;
pub(crate) mod consents;
mod innsyn;
mod landing;
mod minutes;
pub(crate) mod post;
pub(crate) mod workbench;

pub use cases::StaffCases;
pub use consents::{StaffConsentPage, StaffConsents, StaffNewConsent};
pub use innsyn::{StaffCaseInnsynPage, StaffInnsyn};
pub use landing::StaffLanding;
pub use minutes::StaffMinutesPage;
pub use post::{StaffCasePost, StaffInbox, StaffThreadPage};
pub use workbench::{
    StaffCaseView, StaffDocument, StaffPreviewCase, StaffPreviewDocument, StaffQueue,
};
