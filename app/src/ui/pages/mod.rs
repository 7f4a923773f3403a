//! One module per page. Each page is a server component whose data comes from one
//! server function.

pub(crate) mod access_log;
mod case_innsyn;
pub(crate) mod case_overview;
pub(crate) mod consent;
pub(crate) mod document;
pub(crate) mod documents;
mod error;
pub(crate) mod forms;
mod landing;
mod logged_out;
mod login_failed;
mod minutes;
mod my_cases;
pub(crate) mod post;
pub(crate) mod staff;

pub use access_log::AccessLogPage;
pub use case_innsyn::CaseInnsynPage;
pub use case_overview::CaseOverview;
pub use consent::ConsentPage;
pub use document::DocumentReader;
pub use documents::Documents;
pub use error::{error_page_keys, ErrorPage, NotFound};
pub use landing::Landing;
pub use logged_out::LoggedOut;
pub use login_failed::{LoginFailed, StaffLoginFailed};
pub use minutes::MinutesCommentsPage;
pub use my_cases::MyCases;
#[cfg(feature = "ssr")]
pub use post::message_html;
pub use post::{CaseKlagePage, DocumentThreadPage, PartyThreadPage, PartyThreadsPage};
pub use staff::{
    StaffCaseInnsynPage, StaffCasePost, StaffCaseView, StaffCases, StaffConsentPage, StaffConsents,
    StaffDocument, StaffInbox, StaffInnsyn, StaffLanding, StaffMinutesPage, StaffNewConsent,
    StaffPreviewCase, StaffPreviewDocument, StaffQueue, StaffThreadPage,
};
