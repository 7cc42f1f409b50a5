//! The room's HTTP server: a few threads taking requests from `tiny_http`,
//! the documented routes and nothing else, every body bounded, every reply
//! marked not to be cached, framed or sniffed.

use std::io::Read;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde::Serialize;
use serde::de::DeserializeOwned;
use tiny_http::{Header, Method, Request, Response};

use super::code;
use super::hub::{Hub, Refusal};
use super::page;

/// Threads that answer requests (tiny_http reads each connection on a
/// thread of its own pool and hands complete requests to these).
const WORKERS: usize = 4;

/// An answer: status, content type and body.
#[derive(Debug)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The body's content type.
    pub content_type: &'static str,
    /// The body.
    pub body: String,
    /// Seconds to wait before trying again (429).
    pub retry_after: Option<u64>,
    /// Whether this is the participant page (it gets the page's CSP).
    pub page: bool,
}

impl Reply {
    fn json(status: u16, value: &impl Serialize) -> Self {
        Self {
            status,
            content_type: "application/json",
            body: serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned()),
            retry_after: None,
            page: false,
        }
    }

    fn error(status: u16, word: &str) -> Self {
        Self::json(status, &serde_json::json!({ "error": word }))
    }

    fn refused(refusal: Refusal) -> Self {
        let mut reply = Self::error(refusal.status(), refusal.word());
        if refusal == Refusal::TooMany {
            reply.retry_after = Some(10);
        }
        reply
    }

    fn not_found() -> Self {
        Self {
            status: 404,
            content_type: "text/plain; charset=utf-8",
            body: "Not found.\n".to_owned(),
            retry_after: None,
            page: false,
        }
    }
}

/// A request as the routes see it: no sockets, so it can be answered in tests too.
#[derive(Debug)]
pub struct Asked<'a> {
    /// GET, POST …
    pub method: &'a Method,
    /// The path and query.
    pub url: &'a str,
    /// Where it came from.
    pub from: IpAddr,
    /// Whether the body is declared as JSON.
    pub json: bool,
    /// The body, or `None` when it was longer than the limit.
    pub body: Option<Vec<u8>>,
}

/// Parses a JSON body: 400 on malformed JSON or unknown fields.
fn parse<T: DeserializeOwned>(asked: &Asked<'_>) -> Result<T, Reply> {
    let Some(body) = &asked.body else {
        return Err(Reply::error(413, "too_large"));
    };
    if !asked.json {
        return Err(Reply::error(415, "json_only"));
    }
    serde_json::from_slice(body).map_err(|_| Reply::refused(Refusal::Malformed))
}

/// The value of `key` in a query string.
fn query<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find_map(|(k, v)| (k == key).then_some(v))
}

/// Answers one request. `wake` tells the app something arrived.
pub fn answer(hub: &Mutex<Hub>, asked: &Asked<'_>, now: Instant, wake: &dyn Fn()) -> Reply {
    let mut hub = hub
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(wait) = hub.backoff.waiting(asked.from, now) {
        let mut reply = Reply::error(429, "wait");
        reply.retry_after = Some(wait.as_secs().max(1));
        return reply;
    }
    let (path, query_string) = asked.url.split_once('?').unwrap_or((asked.url, ""));
    let parts: Vec<&str> = path.split('/').collect();
    // Only these shapes exist: /j/CODE and /api/CODE/ROUTE.
    let (given_code, route) = match parts.as_slice() {
        ["", "j", code] => (*code, None),
        ["", "api", code, route] => (*code, Some(*route)),
        _ => return Reply::not_found(),
    };
    if !code::same(given_code, hub.code()) {
        hub.backoff.missed(asked.from, now);
        return match route {
            None => Reply::not_found(),
            Some(_) => Reply::error(403, "wrong_code"),
        };
    }
    hub.backoff.forgive(asked.from);
    let method = asked.method;
    let reply = match (route, method) {
        (None, Method::Get) => {
            return Reply {
                status: 200,
                content_type: "text/html; charset=utf-8",
                body: page::html().to_owned(),
                retry_after: None,
                page: true,
            };
        }
        (Some("state"), Method::Get) => {
            let token = query(query_string, "p").unwrap_or("");
            let since = query(query_string, "since").and_then(|s| s.parse::<u64>().ok());
            if since == Some(hub.revision()) && hub.view(token).is_ok() {
                return Reply {
                    status: 204,
                    content_type: "application/json",
                    body: String::new(),
                    retry_after: None,
                    page: false,
                };
            }
            return match hub.view(token) {
                Ok(view) => Reply::json(200, &view),
                Err(refusal) => Reply::refused(refusal),
            };
        }
        (Some("join"), Method::Post) => parse(asked).map(|request| {
            hub.join(request).map_or_else(Reply::refused, |token| {
                Reply::json(201, &serde_json::json!({ "participant": token }))
            })
        }),
        (Some("notes"), Method::Post) => {
            parse(asked).map(|request| match hub.add_note(request, now) {
                Ok((id, duplicate)) => Reply::json(
                    if duplicate { 200 } else { 201 },
                    &serde_json::json!({ "id": id, "duplicate": duplicate }),
                ),
                Err(refusal) => Reply::refused(refusal),
            })
        }
        (Some("ratings"), Method::Post) => parse(asked).map(|request| {
            hub.rate(request).map_or_else(Reply::refused, |()| {
                Reply::json(200, &serde_json::json!({ "ok": true }))
            })
        }),
        (Some("votes"), Method::Post) => parse(asked).map(|request| {
            hub.cast(request).map_or_else(Reply::refused, |()| {
                Reply::json(200, &serde_json::json!({ "ok": true }))
            })
        }),
        (Some("state" | "join" | "notes" | "ratings" | "votes"), _) => {
            Ok(Reply::error(405, "method"))
        }
        _ => Ok(Reply::not_found()),
    };
    let reply = reply.unwrap_or_else(|refused| refused);
    drop(hub);
    if reply.status < 300 {
        wake();
    }
    reply
}

/// Reads a body of at most `limit` bytes; `None` when it is longer.
fn read_body(request: &mut Request, limit: usize) -> Option<Vec<u8>> {
    if request.body_length().is_some_and(|n| n > limit) {
        return None;
    }
    let mut body = Vec::new();
    let read = request
        .as_reader()
        .take(limit as u64 + 1)
        .read_to_end(&mut body);
    (read.is_ok() && body.len() <= limit).then_some(body)
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// Takes one request off the connection, answers it.
fn serve(hub: &Mutex<Hub>, mut request: Request, wake: &dyn Fn()) {
    let limit = hub
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .limits()
        .body_bytes;
    let json = request.headers().iter().any(|h| {
        h.field.equiv("Content-Type")
            && h.value
                .as_str()
                .to_ascii_lowercase()
                .starts_with("application/json")
    });
    let body = read_body(&mut request, limit);
    let from = request
        .remote_addr()
        .map_or(IpAddr::from([0, 0, 0, 0]), SocketAddr::ip);
    let asked = Asked {
        method: request.method(),
        url: request.url(),
        from,
        json,
        body,
    };
    let reply = answer(hub, &asked, Instant::now(), wake);
    let mut response = Response::from_string(reply.body).with_status_code(reply.status);
    let mut headers = vec![
        ("Content-Type", reply.content_type.to_owned()),
        ("Cache-Control", "no-store".to_owned()),
        ("X-Content-Type-Options", "nosniff".to_owned()),
        // The join code is in the URL: never pass it on.
        ("Referrer-Policy", "no-referrer".to_owned()),
        ("X-Frame-Options", "DENY".to_owned()),
    ];
    if reply.page {
        headers.push(("Content-Security-Policy", page::policy().to_owned()));
    }
    if let Some(seconds) = reply.retry_after {
        headers.push(("Retry-After", seconds.to_string()));
    }
    for (name, value) in headers {
        if let Some(h) = header(name, &value) {
            response.add_header(h);
        }
    }
    // A phone that went away mid-answer is nobody's problem.
    let _ = request.respond(response);
}

/// The running server; dropping it stops it and waits for its threads.
pub struct Server {
    server: Arc<tiny_http::Server>,
    stop: Arc<AtomicBool>,
    workers: Vec<JoinHandle<()>>,
    addr: SocketAddr,
}

impl Server {
    /// Binds `addr` (only that address) and starts answering.
    pub fn start(
        addr: SocketAddr,
        hub: Arc<Mutex<Hub>>,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Self, String> {
        let server = tiny_http::Server::http(addr)
            .map_err(|e| format!("Klantreis could not listen on {addr}: {e}"))?;
        let addr = server.server_addr().to_ip().unwrap_or(addr);
        let server = Arc::new(server);
        let stop = Arc::new(AtomicBool::new(false));
        let wake: Arc<dyn Fn() + Send + Sync> = Arc::from(wake);
        let workers = (0..WORKERS)
            .map(|i| {
                let (server, stop, hub, wake) =
                    (server.clone(), stop.clone(), hub.clone(), wake.clone());
                std::thread::Builder::new()
                    .name(format!("klantreis-room-{i}"))
                    .spawn(move || {
                        while !stop.load(Ordering::Relaxed) {
                            match server.recv_timeout(Duration::from_millis(200)) {
                                Ok(Some(request)) => serve(&hub, request, &*wake),
                                Ok(None) => {}
                                Err(_) => break,
                            }
                        }
                    })
                    .map_err(|e| format!("Klantreis could not start the room's server: {e}"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self {
            server,
            stop,
            workers,
            addr,
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.server.unblock();
        for worker in self.workers.drain(..) {
            let _ = worker.join();
        }
    }
}
