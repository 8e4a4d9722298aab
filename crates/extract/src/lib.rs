//! headcount-extract: news text → layoff claims with evidence. Pure: no I/O, no global
//! mutable state.
//!
//! The principal types: a [`Document`] (text, title, URL, publication date) goes in;
//! [`extract`] runs the [`prefilter`], splits [`sentences`], marks typed spans
//! ([`quantity`] counts and percentages, [`dates`], [`orgs`], [`triggers`]), builds a
//! frame per trigger (`frames`), finds the units, severance terms and reasons a claim may
//! cite (`spans`) and coalesces frames about the same round into [`Claim`]s (`coalesce`),
//! each with its [`Evidence`] spans.
//!
//! ```
//! use headcount_extract::{extract, Document, Kind};
//! let text = "Acme Corp. laid off 1,200 employees on Tuesday, the company said.";
//! let published = chrono::NaiveDate::from_ymd_opt(2025, 3, 6);
//! let claims = extract(&Document { text, published, ..Default::default() });
//! assert_eq!(claims[0].company, "Acme");
//! assert_eq!(claims[0].kind, Kind::Layoff);
//! assert_eq!(claims[0].headcount.as_ref().unwrap().min, Some(1200));
//! assert_eq!(claims[0].date.as_ref().unwrap().earliest.to_string(), "2025-03-04");
//! ```

#[macro_use]
mod wordset;
mod coalesce;
mod cues;
pub mod dates;
mod frames;
mod lexicon;
mod model;
pub mod orgs;
pub mod places;
pub mod prefilter;
pub mod quantity;
mod reasons;
pub mod sentences;
pub mod severance;
mod spans;
pub mod tokens;
pub mod triggers;
pub mod units;

pub use model::*;

include!(concat!(env!("OUT_DIR"), "/rules_version.rs"));

/// Extracts every reported round of job cuts from one document.
pub fn extract(doc: &Document) -> Vec<Claim> {
    if !prefilter::may_mention_cuts(doc.text) {
        return Vec::new();
    }
    let analysis = frames::analyse(doc);
    coalesce::claims(doc, &analysis)
}
