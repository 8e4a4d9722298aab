//! Every table in `shared/data/` read whole: per file, rows read = imported + skipped, with
//! the counts the importer reaches today, and the quirks of each layout checked on real
//! rows. Without `../shared` the tests say so and pass; with `CI=true` that is an error.

use headcount_extract::Kind;
use headcount_ingest::{documents, InputError, SourceDoc};
use std::path::PathBuf;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");

/// The file's results, or `None` (with a message) when `../shared` is missing.
fn read(file: &str) -> Option<Vec<Result<SourceDoc, InputError>>> {
    let path = PathBuf::from(DATA).join(file);
    if !path.exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} not found; CI needs ../shared beside the repository",
            path.display()
        );
        eprintln!("skipping: {} not found", path.display());
        return None;
    }
    Some(documents(&[path]).collect())
}

/// What a file gave, for the assertions.
#[derive(Debug, Default, PartialEq)]
struct Counts {
    imported: usize,
    skipped: usize,
    closures: usize,
    without_count: usize,
    with_percent: usize,
    with_url: usize,
}

fn counts(out: &[Result<SourceDoc, InputError>]) -> Counts {
    let mut c = Counts::default();
    for r in out {
        match r {
            Ok(d) => {
                let claim = &d.record.as_ref().expect("a table row's claim").claim;
                c.imported += 1;
                c.closures += usize::from(claim.kind == Kind::Closure);
                c.without_count += usize::from(claim.headcount.is_none());
                c.with_percent += usize::from(claim.percent.is_some());
                c.with_url += usize::from(d.url.is_some());
            }
            Err(e) => {
                assert!(e.line.is_some(), "a row error names its line: {e}");
                c.skipped += 1;
            }
        }
    }
    c
}

/// Rows as `shared/data/README.md` counts them (Python's csv module, header excluded).
fn check(file: &str, rows: usize, want: Counts) -> Option<Vec<Result<SourceDoc, InputError>>> {
    let out = read(file)?;
    let got = counts(&out);
    assert_eq!(
        got.imported + got.skipped,
        rows,
        "{file}: every row is imported or skipped"
    );
    assert_eq!(got, want, "{file}");
    Some(out)
}

fn claim(r: &Result<SourceDoc, InputError>) -> &headcount_extract::Claim {
    &r.as_ref().unwrap().record.as_ref().unwrap().claim
}

#[test]
fn warn_california() {
    let want = Counts {
        imported: 2514,
        closures: 653,
        without_count: 427,
        ..Counts::default()
    };
    let Some(out) = check("warn/ca.csv", 2514, want) else {
        return;
    };
    // The spreadsheet rows: no city or count, the city read from the address.
    let d = out[0].as_ref().unwrap();
    let rec = d.record.as_ref().unwrap();
    assert_eq!(d.line, Some(2));
    assert_eq!(
        rec.claim.company,
        "Hotel Managers Group at the DoubleTree Hotel"
    );
    assert_eq!(rec.fields.city.as_deref(), Some("Newark"));
    assert_eq!(rec.claim.locations, ["Newark, CA"]);
    // "1,529"-style counts.
    let big = out
        .iter()
        .filter_map(|r| claim(r).headcount.as_ref()?.min)
        .max();
    assert!(big >= Some(1529), "{big:?}");
}

#[test]
fn warn_texas() {
    let want = Counts {
        imported: 1485,
        without_count: 2,
        ..Counts::default()
    };
    let Some(out) = check("warn/tx.csv", 1485, want) else {
        return;
    };
    assert!(out
        .iter()
        .all(|r| !claim(r).company.contains("_x000D_") && !claim(r).company.contains('\n')));
    assert_eq!(claim(&out[1]).company, "Cognosante");
}

#[test]
fn warn_washington() {
    let want = Counts {
        imported: 1123,
        closures: 484,
        ..Counts::default()
    };
    check("warn/wa.csv", 1123, want);
}

#[test]
fn warn_new_york() {
    let want = Counts {
        imported: 252,
        closures: 148,
        ..Counts::default()
    };
    let Some(out) = check("warn/ny.csv", 252, want) else {
        return;
    };
    let rec = out[0].as_ref().unwrap().record.as_ref().unwrap();
    assert_eq!(rec.fields.city.as_deref(), Some("New York"));
    assert_eq!(rec.claim.headcount.as_ref().map(|h| h.min), Some(Some(60)));
}

#[test]
fn warn_virginia() {
    let want = Counts {
        imported: 1073,
        closures: 425,
        ..Counts::default()
    };
    let Some(out) = check("warn/va.csv", 1073, want) else {
        return;
    };
    // Contact people and union officers are never copied into documents.
    assert!(out
        .iter()
        .all(|r| !r.as_ref().unwrap().text.contains("Contact Person=")));
    assert!(out.iter().all(|r| !claim(r).company.contains("&amp;")));
}

#[test]
fn warn_michigan() {
    let want = Counts {
        imported: 609,
        skipped: 1,
        closures: 264,
        without_count: 72,
        with_url: 609,
        ..Counts::default()
    };
    let Some(out) = check("warn/mi.csv", 610, want) else {
        return;
    };
    // The one row with neither a start date nor a year in its tag (Spire Hospitality).
    let e = out.iter().find_map(|r| r.as_ref().err()).unwrap();
    assert_eq!(e.line, Some(285));
    assert!(
        e.reason.starts_with("no date: date_start \"https://"),
        "{e}"
    );
    assert_eq!(claim(&out[0]).company, "Autokiniton");
}

#[test]
fn tracker_snake_case_with_sheet_name_line() {
    let want = Counts {
        imported: 4342,
        closures: 344,
        without_count: 1500,
        with_percent: 2731,
        with_url: 4157,
        ..Counts::default()
    };
    let Some(out) = check("layoffs_fyi/layoffs_fyi_snake_2026-04.csv", 4342, want) else {
        return;
    };
    assert_eq!(out[0].as_ref().unwrap().line, Some(3), "header on line 2");
    assert_eq!(claim(&out[0]).company, "Vimeo");
}

#[test]
fn tracker_location_hq() {
    let want = Counts {
        imported: 3282,
        closures: 213,
        without_count: 1115,
        with_percent: 2118,
        with_url: 3109,
        ..Counts::default()
    };
    let Some(out) = check(
        "layoffs_fyi/layoffs_fyi_location_hq_2024-01.csv",
        3282,
        want,
    ) else {
        return;
    };
    let first = claim(&out[0]);
    assert_eq!(
        (first.company.as_str(), first.percent),
        ("Trigo", Some(15.0))
    );
}

#[test]
fn tracker_european_list() {
    let want = Counts {
        imported: 90,
        with_percent: 19,
        with_url: 90,
        ..Counts::default()
    };
    let Some(out) = check("other/european_layoffs_flwai.csv", 90, want) else {
        return;
    };
    let first = claim(&out[0]);
    assert_eq!(first.company, "BT Group");
    assert_eq!(first.headcount.as_ref().map(|h| h.min), Some(Some(55000)));
}
