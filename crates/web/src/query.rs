//! The URL of a listing: its filters, order and page as query parameters, read into an
//! [`EventFilter`] and written back into links (datasette-style: every view is a URL).

use crate::app::AppError;
use headcount_store::{EventFilter, Facet, Sort};
use std::collections::BTreeMap;

/// Rows a listing page shows unless `per_page` says otherwise, and the most it may ask.
pub const PER_PAGE: usize = 50;
pub const MAX_PER_PAGE: usize = 1000;

/// A listing's query: facet values, order and page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// Facet name → value, in the facets' own order.
    pub facets: BTreeMap<&'static str, String>,
    pub state: Option<String>,
    pub sort: Sort,
    pub page: usize,
    pub per_page: usize,
}

const KINDS: [&str; 5] = ["layoff", "plan", "cumulative", "closure", "hiring"];
const SOURCE_TYPES: [&str; 3] = ["news", "warn", "tracker"];

impl Query {
    /// Reads the parameters of a request. Unknown parameters are ignored (as datasette
    /// does); a value of the wrong shape is a 400 that says which.
    pub fn parse(params: &BTreeMap<String, String>) -> Result<Query, AppError> {
        let mut q = Query::default_listing();
        for facet in Facet::ALL {
            let Some(v) = params.get(facet.as_str()).map(|v| v.trim()) else {
                continue;
            };
            if v.is_empty() {
                continue;
            }
            let ok = match facet {
                Facet::Kind => KINDS.contains(&v),
                Facet::Source => SOURCE_TYPES.contains(&v),
                Facet::Year => v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()),
                Facet::Month => {
                    v.len() == 7
                        && v.as_bytes()[4] == b'-'
                        && v.bytes().filter(|b| b.is_ascii_digit()).count() == 6
                }
                _ => v.len() <= 200,
            };
            if !ok {
                return Err(AppError::bad_request(format!(
                    "{}={v:?} is not a {} this listing knows{}",
                    facet.as_str(),
                    facet.as_str(),
                    match facet {
                        Facet::Kind => format!(" ({})", KINDS.join(", ")),
                        Facet::Source => format!(" ({})", SOURCE_TYPES.join(", ")),
                        Facet::Year => " (YYYY)".into(),
                        Facet::Month => " (YYYY-MM)".into(),
                        _ => " (at most 200 characters)".into(),
                    }
                )));
            }
            q.facets.insert(facet.as_str(), v.to_owned());
        }
        if let Some(s) = params.get("state").filter(|s| !s.is_empty()) {
            let code = s.trim().to_ascii_uppercase();
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(AppError::bad_request(format!(
                    "state={s:?} is not a two-letter state code"
                )));
            }
            q.state = Some(code);
        }
        if let Some(s) = params.get("sort").filter(|s| !s.is_empty()) {
            q.sort = Sort::parse(s).ok_or_else(|| {
                AppError::bad_request(format!(
                    "sort={s:?} is not an order this listing knows ({})",
                    Sort::ALL.map(Sort::as_str).join(", ")
                ))
            })?;
        }
        let number = |name: &str, default: usize, max: usize| -> Result<usize, AppError> {
            match params.get(name).filter(|v| !v.is_empty()) {
                None => Ok(default),
                Some(v) => v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=max).contains(n))
                    .ok_or_else(|| {
                        AppError::bad_request(format!(
                            "{name}={v:?} is not a number from 1 to {max}"
                        ))
                    }),
            }
        };
        q.page = number("page", 1, 1_000_000)?;
        q.per_page = number("per_page", PER_PAGE, MAX_PER_PAGE)?;
        Ok(q)
    }

    /// `/events` as first opened: no filter, newest first, page 1.
    pub fn default_listing() -> Query {
        Query {
            page: 1,
            per_page: PER_PAGE,
            ..Query::default()
        }
    }

    /// The store filter of the query, without paging.
    pub fn filter(&self) -> EventFilter {
        let get = |f: Facet| self.facets.get(f.as_str()).cloned();
        EventFilter {
            company: get(Facet::Company),
            kind: get(Facet::Kind),
            source: get(Facet::Source),
            state: self.state.clone(),
            period: get(Facet::Month).or_else(|| get(Facet::Year)),
            reason: get(Facet::Reason),
            location: get(Facet::Location),
            unit: get(Facet::Unit),
            sort: self.sort,
            ..EventFilter::default()
        }
    }

    /// The filter of one page.
    pub fn page_filter(&self) -> EventFilter {
        EventFilter {
            limit: Some(self.per_page),
            offset: Some((self.page - 1) * self.per_page),
            ..self.filter()
        }
    }

    /// The same query with one facet set (or cleared with `None`), back on page 1.
    pub fn with(&self, facet: &'static str, value: Option<&str>) -> Query {
        let mut q = self.clone();
        match value {
            Some(v) => q.facets.insert(facet, v.to_owned()),
            None => q.facets.remove(facet),
        };
        // A year and a month of another year would match nothing.
        if facet == "month" && value.is_some() {
            q.facets.remove("year");
        }
        q.page = 1;
        q
    }

    pub fn sorted(&self, sort: Sort) -> Query {
        Query {
            sort,
            page: 1,
            ..self.clone()
        }
    }

    pub fn at_page(&self, page: usize) -> Query {
        Query {
            page,
            ..self.clone()
        }
    }

    /// The query string, without `?`; the default order, page and page size are left out.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(&str, String)> =
            self.facets.iter().map(|(k, v)| (*k, v.clone())).collect();
        if let Some(s) = &self.state {
            pairs.push(("state", s.clone()));
        }
        if self.sort != Sort::Newest {
            pairs.push(("sort", self.sort.as_str().to_owned()));
        }
        if self.page != 1 {
            pairs.push(("page", self.page.to_string()));
        }
        if self.per_page != PER_PAGE {
            pairs.push(("per_page", self.per_page.to_string()));
        }
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// `path?query`, or `path` alone when the query is empty.
    pub fn url(&self, path: &str) -> String {
        let qs = self.to_query_string();
        if qs.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{qs}")
        }
    }
}

/// Percent-encodes a query value or a path segment (everything but unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_query_reads_and_writes_back_the_same() {
        let q = Query::parse(&params(&[
            ("company", "Amazon Web Services"),
            ("kind", "layoff"),
            ("month", "2025-07"),
            ("sort", "headcount"),
            ("page", "2"),
            ("junk", "ignored"),
        ]))
        .unwrap();
        assert_eq!(
            q.url("/events"),
            "/events?company=Amazon%20Web%20Services&kind=layoff&month=2025-07&sort=headcount&page=2"
        );
        let f = q.page_filter();
        assert_eq!(f.period.as_deref(), Some("2025-07"));
        assert_eq!((f.limit, f.offset), (Some(50), Some(50)));
    }

    #[test]
    fn setting_a_facet_goes_back_to_page_one_and_a_month_replaces_its_year() {
        let q = Query::parse(&params(&[("year", "2024"), ("page", "3")])).unwrap();
        assert_eq!(
            q.with("month", Some("2025-01")).url("/events"),
            "/events?month=2025-01"
        );
        assert_eq!(q.with("year", None).url("/events"), "/events");
    }

    #[test]
    fn values_of_the_wrong_shape_are_named() {
        for (k, v) in [
            ("kind", "fired"),
            ("year", "20x5"),
            ("month", "2025-7"),
            ("page", "0"),
            ("per_page", "100000"),
            ("sort", "random"),
            ("state", "California"),
        ] {
            let e = Query::parse(&params(&[(k, v)])).unwrap_err();
            assert_eq!(e.status, 400);
            assert!(e.message.starts_with(k), "{}", e.message);
        }
    }

    #[test]
    fn encoding_keeps_only_unreserved_characters() {
        assert_eq!(
            encode("AT&T <b>\"x\"/é"),
            "AT%26T%20%3Cb%3E%22x%22%2F%C3%A9"
        );
    }
}
