//! `headcount extract`: documents → claims, printed as JSON Lines or a table.

use crate::reader::{claims_of, Batches};
use headcount_extract::Claim;
use headcount_ingest::{InputError, Source, SourceDoc};
use rayon::prelude::*;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Documents are extracted in parallel in batches of this many, in input order: large
/// enough that the pool rarely waits at a batch's end, small enough for flat memory.
const BATCH: usize = 2048;

#[derive(Default)]
struct Summary {
    documents: u64,
    with_claims: u64,
    claims: u64,
    skipped: Vec<InputError>,
    /// Writing stdout failed (a closed pipe): the run stops.
    failed_write: bool,
}

/// What the writer thread receives, in input order.
enum Output {
    /// Extracted documents with their claims.
    Done(Vec<SourceDoc>, Vec<Vec<Claim>>),
    /// An input the readers skipped.
    Skipped(InputError),
}

pub fn run(
    paths: &[PathBuf],
    format: Option<&'static dyn Source>,
    web: &headcount_ingest::WebOptions,
    json: bool,
    with_text: bool,
) -> ExitCode {
    let batches = Batches::start(paths, BATCH, format, web);
    // Output is written on its own thread, so that the pool extracts the next batch
    // meanwhile instead of waiting for serialisation.
    let (tx, rx) = std::sync::mpsc::sync_channel::<Output>(2);
    let writer = std::thread::spawn(move || write_all(rx, json, with_text));
    let mut docs: Vec<SourceDoc> = Vec::with_capacity(BATCH);
    let extract = |docs: &mut Vec<SourceDoc>| {
        let results: Vec<Vec<Claim>> = docs.par_iter().map(claims_of).collect();
        Output::Done(std::mem::take(docs), results)
    };
    let mut warned = crate::ingest_cmd::Warned::default();
    'read: for items in batches.rx.iter() {
        for item in items {
            match item {
                Ok(doc) => {
                    if let Some(w) = &doc.warning {
                        eprintln!(
                            "headcount: warning: {}: {w}",
                            crate::ingest_cmd::location(&doc)
                        );
                        warned.count(w);
                    }
                    docs.push(doc)
                }
                Err(e) => {
                    // Keep output in input order: what was read before the error goes first.
                    if !docs.is_empty() && tx.send(extract(&mut docs)).is_err() {
                        break 'read;
                    }
                    if tx.send(Output::Skipped(e)).is_err() {
                        break 'read;
                    }
                }
            }
        }
        // The writer hangs up when stdout fails.
        if !docs.is_empty() && tx.send(extract(&mut docs)).is_err() {
            break;
        }
    }
    drop(tx);
    for note in batches.finish() {
        eprintln!("headcount: {note}");
    }
    let summary = writer.join().unwrap_or_else(|_| Summary {
        failed_write: true,
        ..Summary::default()
    });
    eprintln!(
        "headcount: {} documents read, {} with claims, {} claims, {} skipped{}",
        summary.documents,
        summary.with_claims,
        summary.claims,
        summary.skipped.len(),
        warned.note()
    );
    if summary.failed_write {
        // A closed pipe (`| head`) is not an error worth a message beyond the exit status.
        ExitCode::from(3)
    } else if summary.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The writer thread: prints each batch (JSON Lines or tables) and each skipped input
/// in input order, and counts them.
fn write_all(rx: std::sync::mpsc::Receiver<Output>, json: bool, with_text: bool) -> Summary {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut summary = Summary::default();
    // One line's JSON, reused from document to document.
    let mut line = Vec::new();
    for item in rx {
        match item {
            Output::Done(docs, results) => {
                if write_batch(
                    &mut out,
                    &mut line,
                    &mut summary,
                    &docs,
                    &results,
                    json,
                    with_text,
                )
                .is_err()
                {
                    summary.failed_write = true;
                    // Dropping the receiver tells the extracting side to stop.
                    return summary;
                }
            }
            Output::Skipped(e) => {
                // What came before is on stdout before the message is on stderr.
                summary.failed_write |= out.flush().is_err();
                eprintln!("headcount: skipped {e}");
                summary.skipped.push(e);
            }
        }
    }
    summary.failed_write |= out.flush().is_err();
    summary
}

fn write_batch(
    out: &mut impl Write,
    line: &mut Vec<u8>,
    summary: &mut Summary,
    docs: &[SourceDoc],
    results: &[Vec<Claim>],
    json: bool,
    with_text: bool,
) -> io::Result<()> {
    for (doc, claims) in docs.iter().zip(results) {
        summary.documents += 1;
        summary.claims += claims.len() as u64;
        summary.with_claims += u64::from(!claims.is_empty());
        if json {
            write_json(out, line, doc, claims, with_text)?;
        } else {
            write_table(out, doc, claims)?;
        }
    }
    Ok(())
}

/// Writes a document's line of JSON, built in `line`.
fn write_json(
    out: &mut impl Write,
    line: &mut Vec<u8>,
    doc: &SourceDoc,
    claims: &[Claim],
    with_text: bool,
) -> io::Result<()> {
    line.clear();
    crate::json_line::write_line(line, doc, claims, with_text);
    line.push(b'\n');
    out.write_all(line)
}

fn write_table(out: &mut impl Write, doc: &SourceDoc, claims: &[Claim]) -> io::Result<()> {
    let name = match doc.line {
        Some(l) => format!("{}:{}", doc.path, l),
        None => doc.path.clone(),
    };
    writeln!(out, "{name}  {}", doc.title.as_deref().unwrap_or(""))?;
    if claims.is_empty() {
        return writeln!(out, "  (no layoff claims)\n");
    }
    writeln!(
        out,
        "  {:<10} {:<28} {:<23} {:<30} {:>6}  units",
        "kind", "company", "date", "headcount", "%"
    )?;
    for c in claims {
        let date = c
            .date
            .as_ref()
            .map(|d| {
                if d.earliest == d.latest {
                    d.earliest.to_string()
                } else {
                    format!("{}..{}", d.earliest, d.latest)
                }
            })
            .unwrap_or_else(|| "-".into());
        let head = c
            .headcount
            .as_ref()
            .map(|h| {
                let bound = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(|| "?".into());
                let range = if h.min == h.max && h.min.is_some() {
                    bound(h.min)
                } else {
                    format!("{}..{}", bound(h.min), bound(h.max))
                };
                format!("{range} \"{}\"", h.text)
            })
            .unwrap_or_else(|| "-".into());
        let pct = c
            .percent
            .map(|p| format!("{p}%"))
            .unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "  {:<10} {:<28} {:<23} {:<30} {:>6}  {}",
            c.kind.as_str(),
            truncate(&c.company, 28),
            date,
            truncate(&head, 30),
            pct,
            c.units.join("; ")
        )?;
    }
    writeln!(out)
}

/// `s` cut to `n` characters with an ellipsis, for table columns.
pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('…');
        t
    }
}
