//! Typing where the text is shown: a step's title in a field laid over the
//! title on the canvas, a lane cell's items in a field laid over the cell.
//! The text is kept here while it is typed and reaches the map only when it
//! is committed, as one `Edit` (so one undo step); Escape drops it.

use egui::{Align2, FontId, Key, Modifiers, Rect, Ui, pos2, vec2};

use crate::edit::{Edit, Gesture};
use crate::i18n::canvas::t;
use crate::i18n::fill;
use crate::model::{Lane, Map, Step, StepId};
use crate::scene::{Cell, Scene};
use crate::ui::shell::State;
use crate::ui::shell::theme;
use crate::ui::shell::widgets::overlay_at;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// What is typed in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The step's title, on the canvas.
    Title,
    /// The step's items in a lane, in the lanes grid.
    Lane(Lane),
}

/// An edit in place that is under way.
#[derive(Clone, Debug)]
pub struct InPlace {
    /// The step.
    pub step: StepId,
    /// What of it is edited.
    pub target: Target,
    /// The text so far.
    pub text: String,
    /// Whether the field starts empty with the step's title ("New step")
    /// greyed in it, so typing replaces it; left empty, the title stays.
    fresh: bool,
    /// Frames to wait for a step that is being added this frame.
    waiting: u8,
    /// Whether the field has had the keyboard.
    focused: bool,
}

impl InPlace {
    fn new(step: StepId, target: Target, text: String, fresh: bool) -> Self {
        Self {
            step,
            target,
            text,
            fresh,
            waiting: 0,
            focused: false,
        }
    }
}

/// Starts editing a step's title on the canvas, the cursor at its end.
pub fn start_title(map: &Map, state: &mut State, step: StepId) {
    if let Some((_, s)) = map.step(step) {
        state.journey.inplace = Some(InPlace::new(step, Target::Title, s.title.clone(), false));
    }
}

/// Readies the title of a step added this frame for typing: it reaches the
/// map at the end of the frame, so the field opens on the next.
pub fn start_new_title(state: &mut State, step: StepId) {
    let mut edit = InPlace::new(step, Target::Title, String::new(), true);
    edit.waiting = 3;
    state.journey.inplace = Some(edit);
}

/// Readies the title of the one step the last gesture added, if it added one.
pub fn ready_added_title(state: &mut State, before: usize, edits: &Edits) {
    if edits.len() > before
        && let [step] = state.selection.steps()
    {
        let step = *step;
        start_new_title(state, step);
    }
}

/// Starts editing a step's items in a lane, in its cell.
pub fn start_cell(map: &Map, state: &mut State, step: StepId, lane: Lane) {
    if let Some((_, s)) = map.step(step) {
        state.journey.inplace = Some(InPlace::new(
            step,
            Target::Lane(lane),
            lane_items(s, lane),
            false,
        ));
    }
}

/// The text a lane's field starts with: one item a line (the touchpoint's
/// own words, without its channel).
pub fn lane_items(step: &Step, lane: Lane) -> String {
    match lane {
        Lane::Touchpoint => step.touchpoint.clone(),
        _ => lane.text(step),
    }
}

/// The step with a lane's items replaced by the lines of `text`; empty lines
/// are left out.
pub fn with_lane_items(step: &Step, lane: Lane, text: &str) -> Step {
    let items: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    let mut step = step.clone();
    match lane {
        Lane::Actions => step.actions = items,
        Lane::Thoughts => step.thoughts = items,
        Lane::PainPoints => step.pain_points = items,
        Lane::Opportunities => step.opportunities = items,
        Lane::Touchpoint => step.touchpoint = items.join(" "),
    }
    step
}

/// Puts what was typed on the map as one edit, if it changed anything.
fn commit(map: &Map, edit: &InPlace, edits: &mut Edits) {
    let Some((_, step)) = map.step(edit.step) else {
        return;
    };
    let changed = match edit.target {
        Target::Title => {
            let title = edit.text.trim();
            (!title.is_empty() && title != step.title).then(|| Step {
                title: title.to_owned(),
                ..step.clone()
            })
        }
        Target::Lane(lane) => Some(with_lane_items(step, lane, &edit.text)).filter(|s| s != step),
    };
    if let Some(step) = changed {
        edits.push((Edit::SetStep(step), None));
    }
}

/// Whether a step exists yet; a step added this frame waits a few frames.
fn arrived(map: &Map, edit: &mut InPlace) -> bool {
    if map.step(edit.step).is_some() {
        edit.waiting = 0;
        return true;
    }
    edit.waiting = edit.waiting.saturating_sub(1);
    edit.waiting > 0
}

/// The label a screen reader hears for the field.
fn field_label(map: &Map, edit: &InPlace) -> String {
    let title = map.step(edit.step).map_or("", |(_, s)| s.title.as_str());
    match edit.target {
        Target::Title => fill(t().inplace_title, &[("step", &title)]),
        Target::Lane(lane) => fill(
            t().inplace_lane,
            &[("lane", &lane.title()), ("step", &title)],
        ),
    }
}

/// The title field on the canvas, over the step's title (or above its dot
/// where the title is not drawn), in the title's own size. True when Enter
/// or Escape ended it.
pub fn title_editor_ui(
    ui: &mut Ui,
    map: &Map,
    scene: &Scene,
    state: &mut State,
    edits: &mut Edits,
) -> bool {
    let Some(mut edit) = state.journey.inplace.take() else {
        return false;
    };
    if edit.target != Target::Title {
        state.journey.inplace = Some(edit);
        return false;
    }
    if !arrived(map, &mut edit) {
        return false;
    }
    if map.step(edit.step).is_none() {
        // Not there yet: the step is added at the end of this frame.
        state.journey.inplace = Some(edit);
        ui.ctx().request_repaint();
        return false;
    }
    let font = FontId::proportional(scene.sizes.title.size.max(14.0));
    let dot = scene
        .canvas
        .curves
        .iter()
        .flat_map(|c| c.points.iter())
        .find(|p| p.id == edit.step)
        .map(|p| p.pos);
    let area = scene
        .titles
        .iter()
        .find(|t| t.step == edit.step)
        .map(|t| t.area);
    let Some(anchor) = area
        .map(|a| a.center())
        .or(dot.map(|d| d - vec2(0.0, 24.0)))
    else {
        // The step is off the canvas: commit what was typed and stop.
        commit(map, &edit, edits);
        return false;
    };
    let width = area
        .map_or(0.0, |a| a.width())
        .max(
            ui.fonts_mut(|f| {
                edit.text
                    .chars()
                    .map(|c| f.glyph_width(&font, c))
                    .sum::<f32>()
            }) + 24.0,
        )
        .clamp(160.0, 420.0);
    let rect = Rect::from_center_size(anchor, vec2(width, font.size + 14.0));
    let canvas = state.journey.canvas_rect;
    let rect = rect.translate(vec2(
        (canvas.left() - rect.left()).max(0.0) + (canvas.right() - rect.right()).min(0.0),
        (canvas.top() - rect.top()).max(0.0),
    ));
    finish(ui, map, state, edits, edit, rect, font, false)
}

/// The cell field in the lanes grid, over the cell and as tall as its lines;
/// `cells` are the cells drawn this frame, in the order Tab walks them.
pub fn cell_editor_ui(
    ui: &mut Ui,
    map: &Map,
    cells: &[Cell],
    state: &mut State,
    edits: &mut Edits,
) {
    let Some(edit) = state.journey.inplace.take() else {
        return;
    };
    let Target::Lane(lane) = edit.target else {
        state.journey.inplace = Some(edit);
        return;
    };
    if map.step(edit.step).is_none() {
        return;
    }
    let Some(cell) = cells.iter().find(|c| c.step == edit.step && c.lane == lane) else {
        // The cell scrolled away: keep typing waits until it is back.
        state.journey.inplace = Some(edit);
        return;
    };
    // Tab and Shift+Tab go to the next and previous cell; Shift+Enter and
    // Ctrl+Enter are done. They are taken before the field sees them.
    let (tab, back, done) = ui.input_mut(|i| {
        let back = i.consume_key(Modifiers::SHIFT, Key::Tab);
        let tab = i.consume_key(Modifiers::NONE, Key::Tab);
        let done = i.consume_key(Modifiers::SHIFT, Key::Enter)
            || i.consume_key(Modifiers::COMMAND, Key::Enter);
        (tab, back, done)
    });
    if tab || back {
        commit(map, &edit, edits);
        if let Some(next) = neighbour(cells, cell, if back { -1 } else { 1 }) {
            start_cell(map, state, next.step, next.lane);
            // The next cell shows what was just committed there only next
            // frame; what the map says now is the right start for it.
        }
        ui.ctx().request_repaint();
        return;
    }
    if done {
        commit(map, &edit, edits);
        return;
    }
    let font = FontId::proportional(13.0);
    let lines = edit.text.lines().count().max(1) + usize::from(edit.text.ends_with('\n'));
    let height = (lines as f32 * (font.size + 4.0) + 12.0).max(cell.rect.height());
    let rect = Rect::from_min_size(cell.rect.min, vec2(cell.rect.width().max(180.0), height));
    let _ = finish(ui, map, state, edits, edit, rect, font, true);
    if state.journey.inplace.is_some() {
        hint_ui(ui, rect);
    }
}

/// The cell next to `cell` in Tab's order: along its lane, then on to the
/// next lane's first cell (back, for `way` -1).
fn neighbour<'a>(cells: &'a [Cell], cell: &Cell, way: isize) -> Option<&'a Cell> {
    let lane_index = |l: Lane| Lane::ALL.iter().position(|x| *x == l).unwrap_or(0);
    let mut order: Vec<&Cell> = cells.iter().collect();
    order.sort_by(|a, b| {
        lane_index(a.lane)
            .cmp(&lane_index(b.lane))
            .then(a.rect.left().total_cmp(&b.rect.left()))
    });
    let at = order
        .iter()
        .position(|c| c.step == cell.step && c.lane == cell.lane)?;
    let next = at.checked_add_signed(way)?;
    order.get(next).copied()
}

/// The hint under a cell's field: which keys do what.
fn hint_ui(ui: &Ui, field: Rect) {
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Tooltip,
        egui::Id::unique("klantreis-inplace-hint"),
    ));
    let text = t().inplace_cell_hint;
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        FontId::proportional(12.0),
        theme::ink(ui.visuals().dark_mode),
    );
    let at = pos2(field.left(), field.bottom() + 2.0);
    let back = Rect::from_min_size(at, galley.size() + vec2(8.0, 4.0));
    painter.rect_filled(back, 3.0, ui.visuals().extreme_bg_color);
    painter.rect_stroke(
        back,
        3.0,
        ui.visuals().window_stroke,
        egui::StrokeKind::Inside,
    );
    painter.galley(
        at + vec2(4.0, 2.0),
        galley,
        theme::ink(ui.visuals().dark_mode),
    );
}

/// Shows the field at `rect` above everything, and ends the edit on Enter
/// (a title), Escape or a click elsewhere; true when a key ended it.
#[allow(clippy::too_many_arguments)]
fn finish(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    edits: &mut Edits,
    mut edit: InPlace,
    rect: Rect,
    font: FontId,
    multiline: bool,
) -> bool {
    let id = egui::Id::unique(("klantreis-inplace", edit.step, format!("{:?}", edit.target)));
    let escape = ui.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    if escape {
        // Cancelled: the map never saw the text.
        ui.memory_mut(|m| m.surrender_focus(id));
        return true;
    }
    let label = field_label(map, &edit);
    let field = if multiline {
        egui::TextEdit::multiline(&mut edit.text)
    } else {
        let hint = if edit.fresh { t().new_step } else { "" };
        egui::TextEdit::singleline(&mut edit.text)
            .align(Align2::CENTER_CENTER)
            .hint_text(hint)
    }
    .id(id)
    .font(font)
    // Escape is the field's (it cancels), not egui's way to drop the focus;
    // a cell's Tab goes to the next cell.
    .event_filter(egui::EventFilter {
        horizontal_arrows: true,
        vertical_arrows: true,
        tab: multiline,
        escape: true,
    });
    let response = if multiline {
        // A cell's field may grow past the lanes, so it floats above them.
        egui::Area::new(id.with("area"))
            .order(egui::Order::Foreground)
            .fixed_pos(rect.min)
            .show(ui.ctx(), |ui| ui.add_sized(rect.size(), field))
            .inner
    } else {
        // A title's field stays on the canvas, and takes keys from its first frame.
        overlay_at(ui, id.with("title"), rect, field)
    };
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_label(label));
    let enter = !multiline && ui.input(|i| i.key_pressed(Key::Enter));
    if response.has_focus() {
        edit.focused = true;
    } else if !edit.focused {
        response.request_focus();
    }
    if response.lost_focus() || enter || (edit.focused && !response.has_focus()) {
        // Enter, or a click elsewhere: the text is kept.
        commit(map, &edit, edits);
        return enter;
    }
    state.journey.inplace = Some(edit);
    false
}
