//! The inspector of steps, phases and journeys, and the personas panel and cards.

crate::strings! {
    /// The inspector of steps, phases and journeys, and the personas panel and cards.
    pub struct Texts {
    }
}
