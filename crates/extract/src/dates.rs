//! Date expressions in a sentence (the `DateExpr` lexicon rules), resolved to intervals.
//!
//! INTERFACE (owned by the quantity/date helper; the frame builder relies on it):
//! `find_dates(s, ctx)` returns every date expression in `s` with byte offsets relative
//! to `s`, resolved against the publication date (or, without one, the year the text
//! itself uses most).

use crate::model::Precision;
use chrono::NaiveDate;

/// What relative dates resolve against.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    pub published: Option<NaiveDate>,
    /// The year the document's own dates point at, used when there is no publication date.
    pub default_year: Option<i32>,
}

/// A date expression and the interval it denotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    pub start: usize,
    pub end: usize,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
    /// True when resolved against the context ("on Thursday", "last month", "in May").
    pub relative: bool,
}

pub fn find_dates(_s: &str, _ctx: &DateContext) -> Vec<DateSpan> {
    Vec::new()
}
