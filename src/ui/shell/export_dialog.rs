//! File → Export the map: a small window with the export's options, a
//! preview of the picture, and where to write it. Drawing, the preview and
//! writing run off the UI thread, so a large map never freezes the window.

use std::path::{Path, PathBuf};
use std::sync::{Arc, mpsc};
use std::time::Instant;

use egui::{ColorImage, TextureHandle, TextureOptions};

use crate::i18n::{Language, fill};
use crate::io::worker::DocumentId;
use crate::model::{JourneyId, Map};
use crate::picture::{self, Background, ExportErrorKind, ExportOptions, Paper, Replace};

/// The file format being exported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Vector, text as text.
    Svg,
    /// Pixels, at a scale.
    Png,
    /// One landscape page, fonts embedded.
    Pdf,
    /// The interactive map in one HTML file.
    Html,
    /// The slide deck as PDF.
    Deck,
    /// The slide deck as PowerPoint.
    Pptx,
}

impl Format {
    /// Every format, in the window's order.
    pub const ALL: [Format; 6] = [
        Format::Svg,
        Format::Png,
        Format::Pdf,
        Format::Html,
        Format::Deck,
        Format::Pptx,
    ];

    fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf | Format::Deck => "pdf",
            Format::Html => "html",
            Format::Pptx => "pptx",
        }
    }

    /// What follows the base name in the file's name: the slides' PDF is
    /// told from the map's PDF by its name.
    fn suffix(self) -> String {
        match self {
            Format::Deck => "-deck.pdf".to_owned(),
            other => format!(".{}", other.extension()),
        }
    }

    fn label(self) -> &'static str {
        let t = crate::i18n::export::t();
        let d = crate::i18n::deliver::t();
        match self {
            Format::Svg => t.format_svg,
            Format::Png => t.format_png,
            Format::Pdf => t.format_pdf,
            Format::Html => d.format_html,
            Format::Deck => d.format_deck,
            Format::Pptx => d.format_pptx,
        }
    }

    /// Whether the preview shows a slide rather than the map picture.
    fn slides(self) -> bool {
        matches!(self, Format::Deck | Format::Pptx)
    }

    /// The file's bytes.
    fn bytes(
        self,
        map: &Map,
        options: &ExportOptions,
        (scale, background, paper, tile): (f32, Background, Paper, bool),
    ) -> Result<Vec<u8>, picture::ExportError> {
        match self {
            Format::Pdf if tile => {
                picture::tiles::tiled(&map.title, &picture::poster(map, options), paper)
                    .map(|(bytes, _)| bytes)
            }
            Format::Svg => Ok(picture::svg(map, options).into_bytes()),
            Format::Png => picture::png(map, options, scale, background),
            Format::Pdf => picture::pdf(map, options, paper),
            Format::Html => Ok(picture::html::html(map, options).into_bytes()),
            Format::Deck => picture::deck::pdf(map, options).map(|(bytes, _)| bytes),
            Format::Pptx => picture::pptx::pptx(map, options).map(|(bytes, _)| bytes),
        }
    }
}

/// The path without the format's suffix (or, failing that, its extension):
/// the base name the other formats are written beside.
fn base_of(path: &str, format: Format) -> String {
    let suffix = format.suffix();
    let lower = path.to_lowercase();
    if lower.ends_with(&suffix) {
        return path[..path.len() - suffix.len()].to_owned();
    }
    let p = PathBuf::from(path);
    if p.extension().is_some() {
        p.with_extension("").display().to_string()
    } else {
        path.to_owned()
    }
}

/// What the preview shows: the options, the revision of the map it was
/// drawn from (the undo history numbers every state of the map, so no copy
/// of the map is compared each frame), and the language of its words.
#[derive(Clone, PartialEq)]
struct PreviewKey {
    document: Option<DocumentId>,
    options: ExportOptions,
    revision: u64,
    language: Language,
    slides: bool,
}

/// The export window's state.
pub struct ExportDialog {
    /// The format to write.
    pub format: Format,
    /// The other formats to write in the same go, beside it: same folder,
    /// same base name.
    pub also: Vec<Format>,
    /// Which journeys, whether lanes, persona pages, the calendar.
    pub options: ExportOptions,
    /// Each journey and whether it is in the picture.
    pub journeys: Vec<(JourneyId, bool)>,
    /// The PNG's scale.
    pub scale: f32,
    /// The PNG's background.
    pub background: Background,
    /// The PDF's paper.
    pub paper: Paper,
    /// Whether the PDF prints the map across several pages of the paper,
    /// at its natural size, for a wall.
    pub tile: bool,
    /// Where to write, as typed.
    pub path: String,
    /// The last result, and whether it was an error.
    pub message: Option<(String, bool)>,
    preview: Option<(PreviewKey, Result<TextureHandle, String>)>,
    preview_job: Option<(PreviewKey, mpsc::Receiver<Result<ColorImage, String>>)>,
    export_job: Option<mpsc::Receiver<Outcome>>,
    /// A file Klantreis did not make is where the export would go: the
    /// question whether to replace it is shown.
    pub replace_question: Option<PathBuf>,
    browse_job: Option<(Instant, mpsc::Receiver<Option<PathBuf>>)>,
    no_file_dialog: bool,
    /// The open map the dialog was made for; `None` until told.
    document: Option<DocumentId>,
    /// The window, once shown: the export, preview and file dialog threads
    /// wake it when they are done, instead of the window asking every frame.
    wake: Option<egui::Context>,
}

/// How an export in the background ended.
enum Outcome {
    /// Written; the message says where.
    Written(String),
    /// Not written; the message says why.
    Failed(String),
    /// Not written: a file Klantreis did not make is there; ask first.
    AskReplace(PathBuf),
}

/// The largest preview, in points.
const PREVIEW: egui::Vec2 = egui::vec2(520.0, 300.0);

impl ExportDialog {
    /// A dialog for this map: the journeys shown on the canvas, with lanes,
    /// to an SVG beside the map file.
    pub fn new(map: &Map, map_path: Option<&Path>, visible: &dyn Fn(JourneyId) -> bool) -> Self {
        let journeys: Vec<(JourneyId, bool)> =
            map.journeys.iter().map(|j| (j.id, visible(j.id))).collect();
        let mut dialog = Self {
            format: Format::Svg,
            also: Vec::new(),
            options: ExportOptions::default(),
            journeys,
            scale: 2.0,
            background: Background::White,
            paper: Paper::A4,
            tile: false,
            path: default_path(map, map_path, Format::Svg),
            message: None,
            preview: None,
            preview_job: None,
            export_job: None,
            replace_question: None,
            browse_job: None,
            no_file_dialog: false,
            document: None,
            wake: None,
        };
        dialog.sync_options();
        dialog
    }

    /// The dialog for the open map `document`: it closes, and its preview is
    /// dropped, when another map is opened.
    pub fn for_document(mut self, document: DocumentId) -> Self {
        self.document = Some(document);
        self
    }

    /// With the evidence tint and its legend, as the canvas shows it.
    pub fn with_evidence(mut self, on: bool) -> Self {
        self.options.evidence = on;
        self
    }

    fn sync_options(&mut self) {
        self.options.journeys = if self.journeys.iter().all(|(_, on)| *on) {
            None
        } else {
            Some(
                self.journeys
                    .iter()
                    .filter(|(_, on)| *on)
                    .map(|(id, _)| *id)
                    .collect(),
            )
        };
    }

    fn set_format(&mut self, format: Format) {
        let old = self.format;
        self.format = format;
        self.also.retain(|f| *f != format);
        if self.path.to_lowercase().ends_with(&old.suffix()) {
            self.path = base_of(&self.path, old) + &format.suffix();
        }
    }

    /// The files the export writes: the chosen format at the path, and the
    /// others beside it.
    pub fn files(&self) -> Vec<(Format, PathBuf)> {
        let path = self.path.trim();
        let base = base_of(path, self.format);
        let mut files = vec![(self.format, PathBuf::from(path))];
        for format in Format::ALL {
            if format != self.format && self.also.contains(&format) {
                files.push((format, PathBuf::from(base.clone() + &format.suffix())));
            }
        }
        files
    }

    /// Starts the export: draws and writes in the background. A file that
    /// Klantreis did not make is not replaced: the window asks first.
    pub fn start_export(&mut self, map: &Arc<Map>) {
        self.export_replacing(map, Replace::OwnExports);
    }

    /// Starts the export, replacing what `replace` allows.
    fn export_replacing(&mut self, map: &Arc<Map>, replace: Replace) {
        let t = crate::i18n::export::t();
        if self.path.trim().is_empty() {
            self.message = Some((t.need_path.to_owned(), true));
            return;
        }
        let (send, receive) = mpsc::channel();
        // The map is shared with the thread, not copied.
        let (map, options, files) = (Arc::clone(map), self.options.clone(), self.files());
        let settings = (self.scale, self.background, self.paper, self.tile);
        let wake = self.wake.clone();
        // The picture's words and the messages in the window's language.
        std::thread::spawn(crate::i18n::carried(move || {
            let _ = send.send(write_files(&map, &options, &files, settings, replace));
            wake_window(wake);
        }));
        self.export_job = Some(receive);
        self.message = Some((t.exporting.to_owned(), false));
    }

    /// The answer to the question whether to replace a file Klantreis did not
    /// make: export over it, or leave it and say nothing was written.
    pub fn answer_replace(&mut self, map: &Arc<Map>, replace: bool) {
        self.replace_question = None;
        if replace {
            self.export_replacing(map, Replace::AnyButMaps);
        } else {
            self.message = None;
        }
    }

    /// Whether the preview is drawn (and drawing it worked).
    pub fn has_preview(&self) -> bool {
        matches!(self.preview, Some((_, Ok(_))))
    }

    /// Whether an export is running.
    pub fn exporting(&self) -> bool {
        self.export_job.is_some()
    }

    fn poll(&mut self, ctx: &egui::Context) {
        self.wake.get_or_insert_with(|| ctx.clone());
        if let Some(job) = &self.export_job {
            match job.try_recv() {
                Ok(outcome) => {
                    self.message = match outcome {
                        Outcome::Written(text) => Some((text, false)),
                        Outcome::Failed(text) => Some((text, true)),
                        Outcome::AskReplace(path) => {
                            self.replace_question = Some(path);
                            None
                        }
                    };
                    self.export_job = None;
                }
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.message = Some((crate::i18n::export::t().export_stopped.to_owned(), true));
                    self.export_job = None;
                }
                // Its thread wakes the window when it is done.
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        if let Some((key, job)) = &self.preview_job {
            match job.try_recv() {
                Ok(result) => {
                    let texture = result.map(|image| {
                        ctx.load_texture("export-preview", image, TextureOptions::LINEAR)
                    });
                    self.preview = Some((key.clone(), texture));
                    self.preview_job = None;
                }
                Err(mpsc::TryRecvError::Disconnected) => self.preview_job = None,
                // Its thread wakes the window when it is done.
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
        if let Some((started, job)) = &self.browse_job {
            match job.try_recv() {
                Ok(Some(path)) => {
                    self.path = path.display().to_string();
                    self.browse_job = None;
                }
                Ok(None) | Err(mpsc::TryRecvError::Disconnected) => {
                    if started.elapsed().as_millis() < 400 {
                        self.no_file_dialog = true;
                        self.message =
                            Some((crate::i18n::export::t().no_file_dialog.to_owned(), true));
                    }
                    self.browse_job = None;
                }
                // Its thread wakes the window when it is done.
                Err(mpsc::TryRecvError::Empty) => {}
            }
        }
    }

    /// Starts drawing the preview again if the map or the options changed.
    fn refresh_preview(&mut self, map: &Arc<Map>, revision: u64) {
        let language = crate::i18n::language();
        let document = self.document;
        let slides = self.format.slides();
        let shows = |k: &PreviewKey| {
            k.document == document
                && k.slides == slides
                && k.options == self.options
                && k.revision == revision
                && k.language == language
        };
        let current = self.preview.as_ref().is_some_and(|(k, _)| shows(k))
            || self.preview_job.as_ref().is_some_and(|(k, _)| shows(k));
        if current {
            return;
        }
        let key = PreviewKey {
            document,
            options: self.options.clone(),
            revision,
            language,
            slides,
        };
        let (send, receive) = mpsc::channel();
        let (map, options) = (Arc::clone(map), key.options.clone());
        let wake = self.wake.clone();
        // The preview's words in the same language as the export's.
        std::thread::spawn(crate::i18n::carried(move || {
            // A deck shows its first phase's slide (or the last there is).
            let picture = if slides {
                let mut all = picture::deck::slides(&map, &options);
                let index = 2.min(all.len().saturating_sub(1));
                all.swap_remove(index)
            } else {
                picture::picture(&map, &options)
            };
            // Twice the preview's size in pixels, for sharp text on high-density screens.
            let scale = (2.0 * PREVIEW.x / picture.width)
                .min(2.0 * PREVIEW.y / picture.height)
                .min(1.0);
            let result = picture::raster::pixels(&picture, scale)
                .map(|(w, h, rgba)| {
                    ColorImage::from_rgba_unmultiplied([w as usize, h as usize], &rgba)
                })
                .map_err(|e| e.to_string());
            let _ = send.send(result);
            wake_window(wake);
        }));
        self.preview_job = Some((key, receive));
    }

    fn browse(&mut self, map: &Map) {
        let (send, receive) = mpsc::channel();
        let current = PathBuf::from(self.path.trim());
        let folder = current.parent().map(Path::to_path_buf);
        let name = current
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| file_stem(map) + "." + self.format.extension());
        let format = self.format;
        let filter = format.label();
        let wake = self.wake.clone();
        std::thread::spawn(move || {
            let mut dialog = rfd::AsyncFileDialog::new()
                .add_filter(filter, &[format.extension()])
                .set_file_name(name);
            if let Some(folder) = folder.filter(|f| f.is_dir()) {
                dialog = dialog.set_directory(folder);
            }
            let picked = pollster::block_on(dialog.save_file());
            let _ = send.send(picked.map(|f| f.path().to_path_buf()));
            wake_window(wake);
        });
        self.browse_job = Some((Instant::now(), receive));
    }
}

/// Asks the window for a frame: a background job's result is ready.
fn wake_window(wake: Option<egui::Context>) {
    if let Some(ctx) = wake {
        ctx.request_repaint();
    }
}

/// Writes each file in turn (in the window's language): nothing when one of
/// them would replace a file Klantreis did not make (the window asks first),
/// else every file it can, with a line per file saying where it went or,
/// naming the file, why it did not.
fn write_files(
    map: &Map,
    options: &ExportOptions,
    files: &[(Format, PathBuf)],
    settings: (f32, Background, Paper, bool),
    replace: Replace,
) -> Outcome {
    // Asked before drawing: a large picture takes a while.
    for (_, path) in files {
        match picture::check_destination(path, replace) {
            Err(e) if matches!(e.kind, ExportErrorKind::WouldReplaceOtherFile) => {
                return Outcome::AskReplace(path.clone());
            }
            Err(e) => return Outcome::Failed(e.to_string()),
            Ok(()) => {}
        }
    }
    let mut lines = Vec::new();
    let mut failed = false;
    for (format, path) in files {
        match format
            .bytes(map, options, settings)
            .map_err(|e| e.at(path))
            .and_then(|bytes| picture::write(path, &bytes, replace))
        {
            Ok(()) => lines.push(fill(
                crate::i18n::export::t().exported,
                &[("path", &path.display())],
            )),
            Err(e) => {
                failed = true;
                lines.push(e.to_string());
            }
        }
    }
    let text = lines.join("\n");
    if failed {
        Outcome::Failed(text)
    } else {
        Outcome::Written(text)
    }
}

/// A file name from the map's title.
fn file_stem(map: &Map) -> String {
    let stem: String = map
        .title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
        .to_lowercase();
    if stem.is_empty() {
        crate::i18n::app::t().default_file_stem.to_owned()
    } else {
        stem.chars().take(60).collect()
    }
}

/// Beside the map file, with its name; else the title in the current folder.
fn default_path(map: &Map, map_path: Option<&Path>, format: Format) -> String {
    match map_path {
        Some(path) => path.with_extension(format.extension()),
        None => std::env::current_dir().unwrap_or_default().join(format!(
            "{}.{}",
            file_stem(map),
            format.extension()
        )),
    }
    .display()
    .to_string()
}

/// Shows the export window for `map` (the open document `document`, whose
/// undo history is at `revision`) while `dialog` is `Some`; closing it sets
/// `None`. A dialog made for another document closes, its work dropped.
pub fn export_window(
    ctx: &egui::Context,
    map: &Arc<Map>,
    (document, revision): (DocumentId, u64),
    dialog: &mut Option<ExportDialog>,
) {
    if dialog
        .as_ref()
        .is_some_and(|d| d.document.is_some_and(|d| d != document))
    {
        *dialog = None;
    }
    let Some(state) = dialog else {
        return;
    };
    state.poll(ctx);
    let mut open = true;
    let mut close = false;
    // The id stays the same in every language, so the window keeps its place.
    crate::ui::shell::screen::floating(
        egui::Window::new(crate::i18n::export::t().window_title)
            .id(egui::Id::unique("export-pictures"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .default_width(560.0),
        ctx,
    )
    .show(ctx, |ui| {
        close = export_ui(ui, map, revision, state);
    });
    if let Some(path) = state.replace_question.clone()
        && let Some(replace) = replace_question(ctx, &path)
    {
        state.answer_replace(map, replace);
    }
    if !open || close {
        *dialog = None;
    }
}

/// Asks whether to replace `path`, a file Klantreis did not make, with an
/// export: `Some(true)` to replace it, `Some(false)` to keep it, `None` while
/// the question is open.
pub fn replace_question(ctx: &egui::Context, path: &Path) -> Option<bool> {
    let t = crate::i18n::export::t();
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("klantreis-replace-export")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(t.replace_title);
        ui.add(egui::Label::new(fill(t.replace_body, &[("path", &path.display())])).wrap());
        ui.horizontal(|ui| {
            if ui.button(t.replace).clicked() {
                answer = Some(true);
            }
            if ui.button(t.keep).clicked() {
                answer = Some(false);
            }
        });
    });
    if modal.should_close() {
        answer = answer.or(Some(false));
    }
    answer
}

/// The window's contents. Returns true when it should close.
fn export_ui(ui: &mut egui::Ui, map: &Arc<Map>, revision: u64, state: &mut ExportDialog) -> bool {
    let t = crate::i18n::export::t();
    let d = crate::i18n::deliver::t();
    ui.horizontal_wrapped(|ui| {
        ui.label(t.format_label);
        for format in Format::ALL {
            if ui
                .selectable_label(state.format == format, format.label())
                .clicked()
            {
                state.set_format(format);
            }
        }
    });
    match state.format {
        Format::Html => {
            ui.add(egui::Label::new(d.html_hint).wrap());
        }
        Format::Deck | Format::Pptx => {
            ui.add(egui::Label::new(d.deck_hint).wrap());
        }
        Format::Svg => {
            ui.label(t.svg_hint);
        }
        Format::Png => {
            ui.horizontal(|ui| {
                ui.label(t.scale);
                for scale in [1.0, 2.0, 4.0] {
                    ui.radio_value(&mut state.scale, scale, format!("{scale}×"));
                }
                ui.separator();
                ui.label(t.background);
                ui.radio_value(&mut state.background, Background::White, t.background_white);
                ui.radio_value(
                    &mut state.background,
                    Background::Transparent,
                    t.background_transparent,
                );
            });
        }
        Format::Pdf => {
            ui.horizontal(|ui| {
                ui.label(t.paper);
                ui.radio_value(&mut state.paper, Paper::A4, "A4");
                ui.radio_value(&mut state.paper, Paper::A3, "A3");
            });
            ui.checkbox(&mut state.tile, crate::i18n::deliver::t().tile_choice);
            ui.checkbox(&mut state.options.persona_pages, t.persona_cards);
            ui.checkbox(&mut state.options.calendar_page, t.calendar_page);
        }
    }
    ui.separator();
    ui.label(t.journeys);
    ui.horizontal_wrapped(|ui| {
        if map.journeys.is_empty() {
            ui.label(t.no_journeys);
        }
        for (id, on) in &mut state.journeys {
            let Some(journey) = map.journey(*id) else {
                continue;
            };
            let name = egui::RichText::new(&journey.name)
                .color(super::theme::color(journey.color))
                .strong();
            ui.checkbox(on, name);
        }
    });
    ui.checkbox(&mut state.options.lanes, t.lanes);
    ui.checkbox(&mut state.options.evidence, crate::i18n::evidence::t().tint);
    state.journeys.retain(|(id, _)| map.journey(*id).is_some());
    state.sync_options();

    ui.separator();
    state.refresh_preview(map, revision);
    let (rect, _) = ui.allocate_exact_size(PREVIEW, egui::Sense::hover());
    ui.painter()
        .rect_filled(rect, 4.0, ui.visuals().extreme_bg_color);
    match state.preview.as_ref().map(|(_, p)| p) {
        Some(Ok(texture)) => {
            let size = texture.size_vec2();
            let fit = (rect.width() / size.x).min(rect.height() / size.y);
            let shown = egui::Rect::from_center_size(rect.center(), size * fit);
            ui.painter().image(
                texture.id(),
                shown,
                egui::Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1.0, 1.0)),
                egui::Color32::WHITE,
            );
        }
        Some(Err(problem)) => {
            ui.put(
                rect.shrink(12.0),
                egui::Label::new(fill(t.no_preview, &[("problem", problem)])).wrap(),
            );
        }
        None => {
            ui.put(rect, egui::Spinner::new());
        }
    }
    if state.preview_job.is_some() && state.preview.is_some() {
        ui.put(
            egui::Rect::from_min_size(
                rect.right_top() - egui::vec2(24.0, -4.0),
                egui::vec2(20.0, 20.0),
            ),
            egui::Spinner::new(),
        );
    }
    if state.format == Format::Pdf && !state.tile {
        let pages = picture::pdf_page_count(map, &state.options);
        let text = if pages == 1 {
            t.pages_one
        } else {
            t.pages_many
        };
        ui.label(fill(
            text,
            &[("pages", &pages), ("paper", &state.paper.name())],
        ));
    }

    ui.separator();
    ui.horizontal(|ui| {
        ui.label(t.save_to);
        let field = egui::TextEdit::singleline(&mut state.path)
            .desired_width(340.0)
            .hint_text(t.path_hint);
        ui.add(field)
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t.save_to_name));
        if !state.no_file_dialog
            && ui
                .add_enabled(state.browse_job.is_none(), egui::Button::new(t.choose))
                .clicked()
        {
            state.browse(map);
        }
    });
    // The other formats, each named by the file it writes beside this one.
    ui.horizontal_wrapped(|ui| {
        ui.label(d.also_write);
        let base = base_of(state.path.trim(), state.format);
        let stem = Path::new(&base)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for format in Format::ALL {
            if format == state.format {
                continue;
            }
            let mut on = state.also.contains(&format);
            let name = format!("{stem}{}", format.suffix());
            if ui
                .checkbox(&mut on, name)
                .on_hover_text(format.label())
                .changed()
            {
                state.also.retain(|f| *f != format);
                if on {
                    state.also.push(format);
                }
            }
        }
    });
    if let Some((text, is_error)) = &state.message {
        let color = if *is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().text_color()
        };
        ui.add(egui::Label::new(egui::RichText::new(text).color(color)).wrap());
    }
    let mut close = false;
    ui.horizontal(|ui| {
        let ready = !state.exporting()
            && (state.journeys.is_empty() || state.journeys.iter().any(|(_, on)| *on));
        if ui.add_enabled(ready, egui::Button::new(t.export)).clicked() {
            state.start_export(map);
        }
        if ui.button(t.close).clicked() {
            close = true;
        }
    });
    close
}
