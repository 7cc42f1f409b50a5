//! The room's server over real HTTP on 127.0.0.1: what participants send,
//! what they get back, and what reaches the map (only what the facilitator
//! accepts).

mod common;

use common::room::{app_with_room, get, join, note, parts, post, raw};
use egui_kittest::Harness;
use klantreis::model::StepId;
use klantreis::room::{NoteKind, NoteStatus};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::commands::Command;

fn step(harness: &Harness<'_, KlantreisApp>, id: u64) -> klantreis::model::Step {
    harness
        .state()
        .doc
        .map
        .step(StepId(id))
        .expect("the step")
        .1
        .clone()
}

fn pending(harness: &Harness<'_, KlantreisApp>) -> Vec<klantreis::room::Note> {
    let panel = harness
        .state()
        .state
        .room
        .as_ref()
        .expect("the room is open");
    let hub = panel.room.hub();
    hub.notes()
        .iter()
        .filter(|n| n.status == NoteStatus::Pending)
        .cloned()
        .collect()
}

#[test]
fn the_join_page_needs_the_right_code_and_gives_nothing_of_the_map_without_it() {
    let (_harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    assert!(link.starts_with("http://127.0.0.1:"), "{link}");

    let page = get(addr, &format!("/j/{code}"));
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<!DOCTYPE html>"));
    let policy = page.header("Content-Security-Policy").expect("a CSP");
    assert!(policy.contains("default-src 'none'"), "{policy}");
    assert!(policy.contains("connect-src 'self'"), "{policy}");
    assert!(!page.body.contains("src=\"http"), "nothing from elsewhere");
    assert_eq!(
        page.header("Referrer-Policy").as_deref(),
        Some("no-referrer")
    );

    let wrong = get(addr, "/j/WRONGCODE");
    assert_eq!(wrong.status, 404);
    assert!(!wrong.body.contains("Waterkoker"));
    let state = get(addr, "/api/WRONGCODE/state");
    assert_eq!(state.status, 403);
    assert!(!state.body.contains("Waterkoker"));

    let token = join(addr, &code);
    let state = get(addr, &format!("/api/{code}/state?p={token}"));
    assert_eq!(state.status, 200);
    let json = state.json();
    assert_eq!(json["stage"]["title"], "Waterkoker");
    assert_eq!(json["stage"]["focused"], "1");
    assert_eq!(json["stage"]["steps"][0]["title"], "Zoekt op Google");
    // Nothing changed since: 204, no body.
    let again = get(
        addr,
        &format!("/api/{code}/state?p={token}&since={}", json["revision"]),
    );
    assert_eq!(again.status, 204);
}

#[test]
fn notes_of_each_kind_wait_for_the_facilitator_then_land_in_their_lanes_one_undo_step_each() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let before = step(&harness, 1);
    for (i, kind) in ["pain_point", "opportunity", "thought", "action"]
        .iter()
        .enumerate()
    {
        let answer = post(
            addr,
            &format!("/api/{code}/notes"),
            &note(&token, &format!("k{i}"), 1, kind, &format!("Note {kind}")),
        );
        assert_eq!(answer.status, 201, "{answer:?}");
        assert_eq!(answer.json()["duplicate"], false);
    }
    harness.run_steps(2);
    assert_eq!(
        step(&harness, 1),
        before,
        "nothing changes before accepting"
    );
    let kinds: Vec<NoteKind> = pending(&harness).iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [
            NoteKind::PainPoint,
            NoteKind::Opportunity,
            NoteKind::Thought,
            NoteKind::Action
        ]
    );

    harness.state_mut().run(Command::AcceptAllNotes);
    harness.run_steps(2);
    let after = step(&harness, 1);
    assert_eq!(after.pain_points, ["Note pain_point"]);
    assert_eq!(after.opportunities, ["Note opportunity"]);
    assert_eq!(after.thoughts, ["Note thought"]);
    assert_eq!(after.actions, ["Note action"]);
    assert!(pending(&harness).is_empty());
    for undone in 1..=4 {
        harness.state_mut().run(Command::Undo);
        let s = step(&harness, 1);
        let count =
            s.pain_points.len() + s.opportunities.len() + s.thoughts.len() + s.actions.len();
        assert_eq!(count, 4 - undone, "each accepted note is one undo step");
    }
    assert_eq!(step(&harness, 1), before);
}

#[test]
fn a_rating_shows_in_the_distribution_and_the_room_mean_applies_to_the_step() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    for value in [-3, -1, -2] {
        let token = join(addr, &code);
        let body = serde_json::json!({"participant": token, "step": "1", "value": value});
        let answer = post(addr, &format!("/api/{code}/ratings"), &body.to_string());
        assert_eq!(answer.status, 200, "{answer:?}");
    }
    let out_of_range =
        serde_json::json!({"participant": join(addr, &code), "step": "1", "value": 4});
    let answer = post(
        addr,
        &format!("/api/{code}/ratings"),
        &out_of_range.to_string(),
    );
    assert_eq!(answer.status, 400);
    {
        let panel = harness.state().state.room.as_ref().expect("room");
        let hub = panel.room.hub();
        assert_eq!(hub.distribution(1), [1, 1, 1, 0, 0, 0, 0]);
        assert_eq!(hub.mean(1), Some(-2.0));
    }
    assert_eq!(
        step(&harness, 1).emotion,
        1.0,
        "ratings alone change nothing"
    );
    let map = harness.state().doc.map.clone();
    let mut edits = Vec::new();
    klantreis::ui::room::apply_mean(&map, &mut harness.state_mut().state, &mut edits);
    assert_eq!(edits.len(), 1, "one edit");
    for (edit, _) in edits {
        harness.state_mut().apply(edit);
    }
    assert_eq!(step(&harness, 1).emotion, -2.0);
    harness.state_mut().run(Command::Undo);
    assert_eq!(step(&harness, 1).emotion, 1.0, "one undo step");
}

#[test]
fn dots_are_taken_only_while_a_vote_is_open_and_counted_for_all_after_the_reveal() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let ballot = serde_json::json!({"participant": token, "dots": [0, 0]}).to_string();
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &ballot).status,
        409
    );

    let panel = harness.state_mut().state.room.as_mut().expect("room");
    panel
        .room
        .hub()
        .open_vote(vec!["Vergelijker".into(), "Gratis bezorging".into()], 2);
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &ballot).status,
        200
    );
    let too_many = serde_json::json!({"participant": token, "dots": [0, 1, 1]}).to_string();
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &too_many).status,
        400
    );
    let no_option = serde_json::json!({"participant": token, "dots": [7]}).to_string();
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &no_option).status,
        400
    );

    let state = get(addr, &format!("/api/{code}/state?p={token}")).json();
    assert_eq!(state["vote"]["mine"], serde_json::json!([0, 0]));
    assert!(
        state["vote"]["results"].is_null(),
        "no results before the reveal"
    );

    let panel = harness.state_mut().state.room.as_mut().expect("room");
    panel.room.hub().reveal_vote();
    let state = get(addr, &format!("/api/{code}/state?p={token}")).json();
    assert_eq!(state["vote"]["results"], serde_json::json!([2, 0]));
    assert_eq!(
        post(addr, &format!("/api/{code}/votes"), &ballot).status,
        409
    );
}

#[test]
fn a_note_retried_with_the_same_key_arrives_once() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let body = note(&token, "same-key", 1, "pain_point", "Te veel keuze");
    let first = post(addr, &format!("/api/{code}/notes"), &body);
    let second = post(addr, &format!("/api/{code}/notes"), &body);
    assert_eq!(first.status, 201);
    assert_eq!(second.status, 200);
    assert_eq!(second.json()["duplicate"], true);
    assert_eq!(first.json()["id"], second.json()["id"]);
    harness.run_steps(1);
    assert_eq!(pending(&harness).len(), 1);
}

#[test]
fn wrong_codes_get_403_and_an_address_that_keeps_guessing_waits() {
    let (harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    for _ in 0..5 {
        assert_eq!(post(addr, "/api/AAAAAAAA/join", "{}").status, 403);
    }
    let waiting = post(addr, &format!("/api/{code}/join"), "{}");
    assert_eq!(waiting.status, 429, "even the right code waits now");
    assert!(waiting.header("Retry-After").is_some());
    let panel = harness.state().state.room.as_ref().expect("room");
    assert_eq!(panel.room.hub().participant_count(), 0);
}

#[test]
fn oversize_malformed_and_unknown_bodies_are_refused_and_change_nothing() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let path = format!("/api/{code}/notes");
    let huge = note(&token, "big", 1, "pain_point", &"x".repeat(10_000));
    assert_eq!(post(addr, &path, &huge).status, 413);
    let long = note(&token, "long", 1, "pain_point", &"x".repeat(281));
    assert_eq!(post(addr, &path, &long).status, 400);
    assert_eq!(post(addr, &path, "{not json").status, 400);
    let extra = serde_json::json!({
        "participant": token, "key": "e", "step": "1", "kind": "thought", "text": "hi", "admin": true
    });
    let answer = post(addr, &path, &extra.to_string());
    assert_eq!(answer.status, 400);
    assert_eq!(answer.json()["error"], "malformed");
    let unknown_kind = note(&token, "u", 1, "shout", "hi");
    assert_eq!(post(addr, &path, &unknown_kind).status, 400);
    let not_in_phase = note(&token, "p", 2, "thought", "hi");
    assert_eq!(post(addr, &path, &not_in_phase).status, 409);
    let form = format!(
        "POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\
         Content-Type: text/plain\r\nContent-Length: 2\r\n\r\n{{}}"
    );
    assert_eq!(raw(addr, form.as_bytes()).status, 415, "JSON only");
    assert_eq!(get(addr, "/../../etc/passwd").status, 404);
    assert_eq!(
        get(addr, &format!("/j/{code}/../../Cargo.toml")).status,
        404
    );
    assert_eq!(get(addr, "/").status, 404);
    assert_eq!(get(addr, &format!("/api/{code}/notes")).status, 405);
    harness.run_steps(1);
    assert!(pending(&harness).is_empty());
}

#[test]
fn more_notes_than_a_minute_allows_get_429() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let path = format!("/api/{code}/notes");
    for i in 0..20 {
        let answer = post(
            addr,
            &path,
            &note(&token, &format!("n{i}"), 1, "thought", "idee"),
        );
        assert_eq!(answer.status, 201, "note {i}");
    }
    let answer = post(addr, &path, &note(&token, "n20", 1, "thought", "idee"));
    assert_eq!(answer.status, 429);
    assert_eq!(answer.json()["error"], "too_many");
    // Another participant is not held back.
    let other = join(addr, &code);
    assert_eq!(
        post(addr, &path, &note(&other, "o", 1, "thought", "x")).status,
        201
    );
    harness.run_steps(1);
    assert_eq!(pending(&harness).len(), 21);
}

#[test]
fn a_script_note_stays_text_on_the_map_and_in_the_exports() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    let script = "<script>alert('x')</script> & \"quotes\"";
    let answer = post(
        addr,
        &format!("/api/{code}/notes"),
        &note(&token, "s", 1, "pain_point", script),
    );
    assert_eq!(answer.status, 201);
    harness.state_mut().run(Command::AcceptNote);
    harness.run_steps(1);
    assert_eq!(step(&harness, 1).pain_points, [script]);
    let map = harness.state().doc.map.clone();
    let svg = klantreis::picture::svg(&map, &klantreis::picture::ExportOptions::default());
    assert!(!svg.contains("<script>"), "the SVG escapes it");
    // The page only ever sets participant text as text.
    let page = get(addr, &format!("/j/{code}")).body;
    assert!(!page.contains("innerHTML") && !page.contains("insertAdjacentHTML"));
}

#[test]
fn locking_refuses_notes_ratings_and_dots_until_unlocked() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let token = join(addr, &code);
    {
        let panel = harness.state_mut().state.room.as_mut().expect("room");
        let mut hub = panel.room.hub();
        hub.open_vote(vec!["Vergelijker".into()], 1);
        hub.set_locked(true);
    }
    let path = format!("/api/{code}/notes");
    let answer = post(addr, &path, &note(&token, "l", 1, "thought", "x"));
    assert_eq!(answer.status, 423);
    assert_eq!(answer.json()["error"], "locked");
    let rating = serde_json::json!({"participant": token, "step": "1", "value": 2}).to_string();
    assert_eq!(
        post(addr, &format!("/api/{code}/ratings"), &rating).status,
        423
    );
    let dots = serde_json::json!({"participant": token, "dots": [0]}).to_string();
    assert_eq!(post(addr, &format!("/api/{code}/votes"), &dots).status, 423);
    let state = get(addr, &format!("/api/{code}/state?p={token}")).json();
    assert_eq!(state["locked"], true);
    harness.run_steps(1);
    assert!(pending(&harness).is_empty());

    let panel = harness.state_mut().state.room.as_mut().expect("room");
    panel.room.hub().set_locked(false);
    assert_eq!(
        post(addr, &path, &note(&token, "l", 1, "thought", "x")).status,
        201
    );
}

#[test]
fn the_server_listens_only_on_the_chosen_address_and_stops_with_workshop_mode() {
    let (mut harness, link) = app_with_room();
    let (addr, code) = parts(&link);
    let elsewhere = std::net::SocketAddr::new([127, 0, 0, 2].into(), addr.port());
    assert!(
        std::net::TcpStream::connect(elsewhere).is_err(),
        "not on every interface"
    );
    assert_eq!(get(addr, &format!("/j/{code}")).status, 200);
    harness.state_mut().run(Command::Workshop);
    harness.run_steps(2);
    assert!(harness.state().state.room.is_none());
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "leaving workshop mode stops the server"
    );
}

#[test]
fn the_command_line_offers_invite_and_invite_on() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .arg("--help")
        .output()
        .expect("runs");
    let help = String::from_utf8_lossy(&output.stdout);
    assert!(help.contains("--invite"), "{help}");
    assert!(help.contains("--invite-on <ADDR:PORT>"), "{help}");
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_klantreis"))
        .args(["--workshop", "--invite-on", "not-an-address"])
        .output()
        .expect("runs");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--invite-on"));
}
