//! Date expressions in a sentence (the `DateExpr` lexicon rules), resolved to intervals.
//!
//! INTERFACE (owned by the quantity/date helper; the frame builder relies on it):
//! `find_dates(s, ctx)` returns every date expression in `s` with byte offsets relative
//! to `s`, resolved against the publication date (or, without one, the year the text
//! itself uses most).
//!
//! # Rules
//! The sentence is tokenised once; a scan tries every rule at each token, keeps the
//! longest match and jumps past it, so spans come out in order and never overlap.
//!
//! | rule | examples | interval, precision |
//! |---|---|---|
//! | ISO / slash | "2025-07-17", "07/26/2022", "6/4/20" (US M/D/Y) | day |
//! | month day year | "July 17, 2025", "Jul. 17 2025", "17 July 2025", "Monday, May 18" | day |
//! | month day | "July 17", "Sept. 2", "30 June" | day, year from context |
//! | month year | "July 2025", "Sept. of 2022" | month |
//! | month | "in November", "In August" | month, year from context |
//! | year | "in 2023", "2023" | year |
//! | fiscal | "fiscal 2024", "FY2024", "FY24" | calendar year |
//! | quarter / half | "Q1 2025", "the first quarter of 2025", "H1 2024", "the second half of 2024" | quarter / half |
//! | part ([`PARTS`]) | "early 2024" (H1), "mid-2025" (Apr–Sep), "late 2022" (H2), "the end of 2023" (Q4), "early May" | half / quarter / month |
//! | season ([`SEASONS`]) | "the fall of 2022", "last fall", "this summer" | quarter (3 months) |
//! | weekday ([`WEEKDAYS`]) | "on Thursday", "said Tuesday", "last Monday" | day |
//! | relative ([`RELATIVE`]) | "yesterday", "this week", "last month", "earlier this year", "in recent weeks" | by phrase |
//! | last/this/next + month | "last August", "next March" | month |
//! | the next N | "over the next three years" | published..published+N |
//!
//! Partial dates (a month, a month and day, a quarter or a season without a year) take the
//! latest year that does not put them after the publication date + 7 days, else
//! `ctx.default_year`, else they are dropped. Relative expressions need `ctx.published`
//! ("this year" may fall back to `ctx.default_year`). Resolved spans set `relative`.
//!
//! Not dates: "24/7", "9/11" (no year), versions, "2,400", numbers outside 1900..=2100,
//! "may cut" (the verb), "November -0001" (a broken stamp: dropped whole).

use crate::lexicon::{
    entries, glued, is_punct, match_phrase, month_at, parse_number, phrase_index, word_in,
    PhraseIndex, HEADCOUNT_NOUNS,
};
pub use crate::lexicon::{MonthWord, MONTHS};
use crate::model::Precision;
use crate::tokens::{tokenize, TokKind, Token};
use crate::wordset::{gate_add, gate_add_all, WordGate};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// What relative dates resolve against.
#[derive(Debug, Clone, Copy, Default)]
pub struct DateContext {
    pub published: Option<NaiveDate>,
    /// The year the document's own dates point at, used when there is no publication date.
    pub default_year: Option<i32>,
    /// With no publication date, the end of the month the URL dates the page to: a month
    /// without a year is read as the latest one by then ("In June", in a January piece).
    pub anchor: Option<NaiveDate>,
}

/// A date expression and the interval it denotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateSpan {
    pub start: usize,
    pub end: usize,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
    /// True when resolved against the context ("on Thursday", "last month", "in May").
    pub relative: bool,
    /// The preposition right before the span, lower-case, from [`PREPOSITIONS`] ("since",
    /// "by", "until", "in", "on", "as of", "over", ...). Not part of `start..end`. The frame
    /// builder reads "since 2022" as a running total and "by 2025" as a plan.
    pub prefix: Option<&'static str>,
}

// ---------------------------------------------------------------------------------------
// Vocabulary tables. Every entry's example is run by `every_table_entry_parses` with the
// publication date 2025-07-18 (a Friday); `expect` is the earliest day of the span.
// ---------------------------------------------------------------------------------------

/// A weekday name ("Tues." style abbreviations need their period; "Sat."/"Sun." are left
/// out: too often a newspaper's name).
pub struct WeekdayWord {
    pub word: &'static str,
    pub weekday: Weekday,
    pub abbrev: bool,
    pub example: &'static str,
    pub expect: &'static str,
}

const fn wd(
    word: &'static str,
    weekday: Weekday,
    abbrev: bool,
    example: &'static str,
    expect: &'static str,
) -> WeekdayWord {
    WeekdayWord {
        word,
        weekday,
        abbrev,
        example,
        expect,
    }
}

#[rustfmt::skip]
pub static WEEKDAYS: &[WeekdayWord] = &[
    wd("monday", Weekday::Mon, false, "It announced on Monday.", "2025-07-14"),
    wd("mon", Weekday::Mon, true, "GM cuts jobs Mon. in a shake-up", "2025-07-14"),
    wd("tuesday", Weekday::Tue, false, "The company said Tuesday.", "2025-07-15"),
    wd("tues", Weekday::Tue, true, "Announced Tues. by memo", "2025-07-15"),
    wd("tue", Weekday::Tue, true, "Announced Tue. by memo", "2025-07-15"),
    wd("wednesday", Weekday::Wed, false, "Emails went out Wednesday morning.", "2025-07-16"),
    wd("wed", Weekday::Wed, true, "Announced Wed. by memo", "2025-07-16"),
    wd("thursday", Weekday::Thu, false, "AWS cut jobs on Thursday.", "2025-07-17"),
    wd("thurs", Weekday::Thu, true, "Announced Thurs. by memo", "2025-07-17"),
    wd("thur", Weekday::Thu, true, "Announced Thur. by memo", "2025-07-17"),
    wd("thu", Weekday::Thu, true, "Announced Thu. by memo", "2025-07-17"),
    wd("friday", Weekday::Fri, false, "A staff memo on Friday.", "2025-07-18"),
    wd("fri", Weekday::Fri, true, "Announced Fri. by memo", "2025-07-18"),
    wd("saturday", Weekday::Sat, false, "It was confirmed Saturday.", "2025-07-12"),
    wd("sunday", Weekday::Sun, false, "It was confirmed Sunday.", "2025-07-13"),
];

/// A season: three months from `start_month` (winter runs into the next year).
pub struct Season {
    pub word: &'static str,
    pub start_month: u32,
    pub example: &'static str,
    pub expect: &'static str,
}

pub static SEASONS: &[Season] = &[
    Season {
        word: "spring",
        start_month: 3,
        example: "It cut staff last spring.",
        expect: "2025-03-01",
    },
    Season {
        word: "summer",
        start_month: 6,
        example: "It cut staff in the summer of 2023.",
        expect: "2023-06-01",
    },
    Season {
        word: "fall",
        start_month: 9,
        example: "Meta laid off 11,000 people last fall.",
        expect: "2024-09-01",
    },
    Season {
        word: "autumn",
        start_month: 9,
        example: "Cuts came in autumn 2022.",
        expect: "2022-09-01",
    },
    Season {
        word: "winter",
        start_month: 12,
        example: "It cut staff last winter.",
        expect: "2024-12-01",
    },
];

/// Which part of a period a word picks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Of a year: H1.
    Early,
    /// Of a year: April..September.
    Mid,
    /// Of a year: H2.
    Late,
    /// Of a year: Q4.
    End,
    /// Of a year: Q1.
    Beginning,
}

/// "early 2024", "the end of 2023". Of a month, every part is the whole month (labels keep
/// "early May" at month precision).
pub struct PartWord {
    pub phrase: &'static [&'static str],
    pub part: Part,
    pub example: &'static str,
    pub expect: &'static str,
}

const fn pw(
    phrase: &'static [&'static str],
    part: Part,
    example: &'static str,
    expect: &'static str,
) -> PartWord {
    PartWord {
        phrase,
        part,
        example,
        expect,
    }
}

#[rustfmt::skip]
pub static PARTS: &[PartWord] = &[
    pw(&["early", "in"], Part::Early, "Early in 2007, the paper offered buyouts.", "2007-01-01"),
    pw(&["early"], Part::Early, "In early 2024, AWS cut jobs.", "2024-01-01"),
    pw(&["late", "in"], Part::Late, "Late in 2022, it began cutting.", "2022-07-01"),
    pw(&["mid"], Part::Mid, "The cuts in mid-2025 hit AWS.", "2025-04-01"),
    pw(&["late"], Part::Late, "It began cutting in late 2022.", "2022-07-01"),
    pw(&["the", "end", "of"], Part::End, "By the end of 2023 it had cut 27,000.", "2023-10-01"),
    pw(&["end", "of"], Part::End, "Cuts finish by end of September.", "2024-09-01"),
    pw(&["the", "beginning", "of"], Part::Beginning, "Since the beginning of last year.", "2024-01-01"),
    pw(&["the", "start", "of"], Part::Beginning, "At the start of 2023 it cut staff.", "2023-01-01"),
    pw(&["beginning", "of"], Part::Beginning, "Since beginning of 2023.", "2023-01-01"),
    pw(&["start", "of"], Part::Beginning, "From start of May 2020.", "2020-05-01"),
];

/// Ordinals of quarters and halves ("the first quarter", "second-half").
pub struct Ordinal {
    pub word: &'static str,
    pub n: u32,
    pub example: &'static str,
    pub expect: &'static str,
}

pub static ORDINALS: &[Ordinal] = &[
    Ordinal {
        word: "first",
        n: 1,
        example: "Results for the first quarter of 2025.",
        expect: "2025-01-01",
    },
    Ordinal {
        word: "second",
        n: 2,
        example: "In the second half of 2024 it cut jobs.",
        expect: "2024-07-01",
    },
    Ordinal {
        word: "third",
        n: 3,
        example: "Its third-quarter 2023 results.",
        expect: "2023-07-01",
    },
    Ordinal {
        word: "fourth",
        n: 4,
        example: "In the fourth quarter of 2022.",
        expect: "2022-10-01",
    },
];

/// What a relative phrase denotes, against the publication date `p`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// `p + n` days, day precision.
    Day(i64),
    /// The calendar week (Monday to Sunday) `n` weeks from p's, day precision; this week
    /// ends at `p` ("cuts began this week" have happened).
    Week(i32),
    /// The Saturday and Sunday on or before `p` ("over the weekend").
    Weekend,
    /// The month `n` months from p's, month precision.
    Month(i32),
    /// The quarter `n` quarters from p's.
    Quarter(i32),
    /// The year `n` years from p's ("this year" falls back to `ctx.default_year`).
    Year(i32),
    /// The `n` days before `p`, at the given precision ("in recent weeks").
    Recent(u64, Precision),
}

pub struct RelativeWord {
    pub phrase: &'static [&'static str],
    pub rel: Rel,
    pub example: &'static str,
    pub expect: &'static str,
}

const fn rw(
    phrase: &'static [&'static str],
    rel: Rel,
    example: &'static str,
    expect: &'static str,
) -> RelativeWord {
    RelativeWord {
        phrase,
        rel,
        example,
        expect,
    }
}

#[rustfmt::skip]
pub static RELATIVE: &[RelativeWord] = &[
    rw(&["today"], Rel::Day(0), "The company said today it will cut jobs.", "2025-07-18"),
    rw(&["yesterday"], Rel::Day(-1), "Yesterday it cut 100 jobs.", "2025-07-17"),
    rw(&["tomorrow"], Rel::Day(1), "Notices go out tomorrow.", "2025-07-19"),
    rw(&["this", "week"], Rel::Week(0), "Cuts began this week.", "2025-07-14"),
    rw(&["earlier", "this", "week"], Rel::Week(0), "It said earlier this week.", "2025-07-14"),
    rw(&["this", "past", "week"], Rel::Recent(6, Precision::Day), "Layoffs from this past week.", "2025-07-12"),
    rw(&["the", "past", "week"], Rel::Recent(6, Precision::Day), "Over the past week it cut jobs.", "2025-07-12"),
    rw(&["last", "week"], Rel::Week(-1), "It announced last week.", "2025-07-07"),
    rw(&["next", "week"], Rel::Week(1), "More cuts come next week.", "2025-07-21"),
    rw(&["the", "weekend"], Rel::Weekend, "It laid off staff over the weekend.", "2025-07-12"),
    rw(&["last", "weekend"], Rel::Weekend, "Staff were told last weekend.", "2025-07-12"),
    rw(&["this", "month"], Rel::Month(0), "It cut staff this month.", "2025-07-01"),
    rw(&["earlier", "this", "month"], Rel::Month(0), "It cut staff earlier this month.", "2025-07-01"),
    rw(&["later", "this", "month"], Rel::Month(0), "More cuts later this month.", "2025-07-01"),
    rw(&["last", "month"], Rel::Month(-1), "It was announced last month.", "2025-06-01"),
    rw(&["next", "month"], Rel::Month(1), "Cuts start next month.", "2025-08-01"),
    rw(&["this", "quarter"], Rel::Quarter(0), "Cuts finish this quarter.", "2025-07-01"),
    rw(&["last", "quarter"], Rel::Quarter(-1), "It cut staff last quarter.", "2025-04-01"),
    rw(&["next", "quarter"], Rel::Quarter(1), "Cuts continue next quarter.", "2025-10-01"),
    rw(&["this", "year"], Rel::Year(0), "It cut jobs this year.", "2025-01-01"),
    rw(&["earlier", "this", "year"], Rel::Year(0), "It cut jobs earlier this year.", "2025-01-01"),
    rw(&["later", "this", "year"], Rel::Year(0), "More cuts later this year.", "2025-01-01"),
    rw(&["last", "year"], Rel::Year(-1), "It cut 10,000 jobs last year.", "2024-01-01"),
    rw(&["next", "year"], Rel::Year(1), "The plant closes next year.", "2026-01-01"),
    rw(&["recent", "weeks"], Rel::Recent(30, Precision::Month), "In recent weeks it cut jobs.", "2025-06-18"),
    rw(&["recent", "months"], Rel::Recent(90, Precision::Quarter), "In recent months it cut jobs.", "2025-04-19"),
];

/// A preposition right before a date, recorded in [`DateSpan::prefix`].
pub struct Preposition {
    pub phrase: &'static [&'static str],
    pub name: &'static str,
    pub example: &'static str,
}

const fn pp(
    phrase: &'static [&'static str],
    name: &'static str,
    example: &'static str,
) -> Preposition {
    Preposition {
        phrase,
        name,
        example,
    }
}

/// Longer phrases first: "as of" before "of".
#[rustfmt::skip]
pub static PREPOSITIONS: &[Preposition] = &[
    pp(&["as", "of"], "as of", "27,000 as of March 2023."),
    pp(&["in"], "in", "It cut 9,000 jobs in 2023."),
    pp(&["on"], "on", "It announced on July 17, 2025."),
    pp(&["since"], "since", "27,000 jobs since 2022."),
    pp(&["by"], "by", "It will cut 14,700 by 2025."),
    pp(&["through"], "through", "Cuts run through 2024."),
    pp(&["until"], "until", "No cuts until 2026."),
    pp(&["till"], "till", "No cuts till 2026."),
    pp(&["from"], "from", "Starting from 2024."),
    pp(&["before"], "before", "Cuts before 2024."),
    pp(&["after"], "after", "Cuts after 2024."),
    pp(&["during"], "during", "Cuts during 2023."),
    pp(&["of"], "of", "The cuts of 2023."),
    pp(&["at"], "at", "Cuts at the end of 2023."),
    pp(&["over"], "over", "Cuts over the next three years."),
    pp(&["within"], "within", "Cuts within the next two years."),
    pp(&["between"], "between", "Cuts between 2022 and 2024."),
    pp(&["starting"], "starting", "Cuts starting 2024."),
    pp(&["beginning"], "beginning", "Cuts beginning 2024."),
    pp(&["throughout"], "throughout", "Cuts throughout 2024."),
    pp(&["for"], "for", "Cuts planned for 2024."),
];

/// Words before a bare month that make "May"/"March" a month, not a verb.
#[rustfmt::skip]
static MONTH_CUES: &[&str] = &[
    "in",
    "since",
    "by",
    "from",
    "until",
    "till",
    "through",
    "early",
    "late",
    "mid",
    "last",
    "this",
    "next",
    "of",
    "during",
    "before",
    "after",
    "on",
    "end",
    "beginning",
    "start",
];

// ---------------------------------------------------------------------------------------
// Calendar helpers (all checked: never panic on any year chrono can hold)
// ---------------------------------------------------------------------------------------

type Interval = (NaiveDate, NaiveDate);

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `count` whole months from `y-m`.
fn months(y: i32, m: u32, count: u32) -> Option<Interval> {
    let first = ymd(y, m, 1)?;
    let last = first.checked_add_months(Months::new(count))?.pred_opt()?;
    Some((first, last))
}

fn month_of(y: i32, m: u32) -> Option<Interval> {
    months(y, m, 1)
}

fn year_of(y: i32) -> Option<Interval> {
    months(y, 1, 12)
}

fn quarter_of(y: i32, q: u32) -> Option<Interval> {
    months(y, (q.clamp(1, 4) - 1) * 3 + 1, 3)
}

fn half_of(y: i32, h: u32) -> Option<Interval> {
    months(y, if h == 2 { 7 } else { 1 }, 6)
}

fn season_of(y: i32, start_month: u32) -> Option<Interval> {
    months(y, start_month, 3)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// Shifts year-month by `n` months.
fn shift_month(y: i32, m: u32, n: i32) -> Option<(i32, u32)> {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + i64::from(n);
    let y = i32::try_from(idx.div_euclid(12)).ok()?;
    Some((y, (idx.rem_euclid(12) + 1) as u32))
}

/// The latest year whose interval starts no later than published + 7 days; else the
/// default year; else nothing.
fn resolve_partial(ctx: &DateContext, f: impl Fn(i32) -> Option<Interval>) -> Option<Interval> {
    if let Some(p) = ctx.published.or(ctx.anchor) {
        let limit = add_days(p, 7).unwrap_or(p);
        let (e, l) = f(p.year())?;
        if e <= limit {
            Some((e, l))
        } else {
            f(p.year().checked_sub(1)?)
        }
    } else {
        f(ctx.default_year?)
    }
}

// ---------------------------------------------------------------------------------------
// Token readers
// ---------------------------------------------------------------------------------------

fn is_hyphen(t: Option<&Token>) -> bool {
    t.is_some_and(|t| t.kind == TokKind::Punct && matches!(t.text, "-" | "‐" | "‑" | "–" | "—"))
}

/// A bare day number 1..=31 at `i` (with an ordinal suffix: "17th"); returns (day, next).
fn day_at(toks: &[Token], i: usize) -> Option<(u32, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Number || t.text.len() > 2 {
        return None;
    }
    let d: u32 = t.text.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    let mut j = i + 1;
    if let Some(n) = toks.get(j) {
        if !n.ws_before {
            if n.kind == TokKind::Word && n.is_any(&["st", "nd", "rd", "th"]) {
                j += 1;
            } else if n.kind != TokKind::Punct || matches!(n.text, "/" | ":" | "%" | "-") {
                return None;
            }
        }
    }
    Some((d, j))
}

/// A four-digit year 1900..=2100 at `i`, not glued to letters or digits.
fn year_at(toks: &[Token], i: usize) -> Option<(i32, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Number || t.text.len() != 4 {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    if !(1900..=2100).contains(&y) {
        return None;
    }
    if let Some(n) = toks.get(i + 1) {
        // "2000s", "2025/26", "20:24"; but a heading's colon ends it: "November 2024: ...".
        let heading_colon = n.text == ":"
            && toks
                .get(i + 2)
                .is_none_or(|x| x.ws_before || x.kind != TokKind::Number);
        if !n.ws_before
            && !heading_colon
            && (n.kind != TokKind::Punct || matches!(n.text, "%" | "/" | ":"))
        {
            return None;
        }
    }
    if i > 0 && !t.ws_before {
        let p = &toks[i - 1];
        if p.kind != TokKind::Punct || matches!(p.text, "/" | ":" | "$" | "£" | "€" | ".") {
            return None;
        }
    }
    Some((y, i + 1))
}

/// A year reference: "2025", "fiscal 2024", "FY2024", "this year", "last year", "next
/// year", "the year". Returns (year, next index, relative).
fn year_ref_at(toks: &[Token], i: usize, ctx: &DateContext) -> Option<(i32, usize, bool)> {
    if let Some((y, j)) = year_at(toks, i) {
        return Some((y, j, false));
    }
    if let Some((y, j)) = fiscal_at(toks, i) {
        return Some((y, j, false));
    }
    let t = toks.get(i)?;
    let n = toks.get(i + 1)?;
    if !n.is("year") {
        return None;
    }
    let shift = if t.is("this") || t.is("the") {
        0
    } else if t.is("last") {
        -1
    } else if t.is("next") {
        1
    } else {
        return None;
    };
    let base = match (ctx.published, shift) {
        (Some(p), _) => p.year(),
        (None, 0) => ctx.default_year?,
        _ => return None,
    };
    Some((base.checked_add(shift)?, i + 2, true))
}

/// "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "FY24": the calendar year.
fn fiscal_at(toks: &[Token], i: usize) -> Option<(i32, usize)> {
    let t = toks.get(i)?;
    if t.is("fiscal") || t.is("fy") {
        let mut j = i + 1;
        if t.is("fiscal") && toks.get(j).is_some_and(|n| n.is("year")) {
            j += 1;
        }
        return year_at(toks, j);
    }
    if t.kind == TokKind::Word
        && t.text.len() >= 4
        && t.text
            .get(..2)
            .is_some_and(|f| f.eq_ignore_ascii_case("fy"))
    {
        let digits = t.text.get(2..)?;
        if digits.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = match digits.len() {
                2 => 2000 + digits.parse::<i32>().ok()?,
                4 => digits.parse().ok()?,
                _ => return None,
            };
            if (1900..=2100).contains(&y) {
                return Some((y, i + 1));
            }
        }
    }
    None
}

// ---------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
struct Val {
    earliest: NaiveDate,
    latest: NaiveDate,
    precision: Precision,
    relative: bool,
}

/// A match over tokens `start..end`; `val` is `None` when the words are a date but cannot
/// be resolved (they are consumed so no shorter rule misreads them).
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: usize,
    end: usize,
    val: Option<Val>,
}

fn hit(
    start: usize,
    end: usize,
    iv: Option<Interval>,
    precision: Precision,
    relative: bool,
) -> Hit {
    Hit {
        start,
        end,
        val: iv.map(|(earliest, latest)| Val {
            earliest,
            latest,
            precision,
            relative,
        }),
    }
}

/// "2025-07-17"
fn iso_date(toks: &[Token], i: usize) -> Option<Hit> {
    let (y, _) = year_at_loose(toks, i)?;
    if !(is_hyphen(toks.get(i + 1)) && glued(toks, i + 1) && glued(toks, i + 2)) {
        return None;
    }
    let m = small_number(toks.get(i + 2)?)?;
    if !(is_hyphen(toks.get(i + 3)) && glued(toks, i + 3) && glued(toks, i + 4)) {
        return None;
    }
    let d = small_number(toks.get(i + 4)?)?;
    let date = ymd(y, m, d)?;
    Some(hit(i, i + 5, Some((date, date)), Precision::Day, false))
}

/// A 4-digit year token without the gluing checks (ISO dates glue on purpose).
fn year_at_loose(toks: &[Token], i: usize) -> Option<(i32, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Number || t.text.len() != 4 {
        return None;
    }
    let y: i32 = t.text.parse().ok()?;
    (1900..=2100).contains(&y).then_some((y, i + 1))
}

fn small_number(t: &Token) -> Option<u32> {
    if t.kind != TokKind::Number || t.text.len() > 2 {
        return None;
    }
    t.text.parse().ok()
}

/// "07/26/2022", "6/4/20" (US month/day/year; day/month when the first part is > 12).
fn slash_date(toks: &[Token], i: usize) -> Option<Hit> {
    let a = small_number(toks.get(i)?)?;
    if i > 0 && !toks[i].ws_before && !matches!(toks[i - 1].text, "(" | "[" | "\"" | "'") {
        return None;
    }
    if !(is_punct(toks.get(i + 1), "/") && glued(toks, i + 1) && glued(toks, i + 2)) {
        return None;
    }
    let b = small_number(toks.get(i + 2)?)?;
    if !(is_punct(toks.get(i + 3), "/") && glued(toks, i + 3) && glued(toks, i + 4)) {
        return None;
    }
    let yt = toks.get(i + 4)?;
    if yt.kind != TokKind::Number {
        return None;
    }
    let y: i32 = match yt.text.len() {
        2 => 2000 + yt.text.parse::<i32>().ok()?,
        4 => yt.text.parse().ok()?,
        _ => return None,
    };
    if !(1900..=2100).contains(&y) || glued(toks, i + 5) && toks[i + 5].kind != TokKind::Punct {
        return None;
    }
    let (m, d) = if a > 12 { (b, a) } else { (a, b) };
    let date = ymd(y, m, d)?;
    Some(hit(i, i + 5, Some((date, date)), Precision::Day, false))
}

/// A day and month read from tokens `i..j`, with the year after them ("17 July, 2025",
/// "Valentine's Day 2008"), else the latest such day (a relative date).
fn day_of_year(toks: &[Token], i: usize, j: usize, (m, d): (u32, u32), ctx: &DateContext) -> Hit {
    let mut k = j;
    if is_punct(toks.get(k), ",") {
        k += 1;
    }
    if let Some((y, e)) = year_at(toks, k) {
        let date = ymd(y, m, d);
        return hit(i, e, date.map(|d| (d, d)), Precision::Day, false);
    }
    let iv = resolve_partial(ctx, |y| ymd(y, m, d).map(|d| (d, d)));
    hit(i, j, iv, Precision::Day, true)
}

/// "17 July 2025", "17th of July", "30 June".
fn day_month(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (d, mut j) = day_at(toks, i)?;
    if toks.get(j).is_some_and(|t| t.is("of")) {
        j += 1;
    }
    let (m, j, _) = month_at(toks, j)?;
    Some(day_of_year(toks, i, j, (m, d), ctx))
}

/// "July 17, 2025", "Sept. 2", "July 2025", "July of 2025", "in November".
fn month_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (m, j, entry) = month_at(toks, i)?;
    // "November -0001": a broken stamp, consumed and dropped.
    if is_hyphen(toks.get(j)) && toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Number) {
        return Some(Hit {
            start: i,
            end: j + 2,
            val: None,
        });
    }
    if let Some((d, k)) = day_at(toks, j) {
        if year_at(toks, j).is_none() {
            let mut e = k;
            if is_punct(toks.get(e), ",") {
                e += 1;
            }
            if let Some((y, e)) = year_at(toks, e) {
                let date = ymd(y, m, d);
                return Some(hit(i, e, date.map(|d| (d, d)), Precision::Day, false));
            }
            if entry.abbrev || entry.month == 5 || entry.month == 3 || d >= 1 {
                let iv = resolve_partial(ctx, |y| ymd(y, m, d).map(|d| (d, d)));
                return Some(hit(i, k, iv, Precision::Day, true));
            }
        }
    }
    let mut k = j;
    if toks.get(k).is_some_and(|t| t.is("of")) || is_punct(toks.get(k), ",") {
        k += 1;
    }
    if let Some((y, e)) = year_at(toks, k) {
        return Some(hit(i, e, month_of(y, m), Precision::Month, false));
    }
    if entry.abbrev {
        return None;
    }
    // A bare month: "May" and "March" need a cue before them (else a verb).
    let cue = i > 0 && toks[i - 1].is_any(MONTH_CUES);
    if matches!(m, 3 | 5) && !cue {
        return None;
    }
    let iv = resolve_partial(ctx, |y| month_of(y, m));
    Some(hit(i, j, iv, Precision::Month, true))
}

/// Holidays on a fixed day of the year, as written: "On Valentine's Day 2008", "on
/// Christmas Eve". (Holidays whose day moves, or differs by country, such as Easter or
/// Independence Day, are no date.) Apostrophes are read past.
const HOLIDAYS: &[(&[&str], u32, u32)] = &[
    (&["Valentine", "s", "Day"], 2, 14),
    (&["St", "Patrick", "s", "Day"], 3, 17),
    (&["St", ".", "Patrick", "s", "Day"], 3, 17),
    (&["Halloween"], 10, 31),
    (&["Christmas", "Eve"], 12, 24),
    (&["Christmas", "Day"], 12, 25),
    (&["Boxing", "Day"], 12, 26),
    (&["New", "Year", "s", "Eve"], 12, 31),
    (&["New", "Year", "s", "Day"], 1, 1),
];

/// Whether token `i` opens a time rather than a name: a month, a weekday or a holiday,
/// fixed ("Halloween") or moving ("Christmas", "Thanksgiving", "Easter"): "by
/// Christmas", "by Halloween".
pub(crate) fn opens_a_time(toks: &[Token], i: usize) -> bool {
    let t = &toks[i];
    crate::lexicon::month_at(toks, i).is_some()
        || WEEKDAYS.iter().any(|w| !w.abbrev && t.is(w.word))
        || HOLIDAYS.iter().any(|(words, _, _)| words[0] == t.text)
        // (Holidays whose day moves; "Christmas" opens two rows of `HOLIDAYS`.)
        || t.is_any(&["Thanksgiving", "Easter", "Diwali", "Ramadan", "Eid"])
}

/// "Valentine's Day 2008", "Christmas Eve": a holiday of `HOLIDAYS`, with its year when
/// one follows, else the latest such day (like a bare "March 3").
fn holiday_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    // A holiday opens with its first word at `i` unless an apostrophe is read past there:
    // most capitalised words open none, told so in one pass over the first words.
    let t = toks.get(i)?;
    if !matches!(t.text, "'" | "’") && !HOLIDAYS.iter().any(|(words, _, _)| words[0] == t.text) {
        return None;
    }
    let (m, d, j) = HOLIDAYS.iter().find_map(|(words, m, d)| {
        let mut k = i;
        for w in words.iter() {
            while toks
                .get(k)
                .is_some_and(|t| matches!(t.text, "'" | "’") && *w != ".")
            {
                k += 1;
            }
            if toks.get(k).is_none_or(|t| t.text != *w) {
                return None;
            }
            k += 1;
        }
        Some((*m, *d, k))
    })?;
    Some(day_of_year(toks, i, j, (m, d), ctx))
}

/// The shapes of the weekday words: most capitalised words have none of them, and are
/// told so before the table is scanned.
static WEEKDAY_GATE: WordGate = {
    let mut g: WordGate = [0; 256];
    let mut i = 0;
    while i < WEEKDAYS.len() {
        g = gate_add(g, WEEKDAYS[i].word);
        i += 1;
    }
    g
};

/// The weekday at `i` (capitalised; abbreviations with their period): (weekday, next).
fn weekday_at(toks: &[Token], i: usize) -> Option<(Weekday, usize)> {
    let t = toks.get(i)?;
    if !t.is_capitalized() || !t.passes(&WEEKDAY_GATE) {
        return None;
    }
    let w = word_in(WEEKDAYS, t, |w| w.word)?;
    if w.abbrev {
        if is_punct(toks.get(i + 1), ".") && glued(toks, i + 1) {
            return Some((w.weekday, i + 2));
        }
        return None;
    }
    Some((w.weekday, i + 1))
}

/// The most recent `w` on or before `p` (`strict`: before).
fn weekday_before(p: NaiveDate, w: Weekday, strict: bool) -> Option<NaiveDate> {
    let back = (7 + p.weekday().num_days_from_monday() - w.num_days_from_monday()) % 7;
    let back = if strict && back == 0 { 7 } else { back };
    p.checked_sub_days(Days::new(u64::from(back)))
}

fn weekday_after(p: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    let fwd = (7 + w.num_days_from_monday() - p.weekday().num_days_from_monday()) % 7;
    p.checked_add_days(Days::new(u64::from(if fwd == 0 { 7 } else { fwd })))
}

/// "on Thursday", "said Tuesday", "Monday, May 18" (the explicit date wins).
fn weekday_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (w, j) = weekday_at(toks, i)?;
    let mut k = j;
    if is_punct(toks.get(k), ",") {
        k += 1;
    }
    let explicit = month_rule(toks, k, ctx)
        .filter(|h| h.val.is_some_and(|v| v.precision == Precision::Day))
        .or_else(|| day_month(toks, k, ctx))
        .or_else(|| slash_date(toks, k));
    if let Some(h) = explicit {
        return Some(Hit { start: i, ..h });
    }
    let iv = ctx
        .published
        .and_then(|p| weekday_before(p, w, false))
        .map(|d| (d, d));
    Some(hit(i, j, iv, Precision::Day, true))
}

/// "last/this/next" + weekday, month or season.
fn shifted_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let t = toks.get(i)?;
    let dir: i32 = if t.is("last") || t.is("past") {
        -1
    } else if t.is("this") {
        0
    } else if t.is("next") || t.is("coming") {
        1
    } else {
        return None;
    };
    let p = ctx.published;
    if let Some((w, j)) = weekday_at(toks, i + 1) {
        let iv = p
            .and_then(|p| match dir {
                -1 => weekday_before(p, w, true),
                0 => weekday_before(p, w, false),
                _ => weekday_after(p, w),
            })
            .map(|d| (d, d));
        return Some(hit(i, j, iv, Precision::Day, true));
    }
    if let Some((m, j, entry)) = month_at(toks, i + 1) {
        if entry.abbrev {
            return None;
        }
        let iv = p.and_then(|p| {
            let y = match dir {
                -1 if m < p.month() => p.year(),
                -1 => p.year().checked_sub(1)?,
                0 => p.year(),
                _ if m > p.month() => p.year(),
                _ => p.year().checked_add(1)?,
            };
            month_of(y, m)
        });
        return Some(hit(i, j, iv, Precision::Month, true));
    }
    if let Some(s) = toks
        .get(i + 1)
        .and_then(|n| word_in(SEASONS, n, |s| s.word))
    {
        let iv = p.and_then(|p| {
            let y = p.year();
            let cands = [y.checked_sub(2)?, y.checked_sub(1)?, y, y.checked_add(1)?];
            let spans: Vec<Interval> = cands
                .iter()
                .filter_map(|&c| season_of(c, s.start_month))
                .collect();
            match dir {
                -1 => spans.iter().rev().find(|(_, l)| *l < p).copied(),
                // "this summer": the season under way, else this year's, past or to
                // come ("laid off 350 staff this summer", read in November).
                0 => spans
                    .iter()
                    .find(|(e, l)| *e <= p && p <= *l)
                    .copied()
                    .or_else(|| season_of(y, s.start_month)),
                _ => spans.iter().find(|(e, _)| *e > p).copied(),
            }
        });
        return Some(hit(i, i + 2, iv, Precision::Quarter, true));
    }
    None
}

/// "the fall of 2022", "autumn 2022", "in the fall".
fn season_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let s = word_in(SEASONS, toks.get(i)?, |s| s.word)?;
    let the = i > 0 && toks[i - 1].is("the");
    let start = if the { i - 1 } else { i };
    let mut k = i + 1;
    if toks.get(k).is_some_and(|t| t.is("of")) {
        k += 1;
    }
    if let Some((y, e, rel)) = year_ref_at(toks, k, ctx) {
        return Some(hit(
            start,
            e,
            season_of(y, s.start_month),
            Precision::Quarter,
            rel,
        ));
    }
    // A bare season only after "in/during/by/until/since/over the".
    if the
        && i >= 2
        && toks[i - 2].is_any(&["in", "during", "by", "until", "since", "through", "over"])
    {
        let iv = resolve_partial(ctx, |y| season_of(y, s.start_month));
        return Some(hit(start, i + 1, iv, Precision::Quarter, true));
    }
    None
}

/// "Q1 2025", "the first quarter of 2025", "H1 2024", "the second half of 2024",
/// "third-quarter 2023", "the fourth quarter".
fn quarter_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let t = toks.get(i)?;
    let (n, half, mut j) = if let Some((n, half)) = qh_code(t) {
        (n, half, i + 1)
    } else {
        let n = if let Some(o) = word_in(ORDINALS, t, |o| o.word) {
            (o.n, i + 1)
        } else {
            // "1st quarter"
            let d = small_number(t)?;
            let suf = toks
                .get(i + 1)
                .filter(|s| !s.ws_before && s.is_any(&["st", "nd", "rd", "th"]))?;
            let _ = suf;
            (d, i + 2)
        };
        let (n, mut k) = n;
        if is_hyphen(toks.get(k)) && glued(toks, k) {
            k += 1;
        }
        let w = toks.get(k)?;
        let half = if w.is("quarter") {
            false
        } else if w.is("half") {
            true
        } else {
            return None;
        };
        (n, half, k + 1)
    };
    if n == 0 || n > if half { 2 } else { 4 } {
        return None;
    }
    let start = if i > 0 && toks[i - 1].is("the") && qh_code(t).is_none() {
        i - 1
    } else {
        i
    };
    if toks.get(j).is_some_and(|t| t.is("of")) || is_punct(toks.get(j), ",") {
        j += 1;
    }
    let f = |y: i32| {
        if half {
            half_of(y, n)
        } else {
            quarter_of(y, n)
        }
    };
    let precision = if half {
        Precision::Half
    } else {
        Precision::Quarter
    };
    if let Some((y, e, rel)) = year_ref_at(toks, j, ctx) {
        return Some(hit(start, e, f(y), precision, rel));
    }
    // Without a year: "the first quarter", "Q1" — resolved like a partial date. A
    // yearless "first half" is too often not a date ("the first half of the game").
    if half && qh_code(t).is_none() {
        return None;
    }
    let end = if qh_code(t).is_some() {
        i + 1
    } else {
        j.min(end_of_qh(toks, i))
    };
    let iv = resolve_partial(ctx, f);
    Some(hit(start, end, iv, precision, true))
}

/// The token after "quarter"/"half" in "first quarter" (before any "of").
fn end_of_qh(toks: &[Token], i: usize) -> usize {
    let mut k = i;
    while k < toks.len() && k < i + 4 {
        if toks[k].is("quarter") || toks[k].is("half") {
            return k + 1;
        }
        k += 1;
    }
    i + 1
}

/// "Q1".."Q4" → (n, false); "H1"/"H2" → (n, true).
fn qh_code(t: &Token) -> Option<(u32, bool)> {
    let b = t.text.as_bytes();
    if t.kind != TokKind::Word || b.len() != 2 || !b[1].is_ascii_digit() {
        return None;
    }
    let n = u32::from(b[1] - b'0');
    match b[0] {
        b'Q' | b'q' if (1..=4).contains(&n) => Some((n, false)),
        b'H' | b'h' if (1..=2).contains(&n) => Some((n, true)),
        _ => None,
    }
}

/// "early 2024", "mid-2025", "late last year", "the end of 2023", "early May".
fn part_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (pw, mut j) = entries(PARTS, PART_INDEX.at(toks, i))
        .filter_map(|p| match_phrase(toks, i, p.phrase).map(|e| (p, e)))
        .max_by_key(|(_, e)| *e)?;
    if is_hyphen(toks.get(j)) && glued(toks, j) {
        j += 1;
    }
    if let Some((y, e, rel)) = year_ref_at(toks, j, ctx) {
        let (iv, prec) = match pw.part {
            Part::Early => (half_of(y, 1), Precision::Half),
            Part::Late => (half_of(y, 2), Precision::Half),
            Part::Mid => (months(y, 4, 6), Precision::Half),
            Part::End => (quarter_of(y, 4), Precision::Quarter),
            Part::Beginning => (quarter_of(y, 1), Precision::Quarter),
        };
        return Some(hit(i, e, iv, prec, rel));
    }
    if let Some(h) = month_rule(toks, j, ctx) {
        if h.start == j && h.val.is_none_or(|v| v.precision == Precision::Month) {
            return Some(Hit { start: i, ..h });
        }
    }
    // "the end of the month/this month"
    if let Some(h) = relative_rule(toks, j, ctx) {
        return Some(Hit { start: i, ..h });
    }
    None
}

static PART_INDEX: PhraseIndex = phrase_index!(PARTS);
static RELATIVE_INDEX: PhraseIndex = phrase_index!(RELATIVE);

fn relative_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (rw, e) = entries(RELATIVE, RELATIVE_INDEX.at(toks, i))
        .filter_map(|r| match_phrase(toks, i, r.phrase).map(|e| (r, e)))
        .max_by_key(|(_, e)| *e)?;
    let Some(p) = ctx.published else {
        // Only "this year" survives without a publication date.
        if let Rel::Year(0) = rw.rel {
            let y = ctx.default_year?;
            return Some(hit(i, e, year_of(y), Precision::Year, true));
        }
        return Some(Hit {
            start: i,
            end: e,
            val: None,
        });
    };
    let (iv, prec) = match rw.rel {
        Rel::Day(n) => (add_days(p, n).map(|d| (d, d)), Precision::Day),
        Rel::Week(n) => {
            let monday = add_days(p, -i64::from(p.weekday().num_days_from_monday()))
                .and_then(|m| add_days(m, 7 * i64::from(n)));
            let span = monday.and_then(|m| {
                let sunday = add_days(m, 6)?;
                Some((m, if n == 0 { p } else { sunday }))
            });
            (span, Precision::Day)
        }
        Rel::Weekend => {
            // Saturday is day 5 from Monday: back to the last one on or before p.
            let back = (i64::from(p.weekday().num_days_from_monday()) + 2) % 7;
            let saturday = add_days(p, -back);
            (
                saturday.and_then(|s| Some((s, add_days(s, 1)?))),
                Precision::Day,
            )
        }
        Rel::Month(n) => (
            shift_month(p.year(), p.month(), n).and_then(|(y, m)| month_of(y, m)),
            Precision::Month,
        ),
        Rel::Quarter(n) => {
            let q0 = (p.month() - 1) / 3;
            (
                shift_month(p.year(), q0 * 3 + 1, n * 3).and_then(|(y, m)| months(y, m, 3)),
                Precision::Quarter,
            )
        }
        Rel::Year(n) => (p.year().checked_add(n).and_then(year_of), Precision::Year),
        Rel::Recent(days, prec) => (p.checked_sub_days(Days::new(days)).map(|e| (e, p)), prec),
    };
    Some(hit(i, e, iv, prec, true))
}

/// "two weeks ago", "three months ago", "10 days ago": a time counted back from
/// publication, found at its "ago" (`i`) and starting at its figure. Days give that day;
/// weeks the seven days around that many weeks back; months that month. Years are left
/// out: "a year ago" is mostly a comparison's base in business news, and "two years
/// ago" a clause of history. (A near miss: "ages ago" counts nothing; "a few weeks ago"
/// has no figure.)
fn ago_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let (at, n) = counted_ago(toks, i)?;
    let (iv, prec) = counted_back(ctx.published, n, &toks[i - 1], false)?;
    Some(hit(at, i + 1, iv, prec, true))
}

/// The figure before the unit before "ago" at `ago` ("two weeks ago", "a year ago"): its
/// index and the count, unless the time is a comparison's base ("sales fell 10% from a
/// year ago", "compared to a year ago", "the same quarter a year ago").
pub(crate) fn counted_ago(toks: &[Token], ago: usize) -> Option<(usize, i64)> {
    let at = ago.checked_sub(2)?;
    let n = units_counted_at(toks, at)?;
    let base = toks[at.saturating_sub(3)..at].iter().any(|t| {
        t.is_any(&[
            "from", "than", "with", "versus", "vs", "over", "compared", "quarter", "period",
            "since", "levels", "level",
        ])
    });
    (!base).then_some((at, n))
}

/// How many units the words at `at`, right before their unit, count: "a", "an", "one" or
/// a figure of one word from 1 to 60 ("two weeks", "18 months"). A figure of more than
/// one word ("twenty-one", "twenty five") starts before `at`, so a hyphen or a tens word
/// before it counts nothing.
pub(crate) fn units_counted_at(toks: &[Token], at: usize) -> Option<i64> {
    let n = if toks[at].is_any(&["a", "an", "one"]) {
        1
    } else {
        let n = parse_number(toks, at)?;
        if n.fractional || n.end != at + 1 || !(1.0..=60.0).contains(&n.value) {
            return None;
        }
        n.value as i64
    };
    if at > 0
        && (crate::lexicon::is_hyphen(&toks[at - 1])
            || toks[at - 1].kind == TokKind::Word && toks[at - 1].text.ends_with("ty"))
    {
        return None;
    }
    Some(n)
}

/// A time `n` units counted back from `p`: days give that day; weeks the seven days
/// around that many weeks back; months that month; with `years`, years the three months
/// around that many years back (a year counted in words is seldom exact). `None` for
/// another unit; the interval is `None` with no `p`.
pub(crate) fn counted_back(
    p: Option<NaiveDate>,
    n: i64,
    unit: &Token,
    years: bool,
) -> Option<(Option<Interval>, Precision)> {
    let months_back = |back: i64| {
        let (y, m) = shift_month(p?.year(), p?.month(), -i32::try_from(back).ok()?)?;
        month_of(y, m)
    };
    Some(if unit.is_any(&["day", "days"]) {
        (
            p.and_then(|p| add_days(p, -n)).map(|d| (d, d)),
            Precision::Day,
        )
    } else if unit.is_any(&["week", "weeks"]) {
        let span = p.and_then(|p| {
            let mid = add_days(p, -7 * n)?;
            Some((add_days(mid, -3)?, add_days(mid, 3)?.min(p)))
        });
        (span, Precision::Day)
    } else if unit.is_any(&["month", "months"]) {
        (months_back(n), Precision::Month)
    } else if years && unit.is_any(&["year", "years"]) {
        let span = months_back(12 * n + 1)
            .zip(months_back(12 * n - 1))
            .map(|(a, b)| (a.0, b.1));
        (span, Precision::Month)
    } else {
        return None;
    })
}

/// "the next three years", "the next 18 months": published .. published + N.
fn next_n_rule(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    // Asked at every "the": the word after it (or a hyphen, which the phrases skip) rules
    // out nearly all before the phrases are matched.
    let second = toks.get(i + 1);
    if !(second.is_some_and(|t| t.is_any(&["next", "coming"])) || is_hyphen(second)) {
        return None;
    }
    let j = match_phrase(toks, i, &["the", "next"])
        .or_else(|| match_phrase(toks, i, &["the", "coming"]))?;
    let n = parse_number(toks, j)?;
    if n.fractional || n.value < 1.0 || n.value > 100.0 {
        return None;
    }
    let unit = toks.get(n.end)?;
    let count = n.value as u32;
    let (months_n, prec) = if unit.is_any(&["years", "year"]) {
        (count * 12, Precision::Year)
    } else if unit.is_any(&["months", "month"]) {
        (count, Precision::Month)
    } else {
        return None;
    };
    let iv = ctx.published.and_then(|p| {
        let l = p.checked_add_months(Months::new(months_n))?;
        Some((p, l))
    });
    Some(hit(i, n.end + 1, iv, prec, true))
}

/// A bare year or a fiscal year: "2023", "fiscal 2024", "FY24".
fn year_rule(toks: &[Token], i: usize) -> Option<Hit> {
    if let Some((y, e)) = fiscal_at(toks, i) {
        return Some(hit(i, e, year_of(y), Precision::Year, false));
    }
    let (y, e) = year_at(toks, i)?;
    if i > 0
        && toks[i - 1].kind == TokKind::Punct
        && matches!(toks[i - 1].text, "$" | "£" | "€" | "#")
    {
        return None;
    }
    // "2000 jobs" is a count unless a date word precedes it ("the 2023 job cuts").
    let noun = toks.get(e).is_some_and(|t| t.is_any(HEADCOUNT_NOUNS))
        || (toks.get(e).is_some_and(|t| t.kind == TokKind::Word)
            && toks.get(e + 1).is_some_and(|t| t.is_any(HEADCOUNT_NOUNS)));
    let dateish = i > 0
        && toks[i - 1].is_any(&[
            "in", "since", "by", "from", "of", "during", "until", "through", "the", "fiscal",
            "before", "after", "its", "their", "for",
        ]);
    if noun && !dateish {
        return None;
    }
    if toks.get(e).is_some_and(|t| t.is_any(&["percent", "%"])) {
        return None;
    }
    // "2067 Main Street", "1600 Pennsylvania Avenue": a street number.
    if !dateish && street_follows(toks, e) {
        return None;
    }
    Some(hit(i, e, year_of(y), Precision::Year, false))
}

/// A street name after a number: one to three capitalised words, then a street suffix
/// ([`crate::lexicon::STREET_SUFFIXES`]).
fn street_follows(toks: &[Token], e: usize) -> bool {
    toks[e.min(toks.len())..(e + 4).min(toks.len())]
        .iter()
        .take_while(|t| t.text.starts_with(char::is_uppercase))
        .enumerate()
        .any(|(k, t)| k > 0 && t.is_any(crate::lexicon::STREET_SUFFIXES))
}

/// Words that can start a date expression (see `wordset::WordGate`).
static DATE_GATE: WordGate = {
    let mut g: WordGate = [0; 256];
    let mut i = 0;
    while i < MONTHS.len() {
        g = gate_add(g, MONTHS[i].word);
        i += 1;
    }
    i = 0;
    while i < WEEKDAYS.len() {
        g = gate_add(g, WEEKDAYS[i].word);
        i += 1;
    }
    i = 0;
    while i < SEASONS.len() {
        g = gate_add(g, SEASONS[i].word);
        i += 1;
    }
    i = 0;
    while i < PARTS.len() {
        g = gate_add(g, PARTS[i].phrase[0]);
        i += 1;
    }
    i = 0;
    while i < ORDINALS.len() {
        g = gate_add(g, ORDINALS[i].word);
        i += 1;
    }
    i = 0;
    while i < RELATIVE.len() {
        g = gate_add(g, RELATIVE[i].phrase[0]);
        i += 1;
    }
    i = 0;
    while i < HOLIDAYS.len() {
        g = gate_add(g, HOLIDAYS[i].0[0]);
        i += 1;
    }
    gate_add_all(
        g,
        &[
            "last", "past", "this", "next", "coming", "the", "fiscal", "fy", "ago",
        ],
    )
};

/// Could a word start a date? Gate words, "Q1".."H2" and "FY2024".
fn date_word(t: &Token) -> bool {
    let b = t.text.as_bytes();
    (b.len() <= 9 && t.passes(&DATE_GATE))
        || (b.len() == 2 && b[1].is_ascii_digit())
        // ("fy" in either case: setting the 0x20 bit folds "F" and "Y" and nothing else
        // onto them.)
        || (b.len() >= 4 && b[0] | 0x20 == b'f' && b[1] | 0x20 == b'y')
}

/// Every rule at token `i`; the longest wins.
fn date_at(toks: &[Token], i: usize, ctx: &DateContext) -> Option<Hit> {
    let t = &toks[i];
    let mut best: Option<Hit> = None;
    let mut take = |h: Option<Hit>| {
        if let Some(h) = h {
            if best.is_none_or(|b| h.end > b.end) {
                best = Some(h);
            }
        }
    };
    match t.kind {
        TokKind::Number => {
            take(iso_date(toks, i));
            take(slash_date(toks, i));
            take(day_month(toks, i, ctx));
            take(year_rule(toks, i));
            take(quarter_rule(toks, i, ctx));
        }
        TokKind::Word if date_word(t) => {
            if t.is_capitalized() {
                take(month_rule(toks, i, ctx));
                take(weekday_rule(toks, i, ctx));
                take(holiday_rule(toks, i, ctx));
            }
            take(relative_rule(toks, i, ctx));
            if t.is("ago") {
                take(ago_rule(toks, i, ctx));
            }
            take(shifted_rule(toks, i, ctx));
            take(part_rule(toks, i, ctx));
            take(quarter_rule(toks, i, ctx));
            take(season_rule(toks, i, ctx));
            take(year_rule(toks, i));
            if t.is("the") {
                take(next_n_rule(toks, i, ctx));
            }
        }
        TokKind::Word | TokKind::Punct => {}
    }
    best
}

/// The preposition ending right before token `i`.
fn prefix_before(toks: &[Token], i: usize) -> Option<&'static str> {
    PREPOSITIONS.iter().find_map(|p| {
        let s = i.checked_sub(p.phrase.len())?;
        (match_phrase(toks, s, p.phrase) == Some(i)).then_some(p.name)
    })
}

/// Every date expression in `s`, in order, non-overlapping.
pub fn find_dates(s: &str, ctx: &DateContext) -> Vec<DateSpan> {
    find_dates_in(&tokenize(s), ctx)
}

/// [`find_dates`] over tokens already produced by [`tokenize`].
pub fn find_dates_in(toks: &[Token], ctx: &DateContext) -> Vec<DateSpan> {
    dates_in(toks, ctx, false)
}

/// The first date of [`find_dates_in`] when a date opens `toks` (found at its first
/// token), else `None`: where a date must start at the first token, the rest is not read.
pub fn date_opening(toks: &[Token], ctx: &DateContext) -> Option<DateSpan> {
    dates_in(toks, ctx, true).pop()
}

/// [`find_dates_in`], or only the date found at the first token (`opening`).
fn dates_in(toks: &[Token], ctx: &DateContext, opening: bool) -> Vec<DateSpan> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(h) = date_at(toks, i, ctx) else {
            if opening {
                break;
            }
            i += 1;
            continue;
        };
        let end = h.end.max(i + 1).min(toks.len());
        if let Some(v) = h.val {
            if v.earliest <= v.latest && h.start < end {
                out.push(DateSpan {
                    start: toks[h.start].start,
                    end: toks[end - 1].end,
                    earliest: v.earliest,
                    latest: v.latest,
                    precision: v.precision,
                    relative: v.relative,
                    prefix: prefix_before(toks, h.start),
                });
            }
        }
        if opening {
            break;
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn ctx(p: &str) -> DateContext {
        DateContext {
            published: Some(d(p)),
            default_year: None,
            anchor: None,
        }
    }

    fn dates(s: &str, c: &DateContext) -> Vec<(String, String, String, Precision)> {
        find_dates(s, c)
            .into_iter()
            .map(|x| {
                (
                    s[x.start..x.end].to_string(),
                    x.earliest.to_string(),
                    x.latest.to_string(),
                    x.precision,
                )
            })
            .collect()
    }

    fn one(s: &str, c: &DateContext) -> (String, String, String, Precision) {
        let v = dates(s, c);
        assert_eq!(v.len(), 1, "{s:?}: {v:?}");
        v.into_iter().next().unwrap()
    }

    #[test]
    fn every_table_entry_parses() {
        let c = ctx("2025-07-18");
        let mut examples: Vec<(&str, &str)> = Vec::new();
        examples.extend(MONTHS.iter().map(|m| (m.example, m.expect)));
        examples.extend(WEEKDAYS.iter().map(|m| (m.example, m.expect)));
        examples.extend(SEASONS.iter().map(|m| (m.example, m.expect)));
        examples.extend(PARTS.iter().map(|m| (m.example, m.expect)));
        examples.extend(ORDINALS.iter().map(|m| (m.example, m.expect)));
        examples.extend(RELATIVE.iter().map(|m| (m.example, m.expect)));
        for (ex, want) in examples {
            let got = find_dates(ex, &c);
            assert!(
                got.iter().any(|x| x.earliest == d(want)),
                "{ex:?}: want {want}, got {:?}",
                dates(ex, &c)
            );
        }
        for p in PREPOSITIONS {
            let got = find_dates(p.example, &c);
            assert!(
                got.iter().any(|x| x.prefix == Some(p.name)),
                "{:?}: {:?}",
                p.example,
                got
            );
        }
    }

    #[test]
    fn phrase_indexes_keep_every_entry() {
        let check = |index: &PhraseIndex, k: usize, phrase: &[&str]| {
            let s = phrase.join(" ").to_uppercase();
            assert_ne!(index.at(&tokenize(&s), 0) & 1 << k, 0, "{s}");
        };
        for (k, p) in PARTS.iter().enumerate() {
            check(&PART_INDEX, k, p.phrase);
        }
        for (k, r) in RELATIVE.iter().enumerate() {
            check(&RELATIVE_INDEX, k, r.phrase);
        }
    }

    #[test]
    fn absolute_dates() {
        let c = DateContext::default();
        let day = |s: &str, e: &str| {
            let (_, a, b, p) = one(s, &c);
            assert_eq!((a.as_str(), b.as_str(), p), (e, e, Precision::Day), "{s}");
        };
        day("17 July 2025", "2025-07-17");
        day("July 17, 2025", "2025-07-17");
        day("Jul. 17, 2025", "2025-07-17");
        day("2025-07-17", "2025-07-17");
        day("07/26/2022", "2022-07-26");
        day("Thurs 6/4/20", "2020-06-04");
        day("on July 17th, 2025", "2025-07-17");
        assert_eq!(one("July 2025", &c).1, "2025-07-01");
        assert_eq!(one("July 2025", &c).2, "2025-07-31");
        assert_eq!(one("in 2023", &c).3, Precision::Year);
        assert_eq!(one("2023", &c).1, "2023-01-01");
        let q = one("Q1 2025", &c);
        assert_eq!(
            (q.1.as_str(), q.2.as_str(), q.3),
            ("2025-01-01", "2025-03-31", Precision::Quarter)
        );
        let q = one("in the first quarter of 2025", &c);
        assert_eq!(
            (q.0.as_str(), q.1.as_str()),
            ("the first quarter of 2025", "2025-01-01")
        );
        let h = one("the second half of 2024", &c);
        assert_eq!(
            (h.1.as_str(), h.2.as_str(), h.3),
            ("2024-07-01", "2024-12-31", Precision::Half)
        );
        assert_eq!(one("H1 2024", &c).2, "2024-06-30");
        let e = one("In early 2024", &c);
        assert_eq!(
            (e.0.as_str(), e.1.as_str(), e.2.as_str(), e.3),
            ("early 2024", "2024-01-01", "2024-06-30", Precision::Half)
        );
        assert_eq!(one("late 2022", &c).1, "2022-07-01");
        let m = one("mid-2025", &c);
        assert_eq!(
            (m.0.as_str(), m.1.as_str(), m.2.as_str()),
            ("mid-2025", "2025-04-01", "2025-09-30")
        );
        assert_eq!(one("mid 2025", &c).1, "2025-04-01");
        let f = one("fiscal 2024", &c);
        assert_eq!((f.1.as_str(), f.3), ("2024-01-01", Precision::Year));
        assert_eq!(one("FY2024", &c).1, "2024-01-01");
        assert_eq!(one("FY24", &c).1, "2024-01-01");
        let e = one("by the end of 2023", &c);
        assert_eq!(
            (e.0.as_str(), e.1.as_str(), e.3),
            ("the end of 2023", "2023-10-01", Precision::Quarter)
        );
        let s = one("in the fall of 2022", &c);
        assert_eq!(
            (s.0.as_str(), s.1.as_str(), s.2.as_str(), s.3),
            (
                "the fall of 2022",
                "2022-09-01",
                "2022-11-30",
                Precision::Quarter
            )
        );
        assert_eq!(one("winter 2022", &c).2, "2023-02-28");
        assert_eq!(one("third-quarter 2023 results", &c).1, "2023-07-01");
    }

    #[test]
    fn partial_dates_take_the_year_from_context() {
        assert_eq!(one("July 17", &ctx("2025-07-18")).1, "2025-07-17");
        assert_eq!(one("In August", &ctx("2020-02-18")).1, "2019-08-01");
        assert_eq!(one("in November", &ctx("2023-02-09")).1, "2022-11-01");
        assert_eq!(one("In January", &ctx("2023-02-09")).1, "2023-01-01");
        assert_eq!(one("Sept. 2", &ctx("2022-09-15")).1, "2022-09-02");
        assert_eq!(one("In early May", &ctx("2020-07-13")).1, "2020-05-01");
        assert_eq!(one("in early December", &ctx("2020-12-08")).1, "2020-12-01");
        assert_eq!(one("On Monday, May 18", &ctx("2020-07-13")).1, "2020-05-18");
        assert_eq!(
            one("On Monday, May 18", &ctx("2020-07-13")).0,
            "Monday, May 18"
        );
        let dy = DateContext {
            published: None,
            default_year: Some(2024),
            anchor: None,
        };
        assert_eq!(one("Jan 30", &dy).1, "2024-01-30");
        assert!(find_dates("Jan 30", &DateContext::default()).is_empty());
        assert!(find_dates("by 30 June", &DateContext::default()).is_empty());
        assert!(find_dates("May 16", &DateContext::default()).is_empty());
        assert!(find_dates("July 17", &ctx("2025-07-18"))[0].relative);
    }

    #[test]
    fn relative_dates() {
        let c = ctx("2025-07-18"); // a Friday
        assert_eq!(one("on Thursday", &c).0, "Thursday");
        assert_eq!(one("on Thursday", &c).1, "2025-07-17");
        assert_eq!(one("said Friday", &c).1, "2025-07-18");
        assert_eq!(one("last Friday", &c).1, "2025-07-11");
        assert_eq!(
            one("told employees Tuesday", &ctx("2020-05-06")).1,
            "2020-05-05"
        );
        // Calendar weeks, Monday to Sunday: this week up to publication.
        let w = one("earlier this week", &c);
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2025-07-14", "2025-07-18"));
        let w = one("last week", &c);
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2025-07-07", "2025-07-13"));
        // Read on a Monday, last week is the one just ended (not two weeks back).
        let w = one("last week", &ctx("2024-06-03"));
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2024-05-27", "2024-06-02"));
        // The weekend on or before publication.
        let w = one("over the weekend", &ctx("2024-06-03"));
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2024-06-01", "2024-06-02"));
        let w = one("over the weekend", &ctx("2024-06-02"));
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2024-06-01", "2024-06-02"));
        // The past week is the seven days up to publication.
        let w = one("over the past week", &c);
        assert_eq!((w.1.as_str(), w.2.as_str()), ("2025-07-12", "2025-07-18"));
        assert_eq!(one("last month", &ctx("2019-09-13")).1, "2019-08-01");
        assert_eq!(one("last month", &ctx("2020-01-13")).1, "2019-12-01");
        assert_eq!(one("earlier this year", &c).2, "2025-12-31");
        assert_eq!(one("last year", &c).1, "2024-01-01");
        assert_eq!(one("next year", &c).1, "2026-01-01");
        assert_eq!(one("last quarter", &c).1, "2025-04-01");
        assert_eq!(one("last quarter", &ctx("2025-02-01")).1, "2024-10-01");
        let f = one(
            "announced it would lay off 11,000 people last fall",
            &ctx("2023-01-04"),
        );
        assert_eq!((f.1.as_str(), f.2.as_str()), ("2022-09-01", "2022-11-30"));
        assert_eq!(one("last winter", &ctx("2023-01-04")).1, "2021-12-01");
        assert_eq!(one("last August", &ctx("2020-02-18")).1, "2019-08-01");
        let r = one("in recent weeks", &c);
        assert_eq!((r.1.as_str(), r.3), ("2025-06-18", Precision::Month));
        assert_eq!(
            one("the end of the year", &c).1,
            "2025-01-01".replace("01-01", "10-01")
        );
        assert_eq!(one("late last year", &c).1, "2024-07-01");
        let n = one("over the next three years", &ctx("2020-02-18"));
        assert_eq!(
            (n.0.as_str(), n.2.as_str()),
            ("the next three years", "2023-02-18")
        );
        assert_eq!(
            find_dates("since the beginning of last year", &ctx("2018-11-26"))[0].earliest,
            d("2017-01-01")
        );
        assert!(find_dates("recently", &c).is_empty());
    }

    #[test]
    fn a_time_counted_back_from_publication() {
        let c = ctx("2024-09-20");
        let a = one("laid off 80 workers two days ago", &c);
        assert_eq!(
            (a.0.as_str(), a.1.as_str(), a.3),
            ("two days ago", "2024-09-18", Precision::Day)
        );
        let a = one("said two weeks ago", &c);
        assert_eq!((a.1.as_str(), a.2.as_str()), ("2024-09-03", "2024-09-09"));
        let a = one("a week ago", &c);
        assert_eq!((a.1.as_str(), a.2.as_str()), ("2024-09-10", "2024-09-16"));
        assert_eq!(one("three months ago", &c).1, "2024-06-01");
        assert_eq!(one("a month ago", &c).1, "2024-08-01");
        // Years are left out; so are figures of two words and comparisons' bases.
        assert!(find_dates("2 years ago", &c).is_empty());
        assert!(find_dates("twenty-one days ago", &c).is_empty());
        assert!(find_dates("profit fell compared to a month ago", &c).is_empty());
        assert!(find_dates("the same quarter two months ago", &c).is_empty());
        // Near misses: a comparison's base, and no figure.
        assert!(find_dates("sales fell 10% from a year ago", &c).is_empty());
        assert!(find_dates("lower than two years ago", &c).is_empty());
        assert!(find_dates("ages ago", &c).is_empty());
        assert!(find_dates("two weeks ago", &DateContext::default()).is_empty());
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        let none = DateContext::default();
        assert!(find_dates("on Thursday", &none).is_empty());
        assert!(find_dates("last year", &none).is_empty());
        assert!(find_dates("this week", &none).is_empty());
        let dy = DateContext {
            published: None,
            default_year: Some(2025),
            anchor: None,
        };
        assert_eq!(one("this year", &dy).1, "2025-01-01");
        assert!(find_dates("last year", &dy).is_empty());
    }

    #[test]
    fn prefixes() {
        let c = ctx("2025-07-18");
        let p = |s: &str| find_dates(s, &c).first().and_then(|x| x.prefix);
        assert_eq!(p("27,000 since 2022"), Some("since"));
        assert_eq!(p("cut 14,700 by 2025"), Some("by"));
        assert_eq!(p("cuts through 2024"), Some("through"));
        assert_eq!(p("no cuts until next year"), Some("until"));
        assert_eq!(p("by the end of 2025"), Some("by"));
        assert_eq!(p("announced on Thursday"), Some("on"));
        assert_eq!(p("cut 9,000 as of March 2023"), Some("as of"));
        assert_eq!(p("AWS cut jobs Thursday"), None);
    }

    #[test]
    fn not_dates() {
        let c = ctx("2025-07-18");
        for s in [
            "24/7 support",
            "after 9/11",
            "version 3.5.1",
            "cut 2,400 jobs",
            "cut 1800 jobs",
            "it may cut jobs",
            "workers march on city hall",
            "The company may also cut jobs in March",
            "November -0001",
            "cut 2000 jobs",
            "the second round of cuts",
            "a quarter of its staff",
            "revenue of $2025",
            "sales fall 5%",
            "the 2000s",
            "at 2067 Main Street",
            "1600 Pennsylvania Avenue NW",
            "Sat. and Sun.",
            "COVID-19",
            "the first half of the game",
        ] {
            let got = dates(s, &c);
            let ok =
                got.is_empty() || (s.contains("in March") && got.len() == 1 && got[0].0 == "March");
            assert!(ok, "{s:?}: {got:?}");
        }
    }

    #[test]
    fn several_dates_in_order() {
        let c = ctx("2025-07-18");
        let s = "In 2023 Amazon cut 27,000 jobs; on Thursday, July 17, AWS cut hundreds, and more cuts come in Q1 2026.";
        let got = dates(s, &c);
        let texts: Vec<&str> = got.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(texts, ["2023", "Thursday, July 17", "Q1 2026"]);
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        fn check(s: &str, c: &DateContext) {
            let mut last = 0;
            for x in find_dates(s, c) {
                assert!(x.start < x.end && x.end <= s.len());
                assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
                assert!(x.earliest <= x.latest, "{s:?} {x:?}");
                assert!(x.start >= last);
                last = x.end;
            }
        }

        fn any_ctx() -> impl Strategy<Value = DateContext> {
            (
                proptest::option::of(any::<i32>()),
                proptest::option::of(-400_000i32..400_000),
                proptest::option::of(any::<i32>()),
            )
                .prop_map(|(days, year, dy)| DateContext {
                    published: days
                        .and_then(NaiveDate::from_num_days_from_ce_opt)
                        .or(year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))),
                    default_year: dy,
                    anchor: None,
                })
        }

        proptest! {
            #[test]
            fn never_panics_on_any_string(s in "\\PC{0,80}", c in any_ctx()) {
                check(&s, &c);
            }

            #[test]
            fn never_panics_on_date_soup(
                parts in proptest::collection::vec(prop_oneof![
                    Just("July"), Just("May"), Just("Sept"), Just("."), Just(","), Just("17"), Just("2025"),
                    Just("1899"), Just("-"), Just("/"), Just("07"), Just("31"), Just("Q4"), Just("H2"),
                    Just("first"), Just("quarter"), Just("half"), Just("of"), Just("the"), Just("end"),
                    Just("early"), Just("mid"), Just("last"), Just("this"), Just("next"), Just("year"),
                    Just("fall"), Just("winter"), Just("Thursday"), Just("Mon"), Just("FY24"), Just("fiscal"),
                    Just("three"), Just("years"), Just("recent"), Just("weeks"), Just("ü"), Just("0"), Just("99"),
                ], 0..14),
                glue in proptest::collection::vec(any::<bool>(), 14),
                c in any_ctx(),
            ) {
                let mut s = String::new();
                for (k, p) in parts.iter().enumerate() {
                    if k > 0 && glue[k] { s.push(' '); }
                    s.push_str(p);
                }
                check(&s, &c);
            }
        }
    }
}

#[cfg(test)]
mod corpus {
    //! The lexicon over the dev corpus (`shared/eval/dev/articles`): invariants always;
    //! `HEADCOUNT_DUMP=1` prints every span, and the ignored `speed` test measures MB/s.
    use crate::quantity::{find_counts_in, find_percents_in};
    use crate::tokens::tokenize;

    fn articles() -> Vec<(String, Option<chrono::NaiveDate>, String)> {
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/dev/articles"
        );
        let Ok(rd) = std::fs::read_dir(dir) else {
            return Vec::new();
        };
        let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        paths
            .into_iter()
            .filter_map(|p| {
                let v: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(&p).ok()?).ok()?;
                let published = v["date_publish"]
                    .as_str()
                    .and_then(|d| d.get(..10))
                    .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
                let text = v["maintext"].as_str().unwrap_or("").to_string();
                Some((p.display().to_string(), published, text))
            })
            .collect()
    }

    #[test]
    fn dev_corpus_spans_are_sound() {
        let dump = std::env::var_os("HEADCOUNT_DUMP").is_some();
        for (path, published, text) in articles() {
            let ctx = super::DateContext {
                published,
                default_year: None,
                anchor: None,
            };
            let toks = tokenize(&text);
            if dump {
                println!("=== {path} {published:?}");
            }
            for c in find_counts_in(&toks) {
                assert!(c.start < c.end && text.is_char_boundary(c.start));
                if dump {
                    println!(
                        "C {:?} {:?}..{:?} {:?}",
                        &text[c.start..c.end],
                        c.min,
                        c.max,
                        c.kind
                    );
                }
            }
            for p in find_percents_in(&toks) {
                assert!(p.start < p.end && text.is_char_boundary(p.start));
                if dump {
                    println!(
                        "P {:?} {} {}",
                        &text[p.start..p.end],
                        p.value,
                        p.upper_bound
                    );
                }
            }
            for d in super::find_dates_in(&toks, &ctx) {
                assert!(d.earliest <= d.latest);
                if dump {
                    println!(
                        "D {:?} {}..{} {:?} rel={} {:?}",
                        &text[d.start..d.end],
                        d.earliest,
                        d.latest,
                        d.precision,
                        d.relative,
                        d.prefix
                    );
                }
            }
        }
    }

    #[test]
    #[ignore = "timing; run with --release -- --ignored --nocapture"]
    fn speed() {
        let texts = articles();
        let bytes: usize = texts.iter().map(|t| t.2.len()).sum();
        let ctx = super::DateContext {
            published: chrono::NaiveDate::from_ymd_opt(2023, 1, 1),
            default_year: None,
            anchor: None,
        };
        let t0 = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..20 {
            for (_, _, t) in &texts {
                let toks = tokenize(t);
                n += find_counts_in(&toks).len();
                n += find_percents_in(&toks).len();
                n += super::find_dates_in(&toks, &ctx).len();
            }
        }
        let secs = t0.elapsed().as_secs_f64();
        println!("{n} spans, {:.1} MB/s", (bytes * 20) as f64 / secs / 1e6);
    }
}
