//! Persona photos picked in the app: decoded off the UI thread, applied as
//! one undo step when ready, dropped when made for a map no longer open.

use std::path::Path;

use super::{KlantreisApp, Notice, PathPurpose};
use crate::edit::Edit;
use crate::io;
use crate::model::PersonaId;

impl KlantreisApp {
    /// Makes a persona's photo from a picture file, off the UI thread; the
    /// persona changes (one undo step) when the picture is ready, or a
    /// message says why it cannot be used.
    pub fn attach_photo(&mut self, persona: PersonaId, path: &Path) {
        let path = path.to_path_buf();
        let send = self.photo_results.0.clone();
        let document = self.doc.id;
        let wake = self.wake.clone();
        // Its message in the interface's language.
        std::thread::spawn(crate::i18n::carried(move || {
            let _ = send.send((
                document,
                persona,
                io::photo::photo_from_file(&path).map_err(|e| e.to_string()),
            ));
            if let Some(ctx) = wake {
                ctx.request_repaint();
            }
        }));
        self.photos_pending += 1;
    }

    /// Whether pictures are still being turned into photos.
    pub fn photos_pending(&self) -> bool {
        self.photos_pending > 0
    }

    pub(super) fn receive_photos(&mut self) {
        while let Ok((document, id, result)) = self.photo_results.1.try_recv() {
            self.photos_pending = self.photos_pending.saturating_sub(1);
            if document != self.doc.id {
                // Made for a map that is no longer open.
                continue;
            }
            match (result, self.doc.map.persona(id)) {
                (Ok(photo), Some(persona)) => {
                    let changed = crate::model::Persona {
                        photo: Some(photo),
                        ..persona.clone()
                    };
                    self.edits.push((Edit::SetPersona(changed), None));
                }
                (Ok(_), None) => {}
                (Err(message), _) => {
                    self.notice = Some(Notice {
                        text: message,
                        is_error: true,
                    })
                }
            }
        }
        if let Some((persona, file)) = self.state.personas.photo_request.take() {
            match file {
                Some(path) => self.attach_photo(persona, &path),
                None => self.ask_path(PathPurpose::Photo(persona), None),
            }
        }
    }
}
