//! Washington: `Company, Location, Layoff Start Date, # of Workers, Closure Layoff,
//! Type of Layoff, Received Date` (the 2026 export adds `Notice`, read the same way).
//! There is no notice date: the received date is the notice's.

use super::super::{checked_count, optional_date, required_date, Cells, Header, Layout, Row};
use headcount_extract::Precision;

pub struct Wa;

impl Layout for Wa {
    fn name(&self) -> &'static str {
        "warn-wa"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&[
            "company",
            "layoff_start_date",
            "of_workers",
            "received_date",
        ])
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let (date_text, received) = required_date(c, &["received_date"])?;
        let mut f = super::fields("WA");
        f.received_date = Some(received);
        f.effective_date = optional_date(c, &["layoff_start_date"], &mut f.unreadable_dates);
        f.city = c.text(&["location"]);
        let (kind, _) = super::kind(c.get(&["closure_layoff"]));
        f.temporary = super::kind(c.get(&["type_of_layoff"])).1;
        Ok(Row {
            company: c.get(&["company"]).to_owned(),
            kind,
            count: checked_count(c, &["of_workers"])?,
            percent: None,
            date: (date_text, received, Precision::Day),
            published: Some(received),
            location: super::place(&f),
            fields: f,
        })
    }
}
