//! Organisation mentions (the `Org` lexicon layer): capitalised token sequences with
//! legal suffixes, dotted names ("Crypto.com"), ampersands ("Bed Bath & Beyond"),
//! possessives ("Amazon’s") and parenthesised aliases ("Amazon Web Services (AWS)"),
//! minus what is not an employer: people, places, months, titles, sentence-initial
//! common words and news outlets cited as sources.

use crate::places;
use crate::tokens::{TokKind, Token};
use crate::wordset::{gate_insert, with_lower, FxMap, FxSet, Packed, WordGate, WordSet};
use std::cell::RefCell;
use std::sync::OnceLock;

/// Legal forms: kept in the full name, dropped from the display name.
/// Example: "Alphabet Inc. will lay off 12,000" → Alphabet (alias "Alphabet Inc.").
pub const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "ltd",
    "limited",
    "llc",
    "plc",
    "ag",
    "se",
    "sa",
    "nv",
    "gmbh",
    "llp",
    "lp",
    // Wire copy's "Companies": "Lowe's Cos", "Estee Lauder Cos".
    "cos",
    // Malaysia's "Sdn Bhd" and "Berhad", Singapore's "Pte Ltd", Australia's "Pty Ltd".
    "sdn",
    "bhd",
    "berhad",
    "pte",
    "pty",
];

/// The members of public bodies, no employer's name where they stand alone (see
/// `leading_common`).
const BODY_MEMBERS: &[&str] = &[
    "councillors",
    "councilors",
    "commissioners",
    "trustees",
    "supervisors",
    "aldermen",
    "senators",
    "governors",
];

/// Capitalised words that are never (the start of) an employer's name on their own.
/// Example: "The company said on Monday" names no company.
const NOT_NAMES: &[&str] = &[
    // Indefinite pronouns: "Anyone laid off will receive 10 weeks of pay".
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "whoever",
    "of",
    "and",
    "these",
    "those",
    "there",
    "their",
    "they",
    "we",
    "our",
    "us",
    "he",
    "she",
    "his",
    "her",
    "i",
    "you",
    "your",
    "my",
    "without",
    "despite",
    "following",
    "having",
    // Prepositions that open a sentence's place or time: "Across Ireland, more than 900
    // jobs have been lost".
    "across",
    "throughout",
    "amid",
    "among",
    // Adjectives of nearness that open a noun phrase before a name: "Neighbouring
    // Yarrawong Shire cut 30 roles last year", "Nearby Kessler Foods".
    "neighbouring",
    "neighboring",
    "nearby",
    // Participles that open a headline's noun phrase of statistics: "Announced U.S. job
    // cuts climb 20%", "Reported layoffs fall". (Not "planned": Planned Parenthood.)
    "announced",
    "reported",
    "proposed",
    "expected",
    "estimated",
    // Auxiliaries that open a gerund's clause: "Being laid off is stressful".
    "being",
    "getting",
    "other",
    "some",
    "many",
    "most",
    "more",
    "all",
    "both",
    "each",
    "every",
    "another",
    "last",
    "next",
    "first",
    "second",
    "third",
    "earlier",
    "later",
    "meanwhile",
    "still",
    "also",
    "however",
    "even",
    "just",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "here",
    "what",
    "why",
    "how",
    "who",
    "where",
    "which",
    "if",
    "so",
    "than",
    "then",
    "because",
    "over",
    "under",
    "into",
    "ceos",
    "vps",
    "vp",
    "execs",
    "svp",
    "evp",
    "officer",
    "chairwoman",
    "co-founder",
    "head",
    "senior",
    "manager",
    "mr",
    "mrs",
    "ms",
    "dr",
    "q1",
    "q2",
    "q3",
    "q4",
    "h1",
    "h2",
    "fy",
    "ai",
    "covid",
    "coronavirus",
    "sec",
    "warn",
    "ipo",
    "tldr",
    // "in the midst of a Chapter 11 bankruptcy case"
    "chapter",
    // "Due to its financial situation, the company laid off ..."
    "due",
    // Economic indicators: "would reduce GDP by 0.25 percent".
    "gdp",
    "gnp",
    "cpi",
    "ppi",
    "pmi",
    // Full-time equivalents, a measure of staff: "45 FTE roles", "150 FTEs".
    "fte",
    "ftes",
    "faq",
    "faqs",
    "q",
    "ad",
    "ads",
    "read",
    "related",
    "photo",
    "image",
    "source",
    "sources",
    "breaking",
    "exclusive",
    "news",
    "report",
    "reports",
    "job",
    "jobs",
    "cuts",
    "why",
    "gen",
    "generative",
    "artificial",
    "intelligence",
    "inside",
    "opinion",
    "analysis",
    "subscribe",
    "advertisement",
    "twitter",
    "companies",
    "up",
    "down",
    "out",
    "firms",
    "businesses",
    "startups",
    "executives",
    "analysts",
    "experts",
    "investors",
    "customers",
    "employees",
    "workers",
    // Groups and numbers of people: "Thousands lost their jobs", "Officials laid off",
    // "Lawmakers called on Globex to reverse the cuts", "Shareholders on Monday voted".
    "staff",
    "personnel",
    "colleagues",
    "crews",
    "lawmakers",
    "legislators",
    "regulators",
    "shareholders",
    "stockholders",
    "unions",
    "directors",
    "ministers",
    "authorities",
    "critics",
    "activists",
    "protesters",
    "economists",
    "consumers",
    "shoppers",
    "voters",
    "officials",
    // Who winds a firm up: "Administrators have made 212 staff redundant" are the
    // firm's, not an employer of their own.
    "administrators",
    "receivers",
    "liquidators",
    "staffers",
    "residents",
    "members",
    "managers",
    "hundreds",
    "thousands",
    "dozens",
    "millions",
    "fyi",
    "below",
    "above",
    "linkedin",
    "facebook",
    "instagram",
    "youtube",
    "reddit",
    "tiktok",
    "google",
    "apple",
    "microsoft",
    "amazon",
    "meta",
    "x",
];

/// Words that open a short time phrase between a subject and its verb ("on Monday",
/// "last week", "earlier this month") and head none of it alone.
const TIME_OPENERS: &[&str] = &["on", "last", "this", "earlier", "late"];

/// Words that head such a phrase, besides month and weekday names ([`CALENDAR`]'s);
/// "yesterday" and "today" may open it too.
const TIME_HEADS: &[&str] = &[
    "yesterday",
    "today",
    "week",
    "month",
    "year",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
];

/// Month and weekday names: never a company, and they end a name ("Journal On Monday").
const CALENDAR: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Outlets that are usually cited as sources, not as employers.
/// Example: "according to The Wall Street Journal" names no employer.
const OUTLETS: &[&str] = &[
    "reuters",
    "bloomberg",
    "cnbc",
    "axios",
    "wall street journal",
    "the wall street journal",
    "wsj",
    "new york times",
    "the new york times",
    "the information",
    "the verge",
    "cnn",
    "bbc",
    "financial times",
    "forbes",
    "fortune",
    "associated press",
    "ap",
    "upi",
    "insider",
    "semafor",
    "layoffs.fyi",
    "techcrunch",
    "business insider",
    "the guardian",
    "guardian",
    "sky news",
    "yahoo finance",
    "marketwatch",
    "barron's",
    "seeking alpha",
    "crunchbase",
    "pti",
    "ians",
    "moneycontrol",
    "economic times",
    "the economic times",
    "bureau of labor statistics",
    "labor department",
    "department of labor",
    "ons",
    "office for national statistics",
];

/// Common given names: "Andy Jassy" is a person, so "Jassy" alone is too. The US Census
/// 1990 given names borne by at least 0.05% of men or of women, less words, months and
/// places, as `data/first_names.tsv` (made by `data/gen_places.py`) says: `name<TAB>percent`.
const FIRST_NAMES: &str = include_str!("../data/first_names.tsv");

fn first_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        WordSet::new(
            FIRST_NAMES
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split('\t').next()),
        )
    })
}

#[cfg(test)]
mod first_name_tests {
    #[test]
    fn common_given_names_and_not_words_months_or_places() {
        let names = super::first_names();
        for n in ["James", "Mary", "Mark", "Andy", "Jeff", "Susan", "Brian"] {
            assert!(names.contains(n), "{n}");
        }
        // Near misses: names that are also common words, months or places.
        for n in [
            "May", "June", "Hope", "Will", "Georgia", "Jordan", "India", "Amazon",
        ] {
            assert!(!names.contains(n), "{n}");
        }
    }
}

fn not_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(NOT_NAMES.iter().chain(NAME_ENDERS).chain(CALENDAR).copied()))
}

/// What the whole document tells about its names, gathered once before frames are built.
#[derive(Debug, Default)]
pub struct NameContext<'a> {
    /// Capitalised words the text also writes in lower case: "Online" at a sentence start
    /// is not a name.
    pub lower_words: LowerForms,
    /// Surnames and full names of people ("Jassy", "Andy Jassy").
    pub people: FxSet<String>,
    /// Capitalised words seen inside a sentence, not at its start: "Twilio" in "... said
    /// Twilio" is a name; "Interestingly" only ever opens sentences.
    pub mid_caps: FxSet<&'a str>,
    /// Capitalised words that open a sentence (not in a title-case line): with
    /// `mid_caps`, every word the text writes as a name ("Orange shares rose 2%").
    pub opening_caps: FxSet<&'a str>,
    /// Names the text calls a union ("Unite the union", "the GMB union"): bodies that
    /// speak about cuts, like the outlets that report them.
    pub unions: FxSet<&'a str>,
    /// What [`plausible`] answered for each name asked so far: a page names its company
    /// again and again, and the answer depends only on the name and this context.
    plausible: RefCell<FxMap<Box<str>, bool>>,
}

/// A headline-style line ("Managing a Possible Layoff") capitalises common words, so its
/// capitals say nothing about names.
/// A word of four letters or more that such a line leaves in lower case is a preposition
/// or conjunction ("with", "from", "into"): a lower-case verb or noun ("Layoffs at Acme
/// Corp began on Monday") makes the line a sentence, whatever its share of capitals.
/// A shorter word left in lower case other than an article, a short preposition or
/// conjunction ("is", "big", "cut") is no headline's either: "Initech Corp is big." is a
/// sentence, "Acme Corp Cuts Jobs in Ohio" a headline.
pub fn is_title_case(toks: &[Token]) -> bool {
    let (mut long, mut caps) = (0, 0);
    for t in toks.iter().filter(|t| t.kind == TokKind::Word) {
        if t.text.len() < 4 {
            if t.text.bytes().all(|b| b.is_ascii_lowercase()) && !t.is_any_of(title_short_lower()) {
                return false;
            }
            continue;
        }
        long += 1;
        if t.is_capitalized() {
            caps += 1;
        } else if !t.is_any_of(title_lower()) {
            return false;
        }
    }
    long >= 2 && caps * 10 >= long * 7
}

/// Words of four letters or more that title case may leave in lower case.
const TITLE_LOWER: &[&str] = &[
    "with", "from", "into", "onto", "over", "upon", "than", "that", "when", "amid", "after",
    "about", "under", "until", "while", "near", "like", "past", "through", "without", "within",
    "during", "since", "before", "across", "against", "among", "between", "toward", "towards",
    "despite", "versus", "unless",
];

/// Words of three letters or fewer that title case leaves in lower case.
const TITLE_SHORT_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "per", "to", "up", "via", "vs", "v", "out", "de", "la", "von", "van", "der", "du",
    "le", "di", "da", "s", "t", "m", "re", "ll", "ve", "d", "x",
];

/// Whether a word's first character is lower-case, answered from the first byte when
/// that is ASCII.
#[inline]
pub(crate) fn starts_lower(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.chars().next().is_some_and(char::is_lowercase),
    }
}

impl<'a> NameContext<'a> {
    pub fn new(sentences: &[&[Token<'a>]]) -> Self {
        // Sized up front: growing a set rehashes it, and every document builds these anew.
        let words: usize = sentences.iter().map(|s| s.len()).sum();
        let cap = words / 8;
        let mut ctx = NameContext {
            lower_words: LowerForms::with_capacity(cap),
            people: FxSet::default(),
            mid_caps: FxSet::with_capacity_and_hasher(cap, Default::default()),
            opening_caps: FxSet::default(),
            unions: FxSet::default(),
            plausible: RefCell::default(),
        };
        // Lower-case forms of the capitalised words: the only words whose lower-case use
        // anyone asks about, so the rest of the vocabulary is never stored.
        for toks in sentences {
            let title = is_title_case(toks);
            let mut opened = false;
            for (i, t) in toks.iter().enumerate() {
                if t.kind != TokKind::Word {
                    if t.text == ":" {
                        // What follows a colon opens a unit (`opens_a_unit`).
                        opened = false;
                    }
                    continue;
                }
                let inside = opened;
                opened = true;
                // Most words are in lower case and no "union": they tell nothing here, and
                // are passed over in a few instructions.
                if !t.is_capitalized() && t.shape != UNION_SHAPE && starts_lower(t.text) {
                    continue;
                }
                ctx.note_word(toks, i, inside, title);
            }
        }
        for toks in sentences {
            for (i, t) in toks.iter().enumerate() {
                if !ctx.lower_words.may_hold(t) {
                    continue;
                }
                // Words glued to digits or slashes ("arkansasonline.com/1122wework") are URLs.
                let glued = !t.ws_before
                    && i > 0
                    && !matches!(toks[i - 1].text, "“" | "\"" | "(" | "‘" | "'");
                if t.kind == TokKind::Word && !glued && starts_lower(t.text) {
                    ctx.lower_words.mark(t.text);
                }
            }
        }
        ctx
    }
}

impl<'a> NameContext<'a> {
    /// What word `i` of a sentence (`title` when the sentence is title case) tells of the
    /// text's names: the unions it calls so, the lower-case form of a word not in lower case
    /// (and a capitalised word inside a sentence, after another word), and people named by
    /// a first name or a role. `inside`: a word came before it in the sentence or after
    /// its last colon. Out of line: most words are passed over before it.
    #[inline(never)]
    fn note_word(&mut self, toks: &[Token<'a>], i: usize, inside: bool, title: bool) {
        let t = &toks[i];
        called_unions_at(toks, i, &mut self.unions);
        if !starts_lower(t.text) {
            self.lower_words.add_lower_of(t.text);
            if !title && inside {
                self.mid_caps.insert(t.text);
            } else if !title && t.is_capitalized() {
                self.opening_caps.insert(t.text);
            }
        }
        // "Andy Jassy", "CEO Brian Armstrong", "Mr. Pichai"
        if !t.is_capitalized() {
            return;
        }
        // (A role in lower case before two capitalised words names a person whose given
        // name the census list may lack: "chief executive Mia Larsen", "spokeswoman Ana
        // Ruiz".)
        let role_before = i > 0
            && !toks[i - 1].is_capitalized()
            && toks[i - 1].is_any(&[
                "executive",
                "officer",
                "president",
                "chairman",
                "chairwoman",
                "founder",
                "co-founder",
                "cofounder",
                "spokesperson",
                "spokesman",
                "spokeswoman",
                "director",
                "boss",
            ])
            && toks
                .get(i + 1)
                .is_some_and(|n| n.is_capitalized() && n.ws_before && !is_legal_suffix(n.text));
        let first_name =
            first_names().contains_token(t) || described_person(toks, i) || role_before;
        // A role right before the name: "new Tribune owner Sam Zell", "executive
        // editor Bill Keller", "spokeswoman Jane Roe".
        // (Not a trade that names firms too, before a firm's name: "broadcaster Tamar
        // Broadcasting Corporation", "Regional broadcaster Kestrel Media"; a near miss:
        // "broadcaster Jane Roe" is a person.)
        let titled = i > 0
            && toks[i - 1].is_any_of(person_titles())
            && !(crate::lexicon::is_trade_noun(toks[i - 1].text) && firm_run_at(toks, i));
        if first_name || titled {
            if let Some(next) = toks.get(i + 1) {
                // ("Kent County Council", "Austin Community College", "Lincoln City
                // Council": a given name before a word of public bodies names a place.)
                if next.is_capitalized()
                    && next.ws_before
                    && !is_legal_suffix(next.text)
                    && !next.is_any_of(firm_heads())
                    && !next.is_any(PUBLIC_BODY_WORDS)
                {
                    self.people.insert(next.text.to_string());
                    self.people.insert(format!("{} {}", t.text, next.text));
                    // A name of three words: "Co-founder Mei Lin Tan", "Mary Ann Smith"
                    // (a given name or an officer's role; not an owner's, whose name may
                    // be a firm's: "owner Tamar Valley Press").
                    let person = first_names().contains_token(t) || role_before;
                    if let Some(third) = toks.get(i + 2).filter(|w| {
                        person
                            && w.is_capitalized()
                            && w.ws_before
                            && !is_legal_suffix(w.text)
                            && !w.is_any_of(firm_heads())
                            && !w.is_any(PUBLIC_BODY_WORDS)
                    }) {
                        self.people
                            .insert(format!("{} {} {}", t.text, next.text, third.text));
                    }
                }
            }
            if titled && !first_name {
                self.people.insert(t.text.to_string());
            }
        }
    }
}

/// Whether the run of capitalised words at `i` (up to five) holds a firm's head word or a
/// legal suffix: "Kestrel Media", "Tamar Broadcasting Corporation".
fn firm_run_at(toks: &[Token], i: usize) -> bool {
    toks[i..(i + 5).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Word && t.is_capitalized())
        .any(|t| t.is_any_of(firm_heads()) || is_legal_suffix(t.text))
}

/// The lower-case forms (as `str::to_lowercase` gives them) of a text's capitalised words,
/// each marked once the text also writes it so, in lower case.
///
/// Kept as exact keys without a `String` for each: nearly every word is ASCII and at most
/// 16 bytes long, and those are kept as word sets key them ([`Packed`]).
#[derive(Debug)]
pub struct LowerForms {
    packed: FxMap<Packed, bool>,
    /// Forms that do not pack (longer or non-ASCII).
    other: FxMap<String, bool>,
    /// The shapes of the forms (length, first and last byte, as word gates read them):
    /// most words fail this test and skip the hash probe.
    gate: WordGate,
}

impl Default for LowerForms {
    fn default() -> Self {
        LowerForms::with_capacity(0)
    }
}

impl LowerForms {
    fn with_capacity(cap: usize) -> Self {
        LowerForms {
            packed: FxMap::with_capacity_and_hasher(cap, Default::default()),
            other: FxMap::default(),
            gate: [0; 256],
        }
    }

    /// Adds the lower-case form of `word`, unmarked unless already marked.
    fn add_lower_of(&mut self, word: &str) {
        if let Some(key) = Packed::raw(word.as_bytes()).map(Packed::lowered) {
            // ASCII lower-casing keeps the length, and a gate reads a letter in either
            // case alike: the word's shape is that of its lower-case form.
            gate_insert(&mut self.gate, word);
            self.packed.entry(key).or_insert(false);
            return;
        }
        // Rare: long or non-ASCII words. A non-ASCII word may lower-case to ASCII
        // ("\u{212A}" KELVIN SIGN to "k"), so the form is keyed as what it became.
        let lower = word.to_lowercase();
        gate_insert(&mut self.gate, &lower);
        match Packed::raw(lower.as_bytes()) {
            Some(key) => {
                self.packed.entry(key).or_insert(false);
            }
            None => {
                self.other.entry(lower).or_insert(false);
            }
        }
    }

    /// Whether a token, as written, could be a form: false for most words, without a
    /// probe.
    #[inline]
    fn may_hold(&self, t: &Token) -> bool {
        t.passes(&self.gate)
    }

    /// Marks `word`, as written, if it is a form.
    fn mark(&mut self, word: &str) {
        let seen = match Packed::raw(word.as_bytes()) {
            Some(key) => self.packed.get_mut(&key),
            None => self.other.get_mut(word),
        };
        if let Some(seen) = seen {
            *seen = true;
        }
    }

    /// Whether the text writes `word` in lower case: its lower-case form is a marked form.
    pub fn in_lower_case(&self, word: &str) -> bool {
        let seen = match Packed::raw(word.as_bytes()).map(Packed::lowered) {
            Some(key) => self.packed.get(&key),
            // Long or non-ASCII words: lower-cased the slow way.
            None => with_lower(word, |lower| match Packed::raw(lower.as_bytes()) {
                Some(key) => self.packed.get(&key),
                None => self.other.get(lower),
            }),
        };
        seen == Some(&true)
    }
}

/// An organisation mentioned in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    /// Token index range, inclusive, within the sentence.
    pub first: usize,
    pub last: usize,
    /// Display name: legal suffix dropped ("Alphabet").
    pub name: String,
    /// As written, with the suffix ("Alphabet Inc.").
    pub full: String,
    /// Followed by "’s".
    pub possessive: bool,
    /// "Amazon Web Services (AWS)": the parenthesised short form.
    pub alias: Option<String>,
    /// Cited as a source ("according to Reuters"), not an employer.
    pub cited: bool,
}

/// Whether `short` is the first words of the longer `long`: "Goldman" of "Goldman Sachs",
/// "Starbucks" of "Starbucks Coffee" (not "Gold" of "Goldman Sachs").
pub(crate) fn begins_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len() + 1 && long.starts_with(short) && long.as_bytes()[short.len()] == b' '
}

/// A name's comparison key: lower case, words only, without "the" and legal forms
/// ("The Walt Disney Co." → "walt disney"). The one key both a document's claims and
/// the event store compare companies by.
pub fn company_key(name: &str) -> String {
    let key = if name.is_ascii() {
        company_key_ascii(name)
    } else {
        company_key_any(name)
    };
    // "The Limited": a name made only of "the" and legal forms keeps them all, or every
    // such name would share the empty key. (A near miss: "The
    // Walt Disney Co." keeps its words and drops the rest.)
    if key.is_empty() {
        return name
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    key
}

/// [`company_key`] of any name.
fn company_key_any(name: &str) -> String {
    let lower = name.to_lowercase();
    // One string built in place: keys are made for every name and alias a claim holds.
    let mut out = String::with_capacity(lower.len());
    // (A possessive's "s" goes, as in [`company_key_ascii`]: "Macy’s" is `macy`. A word
    // split from `lower` starts at its offset there.)
    let possessive_s = |w: &str| {
        let at = w.as_ptr() as usize - lower.as_ptr() as usize;
        w == "s" && lower[..at].ends_with(['\'', '’'])
    };
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !possessive_s(w))
        .filter(|w| !w.is_empty() && !is_legal_suffix(w) && *w != "the")
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// [`company_key`] of an ASCII name, from its bytes: lower-casing keeps every byte in
/// place and `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`, so the words are
/// cut from the name itself and lower-cased once in the key.
fn company_key_ascii(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let b = name.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let end = b[start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |n| start + n);
        let w = &name[start..end];
        // (A possessive's "s" goes: "Macy's" is `macy`, as news without the apostrophe
        // names it.)
        let possessive_s = start > 0 && b[start - 1] == b'\'' && w.eq_ignore_ascii_case("s");
        // `is_legal_suffix` ignores ASCII case itself.
        if !w.is_empty() && !is_legal_suffix(w) && !w.eq_ignore_ascii_case("the") && !possessive_s {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        start = end + 1;
    }
    out.make_ascii_lowercase();
    out
}

/// "Alphabet Inc.": the name ends in a legal form.
pub fn has_legal_suffix(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|w| name.contains(' ') && is_legal_suffix(w))
}

pub fn is_legal_suffix(w: &str) -> bool {
    // Trailing dots trimmed by hand: nearly every word has none.
    let dots = w.bytes().rev().take_while(|&b| b == b'.').count();
    let w = &w[..w.len() - dots];
    // As a scan of the table with `eq_ignore_ascii_case` would answer.
    legal_suffixes().contains_ascii_case(w)
}

/// Words that name the corporate wrapper, not another business: "PayPal Holdings" is
/// PayPal. Each entry with the pair it joins.
pub const CORPORATE_WORDS: &[(&str, &str)] = &[
    ("holdings", "PayPal Holdings / PayPal"),
    ("holding", "Siemens Holding / Siemens"),
    ("group", "Alibaba Group / Alibaba"),
    ("technologies", "Unity Technologies / Unity"),
    ("technology", "Wipro Technology / Wipro"),
    ("platforms", "Meta Platforms / Meta"),
    ("international", "Marriott International / Marriott"),
    ("global", "Coinbase Global / Coinbase"),
    ("company", "Ford Motor Company / Ford Motor"),
    ("companies", "Estee Lauder Companies / Estee Lauder"),
    ("enterprises", "Sun Enterprises / Sun"),
    ("industries", "Koch Industries / Koch"),
    ("worldwide", "Expedia Worldwide / Expedia"),
    ("interactive", "IAC Interactive / IAC"),
    ("communications", "Verizon Communications / Verizon"),
    ("systems", "Cisco Systems / Cisco"),
    ("system", "Baptist Health System / Baptist Health"),
];

/// Whether `w` (a key's word, lower case) is one of [`CORPORATE_WORDS`].
pub fn is_corporate_word(w: &str) -> bool {
    CORPORATE_WORDS.iter().any(|(c, _)| *c == w)
}

/// Rule `formal-name`: the words (of keys) a longer name adds to a shorter one make it
/// the same employer's formal name when they are corporate words ("PayPal Holdings"), or
/// one word of trade followed by corporate words ("Zoom Video Communications", "Ford Motor
/// Company"). Business words with no corporate word after them name a division or a
/// subsidiary, however many there are ("Siemens Energy", "BuzzFeed News", "Amazon Web
/// Services", "Google Cloud Platform Services"): a subsidiary is never its parent's alias.
pub fn is_formal_name_of(extra: &[&str]) -> bool {
    let trade = extra.iter().take_while(|w| !is_corporate_word(w)).count();
    trade < extra.len() && trade <= 1 && extra[trade..].iter().all(|w| is_corporate_word(w))
}

#[inline]
fn is_name_token(t: &Token) -> bool {
    if t.kind != TokKind::Word {
        return false;
    }
    // Every token is asked: ASCII words are answered from their bytes in one pass.
    let b = t.text.as_bytes();
    if b[0].is_ascii_uppercase() {
        return true;
    }
    if !b[0].is_ascii_lowercase() {
        return is_name_token_unicode(t.text);
    }
    if b.len() < 3 {
        return false;
    }
    // Tokenizing found any capital of an ASCII word.
    if t.inner_capital {
        return true;
    }
    if t.packable {
        return false;
    }
    for &c in &b[1..] {
        if c >= 0x80 {
            return is_name_token_unicode(t.text);
        }
        if c.is_ascii_uppercase() {
            return true;
        }
    }
    false
}

#[cold]
fn is_name_token_unicode(text: &str) -> bool {
    let mut chars = text.chars();
    let first = chars.next().unwrap_or(' ');
    // "eBay", "iRobot": lower-case initial but capitals inside.
    first.is_uppercase()
        || (first.is_lowercase() && text.len() >= 3 && chars.any(char::is_uppercase))
}

/// Head words of unions and associations whose "of" part "and" may continue once
/// ([`union_field_after_and`]): "Association of Mineworkers and Construction Union".
const UNION_HEADS: &[&str] = &[
    "union",
    "association",
    "federation",
    "confederation",
    "brotherhood",
];

/// At "and" (token `j`) inside a union's name, the capitalised words after it when the
/// last is a union's head word ("and Construction Union", "and Allied Workers"): where
/// they end.
fn union_field_after_and(toks: &[Token], j: usize) -> Option<usize> {
    if !toks[j].is("and") {
        return None;
    }
    let run = toks[j + 1..]
        .iter()
        .take(4)
        .take_while(|n| is_name_token(n) && n.is_capitalized())
        .count();
    (run > 0
        && toks[j + run].is_any(&[
            "union",
            "unions",
            "workers",
            "employees",
            "federation",
            "association",
        ]))
    .then_some(j + run)
}

/// Lower-case particles inside Romance, Dutch and German names: "Banco do Brasil",
/// "Caja de Ahorros", "Van der Valk", "Crédit du Nord".
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "los", "las", "van",
    "von", "der", "den",
];

/// After a capitalised word at `j - 1`, one or two lower-case name particles from `j`
/// ("do", "de la", "van der") and a capitalised word: where that word is.
fn after_particles(toks: &[Token], j: usize) -> Option<usize> {
    let particle =
        |t: &Token| t.kind == TokKind::Word && starts_lower(t.text) && t.is_any(NAME_PARTICLES);
    if !particle(&toks[j]) || !toks[j - 1].is_capitalized() {
        return None;
    }
    let next = if toks.get(j + 1).is_some_and(particle) {
        j + 2
    } else {
        j + 1
    };
    toks.get(next)
        .is_some_and(|n| n.kind == TokKind::Word && n.is_capitalized())
        .then_some(next)
}

/// Orgs in one tokenised sentence, left to right.
pub fn find(sentence: &str, toks: &[Token], ctx: &NameContext<'_>) -> Vec<OrgMention> {
    find_within(sentence, toks, ctx, toks.len())
}

/// [`find`], for mentions that start among the first `limit` tokens.
pub fn find_within(
    sentence: &str,
    toks: &[Token],
    ctx: &NameContext<'_>,
    limit: usize,
) -> Vec<OrgMention> {
    let mut out = Vec::new();
    // "Source: Jane Doe/iStock", "Photo: Globex Images": a picture's credit line names who
    // made or sold the picture, no employer. (A near miss: "Globex Images said it will
    // cut 300 jobs" has no credit's label before the name.)
    if toks.len() >= 2
        && toks[0].is_any(&[
            "source",
            "photo",
            "photograph",
            "image",
            "picture",
            "credit",
        ])
        && toks[1].text == ":"
    {
        return out;
    }
    // The head word that the last name took from a plural before its list.
    let mut distributing: Option<&'static str> = None;
    // Asked only once a run survives its leading words: many lines have none.
    let mut title_case = None;
    let expansions = acronym_expansions(sentence, toks, limit);
    let mut i = 0;
    while i < toks.len().min(limit) {
        if toks[i].text == "(" {
            if let Some(close) = ticker_in_brackets(toks, i) {
                i = close + 1;
                continue;
            }
        }
        if !is_name_token(&toks[i]) {
            i += 1;
            continue;
        }
        if let Some(&(_, close)) = expansions
            .iter()
            .find(|(open, close)| (*open..*close).contains(&i))
        {
            i = close;
            continue;
        }
        let first = i;
        let mut last = i;
        let mut j = i + 1;
        // "Rochester (N.Y.) Regional Health": a state in brackets inside a name, which the
        // name is written without.
        let mut bracketed: Option<(usize, usize)> = None;
        // Inside the "of" part of a government body's name, whose fields "and" joins.
        let mut government_of = false;
        // Inside the "of" part of a union's name, which "and" and a field ending in a
        // union's head word continue once.
        let mut union_of = false;
        while j < toks.len() {
            let t = &toks[j];
            if t.text == "(" && bracketed.is_none() {
                if let Some(close) = state_in_brackets(sentence, toks, j) {
                    bracketed = Some((j, close));
                    last = close + 1;
                    j = close + 2;
                    continue;
                }
            }
            // Function words, dates and titles end a name; "News" in "NBC News" does not.
            let stop_word = t.is_in(run_breakers());
            if is_name_token(t) && !t.is_any(&["said", "says"]) && !stop_word {
                last = j;
                j += 1;
            } else if matches!(t.text, "’" | "'")
                && !t.ws_before
                && toks.get(j + 1).is_some_and(|s| s.is("s") && !s.ws_before)
                && toks.get(j + 2).is_some_and(|n| {
                    n.ws_before && n.is_capitalized() && n.text.len() > 1 && is_legal_suffix(n.text)
                })
            {
                // "Macy's Inc.", "McDonald's Corp": a possessive owns no legal form, so the
                // apostrophe is part of the name before it. (A near miss: "Macy's chief
                // executive" owns a post.)
                last = j + 2;
                j += 3;
            } else if matches!(t.text, "’" | "'")
                && !t.ws_before
                && toks.get(j + 1).is_some_and(|s| s.is("s") && !s.ws_before)
                && toks.get(j + 2).is_some_and(|n| {
                    is_name_token(n) && (places::is_place(n.text) || n.is_any_of(institution_words()))
                })
                // "Initech's Leeds depot": a place before a site is where the site is.
                && !toks
                    .get(j + 3)
                    .is_some_and(|n| n.is_any_of(crate::triggers::site_nouns()))
            {
                // "Children's Minnesota", "Children's Hospital": the possessive is part of the name.
                last = j + 2;
                j += 3;
            } else if matches!(t.text, "'" | "’")
                && !t.ws_before
                && toks[j - 1].text.len() > 2
                && toks[j - 1].text.ends_with('s')
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.ws_before && n.is_capitalized() && n.is_any(MEMBERS_BODIES))
            {
                // "General Employees' Union", "Nurses' Association", "Teachers' Federation":
                // a plural's apostrophe before a body of its members is inside the name.
                last = j + 1;
                j += 2;
            } else if matches!(t.text, "'" | "’")
                && !t.ws_before
                && toks[j - 1].is_any(&["l", "d"])
                && toks[j - 1].text.bytes().all(|b| b.is_ascii_uppercase())
                && toks
                    .get(j + 1)
                    .is_some_and(|n| !n.ws_before && n.is_capitalized())
            {
                // "L'Oréal", "D'Ieteren": a French article glued by an apostrophe to a
                // capitalised word is one word of the name. (Not an Irish "O'": "at
                // O'Hare" names an airport, "O'Neill Hall" a building.)
                last = j + 1;
                j += 2;
            } else if t.text == "&" && toks.get(j + 1).is_some_and(is_name_token) {
                last = j + 1;
                j += 2;
            } else if let Some(to) = after_particles(toks, j) {
                // "Banco do Brasil", "Grupo Aceros del Norte", "Caja de Ahorros", "Banco de
                // la Nación", "Van der Valk": a lower-case particle of a Romance, Dutch or
                // German name between two capitalised words. (A near miss: "Santander de
                // facto controls…" has no capitalised word after it.)
                last = to;
                j = to + 1;
            } else if let Some(to) = body_field(toks, j) {
                // "Bank of America", "University of Michigan", "Bank of New York Mellon":
                // an institution's head word with "of" and a name is one name; so is a
                // public body's with "for" ("Department for Work and Pensions").
                government_of = toks[j - 1].is_any(&["department", "ministry", "office"]);
                union_of = toks[j - 1].is_any(UNION_HEADS);
                last = to;
                j = to + 1;
            } else if government_of
                && t.is("and")
                && toks
                    .get(j + 1)
                    .is_some_and(|n| is_name_token(n) && n.is_capitalized())
            {
                // "Department of Job and Family Services", "Ministry of Housing and Local
                // Government": a government body's fields are one name. (A near miss: "the
                // University of Michigan and Ford" names two.)
                last = j + 1;
                j += 2;
            } else if t.is("and")
                && (last == first && first > 0 && toks[first - 1].is("the")
                    || last == first + 1 && toks[first].is("the"))
                // (A near miss: "The IRS and Social Security Administration" names two.)
                && toks[last].text.chars().any(char::is_lowercase)
            {
                // "the Food and Drug Administration", "the Fish and Wildlife Service": after
                // "the", two fields joined by "and" before a public body's head word are
                // one name. (A near miss: "the Globex and Initech plants" ends in no body.)
                match agency_after_and(toks, j) {
                    Some(end) => {
                        last = end;
                        j = end + 1;
                    }
                    None => break,
                }
            } else if let Some(end) = union_of.then(|| union_field_after_and(toks, j)).flatten() {
                // "Association of Mineworkers and Construction Union": a union's second
                // field ends its name, once. (A near miss: "the National Union of
                // Mineworkers and Sibanye-Stillwater agreed" names an employer after "and".)
                union_of = false;
                last = end;
                j = end + 1;
            } else if (t.text == "." || t.text == "-")
                && !t.ws_before
                && toks
                    .get(j + 1)
                    .is_some_and(|n| !n.ws_before && n.kind == TokKind::Word)
                && (t.text == "." || toks.get(j + 1).is_some_and(is_name_token))
            {
                // "Crypto.com", "Mercedes-Benz"; "Cambridge-based" stops at the hyphen.
                last = j + 1;
                j += 2;
            } else if t.text == "."
                && !t.ws_before
                && toks[j - 1].is("bros")
                && toks.get(j + 1).is_some_and(|n| {
                    n.ws_before
                        && n.is_capitalized()
                        && is_name_token(n)
                        && !n.is_in(run_breakers())
                })
                && toks
                    .get(j + 2)
                    .is_none_or(|n| !n.is_capitalized() || n.kind != TokKind::Word)
            {
                // "Warner Bros. Discovery", "Warner Bros. Pictures": the abbreviated
                // "Brothers" goes on into one word of the name after it. (Near misses:
                // "Warner Bros. said" ends it; "owned by Warner Bros. Northwind Traders
                // will ..." and "Warner Bros. The studio ..." start a sentence the splitter
                // kept whole.)
                last = j + 1;
                j += 2;
            } else if t.text == "." && !t.ws_before && is_legal_suffix(toks[j - 1].text) {
                last = j;
                j += 1;
            } else if t.text == "."
                && !t.ws_before
                && j - 1 == first
                && toks[j - 1].is_capitalized()
                && toks[j - 1].is_any(&["st", "ste"])
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.ws_before && is_name_token(n))
            {
                // "St. Mary's Hospital", "Ste. Genevieve County": a saint's abbreviation
                // opens the name. (A near miss: "Main St. Globex said" ends at the period.)
                last = j + 1;
                j += 2;
            } else {
                break;
            }
        }
        i = last + 1;
        // "State Sen. Tom Hale", "U.S. Rep. Jane Doe": a title written short before a
        // person's name is no firm. (A near miss: "Globex Corp. said" ends with a legal
        // form.)
        if toks
            .get(last + 1)
            .is_some_and(|t| t.text == "." && !t.ws_before)
            && toks[last].is_any(TITLE_ABBREVIATIONS)
            && toks
                .get(last + 2)
                .is_some_and(|n| n.ws_before && n.is_capitalized())
        {
            continue;
        }
        if first == 0 && dateline_place(sentence, toks, last, ctx) {
            continue;
        }
        // "on Route 30", "at Building 40": a label noun and its number name a road or a
        // building. "on Commerce Parkway", "off Harbor Street", "on Linwood's Commerce
        // Parkway": a street after "on", "off" or "along" is an address. (Near misses:
        // "Saks Fifth Avenue will cut 100 jobs" has no such word before it; "Route One
        // Logistics" no number after its noun.)
        if toks
            .get(last + 1)
            .is_some_and(|t| t.kind == TokKind::Number)
            && toks[last].is_any_of(crate::quantity::label_nouns())
        {
            continue;
        }
        if toks[last].is_any_of(street_suffixes()) {
            let owner_before = |k: usize| {
                k >= 3 && crate::tokens::apostrophe_s(toks, k - 2) && toks[k - 3].is_capitalized()
            };
            let address = |k: usize| k > 0 && toks[k - 1].is_any(&["on", "off", "along"]);
            if address(first) || owner_before(first) && address(first - 3) {
                continue;
            }
        }
        // Drop leading words that are not names ("The", sentence-initial "Online").
        let mut f = first;
        while f <= last && leading_common(toks, f, ctx) && !opens_firm_name(toks, f, last) {
            f += 1;
        }
        if f > last {
            continue;
        }
        // "in Co Cork", "Co. Kildare": an Irish county, not a company's legal form.
        let county_at = if toks[f].text == "Co" && toks.get(f + 1).is_some_and(|t| t.text == ".") {
            f + 2
        } else {
            f + 1
        };
        if toks[f].text == "Co"
            && county_at <= last
            && crate::places::is_listed_even_as_word(toks[county_at].text)
        {
            continue;
        }
        // "News Corp", "Global Inc.": a legal form alone needs the word before it, whatever
        // that word is on its own.
        if f > first
            && is_legal_suffix(toks[f].text)
            && (f..=last).all(|k| is_legal_suffix(toks[k].text) || toks[k].text == ".")
        {
            f -= 1;
        }
        // "PayPal Holdings, Inc.": a legal form after a comma is the name's own, no name.
        if f == first
            && f > 0
            && toks[f - 1].text == ","
            && (f..=last).all(|k| is_legal_suffix(toks[k].text) || toks[k].text == ".")
        {
            continue;
        }
        let title = *title_case.get_or_insert_with(|| is_title_case(toks));
        // In a headline-style line, keep only the words the text capitalises elsewhere:
        // "AWS Layoffs Fit Into Amazon" → "AWS".
        if title {
            if let Some(k) = (f..=last).find(|&k| {
                toks[k].kind == TokKind::Word
                    && !ctx.mid_caps.contains(toks[k].text)
                    && toks[k].text.chars().filter(|c| c.is_uppercase()).count() < 2
            }) {
                if k == f {
                    continue;
                }
                last = k - 1;
                while last > f && toks[last].kind == TokKind::Punct {
                    last -= 1;
                }
            }
        }
        let mut name_last = last;
        while name_last > f
            && (is_legal_suffix(toks[name_last].text) || toks[name_last].text == ".")
        {
            name_last -= 1;
        }
        // "Gekko & Co.", "JPMorgan Chase & Co.": the "&" before a legal form goes with it.
        // (A near miss: "Procter & Gamble" keeps its "&".)
        if name_last < last && name_last > f && toks[name_last].text == "&" {
            name_last -= 1;
        }
        // Borrowed until the run survives every test below.
        let mut name = &sentence[toks[f].start..toks[name_last].end];
        if !ctx.plausible(name) {
            // "News Corp", "Block Inc.": a common word with a legal form is a name, and
            // the legal form stays in it. (A near miss: "News" alone is no name.)
            let word = f == name_last && toks[f].kind == TokKind::Word;
            if !(word && name_last < last && is_legal_suffix(toks[name_last + 1].text)) {
                continue;
            }
            name = &sentence[toks[f].start..toks[name_last + 1].end];
            if places::is_place(name) || ctx.people.contains(name) {
                continue;
            }
        }
        // "Toledo, Ohio", "Lockport, N.Y.": a town named with its state.
        let town = toks.get(last + 1).is_some_and(|c| c.text == ",")
            && toks.get(last + 2).is_some_and(|st| {
                st.is_any_of(state_names())
                    || st.text.len() >= 2 && dotted_states().iter().any(|p| p.starts_with(st.text))
            });
        if town {
            continue;
        }
        // "Akron will lose 98 jobs", "Scunthorpe lost 900 jobs": a listed town that loses
        // jobs is where they go, no employer. (A near miss: "Globex will lose 98 jobs"
        // names no listed place.)
        let loses = || {
            let after = &toks[last + 1..(last + 5).min(toks.len())];
            after
                .iter()
                .position(|t| {
                    !t.is_any(&[
                        "will", "would", "could", "is", "set", "to", "stands", "also", "has",
                        "have", "had",
                    ])
                })
                .is_some_and(|v| {
                    let t = &after[v];
                    t.is_any(&["lose", "loses", "lost", "losing"])
                        // "Dalton has seen a string of job losses": a place that sees or
                        // suffers job losses is where they fall. (A near miss: "Goodyear
                        // suffered a loss and will cut 500 jobs" suffers no job losses.)
                        || t.is_any(&["seen", "saw", "sees", "suffered", "suffers", "endured"])
                            && toks[last + 2 + v..(last + 8 + v).min(toks.len())]
                                .iter()
                                .take_while(|t| !matches!(t.text, "," | ";" | ".") && !t.is("and"))
                                .any(|t| t.is_any(&["losses", "cuts", "layoffs", "redundancies"]))
                })
        };
        if f == name_last && loses() && places::is_listed(name) {
            continue;
        }
        // "close 60 stores across Gauteng", "throughout Limpopo": a listed place, however
        // small, that sites spread across is where they are; a known place whatever comes
        // before. (Near misses: "across Globex" names no listed place; "job cuts across
        // Nokia" names a firm that a small town shares its name with.)
        if f >= 2
            && toks[f - 1].is_any(&["across", "throughout"])
            && (toks[f - 2].is_in(crate::triggers::site_nouns()) && places::is_listed(name)
                || places::is_place(name))
        {
            continue;
        }
        // "plants in Leeds and Bradford": a listed place coordinated with a known one is
        // a place too, however small or little known, and though an English word spells
        // it ("across England and Wales"). (A near miss: "Leeds and Globex" joins a place
        // to a name that no list holds.)
        let beside_place = |k: usize| {
            toks.get(k)
                .is_some_and(|p| is_name_token(p) && places::is_place(p.text))
        };
        // (The lists of places are asked last: few names have a place joined to them.)
        let with_a_place = f == name_last
            && (f >= 2 && toks[f - 1].is_any(&["and", "or", ","]) && beside_place(f - 2)
                || toks.get(last + 1).is_some_and(|c| c.is_any(&["and", "or"]))
                    && beside_place(last + 2))
            && places::is_listed_even_as_word(name);
        // A name listed nowhere between two listed places is one of a list of places:
        // "in Mansfield, Beeston and Newark". (Near misses: "Mansfield, Globex and
        // Initech" has no place after it; "the colleges of Kent, Essex and Sussex" names
        // institutions after "of"; "In Espoo, Nokia said" and "Ericsson, Nokia and
        // Toyota" name firms that share a listed town's name.)
        let joins = |k: usize| toks.get(k).is_some_and(|t| t.is_any(&["and", "or", ","]));
        let after_of = || {
            let mut k = f;
            while k > 0 && (is_name_token(&toks[k - 1]) || joins(k - 1)) {
                k -= 1;
            }
            k > 0 && toks[k - 1].is("of")
        };
        let listed_at = |k: usize| {
            toks.get(k).is_some_and(|p| {
                is_name_token(p) && (places::is_place(p.text) || places::is_listed(p.text))
            })
        };
        let among_places = f == name_last
            && f >= 2
            && joins(f - 1)
            && listed_at(f - 2)
            && joins(last + 1)
            && listed_at(last + 2)
            && !places::is_listed_even_as_word(name)
            && !after_of();
        if with_a_place || among_places {
            continue;
        }
        // "its plant in Bridgend, Wales,", "in south Wales": a listed place that an English
        // word spells is a place after a town and a comma when it is larger than a town
        // and closes the phrase, or after a side written in lower case. (Near misses:
        // "Bridgend, Globex" names no listed place; "Winchester, Surrey and Queen Mary"
        // lists names; "South Wales Water" is a name that starts with its capital.)
        let placed = f == name_last
            && f >= 1
            && (toks[f - 1].text == ","
                && f >= 2
                && is_name_token(&toks[f - 2])
                && places::is_listed_even_as_word(toks[f - 2].text)
                && places::is_above_a_town(name)
                && toks.get(last + 1).is_none_or(|t| {
                    matches!(t.text, "," | "." | ";" | ")") || t.is_any(&["in", "on", "at"])
                })
                || toks[f - 1].is_any(REGION_MODIFIERS)
                    && toks[f - 1]
                        .text
                        .starts_with(|c: char| c.is_ascii_lowercase()))
            && places::is_listed_even_as_word(name);
        if placed {
            continue;
        }
        // "1,300 Essex roles will go", "500 Texas jobs": a place larger than a town between
        // a figure and a noun of jobs says where the jobs are. (Near misses: "1,300 Ford
        // roles" names a firm; "300 Nokia jobs" names a firm that a town shares its name
        // with.)
        let jobs_of_a_place = f == name_last
            && f >= 1
            && toks[f - 1].is_figure()
            && toks
                .get(last + 1)
                .is_some_and(|t| t.is_any_of(crate::triggers::job_nouns()))
            && (places::is_place(name) || places::is_listed(name) && places::is_above_a_town(name));
        if jobs_of_a_place {
            continue;
        }
        // "The Cloud communications provider": a capitalised word inside a description.
        let described = f > 0
            && toks[f - 1].is("the")
            && toks[last + 1..(last + 4).min(toks.len())]
                .iter()
                .take_while(|t| {
                    t.kind == TokKind::Word && t.text.starts_with(|c: char| c.is_lowercase())
                })
                .any(|t| t.is_any(DESCRIPTION_HEADS));
        if described && f == last {
            continue;
        }
        // "the New-York based company", "the Boston headquartered firm": a place written
        // as an adjective before its participle.
        if toks
            .get(last + 1)
            .is_some_and(|t| t.is_any(&["based", "headquartered"]) && t.ws_before)
        {
            continue;
        }
        // "Nasdaq-listed", "SoftBank-backed": a name used as an adjective.
        let adjective = toks
            .get(last + 1)
            .is_some_and(|h| h.text == "-" && !h.ws_before)
            && toks
                .get(last + 2)
                .is_some_and(|w| !w.ws_before && w.text.starts_with(|c: char| c.is_lowercase()));
        if adjective {
            continue;
        }
        // "Irish American": adjectives of place only; so is a region's word before one,
        // "Atlantic Canadian employers", "North American operations". (A near miss:
        // "South African Airways" ends in a firm's word.)
        if (f..=name_last).all(|k| {
            toks[k].kind != TokKind::Word
                || demonyms().contains_token(&toks[k])
                || k < name_last && toks[k].is_any(REGION_MODIFIERS)
        }) {
            continue;
        }
        // "The Pulitzer Prize", "the WARN Act": named things that are not employers.
        if toks[name_last].is_any(&[
            "prize",
            "award",
            "awards",
            "act",
            "day",
            "week",
            "summit",
            "conference",
            "index",
            "report",
            "survey",
            "law",
        ]) {
            continue;
        }
        // "a Section 189 notice", "Chapter 11", "Article 50": a part of a law by its
        // number. (A near miss: "Globex 2,000 jobs" in a list names a firm and its cut.)
        let numbered_part = f == name_last
            && toks[f].is_any(&[
                "section",
                "chapter",
                "article",
                "clause",
                "schedule",
                "regulation",
            ])
            && toks
                .get(last + 1)
                .is_some_and(|t| t.kind == TokKind::Number);
        if numbered_part {
            continue;
        }
        // "Managing editor Darrell Etherington": a role word before a two-word name. (Not
        // a trade that names firms too before a firm's head word: "Regional broadcaster
        // Kestrel Media".)
        let role_before =
            f > 0 && toks[f - 1].is_in(role_words()) && toks[f - 1].kind == TokKind::Word;
        if role_before
            && name_last == f + 1
            && !toks[name_last].is_any(LEGAL_SUFFIXES)
            && !(crate::lexicon::is_trade_noun(toks[f - 1].text) && firm_run_at(toks, f))
        {
            continue;
        }
        // "Director of Communications Emily Falcone": a person's name inside the run.
        // (`Token::is` compares ASCII case only, hence the ASCII test before the set.)
        // A given name before an institution's head word is the institution's: "Queen
        // Mary University of London", "St Mary Hospital".
        if (f..name_last).any(|k| {
            toks[k].is_capitalized()
                && is_name_token(&toks[k + 1])
                && !toks[k + 1].is_any_of(institution_words())
                && !toks[k + 1].is_any(OF_HEADS)
                && !toks[k + 1].is_any_of(firm_heads())
                && !toks[k + 1].is_any(PUBLIC_BODY_WORDS)
                && toks[k].text.is_ascii()
                && first_names().contains_token(&toks[k])
        }) {
            continue;
        }
        // A lone word opening the sentence ("Interestingly", "Roundup") is a name only if
        // the text also capitalises it mid-sentence, or writes it in capitals ("AWS").
        let initial = || opens_a_unit(toks, first);
        let lone = f == name_last;
        let shouting = shouting(&toks[f]);
        let known = ctx.mid_caps.contains(toks[f].text);
        let possessive = crate::tokens::apostrophe_s(toks, last + 1);
        // A sentence-initial word acts as a subject name when a verb or a bracket follows
        // ("Meta (which includes ...) laid off", "Twilio is laying off"); adverbs and
        // headings do not ("Interestingly, ...", "Resume help", "Why It Matters:").
        let next = toks.get(last + 1);
        // So does an appositive that describes a firm: "Salesforce, the cloud-computing
        // giant, announced". (A near miss: "Instead, the company, facing losses, said"
        // describes nothing: the head must have a word of description before it.)
        // The description may own ("the world's largest widget maker"), name a trade
        // ("the German carmaker") and go on with what the firm makes ("a maker of
        // widgets,", "a provider of cloud software,"). (A near miss: "Instead, the maker
        // of the device, said" opens with a sentence adverb.)
        let described_firm = next.is_some_and(|n| n.text == ",")
            && !toks[f].is_any(DISCOURSE_ADVERBS)
            && toks
                .get(last + 2)
                .is_some_and(|a| a.is_any(&["the", "a", "an"]))
            && (last + 3..(last + 10).min(toks.len())).any(|k| {
                // (After a possessive, a head that names a person's post is the
                // person's: "Doe, the newspaper's publisher, said".)
                let owned = toks[last + 3..k].iter().any(|t| t.is_glued_apostrophe());
                let head = (toks[k].is_any(DESCRIPTION_HEADS)
                    || toks[k].kind == TokKind::Word
                        && crate::lexicon::is_trade_noun(toks[k].text))
                    && !(owned
                        && toks[k].is_any(&[
                            "publisher",
                            "developer",
                            "operator",
                            "distributor",
                            "provider",
                            "supplier",
                        ]));
                let words = |ts: &[Token]| {
                    ts.iter().enumerate().all(|(j, t)| {
                        t.kind == TokKind::Word && !t.is_capitalized()
                            || t.text == "-"
                            || t.is_glued_apostrophe()
                            || j > 0 && ts[j - 1].is_glued_apostrophe() && t.is("s")
                    })
                };
                // What it makes: "of" and a few words up to the comma.
                let of_what = || {
                    toks.get(k + 1).is_some_and(|o| o.is_any(&["of", "for"]))
                        && (k + 3..(k + 8).min(toks.len()))
                            .find(|&c| toks[c].text == ",")
                            .is_some_and(|c| words(&toks[k + 2..c]))
                };
                // (A head right after the article needs what it makes: "the company,
                // facing losses," describes nothing.)
                head && (k > last + 3 && toks.get(k + 1).is_some_and(|c| c.text == ",")
                    || of_what())
                    && toks[last + 3..k].iter().all(|t| {
                        t.kind == TokKind::Word || t.text == "-" || t.is_glued_apostrophe()
                    })
            });
        // So does a name that a relative clause describes before its verb: "Acme, which
        // employs 4,000 people, said it would cut 250 jobs". (A near miss: "Meanwhile,
        // which ..." is no sentence; "Interestingly, ..." has no relative word.)
        let relative_firm = next.is_some_and(|n| n.text == ",")
            && toks
                .get(last + 2)
                .is_some_and(|w| w.is_any(&["which", "whose"]))
            && toks[(last + 3).min(toks.len())..(last + 24).min(toks.len())]
                .windows(2)
                .any(|w| w[0].text == "," && subject_verb(&w[1]));
        // So does a name whose verb follows an aside set off by commas: "Initech,
        // meanwhile, is closing its Austin office", "Globex, for its part, said". (A near
        // miss: "Meanwhile, however, analysts said" opens with a sentence adverb.)
        let aside_then_verb = next.is_some_and(|n| n.text == ",")
            && !toks[f].is_any(DISCOURSE_ADVERBS)
            && toks[(last + 2).min(toks.len())..(last + 6).min(toks.len())]
                .iter()
                .position(|t| t.text == ",")
                .is_some_and(|k| {
                    let aside = &toks[last + 2..last + 2 + k];
                    !aside.is_empty()
                        && aside
                            .iter()
                            .all(|t| t.kind == TokKind::Word && !t.is_capitalized())
                        && toks.get(last + 3 + k).is_some_and(subject_verb)
                });
        // So does a name that a participle's phrase describes before its verb: "Acme,
        // based in Ohio, laid off 60 employees", "Wayfair, headquartered in Boston, cut".
        // (A near miss: "Meanwhile, based on the data, analysts said" opens with a sentence
        // adverb.)
        // (Not a place, a person or a speaker: "Kowalski, based in Warsaw, said the company
        // would cut 200 jobs" names who spoke.)
        let participle_firm = next.is_some_and(|n| n.text == ",")
            && !toks[f].is_any(DISCOURSE_ADVERBS)
            && toks
                .get(last + 2)
                .is_some_and(|w| w.is_any(DESCRIBING_PARTICIPLES))
            && toks[(last + 3).min(toks.len())..(last + 16).min(toks.len())]
                .windows(2)
                .any(|w| {
                    w[0].text == ","
                        && (subject_verb(&w[1]) || past_tense(&w[1]))
                        && !w[1].is_any(&["said", "says", "told", "added", "noted"])
                })
            && !crate::places::is_place(toks[f].text)
            && !first_names().contains_token(&toks[f]);
        // So does a name that any noun phrase set off by commas describes before its verb:
        // "Block, the payments company behind Square and Cash App, laid off 931", "Zappos,
        // a unit of Amazon, laid off", "Alphabet, Google's parent, had cut". (A near miss:
        // "Instead, the company, facing losses, said" opens with a sentence adverb.)
        // (The phrase must describe a firm, by a head word of one, and name no person's
        // post nor a part of something else: "Smith, the company's chief executive,",
        // "Patel, an analyst at Jefferies,", "Dayton, the city where Acme was founded,",
        // "Engineering, the company's largest division," describe no firm.)
        let describes_a_firm = |from: usize| {
            let end = (from..(from + 14).min(toks.len()))
                .find(|&k| toks[k].text == ",")
                .unwrap_or(from);
            let aside = &toks[from..end];
            end > from
                && aside.iter().enumerate().any(|(k, t)| {
                    t.is_any(DESCRIPTION_HEADS)
                        || t.is_any(APPOSITIVE_FIRM_HEADS)
                        || t.kind == TokKind::Word && crate::lexicon::is_trade_noun(t.text)
                        // "a cloud start-up", "a fintech scale-up", "a Siemens spin-off".
                        || young_firm_compound(&aside[k..])
                })
                && !aside.iter().any(|t| {
                    t.is_any_of(person_titles())
                        || t.is_any(&["executive", "chief", "city", "town", "sector", "industry"])
                })
                && !aside.iter().enumerate().any(|(k, t)| {
                    t.kind == TokKind::Word
                        && !t.is_capitalized()
                        && crate::tokens::apostrophe_s(toks, from + k + 1)
                        && !ranked_in_a_scope(toks, from + k)
                })
        };
        let appositive_firm = || {
            next.is_some_and(|n| n.text == ",")
                && !toks[f].is_any(DISCOURSE_ADVERBS)
                // (A word ending in "-ly" only before an indefinite description: "Nimbusly,
                // a cloud start-up, laid off"; "Additionally, the company, based in Ohio,"
                // opens with an adverb.)
                && (!toks[f].text.ends_with("ly")
                    || toks.get(last + 2).is_some_and(|a| a.is_any(&["a", "an"]))
                        && ctx.mid_caps.contains(toks[f].text))
                && toks.get(last + 2).is_some_and(|a| {
                    a.is_any(&["the", "a", "an"])
                        || a.is_capitalized() && crate::tokens::apostrophe_s(toks, last + 3)
                })
                && !crate::places::is_place(toks[f].text)
                && describes_a_firm(last + 2)
                && toks[(last + 3).min(toks.len())..(last + 20).min(toks.len())]
                    .windows(2)
                    .take_while(|w| w[0].text != ";" && w[0].text != ".")
                    .any(|w| {
                        w[0].text == ","
                            && (subject_verb(&w[1])
                                || past_tense(&w[1])
                                || w[1].is_any(&["has", "had", "is", "was", "will", "said"]))
                    })
        };
        // So does the head of a list of names: "Globex, Initech and Umbrella laid off
        // 300 workers each". (A near miss: "Instead, Amazon and Google cut jobs" opens
        // with a sentence adverb, which `DISCOURSE_ADVERBS` lists.)
        let heads_list = next.is_some_and(|n| n.text == ",")
            && toks.get(last + 2).is_some_and(is_name_token)
            && toks[last + 2..(last + 12).min(toks.len())]
                .windows(2)
                .any(|w| w[0].is_any(&["and", "or"]) && is_name_token(&w[1]))
            && !toks[f].is_any(DISCOURSE_ADVERBS);
        // So does the first of two names that a verb follows: "Globex and Initech have
        // announced layoffs", "Globex and Initech each laid off 300" (a word of sharing
        // may come first). (Near misses: "Johnson & Johnson" is one name; "Instead and
        // ..." never opens a pair; a pair that no verb follows names nothing yet.)
        let heads_pair = next.is_some_and(|n| n.is_any(&["and", "or"]))
            && toks.get(last + 2).is_some_and(is_name_token)
            && {
                let mut k = last + 2;
                while toks.get(k).is_some_and(is_name_token) {
                    k += 1;
                }
                if toks.get(k).is_some_and(|t| t.is_any(SHARING)) {
                    k += 1;
                }
                toks.get(k).is_some_and(subject_verb)
            }
            && !toks[f].is_any(DISCOURSE_ADVERBS);
        // So does a firm before its officer's role and name: "Initech chief executive Jane
        // Smith said". (Near misses: "Former chief executive Jane Smith said", "Acting
        // president ...": a word that qualifies the role.)
        let officer = next.is_some_and(|n| n.is_any_of(officer_roles()))
            && person_within(toks, last + 2, last + 5)
            && !toks[f].is_any(ROLE_QUALIFIERS);
        // So does a name whose verb follows a time, as wire copy writes it: "Contoso on
        // Monday laid off 800", "Initech last week began notifying staff", "Globex
        // earlier this month said". (Near misses: "Meanwhile on Monday, ..." opens with a
        // sentence adverb; "Shares on Monday fell" names a common noun, which the text
        // writes in lower case or `NOT_NAMES` lists.)
        let time_then_verb = || {
            let mut k = last + 1;
            let opens = toks
                .get(k)
                .is_some_and(|t| t.is_any(TIME_OPENERS) || t.is_any(&["yesterday", "today"]));
            if !opens || toks[f].is_any(DISCOURSE_ADVERBS) {
                return false;
            }
            // (The phrase needs a head: "Sometimes this can be worth it" has none.)
            let mut headed = false;
            while k < (last + 6).min(toks.len())
                && (toks[k].is_any(TIME_OPENERS)
                    || toks[k].is_any(TIME_HEADS)
                    || toks[k].kind == TokKind::Number && toks[k].text.len() <= 2
                    // (A month only capitalised: "this may have" is a modal.)
                    || toks[k].is_any_of(calendar()) && toks[k].is_capitalized())
            {
                headed |= !toks[k].is_any(TIME_OPENERS);
                k += 1;
            }
            headed
                && toks
                    .get(k)
                    .is_some_and(|v| subject_verb(v) || past_tense(v))
        };
        // So does a name whose shares move: "Contoso shares fell 5% after it cut 40 jobs",
        // "Initech stock rose". (A near miss: "Retail shares fell" names a sector, which
        // the text writes in lower case or the plural test catches.)
        let shares_move = next.is_some_and(|n| n.is_any(&["shares", "stock"]) && n.ws_before)
            && !toks[f].is_any(SHARE_SECTORS)
            && toks.get(last + 2).is_some_and(|v| v.is_any(SHARE_MOVES));
        let acts = || {
            (officer
                || shares_move
                || heads_an_item(toks, last + 1)
                || time_then_verb()
                || next.is_some_and(|n| {
                    n.text == "(" || (n.ws_before && (subject_verb(n) || past_tense(n)))
                })
                || adverb_then_verb(toks, last + 1)
                || described_firm
                || relative_firm
                || participle_firm
                || appositive_firm()
                || aside_then_verb
                || heads_list
                || heads_pair)
                && (!toks[f].text.ends_with("ly")
                    || counted_cut_after(toks, last + 1)
                    || next.is_some_and(|n| n.is_any(NAME_NOT_ADVERB_NEXT))
                    || appositive_firm())
        };
        // (Whether it opens the sentence, and whether it acts, are asked only when the
        // rest leaves the answer open.)
        if !shouting
            && !known
            && (title || (lone && last == name_last && !possessive && initial() && !acts()))
        {
            continue;
        }
        // "Employers announced 45,000 job cuts", "Banks have cut 60,000 jobs", "Hospitals
        // eliminated 9,000 positions": a plural kind of employer opening a sentence is the
        // trade at large, though a verb follows. (A near miss: "Siemens said" is no plural
        // of a kind; a name the text writes mid-sentence too is kept.)
        if !shouting
            && !known
            && lone
            && last == name_last
            && !possessive
            && initial()
            && kind_of_employer_plural(toks[f].text, true)
        {
            continue;
        }
        // "On Valentine's Day 2008", "New Year's Eve", "St Patrick's Day": a name whose
        // possessive a capitalised "Day" or "Eve" follows names a day. (A near miss:
        // "Initech's daily sales" is the firm's.)
        let holiday = possessive
            && toks
                .get(last + 3)
                .is_some_and(|d| matches!(d.text, "Day" | "Eve"))
            || matches!(toks[f].text, "Day" | "Eve")
                && f >= 2
                && crate::tokens::apostrophe_s(toks, f - 2);
        if holiday {
            continue;
        }
        // "(JM)", "(AP)" alone on a line: a writer's or agency's credit, no employer.
        // (A near miss: "Globex (GBX) cut 300 jobs" brackets an alias inside a sentence.)
        let credit = f > 0
            && toks[..f].iter().all(|t| t.kind == TokKind::Punct)
            && toks[f - 1].text == "("
            && toks.get(last + 1).is_some_and(|t| t.text == ")")
            && toks[last + 1..].iter().all(|t| t.kind == TokKind::Punct);
        if credit {
            continue;
        }
        // "Oldham Council's Cabinet approved cuts", "Initech's Board": the governing body
        // of a firm named just before acts for it, and is no employer of its own.
        let organ = out
            .last()
            .is_some_and(|p: &OrgMention| p.possessive && p.last + 3 == f)
            && f == last
            && toks[f].is_any(ORGANS);
        if organ {
            continue;
        }
        let alias = paren_alias(toks, last);
        // "according to consulting firm Challenger, Gray & Christmas": a name that goes on
        // after a comma from a cited one, and ends the clause, is the same source.
        let continues_cited = out.last().is_some_and(|p: &OrgMention| {
            p.cited
                && p.last + 2 == f
                && toks[p.last + 1].text == ","
                && toks
                    .get(last + 1)
                    .is_none_or(|t| t.kind == TokKind::Punct && t.text != "(")
        });
        // "Administrators Deloitte", "PwC administrators were appointed": a firm that
        // winds another up reports its closure; it is not the employer. (A near miss:
        // "Deloitte will cut 300 jobs" names no such role.)
        let winding_up = |t: &Token| {
            t.is_any(&[
                "administrator",
                "administrators",
                "receiver",
                "receivers",
                "liquidator",
                "liquidators",
            ])
        };
        let insolvency =
            (f > 0 && winding_up(&toks[f - 1])) || toks.get(last + 1).is_some_and(winding_up);
        let cited = continues_cited || insolvency || cited_as_source(toks, f, last, name, ctx);
        let unbracketed = |to: usize| match bracketed.filter(|&(open, _)| open > f && open < to) {
            // (A bracket that closes at the end of the run leaves nothing after it.)
            Some((open, close)) if close >= to => {
                sentence[toks[f].start..toks[open - 1].end].to_string()
            }
            Some((open, close)) => format!(
                "{} {}",
                &sentence[toks[f].start..toks[open - 1].end],
                &sentence[toks[close + 1].start..toks[to].end]
            ),
            None => sentence[toks[f].start..toks[to].end].to_string(),
        };
        let name = if bracketed.is_some() {
            unbracketed(name_last)
        } else {
            name.to_string()
        };
        let full = unbracketed(last);
        // "the Limited said it would close all its stores": a legal form alone is a name
        // only with the "the" before it, which is then the name's own ("The Limited").
        // (A near miss: "Global Inc." has a word of its own and keeps no "the".)
        let (name, mut full) =
            if f == last && f > 0 && is_legal_suffix(toks[f].text) && toks[f - 1].is("the") {
                (format!("The {name}"), format!("The {full}"))
            } else {
                (name, full)
            };
        // "the universities of Winchester and Surrey": a plural head with "of" gives each
        // name of its list the head ("University of Winchester", "University of Surrey").
        // A name with a head of its own ends the list ("... and Queen Mary University of
        // London"); so does a name that is not an item of it (a near miss: "the
        // universities of Kent, says Globex": no "and" or comma joins Globex).
        let head = distributed_head(toks, f, out.last(), distributing);
        distributing = None;
        let name = match head {
            Some(h) if !name.split(' ').any(|w| w.eq_ignore_ascii_case(h)) => {
                distributing = Some(h);
                full = format!("{h} of {full}");
                format!("{h} of {name}")
            }
            _ => name,
        };
        out.push(OrgMention {
            first: f,
            last,
            full,
            name,
            possessive,
            alias,
            cited,
        });
    }
    out
}

/// Plural heads of institutions that a list after "of" shares, with the singular each
/// name takes: "the universities of Winchester and Surrey".
const DISTRIBUTED_HEADS: &[(&str, &str)] =
    &[("universities", "University"), ("colleges", "College")];

/// The place an institution is named for: "Winchester" of "University of Winchester".
pub fn place_of_institution(name: &str) -> Option<&str> {
    DISTRIBUTED_HEADS.iter().find_map(|(_, head)| {
        name.strip_prefix(head)
            .and_then(|r| r.strip_prefix(" of "))
            .filter(|r| !r.is_empty())
    })
}

/// The head the name at `f` takes from a plural before it: right after "universities of",
/// or as the next item of a list (joined by "and", "or" or a comma) whose last name
/// (`prev`) took `distributing`.
fn distributed_head(
    toks: &[Token],
    f: usize,
    prev: Option<&OrgMention>,
    distributing: Option<&'static str>,
) -> Option<&'static str> {
    if f >= 2 && toks[f - 1].is("of") {
        if let Some((_, h)) = DISTRIBUTED_HEADS.iter().find(|(p, _)| toks[f - 2].is(p)) {
            return Some(h);
        }
    }
    let prev = prev?;
    let joined = prev.last + 2 == f && toks[prev.last + 1].is_any(&["and", "or", ","]);
    distributing.filter(|_| joined)
}

/// The index of the ")" closing a "(" at `open` that holds only a state or country
/// ("(N.Y.)", "(Texas)"), when a word of a name follows it: "Rochester (N.Y.) Regional
/// Health", "Bloomington (Ind.) Hospital". (A near miss: "Globex (GLBX) said" holds a
/// ticker; "Globex (Texas) said" ends the name.)
fn state_in_brackets(sentence: &str, toks: &[Token], open: usize) -> Option<usize> {
    let close = (open + 2..(open + 7).min(toks.len())).find(|&k| toks[k].text == ")")?;
    let inner = &sentence[toks[open + 1].start..toks[close - 1].end];
    let after = toks.get(close + 1)?;
    (places::is_place(inner) && is_name_token(after) && after.ws_before && after.is_capitalized())
        .then_some(close)
}

/// "WARN [Worker Adjustment and Retraining Notification]", "the NLRB (National Labor
/// Relations Board)": the words in brackets after an acronym that spell it out name the
/// acronym's thing, which is no employer in its own right. The token ranges inside such
/// brackets. (A near miss: "Acme (which owns Globex)" spells out nothing.)
fn acronym_expansions(sentence: &str, toks: &[Token], limit: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // Every expansion is in brackets: most sentences have none.
    if memchr::memchr2(b'(', b'[', sentence.as_bytes()).is_none() {
        return out;
    }
    // An expansion opens two tokens after its acronym, and only those that open before
    // `limit` are ever asked about.
    let end = toks.len().min(limit.saturating_sub(2));
    for (i, t) in toks[..end].iter().enumerate() {
        let n = t.text.len();
        if !(2..=6).contains(&n) || !t.text.bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let Some(open) = toks.get(i + 1).filter(|o| matches!(o.text, "(" | "[")) else {
            continue;
        };
        let shut = if open.text == "(" { ")" } else { "]" };
        let Some(close) = toks[i + 2..(i + 16).min(toks.len())]
            .iter()
            .position(|c| c.text == shut)
            .map(|k| i + 2 + k)
        else {
            continue;
        };
        let initials: String = toks[i + 2..close]
            .iter()
            .filter(|w| w.kind == TokKind::Word && w.is_capitalized())
            .filter_map(|w| w.text.chars().next())
            .collect();
        if initials == t.text {
            out.push((i + 2, close));
        }
    }
    out
}

/// Whether a token holds two capitals or more ("AWS", "eBay" does not). Of a short ASCII
/// token tokenizing found the first (`capitalized`) and whether any other follows
/// (`inner_capital`); other tokens are counted.
fn shouting(t: &Token) -> bool {
    if t.packable {
        return t.capitalized && t.inner_capital;
    }
    t.text.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// Whether token `i` opens the sentence, or what follows a colon in it: "The bubble
/// bursts: Sweeping layoffs rock ..." capitalises "Sweeping" as it would a sentence's
/// first word. (A near miss: "cuts at Initech: Globex" is a list, not a word opening
/// a unit, when "Globex" is capitalised elsewhere, which `NameContext::mid_caps` asks.)
fn opens_a_unit(toks: &[Token], i: usize) -> bool {
    let start = toks[..i]
        .iter()
        .rposition(|p| p.text == ":")
        .map_or(0, |c| c + 1);
    toks[start..i].iter().all(|p| p.kind == TokKind::Punct) || after_a_dateline(toks, i)
}

/// Whether `toks[i]` opens the story after a wire's dateline and its dash: "KATOWICE -
/// Steelmaker Huta Slask will cut ...", "MUNICH, March 3 (EuroWire) - Carmaker Isar
/// Motoren ...". The dateline opens in capitals and holds only capitalised words,
/// figures and its own punctuation. (A near miss: "Globex said on Tuesday - Carmaker
/// ..." has words in lower case before the dash.)
fn after_a_dateline(toks: &[Token], i: usize) -> bool {
    let capitals = |t: &Token| {
        t.kind == TokKind::Word && t.text.len() >= 2 && !t.text.chars().any(char::is_lowercase)
    };
    (2..=14).contains(&i)
        && matches!(toks[i - 1].text, "-" | "—" | "–" | "--")
        && capitals(&toks[0])
        && toks[..i - 1].iter().all(|t| {
            t.is_capitalized()
                || t.kind == TokKind::Number
                || matches!(t.text, "," | "." | "(" | ")")
        })
}

/// Whether the name that opens the sentence, `toks[..=last]`, is a wire's dateline place:
/// "NEW YORK — The ministry has proposed to cut 300 roles", "WELLINGTON, April 16
/// (Reuters) -" name the place the story was filed from, no employer. A place that also
/// names firms or words ("WELLINGTON", "DELTA") needs the dateline's own marks after it,
/// a comma or the wire's credit in brackets; a place that is also a word may instead
/// never be written as a name again: "UPLAND - More than 2,600 people will lose their
/// jobs as Crozer Health shuts" names no Upland after. (Near misses: "IBM - the company
/// said" opens with no place, "TUI - The tour operator said" with a firm that a town
/// shares its name with and no word, "ORANGE - Orange will cut 300 jobs" with a
/// word-place the text names again.)
fn dateline_place(sentence: &str, toks: &[Token], last: usize, names: &NameContext) -> bool {
    if !(last + 2..=14).any(|i| i < toks.len() && after_a_dateline(toks, i)) {
        return false;
    }
    let name = &sentence[toks[0].start..toks[last].end];
    places::is_place(name)
        || places::is_listed_in_capitals(name)
            && (toks.get(last + 1).is_some_and(|t| t.is_any(&[",", "("]))
                || places::is_word_place_in_capitals(name) && {
                    let word = places::title_case(name);
                    !names.mid_caps.contains(word.as_str())
                        && !names.opening_caps.contains(word.as_str())
                })
}

/// The end of the name a field after "and" at `and` continues: one to three capitalised
/// words, the last a public body's head word (`AGENCY_HEADS`): "and Drug
/// Administration", "and Tobacco Tax Bureau". `None` otherwise.
fn agency_after_and(toks: &[Token], and: usize) -> Option<usize> {
    (and + 2..=and + 4).find(|&end| {
        toks.get(end).is_some_and(|t| t.is_any(AGENCY_HEADS))
            && toks[and + 1..=end]
                .iter()
                .all(|t| t.ws_before && t.is_capitalized() && t.kind == TokKind::Word)
    })
}

/// Head words that end a public body's name: "Administration", "Service", "Bureau".
const AGENCY_HEADS: &[&str] = &[
    "administration",
    "service",
    "services",
    "commission",
    "agency",
    "bureau",
    "authority",
    "council",
    "board",
    "institute",
    "institutes",
    "department",
    "survey",
];

/// "the world's largest supplier", "the country's biggest lender": a scope before its
/// possessive and a superlative after it rank a firm, where another owner ("the company's
/// finance chief") describes someone of it. `k` is the scope word.
fn ranked_in_a_scope(toks: &[Token], k: usize) -> bool {
    toks[k].is_any(&["world", "country", "nation", "region", "continent", "state"])
        && toks.get(k + 3).is_some_and(|t| {
            t.text.len() > 4 && t.text.ends_with("est") || t.is_any(&["leading", "top"])
        })
}

/// Ordinal words that open firms' names: "First Bank", "Next Insurance".
const NAME_ORDINALS: &[&str] = &["first", "second", "third", "next"];

/// Whether the ordinal at `i` opens a firm's name rather than the sentence: one to three
/// more capitalised words follow it, the last a noun that ends firms' names, perhaps
/// before a legal form ("Next Insurance laid off 150", "First Bank will cut 80 jobs",
/// "First Republic Bank will cut 20%", "Third Mainland Breweries Plc"). (Near misses:
/// "Next Acme Corp" ends in no such noun, "First Globex" neither; "Next, Insurance" has
/// its comma.) Inside a sentence, where no adverb "First" opens it, the ordinal opens
/// any name of one or two words more: "In January, First Solar said", "regulators said
/// First Horizon would" (not after an article, "the First Amendment", nor before a
/// person's role, "said First Minister Jane Roe", nor before a word of time or street,
/// "First Quarter", "First Avenue").
fn opens_firm_name(toks: &[Token], i: usize, last: usize) -> bool {
    let end = if last > i + 1 && is_legal_suffix(toks[last].text) {
        last - 1
    } else {
        last
    };
    let inside = || {
        i > 0
            && !toks[i - 1].is_any(&["the", "a", "an"])
            && matches!(toks[i - 1].kind, TokKind::Word)
            || i > 0 && toks[i - 1].text == ","
    };
    (i + 1..=i + 3).contains(&end)
        && toks[i].is_any(NAME_ORDINALS)
        && toks[i + 1..=end]
            .iter()
            .all(|t| t.ws_before && t.is_capitalized())
        && (firm_heads().contains_token(&toks[end])
            || institution_words().contains_token(&toks[end])
            || end <= i + 2
                && inside()
                && !toks[i + 1..=end].iter().any(|t| {
                    t.is_any_of(person_titles())
                        || t.is_any(&[
                            "lady",
                            "amendment",
                            "nations",
                            "quarter",
                            "half",
                            "avenue",
                            "street",
                            "round",
                            "class",
                            "time",
                        ])
                }))
}

fn leading_common(toks: &[Token], i: usize, ctx: &NameContext<'_>) -> bool {
    let t = &toks[i];
    if t.kind != TokKind::Word {
        return true;
    }
    // "AT&T", "A&E": letters glued to an "&" are a name's, whatever word they spell.
    if toks
        .get(i + 1)
        .is_some_and(|a| a.text == "&" && !a.ws_before)
        && toks
            .get(i + 2)
            .is_some_and(|n| !n.ws_before && is_name_token(n))
    {
        return false;
    }
    // The word sets ignore case themselves: a lower-case copy is made only for the
    // sentence-initial words that are looked up in `lower_words`.
    // "American workers" names nobody; "British Airways" and "Danish Crown" are names.
    if demonyms().contains_token(t) {
        // "The Board of Education approved layoffs": a head of a public body's name that
        // takes "of" and a field opens that name. (A near miss: "the Board of Directors"
        // names the firm's organ, and "Board" alone names nobody.)
        if t.is_any(OF_HEADS)
            && body_field(toks, i + 1).is_some_and(|k| {
                !toks[k].is_any(&["directors", "trustees", "governors", "management"])
            })
        {
            return false;
        }
        let continues = toks
            .get(i + 1)
            .is_some_and(|n| is_name_token(n) && n.ws_before);
        return !continues || !place_adjectives().contains_token(t);
    }
    if not_names().contains_token(t) && !is_big_tech(t.text) {
        return true;
    }
    // The members of public bodies standing alone: "Councillors voted seven to four",
    // "Commissioners approved the layoffs". (A near miss: "Governors State University"
    // is a name.)
    if t.is_any(BODY_MEMBERS)
        && !toks
            .get(i + 1)
            .is_some_and(|n| is_name_token(n) && n.ws_before && n.is_capitalized())
    {
        return true;
    }
    // Sentence-initial (or after an opening quote) and used in lower case elsewhere.
    let initial = opens_a_unit(toks, i);
    // Or a noun for what the firm does before its name: "Carmaker Kessler AG plans to cut
    // 3,000 jobs", "Retailer Bellmart will close 30 stores". (A near miss: "Bank Leumi" is
    // the bank's own name, and "Retailer said" leaves no name.)
    // (So is a word for rivals: "Rivals Globex and Initech have also cut jobs", "Rival
    // Initech has announced plans to shed 14,000 jobs", "Competitor Globex". A near miss:
    // "Rival Games" is a name: a firm's head word follows, or a word the text also writes
    // in lower case.)
    let trade = || {
        let next = toks.get(i + 1).filter(|n| is_name_token(n) && n.ws_before);
        next.is_some_and(|n| {
            crate::lexicon::is_trade_noun(t.text)
                || t.is_any(&["rivals", "competitors"])
                || t.is_any(&["rival", "competitor", "peer"])
                    && !ctx.lower_words.in_lower_case(n.text)
                    && !firm_heads().contains(n.text)
        })
    };
    // (A head word that takes "of" and a name opens one name, whatever the text writes in
    // lower case elsewhere: "Bank of Leinster will cut 300 jobs, the bank said". A near
    // miss: "Bank shares fell, the bank said" has no "of" and a name.)
    initial
        && (ctx.lower_words.in_lower_case(t.text)
            && (i + 1 >= toks.len() || body_field(toks, i + 1).is_none())
            || trade())
}

/// Not-name words that are names after all when they open a name run ("Google says",
/// "Twitter laid off half its staff"): the large platforms, which page furniture names
/// too ("Follow us on Twitter", where "on" keeps them from being a subject). Compared
/// ignoring ASCII case: the one non-ASCII character that lower-cases to an ASCII letter
/// is the Kelvin sign (to "k"), and "linkedin" and "tiktok" have a "k" only in ASCII
/// text, where the comparison is exact.
fn is_big_tech(word: &str) -> bool {
    [
        "google",
        "apple",
        "microsoft",
        "amazon",
        "meta",
        "twitter",
        "facebook",
        "linkedin",
        "instagram",
        "youtube",
        "tiktok",
        "reddit",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

impl NameContext<'_> {
    /// [`plausible`], remembered for the document.
    fn plausible(&self, name: &str) -> bool {
        if let Some(&known) = self.plausible.borrow().get(name) {
            return known;
        }
        let answer = plausible(name, self);
        self.plausible.borrow_mut().insert(name.into(), answer);
        answer
    }
}

fn plausible(name: &str, ctx: &NameContext<'_>) -> bool {
    if name.chars().count() < 2 && name != "X" {
        return false;
    }
    if places::is_place(name) || ctx.people.contains(name) {
        return false;
    }
    // A place or phrase that stands for a whole sector: "Wall Street banks are shedding
    // jobs" names no employer.
    if SECTORS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return false;
    }
    // "the 2025 State of the Game Industry report", "the Conservative government": the
    // state and its parties alone report or govern; a cut of their own staff names a
    // body ("State Department", "Conservative Party"), and "State Farm" is a firm.
    if STATE_WORDS.iter().any(|s| name.eq_ignore_ascii_case(s)) {
        return false;
    }
    // A lone word that is also a common lower-case word ("Cloud", "Mass") is no name,
    // unless it is written in capitals ("AWS").
    let single = !name.contains([' ', '.', '&', '-']);
    let camel = name.chars().skip(1).any(char::is_uppercase);
    if single && !camel && ctx.lower_words.in_lower_case(name) {
        return false;
    }
    // A lone noun for a kind of firm is a back reference written with a capital, as
    // annual reports and filings write it: "the Group said", "the Company expects".
    // So is a lone trade noun ("Retailer says"). (Near misses: "Carrier", "Chain" and
    // "Giant" are firms' names too.)
    if single
        && (["group", "company", "firm", "business", "corporation"]
            .iter()
            .any(|h| name.eq_ignore_ascii_case(h))
            || crate::lexicon::is_trade_noun(name))
    {
        return false;
    }
    // A lone plural of an abstract noun ("Operations will cease", "Separations will
    // begin", "Closures", "Payments", "Severance"'s kin), or a word for a firm's work
    // ("Production will end", "Hiring will resume", "Markets were mixed"), is a common
    // noun opening its sentence. (Near misses: "Accenture", "Ascension" and "Providence"
    // are singular names; "Boeing" is no word for work.)
    if single && !camel && (abstract_plural(name) || firm_activity(name)) {
        return false;
    }
    // A period of a firm's books: "in FY24", "in FY2025", "Q3", "H1". (A near miss:
    // "FYI" or "H&M" spell no period.)
    if single && fiscal_period(name) {
        return false;
    }
    // Entirely made of not-name words ("Chief Executive").
    !name
        .split([' ', '-'])
        .all(|w| not_names().contains(w) && !is_big_tech(w))
}

/// Whether a word is the plural of an abstract noun by its ending: "Operations",
/// "Payments", "Closures", "Allowances", "References". No firm's whole name is one word so
/// made; the singulars are ("Ascension", "Providence", "Accenture").
fn abstract_plural(word: &str) -> bool {
    word.len() > 6
        && ["tions", "sions", "ments", "ances", "ences", "ures"]
            .iter()
            .any(|e| {
                word.get(word.len() - e.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(e))
            })
}

/// Words for a firm's work and its markets, which open sentences as subjects: "Production
/// will end in June", "Hiring will resume", "Severance will be paid", "Markets were mixed".
fn firm_activity(word: &str) -> bool {
    [
        "production",
        "manufacturing",
        "construction",
        "hiring",
        "recruitment",
        "recruiting",
        "restructuring",
        "severance",
        "employment",
        "staffing",
        "outsourcing",
        "offshoring",
        "downsizing",
        "management",
        "leadership",
        "markets",
        "stocks",
        "trading",
        "spending",
        "funding",
    ]
    .iter()
    .any(|w| word.eq_ignore_ascii_case(w))
}

/// "Zapier: The automation firm laid off 85 people", "Zapier — the startup cut 30 jobs":
/// a roundup's item headed by the firm's name, a colon or dash at `k`, then "the" and a
/// noun for a firm with at most three words before it. (A near miss: "Update: The company
/// laid off 85 people" heads the item with a label, which `not_names` or the lower-case
/// vocabulary of the page already keep out; "Note: the plan may change" names no firm.)
fn heads_an_item(toks: &[Token], k: usize) -> bool {
    let Some(mark) = toks.get(k) else {
        return false;
    };
    if !matches!(mark.text, ":" | "—" | "–" | "-") || !toks.get(k + 1).is_some_and(|t| t.is("the"))
    {
        return false;
    }
    toks[k + 2..(k + 6).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
        .any(|t| t.is_any(DESCRIPTION_HEADS) || crate::lexicon::is_trade_noun(t.text))
        && !toks[k - 1].is_any(ITEM_LABELS)
}

/// Words that label a line before a colon, no firm: "Update: The company said ...".
const ITEM_LABELS: &[&str] = &[
    "update",
    "updated",
    "note",
    "correction",
    "clarification",
    "editor",
    "background",
    "context",
    "summary",
    "disclosure",
    "watch",
    "listen",
    "read",
    "related",
    "source",
    "photo",
    "video",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "live",
    "latest",
];

/// "Grammarly cut 60 jobs", "Calendly laid off 30": a verb of cutting at `k` with a
/// figure for its object, as only a subject's verb has; an adverb that opens a sentence
/// comes before a participle used as an adjective ("Recently laid off workers can
/// apply", a near miss), not before a figure.
fn counted_cut_after(toks: &[Token], k: usize) -> bool {
    // (Adverbs by their endings: "Quietly cut 60 jobs", "Finally laid off 300" open with
    // no subject.)
    let adverb = k > 0 && {
        let w = toks[k - 1].text.to_ascii_lowercase();
        [
            "ally", "ously", "ntly", "ely", "edly", "ively", "ually", "fully", "ingly", "ily",
            "etly", "ctly", "ftly", "rtly", "stly",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    };
    if adverb {
        return false;
    }
    // Past an auxiliary ("Chirply has cut 2,500 jobs", "Zestly will lay off 120").
    let mut k = k;
    while toks
        .get(k)
        .is_some_and(|t| t.is_any(&["has", "have", "had", "will", "is", "was", "been"]))
    {
        k += 1;
    }
    let Some(verb) = toks.get(k) else {
        return false;
    };
    let mut object = if verb.is_any(&["laid", "lay", "laying"])
        && toks.get(k + 1).is_some_and(|t| t.is("off"))
    {
        k + 2
    } else {
        k + 1
    };
    // Past a hedge of the figure: "has eliminated more than 2,500 jobs".
    while object < k + 5
        && toks
            .get(object)
            .is_some_and(|t| t.is_any(crate::triggers::FIGURE_QUALIFIERS))
    {
        object += 1;
    }
    let verb_of_cuts = verb.is_any_of(cut_verbs()) || verb.is_any(&["lay", "laying"]);
    verb_of_cuts && toks.get(object).is_some_and(|t| t.kind == TokKind::Number)
}

/// Whether `name` spells a fiscal year, quarter or half: "FY24", "FY2025", "Q3", "H1".
fn fiscal_period(name: &str) -> bool {
    let b = name.as_bytes();
    let digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    b.len() >= 3
        && b[..2].eq_ignore_ascii_case(b"fy")
        && matches!(b.len() - 2, 2 | 4)
        && digits(&b[2..])
        || b.len() == 2
            && (b[0] == b'Q' && (b'1'..=b'4').contains(&b[1])
                || b[0] == b'H' && matches!(b[1], b'1' | b'2'))
}

/// Words for the state and its parties that are no name alone (see [`plausible`]).
const STATE_WORDS: &[&str] = &[
    "state",
    "conservative",
    "conservatives",
    "tory",
    "tories",
    "labour",
    "republican",
    "republicans",
    "democrat",
    "democrats",
];

/// Stock exchanges that a ticker in brackets names ("(NASDAQ: HRLW)", "(TSX:ABC)").
const EXCHANGES: &[&str] = &[
    "nasdaq", "nyse", "amex", "otc", "otcqx", "otcqb", "tsx", "tsxv", "lse", "aim", "asx", "nzx",
    "euronext", "xetra", "sgx", "hkex", "bse", "nse", "jse", "six",
];

/// The closing bracket of a stock ticker in brackets after a name: "Harlow Systems
/// (NASDAQ: HRLW) will cut 1,100 jobs", "(NYSE:HRL)", "(TSX: ABC.U)". The ticker is no
/// employer. (A near miss: "(Reuters)" and "(AWS)" have no exchange and colon.)
fn ticker_in_brackets(toks: &[Token], open: usize) -> Option<usize> {
    let exchange = toks.get(open + 1)?;
    if !exchange.is_any(EXCHANGES) || toks.get(open + 2)?.text != ":" {
        return None;
    }
    (open + 3..toks.len().min(open + 8)).find(|&k| toks[k].text == ")")
}

/// "Amazon Web Services (AWS)": a short all-capital or single word in brackets.
fn paren_alias(toks: &[Token], last: usize) -> Option<String> {
    let open = toks.get(last + 1)?;
    let word = toks.get(last + 2)?;
    let close = toks.get(last + 3)?;
    (open.text == "("
        && close.text == ")"
        && is_name_token(word)
        && word.text.chars().filter(|c| c.is_uppercase()).count() >= 2)
        .then(|| word.text.to_string())
}

/// Whether a name is cited as a source of the news rather than named as an employer: an
/// outlet that reports is not the company that cuts, but an outlet that cuts its own staff
/// is ("Bloomberg laid off 90 newsroom employees").
///
/// - Before the name: "according to (the research firm) X", "told X", "tells X",
///   "reported by X", "via X", "per X"; for an outlet also "to X" ("said in a statement to
///   CNN") and "by X".
/// - After the name: a reporting verb ("X reported", "X first reported that", "X wrote"),
///   or a document that cites figures ("a Challenger report", "an SEC filing", "X data").
/// - Who heard the news in the passive: "X was told", "X had been informed".
fn cited_as_source(
    toks: &[Token],
    first: usize,
    last: usize,
    name: &str,
    ctx: &NameContext<'_>,
) -> bool {
    // Words of the run left off the name ("News" in "tells News Leader Nine") stand
    // between the name and what cites it.
    let mut first = first;
    while first > 0 && toks[first - 1].is_capitalized() {
        first -= 1;
    }
    let before = |k: usize| first.checked_sub(k).and_then(|i| toks.get(i));
    let after = |k: usize| toks.get(last + k);
    if dateline_credit(toks, first, last) {
        return true;
    }
    // "The agreement, signed by CCOO, UGT and FINE, gives priority to voluntary
    // departures": the parties that sign or negotiate a deal speak for it; the staff it
    // cuts are the employer's in view. (A near miss: "cuts approved by the council" are
    // the council's own.)
    // ("signed late on Wednesday by": a time may stand between; "by CCOO, UGT and FINE":
    // each of the list signs.)
    let mut by = first;
    while by > 0
        && first - by < 12
        && (toks[by - 1].text == "," || toks[by - 1].is("and") || toks[by - 1].is_capitalized())
    {
        by -= 1;
    }
    if by > 0
        && toks[by - 1].is("by")
        && toks[by.saturating_sub(7)..by - 1]
            .iter()
            .rev()
            .take_while(|t| t.kind == TokKind::Word)
            .any(|t| t.is_any(&["signed", "negotiated", "countersigned"]))
    {
        return true;
    }
    // A possessive ("Reuters' reporting") does not stop the reporting verb after it.
    let mut verb_at = if after(1).is_some_and(|t| t.text == "’" || t.text == "'") {
        3
    } else {
        1
    };
    // "Oldham Council's Cabinet approved cuts": the body that governs it acts for it.
    if verb_at == 3 && after(3).is_some_and(|t| t.is_any(ORGANS)) {
        verb_at = 4;
    }
    // The rest of a long name, in one pass: capitalised words and "and", "&", "of", "for"
    // ("the Securities and Exchange Commission", "Worker Adjustment and Retraining
    // Notification Act"), then the word after it ("... filing", "... data").
    let mut body_rest = false;
    let mut law = toks[last].text == "Act";
    let mut stop = None;
    let mut k = verb_at;
    while k < verb_at + 6 {
        let Some(t) = after(k) else { break };
        // "Worker Adjustment and Retraining Notification (WARN) notice": a law's
        // initials in brackets, then what it requires, name a notice, no employer.
        // (A near miss: "International Business Machines (IBM) letters" are a firm's.)
        if t.text == "("
            && after(k + 1).is_some_and(|a| a.text == "WARN")
            && after(k + 2).is_some_and(|c| c.text == ")")
        {
            law |= after(k + 3)
                .is_some_and(|n| n.is_any(&["notice", "notices", "letter", "letters", "act"]));
            k += 3;
            continue;
        }
        if !(t.is_any(&["and", "&", "of", "for"]) || t.text.starts_with(char::is_uppercase)) {
            stop = Some(t);
            break;
        }
        body_rest |= t.is_any_of(body_words());
        law |= t.text == "Act";
        k += 1;
    }
    let document = stop.is_some_and(|t| t.is_any_of(source_documents()));
    let next = after(verb_at);
    // A known outlet; or a newspaper or wire by the last word of its name ("The Journal",
    // "Boston Globe"), which is a source only where it reports: media companies cut too.
    let outlet = outlets().contains(name);
    let headed =
        toks[last].is_any_of(outlet_heads()) && toks[last].text.starts_with(char::is_uppercase);
    // "the Alliance for American Manufacturing": the rest of a body's name is the body.
    let body = body_rest
        || is_body(name, &toks[first..=last], ctx)
        || before(1).is_some_and(|t| t.is_any(&["for", "of", "on"]))
            && before(2).is_some_and(|t| {
                t.is_any_of(body_words()) && t.text.starts_with(char::is_uppercase)
            });
    let after_said = before(1).is_some_and(|t| t.is_any(&["to", "by", "told"]))
        && before(2).is_some_and(|t| t.is_any(&["according", "reported", "told", "first", "said"]));
    // "according to employment consulting firm X": a few lower-case words may describe it.
    let window = &toks[first.saturating_sub(6)..first];
    // (Punctuation before "according" is the clause before it.)
    // So does "as per" ("As per the data firm FactSet, BuzzFeed has 1,522 employees").
    let according = window
        .windows(2)
        .rposition(|w| w[0].is("according") && w[1].is("to") || w[0].is("as") && w[1].is("per"))
        .is_some_and(|k| !window[k..].iter().any(|t| t.kind == TokKind::Punct));
    let told = before(1).is_some_and(|t| t.is_any(&["told", "tells", "telling", "via", "per"]));
    // "X first reported", "X previously reported", "The Ledger had reported": where the
    // reporting verb is, past an adverb, or, for a newspaper, an auxiliary of "reported"
    // itself. (Near misses: "Okta has also revealed plans to cut" reveals its own; "Initech
    // Mining has reported 8,000 job losses" its own losses.)
    let mut report_at = verb_at;
    while report_at < verb_at + 2
        && after(report_at).is_some_and(|t| t.is_any(&["first", "previously", "earlier", "also"]))
    {
        report_at += 1;
    }
    if (outlet || headed)
        && after(report_at).is_some_and(|t| t.is_any(&["had", "has", "have"]))
        && after(report_at + 1).is_some_and(|t| t.is("reported"))
    {
        report_at += 1;
    }
    let reports = after(report_at).is_some_and(|t| t.is_any_of(reporting_verbs()));
    // An outlet is an employer only where a sentence makes it one: the subject of a verb
    // ("Bloomberg laid off 90 newsroom employees"), its own staff ("BuzzFeed's newsroom"),
    // or the place of the cuts ("layoffs at Vice"). "Forbes's claim" and "BBC sources
    // said" cite it.
    // (These four and `cuts` are closures: they matter only for an outlet or a body, and
    // most names are neither.)
    let own_staff = || {
        next.is_some_and(|t| {
            t.is_any(&[
                "newsroom",
                "newsrooms",
                "staff",
                "staffers",
                "employees",
                "journalists",
                "workers",
                "workforce",
                "editorial",
            ])
        })
    };
    let subject = || {
        next.is_some_and(|t| t.is_in(subject_verbs()) && !t.is_any_of(reporting_verbs()))
            || heads_a_list_of_subjects(toks, last)
    };
    // (Past an article after "at": "at the San Francisco Chronicle"; "members of the UCU"
    // are no place of cuts.)
    let place_of = || {
        before(1).is_some_and(|t| t.is_any(&["at", "from", "of", "across", "within"]))
            || before(1).is_some_and(|t| t.is("the")) && before(2).is_some_and(|t| t.is("at"))
            // "About 1,300 employees of the Grain Agency": staff of the body; "1,000 jobs
            // will be cut from the Department of Regional Services": what is cut from a
            // body is its own. (Near misses: "members of the UCU" are no staff of it; "a
            // report from the Department of Labor" cites it.)
            || before(1).is_some_and(|t| t.is("the"))
                && match (before(2), before(3)) {
                    (Some(p), Some(w)) => {
                        p.is_any(&["of", "from"])
                            && w.is_any(&["employees", "workers", "staff", "staffers", "personnel"])
                            || p.is("from") && w.is_any_of(cut_verbs())
                    }
                    _ => false,
                }
    };
    // Its own officer speaks for it: "New York Times executive editor Bill Keller announced
    // that the newsroom would shed 100 jobs". (A near miss: "New York Times reporter Jane
    // Doe wrote" cites the paper's reporting.)
    let officer = || {
        next.is_some_and(|t| t.is_any_of(officer_roles()) || t.is_any(&["editor", "publisher"]))
            && person_within(toks, last + 2, last + 6)
    };
    // What a newsroom does in reporting ("Bloomberg News approached the retailer",
    // "Reuters contacted the company", "Insider obtained a memo") makes it no subject of
    // the cuts. (A near miss: "Bloomberg laid off 90 newsroom employees".)
    let inquires = (outlet || headed) && next.is_some_and(|t| t.is_any(NEWSROOM_VERBS));
    let outlet_source =
        outlet && !(own_staff() || subject() || place_of() || officer()) || inquires;
    // A union, a government or a regulator speaks about cuts far more often than it makes
    // them: it is the employer only as the subject of a verb of cutting ("the Labor
    // Department laid off 300"), or where its own staff or the place of the cuts is named.
    // (Past the auxiliaries of a plan: "the Gates Foundation is to cut 250 jobs", "the
    // Trust plans to cut"; a near miss: "the Tax Foundation said firms will cut" speaks.)
    let cuts = || body_cuts(after, verb_at);
    let body_source = body && !(own_staff() || cuts() || place_of());
    // "The Mercury was told the retrenchments would happen in three stages": who was told
    // hears the news. (Near misses: "Initech was told to cut 300 jobs" is ordered to
    // cut; "Workers at Initech were briefed" names where the staff who heard it work.)
    // (Only the passive: "Initech has told staff it will cut 300 jobs" tells.)
    let was_told = !place_of() && {
        let k = match (after(verb_at), after(verb_at + 1)) {
            (Some(a), _) if a.is_any(&["was", "were"]) => Some(verb_at + 1),
            (Some(a), Some(b)) if a.is_any(&["has", "have", "had"]) && b.is("been") => {
                Some(verb_at + 2)
            }
            _ => None,
        };
        k.is_some_and(|k| {
            after(k).is_some_and(|t| t.is_any(&["told", "informed", "briefed", "notified"]))
                && !after(k + 1).is_some_and(|t| t.is("to"))
        })
    };
    outlet_source
        || was_told
        || law
        || body_source
        || after_said
        || according
        || told
        || document
        // (A name known only by its head word, "Silver Star", "MIT Press", reports its own
        // results or its own cuts as any firm does: "MIT Press reported falling sales and
        // cut 20 jobs".)
        || (reports
            && (outlet
                || !(after(report_at + 1).is_some_and(|t| t.is("that") || own_results(t))
                    || results_ahead(toks, last + report_at + 1))))
        || reported_that_of_others(toks, last + report_at)
        || (outlet && before(1).is_some_and(|t| t.is_any(&["to", "by", "on", "with"])))
}

/// The word after "reported" that opens a firm's report of its own results: "Initech
/// reported a loss", "reported its first quarterly decline", "reported weaker sales". A
/// firm that reports so is no source of news about others. (A near miss: "Initech
/// reported on Monday" may cite; an outlet that reports is a source whatever follows.)
/// (The nouns of results themselves, first or a few words on, are [`results_ahead`]'s.)
fn own_results(t: &Token) -> bool {
    t.is_any(&[
        "a",
        "an",
        "its",
        "their",
        "record",
        "quarterly",
        "annual",
        "net",
        "weaker",
        "stronger",
        "lower",
        "higher",
        "falling",
        "rising",
    ])
}

/// A noun of a firm's results within the few describing words after "reported" at
/// `from`: "reported fourth-quarter earnings", "reported adjusted profit of $2 billion",
/// "reported second-quarter revenue", "has reported six consecutive quarters of declining
/// sales". (A near miss: "reported job cuts at a rival" has no such noun; a clause of its
/// own, after "that" or a comma, is not looked into.)
fn results_ahead(toks: &[Token], from: usize) -> bool {
    toks.iter()
        .skip(from)
        .take(8)
        .take_while(|t| t.kind == TokKind::Word || t.text == "-")
        .take_while(|t| !t.is("that"))
        .any(|t| {
            t.is_any(&[
                "earnings", "profit", "profits", "loss", "losses", "revenue", "revenues", "sales",
                "results", "income", "margins", "turnover", "quarter", "quarters", "growth",
                "decline", "declines",
            ])
        })
}

/// "Initech quietly laid off 800 workers", "Initech recently cut 800 jobs", "Initech still
/// cut": an adverb (one in -ly, or one of a few short ones) between a sentence-initial
/// name and its verb. (A near miss: "Interestingly, ..." puts a comma after the adverb,
/// and "Only recently" is an adverb itself, which the `-ly` check on the name refuses.)
fn adverb_then_verb(toks: &[Token], at: usize) -> bool {
    let Some(adverb) = toks.get(at) else {
        return false;
    };
    let adverb_like = adverb.kind == TokKind::Word
        && adverb.text.starts_with(char::is_lowercase)
        && (adverb.text.len() > 4 && adverb.text.ends_with("ly")
            || adverb.is_any(&["still", "just", "now", "again", "already", "once", "then"]));
    adverb_like
        && toks
            .get(at + 1)
            .is_some_and(|v| v.ws_before && (subject_verb(v) || past_tense(v)))
}

/// Head words, besides `DESCRIPTION_HEADS` and trades, of a phrase describing a firm
/// after its name: "Zappos, a unit of Amazon,", "Loom, the video tool that ...".
const APPOSITIVE_FIRM_HEADS: &[&str] = &[
    "unit",
    "subsidiary",
    "parent",
    "owner",
    "start-up",
    "tool",
    "app",
    "developer",
    "publisher",
    "studio",
    "brand",
    "manufacturer",
    "supplier",
    "producer",
    "network",
    "marketplace",
];

/// Participles that open a phrase describing a firm after its name: "Acme, based in
/// Ohio, laid off 60 employees".
const DESCRIBING_PARTICIPLES: &[&str] = &[
    "based",
    "headquartered",
    "founded",
    "valued",
    "backed",
    "owned",
    "controlled",
    "listed",
    "known",
    "formerly",
    "created",
    "launched",
    "spun",
    "acquired",
    "bought",
];

/// Words of sharing between a list of names and its verb: "Globex and Initech each laid
/// off", "both cut", "have all announced".
const SHARING: &[&str] = &["all", "also", "both", "each"];

/// "CNN, Gannett, and The Washington Post all enacted heavy layoffs": a name that opens a
/// list of names whose verb follows it is a subject too. (A near miss: "CNN, citing
/// sources, reported" lists no names.)
fn heads_a_list_of_subjects(toks: &[Token], last: usize) -> bool {
    let rest = &toks[(last + 1).min(toks.len())..(last + 14).min(toks.len())];
    if !rest
        .first()
        .is_some_and(|t| t.text == "," || t.is_any(&["and", "or"]))
    {
        return false;
    }
    let mut names = 0;
    for (k, t) in rest.iter().enumerate() {
        if t.text == "," || t.is_any(&["and", "or", "the", "&"]) {
            continue;
        }
        if t.is_capitalized() {
            names += 1;
            continue;
        }
        let verb_at = if t.is_any(SHARING) || t.is_any(&["have", "had", "has"]) {
            k + 1
        } else {
            k
        };
        return names > 0
            && rest.get(verb_at).is_some_and(|v| {
                !v.is_any_of(reporting_verbs()) && (subject_verb(v) || past_tense(v))
            });
    }
    false
}

/// A word that follows a name in subject position: a verb `SUBJECT_VERBS` lists, or a verb
/// of cuts ("Globex and Initech have announced", "Acme, which ..., said").
pub fn subject_verb(v: &Token) -> bool {
    v.kind == TokKind::Word && (v.is_in(subject_verbs()) || crate::triggers::is_cut_verb(v))
}

/// A word in the form of a regular past tense: "reinstated", "resumed" (and, alike, a
/// past participle). Short words that end so ("red", "bed", "shed") are no such form, nor
/// are "hundred" ("Three hundred miners"), "indeed", "need" and "speed"; of the words in
/// "-eed", only the past of a verb in "-ee" is ("Volkswagen agreed to cut", "decreed",
/// "guaranteed").
fn past_tense(v: &Token) -> bool {
    v.kind == TokKind::Word
        && v.text.len() > 4
        && v.text.ends_with("ed")
        && (!v.text.ends_with("eed") || v.is_any(EE_VERBS_PAST))
        && !v.text.ends_with("dred")
        && v.text.starts_with(char::is_lowercase)
}

/// The past of verbs in "-ee", which end in "-eed" as "need" and "speed" do.
const EE_VERBS_PAST: &[&str] = &["agreed", "disagreed", "decreed", "guaranteed", "freed"];

/// "Variety reported that the cuts involved at least 50 staffers": a name that reports what
/// others did is a source. A near miss: "Acme reported that it would cut 500 jobs" tells
/// of its own cuts ("it", "its", "we" open what it reports).
fn reported_that_of_others(toks: &[Token], verb: usize) -> bool {
    toks.get(verb)
        .is_some_and(|t| t.is_any(&["reported", "reports", "wrote", "revealed", "reveals"]))
        && toks.get(verb + 1).is_some_and(|t| t.is("that"))
        && toks
            .get(verb + 2)
            .is_some_and(|t| !t.is_any(&["it", "its", "we", "our", "they", "their"]))
}

/// A person named among tokens `from..to`, as after a role ("chief executive Jane
/// Smith"): a capitalised given name, or a name of two words that speaks, owns or closes
/// the phrase ([`speaker_named_at`]).
fn person_within(toks: &[Token], from: usize, to: usize) -> bool {
    (from..to.min(toks.len())).any(|k| {
        toks[k].is_capitalized()
            && (toks[k].text.is_ascii() && first_names().contains_token(&toks[k])
                || speaker_named_at(toks, k))
    })
}

/// Whether an officer's role and a given name follow a name that ends at token `last`:
/// "Initech chief executive Jane Smith", "Globex founder Ann Lee". A firm's name, then,
/// even a lone word, where a lone word alone may be a person's surname ("..., Smith said").
/// Only a firm's roles: a chief executive, operating, financial or technology officer
/// and a founder, not roles that public bodies share ("Fed chair Jerome Powell",
/// "Pentagon spokesman John Kirby"). A former officer speaks for no firm: "former Globex
/// chief executive Jane Smith", "ex-Globex CEO". (A near miss also: "Smith, chief
/// executive Jane Doe's deputy" has a comma first.)
pub fn officer_follows(toks: &[Token], first: usize, last: usize) -> bool {
    let role = toks.get(last + 1).is_some_and(|t| {
        t.is_any(&[
            "ceo",
            "cfo",
            "coo",
            "cto",
            "founder",
            "co-founder",
            "cofounder",
        ]) || t.is("chief")
            && toks
                .get(last + 2)
                .is_some_and(|n| n.is_any(&["executive", "operating", "financial", "technology"]))
    });
    let former = first > 0 && toks[first - 1].is_any(&["former", "ex", "previous", "onetime"])
        || first > 1 && toks[first - 1].text == "-" && toks[first - 2].is("ex");
    role && person_within(toks, last + 2, last + 6) && !former
}

/// "Sundar Pichai said", "Satya Nadella, who", "Elon Musk's email": two capitalised words
/// at `at` that speak, own or close the phrase next are a person's name, whether or not
/// the list of given names holds the first. (Near misses: "Globex CEO Initech Holdings
/// said" ends in a firm's word; "CEO Jane" is one word.)
fn speaker_named_at(toks: &[Token], at: usize) -> bool {
    let name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Word
                && t.is_capitalized()
                && t.ws_before
                && !is_legal_suffix(t.text)
                && !t.is_any_of(firm_heads())
        })
    };
    name(at)
        && name(at + 1)
        && toks.get(at + 2).is_some_and(|t| {
            matches!(t.text, "," | "'s" | "’s" | "'" | "’")
                || t.is_any(&[
                    "said",
                    "says",
                    "told",
                    "wrote",
                    "announced",
                    "added",
                    "explained",
                ])
        })
}

/// The roles of a firm's own officers, written after its name: "Initech chief executive
/// Jane Smith", "Globex spokeswoman Ann Lee".
const OFFICER_ROLES: &[&str] = &[
    "chief",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "founder",
    "co-founder",
    "cofounder",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "executive",
    "boss",
    "head",
    "director",
    "managing",
];

/// Words that qualify a role rather than name a firm: "Former chief executive Jane Smith".
const ROLE_QUALIFIERS: &[&str] = &[
    "former",
    "acting",
    "interim",
    "outgoing",
    "incoming",
    "new",
    "deputy",
    "senior",
    "vice",
    "then",
    "current",
    "retired",
    "ex",
    "longtime",
    "founding",
    "assistant",
    "associate",
    "general",
    "group",
    "company",
    "our",
    "its",
    "their",
    "the",
    "a",
    "an",
];

/// Words of the places and bodies a given name may open ("Kent County", "Jackson
/// City", "Austin Community College"), which no surname is.
const PUBLIC_BODY_WORDS: &[&str] = &[
    "county",
    "city",
    "borough",
    "district",
    "township",
    "parish",
    "council",
    "community",
    "university",
    "college",
    "hospital",
    "school",
    "schools",
    "state",
];

/// Titles written right before a person's name ("CEO Brian Armstrong", "Mr. Pichai").
const PERSON_TITLES: &[&str] = &["ceo", "mr", "ms", "mrs", "dr", "founder"];

/// Titles written short before a person's name: "State Sen. Tom Hale", "Lt. Gov. Jane Roe".
const TITLE_ABBREVIATIONS: &[&str] = &[
    "sen", "rep", "reps", "gov", "lt", "gen", "col", "sgt", "capt", "cmdr", "adm", "supt", "atty",
    "cllr", "insp", "det", "amb", "pres",
];

/// Roles written right before a person's name ("owner Sam Zell", "editor Bill Keller").
const PERSON_ROLES: &[&str] = &[
    "owner",
    "editor",
    "chairman",
    "chairwoman",
    "president",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "cfo",
    "coo",
    "cto",
    "director",
    "manager",
    "officer",
    "analyst",
    "economist",
    "consultant",
    "adviser",
    "advisor",
    "investor",
    "entrepreneur",
    "researcher",
    "strategist",
    "lawyer",
    "attorney",
    "professor",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
];

/// "Sundar Pichai, Alphabet’s CEO, said": two capitalised words described, after a comma,
/// by a role ("Alphabet's chief executive", "the company's founder", "CEO of Acme"). A near
/// miss: "Northwind Traders, the retailer, said" describes a firm.
fn described_person(toks: &[Token], i: usize) -> bool {
    const ROLES: &[&str] = &[
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chief",
        "founder",
        "co-founder",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "director",
        "head",
        "secretary",
        "minister",
        "governor",
        "mayor",
        "senator",
    ];
    let (Some(second), Some(comma)) = (toks.get(i + 1), toks.get(i + 2)) else {
        return false;
    };
    // "Neville Kahn from Deloitte said", "Jane Roe at Globex told staff": two capitalised
    // words, "from" or "at" a name, then a verb of saying. (A near miss: "Initech
    // Systems at Davos unveiled" says nothing.)
    // Both readings need a second capitalised word that is no legal form: asked once.
    if !(second.ws_before && second.is_capitalized() && !is_legal_suffix(second.text)) {
        return false;
    }
    let from_a_firm = comma.is_any(&["from", "at"])
        && toks.get(i + 3).is_some_and(|n| n.is_capitalized())
        && toks[i + 4..(i + 8).min(toks.len())]
            .iter()
            .skip_while(|t| t.is_capitalized() || t.text == "&")
            .take(1)
            .any(|t| t.is_any(&["said", "says", "told", "added", "explained", "wrote"]));
    if from_a_firm {
        return true;
    }
    comma.text == ","
        && toks[i + 3..(i + 9).min(toks.len())]
            .iter()
            .take_while(|t| {
                !matches!(t.text, "," | "." | ";" | "(")
                    && !t.is_any(&["whose", "which", "who", "that"])
            })
            .any(|t| t.is_any(ROLES))
}

/// The governing bodies of a firm, which act for it: "Initech's Board".
const ORGANS: &[&str] = &[
    "cabinet",
    "board",
    "management",
    "executive",
    "directors",
    "leadership",
    "trustees",
    "committee",
];

/// Verbs of reporting work that an outlet is the subject of: it asks and reads, and
/// the cuts are another's.
const NEWSROOM_VERBS: &[&str] = &[
    "approached",
    "contacted",
    "asked",
    "obtained",
    "reviewed",
    "viewed",
    "saw",
    "queried",
    "interviewed",
    "surveyed",
    "analyzed",
    "analysed",
    "examined",
    "reached",
];

/// Last words of newspaper and wire names: "The Journal", "Boston Globe", "Fox News".
const OUTLET_HEADS: &[&str] = &[
    "journal",
    "times",
    "post",
    "news",
    "herald",
    "gazette",
    "tribune",
    "chronicle",
    "telegraph",
    "guardian",
    "observer",
    "examiner",
    "inquirer",
    "courier",
    "globe",
    "magazine",
    "wire",
    "newswire",
    "mirror",
    "express",
    "ledger",
    "sentinel",
    "dispatch",
    "bulletin",
    "register",
    "standard",
    "star",
    "record",
    "press",
    "enquirer",
    "mercury",
    "advertiser",
    "argus",
    "monitor",
    "independent",
    "reporter",
];

/// Names that stand for a whole sector (metonyms in common use): "Wall Street", "Silicon
/// Valley", "Big Tech".
const SECTORS: &[&str] = &[
    "Wall Street",
    "Silicon Valley",
    "Big Tech",
    "Big Pharma",
    "Big Oil",
    "Big Four",
    "Hollywood",
    "Fleet Street",
    "Madison Avenue",
    "Main Street",
    "Bay Street",
    "Dalal Street",
    "the City",
];

/// Verbs that make their subject the one who cuts: "the Labor Department laid off 300".
const CUT_VERBS: &[&str] = &[
    "disestablish",
    "disestablished",
    "disestablishing",
    "lay",
    "laid",
    "lays",
    "laying",
    "eliminate",
    "fire",
    "fired",
    "fires",
    "shut",
    "close",
    "axe",
    "shedding",
    "slash",
    "trim",
    "cut",
    "cuts",
    "cutting",
    "eliminated",
    "eliminates",
    "slashed",
    "slashes",
    "shed",
    "sheds",
    "axed",
    "axes",
    "trimmed",
    "trims",
    "closed",
    "closes",
    "closing",
    "furloughed",
    "eliminating",
    "shutting",
    "shuts",
    "axing",
    "slashing",
    "trimming",
    "firing",
    "dismiss",
    "dismissed",
    "dismisses",
    "dismissing",
    "terminate",
    "terminated",
    "terminates",
    "terminating",
    "reduce",
    "reduced",
    "reduces",
    "reducing",
];

/// The words that may stand between a body's name and its verb of cutting: "is to cut",
/// "has also cut", "plans to cut", "will now cut", "had already shed".
const CUT_AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "could",
    "may",
    "might",
    "must",
    "to",
    "be",
    "has",
    "have",
    "had",
    "plans",
    "planned",
    "intends",
    "expects",
    "proposed",
    "proposes",
    "proposing",
    "planning",
    "decided",
    "voted",
    "set",
    "also",
    "now",
    "already",
    "recently",
    "previously",
    "quietly",
    "formally",
    "officially",
    "again",
];

/// Whether a body's own cut follows its name at `verb_at` (`after` reads the tokens past
/// the name): a verb of cutting past auxiliaries ("is to cut", "had already shed"); past
/// an aside between commas ("The Department of Learning Services, which employs 4,000
/// people, will eliminate"; "Global Relief Alliance, one of the largest NGOs, will cut");
/// or in what it says of itself ("said on Monday that it would cut 420 of its
/// employees"). (Near misses: "the Tax Foundation said firms will cut" speaks of others;
/// "the union, which represents 4,000 workers, said" speaks.)
fn body_cuts<'t, 's: 't>(after: impl Fn(usize) -> Option<&'t Token<'s>>, verb_at: usize) -> bool {
    // The verb of cutting, and staff or a figure within a few words after it: "will
    // eliminate 1,400 positions", "laid off 300". (A near miss: "will reduce funding to
    // schools" cuts money.)
    let verb_after = |from: usize| {
        let Some(v) =
            (from..from + 5).find(|&k| after(k).is_some_and(|t| !t.is_any(CUT_AUXILIARIES)))
        else {
            return false;
        };
        after(v).is_some_and(|t| t.is_any_of(cut_verbs()))
            && (v + 1..v + 7).map_while(&after).any(|t| {
                t.kind == TokKind::Number
                    || t.is_any_of(crate::triggers::job_nouns())
                    || t.is_any(&["off", "go"])
            })
    };
    if verb_after(verb_at) {
        return true;
    }
    // Past an aside: the comma that closes it, within a short clause.
    if after(verb_at).is_some_and(|t| t.text == ",") {
        if let Some(close) = (verb_at + 1..verb_at + 16)
            .take_while(|&k| after(k).is_some_and(|t| !matches!(t.text, "." | ";" | ":")))
            .find(|&k| after(k).is_some_and(|t| t.text == ","))
        {
            return verb_after(close + 1);
        }
        return false;
    }
    // What it says of itself: "said [on Monday] [that] it would cut", with only a time,
    // "that" and commas before "it". (A near miss: "said employers reported they cut"
    // tells of others.)
    if after(verb_at).is_some_and(|t| t.is_any(&["said", "says", "announced", "confirmed"])) {
        // The first word past the time and "that" must be "it".
        let time_or_that = |t: &Token| {
            t.is_any(&[
                "that",
                "on",
                "in",
                "this",
                "last",
                "today",
                "yesterday",
                ",",
            ]) || t.kind == TokKind::Number
                || crate::dates::WEEKDAYS.iter().any(|w| t.is(w.word))
        };
        let it = (verb_at + 1..verb_at + 7).find(|&k| !after(k).is_some_and(time_or_that));
        return it.is_some_and(|k| after(k).is_some_and(|t| t.is("it")) && verb_after(k + 1));
    }
    false
}

/// Words that make a name a body that speaks about cuts rather than makes them: unions,
/// governments and their departments, regulators, courts, lobbies and think tanks.
/// "Alliance for American Manufacturing", "New York State Attorney General", "Tax
/// Foundation", "University and College Union", "Ministry of Finance".
const BODY_WORDS: &[&str] = &[
    "union",
    "unions",
    "government",
    "ministry",
    "department",
    "bureau",
    "commission",
    "regulator",
    "cabinet",
    "parliament",
    "congress",
    "senate",
    "court",
    "tribunal",
    "foundation",
    "institute",
    "alliance",
    "federation",
    "confederation",
    "brotherhood",
    "guild",
    "association",
    "politicians",
    // Statistics offices, which count the jobs an economy loses: "the Office for National
    // Statistics said 50,000 jobs were lost", "Stats NZ", "the Census Bureau".
    "statistics",
    "statistical",
    "stats",
    "census",
];

/// Whether a name is a body that speaks about cuts (see [`BODY_WORDS`]), or one the text
/// calls a union. "Credit Union" is a lender, not a trade union.
fn is_body(name: &str, words: &[Token], ctx: &NameContext<'_>) -> bool {
    // "General" only as an office's last word: "Attorney General", not "General Motors".
    // (A union's known short name before a word of its branches is the union's: "AFSCME
    // Council 31", "Unifor Local 444". A near miss: "Unite Group" is a property firm.)
    ctx.unions.contains(name)
        || words.len() > 1
            && union_names().contains(words[0].text)
            && words[1..]
                .iter()
                .all(|t| t.is_any(&["local", "council", "district", "region", "branch"]))
        || words.last().is_some_and(|t| t.is("general")) && words.len() > 1
        || words.iter().enumerate().any(|(k, t)| {
            t.is_any_of(body_words()) && !(t.is("union") && k > 0 && words[k - 1].is("credit"))
        })
}

/// Whether a name is a union's: one of the unions' names, or its first word ("Unifor
/// Local 39"), or a name with "union" in it.
pub(crate) fn is_union(name: &str, words: &[Token]) -> bool {
    let names = union_names();
    names.contains(name)
        || name.split(' ').next().is_some_and(|w| names.contains(w))
        || words.iter().any(|t| t.is_any(&["union", "unions"]))
}

/// Whether a name, with its words, is a union or a public body ([`BODY_WORDS`], the
/// unions of `data/unions.tsv`), which speaks for others far more often than it cuts.
pub(crate) fn is_speaking_body(name: &str, words: &[Token]) -> bool {
    union_names().contains(name) || words.iter().any(|t| t.is_any_of(body_words()))
}

/// Words that may stand between a union's name and its officer's role: "Unite national
/// officer".
const UNION_ROLE_QUALIFIERS: &[&str] = &[
    "national", "regional", "local", "senior", "lead", "district", "area",
];

/// The roles of a union's officers: "Unite officer Richard Peters".
const UNION_ROLES: &[&str] = &[
    "officer",
    "organiser",
    "organizer",
    "convenor",
    "convener",
    "steward",
    "stewards",
];

/// Trade unions by their short names, from public lists, in the case they are written:
/// see `data/unions.tsv`.
const UNIONS: &str = include_str!("../data/unions.tsv");

fn union_words() -> impl Iterator<Item = &'static str> {
    UNIONS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .filter_map(|l| l.split('\t').next())
}

/// The unions' names and the first parts of hyphenated ones ("AFL" of "AFL-CIO"), as a
/// word set: its shape gate answers most words at once.
fn union_shapes() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(union_words().map(|n| n.split('-').next().unwrap_or(n))))
}

fn union_names() -> &'static FxSet<&'static str> {
    static SET: OnceLock<FxSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| union_words().collect())
}

/// The shape of "union" in any case, as tokenizing gives it (`Token::shape`).
const UNION_SHAPE: u16 = crate::wordset::gate_bit(b"union") as u16;

/// Adds to `out` the names the text calls a union at word `i` of a sentence: "Unite the
/// union", "Unite, the union,", "the GMB union", "union Unite". A near miss: "the union's
/// members" names none. (Called for each word while `NameContext::new` reads the text.)
fn called_unions_at<'a>(toks: &[Token<'a>], i: usize, out: &mut FxSet<&'a str>) {
    let t = &toks[i];
    // Every rule below starts from "union" or a capitalised word: most words are
    // neither. (The shape, a compare of two bytes, rules out most words before the text
    // is read.)
    let union = t.shape == UNION_SHAPE && t.is("union");
    if !union && !t.is_capitalized() {
        return;
    }
    // "The CWU said", "Unite said 250 workers would be made redundant": a union known by
    // its name, from public lists (`data/unions.tsv`). "AFL-CIO": a name with a hyphen.
    // (The shape gate of a word set rules most words out before the exact-case lookup.)
    if !union && union_shapes().contains_token(t) {
        let names = union_names();
        if let Some(n) = names.get(t.text) {
            out.insert(n);
        } else if let (Some(h), Some(b)) = (toks.get(i + 1), toks.get(i + 2)) {
            if h.text == "-" && !h.ws_before && !b.ws_before {
                let joined = format!("{}-{}", t.text, b.text);
                if let Some(n) = names.get(joined.as_str()) {
                    out.insert(n);
                }
            }
        }
    }
    // "University and College Union (UCU)": the short form too.
    if union && toks.get(i + 1).is_some_and(|o| o.text == "(") {
        if let (Some(a), Some(c)) = (toks.get(i + 2), toks.get(i + 3)) {
            if a.is_capitalized() && c.text == ")" {
                out.insert(a.text);
            }
        }
    }
    // "Unite officer Richard Peters", "Rob MacGregor, Unite national officer":
    // an organisation whose officers, organisers or stewards speak is a union.
    // (A near miss: "a Boeing official said" is a firm's spokesman: officials and
    // chief officers are not union roles.)
    if t.is_capitalized() && !t.is("chief") {
        let mut k = i + 1;
        if toks
            .get(k)
            .is_some_and(|r| r.is_any_of(union_role_qualifiers()))
        {
            k += 1;
        }
        let role = toks
            .get(k)
            .is_some_and(|r| r.is_any_of(union_roles()) && r.text.starts_with(char::is_lowercase));
        if role {
            out.insert(t.text);
        }
    }
    // "Unite the Union": the union's own name for itself, capitalised.
    let own_name =
        t.text == "Union" && i >= 2 && toks[i - 1].text == "the" && toks[i - 2].is_capitalized();
    if own_name {
        out.insert(toks[i - 2].text);
        return;
    }
    if !(union && t.text.starts_with(char::is_lowercase)) {
        return;
    }
    // "Unite the union", "Unite, the union"
    let mut k = i;
    if k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    if k > 0 && toks[k - 1].text == "," {
        k -= 1;
    }
    if k < i && k > 0 && toks[k - 1].is_capitalized() {
        out.insert(toks[k - 1].text);
    }
    // "the GMB union", "Unite union"
    if i > 0 && toks[i - 1].is_capitalized() {
        out.insert(toks[i - 1].text);
    }
    // "union Unite said"
    if let Some(n) = toks.get(i + 1).filter(|n| n.is_capitalized()) {
        out.insert(n.text);
    }
}

/// "COPENHAGEN (Nordic Tech Wire) - Halvorsen Networks ...", "FRANKFURT, Germany (EBW)
/// —": the name in brackets after a dateline that opens the sentence in capitals, before
/// a dash, credits the agency that filed the story. (A near miss: "Halvorsen Networks
/// (HNW) will cut 500 jobs" has no dateline and no dash.)
fn dateline_credit(toks: &[Token], first: usize, last: usize) -> bool {
    let dash = |t: &Token| matches!(t.text, "-" | "—" | "–" | "--");
    let bracketed = first >= 2
        && toks[first - 1].text == "("
        && toks.get(last + 1).is_some_and(|t| t.text == ")")
        && toks.get(last + 2).is_some_and(dash);
    // The dateline: a town in capitals, then perhaps a comma and a state or country.
    let line = &toks[..first.saturating_sub(1)];
    let capitals = |t: &Token| {
        t.kind == TokKind::Word && t.text.len() >= 2 && !t.text.chars().any(char::is_lowercase)
    };
    bracketed
        && line.first().is_some_and(capitals)
        && line.len() <= 5
        && line
            .iter()
            .all(|t| capitals(t) || t.text == "," || t.text == "." || t.is_capitalized())
}

/// Verbs by which a source reports news: "Variety reported that the cuts ...".
const REPORTING_VERBS: &[&str] = &[
    "reported",
    "reports",
    "reporting",
    "wrote",
    "writes",
    "revealed",
];

/// Documents that cite figures: "in an SEC filing", "a Challenger report", "ONS data".
const SOURCE_DOCUMENTS: &[&str] = &[
    "filing", "filings", "report", "survey", "data", "analysis", "tally", "tracker", "study",
    "index",
];

/// Capitalised words that end a name run ("The Wall Street Journal On Monday") and are
/// never a name on their own: function words, titles, reporting verbs.
const NAME_ENDERS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "but",
    "or",
    "as",
    "it",
    "its",
    "this",
    "that",
    "after",
    "before",
    "since",
    "while",
    "when",
    // Subordinating conjunctions: "Although Goldman cut a similar amount of staff".
    "although",
    "though",
    "whereas",
    "unless",
    "until",
    "once",
    "with",
    "about",
    "amid",
    "according",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chief",
    "executive",
    "president",
    "chairman",
    "founder",
    "director",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "analyst",
    "said",
    "says",
    "layoffs",
    "layoff",
    "update",
    "updated",
];

/// Words that also end a name run but may open one: "Editor & Publisher", "Are".
const RUN_BREAKERS: &[&str] = &["editor", "reporter", "is", "are"];

/// Role words before a person's name: "Managing editor Darrell Etherington".
const ROLE_WORDS: &[&str] = &[
    "editor",
    "reporter",
    "writer",
    "journalist",
    "correspondent",
    "columnist",
    "analyst",
    "economist",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "founder",
    "co-founder",
    "ceo",
    "cfo",
    "chairman",
    "chairwoman",
    "president",
    "director",
    "manager",
    "engineer",
    "officer",
    "executive",
    "chief",
    "head",
    "broadcaster",
    "host",
    "anchor",
    "producer",
    "designer",
    "employee",
    "worker",
    "staffer",
    "professor",
    "minister",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "lawyer",
    "attorney",
    "judge",
    "author",
    "researcher",
    "scientist",
    "coach",
];

/// Words after a lone capitalised word ending in "-ly" that make it a name, not a sentence
/// adverb: "Grammarly said it would cut 120 jobs", "Calendly has laid off staff", "Bitly
/// will cut". An adverb opens a sentence before a participle ("Previously announced cuts",
/// "Recently hired staff"), a comma or a subject, never before these.
const NAME_NOT_ADVERB_NEXT: &[&str] = &[
    "said", "says", "told", "has", "have", "had", "will", "would", "is", "was", "plans",
];

/// "start-up", "scale-up", "spin-off": a hyphened noun for a young firm or one split off,
/// at the start of `toks`.
fn young_firm_compound(toks: &[Token]) -> bool {
    let [w, dash, part, ..] = toks else {
        return false;
    };
    dash.text == "-"
        && !dash.ws_before
        && (w.is_any(&["start", "scale"]) && part.is("up") || w.is("spin") && part.is("off"))
}

/// Nouns that end a description of a company: "the Cloud communications provider".
const DESCRIPTION_HEADS: &[&str] = &[
    "provider", "company", "firm", "giant", "maker", "platform", "service", "startup", "retailer",
    "bank", "chain", "operator", "carrier", "lender", "group", "business", "outlet", "site",
];

/// Whether `word` is the plural of a kind of employer: of a description head ("Banks",
/// "Retailers"), a trade ("Automakers", "Insurers"), a word for firms ("Employers",
/// "Companies", "Businesses") or, with `sites`, a workplace ("Hospitals").
pub(crate) fn kind_of_employer_plural(word: &str, sites: bool) -> bool {
    let lower = word.to_ascii_lowercase();
    let singulars = [
        lower.strip_suffix("ies").map(|s| format!("{s}y")),
        lower.strip_suffix("es").map(str::to_string),
        lower.strip_suffix('s').map(str::to_string),
    ];
    let firm_words = [
        "employer",
        "company",
        "business",
        "corporation",
        "organisation",
        "organization",
    ];
    lower.len() > 3
        && (sites && crate::lexicon::WORKPLACES.contains(&lower.as_str()) && lower.ends_with('s')
            || singulars.iter().flatten().any(|s| {
                DESCRIPTION_HEADS.contains(&s.as_str())
                    || firm_words.contains(&s.as_str())
                    || crate::lexicon::is_trade_noun(s)
            }))
}

/// How a firm's shares move: "Contoso shares fell 5%".
pub(crate) const SHARE_MOVES: &[&str] = &[
    "fell", "rose", "slid", "slipped", "jumped", "dropped", "tumbled", "plunged", "gained", "sank",
    "climbed", "surged", "soared", "dipped", "slumped", "declined", "rallied", "closed", "ended",
    "traded", "were", "are", "have", "had", "fall", "rise",
];

/// Sectors whose shares move together, no firm: "Retail shares fell", "Bank stocks".
const SHARE_SECTORS: &[&str] = &[
    "retail",
    "tech",
    "technology",
    "bank",
    "banking",
    "energy",
    "oil",
    "chip",
    "airline",
    "mining",
    "auto",
    "media",
    "property",
    "insurance",
    "pharma",
    "defence",
    "defense",
    "travel",
    "utility",
    "steel",
    "global",
    "european",
    "asian",
    "us",
    "u.s.",
    "common",
    "preferred",
    "ordinary",
    "treasury",
    "growth",
    "value",
    "semiconductor",
    "healthcare",
    "health",
    "consumer",
    "industrial",
    "financial",
    "shipping",
    "class",
    "software",
    "telecom",
    "biotech",
    "restaurant",
    "food",
    "gold",
];

/// Adverbs that open a sentence and a comma, before its subject: "Instead, Amazon and
/// Google cut jobs" (those in "-ly" are told by their ending).
const DISCOURSE_ADVERBS: &[&str] = &[
    "instead",
    "today",
    "yesterday",
    "tomorrow",
    "overall",
    "elsewhere",
    "together",
    "combined",
    "again",
    "still",
    "also",
    "now",
    "then",
    "here",
    "there",
    "meanwhile",
    "however",
    "moreover",
    "furthermore",
    "besides",
    "otherwise",
    "nonetheless",
    "nevertheless",
    "thus",
    "hence",
    "therefore",
    "indeed",
    "likewise",
    "first",
    "second",
    "third",
    "finally",
    "lastly",
    "altogether",
    "so",
    "yet",
    "anyway",
    "afterwards",
    "later",
    "earlier",
    "overseas",
    "abroad",
    "worldwide",
    "globally",
    "separately",
    "similarly",
    "additionally",
    "previously",
    "recently",
    "currently",
    "notably",
    "meanwhile",
];

/// Words that follow a company name in subject position: "Twilio is laying off".
const SUBJECT_VERBS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "did",
    "does",
    "said",
    "says",
    "laid",
    "lays",
    "cut",
    "cuts",
    "announced",
    "announces",
    "plans",
    "planned",
    "to",
    "also",
    "confirmed",
    "confirms",
    "reported",
    "reports",
    "eliminated",
    "slashed",
    "slashes",
    "shed",
    "sheds",
    "reduced",
    "began",
    "started",
    "axed",
    "axes",
    "told",
    "informed",
    "notified",
    "filed",
    "let",
    "trimmed",
    "trims",
    // Verbs of closing and the rest of cutting: "Initech closed its Leeds plant".
    "closed",
    "closes",
    "shut",
    "shuts",
    "shuttered",
    "shutters",
    "eliminates",
    "reduces",
    "fired",
    "fires",
    "dismissed",
    "furloughed",
    "scrapped",
    // The British "made 80 workers redundant", "made redundant 60 staff".
    "made",
    // Verbs of handing out notices: "Vedantu issued layoff notices to 100 employees".
    "issued",
    "issues",
    "handed",
    "hands",
    "sent",
    "sends",
    "served",
    "serves",
    // What a firm does, in the present: "Initech makes software. The company will cut
    // 200 jobs." (Plural nouns end in "s" too, so only verbs, listed: "Tech companies"
    // names no firm.)
    "makes",
    "sells",
    "employs",
    "operates",
    "owns",
    "runs",
    "builds",
    "provides",
    "offers",
    "produces",
    "develops",
    "manufactures",
    "expects",
    "intends",
    "faces",
    // The emphatic pronoun after a name: "Microsoft itself announced ...".
    "itself",
];

/// Demonyms that start company names ("British Airways", "Danish Crown", "American Airlines").
const PLACE_ADJECTIVES: &[&str] = &[
    "american",
    "british",
    "canadian",
    "danish",
    "german",
    "french",
    "japanese",
    "swedish",
    "dutch",
    "italian",
    "spanish",
    "irish",
    "australian",
    "korean",
    "chinese",
    "indian",
    "mexican",
    "brazilian",
    "european",
    "asian",
    "african",
    "english",
    "israeli",
    "swiss",
];

/// Words that continue a name after "’s": "Children's Hospital", "St. Mary's Medical".
/// Head words that take "of" and a name into an institution's name.
pub(crate) const OF_HEADS: &[&str] = &[
    "bank",
    "university",
    "college",
    "institute",
    "museum",
    "council",
    "department",
    "ministry",
    "school",
    "academy",
    "office",
    "agency",
    "commission",
    "bureau",
    // Local governments: "City of Boston", "County of Marlow", "Town of Kessler".
    "city",
    "county",
    "town",
    "borough",
    "village",
    "district",
    "parish",
    // Governments and public bodies of a place or field: "Province of Lakeland",
    // "Government of Ontario", "State of Lakeland", "Board of Education", "Library of
    // Congress", "Diocese of Marlow".
    "province",
    "state",
    "government",
    "board",
    "library",
    "diocese",
    "archdiocese",
    // Unions and associations: "National Union of Mineworkers", "Association of
    // Mineworkers and Construction Union", "International Brotherhood of Teamsters".
    "union",
    "association",
    "federation",
    "confederation",
    "brotherhood",
    "guild",
];

/// After an institution's head word at `j - 1`, "of" or "for" (at `j`) and the name of
/// its field, past "the" ("Office of the Public Guardian", "Department of the Treasury",
/// "Department for Education"): the field's first word. (Near misses: "Microsoft of
/// Redmond" has no such head, "Bank of the year" no capitalised name.)
fn body_field(toks: &[Token], j: usize) -> Option<usize> {
    let head = &toks[j - 1];
    let joins =
        toks[j].is("of") && head.is_any(OF_HEADS) || toks[j].is("for") && head.is_any(FOR_HEADS);
    if !joins {
        return None;
    }
    let k = j + 1 + usize::from(toks.get(j + 1).is_some_and(|a| a.is("the")));
    toks.get(k)
        .is_some_and(|n| is_name_token(n) && !n.is("the") && (k == j + 1 || n.is_capitalized()))
        .then_some(k)
}

/// Bodies named for their members with a plural's apostrophe: "General Employees' Union",
/// "Nurses' Association". (A near miss: "the workers' union said" has no capitalised head.)
const MEMBERS_BODIES: &[&str] = &[
    "union",
    "association",
    "federation",
    "guild",
    "alliance",
    "council",
    "congress",
];

/// Head words of public bodies that take "for" and a field into their name:
/// "Department for Education", "Office for Students", "Agency for Toxic Substances".
pub(crate) const FOR_HEADS: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "commission",
    "centre",
    "center",
    "institute",
    "council",
];

/// Plural and collective nouns that end the names of firms and never a person's: after a
/// given name they make a firm of it ("Wayne Enterprises", "Kelly Services", "Tyson
/// Foods"), where "Wayne Smith" is a person. Nouns that are also surnames ("Group" is
/// not, "Brothers" names a family firm) are chosen so that no person's name ends in one.
const FIRM_HEADS: &[&str] = &[
    "enterprises",
    "industries",
    "services",
    "holdings",
    "group",
    "foods",
    "brands",
    "partners",
    "technologies",
    "systems",
    "solutions",
    "motors",
    "airlines",
    "airways",
    "communications",
    "pharmaceuticals",
    "laboratories",
    "labs",
    "capital",
    "media",
    "entertainment",
    "studios",
    "games",
    "stores",
    "brothers",
    "associates",
    "international",
    "manufacturing",
    "logistics",
    "energy",
    "networks",
    "ventures",
    "properties",
    "resources",
    "financial",
    "insurance",
    "healthcare",
];

const INSTITUTION_WORDS: &[&str] = &[
    "hospital",
    "health",
    "healthcare",
    "medical",
    "clinic",
    "university",
    "college",
    "bank",
    "foundation",
    "research",
    "mercy",
    "home",
    "homes",
    "club",
    "restaurant",
    "restaurants",
];

/// Words of a region or a side that modify an adjective of place: "Atlantic Canadian",
/// "North American", "Latin American", "Southeast Asian".
const REGION_MODIFIERS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "atlantic",
    "pacific",
    "latin",
];

/// Adjectives of place and other capitalised non-names.
/// Example: "American workers" and "the Restructuring Plan" name no employer.
const DEMONYMS: &[&str] = &[
    "american",
    "americans",
    "californian",
    "british",
    "european",
    "canadian",
    "indian",
    "chinese",
    "german",
    "french",
    "japanese",
    "danish",
    "swedish",
    "dutch",
    "italian",
    "spanish",
    "irish",
    "australian",
    "israeli",
    "korean",
    "asian",
    "african",
    "mexican",
    "brazilian",
    "english",
    "restructuring",
    "plan",
    "program",
    "programme",
    "company",
    "board",
    "committee",
];

fn run_breakers() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        WordSet::new(
            RUN_BREAKERS
                .iter()
                .chain(NAME_ENDERS)
                .chain(CALENDAR)
                .copied(),
        )
    })
}
/// State names as [`places::STATES`] writes them, without their abbreviation dots ("Calif").
fn state_names() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(places::STATES.iter().map(|p| p.trim_end_matches('.'))))
}
/// The states of [`places::STATES`] written with abbreviation dots ("N.Y.", "Calif.").
fn dotted_states() -> &'static [&'static str] {
    static LIST: OnceLock<Vec<&'static str>> = OnceLock::new();
    LIST.get_or_init(|| {
        places::STATES
            .iter()
            .copied()
            .filter(|p| p.contains('.'))
            .collect()
    })
}
static_set!(person_titles, PERSON_TITLES, PERSON_ROLES);
static_set!(title_lower, TITLE_LOWER);
static_set!(street_suffixes, crate::lexicon::STREET_SUFFIXES);
static_set!(title_short_lower, TITLE_SHORT_LOWER);
static_set!(union_role_qualifiers, UNION_ROLE_QUALIFIERS);
static_set!(union_roles, UNION_ROLES);
static_set!(pub(crate) officer_roles, OFFICER_ROLES);
static_set!(firm_heads, FIRM_HEADS);

/// Whether a word is a firm's head word ("Foods" in "Caldera Foods", "Motors").
pub(crate) fn is_firm_head(t: &Token) -> bool {
    t.is_any_of(firm_heads())
}

/// Whether `word`, in any case, is a noun that ends the name of one business of a firm
/// ("Services", "Energy", "Studios": "Amazon Web Services"), not a whole firm's name
/// ("Group", "Holdings": "Ardagh Group" is "Ardagh").
pub(crate) fn names_one_business(word: &str) -> bool {
    firm_heads().contains(word)
        && !WHOLE_FIRM_HEADS
            .iter()
            .any(|h| word.eq_ignore_ascii_case(h))
}

/// The nouns of [`FIRM_HEADS`] that end a whole firm's name.
const WHOLE_FIRM_HEADS: &[&str] = &[
    "group",
    "holdings",
    "industries",
    "enterprises",
    "international",
    "brands",
    "partners",
    "brothers",
    "associates",
];
static_set!(institution_words, INSTITUTION_WORDS);
static_set!(calendar, CALENDAR);
static_set!(role_words, ROLE_WORDS);
static_set!(legal_suffixes, LEGAL_SUFFIXES);
static_set!(demonyms, DEMONYMS);
static_set!(pub(crate) place_adjectives, PLACE_ADJECTIVES);
static_set!(outlets, OUTLETS);
static_set!(source_documents, SOURCE_DOCUMENTS);
static_set!(pub(crate) cut_verbs, CUT_VERBS);
static_set!(pub(crate) reporting_verbs, REPORTING_VERBS);
static_set!(outlet_heads, OUTLET_HEADS);
static_set!(body_words, BODY_WORDS);
static_set!(subject_verbs, SUBJECT_VERBS);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize;

    fn names(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        let ctx = NameContext::new(&[&toks]);
        find(s, &toks, &ctx).into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn shouting_counts_capitals() {
        let text =
            "AWS Byjü’s eBay iPhone IBM’s X A1 Q1 ÀÉ Àa ÀbcD BIGGERTHANSIXTEENBYTES DD 1,200";
        for t in tokenize(text) {
            let count = t.text.chars().filter(|c| c.is_uppercase()).count();
            assert_eq!(shouting(&t), count >= 2, "{}", t.text);
        }
    }

    #[test]
    fn a_pictures_credit_line_names_no_one() {
        for s in [
            "Source: Jane Doe/iStock",
            "Photo: Globex Images",
            "Image: Initech",
        ] {
            assert!(names(s).is_empty(), "{s}: {:?}", names(s));
        }
        // Near miss: a name that opens a sentence without the credit's label.
        assert_eq!(
            names("Globex Images said it will cut 300 jobs."),
            ["Globex Images"]
        );
    }

    #[test]
    fn finds_companies_with_suffixes_and_aliases() {
        assert_eq!(
            names("Google’s parent company Alphabet Inc. will lay off nearly 12,000 employees."),
            ["Google", "Alphabet"]
        );
        assert_eq!(
            names("Amazon Web Services (AWS), the cloud computing wing of Amazon, laid off staff."),
            ["Amazon Web Services", "AWS", "Amazon"]
        );
        assert_eq!(
            names("The retailer Bed Bath & Beyond and the exchange Crypto.com said they would cut jobs across several teams."),
            ["Bed Bath & Beyond", "Crypto.com"]
        );
    }

    #[test]
    fn a_plural_head_before_a_list_of_names_is_each_names_head() {
        assert_eq!(
            names("The universities of Winchester and Surrey plan to cut jobs."),
            ["University of Winchester", "University of Surrey"]
        );
        assert_eq!(
            names("The colleges of Kent, Essex and Sussex plan cuts, Globex said."),
            [
                "College of Kent",
                "College of Essex",
                "College of Sussex",
                "Globex"
            ]
        );
        // A name with its own head ends the list.
        assert_eq!(
            names("The universities of Winchester and Surrey and Queen Mary University of London plan cuts."),
            ["University of Winchester", "University of Surrey", "Queen Mary University of London"]
        );
        // Near miss: a singular head is one name, as it always was.
        assert_eq!(
            names("The University of Kent and Globex plan cuts."),
            ["University of Kent", "Globex"]
        );
        assert_eq!(place_of_institution("University of Kent"), Some("Kent"));
        assert_eq!(place_of_institution("Kent University"), None);
    }

    #[test]
    fn the_state_and_its_parties_alone_are_no_employers() {
        assert!(
            names("The Conservative government claims the private sector will hire.").is_empty()
        );
        let got = names("According to the 2025 State of the Game Industry report, 41% were hit.");
        assert!(!got.contains(&"State".to_string()), "{got:?}");
        // Near miss: a body of the state by its full name is one.
        assert_eq!(
            names("The State Department cut 1,300 staff."),
            ["State Department"]
        );
        assert_eq!(names("State Farm cut 1,300 staff."), ["State Farm"]);
    }

    #[test]
    fn outlets_that_open_a_list_of_subjects_are_employers() {
        let s = "CNN, Gannett, and The Washington Post all enacted heavy layoffs this month.";
        let toks = tokenize(s);
        let ctx = NameContext::new(&[&toks]);
        let cited: Vec<bool> = find(s, &toks, &ctx).iter().map(|o| o.cited).collect();
        assert_eq!(cited, [false, false, false]);
        // Near miss: outlets that open a list of reporters cite.
        let s = "CNN, Reuters and The Washington Post reported the layoffs this month.";
        let toks = tokenize(s);
        let ctx = NameContext::new(&[&toks]);
        assert!(find(s, &toks, &ctx).iter().take(2).all(|o| o.cited));
    }

    #[test]
    fn a_part_of_a_law_by_its_number_is_no_name() {
        assert_eq!(
            names("The union received a Section 189 notice from Sibanye Gold."),
            ["Sibanye Gold"]
        );
        assert_eq!(names("Globex filed for Chapter 11 protection."), ["Globex"]);
        // Near miss: a firm before its figure in a list is a name.
        assert_eq!(
            names("Globex Corp 2,000 jobs, Initech Corp 300 jobs."),
            ["Globex", "Initech"]
        );
    }

    #[test]
    fn drops_people_places_and_dates() {
        assert_eq!(
            names("CEO Andy Jassy said in Seattle on Thursday, July 17 that Jassy agreed."),
            Vec::<String>::new()
        );
        assert_eq!(
            names("The Cambridge-based firm cut 300 jobs."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn lower_forms_are_exact() {
        let mut forms = LowerForms::with_capacity(8);
        let capitalised = [
            "A",
            "Ab",
            "Abc",
            "Online",
            "Layoffs",
            "Employees",
            "Organisation",
            "Telecommunications",
            "Über",
            "\u{212A}im",
            "Never",
        ];
        for w in capitalised {
            forms.add_lower_of(w);
        }
        let lower = [
            "a",
            "ab",
            "abc",
            "online",
            "layoffs",
            "employees",
            "organisation",
            "telecommunications",
            "über",
            "kim",
        ];
        for w in lower {
            assert!(forms.may_hold(&tokenize(w)[0]), "{w}");
            forms.mark(w);
        }
        // Words never capitalised are no forms, even when written in lower case.
        for w in [
            "b",
            "abd",
            "onlinE",
            "layoff",
            "organisations",
            "uber",
            "kimm",
        ] {
            forms.mark(w);
        }
        for w in capitalised.iter().chain(&lower) {
            assert_eq!(forms.in_lower_case(w), *w != "Never", "{w}");
        }
        for w in [
            "",
            "b",
            "abd",
            "ac",
            "layoff",
            "employee",
            "organisations",
            "telecommunication",
            "uber",
            "kimm",
            "never",
        ] {
            assert!(!forms.in_lower_case(w), "{w}");
        }
    }

    #[test]
    fn ascii_company_keys_as_any() {
        for name in [
            "The Walt Disney Co.",
            "AT&T",
            "Crypto.com",
            "Amazon Web Services",
            "Bed Bath & Beyond Inc",
            "THE Theranos LLC.",
            "  3M  Co ",
            "Procter & Gamble Co.",
            "co",
            "",
        ] {
            assert_eq!(company_key_ascii(name), company_key_any(name), "{name:?}");
        }
    }

    #[test]
    fn a_name_described_by_a_role_is_a_person() {
        let s = "Sundar Pichai, Alphabet’s CEO, said the company would cut 12,000 jobs.";
        let toks = tokenize(s);
        let ctx = NameContext::new(&[&toks]);
        assert!(ctx.people.contains("Sundar Pichai"));
        // A near miss: a firm whose chief speaks.
        let s = "Northwind Traders, whose chief executive spoke on Tuesday, cut 300 jobs.";
        let toks = tokenize(s);
        let ctx = NameContext::new(&[&toks]);
        assert!(!ctx.people.contains("Northwind Traders"));
    }

    #[test]
    fn marks_sources_and_possessives() {
        let s = "Coinbase’s staff shrank, according to Reuters and The Wall Street Journal.";
        let toks = tokenize(s);
        let found = find(s, &toks, &NameContext::new(&[&toks]));
        assert!(found[0].possessive && !found[0].cited);
        // The outlets are found, and marked as sources.
        assert!(found.len() > 1, "{found:?}");
        assert!(found[1..].iter().all(|o| o.cited), "{found:?}");
    }
}
