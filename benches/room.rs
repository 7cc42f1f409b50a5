//! The room under load: 50 simulated phones, each joining and sending 20
//! notes and 5 ratings as fast as it can, over real HTTP on 127.0.0.1; and
//! one editor frame in workshop mode (room panel shown) while 50 phones
//! keep polling and rating.
//!
//! Each iteration of the first bench checks that every note arrived exactly
//! once and prints the slowest response; divan reports the throughput.
//!
//! Run: `cargo bench --bench room`.

mod common;

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use divan::Bencher;
use divan::counter::ItemsCount;
use klantreis::model::StepId;
use klantreis::room::{Limits, Room, Stage, StageStep};
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

fn main() {
    divan::main();
}

const PHONES: usize = 50;
const NOTES: usize = 20;
const RATINGS: usize = 5;

/// One request on a fresh connection; the status and the body (status 0
/// when the server is gone, as it is once the frame bench drops the app).
fn send(addr: SocketAddr, method: &str, path: &str, body: &str) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return (0, String::new());
    };
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut answer = String::new();
    if stream.write_all(request.as_bytes()).is_err() || stream.read_to_string(&mut answer).is_err()
    {
        return (0, String::new());
    }
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_owned();
    (status, body)
}

/// Joins; the participant token.
fn join(addr: SocketAddr, code: &str) -> String {
    let (status, body) = send(addr, "POST", &format!("/api/{code}/join"), "{}");
    assert_eq!(status, 201);
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    json["participant"].as_str().expect("token").to_owned()
}

/// A stage of five steps, ids 1 … 5.
fn stage() -> Stage {
    Stage {
        title: "Waterkoker".into(),
        language: "en".into(),
        phase: "Overweging".into(),
        steps: (1..=5)
            .map(|id| StageStep {
                id,
                title: format!("Stap {id}"),
            })
            .collect(),
        focused: Some(1),
    }
}

/// One phone: joins, sends its notes and ratings; the slowest response.
fn phone(addr: SocketAddr, code: &str, phone: usize) -> Duration {
    let mut slowest = Duration::ZERO;
    let mut timed = |method: &str, path: &str, body: &str, expected: u16| {
        let start = Instant::now();
        let (status, _) = send(addr, method, path, body);
        slowest = slowest.max(start.elapsed());
        assert_eq!(status, expected, "{path} {body}");
    };
    let token = join(addr, code);
    for note in 0..NOTES {
        let body = serde_json::json!({
            "participant": token, "key": format!("{phone}-{note}"),
            "step": ((note % 5) + 1).to_string(), "kind": "pain_point",
            "text": format!("Phone {phone} note {note}")
        });
        timed(
            "POST",
            &format!("/api/{code}/notes"),
            &body.to_string(),
            201,
        );
    }
    for step in 1..=RATINGS {
        let body = serde_json::json!({
            "participant": token, "step": step.to_string(), "value": (phone % 7) as i8 - 3
        });
        timed(
            "POST",
            &format!("/api/{code}/ratings"),
            &body.to_string(),
            200,
        );
    }
    slowest
}

/// 50 phones × (join + 20 notes + 5 ratings), all at once.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn fifty_phones_send_twenty_notes_and_five_ratings(bencher: Bencher) {
    let slowest = Arc::new(Mutex::new(Duration::ZERO));
    bencher
        .counter(ItemsCount::new(PHONES * (1 + NOTES + RATINGS)))
        .with_inputs(|| {
            let room = Room::open(
                "127.0.0.1:0".parse().expect("address"),
                Limits::default(),
                Box::new(|| {}),
            )
            .expect("the room opens");
            room.hub().set_stage(stage());
            room
        })
        .bench_local_values(|room| {
            let addr = room.addr();
            let code = room.hub().code().to_owned();
            let threads: Vec<_> = (0..PHONES)
                .map(|i| {
                    let code = code.clone();
                    std::thread::spawn(move || phone(addr, &code, i))
                })
                .collect();
            let worst = threads
                .into_iter()
                .map(|t| t.join().expect("the phone finished"))
                .max()
                .unwrap_or_default();
            // Exactly once: every (phone, note) is there, none twice.
            let hub = room.hub();
            let texts: HashSet<&str> = hub.notes().iter().map(|n| n.text.as_str()).collect();
            assert_eq!(hub.notes().len(), PHONES * NOTES);
            assert_eq!(texts.len(), PHONES * NOTES);
            for step in 1..=5 {
                assert_eq!(hub.distribution(step).iter().sum::<u32>(), PHONES as u32);
            }
            drop(hub);
            let mut slowest = slowest.lock().expect("slowest");
            *slowest = slowest.max(worst);
            room
        });
    eprintln!(
        "room load: {} phones × ({} notes + {} ratings), every note exactly once; slowest response {:.1} ms",
        PHONES,
        NOTES,
        RATINGS,
        slowest.lock().expect("slowest").as_secs_f64() * 1000.0
    );
}

/// One editor frame in workshop mode with the room panel (a thousand notes
/// waiting), while 50 phones poll the state and rate steps without pause.
#[divan::bench(sample_count = 50)]
fn editor_frame_while_fifty_phones_poll_and_rate(bencher: Bencher) {
    let map = klantreis::io::from_ron(include_str!("../maps/clothing.ron")).expect("example");
    let mut app = KlantreisApp::new(map, None).in_workshop();
    let first = app.doc.map.journeys[0].steps[0].id;
    app.state.selection = Selection::Steps(vec![first]);
    app.invite(Some("127.0.0.1:0".parse().expect("address")))
        .expect("invitations open");
    let panel = app.state.room.as_ref().expect("open");
    let addr = panel.room.addr();
    let code = panel.room.hub().code().to_owned();
    // Publish the stage once, then fill the queue with notes.
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(common::input(), |ui| app.frame_ui(ui));
    output.textures_delta.clear();
    for i in 0..PHONES {
        phone_notes(addr, &code, i, first);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let requests = Arc::new(AtomicU64::new(0));
    let load: Vec<_> = (0..PHONES)
        .map(|i| {
            let (stop, requests, code) = (stop.clone(), requests.clone(), code.clone());
            std::thread::spawn(move || {
                let token = join(addr, &code);
                // Bounded: at most 2,000 requests per phone.
                for n in 0..2_000 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    let answered = if n % 2 == 0 {
                        send(addr, "GET", &format!("/api/{code}/state?p={token}"), "").0
                    } else {
                        let body = serde_json::json!({
                            "participant": token, "step": first.0.to_string(),
                            "value": (i % 7) as i8 - 3
                        });
                        let path = format!("/api/{code}/ratings");
                        send(addr, "POST", &path, &body.to_string()).0
                    };
                    if answered == 0 {
                        break;
                    }
                    requests.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();
    common::bench_frames(bencher, app, |_| {});
    stop.store(true, Ordering::Relaxed);
    for thread in load {
        let _ = thread.join();
    }
    eprintln!(
        "while the frames ran, the phones made {} requests",
        requests.load(Ordering::Relaxed)
    );
}

/// Twenty notes from one phone on `step`.
fn phone_notes(addr: SocketAddr, code: &str, phone: usize, step: StepId) {
    let token = join(addr, code);
    for note in 0..NOTES {
        let body = serde_json::json!({
            "participant": token, "key": format!("{note}"), "step": step.0.to_string(),
            "kind": "opportunity", "text": format!("Phone {phone} idea {note}")
        });
        send(
            addr,
            "POST",
            &format!("/api/{code}/notes"),
            &body.to_string(),
        );
    }
}
