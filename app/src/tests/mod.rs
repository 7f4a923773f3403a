//! Tests that follow a flow across features, against a real database on every backend.
//! A feature's own tests sit beside its code (`foo_tests.rs` next to `foo.rs`).

/// A party asks for innsyn, the caseworker answers with a release, the party reads.
mod innsyn_flow;
/// Every demo person asks for every case, document, PDF and innsyn request.
mod leak_matrix;
