//! The content calendar: a month grid and a week list of the map's content
//! items, as chips in their phase's colour. Chips are dragged to another
//! day, clicked to edit in the inspector; a double-click on a day adds an
//! item there. The filters are shared with the content table.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use egui::{Align2, Color32, FontId, Rect, RichText, Sense, Stroke, Ui, pos2, vec2};

use crate::edit::{Edit, Gesture};
use crate::i18n::suggest;
use crate::model::{Channel, ContentId, ContentItem, ContentType, Map, PersonaId, PhaseId, Status};

use crate::ui::shell::theme;
use crate::ui::shell::widgets::text_in;
use crate::ui::shell::{Selection, State};

pub mod content_editor;
pub mod content_table;
pub mod experiments;
mod month;

pub use crate::ui::shell::Page;
pub use month::*;

type Edits = Vec<(Edit, Option<Gesture>)>;

/// Which content items are shown.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContentFilter {
    /// Only this phase's items.
    pub phase: Option<PhaseId>,
    /// Only items for this persona.
    pub persona: Option<PersonaId>,
    /// Only items on this channel.
    pub channel: Option<Channel>,
    /// Only items with this status.
    pub status: Option<Status>,
}

impl ContentFilter {
    /// Whether an item passes the filter.
    pub fn matches(&self, item: &ContentItem) -> bool {
        self.phase.is_none_or(|p| item.phase == p)
            && self.persona.is_none_or(|p| item.persona == Some(p))
            && self
                .channel
                .as_ref()
                .is_none_or(|c| item.channel.as_ref() == Some(c))
            && self.status.is_none_or(|s| item.status == s)
    }

    /// Whether any filter is set.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }
}

/// A column the table sorts by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// Publish date.
    #[default]
    Date,
    /// Title, alphabetically.
    Title,
    /// Content type.
    Kind,
    /// Channel.
    Channel,
    /// Phase, in the map's phase order.
    Phase,
    /// Persona.
    Persona,
    /// Status, from idea to published.
    Status,
    /// Owner.
    Owner,
}

/// The calendar's and the table's own state.
#[derive(Clone, Debug)]
pub struct ContentView {
    /// The page shown.
    pub page: Page,
    /// The first day of the month shown.
    pub month: NaiveDate,
    /// The week list instead of the month grid.
    pub week: bool,
    /// The Monday of the week shown in the week list.
    pub week_start: NaiveDate,
    /// Which items are shown.
    pub filter: ContentFilter,
    /// The table's sort column, and whether it sorts ascending.
    pub sort: (SortKey, bool),
    /// Whether the shown month still has to be chosen for this map.
    pub needs_placing: bool,
    /// The item being dragged, and the day it was picked up from.
    pub dragging: Option<(ContentId, NaiveDate)>,
    /// The days drawn in the last frame, to drop dragged items on.
    pub days: Vec<(NaiveDate, Rect)>,
    /// The map's experiments with dates, kept while the map's revision stays.
    pub experiments: experiments::ExperimentCache,
}

impl Default for ContentView {
    fn default() -> Self {
        let today = today();
        Self {
            page: Page::Journey,
            month: first_of_month(today),
            week: false,
            week_start: monday_of(today),
            filter: ContentFilter::default(),
            sort: (SortKey::Date, true),
            needs_placing: true,
            dragging: None,
            days: Vec::new(),
            experiments: Default::default(),
        }
    }
}

impl ContentView {
    /// Forgets what belonged to the map that was open: the calendar's place,
    /// the filter, a drag and the days laid out. The page and the month or
    /// week layout stay.
    pub fn forget_document(&mut self) {
        self.needs_placing = true;
        self.filter = ContentFilter::default();
        self.dragging = None;
        self.days.clear();
        self.experiments.clear();
    }

    /// Shows the month (and week) of a day.
    pub fn show_day(&mut self, day: NaiveDate) {
        self.month = first_of_month(day);
        self.week_start = monday_of(day);
    }

    /// The first and last day shown.
    pub fn range(&self) -> (NaiveDate, NaiveDate) {
        if self.week {
            (self.week_start, self.week_start + Duration::days(6))
        } else {
            let start = monday_of(self.month);
            (start, start + Duration::days(41))
        }
    }
}

/// Today, on this computer's clock.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

fn add_months(day: NaiveDate, months: i32) -> NaiveDate {
    crate::model::monthly(first_of_month(day), months).unwrap_or(day)
}

/// A month's name in the interface's language (`month0` from 0 for January).
pub fn month_name(month0: u32) -> &'static str {
    let t = crate::i18n::calendar::t();
    [
        t.month_january,
        t.month_february,
        t.month_march,
        t.month_april,
        t.month_may,
        t.month_june,
        t.month_july,
        t.month_august,
        t.month_september,
        t.month_october,
        t.month_november,
        t.month_december,
    ][month0 as usize % 12]
}

/// A month's short name ("Mar", "mrt").
pub fn month_short(month0: u32) -> &'static str {
    let t = crate::i18n::calendar::t();
    [
        t.month_short_january,
        t.month_short_february,
        t.month_short_march,
        t.month_short_april,
        t.month_short_may,
        t.month_short_june,
        t.month_short_july,
        t.month_short_august,
        t.month_short_september,
        t.month_short_october,
        t.month_short_november,
        t.month_short_december,
    ][month0 as usize % 12]
}

/// The weekdays' names from Monday, in the interface's language.
pub fn weekday_names() -> [&'static str; 7] {
    let t = crate::i18n::calendar::t();
    [
        t.weekday_monday,
        t.weekday_tuesday,
        t.weekday_wednesday,
        t.weekday_thursday,
        t.weekday_friday,
        t.weekday_saturday,
        t.weekday_sunday,
    ]
}

/// The weekdays' short names from Monday ("Mon", "ma").
pub fn weekday_short_names() -> [&'static str; 7] {
    let t = crate::i18n::calendar::t();
    [
        t.weekday_short_monday,
        t.weekday_short_tuesday,
        t.weekday_short_wednesday,
        t.weekday_short_thursday,
        t.weekday_short_friday,
        t.weekday_short_saturday,
        t.weekday_short_sunday,
    ]
}

/// "March 2027", "maart 2027".
pub fn month_title(month: NaiveDate) -> String {
    format!("{} {}", month_name(month.month0()), month.year())
}

/// "Mon 1 Mar", "ma 1 mrt".
pub fn day_title(day: NaiveDate) -> String {
    format!(
        "{} {} {}",
        weekday_short_names()[day.weekday().num_days_from_monday() as usize],
        day.day(),
        month_short(day.month0())
    )
}

/// A date in numbers as the language writes it: "2027-03-01", "01-03-2027".
pub fn date_text(day: NaiveDate) -> String {
    day.format(crate::i18n::calendar::t().date_format)
        .to_string()
}

/// "Week 2: Mon 11 Jan – Sun 17 Jan", "Week 2: ma 11 jan t/m zo 17 jan".
pub fn week_title(monday: NaiveDate) -> String {
    crate::i18n::fill(
        crate::i18n::calendar::t().week_title,
        &[
            ("week", &monday.iso_week().week()),
            ("from", &day_title(monday)),
            ("to", &day_title(monday + Duration::days(6))),
        ],
    )
}

/// The month a map's calendar opens on: this month when it has items,
/// else the month of the next item, else of the last one.
pub fn month_to_show(map: &Map, today: NaiveDate) -> NaiveDate {
    let this_month = first_of_month(today);
    let next_month = add_months(this_month, 1);
    let mut dates: Vec<NaiveDate> = map.content.iter().map(|c| c.date).collect();
    dates.sort();
    let in_this_month = map.content.iter().any(|c| {
        !c.occurrences(this_month, next_month - Duration::days(1))
            .is_empty()
    });
    if in_this_month || dates.is_empty() {
        return this_month;
    }
    let day = dates
        .iter()
        .find(|d| **d >= today)
        .or(dates.last())
        .copied()
        .unwrap_or(today);
    first_of_month(day)
}

/// The colour that shows an item's status.
pub fn status_color(status: Status) -> Color32 {
    match status {
        Status::Idea => theme::STATUS_IDEA,
        Status::Planned => theme::STATUS_PLANNED,
        Status::InProduction => theme::STATUS_IN_PRODUCTION,
        Status::Published => theme::STATUS_PUBLISHED,
    }
}

/// A new item on a day, in the filtered phase and persona (or the first
/// phase), as an idea.
pub fn new_item(map: &Map, filter: &ContentFilter, day: NaiveDate) -> Option<ContentItem> {
    let phase = filter
        .phase
        .filter(|p| map.phase(*p).is_some())
        .or_else(|| map.phases.first().map(|p| p.id))?;
    let mut item = ContentItem::new(
        map.new_content_id(),
        crate::i18n::calendar::t().new_item_title,
        ContentType::BlogPost,
        phase,
        day,
    );
    item.persona = filter.persona.filter(|p| map.persona(*p).is_some());
    item.channel = filter.channel.clone();
    item.status = filter.status.unwrap_or_default();
    Some(item)
}

/// Adds an item and selects it, so the inspector shows it for editing.
pub fn add_item(map: &Map, state: &mut State, edits: &mut Edits, item: ContentItem) {
    state.selection = Selection::Content(item.id);
    edits.push((Edit::InsertContent(map.content.len(), item), None));
}

/// The item moved so that the occurrence on `from` falls on `to`; a whole
/// series moves with it.
pub fn moved(item: &ContentItem, from: NaiveDate, to: NaiveDate) -> ContentItem {
    let delta = to - from;
    ContentItem {
        date: item.date + delta,
        end_date: item.end_date.map(|d| d + delta),
        ..item.clone()
    }
}

/// The filter row shared by the calendar and the table.
pub fn filters_ui(ui: &mut Ui, map: &Map, filter: &mut ContentFilter) {
    let t = crate::i18n::calendar::t();
    ui.horizontal_wrapped(|ui| {
        ui.label(t.show);
        let phases = map.phases.iter().map(|p| (p.id, p.name.clone()));
        filter_menu(
            ui,
            "filter-phase",
            t.filter_phase,
            t.all_phases,
            &mut filter.phase,
            phases,
        );
        let personas = map.personas.iter().map(|p| (p.id, p.name.clone()));
        filter_menu(
            ui,
            "filter-persona",
            t.filter_persona,
            t.all_personas,
            &mut filter.persona,
            personas,
        );
        // The listed channels, and any other channel the items use.
        let mut channels: Vec<Channel> = Channel::LISTED.to_vec();
        for item in &map.content {
            if let Some(channel @ Channel::Other(_)) = &item.channel
                && !channels.contains(channel)
            {
                channels.push(channel.clone());
            }
        }
        let channels = channels.into_iter().map(|c| {
            let name = c.name().to_owned();
            (c, name)
        });
        filter_menu(
            ui,
            "filter-channel",
            t.filter_channel,
            t.all_channels,
            &mut filter.channel,
            channels,
        );
        let statuses = Status::ALL.into_iter().map(|s| (s, s.name().to_owned()));
        filter_menu(
            ui,
            "filter-status",
            t.filter_status,
            t.any_status,
            &mut filter.status,
            statuses,
        );
        if filter.is_active() && ui.button(t.clear_filters).clicked() {
            *filter = ContentFilter::default();
        }
    });
}

/// One filter's menu: "all", then each choice; `name` is what screen readers say.
fn filter_menu<T: Clone + PartialEq>(
    ui: &mut Ui,
    salt: &'static str,
    name: &str,
    all: &str,
    value: &mut Option<T>,
    choices: impl Iterator<Item = (T, String)>,
) {
    let choices: Vec<(T, String)> = choices.collect();
    let shown = choices
        .iter()
        .find(|(choice, _)| value.as_ref() == Some(choice))
        .map_or(all, |(_, label)| label.as_str())
        .to_owned();
    egui::ComboBox::from_id_salt(salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, all);
            for (choice, label) in choices {
                ui.selectable_value(value, Some(choice), label);
            }
        })
        .response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, name));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{PhaseTemplate, Recurrence};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("a date")
    }

    #[test]
    fn the_month_grid_starts_on_a_monday() {
        let view = ContentView {
            month: d(2027, 3, 1),
            week: false,
            ..ContentView::default()
        };
        assert_eq!(view.range(), (d(2027, 3, 1), d(2027, 4, 11)));
        let view = ContentView {
            month: d(2026, 11, 1),
            ..view
        };
        assert_eq!(view.range().0, d(2026, 10, 26));
    }

    #[test]
    fn moving_a_repeating_item_moves_its_series() {
        let mut item = ContentItem::new(
            ContentId(1),
            "x",
            ContentType::Video,
            PhaseId(1),
            d(2027, 1, 4),
        );
        item.recurrence = Recurrence::Weekly;
        item.end_date = Some(d(2027, 2, 1));
        let moved = moved(&item, d(2027, 1, 18), d(2027, 1, 20));
        assert_eq!(moved.date, d(2027, 1, 6));
        assert_eq!(moved.end_date, Some(d(2027, 2, 3)));
    }

    #[test]
    fn the_calendar_opens_where_the_items_are() {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
        assert_eq!(month_to_show(&map, d(2026, 11, 30)), d(2026, 11, 1));
        let item =
            |id, date| ContentItem::new(ContentId(id), "x", ContentType::Video, PhaseId(1), date);
        map.content = vec![item(1, d(2027, 2, 8)), item(2, d(2026, 1, 8))];
        assert_eq!(month_to_show(&map, d(2026, 11, 30)), d(2027, 2, 1));
        assert_eq!(month_to_show(&map, d(2027, 11, 30)), d(2027, 2, 1));
        map.content.push(item(3, d(2026, 11, 3)));
        assert_eq!(month_to_show(&map, d(2026, 11, 30)), d(2026, 11, 1));
    }

    #[test]
    fn dates_follow_the_language() {
        let monday = d(2021, 1, 11);
        crate::i18n::set_language(Language::En);
        assert_eq!(day_title(monday), "Mon 11 Jan");
        assert_eq!(month_title(d(2027, 3, 1)), "March 2027");
        assert_eq!(week_title(monday), "Week 2: Mon 11 Jan – Sun 17 Jan");
        assert_eq!(date_text(d(2027, 3, 2)), "2027-03-02");
        crate::i18n::set_language(Language::Nl);
        assert_eq!(day_title(monday), "ma 11 jan");
        assert_eq!(day_title(d(2027, 3, 3)), "wo 3 mrt");
        assert_eq!(month_title(d(2027, 3, 1)), "maart 2027");
        assert_eq!(month_title(d(2027, 5, 1)), "mei 2027");
        assert_eq!(week_title(monday), "Week 2: ma 11 jan t/m zo 17 jan");
        assert_eq!(date_text(d(2027, 3, 2)), "02-03-2027");
        assert_eq!(weekday_names()[6], "zondag");
        crate::i18n::set_language(Language::En);
    }

    #[test]
    fn an_items_description_follows_the_language() {
        let mut map = PhaseTemplate::FivePhase.new_map(Language::Nl);
        let mut item = ContentItem::new(
            ContentId(1),
            "Koopgids",
            ContentType::BlogPost,
            map.phases[0].id,
            d(2027, 1, 4),
        );
        item.recurrence = Recurrence::Weekly;
        item.end_date = Some(d(2027, 2, 1));
        map.content.push(item.clone());
        crate::i18n::set_language(Language::Nl);
        let label = item_label(&map, &item);
        assert!(
            label.contains("Wekelijks vanaf 04-01-2027 tot en met 01-02-2027"),
            "{label}"
        );
        assert!(label.contains("Sleep het naar een andere dag"), "{label}");
        assert_eq!(
            new_item(&map, &ContentFilter::default(), d(2027, 1, 4)).map(|i| i.title),
            Some("Nieuw contentitem".to_owned())
        );
        crate::i18n::set_language(Language::En);
        let label = item_label(&map, &item);
        assert!(
            label.contains("Weekly from 2027-01-04 until 2027-02-01"),
            "{label}"
        );
    }

    #[test]
    fn filters_combine() {
        let mut item = ContentItem::new(
            ContentId(1),
            "x",
            ContentType::Video,
            PhaseId(2),
            d(2027, 1, 4),
        );
        item.channel = Some(Channel::Email);
        let mut filter = ContentFilter::default();
        assert!(filter.matches(&item) && !filter.is_active());
        filter.phase = Some(PhaseId(2));
        filter.channel = Some(Channel::Email);
        assert!(filter.matches(&item));
        filter.status = Some(Status::Published);
        assert!(!filter.matches(&item));
    }
}
