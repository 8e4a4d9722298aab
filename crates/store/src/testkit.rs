//! Test fixtures shared by the store's unit tests.

use crate::model::{SourceType, Span, StoredClaim};
use chrono::NaiveDate;
use headcount_extract::{Kind, Precision};

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A claim of document `doc` (published `published`), dated `date` in its text
/// ("" for none), with figures.
pub fn claim(
    doc: &str,
    published: Option<&str>,
    kind: Kind,
    date: Option<(&str, &str, Precision)>,
    count: Option<(u64, u64)>,
    percent: Option<f64>,
) -> StoredClaim {
    StoredClaim {
        claim_id: 0,
        doc_hash: format!("hash-{doc}"),
        doc_path: format!("{doc}.json"),
        doc_title: None,
        doc_url: None,
        doc_outlet: None,
        published: published.map(day),
        reference: published.map(day),
        ordinal: 0,
        kind,
        company: "Acme".into(),
        company_key: "acme".into(),
        parent: None,
        aliases: Vec::new(),
        date: date.map(|(a, b, precision)| Span {
            earliest: day(a),
            latest: day(b),
            precision,
        }),
        date_text: if date.is_some() {
            "on Tuesday".into()
        } else {
            String::new()
        },
        headcount_text: None,
        min: count.map(|c| c.0),
        // u64::MAX stands for an open bound ("at least 1,200").
        max: count.map(|c| c.1).filter(|&m| m != u64::MAX),
        percent,
        units: Vec::new(),
        locations: Vec::new(),
        reasons: Vec::new(),
        severance: None,
        confidence: 0.8,
        source_type: SourceType::News,
        record: None,
    }
}
