//! Incremental resolution equals full resolution.
//!
//! A write re-resolves only the parts of company families that its new claims reach
//! (`headcount_store::reach`). These tests generate families of claims whose dates,
//! kinds, figures and sources are drawn so that the rules' windows are crossed often
//! (firm and vague dates, undated reports published weeks or a year later, WARN notices,
//! running totals, hiring, a few claims nothing places in time, aliases), write them in a
//! random order and random batches, and check that:
//! - re-resolving every family whole afterwards changes nothing (no event, no claim);
//! - another arrival order, in other batches, gives the same events, ids and JSON.

use chrono::{Days, NaiveDate};
use headcount_extract::{Claim, DateInterval, Headcount, Kind, Precision};
use headcount_store::{
    content_hash, EventFilter, NewDocument, SourceType, SqliteStore, Store, TableRecord,
};
use headcount_testgen::{Rng, XorShift};
use proptest::prelude::*;

const COMPANIES: &[(&str, &[&str])] = &[
    ("Acme", &[]),
    ("Globex", &["Globex Corporation"]),
    ("Initech", &[]),
];

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).expect("date")
}

/// One generated document with one or two claims.
fn document(rng: &mut XorShift, n: usize) -> NewDocument {
    let company = rng.range(0, COMPANIES.len() as u64) as usize;
    let (name, aliases) = COMPANIES[company];
    // Rounds cluster around a few centres per company, so that reports meet.
    let centre = rng.range(0, 8) * 150 + rng.range(0, 20);
    let day = base() + Days::new(centre);
    let source_type = match rng.range(0, 10) {
        0 | 1 => SourceType::Warn,
        2 => SourceType::Tracker,
        _ => SourceType::News,
    };
    let published = match rng.range(0, 12) {
        0 => None,
        1 => Some(day + Days::new(rng.range(100, 420))),
        _ => Some(day + Days::new(rng.range(0, 10))),
    };
    let mut claims = Vec::new();
    for ordinal in 0..rng.range(1, 3) {
        let kind = match rng.range(0, 12) {
            0 => Kind::Hiring,
            1 => Kind::Cumulative,
            2 | 3 => Kind::Closure,
            4 | 5 => Kind::Plan,
            _ => Kind::Layoff,
        };
        let offset = Days::new(rng.range(0, 12) + ordinal * 40);
        let date = match rng.range(0, 6) {
            0 => None,
            1 => Some(DateInterval {
                text: String::new(),
                earliest: published.unwrap_or(day),
                latest: published.unwrap_or(day),
                precision: Precision::Day,
            }),
            2 => {
                let start = NaiveDate::from_ymd_opt(chrono::Datelike::year(&(day + offset)), 1, 1)
                    .expect("date");
                Some(DateInterval {
                    text: "this year".into(),
                    earliest: start,
                    latest: start + Days::new(364),
                    precision: Precision::Year,
                })
            }
            3 => Some(DateInterval {
                text: "in the month".into(),
                earliest: day + offset,
                latest: day + offset + Days::new(29),
                precision: Precision::Month,
            }),
            _ => Some(DateInterval {
                text: "on Tuesday".into(),
                earliest: day + offset,
                latest: day + offset,
                precision: Precision::Day,
            }),
        };
        let figure = [40, 45, 120, 130, 900, 1000, 2500][rng.range(0, 7) as usize];
        let headcount = (rng.range(0, 5) > 0).then(|| Headcount {
            text: figure.to_string(),
            min: Some(figure),
            max: (rng.range(0, 6) > 0).then_some(figure),
        });
        claims.push(Claim {
            kind,
            company: if rng.range(0, 4) == 0 && !aliases.is_empty() {
                aliases[0].to_owned()
            } else {
                name.to_owned()
            },
            parent: None,
            aliases: if rng.range(0, 3) == 0 {
                aliases.iter().map(|a| a.to_string()).collect()
            } else {
                Vec::new()
            },
            date,
            headcount,
            percent: (rng.range(0, 4) == 0).then(|| [5.0, 6.0, 12.0][rng.range(0, 3) as usize]),
            units: if rng.range(0, 3) == 0 {
                vec!["sales".into()]
            } else {
                Vec::new()
            },
            locations: Vec::new(),
            reasons: Vec::new(),
            severance: None,
            evidence: Vec::new(),
            confidence: 0.8,
        });
    }
    let text = format!("generated document {n}");
    let record = (source_type == SourceType::Warn).then(|| TableRecord {
        notice_date: published.or(Some(day)),
        effective_date: Some(day + Days::new(60 + rng.range(0, 30))),
        city: Some(["Austin", "Denver", "Boise"][rng.range(0, 3) as usize].into()),
        state: Some("TX".into()),
        ..TableRecord::default()
    });
    NewDocument {
        hash: content_hash(&text),
        path: format!("gen/{n}.json"),
        line: None,
        source_id: None,
        url: None,
        title: None,
        outlet: None,
        published,
        text,
        claims,
        source_type,
        record,
    }
}

fn corpus(seed: u64, n: usize) -> Vec<NewDocument> {
    let mut rng = XorShift::new(seed);
    (0..n).map(|i| document(&mut rng, i)).collect()
}

/// Writes `docs` in the order and batches `seed` draws; returns the store.
fn ingest(docs: &[NewDocument], seed: u64) -> SqliteStore {
    let mut rng = XorShift::new(seed);
    let mut order: Vec<&NewDocument> = docs.iter().collect();
    for i in (1..order.len()).rev() {
        order.swap(i, rng.range(0, i as u64 + 1) as usize);
    }
    let mut store = SqliteStore::open_in_memory().expect("store");
    let mut rest = &order[..];
    while !rest.is_empty() {
        let take = (rng.range(1, 6) as usize).min(rest.len());
        let batch: Vec<NewDocument> = rest[..take].iter().map(|d| (*d).clone()).collect();
        store.write(&batch).expect("write");
        rest = &rest[take..];
    }
    store
}

fn events(store: &SqliteStore) -> Vec<(String, String)> {
    let mut e: Vec<(String, String)> = store
        .events(&EventFilter::default())
        .expect("events")
        .into_iter()
        .map(|e| (e.id, e.json))
        .collect();
    e.sort();
    e
}

/// The claim of this file for one corpus and one arrival order.
fn incremental_equals_full(seed: u64, order: u64, n: usize) -> Result<(), TestCaseError> {
    let docs = corpus(seed, n);
    let mut store = ingest(&docs, order);
    let before = events(&store);
    let full = store.resolve_all().expect("resolve all");
    prop_assert_eq!(
        (
            full.events_created,
            full.events_updated,
            full.events_superseded,
            full.claims_moved
        ),
        (0, 0, 0, 0),
        "a full re-resolution changed what incremental writes left"
    );
    prop_assert_eq!(&events(&store), &before);
    let other = ingest(&docs, order.wrapping_mul(31).wrapping_add(7));
    prop_assert_eq!(
        events(&other),
        before,
        "another arrival order gave other events"
    );
    Ok(())
}

/// Cases that once failed, kept whatever proptest draws. The last: an undated running
/// total's reason read the eras of a document from the lane of cuts, which was only
/// partly loaded when the running totals' lane was resolved.
#[test]
fn cases_that_once_failed() {
    for (seed, order, n) in [
        (12415510790125202575, 1430788494448884, 17),
        (5949305509598223623, 1, 52),
        (17149702936196270715, 1, 56),
    ] {
        if let Err(e) = incremental_equals_full(seed, order, n) {
            panic!("seed {seed}, order {order}, n {n}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn incremental_resolution_equals_full_resolution(seed in 1u64..u64::MAX, order in 1u64..u64::MAX, n in 5usize..60) {
        incremental_equals_full(seed, order, n)?;
    }
}
