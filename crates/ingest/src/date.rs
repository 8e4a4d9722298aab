//! Small parsers for the metadata strings found in inputs: publication dates in the formats
//! news-please and HTML meta tags use, and the host of a URL (the outlet when none is named).

use chrono::{DateTime, NaiveDate};

/// The calendar date of a timestamp as written (no time-zone conversion: the date the outlet
/// printed is the one readers saw). Unknown formats give `None`, never an error.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    // ISO 8601 and its relatives all start with the date: "2023-01-20", "2023-01-20 00:00:00",
    // "2023-01-20T10:00:00Z", "2023-01-20T10:00:00+02:00". The common "YYYY-MM-DD" is read
    // digit by digit; anything else (or an invalid day) goes to chrono's parsers, as before.
    if let Some(d) = s.get(..10).and_then(iso_day) {
        return Some(d);
    }
    if let Some(head) = s.get(..10) {
        for fmt in ["%Y-%m-%d", "%Y/%m/%d"] {
            if let Ok(d) = NaiveDate::parse_from_str(head, fmt) {
                return Some(d);
            }
        }
    }
    if let Some(head) = s.get(..8) {
        if head.bytes().all(|b| b.is_ascii_digit()) {
            if let Ok(d) = NaiveDate::parse_from_str(head, "%Y%m%d") {
                return Some(d);
            }
        }
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.date_naive());
    }
    for fmt in ["%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, fmt) {
            return Some(d);
        }
    }
    None
}

/// The lower-cased host of an absolute http(s) URL, without `www.`.
/// "YYYY-MM-DD" exactly (ten bytes), as `NaiveDate::parse_from_str(head, "%Y-%m-%d")`
/// reads it.
fn iso_day(head: &str) -> Option<NaiveDate> {
    let b = head.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(y, digits(5..7)?, digits(8..10)?)
}

pub fn url_host(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_formats() {
        let d = NaiveDate::from_ymd_opt(2023, 1, 20);
        for s in [
            "2023-01-20",
            "2023-01-20 00:00:00",
            "2023-01-20T10:00:00Z",
            "2023-01-20T23:30:00-05:00",
            "2023/01/20",
            "20230120",
            "Fri, 20 Jan 2023 10:00:00 +0000",
            "January 20, 2023",
        ] {
            assert_eq!(parse_date(s), d, "{s}");
        }
        assert_eq!(parse_date("yesterday"), None);
        // The digit reader agrees with chrono on every ten-byte "YYYY-MM-DD".
        for y in ["0000", "1999", "2024", "9999"] {
            for m in 0..=13 {
                for d in 0..=32 {
                    let head = format!("{y}-{m:02}-{d:02}");
                    let chrono = NaiveDate::parse_from_str(&head, "%Y-%m-%d").ok();
                    if let Some(fast) = iso_day(&head) {
                        assert_eq!(Some(fast), chrono, "{head}");
                    }
                    assert_eq!(parse_date(&head), chrono, "{head}");
                }
            }
        }
        assert_eq!(parse_date("2023-13-45"), None);
        assert_eq!(parse_date("é"), None);
    }

    #[test]
    fn hosts() {
        assert_eq!(
            url_host("https://www.Reuters.com/x?y").as_deref(),
            Some("reuters.com")
        );
        assert_eq!(
            url_host("http://u@news.site:8080").as_deref(),
            Some("news.site")
        );
        assert_eq!(url_host("/relative"), None);
    }
}
