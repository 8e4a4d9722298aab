//! Robustness on real text: every dev-corpus article and every seed report goes through
//! `extract`, and every claim must satisfy the invariants of `common::check_claims`.
//! Extraction quality is scored separately (`shared/eval/score.py`); this test only
//! asks that real articles neither panic nor yield a malformed claim.

mod common;

use chrono::NaiveDate;
use headcount_extract::{extract, Document};
use std::path::{Path, PathBuf};

const ARTICLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/dev/articles"
);
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

/// The files in `dir` ending in `.ext`, sorted; `None` when the folder is missing.
fn files(dir: &str, ext: &str) -> Option<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    paths.sort();
    Some(paths)
}

/// news-please writes `date_publish` as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS`.
fn published(v: &serde_json::Value) -> Option<NaiveDate> {
    let s = v.get("date_publish")?.as_str()?;
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Extracts `doc` and returns a failure line for it, if any.
fn check(path: &Path, doc: &Document) -> Option<String> {
    let claims = extract(doc);
    common::check_claims(doc, &claims)
        .err()
        .map(|e| format!("{}: {e}", path.display()))
}

#[test]
fn dev_articles_keep_the_invariants() {
    let Some(paths) = files(ARTICLES, "json") else {
        eprintln!("dev articles not found at {ARTICLES}; skipping");
        return;
    };
    assert!(!paths.is_empty(), "no .json files in {ARTICLES}");
    let mut failures = Vec::new();
    for path in &paths {
        let raw = std::fs::read_to_string(path).unwrap();
        let v: serde_json::Value = serde_json::from_str(&raw)
            .unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()));
        let text = v.get("maintext").and_then(|t| t.as_str()).unwrap_or("");
        let doc = Document {
            text,
            title: v.get("title").and_then(|t| t.as_str()),
            url: v.get("url").and_then(|t| t.as_str()),
            published: published(&v),
        };
        failures.extend(check(path, &doc));
        // The same text with no publication date takes the other path through
        // relative-date resolution ("the year comes from the text's own dates").
        failures.extend(check(
            path,
            &Document {
                published: None,
                ..doc
            },
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seeds_keep_the_invariants() {
    let Some(paths) = files(SEEDS, "txt") else {
        eprintln!("seeds not found at {SEEDS}; skipping");
        return;
    };
    assert!(!paths.is_empty(), "no .txt files in {SEEDS}");
    let mut failures = Vec::new();
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        // SPEC.md: the first non-empty line of a plain text article is its title.
        let title = text.lines().find(|l| !l.trim().is_empty());
        for published in [None, NaiveDate::from_ymd_opt(2025, 7, 18)] {
            let doc = Document {
                text: &text,
                title,
                url: None,
                published,
            };
            failures.extend(check(path, &doc));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
