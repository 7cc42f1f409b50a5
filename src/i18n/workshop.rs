//! Workshop mode: the walk-through, quick capture, sticky notes and the timer.

crate::strings! {
    /// Workshop mode: the walk-through, quick capture, sticky notes and the timer.
    pub struct Texts {
    }
}
