//! One measurement typed in the phase inspector: under each KPI of the
//! selected phase a form (date, value, optional target) that adds a
//! measurement or saves the one being edited, and the KPI's measurements,
//! newest first, each to edit or delete. Every action is one undo step.
//! Values are read by the same parser as the CSV import, so `1,9`, `8.400`
//! and `45 %` mean here what they mean in an Excel export.

use std::collections::HashMap;

use chrono::NaiveDate;
use egui::{RichText, Ui};

use crate::edit::measure_ops::{KpiAt, put_measurement, remove_measurement, same_date};
use crate::edit::{Edit, Gesture};
use crate::i18n::fill;
use crate::i18n::measure::t;
use crate::io::measure_csv::{parse_cell_number, parse_date};
use crate::model::{Kpi, Map, Measurement, PhaseId, format_amount};
use crate::ui::shell::State;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// How tall a KPI's list of measurements grows before it scrolls.
const LIST_HEIGHT: f32 = 150.0;

/// The form under one KPI: what is typed, and what it is doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entry {
    /// The date as typed.
    pub date: String,
    /// The value as typed.
    pub value: String,
    /// The target as typed (empty: the KPI's own target holds).
    pub target: String,
    /// The measurement being edited (its index), or `None` to add one.
    pub editing: Option<usize>,
    /// The measurement being edited as it was, to tell it is still the one
    /// at that index (an undo may have taken out one before it, or a KPI of
    /// the same name moved into this one's place).
    pub editing_original: Option<Measurement>,
    /// Why the last try added nothing.
    pub error: Option<String>,
    /// A measurement read from the form that waits for the user to confirm
    /// it may replace the one on the same date.
    pub confirm: Option<Pending>,
}

/// A measurement waiting to replace the one on its date.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The measurement read from the form.
    pub new: Measurement,
    /// The unit typed with its value.
    pub unit: String,
    /// The one it replaces, in words ("01-02-2027: 2.1%").
    pub existing: String,
}

impl Entry {
    /// An empty form dated today.
    fn today() -> Self {
        Self {
            date: date_text(Some(chrono::Local::now().date_naive())),
            ..Self::default()
        }
    }

    /// The form after its measurement went in: adding keeps the date (the
    /// next KPI is often measured the same day), saving an edit starts afresh.
    fn after(&self) -> Self {
        match self.editing {
            Some(_) => Self::today(),
            None => Self {
                date: self.date.clone(),
                ..Self::default()
            },
        }
    }

    /// The form filled with a measurement to edit.
    fn editing(kpi: &Kpi, index: usize) -> Option<Self> {
        let m = kpi.measurements.get(index)?;
        Some(Self {
            date: date_text(m.date),
            value: number_text(m.value),
            target: m.target.map(number_text).unwrap_or_default(),
            editing: Some(index),
            editing_original: Some(m.clone()),
            ..Self::default()
        })
    }
}

/// The forms of the KPIs shown, by KPI and its name (a KPI deleted above
/// another, or renamed, does not hand its form to the next).
pub type Entries = HashMap<(KpiAt, String), Entry>;

/// A date as the user's language writes it.
fn date_text(date: Option<NaiveDate>) -> String {
    date.map_or_else(String::new, |d| {
        d.format(crate::i18n::calendar::t().date_format).to_string()
    })
}

/// A measurement's date in the list, or "before" for an undated one from a version-1 map.
fn shown_date(date: Option<NaiveDate>) -> String {
    date.map_or_else(|| t().undated.to_owned(), |d| date_text(Some(d)))
}

/// A number as the user's language writes it (a decimal comma in Dutch).
fn number_text(value: f64) -> String {
    let text = value.to_string();
    if crate::i18n::language() == crate::i18n::Language::Nl {
        text.replace('.', ",")
    } else {
        text
    }
}

/// Reads a number as a person types it: in Dutch `8.400` is eight
/// thousand four hundred and `1,9` is one point nine; in English `8.400`
/// is eight point four. A unit typed after it (`12 min`) may be the KPI's
/// own. The number and the unit typed (`%`, `€`, `$` or the KPI's).
pub fn read_typed(text: &str, kpi_unit: &str) -> Option<(f64, String)> {
    let dutch = crate::i18n::language() == crate::i18n::Language::Nl;
    let read = |text: &str| {
        parse_cell_number(text, dutch)
            .or_else(|| parse_cell_number(text, false))
            .map(|(v, unit)| (v, unit.to_owned()))
    };
    read(text).or_else(|| {
        let unit = kpi_unit.trim();
        let rest = text
            .trim()
            .strip_suffix(unit)
            .filter(|_| !unit.is_empty())?;
        read(rest).map(|(v, _)| (v, unit.to_owned()))
    })
}

/// The measurement the form holds, with the unit typed; or why it holds none.
fn read_form(entry: &Entry, kpi: &Kpi) -> Result<(Measurement, String), String> {
    let t = t();
    let date_typed = entry.date.trim();
    // Only a measurement from a version-1 map, edited, may stay undated.
    let undated = entry
        .editing
        .and_then(|i| kpi.measurements.get(i))
        .is_some_and(|m| m.date.is_none());
    let date = if date_typed.is_empty() && undated {
        None
    } else if date_typed.is_empty() {
        return Err(t.entry_no_date.to_owned());
    } else {
        Some(
            parse_date(date_typed)
                .ok_or_else(|| fill(t.entry_bad_date, &[("text", &date_typed)]))?,
        )
    };
    let value_typed = entry.value.trim();
    if value_typed.is_empty() {
        return Err(t.entry_no_value.to_owned());
    }
    let (value, unit) = read_typed(value_typed, &kpi.unit)
        .ok_or_else(|| fill(t.entry_bad_value, &[("text", &value_typed)]))?;
    // A figure typed in another unit than the KPI's is refused, the value's
    // and the target's alike: "3 €" is no target for a KPI in %.
    let same_unit = |unit: &str| {
        if !unit.is_empty() && !kpi.unit.is_empty() && unit != kpi.unit {
            Err(fill(
                t.entry_other_unit,
                &[("kpi", &kpi.name), ("unit", &kpi.unit), ("typed", &unit)],
            ))
        } else {
            Ok(())
        }
    };
    same_unit(&unit)?;
    let target_typed = entry.target.trim();
    let target = if target_typed.is_empty() {
        None
    } else {
        let (target, target_unit) = read_typed(target_typed, &kpi.unit)
            .ok_or_else(|| fill(t.entry_bad_target, &[("text", &target_typed)]))?;
        same_unit(&target_unit)?;
        Some(target)
    };
    Ok((
        Measurement {
            date,
            value,
            target,
        },
        unit,
    ))
}

/// The measurements of the selected phase's KPIs: drawn by the shell under
/// the phase inspector.
pub fn phase_measurements_ui(
    ui: &mut Ui,
    map: &Map,
    phase: PhaseId,
    state: &mut State,
    edits: &mut Edits,
) {
    let Some(found) = map.phase(phase) else {
        return;
    };
    let t = t();
    ui.add_space(8.0);
    ui.separator();
    ui.heading(t.measurements);
    if found.kpis.is_empty() {
        ui.weak(t.entry_no_kpis);
        return;
    }
    for (index, kpi) in found.kpis.iter().enumerate() {
        let at = KpiAt { phase, kpi: index };
        let unit = if kpi.unit.is_empty() {
            String::new()
        } else {
            format!(" ({})", kpi.unit)
        };
        let header = fill(
            t.entry_header,
            &[
                ("kpi", &format!("{}{unit}", kpi.name)),
                ("n", &kpi.measurements.len()),
            ],
        );
        ui.push_id(("measurements", index), |ui| {
            egui::CollapsingHeader::new(header)
                .id_salt("kpi")
                .show(ui, |ui| {
                    kpi_ui(ui, map, at, kpi, &mut state.measure.entries, edits);
                });
        });
    }
}

fn kpi_ui(ui: &mut Ui, map: &Map, at: KpiAt, kpi: &Kpi, entries: &mut Entries, edits: &mut Edits) {
    let t = t();
    let entry = entries
        .entry((at, kpi.name.clone()))
        .or_insert_with(Entry::today);
    let still_there = entry
        .editing
        .map(|i| kpi.measurements.get(i) == entry.editing_original.as_ref());
    if still_there == Some(false) {
        *entry = Entry::today();
    }
    form_ui(ui, map, at, kpi, entry, edits);
    if kpi.measurements.is_empty() {
        ui.weak(t.entry_none_yet);
        return;
    }
    ui.label(fill(t.entry_list, &[("n", &kpi.measurements.len())]));
    let mut newest_first: Vec<usize> = (0..kpi.measurements.len()).collect();
    newest_first.sort_by_key(|i| std::cmp::Reverse((kpi.measurements[*i].date, *i)));
    // Nested in the inspector's own scrolling, the list keeps its height
    // (and scrolls) rather than shrinking to the least a scroll area may have.
    egui::ScrollArea::vertical()
        .id_salt("list")
        .max_height(LIST_HEIGHT)
        .min_scrolled_height(LIST_HEIGHT)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            egui::Grid::new("rows")
                .num_columns(3)
                .striped(true)
                .show(ui, |ui| {
                    for i in newest_first {
                        row_ui(ui, map, at, kpi, i, entry, edits);
                        ui.end_row();
                    }
                });
        });
}

/// One measurement in the list: its date, value and target, Edit and Delete.
fn row_ui(
    ui: &mut Ui,
    map: &Map,
    at: KpiAt,
    kpi: &Kpi,
    i: usize,
    entry: &mut Entry,
    edits: &mut Edits,
) {
    let t = t();
    let m = &kpi.measurements[i];
    let mut line = format!(
        "{}: {}",
        shown_date(m.date),
        format_amount(m.value, &kpi.unit)
    );
    // A target is shown where it differs from the KPI's own: the rows stay
    // short enough for the inspector's width.
    if let Some(target) = m.target.filter(|t| Some(*t) != kpi.target) {
        line.push_str(&fill(
            t.entry_target_then,
            &[("target", &format_amount(target, &kpi.unit))],
        ));
    }
    ui.label(if entry.editing == Some(i) {
        RichText::new(line).strong()
    } else {
        RichText::new(line)
    });
    if ui.small_button(t.entry_edit).clicked()
        && let Some(filled) = Entry::editing(kpi, i)
    {
        *entry = filled;
    }
    if ui.small_button(t.entry_delete).clicked()
        && let Some(edit) = remove_measurement(map, at, i)
    {
        edits.push((edit, None));
        *entry = Entry::today();
    }
}

/// The form: date, value and target, and Add (or Save and Cancel while a
/// measurement is edited); the reason when what is typed cannot be added,
/// and the question before a measurement replaces one on the same date.
fn form_ui(ui: &mut Ui, map: &Map, at: KpiAt, kpi: &Kpi, entry: &mut Entry, edits: &mut Edits) {
    let t = t();
    let before = (
        entry.date.clone(),
        entry.value.clone(),
        entry.target.clone(),
    );
    if let Some(i) = entry.editing {
        let date = shown_date(kpi.measurements[i].date);
        ui.label(RichText::new(fill(t.entry_editing, &[("date", &date)])).italics());
    }
    let mut entered = false;
    egui::Grid::new("entry").num_columns(2).show(ui, |ui| {
        let label = ui.label(t.entry_date);
        ui.add(
            egui::TextEdit::singleline(&mut entry.date)
                .hint_text(t.entry_date_hint)
                .desired_width(110.0),
        )
        .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(t.entry_value);
        ui.horizontal(|ui| {
            let value = ui
                .add(egui::TextEdit::singleline(&mut entry.value).desired_width(110.0))
                .labelled_by(label.id);
            // Enter in the value adds it, as the button does.
            entered = value.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if !kpi.unit.is_empty() {
                ui.label(&kpi.unit);
            }
        });
        ui.end_row();
        let label = ui.label(t.entry_target);
        ui.add(
            egui::TextEdit::singleline(&mut entry.target)
                .hint_text(
                    kpi.target
                        .map_or_else(String::new, |v| format_amount(v, &kpi.unit)),
                )
                .desired_width(110.0),
        )
        .labelled_by(label.id);
        ui.end_row();
    });
    if before
        != (
            entry.date.clone(),
            entry.value.clone(),
            entry.target.clone(),
        )
    {
        entry.error = None;
        entry.confirm = None;
    }
    if let Some(pending) = &entry.confirm {
        ui.label(
            RichText::new(fill(
                t.entry_same_date,
                &[("kpi", &kpi.name), ("existing", &pending.existing)],
            ))
            .color(ui.visuals().warn_fg_color),
        );
        ui.horizontal(|ui| {
            if ui.button(t.entry_replace).clicked()
                && let Some(pending) = entry.confirm.take()
            {
                edits.extend(
                    put_measurement(map, at, entry.editing, pending.new, &pending.unit)
                        .map(|e| (e, None)),
                );
                *entry = entry.after();
            }
            if ui.button(t.entry_keep).clicked() {
                entry.confirm = None;
            }
        });
        return;
    }
    ui.horizontal(|ui| {
        let text = if entry.editing.is_some() {
            t.entry_save
        } else {
            t.entry_add
        };
        if ui.button(text).clicked() || entered {
            match read_form(entry, kpi) {
                Err(reason) => entry.error = Some(reason),
                Ok((new, unit)) => match same_date(kpi, new.date, entry.editing) {
                    Some(other) => {
                        let m = &kpi.measurements[other];
                        let existing = format!(
                            "{}: {}",
                            shown_date(m.date),
                            format_amount(m.value, &kpi.unit)
                        );
                        entry.confirm = Some(Pending {
                            new,
                            unit,
                            existing,
                        });
                    }
                    None => {
                        edits.extend(
                            put_measurement(map, at, entry.editing, new, &unit).map(|e| (e, None)),
                        );
                        *entry = entry.after();
                    }
                },
            }
        }
        if entry.editing.is_some() && ui.button(t.entry_cancel).clicked() {
            *entry = Entry::today();
        }
    });
    if let Some(error) = &entry.error {
        ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
    }
}
