//! headcount-extract: news text → layoff claims with evidence. Pure: no I/O, no global
//! mutable state.
//!
//! The principal types: a [`Document`] (text, title, URL, publication date) goes in,
//! [`extract`] runs a prefilter, splits sentences, marks typed spans (counts, dates,
//! organisations, triggers), builds a frame per trigger and coalesces frames about the
//! same round into [`Claim`]s, each with its [`Evidence`] spans.

pub mod dates;
mod model;
pub mod quantity;
pub mod tokens;

pub use model::*;

/// Extracts every reported round of job cuts from one document.
pub fn extract(_doc: &Document) -> Vec<Claim> {
    Vec::new()
}
