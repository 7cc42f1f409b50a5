//! A small map made the way older Klantreis versions numbered ids (1, 2, 3 …),
//! and helpers to change it, for the merge and diff tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use klantreis::model::{
    ContentId, ContentItem, ContentType, Journey, JourneyId, Map, Persona, PersonaId, Phase,
    PhaseId, Rgb, Step, StepId,
};

/// A day.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// A step with lanes.
pub fn step(id: u64, phase: u64, at: f64, emotion: f64, title: &str) -> Step {
    Step::new(StepId(id), PhaseId(phase), at, emotion, title)
}

/// A phase.
pub fn phase(id: u64, name: &str) -> Phase {
    Phase {
        id: PhaseId(id),
        name: name.to_owned(),
        description: String::new(),
        color: Rgb(0xa8, 0xd0, 0xf0),
        width: 10.0,
        kpis: Vec::new(),
    }
}

/// A content item.
pub fn item(id: u64, title: &str, phase: u64, date: NaiveDate) -> ContentItem {
    ContentItem::new(
        ContentId(id),
        title,
        ContentType::BlogPost,
        PhaseId(phase),
        date,
    )
}

/// Three phases, two journeys of two and three steps, two personas, three content items.
pub fn base_map() -> Map {
    let mut sees = step(11, 1, 0.3, 0.0, "Sees an ad");
    sees.actions = vec!["Scrolls Instagram".to_owned()];
    sees.pain_points = vec!["Too many ads".to_owned()];
    let mut reviews = step(12, 2, 0.5, -2.0, "Checks reviews");
    reviews.notes = "Reads three sites.\nTrusts stars.\nSkips long texts.".to_owned();
    reviews.thoughts = vec!["Is this brand any good?".to_owned()];
    let pays = step(13, 3, 0.7, 1.0, "Pays with iDEAL");
    let mut bas = Persona::new(PersonaId(2), "Bas");
    bas.goals = vec!["Pay little".to_owned()];
    let mut guide = item(1, "Buying guide", 1, day(2027, 3, 3));
    guide.steps = vec![StepId(11)];
    let mut review_mail = item(2, "Review mail", 3, day(2027, 3, 10));
    review_mail.persona = Some(PersonaId(2));
    Map {
        title: "Buying a kettle".to_owned(),
        goal: "Find where shoppers give up.".to_owned(),
        description: "Workshop in Utrecht.\nWith the web team.\nSpring 2027.".to_owned(),
        phases: vec![
            phase(1, "Awareness"),
            phase(2, "Consideration"),
            phase(3, "Purchase"),
        ],
        journeys: vec![
            Journey {
                to_be_of: None,
                id: JourneyId(1),
                name: "Petra buys".to_owned(),
                color: Rgb(0x1f, 0x77, 0xb4),
                persona: Some(PersonaId(1)),
                steps: vec![sees, reviews, pays],
            },
            Journey {
                to_be_of: None,
                id: JourneyId(2),
                name: "Bas compares".to_owned(),
                color: Rgb(0xd6, 0x27, 0x28),
                persona: Some(PersonaId(2)),
                steps: vec![
                    step(21, 1, 0.5, 0.0, "Searches"),
                    step(22, 2, 0.5, -1.0, "Compares prices"),
                ],
            },
        ],
        personas: vec![Persona::new(PersonaId(1), "Petra"), bas],
        content: vec![
            guide,
            review_mail,
            item(3, "Newsletter", 2, day(2027, 4, 1)),
        ],
        ..Map::default()
    }
}

/// The step with this id.
pub fn step_mut(map: &mut Map, id: u64) -> &mut Step {
    map.journeys
        .iter_mut()
        .flat_map(|j| j.steps.iter_mut())
        .find(|s| s.id.0 == id)
        .expect("the step is in the map")
}

/// The phase with this id.
pub fn phase_mut(map: &mut Map, id: u64) -> &mut Phase {
    map.phases
        .iter_mut()
        .find(|p| p.id.0 == id)
        .expect("the phase")
}

/// The journey with this id.
pub fn journey_mut(map: &mut Map, id: u64) -> &mut Journey {
    map.journeys
        .iter_mut()
        .find(|j| j.id.0 == id)
        .expect("the journey")
}

/// The persona with this id.
pub fn persona_mut(map: &mut Map, id: u64) -> &mut Persona {
    map.personas
        .iter_mut()
        .find(|p| p.id.0 == id)
        .expect("the persona")
}

/// The content item with this id.
pub fn content_mut(map: &mut Map, id: u64) -> &mut ContentItem {
    map.content
        .iter_mut()
        .find(|c| c.id.0 == id)
        .expect("the item")
}

/// Removes the step with this id.
pub fn remove_step(map: &mut Map, id: u64) {
    for journey in &mut map.journeys {
        journey.steps.retain(|s| s.id.0 != id);
    }
}

/// Inserts a step into a journey after the step `after` (at the start for 0).
pub fn insert_step(map: &mut Map, journey: u64, after: u64, step: Step) {
    let steps = &mut journey_mut(map, journey).steps;
    let at = steps
        .iter()
        .position(|s| s.id.0 == after)
        .map_or(0, |i| i + 1);
    steps.insert(at, step);
}

/// Every id of every kind, to check none is there twice.
pub fn duplicate_ids(map: &Map) -> Vec<String> {
    let mut found = Vec::new();
    let mut check = |kind: &str, ids: Vec<u64>| {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !seen.insert(id) {
                found.push(format!("{kind} {id}"));
            }
        }
    };
    check("phase", map.phases.iter().map(|p| p.id.0).collect());
    check("journey", map.journeys.iter().map(|j| j.id.0).collect());
    check("step", map.steps().map(|s| s.id.0).collect());
    check("persona", map.personas.iter().map(|p| p.id.0).collect());
    check("content", map.content.iter().map(|c| c.id.0).collect());
    found
}
