//! Measurements over time: a KPI's dated values, and the survey scores that
//! give a step a measured emotion next to the one the room perceived.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Emotion, Kpi, Step};

/// One dated value of a KPI, e.g. a conversion rate of 2.1 on 7 February.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// When it was measured; `None` only for a value that came from a
    /// version-1 file's `actual`, which had no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The value, in the KPI's unit.
    pub value: f64,
    /// The target that held on that date, when it differs from the KPI's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
}

/// The scale a survey asked its question on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum SurveyScale {
    /// 1 (very unhappy) to 5 (very happy), e.g. CSAT.
    #[default]
    OneToFive,
    /// 1 to 7.
    OneToSeven,
    /// 0 to 10, e.g. the NPS question.
    ZeroToTen,
    /// −3 to +3, the map's own emotion scale.
    MinusThreeToThree,
}

impl SurveyScale {
    /// Every scale, in the order the import offers them.
    pub const ALL: [SurveyScale; 4] = [
        SurveyScale::OneToFive,
        SurveyScale::OneToSeven,
        SurveyScale::ZeroToTen,
        SurveyScale::MinusThreeToThree,
    ];

    /// The lowest and highest score on the scale.
    pub fn range(self) -> (f64, f64) {
        match self {
            SurveyScale::OneToFive => (1.0, 5.0),
            SurveyScale::OneToSeven => (1.0, 7.0),
            SurveyScale::ZeroToTen => (0.0, 10.0),
            SurveyScale::MinusThreeToThree => (-3.0, 3.0),
        }
    }

    /// Whether a score lies on the scale.
    pub fn contains(self, score: f64) -> bool {
        let (low, high) = self.range();
        score.is_finite() && (low..=high).contains(&score)
    }

    /// A score on this scale as a value on the emotion axis (linear, ends to ends).
    pub fn to_emotion(self, score: f64) -> f64 {
        let (low, high) = self.range();
        let share = ((score - low) / (high - low)).clamp(0.0, 1.0);
        Emotion::MIN + share * (Emotion::MAX - Emotion::MIN)
    }
}

/// What customers answered about a step in a survey: a mean score and how many answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyScore {
    /// When the survey ran, if the export says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// The mean score, on [`SurveyScore::scale`].
    pub score: f64,
    /// The scale of the question.
    pub scale: SurveyScale,
    /// How many customers answered (0 when the export does not say).
    #[serde(default)]
    pub respondents: u32,
}

/// A step's measured emotion: the survey's answer mapped onto the emotion axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Measured {
    /// The emotion value, from [`Emotion::MIN`] to [`Emotion::MAX`].
    pub emotion: f64,
    /// How many customers answered (summed over the scores used).
    pub respondents: u32,
}

impl Step {
    /// The measured emotion of the step: the scores of its latest survey
    /// (undated scores count as oldest) weighted by their respondents, or
    /// `None` when no survey scored it.
    pub fn measured(&self) -> Option<Measured> {
        let latest = self.survey.iter().map(|s| s.date).max()?;
        let (mut sum, mut weight, mut respondents) = (0.0, 0.0, 0u32);
        for score in self.survey.iter().filter(|s| s.date == latest) {
            if !score.score.is_finite() {
                continue;
            }
            let w = f64::from(score.respondents.max(1));
            sum += score.scale.to_emotion(score.score) * w;
            weight += w;
            respondents = respondents.saturating_add(score.respondents);
        }
        (weight > 0.0).then(|| Measured {
            emotion: sum / weight,
            respondents,
        })
    }
}

/// Whether a value is on target: at or above it, or at or below it for a
/// KPI where lower is better. The model cannot know which, so it compares
/// the direction of the series: a target below the first value means "down".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnTarget {
    /// The last value meets the target.
    On,
    /// The last value misses it.
    Off,
}

impl Kpi {
    /// The measurements in date order (undated first), as the sparkline draws them.
    pub fn series(&self) -> Vec<&Measurement> {
        let mut series: Vec<&Measurement> = self.measurements.iter().collect();
        series.sort_by_key(|m| m.date);
        series
    }

    /// The latest measurement and the change since the one before it. One
    /// pass, no sorting: the phase bands ask this of every KPI every frame.
    pub fn last_and_change(&self) -> Option<(&Measurement, Option<f64>)> {
        let mut last: Option<(usize, &Measurement)> = None;
        let mut before: Option<&Measurement> = None;
        for (i, m) in self.measurements.iter().enumerate() {
            // Later in the list wins among equal dates, as a stable sort orders them.
            if last.is_none_or(|(j, l)| (m.date, i) >= (l.date, j)) {
                before = last.map(|(_, l)| l);
                last = Some((i, m));
            } else if before.is_none_or(|b| m.date >= b.date) {
                before = Some(m);
            }
        }
        last.map(|(_, l)| (l, before.map(|b| l.value - b.value)))
    }

    /// The target that applies to the latest measurement.
    pub fn current_target(&self) -> Option<f64> {
        let (last, _) = self.last_and_change()?;
        last.target.or(self.target)
    }

    /// Whether the latest value meets its target; `None` without both. A
    /// target below the first value means lower is better (waiting time,
    /// returns); otherwise higher is.
    pub fn on_target(&self) -> Option<OnTarget> {
        // The latest and the earliest in one pass (the canvas asks every
        // frame, for every KPI of every phase on screen).
        let mut last: Option<(usize, &Measurement)> = None;
        let mut earliest: Option<(usize, &Measurement)> = None;
        for (i, m) in self.measurements.iter().enumerate() {
            if last.is_none_or(|(j, l)| (m.date, i) >= (l.date, j)) {
                last = Some((i, m));
            }
            if earliest.is_none_or(|(j, e)| (m.date, i) < (e.date, j)) {
                earliest = Some((i, m));
            }
        }
        let (_, last) = last?;
        let target = last.target.or(self.target)?;
        let first = earliest.map_or(last.value, |(_, m)| m.value);
        let lower_is_better = target < first;
        let on = if lower_is_better {
            last.value <= target
        } else {
            last.value >= target
        };
        Some(if on { OnTarget::On } else { OnTarget::Off })
    }

    /// The target as the consultant wrote it, or the number and unit.
    pub fn target_shown(&self) -> String {
        if !self.target_text.is_empty() {
            return self.target_text.clone();
        }
        self.target
            .map(|v| format_amount(v, &self.unit))
            .unwrap_or_default()
    }

    /// The latest value as a version-1 file wrote it, or the number and unit.
    pub fn actual_shown(&self) -> String {
        if !self.actual_text.is_empty() {
            return self.actual_text.clone();
        }
        self.last_and_change()
            .map(|(m, _)| format_amount(m.value, &self.unit))
            .unwrap_or_default()
    }

    /// A version-1 KPI (three texts) as a KPI with a target number and a
    /// measurement where the texts hold numbers. A text that the number and
    /// unit do not give back exactly is kept as written.
    pub fn from_texts(name: String, target: &str, actual: &str) -> Kpi {
        let target_amount = parse_amount(target);
        let actual_amount = parse_amount(actual);
        let unit = target_amount
            .as_ref()
            .or(actual_amount.as_ref())
            .map(|(_, unit)| unit.clone())
            .unwrap_or_default();
        let keep = |text: &str, amount: &Option<(f64, String)>| match amount {
            Some((value, u)) if *u == unit && format_amount(*value, &unit) == text => String::new(),
            _ => text.to_owned(),
        };
        Kpi {
            name,
            target_text: keep(target, &target_amount),
            actual_text: keep(actual, &actual_amount),
            target: target_amount.map(|(v, _)| v),
            measurements: actual_amount
                .map(|(value, _)| Measurement {
                    date: None,
                    value,
                    target: None,
                })
                .into_iter()
                .collect(),
            unit,
        }
    }
}

impl Kpi {
    /// The KPI with its target typed as text: a number and unit where the
    /// text holds one (the text kept as typed when they do not give it back).
    pub fn with_target_text(&self, text: &str) -> Kpi {
        let mut kpi = self.clone();
        match parse_amount(text) {
            Some((value, unit)) => {
                kpi.target = Some(value);
                if !unit.is_empty() {
                    kpi.unit = unit;
                }
                kpi.target_text = if format_amount(value, &kpi.unit) == text {
                    String::new()
                } else {
                    text.to_owned()
                };
            }
            None => {
                kpi.target = None;
                kpi.target_text = text.to_owned();
            }
        }
        kpi
    }
}

/// One measurement as an import reads it from a row of a metrics export.
#[derive(Clone, Debug, PartialEq)]
pub struct MetricRow {
    /// The phase's name, when the export has a phase column.
    pub phase: Option<String>,
    /// The KPI's name.
    pub kpi: String,
    /// The date; `None` when the cell is empty.
    pub date: Option<NaiveDate>,
    /// The value (for NPS rows, computed from the counts).
    pub value: f64,
    /// The target on that date, if the row gives one.
    pub target: Option<f64>,
    /// The unit, if the row gives one.
    pub unit: String,
}

/// One survey score as an import reads it from a row of a survey export.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyRow {
    /// The step: its id, or its title.
    pub step: String,
    /// The journey or persona, to tell steps with the same title apart.
    pub journey: Option<String>,
    /// The mean score.
    pub score: f64,
    /// When the survey ran.
    pub date: Option<NaiveDate>,
    /// How many answered.
    pub respondents: u32,
}

/// A number with its unit as Klantreis writes it: `3%`, `€45`, `1200 visits`, `4.2`.
pub fn format_amount(value: f64, unit: &str) -> String {
    match unit {
        "" => format!("{value}"),
        "%" => format!("{value}%"),
        "€" | "$" | "£" => format!("{unit}{value}"),
        _ => format!("{value} {unit}"),
    }
}

/// Reads a number with an optional unit from text a client wrote: `3%`,
/// `€ 45`, `10,000 visits`, `2,5`. Commas and points are read the way
/// [`parse_number`] reads them. `None` when there is no number.
pub fn parse_amount(text: &str) -> Option<(f64, String)> {
    let text = text.trim();
    for symbol in ["€", "$", "£"] {
        if let Some(rest) = text.strip_prefix(symbol) {
            return parse_number(rest.trim()).map(|v| (v, symbol.to_owned()));
        }
    }
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+')))
        .map_or(text.len(), |(i, _)| i);
    let (number, unit) = text.split_at(end);
    let unit = unit.trim();
    if unit.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    parse_number(number.trim()).map(|v| (v, unit.to_owned()))
}

/// Reads a number the way Excel writes it in English or Dutch: `1234.5`,
/// `1,234.5`, `1.234,5`, `8.400` (Dutch thousands), `1,9` (Dutch decimal),
/// `-3`. A lone point followed by exactly three digits is a thousands
/// separator only when commas are the decimals elsewhere (`8.400` is 8400 in
/// a Dutch export, see `dutch`); here it is read as the decimal point unless
/// grouping makes it clear. `None` for anything that is not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    parse_number_in(text, false)
}

/// [`parse_number`] for a file known to use a decimal comma (a Dutch
/// export): points are thousands separators, a comma is the decimal.
pub fn parse_number_in(text: &str, decimal_comma: bool) -> Option<f64> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !digits.starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let commas = digits.matches(',').count();
    let points = digits.matches('.').count();
    let (group, decimal) = match (commas, points) {
        (0, 0) => (None, None),
        (_, 0) if decimal_comma => (None, Some(',')),
        (1, 0) if !grouped(digits, ',') => (None, Some(',')),
        (_, 0) => (Some(','), None),
        (0, _) if decimal_comma => (Some('.'), None),
        (0, 1) => (None, Some('.')),
        (0, _) => (Some('.'), None),
        _ => {
            // Both: the last one is the decimal mark.
            if digits.rfind(',') > digits.rfind('.') {
                (Some('.'), Some(','))
            } else {
                (Some(','), Some('.'))
            }
        }
    };
    let mut plain = String::with_capacity(digits.len());
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let (w, f) = digits.rsplit_once(mark)?;
            (w, Some(f))
        }
        None => (digits, None),
    };
    if let Some(g) = group {
        if !grouped(whole, g) {
            return None;
        }
        plain.extend(whole.chars().filter(|c| *c != g));
    } else if whole.contains(['.', ',']) {
        return None;
    } else {
        plain.push_str(whole);
    }
    if let Some(f) = fraction {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        plain.push('.');
        plain.push_str(f);
    }
    let value: f64 = plain.parse().ok()?;
    value.is_finite().then_some(sign * value)
}

/// Whether `digits` is grouped by `mark` in threes (`1,234,567`).
fn grouped(digits: &str, mark: char) -> bool {
    let mut parts = digits.split(mark);
    let first = parts.next().unwrap_or_default();
    !first.is_empty()
        && first.len() <= 3
        && first.chars().all(|c| c.is_ascii_digit())
        && parts.all(|p| p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
}

/// Where a number that cannot be a measurement sits.
#[derive(Clone, Debug, PartialEq)]
pub enum MeasureAt {
    /// A KPI's target or one of its measurements.
    Kpi {
        /// The phase.
        phase: super::PhaseId,
        /// The KPI's name.
        kpi: String,
    },
    /// One of a step's survey scores.
    Step {
        /// The step.
        step: super::StepId,
        /// Its title.
        title: String,
    },
}

/// A measurement, target or survey score that is not a finite number, or a
/// score off its scale: where, and the value.
#[derive(Clone, Debug, PartialEq)]
pub struct BadMeasure {
    /// Where.
    pub at: MeasureAt,
    /// The value the file gives.
    pub value: f64,
}

/// Adds the problems of the map's measurements and survey scores.
pub(super) fn problems(map: &super::Map, out: &mut Vec<super::Problem>) {
    for phase in &map.phases {
        for kpi in &phase.kpis {
            let numbers = kpi.target.iter().chain(
                kpi.measurements
                    .iter()
                    .flat_map(|m| std::iter::once(&m.value).chain(m.target.iter())),
            );
            for value in numbers.filter(|v| !v.is_finite()) {
                out.push(super::Problem::Measure(BadMeasure {
                    at: MeasureAt::Kpi {
                        phase: phase.id,
                        kpi: kpi.name.clone(),
                    },
                    value: *value,
                }));
            }
        }
    }
    for step in map.steps() {
        for score in step.survey.iter().filter(|s| !s.scale.contains(s.score)) {
            out.push(super::Problem::Measure(BadMeasure {
                at: MeasureAt::Step {
                    step: step.id,
                    title: step.title.clone(),
                },
                value: score.score,
            }));
        }
    }
}

/// Takes out every number [`problems`] reports, saying what it took out.
pub(super) fn repair(map: &mut super::Map, done: &mut Vec<super::Repair>) {
    let mut found = Vec::new();
    problems(map, &mut found);
    for phase in &mut map.phases {
        for kpi in &mut phase.kpis {
            if kpi.target.is_some_and(|t| !t.is_finite()) {
                kpi.target = None;
            }
            for m in &mut kpi.measurements {
                if m.target.is_some_and(|t| !t.is_finite()) {
                    m.target = None;
                }
            }
            kpi.measurements.retain(|m| m.value.is_finite());
        }
    }
    for journey in &mut map.journeys {
        for step in &mut journey.steps {
            step.survey.retain(|s| s.scale.contains(s.score));
        }
    }
    done.extend(found.into_iter().filter_map(|p| match p {
        super::Problem::Measure(bad) => Some(super::Repair::Measure(bad)),
        _ => None,
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_the_way_excel_writes_them() {
        assert_eq!(parse_number("1234.5"), Some(1234.5));
        assert_eq!(parse_number("1,234.5"), Some(1234.5));
        assert_eq!(parse_number("1.234,5"), Some(1234.5));
        assert_eq!(parse_number("1,9"), Some(1.9));
        assert_eq!(parse_number("10,000"), Some(10000.0));
        assert_eq!(parse_number_in("8.400", true), Some(8400.0));
        assert_eq!(parse_number_in("1,9", true), Some(1.9));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("1.2.3x"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn a_version_one_kpi_keeps_its_texts() {
        let kpi = Kpi::from_texts("Conversion".into(), "3%", "2.1%");
        assert_eq!(kpi.target, Some(3.0));
        assert_eq!(kpi.unit, "%");
        assert_eq!(kpi.measurements[0].value, 2.1);
        assert!(kpi.target_text.is_empty() && kpi.actual_text.is_empty());
        let odd = Kpi::from_texts("Visits".into(), "10,000 visits", "lots");
        assert_eq!(odd.target, Some(10000.0));
        assert_eq!(odd.target_shown(), "10,000 visits");
        assert_eq!(odd.actual_shown(), "lots");
    }

    #[test]
    fn survey_scales_map_onto_the_emotion_axis() {
        assert_eq!(SurveyScale::OneToFive.to_emotion(1.0), -3.0);
        assert_eq!(SurveyScale::OneToFive.to_emotion(3.0), 0.0);
        assert_eq!(SurveyScale::ZeroToTen.to_emotion(10.0), 3.0);
        assert_eq!(SurveyScale::MinusThreeToThree.to_emotion(-1.0), -1.0);
    }
}
