//! The export dialogs, and the words in exported pictures and spreadsheets.

crate::strings! {
    /// The export dialogs, and the words in exported pictures and spreadsheets.
    pub struct Texts {
    }
}
