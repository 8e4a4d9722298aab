//! headcount-ingest: readers that turn files into documents.
//!
//! The principal types are [`SourceDoc`] (one article, notice or table row with its origin
//! and text), [`Source`] (one input format: the file names it claims and how it reads
//! them) and [`InputError`] (one file or line that could not be read, with the reason).
//! [`documents`] ties the readers together:
//!
//! ```text
//! paths ──walk::Walker──▶ Input {path, Source} ──Source::read──▶ text | newsplease | jsonl | html | feed | tables ──▶ SourceDoc
//! ```
//!
//! An `http(s)` URL among the paths is fetched ([`web`]) and read as a feed ([`feed`]):
//! each item is a document, keyed by its GUID or link ([`SourceDoc::key`]) so that reading
//! the feed again adds only new items.
//!
//! The walker expands folders recursively in sorted order (hidden entries skipped) and `-` to
//! stdin; each file's [`Source`] comes from its name (or `--format`). Whole-file
//! formats (`.txt`, `.json`, `.html`, `.html.gz`, feeds) are read at once (up to 256 MiB); `.jsonl`
//! dumps are streamed line by line in constant memory, and so are `.csv` tables, whose
//! layout ([`tables::Layout`]: a state's WARN notices, a layoff tracker) is recognised by
//! the header. A table row's document carries its claim ready-made in
//! [`SourceDoc::record`]: it needs no text extraction. Bad input never stops the walk: it
//! becomes an [`InputError`] naming the file (and line), and the next document follows.
//!
//! ```
//! use headcount_ingest::documents;
//! let dir = std::env::temp_dir().join(format!("headcount-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("a.txt"), "Acme cuts 200 jobs\n\nAcme said on Monday...").unwrap();
//! std::fs::write(dir.join("b.jsonl"), "{\"maintext\": \"Beta cut 5% of staff.\"}\nnot json\n").unwrap();
//! let results: Vec<_> = documents(&[dir.clone()]).collect();
//! assert_eq!(results[0].as_ref().unwrap().title.as_deref(), Some("Acme cuts 200 jobs"));
//! assert_eq!(results[1].as_ref().unwrap().text, "Beta cut 5% of staff.");
//! assert_eq!(results[2].as_ref().unwrap_err().line, Some(2));
//! std::fs::remove_dir_all(&dir).unwrap();
//! ```

mod check;
mod date;
pub mod feed;
pub mod html;
mod jsonl;
mod nesting;
pub mod newsplease;
mod source;
pub mod tables;
mod text;
mod walk;
pub mod web;

use chrono::NaiveDate;
use std::path::PathBuf;

pub use jsonl::MAX_LINE;
pub use source::{Docs, Source, SOURCES};
pub use tables::Record;
pub use web::WebOptions;

/// One document read from a source, ready for extraction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SourceDoc {
    /// The file it came from, as given on the command line (joined with the walked path).
    pub path: String,
    /// 1-based line within `path` for JSON Lines input.
    pub line: Option<u64>,
    /// The article's own id (news-please `id`), when it has one.
    pub id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub published: Option<NaiveDate>,
    /// The outlet (`source_domain`, or the URL's host).
    pub outlet: Option<String>,
    /// Main text; evidence offsets point into it.
    pub text: String,
    /// A table row's claim, made from its cells (WARN notices, trackers): such a document
    /// is not run through text extraction. `None` for articles.
    pub record: Option<Box<Record>>,
    /// Something read but not as written, for the reader to warn about and count: invalid
    /// UTF-8 replaced with U+FFFD ("invalid UTF-8 at byte 9 (1 byte replaced with U+FFFD)").
    pub warning: Option<String>,
    /// What a second read recognises this document by, when that is not its text: a feed
    /// item's GUID, else its link (see `feed`). `None`: the text is the identity.
    pub key: Option<String>,
}

/// A document that could not be read; the walk continues past it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub path: String,
    pub line: Option<u64>,
    pub reason: String,
}

impl InputError {
    /// An error about a whole file (no line).
    pub(crate) fn file(path: &str, reason: impl Into<String>) -> InputError {
        InputError {
            path: path.to_owned(),
            line: None,
            reason: reason.into(),
        }
    }
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.reason),
            None => write!(f, "{}: {}", self.path, self.reason),
        }
    }
}

impl std::error::Error for InputError {}

/// Walks `paths` and yields their documents in a stable order.
pub fn documents(paths: &[PathBuf]) -> Documents {
    documents_as(paths, None)
}

/// [`documents`], with every file read as `format` when one is given (see [`format`]).
pub fn documents_as(paths: &[PathBuf], format: Option<&'static dyn Source>) -> Documents {
    documents_with(paths, format, &WebOptions::DEFAULT)
}

/// [`documents_as`], with feeds, their URLs and pages fetched as `web` says
/// (`--fetch-pages`, `--timeout`, `--rate-limit`).
pub fn documents_with(
    paths: &[PathBuf],
    format: Option<&'static dyn Source>,
    web: &WebOptions,
) -> Documents {
    let feed: &'static feed::Feed = if *web == WebOptions::DEFAULT {
        &feed::FEED
    } else {
        // One per run that asks for other options: its fetcher lives as long as the run.
        Box::leak(Box::new(feed::Feed::new(web.clone())))
    };
    Documents {
        walker: walk::Walker::new(paths, format, feed),
        current: None,
    }
}

/// The format `--format NAME` names: a source ("text", "json", "jsonl", "html", "html.gz",
/// "csv") or a table layout ("warn-ca", …, "tracker"). The error lists them all.
pub fn format(name: &str) -> Result<&'static dyn Source, String> {
    source::named(name)
}

/// The iterator behind [`documents`]: one open input at a time.
pub struct Documents {
    walker: walk::Walker,
    current: Option<source::Docs>,
}

impl Documents {
    /// Once the iteration is over: the files found in folders that no format reads, one
    /// message per folder and file type ("data: 9 .pdf files not read: …"). They are not
    /// errors (a folder may hold notes), but a run should say so rather than read nothing
    /// in silence.
    pub fn unread_files(&mut self) -> Vec<String> {
        self.walker.unread()
    }
}

impl Iterator for Documents {
    type Item = Result<SourceDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.as_mut().and_then(Iterator::next) {
                return Some(item);
            }
            self.current = None;
            match self.walker.next()? {
                Ok(input) => self.current = Some(source::open(input)),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}
