//! The facilitator's side of the room (workshop mode): invitations with a
//! QR code, arriving notes to accept or hide, the room's ratings of the
//! focused step, and the dot-vote. The server itself is engine code in
//! `crate::room`; this feature reads it and turns what the facilitator
//! accepts into edits (one undo step each).

mod panel;

pub use panel::room_panel_ui;

use std::net::SocketAddr;

use crate::edit::{Edit, Gesture, ops};
use crate::i18n::fill;
use crate::i18n::room::t;
use crate::model::{Emotion, Lane, Map, StepId};
use crate::room::{Limits, NoteKind, NoteStatus, Room, Stage, StageStep};
use crate::ui::shell::State;
use crate::ui::shell::navigate::{self, focused_phase, focused_step};

/// The room, while invitations are open.
pub struct RoomPanel {
    /// The running server and what participants sent.
    pub room: Room,
    /// Whether arriving notes go on the map at once.
    pub auto_accept: bool,
    /// Dots each participant gets in the next vote.
    pub dots: usize,
    /// What the last action did.
    pub message: Option<String>,
    /// Whether the QR code is shown (hidden once the room has joined).
    pub show_qr: bool,
    /// The QR code's modules for the link it was made for.
    qr: Option<(String, usize, Vec<bool>)>,
}

impl RoomPanel {
    /// Opens invitations on `addr`: the laptop's local-network address and a
    /// free port when `None`. `wake` repaints the window when something arrives.
    pub fn open(
        addr: Option<SocketAddr>,
        wake: Box<dyn Fn() + Send + Sync>,
    ) -> Result<Self, String> {
        let addr = addr.unwrap_or_else(|| SocketAddr::new(crate::room::local_address(), 0));
        let room = Room::open(addr, Limits::default(), wake)
            .map_err(|error| fill(t().could_not_open, &[("error", &error)]))?;
        Ok(Self {
            room,
            auto_accept: false,
            dots: 3,
            message: None,
            show_qr: true,
            qr: None,
        })
    }

    /// The join link.
    pub fn link(&self) -> String {
        self.room.link()
    }
}

/// The lane a kind of note goes in.
pub fn lane(kind: NoteKind) -> Lane {
    match kind {
        NoteKind::PainPoint => Lane::PainPoints,
        NoteKind::Opportunity => Lane::Opportunities,
        NoteKind::Thought => Lane::Thoughts,
        NoteKind::Action => Lane::Actions,
    }
}

/// The kind's name, as the participants' page says it.
pub fn kind_name(kind: NoteKind) -> &'static str {
    let p = crate::i18n::participant::t();
    match kind {
        NoteKind::PainPoint => p.pain_point,
        NoteKind::Opportunity => p.opportunity,
        NoteKind::Thought => p.thought,
        NoteKind::Action => p.action,
    }
}

/// What participants see now: the map's title, the phase in focus and its
/// steps (of the journey in focus).
pub fn stage(map: &Map, state: &State) -> Stage {
    let phase = focused_phase(map, state);
    let steps = match (
        phase,
        state.active_journey(map).and_then(|j| map.journey(j)),
    ) {
        (Some(phase), Some(journey)) => navigate::steps_in_phase(map, journey, phase)
            .into_iter()
            .filter_map(|id| journey.step(id))
            .map(|s| StageStep {
                id: s.id.0,
                title: s.title.clone(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let focused = focused_step(state)
        .map(|s| s.0)
        .filter(|id| steps.iter().any(|s: &StageStep| s.id == *id));
    Stage {
        title: map.title.clone(),
        language: match crate::i18n::language() {
            crate::i18n::Language::Nl => "nl".to_owned(),
            crate::i18n::Language::En => "en".to_owned(),
        },
        phase: phase
            .and_then(|p| map.phase(p))
            .map(|p| p.name.clone())
            .unwrap_or_default(),
        steps,
        focused,
    }
}

/// Once a frame: shows participants the current stage, and with
/// auto-accept on puts arriving notes on the map.
pub fn sync(map: &Map, state: &mut State, edits: &mut Vec<(Edit, Option<Gesture>)>) {
    let stage = stage(map, state);
    let Some(panel) = &mut state.room else {
        return;
    };
    panel.room.hub().set_stage(stage);
    if panel.auto_accept {
        accept(map, state, edits, usize::MAX);
    }
}

/// Accepts the `count` oldest waiting notes: each becomes one edit (one undo step).
pub fn accept(
    map: &Map,
    state: &mut State,
    edits: &mut Vec<(Edit, Option<Gesture>)>,
    count: usize,
) {
    let Some(panel) = &mut state.room else {
        return;
    };
    let mut hub = panel.room.hub();
    let waiting: Vec<_> = hub
        .notes()
        .iter()
        .filter(|n| n.status == NoteStatus::Pending)
        .take(count)
        .cloned()
        .collect();
    let items: Vec<_> = waiting
        .iter()
        .map(|n| (StepId(n.step), lane(n.kind), n.text.clone()))
        .collect();
    for note in &waiting {
        hub.set_status(note.id, NoteStatus::Accepted);
    }
    drop(hub);
    if let Some(note) = waiting.last() {
        let step = map
            .step(StepId(note.step))
            .map_or(t().gone_step, |(_, s)| s.title.as_str());
        panel.message = Some(fill(
            t().accepted,
            &[("kind", &kind_name(note.kind)), ("step", &step)],
        ));
    }
    edits.extend(
        ops::add_lane_items(map, &items)
            .into_iter()
            .map(|e| (e, None)),
    );
}

/// Hides the oldest waiting note, or the note `id`.
pub fn hide(state: &mut State, id: Option<u64>) {
    let Some(panel) = &mut state.room else {
        return;
    };
    let mut hub = panel.room.hub();
    let id = id.or_else(|| {
        hub.notes()
            .iter()
            .find(|n| n.status == NoteStatus::Pending)
            .map(|n| n.id)
    });
    if let Some(id) = id {
        hub.set_status(id, NoteStatus::Hidden);
    }
}

/// Accepts one note by id (its button on the panel).
pub fn accept_one(map: &Map, state: &mut State, edits: &mut Vec<(Edit, Option<Gesture>)>, id: u64) {
    let Some(panel) = &mut state.room else {
        return;
    };
    let note = {
        let mut hub = panel.room.hub();
        let note = hub
            .notes()
            .iter()
            .find(|n| n.id == id && n.status == NoteStatus::Pending)
            .cloned();
        if note.is_some() {
            hub.set_status(id, NoteStatus::Accepted);
        }
        note
    };
    if let Some(note) = note {
        let items = [(StepId(note.step), lane(note.kind), note.text)];
        edits.extend(
            ops::add_lane_items(map, &items)
                .into_iter()
                .map(|e| (e, None)),
        );
    }
}

/// Sets the focused step's emotion to the room's mean rating (one undo step).
pub fn apply_mean(map: &Map, state: &mut State, edits: &mut Vec<(Edit, Option<Gesture>)>) {
    let Some(step) = focused_step(state) else {
        return;
    };
    let Some(panel) = &mut state.room else {
        return;
    };
    let Some(mean) = panel.room.hub().mean(step.0) else {
        return;
    };
    if let Some(edit) = ops::set_emotion(map, step, mean) {
        let title = map.step(step).map_or("", |(_, s)| s.title.as_str());
        panel.message = Some(fill(
            t().applied,
            &[
                ("step", &title),
                ("emotion", &Emotion::nearest(mean).name()),
            ],
        ));
        edits.push((edit, None));
    }
}

/// The opportunities of the focused phase (of the journey in focus): what a dot-vote is on.
pub fn vote_options(map: &Map, state: &State) -> Vec<String> {
    let Some(phase) = focused_phase(map, state) else {
        return Vec::new();
    };
    let Some(journey) = state.active_journey(map).and_then(|j| map.journey(j)) else {
        return Vec::new();
    };
    navigate::steps_in_phase(map, journey, phase)
        .into_iter()
        .filter_map(|id| journey.step(id))
        .flat_map(|s| s.opportunities.iter().cloned())
        .collect()
}
