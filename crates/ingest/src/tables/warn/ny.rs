//! New York (a Tableau export): `Business Legal Name, Date Layoff/Closure Starts,
//! Date of WARN Notice , Date Posted, Impacted Site Address, Impacted Site County,
//! Layoff or Closure?, Measure Names, Permanent or Temporary Layoff?, Index,
//! Number of Affected Workers , Number of Affected Workers`. Names are matched without
//! their trailing spaces, so the two count columns are one (they hold the same value).
//! One row per impacted site.

use super::super::{
    cells, checked_count, optional_date, required_date, Cells, Header, Layout, Row,
};
use headcount_extract::Precision;

pub struct Ny;

impl Layout for Ny {
    fn name(&self) -> &'static str {
        "warn-ny"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&[
            "business_legal_name",
            "date_of_warn_notice",
            "number_of_affected_workers",
        ])
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let (date_text, notice) = required_date(c, &["date_of_warn_notice"])?;
        let mut f = super::fields("NY");
        f.notice_date = Some(notice);
        f.effective_date =
            optional_date(c, &["date_layoff_closure_starts"], &mut f.unreadable_dates);
        let posted = optional_date(c, &["date_posted"], &mut f.unreadable_dates);
        f.address = c.text(&["impacted_site_address"]);
        // From the cell as written: its double space separates the street from the city.
        f.city = cells::city_of_address(c.get(&["impacted_site_address"]));
        f.county = c
            .text(&["impacted_site_county"])
            .map(|c| format!("{c} County"));
        let (kind, _) = super::kind(c.get(&["layoff_or_closure"]));
        f.temporary = super::kind(c.get(&["permanent_or_temporary_layoff"])).1;
        Ok(Row {
            company: c.get(&["business_legal_name"]).to_owned(),
            kind,
            count: checked_count(c, &["number_of_affected_workers"])?,
            percent: None,
            date: (date_text, notice, Precision::Day),
            published: posted.or(Some(notice)),
            location: super::place(&f),
            fields: f,
        })
    }
}
