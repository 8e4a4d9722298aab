//! A WARN table published as a spreadsheet reads as its CSV does: the fixture
//! `tests/data/warn-wa.xlsx` (made by `tests/data/make_xlsx.py`, three made-up notices in
//! Washington's layout, with typed dates and counts and a line break inside a name).

use headcount_extract::Kind;
use headcount_ingest::documents;
use std::path::PathBuf;

#[test]
fn a_warn_spreadsheet_reads_as_its_csv_and_bad_rows_are_named_by_sheet_row() {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/warn-wa.xlsx"
    ));
    let out: Vec<_> = documents(&[path]).collect();
    assert_eq!(out.len(), 3, "{out:?}");
    let claim = |i: usize| &out[i].as_ref().unwrap().record.as_ref().unwrap().claim;
    // Recognised as Washington's layout by its header; typed cells read as an export's.
    assert_eq!(claim(0).company, "Quillfeather Robotics");
    assert_eq!(claim(0).kind, Kind::Layoff);
    assert_eq!(claim(0).headcount.as_ref().and_then(|h| h.min), Some(143));
    assert_eq!(
        claim(0)
            .date
            .as_ref()
            .map(|d| d.earliest.to_string())
            .as_deref(),
        Some("2024-03-18")
    );
    // A line break inside a cell is a space; "Closure" is a closure.
    assert_eq!(claim(1).company, "Lantern Bay Foods");
    assert_eq!(claim(1).kind, Kind::Closure);
    // The bad row is skipped with its sheet row as its line.
    let err = out[2].as_ref().unwrap_err();
    assert_eq!(err.line, Some(4));
    assert!(err.reason.contains("negative count"), "{err:?}");
}

#[test]
fn a_file_that_is_no_workbook_is_named_and_skipped() {
    let dir = std::env::temp_dir().join(format!("headcount-xlsx-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("notices.xlsx");
    std::fs::write(&path, "Company,Location\nAcme,Reno\n").unwrap();
    let out: Vec<_> = documents(std::slice::from_ref(&path)).collect();
    assert_eq!(out.len(), 1);
    let err = out[0].as_ref().unwrap_err();
    assert!(err.reason.contains("unreadable spreadsheet"), "{err:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
