//! Pictures of the map: SVG, PNG and PDF, for slides, walls and chats.
//!
//! There is one drawing path. [`svg::map_svg`] draws the map as SVG from the
//! same geometry (`layout`) the canvas paints; the PNG is that SVG rendered by
//! resvg and the PDF is that SVG converted by svg2pdf, both with the font
//! embedded in the program (Noto Sans), so the pictures look the same on every
//! machine. Persona cards and the content calendar are extra PDF pages, drawn
//! as SVG the same way ([`pages`]).

pub mod deck;
mod deck_findings;
mod evidence;
mod experiments;
pub mod findings;
pub mod html;
mod html_findings;
pub mod lanes;
pub mod marker;
mod measured;
pub mod pages;
pub mod pdf;
pub mod pptx;
mod pptx_findings;
pub mod pptx_package;
mod pptx_slide;
pub mod raster;
pub mod svg;
pub mod text;
pub mod tiles;

use crate::i18n::fill;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::model::{JourneyId, Map, Persona};

pub use svg::Picture;

/// What goes into a picture.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// The journeys to draw; `None` draws every journey.
    pub journeys: Option<Vec<JourneyId>>,
    /// Whether to draw each journey's lanes (actions, thoughts, pain points,
    /// opportunities, touchpoints) below the canvas.
    pub lanes: bool,
    /// Whether the PDF gets a page for each persona (of the drawn journeys).
    pub persona_pages: bool,
    /// Whether the PDF gets the content calendar as extra page(s).
    pub calendar_page: bool,
    /// Whether the steps are tinted by their evidence, with a legend.
    pub evidence: bool,
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            journeys: None,
            lanes: true,
            persona_pages: false,
            calendar_page: false,
            evidence: false,
        }
    }
}

impl ExportOptions {
    /// Whether the journey is drawn.
    pub fn includes(&self, id: JourneyId) -> bool {
        self.journeys.as_ref().is_none_or(|ids| ids.contains(&id))
    }

    /// The personas that get a PDF page: all of them when every journey is
    /// drawn, else those who walk a drawn journey. Empty without persona pages.
    pub fn personas<'a>(&self, map: &'a Map) -> Vec<&'a Persona> {
        if !self.persona_pages {
            return Vec::new();
        }
        map.personas
            .iter()
            .filter(|p| {
                self.journeys.is_none()
                    || map
                        .journeys
                        .iter()
                        .any(|j| j.persona == Some(p.id) && self.includes(j.id))
            })
            .collect()
    }
}

/// The background of a PNG.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Background {
    /// Opaque white.
    #[default]
    White,
    /// Transparent where nothing is drawn.
    Transparent,
}

/// The paper of a PDF, always landscape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Paper {
    /// A4: 297 × 210 mm.
    #[default]
    A4,
    /// A3: 420 × 297 mm.
    A3,
}

impl Paper {
    /// Width and height in PDF points (1/72 inch), landscape.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (841.89, 595.28),
            Paper::A3 => (1190.55, 841.89),
        }
    }

    /// The paper's name.
    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
        }
    }
}

/// Why a picture could not be made or written.
#[derive(Debug)]
pub struct ExportError {
    /// The output file, once known.
    pub path: Option<PathBuf>,
    /// What went wrong.
    pub kind: ExportErrorKind,
}

/// What went wrong in an export.
#[derive(Debug)]
pub enum ExportErrorKind {
    /// The options ask for something that cannot be made (a huge PNG, a bad scale).
    Options(String),
    /// Writing the file failed.
    Write(std::io::Error),
    /// The file there is a Klantreis map; an export never replaces a map.
    WouldReplaceMap,
    /// A file is there that Klantreis did not export; it is replaced only
    /// when the user agrees ([`Replace::AnyButMaps`]).
    WouldReplaceOtherFile,
    /// Klantreis failed to make the picture: a bug.
    Internal(String),
}

impl ExportError {
    /// A problem with the options.
    pub fn options(problem: impl Into<String>) -> Self {
        Self {
            path: None,
            kind: ExportErrorKind::Options(problem.into()),
        }
    }

    /// A failure inside Klantreis.
    pub fn internal(problem: impl Into<String>) -> Self {
        Self {
            path: None,
            kind: ExportErrorKind::Internal(problem.into()),
        }
    }

    /// The same error, about this output file.
    pub fn at(mut self, path: &Path) -> Self {
        self.path = Some(path.to_path_buf());
        self
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let t = crate::i18n::export::t();
        let path = self.path.as_ref().map_or_else(
            || t.err_the_picture.to_owned(),
            |p| format!("\"{}\"", p.display()),
        );
        match &self.kind {
            ExportErrorKind::Options(problem) => {
                let text = fill(t.err_options, &[("path", &path), ("problem", problem)]);
                f.write_str(&text)
            }
            ExportErrorKind::Write(e) => {
                let advice = match e.kind() {
                    std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded => {
                        t.err_disk_full
                    }
                    std::io::ErrorKind::PermissionDenied
                    | std::io::ErrorKind::ReadOnlyFilesystem => t.err_denied,
                    std::io::ErrorKind::NotFound => t.err_no_folder,
                    std::io::ErrorKind::IsADirectory => t.err_is_folder,
                    _ => t.err_try_again,
                };
                let text = fill(
                    t.err_write,
                    &[("path", &path), ("error", e), ("advice", &advice)],
                );
                f.write_str(&text)
            }
            ExportErrorKind::WouldReplaceMap => {
                f.write_str(&fill(t.err_replaces_map, &[("path", &path)]))
            }
            ExportErrorKind::WouldReplaceOtherFile => {
                f.write_str(&fill(t.err_replaces_other, &[("path", &path)]))
            }
            ExportErrorKind::Internal(problem) => {
                let text = fill(t.err_internal, &[("path", &path), ("problem", problem)]);
                f.write_str(&text)
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// The map picture (SVG text and size), for previews and for the other formats.
pub fn picture(map: &Map, options: &ExportOptions) -> Picture {
    svg::map_svg(map, options)
}

/// The map picture at full detail, every step and its lanes however long the
/// map: what a tiled poster prints across its pages.
pub fn poster(map: &Map, options: &ExportOptions) -> Picture {
    svg::poster_svg(map, options)
}

/// The map as an SVG document: vector shapes, text as text.
pub fn svg(map: &Map, options: &ExportOptions) -> String {
    picture(map, options).svg
}

/// The map as PNG bytes at `scale` (1, 2, 4: pixels per picture unit).
pub fn png(
    map: &Map,
    options: &ExportOptions,
    scale: f32,
    background: Background,
) -> Result<Vec<u8>, ExportError> {
    raster::png(&picture(map, options), scale, background)
}

/// The map as a PDF: the map fitted to one landscape page, then the persona
/// cards and the content calendar if the options ask for them.
pub fn pdf(map: &Map, options: &ExportOptions, paper: Paper) -> Result<Vec<u8>, ExportError> {
    let mut pages = vec![picture(map, options)];
    let mut photos = svg::Photos::default();
    for persona in options.personas(map) {
        pages.push(pages::persona_page(map, persona, &mut photos));
    }
    if options.calendar_page {
        pages.extend(pages::calendar_pages(map));
        pages.extend(experiments::experiment_pages(map));
    }
    pdf::document(&map.title, &pages, paper)
}

/// The number of pages [`pdf`] makes with these options.
pub fn pdf_page_count(map: &Map, options: &ExportOptions) -> usize {
    1 + options.personas(map).len()
        + if options.calendar_page {
            pages::calendar_page_count(map) + usize::from(map.experiments().next().is_some())
        } else {
            0
        }
}

/// Which existing file an export may replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Replace {
    /// Only a file that Klantreis exported (it carries Klantreis's mark, see
    /// [`marker`]): exporting the same picture again needs no question.
    #[default]
    OwnExports,
    /// Any file but a map: the user agreed (`--force`, or Replace in the app).
    AnyButMaps,
}

/// Whether an export may write `path`: never over a Klantreis map (by its
/// `.ron` name or its content, whatever its name), and over another existing
/// file only if Klantreis exported it or `replace` allows it.
pub fn check_destination(path: &Path, replace: Replace) -> Result<(), ExportError> {
    let refuse = |kind| ExportError {
        path: Some(path.to_path_buf()),
        kind,
    };
    match crate::io::destination(path).map_err(|e| refuse(ExportErrorKind::Write(e)))? {
        crate::io::Destination::Free => Ok(()),
        crate::io::Destination::Map => Err(refuse(ExportErrorKind::WouldReplaceMap)),
        crate::io::Destination::File(head) => {
            let own = marker::is_own_picture(&head) || crate::export::is_own_data_file(&head);
            if own || replace == Replace::AnyButMaps {
                Ok(())
            } else {
                Err(refuse(ExportErrorKind::WouldReplaceOtherFile))
            }
        }
    }
}

/// Writes an exported file (picture, spreadsheet or calendar) atomically:
/// `path` ends up either as it was or with all of `bytes`, never
/// half-written. What may be replaced is checked first
/// ([`check_destination`]); a symbolic link stays a link.
pub fn write(path: &Path, bytes: &[u8], replace: Replace) -> Result<(), ExportError> {
    check_destination(path, replace)?;
    crate::io::write_atomic_via(path, |w| w.write_all(bytes)).map_err(|e| ExportError {
        path: Some(path.to_path_buf()),
        kind: ExportErrorKind::Write(e),
    })
}
