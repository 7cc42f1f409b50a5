//! The facilitator's side of the room, clicked through the real app: the QR
//! panel, arriving notes (accept, hide, accept all), the room's rating
//! applied to a step, and the lock.

mod common;

use common::room::{get, join, note, parts, post};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use klantreis::i18n::Language;
use klantreis::model::StepId;
use klantreis::room::NoteStatus;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::commands::Command;
use klantreis::ui::shell::{LanguageChoice, Selection};

/// The two-step map in workshop mode, the first step in focus, in a window
/// tall enough that the whole room panel shows.
fn app() -> Harness<'static, KlantreisApp> {
    let map = common::two_step_map(Language::En, "Zoekt op Google", "Betaalt");
    let app = KlantreisApp::new(map, None).in_workshop();
    let mut harness = Harness::builder()
        .with_size([1600.0, 2200.0])
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_| app.with_language(LanguageChoice::English));
    harness.state_mut().state.selection = Selection::Steps(vec![StepId(1)]);
    harness.run_steps(3);
    harness
}

/// Opens invitations on 127.0.0.1 and returns the server's address and code.
fn open(harness: &mut Harness<'_, KlantreisApp>) -> (std::net::SocketAddr, String) {
    let link = harness
        .state_mut()
        .invite(Some("127.0.0.1:0".parse().expect("address")))
        .expect("open");
    harness.run_steps(2);
    parts(&link)
}

fn lanes_count(harness: &Harness<'_, KlantreisApp>) -> usize {
    let (_, s) = harness.state().doc.map.step(StepId(1)).expect("step");
    s.pain_points.len() + s.opportunities.len() + s.thoughts.len() + s.actions.len()
}

fn statuses(harness: &Harness<'_, KlantreisApp>) -> Vec<NoteStatus> {
    let panel = harness.state().state.room.as_ref().expect("open");
    let hub = panel.room.hub();
    hub.notes().iter().map(|n| n.status).collect()
}

#[test]
fn the_invite_button_shows_the_qr_code_the_link_and_the_join_code() {
    let mut harness = app();
    assert!(harness.query_by_label_contains("QR code").is_none());
    harness.get_by_label("Invite the room (Ctrl+I)").click();
    harness.run_steps(3);
    let link = harness
        .state()
        .state
        .room
        .as_ref()
        .expect("invitations are open")
        .link();
    let code = link.rsplit('/').next().expect("code").to_owned();
    harness.get_by_label(&format!("QR code: {link}"));
    harness.get_by_label(&link);
    harness.get_by_label(&format!("Code: {code}"));
    // Once the room has joined, the QR code can make way for the notes.
    harness.get_by_label("Hide QR code").click();
    harness.run_steps(2);
    assert!(harness.query_by_label_contains("QR code:").is_none());
    harness.get_by_label(&format!("Code: {code}"));
    harness.get_by_label("Show QR code").click();
    harness.run_steps(2);
    harness.get_by_label(&format!("QR code: {link}"));
    // Ctrl+I closes them again; the server stops.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::I);
    harness.run_steps(2);
    assert!(harness.state().state.room.is_none());
    assert!(harness.query_by_label_contains("QR code").is_none());
}

#[test]
fn arriving_notes_are_accepted_hidden_and_accepted_all_each_note_one_undo_step() {
    let mut harness = app();
    let (addr, code) = open(&mut harness);
    let token = join(addr, &code);
    for (i, text) in ["Te veel keuze", "Spam", "Vergelijker", "Reviews"]
        .iter()
        .enumerate()
    {
        let kind = if i == 2 { "opportunity" } else { "pain_point" };
        let answer = post(
            addr,
            &format!("/api/{code}/notes"),
            &note(&token, &format!("k{i}"), 1, kind, text),
        );
        assert_eq!(answer.status, 201);
    }
    harness.run_steps(2);
    harness.get_by_label("Arriving notes (4)");
    harness.get_by_label("Te veel keuze");
    assert_eq!(
        lanes_count(&harness),
        0,
        "nothing on the map before accepting"
    );

    harness.get_by_label("Accept (Alt+A)").click();
    harness.run_steps(2);
    assert_eq!(lanes_count(&harness), 1);
    harness.get_by_label("Arriving notes (3)");

    harness.key_press_modifiers(Modifiers::ALT, Key::H);
    harness.run_steps(2);
    assert_eq!(statuses(&harness)[1], NoteStatus::Hidden);
    assert_eq!(lanes_count(&harness), 1, "a hidden note stays off the map");

    harness.get_by_label("Accept all (Alt+Shift+A)").click();
    harness.run_steps(2);
    assert_eq!(lanes_count(&harness), 3);
    harness.get_by_label("Arriving notes (0)");
    let (_, step) = harness.state().doc.map.step(StepId(1)).expect("step");
    assert_eq!(step.pain_points, ["Te veel keuze", "Reviews"]);
    assert_eq!(step.opportunities, ["Vergelijker"]);
    for left in [2, 1, 0] {
        harness.state_mut().run(Command::Undo);
        assert_eq!(
            lanes_count(&harness),
            left,
            "one undo step per accepted note"
        );
    }
}

#[test]
fn with_auto_accept_notes_go_on_the_map_as_they_arrive() {
    let mut harness = app();
    let (addr, code) = open(&mut harness);
    harness.get_by_label("Accept notes as they arrive").click();
    harness.run_steps(2);
    let token = join(addr, &code);
    post(
        addr,
        &format!("/api/{code}/notes"),
        &note(&token, "a", 1, "thought", "Duur?"),
    );
    harness.run_steps(2);
    let (_, step) = harness.state().doc.map.step(StepId(1)).expect("step");
    assert_eq!(step.thoughts, ["Duur?"]);
}

#[test]
fn the_rooms_mean_rating_shows_beside_the_steps_own_and_applies_as_one_undo_step() {
    let mut harness = app();
    let (addr, code) = open(&mut harness);
    for value in [-2, -3] {
        let token = join(addr, &code);
        let body = serde_json::json!({"participant": token, "step": "1", "value": value});
        assert_eq!(
            post(addr, &format!("/api/{code}/ratings"), &body.to_string()).status,
            200
        );
    }
    harness.run_steps(2);
    harness.get_by_label("Room: -2.5 (2 ratings) · map: +1.0");
    harness.get_by_label("Apply the room's rating").click();
    harness.run_steps(2);
    let emotion =
        |h: &Harness<'_, KlantreisApp>| h.state().doc.map.step(StepId(1)).expect("step").1.emotion;
    assert_eq!(emotion(&harness), -2.5);
    harness.state_mut().run(Command::Undo);
    assert_eq!(emotion(&harness), 1.0);
}

#[test]
fn the_lock_button_stops_contributions_and_unlocks_them() {
    let mut harness = app();
    let (addr, code) = open(&mut harness);
    let token = join(addr, &code);
    harness.get_by_label("Lock contributions").click();
    harness.run_steps(2);
    harness.get_by_label("Contributions are locked.");
    let path = format!("/api/{code}/notes");
    assert_eq!(
        post(addr, &path, &note(&token, "x", 1, "thought", "x")).status,
        423
    );
    harness.get_by_label("Unlock contributions").click();
    harness.run_steps(2);
    assert_eq!(
        post(addr, &path, &note(&token, "x", 1, "thought", "x")).status,
        201
    );
    assert_eq!(
        get(addr, &format!("/api/{code}/state?p={token}")).json()["locked"],
        false
    );
}

#[test]
fn the_vote_opens_on_the_phases_opportunities_and_the_facilitator_reveals_it() {
    let mut harness = app();
    let mut map = (*harness.state().doc.map).clone();
    map.journeys[0].steps[0].opportunities = vec!["Vergelijker".into(), "Filters".into()];
    harness.state_mut().doc.map = std::sync::Arc::new(map);
    let (addr, code) = open(&mut harness);
    harness
        .get_by_label("Open a vote on this phase's opportunities")
        .click();
    harness.run_steps(2);
    let token = join(addr, &code);
    let ballot = serde_json::json!({"participant": token, "dots": [1, 1, 0]}).to_string();
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &ballot).status,
        200
    );
    harness.run_steps(1);
    harness.get_by_label("Voting: 1 voted so far.");
    harness.get_by_label("Reveal the results").click();
    harness.run_steps(2);
    harness.get_by_label("2 · Filters");
    let state = get(addr, &format!("/api/{code}/state?p={token}")).json();
    assert_eq!(state["vote"]["results"], serde_json::json!([1, 2]));
}
