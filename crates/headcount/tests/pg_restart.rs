//! Losing the PostgreSQL connection in the middle of an ingest: the server restarts
//! under it. The ingest stops with an error that says what happened and what to do, its
//! open batch is not written, and running the same command again completes: the
//! database ends as one uninterrupted run leaves it.
//!
//! Its own test binary: restarting the server would break the connections of other tests
//! running beside it in one binary (test binaries run one after another).

mod common;
use common::gen::write_input;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_lost_connection_is_a_clear_error_and_a_rerun_completes() {
    let Some(pg) = common::postgres() else {
        return;
    };
    let Ok(restart) = std::env::var("HEADCOUNT_TEST_PG_RESTART") else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "HEADCOUNT_TEST_PG_RESTART is not set; .ci/postgres.sh sets it"
        );
        eprintln!("skipping: HEADCOUNT_TEST_PG_RESTART is not set (source .ci/postgres.sh)");
        return;
    };
    let dir = common::scratch("pg-restart", "lost");
    let input = dir.join("dump.jsonl");
    let (_, good) = write_input(&input);
    let good = good as i64;
    let reference = pg.fresh(&dir, "restart_reference");
    let (code, _, err) = reference.run(&["ingest", input.to_str().unwrap()]);
    assert_eq!(code, 1, "the malformed lines are reported: {err}");

    let db = pg.fresh(&dir, "restart");
    let child = Command::new(env!("CARGO_BIN_EXE_headcount"))
        .args(["--db", &db.arg(), "ingest"])
        .arg(&input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start headcount ingest");
    // Once a quarter of the documents are in, the server restarts under the writer.
    let deadline = Instant::now() + Duration::from_secs(120);
    while common::count_or_none(&db, "SELECT COUNT(*) FROM documents").unwrap_or(0) < good / 4 {
        assert!(Instant::now() < deadline, "ingest made no progress");
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = Command::new(&restart).status().expect("restart the server");
    assert!(status.success(), "the server restarted");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(3),
        "the lost connection stops the ingest: {err}"
    );
    assert!(err.contains("lost the connection to postgres://"), "{err}");
    assert!(err.contains("run the command again"), "{err}");
    let stored = db.count("SELECT COUNT(*) FROM documents");
    assert!(stored < good, "stopped before the end: {stored} of {good}");

    let (code, _, err) = db.run(&["ingest", input.to_str().unwrap()]);
    assert_eq!(
        code, 1,
        "the re-run completes (the malformed lines aside): {err}"
    );
    assert!(
        err.contains(&format!(
            "{good} documents read, {} new, {stored} already seen",
            good - stored
        )),
        "{err}"
    );
    for sql in [
        "SELECT COUNT(*) FROM documents",
        "SELECT COUNT(*) FROM claims",
        "SELECT COUNT(*) FROM evidence",
        "SELECT COUNT(*) FROM events",
    ] {
        assert_eq!(db.count(sql), reference.count(sql), "{sql}");
    }
    let events = |d: &common::Db| {
        let (code, out, err) = d.run(&["events", "--json"]);
        assert_eq!(code, 0, "{err}");
        out
    };
    assert_eq!(
        events(&db),
        events(&reference),
        "nothing lost, nothing doubled"
    );
    db.drop(&pg);
    reference.drop(&pg);
    let _ = std::fs::remove_dir_all(&dir);
}
