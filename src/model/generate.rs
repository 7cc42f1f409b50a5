//! Generated maps of any size, for benchmarks and tests. Deterministic: the
//! same size always gives the same map.

use chrono::{Days, NaiveDate};

use super::{
    Channel, ContentId, ContentItem, ContentType, Demographics, Journey, JourneyId, Map, Persona,
    PersonaId, PhaseTemplate, Photo, Psychographics, Recurrence, Rgb, Status, Step, StepId,
};

/// How large a generated map is.
#[derive(Clone, Copy, Debug)]
pub struct MapSize {
    /// Steps in all, spread over the journeys.
    pub steps: usize,
    /// Journeys (curves).
    pub journeys: usize,
    /// Personas.
    pub personas: usize,
    /// Content-calendar items.
    pub content: usize,
    /// Roughly how many characters each lane text has.
    pub text_len: usize,
    /// Bytes of each persona's photo (0: no photo).
    pub photo_bytes: usize,
}

impl MapSize {
    /// The large map the benchmarks use: 10,000 steps over 5 journeys,
    /// 50 personas, 2,000 content items.
    pub const LARGE: MapSize = MapSize {
        steps: 10_000,
        journeys: 5,
        personas: 50,
        content: 2_000,
        text_len: 40,
        photo_bytes: 0,
    };
}

/// A small deterministic pseudo-random generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const WORDS: [&str; 16] = [
    "klant",
    "zoekt",
    "reviews",
    "prijs",
    "levering",
    "Daniëlle",
    "webshop",
    "twijfelt",
    "compares",
    "delivery",
    "checkout",
    "trust",
    "label",
    "origin",
    "newsletter",
    "support",
];

fn text(rng: &mut Rng, len: usize) -> String {
    let mut out = String::with_capacity(len + 12);
    while out.chars().count() < len {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(WORDS[rng.below(WORDS.len())]);
    }
    out
}

/// A map of the given size on the five-phase template.
pub fn generated_map(size: MapSize) -> Map {
    let mut rng = Rng(0x6b6c_616e_7472_6569);
    // A five-phase map; its names are data here, not interface words.
    let mut map = PhaseTemplate::map_with(
        "Generated map",
        &[
            ("Awareness", &["Traffic", "Reach"]),
            ("Consideration", &["Downloads"]),
            ("Decision", &["Conversion rate"]),
            ("Retention", &["Retention rate", "NPS"]),
            ("Advocacy", &["Referrals"]),
        ],
    );
    // The same size gives the same map, identity included.
    map.uid = format!("generated-{}-steps", size.steps);
    map.title = "Generated map".to_owned();
    map.goal = text(&mut rng, size.text_len);
    map.description = text(&mut rng, size.text_len * 4);
    let phase_ids: Vec<_> = map.phases.iter().map(|p| p.id).collect();

    map.personas = (0..size.personas)
        .map(|i| {
            let mut persona = Persona::new(PersonaId(i as u64 + 1), &format!("Persona {i}"));
            persona.quote = text(&mut rng, size.text_len);
            persona.demographics = Demographics {
                age: format!("{}", 18 + i % 60),
                gender: "—".to_owned(),
                income: "modaal".to_owned(),
                location: "Utrecht".to_owned(),
                occupation: text(&mut rng, 12),
            };
            persona.psychographics = Psychographics {
                interests: vec![text(&mut rng, size.text_len)],
                values: vec![text(&mut rng, size.text_len)],
                fears: vec![text(&mut rng, size.text_len)],
                motivations: vec![text(&mut rng, size.text_len)],
            };
            persona.goals = vec![text(&mut rng, size.text_len); 2];
            persona.challenges = vec![text(&mut rng, size.text_len); 2];
            persona.online_behaviour = vec![text(&mut rng, size.text_len)];
            persona.channels = vec![Channel::Search, Channel::Social];
            if size.photo_bytes > 0 {
                let bytes = (0..size.photo_bytes).map(|_| rng.next() as u8).collect();
                persona.photo = Some(Photo { bytes });
            }
            persona
        })
        .collect();

    let journeys = size.journeys.max(1);
    let mut next_step = 1;
    map.journeys = (0..journeys)
        .map(|j| {
            let count = size.steps / journeys + usize::from(j < size.steps % journeys);
            let steps = (0..count)
                .map(|_| {
                    let mut step = Step::new(
                        StepId(next_step),
                        phase_ids[rng.below(phase_ids.len())],
                        rng.unit(),
                        (rng.unit() * 6.0 - 3.0).clamp(-3.0, 3.0),
                        &text(&mut rng, 24),
                    );
                    next_step += 1;
                    step.touchpoint = text(&mut rng, 16);
                    step.channel = Some(Channel::LISTED[rng.below(Channel::LISTED.len())].clone());
                    step.actions = vec![text(&mut rng, size.text_len)];
                    step.thoughts = vec![text(&mut rng, size.text_len)];
                    step.pain_points = vec![text(&mut rng, size.text_len)];
                    step.opportunities = vec![text(&mut rng, size.text_len)];
                    step
                })
                .collect();
            Journey {
                to_be_of: None,
                id: JourneyId(j as u64 + 1),
                name: format!("Journey {j}"),
                color: Rgb(rng.next() as u8, rng.next() as u8, rng.next() as u8),
                persona: (size.personas > 0).then(|| PersonaId((j % size.personas) as u64 + 1)),
                steps,
            }
        })
        .collect();

    let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap_or_default();
    map.content = (0..size.content)
        .map(|i| ContentItem {
            id: ContentId(i as u64 + 1),
            title: text(&mut rng, 30),
            kind: ContentType::BlogPost,
            channel: Some(Channel::Website),
            date: start + Days::new(rng.below(365) as u64),
            end_date: None,
            recurrence: Recurrence::Once,
            phase: phase_ids[rng.below(phase_ids.len())],
            persona: (size.personas > 0).then(|| PersonaId(rng.below(size.personas) as u64 + 1)),
            steps: Vec::new(),
            status: Status::Planned,
            owner: "Marketing".to_owned(),
            goal: text(&mut rng, 20),
            notes: text(&mut rng, size.text_len),
        })
        .collect();
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_map_has_the_asked_size_and_is_sound() {
        let size = MapSize {
            steps: 103,
            journeys: 5,
            personas: 4,
            content: 20,
            text_len: 10,
            photo_bytes: 16,
        };
        let map = generated_map(size);
        assert_eq!(map.steps().count(), 103);
        assert_eq!(map.journeys.len(), 5);
        assert_eq!(map.personas.len(), 4);
        assert_eq!(map.content.len(), 20);
        assert_eq!(crate::model::validate(&map), vec![]);
    }
}
