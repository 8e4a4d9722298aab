//! Counts and percentages in a sentence (the `Count` and `Percent` lexicon rules).
//!
//! INTERFACE (owned by the quantity/date helper; the frame builder relies on it):
//! `find_counts(s)` returns every headcount-like number expression in `s`, with byte
//! offsets relative to `s`, as an interval: exact figures, spelled-out numbers, ranges,
//! vague amounts, approximations and bounds. Money, years, times and percentages are
//! not counts. `find_percents(s)` returns shares of a whole.

/// How a count was worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// "2,400", "two thousand", "1.2 million"
    Exact,
    /// "about 1,000", "roughly 1,100", "nearly 12,000"
    Approximate,
    /// "between 300 and 400", "50 to 100", "5,000-7,000"
    Range,
    /// "more than 27,000", "at least 115"
    LowerBound,
    /// "up to 12,000", "fewer than 90"
    UpperBound,
    /// "hundreds", "several hundred", "thousands", "dozens", "a handful"
    Vague,
}

/// A count expression: `min..=max` (either may be open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub start: usize,
    pub end: usize,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub kind: CountKind,
}

/// A percentage expression ("17%", "10 percent", "a tenth", "one in 12", "nearly a fifth").
#[derive(Debug, Clone, PartialEq)]
pub struct Percent {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// "less than 2 percent" is an upper bound, not a value.
    pub upper_bound: bool,
}

pub fn find_counts(_s: &str) -> Vec<Count> {
    Vec::new()
}

pub fn find_percents(_s: &str) -> Vec<Percent> {
    Vec::new()
}
