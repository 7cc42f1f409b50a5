//! The room joins in: a small web server on the facilitator's laptop that
//! lets workshop participants add notes, rate moments and dot-vote from their
//! phones, over the local network, with no internet and no accounts.
//!
//! This is engine code: no egui. The server runs on its own threads
//! ([`http`]); what participants send waits in the [`hub`] as plain data
//! until the app, on its own thread, reads it and turns what the facilitator
//! accepts into `Edit`s. Nothing a participant sends touches the map.
//!
//! The routes and their JSON are documented in `docs/participation.md`.

pub mod code;
pub mod http;
pub mod hub;
pub mod page;

use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::sync::{Arc, Mutex, MutexGuard};

use serde::{Deserialize, Serialize};

pub use hub::{Hub, Limits};

/// What kind of note a participant adds: one of a step's lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// What hurts.
    PainPoint,
    /// What could be better.
    Opportunity,
    /// What the customer thinks.
    Thought,
    /// What the customer does.
    Action,
}

/// Where a participant's note stands with the facilitator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteStatus {
    /// Arrived, not yet decided.
    Pending,
    /// On the map.
    Accepted,
    /// Hidden by the facilitator.
    Hidden,
}

/// A note sent by a participant.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Its number in this room (from 1).
    pub id: u64,
    /// The step it is for (a `StepId`'s number).
    pub step: u64,
    /// Which lane it goes in.
    pub kind: NoteKind,
    /// What the participant wrote (plain text, never markup).
    pub text: String,
    /// The name the participant gave, if any (anonymous by default).
    pub name: Option<String>,
    /// Accepted, hidden, or waiting.
    pub status: NoteStatus,
}

/// One step as participants see it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StageStep {
    /// The step's id number (a string in JSON: ids are 64-bit, JavaScript numbers are not).
    #[serde(serialize_with = "id_text")]
    pub id: u64,
    /// Its title.
    pub title: String,
}

/// What the participants' page shows: set by the app whenever it changes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Stage {
    /// The map's title.
    pub title: String,
    /// The interface's language, "en" or "nl" (the page falls back to it).
    pub language: String,
    /// The name of the phase in focus ("" when the map has none).
    pub phase: String,
    /// The steps of that phase, of the journey in focus, in order.
    pub steps: Vec<StageStep>,
    /// The step in focus, if any (a string in JSON).
    #[serde(serialize_with = "optional_id_text")]
    pub focused: Option<u64>,
}

/// An id as a JSON string.
fn id_text<S: serde::Serializer>(id: &u64, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(id)
}

/// An optional id as a JSON string or null.
fn optional_id_text<S: serde::Serializer>(
    id: &Option<u64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match id {
        Some(id) => serializer.collect_str(id),
        None => serializer.serialize_none(),
    }
}

/// A running room: the server's threads and the state they share with the
/// app. Dropping it (closing invitations, leaving workshop mode) stops the
/// server.
pub struct Room {
    hub: Arc<Mutex<Hub>>,
    server: http::Server,
}

impl Room {
    /// Opens invitations on `addr` (port 0 picks a free one) with a fresh
    /// random join code; `wake` is called whenever something arrives, so the
    /// app can repaint.
    pub fn open(
        addr: SocketAddr,
        limits: Limits,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Self, String> {
        let hub = Arc::new(Mutex::new(Hub::new(code::new_code()?, limits)?));
        let server = http::Server::start(addr, hub.clone(), wake)?;
        Ok(Self { hub, server })
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// The join link: `http://ADDR:PORT/j/CODE`.
    pub fn link(&self) -> String {
        format!("http://{}/j/{}", self.addr(), self.hub().code())
    }

    /// The shared state, locked for a moment (keep the guard short).
    pub fn hub(&self) -> MutexGuard<'_, Hub> {
        self.hub
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The laptop's address on the local network: the one the system would use
/// to reach a private address (no packet is sent: a UDP socket only picks a
/// route). Falls back to 127.0.0.1 with no network.
pub fn local_address() -> IpAddr {
    let found = UdpSocket::bind("0.0.0.0:0").and_then(|socket| {
        socket.connect("192.168.0.1:9")?;
        socket.local_addr()
    });
    match found {
        Ok(addr) if !addr.ip().is_unspecified() => addr.ip(),
        _ => IpAddr::from([127, 0, 0, 1]),
    }
}
