//! The canvas for a screen reader: its short name, the map's summary (its
//! text alternative) in a node of its own next to it, a node for every phase
//! and step under it (in time order, whatever the zoom), focus that follows
//! the selection, and the nodes' actions.
//!
//! The summary is not the canvas's description: Orca speaks an object's
//! description (and a canvas's image description, the same text) every time
//! it gets focus, so a description is not "read on request". The summary
//! node is read when the user asks for it: Ctrl+Shift+M or Help > Map summary
//! focuses it, and a reader reaches it by its own review commands.
//!
//! The canvas keeps egui's keyboard focus while the user walks the map; the
//! selected phase or step is the canvas's *active descendant* (ARIA's
//! `aria-activedescendant`), which AccessKit reports to the screen reader as
//! the focused object. egui parents a node under the [`Ui`] that registered it,
//! so the nodes are registered (with no area and no sense: they never take the
//! pointer) in child `Ui`s whose accessibility parent is the canvas: one list
//! of phases and one list of steps per journey.

use egui::accesskit::{self, Action, CustomAction, Role};
use egui::{Id, Rect, Response, Sense, Ui, UiBuilder, vec2};

use crate::edit::{Edit, Gesture, ops};
use crate::i18n::canvas::t;
use crate::i18n::{fill, plural};
use crate::model::{Emotion, Journey, Map, PhaseId, Step, StepId};
use crate::scene::{self, Scene, y_of};
use crate::ui::shell::navigate::{bring_into_view, ordered_steps, select_step};
use crate::ui::shell::{Selection, State};

/// The custom action that deletes a step or a phase.
const DELETE: i32 = 1;
/// The custom action that renames a phase.
const RENAME: i32 = 2;

/// The accessible node of a phase on the canvas `canvas`.
pub fn phase_node(canvas: Id, phase: PhaseId) -> Id {
    canvas.with(("phase-node", phase))
}

/// The accessible node of the map's summary next to the canvas `canvas`.
pub fn summary_node(canvas: Id) -> Id {
    canvas.with("map-summary")
}

/// The accessible node of a step on the canvas `canvas`.
pub fn step_node(canvas: Id, step: StepId) -> Id {
    canvas.with(("step-node", step))
}

/// What a node on the canvas stands for.
#[derive(Clone, Copy)]
enum Target {
    Phase(PhaseId),
    Step(StepId),
    Summary,
}

/// Names the canvas, puts its phases and steps in the accessibility tree,
/// points the reader's focus at the selection, and runs the actions a screen
/// reader asks of the nodes. Does nothing while no screen reader (or test)
/// reads the tree.
pub(super) fn canvas_access_ui(
    ui: &mut Ui,
    canvas: &Response,
    map: &Map,
    scene: &Scene,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
) {
    let ctx = ui.ctx().clone();
    let read_summary = std::mem::take(&mut state.journey.read_summary);
    let name = canvas_name(map, state);
    let described = ctx.accesskit_node_builder(canvas.id, |node| {
        node.set_role(Role::Canvas);
        node.set_label(name);
    });
    if described.is_none() {
        return;
    }
    let mut targets: Vec<(Id, Target)> = vec![(
        summary_ui(ui, canvas, map, state, read_summary),
        Target::Summary,
    )];
    let plot = scene.canvas.plot;
    let on_screen = |rect: Rect| scene.canvas.rect.intersects(rect);
    let t = t();

    // The phases, left to right.
    let phases_ui = ui.new_child(
        UiBuilder::new()
            .id_salt("phase-nodes")
            .max_rect(scene.canvas.rect)
            .accessibility_parent(canvas.id)
            .accessibility_role(Role::List)
            .accessibility_label(t.phases_list),
    );
    let count = scene.canvas.bands.len();
    for (index, (band, header)) in scene.canvas.bands.iter().zip(&scene.headers).enumerate() {
        let id = phase_node(canvas.id, band.id);
        let label = fill(
            t.phase_node,
            &[
                ("phase", &phase_label(map, state, band)),
                ("n", &(index + 1)),
                ("count", &count),
            ],
        );
        let selected = state.selection == Selection::Phase(band.id);
        add_node(
            &phases_ui,
            id,
            header.rect,
            on_screen(header.rect),
            |node| {
                node.set_label(label);
                node.set_selected(selected);
                node.push_custom_action(CustomAction {
                    id: RENAME,
                    description: t.action_rename.into(),
                });
            },
        );
        targets.push((id, Target::Phase(band.id)));
    }

    // Each shown journey's steps, in time order.
    let starts = scene::phase_starts(map);
    for journey in map.journeys.iter().filter(|j| state.is_visible(j.id)) {
        let order = ordered_steps(map, journey);
        let journey_ui = ui.new_child(
            UiBuilder::new()
                .id_salt(("step-nodes", journey.id))
                .max_rect(scene.canvas.rect)
                .accessibility_parent(canvas.id)
                .accessibility_role(Role::List)
                .accessibility_label(journey_label(journey, order.len())),
        );
        for (index, step) in order.iter().filter_map(|id| journey.step(*id)).enumerate() {
            let id = step_node(canvas.id, step.id);
            let time = scene::step_time(step, &starts).unwrap_or(0.0);
            let centre = egui::pos2(
                state.journey.view.x_of(time, plot),
                y_of(step.emotion, plot),
            );
            let rect = Rect::from_center_size(centre, vec2(16.0, 16.0));
            let label = fill(
                t.step_node,
                &[
                    ("step", &step_label(map, step)),
                    ("n", &(index + 1)),
                    ("count", &order.len()),
                ],
            );
            let selected = state.selection.has_step(step.id);
            add_node(&journey_ui, id, rect, plot.contains(centre), |node| {
                node.set_label(label);
                node.set_selected(selected);
            });
            targets.push((id, Target::Step(step.id)));
        }
    }

    // The reader's focus: the selected phase or (first) step, while the canvas has focus.
    let active = match &state.selection {
        Selection::Phase(phase) => Some(phase_node(canvas.id, *phase)),
        Selection::Steps(steps) => steps.first().map(|s| step_node(canvas.id, *s)),
        _ => None,
    }
    .filter(|id| targets.iter().any(|(node, _)| node == id));
    if let Some(active) = active {
        ctx.accesskit_node_builder(canvas.id, |node| {
            node.set_active_descendant(active.accesskit_id());
        });
    }
    run_actions(&ctx, canvas, map, state, edits, &targets);
}

/// The map's summary (the canvas's text alternative), a node next to the
/// canvas that takes focus only when asked (`focus`, or the reader's Focus
/// action): no area, and no Tab stop until it has focus (egui drops the
/// focus of a widget that cannot take it). From there Tab goes on as from
/// the canvas, and Escape goes back to the canvas and to the selection the
/// user had there (the shell's Escape, which clears it, runs first). Returns
/// the node's id.
fn summary_ui(ui: &Ui, canvas: &Response, map: &Map, state: &mut State, focus: bool) -> Id {
    let id = summary_node(canvas.id);
    if focus {
        ui.memory_mut(|m| m.request_focus(id));
    }
    let focused = ui.memory(|m| m.has_focus(id));
    let sense = if focused {
        Sense::focusable_noninteractive()
    } else {
        Sense::hover()
    };
    let response = ui.interact(Rect::NOTHING, id, sense);
    if response.gained_focus() {
        ui.data_mut(|d| d.insert_temp(id, state.selection.clone()));
    }
    ui.ctx().accesskit_node_builder(id, |node| {
        node.set_role(Role::Document);
        node.set_label(t().map_summary);
        node.set_description(canvas_description(map, state));
        node.set_bounds(bounds(canvas.rect));
        node.add_action(Action::Focus);
    });
    if focused {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    escape: true,
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
        if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            canvas.request_focus();
            if let Some(selection) = ui.data_mut(|d| d.remove_temp::<Selection>(id)) {
                state.selection = selection;
            }
        }
    }
    id
}

/// A rectangle on screen as AccessKit's bounds.
fn bounds(rect: Rect) -> accesskit::Rect {
    accesskit::Rect {
        x0: rect.min.x.into(),
        y0: rect.min.y.into(),
        x1: rect.max.x.into(),
        y1: rect.max.y.into(),
    }
}

/// Registers a node under `parent` (no area, no sense: the canvas keeps the
/// pointer) and fills it: a selectable list item that can be clicked and
/// focused and deleted, with its place on screen, or marked off screen.
fn add_node(
    parent: &Ui,
    id: Id,
    rect: Rect,
    on_screen: bool,
    fill_node: impl FnOnce(&mut accesskit::Node),
) {
    parent.interact(Rect::NOTHING, id, Sense::hover());
    parent.ctx().accesskit_node_builder(id, |node| {
        node.set_role(Role::ListItem);
        node.set_bounds(bounds(rect));
        if !on_screen {
            node.set_description(t().off_screen);
        }
        node.add_action(Action::Click);
        node.add_action(Action::Focus);
        node.add_action(Action::ScrollIntoView);
        node.push_custom_action(CustomAction {
            id: DELETE,
            description: t().action_delete.into(),
        });
        fill_node(node);
    });
}

/// Runs what a screen reader asked of the canvas's nodes this frame: Click
/// and Focus select (and focus the canvas, so the reader follows), the
/// custom actions rename a phase or delete.
fn run_actions(
    ctx: &egui::Context,
    canvas: &Response,
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    targets: &[(Id, Target)],
) {
    let requests: Vec<accesskit::ActionRequest> = ctx.input(|i| {
        i.events
            .iter()
            .filter_map(|e| match e {
                egui::Event::AccessKitActionRequest(r) => Some(r.clone()),
                _ => None,
            })
            .collect()
    });
    for request in requests {
        let Some((_, target)) = targets
            .iter()
            .find(|(id, _)| id.accesskit_id() == request.target_node)
        else {
            continue;
        };
        let custom = match &request.data {
            Some(accesskit::ActionData::CustomAction(action)) => Some(*action),
            _ => None,
        };
        match (request.action, custom, *target) {
            (Action::Focus, _, Target::Summary) => {
                ctx.memory_mut(|m| m.request_focus(summary_node(canvas.id)));
            }
            (Action::ScrollIntoView, _, Target::Step(step)) => {
                if let Some((_, step)) = map.step(step)
                    && let Some(time) = scene::step_time(step, &scene::phase_starts(map))
                {
                    bring_into_view(state, time);
                }
            }
            (Action::ScrollIntoView, _, Target::Phase(phase)) => {
                if let Some((_, start, width)) = scene::phase_starts(map).get(phase) {
                    bring_into_view(state, start + width / 2.0);
                }
            }
            (Action::Click | Action::Focus, _, Target::Step(step)) => {
                select_step(map, state, step);
                canvas.request_focus();
            }
            (Action::Click | Action::Focus, _, Target::Phase(phase)) => {
                state.selection = Selection::Phase(phase);
                canvas.request_focus();
            }
            (Action::CustomAction, Some(DELETE), Target::Step(step)) => {
                edits.extend(ops::delete_steps(map, &[step]).map(|e| (e, None)));
            }
            (Action::CustomAction, Some(DELETE), Target::Phase(phase)) => {
                edits.extend(ops::delete_phase(map, phase).map(|e| (e, None)));
            }
            (Action::CustomAction, Some(RENAME), Target::Phase(phase)) => {
                let name = map.phase(phase).map(|p| p.name.clone()).unwrap_or_default();
                state.selection = Selection::Phase(phase);
                state.journey.renaming = Some((phase, name));
            }
            _ => {}
        }
    }
}

/// A journey's list of steps: "Journey 'Daniëlle', 15 steps".
fn journey_label(journey: &Journey, steps: usize) -> String {
    let t = t();
    fill(
        t.journey_node,
        &[
            ("name", &journey.name),
            ("steps", &plural(steps, t.steps_one, t.steps_many, &[])),
        ],
    )
}

/// A phase in words: "Phase 'Decision', 6 steps, 3 content items", and
/// ", 1 experiment running" where experiments run.
fn phase_label(map: &Map, state: &State, band: &scene::Band) -> String {
    let t = t();
    let (phase, name) = (band.id, &band.name);
    let steps = map
        .journeys
        .iter()
        .filter(|j| state.is_visible(j.id))
        .flat_map(|j| j.steps.iter())
        .filter(|s| s.phase == phase)
        .count();
    let items = map.content.iter().filter(|c| c.phase == phase).count();
    let mut label = fill(
        t.phase_label,
        &[
            ("name", &name),
            ("steps", &plural(steps, t.steps_one, t.steps_many, &[])),
            (
                "items",
                &plural(items, t.content_items_one, t.content_items_many, &[]),
            ),
        ],
    );
    let running = band.running.len();
    if running > 0 {
        let tests = plural(
            running,
            t.experiments_running_one,
            t.experiments_running_many,
            &[],
        );
        label.push_str(&format!(", {tests}"));
    }
    label
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

/// The canvas's short name: "Journey canvas, 2 journeys, 29 steps".
fn canvas_name(map: &Map, state: &State) -> String {
    let t = t();
    let shown: Vec<&Journey> = map
        .journeys
        .iter()
        .filter(|j| state.is_visible(j.id))
        .collect();
    let steps: usize = shown.iter().map(|j| j.steps.len()).sum();
    fill(
        t.canvas_name,
        &[
            (
                "journeys",
                &plural(shown.len(), t.journeys_one, t.journeys_many, &[]),
            ),
            ("steps", &plural(steps, t.steps_one, t.steps_many, &[])),
        ],
    )
}

/// The canvas in words, the map's summary (read on request): the journeys in order.
pub fn canvas_description(map: &Map, state: &State) -> String {
    let t = t();
    let mut text = fill(t.canvas_title, &[("title", &map.title)]);
    text.push_str(t.canvas_keys);
    for journey in map.journeys.iter().filter(|j| state.is_visible(j.id)) {
        let steps: Vec<&Step> = ordered_steps(map, journey)
            .iter()
            .filter_map(|id| journey.step(*id))
            .collect();
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

/// The lanes for a screen reader: a table under the lanes' canvas, a row a
/// lane (after a row of column headers, the steps' titles), a column a step
/// of the journey in time order (all of them, whatever is scrolled into
/// view), each cell with that lane's text of the step.
pub(super) fn lanes_table_ui(ui: &mut Ui, lanes: Id, map: &Map, journey: &Journey) {
    if ui.ctx().accesskit_node_builder(lanes, |_| ()).is_none() {
        return;
    }
    let t = t();
    let steps: Vec<&Step> = ordered_steps(map, journey)
        .iter()
        .filter_map(|id| journey.step(*id))
        .collect();
    let mut table = ui.new_child(
        UiBuilder::new()
            .id_salt(("lanes-table", journey.id))
            .accessibility_parent(lanes)
            .accessibility_role(Role::Table)
            .accessibility_label(fill(t.lanes_of, &[("name", &journey.name)])),
    );
    let rows = crate::model::Lane::ALL.len() + 1;
    ui.ctx().accesskit_node_builder(table.unique_id(), |node| {
        node.set_row_count(rows);
        node.set_column_count(steps.len());
    });
    let header: Vec<(Role, String)> = steps
        .iter()
        .map(|s| (Role::ColumnHeader, s.title.clone()))
        .collect();
    table_row(&mut table, 0, t.lanes_steps_row, header);
    for (index, lane) in crate::model::Lane::ALL.into_iter().enumerate() {
        let cells = steps
            .iter()
            .map(|s| {
                let text = lane.text(s);
                let text = if text.trim().is_empty() {
                    t.lanes_empty_cell.to_owned()
                } else {
                    text
                };
                (Role::Cell, text)
            })
            .collect();
        table_row(&mut table, index + 1, lane.title(), cells);
    }
}

/// One row of the lanes' table, its cells in column order.
fn table_row(table: &mut Ui, index: usize, name: &str, cells: Vec<(Role, String)>) {
    let row = table.new_child(
        UiBuilder::new()
            .id_salt(("lanes-row", index))
            .accessibility_role(Role::Row)
            .accessibility_label(name),
    );
    row.ctx()
        .accesskit_node_builder(row.unique_id(), |node| node.set_row_index(index));
    for (column, (role, text)) in cells.into_iter().enumerate() {
        let id = row.unique_id().with(("cell", column));
        row.interact(Rect::NOTHING, id, Sense::hover());
        row.ctx().accesskit_node_builder(id, |node| {
            node.set_role(role);
            node.set_label(text);
            node.set_row_index(index);
            node.set_column_index(column);
        });
    }
}
