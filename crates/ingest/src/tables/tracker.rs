//! Layoff trackers: layoffs.fyi and the tables built like it. Columns are found by name,
//! never by position, under any of the names the known copies use: the Kaggle snake_case
//! export (`company, location, total_laid_off, date, percentage_laid_off, …`), the
//! `Location_HQ` export (`Company, Location_HQ, Laid_Off_Count, Percentage, …`) and the
//! German European list (`Firma, Datum (YYYY-MM-DD), Betroffene (Zahl), % der Belegschaft, …`).

use super::{cells, checked_count, Cells, Fields, Header, Layout, Row, SourceType};
use headcount_extract::{Kind, Precision};

pub struct Tracker;

const COMPANY: &[&str] = &["company", "firma"];
const DATE: &[&str] = &["date", "datum_yyyy_mm_dd", "datum"];
const COUNT: &[&str] = &["total_laid_off", "laid_off_count", "betroffene_zahl"];
const PERCENT: &[&str] = &["percentage_laid_off", "percentage", "der_belegschaft"];
const LOCATION: &[&str] = &["location", "location_hq"];
const INDUSTRY: &[&str] = &["industry", "branche"];
const SOURCE: &[&str] = &["source", "quelle_url", "quelle"];
const STAGE: &[&str] = &["stage"];
const COUNTRY: &[&str] = &["country", "land_der_entlassungen"];
const HQ_COUNTRY: &[&str] = &["hq_land_iso"];
const FUNDS: &[&str] = &["funds_raised", "funds_raised_millions"];
const DATE_ADDED: &[&str] = &["date_added"];

/// A cell, with the SQL-export placeholder `NULL` read as empty.
fn value(c: &Cells, keys: &[&str]) -> Option<String> {
    c.text(keys).filter(|v| v != "NULL")
}

impl Layout for Tracker {
    fn name(&self) -> &'static str {
        "tracker"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.find(COMPANY).is_some()
            && h.find(DATE).is_some()
            && (h.find(COUNT).is_some() || h.find(PERCENT).is_some())
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let raw_date = c.get(DATE);
        if raw_date.is_empty() {
            return Err(format!("no date in {}", DATE[0]));
        }
        let date = cells::date(raw_date)
            .ok_or_else(|| format!("unreadable date {raw_date:?} in {}", DATE[0]))?;
        let count = if c.get(COUNT) == "NULL" {
            String::new()
        } else {
            checked_count(c, COUNT)?
        };
        let percent = match value(c, PERCENT) {
            Some(p) => cells::percent(&p)?,
            None => None,
        };
        let mut f = Fields {
            source_type: Some(SourceType::Tracker),
            ..Fields::default()
        };
        let location = value(c, LOCATION).and_then(|l| {
            let l = l.strip_suffix("Non-U.S.").unwrap_or(&l);
            let l = l.trim().trim_end_matches(',').trim();
            (!l.is_empty()).then(|| l.to_owned())
        });
        f.city = location.clone();
        f.industry = value(c, INDUSTRY);
        f.stage = value(c, STAGE);
        f.country = value(c, COUNTRY);
        f.hq_country = value(c, HQ_COUNTRY);
        f.funds_raised_musd = value(c, FUNDS).and_then(|v| v.parse().ok());
        f.date_added = cells::date(c.get(DATE_ADDED));
        match value(c, SOURCE) {
            Some(s) if s.starts_with("http") => f.source_url = Some(s),
            other => f.source_note = other,
        }
        Ok(Row {
            company: c.get(COMPANY).to_owned(),
            // A tracker row of 100 % is a shutdown.
            kind: if percent == Some(100.0) {
                Kind::Closure
            } else {
                Kind::Layoff
            },
            count,
            percent,
            date: (raw_date.to_owned(), date, Precision::Day),
            published: f.date_added.or(Some(date)),
            location: match (&location, &f.country) {
                (Some(l), Some(c)) => Some(format!("{l}, {c}")),
                (Some(l), None) => Some(l.clone()),
                (None, c) => c.clone(),
            },
            fields: f,
        })
    }
}
