//! Server components shared by pages.

mod contact;
mod deadline;
mod layout;

pub use contact::{ContactCard, EmergencyNumbers, ServiceContactCard};
pub use deadline::{sentence_with_date, sentence_with_date_args, DeadlineNotice};
pub use layout::{ErrorNotice, Page};
