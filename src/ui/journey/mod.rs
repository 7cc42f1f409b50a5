//! The journey map: the canvas, the lanes under it, and the inspector.

pub mod access;
pub mod canvas;
mod ghosts;
pub mod inspector;
pub mod lanes;
mod measured;
pub mod paint;
pub mod state;

pub use state::JourneyState;
