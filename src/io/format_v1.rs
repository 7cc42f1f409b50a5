//! The schema of format version 1, and its conversion to the current model.
//!
//! Version 1 gave a KPI one `target` and one `actual` text. Version 2 keeps
//! a series of dated measurements; the texts become a target number, a
//! measurement and a unit where they hold a number, and are kept as written
//! where the number and unit do not give them back exactly.

use serde::Deserialize;

use crate::model::{Conflict, ContentItem, Field, Journey, Kpi, Map, Persona, Phase, PhaseId, Rgb};

/// A version-1 map: the current map with version-1 phases.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct MapV1 {
    title: String,
    goal: String,
    description: String,
    phases: Vec<PhaseV1>,
    journeys: Vec<Journey>,
    personas: Vec<Persona>,
    content: Vec<ContentItem>,
    uid: String,
    conflicts: Vec<Conflict>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhaseV1 {
    id: PhaseId,
    name: String,
    #[serde(default)]
    description: String,
    color: Rgb,
    width: f64,
    #[serde(default)]
    kpis: Vec<KpiV1>,
}

/// A version-1 KPI: three texts.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub(super) struct KpiV1 {
    name: String,
    target: String,
    actual: String,
}

impl From<KpiV1> for Kpi {
    fn from(old: KpiV1) -> Kpi {
        Kpi::from_texts(old.name, &old.target, &old.actual)
    }
}

impl From<MapV1> for Map {
    // Fields added to the map after version 2 take their empty value here:
    // the update is needless today and keeps this compiling when they come.
    #[allow(clippy::needless_update)]
    fn from(old: MapV1) -> Map {
        Map {
            title: old.title,
            goal: old.goal,
            description: old.description,
            phases: old
                .phases
                .into_iter()
                .map(|p| Phase {
                    id: p.id,
                    name: p.name,
                    description: p.description,
                    color: p.color,
                    width: p.width,
                    kpis: p.kpis.into_iter().map(Kpi::from).collect(),
                })
                .collect(),
            journeys: old.journeys,
            personas: old.personas,
            content: old.content,
            uid: old.uid,
            conflicts: old.conflicts.into_iter().map(conflict_v2).collect(),
            ..Map::default()
        }
    }
}

/// A conflict over KPIs records them as version-1 RON text: rewrite it in
/// version 2, so deciding the conflict later still reads it.
fn conflict_v2(mut conflict: Conflict) -> Conflict {
    if conflict.field == Some(Field::Kpis) {
        for text in [&mut conflict.base, &mut conflict.ours, &mut conflict.theirs]
            .into_iter()
            .flatten()
        {
            if let Ok(old) = ron::from_str::<Vec<KpiV1>>(text) {
                let kpis: Vec<Kpi> = old.into_iter().map(Kpi::from).collect();
                if let Ok(new) = ron::to_string(&kpis) {
                    *text = new;
                }
            }
        }
    }
    conflict
}
