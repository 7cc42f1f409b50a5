//! The journey map as plain data: no egui, no I/O.

mod channel;
mod color;
mod conflict;
mod content;
pub mod generate;
mod ids;
mod map;
mod persona;
pub mod suggest;
mod template;
mod validate;

pub use channel::Channel;
pub use color::Rgb;
pub use conflict::{Conflict, EntityKind, Field};
pub use content::{ContentItem, ContentType, Recurrence, Status, monthly};
pub use ids::{ContentId, JourneyId, PersonaId, PhaseId, StepId, derived_id, fresh_ids};
pub use map::{Emotion, Journey, Kpi, Map, Phase, Step};
pub use persona::{Demographics, Persona, Photo, Psychographics};
pub use template::{Language, PhaseTemplate};
pub use validate::{Problem, repair, validate};
