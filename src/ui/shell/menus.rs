//! The menu bar, the status bar, the notice line and the page tabs.

use super::*;

/// The tabs that switch between the journey map, the calendar and the table.
pub(super) fn page_tabs_ui(ui: &mut egui::Ui, page: &mut Page) {
    let t = crate::i18n::app::t();
    ui.horizontal(|ui| {
        for (choice, label) in [
            (Page::Journey, t.cmd_page_journey),
            (Page::Calendar, t.cmd_page_calendar),
            (Page::Table, t.cmd_page_table),
        ] {
            ui.selectable_value(page, choice, egui::RichText::new(label).size(15.0));
        }
    });
    ui.separator();
}

impl KlantreisApp {
    pub(super) fn menu_ui(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            let t = crate::i18n::app::t();
            ui.menu_button(t.menu_file, |ui| {
                ui.menu_button(t.menu_new, |ui| {
                    for template in PhaseTemplate::ALL {
                        let command = Command::New(template);
                        if self.menu_item(ui, &command, template.label(crate::i18n::language())) {
                            self.commands.push(command);
                        }
                    }
                });
                for command in [Command::Open, Command::OpenPath] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.menu_button(t.menu_open_recent, |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(t.no_recent);
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.commands.push(Command::OpenRecent(path));
                        }
                    }
                });
                ui.separator();
                for command in [Command::Save, Command::SaveAs] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                if ui.button(t.save_as_typed).clicked() {
                    self.dialog = Some(Dialog::TypedPath {
                        purpose: PathPurpose::Save,
                        text: self
                            .doc
                            .path
                            .as_ref()
                            .map(|p| p.display().to_string())
                            .unwrap_or_default(),
                        note: None,
                    });
                }
                ui.separator();
                for command in [Command::MergeCopy, Command::CompareWith] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.separator();
                if self.menu_item(
                    ui,
                    &Command::ExportPictures,
                    &Command::ExportPictures.label(),
                ) {
                    self.commands.push(Command::ExportPictures);
                }
                ui.menu_button(t.export_data_menu, |ui| {
                    for kind in DataExport::ALL {
                        let command = Command::Export(kind);
                        if self.menu_item(ui, &command, &command.label()) {
                            self.commands.push(command);
                        }
                    }
                    ui.separator();
                    ui.checkbox(&mut self.prefs.csv_semicolons, t.csv_semicolons);
                });
                ui.separator();
                for command in [Command::Close, Command::Quit] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
            });
            ui.menu_button(t.menu_edit, |ui| {
                let (undo, redo) = (self.doc.history.can_undo(), self.doc.history.can_redo());
                ui.add_enabled_ui(undo, |ui| {
                    if self.menu_item(ui, &Command::Undo, t.cmd_undo) {
                        self.commands.push(Command::Undo);
                    }
                });
                ui.add_enabled_ui(redo, |ui| {
                    if self.menu_item(ui, &Command::Redo, t.cmd_redo) {
                        self.commands.push(Command::Redo);
                    }
                });
                ui.separator();
                for command in [Command::SelectAll, Command::Delete] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.separator();
                let problems = validate(&self.doc.map);
                ui.add_enabled_ui(!problems.is_empty(), |ui| {
                    if ui.button(t.repair_map).clicked() {
                        let mut repaired = Map::clone(&self.doc.map);
                        let changes: Vec<String> =
                            io::repair(&mut repaired, crate::i18n::problems::unassigned_phase())
                                .iter()
                                .map(ToString::to_string)
                                .collect();
                        self.edits.push((Edit::SetMap(Box::new(repaired)), None));
                        self.notice = Some(Notice {
                            text: crate::i18n::fill(t.repaired, &[("changes", &changes.join(" "))]),
                            is_error: false,
                        });
                    }
                });
            });
            ui.menu_button(t.menu_view, |ui| {
                for page in [Page::Journey, Page::Calendar, Page::Table] {
                    let command = Command::ShowPage(page);
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                if self.menu_item(ui, &Command::Workshop, &Command::Workshop.label()) {
                    self.commands.push(Command::Workshop);
                }
                ui.separator();
                for command in [Command::ZoomIn, Command::ZoomOut, Command::ZoomFit] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.checkbox(&mut self.state.journey.snap, t.snap);
                ui.checkbox(&mut self.state.personas.shown, t.personas_panel);
                ui.separator();
                let before = self.prefs.clone();
                ui.label(t.theme);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::System, t.theme_system);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Light, t.theme_light);
                ui.radio_value(&mut self.prefs.theme, ThemeChoice::Dark, t.theme_dark);
                ui.radio_value(
                    &mut self.prefs.theme,
                    ThemeChoice::HighContrast,
                    t.theme_high_contrast,
                );
                ui.separator();
                ui.label(t.language);
                let system = crate::i18n::fill(
                    t.language_system,
                    &[(
                        "language",
                        &crate::i18n::endonym(crate::i18n::system_language()),
                    )],
                );
                ui.radio_value(&mut self.prefs.language, LanguageChoice::System, system);
                ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::English,
                    crate::i18n::endonym(Language::En),
                );
                ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::Dutch,
                    crate::i18n::endonym(Language::Nl),
                );
                ui.separator();
                ui.label(t.interface_size);
                for scale in [0.9, 1.0, 1.25, 1.5, 2.0] {
                    ui.radio_value(
                        &mut self.prefs.ui_scale,
                        scale,
                        format!("{:.0} %", scale * 100.0),
                    );
                }
                if self.prefs != before {
                    self.apply_prefs(ui.ctx());
                }
            });
            ui.menu_button(t.menu_help, |ui| {
                let command = Command::ShowShortcuts;
                if self.menu_item(ui, &command, &command.label()) {
                    self.commands.push(command);
                }
            });
        });
    }

    /// A menu button showing the command's shortcut; returns whether it was clicked.
    pub(super) fn menu_item(&self, ui: &mut egui::Ui, command: &Command, label: &str) -> bool {
        let mut button = egui::Button::new(label);
        if let Some(shortcut) = command.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
        }
        ui.add(button).clicked()
    }

    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        let t = crate::i18n::app::t();
        ui.horizontal(|ui| {
            let path = self
                .doc
                .path
                .as_ref()
                .map_or_else(|| t.not_saved_yet.to_owned(), |p| p.display().to_string());
            ui.label(path);
            if self.doc.history.is_dirty() {
                ui.label(RichText::new(t.unsaved_changes).color(theme::UNSAVED));
            }
            self.conflicts_button_ui(ui);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let percent = format!(
                    "{:.0}",
                    self.state.journey.view.zoom / crate::scene::View::default().zoom * 100.0
                );
                ui.label(fill(t.zoom_status, &[("percent", &percent)]));
                ui.label(t.status_hint);
            });
        });
    }

    pub(super) fn notice_ui(&mut self, ui: &mut egui::Ui) {
        let Some(notice) = &self.notice else { return };
        let (fill, ink) = if notice.is_error {
            (theme::ERROR_FILL, theme::ERROR_INK)
        } else {
            (theme::INFO_FILL, theme::INFO_INK)
        };
        let mut close = false;
        egui::Frame::new()
            .fill(fill)
            .inner_margin(8.0)
            .corner_radius(4.0)
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    ui.add(egui::Label::new(RichText::new(&notice.text).color(ink)).wrap());
                    ui.with_layout(egui::Layout::right_to_left(egui::Align::Min), |ui| {
                        close = ui.button(crate::i18n::app::t().dismiss).clicked();
                    });
                });
            });
        if close {
            self.notice = None;
        }
    }
}
