//! Server components shared by pages.

mod contact;
mod deadline;
mod kept_form;
mod layout;

pub use contact::{ContactCard, EmergencyNumbers};
pub use deadline::{sentence_with_date, DeadlineNotice};
pub use kept_form::{FormOwner, RestoredNotice};
pub use layout::{ErrorNotice, Page};
