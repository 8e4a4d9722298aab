//! `headcount status` and `headcount rebuild` end to end: a fresh ingest is up to date;
//! documents marked as read by other rules make a rebuild due; `rebuild` re-reads them
//! with the same rules, so nothing about the events changes, and status is up to date.

mod common;
use rusqlite::Connection;
use serde_json::Value;
use std::path::Path;

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples");

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    common::run(Some(db), args)
}

/// Events as sorted JSON lines, and the merge log's length.
fn state(db: &Path) -> (Vec<String>, i64) {
    let (code, out, err) = run(db, &["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let mut events: Vec<String> = out.lines().map(String::from).collect();
    events.sort();
    let log = Connection::open(db)
        .unwrap()
        .query_row("SELECT COUNT(*) FROM merge_log", [], |r| r.get(0))
        .unwrap();
    (events, log)
}

fn status(db: &Path) -> (String, Value) {
    let (code, text, err) = run(db, &["status"]);
    assert_eq!(code, 0, "{err}");
    let (code, json, err) = run(db, &["status", "--json"]);
    assert_eq!(code, 0, "{err}");
    (text, serde_json::from_str(&json).unwrap())
}

#[test]
fn rebuild_brings_documents_of_other_rules_up_to_date_and_same_rules_change_nothing() {
    let dir = common::scratch("rebuild", "status");
    let db = dir.join("h.db");
    let mut inputs = vec![SAMPLES.to_owned()];
    inputs.extend(common::shared("seeds").map(|p| p.display().to_string()));
    let mut args = vec!["ingest"];
    args.extend(inputs.iter().map(String::as_str));
    let (code, _, err) = run(&db, &args);
    assert_eq!(code, 0, "{err}");
    let before = state(&db);

    let (text, json) = status(&db);
    assert!(text.ends_with("up to date\n"), "{text}");
    assert_eq!(json["up_to_date"], true);
    let documents = json["documents"].as_u64().unwrap();
    assert!(documents >= 7, "{json}");
    assert!(text.starts_with(&format!("{}: {documents} documents, ", db.display())));
    assert_eq!(json["versions"].as_array().unwrap().len(), 1);
    assert_eq!(json["versions"][0]["current"], true);

    // Some documents read by rules of another build, some from before versions were kept.
    let conn = Connection::open(&db).unwrap();
    conn.execute_batch(
        "UPDATE documents SET rules = 'old' WHERE doc_id % 2 = 0;
         UPDATE documents SET rules = NULL WHERE doc_id % 3 = 0;",
    )
    .unwrap();
    let stale: u64 = conn
        .query_row(
            "SELECT COUNT(*) FROM documents WHERE rules IS NULL OR rules = 'old'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let stale_kept: u64 = conn
        .query_row(
            "SELECT COUNT(*) FROM documents WHERE (rules IS NULL OR rules = 'old')
             AND text IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    drop(conn);
    let (text, json) = status(&db);
    assert_eq!(json["up_to_date"], false);
    assert_eq!(json["due"]["documents"], stale);
    assert_eq!(json["due"]["rereadable"], stale_kept);
    assert!(
        text.contains(&format!(
            "rebuild due: {stale} documents read by other rules ({stale_kept} re-readable"
        )),
        "{text}"
    );
    assert_eq!(json["versions"].as_array().unwrap().len(), 3, "{json}");

    let (code, _, err) = run(&db, &["rebuild"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("{stale_kept} documents re-read")),
        "{err}"
    );
    assert!(
        err.contains("events: 0 created, 0 updated, 0 superseded"),
        "{err}"
    );
    let (text, json) = status(&db);
    assert_eq!(json["up_to_date"], true, "{text}");
    assert!(text.contains("up to date"), "{text}");
    // Same rules, same claims: not an event, not a line of the merge log changed.
    assert_eq!(state(&db), before);

    // Again: nothing to do.
    let (code, _, err) = run(&db, &["rebuild"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 documents re-read"), "{err}");
    // `--all` re-reads every document with text, and still changes nothing.
    let (code, _, err) = run(&db, &["rebuild", "--all"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("events: 0 created, 0 updated"), "{err}");
    assert_eq!(state(&db), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn status_and_rebuild_never_create_a_database_and_name_the_one_they_could_not_use() {
    let dir = common::scratch("rebuild", "missing");
    let db = dir.join("none.db");
    for args in [["status"], ["rebuild"]] {
        let (code, _, err) = run(&db, &args);
        assert_eq!(code, 3, "{args:?}");
        assert!(
            err.contains("none.db") && err.contains("no database"),
            "{err}"
        );
        assert!(!db.exists(), "{args:?} made a database");
    }
    let foreign = dir.join("other.db");
    Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    for args in [["status"], ["rebuild"]] {
        let (code, _, err) = run(&foreign, &args);
        assert_eq!(code, 3, "{args:?}");
        assert!(
            err.contains("other.db") && err.contains("another application"),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
