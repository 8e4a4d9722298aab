//! Rows as both backends store them: the claim and event columns, how each is read back
//! (through [`Cells`], which SQLite's and PostgreSQL's rows both implement), and the
//! text forms of dates, kinds and lists.

use crate::keys::company_key;
use crate::model::{NewDocument, SourceType, Span, StoredClaim, TableRecord};
use crate::reach::Reach;
use crate::EventRow;
use chrono::NaiveDate;
use headcount_extract::{Claim, Kind, Precision};

/// Typed access to the columns of a result row, by position.
pub(crate) trait Cells {
    type Error;
    fn s(&self, i: usize) -> Result<String, Self::Error>;
    fn os(&self, i: usize) -> Result<Option<String>, Self::Error>;
    fn oi(&self, i: usize) -> Result<Option<i64>, Self::Error>;
    fn of(&self, i: usize) -> Result<Option<f64>, Self::Error>;
}

impl Cells for rusqlite::Row<'_> {
    type Error = rusqlite::Error;
    fn s(&self, i: usize) -> rusqlite::Result<String> {
        self.get(i)
    }
    fn os(&self, i: usize) -> rusqlite::Result<Option<String>> {
        self.get(i)
    }
    fn oi(&self, i: usize) -> rusqlite::Result<Option<i64>> {
        self.get(i)
    }
    fn of(&self, i: usize) -> rusqlite::Result<Option<f64>> {
        self.get(i)
    }
}

impl Cells for postgres::Row {
    type Error = postgres::Error;
    fn s(&self, i: usize) -> Result<String, postgres::Error> {
        self.try_get(i)
    }
    fn os(&self, i: usize) -> Result<Option<String>, postgres::Error> {
        self.try_get(i)
    }
    fn oi(&self, i: usize) -> Result<Option<i64>, postgres::Error> {
        self.try_get(i)
    }
    fn of(&self, i: usize) -> Result<Option<f64>, postgres::Error> {
        self.try_get(i)
    }
}

pub(crate) fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub(crate) fn date_str(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// A stored `YYYY-MM-DD` date. Read digit by digit: a listing parses two a row, and a
/// format-string parser costs more than the row itself.
pub(crate) fn parse_date(s: Option<String>) -> Option<NaiveDate> {
    let s = s?;
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok();
    }
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

fn parse_kind(s: &str) -> Kind {
    match s {
        "plan" => Kind::Plan,
        "cumulative" => Kind::Cumulative,
        "closure" => Kind::Closure,
        "hiring" => Kind::Hiring,
        _ => Kind::Layoff,
    }
}

fn parse_precision(s: &str) -> Precision {
    match s {
        "day" => Precision::Day,
        "month" => Precision::Month,
        "quarter" => Precision::Quarter,
        "half" => Precision::Half,
        _ => Precision::Year,
    }
}

pub(crate) fn json_list(s: &str) -> Vec<String> {
    serde_json::from_str(s).unwrap_or_default()
}

pub(crate) fn to_json<T: serde::Serialize + ?Sized>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "[]".into())
}

/// The columns `claim_from_row` reads, in order.
pub(crate) const CLAIM_COLUMNS: &str =
    "c.claim_id, d.hash, d.path, d.title, d.url, d.outlet, d.published,
    d.reference_date, c.ordinal, c.kind, c.company, c.company_key, c.parent, c.aliases,
    c.date_text, c.date_earliest, c.date_latest, c.date_precision, c.headcount_text,
    c.headcount_min, c.headcount_max, c.percent, c.units, c.locations, c.reasons,
    c.severance, c.confidence, c.event_id, c.join_reason, d.source_type, d.notice_date,
    d.received_date, d.effective_date, d.city, d.county, d.state, d.address";

/// A claim row, with its current event and join reason.
pub(crate) fn claim_from_row<C: Cells>(
    r: &C,
) -> Result<(StoredClaim, Option<String>, Option<String>), C::Error> {
    let earliest = parse_date(r.os(15)?);
    let latest = parse_date(r.os(16)?);
    let precision: Option<String> = r.os(17)?;
    let date = match (earliest, latest, precision) {
        (Some(earliest), Some(latest), Some(p)) => Some(Span {
            earliest,
            latest,
            precision: parse_precision(&p),
        }),
        _ => None,
    };
    let kind: String = r.s(9)?;
    let source_type = SourceType::parse(&r.s(29)?).unwrap_or_default();
    let record = TableRecord {
        notice_date: parse_date(r.os(30)?),
        received_date: parse_date(r.os(31)?),
        effective_date: parse_date(r.os(32)?),
        city: r.os(33)?,
        county: r.os(34)?,
        state: r.os(35)?,
        address: r.os(36)?,
    };
    let claim = StoredClaim {
        claim_id: r.oi(0)?.unwrap_or(0),
        doc_hash: r.s(1)?,
        doc_path: r.s(2)?,
        doc_title: r.os(3)?,
        doc_url: r.os(4)?,
        doc_outlet: r.os(5)?,
        published: parse_date(r.os(6)?),
        reference: parse_date(r.os(7)?),
        ordinal: r.oi(8)?.unwrap_or(0).clamp(0, i64::from(u32::MAX)) as u32,
        kind: parse_kind(&kind),
        company: r.s(10)?,
        company_key: r.s(11)?,
        parent: r.os(12)?,
        aliases: json_list(&r.s(13)?),
        date_text: r.s(14)?,
        date,
        headcount_text: r.os(18)?,
        min: r.oi(19)?.map(|n| n.max(0) as u64),
        max: r.oi(20)?.map(|n| n.max(0) as u64),
        percent: r.of(21)?,
        units: json_list(&r.s(22)?),
        locations: json_list(&r.s(23)?),
        reasons: json_list(&r.s(24)?),
        severance: r.os(25)?,
        confidence: r.of(26)?.unwrap_or(0.0),
        source_type,
        record: (record != TableRecord::default()).then_some(record),
    };
    Ok((claim, r.os(27)?, r.os(28)?))
}

pub(crate) const EVENT_COLUMNS: &str =
    "event_id, company, parent, kind, date_earliest, date_latest,
    date_precision, headcount_min, headcount_max, percent, sources, json";

pub(crate) fn event_from_row<C: Cells>(r: &C) -> Result<EventRow, C::Error> {
    let earliest = parse_date(r.os(4)?);
    let latest = parse_date(r.os(5)?);
    let precision: Option<String> = r.os(6)?;
    Ok(EventRow {
        id: r.s(0)?,
        company: r.s(1)?,
        parent: r.os(2)?,
        kind: r.s(3)?,
        date: match (earliest, latest, precision) {
            (Some(a), Some(b), Some(p)) => Some((a, b, p)),
            _ => None,
        },
        headcount_min: r.oi(7)?.map(|n| n.max(0) as u64),
        headcount_max: r.oi(8)?.map(|n| n.max(0) as u64),
        percent: r.of(9)?,
        sources: r.oi(10)?.unwrap_or(0).max(0) as u64,
        json: r.s(11)?,
    })
}

/// The stored values of a claim about to be written, in the order of the claims
/// columns from `kind` on: what both backends' inserts take.
pub(crate) struct ClaimValues<'a> {
    pub kind: &'static str,
    pub company: &'a str,
    pub name_key: String,
    pub parent: Option<&'a str>,
    pub aliases: String,
    pub date_text: &'a str,
    pub earliest: Option<String>,
    pub latest: Option<String>,
    pub precision: Option<&'static str>,
    pub headcount_text: Option<&'a str>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub percent: Option<f64>,
    pub units: String,
    pub locations: String,
    pub reasons: String,
    pub severance: Option<&'a str>,
    pub confidence: f64,
    pub reach: Reach,
    pub lane: &'static str,
    pub reach_lo: Option<i64>,
    pub reach_hi: Option<i64>,
}

impl<'a> ClaimValues<'a> {
    pub fn of(d: &NewDocument, c: &'a Claim) -> ClaimValues<'a> {
        let reach = Reach::of_new(d, c);
        ClaimValues {
            kind: c.kind.as_str(),
            company: &c.company,
            name_key: company_key(&c.company),
            parent: c.parent.as_deref(),
            aliases: to_json(&c.aliases),
            date_text: c.date.as_ref().map(|d| d.text.as_str()).unwrap_or(""),
            earliest: c.date.as_ref().map(|d| d.earliest.to_string()),
            latest: c.date.as_ref().map(|d| d.latest.to_string()),
            precision: c.date.as_ref().map(|d| d.precision.as_str()),
            headcount_text: c.headcount.as_ref().map(|h| h.text.as_str()),
            min: int(c.headcount.as_ref().and_then(|h| h.min)),
            max: int(c.headcount.as_ref().and_then(|h| h.max)),
            percent: c.percent,
            units: to_json(&c.units),
            locations: to_json(&c.locations),
            reasons: to_json(&c.reasons),
            severance: c.severance.as_ref().map(|s| s.text.as_str()),
            confidence: c.confidence,
            reach,
            lane: reach.lane.as_str(),
            reach_lo: reach.days.map(|d| d.0),
            reach_hi: reach.days.map(|d| d.1),
        }
    }
}

/// Stored integers are signed: figures beyond i64 are clamped (no real headcount is).
pub(crate) fn int(n: Option<u64>) -> Option<i64> {
    n.map(|n| n.min(i64::MAX as u64) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_dates_read_back() {
        let d = |s: &str| parse_date(Some(s.to_owned()));
        assert_eq!(d("2025-07-17"), NaiveDate::from_ymd_opt(2025, 7, 17));
        assert_eq!(d("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(d("2023-02-29"), None);
        assert_eq!(d("2025-7-17"), NaiveDate::from_ymd_opt(2025, 7, 17));
        assert_eq!(d("20x5-07-17"), None);
        assert_eq!(parse_date(None), None);
    }
}
