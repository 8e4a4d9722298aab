//! Units hit by a round: teams, divisions and job functions, as the text words them.
//!
//! Three rules, each with examples in the tests:
//! - a unit noun phrase after a preposition: "in its recruiting and customer service
//!   teams", "across the AWS Worldwide Specialist Organization", "with the “specialists” group";
//! - a list after "including" / "such as" / "mainly in": "teams across the company including
//!   recruiting and some corporate functions";
//! - "most will occur in recruiting", "roles in sales".

use crate::tokens::{tokenize, TokKind, Token};

/// Head nouns of a unit phrase. Example: "the ad tech division".
pub const UNIT_NOUNS: &[&str] = &[
    "team",
    "teams",
    "division",
    "divisions",
    "unit",
    "units",
    "department",
    "departments",
    "group",
    "groups",
    "organization",
    "organisation",
    "org",
    "business",
    "businesses",
    "segment",
    "segments",
    "function",
    "functions",
    "operations",
    "programs",
    "programmes",
    "newsroom",
    "services",
];

/// Words that open a unit phrase. Example: "cuts in its recruiting teams".
/// Verbs of impact, which open a unit phrase as their object: "which mainly affected the
/// arts, sales and customer service departments". Stated as fact they name what a round
/// hits, but not in a question ("details on how these changes will impact its channel
/// team").
const IMPACT_VERBS: &[&str] = &[
    "affect",
    "affects",
    "affected",
    "impact",
    "impacts",
    "impacted",
    "impacting",
    // "The cuts hit the sales and customer success teams hardest."
    "hit",
    "hits",
];

const OPENERS: &[&str] = &[
    "in",
    "across",
    "from",
    "within",
    "at",
    "with",
    "including",
    "among",
    "affecting",
    "hitting",
    "of",
    "trimmed",
    "trims",
    "cut",
    "cuts",
    "slashed",
    "reduced",
    "restructured",
    "restructuring",
    "reorganising",
    "reorganizing",
    "reorganised",
    "reorganized",
    "shed",
    "sheds",
    "shedding",
    "axe",
    "axes",
    "axed",
    "axing",
    "eliminate",
    "eliminates",
    "eliminated",
    "eliminating",
    "target",
    "targets",
    "targeted",
    "targeting",
    // A business left, and its staff with it: "will also exit its content moderation
    // business". (A near miss: "exited the market" names no unit.)
    "exit",
    "exits",
    "exited",
    "exiting",
];

/// Words that introduce a list of units. Example: "areas such as sales, marketing and physical stores".
const LIST_CUES: &[&str] = &[
    "including",
    "such as",
    "mainly on",
    "mostly on",
    "primarily on",
    "fell on",
    "which include",
    "teams include",
    "areas include",
    "impacted include",
    "affected include",
    "units include",
    "roles include",
    "functions include",
    "be made in",
    "come from",
    "will be in",
    "fall in",
    "like",
    "particularly in",
    "mainly in",
    "mostly in",
    "primarily in",
    "specifically in",
    "concentrated in",
    "occur in",
    "mostly from",
    "mainly from",
];

/// The first word of each list cue: a cue can only start at a token that is one of them.
fn cue_first_words() -> &'static crate::wordset::WordSet {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        crate::wordset::WordSet::new(LIST_CUES.iter().filter_map(|c| c.split(' ').next()))
    })
}

/// [`HIRING_WORDS`] and the first words of list cues, for one probe a token.
fn hiring_or_cue_words() -> &'static crate::wordset::WordSet {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        crate::wordset::WordSet::new(
            HIRING_WORDS
                .iter()
                .copied()
                .chain(LIST_CUES.iter().filter_map(|c| c.split(' ').next())),
        )
    })
}

/// Whether lower-case `text` contains a list cue anywhere, even inside a word: one pass
/// instead of a substring search per cue.
fn contains_cue(lower: &str) -> bool {
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| {
        // The texts are short: a DFA would cost more to build than it saves.
        aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .build(LIST_CUES)
            .expect("static patterns build")
    })
    .is_match(lower)
}

/// Nouns before "including" / "such as" that make the list one of firms, titles, people or
/// places: "start-ups, including Avo", "publications including the National Post", "three
/// sites including Cork".
const FIRM_LISTS: &[&str] = &[
    "start-ups",
    "retailers",
    "publications",
    "sites",
    "locations",
    "cities",
    "towns",
    "states",
    "regions",
    "investors",
    "backers",
    "companies",
    "firms",
    "rivals",
    "peers",
    "competitors",
    "clients",
    "customers",
    "brands",
    "outlets",
    "startups",
    "players",
    "giants",
    "others",
    "banks",
    "lenders",
    "funds",
    "partners",
    "names",
    "executives",
    "people",
    "countries",
    "markets",
    // Kinds of employer: "papers like the Star Tribune", "carmakers such as Ford".
    "papers",
    "newspapers",
    "titles",
    "publishers",
    "broadcasters",
    "networks",
    "studios",
    "airlines",
    "carriers",
    "automakers",
    "carmakers",
    "insurers",
    "manufacturers",
    "chains",
    "employers",
    "businesses",
    "universities",
    "councils",
    "hospitals",
    "platforms",
];

/// Staff nouns whose modifiers name a unit: "2,800 engineering jobs".
pub(crate) const GENERIC_STAFF: &[&str] = &[
    "jobs",
    "employees",
    "workers",
    "staff",
    "roles",
    "positions",
    "staffers",
    "people",
    // "1,100 corporate layoffs".
    "layoffs",
    "redundancies",
];

/// Modifiers that say nothing about the unit: "1,100 full-time employees".
const SIZE_WORDS: &[&str] = &[
    "job",
    // Jobs a sector counts, not a team: "44,000 direct jobs".
    "direct",
    "indirect",
    // How people leave, not which: "85 voluntary redundancies".
    "voluntary",
    "involuntary",
    "forced",
    "compulsory",
    "full",
    "part",
    "time",
    // Full-time equivalents: a measure, not a team.
    "fte",
    "equivalent",
    "more",
    "additional",
    "other",
    "new",
    "current",
    "total",
    "existing",
    "local",
    "global",
    "domestic",
    "international",
    "overseas",
    "foreign",
    "worldwide",
    "u",
    "s",
    "uk",
    "us",
    "more",
    "fewer",
    "of",
    "its",
    "their",
    "employees",
];

/// Job functions: plural occupation nouns, a unit on their own ("115 reporters", "laid off
/// 85 drivers") or the head of one ("6,920 flight attendants", "its principal lecturers").
/// Drawn from the major groups of a standard occupational classification (ISCO-08 / SOC:
/// professionals, technicians, clerical, service and sales, crafts and trades, plant and
/// machine operators), in the plural in which news counts them. Kinds of firms are not here.
const JOB_FUNCTIONS: &[&str] = &[
    "reporters",
    "engineers",
    "journalists",
    "editors",
    "photographers",
    "pilots",
    "nurses",
    "doctors",
    "physicians",
    "pharmacists",
    "therapists",
    "paramedics",
    "drivers",
    "couriers",
    "stylists",
    "designers",
    "recruiters",
    "salespeople",
    "managers",
    "supervisors",
    "executives",
    "developers",
    "programmers",
    "writers",
    "producers",
    "teachers",
    "lecturers",
    "tutors",
    "professors",
    "researchers",
    "scientists",
    "accountants",
    "auditors",
    "lawyers",
    "paralegals",
    "bankers",
    "traders",
    "brokers",
    "advisers",
    "advisors",
    "consultants",
    "clerks",
    "cashiers",
    "tellers",
    "technicians",
    "mechanics",
    "electricians",
    "machinists",
    "welders",
    "assemblers",
    "operators",
    "miners",
    "steelworkers",
    "dockworkers",
    "labourers",
    "laborers",
    "cleaners",
    "janitors",
    "caretakers",
    "cooks",
    "chefs",
    "waiters",
    "bartenders",
    "baristas",
    "guards",
    "firefighters",
    "attendants",
    "agents",
    "contractors",
    "moderators",
    "librarians",
    "administrators",
    "apprentices",
    "interns",
];

/// Places where work is done whose closure or cuts an article names: "close its Brinny
/// plant", "jobs would go at the Dalzell plate rolling works", "UK-based stores",
/// "its Montreal studio": [`crate::lexicon::WORKPLACES`], but for those that
/// [`NOT_UNIT_SITES`] lists.
const SITE_NOUNS: &[&str] = crate::lexicon::WORKPLACES;

/// Workplaces that name no unit of a round: a bank's branches are where it trades, a
/// head office is the firm ("its Californian headquarters"), a news bureau its outlet.
const NOT_UNIT_SITES: &[&str] = &[
    "branch",
    "branches",
    "headquarters",
    "bureau",
    "bureaus",
    "bureaux",
];

/// Staff nouns whose modifiers name a kind of staff a round hits: "furloughs of union
/// workers", "11 per cent of its editorial staff".
const STAFF_HEADS: &[&str] = &["employees", "workers", "staff", "staffers"];

/// Modifiers of staff that say how many or where, not which: "its remaining employees".
const NOT_KIND: &[&str] = &[
    // "direct jobs", "indirect jobs": jobs a sector counts, not a team.
    "direct",
    "indirect",
    "full",
    "part",
    "time",
    "more",
    "additional",
    "new",
    "current",
    "total",
    "existing",
    "remaining",
    "former",
    "own",
    "fewer",
    "local",
    "global",
    "domestic",
    "international",
    "overseas",
    "foreign",
    "worldwide",
    "u",
    "s",
    "uk",
    "us",
    "affected",
    "impacted",
    "displaced",
    "related",
    "mostly",
    "mainly",
];

/// Whether the words before a verb end with the cuts as its subject, past an auxiliary or
/// an adverb: "The cuts hit", "the layoffs will mostly hit", "which hit".
fn hit_by_cuts(before: &[Token]) -> bool {
    before
        .iter()
        .rev()
        .take(3)
        .find(|t| {
            !t.is_any(&[
                "will",
                "would",
                "could",
                "also",
                "mostly",
                "mainly",
                "largely",
                "have",
                "has",
                "had",
                "primarily",
                "hardest",
            ])
        })
        .is_some_and(|t| t.is_any(CUT_NOUNS) || t.is_any(&["changes", "they", "which", "that"]))
}

/// Verbs of having staff: "employs about 650 journalists" counts a workforce.
const EMPLOY: &[&str] = &["employs", "employ", "employing", "employed", "employment"];

/// Words a unit phrase never starts with or contains.
const NOT_UNIT: &[&str] = &[
    "the",
    "its",
    "their",
    // A share is no unit: "by 20 per cent amid layoffs".
    "per",
    "cent",
    "percent",
    "amid",
    "our",
    "a",
    "an",
    "both",
    "some",
    "several",
    "many",
    "all",
    "other",
    "certain",
    "multiple",
    "various",
    "most",
    "these",
    "those",
    "this",
    "that",
    "company",
    "companies",
    "firm",
    "employees",
    "workers",
    "staff",
    "people",
    "roles",
    "jobs",
    "positions",
    "which",
    "who",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "as",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "it",
    "they",
    "we",
    "his",
    "her",
    "entire",
    "whole",
    "across",
    "non-core",
    "core",
    "new",
    "number",
    "percent",
    "cuts",
    "layoffs",
    "biggest",
    "hit",
    "than",
    "every",
    "nearly",
    "each",
    "plans",
    "current",
    "have",
    "has",
    "had",
    "will",
    "would",
    "through",
    // Pronouns and reporting verbs end a phrase: "in the coming weeks, he told employees".
    "he",
    "she",
    "him",
    "them",
    "you",
    "said",
    "says",
    "told",
    "tells",
    // Which staff a round hit, not which unit: "the affected factories", "related
    // facilities".
    "affected",
    "impacted",
    "related",
    // Back-references: "across the same divisions".
    "same",
    // A cut as a gerund is no modifier: "the point of cutting jobs".
    "cutting",
    "slashing",
    "eliminating",
    "shedding",
    "axing",
    "losing",
    "reducing",
    "trimming",
    "adding",
    "creating",
];

/// Words that say which teams a round hits. Example: "Other areas likely impacted include
/// customer support".
const IMPACT: &[&str] = &[
    "affect",
    "affects",
    "affected",
    "affecting",
    "impact",
    "impacts",
    "impacted",
    "impacting",
    "hit",
    "hits",
    "target",
    "targeted",
    "targets",
    "concentrated",
    "occur",
    "mostly",
    "mainly",
    "primarily",
    "particularly",
    "including",
    "include",
    "includes",
    "across",
];

/// A bulleted or heading-like line under "The cuts hit these teams:" names one unit:
/// "• Specialist sales and solutions teams focused on specific industries" →
/// "Specialist sales and solutions teams".
pub fn list_item(line: &str) -> Option<String> {
    let t = line.trim_start_matches(|c: char| {
        matches!(c, '•' | '-' | '*' | '–' | '—' | '·' | '▪') || c.is_whitespace()
    });
    let cut = first_of(
        t,
        &[
            " – ",
            " - ",
            " — ",
            ":",
            "(",
            ",",
            ".",
            " focused",
            " tied",
            " that ",
            " which ",
            " who ",
            " including ",
            " such as ",
            " where ",
            " with ",
        ],
    )
    .unwrap_or(t.len());
    let raw = &t[..cut];
    // "Moving into high-growth startups": advice, not a unit.
    let gerund = raw
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
    if gerund && !tokenize(raw).iter().any(|w| w.is_in(unit_nouns())) {
        return None;
    }
    let item = clean(raw);
    // "At the same time, ...": a clause, not a unit.
    let first = raw.split_whitespace().next().unwrap_or("").to_lowercase();
    if item.split(' ').count() > 6 || not_unit().contains(&first) {
        return None;
    }
    let mut out = Vec::new();
    push(&mut out, &item);
    out.pop()
}

/// Whether a line opens a list of hit units: "Reports indicate these teams were affected:".
pub fn opens_list_in(sentence: &str, toks: &[Token]) -> bool {
    if !sentence.trim_end().ends_with(':') {
        return false;
    }
    let cut_words = toks.iter().any(|t| {
        t.is_any(&[
            "affected",
            "impacted",
            "impact",
            "brunt",
            "hit",
            "hardest",
            "targeted",
            "concentrated",
            "cut",
            "eliminated",
            "laid",
            "lost",
        ]) || t.is_any(&[
            "cuts",
            "layoffs",
            "eliminated",
            "affected",
            "reductions",
            "losses",
        ])
    });
    let other_list = toks.iter().any(|t| {
        t.is_any(&[
            "hiring",
            "hire",
            "growth",
            "invest",
            "investing",
            "investment",
            "investments",
            "opportunities",
            "skills",
            "options",
            "consider",
            "tips",
            "steps",
            "signs",
            "signals",
            "strengths",
            "factors",
            "concerns",
        ])
    });
    cut_words && !other_list
}

/// The byte offset of the first occurrence of any of `needles` (each starting with an
/// ASCII byte) in `hay`: the least of their `find`s, in one pass over `hay`. Only bytes
/// that open a needle (a table of them, one load a byte) are compared with the needles.
fn first_of(hay: &str, needles: &[&str]) -> Option<usize> {
    let h = hay.as_bytes();
    let mut opens = [false; 256];
    for n in needles {
        opens[usize::from(n.as_bytes()[0])] = true;
    }
    (0..h.len()).find(|&i| {
        opens[usize::from(h[i])] && needles.iter().any(|n| h[i..].starts_with(n.as_bytes()))
    })
}

/// Whether a line is an item of a list: a bullet, or a short line without a full stop.
pub fn is_list_line(line: &str) -> bool {
    let t = line.trim_start();
    let head = t.get(..t.len().min(60)).unwrap_or(t);
    t.starts_with(['•', '-', '*', '–', '·', '▪'])
        // At most eight words: counting stops at the ninth (and most lines end a sentence,
        // so the cheaper test goes first).
        || (!t.ends_with(['.', ':', '?', '!']) && t.split_whitespace().nth(8).is_none())
        || has_spaced_dash(head)
}

/// Whether `s` contains " – " or " - ": one pass over its spaces.
fn has_spaced_dash(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| {
        b[i] == b' ' && (b[i + 1..].starts_with(b"- ") || b[i + 1..].starts_with("– ".as_bytes()))
    })
}

/// Whether a sentence (as tokens) may name the units a round hits.
pub fn mentions_impact_in(toks: &[Token]) -> bool {
    // (The set fetched once, not at each token.)
    let words = impact_words();
    toks.iter()
        .any(|t| t.kind == TokKind::Word && t.text.len() >= 3 && words.contains_token(t))
}

fn impact_words() -> &'static crate::wordset::WordSet {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::wordset::WordSet::new(IMPACT.iter().copied()))
}

fn is_wordish(t: &Token) -> bool {
    t.kind == TokKind::Word || matches!(t.text, "&" | "-" | "“" | "”" | "\"")
}

/// Unit phrases named in `sentence`, as worded, without repeats.
pub fn find(sentence: &str) -> Vec<String> {
    find_in(sentence, &tokenize(sentence))
}

/// [`find`] on a sentence already tokenised.
pub fn find_in(sentence: &str, toks: &[Token]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Where a company hires or invests is not where it cuts. One probe a token answers
    // both this and where list cues may start; the few tokens it finds are told apart.
    let mut first_cue = toks.len();
    let hiring_or_cue_words = hiring_or_cue_words();
    for (i, t) in toks.iter().enumerate() {
        if t.is_any_of(hiring_or_cue_words) {
            if t.is_any_of(hiring_words()) {
                return out;
            }
            first_cue = first_cue.min(i);
        }
    }
    // Lists after a cue (ASCII case-insensitive). A cue that starts a word starts a token,
    // so only tokens that are a cue's first word are tried; and as no cue lies inside
    // another (see the tests), taking them by start takes them in the order they end.
    for t in &toks[first_cue..] {
        if !cue_first_words().contains_token_ascii_case(t) {
            continue;
        }
        let at = t.start;
        // A cue's first byte is a lower-case letter: a cue whose first letter the token's
        // first byte is not, in either case, is passed over without a comparison.
        let first = sentence.as_bytes()[at] | 0x20;
        for cue in LIST_CUES {
            if cue.as_bytes()[0] != first {
                continue;
            }
            let from = at + cue.len();
            let is_cue = sentence
                .as_bytes()
                .get(at..from)
                .is_some_and(|b| b.eq_ignore_ascii_case(cue.as_bytes()));
            if !is_cue {
                continue;
            }
            let before_ok = !sentence[..at].ends_with(|c: char| c.is_alphanumeric());
            let after_ok = sentence[from..].starts_with(|c: char| c.is_whitespace());
            if !(before_ok && after_ok) {
                continue;
            }
            // "investors including Naspers and Tencent", "companies such as Netflix": a list
            // of firms, not of teams.
            let before_cue = sentence[..at]
                .trim_end()
                .trim_end_matches(',')
                .rsplit(' ')
                .next()
                .unwrap_or("");
            if FIRM_LISTS
                .iter()
                .any(|f| f.eq_ignore_ascii_case(before_cue))
            {
                continue;
            }
            // "perks, like free dry cleaning": "like" lists units only after a word for
            // them or for staff ("teams like sales", "roles like recruiting").
            if cue == &"like"
                && !crate::wordset::with_lower(before_cue, |w| {
                    UNIT_NOUNS.contains(&w) || JOB_HEADS.contains(&w) || STAFF_HEADS.contains(&w)
                })
            {
                continue;
            }
            let rest = &sentence[from..];
            let end = rest.find(['.', ';', ':', '—', '–']).unwrap_or(rest.len());
            let end = first_of(
                &rest[..end],
                &[
                    " but ",
                    " while ",
                    " though ",
                    " although ",
                    " which ",
                    " who ",
                    " whom ",
                    " after ",
                    " because ",
                    " as part",
                    " to ",
                    // A list ends where its predicate starts: "start-ups, including Avo
                    // and Ace Labs, have shut down".
                    " have ",
                    " has ",
                    " had ",
                    " are ",
                    " were ",
                    " is ",
                    " was ",
                    " will ",
                    " would ",
                ],
            )
            .unwrap_or(end);
            // A list ends where reporting starts: "recruiting, Collison said" (cut before
            // the list is split, so that its last "and" still separates two items).
            for item in split_list(before_report(&rest[..end])) {
                if item
                    .split(' ')
                    .any(|w| matches!(w, "said" | "says" | "told" | "wrote" | "according"))
                {
                    break;
                }
                // "including focusing more on baristas": a gerund with its object is a
                // clause ("including recruiting" is a unit).
                let gerund_clause = item.split(' ').next().is_some_and(|w| w.ends_with("ing"))
                    && [" on ", " more ", " less ", " to ", " with "]
                        .iter()
                        .any(|p| item.contains(p));
                if gerund_clause {
                    continue;
                }
                // "departments such as sales": the inner cue gives the list.
                if crate::wordset::with_lower(&item, contains_cue) {
                    continue;
                }
                push(&mut out, &item);
            }
        }
    }
    // "2,800 engineering jobs", "115 reporters", "12,000 mid-to-senior employees".
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Number {
            counted_units(sentence, toks, i, &mut out);
        }
    }
    // "in its X teams" phrases, and their kin: "at its Irish manufacturing facilities",
    // "Disney’s studio marketing group", "furloughs of union workers", "jobs for flight
    // attendants, pilots and gate agents".
    let heads = heads();
    for (i, t) in toks.iter().enumerate() {
        if t.kind == TokKind::Word && heads.contains_token(t) && !t.is_any(NOT_UNIT_SITES) {
            headed_units(sentence, toks, i, &mut out);
        }
    }
    out
}

/// The units named by the words after the figure at token `i` (a number) and before
/// their staff noun or trade, added to `out`: "2,800 engineering jobs", "85 drivers".
/// (One of [`find_in`]'s steps, out of line, as [`headed_units`].)
fn counted_units(sentence: &str, toks: &[Token], i: usize, out: &mut Vec<String>) {
    let mut j = i + 1;
    while j < toks.len()
        && j - i <= 6
        && (toks[j].kind == TokKind::Word || toks[j].text == "-")
        && !toks[j].is_in(generic_staff())
    {
        j += 1;
    }
    // "employs about 650 journalists": a workforce, not a cut.
    if toks[i.saturating_sub(3)..i]
        .iter()
        .any(|w| w.is_any(EMPLOY))
    {
        return;
    }
    if j < toks.len() && toks[j].is_in(generic_staff()) && j > i + 1 {
        let mods = &sentence[toks[i + 1].start..toks[j - 1].end];
        // "1,400 management and administrative positions": "and" may join two.
        let inner_and = |w: &str| w == "and" && !mods.starts_with("and ");
        // "1,000 UK retail banking jobs": where comes first, then which.
        let size = |w: &str| crate::wordset::with_lower(w, |w| SIZE_WORDS.contains(&w));
        // ("1,300 Essex roles", "500 Texas jobs": a place larger than a town says where.)
        let place = |w: &str| {
            crate::places::is_place(w)
                || crate::places::is_listed(w) && crate::places::is_above_a_town(w)
        };
        let mut mods = mods;
        while let Some((w, rest)) = mods.split_once(' ') {
            if !size(w) && !place(w) {
                break;
            }
            mods = rest;
        }
        // A hyphenated compound is one word: "mid-to-senior", but "full-time" is a size.
        if !place(mods)
            && !mods.split(' ').any(|w| {
                (not_unit().contains(w) && !inner_and(w))
                    || w.split('-')
                        .any(|w| crate::wordset::with_lower(w, |w| SIZE_WORDS.contains(&w)))
            })
        {
            push(out, &clean(mods));
        }
    }
    // "85 drivers", "6,920 flight attendants", "120 principal lecturers".
    match (toks.get(i + 1), toks.get(i + 2)) {
        (Some(r), _) if r.is_in(job_functions()) => push(out, r.text),
        (Some(m), Some(r))
            if r.is_in(job_functions())
                && m.kind == TokKind::Word
                && m.text.starts_with(|c: char| c.is_ascii_lowercase())
                && !m.is_in(not_unit())
                && !crate::wordset::with_lower(m.text, |w| SIZE_WORDS.contains(&w)) =>
        {
            push(out, &sentence[m.start..r.end]);
        }
        _ => {}
    }
}

/// Public owners, whose department is no firm's unit: "the state's Employment Development
/// Department".
const PUBLIC_OWNERS: &[&str] = &[
    "state",
    "city",
    "county",
    "government",
    "country",
    "nation",
    "province",
    "council",
];

/// The unit phrase that the head noun at token `i` ends ("teams", "plant", "pilots",
/// "workers"), added to `out` when a word before it opens it: "in its X teams". (One of
/// [`find_in`]'s steps, out of line: the loop over every token stays small.)
fn headed_units(sentence: &str, toks: &[Token], i: usize, out: &mut Vec<String>) {
    let t = &toks[i];
    // A capitalised workplace names a firm or a brand: "Firewalk Studios".
    if t.is_capitalized() && t.is_in(site_nouns()) && !t.is_in(unit_nouns()) {
        return;
    }
    let head = if t.is_in(unit_nouns()) {
        Head::Unit
    } else if t.is_any(JOB_HEADS) {
        Head::Job
    } else if t.is_in(site_nouns()) {
        Head::Site
    } else if t.is_in(job_functions()) {
        Head::Role
    } else {
        Head::Staff
    };
    // "staff reductions", "workers union": the staff noun is a modifier, not a head; so
    // is a unit noun before another head ("group operations").
    if toks.get(i + 1).is_some_and(|n| {
        (matches!(head, Head::Staff | Head::Role) && n.is_any(STAFF_AS_MODIFIER))
            || (head == Head::Unit && n.kind == TokKind::Word && heads().contains_token(n))
    }) {
        return;
    }
    // Walk back over the phrase, through list commas and "and": "across our Business,
    // Content, Tech and Admin teams"; a possessive ends it ("Disney’s studio group").
    let mut k = i;
    while k > 0 && i - k < 24 {
        let p = &toks[k - 1];
        // "to close seven NZ stores": the verb opens the phrase, it is not part of it.
        // (Openers, verbs of impact and focus words in one probe: every word of every
        // phrase is asked.)
        if possessive_s(toks, k - 1)
            || p.is_any_of(phrase_openers())
            || (head == Head::Site && p.is_any(SITE_OPENERS))
        {
            break;
        }
        // Sites are named one by one: "plants in North America and put five plants".
        let connector = head != Head::Site
            && (p.text == "," || p.is("and") || p.text == "&")
            && k >= 2
            && is_wordish(&toks[k - 2])
            && !toks[k - 2].is_in(not_unit());
        if connector || (is_wordish(p) && !p.is_in(not_unit())) {
            k -= 1;
        } else {
            break;
        }
    }
    // Keep "and"/"&" only inside: "Customer Development and Support Teams". A job
    // function is a unit without a modifier ("jobs for pilots").
    // "plans to close 68 stores": the site, without its count.
    if head == Head::Site
        && k == i
        && i >= 2
        && toks[i - 1].kind == TokKind::Number
        && toks[i - 2].is_any(SITE_OPENERS)
    {
        push(out, t.text);
        return;
    }
    // "close stores": a bare site right after a verb of closing.
    if head == Head::Site && k == i && i >= 1 && toks[i - 1].is_any(SITE_OPENERS) {
        push(out, t.text);
        return;
    }
    if k == 0 || (k == i && head != Head::Role) {
        return;
    }
    let mut opener = k - 1;
    while opener > 0 && toks[opener].is_any(&["the", "its", "their", "our", "“", "\"", "some"]) {
        opener -= 1;
    }
    let o = &toks[opener];
    // "works" is mostly a verb ("the reorganization works"): only a named site.
    // "shut down its Las Vegas customer support office".
    let shut_down = o.is("down") && opener > 0 && toks[opener - 1].is_any(SITE_OPENERS);
    let asked = o.is_any(IMPACT_VERBS)
        && toks[opener.saturating_sub(5)..opener]
            .iter()
            .any(|w| w.is_any(&["how", "whether", "if"]));
    // "in an email from head office": who sent word, not who was cut.
    let sender = o.is("from")
        && opener > 0
        && toks[opener - 1].is_any(&[
            "email",
            "e-mail",
            "memo",
            "letter",
            "note",
            "message",
            "statement",
            "call",
            "announcement",
        ]);
    // "alongside news of the $10.7 billion sale of its enterprise division", "the
    // spinoff of its infrastructure unit": a business that changes hands, not one the
    // cuts hit. (A near miss: "the closure of its enterprise division" is hit.)
    let changes_hands = o.is("of")
        && opener > 0
        && toks[opener - 1].is_any(&[
            "sale",
            "spinoff",
            "spin-off",
            "divestiture",
            "divestment",
            "acquisition",
            "purchase",
        ]);
    // "a WARN notice filed with the state's Employment Development Department": where a
    // filing went, not who was cut. (A near miss: "cuts in its employment department".)
    if o.is_any(&["with", "to"])
        && opener > 0
        && toks[opener - 1].is_any(&["filed", "submitted", "lodged", "sent", "registered"])
    {
        return;
    }
    // "The cuts hit the sales teams": "hit" opens the teams the cuts hit, not what
    // anything else hits ("after a slump hit its sales division").
    let hit_by_other = o.is_any(&["hit", "hits"]) && !hit_by_cuts(&toks[..opener]);
    let opened = !t.is("works")
        && (o.is_any_of(openers()) || o.is_any(IMPACT_VERBS))
        && !asked
        && !sender
        && !changes_hands
        && !hit_by_other
        || (matches!(head, Head::Job | Head::Role | Head::Staff) && cuts_were(&toks[..=opener]))
        || (head == Head::Site && (o.is_any(SITE_OPENERS) || shut_down))
        || (matches!(head, Head::Role | Head::Staff) && o.is("off"))
        || (head == Head::Role && o.is("for"));
    // "Disney’s studio marketing group", "South32’s Worsley Alumina refinery".
    // (A public owner's is no firm's: "the state's Employment Development Department".)
    let possessive = k != i
        && possessive_s(toks, k - 1)
        && head != Head::Job
        && !(k >= 3 && (toks[k - 3].is_any(CONTRACTED) || toks[k - 3].is_any(PUBLIC_OWNERS)));
    // A named site: "the Redcar steelworks", "The Brinny plant, which ...".
    let named = head == Head::Site && toks[k - 1].is("the") && toks[k].is_capitalized();
    // The subject of a passive cut: "The sales, production and content divisions will
    // be impacted", "the marketing department would be the most affected unit".
    let subject = matches!(head, Head::Unit | Head::Site)
        && toks[k - 1].is_any(&["the", "its", "their"])
        && passive_cut_after(&toks[i + 1..]);
    if !(opened || possessive || named || subject) {
        return;
    }
    let end = if head == Head::Job {
        toks[i - 1].end
    } else {
        t.end
    };
    // "the Ohio Department of Job and Family Services": the tail of an institution's
    // name is no unit. (A near miss: "its Department of Energy contracts team" is a
    // team.)
    if toks[k].is_capitalized()
        && t.is_capitalized()
        && k >= 2
        && toks[k - 1].is("of")
        && toks[k - 2].is_capitalized()
        && toks[k - 2].is_any(crate::orgs::OF_HEADS)
    {
        return;
    }
    let phrase = &sentence[toks[k].start..end];
    // Job functions are common nouns: "AI agents" are software.
    if head == Head::Role && toks[k..i].iter().any(Token::is_capitalized) {
        return;
    }
    // "its remaining employees", "its U.S. staff", "44,000 direct jobs": how many or
    // where, not which.
    if matches!(head, Head::Staff | Head::Job)
        && phrase
            .split(['-', ' ', ','])
            .any(|w| crate::wordset::with_lower(w, |w| not_kind().contains(w)))
    {
        return;
    }
    for item in split_list(phrase) {
        // Each item of a list of job functions ends in one.
        let last = item.rsplit(' ').next().unwrap_or("");
        if head == Head::Role && !job_functions().contains(last) {
            continue;
        }
        push(out, &item);
    }
}

/// The nouns a unit phrase can end in, told apart because each takes its own openers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Head {
    /// "team", "division": the phrase keeps it.
    Unit,
    /// "jobs", "roles", "positions": the phrase drops it ("engineering jobs" → "engineering").
    Job,
    /// "plant", "stores": a site.
    Site,
    /// "pilots", "flight attendants": a job function.
    Role,
    /// "union workers", "editorial staff".
    Staff,
}

/// Job nouns whose modifiers are the unit.
const JOB_HEADS: &[&str] = &["roles", "jobs", "positions"];

/// Words that open a phrase naming a site closed: "close its Brinny plant".
const SITE_OPENERS: &[&str] = &[
    "close",
    "closes",
    "closed",
    "closing",
    "closure",
    "closures",
    "shut",
    "shuts",
    "shutting",
    "shutter",
    "shuttering",
    "mothball",
    "mothballing",
    "idle",
    "idling",
];

/// Nouns after a staff noun that make it a modifier: "staff reductions", "workers union".
const STAFF_AS_MODIFIER: &[&str] = &[
    "reduction",
    "reductions",
    "cuts",
    "count",
    "numbers",
    "levels",
    "union",
    "unions",
    "members",
    "costs",
    "benefits",
    "turnover",
    "meeting",
    "memo",
];

/// Whether `rest` (the tokens after a unit phrase) opens with a passive cut: an auxiliary
/// within six words, then a word of cutting within five more ("will also be impacted",
/// "would be the most affected unit", "was also eliminated").
fn passive_cut_after(rest: &[Token]) -> bool {
    // The auxiliary may follow a short tail ("divisions for Complex and BuzzFeed will"),
    // never past a punctuation mark.
    let Some(aux) = rest
        .iter()
        .take(6)
        .take_while(|t| t.kind == TokKind::Word)
        .position(|t| t.is_any(&["will", "would", "was", "were", "is", "are", "could", "may"]))
    else {
        return false;
    };
    rest[aux + 1..].iter().take(5).any(|t| {
        t.is_any(&[
            "affected",
            "impacted",
            "hit",
            "eliminated",
            "cut",
            "axed",
            "closed",
            "shut",
            "scrapped",
            "disbanded",
            "reduced",
        ])
    })
}

/// Adverbs of focus between a copula and what it names: "the layoffs were mostly QA and
/// production roles".
const FOCUS: &[&str] = &[
    "mostly",
    "mainly",
    "largely",
    "primarily",
    "predominantly",
    "chiefly",
];

/// Whether `before` (the words up to a phrase of jobs or staff) ends in a copula whose
/// subject is the cut: "The layoffs were (mostly) QA and production roles", "Most of
/// those let go are sales staff". Near miss: "Its workforce is mostly engineering roles"
/// says what the company employs.
fn cuts_were(before: &[Token]) -> bool {
    let mut end = before.len();
    if end > 0 && before[end - 1].is_any(FOCUS) {
        end -= 1;
    }
    if end == 0 || !before[end - 1].is_any(&["were", "are", "was", "is", "be"]) {
        return false;
    }
    before[end.saturating_sub(7)..end - 1].iter().any(|t| {
        t.is_any(CUT_NOUNS) || t.is_any(&["eliminations", "affected", "impacted", "go", "off"])
    })
}

/// Plural nouns of cuts that may be a verb's subject: "The layoffs were ...", "The cuts
/// hit ...".
const CUT_NOUNS: &[&str] = &[
    "layoffs",
    "lay-offs",
    "cuts",
    "redundancies",
    "losses",
    "reductions",
];

/// Words whose "’s" is a contracted "is": "What’s Really Happening Inside ...".
const CONTRACTED: &[&str] = &[
    "it", "that", "what", "there", "here", "who", "where", "he", "she", "let", "this",
];

/// Whether `toks[j]` is the "s" of a possessive: "Disney’s".
fn possessive_s(toks: &[Token], j: usize) -> bool {
    toks[j].is("s") && !toks[j].ws_before && j > 0 && matches!(toks[j - 1].text, "’" | "'")
}

/// `list` up to its first ", "-separated part that reports: "fraud operations, central
/// operations and its branch network, the union said" → "fraud operations, central
/// operations and its branch network".
fn before_report(list: &str) -> &str {
    let mut at = 0;
    for part in list.split(", ") {
        if part
            .split(' ')
            .any(|w| matches!(w, "said" | "says" | "told" | "wrote" | "according"))
        {
            return &list[..at];
        }
        at += part.len() + 2;
    }
    list
}

/// "A, B and C" → A, B, C; "X and Y" alone stays whole ("training and certification") unless
/// the second part opens with a determiner ("recruiting and some corporate functions").
fn split_list(s: &str) -> Vec<String> {
    let s = match first_of(s, &[" as well as "]) {
        Some(_) => std::borrow::Cow::Owned(s.replace(" as well as ", ", ")),
        None => std::borrow::Cow::Borrowed(s),
    };
    // ", " separates items; "1,000" does not.
    let parts: Vec<&str> = s
        .split(", ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // "A, B and C": the last "and" separates two items; "A, training and certification,
    // and C" keeps its inner "and"; a lone "X and some Y" splits at the determiner.
    let n = parts.len();
    let mut out = Vec::new();
    for (k, p) in parts.into_iter().enumerate() {
        let oxford = p.starts_with("and ") || p.starts_with("or ");
        let p = p
            .strip_prefix("and ")
            .or_else(|| p.strip_prefix("or "))
            .unwrap_or(p);
        let determiner = first_of(p, &[" and some ", " and its ", " and the "]).is_some();
        let pieces: Vec<&str> = if (n > 1 && k == n - 1 && !oxford) || determiner {
            match p.rsplit_once(" and ") {
                Some((a, b)) => vec![a, b],
                None => vec![p],
            }
        } else {
            vec![p]
        };
        for piece in pieces {
            let cleaned = clean(piece);
            if !cleaned.is_empty() {
                out.push(cleaned);
            }
        }
    }
    out
}

fn clean(item: &str) -> String {
    // "devices (Alexa and Echo)": the bracket explains the item.
    let item = match (item.find('('), item.rfind(')')) {
        (Some(a), Some(b)) if a < b => format!("{} {}", &item[..a], &item[b + 1..]),
        (Some(a), None) => item[..a].to_string(),
        _ => item.to_string(),
    };
    let item = item.trim_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    let words: Vec<&str> = item
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '\'' | '’' | '‘' | ')' | '('))
        })
        .filter(|w| !w.is_empty())
        .collect();
    let mut a = 0;
    // Leading words that are no unit, and a figure in words ("five hundred and fifty
    // sales jobs" hits sales).
    while a < words.len()
        && (not_unit().contains(words[a])
            || crate::wordset::with_lower(words[a], crate::lexicon::is_number_word))
    {
        a += 1;
    }
    // "the bank’s fraud operations": the unit, without whose it is.
    if a + 1 < words.len() && (words[a].ends_with("’s") || words[a].ends_with("'s")) {
        a += 1;
    }
    let mut b = words.len();
    while b > a
        && crate::wordset::with_lower(words[b - 1], |w| {
            matches!(w, "and" | "or" | "of" | "in" | "the")
        })
    {
        b -= 1;
    }
    if b - a == 0 || b - a > 6 {
        return String::new();
    }
    words[a..b].join(" ")
}

fn push(out: &mut Vec<String>, item: &str) {
    // "store operations within AWS": the unit, without where it sits.
    let item = first_of(item, &[" within "]).map_or(item, |at| &item[..at]);
    if crate::wordset::with_lower(item, |lower| is_unit(item, lower, out)) {
        out.push(item.to_string());
    }
}

/// Whether `item` (`lower` in lower case) names a unit not yet in `out`.
fn is_unit(item: &str, lower: &str, out: &[String]) -> bool {
    // Table rows and "X and other Y" are not units.
    if item.contains('|')
        || lower
            .split(' ')
            .any(|w| w == "other" || w == "faqs" || w == "faq")
    {
        return false;
    }
    // Items that carry a verb or a figure are clauses, not units. (Lower-casing keeps the
    // spaces, so the words of `lower` are the words of `item` lower-cased.)
    let clause = lower.split(' ').any(|w| {
        matches!(
            w,
            "have"
                | "has"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "layoffs"
                | "cuts"
                | "exits"
                | "announced"
                | "said"
                | "says"
                | "reported"
                | "reports"
                | "told"
                | "according"
                | "affecting"
                | "impacting"
                | "receiving"
                // "growth pursued by firms": a passive clause.
                | "by"
        )
    });
    // Words that name no particular team: "its workforce", "key departments", a
    // weekday or its abbreviation, "open" (roles).
    // (The leading words stripped one at a time, as `trim_start_matches` would, without
    // setting up a substring searcher for each.)
    let mut rest = lower;
    while let Some(r) = rest.strip_prefix("key ") {
        rest = r;
    }
    while let Some(r) = rest.strip_prefix("all ") {
        rest = r;
    }
    let generic = matches!(
        rest,
        "workforce"
            | "departments"
            | "department"
            | "teams"
            | "team"
            | "staff"
            | "employees"
            | "open"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
    );
    // "six individuals at Searchlight": people at another employer, no team.
    let people_at = first_of(lower, &[" at "]).is_some_and(|at| {
        matches!(
            &lower[..at],
            "individuals" | "people" | "persons" | "staffers" | "employees" | "workers"
        )
    });
    !(item.len() < 2
        || clause
        || generic
        || people_at
        || item.chars().any(|c| c.is_ascii_digit())
        || !item.starts_with(|c: char| c.is_alphanumeric())
        || contains_cue(lower)
        || crate::places::is_place(item)
        || lower
            .chars()
            .all(|c| c.is_ascii_digit() || c.is_whitespace())
        // "three hundred", "thousand" (of "2 thousand jobs"): a figure in words.
        || lower.split([' ', '-']).all(crate::lexicon::is_number_word)
        || out
            .iter()
            .any(|o| crate::wordset::with_lower(o, |o| nested(o, lower) || nested(lower, o))))
}

/// Whether `inner` is `outer`, or its first or last words: "veteran journalists" in
/// "veteran journalists and editors", "fraud operations" in "bank’s fraud operations".
fn nested(outer: &str, inner: &str) -> bool {
    outer == inner
        || crate::orgs::begins_with_words(outer, inner)
        || (outer.len() > inner.len()
            && outer.ends_with(inner)
            && outer.as_bytes()[outer.len() - inner.len() - 1] == b' ')
}

/// Words of sentences about hiring or investing, whose units are not cut.
const HIRING_WORDS: &[&str] = &[
    "hiring",
    "hire",
    "hires",
    "apply",
    "invest",
    "investing",
    "investment",
    "investments",
    "create",
    "created",
];

static_set!(hiring_words, HIRING_WORDS);
static_set!(not_unit, NOT_UNIT);
static_set!(unit_nouns, UNIT_NOUNS);
static_set!(generic_staff, GENERIC_STAFF);
static_set!(job_functions, JOB_FUNCTIONS);

/// Whether `t` names people of a trade: "pilots", "nurses".
pub(crate) fn is_job_function(t: &Token) -> bool {
    t.is_in(job_functions())
}
static_set!(site_nouns, SITE_NOUNS);
static_set!(not_kind, NOT_KIND);
static_set!(openers, OPENERS);
static_set!(phrase_openers, OPENERS, IMPACT_VERBS, FOCUS);

/// Every head noun of a unit phrase, for one probe a token.
fn heads() -> &'static crate::wordset::WordSet {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        crate::wordset::WordSet::new(
            UNIT_NOUNS
                .iter()
                .chain(JOB_HEADS)
                .chain(SITE_NOUNS)
                .chain(JOB_FUNCTIONS)
                .chain(STAFF_HEADS)
                .copied(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::find;

    /// `find_in` takes cues in the order they start, which is the order they end only
    /// while no cue lies inside another.
    #[test]
    fn no_cue_lies_inside_another() {
        for (i, a) in super::LIST_CUES.iter().enumerate() {
            for (j, b) in super::LIST_CUES.iter().enumerate() {
                assert!(i == j || !b.contains(a), "{a:?} inside {b:?}");
            }
        }
    }

    #[test]
    fn phrases_after_prepositions() {
        assert_eq!(
            find("Uber laid off 3,700 employees, mainly from its recruiting and customer service teams."),
            ["recruiting and customer service teams"]
        );
        assert_eq!(
            find("The cuts hit the AWS Training & Certification group."),
            ["AWS Training & Certification group"]
        );
        assert_eq!(
            find("Cuts fell on the staff in the AWS Worldwide Specialist Organization."),
            ["AWS Worldwide Specialist Organization"]
        );
    }

    #[test]
    fn lists_after_cues() {
        assert_eq!(
            find("The job losses will affect teams across the company including recruiting and some corporate functions, as well as some engineering and products teams."),
            ["recruiting", "corporate functions", "engineering", "products teams"]
        );
        assert_eq!(
            find("Cuts were in areas such as sales, marketing, and physical stores."),
            ["sales", "marketing", "physical stores"]
        );
        assert_eq!(
            find("Most will occur in recruiting, Collison said."),
            ["recruiting"]
        );
    }

    /// Sites a round closes or cuts at: after a verb of closing or "at", after a
    /// possessive, or named after "the"; a count before the site is dropped.
    #[test]
    fn sites() {
        assert_eq!(
            find("The firm will close its Ohio assembly plant next year."),
            ["Ohio assembly plant"]
        );
        assert_eq!(
            find("About 120 jobs will go at the Leeds distribution warehouse."),
            ["Leeds distribution warehouse"]
        );
        assert_eq!(
            find("The Hartlepool smelter, which opened in 1975, will close."),
            ["Hartlepool smelter"]
        );
        assert_eq!(
            find("Acme’s Fife paper mill will shed 90 jobs."),
            ["Fife paper mill"]
        );
        assert_eq!(
            find("The retailer plans to close 40 stores this year."),
            ["stores"]
        );
        // Near misses: no site is named, and "works" is a verb.
        assert_eq!(
            find("Production at the plant resumed on Monday."),
            Vec::<String>::new()
        );
        assert_eq!(
            find("The chief executive said the new plan works for the company."),
            Vec::<String>::new()
        );
        assert_eq!(
            find("It will close its Ohio plant and open five plants in Asia."),
            ["Ohio plant"]
        );
    }

    /// Job functions: counted ("85 drivers", "6,920 flight attendants"), or listed after
    /// a cut ("jobs for pilots, technicians and gate agents").
    #[test]
    fn job_functions() {
        assert_eq!(find("The carrier laid off 85 drivers."), ["drivers"]);
        assert_eq!(
            find("Cuts will affect 2,850 pilots, 6,920 flight attendants and 2,010 mechanics."),
            ["pilots", "flight attendants", "mechanics"]
        );
        assert_eq!(
            find("The airline will cut jobs for flight attendants, pilots, technicians, gate agents and other staff."),
            ["flight attendants", "pilots", "technicians", "gate agents"]
        );
        assert_eq!(
            find("The college is seeking to get rid of its principal lecturers."),
            ["principal lecturers"]
        );
        // Near misses: a workforce is not a cut, and "AI agents" are software.
        assert_eq!(
            find("The chain employs about 650 journalists across the country."),
            Vec::<String>::new()
        );
        assert_eq!(
            find("Layoffs at the firm include roles replaced by AI agents."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn people_at_another_employer_are_no_team() {
        let got = find(
            "Globex is laying off staffers in its studio division, including six individuals at Initech.",
        );
        assert_eq!(got, ["studio division"]);
    }

    /// Kinds of staff: "furloughs of union workers", "of its editorial staff", "1,400
    /// management and administrative positions".
    #[test]
    fn kinds_of_staff() {
        assert_eq!(
            find("The furloughs of union workers start in October."),
            ["union workers"]
        );
        assert_eq!(
            find("It is laying off 11 per cent of its editorial staff."),
            ["editorial staff"]
        );
        assert_eq!(
            find("Cuts will hit 1,400 management and administrative positions."),
            ["management and administrative"]
        );
        assert_eq!(
            find("The bank will cut 1,000 UK retail banking jobs."),
            ["retail banking"]
        );
        assert_eq!(
            find("All 27,000 permanent and temporary staff will lose their jobs."),
            ["permanent and temporary"]
        );
        // Near misses: how many or where is no kind; a comma ends a kind of staff.
        assert_eq!(
            find("It will lay off 20% of its remaining employees."),
            Vec::<String>::new()
        );
        for s in [
            "The sector has shed 44,000 direct jobs.",
            "It will cut 300 more jobs.",
            "The plan puts 2,000 indirect jobs at risk.",
        ] {
            assert_eq!(find(s), Vec::<String>::new(), "{s}");
        }
        assert_eq!(
            find("The cuts will happen in the coming weeks, he told employees."),
            Vec::<String>::new()
        );
        assert_eq!(
            find("It eliminated 28,000 domestic jobs."),
            Vec::<String>::new()
        );
    }

    /// A possessive opens a unit phrase: "Disney’s studio marketing group".
    #[test]
    fn possessive_units() {
        assert_eq!(
            find("Lionsgate’s global motion picture group will reduce its workforce."),
            ["global motion picture group"]
        );
        assert_eq!(
            find("The cuts mostly affected Meta's business departments."),
            ["business departments"]
        );
        // Near miss: a contracted "is".
        assert_eq!(
            find("What’s Really Happening Inside Amazon Web Services"),
            Vec::<String>::new()
        );
    }

    /// Long lists of units before one head; a unit noun before another head is a modifier.
    #[test]
    fn long_lists() {
        assert_eq!(
            find("It will cut 1,340 jobs within its group operations, retail, customer products and marketing, finance and risk divisions."),
            ["group operations", "retail", "customer products and marketing", "finance", "risk divisions"]
        );
        assert_eq!(
            find("The broadcaster opened redundancies to its content teams, which include news, entertainment, regional and local, as well as product teams."),
            ["news", "entertainment", "regional and local", "product teams"]
        );
        assert_eq!(
            find("Redundancies will fall in the fraud operations, central operations and across its branch network, the union said."),
            ["fraud operations", "central operations", "branch network"]
        );
    }

    /// What is no unit: a list running into its predicate, firms, titles or places listed,
    /// a cut as a gerund, a back-reference, roles created, a passive clause.
    #[test]
    fn no_units() {
        for s in [
            "Several start-ups, including Avo and Ace Labs, have shut down and fired all of their employees.",
            "Pfizer is to cut jobs at three sites including Cork.",
            "The firm owns publications including the National Post.",
            "The CEO said the firm was not at the point of cutting jobs.",
            "Meanwhile, 145 new roles will be created across the same divisions facing cuts.",
            "• ‘Extravagant growth’ pursued by firms including Grab is unlikely to return",
            "The company must put customers first, including focusing more on baristas, whom it calls partners.",
        ] {
            assert_eq!(find(s), Vec::<String>::new(), "{s}");
        }
    }

    /// The subject of a passive cut names the units: "The sales and content divisions will
    /// be impacted", "the marketing department would be the most affected unit".
    #[test]
    fn passive_subjects() {
        assert_eq!(
            find("The sales, production, tech and content divisions for both sites will be impacted."),
            ["sales", "production", "tech", "content divisions"]
        );
        assert_eq!(
            find("He said the marketing department would be the most affected unit."),
            ["marketing department"]
        );
        assert_eq!(
            find("Its final mile distribution centre was also eliminated, and its retail stores were closed."),
            ["final mile distribution centre", "retail stores"]
        );
        // Near miss: no passive cut follows.
        assert_eq!(
            find("The sales team said it is confident the cuts will be limited."),
            Vec::<String>::new()
        );
    }

    /// More sites and kinds: a bare site after a verb of closing, "shut down its ...
    /// office", "reorganising the global functions", a list of kinds of staff, a
    /// hyphenated kind.
    #[test]
    fn more_sites_and_kinds() {
        assert_eq!(
            find("Starbucks to lay off 900 workers, close stores"),
            ["stores"]
        );
        assert_eq!(
            find("It cut 15% of staff, which mainly affected the arts, sales and customer service departments."),
            ["arts", "sales", "customer service departments"]
        );
        // Near misses: hit sites with no name of their own, and a question of impact.
        for s in [
            "The affected factories will close.",
            "It gave no details on how these changes will impact its channel team.",
        ] {
            assert_eq!(find(s), Vec::<String>::new(), "{s}");
        }
        assert_eq!(
            find("It laid off 165 people when it shut down its Las Vegas customer support office."),
            ["Las Vegas customer support office"]
        );
        assert_eq!(
            find("The restructure involves reorganising the global functions and head office."),
            ["global functions"]
        );
        assert_eq!(
            find(
                "He was laid off along with a handful of operations, business and editorial staff."
            ),
            ["operations", "business", "editorial staff"]
        );
        assert_eq!(
            find("It would remove around 12,000 mid-to-senior employees."),
            ["mid-to-senior"]
        );
        // Near misses: how people leave is no kind of staff.
        assert_eq!(
            find("Nine has accepted 85 voluntary redundancies across the titles."),
            Vec::<String>::new()
        );
        assert_eq!(
            find("It will cut 40,000 jobs, including 19,000 through furloughs and layoffs."),
            Vec::<String>::new()
        );
    }
}
