//! Server components shared by pages.

mod contact;
mod deadline;
mod layout;

pub use contact::{ContactCard, EmergencyNumbers};
pub use deadline::{sentence_with_date, DeadlineNotice};
pub use layout::{ErrorNotice, Page};
