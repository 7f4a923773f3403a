//! Server components shared by pages.

mod contact;
mod layout;

pub use contact::{ContactCard, EmergencyNumbers};
pub use layout::{ErrorNotice, Page};
