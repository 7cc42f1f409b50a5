//! The welcome view: what the window shows when Klantreis starts without a
//! map (and after File → Close). New from a template, Open, the recent maps
//! with their folder and date, and the example maps, which open read-only as
//! examples: a banner says so, Save becomes "Save a copy", and the first
//! edit offers to save a copy.
//!
//! Later starts reopen the last map (a preference, on by default); when it is
//! missing or cannot be read, the welcome view shows with a message naming it.

use super::*;

/// The example maps, embedded so an installed Klantreis has them too: the
/// file name they are known by, and their text.
pub const EXAMPLES: [(&str, &str); 3] = [
    ("clothing.ron", include_str!("../../../maps/clothing.ron")),
    ("crm-b2b.ron", include_str!("../../../maps/crm-b2b.ron")),
    ("kettle.ron", include_str!("../../../maps/kettle.ron")),
];

/// What is known about a recent map's file.
#[derive(Clone, Debug, PartialEq)]
pub enum RecentFile {
    /// It is there, last changed then (when the system says).
    Found(Option<chrono::DateTime<chrono::Utc>>),
    /// There is no such file any more.
    Missing,
    /// It cannot be looked at, and why.
    Unreadable(String),
}

/// The welcome view's state.
#[derive(Default)]
pub struct Welcome {
    /// Whether the window shows the welcome view instead of the editor.
    pub shown: bool,
    /// The last map, while it is reopened at start: if it does not open,
    /// the welcome view shows instead.
    reopening: Option<PathBuf>,
    /// The recent files as looked at off the UI thread, in the prefs' order.
    recent: Option<Vec<(PathBuf, RecentFile)>>,
    /// The look at the recent files, while it runs.
    looking: Option<mpsc::Receiver<Vec<(PathBuf, RecentFile)>>>,
    /// Whether the open example's first edit already offered a copy.
    copy_offered: bool,
    /// Whether the first button has been given the keyboard focus.
    focused: bool,
}

/// Looks at each file: whether it is there, and when it last changed.
pub fn look_at(paths: &[PathBuf]) -> Vec<(PathBuf, RecentFile)> {
    paths
        .iter()
        .map(|path| {
            let state = match std::fs::metadata(path) {
                Ok(meta) => RecentFile::Found(meta.modified().ok().map(Into::into)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => RecentFile::Missing,
                Err(e) => RecentFile::Unreadable(e.to_string()),
            };
            (path.clone(), state)
        })
        .collect()
}

impl KlantreisApp {
    /// The app as started without a file: the last map reopened when the
    /// preference says so and there is one, else the welcome view.
    pub fn started_without_file(mut self) -> Self {
        self.welcome_or_reopen();
        self
    }

    /// The app showing the welcome view.
    pub fn welcoming(mut self) -> Self {
        self.show_welcome();
        self
    }

    pub(super) fn welcome_or_reopen(&mut self) {
        match self.prefs.recent.first().cloned() {
            Some(last) if self.prefs.reopen_last => {
                self.start_on(&last);
                self.welcome.reopening = Some(last);
            }
            _ => self.show_welcome(),
        }
    }

    /// Shows the welcome view over an empty, unsaved map.
    pub fn show_welcome(&mut self) {
        if self.doc.path.is_some() || self.doc.example || self.doc.history.is_dirty() {
            let empty = PhaseTemplate::FivePhase.new_map(crate::i18n::language());
            self.replace_document(Document::new(empty.with_fresh_uid(), None), &[]);
        }
        self.welcome.shown = true;
        self.welcome.recent = None;
        self.welcome.looking = None;
        self.welcome.focused = false;
    }

    /// Opens one of [`EXAMPLES`] read-only, as an example.
    pub fn open_example(&mut self, index: usize) {
        let Some((name, text)) = EXAMPLES.get(index) else {
            return;
        };
        match io::from_ron(text) {
            Ok(map) => {
                let mut doc = Document::new(map.with_fresh_uid(), None);
                doc.example = true;
                self.replace_document(doc, &[]);
                self.welcome.copy_offered = false;
            }
            Err(e) => {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::app::t().example_unreadable,
                        &[("error", &format!("{name}: {e:?}"))],
                    ),
                    is_error: true,
                });
            }
        }
    }

    /// Each frame: the welcome view after a failed reopen of the last map,
    /// the editor once the map under the welcome view is edited, and the
    /// offer to save a copy after an example's first edit.
    pub(super) fn welcome_tick(&mut self, ctx: &egui::Context) {
        if self.opening.is_none()
            && let Some(last) = self.welcome.reopening.take()
            && self.doc.path.as_deref() != Some(last.as_path())
        {
            let error = self.notice.take().map(|n| n.text);
            self.show_welcome();
            if let Some(error) = error {
                self.notice = Some(Notice {
                    text: fill(
                        crate::i18n::welcome::t().reopen_failed,
                        &[("path", &last.display()), ("error", &error)],
                    ),
                    is_error: true,
                });
            }
        }
        if self.welcome.shown && self.doc.history.is_dirty() {
            self.welcome.shown = false;
        }
        let busy = ctx.input(|i| i.pointer.any_down()) || ctx.text_edit_focused();
        if self.doc.example
            && self.doc.history.is_dirty()
            && !self.welcome.copy_offered
            && self.dialog.is_none()
            && !busy
        {
            self.welcome.copy_offered = true;
            // Said above the map too: a native save dialog shows no note.
            let why = crate::i18n::welcome::t().example_edited.to_owned();
            self.notice = Some(Notice {
                text: why.clone(),
                is_error: false,
            });
            self.ask_path(PathPurpose::Save, Some(why));
        }
    }

    /// The banner above an example map: what it is and how to edit it.
    pub(super) fn example_banner_ui(&mut self, ui: &mut egui::Ui) {
        if !self.doc.example {
            return;
        }
        let w = crate::i18n::welcome::t();
        egui::Frame::new()
            .fill(theme::INFO_FILL)
            .inner_margin(egui::Margin::symmetric(10, 6))
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        RichText::new(w.example_banner)
                            .color(theme::INFO_INK)
                            .strong(),
                    );
                    if ui.button(w.save_copy).clicked() {
                        self.commands.push(Command::SaveAs);
                    }
                });
            });
        ui.add_space(4.0);
    }

    /// The welcome view: the menus, then the ways to start, in the middle.
    pub(super) fn welcome_ui(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("menu").show(ui, |ui| self.menu_ui(ui));
        self.look_at_recent(ui.ctx());
        egui::CentralPanel::default().show(ui, |ui| {
            self.notice_ui(ui);
            egui::ScrollArea::vertical()
                .id_salt("welcome")
                .show(ui, |ui| {
                    let width = ui.available_width().min(980.0);
                    let margin = ((ui.available_width() - width) / 2.0).max(0.0);
                    ui.horizontal(|ui| {
                        ui.add_space(margin);
                        ui.vertical(|ui| {
                            ui.set_width(width);
                            self.welcome_columns_ui(ui, width);
                        });
                    });
                });
        });
    }

    fn welcome_columns_ui(&mut self, ui: &mut egui::Ui, width: f32) {
        let w = crate::i18n::welcome::t();
        ui.add_space(16.0);
        ui.heading(RichText::new(w.heading).size(26.0));
        ui.label(w.intro);
        ui.add_space(12.0);
        let wide = width >= 640.0;
        if wide {
            ui.columns(2, |columns| {
                self.start_entries_ui(&mut columns[0]);
                self.recent_entries_ui(&mut columns[1]);
            });
        } else {
            self.start_entries_ui(ui);
            ui.add_space(12.0);
            self.recent_entries_ui(ui);
        }
        ui.add_space(12.0);
        ui.checkbox(&mut self.prefs.reopen_last, w.reopen_last);
    }

    /// New from a template, Open, and the examples.
    fn start_entries_ui(&mut self, ui: &mut egui::Ui) {
        let w = crate::i18n::welcome::t();
        let language = crate::i18n::language();
        ui.label(RichText::new(w.new_heading).strong().size(17.0));
        for (i, template) in PhaseTemplate::ALL.into_iter().enumerate() {
            let response = ui.button(template.label(language));
            if i == 0 && !self.welcome.focused {
                self.welcome.focused = true;
                response.request_focus();
            }
            if response.clicked() {
                self.commands.push(Command::New(template));
            }
        }
        ui.add_space(12.0);
        ui.label(RichText::new(w.open_heading).strong().size(17.0));
        if ui.button(w.open_button).clicked() {
            self.commands.push(Command::Open);
        }
        ui.add_space(12.0);
        ui.label(RichText::new(w.examples_heading).strong().size(17.0));
        ui.label(w.example_hint);
        for (index, (name, text)) in EXAMPLES.iter().enumerate() {
            let title = example_title(text).unwrap_or_else(|| (*name).to_owned());
            if ui.button(title).clicked() {
                self.open_example(index);
            }
        }
    }

    /// The recent maps, each with its folder and date; missing ones greyed
    /// with the reason.
    fn recent_entries_ui(&mut self, ui: &mut egui::Ui) {
        let w = crate::i18n::welcome::t();
        ui.label(RichText::new(w.recent_heading).strong().size(17.0));
        if self.prefs.recent.is_empty() {
            ui.label(w.no_recent);
            return;
        }
        for path in self.prefs.recent.clone() {
            let name = path
                .file_name()
                .unwrap_or(path.as_os_str())
                .to_string_lossy()
                .into_owned();
            let folder = path
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let state = self
                .welcome
                .recent
                .as_ref()
                .and_then(|r| r.iter().find(|(p, _)| *p == path))
                .map(|(_, s)| s.clone());
            let (detail, usable) = match &state {
                None => (format!("{folder} · {}", w.recent_checking), true),
                Some(RecentFile::Found(date)) => (
                    fill(
                        w.recent_detail,
                        &[
                            ("folder", &folder),
                            ("date", &date.map(local_time).unwrap_or_default()),
                        ],
                    ),
                    true,
                ),
                Some(RecentFile::Missing) => {
                    (fill(w.recent_missing, &[("folder", &folder)]), false)
                }
                Some(RecentFile::Unreadable(reason)) => (
                    fill(
                        w.recent_unreadable,
                        &[("folder", &folder), ("reason", reason)],
                    ),
                    false,
                ),
            };
            ui.add_space(4.0);
            let button = ui
                .add_enabled(usable, egui::Button::new(RichText::new(&name).strong()))
                .on_disabled_hover_text(&detail)
                .on_hover_text(path.display().to_string());
            if button.clicked() {
                self.commands.push(Command::OpenRecent(path.clone()));
            }
            let detail = RichText::new(detail).size(13.0);
            // The name is greyed; the reason stays readable.
            ui.add(egui::Label::new(if usable { detail } else { detail.italics() }).wrap());
        }
    }

    /// Starts looking at the recent files off the UI thread, and takes the answer.
    fn look_at_recent(&mut self, ctx: &egui::Context) {
        if let Some(looking) = &self.welcome.looking
            && let Ok(found) = looking.try_recv()
        {
            self.welcome.recent = Some(found);
            self.welcome.looking = None;
        }
        if self.welcome.recent.is_none() && self.welcome.looking.is_none() {
            let (send, answer) = mpsc::channel();
            let paths = self.prefs.recent.clone();
            let wake = ctx.clone();
            let started = std::thread::Builder::new()
                .name("klantreis-recent".into())
                .spawn(move || {
                    let _ = send.send(look_at(&paths));
                    wake.request_repaint();
                });
            if started.is_ok() {
                self.welcome.looking = Some(answer);
            }
        }
    }
}

/// An example's title, read from its text without parsing the whole map.
fn example_title(text: &str) -> Option<String> {
    let start = text.find("title: \"")? + "title: \"".len();
    let end = text[start..].find('"')?;
    Some(text[start..start + end].to_owned())
}
