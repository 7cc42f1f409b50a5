//! Opening, saving, recovery, and the messages about files and map problems.

crate::strings! {
    /// Opening, saving, recovery, and the messages about files and map problems.
    pub struct Texts {
    }
}
