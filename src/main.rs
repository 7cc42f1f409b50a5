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
    /// Start in workshop mode: full screen and large, for a projector (F11 leaves it).
    #[arg(long)]
    workshop: bool,
    /// Open invitations for the room (participants' phones) in workshop mode; prints the join link.
    #[arg(long)]
    invite: bool,
    /// Where participants join: ADDR:PORT (default: this laptop's local-network address, a free port).
    #[arg(long, value_name = "ADDR:PORT")]
    invite_on: Option<std::net::SocketAddr>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
// Parsed once per run: the size of the export's options does not matter.
#[allow(clippy::large_enum_variant)]
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
        /// Upgrade read-only maps too (they stay read-only).
        #[arg(long)]
        force: bool,
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
    Export(cli::ExportRequest),
    /// Say what changed between two versions of a map: exit 0 when equal, 1 when different.
    Diff {
        /// The older version.
        old: PathBuf,
        /// The newer version.
        new: PathBuf,
        /// The language of the report: en or nl. Default: the system's.
        #[arg(long, value_name = "en|nl", value_parser = ["en", "nl"])]
        lang: Option<String>,
    },
    /// Merge two copies of a map that share an ancestor: exit 0 when clean, 1 with conflicts.
    Merge {
        /// The common ancestor.
        base: PathBuf,
        /// This copy; the result replaces it unless --output is given.
        ours: PathBuf,
        /// The other copy.
        theirs: PathBuf,
        /// Write the result here instead of replacing OURS.
        #[arg(long, value_name = "OUT")]
        output: Option<PathBuf>,
        /// The language of the report: en or nl. Default: the system's.
        #[arg(long, value_name = "en|nl", value_parser = ["en", "nl"])]
        lang: Option<String>,
    },
    /// Make git merge and diff maps through Klantreis in this repository.
    GitSetup,
    /// Import measurements (--metrics) or survey scores (--survey) from CSV into a map.
    Import(cli::ImportRequest),
    /// git's diff driver (set up by git-setup).
    #[command(hide = true)]
    GitDiff {
        /// The arguments git passes.
        args: Vec<PathBuf>,
    },
    /// List a map's snapshots; --show NAME writes one as a readable map file.
    Snapshot(cli::SnapshotRequest),
}

fn main() {
    let args = Args::parse();
    let code = match args.command {
        Some(Command::Check { files }) => cli::check(&files),
        Some(Command::Upgrade {
            repair,
            force,
            files,
        }) => cli::upgrade_with(&files, repair, force),
        Some(Command::New {
            template,
            language,
            force,
            out,
        }) => cli::new(&template, &language, &out, force),
        Some(Command::Export(request)) => cli::export(&request),
        Some(Command::Diff { old, new, lang }) => {
            klantreis::i18n::set_language(cli::language(lang.as_deref()));
            cli::diff(&old, &new)
        }
        Some(Command::Merge {
            base,
            ours,
            theirs,
            output,
            lang,
        }) => {
            klantreis::i18n::set_language(cli::language(lang.as_deref()));
            cli::merge(&base, &ours, &theirs, output.as_deref())
        }
        Some(Command::Import(request)) => cli::import(&request),
        Some(Command::GitSetup) => cli::git_setup(),
        Some(Command::GitDiff { args }) => cli::git_diff(&args),
        Some(Command::Snapshot(request)) => cli::snapshot(&request),
        None => match klantreis::ui::run_inviting(
            args.file,
            args.workshop,
            (args.invite || args.invite_on.is_some()).then_some(args.invite_on),
        ) {
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
