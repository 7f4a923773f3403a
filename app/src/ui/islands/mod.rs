//! The only code that runs in the browser. Props are serialized into the page, so an
//! island receives already-translated strings and only data its viewer may see; the
//! ones here take none at all.

mod case_list;
mod live_thread;
mod redaction;

pub use case_list::CaseFilter;
pub use live_thread::LiveThread;
pub use redaction::RedactionEditor;
