//! `headcount status` (what the database holds, and which extractor rules read it) and
//! `headcount rebuild` (re-read the documents other rules read, with this build's).

use headcount_extract::{extract, RULES_VERSION};
use headcount_store::rebuild::{self, Options};
use headcount_store::{Counts, RulesCount, Store};
use indicatif::{ProgressBar, ProgressStyle};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// What `status` reports, as JSON with `--json`.
#[derive(serde::Serialize)]
struct Status<'a> {
    database: &'a str,
    documents: u64,
    claims: u64,
    events: u64,
    /// This build's rules version.
    rules: &'a str,
    /// News documents by the rules version that read them.
    versions: Vec<Version>,
    /// News documents other rules read.
    due: Due,
    /// Whether a rebuild has nothing to re-read.
    up_to_date: bool,
}

#[derive(serde::Serialize)]
struct Version {
    rules: Option<String>,
    documents: u64,
    claims: u64,
    kept: u64,
    current: bool,
}

#[derive(serde::Serialize, Default)]
struct Due {
    documents: u64,
    /// With their text kept: `rebuild` re-reads them.
    rereadable: u64,
    /// Read with no claims, so their text was not kept: only their sources hold it.
    without_text: u64,
}

fn due(counts: &[RulesCount]) -> Due {
    let mut due = Due::default();
    for c in counts
        .iter()
        .filter(|c| c.rules.as_deref() != Some(RULES_VERSION))
    {
        due.documents += c.documents;
        due.rereadable += c.kept;
        due.without_text += c.documents.saturating_sub(c.kept);
    }
    due
}

pub fn status(store: &dyn Store, db: &str, json: bool) -> ExitCode {
    let (counts, rules) = match store.counts().and_then(|c| Ok((c, store.rules_counts()?))) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("headcount: {e}");
            return ExitCode::from(3);
        }
    };
    let Counts {
        documents,
        claims,
        events,
    } = counts;
    let due = due(&rules);
    let status = Status {
        database: db,
        documents,
        claims,
        events,
        rules: RULES_VERSION,
        versions: rules
            .into_iter()
            .map(|c| Version {
                current: c.rules.as_deref() == Some(RULES_VERSION),
                rules: c.rules,
                documents: c.documents,
                claims: c.claims,
                kept: c.kept,
            })
            .collect(),
        up_to_date: due.rereadable == 0,
        due,
    };
    let text = if json {
        serde_json::to_string(&status).unwrap_or_else(|_| "{}".into())
    } else {
        status_text(&status)
    };
    let mut out = std::io::stdout().lock();
    match std::io::Write::write_all(&mut out, format!("{text}\n").as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("headcount: writing output: {e}");
            ExitCode::from(3)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn status_text(s: &Status) -> String {
    let mut out = format!(
        "{}: {} documents, {} claims, {} events\nthis build's rules: {}\nnews documents by the rules that read them:\n",
        s.database, s.documents, s.claims, s.events, s.rules
    );
    if s.versions.is_empty() {
        out += "  none\n";
    }
    for v in &s.versions {
        out += &format!(
            "  {:<24} {:>9} documents {:>9} claims {:>9} with text kept{}\n",
            v.rules.as_deref().unwrap_or("(not recorded)"),
            v.documents,
            v.claims,
            v.kept,
            if v.current { "  (this build)" } else { "" }
        );
    }
    let d = &s.due;
    let without_text = format!(
        "{} without kept text: read with no claims, so only their sources hold their text",
        d.without_text
    );
    if !s.up_to_date {
        out += &format!(
            "rebuild due: {} documents read by other rules ({} re-readable: run `headcount --db {} rebuild`; {without_text})",
            d.documents, d.rereadable, s.database
        );
    } else if d.documents > 0 {
        out += &format!(
            "up to date: nothing left to re-read ({} documents read by other rules, {without_text})",
            d.documents
        );
    } else {
        out += "up to date";
    }
    out
}

pub fn rebuild(store: &mut dyn Store, db: &str, company: Option<&str>, all: bool) -> ExitCode {
    let started = Instant::now();
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    let options = Options {
        company,
        all,
        ..Options::default()
    };
    let mut last = rebuild::Summary::default();
    let result = rebuild::rebuild(store, &extract, RULES_VERSION, &options, &mut |s| {
        last = s.clone();
        bar.set_message(format!(
            "{} documents re-read, claims {} -> {}, {} events new",
            s.documents, s.claims_before, s.claims_after, s.written.events_created
        ));
    });
    bar.finish_and_clear();
    let (s, failure) = match result {
        Ok(s) => (s, None),
        Err(e) => (last, Some(e)),
    };
    let w = &s.written;
    eprintln!(
        "headcount: {} documents re-read by rules {RULES_VERSION}{}; claims: {} before, {} after; events: {} created, {} updated, {} superseded ({db}, {:.1}s)",
        s.documents,
        if w.not_reread > 0 {
            format!(", {} gone before they were re-read", w.not_reread)
        } else {
            String::new()
        },
        s.claims_before,
        s.claims_after,
        w.events_created,
        w.events_updated,
        w.events_superseded,
        started.elapsed().as_secs_f64()
    );
    if let Some(e) = failure {
        eprintln!("headcount: stopped: {e}; the batch was rolled back and the ones before it kept, so running the same command again continues where it stopped");
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}
