//! Small parsers for the metadata strings found in inputs: publication dates in the formats
//! news-please and HTML meta tags use, and the host of a URL (the outlet when none is named).

use chrono::{DateTime, NaiveDate};

/// The calendar date of a timestamp as written (no time-zone conversion: the date the outlet
/// printed is the one readers saw). Unknown formats give `None`, never an error.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    // ISO 8601 and its relatives all start with the date: "2023-01-20", "2023-01-20 00:00:00",
    // "2023-01-20T10:00:00Z", "2023-01-20T10:00:00+02:00".
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
