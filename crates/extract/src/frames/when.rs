//! When: the dates a frame builder reads — the page's own date (URL, dateline, the year
//! its text uses most), a month joined to its year, and the date of one trigger's round.

use crate::dates::{self, DateContext, DateSpan};
use crate::model::Precision;
use crate::sentences::Sentence;
use crate::tokens::{tokenize, TokKind, Token};
use crate::triggers::TriggerHit;
use chrono::{Datelike, NaiveDate};

/// `YYYY/MM/DD`, `YYYY/MM` or `YYYY-MM-DD` in a URL path: many outlets date their URLs.
pub fn url_date(url: &str) -> Option<(NaiveDate, Precision)> {
    let path = url.split_once("://").map_or(url, |(_, p)| p);
    // Split at the four ASCII separators by bytes, as `split` would at those characters,
    // without decoding the URL a character at a time.
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    for (k, b) in path.bytes().enumerate() {
        if matches!(b, b'/' | b'-' | b'_' | b'.') {
            parts.push(&path[start..k]);
            start = k + 1;
        }
    }
    parts.push(&path[start..]);
    for w in parts.windows(3) {
        let year = w[0]
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y) && w[0].len() == 4);
        let month = w[1]
            .parse::<u32>()
            .ok()
            .filter(|m| (1..=12).contains(m) && w[1].len() == 2);
        if let (Some(y), Some(m)) = (year, month) {
            let day = w[2].parse::<u32>().ok().filter(|_| w[2].len() == 2);
            if let Some(d) = day.and_then(|d| NaiveDate::from_ymd_opt(y, m, d)) {
                return Some((d, Precision::Day));
            }
            return NaiveDate::from_ymd_opt(y, m, 1).map(|d| (d, Precision::Month));
        }
    }
    // "/2018/nov/22/"
    for w in parts.windows(3) {
        let year = w[0]
            .parse::<i32>()
            .ok()
            .filter(|y| (1990..=2100).contains(y) && w[0].len() == 4);
        let month = MONTH_ABBR
            .iter()
            .position(|m| w[1].eq_ignore_ascii_case(m))
            .map(|m| m as u32 + 1);
        if let (Some(y), Some(m)) = (year, month) {
            let day = w[2]
                .parse::<u32>()
                .ok()
                .and_then(|d| NaiveDate::from_ymd_opt(y, m, d));
            return match day {
                Some(d) => Some((d, Precision::Day)),
                None => NaiveDate::from_ymd_opt(y, m, 1).map(|d| (d, Precision::Month)),
            };
        }
    }
    // "/2020/": a folder that is a year gives the year alone.
    path.split('/')
        .skip(1)
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
        .and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
        .map(|d| (d, Precision::Year))
}

const MONTH_ABBR: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

pub fn month_bounds(d: NaiveDate) -> (NaiveDate, NaiveDate) {
    let first = d.with_day(1).unwrap_or(d);
    let next = if d.month() == 12 {
        NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
    };
    (first, next.and_then(|n| n.pred_opt()).unwrap_or(d))
}

/// A dateline opening a document: a label and a day ("Published 2023-04-20", "date
/// 2023-04-20", "Updated: March 5, 2024") or a day and a dash ("March 5, 2024 — Northwind
/// said"). Returns the day and the dateline's length in bytes. A near miss: "March 5, 2024
/// was the day Northwind cut 300 jobs" opens with a date that is part of the sentence.
pub(super) fn dateline(first: &str) -> Option<(NaiveDate, usize)> {
    // A dateline is short: only the opening bytes are read ("Published: September 30,
    // 2024 —" fits in 40), so a long first sentence costs nothing more.
    let mut cut = first.len().min(64);
    while !first.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &first[..cut];
    if !head.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokenize(head);
    let label = toks.first().is_some_and(|t| {
        t.is_any(&[
            "date",
            "dated",
            "published",
            "updated",
            "posted",
            "dateline",
        ])
    });
    let mut at = usize::from(label);
    if label && toks.get(at).is_some_and(|t| t.text == ":") {
        at += 1;
    }
    // The dateline's day opens what follows the label: only a date found there can be it
    // (`find_dates_in`'s first date, starting where the label ends).
    let d = dates::date_opening(&toks[at.min(toks.len())..], &DateContext::default())
        .filter(|d| d.precision == Precision::Day && !d.relative)?;
    // Token offsets are into `first` already, whatever slice they were found in.
    if d.start != toks.get(at)?.start {
        return None;
    }
    let end = d.end;
    let dash = first[end..].trim_start().starts_with(['—', '–', '-', '|']);
    // Alone on its line, whatever follows the line break ("March 15, 2024\nA photo ...").
    let alone = cut == first.len() && first[end..].trim().is_empty()
        || first[end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r']);
    (label || dash || alone).then_some((d.earliest, end))
}

/// The year the text's own dates point at most often, for a document with no publication
/// date. A year comes only from a date expression ("in 2023", "March 2023", "fiscal
/// 2024"), never from any four-digit number ("2067 Main Street"), and a founding date
/// ("founded in 1994") says nothing of when cuts happened. Years in sentences that report
/// cuts count; page furniture does not, unless nothing else gives a year.
pub(super) fn text_year(
    doc: &str,
    sentences: &[Sentence],
    toks: &[&[Token]],
    hits: &[Vec<TriggerHit>],
) -> Option<i32> {
    let bare = DateContext::default();
    let years = |n: usize| {
        // Only a sentence with a four-digit number can hold a year.
        if !toks[n]
            .iter()
            .any(|t| t.kind == TokKind::Number && t.text.len() == 4)
        {
            return Vec::new();
        }
        let text = &doc[sentences[n].start..sentences[n].end];
        dates::find_dates_in(toks[n], &bare)
            .into_iter()
            .filter(|d| {
                !d.relative
                    && !founding(text, d)
                    && !deadline(text, d)
                    && !since_start(text, d)
                    && !size_date(text, d, hits[n].iter().map(|h| toks[n][h.first].start))
            })
            .map(|d| d.earliest.year())
            .collect::<Vec<i32>>()
    };
    let reporting = (0..toks.len())
        .filter(|&n| !hits[n].is_empty())
        .flat_map(years);
    year_vote(reporting).or_else(|| year_vote((0..toks.len()).flat_map(years)))
}

/// "by 2025", "by the end of its 2023 fiscal year", "until 2026": a deadline points past the
/// report, so it says nothing of the year the report was written in.
pub(super) fn deadline(text: &str, d: &DateSpan) -> bool {
    let before = &text.as_bytes()[..d.start];
    matches!(
        d.prefix,
        Some("by" | "until" | "till" | "through" | "within")
    ) || before[before.len().saturating_sub(40)..]
        .windows(13)
        .any(|w| w.eq_ignore_ascii_case(b"by the end of"))
}

/// "founded in 1994", "established in 2010": when the company began, not a round.
pub(super) fn founding(text: &str, d: &DateSpan) -> bool {
    let before = text[..d.start].trim_end();
    let before = before.strip_suffix(" in").unwrap_or(before);
    let last = before.rsplit(' ').next().unwrap_or("");
    [
        "founded",
        "established",
        "incorporated",
        "formed",
        "born",
        "built",
        "opened",
        "launched",
    ]
    .iter()
    .any(|w| last.eq_ignore_ascii_case(w))
}

/// "its most extensive round of layoffs since the 2008 financial crisis", "the biggest
/// cut since 2009": after a superlative, "since" names the record's benchmark, not when
/// the round was. A near miss: "has cut 27,000 jobs since 2022" is a running total's start.
/// So does "first" or "only": "its first layoffs since 2020". (A near miss: "its first
/// layoffs since 2020, when it cut 360 jobs": the "when" clause tells of that year.)
pub(super) fn since_record(text: &str, d: &DateSpan) -> bool {
    let before = &text[..d.start];
    before
        .split_whitespace()
        .rev()
        .take(3)
        .any(|w| w.eq_ignore_ascii_case("since"))
        && !since_when(text, d)
        && before.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            [
                "most", "largest", "biggest", "deepest", "worst", "highest", "lowest", "steepest",
                "sharpest", "heaviest", "first", "only",
            ]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
        })
}

/// "since 2020, when it showed 360 employees the door": a "when" clause after the date
/// tells of what happened then.
fn since_when(text: &str, d: &DateSpan) -> bool {
    d.prefix == Some("since")
        && text[d.end..]
            .trim_start_matches([',', ' '])
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("when "))
}

/// The text of the clause that ends at byte `at`: from its last comma, semicolon or colon
/// (the clause's punctuation, not a thousands separator: "270,000").
fn clause_before(text: &str, at: usize) -> &str {
    let before = &text[..at];
    let b = before.as_bytes();
    let from = (0..b.len())
        .rev()
        .find(|&i| {
            matches!(b[i], b',' | b';' | b':') && b.get(i + 1).is_none_or(|c| !c.is_ascii_digit())
        })
        .map_or(0, |i| i + 1);
    &before[from..]
}

/// "has lost 500,000 subscribers since ChatGPT emerged in 2022", "has cut 27,000 jobs since
/// 2022": a year after "since" in its clause is where a trend began; the text was written
/// after it, so it says nothing of the year a bare "June" elsewhere falls in. A near miss:
/// "Since then, Northwind cut 300 jobs in 2023" (the comma closes the "since" clause).
pub(super) fn since_start(text: &str, d: &DateSpan) -> bool {
    clause_before(text, d.start)
        .split_whitespace()
        .rev()
        .take(10)
        .any(|w| w.eq_ignore_ascii_case("since"))
}

/// "IBM had a global headcount of about 270,000 employees at the end of 2024": a date in
/// the clause that states the workforce's size dates the size, not a cut. Near misses:
/// "IBM cut 2,700 jobs at the end of 2024", "It had fired 624 staffers in May 2022".
///
/// A trigger in the clause before the date (its first token's byte offset among
/// `triggers`) makes a "had" tell of a cut the date is of: "It had let go 350 employees in
/// August 2023", "had trimmed 10% of its workforce in February".
pub(super) fn size_date(text: &str, d: &DateSpan, triggers: impl Iterator<Item = usize>) -> bool {
    let clause = clause_before(text, d.start);
    let from = d.start - clause.len();
    let cut_before = triggers.into_iter().any(|at| from <= at && at < d.start);
    // Most clauses before a date hold no figure: no need to read their words.
    if !clause.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    // One pass over the words, trimmed of what is not a letter or digit, in any ASCII case
    // (without lower-casing the clause: ASCII case changes no space and no letter's being
    // a letter, so the words are the same).
    let is = one_of;
    let (mut last, mut before_last): (Option<&str>, Option<&str>) = (None, None);
    let (mut staff, mut size_of, mut had) = (false, false, false);
    for w in clause
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
    {
        if is(
            w,
            &[
                "jobs",
                "cut",
                "cuts",
                "laid",
                "eliminated",
                "shed",
                "fired",
                "sacked",
                "axed",
                "slashed",
                "terminated",
                "retrenched",
            ],
        ) {
            return false;
        }
        staff |= is(w, &["employees", "staff", "workers", "people", "staffers"]);
        had |= is(w, &["had", "employed", "employs", "employing"]);
        // "headcount of", "workforce of", "staff of".
        size_of |= w.eq_ignore_ascii_case("of")
            && last.is_some_and(|p| is(p, &["headcount", "workforce", "staff"]));
        before_last = last;
        last = Some(w);
    }
    // "out of 3,800 employees reported on December 31, 2021", "3,800 staff as of June
    // 30": a count of staff stated as at a date.
    let as_at = staff
        && before_last.zip(last).is_some_and(|(a, b)| {
            (a.eq_ignore_ascii_case("reported") && is(b, &["on", "as"]))
                || (a.eq_ignore_ascii_case("as") && b.eq_ignore_ascii_case("of"))
        });
    // (Only "had" gives way to a cut told before the date: "its workforce of 12,000 as of
    // December 31" sizes the staff whatever comes before.)
    as_at || size_of || had && !cut_before
}

/// "first reported by Bloomberg on Tuesday", "as reported by Reuters on March 3",
/// "previously reported on Monday": a date within a few words after an outlet's report
/// (by someone, or first, earlier, previously). A near miss: "Globex reported on Tuesday
/// that it cut 600 jobs" is the firm's own announcement.
fn outlets_report(text: &str, d: &DateSpan) -> bool {
    let words = words_before(text, d.start, 6);
    let words: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(k, w)| {
        *w == "reported"
            && (k > 0 && words[k - 1] == "by"
                || words.get(k + 1).is_some_and(|p| {
                    matches!(*p, "first" | "earlier" | "previously" | "originally")
                }))
    })
}

/// Up to `n` words of `text` before byte `at`, nearest first, in lower case.
fn words_before(text: &str, at: usize, n: usize) -> Vec<String> {
    text[..at]
        .split_whitespace()
        .rev()
        .take(n)
        .map(str::to_ascii_lowercase)
        .collect()
}

/// "its fourth round of layoffs this year", "the second wave of job cuts this year", "its
/// third round of cuts since October": a year or a start that counts the rounds in it,
/// not the date of this one (which publication gives). (Near misses: "its fourth round
/// of layoffs, in March" dates the round; "cut 500 jobs this year" has no ordinal round.)
pub(super) fn counts_rounds(text: &str, d: &DateSpan) -> bool {
    if d.precision != Precision::Year && d.prefix != Some("since") {
        return false;
    }
    let words = words_before(text, d.start, 6);
    // Back from the date: the words of the cuts, then the round noun and its ordinal.
    let mut k = 0;
    while words.get(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "of" | "layoffs" | "cuts" | "job" | "jobs" | "redundancies" | "lay-offs" | "since"
        )
    }) {
        k += 1;
    }
    words
        .get(k)
        .is_some_and(|w| crate::cues::ROUND_NOUNS.contains(&w.as_str()))
        && words
            .get(k + 1)
            .is_some_and(|w| crate::cues::ORDINALS.contains(&w.as_str()))
}

/// "in the first half of fiscal year 2021, which began last month": a date that a relative
/// clause gives a period ("which began", "that ended in June") dates the period, not a
/// cut. (A near miss: "which began notifying staff last month" dates the notifying.)
pub(super) fn dates_a_period(text: &str, d: &DateSpan) -> bool {
    // The three words before the date, nearest first, in any ASCII case.
    let mut before = text[..d.start].split_whitespace().rev();
    let mut verb = before.next();
    if verb.is_some_and(|w| w.eq_ignore_ascii_case("in") || w.eq_ignore_ascii_case("on")) {
        verb = before.next();
    }
    let is = |w: Option<&str>, any: &[&str]| w.is_some_and(|w| one_of(w, any));
    is(
        verb,
        &["began", "begins", "started", "starts", "ended", "ends"],
    ) && is(before.next(), &["which", "that"])
}

/// Nouns of a company's reported results, which a period before them dates.
const RESULTS: &[&str] = &[
    "loss",
    "losses",
    "profit",
    "profits",
    "earnings",
    "results",
    "revenue",
    "revenues",
    "sales",
    "net",
    "income",
    "figures",
    "numbers",
    "guidance",
    "report",
    "update",
    "statement",
    "call",
    "deliveries",
];

/// Words for the kind of a report, between its period and its noun: "third-quarter
/// interim report", "2024 annual report", "half-year trading update".
const REPORT_KINDS: &[&str] = &[
    "interim",
    "annual",
    "quarterly",
    "financial",
    "trading",
    "operating",
    "preliminary",
];

/// "posted a fourth-quarter loss and said it would cut 1,100 jobs", "its results for the
/// first half": a period that dates the results, not a cut. (A near miss: "cut 1,100 jobs
/// in the fourth quarter" dates the cut.)
pub(super) fn dates_results(text: &str, d: &DateSpan) -> bool {
    // Only a quarter or a half, or a year that a determiner makes a modifier ("in its 2024
    // annual report", not "in 2024"), and only beside cuts still to come: "Acme's 2024
    // results showed it cut 2,000 jobs", "on its fourth-quarter call, Acme said it had cut
    // 1,000 jobs during the quarter" date cuts made.
    let determined = || {
        text[..d.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                one_of(w, &["its", "their", "the", "a", "an"])
                    || w.ends_with("'s")
                    || w.ends_with("’s")
            })
    };
    if !(matches!(d.precision, Precision::Quarter | Precision::Half)
        || d.precision == Precision::Year && determined())
    {
        return false;
    }
    // (For a year, the future words come before it: "Acme will cut 500 jobs, it said in
    // its 2024 annual report". A near miss: "said in its 2024 annual report that it cut
    // 300 jobs during the year and will hire more" dates the cuts made.)
    let before = if d.precision == Precision::Year {
        &text[..d.start]
    } else {
        text
    };
    let ahead = before.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        one_of(
            w,
            &[
                "will", "would", "plans", "plan", "planned", "intends", "expects",
            ],
        )
    });
    if !ahead {
        return false;
    }
    let is_results = |w: Option<&str>| {
        w.map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|w| one_of(w, RESULTS))
    };
    // The word after the date, past a year or "fiscal" ("first-quarter 2025 results").
    let mut after = text[d.end..]
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    // ... and past a word for the kind of report ("third-quarter interim report", "its
    // 2024 annual report").
    let mut next = after.next();
    while next.is_some_and(|w| {
        w.eq_ignore_ascii_case("fiscal")
            || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
            || one_of(w, REPORT_KINDS)
    }) {
        next = after.next();
    }
    if next.is_some_and(|w| w.starts_with(['.', ',', ';'])) {
        return false;
    }
    if is_results(next) {
        return true;
    }
    // "results for the fourth quarter", "earnings for its fiscal first half".
    let mut before = text[..d.start].split_whitespace().rev();
    let mut w = before.next();
    while w.is_some_and(|w| one_of(w, &["the", "its", "their", "fiscal"])) {
        w = before.next();
    }
    w.is_some_and(|w| w.eq_ignore_ascii_case("for")) && is_results(before.next())
}

/// Whether a word is one of `list`, in any ASCII case.
fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

fn year_vote(years: impl Iterator<Item = i32>) -> Option<i32> {
    let mut counts: Vec<(i32, usize)> = Vec::new();
    for y in years.filter(|y| (1990..=2100).contains(y)) {
        match counts.iter_mut().find(|(c, _)| *c == y) {
            Some((_, n)) => *n += 1,
            None => counts.push((y, 1)),
        }
    }
    // Most frequent; on a tie the latest year (news looks back).
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, y))
        .map(|(y, _)| y)
}

/// "February last year", "in March this year": a month followed by the year it falls in
/// is that month of that year, one span.
pub(super) fn month_of_year(text: &str, dates: Vec<DateSpan>) -> Vec<DateSpan> {
    let mut out: Vec<DateSpan> = Vec::with_capacity(dates.len());
    let mut it = dates.into_iter().peekable();
    while let Some(d) = it.next() {
        let joined = it.peek().and_then(|y| {
            let between = text.get(d.end..y.start)?;
            let adjacent = between.trim().is_empty() || between.trim().eq_ignore_ascii_case("of");
            if !(adjacent && d.precision == Precision::Month && y.precision == Precision::Year) {
                return None;
            }
            let earliest = d.earliest.with_year(y.earliest.year())?;
            let (_, latest) = month_bounds(earliest);
            Some(DateSpan {
                end: y.end,
                earliest,
                latest,
                ..d.clone()
            })
        });
        match joined {
            Some(j) => {
                it.next();
                out.push(j);
            }
            None => out.push(d),
        }
    }
    // "In February 2015, 500 workers were laid off and in September 300 were cut": a bare
    // month after a month of a stated year, and later in the calendar, is of that year.
    // A near miss: "in March 2023 ... last September" names its own year.
    let mut stated: Option<NaiveDate> = None;
    for d in &mut out {
        if !d.relative && matches!(d.precision, Precision::Month | Precision::Day) {
            stated = Some(d.earliest);
            continue;
        }
        let bare = text.get(d.start..d.end).is_some_and(|w| {
            w.split_whitespace().all(|x| {
                x.chars().all(char::is_alphabetic)
                    && !["last", "next", "this", "year", "month", "ago", "week"]
                        .iter()
                        .any(|n| x.eq_ignore_ascii_case(n))
            })
        });
        if let Some(y) = stated.filter(|y| {
            bare && d.relative && d.precision == Precision::Month && d.earliest.month() > y.month()
        }) {
            if let Some(earliest) = d.earliest.with_year(y.year()) {
                let (_, latest) = month_bounds(earliest);
                d.earliest = earliest;
                d.latest = latest;
            }
        }
    }
    out
}

/// Verbs that report what someone said, before "that": "writing that", "adding that".
/// (Not `orgs::REPORTING_VERBS`, by which an outlet reports news.)
pub(super) const SAYING_VERBS: &[&str] = &[
    "said",
    "saying",
    "says",
    "writing",
    "wrote",
    "adding",
    "added",
    "noting",
    "noted",
    "explaining",
    "explained",
    "arguing",
    "argued",
];

pub(super) fn pick_date(
    text: &str,
    toks: &[Token],
    dates: &[DateSpan],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
) -> Option<(DateSpan, String)> {
    let lo_b = toks.get(lo).map_or(text.len(), |t| t.start);
    let hi_b = toks.get(hi).map_or(text.len(), |t| t.start);
    let trig = toks[hit.first].start;
    // The clause ends at the next trigger, or at a conjunction before it ("laid off 1,000
    // in January and another 500"; "will total 18,000 while Meta announced last fall").
    let conjunction_bound = hi < toks.len() && toks[hi].is_any(super::clause::CONJUNCTIONS);
    // A date just before the next trigger belongs to it ("the total 2022 cuts"), but not
    // before a round after a comma, whose words follow it ("2,000 jobs in 2022, 3,500 in
    // 2023").
    let next_trigger = hi < toks.len() && !conjunction_bound && toks[hi].text != ",";
    let owned_by_next = |d: &DateSpan| {
        let gap = toks[hi.saturating_sub(3)..hi]
            .iter()
            .skip_while(|t| t.end <= d.end);
        next_trigger
            && toks[hi.saturating_sub(3)..hi]
                .iter()
                .any(|t| t.start >= d.start && t.end <= d.end)
            // Nothing but words between the date and the next trigger: "the total 2022 cuts".
            && gap.clone().all(|t| t.kind == TokKind::Word && !t.is_any(&["after", "before", "since"]))
    };
    // "cut 665 jobs as part of its wider role reductions announced in October 2014": a
    // date inside "part of ..." dates the larger programme, not this round.
    // So does a date after "on top of" or "in addition to": it dates what is added ("will
    // eliminate 450 roles, on top of the 700 it cut last year").
    let of_the_whole = |d: &DateSpan| {
        d.start > trig && {
            let between = &text[trig..d.start];
            between.contains("part of")
                || between.contains("on top of")
                || between.contains("in addition to")
        }
    };
    // Past a conjunction that bounds the clause, the dates are the other clause's; so
    // are the dates of a next trigger that a subordinator opens: "will cut 400 jobs after
    // cutting 1,000 in January" dates the 1,000 alone. (A near miss: "cut 400 jobs,
    // closing its plant in January" dates both.)
    // ("..., bringing its total job cuts this year to 3,500": the total's year is the
    // total's.)
    // ("The layoffs follow cuts of 1,000 jobs in January": a round this one follows.)
    let subordinate_next = next_trigger
        && toks[hi.saturating_sub(5)..hi].iter().any(|t| {
            t.is_any(&[
                "after",
                "before",
                "following",
                "follow",
                "follows",
                "followed",
                "since",
                "bringing",
                "taking",
            ])
        });
    let past_conjunction =
        |d: &DateSpan| (conjunction_bound || subordinate_next) && d.start >= hi_b;
    // A date after the next trigger, in a relative clause, is its own: "will cut 1,500 jobs
    // by 2027, expanding a programme that has already cut 2,200 since 2022".
    // (Only a next trigger in a relative clause: the sentence's other rounds may still
    // lend theirs.)
    let relative_next = next_trigger
        && toks[hit.last + 1..hi]
            .iter()
            .any(|t| t.is_any(&["that", "which"]));
    let past_next_trigger = |d: &DateSpan| relative_next && d.start >= hi_b;
    // "confirmed the layoffs in a post, writing that the company had hired ahead of
    // demand in 2022": past the trigger, a date after a verb of saying and "that" dates
    // what is said, which tells of no cut (a cut told there is a trigger of its own). (A
    // near miss: "said that it cut 300 jobs in 2023" puts the trigger in what is said.)
    // (Not when what is said tells of the staff: "adding that affected staff were
    // notified on Tuesday" dates the notice.)
    let reported_after = |d: &DateSpan| {
        d.start > trig
            && toks[hit.last + 1..].windows(2).enumerate().any(|(k, w)| {
                let said = &toks[hit.last + 3 + k..];
                w[0].is_any(SAYING_VERBS)
                    && w[1].is("that")
                    && w[1].end <= d.start
                    && !said.iter().take_while(|t| t.start < d.start).any(|t| {
                        super::is_job_noun(t)
                            || t.is_any(&[
                                "notified",
                                "notice",
                                "notices",
                                "affected",
                                "informed",
                                "told",
                                "cuts",
                                "layoffs",
                                "redundancies",
                            ])
                    })
            })
    };
    let in_clause: Vec<&DateSpan> = dates
        .iter()
        .filter(|d| {
            d.start >= lo_b
                && d.end <= hi_b
                && !owned_by_next(d)
                && !of_the_whole(d)
                && !reported_after(d)
        })
        .collect();
    // With nothing in the clause, a date elsewhere in a one-clause sentence still counts.
    // ("Workforce Reduction: At the end of 2023, Chegg had 1,271 employees": a colon or
    // semicolon still parts a label from its clause.)
    // (A date heading an item, "November 2024: Chegg laid off 319", still dates it.)
    let parted = |d: &DateSpan| d.start > trig && text[trig..d.start].contains([':', ';']);
    // A date that heads the line before a colon dates the item after it: "November
    // 2024: Chegg laid off another 319".
    let heading = |d: &DateSpan| {
        text[..d.start].trim().is_empty() && text[d.end..].trim_start().starts_with(':')
    };
    let pool = if in_clause.is_empty() && lo == 0 {
        dates
            .iter()
            .filter(|d| {
                !owned_by_next(d)
                    && !parted(d)
                    && !of_the_whole(d)
                    && !past_conjunction(d)
                    && !past_next_trigger(d)
                    && !reported_after(d)
            })
            .collect()
    } else if in_clause.is_empty() {
        dates.iter().filter(|d| heading(d)).collect()
    } else {
        in_clause
    };
    // "cuts first reported by Bloomberg on Tuesday": the date of an outlet's report is no
    // date of the round where the text gives the round one of its own.
    let pool: Vec<&DateSpan> = if pool.len() > 1 && pool.iter().any(|d| outlets_report(text, d)) {
        pool.into_iter()
            .filter(|d| !outlets_report(text, d))
            .collect()
    } else {
        pool
    };
    // "notices made in August ... will be terminated on October 15": a round is dated by
    // its announcement, not by when it takes effect.
    // ("announced several rounds of layoffs since 2022": a running total's start is no
    // announcement date.)
    let announced = |d: &DateSpan| {
        if d.prefix == Some("since") {
            return false;
        }
        let before = text[..d.start].trim_end();
        before.split_whitespace().rev().take(6).any(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase()
                    .as_str(),
                "announced"
                    | "notices"
                    | "notified"
                    | "said"
                    | "told"
                    | "filed"
                    | "made"
                    | "unveiled"
            )
        })
    };
    // A round told after "after" or "following" is an earlier one, and the announcement
    // the sentence goes on with is the main clause's: "will cut another 400 jobs, after
    // reducing its workforce by 600 in 2024, the company said on Wednesday" dates the 600
    // to 2024. (A near miss: "after talks with unions, the company said on Wednesday it
    // will cut 400 jobs" puts the trigger in the main clause.)
    let subordinate = toks[hit.first.saturating_sub(2)..hit.first]
        .iter()
        .any(|t| t.is_any(&["after", "following"]));
    let announced_after = |d: &DateSpan| announced(d) && d.start > trig;
    let pool: Vec<&DateSpan> = if subordinate && !pool.iter().all(|d| announced_after(d)) {
        pool.into_iter().filter(|d| !announced_after(d)).collect()
    } else {
        pool
    };
    // Of several announcements, the one nearest before the trigger governs it: "The latest
    // layoffs, announced on Tuesday, come after Meta said in November that it was
    // eliminating 11,000 jobs" dates the 11,000 to November. Not one in a clause of its
    // own, which a comma and a conjunction part from the trigger's: "Coastline Media said
    // last week it would stop printing, and the Lakeview Courier laid off 12 staffers in
    // August" dates the 12 to August.
    // (A clause of its own has a subject of its own: "..., and the Lakeview Courier
    // laid off", not "..., and that it would lay off", which goes on with what is said.)
    // The ends of the text between a date and the trigger, date side first for one
    // before it, and that text.
    let ends = |d: &DateSpan| {
        if d.start > trig {
            (trig, d.start)
        } else {
            (d.end, trig)
        }
    };
    let between_of = |d: &DateSpan| {
        let (a, b) = ends(d);
        &text[a.min(b)..b.max(a)]
    };
    let coordinated = |d: &DateSpan| {
        let between = between_of(d);
        between.contains(';')
            || [", and ", ", but "].iter().any(|c| {
                between.match_indices(c).any(|(i, _)| {
                    let next = between[i + c.len()..].split_whitespace().next();
                    next.is_some_and(|w| {
                        w.starts_with(|ch: char| ch.is_uppercase()) || matches!(w, "the" | "its")
                    })
                })
            })
    };
    if pool.len() > 1 && pool.iter().any(|d| announced(d) && !coordinated(d)) {
        let said: Vec<&DateSpan> = pool
            .into_iter()
            .filter(|d| announced(d) && !coordinated(d))
            .collect();
        return said
            .iter()
            .filter(|d| d.end <= trig)
            .max_by_key(|d| d.start)
            .or(said.first())
            .map(|d| ((*d).clone(), text[d.start..d.end].to_string()));
    }
    // Nearest in bytes, but a comma between date and trigger costs more than distance
    // ("... this year, after cutting 27,000 jobs since 2022"), and a running total's
    // "since" date right after its trigger wins. So does "and" or "but" between a date
    // before the trigger and it: the date ends a verb phrase the cut is joined to, and
    // dates that phrase ("was fined in March and laid off 250 workers in April" dates the
    // layoff to April; a near miss: "in March, it closed a plant and laid off 250
    // workers" has no other date).
    pool.into_iter()
        .min_by_key(|d| {
            let (a, b) = ends(d);
            let between = between_of(d);
            // (Only "and" or "but" and at most three words in lower case between: "In
            // March, Initech and Globex laid off" dates both by the fronted March.)
            let joined = d.end <= trig && {
                let mut words = between.split_whitespace();
                words.next().is_some_and(|w| matches!(w, "and" | "but"))
                    && words.clone().count() <= 3
                    && words.all(|w| w.bytes().all(|c| c.is_ascii_lowercase()))
            };
            let commas = between.matches(',').count() + usize::from(joined);
            let since = d.prefix == Some("since") && d.start > trig && d.start - trig < 80;
            if since {
                0
            } else {
                (b - a) + 200 * commas
            }
        })
        .map(|d| (d.clone(), text[d.start..d.end].to_string()))
}

/// "will cut 200 jobs, a year after it eliminated 120 positions", "The cuts come nine
/// months after the company bought out its news staff": the date of an earlier round told
/// after "after" (or "following"), counted back by the time that stands right before that
/// word, in months or years, within the trigger's clause (no earlier than `lo`): from the
/// later round's date where the sentence gives one before it ("laid off 200 workers in
/// January 2023, a year after it eliminated 120"), else from publication. (Near misses:
/// "just months after" counts nothing, "less than two months after" is a bound, "two
/// weeks after" counts from a day publication does not give; with no date to count from
/// there is no date.)
pub fn counted_back_after(
    text: &str,
    toks: &[Token],
    dates: &[DateSpan],
    hit: &TriggerHit,
    lo: usize,
    published: Option<NaiveDate>,
) -> Option<(DateSpan, String)> {
    let from = hit.first.saturating_sub(8).max(lo);
    let k = (from..hit.first)
        .rev()
        .find(|&k| toks[k].is_any(&["after", "following"]))?;
    let at = k.checked_sub(2)?;
    let unit = &toks[k - 1];
    // Months and years only: days and weeks count from the main round's own day, which
    // publication gives only roughly. And a bound counts back to no one time: "less than
    // two months after".
    if !unit.is_any(&["month", "months", "year", "years"])
        || at > 0 && toks[at - 1].is_any(&["than", "under", "over", "within"])
    {
        return None;
    }
    let n = dates::units_counted_at(toks, at)?;
    // From the later round's own date where the sentence gives one before: "laid off 200
    // workers in January 2023, a year after it eliminated 120" counts back from 2023.
    let anchor = dates
        .iter()
        .rfind(|d| d.end <= toks[at].start)
        .map(|d| d.earliest)
        .or(published);
    counted_back_span(text, (toks[at].start, unit.end), anchor, n, unit)
}

/// The date `n` units (`unit`) counted back from `anchor` ([`dates::counted_back`], years
/// included), as a relative span of the text's bytes `start..end` and its words.
fn counted_back_span(
    text: &str,
    (start, end): (usize, usize),
    anchor: Option<NaiveDate>,
    n: i64,
    unit: &Token,
) -> Option<(DateSpan, String)> {
    let (iv, precision) = dates::counted_back(anchor, n, unit, true)?;
    let (earliest, latest) = iv?;
    let span = DateSpan {
        start,
        end,
        earliest,
        latest,
        precision,
        relative: true,
        prefix: None,
    };
    let words = text[span.start..span.end].to_string();
    Some((span, words))
}

/// "Two years ago, Globex cut 7,000 jobs", "Globex cut 7,000 jobs a year ago": a round
/// dated by years counted back from publication, which [`dates`] leaves out of its own
/// rules (there "a year ago" is mostly a comparison's base). Here the years must date the
/// trigger: they open the sentence (past a hedge: "About a year ago,") or follow the
/// trigger in its clause with no comma between. The three months around that many years
/// back, as `counted_back` gives them. (Near misses: "sales fell from a year ago" is a
/// comparison; "Globex, founded two years ago, cut 300 jobs" dates the founding, in an
/// aside; "cut 300 jobs, two years ago" is read no further than its comma, "cut 300 jobs
/// in a unit it bought two years ago" no further than the clause it opens.) So do years
/// right after the verb of telling that governs the trigger: "Globex announced a year
/// ago that it would cut 10,000 jobs".
pub fn years_ago(
    text: &str,
    toks: &[Token],
    hit: &TriggerHit,
    hi: usize,
    published: Option<NaiveDate>,
) -> Option<(DateSpan, String)> {
    let published = published?;
    let opening = toks
        .iter()
        .take_while(|t| t.is_any(&["about", "almost", "nearly", "roughly", "some", "just"]))
        .count();
    let dated = |ago: usize| -> Option<(usize, i64)> {
        let unit = toks.get(ago.checked_sub(1)?)?;
        if !toks.get(ago).is_some_and(|t| t.is("ago")) || !unit.is_any(&["year", "years"]) {
            return None;
        }
        dates::counted_ago(toks, ago)
    };
    let ago = opening + 2;
    // Nothing may open another clause between the years and the trigger: "Two years ago,
    // Globex was hiring, but now it will cut 1,500 jobs", "said a year ago it was
    // exploring a sale and is now cutting 700 jobs".
    let one_clause = |from: usize| {
        !toks[from.min(hit.first)..hit.first].iter().any(|t| {
            matches!(t.text, ";" | ":" | "—")
                || t.is_any(&["and", "but", "now", "yet", "while", "whereas", "then"])
        })
    };
    // "Globex announced a year ago that it would cut": the years right after the verb of
    // telling that governs the trigger.
    let told = || {
        (1..hit.first.saturating_sub(2)).find_map(|at| {
            let verb = &toks[at - 1];
            let ago = at + 2;
            (verb.is_any(SAYING_VERBS) || verb.is_any(&["announced", "confirmed", "disclosed"]))
                .then(|| dated(ago))
                .flatten()
                .filter(|_| {
                    toks[ago + 1..hit.first]
                        .iter()
                        .all(|t| t.kind == TokKind::Word)
                })
                .filter(|_| one_clause(ago + 1))
        })
    };
    let (at, n) = (ago < hit.first
        && toks.get(ago + 1).is_some_and(|t| t.text == ",")
        && one_clause(ago + 1))
    .then(|| dated(ago))
    .flatten()
    .or_else(told)
    .or_else(|| {
        (hit.last + 1..hi.min(toks.len()))
            // (Nor a participle that opens a clause of its own: "at a call centre
            // opened two years ago".)
            .take_while(|&k| {
                let t = &toks[k];
                let participle = t.text.len() > 3 && t.text.ends_with("ed")
                    || t.is_any(&["hired", "built", "bought", "made", "set"]);
                !(matches!(t.text, "," | ";" | ":" | "—" | "(" | ".")
                    || t.is_any(CLAUSE_OPENERS)
                    || participle)
            })
            .find_map(dated)
    })?;
    let span = (toks[at].start, toks[at + 2].end);
    counted_back_span(text, span, Some(published), n, &toks[at + 1])
}

/// Words that open another clause after a trigger's object: "cut 300 jobs in a unit it
/// bought", "as sales fell", "that it opened".
const CLAUSE_OPENERS: &[&str] = &[
    "as", "that", "which", "who", "when", "while", "after", "before", "since", "because", "where",
    "it", "they", "he", "she", "we", "than", "compared", "and", "but",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_urls() {
        assert_eq!(
            url_date("https://x.com/2023/02/13/twilio"),
            NaiveDate::from_ymd_opt(2023, 2, 13).map(|d| (d, Precision::Day))
        );
        assert_eq!(
            url_date("https://x.com/news/2018/11/mon-gm"),
            NaiveDate::from_ymd_opt(2018, 11, 1).map(|d| (d, Precision::Month))
        );
        assert_eq!(
            url_date("http://nwaonline.com/news/2019/nov/22/wework"),
            NaiveDate::from_ymd_opt(2019, 11, 22).map(|d| (d, Precision::Day))
        );
        assert_eq!(url_date("https://x.com/a/12021482.html"), None);
        assert_eq!(
            url_date("https://x.com/business/2020/steel-plant-to-close"),
            NaiveDate::from_ymd_opt(2020, 1, 1).map(|d| (d, Precision::Year))
        );
        // A year in a file name or a query is no folder.
        assert_eq!(url_date("https://x.com/a/report-2020.html"), None);
    }
}
