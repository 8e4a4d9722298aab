//! Several `headcount ingest` processes at once on one database. Four writers over
//! overlapping parts of one generated news dump (every line is in two parts) into
//! PostgreSQL end with the events of one SQLite run of the whole dump: the same ids and
//! the same event JSON (but for which file each document was first read from), every
//! document stored once, no claim lost or doubled.

mod common;
use common::gen::write_input;
use common::{Backend, Db};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn scratch(name: &str) -> PathBuf {
    common::scratch("concurrent", name)
}

/// Events as sorted JSON lines, each source without its `document` (the file a document
/// was first read from depends on which writer got there first).
pub fn events_without_paths(db: &Db) -> Vec<String> {
    let (code, out, err) = db.run(&["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let mut events: Vec<String> = out
        .lines()
        .map(|l| {
            let mut e: Value = serde_json::from_str(l).expect("event JSON");
            for s in e["sources"].as_array_mut().into_iter().flatten() {
                s.as_object_mut().map(|o| o.remove("document"));
            }
            e.to_string()
        })
        .collect();
    events.sort();
    events
}

/// Splits `input` into `n` files of chunks of 1,000 lines: chunk c goes to parts c and
/// c + 1 (mod n), so every line is read by two writers.
fn overlapping_parts(input: &Path, dir: &Path, n: usize) -> Vec<PathBuf> {
    let text = std::fs::read_to_string(input).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut parts = vec![String::new(); n];
    for (c, chunk) in lines.chunks(1000).enumerate() {
        for k in [c % n, (c + 1) % n] {
            for l in chunk {
                parts[k].push_str(l);
                parts[k].push('\n');
            }
        }
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(k, p)| {
            let path = dir.join(format!("part{k}.jsonl"));
            std::fs::write(&path, p).unwrap();
            path
        })
        .collect()
}

#[test]
fn four_postgres_writers_over_overlapping_inputs_give_the_events_of_one_sqlite_run() {
    let Some(pg) = common::postgres() else {
        return;
    };
    let dir = scratch("four");
    let input = dir.join("dump.jsonl");
    let (bad, good) = write_input(&input);

    let reference = Backend::Sqlite.fresh(&dir, "reference");
    let (code, _, err) = reference.run(&["ingest", input.to_str().unwrap()]);
    assert_eq!(code, 1, "the malformed lines are reported: {err}");

    let db = pg.fresh(&dir, "four_writers");
    let parts = overlapping_parts(&input, &dir, 4);
    let children: Vec<_> = parts
        .iter()
        .map(|p| {
            Command::new(env!("CARGO_BIN_EXE_headcount"))
                .args(["--db", &db.arg(), "ingest"])
                .arg(p)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start headcount ingest")
        })
        .collect();
    let mut new = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        // 1 for a part with malformed lines (reported and skipped), else 0.
        assert!(
            matches!(out.status.code(), Some(0 | 1)) && !err.contains("stopped"),
            "only the malformed lines fail: {err}"
        );
        // "N documents read, M new, ...": the news each writer stored itself.
        let summary = err
            .lines()
            .find(|l| l.contains("documents read"))
            .unwrap_or_default();
        new += summary
            .split(", ")
            .find_map(|f| f.strip_suffix(" new"))
            .and_then(|n| n.parse::<i64>().ok())
            .unwrap_or_else(|| panic!("no summary line: {err}"));
    }
    let good = good as i64;
    assert_eq!(new, good, "each document stored by exactly one writer");
    assert_eq!(db.count("SELECT COUNT(*) FROM documents"), good);
    assert_eq!(
        db.count("SELECT COUNT(*) FROM claims"),
        reference.count("SELECT COUNT(*) FROM claims"),
        "no claim lost or doubled"
    );
    assert_eq!(
        db.count("SELECT COUNT(*) FROM (SELECT doc_id, ordinal FROM claims GROUP BY 1, 2 HAVING COUNT(*) > 1) d"),
        0
    );
    assert!(bad.len() > 1);
    let (want, got) = (events_without_paths(&reference), events_without_paths(&db));
    assert!(want.len() > 90, "{} events", want.len());
    assert_eq!(got, want, "four writers give the events of one run");
    db.drop(&pg);
    let _ = std::fs::remove_dir_all(&dir);
}
