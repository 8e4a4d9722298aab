//! Whatever the bytes, reading a file returns documents or errors and never panics.

use proptest::prelude::*;
use std::path::PathBuf;

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headcount-ingest-prop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Bytes that look a little like each format, so the parsers get past their first check.
fn input() -> impl Strategy<Value = Vec<u8>> {
    let prefix = prop_oneof![
        Just(Vec::new()),
        Just(b"{\"maintext\": \"".to_vec()),
        Just(b"[{\"maintext\": \"a\"}, ".to_vec()),
        Just(b"<html><head><title>".to_vec()),
        Just(b"\xEF\xBB\xBF".to_vec()),
    ];
    (prefix, prop::collection::vec(any::<u8>(), 0..2048)).prop_map(|(mut p, rest)| {
        p.extend(rest);
        p
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn arbitrary_bytes_never_panic(bytes in input(), ext in prop::sample::select(vec!["txt", "json", "jsonl", "html", "html.gz"])) {
        let file = format!("case.{ext}");
        let path = scratch().join(&file);
        std::fs::write(&path, &bytes).unwrap();
        for item in headcount_ingest::documents(&[path]) {
            if let Err(e) = item {
                prop_assert!(e.path.ends_with(&file), "error names another file: {}", e);
            }
        }
    }

    #[test]
    fn arbitrary_html_never_panics(s in "(<[a-z/!]{0,3}[ a-z=\"']{0,6}>|[a-z ]{0,12}|&[a-z#0-9]{0,5};?){0,200}") {
        let _ = headcount_ingest::html::extract(&s);
    }

    /// CSV files through the walker: random bytes after a real header of each layout (and
    /// none), so rows reach every layout's readers.
    #[test]
    fn arbitrary_tables_never_panic(
        header in prop::sample::select(vec![
            "",
            "notice_date,effective_date,received_date,company,city,num_employees,layoff_or_closure,county,address,source_file\r\n",
            "action,city,company,county,date_close,date_start,extras,includes,jobs,link\n",
            "layoffs,,,\ncompany,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added\n",
        ]),
        rest in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let path = scratch().join("case.csv");
        let mut bytes = header.as_bytes().to_vec();
        bytes.extend(rest);
        std::fs::write(&path, &bytes).unwrap();
        for item in headcount_ingest::documents(&[path]) {
            match item {
                Ok(d) => prop_assert!(d.record.is_some()),
                Err(e) => prop_assert!(e.path.ends_with("case.csv"), "error names another file: {}", e),
            }
        }
    }
}
