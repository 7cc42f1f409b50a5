//! The time-by-emotion canvas: phase bands, the emotion scale, the journeys'
//! curves and steps. It paints the map's scene, and raises edits.

use egui::epaint::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, pos2, vec2};

use crate::edit::{Edit, Gesture, ops};
use crate::io;
use crate::model::{Emotion, Journey, JourneyId, Map, PhaseId, Step, StepId};
use crate::scene::palette;
use crate::scene::{self, Anchor, Canvas, Scene, Sizes, View, emotion_at, plot_rect};
// The edit-building functions below call the scene's geometry by its old name.

use super::app::{Selection, State};
use super::navigate;
use super::theme;
use crate::i18n::canvas::t;
use crate::i18n::{fill, plural};

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
                super::personas::avatar_ui(ui, &mut state.avatars, persona, 22.0);
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
                    state.hidden.remove(&journey.id);
                } else {
                    state.hidden.insert(journey.id);
                }
            }
            let focused = state.focus == Some(journey.id);
            if ui
                .selectable_label(focused, t.focus)
                .on_hover_text(t.focus_hover)
                .clicked()
            {
                state.focus = if focused { None } else { Some(journey.id) };
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
    state.canvas_rect = rect;
    let plot = plot_rect(rect);
    let resized_untouched = state
        .fitted
        .is_some_and(|(view, width)| view == state.view && width != plot.width());
    if state.needs_fit || resized_untouched {
        state.view = fitted_view(map, plot);
        state.fitted = Some((state.view, plot.width()));
        state.needs_fit = false;
    }
    let large = state.workshop.is_some() || theme::high_contrast(ui.ctx());
    let scene = scene::scene(
        map,
        rect,
        state.view,
        &scene::Options {
            visible: &|id| state.is_visible(id),
            sizes: if large { Sizes::LARGE } else { Sizes::NORMAL },
            badges: true,
            front: state.active_journey(map),
            focus: state.focus,
            selected: state.selection.steps(),
        },
    );
    let canvas = &scene.canvas;

    handle_view_input(ui, &response, plot, state);
    handle_pointer(ui, &response, map, &scene, state, edits);
    if state.workshop.is_none() {
        handle_keys(ui, &response, map, state, edits);
    }
    handle_clipboard(ui, map, state, edits);

    let painter = ui.painter_at(rect);
    paint_scene(&painter, map, &scene, &Look::of(ui, map, state));
    paint_curve_avatars(ui, map, &scene, state);
    if let Some(Drag::Box { origin, .. }) = &state.drag
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
    content_badges_ui(ui, map, &scene, state);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Canvas, true, canvas_description(map, state))
    });
    accessibility_nodes(ui, response.id, map, &scene, state);
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
        state.view.zoom_around(zoom, anchor, plot);
    } else if scroll != egui::Vec2::ZERO {
        state.view.pan(scroll.x + scroll.y);
    }
    if response.dragged_by(egui::PointerButton::Middle) {
        state.view.pan(response.drag_delta().x);
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
        match hit_test(scene, pos) {
            Hit::Header(phase) => {
                let name = map.phase(phase).map(|p| p.name.clone()).unwrap_or_default();
                state.renaming = Some((phase, name));
            }
            Hit::Plot if canvas.plot.contains(pos) => add_step_at(map, canvas, state, pos, edits),
            _ => {}
        }
        return;
    }
    if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        state.selection = match hit_test(scene, pos) {
            Hit::Step(id) => toggle_step(&state.selection, id, shift),
            Hit::Header(phase) | Hit::Edge(phase) => Selection::Phase(phase),
            Hit::Plot => Selection::None,
        };
    }

    if response.drag_started_by(egui::PointerButton::Primary)
        && let Some(origin) = response.interact_pointer_pos()
    {
        let origin = ui.input(|i| i.pointer.press_origin()).unwrap_or(origin);
        state.drag = Some(match hit_test(scene, origin) {
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
        match &state.drag {
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
                        + f64::from(pointer.x - origin.x) / f64::from(state.view.zoom))
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
            Some(Drag::Pan) => state.view.pan(response.drag_delta().x),
            Some(Drag::Box { .. }) | None => {}
        }
    }

    if response.drag_stopped() {
        if let Some(Drag::Box { origin, add }) = state.drag.take()
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
        state.drag = None;
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
    let dt = f64::from(delta.x) / f64::from(state.view.zoom);
    let de = scene::emotion_delta(delta.y, canvas.plot);
    let moves: Vec<ops::StepMove> = start
        .iter()
        .map(|(step, time)| ops::StepMove {
            step: step.id,
            time: time + dt,
            emotion: snap(step.emotion + de, state.snap),
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
    let Some((phase, at)) = ops::place_at_time(map, state.view.time_at(pos.x, canvas.plot)) else {
        return;
    };
    let emotion = snap(emotion_at(pos.y, canvas.plot), state.snap);
    let step = Step::new(map.new_step_id(), phase, at, emotion, t().new_step);
    insert_steps(map, state, edits, state.active_journey(map), &[step]);
}

/// Adds `steps` to the end of `journey`, or to a new journey when there is
/// none (which then gets the focus), and selects them.
fn insert_steps(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    journey: Option<JourneyId>,
    steps: &[Step],
) {
    let Some(added) = ops::add_steps(map, journey, new_journey(map), steps) else {
        return;
    };
    if added.new_journey {
        state.focus = Some(added.journey);
    }
    edits.push((added.edit, None));
    state.selection = Selection::Steps(added.steps);
}

/// The name and colour of a new journey: the next number, the next free colour.
pub fn new_journey(map: &Map) -> ops::NewJourney {
    ops::NewJourney {
        name: fill(t().new_journey, &[("n", &(map.journeys.len() + 1))]),
        color: theme::JOURNEY_COLOURS[map.journeys.len() % theme::JOURNEY_COLOURS.len()],
    }
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
            super::personas::paint_avatar(ui, &mut state.avatars, persona, avatar.rect);
        }
    }
}

/// How the canvas is painted beyond the scene: the theme, the selection,
/// and what the walk-through or a comparison of personas shows.
pub struct Look<'a> {
    /// The dark theme.
    pub dark: bool,
    /// The high-contrast theme.
    pub contrast: bool,
    /// The selected steps.
    pub selected: &'a [StepId],
    /// The selected phase.
    pub selected_phase: Option<PhaseId>,
    /// In a walk-through, the phase in focus: the others are veiled.
    pub walked_phase: Option<PhaseId>,
    /// The phase whose name is being edited (its name is not painted).
    pub renaming: Option<PhaseId>,
    /// When comparing personas: how far apart they are in each phase.
    pub differences: Vec<(PhaseId, Option<f64>)>,
}

impl<'a> Look<'a> {
    /// The light or dark theme with nothing selected, walked or compared.
    pub fn plain(dark: bool) -> Self {
        Self {
            dark,
            contrast: false,
            selected: &[],
            selected_phase: None,
            walked_phase: None,
            renaming: None,
            differences: Vec::new(),
        }
    }

    fn of(ui: &Ui, map: &Map, state: &'a State) -> Self {
        Self {
            dark: ui.visuals().dark_mode,
            contrast: theme::high_contrast(ui.ctx()),
            selected: state.selection.steps(),
            selected_phase: match state.selection {
                Selection::Phase(phase) => Some(phase),
                _ => None,
            },
            walked_phase: state
                .workshop
                .as_ref()
                .filter(|w| !w.whole_map)
                .and_then(|_| super::workshop::focused_phase(map, state)),
            renaming: state.renaming.as_ref().map(|(id, _)| *id),
            differences: if state.comparing && state.compare.len() >= 2 {
                super::personas::compare_differences(map, &state.compare)
            } else {
                Vec::new()
            },
        }
    }
}

/// Paints the scene: bands and their headers, the emotion scale, curves,
/// dots, marks and step titles, each where the scene placed it. The
/// avatars' photos need the interface's texture cache and are painted apart.
pub fn paint_scene(painter: &egui::Painter, map: &Map, scene: &Scene, look: &Look) {
    let canvas = &scene.canvas;
    // Bands and curves stay right of the emotion scale's labels when panned.
    let drawing = painter.with_clip_rect(
        Rect::from_min_max(pos2(canvas.plot.left(), canvas.rect.top()), canvas.rect.max)
            .intersect(painter.clip_rect()),
    );
    paint_bands(&drawing, map, scene, look);
    paint_scale(painter, scene, look);
    paint_curves(&drawing, scene, look);
}

/// One line of the scene's text.
fn paint_text(painter: &egui::Painter, text: &scene::Text, colour: Color32) {
    let align = match text.anchor {
        Anchor::Start => Align2::LEFT_CENTER,
        Anchor::Middle => Align2::CENTER_CENTER,
        Anchor::End => Align2::RIGHT_CENTER,
    };
    painter.text(
        text.at,
        align,
        &text.text,
        FontId::proportional(text.font.size),
        colour,
    );
}

fn paint_bands(painter: &egui::Painter, map: &Map, scene: &Scene, look: &Look) {
    let canvas = &scene.canvas;
    let ink = theme::ink(look.dark);
    for (band, header) in canvas.bands.iter().zip(&scene.headers) {
        if !band.rect.intersects(canvas.rect) {
            continue;
        }
        let fill_colour = if look.contrast {
            theme::color(band.color)
        } else {
            theme::band_fill(band.color, look.dark)
        };
        painter.rect_filled(band.rect, 0.0, fill_colour);
        if look.walked_phase.is_some_and(|p| p != band.id) {
            // The walk-through dims the phases out of focus.
            painter.rect_filled(band.rect, 0.0, theme::veil(look.dark));
        }
        // A phase without content is a gap in the plan: a red edge on top.
        if !map.content.iter().any(|c| c.phase == band.id) {
            painter.line_segment(
                [
                    band.rect.left_top() + vec2(0.0, 1.5),
                    band.rect.right_top() + vec2(0.0, 1.5),
                ],
                Stroke::new(3.0, theme::LOW_MARK),
            );
        }
        let edge = if look.contrast {
            Stroke::new(2.0, Color32::BLACK)
        } else {
            Stroke::new(1.0, theme::grid(look.dark))
        };
        painter.line_segment([band.rect.right_top(), band.rect.right_bottom()], edge);
        if look.selected_phase == Some(band.id) {
            painter.rect_stroke(
                band.rect.shrink(1.5),
                0.0,
                Stroke::new(3.0, theme::SELECTION),
                egui::StrokeKind::Inside,
            );
        }
        if look.renaming != Some(band.id) {
            paint_text(painter, &header.name, ink);
        }
        // The average emotion of each visible journey in this phase.
        for average in &header.averages {
            painter.circle_filled(
                average.dot,
                scene::labels::AVERAGE_DOT,
                theme::color(average.colour),
            );
            paint_text(painter, &average.value, ink);
        }
    }
    // In compare mode: how far apart the compared personas are in each phase.
    for band in &canvas.bands {
        if let Some((_, Some(difference))) = look.differences.iter().find(|(p, _)| *p == band.id) {
            // On a light pill, so it reads over bands and curves alike.
            let galley = painter.layout_no_wrap(
                fill(
                    t().personas_differ,
                    &[("difference", &format!("{difference:.1}"))],
                ),
                FontId::proportional(13.0),
                theme::LOW_MARK,
            );
            let at = pos2(
                band.rect.center().x - galley.size().x / 2.0,
                canvas.plot.top() + 4.0,
            );
            let pill = Rect::from_min_size(at, galley.size()).expand2(vec2(6.0, 2.0));
            painter.rect_filled(pill, 8.0, theme::pill());
            painter.galley(at, galley, theme::LOW_MARK);
        }
    }
}

fn paint_scale(painter: &egui::Painter, scene: &Scene, look: &Look) {
    let ink = theme::ink(look.dark);
    let plot = scene.canvas.plot;
    for level in &scene.axis {
        let neutral = level.level == Emotion::Neutral;
        let stroke = match (neutral, look.contrast) {
            (true, true) => Stroke::new(2.5, Color32::BLACK),
            (false, true) => Stroke::new(1.0, theme::HIGH_CONTRAST_GRID),
            (true, false) => Stroke::new(1.5, theme::neutral_line(look.dark)),
            (false, false) => Stroke::new(1.0, theme::grid(look.dark)),
        };
        painter.line_segment(
            [pos2(plot.left(), level.y), pos2(plot.right(), level.y)],
            stroke,
        );
        paint_text(painter, &level.label, ink);
    }
}

fn paint_curves(painter: &egui::Painter, scene: &Scene, look: &Look) {
    let ink = theme::ink(look.dark);
    let sizes = scene.sizes;
    for curve in &scene.canvas.curves {
        let faded = scene.focus.is_some_and(|f| f != curve.id);
        let color = if faded {
            theme::color(curve.color).gamma_multiply(0.45)
        } else {
            theme::color(curve.color)
        };
        let width = if faded { sizes.faded_line } else { sizes.line };
        painter.add(Shape::line(curve.line.clone(), Stroke::new(width, color)));
        for point in curve.points.iter().filter(|p| scene.shown.contains(p.pos)) {
            if look.selected.contains(&point.id) {
                painter.circle_stroke(point.pos, sizes.ring, Stroke::new(3.5, theme::SELECTION));
            }
            painter.circle(
                point.pos,
                sizes.dot,
                color,
                Stroke::new(2.0, Color32::WHITE),
            );
        }
    }
    // The marks on top of every curve, so no other journey hides them.
    for mark in &scene.marks {
        let colour = theme::egui(palette::mark(mark.high, look.dark));
        painter.add(Shape::convex_polygon(
            mark.arrow.to_vec(),
            colour,
            Stroke::NONE,
        ));
        paint_text(painter, &mark.word, colour);
    }
    // Titles last, on top of everything.
    for title in &scene.titles {
        for line in &title.lines {
            paint_text(painter, line, ink);
        }
    }
}

/// Adds a widget on top of what is drawn at `rect`, without moving the
/// layout cursor (as `Ui::put` would).
pub fn overlay(ui: &mut Ui, rect: Rect, widget: impl egui::Widget) -> egui::Response {
    ui.new_child(egui::UiBuilder::new().max_rect(rect))
        .add_sized(rect.size(), widget)
}

/// Each phase's count of content items, as a button in its header that
/// opens them in the table; a phase without content is flagged as a gap.
fn content_badges_ui(ui: &mut Ui, map: &Map, scene: &Scene, state: &mut State) {
    for (band, header) in scene.canvas.bands.iter().zip(&scene.headers) {
        let Some(rect) = header.badge else {
            continue;
        };
        let count = map.content.iter().filter(|c| c.phase == band.id).count();
        let wide = rect.width() > 30.0;
        let t = t();
        let phase: &dyn std::fmt::Display = &band.name;
        let (text, colour, hover) = match count {
            0 => (
                if wide { t.no_content } else { "0" }.to_owned(),
                theme::LOW_MARK,
                fill(t.gap_hover, &[("phase", phase)]),
            ),
            n => (
                if wide {
                    fill(
                        if n == 1 { t.items_one } else { t.items_many },
                        &[("n", &n)],
                    )
                } else {
                    n.to_string()
                },
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
        let button = egui::Button::new(egui::RichText::new(text).size(12.0).color(Color32::WHITE))
            .fill(colour)
            .corner_radius(9.0);
        let response = overlay(ui, rect, button);
        // Screen readers hear the whole sentence, however narrow the badge.
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &hover));
        if response.on_hover_text(&hover).clicked() {
            if count == 0 {
                state.selection = Selection::Phase(band.id);
            } else {
                super::content_editor::show_phase_content(state, band.id);
            }
        }
    }
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

fn rename_ui(
    ui: &mut Ui,
    map: &Map,
    canvas: &Canvas,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let Some((id, mut text)) = state.renaming.take() else {
        return;
    };
    let Some(band) = canvas.bands.iter().find(|b| b.id == id) else {
        return;
    };
    let area = Rect::from_center_size(
        pos2(band.rect.center().x, band.rect.top() + 16.0),
        vec2(band.rect.width().clamp(120.0, 260.0), 24.0),
    );
    let response = overlay(
        ui,
        area,
        egui::TextEdit::singleline(&mut text).align(Align2::CENTER_CENTER),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t().phase_name));
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
    state.renaming = Some((id, text));
}

/// The canvas in words, for screen readers: the journeys in order.
fn canvas_description(map: &Map, state: &State) -> String {
    let starts = scene::phase_starts(map);
    let t = t();
    let mut text = fill(t.canvas_title, &[("title", &map.title)]);
    text.push_str(t.canvas_keys);
    for journey in map.journeys.iter().filter(|j| state.is_visible(j.id)) {
        let mut steps: Vec<&Step> = journey.steps.iter().collect();
        steps.sort_by(|a, b| {
            let t = |s: &Step| scene::step_time(s, &starts).unwrap_or(0.0);
            t(a).total_cmp(&t(b))
        });
        text.push_str(&fill(
            t.canvas_journey,
            &[
                ("name", &journey.name),
                (
                    "steps",
                    &plural(steps.len(), t.steps_one, t.steps_many, &[]),
                ),
            ],
        ));
        for step in steps.iter().take(50) {
            let phase = map.phase(step.phase).map_or("", |p| p.name.as_str());
            text.push_str(&format!(
                " \"{}\", {phase}, {};",
                step.title,
                Emotion::nearest(step.emotion).name()
            ));
        }
    }
    text
}

/// Whether the canvas takes the arrow keys this frame: it has keyboard
/// focus, or nothing has and no text is being typed.
fn owns_keys(ui: &Ui, response: &egui::Response) -> bool {
    let nothing_focused = ui.memory(|m| m.focused().is_none());
    (response.has_focus() || nothing_focused) && !ui.ctx().egui_wants_keyboard_input()
}

/// The canvas by keyboard:
/// ←/→ previous/next step, Home/End first/last step, ↑/↓ the neighbouring
/// journey's nearest step, Page Up/Page Down previous/next phase,
/// Alt+↑/↓ emotion one level up/down, Alt+←/→ the step earlier/later,
/// Enter renames a selected phase, Insert adds a step after the selection.
fn handle_keys(
    ui: &Ui,
    response: &egui::Response,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    if response.has_focus() {
        // Arrows move through the map, not to the next widget.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
    if !owns_keys(ui, response) || state.renaming.is_some() {
        return;
    }
    use egui::{Key, Modifiers};
    let pressed = |mods: Modifiers, key: Key| ui.ctx().input_mut(|i| i.consume_key(mods, key));
    if pressed(Modifiers::ALT, Key::ArrowUp) {
        nudge_emotion(map, state, edits, 1.0);
    } else if pressed(Modifiers::ALT, Key::ArrowDown) {
        nudge_emotion(map, state, edits, -1.0);
    } else if pressed(Modifiers::ALT, Key::ArrowLeft) {
        nudge_time(map, state, edits, -0.1);
    } else if pressed(Modifiers::ALT, Key::ArrowRight) {
        nudge_time(map, state, edits, 0.1);
    } else if pressed(Modifiers::NONE, Key::ArrowRight) {
        walk_steps(map, state, 1);
    } else if pressed(Modifiers::NONE, Key::ArrowLeft) {
        walk_steps(map, state, -1);
    } else if pressed(Modifiers::NONE, Key::Home) {
        // Any distance past the end stops at the end.
        walk_steps(map, state, isize::MIN);
    } else if pressed(Modifiers::NONE, Key::End) {
        walk_steps(map, state, isize::MAX);
    } else if pressed(Modifiers::NONE, Key::ArrowDown) {
        walk_journeys(map, state, 1);
    } else if pressed(Modifiers::NONE, Key::ArrowUp) {
        walk_journeys(map, state, -1);
    } else if pressed(Modifiers::NONE, Key::PageDown) {
        walk_phases(map, state, 1);
    } else if pressed(Modifiers::NONE, Key::PageUp) {
        walk_phases(map, state, -1);
    } else if pressed(Modifiers::NONE, Key::Insert) {
        insert_step_after_selection(map, state, edits);
    } else if let Selection::Phase(phase) = state.selection
        && pressed(Modifiers::NONE, Key::Enter)
    {
        let name = map.phase(phase).map(|p| p.name.clone()).unwrap_or_default();
        state.renaming = Some((phase, name));
    }
}

/// The journey the keyboard walks: the selected step's, else the active one.
fn walked_journey<'a>(map: &'a Map, state: &State) -> Option<&'a Journey> {
    state
        .selection
        .steps()
        .first()
        .and_then(|id| navigate::journey_of(map, *id))
        .or_else(|| state.active_journey(map))
        .and_then(|id| map.journey(id))
}

/// Selects the step `delta` places on in the walked journey.
pub fn walk_steps(map: &Map, state: &mut State, delta: isize) {
    let Some(journey) = walked_journey(map, state) else {
        return;
    };
    let current = state.selection.steps().first().copied();
    let next = match (current, state.selection.clone()) {
        (None, Selection::Phase(phase)) => {
            let in_phase = navigate::steps_in_phase(map, journey, phase);
            if delta >= 0 {
                in_phase.first().copied()
            } else {
                in_phase.last().copied()
            }
            .or_else(|| navigate::step_from(map, journey, None, delta))
        }
        _ => navigate::step_from(map, journey, current, delta),
    };
    if let Some(id) = next {
        select_step(map, state, id);
    }
}

/// Selects one step, focuses its journey and brings it into view.
pub fn select_step(map: &Map, state: &mut State, id: StepId) {
    state.selection = Selection::Steps(vec![id]);
    if let Some((journey, step)) = map.step(id) {
        state.focus = Some(journey.id);
        if let Some(time) = scene::step_time(step, &scene::phase_starts(map)) {
            bring_into_view(state, time);
        }
    }
}

/// Pans so a time on the axis is on screen (in the middle when it was not).
fn bring_into_view(state: &mut State, time: f64) {
    let plot = plot_rect(state.canvas_rect);
    let span = f64::from(plot.width()) / f64::from(state.view.zoom);
    let margin = span * 0.08;
    let left = state.view.left_time;
    if time < left + margin || time > left + span - margin {
        state.view.left_time = time - span / 2.0;
        state.fitted = None;
    }
}

/// Selects the nearest step in time of the next or previous visible journey.
pub fn walk_journeys(map: &Map, state: &mut State, delta: isize) {
    let visible: Vec<&Journey> = map
        .journeys
        .iter()
        .filter(|j| state.is_visible(j.id) && !j.steps.is_empty())
        .collect();
    let Some(current) = walked_journey(map, state) else {
        return;
    };
    let Some(index) = visible.iter().position(|j| j.id == current.id) else {
        return;
    };
    let count = visible.len() as isize;
    let target = visible[(index as isize + delta).rem_euclid(count) as usize];
    let starts = scene::phase_starts(map);
    let now = state
        .selection
        .steps()
        .first()
        .and_then(|id| map.step(*id))
        .and_then(|(_, s)| scene::step_time(s, &starts));
    let nearest = target.steps.iter().min_by(|a, b| {
        let distance =
            |s: &Step| (scene::step_time(s, &starts).unwrap_or(0.0) - now.unwrap_or(0.0)).abs();
        distance(a).total_cmp(&distance(b))
    });
    if let Some(step) = nearest {
        select_step(map, state, step.id);
    }
}

/// Selects the next or previous phase.
pub fn walk_phases(map: &Map, state: &mut State, delta: isize) {
    let current = state.selected_phase(map);
    if let Some(phase) = navigate::phase_from(map, current, delta) {
        state.selection = Selection::Phase(phase);
        let starts = scene::phase_starts(map);
        if let Some((_, start, width)) = starts.get(phase) {
            bring_into_view(state, start + width / 2.0);
        }
    }
}

/// Raises or lowers the selected steps' emotion by whole levels.
pub fn nudge_emotion(map: &Map, state: &State, edits: &mut Vec<(Edit, Option<Gesture>)>, by: f64) {
    if let Some(edit) = ops::nudge_emotion(map, state.selection.steps(), by) {
        edits.push((edit, None));
    }
}

/// Moves the selected steps earlier or later by a share of their phase's width.
fn nudge_time(map: &Map, state: &State, edits: &mut Vec<(Edit, Option<Gesture>)>, by: f64) {
    if let Some(edit) = ops::nudge_time(map, state.selection.steps(), by) {
        edits.push((edit, None));
    }
}

/// Adds a step to `phase` of the active journey, after `after` when it is in
/// that phase, and selects it. Starts a journey when there is none.
pub fn add_step_in_phase(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    phase: PhaseId,
    after: Option<StepId>,
    title: &str,
    emotion: f64,
) {
    let journey = after
        .and_then(|s| navigate::journey_of(map, s))
        .or_else(|| state.active_journey(map));
    // In an empty (or new) journey, the middle of the phase.
    let at = journey
        .and_then(|j| map.journey(j))
        .map_or(0.5, |j| navigate::slot_in_phase(map, j, phase, after));
    let step = Step::new(map.new_step_id(), phase, at, emotion, title);
    insert_steps(map, state, edits, journey, &[step]);
}

/// Insert: a new step right after the selected step (or in the selected phase).
fn insert_step_after_selection(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let after = state.selection.steps().first().copied();
    let phase = match &state.selection {
        Selection::Phase(p) => Some(*p),
        _ => after.and_then(|id| map.step(id)).map(|(_, s)| s.phase),
    }
    .or_else(|| map.phases.first().map(|p| p.id));
    let Some(phase) = phase else {
        return;
    };
    let emotion = after
        .and_then(|id| map.step(id))
        .map_or(0.0, |(_, s)| s.emotion);
    add_step_in_phase(map, state, edits, phase, after, t().new_step, emotion);
}

/// Gives every step and phase on screen a node of its own in the
/// accessibility tree, named in words ("Step 'Reads reviews', Consideration,
/// emotion slightly negative").
fn accessibility_nodes(ui: &Ui, canvas_id: egui::Id, map: &Map, scene: &Scene, state: &State) {
    let canvas = &scene.canvas;
    let t = t();
    let ctx = ui.ctx();
    // Only while a screen reader (or a test) reads the tree: the canvas has a node then.
    if ctx.accesskit_node_builder(canvas_id, |_| ()).is_none() {
        return;
    }
    let bounds = |rect: Rect| egui::accesskit::Rect {
        x0: rect.min.x.into(),
        y0: rect.min.y.into(),
        x1: rect.max.x.into(),
        y1: rect.max.y.into(),
    };
    for (band, header) in canvas.bands.iter().zip(&scene.headers) {
        let header = header.rect;
        if !header.intersects(canvas.rect) {
            continue;
        }
        let steps = map
            .journeys
            .iter()
            .filter(|j| state.is_visible(j.id))
            .flat_map(|j| j.steps.iter())
            .filter(|s| s.phase == band.id)
            .count();
        let items = map.content.iter().filter(|c| c.phase == band.id).count();
        let label = fill(
            t.phase_label,
            &[
                ("name", &band.name),
                ("steps", &plural(steps, t.steps_one, t.steps_many, &[])),
                (
                    "items",
                    &plural(items, t.content_items_one, t.content_items_many, &[]),
                ),
            ],
        );
        let selected = state.selection == Selection::Phase(band.id);
        ctx.accesskit_node_builder(ui.scope_id().with(("phase-node", band.id)), |node| {
            node.set_role(egui::accesskit::Role::Button);
            node.set_label(label);
            node.set_bounds(bounds(header));
            node.set_selected(selected);
        });
    }
    for curve in &canvas.curves {
        let Some(journey) = map.journey(curve.id) else {
            continue;
        };
        for point in &curve.points {
            if !canvas.plot.contains(point.pos) {
                continue;
            }
            let Some(step) = journey.steps.get(point.index) else {
                continue;
            };
            let label = step_label(map, step);
            let selected = state.selection.has_step(step.id);
            ctx.accesskit_node_builder(ui.scope_id().with(("step-node", step.id)), |node| {
                node.set_role(egui::accesskit::Role::Button);
                node.set_label(label);
                node.set_bounds(bounds(Rect::from_center_size(point.pos, vec2(16.0, 16.0))));
                node.set_selected(selected);
            });
        }
    }
}

/// A step in words: "Step 'Reads reviews', Consideration, emotion slightly negative".
pub fn step_label(map: &Map, step: &Step) -> String {
    let phase = map.phase(step.phase).map_or("", |p| p.name.as_str());
    fill(
        t().step_label,
        &[
            ("title", &step.title),
            ("phase", &phase),
            ("emotion", &Emotion::nearest(step.emotion).name()),
        ],
    )
}
