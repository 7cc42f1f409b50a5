//! A small HTTP client for the room's server (std::net only), and the app
//! with invitations open on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use egui_kittest::Harness;
use klantreis::i18n::Language;
use klantreis::model::StepId;
use klantreis::ui::KlantreisApp;
use klantreis::ui::shell::Selection;

/// A response: status, headers (raw) and body.
#[derive(Debug)]
pub struct Answer {
    /// The status code.
    pub status: u16,
    /// The header lines, as sent.
    pub headers: String,
    /// The body.
    pub body: String,
}

impl Answer {
    /// The body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    /// A header's value (case-insensitive name).
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.trim()
                .eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }
}

/// Sends raw bytes and reads the whole answer (the request should say `Connection: close`).
pub fn raw(addr: SocketAddr, request: &[u8]) -> Answer {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connects");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    // The server may answer (413) before it reads the whole body.
    let _ = stream.write_all(request);
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no status in {head:?}"));
    Answer {
        status,
        headers: head.to_owned(),
        body: body.to_owned(),
    }
}

/// GET `path`.
pub fn get(addr: SocketAddr, path: &str) -> Answer {
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    raw(addr, request.as_bytes())
}

/// POST `body` as JSON to `path`.
pub fn post(addr: SocketAddr, path: &str, body: &str) -> Answer {
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    raw(addr, request.as_bytes())
}

/// The app on the two-step map in workshop mode, the first step in focus,
/// with invitations open on 127.0.0.1 and a free port; and the join link.
pub fn app_with_room() -> (Harness<'static, KlantreisApp>, String) {
    let map = super::two_step_map(Language::En, "Zoekt op Google", "Betaalt");
    let mut harness = super::harness_with(KlantreisApp::new(map, None).in_workshop());
    harness.state_mut().state.selection = Selection::Steps(vec![StepId(1)]);
    let link = harness
        .state_mut()
        .invite(Some("127.0.0.1:0".parse().expect("address")))
        .expect("invitations open");
    harness.run_steps(2);
    (harness, link)
}

/// The server's address and the join code in a join link.
pub fn parts(link: &str) -> (SocketAddr, String) {
    let rest = link.strip_prefix("http://").expect("http link");
    let (addr, code) = rest.split_once("/j/").expect("/j/ in the link");
    (addr.parse().expect("address"), code.to_owned())
}

/// Joins the room; returns the participant token.
pub fn join(addr: SocketAddr, code: &str) -> String {
    let answer = post(addr, &format!("/api/{code}/join"), "{}");
    assert_eq!(answer.status, 201, "{answer:?}");
    answer.json()["participant"]
        .as_str()
        .expect("a token")
        .to_owned()
}

/// A note's JSON.
pub fn note(token: &str, key: &str, step: u64, kind: &str, text: &str) -> String {
    serde_json::json!({
        "participant": token, "key": key, "step": step.to_string(), "kind": kind, "text": text
    })
    .to_string()
}
