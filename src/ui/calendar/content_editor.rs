//! The inspector for a content item, and the content section of a phase's
//! inspector: its items and the suggested content.

use egui::{RichText, Ui};

use crate::edit::{Edit, Gesture, ops};
use crate::model::{ContentItem, ContentType, Map, Phase, Recurrence, Status};

use super::content_table::date_picker;
use crate::ui::calendar::{self, Page};
use crate::ui::shell::theme;
use crate::ui::shell::widgets::{channel_ui, text_field};
use crate::ui::shell::{Selection, State};

type Edits = Vec<(Edit, Option<Gesture>)>;

/// Edits one content item.
pub fn content_ui(
    ui: &mut Ui,
    map: &Map,
    item: &ContentItem,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = crate::i18n::calendar::t();
    ui.heading(t.item_heading);
    let set = |edits: &mut Edits, changed: ContentItem, gesture: Option<Gesture>| {
        edits.push((Edit::SetContent(changed), gesture));
    };
    if let Some((title, g)) = text_field(ui, state, t.title, &item.title, false) {
        set(
            edits,
            ContentItem {
                title,
                ..item.clone()
            },
            Some(g),
        );
    }

    ui.label(RichText::new(t.kind).strong());
    let shown = match &item.kind {
        ContentType::Other(_) => t.other,
        kind => kind.name(),
    };
    egui::ComboBox::from_id_salt("content-kind")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for kind in ContentType::LISTED {
                if ui
                    .selectable_label(item.kind == kind, kind.name())
                    .clicked()
                {
                    set(
                        edits,
                        ContentItem {
                            kind,
                            ..item.clone()
                        },
                        None,
                    );
                }
            }
            if ui
                .selectable_label(matches!(item.kind, ContentType::Other(_)), t.other_choice)
                .clicked()
            {
                set(
                    edits,
                    ContentItem {
                        kind: ContentType::Other(String::new()),
                        ..item.clone()
                    },
                    None,
                );
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t.kind));
    if let ContentType::Other(name) = &item.kind
        && let Some((name, g)) = text_field(ui, state, t.other_kind, name, false)
    {
        set(
            edits,
            ContentItem {
                kind: ContentType::Other(name),
                ..item.clone()
            },
            Some(g),
        );
    }

    if let Some((channel, g)) = channel_ui(ui, state, t.channel, item.channel.as_ref()) {
        set(
            edits,
            ContentItem {
                channel,
                ..item.clone()
            },
            g,
        );
    }

    ui.label(RichText::new(t.publish_date).strong());
    if let Some(date) = date_picker(ui, "content-date", item.date) {
        let end_date = item.end_date.map(|end| end.max(date));
        set(
            edits,
            ContentItem {
                date,
                end_date,
                ..item.clone()
            },
            None,
        );
    }

    ui.label(RichText::new(t.repeats).strong());
    ui.horizontal(|ui| {
        for recurrence in Recurrence::ALL {
            if ui
                .selectable_label(item.recurrence == recurrence, recurrence.name())
                .clicked()
                && item.recurrence != recurrence
            {
                set(
                    edits,
                    ContentItem {
                        recurrence,
                        ..item.clone()
                    },
                    None,
                );
            }
        }
    });
    let end_label = if item.recurrence == Recurrence::Once {
        t.runs_until
    } else {
        t.repeats_until
    };
    let mut has_end = item.end_date.is_some();
    if ui.checkbox(&mut has_end, end_label).changed() {
        let end_date = has_end.then(|| item.date + chrono::Duration::days(13));
        set(
            edits,
            ContentItem {
                end_date,
                ..item.clone()
            },
            None,
        );
    }
    if let Some(end) = item.end_date
        && let Some(end) = date_picker(ui, "content-end-date", end)
    {
        set(
            edits,
            ContentItem {
                end_date: Some(end.max(item.date)),
                ..item.clone()
            },
            None,
        );
    }

    ui.label(RichText::new(t.status).strong());
    ui.horizontal_wrapped(|ui| {
        for status in Status::ALL {
            let text = RichText::new(status.name()).color(crate::ui::shell::theme::status_ink(
                status as usize,
                ui.visuals().dark_mode,
            ));
            if ui.selectable_label(item.status == status, text).clicked() && item.status != status {
                set(
                    edits,
                    ContentItem {
                        status,
                        ..item.clone()
                    },
                    None,
                );
            }
        }
    });

    ui.label(RichText::new(t.phase).strong());
    egui::ComboBox::from_id_salt("content-phase")
        .selected_text(map.phase(item.phase).map_or(t.missing, |p| &p.name))
        .show_ui(ui, |ui| {
            for phase in &map.phases {
                if ui
                    .selectable_label(item.phase == phase.id, &phase.name)
                    .clicked()
                {
                    set(
                        edits,
                        ContentItem {
                            phase: phase.id,
                            ..item.clone()
                        },
                        None,
                    );
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t.phase));

    ui.label(RichText::new(t.for_persona).strong());
    egui::ComboBox::from_id_salt("content-persona")
        .selected_text(
            item.persona
                .and_then(|p| map.persona(p))
                .map_or(t.everyone, |p| &p.name),
        )
        .show_ui(ui, |ui| {
            if ui
                .selectable_label(item.persona.is_none(), t.everyone)
                .clicked()
            {
                set(
                    edits,
                    ContentItem {
                        persona: None,
                        ..item.clone()
                    },
                    None,
                );
            }
            for persona in &map.personas {
                if ui
                    .selectable_label(item.persona == Some(persona.id), &persona.name)
                    .clicked()
                {
                    set(
                        edits,
                        ContentItem {
                            persona: Some(persona.id),
                            ..item.clone()
                        },
                        None,
                    );
                }
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t.for_persona));

    if let Some((owner, g)) = text_field(ui, state, t.owner, &item.owner, false) {
        set(
            edits,
            ContentItem {
                owner,
                ..item.clone()
            },
            Some(g),
        );
    }
    if let Some((goal, g)) = text_field(ui, state, t.goal, &item.goal, false) {
        set(
            edits,
            ContentItem {
                goal,
                ..item.clone()
            },
            Some(g),
        );
    }

    // The steps of the journeys that this content supports, from its phase.
    let steps: Vec<_> = map
        .journeys
        .iter()
        .flat_map(|j| j.steps.iter().map(move |s| (j, s)))
        .filter(|(_, s)| s.phase == item.phase || item.steps.contains(&s.id))
        .collect();
    if !steps.is_empty() {
        ui.label(RichText::new(t.supports_steps).strong());
        for (journey, step) in steps {
            let mut on = item.steps.contains(&step.id);
            let label = if map.journeys.len() > 1 {
                format!("{} ({})", step.title, journey.name)
            } else {
                step.title.clone()
            };
            if ui.checkbox(&mut on, label).changed() {
                let mut changed = item.clone();
                if on {
                    changed.steps.push(step.id);
                } else {
                    changed.steps.retain(|s| *s != step.id);
                }
                set(edits, changed, None);
            }
        }
    }

    if let Some((notes, g)) = text_field(ui, state, t.notes, &item.notes, true) {
        set(
            edits,
            ContentItem {
                notes,
                ..item.clone()
            },
            Some(g),
        );
    }

    ui.add_space(10.0);
    ui.horizontal(|ui| {
        if ui.button(t.duplicate).clicked()
            && let Some((copy, edit)) = ops::duplicate_content(map, item.id)
        {
            state.selection = Selection::Content(copy);
            edits.push((edit, None));
        }
        if ui.button(t.delete_item).clicked()
            && let Some(edit) = ops::delete_content(map, &[item.id])
        {
            edits.push((edit, None));
        }
        if state.calendar.page == Page::Journey && ui.button(t.show_in_calendar).clicked() {
            state.calendar.page = Page::Calendar;
            state.calendar.show_day(item.date);
        }
    });
}

/// The content section of a phase's inspector: its items, and suggestions.
pub fn phase_content_ui(
    ui: &mut Ui,
    map: &Map,
    phase: &Phase,
    state: &mut State,
    edits: &mut Edits,
) {
    let t = crate::i18n::calendar::t();
    let items: Vec<&ContentItem> = map.content.iter().filter(|c| c.phase == phase.id).collect();
    ui.add_space(8.0);
    ui.label(RichText::new(crate::i18n::fill(t.phase_content, &[("n", &items.len())])).strong());
    if items.is_empty() {
        ui.colored_label(theme::LOW_MARK, t.phase_no_content);
    }
    let mut sorted = items.clone();
    sorted.sort_by_key(|c| c.date);
    for item in sorted.iter().take(12) {
        ui.horizontal(|ui| {
            ui.label(
                RichText::new(calendar::date_text(item.date))
                    .monospace()
                    .small(),
            );
            if ui.link(&item.title).clicked() {
                state.selection = Selection::Content(item.id);
            }
        });
    }
    if !sorted.is_empty() && ui.button(t.phase_show_in_table).clicked() {
        state.show_phase_content(phase.id);
    }
    egui::CollapsingHeader::new(t.suggested_content)
        .id_salt("suggested-content")
        .default_open(items.is_empty())
        .show(ui, |ui| {
            calendar::suggestions_ui(ui, map, phase.id, state, edits);
        });
}
