//! The `klantreis` command: the editor window, or a headless command.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use klantreis::cli;

/// Klantreis: a desktop editor for customer journey maps.
#[derive(Parser)]
#[command(version, about, args_conflicts_with_subcommands = true)]
struct Args {
    /// A map file to open in the editor.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Check map files: exit 0 when all are fine, 1 otherwise.
    Check {
        /// The map files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Re-save map files in the current format (keeping FILE.bak).
    Upgrade {
        /// Repair dangling references and out-of-range values instead of refusing.
        #[arg(long)]
        repair: bool,
        /// The map files to upgrade.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write an empty map with a phase template.
    New {
        /// five-phase, see-think-do-care or awareness-loyalty.
        #[arg(long, default_value = "five-phase")]
        template: String,
        /// The language of the phase names: en or nl.
        #[arg(long, default_value = "en")]
        language: String,
        /// Replace OUT if it exists.
        #[arg(long)]
        force: bool,
        /// The file to write.
        out: PathBuf,
    },
    /// Export a map: pictures (SVG, PNG, PDF), spreadsheets (CSV) and calendars (ICS).
    Export {
        /// The map file.
        file: PathBuf,
        /// Write an SVG (vector, text as text) here.
        #[arg(long, value_name = "OUT.svg")]
        svg: Option<PathBuf>,
        /// Write a PNG here.
        #[arg(long, value_name = "OUT.png")]
        png: Option<PathBuf>,
        /// The PNG's scale: 1, 2 or 4 pixels per point.
        #[arg(long, default_value_t = 1.0)]
        scale: f32,
        /// The PNG's background: white or transparent.
        #[arg(long, default_value = "white")]
        background: String,
        /// Write a PDF here (one landscape page, fonts embedded).
        #[arg(long, value_name = "OUT.pdf")]
        pdf: Option<PathBuf>,
        /// The PDF's paper: a4 or a3, landscape.
        #[arg(long, default_value = "a4")]
        paper: String,
        /// Draw only this journey (by name); repeat for more. Default: all.
        #[arg(long = "journey", value_name = "NAME")]
        journeys: Vec<String>,
        /// Leave out the lanes (actions, thoughts, pain points, opportunities, touchpoints).
        #[arg(long)]
        no_lanes: bool,
        /// Add a PDF page for each persona.
        #[arg(long)]
        personas: bool,
        /// Add the content calendar to the PDF.
        #[arg(long)]
        calendar: bool,
        /// Write the content calendar as CSV here (UTF-8, for Excel and LibreOffice).
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,
        /// Write every journey's steps with their lanes as CSV here.
        #[arg(long, value_name = "OUT.csv")]
        steps_csv: Option<PathBuf>,
        /// Write the content calendar as iCalendar here (Outlook, Google, Apple Calendar).
        #[arg(long, value_name = "OUT.ics")]
        ics: Option<PathBuf>,
        /// Separate CSV fields with semicolons, for Excel set to Dutch.
        #[arg(long)]
        semicolons: bool,
    },
}

fn main() {
    let args = Args::parse();
    let code = match args.command {
        Some(Command::Check { files }) => cli::check(&files),
        Some(Command::Upgrade { repair, files }) => cli::upgrade(&files, repair),
        Some(Command::New {
            template,
            language,
            force,
            out,
        }) => cli::new(&template, &language, &out, force),
        Some(Command::Export {
            file,
            svg,
            png,
            scale,
            background,
            pdf,
            paper,
            journeys,
            no_lanes,
            personas,
            calendar,
            csv,
            steps_csv,
            ics,
            semicolons,
        }) => cli::export(&cli::ExportRequest {
            file,
            svg,
            png,
            pdf,
            scale,
            background,
            paper,
            journeys,
            no_lanes,
            personas,
            calendar,
            csv,
            steps_csv,
            ics,
            semicolons,
        }),
        None => match klantreis::ui::run(args.file) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!(
                    "Klantreis could not open its window: {e}. It needs a graphical desktop \
                     with OpenGL; the commands check, upgrade, new and export work without one."
                );
                2
            }
        },
    };
    std::process::exit(code);
}
