//! The `headcount` binary: wires the readers (`headcount-ingest`), the extractor
//! (`headcount-extract`) and the event store (`headcount-store`) into the commands of
//! SPEC.md.

mod extract_cmd;
mod ingest_cmd;
mod json_line;
mod reader;
mod rebuild_cmd;
mod serve;
mod views_cmd;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use headcount_store::{EventFilter, PgStore, SqliteStore, Store};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// mimalloc: extraction makes many small, short-lived allocations, which glibc's
/// allocator serves markedly slower (BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "headcount",
    version,
    about = "Layoff intelligence: every figure traced to its sentence"
)]
struct Cli {
    /// The database: a SQLite file (created by `ingest` when missing), or a PostgreSQL URL
    /// (`postgres://user@host:port/db`: the store that several writers share).
    #[arg(
        long,
        global = true,
        env = "HEADCOUNT_DB",
        default_value = "headcount.db"
    )]
    db: String,
    /// Colour and bold in the output: `auto` when standard output is a terminal and
    /// NO_COLOR is unset or empty.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    color: ColorArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

impl ColorArg {
    /// Whether to colour: `never` and `always` say so; `auto` colours a terminal unless
    /// NO_COLOR is set to something (no-color.org).
    fn on(self, terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
        match self {
            ColorArg::Never => false,
            ColorArg::Always => true,
            ColorArg::Auto => terminal && no_color.is_none_or(|v| v.is_empty()),
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    Layoff,
    Plan,
    Cumulative,
    Closure,
    Hiring,
}

#[derive(Clone, Copy, ValueEnum)]
enum SourceArg {
    News,
    Warn,
    Tracker,
}

#[derive(Subcommand)]
enum Command {
    /// Extract layoff claims from documents; touches no database.
    Extract {
        /// Read every file as this format instead of going by its name and header:
        /// text, json, jsonl, html, html.gz, feed, csv, or a table layout (warn-ca, warn-tx,
        /// warn-wa, warn-ny, warn-va, warn-mi, tracker).
        #[arg(long, value_parser = parse_format)]
        format: Option<&'static dyn headcount_ingest::Source>,
        /// Print one JSON object per document (JSON Lines) instead of a table.
        #[arg(long)]
        json: bool,
        /// With --json: add `source.text`, the document text that evidence offsets point into.
        #[arg(long)]
        with_text: bool,
        #[command(flatten)]
        web: WebArgs,
        /// Files or folders (recursive), or http(s) feed URLs; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Read documents into the database: claims, then events (idempotent).
    ///
    /// Articles (.txt, .json, .jsonl, .html), RSS/Atom feeds (.rss, .atom, .xml, or an
    /// http(s) URL; each item is an article), WARN notices and tracker tables (.csv,
    /// recognised by their header) are read; a table row is a claim as it stands.
    /// Reading a feed again adds only the items not seen before.
    Ingest {
        /// Read every file as this format instead of going by its name and header:
        /// text, json, jsonl, html, html.gz, feed, csv, or a table layout (warn-ca, warn-tx,
        /// warn-wa, warn-ny, warn-va, warn-mi, tracker).
        #[arg(long, value_parser = parse_format)]
        format: Option<&'static dyn headcount_ingest::Source>,
        #[command(flatten)]
        web: WebArgs,
        /// Files or folders (recursive), or http(s) feed URLs; `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// List events, newest first.
    Events {
        /// A company name: its events and its subsidiaries'.
        #[arg(long)]
        company: Option<String>,
        /// Events that end on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<NaiveDate>,
        /// Events that start on or before this date (YYYY-MM-DD).
        #[arg(long)]
        until: Option<NaiveDate>,
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Events with a source of this type.
        #[arg(long, value_enum)]
        source: Option<SourceArg>,
        /// Events with a WARN notice from this state (a two-letter code, `CA`).
        #[arg(long, value_parser = parse_state)]
        state: Option<String>,
        /// At most this many events.
        #[arg(long)]
        limit: Option<usize>,
        /// One event JSON object a line.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV with a header row.
        #[arg(long)]
        csv: bool,
    },
    /// One event: each source, its evidence sentences and the merge log.
    Show {
        /// An event id (an older id of the event works too).
        id: String,
        /// Print at most this many sources, and of the merge log its latest this many
        /// entries; 0 prints all.
        #[arg(long, value_name = "N", default_value_t = 20)]
        sources: usize,
    },
    /// One company's history: its rounds, the teams hit, severance, where it still hires.
    Company {
        name: String,
        /// Count "how recent" from this date instead of today (YYYY-MM-DD).
        #[arg(long, hide = true)]
        today: Option<NaiveDate>,
        /// Print at most this many sources under each round; 0 prints all.
        #[arg(long, value_name = "N", default_value_t = 3)]
        sources: usize,
    },
    /// What the database holds, and which extractor rules read its documents.
    Status {
        /// One JSON object.
        #[arg(long)]
        json: bool,
    },
    /// Re-read the stored documents that other extractor rules read, with this build's,
    /// and bring their events up to date.
    ///
    /// Each batch is one transaction: a rebuild that is stopped continues where it
    /// stopped when run again. Documents read with no claims kept no text and are not
    /// re-read; WARN and tracker rows are claims as they stand.
    Rebuild {
        /// Only documents with a claim of this company (its family, as `events --company`).
        #[arg(long)]
        company: Option<String>,
        /// Every document with its text kept, whatever rules read it.
        #[arg(long)]
        all: bool,
    },
    /// The web dashboard and the HTTP API (JSON, CSV, Atom) over the database.
    ///
    /// Binds 127.0.0.1 unless --addr says otherwise. Writes (POST /api/v1/documents) need
    /// the token in HEADCOUNT_TOKEN, sent as `Authorization: Bearer <token>`; without it
    /// they are off.
    Serve {
        /// Where to listen.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Count "how recent" from this date instead of today (YYYY-MM-DD).
        #[arg(long, hide = true)]
        today: Option<NaiveDate>,
    },
    /// Print a shell completion script; touches no database.
    ///
    /// `headcount completions bash > /etc/bash_completion.d/headcount`
    Completions {
        #[arg(value_enum)]
        shell: ShellArg,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ShellArg {
    Bash,
    Zsh,
    Fish,
}

fn completions(shell: ShellArg) -> ExitCode {
    use clap_complete::Shell;
    let shell = match shell {
        ShellArg::Bash => Shell::Bash,
        ShellArg::Zsh => Shell::Zsh,
        ShellArg::Fish => Shell::Fish,
    };
    let mut command = <Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "headcount", &mut std::io::stdout());
    ExitCode::SUCCESS
}

/// `--sources N` as a limit: 0 is none.
fn limit(n: usize) -> views_cmd::Limit {
    (n != 0).then_some(n)
}

/// How feed URLs and, with `--fetch-pages`, their items' pages are fetched.
#[derive(clap::Args)]
struct WebArgs {
    /// Fetch each feed item's link and read the page as HTML instead of the item's summary
    /// (a page that fails leaves the summary, with a warning).
    #[arg(long)]
    fetch_pages: bool,
    /// Give up on a feed URL or page after this many seconds (the whole request).
    #[arg(long, value_name = "SECS", default_value_t = 30.0)]
    timeout: f64,
    /// At most one request per host every this many milliseconds.
    #[arg(long, value_name = "MS", default_value_t = 1000)]
    rate_limit: u64,
}

impl WebArgs {
    fn options(&self) -> Result<headcount_ingest::WebOptions, ExitCode> {
        let timeout = std::time::Duration::try_from_secs_f64(self.timeout)
            .ok()
            .filter(|t| !t.is_zero());
        let Some(timeout) = timeout else {
            eprintln!("headcount: --timeout takes a positive number of seconds");
            return Err(ExitCode::from(2));
        };
        Ok(headcount_ingest::WebOptions {
            fetch_pages: self.fetch_pages,
            timeout,
            per_host: std::time::Duration::from_millis(self.rate_limit),
            ..headcount_ingest::WebOptions::default()
        })
    }
}

fn parse_state(s: &str) -> Result<String, String> {
    let code = s.trim().to_ascii_uppercase();
    if code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err(format!("{s:?} is not a two-letter state code (CA, TX, …)"))
    }
}

fn parse_format(name: &str) -> Result<&'static dyn headcount_ingest::Source, String> {
    headcount_ingest::format(name)
}

fn open(db: &str, for_queries: bool) -> Result<Box<dyn Store>, ExitCode> {
    let store = if db.starts_with("postgres://") || db.starts_with("postgresql://") {
        if for_queries {
            PgStore::connect_for_queries(db)
        } else {
            PgStore::connect(db)
        }
        .map(|s| Box::new(s) as Box<dyn Store>)
    } else {
        let path = std::path::Path::new(db);
        if for_queries {
            SqliteStore::open_for_queries(path)
        } else {
            SqliteStore::open(path)
        }
        .map(|s| Box::new(s) as Box<dyn Store>)
    };
    store.map_err(|e| {
        eprintln!("headcount: {e}");
        ExitCode::from(3)
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let style = views_cmd::Style::new(cli.color.on(
        std::io::stdout().is_terminal(),
        std::env::var_os("NO_COLOR").as_deref(),
    ));
    let store = match &cli.command {
        Command::Extract { .. } | Command::Completions { .. } => None,
        Command::Serve { addr, today } => return serve::run(&cli.db, *addr, *today),
        // A rebuild writes, but only what is there: it makes no database.
        Command::Rebuild { .. } if !cli.db.contains("://") && !Path::new(&cli.db).is_file() => {
            eprintln!(
                "headcount: opening {db}: no database here; `headcount --db {db} ingest PATH...` makes one",
                db = cli.db
            );
            return ExitCode::from(3);
        }
        command => match open(
            &cli.db,
            !matches!(command, Command::Ingest { .. } | Command::Rebuild { .. }),
        ) {
            Ok(s) => Some(s),
            Err(code) => return code,
        },
    };
    match (cli.command, store) {
        (
            Command::Extract {
                format,
                web,
                json,
                with_text,
                paths,
            },
            _,
        ) => match web.options() {
            Ok(web) => extract_cmd::run(&paths, format, &web, json, with_text),
            Err(code) => code,
        },
        (Command::Ingest { format, web, paths }, Some(mut store)) => match web.options() {
            Ok(web) => ingest_cmd::run(&paths, format, &web, store.as_mut(), &cli.db),
            Err(code) => code,
        },
        (
            Command::Events {
                company,
                since,
                until,
                kind,
                source,
                state,
                limit,
                json,
                csv,
            },
            Some(store),
        ) => {
            let filter = EventFilter {
                company,
                since,
                until,
                kind: kind.map(|k| {
                    match k {
                        KindArg::Layoff => "layoff",
                        KindArg::Plan => "plan",
                        KindArg::Cumulative => "cumulative",
                        KindArg::Closure => "closure",
                        KindArg::Hiring => "hiring",
                    }
                    .to_owned()
                }),
                source: source.map(|s| {
                    match s {
                        SourceArg::News => "news",
                        SourceArg::Warn => "warn",
                        SourceArg::Tracker => "tracker",
                    }
                    .to_owned()
                }),
                state,
                limit,
                ..EventFilter::default()
            };
            let format = if json {
                views_cmd::Format::Json
            } else if csv {
                views_cmd::Format::Csv
            } else {
                views_cmd::Format::Table
            };
            views_cmd::events(store.as_ref(), &filter, format, &style)
        }
        (Command::Show { id, sources }, Some(store)) => {
            views_cmd::show(store.as_ref(), &id, limit(sources), &style)
        }
        (
            Command::Company {
                name,
                today,
                sources,
            },
            Some(store),
        ) => {
            let today = today.unwrap_or_else(|| chrono::Utc::now().date_naive());
            views_cmd::company(store.as_ref(), &name, today, limit(sources), &style)
        }
        (Command::Status { json }, Some(store)) => {
            rebuild_cmd::status(store.as_ref(), &cli.db, json)
        }
        (Command::Rebuild { company, all }, Some(mut store)) => {
            rebuild_cmd::rebuild(store.as_mut(), &cli.db, company.as_deref(), all)
        }
        (Command::Completions { shell }, _) => completions(shell),
        (Command::Serve { .. }, _) | (_, None) => ExitCode::from(2),
    }
}

#[cfg(test)]
mod tests {
    use super::ColorArg;
    use std::ffi::OsStr;

    #[test]
    fn colour_follows_the_flag_then_the_terminal_and_no_color() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        for (choice, terminal, no_color, on) in [
            (ColorArg::Never, true, None, false),
            (ColorArg::Always, false, set, true),
            (ColorArg::Auto, true, None, true),
            (ColorArg::Auto, true, empty, true),
            (ColorArg::Auto, true, set, false),
            (ColorArg::Auto, false, None, false),
        ] {
            assert_eq!(
                choice.on(terminal, no_color),
                on,
                "{choice:?} {terminal} {no_color:?}"
            );
        }
    }
}
