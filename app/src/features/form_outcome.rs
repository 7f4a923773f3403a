//! What became of a plain form post, on any page: the server answers each the same
//! way (the receipt, or the form back with its errors and what was typed).

#[derive(Debug, PartialEq, Eq)]
pub enum FormOutcome {
    Saved,
    /// Nothing new stored: the same form was sent before, or what it answers was
    /// answered already.
    Unchanged,
    /// The errors (field, i18n key); nothing stored.
    Refused(Vec<(&'static str, &'static str)>),
    NotFound,
}
