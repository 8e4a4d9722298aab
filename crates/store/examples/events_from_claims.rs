//! Events from claims given as JSON: the store's rules on claims that did not come from
//! the extractor, so that they can be judged on their own.
//!
//! ```text
//! cargo run --release -p headcount-store --example events_from_claims -- CLAIMS.jsonl
//! ```
//! CLAIMS.jsonl holds one document a line, in the shape `headcount extract --json` writes
//! (`source.path`, `source.published`, `claims` with kind, company, parent, aliases,
//! date, headcount, percent, units, locations). The documents are written to a store in
//! memory and its events are printed as JSON Lines, like `headcount events --json`.
//! `crates/store/examples/gold_events.py` makes such a file from a labelled corpus.

use chrono::NaiveDate;
use headcount_extract::{Claim, DateInterval, Headcount, Kind, Precision};
use headcount_store::{content_hash, EventFilter, NewDocument, SqliteStore, Store};
use serde_json::Value;
use std::io::{BufRead, Write};
use std::process::ExitCode;

fn date(v: &Value) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(v.as_str()?.get(..10)?, "%Y-%m-%d").ok()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

fn claim(c: &Value) -> Option<Claim> {
    let kind = match c["kind"].as_str()? {
        "plan" => Kind::Plan,
        "cumulative" => Kind::Cumulative,
        "closure" => Kind::Closure,
        "hiring" => Kind::Hiring,
        _ => Kind::Layoff,
    };
    let d = &c["date"];
    let date = match (date(&d["earliest"]), date(&d["latest"])) {
        (Some(earliest), Some(latest)) => Some(DateInterval {
            text: d["text"].as_str().unwrap_or("").to_owned(),
            earliest,
            latest,
            precision: match d["precision"].as_str().unwrap_or("year") {
                "day" => Precision::Day,
                "month" => Precision::Month,
                "quarter" => Precision::Quarter,
                "half" => Precision::Half,
                _ => Precision::Year,
            },
        }),
        _ => None,
    };
    let h = &c["headcount"];
    let headcount = (h["min"].is_u64() || h["max"].is_u64()).then(|| Headcount {
        text: h["text"].as_str().unwrap_or("").to_owned(),
        min: h["min"].as_u64(),
        max: h["max"].as_u64(),
    });
    Some(Claim {
        kind,
        company: c["company"].as_str()?.to_owned(),
        parent: c["parent"].as_str().map(String::from),
        aliases: strings(&c["aliases"]),
        date,
        headcount,
        percent: c["percent"].as_f64(),
        units: strings(&c["units"]),
        locations: strings(&c["locations"]),
        reasons: Vec::new(),
        severance: None,
        evidence: Vec::new(),
        confidence: c["confidence"].as_f64().unwrap_or(0.8),
    })
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: events_from_claims CLAIMS.jsonl");
        return ExitCode::from(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let mut docs = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<Value>(&line) else {
            eprintln!("{path}:{}: not JSON", n + 1);
            continue;
        };
        let s = &v["source"];
        let doc_path = s["path"].as_str().unwrap_or("").to_owned();
        docs.push(NewDocument {
            hash: content_hash(&line),
            path: doc_path,
            line: None,
            source_id: s["id"].as_str().map(String::from),
            url: s["url"].as_str().map(String::from),
            title: s["title"].as_str().map(String::from),
            outlet: None,
            published: date(&s["published"]),
            text: String::new(),
            claims: v["claims"]
                .as_array()
                .map(|a| a.iter().filter_map(claim).collect())
                .unwrap_or_default(),
            source_type: Default::default(),
            record: None,
        });
    }
    // HEADCOUNT_DB keeps the database (a fresh file) for a closer look; else in memory.
    let opened = match std::env::var_os("HEADCOUNT_DB") {
        Some(db) => SqliteStore::open(std::path::Path::new(&db)),
        None => SqliteStore::open_in_memory(),
    };
    let mut store = match opened {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = store.write(&docs) {
        eprintln!("{e}");
        return ExitCode::from(1);
    }
    let mut out = std::io::stdout().lock();
    let events = store.events(&EventFilter::default()).expect("events");
    for e in events {
        let _ = writeln!(out, "{}", e.json);
    }
    ExitCode::SUCCESS
}
