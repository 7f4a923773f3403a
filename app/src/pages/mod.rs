//! One module per page. Each page is a server component whose data comes from one
//! server function.

mod case_overview;
mod document;
mod documents;
mod landing;
mod logged_out;
mod login_failed;
mod my_cases;
mod not_found;

pub use case_overview::CaseOverview;
pub use document::DocumentReader;
pub use documents::Documents;
pub use landing::Landing;
pub use logged_out::LoggedOut;
pub use login_failed::LoginFailed;
pub use my_cases::MyCases;
pub use not_found::NotFound;
