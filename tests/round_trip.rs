//! Random maps survive save → load unchanged, and saving twice gives the same bytes.

use chrono::NaiveDate;
use klantreis::io;
use klantreis::model::*;
use proptest::collection::vec;
use proptest::prelude::*;

/// Text as consultants type it: Dutch diacritics, emoji, quotes, newlines,
/// control characters, empty and very long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z ëéèïöüàçÉ'\"\\\\\n\t😀🚚✨,()\\[\\]:]{0,24}",
        1 => Just(String::new()),
        1 => any::<String>(),
        1 => "[a-zë ]{2000,6000}",
    ]
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    vec(text(), 0..3)
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>().prop_filter("finite", |x| x.is_finite()),
        -3.0..=3.0f64,
        0.0..=1.0f64
    ]
}

fn color() -> impl Strategy<Value = Rgb> {
    any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Rgb(r, g, b))
}

fn channel() -> impl Strategy<Value = Option<Channel>> {
    prop_oneof![
        Just(None),
        (0..Channel::LISTED.len()).prop_map(|i| Some(Channel::LISTED[i].clone())),
        text().prop_map(|t| Some(Channel::Other(t))),
    ]
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (-100_000i32..1_000_000)
        .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or(NaiveDate::MIN))
}

fn step() -> impl Strategy<Value = Step> {
    (
        (
            any::<u64>(),
            any::<u64>(),
            number(),
            number(),
            text(),
            text(),
            channel(),
        ),
        (texts(), texts(), texts(), texts(), text(), survey()),
    )
        .prop_map(
            |(
                (id, phase, at, emotion, title, touchpoint, channel),
                (a, t, p, o, notes, survey),
            )| Step {
                id: StepId(id),
                phase: PhaseId(phase),
                at,
                emotion,
                title,
                touchpoint,
                channel,
                actions: a,
                thoughts: t,
                pain_points: p,
                opportunities: o,
                notes,
                survey,
                ..Step::new(StepId(0), PhaseId(0), 0.0, 0.0, "")
            },
        )
}

/// Survey scores as an import leaves them (since version 2).
fn survey() -> impl Strategy<Value = Vec<SurveyScore>> {
    vec(
        (
            proptest::option::of(date()),
            number(),
            0..SurveyScale::ALL.len(),
            any::<u32>(),
        )
            .prop_map(|(date, score, scale, respondents)| SurveyScore {
                date,
                score,
                scale: SurveyScale::ALL[scale],
                respondents,
            }),
        0..3,
    )
}

/// Dated measurements of a KPI (since version 2).
fn measurements() -> impl Strategy<Value = Vec<Measurement>> {
    vec(
        (
            proptest::option::of(date()),
            number(),
            proptest::option::of(number()),
        )
            .prop_map(|(date, value, target)| Measurement {
                date,
                value,
                target,
            }),
        0..4,
    )
}

fn persona() -> impl Strategy<Value = Persona> {
    (
        (
            any::<u64>(),
            text(),
            text(),
            proptest::option::of(vec(any::<u8>(), 0..64)),
        ),
        (text(), text(), text(), text(), text()),
        (texts(), texts(), texts(), texts()),
        (texts(), texts(), texts(), vec(channel(), 0..3), text()),
    )
        .prop_map(
            |((id, name, quote, photo), d, p, (goals, challenges, online, channels, notes))| {
                Persona {
                    id: PersonaId(id),
                    name,
                    quote,
                    photo: photo.map(|bytes| Photo { bytes }),
                    demographics: Demographics {
                        age: d.0,
                        gender: d.1,
                        income: d.2,
                        location: d.3,
                        occupation: d.4,
                    },
                    psychographics: Psychographics {
                        interests: p.0,
                        values: p.1,
                        fears: p.2,
                        motivations: p.3,
                    },
                    goals,
                    challenges: challenges.into_iter().chain(online.clone()).collect(),
                    online_behaviour: online,
                    channels: channels.into_iter().flatten().collect(),
                    notes,
                }
            },
        )
}

fn content_type() -> impl Strategy<Value = ContentType> {
    prop_oneof![
        Just(ContentType::BlogPost),
        Just(ContentType::Video),
        Just(ContentType::Webinar),
        Just(ContentType::LoyaltyOffer),
        text().prop_map(ContentType::Other),
    ]
}

fn content() -> impl Strategy<Value = ContentItem> {
    (
        (
            any::<u64>(),
            text(),
            content_type(),
            channel(),
            date(),
            proptest::option::of(date()),
        ),
        (
            any::<u64>(),
            proptest::option::of(any::<u64>()),
            vec(any::<u64>(), 0..3),
            text(),
            text(),
            text(),
        ),
        (0..3usize, 0..4usize),
    )
        .prop_map(
            |(
                (id, title, kind, channel, date, end_date),
                (phase, persona, steps, owner, goal, notes),
                (r, s),
            )| {
                ContentItem {
                    id: ContentId(id),
                    title,
                    kind,
                    channel,
                    date,
                    end_date,
                    recurrence: [Recurrence::Once, Recurrence::Weekly, Recurrence::Monthly][r],
                    phase: PhaseId(phase),
                    persona: persona.map(PersonaId),
                    steps: steps.into_iter().map(StepId).collect(),
                    status: [
                        Status::Idea,
                        Status::Planned,
                        Status::InProduction,
                        Status::Published,
                    ][s],
                    owner,
                    goal,
                    notes,
                }
            },
        )
}

fn map() -> impl Strategy<Value = Map> {
    let phase = (
        any::<u64>(),
        text(),
        text(),
        color(),
        number(),
        vec((text(), text(), text(), measurements()), 0..3),
    )
        .prop_map(|(id, name, description, color, width, kpis)| Phase {
            id: PhaseId(id),
            name,
            description,
            color,
            width,
            kpis: kpis
                .into_iter()
                .map(|(name, target, actual, measurements)| Kpi {
                    measurements,
                    ..Kpi::from_texts(name, &target, &actual)
                })
                .collect(),
        });
    let journey = (
        any::<u64>(),
        text(),
        color(),
        proptest::option::of(any::<u64>()),
        vec(step(), 0..6),
    )
        .prop_map(|(id, name, color, persona, steps)| Journey {
            to_be_of: None,
            id: JourneyId(id),
            name,
            color,
            persona: persona.map(PersonaId),
            steps,
        });
    (
        text(),
        text(),
        text(),
        vec(phase, 0..6),
        vec(journey, 0..4),
        vec(persona(), 0..3),
        vec(content(), 0..4),
        prop_oneof![Just(String::new()), "[0-9a-f]{32}"],
    )
        .prop_map(
            |(title, goal, description, phases, journeys, personas, content, uid)| Map {
                snapshots: Vec::new(),
                title,
                goal,
                description,
                phases,
                journeys,
                personas,
                content,
                uid,
                conflicts: Vec::new(),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_map_survives_text_round_trip_unchanged(map in map()) {
        let text = io::to_ron(&map);
        let back = io::from_ron(&text).map_err(|e| TestCaseError::fail(format!("{e:?}\n{text}")))?;
        prop_assert_eq!(&back, &map);
        prop_assert_eq!(io::to_ron(&back), text);
    }

    #[test]
    fn any_map_survives_save_and_load_with_identical_bytes(map in map()) {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("map.ron");
        io::save(&path, &map).expect("first save");
        let first = std::fs::read(&path).expect("read");
        let loaded = io::load(&path).expect("load");
        prop_assert_eq!(&loaded.map, &map);
        io::save(&path, &loaded.map).expect("second save");
        prop_assert_eq!(std::fs::read(&path).expect("read"), first);
    }
}
