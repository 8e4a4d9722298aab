//! In-process query speed of the SQLite event store on a large database.
//!
//! - `events/company`: `Store::events` for one company (its family and subsidiaries),
//!   what `headcount events --company X` runs. Target: <= 10 ms.
//! - `events/month`: `Store::events` for 2024-03-01..2024-03-31, what `headcount events
//!   --since 2024-03-01 --until 2024-03-31` runs. Target: <= 10 ms.
//! - `seen/8192`: `Store::seen` on a batch of 8,192 content hashes, half stored and half
//!   not, as an ingest asks it; reported in lookups per second.
//!
//! The database is the one `bench/store.sh` builds and caches: 1,000,000 generated
//! documents (`examples/gen_corpus.rs 1000000 0.3 1`), about 100,000 events, at
//! `$HEADCOUNT_BENCH_DB`, else `$CARGO_TARGET_DIR/bench-data/store-1m.db`, else
//! `target/bench-data/store-1m.db`. Without it the bench says so and measures nothing:
//!
//! ```text
//! CARGO_TARGET_DIR=/work/target-bench bench/store.sh          # builds the database once
//! CARGO_TARGET_DIR=/work/target-bench cargo bench -p headcount-store --bench store
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use headcount_store::{content_hash, EventFilter, SqliteStore, Store};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

fn database() -> PathBuf {
    if let Some(p) = std::env::var_os("HEADCOUNT_BENCH_DB") {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target")));
    target.join("bench-data/store-1m.db")
}

fn date(s: &str) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn bench(c: &mut Criterion) {
    let path = database();
    if !path.exists() {
        eprintln!(
            "store bench: no database at {}; build it with bench/store.sh (or set HEADCOUNT_BENCH_DB). Skipping.",
            path.display()
        );
        return;
    }
    let mut store = SqliteStore::open(&path).expect("open the bench database");
    let counts = store.counts().expect("count");
    eprintln!(
        "store bench: {}: {} documents, {} claims, {} events",
        path.display(),
        counts.documents,
        counts.claims,
        counts.events
    );
    let month = EventFilter {
        since: date("2024-03-01"),
        until: date("2024-03-31"),
        ..Default::default()
    };
    let listed = store.events(&month).expect("month listing");
    let Some(company) = listed.first().map(|e| e.company.clone()) else {
        eprintln!("store bench: no events in March 2024; skipping");
        return;
    };
    let by_company = EventFilter {
        company: Some(company.clone()),
        ..Default::default()
    };
    let rounds = store.events(&by_company).expect("company listing").len();
    eprintln!(
        "store bench: the month lists {} events; company {company:?} has {rounds}",
        listed.len()
    );

    let mut group = c.benchmark_group("events");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("company", |b| {
        b.iter(|| store.events(black_box(&by_company)).expect("events").len())
    });
    group.bench_function("month", |b| {
        b.iter(|| store.events(black_box(&month)).expect("events").len())
    });
    group.finish();

    // What ingest asks before reading a batch: half of it stored (copies of stored
    // documents from their own places, spread over the table), half new.
    let mut copies: Vec<(String, String, Option<u64>)> = {
        let conn = rusqlite::Connection::open(&path).expect("open");
        let mut stmt = conn
            .prepare("SELECT hash, path, line FROM documents WHERE doc_id % 97 = 0 LIMIT 4096")
            .expect("prepare");
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get::<_, Option<i64>>(2)?.map(|l| l as u64),
                ))
            })
            .expect("query")
            .collect::<rusqlite::Result<Vec<_>>>()
            .expect("copies");
        rows
    };
    let n = copies.len();
    copies.extend((0..n).map(|i| {
        (
            content_hash(&format!("not stored {i}")),
            "new.jsonl".to_owned(),
            Some(i as u64),
        )
    }));
    let batch: Vec<(&str, &str, Option<u64>)> = copies
        .iter()
        .map(|(h, p, l)| (h.as_str(), p.as_str(), *l))
        .collect();
    let mut group = c.benchmark_group("known_documents");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function(batch.len().to_string(), |b| {
        b.iter(|| {
            store
                .known_documents(black_box(&batch))
                .expect("known")
                .len()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
