//! The journey map as plain data: no egui, no I/O, no words (their names
//! and every sentence about them come from `i18n`, which sits above).

mod channel;
mod color;
mod conflict;
mod content;
pub mod evidence;
pub mod experiment;
pub mod generate;
mod ids;
mod lane;
mod map;
mod measure;
pub mod packed;
mod persona;
mod snapshot;
mod template;
mod validate;

pub use channel::Channel;
pub use color::Rgb;
pub use conflict::{Conflict, EntityKind, Field};
pub use content::{ContentItem, ContentType, Recurrence, Status, monthly};
pub use evidence::{Backing, Claim, Evidence};
pub use experiment::{ClaimProblem, ClaimRepair, Experiment, ExperimentStatus};
pub use ids::{ContentId, JourneyId, PersonaId, PhaseId, StepId, derived_id, fresh_ids};
pub use lane::Lane;
pub use map::{Emotion, Journey, Kpi, Map, Phase, Step};
pub use measure::{
    BadMeasure, MeasureAt, Measured, Measurement, MetricRow, OnTarget, SurveyRow, SurveyScale,
    SurveyScore, format_amount, parse_amount, parse_number, parse_number_in,
};
pub use packed::PackFault;
pub use persona::{Demographics, Persona, Photo, Psychographics};
pub use snapshot::{
    IterationProblem, IterationRepair, MAX_SNAPSHOTS, Snapshot, SnapshotId, content_of,
    merge_snapshots, repair_iterations, restored, snapshot_photos, unpack_snapshots,
    unpacked_sizes, validate_iterations,
};
pub use template::{PhaseTemplate, PhaseWords};
pub use validate::{Entity, PhotoFault, Problem, Repair, UnassignedPhase, repair, validate};
