//! Workshop mode: the map on a projector. Full screen, large type, no
//! chrome; the facilitator walks phase by phase and step by step with the
//! keyboard, types steps and sticky notes into the quick-capture bar, and
//! times exercises.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture};
use crate::i18n::fill;
use crate::i18n::workshop::t;
use crate::model::Lane;
use crate::model::{Emotion, Map, PhaseId, Step};
use crate::scene;

use crate::ui::shell::commands::{Command, Scope};
use crate::ui::shell::navigate::{self, Capture, focused_phase, focused_step};
use crate::ui::shell::theme;
use crate::ui::shell::{Selection, State};

/// Workshop mode draws everything larger, in step with the screen
/// (`shell::screen::workshop_zoom`), and at least this much larger.
pub const ZOOM_MIN: f32 = 1.1;

/// Workshop mode's own state.
#[derive(Clone, Debug, Default)]
pub struct Workshop {
    /// The text typed into the quick-capture bar.
    pub capture: String,
    /// What the last capture did (or why it could not), and whether it failed.
    pub message: Option<(String, bool)>,
    /// The phase in focus (kept when the focused step goes away).
    pub phase: Option<PhaseId>,
    /// The phase the view was last fitted to.
    pub fitted_phase: Option<PhaseId>,
    /// Whether the whole map is shown instead of the focused phase.
    pub whole_map: bool,
    /// The exercise timer.
    pub timer: Timer,
    /// How tall the focused step's card was last frame: the canvas takes
    /// the rest of the height.
    pub card_height: f32,
    /// The facilitator pressed "Invite the room": the shell opens invitations.
    pub invite: bool,
}

impl Workshop {
    /// Forgets what belonged to the map that was open: the focused phase,
    /// the fitted view and the last capture's message. The capture bar's
    /// text, the whole-map toggle and the timer stay.
    pub fn forget_document(&mut self) {
        self.phase = None;
        self.fitted_phase = None;
        self.message = None;
    }
}

/// A countdown for workshop exercises, on the app's clock (seconds).
#[derive(Clone, Debug, PartialEq)]
pub struct Timer {
    /// Its length in minutes.
    pub minutes: u32,
    /// When it was last started, while it runs.
    pub started: Option<f64>,
    /// Seconds run before the last start.
    pub run_before: f64,
}

impl Default for Timer {
    fn default() -> Self {
        Self {
            minutes: 10,
            started: None,
            run_before: 0.0,
        }
    }
}

impl Timer {
    /// Seconds left at time `now` (never below zero).
    pub fn left(&self, now: f64) -> f64 {
        let run = self.run_before + self.started.map_or(0.0, |s| (now - s).max(0.0));
        (f64::from(self.minutes) * 60.0 - run).max(0.0)
    }

    /// Starts or pauses.
    pub fn toggle(&mut self, now: f64) {
        match self.started.take() {
            Some(s) => self.run_before += (now - s).max(0.0),
            None => self.started = Some(now),
        }
    }

    /// Back to the full length, stopped.
    pub fn reset(&mut self) {
        self.started = None;
        self.run_before = 0.0;
    }

    /// Whether it is counting down.
    pub fn running(&self) -> bool {
        self.started.is_some()
    }
}

/// "mm:ss" for a number of seconds, rounded up so 0:00 means time is up.
pub fn clock(seconds: f64) -> String {
    let whole = seconds.ceil().max(0.0) as u64;
    format!("{:02}:{:02}", whole / 60, whole % 60)
}

/// Workshop mode's keys, from the command list's workshop scope
/// ([`Scope::Workshop`]); true when the user leaves workshop mode.
pub fn handle_keys(
    ui: &Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) -> bool {
    let Some(workshop) = &state.workshop else {
        return false;
    };
    // A title typed on the canvas keeps its keys (Escape cancels it).
    if state.journey.inplace.is_some() {
        return false;
    }
    let empty = workshop.capture.is_empty();
    let ctx = ui.ctx();
    let now = ctx.input(|i| i.time);
    let key = |only: &dyn Fn(&Command) -> bool| Command::pressed(ctx, Scope::Workshop, only);
    // Escape and the timer work alongside one walk or nudge in the same frame.
    if key(&|c| *c == Command::LeaveWorkshop).is_some()
        && run_key(&Command::LeaveWorkshop, map, state, edits, now)
    {
        return true;
    }
    if let Some(command) = key(&|c| *c == Command::ToggleTimer) {
        run_key(&command, map, state, edits, now);
    }
    // The arrows that walk steps are the capture bar's while it has text.
    let walk = |c: &Command| {
        !matches!(c, Command::LeaveWorkshop | Command::ToggleTimer)
            && (empty || !matches!(c, Command::WalkSteps(_)))
    };
    if let Some(command) = key(&walk) {
        run_key(&command, map, state, edits, now);
    }
    false
}

/// Runs one of workshop mode's key commands; true when it leaves workshop
/// mode (Escape with an empty capture bar). `now` is the input's time, for
/// the timer. Any other command does nothing.
pub fn run_key(
    command: &Command,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    now: f64,
) -> bool {
    match *command {
        Command::LeaveWorkshop => match &mut state.workshop {
            Some(w) if !w.capture.is_empty() => w.capture.clear(),
            _ => return true,
        },
        Command::ToggleTimer => {
            if let Some(w) = &mut state.workshop {
                w.timer.toggle(now);
            }
        }
        Command::NudgeEmotion(way) => {
            navigate::nudge_emotion(map, state, edits, way.delta() as f64);
        }
        Command::WalkJourneys(way) => navigate::walk_journeys(map, state, way.delta()),
        Command::WalkSteps(way) => navigate::walk_steps(map, state, way.delta()),
        Command::WalkPhases(way) => walk_phase(map, state, way.delta()),
        _ => {}
    }
    false
}

/// Moves the focus to the next or previous phase, onto its first step when it has one.
pub fn walk_phase(map: &Map, state: &mut State, delta: isize) {
    let current = focused_phase(map, state);
    let Some(phase) = navigate::phase_from(map, current, delta) else {
        return;
    };
    let first = state
        .active_journey(map)
        .and_then(|j| map.journey(j))
        .and_then(|j| navigate::steps_in_phase(map, j, phase).first().copied());
    match first {
        Some(step) => navigate::select_step(map, state, step),
        None => state.selection = Selection::Phase(phase),
    }
    if let Some(w) = &mut state.workshop {
        w.phase = Some(phase);
    }
}

/// Carries out a quick-capture line; returns the message to show.
pub fn capture(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    line: &str,
) -> Option<(String, bool)> {
    let t = t();
    let parsed = navigate::parse_capture(line)?;
    let step = focused_step(state)
        .and_then(|id| map.step(id))
        .map(|(_, s)| s.clone());
    match parsed {
        Capture::Step { title, emotion } => {
            let Some(phase) = focused_phase(map, state) else {
                return Some((t.need_phase.to_owned(), true));
            };
            let emotion = emotion.unwrap_or(0.0);
            let after = step.as_ref().filter(|s| s.phase == phase).map(|s| s.id);
            navigate::add_step_in_phase(map, state, edits, phase, after, &title, emotion);
            let phase_name = map.phase(phase).map_or("", |p| p.name.as_str());
            Some((
                fill(
                    t.added_step,
                    &[
                        ("title", &title),
                        ("emotion", &Emotion::nearest(emotion).name()),
                        ("phase", &phase_name),
                    ],
                ),
                false,
            ))
        }
        Capture::PainPoint(text) => {
            add_note(step, edits, |s| s.pain_points.push(text), t.added_pain)
        }
        Capture::Opportunity(text) => add_note(
            step,
            edits,
            |s| s.opportunities.push(text),
            t.added_opportunity,
        ),
    }
}

/// Puts a note on the focused step (`note` adds it); says so, or that there is no step.
fn add_note(
    step: Option<Step>,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    note: impl FnOnce(&mut Step),
    done: &str,
) -> Option<(String, bool)> {
    let Some(mut step) = step else {
        return Some((t().need_step.to_owned(), true));
    };
    note(&mut step);
    let message = fill(done, &[("title", &step.title)]);
    edits.push((Edit::SetStep(step), None));
    Some((message, false))
}

/// Fits the view to the focused phase (with a little of its neighbours), or to the whole map.
fn follow_focus(map: &Map, state: &mut State) {
    let phase = focused_phase(map, state);
    let Some(workshop) = &mut state.workshop else {
        return;
    };
    workshop.phase = phase;
    if workshop.whole_map || phase == workshop.fitted_phase {
        return;
    }
    workshop.fitted_phase = phase;
    let starts = scene::phase_starts(map);
    if let Some((_, start, width)) = phase.and_then(|p| starts.get(p)) {
        let plot = scene::plot_rect(state.journey.canvas_rect);
        let span = width * 1.3;
        state.journey.view.zoom = (f64::from(plot.width().max(50.0)) / span) as f32;
        state.journey.view.left_time = start - width * 0.15;
        state.journey.fitted = None;
        state.journey.needs_fit = false;
    }
}

/// The workshop screen: header, canvas, the focused step large, the capture bar.
pub fn workshop_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    canvas: impl FnOnce(&mut Ui, f32, &Map, &mut State, &mut Vec<(Edit, Option<Gesture>)>),
) -> bool {
    let mut leave = handle_keys(ui, map, state, edits);
    follow_focus(map, state);
    let t = t();
    let now = ui.input(|i| i.time);

    egui::Panel::top("workshop-header").show(ui, |ui| {
        ui.add_space(4.0);
        // Row one: where the walk-through is, and the way out.
        ui.horizontal(|ui| {
            let phase = focused_phase(map, state);
            let text = match phase.and_then(|p| map.phases.iter().position(|x| x.id == p)) {
                Some(i) => fill(
                    t.phase_of,
                    &[
                        ("n", &(i + 1)),
                        ("count", &map.phases.len()),
                        ("name", &map.phases[i].name),
                    ],
                ),
                None => t.no_phases.to_owned(),
            };
            ui.label(RichText::new(text).size(22.0).strong());
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui.button(RichText::new(t.exit).size(16.0)).clicked() {
                    leave = true;
                }
                // While the room is not invited, the way to invite it sits
                // in the header's row, taking no height from the canvas.
                if state.room.is_none()
                    && let Some(w) = &mut state.workshop
                {
                    let words = crate::i18n::room::t();
                    if ui
                        .button(RichText::new(words.invite).size(16.0))
                        .on_hover_text(words.invite_hover)
                        .clicked()
                    {
                        w.invite = true;
                        ui.ctx().request_repaint();
                    }
                }
                if let Some(w) = &mut state.workshop {
                    let before = w.whole_map;
                    ui.toggle_value(&mut w.whole_map, RichText::new(t.whole_map).size(16.0))
                        .on_hover_text(t.whole_map_hover);
                    if before != w.whole_map {
                        w.fitted_phase = None;
                        if w.whole_map {
                            state.journey.needs_fit = true;
                        }
                    }
                }
            });
        });
        // Row two: the exercise timer, and the map's title.
        let row = egui::vec2(ui.available_width(), 34.0);
        let centred = egui::Layout::left_to_right(egui::Align::Center);
        ui.allocate_ui_with_layout(row, centred, |ui| {
            if let Some(w) = &mut state.workshop {
                timer_ui(ui, &mut w.timer, now);
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let title = fill(t.title, &[("map", &map.title)]);
                ui.add(egui::Label::new(RichText::new(title).size(15.0).weak()).truncate());
            });
        });
        ui.add_space(2.0);
    });

    egui::Panel::bottom("workshop-capture").show(ui, |ui| {
        ui.add_space(6.0);
        capture_bar_ui(ui, map, state, edits);
        ui.add_space(6.0);
    });

    egui::CentralPanel::default().show(ui, |ui| {
        // The canvas takes the height the step's card leaves, and at least
        // 60 % of it (the card scrolls when it has more notes than that).
        let available = ui.available_height();
        let card = state.workshop.as_ref().map_or(0.0, |w| w.card_height);
        let canvas_height = (available - card - 8.0)
            .max(available * 0.6)
            .min(available - 60.0)
            .max(160.0);
        canvas(ui, canvas_height, map, state, edits);
        ui.add_space(6.0);
        let shown = egui::ScrollArea::vertical()
            .id_salt("workshop-step")
            .show(ui, |ui| step_card_ui(ui, map, state, edits));
        if let Some(w) = &mut state.workshop {
            w.card_height = shown.content_size.y;
        }
    });
    if state.workshop.as_ref().is_some_and(|w| w.timer.running()) {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(250));
    }
    leave
}

fn timer_ui(ui: &mut Ui, timer: &mut Timer, now: f64) {
    let t = t();
    let left = timer.left(now);
    let (text, colour) = if left <= 0.0 {
        (t.times_up.to_owned(), theme::LOW_MARK)
    } else {
        (clock(left), ui.visuals().strong_text_color())
    };
    ui.label(RichText::new(t.timer).size(16.0));
    let clock_text = RichText::new(text)
        .size(24.0)
        .strong()
        .monospace()
        .color(colour);
    let response = ui.label(clock_text);
    let spoken = fill(t.timer_label, &[("time", &clock(left))]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Timer, true, &spoken));
    let label = if timer.running() { t.pause } else { t.start };
    if ui.button(RichText::new(label).size(16.0)).clicked() {
        timer.toggle(now);
    }
    if ui.button(RichText::new(t.reset).size(16.0)).clicked() {
        timer.reset();
    }
    if !timer.running() && timer.run_before == 0.0 {
        for minutes in [5, 10, 15] {
            let text = RichText::new(fill(t.minutes, &[("n", &minutes)])).size(16.0);
            if ui
                .selectable_label(timer.minutes == minutes, text)
                .clicked()
            {
                timer.minutes = minutes;
            }
        }
    }
}

fn capture_bar_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let t = t();
    let Some(workshop) = &mut state.workshop else {
        return;
    };
    let mut text = std::mem::take(&mut workshop.capture);
    let message = workshop.message.clone();
    let mut submitted = None;
    // A title typed on the canvas keeps the keyboard until it is done.
    let typing_on_canvas = state.journey.inplace.is_some();
    ui.horizontal(|ui| {
        ui.label(RichText::new(t.capture_label).size(20.0).strong());
        let field = egui::TextEdit::singleline(&mut text)
            .hint_text(t.capture_hint)
            .font(egui::FontId::proportional(22.0))
            .desired_width(f32::INFINITY);
        let response = ui.add(field);
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.capture_label)
        });
        // The bar keeps the keyboard unless another text field has it
        // (a clicked button or the canvas gives it back).
        let typing_elsewhere =
            typing_on_canvas || ui.ctx().egui_wants_keyboard_input() && !response.has_focus();
        if !typing_elsewhere && !response.has_focus() {
            response.request_focus();
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            submitted = Some(std::mem::take(&mut text));
        }
    });
    if let Some((message, failed)) = &message {
        let colour = if *failed {
            theme::LOW_MARK
        } else {
            ui.visuals().text_color()
        };
        ui.label(RichText::new(message).size(16.0).color(colour));
    }
    // The keys on a line of their own, so a long message never runs into them.
    ui.add(egui::Label::new(RichText::new(t.keys_hint).size(13.0).weak()).truncate());
    if let Some(w) = &mut state.workshop {
        w.capture = text;
    }
    if let Some(line) = submitted {
        let result = capture(map, state, edits, &line);
        if let Some(w) = &mut state.workshop {
            if let Some((_, true)) = &result {
                // Keep what was typed, so nothing is lost.
                w.capture = line;
            }
            if result.is_some() {
                w.message = result;
            }
        }
    }
}

/// The focused step, large: title, feeling, and its lanes as sticky notes.
fn step_card_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let t = t();
    let Some((journey, step)) = focused_step(state).and_then(|id| map.step(id)) else {
        let phase_empty = focused_phase(map, state).is_some_and(|p| {
            state
                .active_journey(map)
                .and_then(|j| map.journey(j))
                .is_none_or(|j| navigate::steps_in_phase(map, j, p).is_empty())
        });
        ui.label(
            RichText::new(if phase_empty {
                t.empty_phase
            } else {
                t.no_step
            })
            .size(20.0),
        );
        return;
    };
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&step.title)
                .size(30.0)
                .strong()
                .color(theme::color(journey.color)),
        );
        ui.label(
            RichText::new(fill(
                t.emotion_of,
                &[("emotion", &Emotion::nearest(step.emotion).name())],
            ))
            .size(20.0),
        );
    });
    ui.add_space(6.0);
    let lanes = [
        Lane::Actions,
        Lane::Thoughts,
        Lane::PainPoints,
        Lane::Opportunities,
        Lane::Touchpoint,
    ];
    let mut changed: Option<Step> = None;
    ui.columns(lanes.len(), |columns| {
        for (ui, lane) in columns.iter_mut().zip(lanes) {
            ui.label(RichText::new(lane.title()).size(20.0).strong());
            let items: Vec<String> = match lane {
                Lane::Touchpoint => {
                    let text = lane.text(step);
                    if text.trim().is_empty() {
                        Vec::new()
                    } else {
                        vec![text]
                    }
                }
                _ => lane
                    .text(step)
                    .lines()
                    .map(str::to_owned)
                    .filter(|l| !l.trim().is_empty())
                    .collect(),
            };
            if items.is_empty() {
                ui.label(RichText::new(t.nothing_yet).size(16.0).weak().italics());
            }
            for (index, item) in items.iter().enumerate() {
                if sticky_note(ui, lane, item) {
                    let mut edited = step.clone();
                    match lane {
                        Lane::Actions => drop(edited.actions.remove(index)),
                        Lane::Thoughts => drop(edited.thoughts.remove(index)),
                        Lane::PainPoints => drop(edited.pain_points.remove(index)),
                        Lane::Opportunities => drop(edited.opportunities.remove(index)),
                        Lane::Touchpoint => {}
                    }
                    changed = Some(edited);
                }
            }
        }
    });
    if let Some(step) = changed {
        edits.push((Edit::SetStep(step), None));
    }
}

/// One sticky note; returns whether its remove button was clicked.
fn sticky_note(ui: &mut Ui, lane: Lane, text: &str) -> bool {
    let mut remove = false;
    egui::Frame::new()
        .fill(theme::note_colour(lane))
        .stroke(egui::Stroke::new(1.0, theme::NOTE_EDGE))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::same(8))
        // Room for the shadow before the next column.
        .outer_margin(egui::Margin {
            right: 6,
            ..egui::Margin::ZERO
        })
        .shadow(egui::Shadow {
            offset: [2, 3],
            blur: 4,
            spread: 0,
            color: theme::NOTE_SHADOW,
        })
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_top(|ui| {
                ui.add(
                    egui::Label::new(RichText::new(text).size(18.0).color(theme::PAPER_INK)).wrap(),
                );
                if lane != Lane::Touchpoint {
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        let button =
                            egui::Button::new(RichText::new("×").color(theme::NOTE_REMOVE))
                                .frame(false);
                        let response = ui.add(button);
                        // Screen readers hear what the × does.
                        response.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Button, true, t().remove_note)
                        });
                        if response.on_hover_text(t().remove_note).clicked() {
                            remove = true;
                        }
                    });
                }
            });
        });
    ui.add_space(6.0);
    remove
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_counts_down_pauses_and_resets() {
        let mut timer = Timer {
            minutes: 5,
            ..Timer::default()
        };
        assert_eq!(clock(timer.left(100.0)), "05:00");
        timer.toggle(100.0);
        assert_eq!(clock(timer.left(160.5)), "04:00");
        timer.toggle(160.5);
        assert_eq!(clock(timer.left(1_000.0)), "04:00");
        timer.toggle(1_000.0);
        assert_eq!(timer.left(10_000.0), 0.0);
        assert_eq!(clock(0.0), "00:00");
        timer.reset();
        assert!(!timer.running());
        assert_eq!(clock(timer.left(20_000.0)), "05:00");
    }
}
