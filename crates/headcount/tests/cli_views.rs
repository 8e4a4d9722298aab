//! The read commands' output end to end, on the repository's own `samples/`: the CSV of
//! `events --csv` (its columns, read back with a CSV reader, formulas neutralised), colour
//! under `--color` and `NO_COLOR`, the sources limit and urls of `show`, and `completions`.

mod common;
use std::path::{Path, PathBuf};
use std::process::Command;

fn samples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../samples")
}

/// A database of `samples/` in a scratch folder.
fn samples_db(name: &str) -> (PathBuf, PathBuf) {
    let dir = common::scratch("views", name);
    let db = dir.join("h.db");
    let (code, _, err) = common::run(Some(&db), &["ingest", samples().to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    (dir, db)
}

/// The event id of the first `events` row whose line contains `needle`.
fn event_id(db: &Path, needle: &str) -> String {
    let (_, out, _) = common::run(Some(db), &["events"]);
    let line = out
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no event with {needle:?}:\n{out}"));
    line.split_whitespace().next().unwrap().to_owned()
}

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn events_csv_has_the_export_columns_and_reads_back() {
    let (dir, db) = samples_db("csv");
    let (code, out, err) = common::run(Some(&db), &["events", "--csv"]);
    assert_eq!(code, 0, "{err}");
    let (header, rows) = read_csv(&out);
    assert_eq!(header, headcount_store::export::EVENT_CSV_HEADER);
    assert_eq!(rows.len(), 6, "{out}");
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let aws = rows
        .iter()
        .find(|r| r[col("company")] == "Amazon Web Services" && r[col("kind")] == "layoff")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(aws[col("sources")], "2");
    assert_eq!(aws[col("source_types")], "news");
    assert_eq!(
        aws[col("url")],
        "https://samples.headcount.invalid/wire/aws-july-2025"
    );
    assert!(!aws[col("units")].is_empty(), "{aws:?}");
    let northfield = rows
        .iter()
        .find(|r| r[col("company")] == "Northfield Foods")
        .unwrap();
    assert!(
        northfield[col("locations")].contains("Toledo"),
        "{northfield:?}"
    );
    assert!(!northfield[col("severance")].is_empty(), "{northfield:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_company_named_like_a_formula_is_neutralised_in_the_csv() {
    let dir = common::scratch("views", "formula");
    // A tracker row keeps the name as written; an article's extractor would not take `=`.
    std::fs::write(
        dir.join("tracker.csv"),
        "Company,Location_HQ,Industry,Laid_Off_Count,Percentage,Date,Source,Funds_Raised,Stage,Date_Added,Country,List_of_Employees_Laid_Off\n\
         =cmd Corp,Toledo,Retail,120,0.15,2025-03-03,https://example.com/cmd,10.0,Series C,2025-03-04 00:29:13,United States,Unknown\n\
         @SUM(1) Labs,Austin,Retail,45,,2025-03-05,https://example.com/sum,10.0,Series C,2025-03-06 00:29:13,United States,Unknown\n",
    )
    .unwrap();
    let db = dir.join("h.db");
    let (code, _, err) = common::run(
        Some(&db),
        &["ingest", dir.join("tracker.csv").to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let (_, json, _) = common::run(Some(&db), &["events", "--json"]);
    assert!(json.contains("\"company\":\"=cmd\""), "{json}");
    assert!(json.contains("\"company\":\"@SUM(1) Labs\""), "{json}");
    let (_, out, _) = common::run(Some(&db), &["events", "--csv"]);
    let (_, rows) = read_csv(&out);
    let mut companies: Vec<&str> = rows.iter().map(|r| r[1].as_str()).collect();
    companies.sort_unstable();
    assert_eq!(companies, ["'=cmd", "'@SUM(1) Labs"], "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn color_follows_the_flag_and_no_color() {
    let (dir, db) = samples_db("color");
    let id = event_id(&db, "Northfield Foods");
    let run_env = |args: &[&str], no_color: Option<&str>| -> String {
        let mut command = Command::new(env!("CARGO_BIN_EXE_headcount"));
        command
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("NO_COLOR");
        if let Some(v) = no_color {
            command.env("NO_COLOR", v);
        }
        let out = command.output().unwrap();
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let painted = |s: &str| s.contains("\x1b[");
    for view in [
        &["show", id.as_str()][..],
        &["company", "Northfield Foods"],
        &["events"],
    ] {
        let always = [&["--color", "always"][..], view].concat();
        let never = [&["--color", "never"][..], view].concat();
        assert!(painted(&run_env(&always, None)), "{view:?}");
        assert!(
            painted(&run_env(&always, Some("1"))),
            "always wins over NO_COLOR"
        );
        assert!(!painted(&run_env(&never, None)), "{view:?}");
        // `auto` (the default) with stdout a pipe, and with NO_COLOR set.
        assert!(!painted(&run_env(view, None)), "{view:?}");
        assert!(!painted(&run_env(view, Some("1"))), "{view:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn show_limits_its_sources_and_prints_their_urls() {
    let (dir, db) = samples_db("show");
    let id = event_id(&db, "2025-07-17");
    let (code, all, err) = common::run(Some(&db), &["show", &id]);
    assert_eq!(code, 0, "{err}");
    assert!(all.contains("2 sources"), "{all}");
    assert!(!all.contains("more sources"), "{all}");
    // The wire story has a url, printed beside its title.
    assert!(
        all.lines()
            .any(|l| l.contains("Amazon Web Services trims specialist")
                && l.contains("https://samples.headcount.invalid/wire/aws-july-2025")),
        "{all}"
    );
    let (code, one, err) = common::run(Some(&db), &["show", &id, "--sources", "1"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        one.contains("… and 1 more sources (show --sources 0 for all)"),
        "{one}"
    );
    assert_eq!(one.matches("why here:").count(), 1, "{one}");
    let (_, zero, _) = common::run(Some(&db), &["show", &id, "--sources", "0"]);
    assert_eq!(zero, all);
    // The company view lists each round's sources with their urls too.
    let (_, company, _) = common::run(Some(&db), &["company", "Zymergen"]);
    assert!(
        company.contains("https://samples.headcount.invalid/bay/zymergen-sept-2021"),
        "{company}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn completions_need_no_database() {
    let dir = common::scratch("views", "completions");
    let db = dir.join("never-made.db");
    for shell in ["bash", "zsh", "fish"] {
        let (code, out, err) = common::run(Some(&db), &["completions", shell]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("headcount"), "{shell}: {out}");
        assert!(
            out.contains("events"),
            "{shell}: the subcommands are completed"
        );
    }
    assert!(!db.exists(), "completions opened the database");
    let _ = std::fs::remove_dir_all(&dir);
}
