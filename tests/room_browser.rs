//! The participants' page in a real browser: headless Chromium, driven over
//! the DevTools protocol with real mouse clicks and typed text, adds a note
//! and a rating through the page's own controls; the app's room shows them.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::browser::chromium_for;
use common::room::{app_with_room, get, parts};
use klantreis::room::NoteKind;
use serde_json::{Value, json};
use tungstenite::{Message, WebSocket, stream::MaybeTlsStream};

/// Headless Chromium with its DevTools port open; killed when dropped.
struct Browser {
    child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start(chromium: &PathBuf, language: &str) -> Self {
        let profile = tempfile::tempdir().expect("a fresh profile");
        let mut child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                // Everything but this machine goes to a proxy that is not there.
                "--proxy-server=http://127.0.0.1:9",
                "--remote-debugging-port=0",
                "--window-size=390,844",
            ])
            .arg(format!("--lang={language}"))
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg("about:blank")
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("chromium starts");
        let stderr = child.stderr.take().expect("stderr");
        let mut port = None;
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if let Some(rest) = line.split("ws://127.0.0.1:").nth(1) {
                port = rest.split('/').next().and_then(|p| p.parse().ok());
                break;
            }
        }
        let port = port.expect("Chromium says where DevTools listens");
        Self {
            child,
            port,
            _profile: profile,
        }
    }

    /// The first page's DevTools connection.
    fn page(&self) -> Page {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], self.port));
        let list = get(addr, "/json/list").json();
        let url = list
            .as_array()
            .and_then(|targets| targets.iter().find(|t| t["type"] == "page"))
            .and_then(|t| t["webSocketDebuggerUrl"].as_str())
            .expect("a page target")
            .to_owned();
        let (socket, _) = tungstenite::connect(url).expect("DevTools connects");
        Page { socket, next: 0 }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One page, spoken to over the DevTools protocol.
struct Page {
    socket: WebSocket<MaybeTlsStream<TcpStream>>,
    next: u64,
}

impl Page {
    /// Sends a command and waits for its answer (events in between are skipped).
    fn call(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = self.next;
        let message = json!({"id": id, "method": method, "params": params}).to_string();
        self.socket
            .send(Message::text(message))
            .expect("sends to DevTools");
        loop {
            let message = self.socket.read().expect("DevTools answers");
            if let Message::Text(text) = message {
                let value: Value = serde_json::from_str(text.as_str()).expect("JSON");
                if value["id"] == id {
                    assert!(value["error"].is_null(), "{method} failed: {value}");
                    return value["result"].clone();
                }
            }
        }
    }

    /// The value of a JavaScript expression in the page.
    fn eval(&mut self, expression: &str) -> Value {
        let result = self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        );
        result["result"]["value"].clone()
    }

    /// Waits until `expression` is true in the page.
    fn wait_for(&mut self, expression: &str) {
        let start = Instant::now();
        while self.eval(expression) != Value::Bool(true) {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "the page never got to: {expression}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Clicks the middle of the element `selector` with the mouse.
    fn click(&mut self, selector: &str) {
        let centre = self.eval(&format!(
            "(function(){{var r=document.querySelector({selector:?}).getBoundingClientRect();\
             window.scrollBy(0, r.top - 200); r=document.querySelector({selector:?}).getBoundingClientRect();\
             return [r.left + r.width / 2, r.top + r.height / 2];}})()"
        ));
        let (x, y) = (
            centre[0].as_f64().expect("x"),
            centre[1].as_f64().expect("y"),
        );
        for kind in ["mousePressed", "mouseReleased"] {
            self.call(
                "Input.dispatchMouseEvent",
                json!({"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1}),
            );
        }
    }

    /// Types text into whatever has the keyboard.
    fn type_text(&mut self, text: &str) {
        self.call("Input.insertText", json!({"text": text}));
    }
}

/// Waits until `check` holds for the app's room.
fn wait_until(what: &str, check: impl Fn() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < Duration::from_secs(15), "never: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn in_headless_chromium_the_page_adds_a_note_and_a_rating_that_reach_the_app() {
    let Some(chromium) =
        chromium_for("in_headless_chromium_the_page_adds_a_note_and_a_rating_that_reach_the_app")
    else {
        return;
    };
    let (harness, link) = app_with_room();
    let (_, code) = parts(&link);
    let browser = Browser::start(&chromium, "nl-NL");
    let mut page = browser.page();
    page.call("Page.enable", json!({}));
    // A phone's screen: 390 × 844, portrait.
    page.call(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}),
    );
    // A phone set to Dutch: its browser asks for Dutch.
    page.call(
        "Network.setUserAgentOverride",
        json!({"userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile", "acceptLanguage": "nl-NL,nl"}),
    );
    page.call("Page.navigate", json!({"url": link}));
    page.wait_for("document.getElementById('step') !== null && document.getElementById('step').options.length === 1");
    assert_eq!(
        page.eval("document.getElementById('title').textContent"),
        "Waterkoker"
    );
    // The phone speaks Dutch, so the page does.
    assert_eq!(page.eval("document.documentElement.lang"), "nl");
    assert_eq!(
        page.eval("document.getElementById('send').textContent"),
        "Notitie versturen"
    );

    // A thought, typed into the note field and sent with the button.
    page.click("#kinds button[data-kind=thought]");
    page.click("#note");
    page.type_text("Is dit wel <b>duurzaam</b>?");
    page.click("#send");
    page.wait_for("document.getElementById('note-status').textContent.indexOf('Verstuurd') === 0");
    let room = &harness.state().state.room.as_ref().expect("open").room;
    wait_until("the note arrives", || !room.hub().notes().is_empty());
    {
        let hub = room.hub();
        let note = &hub.notes()[0];
        assert_eq!(note.kind, NoteKind::Thought);
        assert_eq!(note.text, "Is dit wel <b>duurzaam</b>?");
        assert_eq!(note.step, 1);
    }

    // A rating: the −2 button of the scale.
    page.click("#scale button[data-value='-2']");
    wait_until("the rating arrives", || room.hub().mean(1) == Some(-2.0));
    page.wait_for("document.querySelector(\"#scale button[data-value='-2']\").getAttribute('aria-pressed') === 'true'");
    assert_eq!(room.hub().distribution(1), [0, 1, 0, 0, 0, 0, 0]);
    assert_eq!(room.hub().notes().len(), 1, "exactly one note");
    let _ = code;
    screenshot(&mut page, "nl");
    page.call(
        "Network.setUserAgentOverride",
        json!({"userAgent": "Mozilla/5.0 (Linux; Android 14) Mobile", "acceptLanguage": "en-GB,en"}),
    );
    page.call("Page.navigate", json!({"url": link}));
    page.wait_for("document.documentElement.lang === 'en' && document.getElementById('step').options.length === 1");
    assert_eq!(
        page.eval("document.getElementById('send').textContent"),
        "Send note"
    );
    screenshot(&mut page, "en");
}

/// With `KLANTREIS_SHOTS=DIR`, saves what the phone shows as DIR/participant-LANG.png.
fn screenshot(page: &mut Page, language: &str) {
    use base64::Engine as _;
    let Some(dir) = std::env::var_os("KLANTREIS_SHOTS") else {
        return;
    };
    page.eval("window.scrollTo(0, 0)");
    let shot = page.call("Page.captureScreenshot", json!({"format": "png"}));
    let png = base64::engine::general_purpose::STANDARD
        .decode(shot["data"].as_str().expect("data"))
        .expect("base64");
    let path = PathBuf::from(dir).join(format!("participant-{language}.png"));
    std::fs::write(&path, png).expect("screenshot written");
}
