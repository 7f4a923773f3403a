//! Server components shared by pages.

mod contact;
mod layout;

pub use contact::ContactCard;
pub use layout::{ErrorNotice, Page};
