//! `ingest`, `events`, `show` and `company` end to end: the real binary on real corpora
//! (`../shared`), a fresh database per test. The tests of the store's behaviour run once
//! per backend (`common::backends`: SQLite, and PostgreSQL when a test server is given);
//! those of SQLite files as such run on SQLite only.

mod common;
use common::{backends, Backend, Db};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared");

fn scratch(name: &str) -> PathBuf {
    common::scratch("store", name)
}

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    common::run(Some(db), args)
}

fn events(db: &Db) -> Vec<Value> {
    let (code, out, err) = db.run(&["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    out.lines()
        .map(|l| serde_json::from_str(l).expect("event JSON"))
        .collect()
}

fn sources(e: &Value) -> BTreeSet<String> {
    e["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let p = s["document"].as_str().unwrap();
            Path::new(p)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .split('_')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect()
}

fn in_range(e: &Value, from: &str, to: &str) -> bool {
    let d = &e["date"];
    d["earliest"].as_str().is_some_and(|x| x >= from)
        && d["latest"].as_str().is_some_and(|x| x <= to)
}

#[test]
fn seeds_meet_the_acceptance_of_the_spec() {
    for backend in backends() {
        seeds_acceptance(&backend);
    }
}

fn seeds_acceptance(backend: &Backend) {
    let dir = scratch(&format!("seeds-{}", backend.name()));
    let db = backend.fresh(&dir, "seeds");
    let (code, _, err) = db.run(&["ingest", &format!("{SHARED}/seeds")]);
    assert_eq!(code, 0, "{err}");
    let evs = events(&db);
    let company = |e: &Value| e["company"].as_str().unwrap().to_owned();
    let aws = |e: &Value| ["Amazon Web Services", "AWS"].contains(&company(e).as_str());

    let july: Vec<&Value> = evs
        .iter()
        .filter(|e| aws(e) && e["kind"] == "layoff" && in_range(e, "2025-07-01", "2025-07-31"))
        .collect();
    assert_eq!(july.len(), 1, "one AWS event in July 2025: {evs:#?}");
    let july = july[0];
    assert_eq!(july["headcount"]["min"], 200);
    assert_eq!(july["headcount"]["max"], 999);
    let want: BTreeSet<String> = ["000", "001", "002", "003"].map(String::from).into();
    assert_eq!(sources(july), want, "sourced by 000–003 and no more");

    assert!(
        evs.iter().any(|e| aws(e)
            && e["kind"] == "layoff"
            && in_range(e, "2024-01-01", "2024-06-30")
            && sources(e) == ["004".to_owned()].into()),
        "a separate AWS event in the first half of 2024"
    );
    assert!(
        evs.iter().any(|e| company(e) == "Amazon"
            && e["kind"] == "layoff"
            && in_range(e, "2023-01-01", "2023-12-31")),
        "Amazon's 2023 round"
    );
    assert!(
        evs.iter().any(|e| company(e) == "Amazon"
            && e["kind"] == "cumulative"
            && e["headcount"]["min"].as_u64().is_some_and(|n| n >= 27_000)),
        "Amazon's cumulative 27,000+"
    );
    assert!(
        evs.iter()
            .any(|e| company(e) == "Google" && in_range(e, "2025-02-01", "2025-02-28")),
        "Google's cloud cuts of February 2025"
    );
    // Every event's sources are real documents with evidence `show` can print.
    let (code, out, err) = db.run(&["show", july["id"].as_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("4 sources"), "{out}");
    assert!(out.contains("why here:"), "{out}");
    assert!(out.contains("several hundred"), "{out}");
    db.drop(backend);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Events as sorted JSON lines: the whole observable state of the event table.
fn snapshot(db: &Db) -> Vec<String> {
    let mut v: Vec<String> = events(db).iter().map(|e| e.to_string()).collect();
    v.sort();
    v
}

fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn ids_are_stable_across_re_ingest_and_arrival_order() {
    let mut seen: Vec<(String, Vec<String>)> = Vec::new();
    for backend in backends() {
        let snapshot = order_independence(&backend);
        if let Some((name, first)) = seen.first() {
            assert_eq!(
                &snapshot,
                first,
                "{} and {name} give other events",
                backend.name()
            );
        }
        seen.push((backend.name().to_owned(), snapshot));
    }
}

/// The checks of arrival order on one backend; returns the merge-dev events.
fn order_independence(backend: &Backend) -> Vec<String> {
    let dir = scratch(&format!("order-{}", backend.name()));
    let corpus = format!("{SHARED}/eval/merge-dev/articles");
    let forward = backend.fresh(&dir, "forward");
    let (code, _, err) = forward.run(&["ingest", &corpus]);
    assert_eq!(code, 0, "{err}");
    let first = snapshot(&forward);
    assert!(first.len() > 20, "{first:?}");

    // Again: nothing new, nothing changed.
    let (code, _, err) = forward.run(&["ingest", &corpus]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("0 new, 32 already seen"), "{err}");
    assert!(err.contains("0 created, 0 updated, 0 superseded"), "{err}");
    assert_eq!(snapshot(&forward), first);

    // One document at a time, newest file name first, into a fresh database: ids move
    // as earlier reports arrive, and end where the forward run put them.
    let reverse = backend.fresh(&dir, "reverse");
    for f in json_files(&corpus).iter().rev() {
        let (code, _, err) = reverse.run(&["ingest", f.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(snapshot(&reverse), first);

    // The dev corpus too, twice, and the same ids in both databases.
    let dev = format!("{SHARED}/eval/dev/articles");
    let a = backend.fresh(&dir, "dev_a");
    a.run(&["ingest", &dev]);
    let once = snapshot(&a);
    a.run(&["ingest", &dev]);
    assert_eq!(snapshot(&a), once);
    let b = backend.fresh(&dir, "dev_b");
    for f in json_files(&dev).iter().rev() {
        b.run(&["ingest", f.to_str().unwrap()]);
    }
    assert_eq!(snapshot(&b), once);
    for db in [forward, reverse, a, b] {
        db.drop(backend);
    }
    let _ = std::fs::remove_dir_all(&dir);
    first
}

fn write_doc(dir: &Path, name: &str, published: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    let v = serde_json::json!({"title": name, "date_publish": published, "maintext": text,
        "url": format!("https://news.example/{name}"), "source_domain": "news.example"});
    std::fs::write(&p, v.to_string()).unwrap();
    p
}

#[test]
fn a_brand_wire_copy_writes_by_its_domain_is_one_company_with_its_everyday_name() {
    for backend in backends() {
        domain_brand(&backend);
    }
}

fn domain_brand(backend: &Backend) {
    let dir = scratch(&format!("domain-{}", backend.name()));
    let db = backend.fresh(&dir, "domain");
    // One round, as a wire service and as another outlet write it.
    let wire = write_doc(
        &dir,
        "wire.json",
        "2025-03-05",
        "Borealis.com Inc said on Tuesday it would cut 640 jobs in its logistics unit.",
    );
    let other = write_doc(
        &dir,
        "other.json",
        "2025-03-05",
        "Borealis will cut 640 jobs in its logistics unit, the online retailer said on Tuesday.",
    );
    let (code, _, err) = db.run(&["ingest", wire.to_str().unwrap(), other.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let evs = events(&db);
    assert_eq!(evs.len(), 1, "one round: {evs:#?}");
    assert_eq!(evs[0]["sources"].as_array().unwrap().len(), 2);
    let (code, out, err) = db.run(&["company", "Borealis.com"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("640"), "{out}");
    db.drop(backend);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_earlier_report_changes_the_id_and_the_old_id_still_leads_to_the_event() {
    for backend in backends() {
        earlier_report(&backend);
    }
}

fn earlier_report(backend: &Backend) {
    let dir = scratch(&format!("alias-{}", backend.name()));
    let db = backend.fresh(&dir, "alias");
    let later = write_doc(
        &dir,
        "later.json",
        "2025-03-06",
        "Acme Robotics laid off 120 employees on Tuesday, the company said. The cuts hit its warehouse software team.",
    );
    let earlier = write_doc(
        &dir,
        "earlier.json",
        "2025-03-04",
        "Acme Robotics is cutting about 120 jobs this week, according to a memo sent on Tuesday.",
    );
    db.run(&["ingest", later.to_str().unwrap()]);
    let before = events(&db);
    assert_eq!(before.len(), 1, "{before:?}");
    let old_id = before[0]["id"].as_str().unwrap().to_owned();
    db.run(&["ingest", earlier.to_str().unwrap()]);
    let after = events(&db);
    assert_eq!(after.len(), 1, "one round: {after:?}");
    let new_id = after[0]["id"].as_str().unwrap();
    assert_ne!(new_id, old_id, "the id follows the earliest report");
    assert_eq!(after[0]["sources"].as_array().unwrap().len(), 2);
    let (code, out, err) = db.run(&["show", &old_id]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(&format!("{old_id} now leads here")), "{out}");
    assert!(out.contains(new_id), "{out}");
    assert!(out.contains("superseded"), "the merge log tells why: {out}");
    db.drop(backend);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn company_view_and_helpful_errors() {
    for backend in backends() {
        company_view(&backend);
    }
}

fn company_view(backend: &Backend) {
    let dir = scratch(&format!("company-{}", backend.name()));
    let db = backend.fresh(&dir, "company");
    db.run(&["ingest", &format!("{SHARED}/seeds")]);
    let (code, out, err) = db.run(&["company", "Amazon Web Services", "--today", "2025-08-01"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("last round: 2025-07-17"), "{out}");
    assert!(out.contains("cutting now"), "{out}");
    assert!(out.contains("Worldwide Specialist Organization"), "{out}");
    assert!(out.contains("still hiring"), "{out}");
    // The parent's view includes its subsidiary's rounds and its running total.
    let (code, out, _) = db.run(&["company", "amazon", "--today", "2025-08-01"]);
    assert_eq!(code, 0);
    assert!(out.contains("[Amazon Web Services]"), "{out}");
    assert!(out.contains("running totals"), "{out}");
    let (code, _, err) = db.run(&["company", "Amazn"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("did you mean") && err.contains("\"Amazon\""),
        "{err}"
    );
    let (code, _, err) = db.run(&["show", "evt_0000000000000000"]);
    assert_eq!(code, 1);
    assert!(err.contains("no event with id"), "{err}");
    // Filters and formats.
    let (_, out, _) = db.run(&[
        "events",
        "--company",
        "AWS",
        "--since",
        "2025-01-01",
        "--csv",
    ]);
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("id,company,parent,kind,earliest"),
        "{out}"
    );
    assert!(
        lines[1..].iter().all(|l| l.contains("Amazon Web Services")),
        "{out}"
    );
    assert!(lines.iter().any(|l| l.contains("2025-07-17")), "{out}");
    let (_, out, _) = db.run(&["events", "--kind", "cumulative", "--json"]);
    assert!(out.lines().all(|l| l.contains("\"kind\":\"cumulative\"")) && !out.is_empty());
    db.drop(backend);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_malformed_document_leaves_no_row_and_the_rest_is_stored() {
    for backend in backends() {
        malformed_document(&backend);
    }
}

fn malformed_document(backend: &Backend) {
    let dir = scratch(&format!("bad-{}", backend.name()));
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(
        input.join("dump.jsonl"),
        concat!(
            r#"{"maintext": "Borealis Freight laid off 85 drivers on 3 March 2025.", "date_publish": "2025-03-04"}"#,
            "\n",
            r#"{"maintext": "truncated"#,
            "\n",
            r#"{"title": "no text"}"#,
            "\n",
            r#"{"maintext": "Cobalt Mills will close its Ohio plant, cutting 240 jobs, in June 2025.", "date_publish": "2025-03-05"}"#,
            "\n"
        ),
    )
    .unwrap();
    let db = backend.fresh(&dir, "bad");
    let (code, _, err) = db.run(&["ingest", input.to_str().unwrap()]);
    assert_eq!(code, 1, "something was skipped: {err}");
    assert!(err.contains("dump.jsonl:2"), "{err}");
    assert!(err.contains("dump.jsonl:3"), "{err}");
    assert!(
        err.contains("2 documents read, 2 new, 0 already seen, 2 skipped"),
        "{err}"
    );
    let evs = events(&db);
    let names: BTreeSet<&str> = evs.iter().map(|e| e["company"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        ["Borealis Freight", "Cobalt Mills"].into(),
        "{evs:?}"
    );
    db.drop(backend);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_postgres_server_that_does_not_answer_is_a_clear_error() {
    // Port 1 on loopback: nothing listens there.
    let url = "postgres://headcount:secret@127.0.0.1:1/headcount";
    let (code, _, err) = run(Path::new(url), &["events"]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("connecting to postgres://headcount:***@127.0.0.1:1/headcount"),
        "{err}"
    );
    assert!(
        !err.contains("secret"),
        "the password never reaches a message: {err}"
    );
}

#[test]
fn a_database_file_that_is_not_sqlite_is_refused_and_left_alone() {
    let dir = scratch("notdb");
    let db = dir.join("notes.db");
    let bytes = b"these are somebody's notes, not a database\n".repeat(200);
    std::fs::write(&db, &bytes).unwrap();
    let (code, _, err) = run(&db, &["ingest", &format!("{SHARED}/seeds")]);
    assert_eq!(code, 3, "{err}");
    assert!(
        err.contains("notes.db") && err.contains("not a database"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "the file is not touched"
    );
    let (code, _, err) = run(&dir.join("missing/dir/x.db"), &["events"]);
    assert_eq!(code, 3);
    assert!(err.contains("no database here"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn read_commands_never_create_a_database_and_a_foreign_one_is_left_alone() {
    let dir = std::env::temp_dir().join(format!("headcount-readonly-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // A mistyped --db: every read command says so, and no file appears.
    let typo = dir.join("headcuont.db");
    for args in [&["events"][..], &["show", "evt_0"], &["company", "Acme"]] {
        let (code, _, err) = run(&typo, args);
        assert_eq!(code, 3, "{args:?}: {err}");
        assert!(err.contains("no database here"), "{args:?}: {err}");
        assert!(!typo.exists(), "{args:?} created {}", typo.display());
    }
    // Another application's SQLite file: refused by reads and by ingest, unchanged.
    let foreign = dir.join("notes.sqlite");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    for args in [&["events"][..], &["ingest", "../../samples"]] {
        let (code, _, err) = run(&foreign, args);
        assert_eq!(code, 3, "{args:?}: {err}");
        assert!(err.contains("another application"), "{args:?}: {err}");
    }
    assert!(
        std::fs::read(&foreign).unwrap() == before,
        "the file is not touched"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The dev articles with no publication date, each `copies` times with a line of its own
/// at the end (reprints that differ a little), as one news dump.
fn undated_reprints(dir: &Path, copies: usize) -> PathBuf {
    let path = dir.join(format!("reprints-{copies}.jsonl"));
    let mut out = String::new();
    for n in 0..copies {
        for f in json_files(&format!("{SHARED}/eval/dev/articles")) {
            let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            v["date_publish"] = Value::Null;
            let text = v["maintext"].as_str().unwrap_or("").to_owned();
            v["maintext"] = Value::String(format!("{text}\n\nReprinted by outlet {n}."));
            out.push_str(&serde_json::to_string(&v).unwrap());
            out.push('\n');
        }
    }
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn undated_reprints_make_no_new_events() {
    // Undated reports of one company with the same kind, figures and units are one round
    // (and hiring mentions one profile): 20 reprints give the events of one copy.
    let dir = scratch("reprints");
    let summary = |copies: usize| {
        let db = Db::Sqlite(dir.join(format!("h{copies}.db")));
        let file = undated_reprints(&dir, copies);
        let (code, _, err) = db.run(&["ingest", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let mut rows: Vec<String> = events(&db)
            .iter()
            .map(|e| {
                format!(
                    "{} {} {} {}",
                    e["company"], e["kind"], e["date"], e["headcount"]
                )
            })
            .collect();
        rows.sort();
        rows
    };
    let once = summary(1);
    assert!(once.len() > 20, "{once:?}");
    assert_eq!(summary(20), once);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Writes one news-please document with the given metadata.
fn copy_of(dir: &Path, name: &str, text: &str, published: Option<&str>, url: &str) -> PathBuf {
    let p = dir.join(name);
    let mut v = serde_json::json!({"title": name, "maintext": text, "url": url});
    if let Some(d) = published {
        v["date_publish"] = Value::String(d.into());
    }
    std::fs::write(&p, v.to_string()).unwrap();
    p
}

#[test]
fn a_copy_with_more_metadata_is_another_source_and_the_earliest_dated_copy_wins() {
    for backend in backends() {
        document_identity(&backend);
    }
}

fn document_identity(backend: &Backend) {
    let dir = scratch(&format!("identity-{}", backend.name()));
    let text = "Acme Robotics laid off 120 employees on Tuesday, the company said. The cuts hit its warehouse software team.";
    // The same text three times: without a date, dated the day after, dated later.
    let undated = copy_of(&dir, "wire.json", text, None, "https://wire.example/acme");
    let dated = copy_of(
        &dir,
        "news.json",
        text,
        Some("2025-03-06"),
        "https://news.example/acme",
    );
    let later = copy_of(
        &dir,
        "late.json",
        text,
        Some("2025-03-09"),
        "https://late.example/acme",
    );
    let mut results = Vec::new();
    for (n, order) in [[&undated, &dated, &later], [&later, &undated, &dated]]
        .iter()
        .enumerate()
    {
        let db = backend.fresh(&dir, &format!("identity_{n}"));
        for f in order {
            let (code, _, err) = db.run(&["ingest", f.to_str().unwrap()]);
            assert_eq!(code, 0, "{err}");
        }
        // Again: every place is known, nothing is read or written.
        for f in order {
            let (_, _, err) = db.run(&["ingest", f.to_str().unwrap()]);
            assert!(err.contains("0 new, 1 already seen"), "{err}");
            assert!(!err.contains("further sources"), "{err}");
        }
        assert_eq!(db.count("SELECT COUNT(*) FROM documents"), 1);
        assert_eq!(db.count("SELECT COUNT(*) FROM document_sources"), 3);
        let evs = events(&db);
        assert_eq!(evs.len(), 1, "{evs:?}");
        let source = &evs[0]["sources"][0];
        assert_eq!(
            source["url"], "https://news.example/acme",
            "the earliest dated copy: {evs:?}"
        );
        assert_eq!(source["published"], "2025-03-06");
        // Its claims were read against its date: "on Tuesday" is 4 March 2025.
        assert_eq!(evs[0]["date"]["earliest"], "2025-03-04", "{evs:?}");
        results.push(snapshot(&db));
        db.drop(backend);
    }
    assert_eq!(
        results[0], results[1],
        "arrival order does not choose the metadata"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
