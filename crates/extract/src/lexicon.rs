//! The lexicon both the count and the date rules read: matching a phrase of lower-case
//! words at a token (and indexing a table of them), number words and the number parser,
//! the workforce nouns, and month words. [`crate::quantity`] and [`crate::dates`] build on
//! it and not on each other: the parser must tell "July 17" (a day) from "17 jobs", and the
//! date rules read "over the next three years" with the number parser. It also holds the
//! one list of workplaces ([`WORKPLACES`]) that the trigger, place and unit rules share.

use crate::tokens::{TokKind, Token};

/// Places where work is done, whose closing is a closure and whose name says where cuts
/// fall ("close its bakery in Dayton", "its Montreal studio", "the Dalzell works"):
/// industry, extraction, trade, logistics, food and drink, care, media and offices. The
/// trigger, place and unit rules each read this list, with words of their own.
pub(crate) const WORKPLACES: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "works",
    "steelworks",
    "mill",
    "mills",
    "sawmill",
    "sawmills",
    "foundry",
    "foundries",
    "smelter",
    "smelters",
    "refinery",
    "refineries",
    "shipyard",
    "shipyards",
    "mine",
    "mines",
    "colliery",
    "collieries",
    "quarry",
    "quarries",
    "cannery",
    "canneries",
    "bakery",
    "bakeries",
    "brewery",
    "breweries",
    "distillery",
    "distilleries",
    "laboratory",
    "laboratories",
    "warehouse",
    "warehouses",
    "depot",
    "depots",
    "facility",
    "facilities",
    "center",
    "centers",
    "centre",
    "centres",
    "store",
    "stores",
    "supermarket",
    "supermarkets",
    "hypermarket",
    "hypermarkets",
    "shop",
    "shops",
    "showroom",
    "showrooms",
    "dealership",
    "dealerships",
    "pharmacy",
    "pharmacies",
    "restaurant",
    "restaurants",
    "hotel",
    "hotels",
    "casino",
    "casinos",
    "cinema",
    "cinemas",
    "hospital",
    "hospitals",
    "clinic",
    "clinics",
    "campus",
    "campuses",
    "studio",
    "studios",
    "office",
    "offices",
    "branch",
    "branches",
    "bureau",
    "bureaus",
    "bureaux",
    "library",
    "libraries",
    "headquarters",
];

// ---------------------------------------------------------------------------------------
// Phrase matching
// ---------------------------------------------------------------------------------------

/// Nouns for what a firm does, which newswires write before its name and capitalise when
/// they open a sentence: "Carmaker Stellantis said", "Retailer Bellmart will close".
/// None begins a firm's own name (unlike "Bank", "Studio", "Group", "Carrier" or "Utility":
/// "Bank Leumi", "Studio Ghibli", "Carrier Global"). Words ending in "maker" or "builder" are told by their ending.
pub(crate) const TRADE_NOUNS: &[&str] = &[
    "retailer",
    "miner",
    "insurer",
    "reinsurer",
    "lender",
    "broadcaster",
    "airline",
    "publisher",
    "developer",
    "manufacturer",
    "supplier",
    "conglomerate",
    "startup",
    "start-up",
    "fintech",
    "grocer",
    "supermarket",
    "brewer",
    "bottler",
    "distiller",
    "drugstore",
    "e-tailer",
    "outsourcer",
    "operator",
    "exporter",
    "importer",
    "distributor",
    "wholesaler",
    "caterer",
    "shipper",
    "railway",
    "railroad",
    "newspaper",
    "telco",
];

/// Whether `word` (any case) is a noun for what a firm does: [`TRADE_NOUNS`], or a word
/// ending in "maker" or "builder" ("chipmaker", "housebuilder"), not those alone.
/// (Compared ignoring ASCII case in place: no lower-case copy of each word asked.)
pub(crate) fn is_trade_noun(word: &str) -> bool {
    TRADE_NOUNS.iter().any(|w| word.eq_ignore_ascii_case(w))
        || ["maker", "builder"].iter().any(|e| {
            word.len() > e.len() + 2
                && word
                    .get(word.len() - e.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(e))
        })
}

pub(crate) fn is_hyphen(t: &Token) -> bool {
    t.kind == TokKind::Punct && matches!(t.text, "-" | "‐" | "‑" | "–" | "—")
}

/// Matches a lower-case phrase at token `i`; returns the index after it. A hyphen glued
/// between two words of the text is skipped ("two-thirds" matches `["two", "thirds"]`).
#[inline]
pub(crate) fn match_phrase(toks: &[Token], i: usize, phrase: &[&str]) -> Option<usize> {
    // Rules try whole tables of phrases at each token, and nearly all fail on the first
    // word: that test is inlined into the loops, the rest is not.
    match phrase.first() {
        Some(w) if !toks.get(i)?.is(w) => None,
        _ => match_phrase_rest(toks, i, phrase),
    }
}

fn match_phrase_rest(toks: &[Token], i: usize, phrase: &[&str]) -> Option<usize> {
    let mut j = i;
    for (n, w) in phrase.iter().enumerate() {
        if n > 0 {
            if let (Some(h), Some(next)) = (toks.get(j), toks.get(j + 1)) {
                if is_hyphen(h) && !h.ws_before && !next.ws_before && !is_hyphen_word(w) {
                    j += 1;
                }
            }
        }
        if !toks.get(j)?.is(w) {
            return None;
        }
        j += 1;
    }
    Some(j)
}

fn is_hyphen_word(w: &str) -> bool {
    matches!(w, "-" | "–" | "—")
}

/// Matches a lower-case phrase that ends right before token `i`; returns its first index.
pub(crate) fn match_phrase_before(toks: &[Token], i: usize, phrase: &[&str]) -> Option<usize> {
    let start = i.checked_sub(phrase.len())?;
    (match_phrase(toks, start, phrase) == Some(i)).then_some(start)
}

// ---------------------------------------------------------------------------------------
// Phrase indexes: rules try a table of phrases at a token, and nearly every entry fails on
// its first word. An index tells from a word's length and first byte which entries can
// match, so a rule runs `match_phrase` only on those (tables have at most 64 entries).
// ---------------------------------------------------------------------------------------

/// A bit per table entry, by the length (15 standing for 15 or more) and the first byte
/// (`& 31`, which maps both cases of a letter alike) of the entry's word at one place of
/// its phrase.
#[derive(Clone, Copy)]
pub(crate) struct WordBits {
    by_len: [u64; 16],
    by_first: [u64; 32],
}

impl WordBits {
    pub(crate) const EMPTY: Self = Self {
        by_len: [0; 16],
        by_first: [0; 32],
    };

    pub(crate) const fn with(mut self, entry: usize, w: &str) -> Self {
        assert!(entry < 64, "a phrase index holds at most 64 entries");
        let b = w.as_bytes();
        let len = if b.len() < 15 { b.len() } else { 15 };
        self.by_len[len] |= 1 << entry;
        self.by_first[(b[0] & 31) as usize] |= 1 << entry;
        self
    }

    /// The entries whose word may be `t`.
    #[inline]
    pub(crate) fn of(&self, t: &Token) -> u64 {
        match t.text.as_bytes() {
            [] => 0,
            b => self.by_len[b.len().min(15)] & self.by_first[usize::from(b[0] & 31)],
        }
    }
}

/// Which entries of a phrase table may match at a token, by their first two words (the
/// second may come after a glued hyphen, as in [`match_phrase`]).
pub(crate) struct PhraseIndex {
    first: WordBits,
    second: WordBits,
    /// Phrases of one word: any next token will do.
    one_word: u64,
}

impl PhraseIndex {
    pub(crate) const EMPTY: Self = Self {
        first: WordBits::EMPTY,
        second: WordBits::EMPTY,
        one_word: 0,
    };

    pub(crate) const fn with(mut self, entry: usize, phrase: &[&str]) -> Self {
        self.first = self.first.with(entry, phrase[0]);
        if phrase.len() > 1 {
            self.second = self.second.with(entry, phrase[1]);
        } else {
            self.one_word |= 1 << entry;
        }
        self
    }

    /// A bit per entry that may match at token `i`.
    #[inline]
    pub(crate) fn at(&self, toks: &[Token], i: usize) -> u64 {
        let Some(t) = toks.get(i) else { return 0 };
        let first = self.first.of(t);
        if first & !self.one_word == 0 {
            return first;
        }
        let mut second = self.one_word;
        if let Some(n) = toks.get(i + 1) {
            second |= self.second.of(n);
            if is_hyphen(n) {
                second |= toks.get(i + 2).map_or(0, |n| self.second.of(n));
            }
        }
        first & second
    }
}

/// The [`PhraseIndex`] of a static table whose entries have a `phrase` field.
macro_rules! phrase_index {
    ($table:expr) => {{
        let mut ix = $crate::lexicon::PhraseIndex::EMPTY;
        let mut k = 0;
        while k < $table.len() {
            ix = ix.with(k, $table[k].phrase);
            k += 1;
        }
        ix
    }};
}
pub(crate) use phrase_index;

/// The entries of `table` whose bits are set in `m`, in table order.
pub(crate) fn entries<T>(table: &[T], mut m: u64) -> impl Iterator<Item = &T> {
    std::iter::from_fn(move || {
        if m == 0 {
            return None;
        }
        let k = m.trailing_zeros() as usize;
        m &= m - 1;
        table.get(k)
    })
}

// ---------------------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------------------

/// A number word and its value.
pub struct NumberWord {
    pub word: &'static str,
    pub value: u64,
    /// A sentence whose only count is this word's value.
    pub example: &'static str,
}

const fn nw(word: &'static str, value: u64, example: &'static str) -> NumberWord {
    NumberWord {
        word,
        value,
        example,
    }
}

/// Units and teens: combine with tens ("forty-five") and scales ("two hundred").
#[rustfmt::skip]
pub static UNIT_WORDS: &[NumberWord] = &[
    nw("one", 1, "It eliminated one executive post."),
    nw("two", 2, "Two employees were let go."),
    nw("three", 3, "The firm cut three roles."),
    nw("four", 4, "Four managers left."),
    nw("five", 5, "It laid off five people."),
    nw("six", 6, "Six staff members lost their jobs."),
    nw("seven", 7, "Seven engineers were cut."),
    nw("eight", 8, "Eight workers were dismissed."),
    nw("nine", 9, "Nine roles were eliminated."),
    nw("ten", 10, "Ten reporters were let go."),
    nw("eleven", 11, "Eleven positions were cut."),
    nw("twelve", 12, "Twelve jobs went."),
    nw("thirteen", 13, "Thirteen people were laid off."),
    nw("fourteen", 14, "Fourteen staffers left."),
    nw("fifteen", 15, "Fifteen roles were cut."),
    nw("sixteen", 16, "Sixteen employees were affected."),
    nw("seventeen", 17, "Seventeen workers lost jobs."),
    nw("eighteen", 18, "Eighteen jobs were cut."),
    nw("nineteen", 19, "Nineteen people left."),
];

/// Tens: "forty" alone or "forty-five" / "forty five".
#[rustfmt::skip]
pub static TENS_WORDS: &[NumberWord] = &[
    nw("twenty", 20, "Twenty people were laid off."),
    nw("thirty", 30, "It cut thirty jobs."),
    nw("forty", 40, "Forty staff were let go."),
    nw("fifty", 50, "Fifty roles were eliminated."),
    nw("sixty", 60, "Sixty workers lost their jobs."),
    nw("seventy", 70, "Seventy employees were cut."),
    nw("eighty", 80, "Eighty positions went."),
    nw("ninety", 90, "Ninety jobs were cut."),
];

/// Scale words after a number ("two thousand", "1.2 million", "a dozen").
#[rustfmt::skip]
pub static SCALE_WORDS: &[NumberWord] = &[
    nw("dozen", 12, "It cut a dozen jobs."),
    nw("hundred", 100, "Two hundred workers were let go."),
    nw("thousand", 1_000, "It cut 3.5 thousand jobs."),
    nw("million", 1_000_000, "The sector lost 1.2 million jobs."),
    // The Indian numbering system: a lakh is a hundred thousand.
    nw("lakh", 100_000, "The sector lost 1.5 lakh jobs."),
    nw("lakhs", 100_000, "The sector lost 2 lakhs jobs."),
    nw("billion", 1_000_000_000, "A billion users."),
];

/// Scale suffixes glued to digits ("10k jobs"). "m"/"bn" are mostly money, which the
/// currency rules catch first ("£5m").
#[rustfmt::skip]
pub static SUFFIX_SCALES: &[NumberWord] = &[
    nw("k", 1_000, "It cut 10k jobs."),
    nw("m", 1_000_000, "The sector lost 2m jobs."),
    nw("mn", 1_000_000, "The sector lost 2mn jobs."),
    nw("mln", 1_000_000, "The sector lost 2mln jobs."),
    nw("bn", 1_000_000_000, "A 1bn audience."),
];

/// The shapes of the words of [`UNIT_WORDS`], [`TENS_WORDS`], [`SCALE_WORDS`] and
/// [`SUFFIX_SCALES`], the tables [`lookup`] reads.
static NUMBER_WORD_GATE: crate::wordset::WordGate = {
    let mut g: crate::wordset::WordGate = [0; 256];
    let tables = [UNIT_WORDS, TENS_WORDS, SCALE_WORDS, SUFFIX_SCALES];
    let mut k = 0;
    while k < tables.len() {
        let mut i = 0;
        while i < tables[k].len() {
            g = crate::wordset::gate_add(g, tables[k][i].word);
            i += 1;
        }
        k += 1;
    }
    g
};

/// Whether `word` (lower-case) writes a number or joins one: "three", "forty",
/// "hundred", "and" ("five hundred and fifty"), "a" ("a thousand").
pub fn is_number_word(word: &str) -> bool {
    matches!(word, "and" | "a" | "an" | "some" | "about" | "nearly")
        || [UNIT_WORDS, TENS_WORDS, SCALE_WORDS]
            .iter()
            .any(|table| table.iter().any(|w| w.word == word))
}

fn lookup<'t>(table: &'t [NumberWord], t: &Token) -> Option<&'t NumberWord> {
    // The shapes of every table's words rule out most words before a table is scanned.
    if t.kind != TokKind::Word || !t.passes(&NUMBER_WORD_GATE) {
        return None;
    }
    table.iter().find(|w| t.is(w.word))
}

// ---------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------

/// A parsed number: tokens `start..end`, its value, and how it was written.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Written in digits.
    pub digits: bool,
    /// Has a decimal part and no scale ("3.5"): a percentage maybe, never a headcount.
    pub fractional: bool,
    /// A scale word or suffix multiplied it ("1.2 million", "10k").
    pub scale: u64,
    /// Bare digits with no separator or scale (year candidates, day numbers).
    pub plain: bool,
}

/// Parses the digits of a `Number` token: `12,000`, `1100`, `1.2`. Rejects malformed
/// groups ("1,2,3"), versions ("3.5.1") and absurd lengths.
fn parse_digits(text: &str) -> Option<(f64, bool)> {
    if text.len() > 24 {
        return None;
    }
    // Plain digits ("2025", "300"), most numbers: read in one pass, as `str::parse` would
    // read them (`None` on overflow), without looking for separators first.
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        let mut value: u64 = 0;
        for b in text.bytes() {
            value = value.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
        }
        return Some((value as f64, false));
    }
    let (int_part, frac_part) = match text.split_once('.') {
        Some((a, b)) => {
            if b.contains('.') || b.contains(',') {
                return None;
            }
            (a, Some(b))
        }
        None => (text, None),
    };
    let value = western_groups(int_part).or_else(|| indian_groups(int_part))?;
    let mut v = value as f64;
    let fractional = match frac_part {
        Some(f) => {
            let mut scale = 0.1;
            for c in f.chars() {
                v += f64::from(c.to_digit(10)?) * scale;
                scale /= 10.0;
            }
            true
        }
        None => false,
    };
    Some((v, fractional))
}

/// "12,000", "1,250,000": groups of three after a first of one to three digits.
fn western_groups(int_part: &str) -> Option<u64> {
    let mut groups = int_part.split(',');
    let first = groups.next()?;
    let mut value: u64 = first.parse().ok()?;
    for g in groups {
        if g.len() != 3 || first.len() > 3 || first.is_empty() {
            return None;
        }
        value = value.checked_mul(1000)?.checked_add(g.parse().ok()?)?;
    }
    Some(value)
}

/// The Indian grouping: "1,50,000", "12,50,000", "1,00,00,000" (a last group of three,
/// groups of two before it). A near miss: "1,2,3" is no number.
fn indian_groups(int_part: &str) -> Option<u64> {
    let groups: Vec<&str> = int_part.split(',').collect();
    let (last, rest) = groups.split_last()?;
    let (first, middle) = rest.split_first()?;
    let shaped = last.len() == 3
        && (1..=2).contains(&first.len())
        && !middle.is_empty()
        && middle.iter().all(|g| g.len() == 2);
    if !shaped {
        return None;
    }
    groups.iter().try_fold(0u64, |v, g| {
        let width = 10u64.pow(g.len() as u32);
        v.checked_mul(width)?.checked_add(g.parse().ok()?)
    })
}

/// Parses a number at token `i`: digits (with an optional scale word or glued suffix) or
/// spelled-out words ("forty-five", "two thousand", "a dozen", "half a million").
pub(crate) fn parse_number(toks: &[Token], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Number => parse_digit_number(toks, i),
        TokKind::Word => parse_word_number(toks, i),
        TokKind::Punct => None,
    }
}

/// "1.200", "12.500": one to three digits, a full stop and three more.
fn dotted_thousands(text: &str) -> bool {
    text.split_once('.')
        .is_some_and(|(a, b)| (1..=3).contains(&a.len()) && b.len() == 3 && !a.starts_with('0'))
}

/// A noun that counts people or jobs.
fn counts_people(t: &Token) -> bool {
    t.is_any(HEADCOUNT_NOUNS)
}

fn parse_digit_number(toks: &[Token], i: usize) -> Option<Num> {
    let t = &toks[i];
    let (mut value, mut fractional) = parse_digits(t.text)?;
    // "1.200 jobs", "2.500 workers": continental Europe groups thousands with a full
    // stop, and three decimals before a noun of people are no fraction of a person.
    // (A near miss: "1.2 jobs per vacancy" has one decimal.)
    if fractional && dotted_thousands(t.text) && toks.get(i + 1).is_some_and(counts_people) {
        value = (value * 1000.0).round();
        fractional = false;
    }
    let mut j = i + 1;
    // Thousands grouped by a space, as South African, French and SI style write them:
    // "about 7 400 jobs", "1 250 000 workers". A near miss: "on March 5 300 workers".
    let groups = space_groups(toks, i);
    if groups > 0 {
        for g in &toks[i + 1..=i + groups] {
            value = value * 1000.0 + g.text.parse::<f64>().ok()?;
        }
        j += groups;
    }
    let mut scale = 1u64;
    if let Some(n) = toks.get(j) {
        if !n.ws_before {
            if let Some(s) = lookup(SUFFIX_SCALES, n) {
                scale = s.value;
                j += 1;
            }
        } else if let Some(s) = lookup(SCALE_WORDS, n) {
            scale = s.value;
            j += 1;
            // "1.5 hundred thousand" is rare; "two hundred thousand" is handled by words.
            if s.value == 100 {
                if let Some(s2) = toks.get(j).and_then(|n2| lookup(SCALE_WORDS, n2)) {
                    if s2.value > 100 {
                        scale = 100 * s2.value;
                        j += 1;
                    }
                }
            }
        }
    }
    value *= scale as f64;
    if !value.is_finite() || value > 1e15 {
        return None;
    }
    Some(Num {
        start: i,
        end: j,
        value,
        digits: true,
        fractional: fractional && scale == 1,
        scale,
        plain: scale == 1 && !fractional && !t.text.contains(','),
    })
}

/// How many three-digit groups follow the digits at `i`, each after exactly one space
/// (plain, no-break or thin): "7 400" has one. The first part has one to three digits,
/// and no month or number comes before it ("March 5 300 workers" is a day and a count).
fn space_groups(toks: &[Token], i: usize) -> usize {
    let t = &toks[i];
    let short = (1..=3).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_digit());
    if !short || i > 0 && (toks[i - 1].kind == TokKind::Number || month_ends_before(toks, i)) {
        return 0;
    }
    let mut n = 0;
    let mut prev = t;
    while let Some(g) = toks.get(i + 1 + n) {
        let gap = g.start.saturating_sub(prev.end);
        let spaced = matches!(gap, 1..=3);
        let three = g.kind == TokKind::Number
            && g.text.len() == 3
            && g.text.bytes().all(|b| b.is_ascii_digit());
        if !(spaced && three) {
            break;
        }
        n += 1;
        prev = g;
    }
    n
}

#[derive(PartialEq, Clone, Copy)]
enum Last {
    None,
    Unit,
    Tens,
    Hundred,
    Big,
}

fn parse_word_number(toks: &[Token], i: usize) -> Option<Num> {
    let t = &toks[i];
    let mut j = i;
    let mut total: u64 = 0;
    let mut cur: u64 = 0;
    let mut last = Last::None;
    // "a thousand", "a dozen", "half a million"
    if t.is_any(&["a", "an", "half"]) {
        let half = t.is("half");
        let k = if half && toks.get(i + 1).is_some_and(|n| n.is("a")) {
            i + 2
        } else {
            i + 1
        };
        let s = toks.get(k).and_then(|n| lookup(SCALE_WORDS, n))?;
        if half && k == i + 1 {
            return None;
        }
        let v = if half { s.value / 2 } else { s.value };
        if s.value == 100 {
            cur = v;
            last = Last::Hundred;
        } else if s.value == 12 {
            cur = v;
            last = Last::Tens;
        } else {
            total = v;
            last = Last::Big;
        }
        j = k + 1;
    }
    while let Some(w) = toks.get(j) {
        if w.kind != TokKind::Word {
            break;
        }
        if let Some(tens) = lookup(TENS_WORDS, w) {
            if matches!(last, Last::Unit | Last::Tens) {
                break;
            }
            cur += tens.value;
            j += 1;
            last = Last::Tens;
            // "forty-five" / "forty five"
            let (hy, k) = match toks.get(j) {
                Some(h) if is_hyphen(h) && !h.ws_before => (true, j + 1),
                _ => (false, j),
            };
            if let Some(u) = toks.get(k).and_then(|n| lookup(UNIT_WORDS, n)) {
                if u.value < 10 && (!hy || !toks[k].ws_before) {
                    cur += u.value;
                    j = k + 1;
                    last = Last::Unit;
                }
            }
            continue;
        }
        if let Some(u) = lookup(UNIT_WORDS, w) {
            if matches!(last, Last::Unit | Last::Tens) {
                break;
            }
            cur += u.value;
            j += 1;
            last = Last::Unit;
            continue;
        }
        if let Some(s) = lookup(SCALE_WORDS, w) {
            match last {
                Last::None => break,
                _ if s.value == 12 => {
                    if !matches!(last, Last::Unit | Last::Tens) {
                        break;
                    }
                    cur = cur.checked_mul(12)?;
                    last = Last::Tens;
                }
                _ if s.value == 100 => {
                    if !matches!(last, Last::Unit | Last::Tens) {
                        break;
                    }
                    cur = cur.checked_mul(100)?;
                    last = Last::Hundred;
                }
                _ => {
                    if cur == 0 && last == Last::Big {
                        break;
                    }
                    total = total.checked_add(cur.max(1).checked_mul(s.value)?)?;
                    cur = 0;
                    last = Last::Big;
                }
            }
            j += 1;
            continue;
        }
        // "two hundred and fifty"
        if w.is("and") && matches!(last, Last::Hundred | Last::Big) {
            let next = toks.get(j + 1);
            if next
                .is_some_and(|n| lookup(UNIT_WORDS, n).is_some() || lookup(TENS_WORDS, n).is_some())
            {
                j += 1;
                last = Last::None;
                // Allow the unit/tens after "and" even though `last` was a scale.
                continue;
            }
        }
        break;
    }
    if j == i {
        return None;
    }
    let value = total.checked_add(cur)?;
    if value == 0 {
        return None;
    }
    Some(Num {
        start: i,
        end: j,
        value: value as f64,
        digits: false,
        fractional: false,
        scale: 1,
        plain: false,
    })
}

/// Nouns of a workforce: a four-digit number before one is a count, not a year, and a
/// fraction before "of" one is a share.
#[rustfmt::skip]
pub static HEADCOUNT_NOUNS: &[&str] = &[
    "employees", "employee", "workers", "worker", "jobs", "job", "staff", "staffers", "staffs", "people",
    "roles", "positions", "posts", "workforce", "team", "teams", "personnel", "headcount",
    "members", "associates", "contractors", "engineers",
];

// ---------------------------------------------------------------------------------------
// Month words
// ---------------------------------------------------------------------------------------

/// A month name or abbreviation.
pub struct MonthWord {
    pub word: &'static str,
    pub month: u32,
    /// Abbreviations need a day or a year after them ("Jan. 30", "Sept 2022").
    pub abbrev: bool,
    pub example: &'static str,
    pub expect: &'static str,
}

const fn mw(
    word: &'static str,
    month: u32,
    abbrev: bool,
    example: &'static str,
    expect: &'static str,
) -> MonthWord {
    MonthWord {
        word,
        month,
        abbrev,
        example,
        expect,
    }
}

#[rustfmt::skip]
pub static MONTHS: &[MonthWord] = &[
    mw("january", 1, false, "In January, Alphabet cut 12,000 jobs.", "2025-01-01"),
    mw("jan", 1, true, "The memo went out Jan 30.", "2025-01-30"),
    mw("february", 2, false, "It trimmed staff in February 2025.", "2025-02-01"),
    mw("feb", 2, true, "Cuts began Feb. 3, 2023.", "2023-02-03"),
    mw("march", 3, false, "The plant closes in March.", "2025-03-01"),
    mw("mar", 3, true, "Notices went out Mar. 9, 2024.", "2024-03-09"),
    mw("april", 4, false, "It shut the office in April.", "2025-04-01"),
    mw("apr", 4, true, "Filed Apr. 1, 2020.", "2020-04-01"),
    mw("may", 5, false, "The hospital said May 16 it would cut jobs.", "2025-05-16"),
    mw("june", 6, false, "Cuts are due by 30 June 2022.", "2022-06-30"),
    mw("jun", 6, true, "Effective Jun. 5, 2021.", "2021-06-05"),
    mw("july", 7, false, "AWS cut jobs on July 17, 2025.", "2025-07-17"),
    mw("jul", 7, true, "Published Jul. 17, 2025.", "2025-07-17"),
    mw("august", 8, false, "In August, the company announced 4,700 job cuts.", "2024-08-01"),
    mw("aug", 8, true, "Aug. 2, 2022 memo", "2022-08-02"),
    mw("september", 9, false, "In September 2022, Twilio laid off 11%.", "2022-09-01"),
    mw("sept", 9, true, "It was announced Sept. 2.", "2024-09-02"),
    mw("sep", 9, true, "Sep 28, 2020 IPO", "2020-09-28"),
    mw("october", 10, false, "Terminations are effective October 15, 2019.", "2019-10-15"),
    mw("oct", 10, true, "Oct. 31, 2019 call", "2019-10-31"),
    mw("november", 11, false, "Meta cut 11,000 in November.", "2024-11-01"),
    mw("nov", 11, true, "Nov. 3, 2022 memo", "2022-11-03"),
    mw("december", 12, false, "It has been cutting since December 2020.", "2020-12-01"),
    mw("dec", 12, true, "Dec. 8, 2020 list", "2020-12-08"),
];

pub(crate) fn word_in<'t, T>(table: &'t [T], t: &Token, key: impl Fn(&T) -> &str) -> Option<&'t T> {
    if t.kind != TokKind::Word {
        return None;
    }
    table.iter().find(|e| t.is(key(e)))
}

pub(crate) fn glued(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| !t.ws_before)
}

pub(crate) fn is_punct(t: Option<&Token>, p: &str) -> bool {
    t.is_some_and(|t| t.kind == TokKind::Punct && t.text == p)
}

/// The shapes of the month words: most capitalised words have none of them, and are told
/// so before the table is scanned.
static MONTH_GATE: crate::wordset::WordGate = {
    let mut g: crate::wordset::WordGate = [0; 256];
    let mut i = 0;
    while i < MONTHS.len() {
        g = crate::wordset::gate_add(g, MONTHS[i].word);
        i += 1;
    }
    g
};

/// A capitalised month word at `i` (with the period of an abbreviation): (month, next
/// index, entry).
pub(crate) fn month_at(toks: &[Token], i: usize) -> Option<(u32, usize, &'static MonthWord)> {
    let t = toks.get(i)?;
    if !t.is_capitalized() || t.text.len() < 3 || !t.passes(&MONTH_GATE) {
        return None;
    }
    let m = word_in(MONTHS, t, |m| m.word)?;
    let mut j = i + 1;
    if m.abbrev && is_punct(toks.get(j), ".") && glued(toks, j) {
        j += 1;
    }
    Some((m.month, j, m))
}

/// A month word ends right before token `i` ("July 17", "Jul. 17"). Used by `quantity`
/// to tell day numbers from counts.
pub(crate) fn month_ends_before(toks: &[Token], i: usize) -> bool {
    (i >= 1 && month_at(toks, i - 1).is_some_and(|(_, j, m)| j == i && is_date_month(m, toks, i)))
        || (i >= 2 && month_at(toks, i - 2).is_some_and(|(_, j, _)| j == i))
}

/// A month word starts at token `j` ("17 July").
pub(crate) fn month_starts_at(toks: &[Token], j: usize) -> bool {
    let k = if toks.get(j).is_some_and(|t| t.is("of")) {
        j + 1
    } else {
        j
    };
    month_at(toks, k).is_some()
}

fn is_date_month(m: &MonthWord, _toks: &[Token], _i: usize) -> bool {
    let _ = m;
    true
}

/// Words that end a street's name: the common ones of the USPS street suffix list (C1)
/// and their UK and Australian twins ("Harbor Street", "Commerce Parkway").
pub(crate) const STREET_SUFFIXES: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "drive",
    "dr",
    "lane",
    "ln",
    "way",
    "parkway",
    "pkwy",
    "place",
    "pl",
    "court",
    "ct",
    "highway",
    "hwy",
    "square",
    "terrace",
    "circle",
    "plaza",
    "turnpike",
    "expressway",
    "freeway",
    "pike",
];
