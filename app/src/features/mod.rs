//! One folder per capability, the citizen and the staff side together. Each loads what
//! `access` needs through `store`, asks `access`, and records what it did in `audit`.

/// "Who has looked at my case": a party's view of their case's audit log.
pub mod access_log;
/// Samtykker: asked by the service, answered and withdrawn by the parties.
pub mod consent;
/// What became of a plain form post (the server answers each the same way).
pub mod form_outcome;
/// Innsyn requests: asked by a party, answered through a release decision.
pub mod innsyn;
/// Minutes for comment: a møtereferat opened for corrections, answered by the service.
pub mod minutes;
/// Notices: telling a party by e-mail or SMS that something new is waiting, never what.
pub mod notices;
/// A party's access to one case, loaded and audited: the base of the party-facing ones.
pub mod party;
/// Digital post: threads between a party and the service, the service's inbox.
pub mod post;
/// What a party reads: cases, documents, the barnevernvakt; staff preview as a party.
pub mod reading;
/// The caseworker's workbench: per-document, per-party release decisions.
pub mod release;
/// A case a staff member was let in to, with its child (the staff sides' base).
pub mod staff_case;
