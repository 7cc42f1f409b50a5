//! The journey map: the canvas, the lanes under it, and the inspector.

pub mod access;
pub mod canvas;
mod ghosts;
pub mod inplace;
pub mod inspector;
pub mod lanes;
pub mod paint;
pub mod state;
mod survey_curve;
mod tint;

pub use state::JourneyState;
