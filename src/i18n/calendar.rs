//! The content calendar, the content table and the content item inspector.

crate::strings! {
    /// The content calendar, the content table and the content item inspector.
    pub struct Texts {
    }
}
