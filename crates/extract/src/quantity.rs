//! Counts and percentages in a sentence (the `Count` and `Percent` lexicon rules).
//!
//! INTERFACE (owned by the quantity/date helper; the frame builder relies on it):
//! `find_counts(s)` returns every headcount-like number expression in `s`, with byte
//! offsets relative to `s`, as an interval: exact figures, spelled-out numbers, ranges,
//! vague amounts, approximations and bounds. Money, years, times and percentages are
//! not counts. `find_percents(s)` returns shares of a whole.
//!
//! # How it reads
//! The sentence is tokenised once ([`crate::tokens::tokenize`]); callers that already hold
//! the tokens use [`find_counts_in`] / [`find_percents_in`]. A scan walks the tokens left to
//! right and, at each position, tries the rules below; the longest match wins and the scan
//! jumps past it, so results come out in order of start offset and never overlap.
//!
//! | rule | example | interval |
//! |---|---|---|
//! | digits | "12,000", "1100" | exact |
//! | digits + scale | "1.2 million", "10k", "3.5 thousand" | exact |
//! | spelled number | "forty-five", "two thousand", "a dozen", "two dozen" | exact |
//! | vague amount ([`VAGUE`]) | "several hundred", "tens of thousands", "a handful" | table |
//! | modifier + number ([`MODIFIERS`]) | "nearly 12,000", "about 60", "fewer than 90" | by bound |
//! | range | "between 300 and 400", "50 to 100", "5,000-7,000", "5 to 7 million" | A..B |
//!
//! A number is *not* a count when it is money (a currency sign or word before it, a currency
//! word after it), a percentage, a year (a bare four-digit 1900..=2100 without a separator,
//! unless a count modifier precedes it or a headcount noun follows it: news style writes
//! "2,000 jobs" with a comma), the day of a date ("July 17", "17 July"), a time ("10:30",
//! "10 a.m."), an ordinal ("30th"), glued to letters ("Q1", "COVID-19", "F-35", "5G"), part
//! of a fraction or score ("24/7"), a version ("3.5.1"), or a decimal without a scale ("3.5").
//!
//! Every vocabulary table carries an example sentence per entry; `every_table_entry_parses`
//! runs them all.

use crate::lexicon::{
    entries, is_hyphen, match_phrase, match_phrase_before, month_ends_before, month_starts_at,
    parse_number, phrase_index, Num, PhraseIndex, WordBits,
};
pub use crate::lexicon::{
    NumberWord, HEADCOUNT_NOUNS, SCALE_WORDS, SUFFIX_SCALES, TENS_WORDS, UNIT_WORDS,
};
use crate::tokens::{tokenize, TokKind, Token};
use crate::wordset::{gate_add, gate_add_all, WordGate};

/// How a count was worded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    /// "2,400", "two thousand", "1.2 million"
    Exact,
    /// "about 1,000", "roughly 1,100", "nearly 12,000"
    Approximate,
    /// "between 300 and 400", "50 to 100", "5,000-7,000"
    Range,
    /// "more than 27,000", "at least 115"
    LowerBound,
    /// "up to 12,000", "fewer than 90"
    UpperBound,
    /// "hundreds", "several hundred", "thousands", "dozens", "a handful"
    Vague,
}

/// A count expression: `min..=max` (either may be open).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub start: usize,
    pub end: usize,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub kind: CountKind,
}

/// A percentage expression ("17%", "10 percent", "a tenth", "one in 12", "nearly a fifth").
#[derive(Debug, Clone, PartialEq)]
pub struct Percent {
    pub start: usize,
    pub end: usize,
    /// The figure as worded ("nearly a fifth" → 20, "more than 20%" → 20). For a range
    /// ("10 to 15 percent") the lower end.
    pub value: f64,
    /// "less than 2 percent" is an upper bound, not a value. "Up to 7%" ("as many as", "no
    /// more than", "at most") is not: it is the share a plan names at most, as "up to 700
    /// jobs" is its count.
    pub upper_bound: bool,
    /// "3-4%", "5% to 7%", "between 3% and 4%": a range, which is no single share.
    pub range: bool,
}

// ---------------------------------------------------------------------------------------
// Vocabulary tables
// ---------------------------------------------------------------------------------------

/// A vague amount and the interval it stands for.
pub struct VagueAmount {
    /// Lower-case tokens; a hyphen in the text between two words is skipped.
    pub phrase: &'static [&'static str],
    pub min: u64,
    pub max: u64,
    pub example: &'static str,
}

const fn va(
    phrase: &'static [&'static str],
    min: u64,
    max: u64,
    example: &'static str,
) -> VagueAmount {
    VagueAmount {
        phrase,
        min,
        max,
        example,
    }
}

/// Vague amounts (SPEC.md: hundreds 200..999, thousands 2000..9999, dozens 24..99, ...).
#[rustfmt::skip]
pub static VAGUE: &[VagueAmount] = &[
    va(&["a", "handful"], 2, 9, "A handful of engineers were let go."),
    va(&["handful"], 2, 9, "Only a small handful of staff left."),
    va(&["a", "few"], 2, 9, "A few managers were let go."),
    va(&["a", "couple"], 2, 3, "A couple of executives left."),
    va(&["several"], 3, 9, "Several reporters were laid off."),
    va(&["dozens"], 24, 99, "Dozens of people lost their jobs."),
    va(&["a", "few", "dozen"], 24, 99, "A few dozen staff were cut."),
    va(&["several", "dozen"], 24, 99, "Several dozen staff were cut."),
    va(&["hundreds"], 200, 999, "Hundreds of jobs were cut."),
    va(&["several", "hundred"], 200, 999, "It cut several hundred roles."),
    va(&["a", "few", "hundred"], 200, 999, "A few hundred roles went."),
    va(&["thousands"], 2_000, 9_999, "Thousands of workers were laid off."),
    va(&["several", "thousand"], 2_000, 9_999, "Several thousand jobs went."),
    va(&["a", "few", "thousand"], 2_000, 9_999, "A few thousand jobs went."),
    va(&["many", "thousands"], 2_000, 9_999, "Many thousands of jobs went."),
    va(&["tens", "of", "thousands"], 20_000, 99_999, "Tens of thousands of jobs were lost."),
    va(&["hundreds", "of", "thousands"], 200_000, 999_999, "Hundreds of thousands were laid off."),
    va(&["several", "hundred", "thousand"], 200_000, 999_999, "Several hundred thousand jobs."),
    va(&["millions"], 2_000_000, 9_999_999, "Millions of workers were furloughed."),
];

/// How a modifier bends the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    /// "about N": 0.9N..1.1N
    About,
    /// "nearly N": 0.9N..N
    Near,
    /// "more than N": N..open ("more than" strictly is N+1; the labels use N)
    AtLeast,
    /// "up to N": open..N
    AtMost,
    /// "fewer than N": open..N-1
    Below,
    /// "most of a N-person team": N/2+1..N-1
    MostOf,
}

/// A word or phrase before a number that bends it.
pub struct Modifier {
    pub phrase: &'static [&'static str],
    pub bound: Bound,
    pub example: &'static str,
    /// The count expected from `example`.
    pub expect: (Option<u64>, Option<u64>),
}

const fn md(
    phrase: &'static [&'static str],
    bound: Bound,
    example: &'static str,
    expect: (Option<u64>, Option<u64>),
) -> Modifier {
    Modifier {
        phrase,
        bound,
        example,
        expect,
    }
}

/// Approximation and bound words (conventions of `shared/eval/dev/labels`).
#[rustfmt::skip]
pub static MODIFIERS: &[Modifier] = &[
    md(&["about"], Bound::About, "It cut about 1,000 jobs.", (Some(900), Some(1100))),
    md(&["around"], Bound::About, "It cut around 3,000 jobs.", (Some(2700), Some(3300))),
    md(&["approximately"], Bound::About, "approximately 12,000 roles", (Some(10800), Some(13200))),
    md(&["approx", "."], Bound::About, "approx. 100 jobs", (Some(90), Some(110))),
    md(&["roughly"], Bound::About, "roughly 1,100 employees", (Some(990), Some(1210))),
    md(&["some"], Bound::About, "some 35,000 jobs", (Some(31500), Some(38500))),
    md(&["an", "estimated"], Bound::About, "an estimated 500 workers", (Some(450), Some(550))),
    md(&["estimated"], Bound::About, "the estimated 500 workers", (Some(450), Some(550))),
    md(&["circa"], Bound::About, "circa 200 staff", (Some(180), Some(220))),
    md(&["~"], Bound::About, "~200 staff", (Some(180), Some(220))),
    md(&["nearly"], Bound::Near, "nearly 12,000 employees", (Some(10800), Some(12000))),
    md(&["almost"], Bound::Near, "almost 1,900 people", (Some(1710), Some(1900))),
    md(&["close", "to"], Bound::Near, "close to 1,000 jobs", (Some(900), Some(1000))),
    md(&["just", "under"], Bound::Near, "just under 500 jobs", (Some(450), Some(500))),
    md(&["just", "shy", "of"], Bound::Near, "just shy of 500 jobs", (Some(450), Some(500))),
    md(&["more", "than"], Bound::AtLeast, "more than 27,000 jobs", (Some(27000), None)),
    md(&["over"], Bound::AtLeast, "over 200 workers", (Some(200), None)),
    md(&["at", "least"], Bound::AtLeast, "at least 115 reporters", (Some(115), None)),
    md(&["upwards", "of"], Bound::AtLeast, "upwards of 300 jobs", (Some(300), None)),
    md(&["upward", "of"], Bound::AtLeast, "upward of 300 jobs", (Some(300), None)),
    md(&["north", "of"], Bound::AtLeast, "north of 1,000 cuts", (Some(1000), None)),
    md(&["just", "over"], Bound::AtLeast, "just over 750 people", (Some(750), None)),
    md(&["well", "over"], Bound::AtLeast, "well over 750 people", (Some(750), None)),
    md(&["in", "excess", "of"], Bound::AtLeast, "in excess of 2,500 staff", (Some(2500), None)),
    md(&["no", "fewer", "than"], Bound::AtLeast, "no fewer than 40 staff", (Some(40), None)),
    md(&["a", "minimum", "of"], Bound::AtLeast, "a minimum of 40 staff", (Some(40), None)),
    md(&["up", "to"], Bound::AtMost, "up to 12,000 jobs", (None, Some(12000))),
    md(&["as", "many", "as"], Bound::AtMost, "as many as 300 jobs", (None, Some(300))),
    md(&["no", "more", "than"], Bound::AtMost, "no more than 300 jobs", (None, Some(300))),
    md(&["a", "maximum", "of"], Bound::AtMost, "a maximum of 300 jobs", (None, Some(300))),
    md(&["at", "most"], Bound::AtMost, "at most 300 jobs", (None, Some(300))),
    md(&["fewer", "than"], Bound::Below, "fewer than 90 jobs", (None, Some(89))),
    md(&["less", "than"], Bound::Below, "less than 500 employees", (None, Some(499))),
    md(&["under"], Bound::Below, "under 50 staff", (None, Some(49))),
    md(&["below"], Bound::Below, "below 50 staff", (None, Some(49))),
    md(&["most", "of", "a"], Bound::MostOf, "most of a 70-person team", (Some(36), Some(69))),
    md(&["most", "of", "the"], Bound::MostOf, "most of the 70 staff", (Some(36), Some(69))),
];

/// Currency signs (a `Punct` token before the number).
static CURRENCY_SIGNS: &[&str] = &["$", "£", "€", "¥", "₹", "₩", "₽"];
/// Currency words before a number ("USD 10 million", "Rs 500 crore").
#[rustfmt::skip]
static CURRENCY_BEFORE: &[&str] = &[
    "usd", "eur", "gbp", "inr", "rs", "cad", "aud", "chf", "jpy", "cny", "rmb", "sek", "nok", "dkk",
];
/// Currency words after a number ("5 billion dollars", "500 crore").
#[rustfmt::skip]
static CURRENCY_AFTER: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "yen", "yuan", "rupees", "rupee", "crore",
    "crores", "francs", "bucks", "cents", "usd", "eur", "gbp",
];
static_set!(currency_before, CURRENCY_BEFORE);
static_set!(currency_after, CURRENCY_AFTER);

/// Words after a number that make it a time of day.
static TIME_AFTER: &[&str] = &[
    "am", "pm", "a", "p", "gmt", "utc", "est", "edt", "pst", "pdt",
];

/// Words before a four-digit number that make it a year even with a noun after it
/// ("the 2023 job cuts", "in 2023 layoffs hit").
#[rustfmt::skip]
static YEAR_BEFORE: &[&str] = &[
    "in", "since", "by", "from", "of", "during", "until", "through", "early", "late", "mid",
    "fiscal", "fy", "the", "before", "after", "its", "their", "for",
];

/// A fraction of a whole, as a percentage.
pub struct Fraction {
    /// Lower-case tokens; "two-thirds" and "two thirds" both match `["two", "thirds"]`.
    pub phrase: &'static [&'static str],
    pub percent: f64,
    pub example: &'static str,
}

const fn fr(phrase: &'static [&'static str], percent: f64, example: &'static str) -> Fraction {
    Fraction {
        phrase,
        percent,
        example,
    }
}

/// Fractions: taken only next to a workforce ("of its staff", "cut its workforce by a
/// third"), so "the first quarter of 2025" stays a date.
#[rustfmt::skip]
pub static FRACTIONS: &[Fraction] = &[
    fr(&["a", "tenth"], 10.0, "It cut a tenth of its workforce."),
    fr(&["one", "tenth"], 10.0, "It cut one-tenth of its staff."),
    fr(&["a", "fifth"], 20.0, "It cut a fifth of its employees."),
    fr(&["one", "fifth"], 20.0, "It cut one fifth of its employees."),
    fr(&["two", "fifths"], 40.0, "It cut two-fifths of its staff."),
    fr(&["a", "quarter"], 25.0, "It laid off a quarter of its staff."),
    fr(&["one", "quarter"], 25.0, "It laid off one quarter of its staff."),
    fr(&["three", "quarters"], 75.0, "It laid off three-quarters of its staff."),
    fr(&["a", "third"], 33.3, "It cut a third of its workforce."),
    fr(&["one", "third"], 33.3, "It cut one-third of its recruiting team."),
    fr(&["two", "thirds"], 66.7, "It cut two-thirds of its workforce."),
    fr(&["a", "sixth"], 16.7, "It cut a sixth of its workforce."),
    fr(&["one", "sixth"], 16.7, "It cut one-sixth of its workforce."),
    fr(&["an", "eighth"], 12.5, "It cut an eighth of its workforce."),
    fr(&["one", "eighth"], 12.5, "It cut one-eighth of its staff."),
    fr(&["one", "half"], 50.0, "It cut one half of the staff."),
    fr(&["half"], 50.0, "Twitter shed more than half of its workforce."),
];

/// Percent signs and words after a number.
/// ("pc" as British and Indian papers write it: "cuts 10 pc of workforce".)
static PERCENT_WORDS: &[&[&str]] = &[&["%"], &["percent"], &["per", "cent"], &["pct"], &["pc"]];

const fn gate_add_numbers(mut g: WordGate, t: &[NumberWord]) -> WordGate {
    let mut i = 0;
    while i < t.len() {
        g = gate_add(g, t[i].word);
        i += 1;
    }
    g
}

/// Words that can start a count or a percentage.
static COUNT_GATE: WordGate = {
    let mut g = gate_add_numbers([0; 256], UNIT_WORDS);
    g = gate_add_numbers(g, TENS_WORDS);
    g = gate_add_all(g, &["a", "an", "half"]);
    let mut i = 0;
    while i < VAGUE.len() {
        g = gate_add(g, VAGUE[i].phrase[0]);
        i += 1;
    }
    i = 0;
    while i < FRACTIONS.len() {
        g = gate_add(g, FRACTIONS[i].phrase[0]);
        i += 1;
    }
    g
};

static VAGUE_INDEX: PhraseIndex = phrase_index!(VAGUE);
static FRACTION_INDEX: PhraseIndex = phrase_index!(FRACTIONS);

/// Modifiers by their last word: one that ends right before a number ends with the token
/// before it.
static MODIFIER_ENDS: WordBits = {
    let mut ends = WordBits::EMPTY;
    let mut k = 0;
    while k < MODIFIERS.len() {
        let p = MODIFIERS[k].phrase;
        ends = ends.with(k, p[p.len() - 1]);
        k += 1;
    }
    ends
};

/// Nouns of talks, dispute and worry, after which "over" is about what, not how many.
const TALKS_NOUNS: &[&str] = &[
    "consultation",
    "consultations",
    "talks",
    "negotiations",
    "dispute",
    "row",
    "concern",
    "concerns",
    "fears",
    "worries",
    "anger",
    "protest",
    "protests",
    "strike",
    "outcry",
    "uproar",
];

/// A noun of talks right before token `s`, or before "with" and up to three words
/// ("talks with the union") right before it.
fn talks_before(toks: &[Token], s: usize) -> bool {
    let talks = |k: usize| toks[k].is_any(TALKS_NOUNS);
    if s.checked_sub(1).is_some_and(talks) {
        return true;
    }
    // (Only a determiner and nouns between: "consultation with unions representing over
    // 3,000 workers" counts the workers the unions represent.)
    (1..=3).any(|n| {
        s.checked_sub(n + 1).is_some_and(|w| {
            toks[w].is("with")
                && w >= 1
                && talks(w - 1)
                && toks[w + 1..s].iter().all(|t| {
                    t.kind == TokKind::Word && !t.text.ends_with("ing") && !t.text.ends_with("ed")
                })
        })
    })
}

/// The longest modifier ending right before token `i` and not starting before `floor`.
fn modifier_before(toks: &[Token], i: usize, floor: usize) -> Option<(usize, &'static Modifier)> {
    let last = toks.get(i.checked_sub(1)?)?;
    let mut best: Option<(usize, &'static Modifier)> = None;
    for m in entries(MODIFIERS, MODIFIER_ENDS.of(last)) {
        if let Some(s) = match_phrase_before(toks, i, m.phrase) {
            // "talks over 450 job losses", "consultation with unions over 300
            // redundancies": after a noun of talks or dispute, "over" says what about, no
            // bound. (A near miss: "cut over 450 jobs".)
            let about = m.phrase == ["over"] && talks_before(toks, s);
            if s >= floor && !about && best.is_none_or(|(b, _)| s < b) {
                best = Some((s, m));
            }
        }
    }
    best
}

// ---------------------------------------------------------------------------------------
// Context tests: what makes a number not a count
// ---------------------------------------------------------------------------------------

/// A `Word` of a currency before token `i` ("$", "USD", "Rs", "Rs.").
fn money_before(toks: &[Token], i: usize) -> bool {
    let Some(p) = i.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    if p.kind == TokKind::Punct && CURRENCY_SIGNS.contains(&p.text) {
        return true;
    }
    if p.is(".") {
        // "Rs. 500"
        return i >= 2 && toks[i - 2].is_any_of(currency_before());
    }
    p.kind == TokKind::Word && p.is_any_of(currency_before())
}

fn money_after(toks: &[Token], j: usize) -> bool {
    toks.get(j)
        .is_some_and(|n| n.kind == TokKind::Word && n.is_any_of(currency_after()))
}

/// A percent sign or word at token `j`; returns the index after it.
pub(crate) fn percent_after(toks: &[Token], j: usize) -> Option<usize> {
    PERCENT_WORDS
        .iter()
        .find_map(|p| match_phrase(toks, j, p))
        // "pc" only in lower case: "10 PC units" counts computers.
        .filter(|_| {
            !toks
                .get(j)
                .is_some_and(|t| t.text.eq_ignore_ascii_case("pc") && t.text != "pc")
        })
}

/// Checks around a digits number that rule it out as anything but a code, a date part,
/// a time or an ordinal.
fn digits_glued_badly(toks: &[Token], n: &Num, check_before: bool) -> bool {
    let t = &toks[n.start];
    if check_before && !t.ws_before && n.start > 0 {
        let p = &toks[n.start - 1];
        match p.kind {
            TokKind::Word => return true,
            TokKind::Number => return true,
            TokKind::Punct => {
                if matches!(p.text, "/" | ":" | "#" | "." | "@" | "_" | "+" | "=" | "\\") {
                    return true;
                }
                // "COVID-19", "F-35", "2022-23"
                if is_hyphen(p) && n.start >= 2 {
                    let pp = &toks[n.start - 2];
                    if !p.ws_before && matches!(pp.kind, TokKind::Word | TokKind::Number) {
                        return true;
                    }
                }
            }
        }
    }
    if let Some(nx) = toks.get(n.end) {
        if !nx.ws_before {
            match nx.kind {
                TokKind::Word => return true, // "30th", "5G", "2000s"
                TokKind::Number => return true,
                TokKind::Punct => {
                    if matches!(nx.text, "/" | ":" | "_" | "@") {
                        return true;
                    }
                    // "1.2.3" style handled by the tokenizer; "3." then digits is fine.
                }
            }
        }
        if nx.kind == TokKind::Word && nx.is_any(TIME_AFTER) {
            // "10 a.m.", "10 pm" — only bare small numbers
            if n.plain
                && n.value <= 12.0
                && (nx.is("am")
                    || nx.is("pm")
                    || toks.get(n.end + 1).is_some_and(|d| d.is("."))
                    || !nx.is_any(&["a", "p"]))
            {
                return true;
            }
        }
    }
    false
}

/// A bare four-digit number in 1900..=2100 reads as a year.
fn year_like(n: &Num, toks: &[Token]) -> bool {
    n.plain && n.digits && toks[n.start].text.len() == 4 && (1900.0..=2100.0).contains(&n.value)
}

fn headcount_noun_at(toks: &[Token], j: usize) -> bool {
    // Skip one adjective ("2000 new jobs", "1900 full-time workers" is rare enough).
    toks.get(j).is_some_and(|t| t.is_any(HEADCOUNT_NOUNS))
        || (toks.get(j).is_some_and(|t| t.kind == TokKind::Word)
            && toks.get(j + 1).is_some_and(|t| t.is_any(HEADCOUNT_NOUNS)))
}

/// The day number of a date: a small bare number right after or before a month name.
fn day_of_date(toks: &[Token], n: &Num) -> bool {
    if !(n.plain && n.digits && n.value >= 1.0 && n.value <= 31.0) {
        return false;
    }
    month_ends_before(toks, n.start) || month_starts_at(toks, n.end)
}

// ---------------------------------------------------------------------------------------
// Counts
// ---------------------------------------------------------------------------------------

fn round_u64(v: f64) -> Option<u64> {
    let r = v.round();
    (r.is_finite() && (0.0..1e18).contains(&r)).then_some(r as u64)
}

/// Is `n` fit to be a count on its own (ignoring modifiers)?
fn countable(toks: &[Token], n: &Num) -> bool {
    if n.fractional || n.value < 1.0 {
        return false;
    }
    if n.digits && (digits_glued_badly(toks, n, true) || day_of_date(toks, n)) {
        return false;
    }
    if n.digits && toks[n.start].text.len() > 1 && toks[n.start].text.starts_with('0') {
        return false; // "07", "0001": parts of dates and codes
    }
    if n.digits
        && toks.get(n.end - 1).is_some_and(|k| k.is("k"))
        && matches!(n.value as u64, 401_000 | 403_000)
    {
        return false; // "401k" retirement plans
    }
    if !n.digits && n.end == n.start + 1 && toks[n.start].is("one") {
        // "one of the", "one in 12", "one-third", "one another", "one employee in 12"
        if let Some(nx) = toks.get(n.end) {
            if nx.is_any(&["of", "in", "another", "out", "or"]) || (is_hyphen(nx) && !nx.ws_before)
            {
                return false;
            }
            if nx.kind == TokKind::Word && toks.get(n.end + 1).is_some_and(|k| k.is("in")) {
                return false;
            }
        }
    }
    if denominator(toks, n.start) {
        return false;
    }
    // "on Route 30", "at its center on Highway 9", "a section 189 retrenchment", "Building
    // 40": a number that a noun of roads, places or texts labels names one, and counts
    // nothing. (A near miss: "cut 30 jobs" has no label noun before the figure.)
    if n.digits && n.start > 0 && toks[n.start - 1].is_any_of(label_nouns()) {
        return false;
    }
    // "1 in 5 employees", "2 in 10 workers": the numerator of a share.
    if n.end == n.start + 1
        && n.value < 10.0
        && toks.get(n.end).is_some_and(|t| t.is_any(&["in", "out"]))
        && (toks[n.start].text == "1"
            // (A denominator of up to three digits: "5 in 2023" is a count and a year.)
            || toks.get(n.end + 1).is_some_and(|d| {
                d.kind == TokKind::Number && d.text.len() <= 3
                    || d.is_any(&[
                        "ten", "five", "four", "three", "six", "seven", "eight", "nine",
                    ])
            }))
    {
        return false;
    }
    if !n.digits {
        // "one-third", "two-thirds": a fraction, not a count
        if let (Some(h), Some(w)) = (toks.get(n.end), toks.get(n.end + 1)) {
            if is_hyphen(h)
                && !h.ws_before
                && !w.ws_before
                && FRACTIONS.iter().any(|f| w.is(f.phrase[f.phrase.len() - 1]))
            {
                return false;
            }
        }
    }
    !money_before(toks, n.start)
        && !money_after(toks, n.end)
        && percent_after(toks, n.end).is_none()
}

/// Nouns that a number after them labels rather than counts: roads, parts of sites and
/// parts of texts ("Route 30", "Terminal 2", "section 189", "Chapter 11").
const LABEL_NOUNS: &[&str] = &[
    "route",
    "highway",
    "interstate",
    "building",
    "terminal",
    "gate",
    "pier",
    "exit",
    "suite",
    "floor",
    "room",
    "hall",
    "phase",
    "section",
    "chapter",
    "article",
    "clause",
];

static_set!(pub(crate) label_nouns, LABEL_NOUNS);

/// Whether the number at token `start` is the denominator of a share: "one in five jobs",
/// "one employee in 12", "1 in every 10", "one out of every 20". (A near miss: "cut 12
/// jobs in 2 plants" has no "one" before "in".)
fn denominator(toks: &[Token], start: usize) -> bool {
    let hyphen = |k: usize| k > 0 && is_hyphen(&toks[k - 1]) && !toks[k - 1].ws_before;
    let is_at = |k: usize, w: &[&str]| k > 0 && toks[k - 1].is_any(w);
    let mut k = start;
    if hyphen(k) {
        k -= 1;
    }
    if is_at(k, &["every"]) {
        k -= 1;
    }
    if is_at(k, &["in"]) {
        k -= 1;
    } else if is_at(k, &["of"]) && is_at(k - 1, &["out"]) {
        k -= 2;
    } else {
        return false;
    }
    if hyphen(k) {
        k -= 1;
    }
    // "one employee in 12": a noun between; "two in five": a small numerator.
    let one = |t: &Token| t.is("one") || t.text == "1";
    let small = |t: &Token| {
        t.is_any(&[
            "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ]) || t.text.len() == 1 && t.text.as_bytes()[0].is_ascii_digit()
    };
    if k > 0 && (one(&toks[k - 1]) || small(&toks[k - 1])) {
        return true;
    }
    k >= 2 && toks[k - 1].kind == TokKind::Word && one(&toks[k - 2])
}

/// A candidate count at token `i`: the number/vague amount, its token span, interval, kind.
struct Cand {
    start: usize,
    end: usize,
    min: Option<u64>,
    max: Option<u64>,
    kind: CountKind,
}

fn vague_at(toks: &[Token], i: usize) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    for v in entries(VAGUE, VAGUE_INDEX.at(toks, i)) {
        if let Some(e) = match_phrase(toks, i, v.phrase) {
            if best.as_ref().is_none_or(|b| e > b.end) {
                best = Some(Cand {
                    start: i,
                    end: e,
                    min: Some(v.min),
                    max: Some(v.max),
                    kind: CountKind::Vague,
                });
            }
        }
    }
    best
}

/// Tries a range after number `a`: "A to B", "A-B", "A or B", "A and B" (after "between").
fn range_after(toks: &[Token], a: &Num, between: bool) -> Option<Num> {
    let c = toks.get(a.end)?;
    // "between 3% and 4%", and the loose "between 3% to 4%" (a near miss: "between 300
    // workers, to be told on Monday" closes nothing: the second figure must follow).
    let ok = if between {
        c.is("and") || c.is("to")
    } else {
        c.is("to") || c.is("or") || (is_hyphen(c) && c.text != "—")
    };
    if !ok {
        return None;
    }
    let b = parse_number(toks, a.end + 1)?;
    // "4,000 or 5,000 jobs" is a range; "1,000 or 10%" gives the share of the same cut;
    // "4 or 5,000 jobs" leaves the first figure's thousands out, no range of 4 to 5,000.
    if c.is("or") && (percent_after(toks, b.end).is_some() || a.value * 10.0 < b.value) {
        return None;
    }
    if a.digits != b.digits && !(a.digits && b.digits) {
        // "5 to seven" is odd; still fine when both are words or both digits.
        if a.digits || b.digits {
            return None;
        }
    }
    Some(b)
}

fn count_at(toks: &[Token], i: usize, floor: usize) -> Option<Cand> {
    let vague = vague_at(toks, i);
    let num = parse_number(toks, i);
    let Some(mut a) = num else { return vague };
    if vague.as_ref().is_some_and(|v| v.end >= a.end) {
        return vague;
    }
    // "between 300 and 400", "from 50 to 100"
    let between = i > floor && toks[i - 1].is("between");
    let from = i > floor && toks[i - 1].is("from");
    // "taking the total since 2023 to 5,000": a year after a preposition of time opens no
    // range. (A near miss: "from 2000 to 3,000 jobs" may.)
    let dated_year = year_like(&a, toks)
        && i > floor
        && toks[i - 1].is_any(&["since", "in", "during", "after", "before", "until"]);
    if let Some(b) = range_after(toks, &a, between).filter(|_| !dated_year) {
        let glued_hyphen = is_hyphen(&toks[a.end]) && !toks[a.end].ws_before;
        if a.scale == 1 && b.scale > 1 {
            let scaled = a.value * b.scale as f64;
            if scaled <= b.value {
                a.value = scaled;
                a.fractional = false;
                a.plain = false;
            }
        }
        if year_like(&a, toks) && (year_like(&b, toks) || glued_hyphen) {
            return None; // "2019 to 2022", "2022-23"
        }
        if b.digits && b.plain && year_like(&b, toks) && a.plain && a.value < 1900.0 {
            // "1999-2000"? leave alone; treat as not a count.
            return None;
        }
        if money_before(toks, a.start) || money_before(toks, b.start) || money_after(toks, b.end) {
            return None;
        }
        if percent_after(toks, b.end).is_some() || percent_after(toks, a.end).is_some() {
            return None;
        }
        // Dates: "2025-07-17" and friends.
        if glued_hyphen
            && toks
                .get(b.end)
                .is_some_and(|n| is_hyphen(n) && !n.ws_before)
        {
            return None;
        }
        let b_ok = !b.fractional
            && !(b.digits && (digits_glued_badly(toks, &b, false) || day_of_date(toks, &b)));
        let a_ok = !a.fractional
            && !(a.digits
                && (digits_glued_badly(toks, &a, true) || a.plain && day_of_date(toks, &a)));
        if a_ok && b_ok && a.value >= 1.0 && a.value < b.value {
            let start = if between || from { i - 1 } else { i };
            // The prefix word is only part of the span; modifiers are dropped ("about 5,000
            // to 7,000" stays 5,000..7,000) but covered.
            let start = modifier_before(toks, start, floor).map_or(start, |(s, _)| s);
            return Some(Cand {
                start,
                end: b.end,
                min: round_u64(a.value),
                max: round_u64(b.value),
                kind: CountKind::Range,
            });
        }
        if glued_hyphen {
            return None; // "737-800", "555-1234"
        }
    }
    if !countable(toks, &a) {
        return None;
    }
    let modifier = modifier_before(toks, i, floor);
    if year_like(&a, toks)
        && (!headcount_noun_at(toks, a.end) || (i > 0 && toks[i - 1].is_any(YEAR_BEFORE)))
    {
        return None;
    }
    let n = round_u64(a.value)?;
    if modifier.is_none() {
        if let Some((end, bound)) = bound_after(toks, a.end) {
            let (min, max) = bend(n, bound);
            let kind = match bound {
                Bound::AtLeast => CountKind::LowerBound,
                _ => CountKind::Approximate,
            };
            return Some(Cand {
                start: i,
                end,
                min,
                max,
                kind,
            });
        }
    }
    let (start, min, max, kind) = match modifier {
        None => (i, Some(n), Some(n), CountKind::Exact),
        Some((s, m)) => {
            let (min, max) = bend(n, m.bound);
            let kind = match m.bound {
                Bound::About | Bound::Near => CountKind::Approximate,
                Bound::AtLeast => CountKind::LowerBound,
                Bound::AtMost | Bound::Below => CountKind::UpperBound,
                Bound::MostOf => CountKind::Vague,
            };
            (s, min, max, kind)
        }
    };
    Some(Cand {
        start,
        end: a.end,
        min,
        max,
        kind,
    })
}

/// A bound written after the figure, and where it ends: "1,000-plus", "500+", "1,000 plus
/// employees" and "500 or more" are floors, "200 or so" is about. (Near misses: "300 plus
/// 200 contractors" adds a figure; "500 or 600" is a choice, which `range_after` reads.)
fn bound_after(toks: &[Token], j: usize) -> Option<(usize, Bound)> {
    let t = toks.get(j)?;
    let glued = !t.ws_before;
    let word_at = |k: usize| toks.get(k).is_some_and(|w| w.kind == TokKind::Word);
    // ("2+2" adds.)
    if t.text == "+"
        && glued
        && !toks
            .get(j + 1)
            .is_some_and(|n| n.kind == TokKind::Number && !n.ws_before)
    {
        return Some((j + 1, Bound::AtLeast));
    }
    if is_hyphen(t)
        && glued
        && toks
            .get(j + 1)
            .is_some_and(|p| p.is("plus") && !p.ws_before)
    {
        return Some((j + 2, Bound::AtLeast));
    }
    // ("1,000 plus employees", not "300 plus two hundred contractors" or "150 plus
    // another 40".)
    if t.is("plus") && word_at(j + 1) && toks[j + 1].is_any(HEADCOUNT_NOUNS) {
        return Some((j + 1, Bound::AtLeast));
    }
    if t.is("or") {
        if toks.get(j + 1).is_some_and(|w| w.is_any(&["more", "over"])) {
            return Some((j + 2, Bound::AtLeast));
        }
        if toks.get(j + 1).is_some_and(|w| w.is("so")) {
            return Some((j + 2, Bound::About));
        }
    }
    None
}

/// The interval of `n` under a bound word (see [`Bound`]).
fn bend(n: u64, b: Bound) -> (Option<u64>, Option<u64>) {
    let tenth = |k: u64| (n.saturating_mul(k).saturating_add(5)) / 10;
    match b {
        Bound::About => (Some(tenth(9)), Some(tenth(11))),
        Bound::Near => (Some(tenth(9)), Some(n)),
        Bound::AtLeast => (Some(n), None),
        Bound::AtMost => (None, Some(n)),
        Bound::Below => (None, Some(n.saturating_sub(1))),
        Bound::MostOf => {
            let lo = n / 2 + 1;
            let hi = n.saturating_sub(1).max(lo);
            (Some(lo), Some(hi))
        }
    }
}

/// Every count in `s`, in order of start offset, non-overlapping.
pub fn find_counts(s: &str) -> Vec<Count> {
    find_counts_in(&tokenize(s))
}

/// [`find_counts`] over tokens already produced by [`tokenize`] (offsets stay those of the
/// tokenised text).
pub fn find_counts_in(toks: &[Token]) -> Vec<Count> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < toks.len() {
        let t = &toks[i];
        let anchor = match t.kind {
            TokKind::Number => true,
            TokKind::Word => t.text.len() <= 9 && t.passes(&COUNT_GATE),
            TokKind::Punct => false,
        };
        if anchor {
            if let Some(c) = count_at(toks, i, floor) {
                let start_tok = c.start.max(floor);
                out.push(Count {
                    start: toks[start_tok].start,
                    end: toks[c.end - 1].end,
                    min: c.min,
                    max: c.max,
                    kind: c.kind,
                });
                i = c.end;
                floor = c.end;
                continue;
            }
        }
        i += 1;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Percents
// ---------------------------------------------------------------------------------------

/// A workforce around a fraction at tokens `start..end`: "… of its workforce", "half its
/// staff", "a tenth of its 3,000 staff", "cut its workforce by a third", "reducing
/// headcount by about a quarter". (Near misses: "a quarter of 2025 revenue" and "half of
/// its 2,000 stores" name no workforce.)
fn fraction_in_context(toks: &[Token], start: usize, end: usize) -> bool {
    let mut j = end;
    if toks.get(j).is_some_and(|t| t.is("of")) {
        j += 1;
    }
    // Up to five tokens ("of the company's global staff", "of its 140-person staff": the
    // size of the workforce may stand among them), then a workforce noun.
    for t in toks.iter().skip(j).take(5) {
        if t.is_any(HEADCOUNT_NOUNS)
            || t.is_any(&["staff", "company", "division", "unit", "newsroom", "team"])
        {
            return true;
        }
        if t.is(".") || t.is(",") || t.is(";") {
            break;
        }
    }
    // "… by a third", "… by about a quarter": "by", and a hedge the modifiers know,
    // before the fraction.
    let hedged = modifier_before(toks, start, 0).map_or(start, |(s, _)| s);
    if hedged > 0 && toks[hedged - 1].is("by") {
        let lo = hedged.saturating_sub(6);
        return toks[lo..hedged].iter().any(|t| t.is_any(HEADCOUNT_NOUNS));
    }
    false
}

fn percent_at(toks: &[Token], i: usize, floor: usize) -> Option<(usize, usize, f64, bool, bool)> {
    // number + percent word, or a range "10 to 15 percent"
    let mut hit: Option<(usize, f64)> = None;
    let mut range = false;
    if let Some(a) = parse_number(toks, i) {
        let a_ok =
            !(a.digits && (digits_glued_before(toks, a.start) || money_before(toks, a.start)));
        let between = i > 0 && toks[i - 1].is("between");
        if a_ok {
            if let Some(e) = percent_after(toks, a.end) {
                hit = Some((e, a.value));
                // "5% to 7%", "between 3% and 4%": the second share closes a range.
                let second = Num { end: e, ..a };
                if let Some(b) = range_after(toks, &second, between) {
                    if let Some(e2) = percent_after(toks, b.end) {
                        if a.value <= b.value {
                            hit = Some((e2, a.value));
                            range = true;
                        }
                    }
                }
            } else if let Some(b) = range_after(toks, &a, between) {
                if let Some(e) = percent_after(toks, b.end) {
                    if a.value <= b.value {
                        hit = Some((e, a.value));
                        range = true;
                    }
                }
            }
        }
        // "one in 12", "one employee in 12", "one in every 10", "one out of every 10",
        // "one-in-eight", "two in five", "3 in 10": a small numerator (one alone may have
        // a noun after it) over a larger denominator.
        let small = a.value >= 1.0 && a.value < 10.0 && a.value.fract() == 0.0;
        if hit.is_none() && small && a.end == i + 1 {
            let mut j = a.end;
            let glued_hyphen = |j: usize| toks.get(j).is_some_and(|t| is_hyphen(t) && !t.ws_before);
            if glued_hyphen(j) {
                j += 1;
            } else if a.value == 1.0
                && toks
                    .get(j)
                    .is_some_and(|t| t.kind == TokKind::Word && !t.is_any(&["in", "out", "of"]))
            {
                j += 1; // a noun
            }
            let j = match_phrase(toks, j, &["in"])
                .or_else(|| match_phrase(toks, j, &["out", "of"]))
                .or_else(|| match_phrase(toks, j, &["of", "every"]).map(|k| k - 1));
            if let Some(mut j) = j {
                if toks.get(j).is_some_and(|t| t.is("every")) {
                    j += 1;
                }
                if glued_hyphen(j) {
                    j += 1;
                }
                if let Some(d) = parse_number(toks, j) {
                    if d.value > a.value && d.value <= 1000.0 && !d.fractional && d.value >= 2.0 {
                        let v = (1000.0 * a.value / d.value).round() / 10.0;
                        hit = Some((d.end, v));
                    }
                }
            }
        }
    }
    if hit.is_none() {
        for f in entries(FRACTIONS, FRACTION_INDEX.at(toks, i)) {
            if let Some(e) = match_phrase(toks, i, f.phrase) {
                if fraction_in_context(toks, i, e) {
                    hit = Some((e, f.percent));
                    break;
                }
            }
        }
    }
    let (end, value) = hit?;
    let (start, upper) = match modifier_before(toks, i, floor) {
        Some((s, m)) if m.bound != Bound::MostOf => (s, m.bound == Bound::Below),
        _ => (i, false),
    };
    Some((start, end, value, upper, range))
}

/// The end of a share of at most 100% that starts at token `i` ("one in five", "a
/// fifth", "10%"), if one does.
pub(crate) fn share_end(toks: &[Token], i: usize) -> Option<usize> {
    let (s, e, value, _, _) = percent_at(toks, i, i)?;
    (s == i && value <= 100.0).then_some(e)
}

fn digits_glued_before(toks: &[Token], i: usize) -> bool {
    i > 0 && !toks[i].ws_before && matches!(toks[i - 1].kind, TokKind::Word | TokKind::Number)
}

/// Every percentage in `s`, in order of start offset, non-overlapping.
pub fn find_percents(s: &str) -> Vec<Percent> {
    find_percents_in(&tokenize(s))
}

/// [`find_percents`] over tokens already produced by [`tokenize`].
pub fn find_percents_in(toks: &[Token]) -> Vec<Percent> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut floor = 0;
    while i < toks.len() {
        let t = &toks[i];
        let anchor = match t.kind {
            TokKind::Number => true,
            TokKind::Word => t.text.len() <= 9 && t.passes(&COUNT_GATE),
            TokKind::Punct => false,
        };
        if let Some(e) = whole_workforce_at(toks, i) {
            out.push(Percent {
                start: t.start,
                end: toks[e - 1].end,
                value: 100.0,
                upper_bound: false,
                range: false,
            });
            i = e;
            floor = e;
            continue;
        }
        if anchor {
            if let Some((s, e, value, upper_bound, range)) = percent_at(toks, i, floor) {
                out.push(Percent {
                    start: toks[s].start,
                    end: toks[e - 1].end,
                    value,
                    upper_bound,
                    range,
                });
                i = e;
                floor = e;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The whole workforce is 100%: "fired all of their employees", "laid off all 150
/// staff", "its entire workforce". Returns the index after the staff noun. A near miss:
/// "all of the laid-off employees" or "all departments" say nothing of the share.
fn whole_workforce_at(toks: &[Token], i: usize) -> Option<usize> {
    let t = &toks[i];
    // Asked at every token: "all", "whole" and "entire" are three, five and six letters.
    if !matches!(t.text.len(), 3 | 5 | 6) {
        return None;
    }
    let mut k = i + 1;
    if t.is("all") {
        if toks.get(k).is_some_and(|t| t.is("of")) {
            k += 1;
        }
        if toks
            .get(k)
            .is_some_and(|t| t.is_any(&["its", "their", "the", "our", "his", "her"]))
        {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| t.kind == TokKind::Number) {
            k += 1;
        }
    } else if t.is("entire") || t.is("whole") {
        if !(i > 0 && toks[i - 1].is_any(&["its", "their", "the", "our"])) {
            return None;
        }
    } else {
        return None;
    }
    toks.get(k)
        .is_some_and(|t| {
            t.is_any(&[
                "employees",
                "staff",
                "workers",
                "workforce",
                "staffers",
                "employee",
            ])
        })
        .then_some(k + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lakhs_indian_grouping_and_dotted_thousands() {
        // The Indian system: a lakh is 100,000, and digits group in twos after the
        // first three.
        assert!(has_count(
            "nearly 2 lakh employees",
            Some(180_000),
            Some(200_000)
        ));
        assert!(has_count("cut 1.5 lakh jobs", Some(150_000), Some(150_000)));
        assert!(has_count("cut 1,50,000 jobs", Some(150_000), Some(150_000)));
        assert!(has_count(
            "cut 1,00,00,000 jobs",
            Some(10_000_000),
            Some(10_000_000)
        ));
        // Continental thousands before a noun of people.
        assert!(has_count("cut 1.200 jobs", Some(1_200), Some(1_200)));
        assert!(has_count("cut 12.500 workers", Some(12_500), Some(12_500)));
        // Near misses: malformed groups, and a decimal that counts no people.
        assert!(!has_count("cut 1,2,3 jobs", Some(123), Some(123)));
        assert!(!has_count("cut 1,5,000 jobs", Some(15_000), Some(15_000)));
        assert!(!has_count(
            "a ratio of 1.200 to one",
            Some(1_200),
            Some(1_200)
        ));
    }

    #[test]
    fn shares_told_as_a_numerator_over_a_denominator() {
        // "one-in-eight" hyphenated, and numerators above one.
        assert_eq!(
            percents("will cut one-in-eight workers"),
            [("one-in-eight", 12.5, false)]
        );
        assert_eq!(
            percents("will cut 2 in 10 workers"),
            [("2 in 10", 20.0, false)]
        );
        assert_eq!(
            percents("will cut two in five jobs"),
            [("two in five", 40.0, false)]
        );
        assert!(!has_count(
            "will cut one-in-eight workers",
            Some(8),
            Some(8)
        ));
        assert!(!has_count("will cut 2 in 10 workers", Some(10), Some(10)));
        // A sixth and an eighth.
        assert_eq!(
            percents("shed a sixth of its workforce"),
            [("a sixth", 16.7, false)]
        );
        assert_eq!(
            percents("cut an eighth of its staff"),
            [("an eighth", 12.5, false)]
        );
        // Near misses: a count and a year, a count and its sites.
        assert!(has_count("laid off 5 in 2023", Some(5), Some(5)));
        assert!(has_count("cut 12 jobs in 2 plants", Some(12), Some(12)));
        assert!(percents("laid off 5 in 2023").is_empty());
    }

    #[test]
    fn a_bound_or_a_choice_after_the_figure() {
        // Floors and an "about" written after the figure, and a choice of two figures.
        assert!(has_count("is axing 1,000-plus roles", Some(1_000), None));
        assert!(has_count("will lay off 500+ employees", Some(500), None));
        assert!(has_count(
            "laid off 1,000 plus employees",
            Some(1_000),
            None
        ));
        assert!(has_count("laid off 500 or more workers", Some(500), None));
        assert!(has_count(
            "laid off 200 or so workers",
            Some(180),
            Some(220)
        ));
        assert!(has_count(
            "will cut 4,000 or 5,000 jobs",
            Some(4_000),
            Some(5_000)
        ));
        // Near misses: a figure added, and a share of the same cut.
        assert!(has_count(
            "laid off 300 plus 200 contractors",
            Some(300),
            Some(300)
        ));
        assert!(has_count(
            "will cut 1,000 or 10% of its staff",
            Some(1_000),
            Some(1_000)
        ));
    }

    #[test]
    fn thousands_grouped_by_spaces() {
        assert!(has_count("about 7 400 jobs", Some(6_660), Some(8_140)));
        assert!(has_count(
            "cut 1 250 000 jobs",
            Some(1_250_000),
            Some(1_250_000)
        ));
        assert!(has_count("cut 7\u{a0}400 jobs", Some(7_400), Some(7_400)));
        // A day and a count stay apart.
        assert!(has_count(
            "On March 5 300 workers were laid off",
            Some(300),
            Some(300)
        ));
    }

    #[test]
    fn the_whole_workforce_is_all_of_it() {
        for s in [
            "fired all of their employees",
            "laid off all 150 staff",
            "cut its entire workforce",
            "let go of the whole staff",
        ] {
            let got = find_percents(s);
            assert_eq!(got.len(), 1, "{s}");
            assert_eq!(got[0].value, 100.0, "{s}");
        }
        for s in [
            "all of the laid-off employees",
            "all departments",
            "an entire team",
        ] {
            assert!(find_percents(s).is_empty(), "{s}");
        }
    }

    fn counts(s: &str) -> Vec<(&str, Option<u64>, Option<u64>)> {
        find_counts(s)
            .into_iter()
            .map(|c| (&s[c.start..c.end], c.min, c.max))
            .collect()
    }

    fn percents(s: &str) -> Vec<(&str, f64, bool)> {
        find_percents(s)
            .into_iter()
            .map(|p| (&s[p.start..p.end], p.value, p.upper_bound))
            .collect()
    }

    fn has_count(s: &str, min: Option<u64>, max: Option<u64>) -> bool {
        find_counts(s).iter().any(|c| c.min == min && c.max == max)
    }

    #[test]
    fn every_table_entry_parses() {
        for table in [UNIT_WORDS, TENS_WORDS, SCALE_WORDS, SUFFIX_SCALES] {
            for w in table {
                let want = match w.word {
                    "dozen" => 12,
                    "thousand" => 3_500,
                    "million" => 1_200_000,
                    "k" => 10_000,
                    "m" | "mn" | "mln" => 2_000_000,
                    "hundred" => 200,
                    "lakh" => 150_000,
                    "lakhs" => 200_000,
                    _ => w.value,
                };
                assert!(
                    has_count(w.example, Some(want), Some(want)),
                    "{:?}: {:?}",
                    w.example,
                    counts(w.example)
                );
            }
        }
        for v in VAGUE {
            assert!(
                has_count(v.example, Some(v.min), Some(v.max)),
                "{:?}: {:?}",
                v.example,
                counts(v.example)
            );
        }
        for m in MODIFIERS {
            assert!(
                has_count(m.example, m.expect.0, m.expect.1),
                "{:?}: {:?}",
                m.example,
                counts(m.example)
            );
            let c = &find_counts(m.example)[0];
            assert!(m.example[c.start..c.end]
                .to_lowercase()
                .starts_with(m.phrase[0]));
        }
        for f in FRACTIONS {
            let p = percents(f.example);
            assert!(
                p.iter().any(|p| p.1 == f.percent),
                "{:?}: {:?}",
                f.example,
                p
            );
        }
    }

    #[test]
    fn phrase_indexes_keep_every_entry() {
        let cases = |phrase: &[&str]| [phrase.join(" "), phrase.join("-").to_uppercase()];
        for (k, v) in VAGUE.iter().enumerate() {
            for s in cases(v.phrase) {
                assert_ne!(VAGUE_INDEX.at(&tokenize(&s), 0) & 1 << k, 0, "{s}");
            }
        }
        for (k, f) in FRACTIONS.iter().enumerate() {
            for s in cases(f.phrase) {
                assert_ne!(FRACTION_INDEX.at(&tokenize(&s), 0) & 1 << k, 0, "{s}");
            }
        }
        for (k, m) in MODIFIERS.iter().enumerate() {
            let toks = tokenize(m.phrase[m.phrase.len() - 1]);
            assert_ne!(MODIFIER_ENDS.of(&toks[0]) & 1 << k, 0, "{:?}", m.phrase);
        }
    }

    #[test]
    fn exact_figures() {
        assert_eq!(
            counts("cut 12,000 jobs"),
            [("12,000", Some(12000), Some(12000))]
        );
        assert_eq!(
            counts("around 1100 people"),
            [("around 1100", Some(990), Some(1210))]
        );
        assert_eq!(
            counts("1.2 million jobs"),
            [("1.2 million", Some(1_200_000), Some(1_200_000))]
        );
        assert_eq!(counts("10k jobs"), [("10k", Some(10_000), Some(10_000))]);
        assert_eq!(
            counts("forty-five staff"),
            [("forty-five", Some(45), Some(45))]
        );
        assert_eq!(
            counts("two thousand staff"),
            [("two thousand", Some(2000), Some(2000))]
        );
        assert_eq!(
            counts("two hundred and fifty staff"),
            [("two hundred and fifty", Some(250), Some(250))]
        );
        assert_eq!(
            counts("a thousand staff"),
            [("a thousand", Some(1000), Some(1000))]
        );
        assert_eq!(
            counts("half a million jobs"),
            [("half a million", Some(500_000), Some(500_000))]
        );
        assert_eq!(counts("two dozen"), [("two dozen", Some(24), Some(24))]);
        assert_eq!(
            counts("1,680,000 people"),
            [("1,680,000", Some(1_680_000), Some(1_680_000))]
        );
    }

    #[test]
    fn label_conventions() {
        assert_eq!(counts("nearly 12,000 roles")[0].1, Some(10800));
        assert_eq!(
            counts("about two dozen at related facilities"),
            [("about two dozen", Some(22), Some(26))]
        );
        assert_eq!(
            counts("just over 750 people"),
            [("just over 750", Some(750), None)]
        );
        assert_eq!(
            counts("less than 500 employees"),
            [("less than 500", None, Some(499))]
        );
        assert_eq!(
            counts("fewer than 90 positions"),
            [("fewer than 90", None, Some(89))]
        );
        assert_eq!(
            counts("up to 12,000 jobs"),
            [("up to 12,000", None, Some(12000))]
        );
        assert_eq!(
            counts("\"Most of\" a 70-person team"),
            [("70", Some(70), Some(70))]
        );
        assert_eq!(
            counts("most of a 70-person team"),
            [("most of a 70", Some(36), Some(69))]
        );
        assert_eq!(
            counts("north of 1,000"),
            [("north of 1,000", Some(1000), None)]
        );
        assert_eq!(
            counts("hundreds of thousands of jobs"),
            [("hundreds of thousands", Some(200_000), Some(999_999))]
        );
        assert_eq!(
            counts("tens of thousands since late 2022"),
            [("tens of thousands", Some(20000), Some(99999))]
        );
    }

    #[test]
    fn ranges() {
        assert_eq!(
            counts("cut between 300 and 400 jobs"),
            [("between 300 and 400", Some(300), Some(400))]
        );
        assert_eq!(
            counts("50 to 100 employees"),
            [("50 to 100", Some(50), Some(100))]
        );
        assert_eq!(
            counts("5,000-7,000 roles"),
            [("5,000-7,000", Some(5000), Some(7000))]
        );
        assert_eq!(
            counts("a net reduction of approximately 5,000 to 7,000 roles"),
            [("approximately 5,000 to 7,000", Some(5000), Some(7000))]
        );
        assert_eq!(
            counts("5 to 7 million jobs"),
            [("5 to 7 million", Some(5_000_000), Some(7_000_000))]
        );
        assert_eq!(
            counts("from 1,500 to 2,000"),
            [("from 1,500 to 2,000", Some(1500), Some(2000))]
        );
    }

    #[test]
    fn not_counts() {
        for s in [
            "revenue of $29.3 billion",
            "a £5m loss",
            "€2 billion",
            "Rs 500 crore",
            "Rs. 500 crore",
            "USD 10 million",
            "5 billion dollars",
            "17%",
            "10 percent",
            "10 per cent",
            "in 2023",
            "2025's cuts",
            "since 2022",
            "July 17, 2025",
            "17 July",
            "Jul. 17",
            "Q1 2025",
            "at 10:30",
            "the 30th",
            "COVID-19",
            "G7",
            "F-35 jets",
            "version 3.5.1",
            "24/7",
            "9/11",
            "2025-07-17",
            "one of the managers",
            "one-third of staff",
            "3.5",
            "between 2019 and 2022",
            "fiscal 2022-23",
            "at 10 a.m. Tuesday",
            "5G networks",
            "the 2000s",
        ] {
            assert_eq!(counts(s), [], "{s:?}");
        }
    }

    #[test]
    fn year_shaped_counts_with_a_noun() {
        assert_eq!(counts("cut 2000 jobs"), [("2000", Some(2000), Some(2000))]);
        assert_eq!(
            counts("about 2000 staff"),
            [("about 2000", Some(1800), Some(2200))]
        );
        assert_eq!(counts("about 2000"), []);
        assert_eq!(counts("the 2023 job cuts"), []);
    }

    #[test]
    fn several_counts_in_order() {
        let s = "3,000 in Germany, 1,700 in the US and 3,100 elsewhere; hundreds more.";
        let c = counts(s);
        assert_eq!(c.len(), 4);
        assert_eq!(c[3], ("hundreds", Some(200), Some(999)));
    }

    #[test]
    fn percents_as_worded() {
        assert_eq!(percents("17% of staff"), [("17%", 17.0, false)]);
        assert_eq!(percents("17 % of staff"), [("17 %", 17.0, false)]);
        assert_eq!(percents("10 percent"), [("10 percent", 10.0, false)]);
        assert_eq!(percents("10 per cent"), [("10 per cent", 10.0, false)]);
        assert_eq!(
            percents("cuts 10 pc of workforce"),
            [("10 pc", 10.0, false)]
        );
        assert_eq!(percents("cuts 10pc of workforce"), [("10pc", 10.0, false)]);
        // Near miss: "PC" in capitals counts computers.
        assert!(percents("sold 10 PC units").is_empty());
        assert!(percents("sold 10 pC units").is_empty());
        assert_eq!(
            percents("around ten percent"),
            [("around ten percent", 10.0, false)]
        );
        assert_eq!(
            percents("axe five per cent"),
            [("five per cent", 5.0, false)]
        );
        assert_eq!(percents("about 3.5%"), [("about 3.5%", 3.5, false)]);
        assert_eq!(percents("more than 20%"), [("more than 20%", 20.0, false)]);
        assert_eq!(
            percents("less than 2 percent"),
            [("less than 2 percent", 2.0, true)]
        );
        assert_eq!(percents("under 2%"), [("under 2%", 2.0, true)]);
        // The most a plan names is its share, as "up to 700 jobs" is its count.
        for (text, share, value) in [
            ("up to 7% of its workforce", "up to 7%", 7.0),
            (
                "as many as 10 percent of staff",
                "as many as 10 percent",
                10.0,
            ),
            ("a maximum of 5% of jobs", "a maximum of 5%", 5.0),
            ("no more than 5% of staff", "no more than 5%", 5.0),
        ] {
            assert_eq!(percents(text), [(share, value, false)], "{text}");
        }
        assert_eq!(
            percents("nearly a fifth of its staff"),
            [("nearly a fifth", 20.0, false)]
        );
        assert_eq!(
            percents("about one employee in 12"),
            [("about one employee in 12", 8.3, false)]
        );
        assert_eq!(percents("one in 12 workers"), [("one in 12", 8.3, false)]);
        assert_eq!(percents("1 in 5 employees"), [("1 in 5", 20.0, false)]);
        assert_eq!(
            percents("more than half of its workforce"),
            [("more than half", 50.0, false)]
        );
        assert_eq!(
            percents("cut its workforce by a third"),
            [("a third", 33.3, false)]
        );
        assert_eq!(percents("2 to 3 percent"), [("2 to 3 percent", 2.0, false)]);
    }

    #[test]
    fn the_denominator_of_a_share_is_no_count() {
        for s in [
            "cut one in five jobs",
            "laid off one in 12 employees",
            "will cut one in every 10 jobs",
            "one employee in 12 lost their job",
            "1 in 5 employees",
            "one out of every 20 workers",
        ] {
            assert_eq!(find_counts(s), [], "{s}");
        }
        // A near miss: with no "one" before "in", both numbers count.
        assert_eq!(find_counts("cut 12 jobs in 2 plants").len(), 2);
    }

    #[test]
    fn a_fraction_of_a_sized_workforce_or_after_a_hedge() {
        // The workforce's size may stand between the fraction and its noun.
        assert_eq!(
            percents("laid off roughly a tenth of its 3,000 staff"),
            [("roughly a tenth", 10.0, false)]
        );
        assert_eq!(
            percents("cutting nearly half of its 140-person staff"),
            [("nearly half", 50.0, false)]
        );
        // A hedge between "by" and the fraction.
        assert_eq!(
            percents("reducing headcount by about a quarter"),
            [("about a quarter", 25.0, false)]
        );
        // Near misses: half of a number of things that are not staff; a hedge with no
        // workforce before "by".
        assert_eq!(percents("will close half of its 2,000 stores"), []);
        assert_eq!(percents("cut prices by about a quarter"), []);
    }

    #[test]
    fn quarter_of_year_is_not_a_percent() {
        assert_eq!(percents("in the first quarter of 2025"), []);
        assert_eq!(percents("a quarter of 2025 revenue"), []);
        assert_eq!(percents("half of 2024"), []);
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        fn check(s: &str) {
            for c in find_counts(s) {
                assert!(c.start < c.end && c.end <= s.len());
                assert!(s.is_char_boundary(c.start) && s.is_char_boundary(c.end));
                if let (Some(a), Some(b)) = (c.min, c.max) {
                    assert!(a <= b, "{s:?} {c:?}");
                }
            }
            let mut last = 0;
            for c in find_counts(s) {
                assert!(c.start >= last, "overlap in {s:?}");
                last = c.end;
            }
            for p in find_percents(s) {
                assert!(p.start < p.end && p.end <= s.len());
                assert!(s.is_char_boundary(p.start) && s.is_char_boundary(p.end));
                assert!(p.value.is_finite());
            }
        }

        proptest! {
            #[test]
            fn never_panics_on_any_string(s in "\\PC{0,80}") {
                check(&s);
            }

            #[test]
            fn never_panics_on_number_soup(
                parts in proptest::collection::vec(prop_oneof![
                    Just("about"), Just("between"), Just("and"), Just("to"), Just("-"), Just("—"),
                    Just("1,200"), Just("99999999999999999999"), Just("2025"), Just("0"), Just("3.5"),
                    Just("%"), Just("percent"), Just("a"), Just("half"), Just("dozen"), Just("hundred"),
                    Just("thousand"), Just("million"), Just("billion"), Just("k"), Just("one"), Just("in"),
                    Just("$"), Just("most"), Just("of"), Just("ü"), Just("forty"), Just("five"), Just("ninety"),
                    Just("fewer"), Just("than"), Just("July"), Just("17"), Just("/"), Just(":"), Just("third"),
                ], 0..14),
                glue in proptest::collection::vec(any::<bool>(), 14),
            ) {
                let mut s = String::new();
                for (k, p) in parts.iter().enumerate() {
                    if k > 0 && glue[k] { s.push(' '); }
                    s.push_str(p);
                }
                check(&s);
            }
        }
    }
}
