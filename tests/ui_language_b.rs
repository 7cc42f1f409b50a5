//! The calendar, the content table, the inspector and the personas panel in
//! Dutch: what a Dutch user sees, and that the English texts are gone.

mod common;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::{
    ContentId, Journey, JourneyId, Map, PhaseId, PhaseTemplate, Rgb, Step, StepId,
};
use klantreis::ui::KlantreisApp;
use klantreis::ui::calendar::Page;
use klantreis::ui::shell::{LanguageChoice, Selection};

use common::date;

/// A Dutch five-phase map with a journey of two steps and three items in March 2027.
fn map() -> Map {
    let mut map = PhaseTemplate::FivePhase.new_map(Language::Nl);
    map.journeys.push(Journey {
        to_be_of: None,
        id: JourneyId(1),
        name: "Eerste aankoop".into(),
        color: Rgb(0, 0, 0),
        persona: None,
        steps: vec![
            Step::new(StepId(1), PhaseId(1), 0.5, 1.0, "Zoekt een waterkoker"),
            Step::new(StepId(2), PhaseId(2), 0.5, -1.0, "Vergelijkt prijzen"),
        ],
    });
    map.content = common::three_items_in_march(["Koopgids", "Vergelijkingspagina", "Lenteactie"]);
    map
}

/// The app in Dutch on a page, showing March 2027.
fn dutch(page: Page, selection: Selection) -> Harness<'static, KlantreisApp> {
    let mut app = KlantreisApp::new(map(), None);
    app.native_dialogs = false;
    app.state.calendar.page = page;
    app.state.calendar.needs_placing = false;
    app.state.calendar.show_day(date(2027, 3, 1));
    app.state.selection = selection;
    common::harness_in(app, LanguageChoice::Dutch)
}

fn shown(harness: &Harness<'_, KlantreisApp>, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

fn assert_shown(harness: &Harness<'_, KlantreisApp>, labels: &[&str]) {
    for label in labels {
        assert!(shown(harness, label), "\"{label}\" is shown");
    }
}

fn assert_gone(harness: &Harness<'_, KlantreisApp>, labels: &[&str]) {
    for label in labels {
        assert!(!shown(harness, label), "\"{label}\" is not shown");
    }
}

fn click(harness: &mut Harness<'_, KlantreisApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(2);
}

#[test]
fn the_calendar_speaks_dutch_months_days_and_navigation() {
    let mut harness = dutch(Page::Calendar, Selection::None);
    assert_shown(
        &harness,
        &[
            "maart 2027",
            "Vandaag",
            "Per maand",
            "Per week",
            "+ Nieuw item",
            "Toon:",
            "Filteren op fase",
            "Filteren op persona",
            "Filteren op kanaal",
            "Filteren op status",
            // The day cells say their date the Dutch way.
            "02-03-2027",
            "Koopgids",
        ],
    );
    assert_gone(
        &harness,
        &[
            "March 2027",
            "Today",
            "Month",
            "Week",
            "+ New item",
            "Show:",
            "Filter by phase",
            "2027-03-02",
        ],
    );

    click(&mut harness, ">");
    assert_shown(&harness, &["april 2027"]);
    click(&mut harness, "<");
    click(&mut harness, "<");
    assert_shown(&harness, &["februari 2027"]);
    assert_gone(&harness, &["February 2027"]);
    click(&mut harness, ">");

    // The week list: its heading and days in Dutch.
    click(&mut harness, "Per week");
    assert_shown(
        &harness,
        &[
            "Week 9: ma 1 mrt t/m zo 7 mrt",
            "ma 1 mrt",
            "di 2 mrt",
            "zo 7 mrt",
            "Niets gepland",
        ],
    );
    assert_gone(&harness, &["Mon 1 Mar", "Nothing planned"]);
    click(&mut harness, ">");
    assert_shown(&harness, &["Week 10: ma 8 mrt t/m zo 14 mrt", "di 9 mrt"]);
}

#[test]
fn the_content_table_has_dutch_headers() {
    let harness = dutch(Page::Table, Selection::None);
    assert_shown(
        &harness,
        &[
            "Contenttabel",
            // Sorted by date, ascending.
            "Datum ^",
            "Titel",
            "Type",
            "Kanaal",
            "Fase",
            "Persona",
            "Status",
            "Eigenaar",
            "Status van Koopgids",
            "02-03-2027",
        ],
    );
    assert!(
        harness
            .query_by_label_contains("3 van 3 items getoond")
            .is_some()
    );
    assert_gone(
        &harness,
        &[
            // "Content table" stays on the page switcher until app.rs is translated.
            "Date ^",
            "Title",
            "Channel",
            "Owner",
            "Status of Koopgids",
            "2027-03-02",
        ],
    );
    assert!(harness.query_by_label_contains("items shown").is_none());
}

#[test]
fn the_step_inspector_has_dutch_labels() {
    let harness = dutch(Page::Journey, Selection::Steps(vec![StepId(1)]));
    assert_shown(
        &harness,
        &[
            "Stap",
            "in reis \"Eerste aankoop\"",
            "Titel",
            "Emotie",
            "Contactmoment",
            "Kanaal",
            "Acties (één per regel)",
            "Gedachten (één per regel)",
            "Pijnpunten (één per regel)",
            "Kansen (één per regel)",
            "Notities",
            "Stap verwijderen",
        ],
    );
    assert_gone(
        &harness,
        &[
            "Step",
            "Emotion",
            "Touchpoint",
            "Actions (one per line)",
            "Notes",
            "Delete step",
        ],
    );
}

#[test]
fn the_phase_journey_and_map_inspectors_have_dutch_labels() {
    let harness = dutch(Page::Journey, Selection::Phase(PhaseId(1)));
    assert_shown(
        &harness,
        &[
            "Naam",
            "Beschrijving",
            "Kleur",
            "Lengte",
            "KPI toevoegen",
            "Fase erna toevoegen",
            "Fase verwijderen",
            "Contentitems (1)",
            "Voorgestelde content",
        ],
    );
    assert_gone(&harness, &["Add KPI", "Delete phase", "Suggested content"]);

    let harness = dutch(Page::Journey, Selection::Journey(JourneyId(1)));
    assert_shown(&harness, &["Reis", "2 stappen", "Reis verwijderen"]);
    assert_gone(&harness, &["2 steps", "Delete journey"]);

    let harness = dutch(Page::Journey, Selection::None);
    assert_shown(
        &harness,
        &[
            "Kaart",
            "Fasen",
            "Fase toevoegen",
            "Reizen",
            "Eerste aankoop (2 stappen)",
            "Reis toevoegen",
        ],
    );
}

#[test]
fn the_content_item_inspector_has_dutch_labels() {
    let harness = dutch(Page::Calendar, Selection::Content(ContentId(1)));
    assert_shown(
        &harness,
        &[
            "Contentitem",
            "Publicatiedatum",
            "Herhaling",
            "Eenmalig",
            "Voor persona",
            "Eigenaar",
            "Doel of KPI",
            "Dupliceren",
            "Item verwijderen",
        ],
    );
    assert_gone(
        &harness,
        &["Content item", "Publish date", "For persona", "Delete item"],
    );
}

#[test]
fn the_personas_panel_speaks_dutch() {
    let mut harness = dutch(Page::Journey, Selection::None);
    assert_shown(&harness, &["Persona's", "Persona toevoegen"]);
    assert!(
        harness
            .query_by_label_contains("Nog geen persona's")
            .is_some()
    );
    assert_gone(&harness, &["Personas", "Add persona"]);
    assert!(harness.query_by_label_contains("No personas yet").is_none());

    click(&mut harness, "Persona toevoegen");
    let persona = harness.state().doc.map.personas[0].clone();
    assert_eq!(persona.name, "Persona 1");
    assert_shown(
        &harness,
        &[
            "Dupliceren",
            "Omhoog",
            "Omlaag",
            "Personakaart",
            "Verwijderen…",
            "Persona's vergelijken…",
            "Foto kiezen…",
            "Personakaart tonen",
            "Citaat of motto",
            "Demografie",
            "Psychografie",
            "Doelen (één per regel)",
            "Uitdagingen (één per regel)",
            "Voorkeurskanalen",
        ],
    );
    assert!(
        harness
            .query_by_label_contains("Maakt nog geen reis")
            .is_some()
    );
    assert_gone(
        &harness,
        &["Duplicate", "Move up", "Choose photo…", "Demographics"],
    );

    click(&mut harness, "Personakaart tonen");
    assert_shown(&harness, &["Personakaart: Persona 1"]);
    assert_gone(&harness, &["Persona card: Persona 1"]);
}
