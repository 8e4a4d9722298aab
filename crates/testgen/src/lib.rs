//! Deterministic synthetic news for headcount's benchmarks and tests (a dev-dependency
//! only; never published).
//!
//! The principal pieces, and how a generator uses them:
//!
//! - an [`Rng`]: [`XorShift`] for the benchmark streams, [`SplitMix64`] for the crash
//!   test's input. Both are seeded and give the same numbers on every machine.
//! - a [`Words`] set: the names (teams, people, places, firms) and number shapes that fill
//!   the `{slot}`s of a sentence template, with [`Words::fill`]. [`STREAM_WORDS`] serves
//!   the extraction stream (`crates/extract/benches/gen`), [`CORPUS_WORDS`] the store
//!   corpus (`crates/store/examples/gen_corpus.rs`).
//! - [`Words::headline`] and [`Words::paragraphs`] turn a topic's sentence templates into
//!   a title and a body; [`Article::news`] dates them and makes them the news-please
//!   record the generators write.
//! - [`layoff_page`] writes one long page of layoff reports naming thousands of firms,
//!   for the extractor's scaling test and long-document bench.
//! - [`share_and_seed`] reads the `[SHARE] [SEED]` arguments both generator examples take.
//!
//! What each generator writes about (its topics, its layoff reports) stays with the
//! generator; this crate holds what they have in common.
//!
//! **Frozen output.** The figures in `BENCHMARKS.md` were measured on the streams these
//! pieces produce, so any change here that alters a single byte of them (a word added to a
//! table, a range moved by one, an extra draw from the RNG) invalidates those figures. The
//! tests at the bottom of each module pin a few outputs; after a change, regenerate the
//! streams and `cmp` them with the old ones.
//!
//! ```
//! use headcount_testgen::{XorShift, STREAM_WORDS};
//!
//! let mut rng = XorShift::new(1);
//! let mut s = String::new();
//! STREAM_WORDS.fill(&mut rng, "{team} beat {team} {score} on {day}.", &mut s);
//! assert!(s.ends_with('.') && !s.contains('{'));
//! // The same seed gives the same text.
//! let mut again = String::new();
//! STREAM_WORDS.fill(&mut XorShift::new(1), "{team} beat {team} {score} on {day}.", &mut again);
//! assert_eq!(s, again);
//! ```

mod page;
mod rng;
mod words;

use std::ops::Range;
use std::process::ExitCode;

pub use page::layoff_page;
pub use rng::{Rng, SplitMix64, XorShift};
pub use words::{Words, CORPUS_WORDS, MONTHS, STREAM_WORDS, STRESS_EVERY, WEEKDAYS};

/// One news-please article, as the generators write it (one JSON object a line). Fields
/// serialise in this order; `None` is written as `null`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Article {
    pub id: String,
    pub url: Option<String>,
    pub source_domain: Option<String>,
    pub title: Option<String>,
    pub date_publish: Option<String>,
    pub maintext: String,
}

impl Article {
    /// Generated news number `i` on `topic`, from news.example.com, published at a random
    /// day and minute of `years` (the draws come after the text's, in this order).
    pub fn news(
        rng: &mut impl Rng,
        i: u64,
        topic: &str,
        years: Range<u64>,
        title: String,
        maintext: String,
    ) -> Article {
        let (y, m, d) = (
            rng.range(years.start, years.end),
            rng.range(1, 13),
            rng.range(1, 29),
        );
        let (hh, mm) = (rng.range(0, 24), rng.range(0, 60));
        Article {
            id: format!("gen{i}"),
            url: Some(format!("https://news.example.com/{topic}/{y}/{m:02}/{i}")),
            source_domain: Some("news.example.com".into()),
            title: Some(title),
            date_publish: Some(format!("{y}-{m:02}-{d:02} {hh:02}:{mm:02}:00")),
            maintext,
        }
    }
}

/// The `[SHARE] [SEED]` arguments the generator examples take after their size (`args`
/// starts at SHARE): the share of documents that are layoff articles (default 0.05, in
/// 0..=1) and the seed (default 1). A bad value is reported on standard error, followed by
/// `usage`, and gives the exit code to end with.
pub fn share_and_seed(args: &[String], usage: &str) -> Result<(f64, u64), ExitCode> {
    let share: f64 = match args.first().map(|s| s.parse()) {
        None => 0.05,
        Some(Ok(x)) if (0.0..=1.0).contains(&x) => x,
        Some(_) => {
            eprintln!("SHARE must be a number in 0..=1\n{usage}");
            return Err(ExitCode::from(2));
        }
    };
    let seed: u64 = match args.get(1).map(|s| s.parse()) {
        None => 1,
        Some(Ok(x)) => x,
        Some(Err(_)) => {
            eprintln!("SEED must be a whole number\n{usage}");
            return Err(ExitCode::from(2));
        }
    };
    Ok((share, seed))
}
