//! Merge conflicts kept inside the map: where two copies disagree, what the
//! common ancestor, this copy and the other copy said. The map keeps this
//! copy's value (or the entity one side deleted), so it still opens and
//! nothing is lost; the conflict says what to decide.

use serde::{Deserialize, Serialize};

/// The kinds of entity a map holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// The map itself (its title, goal, description).
    Map,
    /// A phase.
    Phase,
    /// A journey.
    Journey,
    /// A step of a journey.
    Step,
    /// A persona.
    Persona,
    /// A content-calendar item.
    Content,
}

/// A field of an entity, named as in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Field {
    Title,
    Goal,
    Description,
    Uid,
    Name,
    Color,
    Width,
    Kpis,
    Persona,
    Journey,
    Phase,
    At,
    Emotion,
    Touchpoint,
    Channel,
    Actions,
    Thoughts,
    PainPoints,
    Opportunities,
    Notes,
    Quote,
    Photo,
    Age,
    Gender,
    Income,
    Location,
    Occupation,
    Interests,
    Values,
    Fears,
    Motivations,
    Goals,
    Challenges,
    OnlineBehaviour,
    Channels,
    Kind,
    Date,
    EndDate,
    Recurrence,
    Steps,
    Status,
    Owner,
    /// The order of a list (the phases, the personas, a journey's steps …).
    Order,
    /// The as-is journey a to-be journey improves on.
    ToBeOf,
    /// A step's evidence (since version 2).
    Evidence,
    /// The evidence of a step's lane items (since version 2).
    Claims,
    /// A step's experiments (since version 2).
    Experiments,
    /// A step's survey scores (since version 2).
    Survey,
}

/// Something two copies of a map changed in different ways.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The kind of entity.
    pub kind: EntityKind,
    /// The entity's id (0 for the map itself; for [`Field::Order`] of steps, the journey's id).
    pub id: u64,
    /// The entity's name or title when the merge was made, to name it in messages.
    pub name: String,
    /// The field the copies disagree on; `None` when one copy deleted the
    /// entity and the other changed it (the map keeps the entity).
    pub field: Option<Field>,
    /// The value in the common ancestor, as RON text; `None` when absent.
    pub base: Option<String>,
    /// The value in this copy (the one the map holds), as RON text; `None` when this copy deleted it.
    pub ours: Option<String>,
    /// The value in the other copy, as RON text; `None` when the other copy deleted it.
    pub theirs: Option<String>,
}
