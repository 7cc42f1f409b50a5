//! Experiments in the content calendar: the running and planned A/B tests
//! of the days shown, listed above the grid; in the month grid a mark on
//! the day each starts and ends (a triangle for the start, a square for the
//! end, in its phase's colour); in the week list a line on every day an
//! experiment starts, runs through or ends, with a shape and a word for
//! each, so they differ without colour. The experiments are gathered from
//! the steps once per revision of the map, not every frame.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use egui::{Color32, Painter, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use crate::i18n::evidence::{status_name, t};
use crate::i18n::fill;
use crate::io::worker::DocumentId;
use crate::model::{ExperimentStatus, Map, StepId};
use crate::ui::shell::{Selection, State, theme};

/// An experiment with a date, as the calendar shows it.
#[derive(Clone, Debug)]
pub struct Dated {
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    status: ExperimentStatus,
    hypothesis: String,
    step: StepId,
    step_title: String,
    colour: Color32,
}

impl Dated {
    /// Whether it runs on a day from `from` to `to`.
    fn shown_in(&self, from: NaiveDate, to: NaiveDate) -> bool {
        match (self.start, self.end) {
            (Some(start), Some(end)) => start <= to && end >= from,
            (Some(day), None) | (None, Some(day)) => (from..=to).contains(&day),
            (None, None) => false,
        }
    }

    /// What it does on `day`: starts, ends or runs through it.
    fn on(&self, day: NaiveDate) -> Option<DayMark> {
        if self.start == Some(day) {
            Some(DayMark::Start)
        } else if self.end == Some(day) {
            Some(DayMark::End)
        } else {
            match (self.start, self.end) {
                (Some(start), Some(end)) if start < day && day < end => Some(DayMark::Running),
                _ => None,
            }
        }
    }
}

/// An open map's document and the revision of its history.
type Revision = (DocumentId, u64);

/// The map's experiments with a date, gathered once per revision.
#[derive(Clone, Debug, Default)]
pub struct ExperimentCache {
    held: Option<(Revision, Arc<Vec<Dated>>)>,
}

impl ExperimentCache {
    /// The experiments of `map` with a start or an end, by start date;
    /// gathered again only when `key` (the document and its revision)
    /// changes, or on every call without one.
    pub fn get(&mut self, map: &Map, key: Option<Revision>) -> Arc<Vec<Dated>> {
        if let (Some(key), Some((held, dated))) = (key, &self.held)
            && *held == key
        {
            return Arc::clone(dated);
        }
        let mut dated: Vec<Dated> = map
            .experiments()
            .filter(|p| p.experiment.start.is_some() || p.experiment.end.is_some())
            .map(|p| Dated {
                start: p.experiment.start,
                end: p.experiment.end,
                status: p.experiment.status,
                hypothesis: p.experiment.hypothesis.clone(),
                step: p.step.id,
                step_title: p.step.title.clone(),
                colour: map
                    .phase(p.phase)
                    .map_or(Color32::GRAY, |phase| theme::color(phase.color)),
            })
            .collect();
        dated.sort_by_key(|d| (d.start.or(d.end), d.end));
        let dated = Arc::new(dated);
        self.held = key.map(|key| (key, Arc::clone(&dated)));
        dated
    }

    /// Forgets the experiments of the map that was open.
    pub fn clear(&mut self) {
        self.held = None;
    }
}

/// The map's dated experiments, from the calendar's cache.
pub(super) fn dated(map: &Map, state: &mut State) -> Arc<Vec<Dated>> {
    let key = state.revision();
    state.calendar.experiments.get(map, key)
}

/// What an experiment does on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DayMark {
    /// Its first day: a triangle pointing forward.
    Start,
    /// A day between its first and last: a bar.
    Running,
    /// Its last day: a square.
    End,
}

/// A start or end of an experiment on a day.
pub(super) struct Mark {
    start: bool,
    hypothesis: String,
    colour: Color32,
    step: StepId,
}

/// The starts and ends of experiments from `from` to `to`, by day.
pub(super) fn marks_by_day(
    dated: &[Dated],
    from: NaiveDate,
    to: NaiveDate,
) -> HashMap<NaiveDate, Vec<Mark>> {
    let mut marks: HashMap<NaiveDate, Vec<Mark>> = HashMap::new();
    for e in dated {
        for (start, day) in [(true, e.start), (false, e.end)] {
            if let Some(day) = day.filter(|d| (from..=to).contains(d)) {
                marks.entry(day).or_default().push(Mark {
                    start,
                    hypothesis: e.hypothesis.clone(),
                    colour: e.colour,
                    step: e.step,
                });
            }
        }
    }
    marks
}

/// The experiments that run in the days shown, one line each; clicking one
/// selects its step.
pub(super) fn list_ui(ui: &mut Ui, map: &Map, state: &mut State) {
    let (from, to) = state.calendar.range();
    let dated = dated(map, state);
    let mut shown = dated.iter().filter(|d| d.shown_in(from, to)).peekable();
    if shown.peek().is_none() {
        return;
    }
    let t = t();
    let heading = if state.calendar.week {
        t.experiments_in_week
    } else {
        t.experiments_in_calendar
    };
    ui.label(RichText::new(heading).strong());
    for e in shown {
        let date = |d: Option<NaiveDate>| d.map_or_else(|| "…".to_owned(), super::date_text);
        let line = format!(
            "{} – {} · {} · {} ({})",
            date(e.start),
            date(e.end),
            status_name(e.status),
            e.hypothesis,
            e.step_title
        );
        ui.horizontal_wrapped(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 14.0), Sense::hover());
            ui.painter().rect_filled(rect.shrink(1.0), 2.0, e.colour);
            if ui.link(line).clicked() {
                state.selection = Selection::Steps(vec![e.step]);
            }
        });
    }
    ui.add_space(4.0);
}

/// Paints a day mark's shape in `rect`: a triangle, a bar or a square,
/// outlined so that it shows on any phase colour.
fn paint_mark(painter: &Painter, mark: DayMark, rect: Rect, colour: Color32) {
    let outline = Stroke::new(1.0, Color32::BLACK);
    match mark {
        DayMark::Start => {
            let points = vec![
                pos2(rect.left() + 1.0, rect.top()),
                pos2(rect.right(), rect.center().y),
                pos2(rect.left() + 1.0, rect.bottom()),
            ];
            painter.add(egui::Shape::convex_polygon(points, colour, outline));
        }
        DayMark::Running => {
            let bar = Rect::from_center_size(rect.center(), vec2(rect.width(), 4.0));
            painter.rect(bar, 1.0, colour, outline, egui::StrokeKind::Inside);
        }
        DayMark::End => {
            painter.rect(
                rect.shrink(1.0),
                1.0,
                colour,
                outline,
                egui::StrokeKind::Inside,
            );
        }
    }
}

/// The words of a start or end mark, for a screen reader and the week list.
fn mark_words(mark: DayMark, hypothesis: &str) -> String {
    let t = t();
    let text = match mark {
        DayMark::Start => t.experiment_starts,
        DayMark::Running | DayMark::End => t.experiment_ends,
    };
    fill(text, &[("hypothesis", &hypothesis)])
}

/// The words of an experiment's mark on `day`: a running day says which
/// day of how many it is.
fn day_words(e: &Dated, mark: DayMark, day: NaiveDate) -> String {
    match (mark, e.start, e.end) {
        (DayMark::Running, Some(start), Some(end)) => fill(
            crate::i18n::calendar::t().experiment_runs,
            &[
                ("day", &((day - start).num_days() + 1)),
                ("days", &((end - start).num_days() + 1)),
                ("hypothesis", &e.hypothesis),
            ],
        ),
        _ => mark_words(mark, &e.hypothesis),
    }
}

/// The marks of one day, in the top right corner of its month cell.
pub(super) fn day_ui(
    ui: &mut Ui,
    marks: &HashMap<NaiveDate, Vec<Mark>>,
    day: NaiveDate,
    cell: Rect,
    state: &mut State,
) {
    let Some(marks) = marks.get(&day) else {
        return;
    };
    for (i, mark) in marks.iter().enumerate() {
        let centre = pos2(cell.right() - 10.0 - i as f32 * 14.0, cell.top() + 11.0);
        let rect = Rect::from_center_size(centre, vec2(12.0, 12.0));
        let kind = if mark.start {
            DayMark::Start
        } else {
            DayMark::End
        };
        paint_mark(ui.painter(), kind, rect, mark.colour);
        let words = mark_words(kind, &mark.hypothesis);
        let response = ui
            .interact(
                rect,
                ui.scope_id().with(("experiment", day, i)),
                Sense::click(),
            )
            .on_hover_text(&words);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &words));
        if response.clicked() {
            state.selection = Selection::Steps(vec![mark.step]);
        }
    }
}

/// The experiments of one day in the week list, a line each: its shape
/// (triangle: starts, bar: runs, square: ends) and the same in words.
/// Clicking one selects its step. Whether the day had any.
pub(super) fn week_day_ui(ui: &mut Ui, dated: &[Dated], day: NaiveDate, state: &mut State) -> bool {
    let mut any = false;
    for e in dated {
        let Some(mark) = e.on(day) else {
            continue;
        };
        let words = day_words(e, mark, day);
        // A long hypothesis wraps within the day rather than running off it.
        ui.horizontal_wrapped(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            paint_mark(ui.painter(), mark, rect.shrink(1.0), e.colour);
            let text = format!("{words} ({})", e.step_title);
            if ui.link(text).on_hover_text(status_name(e.status)).clicked() {
                state.selection = Selection::Steps(vec![e.step]);
            }
        });
        any = true;
    }
    any
}
