//! Who may see and decide what: every citizen and staff rule, on plain values (no web,
//! no SQL), so it can be tested exhaustively. Features load rows, ask here, and pass on
//! only what the answer allows.

pub mod policy;
mod staff;

pub use staff::StaffCtx;
