//! Crash safety of `headcount ingest`: a run killed with SIGKILL in the middle leaves only
//! whole batches behind, and running the same command again ends with the same database as
//! a run that was never interrupted.
//!
//! The input is generated here (templates written for this test, no third-party text): a
//! large news-please JSON Lines file of plain news with layoff reports of invented
//! companies scattered through it (several rounds each, several outlets and wordings per
//! round, so events gain sources and change ids as earlier reports arrive), and a few
//! truncated lines. The RNG and the month and weekday names come from `headcount-testgen`.
//!
//! It runs on every backend of `common::backends` (SQLite; PostgreSQL with a test server).

mod common;
use common::{backends, Backend, Db};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headcount-crash-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

use common::gen::{write_input, COMPANIES, LINES};

fn ingest(db: &Db, input: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_headcount"))
        .arg("--db")
        .arg(db.arg())
        .arg("ingest")
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start headcount ingest")
}

/// Runs ingest to the end; returns its exit code and standard error.
fn ingest_to_end(db: &Db, input: &Path) -> (Option<i32>, String) {
    let out = ingest(db, input).wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The number of committed documents, read while the writer may be running (a database
/// not yet created, or busy, is retried).
fn committed(db: &Db) -> Option<i64> {
    match db {
        Db::Sqlite(path) => {
            let wal = path.with_extension("db-wal");
            if !wal.exists() {
                return None;
            }
            let conn = rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                    | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ok()?;
            conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
                .ok()
        }
        Db::Postgres { url, .. } => {
            let mut c = postgres::Client::connect(url, postgres::NoTls).ok()?;
            c.query_one("SELECT COUNT(*) FROM documents", &[])
                .ok()
                .and_then(|r| r.try_get(0).ok())
        }
    }
}

/// Waits until the running ingest has committed at least `at_least` documents, then kills
/// it with SIGKILL after `delay`. Fails the test if it ends by itself first.
fn kill_after(child: &mut Child, db: &Db, at_least: i64, delay: Duration) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest ended ({status}) before it could be killed: make the input bigger");
        }
        if committed(db).is_some_and(|n| n >= at_least) {
            break;
        }
        assert!(Instant::now() < deadline, "ingest made no progress");
        std::thread::sleep(Duration::from_millis(15));
    }
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL");
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed, not finished: {status}");
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "ended by SIGKILL: {status}");
    }
}

fn assert_consistent(db: &Db) {
    if let Db::Sqlite(path) = db {
        let ok: String = rusqlite::Connection::open(path)
            .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get(0)))
            .unwrap();
        assert_eq!(ok, "ok", "{}", path.display());
    }
    assert_eq!(
        db.count("SELECT COUNT(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)"),
        0,
        "claims without their document in {}",
        db.arg()
    );
    assert_eq!(
        db.count(
            "SELECT COUNT(*) FROM evidence WHERE claim_id NOT IN (SELECT claim_id FROM claims)"
        ),
        0,
        "evidence without its claim in {}",
        db.arg()
    );
    assert_eq!(
        db.count(
            "SELECT COUNT(*) FROM documents d
             WHERE d.claims != (SELECT COUNT(*) FROM claims c WHERE c.doc_id = d.doc_id)"
        ),
        0,
        "documents with missing claims in {}",
        db.arg()
    );
}

/// The state of a database, table by table, without row ids (they are local to a file),
/// timestamps (`documents.ingested_at`, `merge_log.logged_at`) or the history tables
/// (`merge_log`, `event_aliases`): a run that was killed and resumed may legitimately
/// record a different path to the same state there, so only the state is compared.
const STATE: &[(&str, &str)] = &[
    (
        "documents",
        "SELECT hash, path, line, source_id, url, title, outlet, published, reference_date,
                claims, text
         FROM documents",
    ),
    (
        "claims",
        "SELECT d.hash, c.ordinal, c.kind, c.company, c.name_key, c.company_key, c.parent,
                c.aliases, c.date_text, c.date_earliest, c.date_latest, c.date_precision,
                c.headcount_text, c.headcount_min, c.headcount_max, c.percent, c.units,
                c.locations, c.reasons, c.severance, c.confidence, c.event_id, c.join_reason
         FROM claims c JOIN documents d USING (doc_id)",
    ),
    (
        "evidence",
        "SELECT d.hash, c.ordinal, e.start, e.\"end\", e.text, e.fields
         FROM evidence e JOIN claims c USING (claim_id) JOIN documents d USING (doc_id)",
    ),
    (
        "events",
        "SELECT event_id, company, company_key, parent, parent_key, kind, date_earliest,
                date_latest, date_precision, headcount_min, headcount_max, percent, sources,
                json, source_types, states
         FROM events",
    ),
    ("alias_pairs", "SELECT * FROM alias_pairs"),
];

/// Differences of two sorted row lists, for the failure message.
fn diff(a: &[String], b: &[String]) -> String {
    let sa: BTreeSet<&String> = a.iter().collect();
    let sb: BTreeSet<&String> = b.iter().collect();
    let mut msg = format!("{} rows vs {} rows\n", a.len(), b.len());
    for r in sa.difference(&sb).take(5) {
        let _ = writeln!(msg, "  only in the uninterrupted run: {r}");
    }
    for r in sb.difference(&sa).take(5) {
        let _ = writeln!(msg, "  only in the killed-and-resumed run: {r}");
    }
    msg
}

fn events_json(db: &Db) -> String {
    let (code, out, err) = db.run(&["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn a_killed_ingest_resumes_to_the_same_database() {
    let dir = scratch("kill");
    let input = dir.join("dump.jsonl");
    let (bad, good) = write_input(&input);
    for backend in backends() {
        killed_and_resumed(&backend, &dir, &input, &bad, good as i64);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn killed_and_resumed(backend: &Backend, dir: &Path, input: &Path, bad: &[u64], good: i64) {
    let started = Instant::now();
    let a = backend.fresh(dir, "crash_a");
    let b = backend.fresh(dir, "crash_b");

    // The reference: one uninterrupted run.
    let t = Instant::now();
    let (code, err) = ingest_to_end(&a, input);
    let full = t.elapsed();
    assert_eq!(code, Some(1), "the malformed lines are reported: {err}");
    assert!(
        err.contains(&format!(
            "{good} documents read, {good} new, 0 already seen, {} skipped",
            bad.len()
        )),
        "{err}"
    );
    for line in bad {
        assert!(err.contains(&format!("dump.jsonl:{line}")), "{err}");
    }

    // Killed once at about a third of the way and again at about two thirds, then resumed.
    let mut child = ingest(&b, input);
    kill_after(&mut child, &b, good / 3, Duration::ZERO);
    assert_consistent(&b);
    let first = b.count("SELECT COUNT(*) FROM documents");
    assert!(
        first > 0 && first < good,
        "killed mid-run: {first} of {good} documents"
    );

    let mut child = ingest(&b, input);
    // This time not right after a commit: somewhere inside the next batch's work.
    kill_after(&mut child, &b, 2 * good / 3, full / 100);
    assert_consistent(&b);
    let second = b.count("SELECT COUNT(*) FROM documents");
    assert!(
        second > first && second < good,
        "killed mid-run again: {second} of {good} documents (first kill at {first})"
    );

    let (code, err) = ingest_to_end(&b, input);
    assert_eq!(code, Some(1), "the malformed lines are reported: {err}");
    assert!(
        err.contains(&format!(
            "{good} documents read, {} new, {second} already seen, {} skipped",
            good - second,
            bad.len()
        )),
        "{err}"
    );

    assert_consistent(&a);
    assert_consistent(&b);
    // The input is what it should be: every well-formed line is a document, a malformed
    // line left no row, several rounds were reported by several sources, and ids moved as
    // earlier reports arrived (so resuming had events to rewrite).
    assert_eq!(a.count("SELECT COUNT(*) FROM documents"), good);
    for line in bad {
        assert_eq!(
            a.count(&format!(
                "SELECT COUNT(*) FROM documents WHERE line = {line}"
            )),
            0
        );
    }
    let events = a.count("SELECT COUNT(*) FROM events");
    assert!(events >= COMPANIES.len() as i64 * 3, "{events} events");
    assert!(
        a.count("SELECT COUNT(*) FROM events WHERE sources >= 3") >= COMPANIES.len() as i64,
        "most rounds have several sources"
    );
    assert!(
        a.count("SELECT COUNT(*) FROM event_aliases") > 0,
        "some ids changed during the run"
    );

    let mut differences = String::new();
    for (table, sql) in STATE {
        let (ra, rb) = (a.rows(sql), b.rows(sql));
        assert!(ra.len() > 1 || *table == "alias_pairs", "{table} is empty");
        if ra != rb {
            let _ = write!(differences, "{table}: {}", diff(&ra, &rb));
        }
    }
    assert!(
        differences.is_empty(),
        "the resumed database differs:\n{differences}"
    );
    assert_eq!(events_json(&a), events_json(&b));

    eprintln!(
        "{}: {LINES} lines, uninterrupted ingest {:.1}s, killed at {first} and {second} of {good} documents, {events} events; test {:.1}s",
        backend.name(),
        full.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    a.drop(backend);
    b.drop(backend);
}
