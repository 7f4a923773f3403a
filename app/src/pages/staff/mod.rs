//! The caseworker workbench pages (under /ansatt).

mod cases;
mod landing;
mod workbench;

pub use cases::StaffCases;
pub use landing::StaffLanding;
pub use workbench::{
    StaffCaseView, StaffDocument, StaffPreviewCase, StaffPreviewDocument, StaffQueue,
};
