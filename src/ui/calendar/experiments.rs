//! Experiments in the content calendar: the month's running and planned A/B
//! tests listed above the grid, and a mark on the day each starts and ends
//! (a triangle for the start, a square for the end, in its phase's colour).

use std::collections::HashMap;

use chrono::NaiveDate;
use egui::{Color32, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use crate::i18n::evidence::{status_name, t};
use crate::i18n::fill;
use crate::model::experiment::Placed;
use crate::model::{Map, StepId};
use crate::ui::shell::{Selection, State, theme};

/// A start or end of an experiment on a day.
pub(super) struct Mark {
    start: bool,
    hypothesis: String,
    colour: Color32,
    step: StepId,
}

fn shown_in(placed: &Placed, from: NaiveDate, to: NaiveDate) -> bool {
    let e = placed.experiment;
    match (e.start, e.end) {
        (Some(start), Some(end)) => start <= to && end >= from,
        (Some(day), None) | (None, Some(day)) => (from..=to).contains(&day),
        (None, None) => false,
    }
}

fn phase_colour(map: &Map, placed: &Placed) -> Color32 {
    map.phase(placed.phase)
        .map_or(Color32::GRAY, |p| theme::color(p.color))
}

/// The starts and ends of experiments from `from` to `to`, by day.
pub(super) fn marks_by_day(
    map: &Map,
    from: NaiveDate,
    to: NaiveDate,
) -> HashMap<NaiveDate, Vec<Mark>> {
    let mut marks: HashMap<NaiveDate, Vec<Mark>> = HashMap::new();
    for placed in map.experiments() {
        let e = placed.experiment;
        for (start, day) in [(true, e.start), (false, e.end)] {
            if let Some(day) = day.filter(|d| (from..=to).contains(d)) {
                marks.entry(day).or_default().push(Mark {
                    start,
                    hypothesis: e.hypothesis.clone(),
                    colour: phase_colour(map, &placed),
                    step: placed.step.id,
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
    let shown: Vec<Placed> = map
        .experiments()
        .filter(|p| shown_in(p, from, to))
        .collect();
    if shown.is_empty() {
        return;
    }
    let t = t();
    ui.label(RichText::new(t.experiments_in_calendar).strong());
    for placed in shown {
        let e = placed.experiment;
        let date = |d: Option<NaiveDate>| d.map_or_else(|| "…".to_owned(), |d| d.to_string());
        let line = format!(
            "{} – {} · {} · {} ({})",
            date(e.start),
            date(e.end),
            status_name(e.status),
            e.hypothesis,
            placed.step.title
        );
        ui.horizontal_wrapped(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 14.0), Sense::hover());
            ui.painter()
                .rect_filled(rect.shrink(1.0), 2.0, phase_colour(map, &placed));
            if ui.link(line).clicked() {
                state.selection = Selection::Steps(vec![placed.step.id]);
            }
        });
    }
    ui.add_space(4.0);
}

/// The marks of one day, in the top right corner of its cell.
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
    let t = t();
    for (i, mark) in marks.iter().enumerate() {
        let centre = pos2(cell.right() - 10.0 - i as f32 * 14.0, cell.top() + 11.0);
        let rect = Rect::from_center_size(centre, vec2(12.0, 12.0));
        let painter = ui.painter();
        if mark.start {
            let points = vec![
                pos2(rect.left() + 1.0, rect.top()),
                pos2(rect.right(), rect.center().y),
                pos2(rect.left() + 1.0, rect.bottom()),
            ];
            painter.add(egui::Shape::convex_polygon(
                points,
                mark.colour,
                Stroke::new(1.0, Color32::BLACK),
            ));
        } else {
            painter.rect(
                rect.shrink(1.0),
                1.0,
                mark.colour,
                Stroke::new(1.0, Color32::BLACK),
                egui::StrokeKind::Inside,
            );
        }
        let words = fill(
            if mark.start {
                t.experiment_starts
            } else {
                t.experiment_ends
            },
            &[("hypothesis", &mark.hypothesis)],
        );
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
