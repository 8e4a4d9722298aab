//! WARN notices and tracker tables end to end: `ingest` of each real file in
//! `../shared/data` into a fresh SQLite file, then `events`, `show` and `company` on it.
//! Without `../shared` the tests say so and pass; with `CI=true` that is an error.

mod common;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    common::scratch("tables", name)
}

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    common::run(Some(db), args)
}

fn data(file: &str) -> Option<String> {
    common::shared(&format!("data/{file}")).map(|p| p.display().to_string())
}

/// Ingests one file into a fresh database: the summary counts, and the events.
fn ingest(name: &str, file: &str, read: usize, skipped: usize) -> Option<(PathBuf, Vec<Value>)> {
    let path = data(file)?;
    let dir = scratch(name);
    let db = dir.join("h.db");
    let (code, _, err) = run(&db, &["ingest", &path]);
    assert_eq!(code, i32::from(skipped > 0), "{err}");
    let summary = format!(
        "{read} documents read, {read} new, 0 already seen, {skipped} skipped; {read} claims"
    );
    assert!(err.contains(&summary), "{file}: want {summary:?} in\n{err}");
    // Again: every row is already stored, nothing changes.
    let (_, _, again) = run(&db, &["ingest", &path]);
    assert!(
        again.contains(&format!(
            "{read} documents read, 0 new, {read} already seen"
        )),
        "{again}"
    );
    let (code, out, err) = run(&db, &["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let events: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!events.is_empty());
    Some((db, events))
}

fn outlets(e: &Value) -> Vec<&str> {
    e["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["outlet"].as_str().unwrap_or(""))
        .collect()
}

#[test]
fn every_warn_file_imports_end_to_end() {
    for (state, rows, skipped) in [
        ("ca", 2514, 0),
        ("tx", 1485, 0),
        ("wa", 1123, 0),
        ("ny", 252, 0),
        ("va", 1073, 0),
        ("mi", 609, 1),
    ] {
        let file = format!("warn/{state}.csv");
        let Some((db, events)) = ingest(state, &file, rows, skipped) else {
            return;
        };
        let outlet = format!("WARN {}", state.to_uppercase());
        assert!(
            events
                .iter()
                .all(|e| outlets(e).iter().all(|o| *o == outlet)),
            "{file}: every source is a {outlet} notice"
        );
        // One event, shown with the row as its evidence, and its company's history.
        let e = &events[0];
        let (code, out, err) = run(&db, &["show", e["id"].as_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(&format!("{state}.csv:")), "{out}");
        let company = e["company"].as_str().unwrap();
        let (code, out, err) = run(&db, &["company", company, "--today", "2026-12-01"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(company), "{out}");
        let _ = std::fs::remove_dir_all(db.parent().unwrap());
    }
}

#[test]
fn tracker_files_import_end_to_end() {
    for (name, file, rows) in [
        ("snake", "layoffs_fyi/layoffs_fyi_snake_2026-04.csv", 4342),
        (
            "hq",
            "layoffs_fyi/layoffs_fyi_location_hq_2024-01.csv",
            3282,
        ),
        ("eu", "other/european_layoffs_flwai.csv", 90),
    ] {
        let Some((db, events)) = ingest(name, file, rows, 0) else {
            return;
        };
        assert!(events
            .iter()
            .all(|e| outlets(e).iter().all(|o| o.starts_with("tracker "))));
        let _ = std::fs::remove_dir_all(db.parent().unwrap());
    }
    // One row, checked through `events`: Trigo's 30 (15 %) on 2024-01-04, with its URL.
    let Some(path) = data("layoffs_fyi/layoffs_fyi_location_hq_2024-01.csv") else {
        return;
    };
    let dir = scratch("trigo");
    let db = dir.join("h.db");
    run(&db, &["ingest", &path]);
    let (_, out, _) = run(&db, &["events", "--json", "--company", "Trigo"]);
    let e: Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(e["headcount"]["min"], 30);
    assert_eq!(e["percent"], 15.0);
    assert_eq!(e["date"]["earliest"], "2024-01-04");
    assert_eq!(
        e["sources"][0]["url"],
        "https://www.calcalistech.com/ctechnews/article/b1pfj7nu6"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn folders_say_what_they_did_not_read_and_unknown_tables_are_refused() {
    let dir = scratch("folder");
    let db = dir.join("h.db");
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    for n in ["a.pdf", "b.pdf", "c.xls"] {
        std::fs::write(data.join(n), b"x").unwrap();
    }
    std::fs::write(data.join("budget.csv"), b"name,amount\nx,1\n").unwrap();
    std::fs::write(
        data.join("va.csv"),
        b"Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\n\
Acme,12/11/2025,,40,Ringgold VA,,Layoff,\nBad,12/11/2025,,-3,Ringgold VA,,Layoff,\n",
    )
    .unwrap();
    let (code, _, err) = run(&db, &["ingest", data.to_str().unwrap()]);
    assert_eq!(code, 1, "something was skipped: {err}");
    assert!(err.contains("2 .pdf files not read"), "{err}");
    assert!(err.contains("1 .xls file not read"), "{err}");
    assert!(
        err.contains("budget.csv: unknown table layout; its header is \"name\", \"amount\""),
        "{err}"
    );
    assert!(err.contains("va.csv:3: negative count \"-3\""), "{err}");
    assert!(err.contains("1 documents read, 1 new"), "{err}");
    assert!(err.contains("2 skipped"), "{err}");
    // --format reads the unknown table as a named layout (here: its rows lack the columns).
    let (_, _, err) = run(
        &db,
        &[
            "ingest",
            "--format",
            "tracker",
            data.join("budget.csv").to_str().unwrap(),
        ],
    );
    assert!(err.contains("budget.csv:2: no date in date"), "{err}");
    // Standard input is read as a table when --format says so.
    let mut child = Command::new(env!("CARGO_BIN_EXE_headcount"))
        .args(["extract", "--json", "--format", "warn-va", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(
        &mut child.stdin.take().unwrap(),
        &std::fs::read(data.join("va.csv")).unwrap(),
    )
    .unwrap();
    let out = child.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("\"company\":\"Acme\""), "{stdout}");
    assert!(stdout.contains("\"layout\":\"warn-va\""), "{stdout}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("-:3: negative count"));
    let (code, _, err) = run(&db, &["ingest", "--format", "xls", "x.csv"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown format \"xls\""), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
