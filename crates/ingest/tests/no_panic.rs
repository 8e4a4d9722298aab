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
    fn arbitrary_bytes_never_panic(bytes in input(), ext in prop::sample::select(vec!["txt", "json", "jsonl", "html", "html.gz", "rss", "xml"])) {
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

/// Feed-shaped text: an RSS or Atom opening, then tags, entities and words at random, so
/// the feed reader gets past its first checks into items, dates and HTML summaries.
fn feedish() -> impl Strategy<Value = Vec<u8>> {
    let head = prop::sample::select(vec![
        "",
        "<?xml version=\"1.0\"?>",
        "<rss version=\"2.0\"><channel><item>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item>",
    ]);
    let body = "(<[a-z:/!?]{0,9}[ a-z=\"']{0,8}>|[a-zA-Z0-9 ,:+-]{0,16}|&[a-z#0-9]{0,5};?|<!\\[CDATA\\[|\\]\\]>){0,120}";
    (head, body, prop::collection::vec(any::<u8>(), 0..64)).prop_map(|(h, b, tail)| {
        let mut bytes = format!("{h}{b}").into_bytes();
        bytes.extend(tail);
        bytes
    })
}

/// One feed: items or errors naming it, never a panic, never nothing.
fn read_feed(bytes: &[u8]) -> Result<(), TestCaseError> {
    let docs = headcount_ingest::feed::FEED.documents(bytes, "case.xml");
    prop_assert!(!docs.is_empty(), "a feed gives documents or an error");
    for d in docs {
        if let Err(e) = d {
            prop_assert_eq!(e.path, "case.xml");
        }
    }
    Ok(())
}

fn feed_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![prop::collection::vec(any::<u8>(), 0..2048), feedish()]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    /// The feed reader: random bytes, and feed-shaped text, give items or errors, never a
    /// panic. `arbitrary_feeds_never_panic_long` runs more (`PROPTEST_CASES`, `--ignored`).
    #[test]
    fn arbitrary_feeds_never_panic(bytes in feed_bytes()) {
        read_feed(&bytes)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::default())]
    #[test]
    #[ignore = "long-running; run with --release -- --ignored and PROPTEST_CASES"]
    fn arbitrary_feeds_never_panic_long(bytes in feed_bytes()) {
        read_feed(&bytes)?;
    }
}
