//! The `headcount` binary: wires the readers (`headcount-ingest`) to the extractor
//! (`headcount-extract`) and prints claims as JSON Lines or a readable table.

mod extract_cmd;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "headcount",
    version,
    about = "Layoff intelligence: every figure traced to its sentence"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract layoff claims from documents; touches no database.
    Extract {
        /// Print one JSON object per document (JSON Lines) instead of a table.
        #[arg(long)]
        json: bool,
        /// With --json: add `source.text`, the document text that evidence offsets point into.
        #[arg(long)]
        with_text: bool,
        /// Files or folders (recursive); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Extract {
            json,
            with_text,
            paths,
        } => extract_cmd::run(&paths, json, with_text),
    }
}
