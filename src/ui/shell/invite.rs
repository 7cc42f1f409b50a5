//! Invitations for the room: opening them (with a way to wake the window
//! when something arrives) and the room's place beside workshop mode.

use super::*;
use crate::ui::room;

impl KlantreisApp {
    /// The app starting in workshop mode with invitations open for the room
    /// (`klantreis --workshop --invite`), on `addr` or the laptop's
    /// local-network address and a free port.
    pub fn inviting(mut self, addr: Option<std::net::SocketAddr>) -> Self {
        self.pending_invite = Some(addr);
        self.in_workshop()
    }

    /// Opens invitations for the room (entering workshop mode), prints the
    /// join link on standard output and returns it; on failure the notice
    /// says why.
    pub fn invite(&mut self, addr: Option<std::net::SocketAddr>) -> Result<String, String> {
        let ctx = self.wake.clone();
        let wake = Box::new(move || {
            if let Some(ctx) = &ctx {
                ctx.request_repaint();
            }
        });
        match room::RoomPanel::open(addr, wake) {
            Ok(panel) => {
                let link = panel.link();
                println!("{link}");
                self.state.room = Some(panel);
                if self.state.workshop.is_none() {
                    self.state.workshop = Some(workshop::Workshop::default());
                }
                Ok(link)
            }
            Err(error) => {
                self.notice = Some(Notice {
                    text: error.clone(),
                    is_error: true,
                });
                Err(error)
            }
        }
    }

    /// The room beside workshop mode: its panel while invitations are open,
    /// else the button that opens them.
    pub(super) fn room_ui(&mut self, ui: &mut egui::Ui) {
        let (map, state, edits) = (&*self.doc.map, &mut self.state, &mut self.edits);
        room::sync(map, state, edits);
        if state.room.is_some() {
            egui::Panel::right("room")
                .resizable(true)
                .default_size(340.0)
                .min_size(260.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("room-scroll")
                        .show(ui, |ui| room::room_panel_ui(ui, map, state, edits));
                });
        } else if let Some(w) = &mut state.workshop
            && std::mem::take(&mut w.invite)
        {
            self.commands.push(Command::Invite);
        }
    }
}
