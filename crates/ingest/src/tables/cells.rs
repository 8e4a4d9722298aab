//! Reading the values of table cells: dates, head counts, percentages, company names and
//! places, in every form the files of `shared/data/` write them. Each reader is a small
//! named rule with its examples in the tests below; none of them panics, whatever the cell.

use chrono::{Datelike, NaiveDate};
use headcount_extract::dates::MONTHS;
use headcount_extract::orgs::is_legal_suffix;

/// A cell after the clean-up every table needs: Excel's escaped carriage return
/// (`_x000D_`), embedded line breaks, HTML entities (`&amp;`), soft hyphens and runs of
/// spaces go; leading and trailing spaces too.
pub fn clean(cell: &str) -> String {
    let mut s = cell.replace("_x000D_", " ").replace('\u{AD}', "");
    for (entity, ch) in [
        ("&amp;", "&"),
        ("&quot;", "\""),
        ("&#39;", "'"),
        ("&apos;", "'"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&nbsp;", " "),
    ] {
        if s.contains(entity) {
            s = s.replace(entity, ch);
        }
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Years a real notice or round can carry; outside them a date is a typo
/// (`03/09/2121`, `1930-03-30`).
const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2099;

/// A date written as `YYYY-MM-DD` (with or without a time after it), `M/D/YYYY`
/// (zero-padded or not) or English text (`December 5, 2025`, `Dec 5, 2025`, `5 December 2025`).
/// `None` for anything else, and for a date outside [`PLAUSIBLE_YEARS`].
pub fn date(cell: &str) -> Option<NaiveDate> {
    let s = cell.trim();
    let d = crate::date::parse_date(s).or_else(|| slashed(s))?;
    PLAUSIBLE_YEARS.contains(&d.year()).then_some(d)
}

/// `M/D/YYYY`, optionally followed by a time (`1/5/2026 0:00`).
fn slashed(s: &str) -> Option<NaiveDate> {
    let head = s.split_whitespace().next()?;
    let mut parts = head.split('/');
    let (m, d, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A date inside free text, and how precise it is: "Beginning April 21, 2025" is a day,
/// "Commencing June 2025" a month, "June 17, 2024 - July 31, 2024" the first day given.
/// Michigan's `date_start` is written like this.
pub fn date_in_text(cell: &str) -> Option<(NaiveDate, bool)> {
    if let Some(d) = date(cell) {
        return Some((d, true));
    }
    let words: Vec<&str> = cell
        .split(|c: char| c.is_whitespace() || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .collect();
    for (i, w) in words.iter().enumerate() {
        if let Some(d) = date(w) {
            return Some((d, true));
        }
        let Some(month) = month_number(w) else {
            continue;
        };
        let next = words.get(i + 1).map(|w| w.trim_end_matches(','));
        let after = words.get(i + 2).map(|w| w.trim_end_matches([',', '.']));
        let year = |w: Option<&str>| {
            w.filter(|w| w.len() == 4)
                .and_then(|w| w.parse::<i32>().ok())
                .filter(|y| PLAUSIBLE_YEARS.contains(y))
        };
        if let (Some(day), Some(y)) = (next.and_then(|w| w.parse::<u32>().ok()), year(after)) {
            if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                return Some((d, true));
            }
        }
        if let Some(y) = year(next.map(|w| w.trim_end_matches('.'))) {
            if let Some(d) = NaiveDate::from_ymd_opt(y, month, 1) {
                return Some((d, false));
            }
        }
    }
    None
}

fn month_number(word: &str) -> Option<u32> {
    // The extractor's month words: full names and abbreviations ("Sept", "Sep").
    let w = word.trim_end_matches([',', '.']);
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .find(|m| m.word.eq_ignore_ascii_case(w))
        .map(|m| m.month)
}

/// A head count as the notice gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Count {
    /// Blank, `TBD`, `Unknown`, `N/A`, a URL: the notice gives no figure.
    Unknown,
    /// A figure or a range (`50-100`); "approximately N" is ±10 % as in SPEC.md.
    Range(u64, u64),
}

/// Reads a count cell. `Err` only for what cannot be a head count of a real row: a
/// negative number or a fraction of a person (the row is skipped with the reason).
/// Examples: `1,529`, `30000.0`, `50-100`, `Approximately 25`, `132 (approximately)`,
/// `138 (133 Zeeland, 5 Traverse City)` (the total comes first), `TBD`.
pub fn count(cell: &str) -> Result<Count, String> {
    let s = cell.trim();
    let lower = s.to_ascii_lowercase();
    if s.is_empty() || lower.starts_with("http") || !s.bytes().any(|b| b.is_ascii_digit()) {
        return Ok(Count::Unknown);
    }
    if s.starts_with('-')
        && s[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return Err(format!("negative count {s:?}"));
    }
    let about = lower.contains("approx") || lower.contains("about") || lower.starts_with('~');
    // The numbers in the cell, in order, with thousands separators and `.0` read.
    let mut numbers = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (bytes[i] == b',' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
                || (bytes[i] == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let raw = s[start..i].replace(',', "");
        let value: f64 = raw.parse().map_err(|_| format!("unreadable count {s:?}"))?;
        if value.fract() != 0.0 {
            return Err(format!("fractional count {s:?}"));
        }
        if value > 1e12 {
            return Err(format!("count out of range {s:?}"));
        }
        numbers.push((start, value as u64));
    }
    let Some(&(_, first)) = numbers.first() else {
        return Ok(Count::Unknown);
    };
    // "50-100" / "50 to 100": a range; anything else takes the first (total) figure.
    if let Some(&(second_at, second)) = numbers.get(1) {
        let between = s[..second_at].trim_end();
        if (between.ends_with('-') || between.ends_with('–') || between.ends_with(" to"))
            && second >= first
        {
            return Ok(Count::Range(first, second));
        }
    }
    if about {
        let slack = first / 10;
        return Ok(Count::Range(first - slack, first + slack));
    }
    Ok(Count::Range(first, first))
}

/// A share of the workforce, in percent (the unit of the claim's `percent`). A value up to
/// 1 is a fraction (`0.15` is 15 %, `1.0` is everyone); above 1, or with a `%` sign, it is
/// already a percent (`10`, `10%`). `Err` for a negative share or one above 100 %.
pub fn percent(cell: &str) -> Result<Option<f64>, String> {
    let s = cell.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let (num, sign) = match s.strip_suffix('%') {
        Some(n) => (n.trim(), true),
        None => (s, false),
    };
    let Ok(v) = num.replace(',', ".").parse::<f64>() else {
        return Ok(None);
    };
    if !v.is_finite() || v < 0.0 {
        return Err(format!("percentage out of range {s:?}"));
    }
    let pct = if sign || v > 1.0 { v } else { v * 100.0 };
    if pct > 100.0 {
        return Err(format!("percentage out of range {s:?}"));
    }
    // Round away float artefacts (0.09300000000000001 → 9.3).
    Ok(Some((pct * 1e6).round() / 1e6))
}

/// A company as a notice writes it, made into the name people know it by, with the
/// other names the row gives (the legal name before "dba", the name as filed):
/// "Oakland Stamping LLC, DBA AUTOKINITON" → Autokiniton (aliases "Oakland Stamping");
/// "AMAZON.COM SERVICES LLC" → Amazon.com Services; "Cognosante, LLC" → Cognosante.
pub fn company(cell: &str) -> (String, Vec<String>) {
    let (name, aliases, _) = company_and_parent(cell);
    (name, aliases)
}

/// [`company`], with the parent a row names: "Saba, a Subsidiary of Cornerstone OnDemand"
/// → Saba, parent Cornerstone OnDemand; "X (Subsidiary of Y, LLC)", "X, a division of Y".
/// (A near miss: "Industrial Division of Communication Works of America" names no parent:
/// the words are the name's own, with no comma or bracket before them.)
pub fn company_and_parent(cell: &str) -> (String, Vec<String>, Option<String>) {
    let s = clean(cell);
    let (s, parent) = match split_parent(&s) {
        Some((own, parent)) => (own.to_owned(), Some(display_name(parent))),
        None => (s.clone(), None),
    };
    let parent = parent.filter(|p| !p.is_empty());
    let mut aliases = Vec::new();
    let name = match split_dba(&s) {
        Some((legal, trade)) => {
            let legal = display_name(legal);
            if !legal.is_empty() {
                aliases.push(legal);
            }
            trade.to_owned()
        }
        None => s.clone(),
    };
    let mut shown = display_name(&name);
    if shown.is_empty() {
        shown = s.trim().to_owned();
    }
    (shown, aliases, parent)
}

/// "X, a subsidiary of Y", "X (subsidiary of Y)", "X, a division of Y": the company's own
/// name and its parent's.
fn split_parent(s: &str) -> Option<(&str, &str)> {
    let lower = s.to_ascii_lowercase();
    for marker in [
        ", a subsidiary of ",
        ", subsidiary of ",
        " (a subsidiary of ",
        " (subsidiary of ",
        ", a division of ",
        " (a division of ",
        ", a unit of ",
    ] {
        if let Some(at) = lower.find(marker) {
            let own = s[..at].trim();
            let parent = s[at + marker.len()..].trim_matches([' ', ')', ',']);
            if !own.is_empty() && !parent.is_empty() {
                return Some((own, parent));
            }
        }
    }
    None
}

/// "A dba B", "A d/b/a B", "A, DBA B", "A (dba B)": the legal name and the trade name.
fn split_dba(s: &str) -> Option<(&str, &str)> {
    let lower = s.to_ascii_lowercase();
    for marker in [
        " d/b/a ", " d.b.a. ", " d.b.a ", " dba ", "(dba ", "(d/b/a ",
    ] {
        if let Some(at) = lower.find(marker) {
            let legal = s[..at].trim_end_matches([',', ' ', '(']);
            let trade = s[at + marker.len()..].trim_matches([' ', ')', ',', ':']);
            if !trade.is_empty() {
                return Some((legal, trade));
            }
        }
    }
    None
}

/// Legal forms dropped from the end ("Inc.", ", LLC"), and an all-capitals name written
/// in title case, keeping short words that read as initials ("IBM", "GM").
pub fn display_name(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1 {
        let last = words[words.len() - 1].trim_matches([',', '.', ' ']);
        if last.is_empty() || is_legal_suffix(last) || is_legal_phrase(last) {
            words.pop();
        } else {
            break;
        }
    }
    let joined = words.join(" ");
    let joined = joined.trim_end_matches([',', ' ', '-']).to_owned();
    let letters = joined.chars().filter(|c| c.is_alphabetic()).count();
    let has_lower = joined.chars().any(char::is_lowercase);
    if has_lower || letters <= 4 {
        return joined;
    }
    joined
        .split(' ')
        .enumerate()
        .map(|(i, w)| title_word(w, i == 0))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Legal forms written with dots or slashes that the word list does not hold.
fn is_legal_phrase(w: &str) -> bool {
    let squeezed: String = w
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        squeezed.as_str(),
        "llc" | "inc" | "lp" | "llp" | "pllc" | "pc"
    )
}

/// "AMAZON.COM" → "Amazon.com"; "OF" → "of"; "IBM" stays.
fn title_word(w: &str, first: bool) -> String {
    let lower = w.to_lowercase();
    let small = matches!(lower.as_str(), "of" | "and" | "the" | "for" | "at" | "in");
    if small && !first {
        return lower;
    }
    // Short words of a capitalised name are mostly initials ("CDI", "GM", "USA").
    if !small && w.chars().filter(|c| c.is_alphabetic()).count() <= 3 {
        return w.to_owned();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in lower.chars() {
        if start && c.is_alphabetic() {
            out.extend(c.to_uppercase());
            start = false;
        } else {
            out.push(c);
            if matches!(c, '-' | '/' | '&' | '(') {
                start = true;
            }
        }
    }
    out
}

/// The city in a site address: "39900 Balentine Drive  Newark CA 94560" → Newark,
/// "60 W 57th St  New York, NY, 10019" → New York. The files separate the street from
/// the city with two spaces; without them the city is not guessed.
pub fn city_of_address(address: &str) -> Option<String> {
    let (_, tail) = address.trim().rsplit_once("  ")?;
    let mut words: Vec<&str> = tail.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    // ZIP code, then the state's two letters.
    if words
        .last()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
    {
        words.pop();
    }
    if words
        .last()
        .is_some_and(|w| w.len() == 2 && w.bytes().all(|b| b.is_ascii_uppercase()))
    {
        words.pop();
    }
    let city = words.join(" ");
    (!city.is_empty() && !city.bytes().any(|b| b.is_ascii_digit())).then_some(city)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn dates_in_every_format_of_the_files() {
        assert_eq!(date("06/25/2021"), d(2021, 6, 25)); // ca, va
        assert_eq!(date("4/3/2026"), d(2026, 4, 3)); // layoffs.fyi snake, wa
        assert_eq!(date("2022-03-01 00:00:00"), d(2022, 3, 1)); // tx
        assert_eq!(date("2024-01-05 00:29:13"), d(2024, 1, 5)); // Date_Added
        assert_eq!(date("2025-01-09"), d(2025, 1, 9)); // ny
        assert_eq!(date("December 5, 2025"), d(2025, 12, 5)); // mi
        assert_eq!(date("03/09/2121"), None, "a typo, not a date");
        assert_eq!(date("1930-03-30"), None);
        assert_eq!(date("13/45/2020"), None);
        assert_eq!(date("https://www.michigan.gov/x.pdf"), None);
        assert_eq!(date(""), None);
    }

    #[test]
    fn dates_in_free_text() {
        assert_eq!(
            date_in_text("Beginning April 21, 2025"),
            Some((d(2025, 4, 21).unwrap(), true))
        );
        assert_eq!(
            date_in_text("Commencing June 2025"),
            Some((d(2025, 6, 1).unwrap(), false))
        );
        assert_eq!(
            date_in_text("June 30, 2024 (approximate)"),
            Some((d(2024, 6, 30).unwrap(), true))
        );
        assert_eq!(
            date_in_text("June 17, 2024 - July 31, 2024"),
            Some((d(2024, 6, 17).unwrap(), true))
        );
        assert_eq!(
            date_in_text("1/6/2020"),
            Some((d(2020, 1, 6).unwrap(), true))
        );
        assert_eq!(date_in_text("https://www.michigan.gov/a.pdf"), None);
        assert_eq!(date_in_text("May"), None);
    }

    #[test]
    fn counts() {
        let r = |a, b| Ok(Count::Range(a, b));
        assert_eq!(count("1,529"), r(1529, 1529));
        assert_eq!(count("30000.0"), r(30000, 30000));
        assert_eq!(count("50-100"), r(50, 100));
        assert_eq!(count("50 to 100"), r(50, 100));
        assert_eq!(count("Approximately 25"), r(23, 27));
        assert_eq!(count("132 (approximately)"), r(119, 145));
        assert_eq!(count("138 (133 Zeeland, 5 Traverse City)"), r(138, 138));
        assert_eq!(count("1 Michigan remote worker"), r(1, 1));
        assert_eq!(count("0"), r(0, 0));
        for unknown in ["", "TBD", "Unknown", "N/A", "https://x/1234.pdf"] {
            assert_eq!(count(unknown), Ok(Count::Unknown), "{unknown}");
        }
        assert!(count("-5").unwrap_err().contains("negative"));
        assert!(count("12.5").unwrap_err().contains("fractional"));
        assert!(count("99999999999999999999").is_err());
    }

    #[test]
    fn percents_as_fractions_or_percents() {
        assert_eq!(percent("0.15"), Ok(Some(15.0)));
        assert_eq!(percent("1.0"), Ok(Some(100.0)));
        assert_eq!(percent("10"), Ok(Some(10.0)));
        assert_eq!(percent("10%"), Ok(Some(10.0)));
        assert_eq!(percent("0.5%"), Ok(Some(0.5)));
        assert_eq!(percent("0.09300000000000001"), Ok(Some(9.3)));
        assert_eq!(percent(""), Ok(None));
        assert!(percent("-0.1").is_err());
        assert!(percent("250").is_err());
    }

    #[test]
    fn a_parent_named_in_the_row() {
        assert_eq!(
            company_and_parent("Saba, a Subsidiary of Coernerstone OnDemand"),
            ("Saba".into(), vec![], Some("Coernerstone OnDemand".into()))
        );
        assert_eq!(
            company_and_parent(
                "Autism Home Support Services, LLC (Subsidiary of Invo Healthcare, LLC)"
            )
            .2,
            Some("Invo Healthcare".into())
        );
        // Near miss: "Division of" inside a name, with no comma or bracket before it.
        assert_eq!(
            company_and_parent("Industrial Division of Communication Works of America").2,
            None
        );
    }

    #[test]
    fn company_names() {
        let name = |s| company(s).0;
        assert_eq!(
            company("Oakland Stamping LLC, DBA AUTOKINITON"),
            ("Autokiniton".into(), vec!["Oakland Stamping".into()])
        );
        assert_eq!(
            company("Acme Holdings Inc. d/b/a Roadrunner Foods"),
            ("Roadrunner Foods".into(), vec!["Acme Holdings".into()])
        );
        assert_eq!(name("AMAZON.COM SERVICES LLC"), "Amazon.com Services");
        assert_eq!(name("Cognosante, LLC"), "Cognosante");
        assert_eq!(
            name("IAP Worldwide Services Inc."),
            "IAP Worldwide Services"
        );
        assert_eq!(
            name("Wellmore Energy Company LLC "),
            "Wellmore Energy Company"
        );
        assert_eq!(name("IBM"), "IBM");
        assert_eq!(name("CDI HS LLC"), "CDI HS");
        assert_eq!(name("THE HOME DEPOT"), "The Home Depot");
        assert_eq!(name("BANK OF AMERICA, N.A."), "Bank of America, N.A.");
        assert_eq!(name("Johnson &amp; Johnson"), "Johnson & Johnson");
        assert_eq!(
            name("Cinemark 14 Wichita_x000D_\nFalls"),
            "Cinemark 14 Wichita Falls"
        );
        assert_eq!(name("LLC"), "LLC");
    }

    #[test]
    fn cities_from_addresses() {
        assert_eq!(
            city_of_address("39900 Balentine Drive  Newark CA 94560").as_deref(),
            Some("Newark")
        );
        assert_eq!(
            city_of_address("60 W 57th St  New York, NY, 10019").as_deref(),
            Some("New York")
        );
        assert_eq!(city_of_address("1 Main St Springfield"), None);
    }
}
