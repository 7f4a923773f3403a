//! What the browser gets: the shell, pages (server components), components and the
//! islands (the only code that runs in the browser).

pub mod app;
pub mod components;
pub mod islands;
pub mod pages;
