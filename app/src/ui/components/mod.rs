//! Server components shared by pages.

mod contact;
mod deadline;
mod kept_form;
mod layout;

pub use contact::{ContactCard, EmergencyNumbers, ServiceContactCard};
pub use deadline::{sentence_with_date, sentence_with_date_args, DeadlineNotice};
pub use kept_form::{FormOwner, RestoredNotice};
pub use layout::{ErrorNotice, Page};
