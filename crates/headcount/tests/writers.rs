//! Many processes on one SQLite file: queries open it read-only and leave it as it was (an
//! older schema is an error that says how to upgrade, not a migration), and a second
//! writer waits for the first instead of failing with "database is locked".

mod common;
use rusqlite::Connection;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples");

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    common::run(Some(db), args)
}

/// Events as sorted JSON lines.
fn snapshot(db: &Path) -> Vec<String> {
    let (code, out, err) = run(db, &["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let mut v: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap().to_string())
        .collect();
    v.sort();
    v
}

/// Modification time and size of the database and of its `-wal` file (absent: None).
fn fingerprint(db: &Path) -> Vec<Option<(std::time::SystemTime, u64)>> {
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    [db.to_path_buf(), wal]
        .iter()
        .map(|p| {
            std::fs::metadata(p)
                .ok()
                .map(|m| (m.modified().unwrap(), m.len()))
        })
        .collect()
}

fn user_version(db: &Path) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn queries_leave_the_database_as_it_was() {
    let dir = common::scratch("writers", "readonly");
    let db = dir.join("h.db");
    let (code, _, err) = run(&db, &["ingest", SAMPLES]);
    assert_eq!(code, 0, "{err}");
    let first = snapshot(&db);
    let id: String = serde_json::from_str::<Value>(&first[0]).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // The writer has closed: its WAL is checkpointed into the file.
    let before = fingerprint(&db);
    std::thread::sleep(Duration::from_millis(20));
    for args in [
        vec!["events"],
        vec!["events", "--json"],
        vec!["show", &id],
        vec!["company", "Amazon Web Services"],
        vec!["status"],
        vec!["status", "--json"],
    ] {
        let (code, _, err) = run(&db, &args);
        assert_eq!(code, 0, "{args:?}: {err}");
        let after = fingerprint(&db);
        assert_eq!(after[0], before[0], "{args:?} changed the database file");
        // A read-only connection may leave an empty WAL behind; never a written one.
        assert!(
            after[1].is_none_or(|(_, len)| len == 0),
            "{args:?} wrote to the WAL: {after:?}"
        );
    }
    assert_eq!(snapshot(&db), first);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_query_on_an_older_schema_says_how_to_upgrade_and_changes_nothing() {
    let dir = common::scratch("writers", "older");
    let db = dir.join("h.db");
    let (code, _, err) = run(&db, &["ingest", SAMPLES]);
    assert_eq!(code, 0, "{err}");
    let current = user_version(&db);
    let old = dir.join("old.db");
    std::fs::copy(&db, &old).unwrap();
    Connection::open(&old)
        .unwrap()
        .pragma_update(None, "user_version", current - 1)
        .unwrap();
    let db_name = old.display().to_string();
    for args in [
        vec!["events"],
        vec!["show", "evt_0"],
        vec!["company", "Acme"],
        vec!["status"],
    ] {
        let (code, out, err) = run(&old, &args);
        assert_eq!(code, 3, "{args:?}: {out}{err}");
        for needle in [
            format!("schema version {}", current - 1),
            format!("needs version {current}"),
            format!("headcount --db {db_name} rebuild"),
            format!("headcount --db {db_name} ingest"),
        ] {
            assert!(err.contains(&needle), "{args:?}: {needle:?} not in {err}");
        }
        assert_eq!(user_version(&old), current - 1, "{args:?} migrated");
    }
    // Near miss: the current version opens.
    let (code, _, err) = run(&db, &["events"]);
    assert_eq!(code, 0, "{err}");
    // An empty file is no database yet, not an old one; and it stays empty.
    let empty = dir.join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    let (code, _, err) = run(&empty, &["events"]);
    assert_eq!(code, 3);
    assert!(err.contains("no headcount database yet"), "{err}");
    assert_eq!(std::fs::metadata(&empty).unwrap().len(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `headcount --db db ingest paths...`, started.
fn spawn_ingest(db: &Path, paths: &[PathBuf]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_headcount"))
        .arg("--db")
        .arg(db)
        .arg("ingest")
        .args(paths)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run headcount")
}

fn finish(child: std::process::Child) -> (i32, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn count(db: &Path, sql: &str) -> i64 {
    Connection::open(db)
        .unwrap()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

#[test]
fn two_ingests_at_once_equal_one_of_everything() {
    let (Some(seeds), Some(merge)) = (
        common::shared("seeds"),
        common::shared("eval/merge-dev/articles"),
    ) else {
        return;
    };
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&merge)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    articles.sort();
    let half = articles.len() / 2;
    // Overlapping: both read the seeds and the middle quarter.
    let mut a = vec![seeds.clone()];
    a.extend_from_slice(&articles[..half + half / 2]);
    let mut b = vec![seeds.clone()];
    b.extend_from_slice(&articles[half / 2..]);
    let mut union = vec![seeds.clone()];
    union.extend_from_slice(&articles);

    let dir = common::scratch("writers", "two");
    let one = dir.join("one.db");
    let (code, err) = finish(spawn_ingest(&one, &union));
    assert_eq!(code, 0, "{err}");
    let together = dir.join("together.db");
    let (ca, cb) = (spawn_ingest(&together, &a), spawn_ingest(&together, &b));
    let ((code_a, err_a), (code_b, err_b)) = (finish(ca), finish(cb));
    assert_eq!((code_a, code_b), (0, 0), "{err_a}\n{err_b}");
    assert_eq!(snapshot(&together), snapshot(&one));
    let docs = "SELECT COUNT(*) FROM documents";
    assert_eq!(count(&together, docs), count(&one, docs));
    let claims = "SELECT COUNT(*) FROM claims";
    assert_eq!(count(&together, claims), count(&one, claims));
    // Each document was written by one of them: the two "new" counts add up.
    let new = |err: &str| -> i64 {
        let at = err.find(" new,").unwrap();
        err[..at].rsplit(' ').next().unwrap().parse().unwrap()
    };
    assert_eq!(
        new(&err_a) + new(&err_b),
        count(&one, docs),
        "{err_a}\n{err_b}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_second_writer_waits_for_the_first_and_says_so() {
    let dir = common::scratch("writers", "wait");
    let db = dir.join("h.db");
    let samples: Vec<PathBuf> = {
        let mut v: Vec<PathBuf> = std::fs::read_dir(SAMPLES)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        v.sort();
        v
    };
    let (code, _, err) = run(&db, &["ingest", samples[0].to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    // This process holds the write lock for longer than the old 10 s busy timeout.
    let mut holder = Connection::open(&db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let started = Instant::now();
    let ingest = spawn_ingest(&db, &samples[1..]);
    std::thread::sleep(Duration::from_secs(11));
    tx.commit().unwrap();
    let (code, err) = finish(ingest);
    assert_eq!(code, 0, "{err}");
    assert!(started.elapsed() >= Duration::from_secs(11));
    let waiting = format!(
        "headcount: {} is busy: another process is writing; waiting (10 s)",
        db.display()
    );
    assert!(err.contains(&waiting), "{err}");
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM documents"),
        samples.len() as i64
    );
    let _ = std::fs::remove_dir_all(&dir);
}
