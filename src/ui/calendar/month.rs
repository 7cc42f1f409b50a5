//! The content calendar: a month or a week of content items, dragged between
//! days, with suggestions of what to plan next.

use super::*;

/// The calendar page.
pub fn calendar_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    if std::mem::take(&mut state.calendar.needs_placing) {
        let month = month_to_show(map, today());
        state.calendar.show_day(month);
    }
    let t = crate::i18n::calendar::t();
    ui.horizontal(|ui| {
        let view = &mut state.calendar;
        let (back, forward, title) = if view.week {
            (t.previous_week, t.next_week, week_title(view.week_start))
        } else {
            (t.previous_month, t.next_month, month_title(view.month))
        };
        if ui.button("<").on_hover_text(back).clicked() {
            if view.week {
                view.week_start -= Duration::days(7);
                view.month = first_of_month(view.week_start);
            } else {
                view.month = add_months(view.month, -1);
                view.week_start = monday_of(view.month);
            }
        }
        if ui.button(t.today).clicked() {
            view.show_day(today());
        }
        if ui.button(">").on_hover_text(forward).clicked() {
            if view.week {
                view.week_start += Duration::days(7);
                view.month = first_of_month(view.week_start);
            } else {
                view.month = add_months(view.month, 1);
                view.week_start = monday_of(view.month);
            }
        }
        ui.label(RichText::new(title).heading().strong());
        ui.separator();
        ui.selectable_value(&mut view.week, false, t.view_month);
        if ui
            .selectable_value(&mut view.week, true, t.view_week)
            .clicked()
        {
            view.week_start = monday_of(first_week_day(map, view));
        }
        ui.separator();
        if ui.button(t.new_item).clicked() {
            let day = if view.week {
                view.week_start
            } else if first_of_month(today()) == view.month {
                today()
            } else {
                view.month
            };
            if let Some(item) = new_item(map, &view.filter, day) {
                add_item(map, state, edits, item);
            }
        }
    });
    filters_ui(ui, map, &mut state.calendar.filter);
    legend_ui(ui, map);
    experiments::list_ui(ui, map, state);
    ui.add_space(4.0);
    if map.phases.is_empty() {
        ui.label(t.phase_first);
        return;
    }
    if state.calendar.week {
        week_ui(ui, map, state, edits);
    } else {
        // A short window scrolls the month rather than squeezing its days.
        egui::ScrollArea::vertical()
            .id_salt("month")
            .auto_shrink(false)
            .show(ui, |ui| month_ui(ui, map, state, edits));
    }
}

/// What the chips' colours and dots mean, and how to use them.
fn legend_ui(ui: &mut Ui, map: &Map) {
    ui.horizontal_wrapped(|ui| {
        for phase in &map.phases {
            let (rect, _) = ui.allocate_exact_size(vec2(14.0, 14.0), Sense::hover());
            ui.painter()
                .rect_filled(rect, 3.0, theme::color(phase.color));
            ui.label(&phase.name);
        }
        ui.separator();
        for status in Status::ALL {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 14.0), Sense::hover());
            let color = status_color(status);
            if status == Status::Idea {
                ui.painter()
                    .circle_stroke(rect.center(), 4.0, Stroke::new(1.5, color));
            } else {
                ui.painter().circle_filled(rect.center(), 4.5, color);
            }
            ui.label(status.name());
        }
        ui.separator();
        ui.weak(crate::i18n::calendar::t().legend_hint);
    });
}

/// The day whose week the week list opens on, from the month shown: today
/// when it is in that month, else the month's first item, else its first day.
fn first_week_day(map: &Map, view: &ContentView) -> NaiveDate {
    let today = today();
    if first_of_month(today) == view.month {
        return today;
    }
    let last = add_months(view.month, 1) - Duration::days(1);
    map.content
        .iter()
        .filter(|c| view.filter.matches(c))
        .flat_map(|c| c.occurrences(view.month, last).into_iter().next())
        .min()
        .unwrap_or(view.month)
}

/// The filtered items on each day of a range, in the map's order.
pub fn items_by_day<'m>(
    map: &'m Map,
    filter: &ContentFilter,
    from: NaiveDate,
    to: NaiveDate,
) -> HashMap<NaiveDate, Vec<&'m ContentItem>> {
    let mut days: HashMap<NaiveDate, Vec<&ContentItem>> = HashMap::new();
    for item in map.content.iter().filter(|c| filter.matches(c)) {
        for day in item.occurrences(from, to) {
            days.entry(day).or_default().push(item);
        }
    }
    days
}

const CHIP_HEIGHT: f32 = 20.0;
/// A chip with room for its title on two lines, used when a day has the room.
const TALL_CHIP_HEIGHT: f32 = 34.0;

fn month_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let (from, to) = state.calendar.range();
    let by_day = items_by_day(map, &state.calendar.filter, from, to);
    let dated = experiments::dated(map, state);
    let experiment_marks = experiments::marks_by_day(&dated, from, to);
    let dark = ui.visuals().dark_mode;
    let ink = theme::ink(dark);

    let head = 22.0;
    let size = vec2(
        ui.available_width(),
        ui.available_height().max(6.0 * 64.0 + head),
    );
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(area);
    let cell = vec2(area.width() / 7.0, (area.height() - head) / 6.0);
    let names = if cell.x < 90.0 {
        weekday_short_names()
    } else {
        weekday_names()
    };
    for (i, name) in names.into_iter().enumerate() {
        let rect = Rect::from_min_size(area.min + vec2(i as f32 * cell.x, 0.0), vec2(cell.x, head));
        painter.text(
            rect.center(),
            Align2::CENTER_CENTER,
            name,
            FontId::proportional(13.0),
            ink,
        );
    }
    state.calendar.days.clear();
    let today = today();
    for index in 0..42 {
        let day = from + Duration::days(index);
        let (row, column) = (index / 7, index % 7);
        let rect = Rect::from_min_size(
            area.min + vec2(column as f32 * cell.x, head + row as f32 * cell.y),
            cell,
        );
        state.calendar.days.push((day, rect));
        let in_month = day.month() == state.calendar.month.month();
        let fill = if !in_month {
            ui.visuals().faint_bg_color
        } else {
            ui.visuals().extreme_bg_color
        };
        painter.rect_filled(rect.shrink(1.0), 2.0, fill);
        painter.rect_stroke(
            rect.shrink(1.0),
            2.0,
            Stroke::new(1.0, theme::grid(dark)),
            egui::StrokeKind::Inside,
        );
        let response = ui.interact(rect, ui.scope_id().with(("day", day)), Sense::click());
        if response.double_clicked()
            && let Some(item) = new_item(map, &state.calendar.filter, day)
        {
            add_item(map, state, edits, item);
        }
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Cell, true, date_text(day)));
        let number = if day.day() == 1 {
            format!("{} {}", day.day(), month_short(day.month0()))
        } else {
            day.day().to_string()
        };
        let number_color = if in_month {
            ink
        } else {
            ink.gamma_multiply(0.45)
        };
        if day == today {
            painter.rect_stroke(
                rect.shrink(1.5),
                2.0,
                Stroke::new(2.0, theme::SELECTION),
                egui::StrokeKind::Inside,
            );
        }
        painter.text(
            rect.left_top() + vec2(6.0, 3.0),
            Align2::LEFT_TOP,
            number,
            FontId::proportional(13.0),
            number_color,
        );
        experiments::day_ui(ui, &experiment_marks, day, rect, state);
        let items = by_day.get(&day).map_or(&[][..], Vec::as_slice);
        // Titles wrap to a second line when the day has room for all its chips that tall.
        let tall = rect.height() - 24.0 >= items.len() as f32 * (TALL_CHIP_HEIGHT + 2.0);
        let chip_height = if tall { TALL_CHIP_HEIGHT } else { CHIP_HEIGHT };
        let room = ((rect.height() - 24.0) / (chip_height + 2.0))
            .floor()
            .max(0.0) as usize;
        let shown = if items.len() > room {
            room.saturating_sub(1)
        } else {
            items.len()
        };
        for (i, item) in items.iter().take(shown).enumerate() {
            let chip_rect = Rect::from_min_size(
                rect.left_top() + vec2(4.0, 22.0 + i as f32 * (chip_height + 2.0)),
                vec2(rect.width() - 8.0, chip_height),
            );
            chip_ui(ui, map, state, item, day, chip_rect, false);
        }
        if shown < items.len() {
            let more = Rect::from_min_size(
                rect.left_top() + vec2(4.0, 22.0 + shown as f32 * (chip_height + 2.0)),
                vec2(rect.width() - 8.0, CHIP_HEIGHT),
            );
            let t = crate::i18n::calendar::t();
            let text = crate::i18n::fill(t.more, &[("n", &(items.len() - shown))]);
            if crate::ui::shell::widgets::overlay(
                ui,
                more,
                egui::Button::new(RichText::new(text).small()).frame(false),
            )
            .on_hover_text(t.more_hint)
            .clicked()
            {
                state.calendar.week = true;
                state.calendar.week_start = monday_of(day);
            }
        }
    }
    drop_target_ui(ui, map, state, edits);
}

fn week_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::calendar::t();
    let (from, to) = state.calendar.range();
    let by_day = items_by_day(map, &state.calendar.filter, from, to);
    let dated = experiments::dated(map, state);
    let today = today();
    state.calendar.days.clear();
    egui::ScrollArea::vertical()
        .id_salt("week")
        .auto_shrink(false)
        .show(ui, |ui| {
            for index in 0..7 {
                let day = from + Duration::days(index);
                let items = by_day.get(&day).map_or(&[][..], Vec::as_slice);
                let frame = egui::Frame::group(ui.style()).fill(if day == today {
                    ui.visuals().selection.bg_fill.gamma_multiply(0.25)
                } else {
                    ui.visuals().extreme_bg_color
                });
                let response = frame
                    .show(ui, |ui| {
                        ui.set_min_width(ui.available_width());
                        ui.horizontal(|ui| {
                            ui.add_sized(
                                vec2(110.0, CHIP_HEIGHT),
                                egui::Label::new(RichText::new(day_title(day)).strong()),
                            );
                            if ui.small_button("+").on_hover_text(t.add_on_day).clicked()
                                && let Some(item) = new_item(map, &state.calendar.filter, day)
                            {
                                add_item(map, state, edits, item);
                            }
                        });
                        let tested = experiments::week_day_ui(ui, &dated, day, state);
                        // A day with an experiment line has something on it.
                        if items.is_empty() && !tested {
                            ui.weak(t.nothing_planned);
                        }
                        for item in items {
                            let (rect, _) = ui.allocate_exact_size(
                                vec2(ui.available_width(), CHIP_HEIGHT + 4.0),
                                Sense::hover(),
                            );
                            chip_ui(ui, map, state, item, day, rect, true);
                        }
                    })
                    .response;
                state.calendar.days.push((day, response.rect));
                ui.add_space(2.0);
            }
        });
    drop_target_ui(ui, map, state, edits);
}

/// One item on one day: its phase's colour, its title, a dot for its status.
fn chip_ui(
    ui: &mut Ui,
    map: &Map,
    state: &mut State,
    item: &ContentItem,
    day: NaiveDate,
    rect: Rect,
    detailed: bool,
) {
    let phase = map.phase(item.phase);
    let response = ui.interact(
        rect,
        ui.scope_id().with(("chip", item.id, day)),
        Sense::click_and_drag(),
    );
    let label = item_label(map, item);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &item.title));
    if response.clicked() {
        state.selection = Selection::Content(item.id);
    }
    if response.drag_started() {
        state.calendar.dragging = Some((item.id, day));
        state.selection = Selection::Content(item.id);
    }
    let response = response.on_hover_text(label);
    let dragging = state.calendar.dragging == Some((item.id, day));
    let fill = phase.map_or(Color32::GRAY, |p| theme::color(p.color));
    let fill = if dragging {
        fill.gamma_multiply(0.4)
    } else {
        fill
    };
    let painter = ui.painter();
    painter.rect_filled(rect, 4.0, fill);
    if state.selection == Selection::Content(item.id) {
        painter.rect_stroke(
            rect,
            4.0,
            Stroke::new(2.0, theme::SELECTION),
            egui::StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_stroke(
            rect,
            4.0,
            Stroke::new(1.0, theme::CARD_EDGE),
            egui::StrokeKind::Inside,
        );
    }
    let dot = pos2(rect.right() - 9.0, rect.center().y);
    let status = status_color(item.status);
    if item.status == Status::Idea {
        painter.circle_stroke(dot, 4.0, Stroke::new(1.5, status));
    } else {
        painter.circle_filled(dot, 4.5, status);
    }
    // Phase colours are soft, so dark text reads on them in either theme.
    let text = if detailed {
        let mut parts = vec![item.title.clone(), item.kind.name().to_owned()];
        if let Some(channel) = &item.channel {
            parts.push(channel.name().to_owned());
        }
        if let Some(phase) = phase {
            parts.push(phase.name.clone());
        }
        parts.push(item.status.name().to_owned());
        parts.join("  ·  ")
    } else {
        item.title.clone()
    };
    text_in(
        painter,
        Rect::from_min_max(
            rect.min + vec2(6.0, 0.0),
            pos2(rect.right() - 18.0, rect.bottom()),
        ),
        &text,
        FontId::proportional(13.0),
        theme::PAPER_INK,
        if rect.height() >= TALL_CHIP_HEIGHT {
            2
        } else {
            1
        },
        Align2::LEFT_CENTER,
    );
}

/// A one-line description of an item, for tooltips and screen readers.
pub fn item_label(map: &Map, item: &ContentItem) -> String {
    use crate::i18n::fill;
    let t = crate::i18n::calendar::t();
    let mut parts = vec![item.kind.name().to_owned()];
    if let Some(channel) = &item.channel {
        parts.push(channel.name().to_owned());
    }
    if let Some(phase) = map.phase(item.phase) {
        parts.push(phase.name.clone());
    }
    if let Some(persona) = item.persona.and_then(|p| map.persona(p)) {
        parts.push(fill(t.label_for, &[("persona", &persona.name)]));
    }
    parts.push(item.status.name().to_owned());
    let mut label = format!("{}\n{}", item.title, parts.join(", "));
    match (item.recurrence, item.end_date) {
        (crate::model::Recurrence::Once, Some(end)) => {
            label.push('\n');
            label.push_str(&fill(
                t.label_runs,
                &[("from", &date_text(item.date)), ("to", &date_text(end))],
            ));
        }
        (crate::model::Recurrence::Once, None) => {}
        (repeat, end) => {
            label.push('\n');
            label.push_str(&fill(
                t.label_repeats_from,
                &[("repeat", &repeat.name()), ("date", &date_text(item.date))],
            ));
            if let Some(end) = end {
                label.push_str(&fill(t.label_until, &[("date", &date_text(end))]));
            }
        }
    }
    label.push('\n');
    label.push_str(t.label_drag);
    label
}

/// While an item is dragged: highlight the day under the pointer, and move
/// the item there when it is let go.
fn drop_target_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let Some((id, from)) = state.calendar.dragging else {
        return;
    };
    let pointer = ui.ctx().pointer_latest_pos();
    let target = pointer.and_then(|p| {
        state
            .calendar
            .days
            .iter()
            .find(|(_, rect)| rect.contains(p))
            .map(|(day, rect)| (*day, *rect))
    });
    if let Some((_, rect)) = target {
        ui.painter().rect_stroke(
            rect.shrink(1.0),
            3.0,
            Stroke::new(2.5, theme::SELECTION),
            egui::StrokeKind::Inside,
        );
    }
    if let (Some(pointer), Some(item)) = (pointer, map.content.iter().find(|c| c.id == id)) {
        let ghost = Rect::from_min_size(pointer + vec2(8.0, 8.0), vec2(160.0, CHIP_HEIGHT));
        let painter = ui.ctx().layer_painter(egui::LayerId::new(
            egui::Order::Tooltip,
            egui::Id::unique("content-drag"),
        ));
        let fill = map
            .phase(item.phase)
            .map_or(Color32::GRAY, |p| theme::color(p.color));
        painter.rect_filled(ghost, 4.0, fill);
        text_in(
            &painter,
            ghost.shrink2(vec2(6.0, 0.0)),
            &item.title,
            FontId::proportional(13.0),
            theme::PAPER_INK,
            1,
            Align2::LEFT_CENTER,
        );
    }
    ui.ctx().set_cursor_icon(egui::CursorIcon::Grabbing);
    let released = ui.input(|i| i.pointer.any_released() || !i.pointer.any_down());
    if released {
        state.calendar.dragging = None;
        if let (Some((to, _)), Some(item)) = (target, map.content.iter().find(|c| c.id == id))
            && to != from
        {
            edits.push((Edit::SetContent(moved(item, from, to)), None));
        }
    }
}

/// The suggested content for a phase, each with a button that adds it.
pub fn suggestions_ui(
    ui: &mut Ui,
    map: &Map,
    phase: PhaseId,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = crate::i18n::calendar::t();
    for suggestion in suggest::suggestions(map, phase) {
        ui.horizontal(|ui| {
            let add = ui
                .small_button(t.suggestion_add)
                .on_hover_text(t.suggestion_add_hint);
            ui.label(suggestion.title).on_hover_text(format!(
                "{}, {}",
                suggestion.kind.name(),
                suggestion.channel.name()
            ));
            if add.clicked() {
                let mut item = ContentItem::new(
                    map.new_content_id(),
                    suggestion.title,
                    suggestion.kind.clone(),
                    phase,
                    next_free_day(map, today()),
                );
                item.channel = Some(suggestion.channel.clone());
                item.goal = suggestion.goal.to_owned();
                add_item(map, state, edits, item);
            }
        });
    }
}

/// The first weekday from `from` on which nothing is published yet.
pub fn next_free_day(map: &Map, from: NaiveDate) -> NaiveDate {
    let mut day = from;
    for _ in 0..366 {
        let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
        if !weekend
            && map
                .content
                .iter()
                .all(|c| c.occurrences(day, day).is_empty())
        {
            return day;
        }
        day += Duration::days(1);
    }
    from
}
