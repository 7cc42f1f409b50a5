//! The journey canvas, its legend and the lanes under it.

crate::strings! {
    /// The journey canvas, its legend and the lanes under it.
    pub struct Texts {
    }
}
