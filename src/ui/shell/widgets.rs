//! Small widgets every feature uses: text fields that make one undo step per
//! edit, text placed in a rectangle, widgets laid over a painting.

use egui::epaint::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, Color32, FontId, Rect, RichText, Ui, pos2};

use crate::edit::Gesture;
use crate::i18n::fill;
use crate::model::{Channel, JourneyId, Map};

use super::State;

/// A labelled text field. Returns the new text when it changed; typing into
/// one field is one undo step.
pub fn text_field(
    ui: &mut Ui,
    state: &mut State,
    label: &str,
    value: &str,
    multiline: bool,
) -> Option<(String, Gesture)> {
    let label = ui.label(RichText::new(label).strong());
    let mut text = value.to_owned();
    let editor = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(editor.desired_width(f32::INFINITY))
        .labelled_by(label.id);
    if response.lost_focus() {
        state.gesture_ended = true;
    }
    response
        .changed()
        .then(|| (text, Gesture::Typing(format!("{:?}", response.id))))
}

/// A lane's items as one item per line, and back.
pub fn lines_field(
    ui: &mut Ui,
    state: &mut State,
    label: &str,
    items: &[String],
) -> Option<(Vec<String>, Gesture)> {
    let label = fill(
        crate::i18n::inspector::t().one_per_line,
        &[("label", &label)],
    );
    text_field(ui, state, &label, &items.join("\n"), true).map(|(text, gesture)| {
        let items = if text.is_empty() {
            Vec::new()
        } else {
            text.split('\n').map(str::to_owned).collect()
        };
        (items, gesture)
    })
}

/// A channel picker with "other" and its name. Returns the new channel when it changed.
pub fn channel_ui(
    ui: &mut Ui,
    state: &mut State,
    label: &str,
    channel: Option<&Channel>,
) -> Option<(Option<Channel>, Option<Gesture>)> {
    let t = crate::i18n::inspector::t();
    let label = ui.label(RichText::new(label).strong());
    let mut changed = None;
    let shown = channel.map_or(t.none, |c| {
        if matches!(c, Channel::Other(_)) {
            t.other
        } else {
            c.name()
        }
    });
    egui::ComboBox::from_id_salt(("channel", label.id))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            if ui.selectable_label(channel.is_none(), t.none).clicked() {
                changed = Some((None, None));
            }
            for option in Channel::LISTED {
                if ui
                    .selectable_label(channel == Some(&option), option.name())
                    .clicked()
                {
                    changed = Some((Some(option), None));
                }
            }
            if ui
                .selectable_label(matches!(channel, Some(Channel::Other(_))), t.other_choice)
                .clicked()
            {
                changed = Some((Some(Channel::Other(String::new())), None));
            }
        })
        .response
        .labelled_by(label.id);
    if let Some(Channel::Other(name)) = channel
        && let Some((name, g)) = text_field(ui, state, t.other_channel, name, false)
    {
        changed = Some((Some(Channel::Other(name)), Some(g)));
    }
    changed
}

/// Adds a widget on top of what is drawn at `rect`, without moving the
/// layout cursor (as `Ui::put` would).
pub fn overlay(ui: &mut Ui, rect: Rect, widget: impl egui::Widget) -> egui::Response {
    ui.new_child(egui::UiBuilder::new().max_rect(rect))
        .add_sized(rect.size(), widget)
}

/// [`overlay`] with an id of its own: the widget keeps its identity (and its
/// node in the accessibility tree) when other overlays come and go.
pub fn overlay_at(
    ui: &mut Ui,
    id_salt: impl egui::AsIdSalt,
    rect: Rect,
    widget: impl egui::Widget,
) -> egui::Response {
    ui.new_child(egui::UiBuilder::new().id_salt(id_salt).max_rect(rect))
        .add_sized(rect.size(), widget)
}

/// Text laid out inside `rect`: wrapped to its width, at most `rows` lines, cut with "…".
pub fn text_in(
    painter: &egui::Painter,
    rect: Rect,
    text: &str,
    font: FontId,
    color: Color32,
    rows: usize,
    align: Align2,
) {
    if rect.width() < 8.0 {
        return;
    }
    let mut job = LayoutJob::single_section(text.to_owned(), TextFormat::simple(font, color));
    job.wrap = TextWrapping {
        max_width: rect.width(),
        max_rows: rows,
        break_anywhere: false,
        overflow_character: Some('…'),
    };
    job.halign = align.x();
    let galley = painter.layout_job(job);
    let pos = match align.y() {
        egui::Align::Min => rect.top(),
        egui::Align::Center => rect.center().y - galley.size().y / 2.0,
        egui::Align::Max => rect.bottom() - galley.size().y,
    };
    let x = match align.x() {
        egui::Align::Min => rect.left(),
        egui::Align::Center => rect.center().x,
        egui::Align::Max => rect.right(),
    };
    painter.galley(pos2(x, pos), galley, color);
}

/// Each phase's average emotion of the as-is and the to-be journey, and
/// the difference (the same numbers the canvas shows per phase): the
/// journey inspector and the personas' compare window show it.
pub fn improvement_table_ui(ui: &mut Ui, map: &Map, as_is: JourneyId, to_be: JourneyId) {
    let t = crate::i18n::iterate::t();
    let (Some(before), Some(after)) = (map.journey(as_is), map.journey(to_be)) else {
        return;
    };
    ui.add_space(4.0);
    ui.label(RichText::new(t.improvement_table).weak());
    // Journey names are long: they go above the table, the columns say which is which.
    ui.add(egui::Label::new(fill(t.as_is_named, &[("name", &before.name)])).wrap());
    ui.add(egui::Label::new(fill(t.to_be_named, &[("name", &after.name)])).wrap());
    let number = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:+.1}"));
    egui::Grid::new(("improvement", to_be))
        .striped(true)
        .show(ui, |ui| {
            ui.label("");
            ui.label(RichText::new(t.as_is_column).strong());
            ui.label(RichText::new(t.to_be_column).strong());
            ui.label(RichText::new(t.change).strong());
            ui.end_row();
            let averages = super::compare::journey_averages(map, as_is)
                .into_iter()
                .zip(super::compare::journey_averages(map, to_be));
            for ((phase, was), (_, will)) in averages {
                let name = map.phase(phase).map_or("", |p| p.name.as_str());
                ui.label(name);
                ui.label(number(was));
                ui.label(number(will));
                let change = was.zip(will).map(|(a, b)| b - a);
                ui.label(RichText::new(number(change)).strong());
                ui.end_row();
            }
        });
}
