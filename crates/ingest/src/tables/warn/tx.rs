//! Texas: `NOTICE_DATE, JOB_SITE_NAME, COUNTY_NAME, WDA_NAME, TOTAL_LAYOFF_NUMBER,
//! LayOff_Date, WFDD_RECEIVED_DATE, CITY_NAME`, then thousands of empty header names (an
//! Excel used range) and ragged rows. `JOB_SITE_NAME` mixes company and site
//! ("Southwest - Dallas Lovefield Airport", "Tom Thumb #2574"): the company is the part
//! before the site.

use super::super::{checked_count, optional_date, required_date, Cells, Header, Layout, Row};
use headcount_extract::{Kind, Precision};

pub struct Tx;

/// The company part of a Texas job-site name, and whether a site was cut off.
fn company_of_site(site: &str) -> &str {
    let mut name = site;
    if let Some((company, _)) = name.split_once(" - ") {
        name = company;
    }
    if let Some(at) = name.find(" (") {
        name = &name[..at];
    }
    if let Some(at) = name.find(" #") {
        name = &name[..at];
    }
    let name = name.trim();
    if name.is_empty() {
        site
    } else {
        name
    }
}

impl Layout for Tx {
    fn name(&self) -> &'static str {
        "warn-tx"
    }

    fn recognises(&self, h: &Header) -> bool {
        h.has_all(&["notice_date", "job_site_name", "total_layoff_number"])
    }

    fn read(&self, c: &Cells) -> Result<Row, String> {
        let (date_text, notice) = required_date(c, &["notice_date"])?;
        let mut f = super::fields("TX");
        f.notice_date = Some(notice);
        f.received_date = optional_date(c, &["wfdd_received_date"], &mut f.unreadable_dates);
        f.effective_date = optional_date(c, &["layoff_date"], &mut f.unreadable_dates);
        f.city = c.text(&["city_name"]);
        f.county = c.text(&["county_name"]).map(|c| format!("{c} County"));
        let site = c.get(&["job_site_name"]);
        f.site = Some(super::super::cells::clean(site)).filter(|s| !s.is_empty());
        Ok(Row {
            company: company_of_site(&super::super::cells::clean(site)).to_owned(),
            // The Texas table has no closure column.
            kind: Kind::Layoff,
            count: checked_count(c, &["total_layoff_number"])?,
            percent: None,
            date: (date_text, notice, Precision::Day),
            published: Some(notice),
            location: super::place(&f),
            fields: f,
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn company_of_site() {
        use super::company_of_site as c;
        assert_eq!(c("Southwest - Dallas Lovefield Airport"), "Southwest");
        assert_eq!(c("Tom Thumb #2574"), "Tom Thumb");
        assert_eq!(
            c("Management & Training Corp. - MTC Medical LLC (Giles W. Dalby Correctional Facility)"),
            "Management & Training Corp."
        );
        assert_eq!(c("Cognosante, LLC"), "Cognosante, LLC");
    }
}
