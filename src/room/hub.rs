//! The room's state, shared by the server's threads and the app: who joined,
//! the notes, ratings and dots they sent, and what the facilitator decided.
//! Every limit is checked here, before anything is kept.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::code::{self, Backoff};
use super::{Note, NoteKind, NoteStatus, Stage};

/// The bounds on what participants can send.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// The largest request body, in bytes.
    pub body_bytes: usize,
    /// The longest note, in characters.
    pub note_chars: usize,
    /// The longest name, in characters.
    pub name_chars: usize,
    /// The longest idempotency key, in characters.
    pub key_chars: usize,
    /// Notes one participant may send in a minute.
    pub notes_per_minute: usize,
    /// How many participants may join.
    pub participants: usize,
    /// How many notes the room keeps in all.
    pub notes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            body_bytes: 4 * 1024,
            note_chars: 280,
            name_chars: 40,
            key_chars: 64,
            notes_per_minute: 20,
            participants: 100,
            notes: 5_000,
        }
    }
}

/// Why a request was refused: its HTTP status and a short word the page
/// turns into a sentence in its language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// 400: the JSON is malformed, has unknown fields, or a value is out of range.
    Malformed,
    /// 400: the note is empty.
    Empty,
    /// 400: the note or name is too long.
    TooLong,
    /// 403: the participant token is unknown.
    NotJoined,
    /// 403: the room is full.
    Full,
    /// 409: the step is not open for notes or ratings (the focus moved on).
    StepClosed,
    /// 409: no vote is open.
    NoVote,
    /// 423: the facilitator locked contributions.
    Locked,
    /// 429: too many notes this minute, or too many notes in the room.
    TooMany,
}

impl Refusal {
    /// The HTTP status.
    pub fn status(self) -> u16 {
        match self {
            Refusal::Malformed | Refusal::Empty | Refusal::TooLong => 400,
            Refusal::NotJoined | Refusal::Full => 403,
            Refusal::StepClosed | Refusal::NoVote => 409,
            Refusal::Locked => 423,
            Refusal::TooMany => 429,
        }
    }

    /// The word in the JSON reply (`{"error": "locked"}`).
    pub fn word(self) -> &'static str {
        match self {
            Refusal::Malformed => "malformed",
            Refusal::Empty => "empty",
            Refusal::TooLong => "too_long",
            Refusal::NotJoined => "not_joined",
            Refusal::Full => "full",
            Refusal::StepClosed => "step_closed",
            Refusal::NoVote => "no_vote",
            Refusal::Locked => "locked",
            Refusal::TooMany => "too_many",
        }
    }
}

/// `POST /api/CODE/join`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinRequest {
    /// A name to sign notes with; anonymous without one.
    #[serde(default)]
    pub name: Option<String>,
}

/// `POST /api/CODE/notes`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoteRequest {
    /// The token from joining.
    pub participant: String,
    /// The participant's own key for this note: a retry with the same key is the same note.
    pub key: String,
    /// The step's id, as a string (ids are 64-bit; JavaScript numbers are not).
    pub step: String,
    /// pain_point, opportunity, thought or action.
    pub kind: NoteKind,
    /// The note.
    pub text: String,
    /// A name to sign this note with; anonymous without one.
    #[serde(default)]
    pub name: Option<String>,
}

/// `POST /api/CODE/ratings`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatingRequest {
    /// The token from joining.
    pub participant: String,
    /// The step's id, as a string.
    pub step: String,
    /// How the customer feels there, −3 … +3.
    pub value: i8,
}

/// `POST /api/CODE/votes`: the participant's whole ballot (it replaces the last).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoteRequest {
    /// The token from joining.
    pub participant: String,
    /// The options the dots go to, by index; an index twice puts two dots on it.
    pub dots: Vec<usize>,
}

/// A dot-vote on opportunities.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Vote {
    /// What is voted on.
    pub options: Vec<String>,
    /// Dots per participant.
    pub dots: usize,
    /// Whether ballots are taken.
    pub open: bool,
    /// Whether participants see the results.
    pub revealed: bool,
    /// Each participant's dots.
    ballots: HashMap<usize, Vec<usize>>,
}

impl Vote {
    /// Dots per option.
    pub fn counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.options.len()];
        for dot in self.ballots.values().flatten() {
            if let Some(count) = counts.get_mut(*dot) {
                *count += 1;
            }
        }
        counts
    }

    /// How many participants voted.
    pub fn voters(&self) -> usize {
        self.ballots.values().filter(|b| !b.is_empty()).count()
    }
}

/// The vote as a participant sees it.
#[derive(Debug, Serialize)]
pub struct VoteView<'a> {
    /// What is voted on.
    pub options: &'a [String],
    /// Dots per participant.
    pub dots: usize,
    /// Whether ballots are taken.
    pub open: bool,
    /// The participant's own dots.
    pub mine: &'a [usize],
    /// Dots per option, once the facilitator reveals them.
    pub results: Option<Vec<u32>>,
}

/// `GET /api/CODE/state`: everything the page shows.
#[derive(Debug, Serialize)]
pub struct StateView<'a> {
    /// Changes whenever anything here changes, for `?since=`.
    pub revision: u64,
    /// The map, the phase and its steps.
    pub stage: &'a Stage,
    /// Whether contributions are locked.
    pub locked: bool,
    /// The vote, if one is open or revealed.
    pub vote: Option<VoteView<'a>>,
    /// The participant's own ratings, by step id.
    pub ratings: HashMap<String, i8>,
}

/// Someone who joined.
#[derive(Debug)]
struct Participant {
    token: String,
    name: Option<String>,
    /// When their recent notes arrived, for the per-minute limit.
    recent: VecDeque<Instant>,
}

/// The shared state of one room.
#[derive(Debug)]
pub struct Hub {
    code: String,
    limits: Limits,
    stage: Stage,
    locked: bool,
    participants: Vec<Participant>,
    notes: Vec<Note>,
    /// (participant, idempotency key) → note id.
    keys: HashMap<(usize, String), u64>,
    /// Step id → participant → rating.
    ratings: HashMap<u64, HashMap<usize, i8>>,
    vote: Option<Vote>,
    revision: u64,
    /// Wrong codes per address.
    pub backoff: Backoff,
}

/// Plain text for a lane: control characters (newlines too, which would
/// split a lane item) become spaces, and the ends are trimmed.
fn plain(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .to_owned()
}

impl Hub {
    /// A room with a join code and limits; nobody joined yet.
    pub fn new(code: String, limits: Limits) -> Result<Self, String> {
        Ok(Self {
            code,
            limits,
            stage: Stage::default(),
            locked: false,
            participants: Vec::new(),
            notes: Vec::new(),
            keys: HashMap::new(),
            ratings: HashMap::new(),
            vote: None,
            revision: 1,
            backoff: Backoff::default(),
        })
    }

    /// The join code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// Gives the room a fresh join code: the old link stops working, and
    /// everyone who joined keeps their place.
    pub fn change_code(&mut self) -> Result<(), String> {
        self.code = code::new_code()?;
        Ok(())
    }

    /// The limits in force.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// What the page shows.
    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    /// Shows participants another stage (when the map or the focus changed).
    pub fn set_stage(&mut self, stage: Stage) {
        if stage != self.stage {
            self.stage = stage;
            self.revision += 1;
        }
    }

    /// Whether contributions are locked.
    pub fn locked(&self) -> bool {
        self.locked
    }

    /// Locks or unlocks contributions.
    pub fn set_locked(&mut self, locked: bool) {
        if locked != self.locked {
            self.locked = locked;
            self.revision += 1;
        }
    }

    /// How many joined.
    pub fn participant_count(&self) -> usize {
        self.participants.len()
    }

    /// Every note, oldest first.
    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    /// Accepts or hides a note.
    pub fn set_status(&mut self, id: u64, status: NoteStatus) {
        if let Some(note) = self.notes.iter_mut().find(|n| n.id == id) {
            note.status = status;
        }
    }

    /// How many rated a step at each level, from −3 to +3.
    pub fn distribution(&self, step: u64) -> [u32; 7] {
        let mut counts = [0u32; 7];
        for value in self.ratings.get(&step).into_iter().flat_map(|r| r.values()) {
            if let Some(count) = counts.get_mut(usize::try_from(value + 3).unwrap_or(99)) {
                *count += 1;
            }
        }
        counts
    }

    /// The mean rating of a step, when anyone rated it.
    pub fn mean(&self, step: u64) -> Option<f64> {
        let ratings = self.ratings.get(&step)?;
        (!ratings.is_empty())
            .then(|| ratings.values().map(|v| f64::from(*v)).sum::<f64>() / ratings.len() as f64)
    }

    /// The vote, if one was opened.
    pub fn vote(&self) -> Option<&Vote> {
        self.vote.as_ref()
    }

    /// Opens a new vote on `options` with `dots` dots each (earlier ballots are gone).
    pub fn open_vote(&mut self, options: Vec<String>, dots: usize) {
        self.vote = Some(Vote {
            options,
            dots: dots.clamp(1, 20),
            open: true,
            revealed: false,
            ballots: HashMap::new(),
        });
        self.revision += 1;
    }

    /// Stops taking ballots.
    pub fn close_vote(&mut self) {
        if let Some(vote) = &mut self.vote {
            vote.open = false;
            self.revision += 1;
        }
    }

    /// Shows the vote's results on the participants' pages.
    pub fn reveal_vote(&mut self) {
        if let Some(vote) = &mut self.vote {
            vote.open = false;
            vote.revealed = true;
            self.revision += 1;
        }
    }

    /// The revision of what participants see.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    fn participant(&self, token: &str) -> Result<usize, Refusal> {
        self.participants
            .iter()
            .position(|p| code::same(token, &p.token))
            .ok_or(Refusal::NotJoined)
    }

    fn open_step(&self, step: &str) -> Result<u64, Refusal> {
        let id: u64 = step.parse().map_err(|_| Refusal::Malformed)?;
        if self.stage.steps.iter().any(|s| s.id == id) {
            Ok(id)
        } else {
            Err(Refusal::StepClosed)
        }
    }

    /// A participant joins; returns their token.
    pub fn join(&mut self, request: JoinRequest) -> Result<String, Refusal> {
        if self.participants.len() >= self.limits.participants {
            return Err(Refusal::Full);
        }
        let name = request.name.map(|n| plain(&n)).filter(|n| !n.is_empty());
        if name
            .as_ref()
            .is_some_and(|n| n.chars().count() > self.limits.name_chars)
        {
            return Err(Refusal::TooLong);
        }
        let token = code::new_token().map_err(|_| Refusal::Full)?;
        self.participants.push(Participant {
            token: token.clone(),
            name,
            recent: VecDeque::new(),
        });
        Ok(token)
    }

    /// A note arrives; returns its id and whether it had arrived before
    /// (a retry with the same key).
    pub fn add_note(&mut self, request: NoteRequest, now: Instant) -> Result<(u64, bool), Refusal> {
        let who = self.participant(&request.participant)?;
        if request.key.is_empty() || request.key.chars().count() > self.limits.key_chars {
            return Err(Refusal::Malformed);
        }
        if let Some(id) = self.keys.get(&(who, request.key.clone())) {
            return Ok((*id, true));
        }
        if self.locked {
            return Err(Refusal::Locked);
        }
        let step = self.open_step(&request.step)?;
        let text = plain(&request.text);
        if text.is_empty() {
            return Err(Refusal::Empty);
        }
        let name = request.name.as_deref().map(plain).filter(|n| !n.is_empty());
        if text.chars().count() > self.limits.note_chars
            || name
                .as_ref()
                .is_some_and(|n| n.chars().count() > self.limits.name_chars)
        {
            return Err(Refusal::TooLong);
        }
        let limit = self.limits.notes_per_minute;
        let recent = &mut self.participants[who].recent;
        while recent
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(60))
        {
            recent.pop_front();
        }
        if recent.len() >= limit || self.notes.len() >= self.limits.notes {
            return Err(Refusal::TooMany);
        }
        recent.push_back(now);
        let id = self.notes.len() as u64 + 1;
        self.notes.push(Note {
            id,
            step,
            kind: request.kind,
            text,
            name: name.or_else(|| self.participants[who].name.clone()),
            status: NoteStatus::Pending,
        });
        self.keys.insert((who, request.key), id);
        Ok((id, false))
    }

    /// A rating arrives (it replaces the participant's last rating of that step).
    pub fn rate(&mut self, request: RatingRequest) -> Result<(), Refusal> {
        let who = self.participant(&request.participant)?;
        if !(-3..=3).contains(&request.value) {
            return Err(Refusal::Malformed);
        }
        if self.locked {
            return Err(Refusal::Locked);
        }
        let step = self.open_step(&request.step)?;
        self.ratings
            .entry(step)
            .or_default()
            .insert(who, request.value);
        Ok(())
    }

    /// A ballot arrives (it replaces the participant's last one).
    pub fn cast(&mut self, request: VoteRequest) -> Result<(), Refusal> {
        let who = self.participant(&request.participant)?;
        if self.locked {
            return Err(Refusal::Locked);
        }
        let vote = self
            .vote
            .as_mut()
            .filter(|v| v.open)
            .ok_or(Refusal::NoVote)?;
        if request.dots.len() > vote.dots || request.dots.iter().any(|d| *d >= vote.options.len()) {
            return Err(Refusal::Malformed);
        }
        vote.ballots.insert(who, request.dots);
        Ok(())
    }

    /// What one participant's page shows.
    pub fn view(&self, token: &str) -> Result<StateView<'_>, Refusal> {
        let who = self.participant(token)?;
        let vote = self.vote.as_ref().map(|v| VoteView {
            options: &v.options,
            dots: v.dots,
            open: v.open,
            mine: v.ballots.get(&who).map_or(&[], Vec::as_slice),
            results: v.revealed.then(|| v.counts()),
        });
        let ratings = self
            .ratings
            .iter()
            .filter_map(|(step, r)| r.get(&who).map(|v| (step.to_string(), *v)))
            .collect();
        Ok(StateView {
            revision: self.revision,
            stage: &self.stage,
            locked: self.locked,
            vote,
            ratings,
        })
    }
}
