//! The content table: every content item in one sortable, filterable table,
//! with the date and status editable in place. Clicking a title opens the
//! item in the inspector.

use egui::{RichText, Ui};
use egui_extras::{Column, DatePickerButton, TableBuilder};

use crate::edit::{Edit, Gesture};
use crate::model::{ContentItem, Map, Status};

use crate::ui::calendar::{self, SortKey};
use crate::ui::shell::theme;
use crate::ui::shell::{Selection, State};

type Edits = Vec<(Edit, Option<Gesture>)>;

/// The filtered items in the table's order.
pub fn sorted_items<'m>(map: &'m Map, state: &State) -> Vec<&'m ContentItem> {
    let filter = &state.calendar.filter;
    let mut items: Vec<&ContentItem> = map.content.iter().filter(|c| filter.matches(c)).collect();
    let (key, ascending) = state.calendar.sort;
    let phase_index = |item: &ContentItem| map.phases.iter().position(|p| p.id == item.phase);
    let persona = |item: &ContentItem| {
        item.persona
            .and_then(|p| map.persona(p))
            .map(|p| p.name.to_lowercase())
    };
    let status_index = |status: Status| Status::ALL.iter().position(|s| *s == status);
    // A stable sort, so equal keys keep the date order (then the map's order).
    items.sort_by_key(|item| item.date);
    match key {
        SortKey::Date => {}
        SortKey::Title => items.sort_by_cached_key(|i| i.title.to_lowercase()),
        SortKey::Kind => items.sort_by_cached_key(|i| i.kind.name().to_lowercase()),
        SortKey::Channel => {
            items.sort_by_cached_key(|i| i.channel.as_ref().map(|c| c.name().to_lowercase()))
        }
        SortKey::Phase => items.sort_by_key(|i| phase_index(i)),
        SortKey::Persona => items.sort_by_cached_key(|i| persona(i)),
        SortKey::Status => items.sort_by_key(|i| status_index(i.status)),
        SortKey::Owner => items.sort_by_cached_key(|i| i.owner.to_lowercase()),
    }
    if !ascending {
        items.reverse();
    }
    items
}

/// A chrono date as the date picker's date, when it is in the picker's range.
pub fn to_picker(date: chrono::NaiveDate) -> Option<jiff::civil::Date> {
    use chrono::Datelike;
    jiff::civil::Date::new(
        i16::try_from(date.year()).ok()?,
        i8::try_from(date.month()).ok()?,
        i8::try_from(date.day()).ok()?,
    )
    .ok()
}

/// The picker's date as a chrono date.
pub fn from_picker(date: jiff::civil::Date) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::try_from(date.month()).ok()?,
        u32::try_from(date.day()).ok()?,
    )
}

/// A date picker for an item's date; the changed item when a date is picked.
pub fn date_picker(ui: &mut Ui, salt: &str, date: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    let Some(mut picked) = to_picker(date) else {
        ui.label(calendar::date_text(date));
        return None;
    };
    let before = picked;
    ui.add(
        DatePickerButton::new(&mut picked)
            .id_salt(salt)
            .calendar_week(true)
            .show_icon(false)
            .format(crate::i18n::calendar::t().date_format),
    );
    (picked != before).then(|| from_picker(picked)).flatten()
}

/// The table's columns: their titles in the interface's language, and what they sort by.
fn columns() -> [(&'static str, SortKey); 8] {
    let t = crate::i18n::calendar::t();
    [
        (t.column_date, SortKey::Date),
        (t.column_title, SortKey::Title),
        (t.column_type, SortKey::Kind),
        (t.column_channel, SortKey::Channel),
        (t.column_phase, SortKey::Phase),
        (t.column_persona, SortKey::Persona),
        (t.column_status, SortKey::Status),
        (t.column_owner, SortKey::Owner),
    ]
}

/// The table page.
pub fn table_ui(ui: &mut Ui, map: &Map, state: &mut State, edits: &mut Edits) {
    let t = crate::i18n::calendar::t();
    ui.horizontal(|ui| {
        ui.heading(t.table_heading);
        ui.separator();
        if ui.button(t.new_item).clicked()
            && let Some(item) = calendar::new_item(map, &state.calendar.filter, calendar::today())
        {
            calendar::add_item(map, state, edits, item);
        }
    });
    calendar::filters_ui(ui, map, &mut state.calendar.filter);
    let items = sorted_items(map, state);
    ui.label(crate::i18n::fill(
        t.items_shown,
        &[("shown", &items.len()), ("total", &map.content.len())],
    ));
    ui.add_space(4.0);
    if map.phases.is_empty() {
        ui.label(t.phase_first);
        return;
    }
    let row_height = 26.0;
    TableBuilder::new(ui)
        .id_salt("content-table")
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(100.0))
        .column(Column::remainder().at_least(200.0).clip(true))
        .column(Column::initial(115.0).clip(true))
        .column(Column::initial(100.0).clip(true))
        .column(Column::initial(120.0).clip(true))
        .column(Column::initial(130.0).clip(true))
        .column(Column::exact(130.0))
        .column(Column::initial(110.0).clip(true))
        .header(24.0, |mut header| {
            for (title, key) in columns() {
                header.col(|ui| {
                    let (current, ascending) = state.calendar.sort;
                    let arrow = match (current == key, ascending) {
                        (false, _) => "",
                        (true, true) => " ^",
                        (true, false) => " v",
                    };
                    if ui
                        .button(RichText::new(format!("{title}{arrow}")).strong())
                        .on_hover_text(crate::i18n::fill(
                            t.sort_by,
                            &[("column", &title.to_lowercase())],
                        ))
                        .clicked()
                    {
                        state.calendar.sort = if current == key {
                            (key, !ascending)
                        } else {
                            (key, true)
                        };
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, items.len(), |mut row| {
                let item = items[row.index()];
                row.set_selected(state.selection == Selection::Content(item.id));
                row.col(|ui| {
                    if let Some(date) =
                        date_picker(ui, &format!("table-date-{}", item.id.0), item.date)
                    {
                        let delta = date - item.date;
                        edits.push((
                            Edit::SetContent(ContentItem {
                                date,
                                end_date: item.end_date.map(|d| d + delta),
                                ..item.clone()
                            }),
                            None,
                        ));
                    }
                });
                row.col(|ui| {
                    let selected = state.selection == Selection::Content(item.id);
                    if ui
                        .selectable_label(selected, &item.title)
                        .on_hover_text(calendar::item_label(map, item))
                        .clicked()
                    {
                        state.selection = Selection::Content(item.id);
                    }
                });
                row.col(|ui| {
                    ui.label(item.kind.name());
                });
                row.col(|ui| {
                    ui.label(item.channel.as_ref().map_or("", |c| c.name()));
                });
                row.col(|ui| {
                    if let Some(phase) = map.phase(item.phase) {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter()
                            .rect_filled(rect, 3.0, theme::color(phase.color));
                        ui.label(&phase.name);
                    }
                });
                row.col(|ui| {
                    ui.label(
                        item.persona
                            .and_then(|p| map.persona(p))
                            .map_or("", |p| &p.name),
                    );
                });
                row.col(|ui| {
                    let mut status = item.status;
                    egui::ComboBox::from_id_salt(("table-status", item.id))
                        .width(116.0)
                        .selected_text(RichText::new(status.name()).color(
                            crate::ui::shell::theme::status_ink(
                                status as usize,
                                ui.visuals().dark_mode,
                            ),
                        ))
                        .show_ui(ui, |ui| {
                            for choice in Status::ALL {
                                ui.selectable_value(&mut status, choice, choice.name());
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::ComboBox,
                                true,
                                crate::i18n::fill(t.status_of, &[("title", &item.title)]),
                            )
                        });
                    if status != item.status {
                        edits.push((
                            Edit::SetContent(ContentItem {
                                status,
                                ..item.clone()
                            }),
                            None,
                        ));
                    }
                });
                row.col(|ui| {
                    ui.label(&item.owner);
                });
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picker_dates_convert_both_ways() {
        let date = chrono::NaiveDate::from_ymd_opt(2027, 2, 28).expect("a date");
        assert_eq!(to_picker(date).and_then(from_picker), Some(date));
        let far = chrono::NaiveDate::from_ymd_opt(40_000, 1, 1).expect("a date");
        assert_eq!(to_picker(far), None);
    }
}
