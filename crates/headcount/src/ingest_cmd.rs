//! `headcount ingest`: documents → claims → events in the database.
//!
//! A reader thread parses files a couple of batches ahead; each batch is hashed, the
//! documents already stored are dropped (re-ingest is a lookup), the rest are extracted
//! on every core, and one writer stores the batch with the events it changes in a single
//! transaction. Writing batch k overlaps extracting batch k + 1, so the cores stay busy
//! while SQLite works. A killed run leaves whole batches only; running it again finishes
//! the job.

use crate::reader::{claims_of, Batches};
use headcount_ingest::{tables, InputError, Source, SourceDoc, WebOptions};
use headcount_store::{
    content_hash, NewDocument, SourceKey, SourceType, Store, TableRecord, WriteReport,
};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{sync_channel, Receiver};
use std::time::{Duration, Instant};

/// Documents per transaction: large enough that commits are cheap, small enough that a
/// killed run loses little.
const BATCH: usize = 8192;

#[derive(Default)]
struct Summary {
    read: u64,
    seen: u64,
    skipped: Vec<InputError>,
    /// Documents read with a warning (invalid UTF-8 replaced, a page not fetched).
    warned: Warned,
    written: WriteReport,
}

impl Summary {
    fn add(&mut self, r: &WriteReport) {
        let w = &mut self.written;
        w.documents += r.documents;
        w.already_seen += r.already_seen;
        w.claims += r.claims;
        w.events_created += r.events_created;
        w.events_updated += r.events_updated;
        w.events_superseded += r.events_superseded;
        w.sources_added += r.sources_added;
        w.documents_redated += r.documents_redated;
    }
}

pub fn run(
    paths: &[PathBuf],
    format: Option<&'static dyn Source>,
    web: &WebOptions,
    store: &mut dyn Store,
    db: &str,
) -> ExitCode {
    let started = Instant::now();
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let mut summary = Summary::default();
    let batches = Batches::start(paths, BATCH, format, web);
    let mut failure = None;
    // The batch being extracted on the thread pool while the one before it is written.
    let mut pending: Option<Receiver<Vec<NewDocument>>> = None;
    for items in batches.rx.iter() {
        let mut docs: Vec<SourceDoc> = Vec::with_capacity(items.len());
        for item in items {
            match item {
                Ok(d) => {
                    if let Some(w) = &d.warning {
                        bar.suspend(|| eprintln!("headcount: warning: {}: {w}", location(&d)));
                        summary.warned.count(w);
                    }
                    docs.push(d)
                }
                Err(e) => {
                    bar.suspend(|| eprintln!("headcount: skipped {e}"));
                    summary.skipped.push(e);
                }
            }
        }
        summary.read += docs.len() as u64;
        let next = match select_new(docs, store, &mut summary) {
            Ok(todo) if todo.is_empty() => None,
            Ok(todo) => Some(start_extraction(todo)),
            Err(e) => {
                failure = Some(e);
                break;
            }
        };
        if let Some(batch) = pending.take() {
            if let Err(e) = write_batch(batch, store, &mut summary) {
                failure = Some(e);
                break;
            }
        }
        pending = next;
        let secs = started.elapsed().as_secs_f64().max(1e-3);
        bar.set_message(format!(
            "{} documents ({:.0}/s), {} new, {} claims, {} events new",
            summary.read,
            summary.read as f64 / secs,
            summary.written.documents,
            summary.written.claims,
            summary.written.events_created
        ));
    }
    if let (None, Some(batch)) = (&failure, pending.take()) {
        if let Err(e) = write_batch(batch, store, &mut summary) {
            failure = Some(e);
        }
    }
    for note in batches.finish() {
        eprintln!("headcount: {note}");
    }
    bar.finish_and_clear();
    let s = &summary;
    let w = &s.written;
    eprintln!(
        "headcount: {} documents read, {} new, {} already seen, {} skipped{}; {} claims; events: {} created, {} updated, {} superseded ({db}, {:.1}s)",
        s.read,
        w.documents,
        s.seen + w.already_seen,
        s.skipped.len(),
        s.warned.note(),
        w.claims,
        w.events_created,
        w.events_updated,
        w.events_superseded,
        started.elapsed().as_secs_f64()
    );
    if w.sources_added > 0 || w.documents_redated > 0 {
        eprintln!(
            "headcount: {} copies of stored documents recorded as further sources; {} documents read again from a copy that comes first (an earlier publication date, or the first with one)",
            w.sources_added, w.documents_redated
        );
    }
    if let Some(e) = failure {
        eprintln!("headcount: stopped: {e}; the batch was rolled back, so running the same command again continues where it stopped");
        return ExitCode::from(3);
    }
    if s.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// "path" or "path:line", for messages about one document.
pub fn location(d: &SourceDoc) -> String {
    match d.line {
        Some(l) => format!("{}:{l}", d.path),
        None => d.path.clone(),
    }
}

/// The documents read with a warning, by kind.
#[derive(Default)]
pub struct Warned {
    /// Invalid UTF-8 replaced with U+FFFD.
    lossy: u64,
    /// Any other: a feed item whose page could not be fetched and was read from its summary.
    other: u64,
}

impl Warned {
    pub fn count(&mut self, warning: &str) {
        if warning.starts_with("invalid UTF-8") {
            self.lossy += 1;
        } else {
            self.other += 1;
        }
    }

    /// ", 2 with invalid UTF-8 replaced, 1 with another warning" in a summary, as there were.
    pub fn note(&self) -> String {
        let mut note = String::new();
        if self.lossy > 0 {
            note += &format!(", {} with invalid UTF-8 replaced", self.lossy);
        }
        if self.other > 0 {
            note += &format!(
                ", {} with {}",
                self.other,
                if self.other == 1 {
                    "another warning"
                } else {
                    "other warnings"
                }
            );
        }
        note
    }
}

/// Hashes a batch and keeps the documents not stored yet (the same text twice in one
/// batch is one document too). A document is hashed by its text, or by its key when it
/// has one: a feed item by its GUID or link, so an item whose summary (or fetched page)
/// changed since the last read is still the item already stored.
fn select_new(
    docs: Vec<SourceDoc>,
    store: &mut dyn Store,
    summary: &mut Summary,
) -> headcount_store::Result<Vec<(SourceDoc, String, bool)>> {
    // On this thread: the pool may still be extracting the previous batch, and hashing
    // (xxh3) is fast next to everything else.
    let hashes: Vec<String> = docs
        .iter()
        .map(|d| content_hash(d.key.as_deref().unwrap_or(&d.text)))
        .collect();
    let copies: Vec<(&str, &str, Option<u64>)> = docs
        .iter()
        .zip(&hashes)
        .map(|(d, h)| (h.as_str(), d.path.as_str(), d.line))
        .collect();
    let known = store.known_documents(&copies)?;
    // Each document is read (extracted) when it is new, or when this copy would become
    // its canonical source and is read otherwise (an earlier publication date, or the
    // first, or another URL); a copy from a
    // place not yet recorded is written without reading, as another source; a place
    // already recorded is skipped. A second copy within the batch is read: which of the
    // two is canonical is only known when both are written.
    let mut fresh = HashSet::new();
    let mut todo = Vec::new();
    let mut skipped = 0;
    for ((d, h), k) in docs.into_iter().zip(hashes).zip(known) {
        let read = match &k {
            None => true,
            Some(k) if k.place_known => {
                skipped += 1;
                continue;
            }
            Some(k) => {
                let mine = SourceKey::new(d.published, d.url.as_deref(), &d.path, d.line);
                mine < k.canonical && !mine.reads_like(&k.canonical)
            }
        };
        let read = read || !fresh.insert(h.clone());
        todo.push((d, h, read));
    }
    summary.seen += skipped;
    Ok(todo)
}

/// Extracts the claims of `todo` on the thread pool, in input order; the result arrives
/// on the returned channel.
fn start_extraction(todo: Vec<(SourceDoc, String, bool)>) -> Receiver<Vec<NewDocument>> {
    let (tx, rx) = sync_channel(1);
    rayon::spawn(move || {
        let new: Vec<NewDocument> = todo
            .into_par_iter()
            .map(|(d, hash, read)| {
                // A copy recorded only as another source is not read.
                let claims = if read { claims_of(&d) } else { Vec::new() };
                let (source_type, record) = table_fields(&d);
                NewDocument {
                    hash,
                    path: d.path,
                    line: d.line,
                    source_id: d.id,
                    url: d.url,
                    title: d.title,
                    outlet: d.outlet,
                    published: d.published,
                    text: d.text,
                    claims,
                    source_type,
                    record,
                }
            })
            .collect();
        let _ = tx.send(new);
    });
    rx
}

/// A document's source type, and a table row's dates and site as the store keeps them.
fn table_fields(d: &SourceDoc) -> (SourceType, Option<TableRecord>) {
    let Some(r) = &d.record else {
        return (SourceType::News, None);
    };
    let f = &r.fields;
    let source_type = match f.source_type {
        Some(tables::SourceType::Warn) => SourceType::Warn,
        Some(tables::SourceType::Tracker) => SourceType::Tracker,
        None => SourceType::News,
    };
    let record = TableRecord {
        notice_date: f.notice_date,
        received_date: f.received_date,
        effective_date: f.effective_date,
        city: f.city.clone(),
        county: f.county.clone(),
        state: f.state.clone(),
        address: f.address.clone(),
    };
    (source_type, Some(record))
}

/// Waits for an extracted batch and writes it in one transaction.
fn write_batch(
    batch: Receiver<Vec<NewDocument>>,
    store: &mut dyn Store,
    summary: &mut Summary,
) -> headcount_store::Result<()> {
    let new = batch.recv().map_err(|_| headcount_store::StoreError {
        context: "extracting claims".into(),
        message: "the extraction of a batch stopped before it finished".into(),
    })?;
    if new.is_empty() {
        return Ok(());
    }
    let report = store.write(&new)?;
    summary.add(&report);
    Ok(())
}
