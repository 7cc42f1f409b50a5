//! The time-by-emotion canvas: phase bands, the emotion scale, the journeys'
//! curves and steps. It paints the map's scene, and raises edits.

use egui::{Align2, Color32, Pos2, Rect, Sense, Stroke, Ui, pos2, vec2};

use crate::edit::{Edit, Gesture, ops};
use crate::io;
use crate::model::{Emotion, Map, PhaseId, Step, StepId};
use crate::scene::{self, Canvas, Scene, Sizes, View, emotion_at, plot_rect};
// The edit-building functions below call the scene's geometry by its old name.

use super::paint::{Look, paint_scene};
use crate::i18n::canvas::t;
use crate::i18n::fill;
use crate::ui::shell::commands::{Command, Scope, Way};
use crate::ui::shell::navigate::{
    insert_step_after_selection, insert_steps, nudge_emotion, nudge_time, walk_journeys,
    walk_phases, walk_steps,
};
use crate::ui::shell::theme;
use crate::ui::shell::widgets::overlay_at;
use crate::ui::shell::{Selection, State};

/// How close (in points) the pointer must be to a step to grab it.
const HIT_RADIUS: f32 = 12.0;
/// How close to a band's right edge the pointer must be to resize it.
const EDGE_GRAB: f32 = 6.0;

/// A gesture on the canvas that lasts while the pointer is down.
#[derive(Clone, Debug)]
pub enum Drag {
    /// Moving the selected steps; their state when the drag began.
    Steps {
        /// One undo step for the whole drag.
        gesture: Gesture,
        /// Where the pointer was pressed.
        origin: Pos2,
        /// The dragged steps as they were, with their time on the axis.
        start: Vec<(Step, f64)>,
    },
    /// Resizing a phase by its right edge.
    Resize {
        /// One undo step for the whole drag.
        gesture: Gesture,
        /// The phase.
        phase: PhaseId,
        /// Its width when the drag began.
        width: f64,
        /// Where the pointer was pressed.
        origin: Pos2,
    },
    /// Moving a phase to another place in the order.
    Reorder {
        /// One undo step for the whole drag.
        gesture: Gesture,
        /// The phase.
        phase: PhaseId,
    },
    /// Selecting the steps inside a box.
    Box {
        /// Where the box started.
        origin: Pos2,
        /// Whether to add to the selection.
        add: bool,
    },
    /// Panning the view.
    Pan,
}

/// What is under the pointer.
enum Hit {
    Step(StepId),
    Edge(PhaseId),
    Header(PhaseId),
    Plot,
}

/// The row above the canvas: one toggle per journey (show, hide, focus), with
/// the persona's name, in the journey's colour.
pub fn legend_ui(ui: &mut Ui, map: &Map, state: &mut State) {
    ui.horizontal_wrapped(|ui| {
        let t = t();
        ui.label(egui::RichText::new(t.journeys).strong());
        if map.journeys.is_empty() {
            ui.label(t.no_journeys);
        }
        for journey in &map.journeys {
            if let Some(persona) = journey.persona.and_then(|p| map.persona(p)) {
                crate::ui::shell::avatars::avatar_ui(ui, &mut state.avatars, persona, 22.0);
            }
            let mut visible = state.is_visible(journey.id);
            let persona = journey
                .persona
                .and_then(|p| map.persona(p))
                .map(|p| p.name.as_str());
            let text = match persona {
                Some(name) if name != journey.name => format!("{} ({name})", journey.name),
                _ => journey.name.clone(),
            };
            let label = egui::RichText::new(text)
                .color(theme::color(journey.color))
                .strong();
            if ui
                .checkbox(&mut visible, label)
                .on_hover_text(t.show_hide_journey)
                .changed()
            {
                if visible {
                    state.journey.hidden.remove(&journey.id);
                } else {
                    state.journey.hidden.insert(journey.id);
                }
            }
            let focused = state.journey.focus == Some(journey.id);
            let toggle = ui.selectable_label(focused, t.focus);
            // Each journey's toggle says whose it is.
            ui.ctx().accesskit_node_builder(toggle.id, |node| {
                node.set_label(fill(t.focus_named, &[("name", &journey.name)]));
            });
            if toggle.on_hover_text(t.focus_hover).clicked() {
                state.journey.focus = if focused { None } else { Some(journey.id) };
            }
            ui.add_space(10.0);
        }
    });
}

/// Draws the canvas and handles its gestures.
pub fn canvas_ui(
    ui: &mut Ui,
    height: f32,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click_and_drag());
    state.journey.canvas_rect = rect;
    let plot = plot_rect(rect);
    let resized_untouched = state
        .journey
        .fitted
        .is_some_and(|(view, width)| view == state.journey.view && width != plot.width());
    if state.journey.needs_fit || resized_untouched {
        state.journey.view = fitted_view(map, plot);
        state.journey.fitted = Some((state.journey.view, plot.width()));
        state.journey.needs_fit = false;
    }
    let large = state.workshop.is_some() || theme::high_contrast(ui.ctx());
    // The steps in time order, sorted again only when the map changed.
    let index = state.journey.index.get(map, state.journey.revision);
    let scene = scene::scene(
        map,
        rect,
        state.journey.view,
        &scene::Options {
            visible: &|id| state.is_visible(id),
            sizes: if large { Sizes::LARGE } else { Sizes::NORMAL },
            badges: true,
            front: state.active_journey(map),
            focus: state.journey.focus,
            selected: state.selection.steps(),
            index: Some(&index),
        },
    );
    let scene = scene::evidence::tinted(map, scene, state.journey.evidence_tint);
    let canvas = &scene.canvas;
    let front = state.active_journey(map);
    state.journey.front_curve = canvas.curves.iter().find(|c| Some(c.id) == front).cloned();

    handle_view_input(ui, &response, plot, state);
    handle_pointer(ui, &response, map, &scene, state, edits);
    if state.workshop.is_none() {
        handle_keys(ui, &response, map, state, edits);
    }
    handle_clipboard(ui, map, state, edits);

    let painter = ui.painter_at(rect);
    paint_scene(&painter, map, &scene, &Look::of(ui, map, state));
    if let Some(tint) = &scene.evidence {
        super::tint::legend_access(ui, tint);
    }
    if let Some(ghost) = &state.ghost {
        super::ghosts::paint_ghosts(&painter, canvas, state.journey.view, ghost, state);
    }
    super::survey_curve::paint_counts(&painter, map, &scene, ui.visuals().dark_mode);
    paint_curve_avatars(ui, map, &scene, state);
    if let Some(Drag::Box { origin, .. }) = &state.journey.drag
        && let Some(pointer) = response.hover_pos().or(response.interact_pointer_pos())
    {
        let area = Rect::from_two_pos(*origin, pointer);
        painter.rect_filled(area, 0.0, theme::BOX_SELECT);
        painter.rect_stroke(
            area,
            0.0,
            Stroke::new(1.0, theme::BOX_SELECT.to_opaque()),
            egui::StrokeKind::Inside,
        );
    }
    rename_ui(ui, map, canvas, state, edits);
    // Enter or Escape in a title gives the keyboard back to the canvas.
    if super::inplace::title_editor_ui(ui, map, &scene, state, edits) {
        response.request_focus();
    }
    content_badges_ui(ui, map, &scene, state);
    shortened_names_hover(&response, &scene);
    super::survey_curve::running_hover(&response, map, &scene);
    super::access::canvas_access_ui(ui, &response, map, &scene, state, edits);
}

/// The view that shows the whole map with a little room on both sides.
fn fitted_view(map: &Map, plot: Rect) -> View {
    let margin = 40.0;
    let mut view = View::fit(map, plot.width() - 2.0 * margin);
    view.left_time = -f64::from(margin) / f64::from(view.zoom);
    view
}

fn handle_view_input(ui: &Ui, response: &egui::Response, plot: Rect, state: &mut State) {
    if !response.hovered() {
        return;
    }
    let (zoom, scroll, pointer) = ui.input(|i| {
        (
            i.zoom_delta(),
            i.smooth_scroll_delta(),
            i.pointer.hover_pos(),
        )
    });
    let anchor = pointer.map_or(plot.center().x, |p| p.x);
    if zoom != 1.0 {
        state.journey.view.zoom_around(zoom, anchor, plot);
    } else if scroll != egui::Vec2::ZERO {
        state.journey.view.pan(scroll.x + scroll.y);
    }
    if response.dragged_by(egui::PointerButton::Middle) {
        state.journey.view.pan(response.drag_delta().x);
    }
}

fn hit_test(scene: &Scene, pos: Pos2) -> Hit {
    let canvas = &scene.canvas;
    // The topmost (last drawn) curve wins.
    let step = canvas
        .curves
        .iter()
        .rev()
        .flat_map(|c| c.points.iter())
        .map(|p| (p.id, p.pos.distance(pos)))
        .filter(|(_, d)| *d <= HIT_RADIUS)
        .min_by(|a, b| a.1.total_cmp(&b.1));
    if let Some((id, _)) = step {
        return Hit::Step(id);
    }
    for band in &canvas.bands {
        if (band.rect.right() - pos.x).abs() <= EDGE_GRAB && pos.y <= canvas.plot.bottom() {
            return Hit::Edge(band.id);
        }
    }
    if let Some(header) = scene.headers.iter().find(|h| h.rect.contains(pos)) {
        return Hit::Header(header.phase);
    }
    Hit::Plot
}

fn handle_pointer(
    ui: &Ui,
    response: &egui::Response,
    map: &Map,
    scene: &Scene,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let canvas = &scene.canvas;
    let shift = ui.input(|i| i.modifiers.shift);
    if let Some(pos) = response.hover_pos()
        && matches!(hit_test(scene, pos), Hit::Edge(_))
    {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
    }

    if response.double_clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        // A double-click on a step or its title types in the title. The
        // double-click's first click chose the step: where choosing it moved
        // the canvas (the workshop's card grows), that step is meant.
        let title = scene.titles.iter().find(|t| t.area.contains(pos));
        let hit = match (hit_test(scene, pos), state.journey.clicked_step.take()) {
            (Hit::Plot, Some(step)) if state.selection.has_step(step) => Hit::Step(step),
            (hit, _) => hit,
        };
        match (title, hit) {
            (_, Hit::Step(step)) | (Some(&scene::Title { step, .. }), Hit::Plot) => {
                state.selection = Selection::Steps(vec![step]);
                super::inplace::start_title(map, state, step);
            }
            (_, Hit::Header(phase)) => {
                let name = map.phase(phase).map(|p| p.name.clone()).unwrap_or_default();
                state.journey.renaming = Some((phase, name));
            }
            (None, Hit::Plot) if canvas.plot.contains(pos) => {
                let before = edits.len();
                add_step_at(map, canvas, state, pos, edits);
                super::inplace::ready_added_title(state, before, edits);
            }
            _ => {}
        }
        return;
    }
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        let hit = hit_test(scene, pos);
        state.journey.clicked_step = match hit {
            Hit::Step(id) => Some(id),
            _ => None,
        };
        state.selection = match hit {
            Hit::Step(id) => toggle_step(&state.selection, id, shift),
            Hit::Header(phase) | Hit::Edge(phase) => Selection::Phase(phase),
            Hit::Plot => Selection::None,
        };
    }

    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = response.interact_pointer_pos()
    {
        let origin = ui.input(|i| i.pointer.press_origin()).unwrap_or(origin);
        state.journey.drag = Some(match hit_test(scene, origin) {
            Hit::Step(id) => {
                if !state.selection.has_step(id) {
                    state.selection = toggle_step(&state.selection, id, shift);
                }
                let starts = scene::phase_starts(map);
                let start = state
                    .selection
                    .steps()
                    .iter()
                    .filter_map(|id| map.step(*id))
                    .filter_map(|(_, s)| Some((s.clone(), scene::step_time(s, &starts)?)))
                    .collect();
                Drag::Steps {
                    gesture: state.next_drag(),
                    origin,
                    start,
                }
            }
            Hit::Edge(phase) => Drag::Resize {
                gesture: state.next_drag(),
                phase,
                width: map.phase(phase).map_or(1.0, |p| p.width),
                origin,
            },
            Hit::Header(phase) => {
                state.selection = Selection::Phase(phase);
                Drag::Reorder {
                    gesture: state.next_drag(),
                    phase,
                }
            }
            Hit::Plot if shift => Drag::Box { origin, add: true },
            Hit::Plot => Drag::Pan,
        });
    }

    if response.dragged_by(egui::PointerButton::Primary)
        && let Some(pointer) = response.interact_pointer_pos()
    {
        match &state.journey.drag {
            Some(Drag::Steps {
                gesture,
                origin,
                start,
            }) => {
                if let Some(edit) = move_steps(map, canvas, state, start, pointer - *origin) {
                    edits.push((edit, Some(gesture.clone())));
                }
            }
            Some(Drag::Resize {
                gesture,
                phase,
                width,
                origin,
            }) => {
                if let Some(p) = map.phase(*phase) {
                    let mut phase = p.clone();
                    phase.width = (width
                        + f64::from(pointer.x - origin.x) / f64::from(state.journey.view.zoom))
                    .max(0.5);
                    edits.push((Edit::SetPhase(phase), Some(gesture.clone())));
                }
            }
            Some(Drag::Reorder { gesture, phase }) => {
                let target = canvas
                    .bands
                    .iter()
                    .position(|b| b.rect.x_range().contains(pointer.x));
                let current = map.phases.iter().position(|p| p.id == *phase);
                if let (Some(target), Some(current)) = (target, current)
                    && target != current
                {
                    edits.push((Edit::MovePhase(*phase, target), Some(gesture.clone())));
                }
            }
            Some(Drag::Pan) => state.journey.view.pan(response.drag_delta().x),
            Some(Drag::Box { .. }) | None => {}
        }
    }

    if response.drag_stopped() {
        if let Some(Drag::Box { origin, add }) = state.journey.drag.take()
            && let Some(end) = response.interact_pointer_pos().or(response.hover_pos())
        {
            let area = Rect::from_two_pos(origin, end);
            let mut ids: Vec<StepId> = if add {
                state.selection.steps().to_vec()
            } else {
                Vec::new()
            };
            for point in canvas.curves.iter().flat_map(|c| c.points.iter()) {
                if area.contains(point.pos) && !ids.contains(&point.id) {
                    ids.push(point.id);
                }
            }
            state.selection = if ids.is_empty() {
                Selection::None
            } else {
                Selection::Steps(ids)
            };
        }
        state.journey.drag = None;
        state.gesture_ended = true;
    }
}

fn toggle_step(selection: &Selection, id: StepId, shift: bool) -> Selection {
    if !shift {
        return Selection::Steps(vec![id]);
    }
    let mut ids = selection.steps().to_vec();
    if let Some(i) = ids.iter().position(|s| *s == id) {
        ids.remove(i);
    } else {
        ids.push(id);
    }
    if ids.is_empty() {
        Selection::None
    } else {
        Selection::Steps(ids)
    }
}

fn snap(emotion: f64, on: bool) -> f64 {
    let emotion = emotion.clamp(Emotion::MIN, Emotion::MAX);
    if on {
        Emotion::nearest(emotion).value()
    } else {
        (emotion * 100.0).round() / 100.0
    }
}

/// The drag's edit: the dragged steps, as they were when it began, moved by `delta`.
fn move_steps(
    map: &Map,
    canvas: &Canvas,
    state: &State,
    start: &[(Step, f64)],
    delta: egui::Vec2,
) -> Option<Edit> {
    let dt = f64::from(delta.x) / f64::from(state.journey.view.zoom);
    let de = scene::emotion_delta(delta.y, canvas.plot);
    let moves: Vec<ops::StepMove> = start
        .iter()
        .map(|(step, time)| ops::StepMove {
            step: step.id,
            time: time + dt,
            emotion: snap(step.emotion + de, state.journey.snap),
        })
        .collect();
    ops::move_steps(map, &moves)
}

fn add_step_at(
    map: &Map,
    canvas: &Canvas,
    state: &mut State,
    pos: Pos2,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let Some((phase, at)) = ops::place_at_time(map, state.journey.view.time_at(pos.x, canvas.plot))
    else {
        return;
    };
    let emotion = snap(emotion_at(pos.y, canvas.plot), state.journey.snap);
    let step = Step::new(map.new_step_id(), phase, at, emotion, t().new_step);
    insert_steps(map, state, edits, state.active_journey(map), &[step]);
}

fn handle_clipboard(
    ui: &Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    if ui.ctx().egui_wants_keyboard_input() {
        return;
    }
    let events = ui.input(|i| i.events.clone());
    for event in events {
        match event {
            egui::Event::Copy | egui::Event::Cut => {
                let steps: Vec<&Step> = state
                    .selection
                    .steps()
                    .iter()
                    .filter_map(|id| map.step(*id))
                    .map(|(_, s)| s)
                    .collect();
                if steps.is_empty() {
                    continue;
                }
                ui.ctx().copy_text(io::steps_to_text(map, &steps));
                if event == egui::Event::Cut
                    && let Some(edit) = ops::delete_steps(map, state.selection.steps())
                {
                    edits.push((edit, None));
                }
            }
            egui::Event::Paste(text) => {
                if let Some(copied) = io::steps_from_text(&text) {
                    paste_steps(map, state, &copied, edits);
                }
            }
            _ => {}
        }
    }
}

/// Adds copied steps to the active journey (a new one if there is none), with
/// fresh ids, each in the phase of its old phase's name.
pub fn paste_steps(
    map: &Map,
    state: &mut State,
    copied: &[io::CopiedStep],
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let steps: Vec<Step> = copied
        .iter()
        .filter_map(|c| {
            Some(Step {
                phase: io::target_phase(map, c)?,
                ..c.step.clone()
            })
        })
        .collect();
    insert_steps(map, state, edits, state.active_journey(map), &steps);
}

/// The personas' avatars at the curves' starts, where the scene placed them.
fn paint_curve_avatars(ui: &Ui, map: &Map, scene: &Scene, state: &mut State) {
    for avatar in &scene.avatars {
        if let Some(persona) = map.persona(avatar.persona) {
            crate::ui::shell::avatars::paint_avatar(ui, &mut state.avatars, persona, avatar.rect);
        }
    }
}

/// A phase name the header had to shorten shows whole on hover (screen
/// readers hear it whole from the phase's node).
fn shortened_names_hover(response: &egui::Response, scene: &Scene) {
    let Some(pos) = response.hover_pos() else {
        return;
    };
    let mut headers = scene.canvas.bands.iter().zip(&scene.headers);
    if let Some((band, _)) = headers.find(|(_, h)| h.shortened && h.rect.contains(pos)) {
        response.clone().on_hover_text(&band.name);
    }
}

/// Each phase's count of content items, as a button in its header that
/// opens them in the table; a phase without content is flagged as a gap.
fn content_badges_ui(ui: &mut Ui, map: &Map, scene: &Scene, state: &mut State) {
    for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
        let Some(rect) = header.badge else {
            continue;
        };
        let count = map.content.iter().filter(|c| c.phase == band.id).count();
        let t = t();
        let phase: &dyn std::fmt::Display = &band.name;
        // The scene chose the words and measured the badge for them. No
        // content is not an error: a quiet outlined "+", never a red "0".
        let text = header.badge_text.clone();
        let (colour, hover) = match count {
            0 => (theme::EMPTY_BADGE, fill(t.gap_hover, &[("phase", phase)])),
            n => (
                theme::BADGE,
                fill(
                    if n == 1 {
                        t.content_hover_one
                    } else {
                        t.content_hover_many
                    },
                    &[("phase", phase), ("n", &n)],
                ),
            ),
        };
        let ink = if count == 0 {
            theme::EMPTY_BADGE_INK
        } else {
            Color32::WHITE
        };
        let font = super::paint::scene_font(ui.ctx(), scene::labels::BADGE_FONT);
        let button = egui::Button::new(egui::RichText::new(text).font(font).color(ink))
            .fill(colour)
            .stroke(egui::Stroke::new(1.0, theme::BADGE))
            .corner_radius(9.0)
            // The scene made the badge wide enough: never a column of digits.
            .wrap_mode(egui::TextWrapMode::Extend);
        let response = overlay_at(ui, ("content-badge", band.id), rect, button);
        // Screen readers hear the whole sentence, however narrow the badge.
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hover));
        if response.on_hover_text(&hover).clicked() {
            if count == 0 {
                state.selection = Selection::Phase(band.id);
            } else {
                state.show_phase_content(band.id);
            }
        }
    }
}

fn rename_ui(
    ui: &mut Ui,
    map: &Map,
    canvas: &Canvas,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let Some((id, mut text)) = state.journey.renaming.take() else {
        return;
    };
    let Some(band) = canvas.bands.iter().find(|b| b.id == id) else {
        return;
    };
    let area = Rect::from_center_size(
        pos2(band.rect.center().x, band.rect.top() + 16.0),
        vec2(band.rect.width().clamp(120.0, 260.0), 24.0),
    );
    let response = overlay_at(
        ui,
        ("rename-phase", id),
        area,
        egui::TextEdit::singleline(&mut text).align(Align2::CENTER_CENTER),
    );
    // The field keeps its text for the reader; it only gets a name.
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(t().phase_name));
    if !response.has_focus() && !response.lost_focus() {
        response.request_focus();
    }
    let (enter, escape) = ui.input(|i| {
        (
            i.key_pressed(egui::Key::Enter),
            i.key_pressed(egui::Key::Escape),
        )
    });
    if escape {
        return;
    }
    if response.lost_focus() || enter {
        if let Some(phase) = map.phase(id)
            && !text.trim().is_empty()
            && text != phase.name
        {
            let mut renamed = phase.clone();
            renamed.name = text.trim().to_owned();
            edits.push((Edit::SetPhase(renamed), None));
        }
        return;
    }
    state.journey.renaming = Some((id, text));
}

/// Whether the canvas takes the arrow keys this frame: it has keyboard
/// focus, or nothing has (egui counts the focused canvas as wanting the
/// keyboard, so its own focus must be asked first) and nothing had it when
/// the canvas last looked. A field in the inspector lets go of the focus on
/// the Enter that ends its typing; that Enter was the field's, and must not
/// also rename the selected phase or step on the canvas.
fn owns_keys(ui: &Ui, response: &egui::Response) -> bool {
    let id = response.id.with("focus-before");
    let now = ui.memory(|m| m.focused());
    let before: Option<egui::Id> = ui.data_mut(|d| {
        let before = d.get_temp::<Option<egui::Id>>(id).flatten();
        d.insert_temp(id, now);
        before
    });
    response.has_focus() || (now.is_none() && before.is_none_or(|b| b == response.id))
}

/// The canvas by keyboard, with the keys of the command list's canvas scope
/// ([`Scope::Canvas`]): arrows walk steps and journeys, Home/End the ends,
/// Page Up/Down phases, Alt+arrows nudge, Insert adds, Enter renames a phase.
fn handle_keys(
    ui: &Ui,
    response: &egui::Response,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    if response.has_focus() {
        // Arrows move through the map, not to the next widget; Escape does not drop focus.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    escape: true,
                    ..Default::default()
                },
            );
        });
    }
    if !owns_keys(ui, response)
        || state.journey.renaming.is_some()
        || state.journey.inplace.is_some()
    {
        return;
    }
    // Enter is the canvas's only while a phase or one step is selected.
    let enter_renames =
        matches!(state.selection, Selection::Phase(_)) || state.selection.steps().len() == 1;
    let allowed = |c: &Command| *c != Command::RenamePhase || enter_renames;
    if let Some(command) = Command::pressed(ui.ctx(), Scope::Canvas, allowed) {
        run_key(&command, map, state, edits);
        // The reader follows the selection through the canvas's focus; the
        // arrow was the canvas's, not a move to the next widget.
        if !response.has_focus() {
            response.request_focus();
            ui.memory_mut(|m| m.move_focus(egui::FocusDirection::None));
        }
    }
}

/// Runs one of the canvas's key commands; any other command does nothing.
pub fn run_key(
    command: &Command,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    match *command {
        Command::NudgeEmotion(way) => nudge_emotion(map, state, edits, way.delta() as f64),
        Command::NudgeTime(way) => nudge_time(map, state, edits, way.delta() as f64 * 0.1),
        Command::WalkSteps(way) => walk_steps(map, state, way.delta()),
        // Any distance past the end stops at the end.
        Command::WalkToEnd(Way::Back) => walk_steps(map, state, isize::MIN),
        Command::WalkToEnd(Way::On) => walk_steps(map, state, isize::MAX),
        Command::WalkJourneys(way) => walk_journeys(map, state, way.delta()),
        Command::WalkPhases(way) => walk_phases(map, state, way.delta()),
        Command::InsertStep => {
            let before = edits.len();
            insert_step_after_selection(map, state, edits);
            super::inplace::ready_added_title(state, before, edits);
        }
        Command::RenamePhase => match state.selection {
            Selection::Phase(phase) => {
                let name = map.phase(phase).map(|p| p.name.clone()).unwrap_or_default();
                state.journey.renaming = Some((phase, name));
            }
            // Enter on a step types its title in place.
            Selection::Steps(ref steps) if steps.len() == 1 => {
                super::inplace::start_title(map, state, steps[0]);
            }
            _ => {}
        },
        _ => {}
    }
}
