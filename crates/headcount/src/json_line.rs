//! The lines of `headcount extract --json`: a document's source and its claims, one JSON
//! object per line, written by hand.
//!
//! The bytes are exactly those `serde_json` writes for the same fields through `Serialize`
//! (the source, then each claim of the contract in `shared/SPEC.md` with a table row's
//! `record`); the tests below hold the two together. Writing them here costs about a third
//! of the instructions: `serde_json` tests each byte of a string for escaping, one at a
//! time, and formats dates through `fmt`, and the evidence text of every claim went through
//! both. Floats and a table row's `record` still go through `serde_json`.

use chrono::{Datelike, NaiveDate};
use headcount_extract::{Claim, DateInterval, Evidence, Headcount};
use headcount_ingest::SourceDoc;

/// Appends the line of `doc` (without its newline) to `buf`: its source (with its text
/// when `with_text`) and its claims.
pub(crate) fn write_line(buf: &mut Vec<u8>, doc: &SourceDoc, claims: &[Claim], with_text: bool) {
    buf.extend_from_slice(b"{\"source\":{\"path\":");
    string(buf, &doc.path);
    if let Some(line) = doc.line {
        buf.extend_from_slice(b",\"line\":");
        uint(buf, line);
    }
    buf.extend_from_slice(b",\"id\":");
    opt_string(buf, doc.id.as_deref());
    buf.extend_from_slice(b",\"url\":");
    opt_string(buf, doc.url.as_deref());
    buf.extend_from_slice(b",\"title\":");
    opt_string(buf, doc.title.as_deref());
    buf.extend_from_slice(b",\"published\":");
    match doc.published {
        Some(d) => date(buf, d),
        None => buf.extend_from_slice(b"null"),
    }
    if with_text {
        buf.extend_from_slice(b",\"text\":");
        string(buf, &doc.text);
    }
    buf.extend_from_slice(b"},\"claims\":[");
    let record = doc.record.as_ref().map(|r| &r.fields);
    for (k, claim) in claims.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        write_claim(buf, claim, record);
    }
    buf.extend_from_slice(b"]}");
}

/// A claim's object, with a table row's fields as its `record`.
fn write_claim(buf: &mut Vec<u8>, c: &Claim, record: Option<&headcount_ingest::tables::Fields>) {
    buf.extend_from_slice(b"{\"kind\":");
    word(buf, c.kind.as_str());
    buf.extend_from_slice(b",\"company\":");
    string(buf, &c.company);
    buf.extend_from_slice(b",\"parent\":");
    opt_string(buf, c.parent.as_deref());
    buf.extend_from_slice(b",\"aliases\":");
    strings(buf, c.aliases.iter().map(String::as_str));
    buf.extend_from_slice(b",\"date\":");
    match &c.date {
        Some(d) => date_interval(buf, d),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"headcount\":");
    match &c.headcount {
        Some(h) => headcount(buf, h),
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"percent\":");
    with_serde(buf, &c.percent);
    buf.extend_from_slice(b",\"units\":");
    strings(buf, c.units.iter().map(String::as_str));
    buf.extend_from_slice(b",\"locations\":");
    strings(buf, c.locations.iter().map(String::as_str));
    buf.extend_from_slice(b",\"reasons\":");
    words(buf, c.reasons.iter().map(|r| r.as_str()));
    buf.extend_from_slice(b",\"severance\":");
    match &c.severance {
        Some(s) => {
            buf.extend_from_slice(b"{\"text\":");
            string(buf, &s.text);
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"evidence\":[");
    for (k, e) in c.evidence.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        evidence(buf, e);
    }
    buf.extend_from_slice(b"],\"confidence\":");
    with_serde(buf, &c.confidence);
    if let Some(fields) = record {
        buf.extend_from_slice(b",\"record\":");
        with_serde(buf, fields);
    }
    buf.push(b'}');
}

fn date_interval(buf: &mut Vec<u8>, d: &DateInterval) {
    buf.extend_from_slice(b"{\"text\":");
    string(buf, &d.text);
    buf.extend_from_slice(b",\"earliest\":");
    date(buf, d.earliest);
    buf.extend_from_slice(b",\"latest\":");
    date(buf, d.latest);
    buf.extend_from_slice(b",\"precision\":");
    word(buf, d.precision.as_str());
    buf.push(b'}');
}

fn headcount(buf: &mut Vec<u8>, h: &Headcount) {
    buf.extend_from_slice(b"{\"text\":");
    string(buf, &h.text);
    buf.extend_from_slice(b",\"min\":");
    opt_uint(buf, h.min);
    buf.extend_from_slice(b",\"max\":");
    opt_uint(buf, h.max);
    buf.push(b'}');
}

fn evidence(buf: &mut Vec<u8>, e: &Evidence) {
    buf.extend_from_slice(b"{\"start\":");
    uint(buf, e.start as u64);
    buf.extend_from_slice(b",\"end\":");
    uint(buf, e.end as u64);
    buf.extend_from_slice(b",\"text\":");
    string(buf, &e.text);
    buf.extend_from_slice(b",\"fields\":");
    words(buf, e.fields.iter().copied());
    buf.push(b'}');
}

/// A value as `serde_json` writes it: floats (whose shortest form is `serde_json`'s to
/// choose) and a table row's record.
fn with_serde(buf: &mut Vec<u8>, v: &impl serde::Serialize) {
    serde_json::to_writer(&mut *buf, v).expect("writing JSON to memory cannot fail");
}

/// A date as `NaiveDate`'s `Display` writes it ("2025-03-04"), in quotes.
fn date(buf: &mut Vec<u8>, d: NaiveDate) {
    let year = d.year();
    if !(0..=9999).contains(&year) {
        // Signed, for years ISO 8601 writes so ("+10000-01-01"): never in news.
        return string(buf, &d.to_string());
    }
    let two = |n: u32| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
    let y = year as u32;
    buf.push(b'"');
    buf.extend_from_slice(&two(y / 100));
    buf.extend_from_slice(&two(y % 100));
    buf.push(b'-');
    buf.extend_from_slice(&two(d.month()));
    buf.push(b'-');
    buf.extend_from_slice(&two(d.day()));
    buf.push(b'"');
}

fn uint(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[at..]);
}

fn opt_uint(buf: &mut Vec<u8>, n: Option<u64>) {
    match n {
        Some(n) => uint(buf, n),
        None => buf.extend_from_slice(b"null"),
    }
}

fn opt_string(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

fn strings<'s>(buf: &mut Vec<u8>, items: impl Iterator<Item = &'s str>) {
    buf.push(b'[');
    for (k, s) in items.enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        string(buf, s);
    }
    buf.push(b']');
}

/// [`strings`] of our own words (see [`word`]).
fn words<'s>(buf: &mut Vec<u8>, items: impl Iterator<Item = &'s str>) {
    buf.push(b'[');
    for (k, w) in items.enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        word(buf, w);
    }
    buf.push(b']');
}

/// A JSON string as `serde_json` escapes it: `"` and `\` behind a backslash, control
/// characters as `\n`-style escapes or `\u00XX` (lower-case hex), all else as it is.
fn string(buf: &mut Vec<u8>, s: &str) {
    buf.push(b'"');
    let b = s.as_bytes();
    // `b[plain..i]` needs no escape and is not yet written.
    let mut plain = 0;
    let mut i = 0;
    while i < b.len() {
        // Eight bytes at a time while none of them needs an escape: nearly all text. The
        // last few are read padded with a plain letter.
        let x = match b.get(i..i + 8) {
            Some(eight) => u64::from_le_bytes(eight.try_into().expect("eight bytes")),
            None => {
                let mut last = [b'a'; 8];
                last[..b.len() - i].copy_from_slice(&b[i..]);
                u64::from_le_bytes(last)
            }
        };
        if !any_escaped(x) {
            i += 8;
            continue;
        }
        let c = b[i];
        i += 1;
        let escape: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                &[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(c >> 4)],
                    HEX[usize::from(c & 15)],
                ]
            }
            _ => continue,
        };
        buf.extend_from_slice(&b[plain..i - 1]);
        buf.extend_from_slice(escape);
        plain = i;
    }
    buf.extend_from_slice(&b[plain..]);
    buf.push(b'"');
}

/// A JSON string of one of our own short words ("layoff", "headcount", "day"), which
/// need no escape: tested byte by byte, without the eight-byte windows of [`string`].
fn word(buf: &mut Vec<u8>, w: &str) {
    if w.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return string(buf, w);
    }
    buf.push(b'"');
    buf.extend_from_slice(w.as_bytes());
    buf.push(b'"');
}

/// Whether any of the eight bytes of `x` is a control character, `"` or `\`. (Each test
/// is exact about whether some byte matches, though not about which.)
#[inline]
fn any_escaped(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let below = |v: u64, n: u8| v.wrapping_sub(ONES * u64::from(n)) & !v & HIGH != 0;
    below(x, 0x20)
        || below(x ^ (ONES * u64::from(b'"')), 1)
        || below(x ^ (ONES * u64::from(b'\\')), 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use headcount_extract::Claim;
    use serde::Serialize;

    /// The line as `serde_json` writes it from derived `Serialize`: the reference.
    #[derive(Serialize)]
    struct SourceOut<'a> {
        path: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<u64>,
        id: Option<&'a str>,
        url: Option<&'a str>,
        title: Option<&'a str>,
        published: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        text: Option<&'a str>,
    }

    #[derive(Serialize)]
    struct Line<'a> {
        source: SourceOut<'a>,
        claims: Vec<ClaimOut<'a>>,
    }

    #[derive(Serialize)]
    struct ClaimOut<'a> {
        #[serde(flatten)]
        claim: &'a Claim,
        #[serde(skip_serializing_if = "Option::is_none")]
        record: Option<&'a headcount_ingest::tables::Fields>,
    }

    fn by_serde(doc: &SourceDoc, claims: &[Claim], with_text: bool) -> String {
        let line = Line {
            source: SourceOut {
                path: &doc.path,
                line: doc.line,
                id: doc.id.as_deref(),
                url: doc.url.as_deref(),
                title: doc.title.as_deref(),
                published: doc.published.map(|d| d.to_string()),
                text: with_text.then_some(doc.text.as_str()),
            },
            claims: claims
                .iter()
                .map(|claim| ClaimOut {
                    claim,
                    record: doc.record.as_ref().map(|r| &r.fields),
                })
                .collect(),
        };
        serde_json::to_string(&line).unwrap()
    }

    fn by_hand(doc: &SourceDoc, claims: &[Claim], with_text: bool) -> String {
        let mut buf = Vec::new();
        write_line(&mut buf, doc, claims, with_text);
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut cases: Vec<String> = (0u8..0x80).map(|c| char::from(c).to_string()).collect();
        cases.extend(
            [
                "",
                "plain words, eight or more",
                "a \"quoted\" word\\ and\ta tab",
                "Ünïcode — “curly” ‘quotes’ \u{1F600}",
                "\u{7f}\u{80}\u{9f}",
                "line\nbreak\r\n\u{0}\u{1f}\u{b}",
                "1234567\"",
                "12345678\\",
                "123456789\u{1}",
            ]
            .map(String::from),
        );
        // Every position in and around an eight-byte window.
        for at in 0..20 {
            for c in ["\"", "\\", "\n", "\u{1}", "é"] {
                cases.push(format!("{}{c}{}", "x".repeat(at), "y".repeat(20 - at)));
            }
        }
        for s in cases {
            for write in [string, word] {
                let mut buf = Vec::new();
                write(&mut buf, &s);
                assert_eq!(
                    String::from_utf8(buf).unwrap(),
                    serde_json::to_string(&s).unwrap(),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn dates_are_written_as_displayed() {
        for (y, m, d) in [
            (2025, 3, 4),
            (1999, 12, 31),
            (5, 1, 9),
            (0, 1, 1),
            (9999, 12, 31),
        ] {
            let date_ = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let mut buf = Vec::new();
            date(&mut buf, date_);
            assert_eq!(String::from_utf8(buf).unwrap(), format!("\"{date_}\""));
        }
        let far = NaiveDate::from_ymd_opt(10000, 1, 1).unwrap();
        let mut buf = Vec::new();
        date(&mut buf, far);
        assert_eq!(String::from_utf8(buf).unwrap(), format!("\"{far}\""));
    }

    #[test]
    fn numbers_are_written_as_serde_json_writes_them() {
        for n in [0, 7, 10, 99, 100, 12_345, u64::MAX] {
            let mut buf = Vec::new();
            uint(&mut buf, n);
            assert_eq!(String::from_utf8(buf).unwrap(), n.to_string());
        }
    }

    fn doc(text: &str) -> SourceDoc {
        SourceDoc {
            path: "news/\"odd\" name.jsonl".into(),
            line: Some(12),
            id: Some("d001".into()),
            url: None,
            title: Some("Acme cuts\tjobs".into()),
            published: NaiveDate::from_ymd_opt(2025, 3, 6),
            text: text.into(),
            ..Default::default()
        }
    }

    /// Articles: every field of the contract, written by hand and by `serde_json` alike.
    #[test]
    fn article_lines_are_serde_json_lines() {
        let texts = [
            "Acme Corp. laid off 1,200 employees on Tuesday, the company said.",
            "Globex said on 3 March 2025 it will cut about 8% of its workforce, or roughly 500 \
             jobs, in its \"sales\" and marketing teams in Ohio, citing weak demand and AI. \
             Affected staff will get 12 weeks of severance pay.\nIts parent company, Initech, \
             closed a plant in Cork in 2024.",
            "No layoffs here.",
        ];
        for text in texts {
            let mut d = doc(text);
            let claims = headcount_extract::extract(&headcount_extract::Document {
                text,
                title: d.title.as_deref(),
                url: None,
                published: d.published,
            });
            for with_text in [false, true] {
                assert_eq!(
                    by_hand(&d, &claims, with_text),
                    by_serde(&d, &claims, with_text)
                );
            }
            // A claim alone is the contract's `Claim`: `record` is only for table rows.
            for claim in &claims {
                let mut buf = Vec::new();
                write_claim(&mut buf, claim, None);
                assert_eq!(
                    String::from_utf8(buf).unwrap(),
                    serde_json::to_string(claim).unwrap()
                );
            }
            d.line = None;
            d.id = None;
            d.published = None;
            d.url = Some("https://example.com/a?b=\"c\"".into());
            assert_eq!(by_hand(&d, &claims, false), by_serde(&d, &claims, false));
        }
    }

    /// Table rows carry their `record`.
    #[test]
    fn table_lines_are_serde_json_lines() {
        let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
        if !data.exists() {
            return;
        }
        let paths = [data.join("warn/ca.csv"), data.join("layoffs_fyi")];
        let docs = headcount_ingest::documents(&paths);
        let mut rows = 0;
        for d in docs.flatten().step_by(50) {
            let claims = crate::reader::claims_of(&d);
            assert!(d.record.is_some());
            assert_eq!(by_hand(&d, &claims, false), by_serde(&d, &claims, false));
            rows += 1;
        }
        assert!(rows > 10, "{rows} rows");
    }
}
