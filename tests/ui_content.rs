//! The content calendar and the content table, driven like a user: adding
//! items from the calendar, the table and the suggestions, dragging one to
//! another day, filtering, changing status, undoing; and the exports.

mod common;
use common::{click_at, date, double_click_at, drag, harness_with, key, type_into};

use chrono::NaiveDate;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::export::DataExport;
use klantreis::i18n::Language;
use klantreis::model::{ContentId, ContentItem, ContentType, Map, PhaseId, PhaseTemplate, Status};
use klantreis::ui::KlantreisApp;
use klantreis::ui::calendar::Page;
use klantreis::ui::shell::Selection;

/// A five-phase map with three items in March 2027.
fn calendar_map() -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::En);
    map.title = "Waterkoker".to_owned();
    map.content = common::three_items_in_march(["Buying guide", "Comparison page", "Spring offer"]);
    map
}

fn harness_on(map: Map, page: Page) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map, None);
    app.native_dialogs = false;
    app.state.calendar.page = page;
    app.state.calendar.needs_placing = false;
    app.state.calendar.show_day(date(2027, 3, 1));
    harness_with(app)
}

/// The middle of a day's cell in the calendar.
fn day_pos(harness: &Harness<'_, KlantreisApp>, day: NaiveDate) -> Pos2 {
    let (_, rect) = harness
        .state()
        .state
        .calendar
        .days
        .iter()
        .find(|(d, _)| *d == day)
        .copied()
        .expect("the day is shown");
    rect.center() + egui::vec2(0.0, 20.0)
}

fn item<'a>(harness: &'a Harness<'_, KlantreisApp>, id: u64) -> &'a ContentItem {
    harness
        .state()
        .doc
        .map
        .content
        .iter()
        .find(|c| c.id == ContentId(id))
        .expect("item")
}

/// Clicks the leftmost button with this label: a popup's entry rather than
/// the same word in the inspector on the right.
fn click_leftmost(harness: &mut Harness<'_, KlantreisApp>, label: &str) {
    harness
        .get_all_by_role_and_label(egui::accesskit::Role::Button, label)
        .min_by(|a, b| a.rect().min.x.total_cmp(&b.rect().min.x))
        .expect("a button")
        .click();
    harness.run_steps(2);
}

fn undo(harness: &mut Harness<'_, KlantreisApp>) {
    key(harness, Modifiers::COMMAND, Key::Z);
}

#[test]
fn double_clicking_a_day_adds_an_item_there_which_is_named_and_undone() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    let day = day_pos(&harness, date(2027, 3, 17));
    double_click_at(&mut harness, day);
    let map = &harness.state().doc.map;
    assert_eq!(map.content.len(), 4);
    let added = map.content.last().expect("added").clone();
    assert_eq!(added.date, date(2027, 3, 17));
    assert_eq!(added.phase, PhaseId(1));
    assert_eq!(
        harness.state().state.selection,
        Selection::Content(added.id)
    );

    // The inspector edits the new item.
    type_into(&mut harness, "Title", "Webinar: choosing a kettle");
    key(&mut harness, Modifiers::NONE, Key::Tab);
    assert_eq!(
        item(&harness, added.id.0).title,
        "Webinar: choosing a kettle"
    );
    harness.get_by_label("Webinar: choosing a kettle");

    undo(&mut harness);
    assert_eq!(item(&harness, added.id.0).title, "New content item");
    undo(&mut harness);
    assert_eq!(harness.state().doc.map.content.len(), 3);
}

#[test]
fn the_new_item_button_uses_the_filtered_phase() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    harness.state_mut().state.calendar.filter.phase = Some(PhaseId(4));
    harness.run_steps(2);
    harness.get_by_label("+ New item").click();
    harness.run_steps(2);
    let added = harness.state().doc.map.content.last().expect("added");
    assert_eq!(added.phase, PhaseId(4));
    assert_eq!(added.date, date(2027, 3, 1), "the first of the month shown");
}

#[test]
fn dragging_an_item_to_another_day_moves_it_as_one_undo_step() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    let chip = harness.get_by_label("Buying guide").rect();
    let from = Pos2::new(chip.center().x, chip.center().y);
    let to = day_pos(&harness, date(2027, 3, 25));
    drag(&mut harness, from, to, Modifiers::NONE);
    assert_eq!(item(&harness, 1).date, date(2027, 3, 25));
    assert_eq!(harness.state().state.calendar.dragging, None);
    undo(&mut harness);
    assert_eq!(item(&harness, 1).date, date(2027, 3, 2));
}

#[test]
fn dragging_a_repeating_item_moves_the_whole_series() {
    let mut map = calendar_map();
    map.content[0].recurrence = klantreis::model::Recurrence::Weekly;
    map.content[0].end_date = Some(date(2027, 3, 30));
    let mut harness = harness_on(map, Page::Calendar);
    // The occurrence on the 16th is dragged to the 17th: the series moves a day.
    let occurrence = day_pos(&harness, date(2027, 3, 16));
    let chip = harness
        .get_all_by_label("Buying guide")
        .map(|n| n.rect())
        .filter(|r| (r.center().x - occurrence.x).abs() < 60.0 && r.center().y < occurrence.y)
        .max_by(|a, b| a.center().y.total_cmp(&b.center().y))
        .expect("the chip on the 16th");
    let to = day_pos(&harness, date(2027, 3, 17));
    drag(
        &mut harness,
        Pos2::new(chip.center().x, chip.center().y),
        to,
        Modifiers::NONE,
    );
    let moved = item(&harness, 1);
    assert_eq!(moved.date, date(2027, 3, 3));
    assert_eq!(moved.end_date, Some(date(2027, 3, 31)));
}

#[test]
fn filtering_by_phase_hides_the_other_items_and_clearing_shows_them() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    assert!(harness.query_by_label("Spring offer").is_some());
    harness.get_by_label("Filter by phase").click();
    harness.run_steps(2);
    // The popup's entry, not the inspector's list of phases on the right.
    click_leftmost(&mut harness, "Consideration");
    harness.run_steps(3);
    assert_eq!(
        harness.state().state.calendar.filter.phase,
        Some(PhaseId(2))
    );
    assert!(harness.query_by_label("Spring offer").is_none());
    assert!(harness.query_by_label("Buying guide").is_none());
    assert!(harness.query_by_label("Comparison page").is_some());

    // The same filter holds in the table.
    key(&mut harness, Modifiers::COMMAND, Key::Num3);
    assert_eq!(harness.state().state.calendar.page, Page::Table);
    harness.get_by_label_contains("1 of 3 items shown");
    harness.get_by_label("Clear filters").click();
    harness.run_steps(2);
    harness.get_by_label_contains("3 of 3 items shown");
}

#[test]
fn the_week_list_shows_the_week_and_takes_a_new_item_per_day() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    harness.get_by_label("Week").click();
    harness.run_steps(2);
    // The week of 1 March 2027 holds the buying guide on Tuesday the 2nd.
    harness.get_by_label_contains("Buying guide");
    assert!(harness.query_by_label_contains("Spring offer").is_none());
    harness.get_by_label(">").click();
    harness.run_steps(2);
    harness.get_by_label_contains("Spring offer");
    let week_start = harness.state().state.calendar.week_start;
    assert_eq!(week_start, date(2027, 3, 8));
    let add = harness
        .get_all_by_label("+")
        .next()
        .expect("a + button for Monday");
    add.click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().doc.map.content.last().expect("added").date,
        date(2027, 3, 8)
    );
}

#[test]
fn the_table_adds_an_item_sorts_and_changes_status_in_place() {
    let mut harness = harness_on(calendar_map(), Page::Table);
    harness.get_by_label("+ New item").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.content.len(), 4);
    assert!(matches!(
        harness.state().state.selection,
        Selection::Content(_)
    ));

    harness
        .get_all_by_role_and_label(egui::accesskit::Role::Button, "Title")
        .next()
        .expect("the title column's header")
        .click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().state.calendar.sort,
        (klantreis::ui::calendar::SortKey::Title, true)
    );
    let sorted = klantreis::ui::calendar::content_table::sorted_items(
        &harness.state().doc.map,
        &harness.state().state,
    );
    let titles: Vec<&str> = sorted.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Buying guide",
            "Comparison page",
            "New content item",
            "Spring offer"
        ]
    );

    // Status is changed from the row's own menu.
    harness.get_by_label("Status of Buying guide").click();
    harness.run_steps(2);
    click_leftmost(&mut harness, "Published");
    harness.run_steps(2);
    assert_eq!(item(&harness, 1).status, Status::Published);
    undo(&mut harness);
    assert_eq!(item(&harness, 1).status, Status::Idea);

    // The date is picked in the row: one day later, saved.
    harness.get_by_label("2027-03-02").click();
    harness.run_steps(2);
    harness.get_by_label(">").click();
    harness.run_steps(2);
    harness.get_by_label("Save").click();
    harness.run_steps(2);
    assert_eq!(item(&harness, 1).date, date(2027, 3, 3));
    undo(&mut harness);
    assert_eq!(item(&harness, 1).date, date(2027, 3, 2));
}

#[test]
fn the_phase_badge_opens_its_content_and_a_gap_offers_suggestions() {
    let mut harness = harness_on(calendar_map(), Page::Journey);
    harness
        .get_by_label_contains("Awareness: 1 content item")
        .click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.calendar.page, Page::Table);
    assert_eq!(
        harness.state().state.calendar.filter.phase,
        Some(PhaseId(1))
    );

    key(&mut harness, Modifiers::COMMAND, Key::Num1);
    let gaps: Vec<_> = harness
        .get_all_by_label_contains("no content planned")
        .collect();
    assert_eq!(gaps.len(), 2, "retention and advocacy have no content");
    gaps[0].click();
    harness.run_steps(2);
    assert_eq!(
        harness.state().state.selection,
        Selection::Phase(PhaseId(4))
    );
    // The retention phase's suggestions are open: one click adds a newsletter.
    harness
        .get_by_label("Newsletter with tips for using the product")
        .scroll_to_me();
    // The inspector scrolls there smoothly.
    harness.run_steps(30);
    harness
        .get_by_label("Newsletter with tips for using the product")
        .hover();
    harness
        .get_all_by_label("+ Add")
        .next()
        .expect("a suggestion")
        .click();
    harness.run_steps(2);
    let added = harness.state().doc.map.content.last().expect("added");
    assert_eq!(added.title, "Newsletter with tips for using the product");
    assert_eq!(added.kind, ContentType::Newsletter);
    assert_eq!(added.phase, PhaseId(4));
    assert_eq!(added.status, Status::Idea);
    harness.run_steps(2);
    let gaps = harness
        .get_all_by_label_contains("no content planned")
        .count();
    assert_eq!(gaps, 1, "advocacy is still a gap");
}

#[test]
fn a_dutch_map_gets_dutch_suggestions() {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::Nl);
    map.content.clear();
    let first = map.phases[0].id;
    let mut harness = harness_on(map, Page::Journey);
    harness.state_mut().state.selection = Selection::Phase(first);
    harness.run_steps(3);
    harness.get_by_label("Blogartikel dat de zoekvraag van de klant beantwoordt");
}

#[test]
fn deleting_an_item_from_the_inspector_and_with_the_delete_key() {
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    let chip = harness.get_by_label("Spring offer").rect();
    click_at(
        &mut harness,
        Pos2::new(chip.center().x, chip.center().y),
        Modifiers::NONE,
    );
    assert_eq!(
        harness.state().state.selection,
        Selection::Content(ContentId(3))
    );
    harness.get_by_label("Delete item").click();
    harness.run_steps(2);
    assert_eq!(harness.state().doc.map.content.len(), 2);
    assert_eq!(harness.state().state.selection, Selection::None);
    undo(&mut harness);
    assert_eq!(harness.state().doc.map.content.len(), 3);

    harness.state_mut().state.selection = Selection::Content(ContentId(2));
    harness.run_steps(1);
    key(&mut harness, Modifiers::NONE, Key::Delete);
    assert!(
        harness
            .state()
            .doc
            .map
            .content
            .iter()
            .all(|c| c.id != ContentId(2))
    );
}

#[test]
fn deleting_a_step_drops_it_from_the_content_that_supported_it() {
    let mut map = calendar_map();
    map.journeys.push(klantreis::model::Journey {
        to_be_of: None,
        id: klantreis::model::JourneyId(1),
        name: "Petra".into(),
        color: klantreis::model::Rgb(0, 114, 178),
        persona: None,
        steps: vec![klantreis::model::Step::new(
            klantreis::model::StepId(1),
            PhaseId(1),
            0.5,
            1.0,
            "Searches Google",
        )],
    });
    map.content[0].steps = vec![klantreis::model::StepId(1)];
    let mut harness = harness_on(map, Page::Journey);
    harness.state_mut().state.selection = Selection::Steps(vec![klantreis::model::StepId(1)]);
    harness.run_steps(1);
    key(&mut harness, Modifiers::NONE, Key::Delete);
    assert!(item(&harness, 1).steps.is_empty());
    assert!(klantreis::model::validate(&harness.state().doc.map).is_empty());
    undo(&mut harness);
    assert_eq!(item(&harness, 1).steps, [klantreis::model::StepId(1)]);
}

#[test]
fn exports_write_beside_the_map_and_never_over_a_map_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut harness = harness_on(calendar_map(), Page::Calendar);
    let csv = dir.path().join("calendar");
    harness
        .state_mut()
        .export_to(DataExport::ContentCsv, &csv)
        .expect("exports");
    let text = std::fs::read_to_string(dir.path().join("calendar.csv")).expect("written");
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("Spring offer"));

    let map_file = dir.path().join("workshop.ron");
    std::fs::write(&map_file, "a map").expect("write");
    let refused = harness
        .state_mut()
        .export_to(DataExport::Ics, &map_file)
        .expect_err("refused");
    assert!(refused.contains("workshop.ron"), "{refused}");
    assert_eq!(std::fs::read_to_string(&map_file).expect("read"), "a map");

    // From the menu, with a typed path (no file dialog in tests).
    harness.get_by_label("File").click();
    harness.run_steps(2);
    harness
        .get_by_label("Export for spreadsheets and calendars")
        .click();
    harness.run_steps(2);
    harness
        .get_by_label_contains("iCalendar, for Outlook")
        .click();
    harness.run_steps(2);
    // The dialog settles over a few frames.
    harness.run_steps(2);
    let path = dir.path().join("plan.ics");
    type_into(&mut harness, "File path:", &path.display().to_string());
    harness.get_by_label("Export").click();
    harness.run_steps(2);
    let ics = std::fs::read_to_string(&path).expect("written from the menu");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3);
}
