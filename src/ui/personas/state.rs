//! What the persona panel keeps between frames: the card shown, compare
//! mode, and a photo or deletion asked for.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::model::{JourneyId, PersonaId};

/// The personas' state.
pub struct PersonasState {
    /// Whether the persona panel is shown.
    pub shown: bool,
    /// A photo to attach: the persona, and the picture file (`None`: ask for one).
    pub photo_request: Option<(PersonaId, Option<PathBuf>)>,
    /// The persona whose card is shown.
    pub card: Option<PersonaId>,
    /// The persona the user asked to delete (a dialog asks what happens to its journeys).
    pub delete_persona: Option<PersonaId>,
    /// Whether compare mode is on.
    pub comparing: bool,
    /// The personas compared.
    pub compare: Vec<PersonaId>,
    /// Journeys hidden because their persona is not compared.
    pub compare_hidden: HashSet<JourneyId>,
}

impl Default for PersonasState {
    fn default() -> Self {
        Self {
            shown: true,
            photo_request: None,
            card: None,
            delete_persona: None,
            comparing: false,
            compare: Vec::new(),
            compare_hidden: HashSet::new(),
        }
    }
}

impl PersonasState {
    /// Forgets what belonged to the map that was open: the card, compare
    /// mode, a photo or deletion asked for. Whether the panel shows stays.
    pub fn forget_document(&mut self) {
        self.photo_request = None;
        self.card = None;
        self.delete_persona = None;
        self.comparing = false;
        self.compare.clear();
        self.compare_hidden.clear();
    }
}
