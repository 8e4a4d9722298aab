//! California (`WARN_Report.xlsx` and PDF rows as `warn-scraper` writes them):
//! `notice_date, effective_date, received_date, company, city, num_employees,
//! layoff_or_closure, county, address, source_file`. The spreadsheet rows have an address
//! but no city or count; the city is read from the address.

use super::super::{
    cells, checked_count, optional_date, required_date, Cells, Header, Layout, Row,
};
use headcount_extract::Precision;

pub struct Ca;

impl Layout for Ca {
    fn name(&self) -> &'static str {
        "warn-ca"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&[
            "notice_date",
            "effective_date",
            "received_date",
            "company",
            "num_employees",
            "layoff_or_closure",
        ])
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let (date_text, notice) = required_date(c, &["notice_date"])?;
        let mut f = super::fields("CA");
        f.notice_date = Some(notice);
        f.received_date = optional_date(c, &["received_date"], &mut f.unreadable_dates);
        f.effective_date = optional_date(c, &["effective_date"], &mut f.unreadable_dates);
        f.address = c.text(&["address"]);
        f.city = c
            .text(&["city"])
            .or_else(|| cells::city_of_address(c.get(&["address"])));
        f.county = c.text(&["county"]);
        let (kind, temporary) = super::kind(c.get(&["layoff_or_closure"]));
        f.temporary = temporary;
        Ok(Row {
            company: c.get(&["company"]).to_owned(),
            kind,
            count: checked_count(c, &["num_employees"])?,
            percent: None,
            date: (date_text, notice, Precision::Day),
            published: Some(notice),
            location: super::place(&f),
            fields: f,
        })
    }
}
