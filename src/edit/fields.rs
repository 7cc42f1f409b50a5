//! The fields of every entity, listed once: how each one merges (as a value,
//! as text, as a list of lines, as a list of ids), how a merge conflict on it
//! is decided, and how a change to it is shown by the diff.

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::SurveyScore;
use crate::model::{
    Channel, Conflict, ContentItem, ContentType, EntityKind, Field, Journey, JourneyId, Kpi, Map,
    Persona, PersonaId, Phase, PhaseId, Photo, Recurrence, Rgb, Status, Step, StepId,
};

/// What the merge of one entity's fields needs to record a conflict.
pub(crate) struct FieldMerge<'a> {
    pub kind: EntityKind,
    pub id: u64,
    pub name: &'a str,
    pub conflicts: &'a mut Vec<Conflict>,
}

/// A value as RON text, for a conflict record.
pub(crate) fn ron_text<T: Serialize + ?Sized>(value: &T) -> String {
    ron::to_string(value).unwrap_or_default()
}

/// The merged value when at most one side changed it (or both made the same change).
pub(crate) fn one_side<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Option<T> {
    if ours == theirs || theirs == base {
        Some(ours.clone())
    } else if ours == base {
        Some(theirs.clone())
    } else {
        None
    }
}

impl FieldMerge<'_> {
    fn conflict<T: Serialize>(&mut self, field: Field, base: &T, ours: &T, theirs: &T) {
        self.conflicts.push(Conflict {
            kind: self.kind,
            id: self.id,
            name: self.name.to_owned(),
            field: Some(field),
            base: Some(ron_text(base)),
            ours: Some(ron_text(ours)),
            theirs: Some(ron_text(theirs)),
        });
    }

    /// A field that is replaced as a whole: one side's change wins, two different changes conflict.
    pub fn value<T: PartialEq + Clone + Serialize>(
        &mut self,
        field: Field,
        base: &T,
        ours: &T,
        theirs: &T,
    ) -> T {
        one_side(base, ours, theirs).unwrap_or_else(|| {
            self.conflict(field, base, ours, theirs);
            ours.clone()
        })
    }

    /// Text: changes to different lines merge.
    pub fn text(&mut self, field: Field, base: &String, ours: &String, theirs: &String) -> String {
        if let Some(merged) = one_side(base, ours, theirs) {
            return merged;
        }
        // Every line ends with a line break while merging, so a change to
        // the last line merges like any other.
        let ended = |text: &String| format!("{text}\n");
        match diffy::merge(&ended(base), &ended(ours), &ended(theirs)) {
            Ok(mut merged) => {
                merged.pop();
                merged
            }
            Err(_) => {
                self.conflict(field, base, ours, theirs);
                ours.clone()
            }
        }
    }

    /// A lane list: items added, removed or changed on each side merge item by item.
    pub fn lines(
        &mut self,
        field: Field,
        base: &Vec<String>,
        ours: &Vec<String>,
        theirs: &Vec<String>,
    ) -> Vec<String> {
        if let Some(merged) = one_side(base, ours, theirs) {
            return merged;
        }
        match diffy::merge(&lines_text(base), &lines_text(ours), &lines_text(theirs)) {
            Ok(merged) => text_lines(&merged),
            Err(_) if let Some(merged) = both_added(base, ours, theirs) => merged,
            Err(_) => {
                self.conflict(field, base, ours, theirs);
                ours.clone()
            }
        }
    }

    /// A list of step ids: additions and removals of both sides are kept.
    pub fn ids(
        &mut self,
        _field: Field,
        base: &Vec<StepId>,
        ours: &Vec<StepId>,
        theirs: &Vec<StepId>,
    ) -> Vec<StepId> {
        if let Some(merged) = one_side(base, ours, theirs) {
            return merged;
        }
        let raw = |ids: &Vec<StepId>| ids.iter().map(|s| s.0).collect::<Vec<u64>>();
        let (b, o, t) = (raw(base), raw(ours), raw(theirs));
        let keep = super::merge::kept_ids(&b, &o, &t);
        super::merge::merge_order(&b, &o, &t, &keep)
            .0
            .into_iter()
            .map(StepId)
            .collect()
    }
}

/// When both sides only added items (each still holds the ancestor's items
/// in order), both additions, each after the item it followed; additions of
/// both sides at the same place come in a fixed order, whichever side is "ours".
fn both_added(base: &[String], ours: &[String], theirs: &[String]) -> Option<Vec<String>> {
    // runs[i]: the items a side put before the ancestor's item i (or at the end).
    let runs = |side: &[String]| -> Option<Vec<Vec<String>>> {
        let mut runs = vec![Vec::new(); base.len() + 1];
        let mut i = 0;
        for item in side {
            if i < base.len() && *item == base[i] {
                i += 1;
            } else {
                runs[i].push(item.clone());
            }
        }
        (i == base.len()).then_some(runs)
    };
    let (ours, theirs) = (runs(ours)?, runs(theirs)?);
    let mut out = Vec::new();
    for (i, (a, b)) in ours.into_iter().zip(theirs).enumerate() {
        if a == b {
            out.extend(a);
        } else {
            let (first, second) = if a <= b { (a, b) } else { (b, a) };
            out.extend(first);
            out.extend(second);
        }
        out.extend(base.get(i).cloned());
    }
    Some(out)
}

/// A list of text items as lines, one item per line (line breaks inside an item escaped).
fn lines_text(items: &[String]) -> String {
    let mut text = String::new();
    for item in items {
        text.push_str(&item.replace('\\', "\\\\").replace('\n', "\\n"));
        text.push('\n');
    }
    text
}

/// The items of [`lines_text`] back.
fn text_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let mut item = String::with_capacity(line.len());
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match (c, c == '\\') {
                    (_, true) => match chars.next() {
                        Some('n') => item.push('\n'),
                        Some(other) => item.push(other),
                        None => item.push('\\'),
                    },
                    (c, false) => item.push(c),
                }
            }
            item
        })
        .collect()
}

/// A field's value as the diff shows it; references are resolved to names by the diff.
#[derive(Clone, Debug, PartialEq)]
pub enum Shown {
    /// Text.
    Text(String),
    /// A list of text items (a lane, goals, fears …).
    Lines(Vec<String>),
    /// A number.
    Number(f64),
    /// A phase, by id.
    Phase(PhaseId),
    /// A persona, by id, or none.
    Persona(Option<PersonaId>),
    /// Steps, by id.
    Steps(Vec<StepId>),
    /// A name the diff looked up (a phase's, a persona's, a journey's …).
    Name(String),
    /// Names the diff looked up.
    Names(Vec<String>),
    /// A channel, or none.
    Channel(Option<Channel>),
    /// Channels.
    Channels(Vec<Channel>),
    /// A colour.
    Color(Rgb),
    /// A date.
    Date(NaiveDate),
    /// A date, or none.
    EndDate(Option<NaiveDate>),
    /// A kind of content.
    Kind(ContentType),
    /// How an item repeats.
    Recurrence(Recurrence),
    /// How far along an item is.
    Status(Status),
    /// Whether there is a photo.
    Photo(bool),
    /// KPIs.
    Kpis(Vec<Kpi>),
    /// The as-is journey of a to-be journey, by id, or none.
    AsIs(Option<JourneyId>),
}

/// A value the diff can show.
pub(crate) trait Show {
    fn shown(&self) -> Shown;
}

macro_rules! show {
    ($($ty:ty => |$v:ident| $e:expr),* $(,)?) => {
        $(impl Show for $ty {
            fn shown(&self) -> Shown {
                let $v = self;
                $e
            }
        })*
    };
}

show! {
    String => |v| Shown::Text(v.clone()),
    Vec<String> => |v| Shown::Lines(v.clone()),
    f64 => |v| Shown::Number(*v),
    PhaseId => |v| Shown::Phase(*v),
    Option<PersonaId> => |v| Shown::Persona(*v),
    Vec<StepId> => |v| Shown::Steps(v.clone()),
    Option<Channel> => |v| Shown::Channel(v.clone()),
    Vec<Channel> => |v| Shown::Channels(v.clone()),
    Rgb => |v| Shown::Color(*v),
    NaiveDate => |v| Shown::Date(*v),
    Option<NaiveDate> => |v| Shown::EndDate(*v),
    ContentType => |v| Shown::Kind(v.clone()),
    Recurrence => |v| Shown::Recurrence(*v),
    Status => |v| Shown::Status(*v),
    Option<Photo> => |v| Shown::Photo(v.is_some()),
    Vec<Kpi> => |v| Shown::Kpis(v.clone()),
    Option<JourneyId> => |v| Shown::AsIs(*v),
    Vec<SurveyScore> => |v| Shown::Lines(v.iter().map(|s| {
        let date = s.date.map(|d| format!("{d}: ")).unwrap_or_default();
        format!("{date}{} ({:?}, n={})", s.score, s.scale, s.respondents)
    }).collect()),
}

/// A conflict's recorded value (RON text) as the diff shows it; `None`
/// when the text does not fit the field (a file edited by hand), and for a
/// step's journey and a list's order, which name entities of the map.
pub fn shown_from_ron(field: Field, text: &str) -> Option<Shown> {
    fn read<T: serde::de::DeserializeOwned + Show>(text: &str) -> Option<Shown> {
        ron::from_str::<T>(text).ok().map(|v| v.shown())
    }
    match field {
        Field::Title
        | Field::Goal
        | Field::Description
        | Field::Uid
        | Field::Name
        | Field::Touchpoint
        | Field::Notes
        | Field::Quote
        | Field::Age
        | Field::Gender
        | Field::Income
        | Field::Location
        | Field::Occupation
        | Field::Owner => read::<String>(text),
        Field::Actions
        | Field::Thoughts
        | Field::PainPoints
        | Field::Opportunities
        | Field::Interests
        | Field::Values
        | Field::Fears
        | Field::Motivations
        | Field::Goals
        | Field::Challenges
        | Field::OnlineBehaviour => read::<Vec<String>>(text),
        Field::Width | Field::At | Field::Emotion => read::<f64>(text),
        Field::Color => read::<Rgb>(text),
        Field::Kpis => read::<Vec<Kpi>>(text),
        Field::Survey => read::<Vec<SurveyScore>>(text),
        Field::Persona => read::<Option<PersonaId>>(text),
        Field::Phase => read::<PhaseId>(text),
        Field::Channel => read::<Option<Channel>>(text),
        Field::Channels => read::<Vec<Channel>>(text),
        Field::Photo => read::<Option<Photo>>(text),
        Field::Kind => read::<ContentType>(text),
        Field::Date => read::<NaiveDate>(text),
        Field::EndDate => read::<Option<NaiveDate>>(text),
        Field::Recurrence => read::<Recurrence>(text),
        Field::Steps => read::<Vec<StepId>>(text),
        Field::Status => read::<Status>(text),
        Field::ToBeOf => read::<Option<JourneyId>>(text),
        Field::Journey | Field::Order => None,
        Field::Evidence => read::<crate::model::Backing>(text),
        Field::Claims => read::<Vec<crate::model::Claim>>(text),
        Field::Experiments => read::<Vec<crate::model::Experiment>>(text),
    }
}

/// Why a decided value could not be put into a field.
#[derive(Debug)]
pub struct BadValue;

/// The fields of one kind of entity.
pub(crate) trait Fields: Sized {
    /// Merges every field of three versions of the entity; `ours` gives what is not listed.
    fn merge_fields(base: &Self, ours: &Self, theirs: &Self, merge: &mut FieldMerge) -> Self;
    /// Puts a value written as RON text into a field.
    fn set_field(&mut self, field: Field, text: &str) -> Result<(), BadValue>;
    /// Every field that differs between two versions, in the order of the list.
    fn field_changes(old: &Self, new: &Self, out: &mut dyn FnMut(Field, Shown, Shown));
}

macro_rules! fields {
    ($ty:ty { $($($f:ident).+ : $how:ident => $field:ident),* $(,)? }) => {
        impl Fields for $ty {
            fn merge_fields(base: &Self, ours: &Self, theirs: &Self, merge: &mut FieldMerge) -> Self {
                let mut out = ours.clone();
                $(out.$($f).+ = merge.$how(Field::$field, &base.$($f).+, &ours.$($f).+, &theirs.$($f).+);)*
                out
            }

            fn set_field(&mut self, field: Field, text: &str) -> Result<(), BadValue> {
                match field {
                    $(Field::$field => self.$($f).+ = ron::from_str(text).map_err(|_| BadValue)?,)*
                    _ => return Err(BadValue),
                }
                Ok(())
            }

            fn field_changes(old: &Self, new: &Self, out: &mut dyn FnMut(Field, Shown, Shown)) {
                $(if old.$($f).+ != new.$($f).+ {
                    out(Field::$field, old.$($f).+.shown(), new.$($f).+.shown());
                })*
            }
        }
    };
}

fields!(Map {
    title: text => Title,
    goal: text => Goal,
    description: text => Description,
    uid: value => Uid,
});

fields!(Phase {
    name: text => Name,
    description: text => Description,
    color: value => Color,
    width: value => Width,
    kpis: value => Kpis,
});

fields!(Journey {
    name: text => Name,
    color: value => Color,
    persona: value => Persona,
    to_be_of: value => ToBeOf,
});

fields!(Step {
    title: text => Title,
    phase: value => Phase,
    at: value => At,
    emotion: value => Emotion,
    touchpoint: text => Touchpoint,
    channel: value => Channel,
    actions: lines => Actions,
    thoughts: lines => Thoughts,
    pain_points: lines => PainPoints,
    opportunities: lines => Opportunities,
    notes: text => Notes,
    evidence: value => Evidence,
    claims: claims => Claims,
    experiments: experiments => Experiments,
    survey: value => Survey,
});

fields!(Persona {
    name: text => Name,
    quote: text => Quote,
    photo: value => Photo,
    demographics.age: text => Age,
    demographics.gender: text => Gender,
    demographics.income: text => Income,
    demographics.location: text => Location,
    demographics.occupation: text => Occupation,
    psychographics.interests: lines => Interests,
    psychographics.values: lines => Values,
    psychographics.fears: lines => Fears,
    psychographics.motivations: lines => Motivations,
    goals: lines => Goals,
    challenges: lines => Challenges,
    online_behaviour: lines => OnlineBehaviour,
    channels: value => Channels,
    notes: text => Notes,
});

fields!(ContentItem {
    title: text => Title,
    kind: value => Kind,
    channel: value => Channel,
    date: value => Date,
    end_date: value => EndDate,
    recurrence: value => Recurrence,
    phase: value => Phase,
    persona: value => Persona,
    steps: ids => Steps,
    status: value => Status,
    owner: text => Owner,
    goal: text => Goal,
    notes: text => Notes,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lane_items_with_line_breaks_and_backslashes_survive_the_line_encoding() {
        let items = vec![
            "a\nb".to_owned(),
            "c\\n".to_owned(),
            String::new(),
            "d".to_owned(),
        ];
        assert_eq!(text_lines(&lines_text(&items)), items);
    }

    #[test]
    fn items_added_at_the_same_place_on_both_sides_are_all_kept() {
        let list = |items: &[&str]| items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let base = list(&["a", "b"]);
        let merged = both_added(&base, &list(&["a", "b", "x"]), &list(&["a", "b", "y"]));
        assert_eq!(merged, Some(list(&["a", "b", "x", "y"])));
        let swapped = both_added(&base, &list(&["a", "b", "y"]), &list(&["a", "b", "x"]));
        assert_eq!(swapped, merged);
        assert_eq!(
            both_added(&base, &list(&["b"]), &list(&["a", "b", "y"])),
            None
        );
    }

    #[test]
    fn text_changed_on_different_lines_merges_and_on_the_same_line_conflicts() {
        let mut conflicts = Vec::new();
        let mut merge = FieldMerge {
            kind: EntityKind::Step,
            id: 1,
            name: "x",
            conflicts: &mut conflicts,
        };
        let base = "one\ntwo\nthree".to_owned();
        let merged = merge.text(
            Field::Notes,
            &base,
            &"ONE\ntwo\nthree".to_owned(),
            &"one\ntwo\nTHREE".to_owned(),
        );
        assert_eq!(merged, "ONE\ntwo\nTHREE");
        let kept = merge.text(
            Field::Notes,
            &base,
            &"uno\ntwo\nthree".to_owned(),
            &"eins\ntwo\nthree".to_owned(),
        );
        assert_eq!(kept, "uno\ntwo\nthree");
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].field, Some(Field::Notes));
    }
}
