//! Re-reading stored documents with changed rules (`headcount_store::rebuild`): written
//! here, documents of three companies are read by the real extractor, then rebuilt with a
//! *changed* extractor: the real one with two made-up rule-table entries changed (one
//! company's name, and the date of one of its reports). The rebuild must equal a fresh store read by the
//! changed extractor (ids and JSON), leave the events it does not touch as they were,
//! lead the id of the round that lost its earliest report to the round's new id, and be
//! done: all documents at the new version, a second run re-reading nothing.

use chrono::NaiveDate;
use headcount_extract::{extract, Claim, DateInterval, Document, Precision, RULES_VERSION};
use headcount_store::rebuild::{self, Options};
use headcount_store::{
    content_hash, EventFilter, NewDocument, RulesCount, SourceType, SqliteStore, Store,
};
use std::collections::BTreeMap;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// (published, text): three reports of Acme's March 2025 round (the earliest first),
/// two of Borealis's June 2024 round, one of Cobalt's, and a text with no claim.
const DOCS: &[(&str, &str)] = &[
    (
        "2025-03-04",
        "Acme Robotics is cutting about 120 jobs this week, according to a memo sent on Tuesday.",
    ),
    (
        "2025-03-06",
        "Acme Robotics laid off 120 employees on Tuesday, the company said. The cuts hit its warehouse software team.",
    ),
    (
        "2025-03-07",
        "Acme Robotics confirmed it laid off 120 workers on March 4, 2025.",
    ),
    (
        "2024-06-12",
        "Borealis Freight laid off 300 workers at its Denver hub on June 10, 2024.",
    ),
    (
        "2024-06-14",
        "Borealis Freight cut 300 jobs in Denver this week, the company said on Thursday.",
    ),
    (
        "2023-11-02",
        "Cobalt Mills will close its Ohio plant, laying off 85 workers, the company said on November 1, 2023.",
    ),
    ("2025-01-10", "The city council met on Tuesday to discuss parking."),
];

/// The changed rules: an entry of a company-name table (the name now read in full), and
/// an entry of a date table (one report now reads a year earlier).
const RENAMED: (&str, &str) = ("Acme Robotics", "Acme Robotics Group");
const REDATED: (&str, &str) = ("Acme Robotics is cutting", "2024-03-05");

/// The real extractor with the changed rules applied.
fn changed(doc: &Document) -> Vec<Claim> {
    let mut claims = extract(doc);
    for c in &mut claims {
        if c.company == RENAMED.0 {
            c.company = RENAMED.1.into();
        }
        if doc.text.starts_with(REDATED.0) {
            c.date = Some(DateInterval {
                text: "March 5, 2024".into(),
                earliest: day(REDATED.1),
                latest: day(REDATED.1),
                precision: Precision::Day,
            });
        }
    }
    claims
}

fn store_read_by(read: &dyn Fn(&Document) -> Vec<Claim>) -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs: Vec<NewDocument> = DOCS
        .iter()
        .enumerate()
        .map(|(i, (published, text))| {
            let published = Some(day(published));
            NewDocument {
                hash: content_hash(text),
                path: format!("d{i}.txt"),
                line: None,
                source_id: None,
                url: None,
                title: None,
                outlet: None,
                published,
                text: (*text).into(),
                claims: read(&Document {
                    text,
                    published,
                    ..Default::default()
                }),
                source_type: SourceType::News,
                record: None,
            }
        })
        .collect();
    store.write(&docs).unwrap();
    store
}

/// Event id → JSON.
fn events(store: &SqliteStore) -> BTreeMap<String, String> {
    store
        .events(&EventFilter::default())
        .unwrap()
        .into_iter()
        .map(|e| (e.id, e.json))
        .collect()
}

fn company_of(json: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["company"].as_str().unwrap().to_owned()
}

#[test]
fn a_changed_rule_changes_only_the_events_it_touches() {
    let mut store = store_read_by(&extract);
    let before = events(&store);
    let acme_before: Vec<&String> = before
        .iter()
        .filter(|(_, j)| company_of(j) == RENAMED.0)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(acme_before.len(), 1, "one Acme round: {before:#?}");
    let old_id = acme_before[0].clone();

    let mut batches = 0;
    let options = Options {
        batch: 2,
        ..Options::default()
    };
    let summary = rebuild::rebuild(&mut store, &changed, "rules-2", &options, &mut |_| {
        batches += 1
    })
    .unwrap();
    assert_eq!(
        summary.documents, 6,
        "every document with claims: {summary:?}"
    );
    assert_eq!(batches, 3, "6 documents in batches of 2");
    assert_eq!(summary.claims_before, summary.claims_after);

    // The same as reading everything with the changed rule in the first place.
    let after = events(&store);
    assert_eq!(after, events(&store_read_by(&changed)));
    // Borealis and Cobalt: the same ids and JSON.
    for (id, json) in &before {
        if company_of(json) != RENAMED.0 {
            assert_eq!(after.get(id), Some(json), "{id} changed");
        }
    }
    // Acme, by its new name: the round lost its earliest report, which is a round of its
    // own now; the old id leads to the round that holds most of its reports.
    let acme_after: Vec<&String> = after
        .iter()
        .filter(|(_, j)| company_of(j) == RENAMED.1)
        .map(|(id, _)| id)
        .collect();
    assert_eq!(acme_after.len(), 2, "{after:#?}");
    assert!(
        !after.contains_key(&old_id),
        "the round's id follows its earliest report"
    );
    let detail = store.event(&old_id).unwrap().expect("the old id leads on");
    let (asked, reason) = detail.asked_for.expect("an older id");
    assert_eq!(asked, old_id);
    assert!(reason.contains("split"), "{reason}");
    assert!(acme_after.contains(&&detail.event.id));
    assert_eq!(detail.event.sources, 2);
    assert!(
        detail.log.iter().any(|l| l.action == "superseded"),
        "{:#?}",
        detail.log
    );

    // Every document with kept text is at the new version; the one without text is not
    // (nothing to re-read), and a second run re-reads nothing.
    let mut counts = store.rules_counts().unwrap();
    counts.sort_by(|a, b| a.rules.cmp(&b.rules));
    let mut want = vec![
        RulesCount {
            rules: Some(RULES_VERSION.into()),
            documents: 1,
            claims: 0,
            kept: 0,
        },
        RulesCount {
            rules: Some("rules-2".into()),
            documents: 6,
            claims: summary.claims_after,
            kept: 6,
        },
    ];
    want.sort_by(|a, b| a.rules.cmp(&b.rules));
    assert_eq!(counts, want);
    let again = rebuild::rebuild(&mut store, &changed, "rules-2", &options, &mut |_| {}).unwrap();
    assert_eq!(again.documents, 0);
    assert_eq!(events(&store), after);

    // One company's documents, all of them: re-read by the same rules, nothing changes.
    let borealis = Options {
        company: Some("Borealis Freight"),
        all: true,
        ..Options::default()
    };
    let only = rebuild::rebuild(&mut store, &changed, "rules-2", &borealis, &mut |_| {}).unwrap();
    assert_eq!(only.documents, 2);
    assert_eq!(only.written.events_created + only.written.events_updated, 0);
    assert_eq!(only.written.claims_moved, 0);
    assert_eq!(events(&store), after);
}
