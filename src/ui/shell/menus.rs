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
            menu_access::menu_bar(ui);
            let t = crate::i18n::app::t();
            menu_access::menu(ui, t.menu_file, |ui| {
                menu_access::submenu(ui, t.menu_new, |ui| {
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
                menu_access::submenu(ui, t.menu_open_recent, |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(t.no_recent);
                    }
                    for path in self.prefs.recent.clone() {
                        let name = path.display().to_string();
                        if menu_access::button_item(ui, &name) {
                            self.commands.push(Command::OpenRecent(path));
                        }
                    }
                });
                ui.separator();
                for command in [Command::Save, Command::SaveAs] {
                    // An example is never saved over: its Save saves a copy.
                    let label = if self.doc.example && command == Command::Save {
                        crate::i18n::welcome::t().save_copy.to_owned()
                    } else {
                        command.label()
                    };
                    if self.menu_item(ui, &command, &label) {
                        self.commands.push(command);
                    }
                }
                if menu_access::button_item(ui, t.save_as_typed) {
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
                for command in [Command::SaveSnapshot, Command::Snapshots] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                let import = Command::ImportMeasurements;
                if self.menu_item(ui, &import, &import.label()) {
                    self.commands.push(import);
                }
                ui.separator();
                if self.menu_item(
                    ui,
                    &Command::ExportPictures,
                    &Command::ExportPictures.label(),
                ) {
                    self.commands.push(Command::ExportPictures);
                }
                menu_access::submenu(ui, t.export_data_menu, |ui| {
                    for kind in DataExport::ALL {
                        let command = Command::Export(kind);
                        if self.menu_item(ui, &command, &command.label()) {
                            self.commands.push(command);
                        }
                    }
                    ui.separator();
                    let toggle = ui.checkbox(&mut self.prefs.csv_semicolons, t.csv_semicolons);
                    menu_access::check_item(ui, &toggle);
                });
                ui.separator();
                for command in [Command::Close, Command::Quit] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
            });
            menu_access::menu(ui, t.menu_edit, |ui| {
                let (undo, redo) = (self.doc.history.can_undo(), self.doc.history.can_redo());
                // Each names what it undoes or does again: "Undo: move step 'Checks reviews'".
                let h = crate::i18n::history::t();
                let named = |name: Option<String>, named: &str, plain: &str| {
                    name.map_or_else(|| plain.to_owned(), |w| fill(named, &[("what", &w)]))
                };
                let undo_label = named(self.doc.history.undo_name(), h.undo_named, t.cmd_undo);
                let redo_label = named(self.doc.history.redo_name(), h.redo_named, t.cmd_redo);
                ui.add_enabled_ui(undo, |ui| {
                    if self.menu_item(ui, &Command::Undo, &undo_label) {
                        self.commands.push(Command::Undo);
                    }
                })
                .response
                .on_hover_text(&undo_label)
                .on_disabled_hover_text(h.nothing_to_undo);
                ui.add_enabled_ui(redo, |ui| {
                    if self.menu_item(ui, &Command::Redo, &redo_label) {
                        self.commands.push(Command::Redo);
                    }
                })
                .response
                .on_hover_text(&redo_label)
                .on_disabled_hover_text(h.nothing_to_redo);
                ui.separator();
                for command in [Command::SelectAll, Command::Delete] {
                    if self.menu_item(ui, &command, &command.label()) {
                        self.commands.push(command);
                    }
                }
                ui.separator();
                let problems = validate(&self.doc.map);
                ui.add_enabled_ui(!problems.is_empty(), |ui| {
                    if menu_access::button_item(ui, t.repair_map) {
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
            menu_access::menu(ui, t.menu_view, |ui| {
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
                let toggle = ui.checkbox(&mut self.state.journey.snap, t.snap);
                menu_access::check_item(ui, &toggle);
                let toggle = ui.checkbox(&mut self.state.personas.shown, t.personas_panel);
                menu_access::check_item(ui, &toggle);
                let tint = crate::i18n::evidence::t().tint;
                let toggle = ui.checkbox(&mut self.state.journey.evidence_tint, tint);
                menu_access::check_item(ui, &toggle);
                ui.separator();
                let before = self.prefs.clone();
                ui.label(t.theme);
                let choice =
                    ui.radio_value(&mut self.prefs.theme, ThemeChoice::System, t.theme_system);
                menu_access::radio_item(ui, &choice);
                let choice =
                    ui.radio_value(&mut self.prefs.theme, ThemeChoice::Light, t.theme_light);
                menu_access::radio_item(ui, &choice);
                let choice = ui.radio_value(&mut self.prefs.theme, ThemeChoice::Dark, t.theme_dark);
                menu_access::radio_item(ui, &choice);
                let choice = ui.radio_value(
                    &mut self.prefs.theme,
                    ThemeChoice::HighContrast,
                    t.theme_high_contrast,
                );
                menu_access::radio_item(ui, &choice);
                ui.separator();
                ui.label(t.language);
                let system = crate::i18n::fill(
                    t.language_system,
                    &[(
                        "language",
                        &crate::i18n::endonym(crate::i18n::system_language()),
                    )],
                );
                let choice =
                    ui.radio_value(&mut self.prefs.language, LanguageChoice::System, system);
                menu_access::radio_item(ui, &choice);
                let choice = ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::English,
                    crate::i18n::endonym(Language::En),
                );
                menu_access::radio_item(ui, &choice);
                let choice = ui.radio_value(
                    &mut self.prefs.language,
                    LanguageChoice::Dutch,
                    crate::i18n::endonym(Language::Nl),
                );
                menu_access::radio_item(ui, &choice);
                ui.separator();
                ui.label(t.interface_size);
                for scale in [0.9, 1.0, 1.25, 1.5, 2.0] {
                    let choice = ui.radio_value(
                        &mut self.prefs.ui_scale,
                        scale,
                        format!("{:.0} %", scale * 100.0),
                    );
                    menu_access::radio_item(ui, &choice);
                }
                if self.prefs != before {
                    self.apply_prefs(ui.ctx());
                }
            });
            menu_access::menu(ui, t.menu_help, |ui| {
                let command = Command::ShowShortcuts;
                if self.menu_item(ui, &command, &command.label()) {
                    self.commands.push(command);
                }
                let command = Command::ReadSummary;
                if self.menu_item(ui, &command, &command.label()) {
                    self.commands.push(command);
                }
            });
        });
    }

    /// A menu button showing the command's shortcut; returns whether it was clicked.
    pub(super) fn menu_item(&self, ui: &mut egui::Ui, command: &Command, label: &str) -> bool {
        let mut button = egui::Button::new(label);
        let keys = command.shortcut().map(|s| ui.ctx().format_shortcut(&s));
        if let Some(keys) = &keys {
            button = button.shortcut_text(keys.as_str());
        }
        let response = ui.add(button);
        menu_access::item(ui, &response, label, keys)
    }

    /// The status bar: the zoom on the right, the hint beside it while the
    /// journey map shows and there is room, the file on the left, cut short
    /// (never overlapping the rest) when the window is narrow.
    pub(super) fn status_ui(&mut self, ui: &mut egui::Ui) {
        let t = crate::i18n::app::t();
        ui.horizontal(|ui| {
            self.conflicts_button_ui(ui);
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let percent = format!(
                    "{:.0}",
                    self.state.journey.view.zoom / crate::scene::View::default().zoom * 100.0
                );
                if self.state.calendar.page == Page::Journey {
                    ui.label(fill(t.zoom_status, &[("percent", &percent)]));
                    let hint = egui::WidgetText::from(t.status_hint);
                    let hint_width = hint
                        .clone()
                        .into_galley(
                            ui,
                            Some(egui::TextWrapMode::Extend),
                            f32::INFINITY,
                            egui::TextStyle::Body,
                        )
                        .size()
                        .x;
                    // The hint gives way first: the file's name matters more.
                    if ui.available_width() - hint_width > 320.0 {
                        ui.label(hint);
                    }
                }
                ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                    if self.doc.history.is_dirty() {
                        ui.label(RichText::new(t.unsaved_changes).color(theme::UNSAVED));
                    }
                    let path = match &self.doc.path {
                        Some(p) => p.display().to_string(),
                        None if self.doc.example => {
                            crate::i18n::welcome::t().example_status.to_owned()
                        }
                        None => t.not_saved_yet.to_owned(),
                    };
                    ui.add(egui::Label::new(path.clone()).truncate())
                        .on_hover_text(path);
                });
            });
        });
    }

    /// The notice, floating at the top right of the page: it never moves
    /// the canvas, its button sits below its text (never over it), and it
    /// goes by itself once the map changes after it was shown.
    pub(super) fn notice_ui(&mut self, ui: &mut egui::Ui) {
        let Some(notice) = &self.notice else { return };
        let (fill, ink) = if notice.is_error {
            (theme::ERROR_FILL, theme::ERROR_INK)
        } else {
            (theme::INFO_FILL, theme::INFO_INK)
        };
        let page = ui.available_rect_before_wrap();
        let width = (page.width() - 32.0).clamp(200.0, 560.0);
        let mut close = false;
        egui::Area::new(egui::Id::unique("klantreis-notice"))
            .order(egui::Order::Middle)
            .pivot(egui::Align2::RIGHT_TOP)
            .fixed_pos(page.right_top() + egui::vec2(-8.0, 4.0))
            .constrain_to(page)
            .show(ui.ctx(), |ui| {
                egui::Frame::new()
                    .fill(fill)
                    .stroke(egui::Stroke::new(1.0, ink))
                    .inner_margin(8.0)
                    .corner_radius(4.0)
                    .show(ui, |ui| {
                        ui.set_width(width);
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

    /// Lets a notice go once the map has changed since it was shown: it is
    /// about a moment that has passed (call after the frame's edits).
    pub(super) fn expire_notice(&mut self, ctx: &egui::Context) {
        let id = egui::Id::unique("klantreis-notice-shown-at");
        let revision = self.doc.history.revision();
        let Some(notice) = &self.notice else {
            ctx.data_mut(|d| d.remove::<(String, u64)>(id));
            return;
        };
        let shown: Option<(String, u64)> = ctx.data(|d| d.get_temp(id));
        match shown {
            Some((text, at)) if text == notice.text => {
                if at != revision {
                    self.notice = None;
                }
            }
            _ => {
                let shown = (notice.text.clone(), revision);
                ctx.data_mut(|d| d.insert_temp(id, shown));
            }
        }
    }
}
