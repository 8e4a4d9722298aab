//! Michigan: `action, city, company, county, date_close, date_start, extras, includes,
//! jobs, link`. The messiest layout: `date_start` is English text ("Beginning April 21,
//! 2025"), a notice URL or empty, so the year in the `extras` tag ("Layoff 2020 Wayne")
//! stands in when it gives no date; `jobs` is free text ("132 (approximately)") or a URL.

use super::super::{cells, checked_count, Cells, Header, Layout, Row};
use chrono::NaiveDate;
use headcount_extract::Precision;

pub struct Mi;

/// The year in an `extras` tag: "Strike-Related Layoff 2023 Macomb" → 2023.
fn tag_year(extras: &str) -> Option<i32> {
    extras
        .split_whitespace()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| (1990..=2099).contains(y))
}

impl Layout for Mi {
    fn name(&self) -> &'static str {
        "warn-mi"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&["action", "company", "date_start", "jobs", "extras"])
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let start = c.get(&["date_start"]);
        let extras = c.get(&["extras"]);
        let mut f = super::fields("MI");
        let date = match cells::date_in_text(start) {
            Some((d, true)) => (start.to_owned(), d, Precision::Day),
            Some((d, false)) => (start.to_owned(), d, Precision::Month),
            None => {
                if !start.is_empty() && !start.starts_with("http") {
                    f.unreadable_dates.push(format!("date_start={start}"));
                }
                let year = tag_year(extras).ok_or_else(|| {
                    format!("no date: date_start {start:?} and extras {extras:?} name none")
                })?;
                let d = NaiveDate::from_ymd_opt(year, 1, 1)
                    .ok_or_else(|| format!("no date in extras {extras:?}"))?;
                (extras.to_owned(), d, Precision::Year)
            }
        };
        if date.2 != Precision::Year {
            f.effective_date = Some(date.1);
        }
        f.city = c
            .text(&["city"])
            .map(|city| city.strip_suffix(", Michigan").unwrap_or(&city).to_owned());
        f.county = c.text(&["county"]).map(|c| format!("{c} County"));
        let action = c.get(&["action"]);
        let (kind, temporary) = super::kind(if action.is_empty() { extras } else { action });
        f.temporary = temporary;
        f.source_url = c.text(&["link"]).filter(|l| l.starts_with("http"));
        Ok(Row {
            company: c.get(&["company"]).to_owned(),
            kind,
            count: checked_count(c, &["jobs"])?,
            percent: None,
            date,
            published: None,
            location: super::place(&f),
            fields: f,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn tag_years() {
        assert_eq!(super::tag_year("Layoff 2020 Wayne"), Some(2020));
        assert_eq!(
            super::tag_year("Strike-Related Layoff 2023 Macomb"),
            Some(2023)
        );
        assert_eq!(super::tag_year("Layoff Wayne"), None);
    }
}
