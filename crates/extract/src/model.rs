//! The claim data model: what one document says about one round of cuts.
//!
//! These types serialise to the claim JSON contract of `shared/SPEC.md`
//! (read by `shared/eval/score.py`), so field names and shapes are fixed.

use chrono::NaiveDate;
use serde::Serialize;

/// What a claim reports. Kinds keep running totals and plans from being
/// added to the rounds they cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Cuts carried out or under way.
    Layoff,
    /// Announced future cuts.
    Plan,
    /// A running total over a period ("27,000 since 2022").
    Cumulative,
    /// A site, plant, store or office closing.
    Closure,
    /// Areas where the company still hires.
    Hiring,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Layoff => "layoff",
            Kind::Plan => "plan",
            Kind::Cumulative => "cumulative",
            Kind::Closure => "closure",
            Kind::Hiring => "hiring",
        }
    }
}

/// How precise a date interval is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Quarter,
    Half,
    Year,
}

impl Precision {
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Quarter => "quarter",
            Precision::Half => "half",
            Precision::Year => "year",
        }
    }
}

/// A date as an interval, with the words it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateInterval {
    pub text: String,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
}

/// A headcount as a range; `min == max` for an exact figure, `None` for an
/// open bound ("more than 27,000" has no max).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Headcount {
    pub text: String,
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// Severance terms as worded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Severance {
    pub text: String,
}

/// Why the company cuts: the fixed list of SPEC.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Reason {
    Cost,
    Restructuring,
    Efficiency,
    Ai,
    Automation,
    Demand,
    Financial,
    Merger,
    Relocation,
    Other,
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Cost => "cost",
            Reason::Restructuring => "restructuring",
            Reason::Efficiency => "efficiency",
            Reason::Ai => "ai",
            Reason::Automation => "automation",
            Reason::Demand => "demand",
            Reason::Financial => "financial",
            Reason::Merger => "merger",
            Reason::Relocation => "relocation",
            Reason::Other => "other",
        }
    }
}

/// A byte span of the document text that supports a claim, with the fields
/// it supports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Which claim fields this sentence supplied ("kind", "company",
    /// "headcount", "date", "percent", "units", ...).
    pub fields: Vec<&'static str>,
}

/// What one document says about one round of cuts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    pub kind: Kind,
    pub company: String,
    pub parent: Option<String>,
    pub aliases: Vec<String>,
    pub date: Option<DateInterval>,
    pub headcount: Option<Headcount>,
    pub percent: Option<f64>,
    pub units: Vec<String>,
    pub locations: Vec<String>,
    pub reasons: Vec<Reason>,
    pub severance: Option<Severance>,
    pub evidence: Vec<Evidence>,
    pub confidence: f64,
}

/// The input of extraction: a document's text and what is known about it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Document<'a> {
    /// The document text; evidence offsets are byte offsets into it.
    pub text: &'a str,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published: Option<NaiveDate>,
}
