//! Virginia: `Company, Notice Date, Impact Date, Employees Affected, Location,
//! Contact Person, Notice Type, Collective Bargaining Unit`. `Location` is "City VA".
//! The contact and union columns name people: they are never copied into documents.

use super::super::{checked_count, optional_date, required_date, Cells, Header, Layout, Row};
use headcount_extract::Precision;

pub struct Va;

impl Layout for Va {
    fn name(&self) -> &'static str {
        "warn-va"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&[
            "company",
            "notice_date",
            "employees_affected",
            "notice_type",
        ])
    }

    fn private_columns(&self) -> &'static [&'static str] {
        &["contact_person", "collective_bargaining_unit"]
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let (date_text, notice) = required_date(c, &["notice_date"])?;
        let mut f = super::fields("VA");
        f.notice_date = Some(notice);
        f.effective_date = optional_date(c, &["impact_date"], &mut f.unreadable_dates);
        f.city = c.text(&["location"]).map(|l| {
            l.strip_suffix(" VA")
                .or_else(|| l.strip_suffix(", VA"))
                .unwrap_or(&l)
                .to_owned()
        });
        let (kind, temporary) = super::kind(c.get(&["notice_type"]));
        f.temporary = temporary;
        Ok(Row {
            company: c.get(&["company"]).to_owned(),
            kind,
            count: checked_count(c, &["employees_affected"])?,
            percent: None,
            date: (date_text, notice, Precision::Day),
            published: Some(notice),
            location: super::place(&f),
            fields: f,
        })
    }
}
