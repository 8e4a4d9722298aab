//! Frames: one per trigger, built from the typed spans around it in its clause — who
//! cuts, how many, what share, when, and the kind from the trigger's form and the cue
//! words around it.

use crate::cues;
use crate::dates::{self, DateContext, DateSpan};
use crate::model::{Document, Kind, Precision};
use crate::orgs::{self, NameContext, OrgMention};
use crate::quantity::{self, Count, CountKind, Percent};
use crate::sentences::{self, Sentence};
use crate::tokens::{tokenize, TokKind, Token};
use crate::triggers::{self, Form, TrigClass, TriggerHit, JOB_NOUNS, SITE_NOUNS, TRIGGERS};
use chrono::{Datelike, NaiveDate};

/// Who a frame's cuts belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Company {
    pub name: String,
    pub aliases: Vec<String>,
    pub parent: Option<String>,
    /// Named in the frame's own clause (not resolved from "the company").
    pub explicit: bool,
}

/// What one trigger says.
#[derive(Debug, Clone)]
pub struct Frame {
    pub sentence: usize,
    /// The date came from the frame's own sentence (not a default).
    pub dated: bool,
    pub company: Company,
    pub kind: Kind,
    pub count: Option<(Count, String)>,
    pub percent: Option<f64>,
    pub date: Option<(DateSpan, String)>,
    /// "another 10,000", "3,000 more jobs": not the round mentioned before it.
    pub new_round: bool,
    /// The trigger is a verb in the past tense ("trimmed", "laid off"): a report of cuts
    /// made, not talk of "the layoffs".
    pub past_verb: bool,
    /// The kind rests on the wording (a verb's tense or mood, a plan or start cue), not on
    /// a bare noun such as "the job cuts", which says nothing of whether they happened.
    pub kind_worded: bool,
    /// Which fields this frame's sentence supplies.
    pub fields: Vec<&'static str>,
}

/// Everything the coalescer needs: frames in text order and the sentences they cite.
pub struct Analysis<'a> {
    pub sentences: Vec<Sentence>,
    /// Each sentence's tokens, kept so that later passes (units, severance) need not
    /// tokenise again.
    pub toks: Vec<Vec<Token<'a>>>,
    /// Per sentence: may it name the units a round hits, and does it open a list of them.
    pub impact: Vec<bool>,
    pub opens_list: Vec<bool>,
    pub frames: Vec<Frame>,
    /// The company the document is mainly about (headline and lead).
    pub main_company: Option<String>,
    /// (company, parent) pairs stated anywhere in the document.
    pub parents: Vec<(String, String)>,
    /// The date a round reported as news defaults to: the publication date's month.
    pub default_date: Option<(NaiveDate, NaiveDate, Precision)>,
}

/// `YYYY/MM/DD`, `YYYY/MM` or `YYYY-MM-DD` in a URL path: many outlets date their URLs.
pub fn url_date(url: &str) -> Option<(NaiveDate, Precision)> {
    let path = url.split_once("://").map_or(url, |(_, p)| p);
    let parts: Vec<&str> = path.split(['/', '-', '_', '.']).collect();
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
fn dateline(first: &str) -> Option<(NaiveDate, usize)> {
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
    let d = dates::find_dates_in(&toks[at.min(toks.len())..], &DateContext::default())
        .into_iter()
        .next()
        .filter(|d| d.precision == Precision::Day && !d.relative)?;
    // Token offsets are into `first` already, whatever slice they were found in.
    if d.start != toks.get(at)?.start {
        return None;
    }
    let end = d.end;
    let dash = first[end..].trim_start().starts_with(['—', '–', '-', '|']);
    let alone = cut == first.len() && first[end..].trim().is_empty();
    (label || dash || alone).then_some((d.earliest, end))
}

/// The year the text's own dates point at most often, for a document with no publication
/// date. A year comes only from a date expression ("in 2023", "March 2023", "fiscal
/// 2024"), never from any four-digit number ("2067 Main Street"), and a founding date
/// ("founded in 1994") says nothing of when cuts happened. Years in sentences that report
/// cuts count; page furniture does not, unless nothing else gives a year.
fn text_year(
    doc: &str,
    sentences: &[Sentence],
    toks: &[Vec<Token>],
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
        dates::find_dates_in(&toks[n], &bare)
            .into_iter()
            .filter(|d| !d.relative && !founding(text, d) && !deadline(text, d))
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
fn deadline(text: &str, d: &DateSpan) -> bool {
    let before = &text.as_bytes()[..d.start];
    matches!(
        d.prefix,
        Some("by" | "until" | "till" | "through" | "within")
    ) || before[before.len().saturating_sub(40)..]
        .windows(13)
        .any(|w| w.eq_ignore_ascii_case(b"by the end of"))
}

/// "founded in 1994", "established in 2010": when the company began, not a round.
fn founding(text: &str, d: &DateSpan) -> bool {
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

pub fn analyse<'a>(doc: &Document<'a>) -> Analysis<'a> {
    let mut sentences = sentences::split(doc.text);
    // A dateline opening the text is the page's date, not part of its first sentence.
    let opening = sentences
        .first()
        .and_then(|s| dateline(&doc.text[s.start..s.end]).map(|(d, len)| (d, s.start + len)));
    if let Some((_, end)) = opening {
        let rest = doc.text[end..sentences[0].end].trim_start();
        sentences[0].start = sentences[0].end - rest.len();
        if rest.is_empty() {
            sentences.remove(0);
        }
    }
    let toks: Vec<Vec<Token>> = sentences
        .iter()
        .map(|s| tokenize(&doc.text[s.start..s.end]))
        .collect();
    let names = NameContext::new(&toks);
    let hits: Vec<Vec<TriggerHit>> = toks.iter().map(|t| triggers::find(t)).collect();

    let from_url = doc.url.and_then(url_date);
    // Or a line of its own near the top that is only a day: "March 15, 2024".
    let date_line = || {
        // The first sentence was read for an opening dateline already.
        sentences.iter().take(8).skip(1).find_map(|s| {
            let line = &doc.text[s.start..s.end];
            dateline(line)
                .filter(|&(_, len)| line[len..].trim().is_empty())
                .map(|(d, _)| d)
        })
    };
    let published = doc
        .published
        .or(opening.map(|(d, _)| d))
        .or_else(date_line)
        .or(from_url
            .filter(|(_, p)| *p == Precision::Day)
            .map(|(d, _)| d));
    let default_date = match (published, from_url) {
        (Some(p), _) => {
            let (a, b) = month_bounds(p);
            Some((a, b, Precision::Month))
        }
        (None, Some((d, p))) if p != Precision::Year => {
            let (a, b) = month_bounds(d);
            Some((a, b, Precision::Month))
        }
        _ => None,
    };
    let ctx = DateContext {
        published,
        default_year: published
            .map(|p| p.year())
            .or(from_url.map(|(d, _)| d.year()))
            .or_else(|| text_year(doc.text, &sentences, &toks, &hits)),
        anchor: match (published, from_url) {
            (None, Some((d, p))) if p != Precision::Year => Some(month_bounds(d).1),
            _ => None,
        },
    };

    let main_company = doc.title.and_then(|t| title_company(t, &names));
    let mut state = State {
        current: main_company.clone().map(|name| Company {
            name,
            aliases: Vec::new(),
            parent: None,
            explicit: false,
        }),
        aliases: Aliases::default(),
        denied: Vec::new(),
        parents: Vec::new(),
        main: None,
        current_at: 0,
        now: 0,
    };
    state.main = state.current.clone();
    let mut frames = Vec::new();
    let mut paragraph = 0;
    let mut seen = 0;
    for (n, s) in sentences.iter().enumerate() {
        paragraph += memchr::memchr_iter(b'\n', &doc.text.as_bytes()[seen..s.start]).count();
        seen = s.start;
        state.now = paragraph;
        let text = &doc.text[s.start..s.end];
        let view = SentenceView {
            n,
            text,
            toks: &toks[n],
            hits: &hits[n],
        };
        sentence_frames(view, &names, &ctx, &mut state, &mut frames);
    }
    if !state.denied.is_empty() {
        // Looked up, not compared with each denial: a long page may deny hundreds.
        let denied: std::collections::HashSet<String> = state
            .denied
            .iter()
            .map(|d| d.to_ascii_lowercase())
            .collect();
        frames.retain(|f: &Frame| !denied.contains(&f.company.name.to_ascii_lowercase()));
    }
    let main_company = main_company.or_else(|| {
        frames
            .iter()
            .find(|f| f.company.explicit)
            .map(|f| f.company.name.clone())
    });
    // Units are only looked for near a reported round: a sentence within six of one with
    // a trigger.
    let near = |n: usize| hits[n.saturating_sub(6)..=n].iter().any(|h| !h.is_empty());
    let impact = toks
        .iter()
        .enumerate()
        .map(|(n, t)| near(n) && crate::units::mentions_impact_in(t))
        .collect();
    let opens_list = sentences
        .iter()
        .zip(&toks)
        .enumerate()
        .map(|(n, (s, t))| near(n) && crate::units::opens_list_in(&doc.text[s.start..s.end], t))
        .collect();
    Analysis {
        parents: state.parents,
        sentences,
        toks,
        impact,
        opens_list,
        frames,
        main_company,
        default_date,
    }
}

/// The company a headline is about: the first organisation in it.
fn title_company(title: &str, names: &NameContext<'_>) -> Option<String> {
    let toks = tokenize(title);
    let hits = triggers::find(&toks);
    let orgs = orgs::find(title, &toks, names);
    let first_trigger = hits.first()?.first;
    orgs.iter()
        .rfind(|o| !o.cited && o.last < first_trigger)
        .or(orgs.first())
        .map(|o| o.name.clone())
}

struct State {
    /// The company "the company", "the firm" and "it" refer to.
    current: Option<Company>,
    /// (short, long) pairs learned from "Long Name (SHORT)".
    aliases: Aliases,
    /// Companies whose cuts the text denies.
    denied: Vec<String>,
    /// (company, parent) pairs the text states.
    parents: Vec<(String, String)>,
    /// The company the document is about (headline, else the first company that cuts):
    /// what "the company" means when a rival was named in between.
    main: Option<Company>,
    /// The paragraph `current` was last set in, and the paragraph being read.
    current_at: usize,
    now: usize,
}

/// (short, long) pairs learned from "Long Name (SHORT)", in the order learned, with the
/// first pair each name is in: a long page may teach hundreds, and every mention of an
/// organisation asks.
#[derive(Default)]
struct Aliases {
    pairs: Vec<(String, String)>,
    first: std::collections::HashMap<String, usize>,
}

impl Aliases {
    fn push(&mut self, (short, long): (String, String)) {
        let n = self.pairs.len();
        self.first.entry(short.clone()).or_insert(n);
        self.first.entry(long.clone()).or_insert(n);
        self.pairs.push((short, long));
    }

    /// The first pair with `name` as its short or its long form.
    fn find(&self, name: &str) -> Option<&(String, String)> {
        if self.pairs.is_empty() {
            return None;
        }
        self.first.get(name).map(|&n| &self.pairs[n])
    }
}

impl State {
    /// "The company" / "the layoffs": the company named earlier in the same paragraph,
    /// else the document's own.
    fn recent(&self) -> Option<Company> {
        if self.now == self.current_at || self.main.is_none() {
            self.current.clone()
        } else {
            self.main.clone()
        }
    }

    fn canonical(&self, org: &OrgMention) -> Company {
        let mut aliases = Vec::new();
        let mut name = org.name.clone();
        if let Some((short, long)) = self.aliases.find(&org.name) {
            name = long.clone();
            aliases.push(short.clone());
        }
        if org.full != org.name {
            aliases.push(org.full.clone());
        }
        Company {
            name,
            aliases,
            parent: None,
            explicit: true,
        }
    }
}

/// A tracker row such as "Acme • Boston • 219 employees (30%) • Source": a short line of
/// fields separated by bullets whose figure counts staff. It reports a round of the
/// organisation that opens it.
fn tracker_line(
    n: usize,
    text: &str,
    toks: &[Token],
    orgs: &[OrgMention],
    state: &State,
) -> Option<Frame> {
    // Every separator has a byte of one of these four; most sentences hold none.
    let may_have_separators = memchr::memchr3(0xC2, 0xCE, 0xE2, text.as_bytes()).is_some()
        || memchr::memchr(b'|', text.as_bytes()).is_some();
    if toks.len() > 40 || !may_have_separators {
        return None;
    }
    let separators = text.matches(['•', '∙', '·', '|']).count() + text.matches("βˆ™").count();
    if separators < 2 {
        return None;
    }
    let org = orgs.iter().find(|o| !o.cited)?;
    let counts = quantity::find_counts_in(toks);
    let (count, first) = counts.iter().find_map(|c| {
        let i = toks.iter().position(|t| t.start >= c.end)?;
        toks[i].is_in(job_nouns()).then_some((c.clone(), i))
    })?;
    let percent = quantity::find_percents_in(toks)
        .into_iter()
        .find(|p| p.start > toks[first].start && !p.upper_bound && p.value <= 100.0)
        .map(|p| p.value);
    // A tracker row gives figures, not wording: it does not vote on the kind.
    let mut fields = vec!["company", "headcount"];
    if percent.is_some() {
        fields.push("percent");
    }
    Some(Frame {
        sentence: n,
        dated: false,
        company: state.canonical(org),
        kind: Kind::Layoff,
        count: Some((count.clone(), text[count.start..count.end].to_string())),
        percent,
        date: None,
        new_round: false,
        past_verb: false,
        kind_worded: false,
        fields,
    })
}

/// "February last year", "in March this year": a month followed by the year it falls in
/// is that month of that year, one span.
fn month_of_year(text: &str, dates: Vec<DateSpan>) -> Vec<DateSpan> {
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

/// Prepositions and cues that put an organisation outside the subject.
const GOVERNORS: &[&str] = &[
    "union",
    "of",
    "for",
    "with",
    "like",
    "than",
    "from",
    "including",
    "as",
    "by",
    "against",
    "versus",
    "vs",
    "to",
    "at",
    "in",
    "on",
    "about",
    "into",
    "between",
    "near",
    "outside",
    // "reducing its North American retail footprint", "their Asia Pacific unit": a name
    // after a possessive determiner is something the subject owns.
    "its",
    "their",
];

/// Nouns after "layoff" that make it a modifier: "layoff insurance", "layoff rate".
const COMPOUNDS: &[&str] = &[
    "insurance",
    "protection",
    "premiums",
    "premium",
    "policy",
    "policies",
    "coverage",
    "tracker",
    "fears",
    "anxiety",
    "rumors",
    "rumours",
    "season",
    "tips",
    "advice",
    "calculator",
    "rate",
    "rates",
    "data",
    "statistics",
    "trend",
    "trends",
    "survivors",
    "guide",
];

/// "will impact/affect N employees": a trigger that needs a measure before it.
fn reaches_people(hit: &TriggerHit) -> bool {
    let first = TRIGGERS[hit.rule].pattern[0];
    first.starts_with("impact") || first.starts_with("affect")
}

/// Words for a measure that reaches people: "The move will impact 1,200 employees".
const MEASURE_NOUNS: &[&str] = &[
    "move",
    "decision",
    "plan",
    "plans",
    "restructuring",
    "reorganization",
    "reorganisation",
    "changes",
    "cuts",
    "layoffs",
    "reduction",
    "reductions",
    "redundancies",
    "closure",
    "closures",
    "overhaul",
    "cutbacks",
    "program",
    "programme",
];

/// Plural nouns for kinds of employers: "layoffs at media companies".
const GENERIC_EMPLOYERS: &[&str] = &[
    "companies",
    "firms",
    "businesses",
    "employers",
    "startups",
    "banks",
    "newspapers",
    "publishers",
    "retailers",
    "automakers",
    "carmakers",
    "manufacturers",
    "outlets",
    "lenders",
    "insurers",
    "universities",
    "hospitals",
    "councils",
    "studios",
    "agencies",
];

/// Words before a noun trigger that make it about a whole sector.
const GENERIC: &[&str] = &[
    "tech",
    "industry",
    "sector",
    "global",
    "mass",
    "widespread",
    "recent",
    "economy",
    "nationwide",
    "industrywide",
    "media",
    "startup",
    "federal",
];

/// Words that refer back to the current company.
const ANAPHORS: &[&str] = &[
    "provider",
    "maker",
    "operator",
    "company",
    "firm",
    "it",
    "its",
    "we",
    "our",
    "group",
    "business",
    "startup",
    "bank",
    "retailer",
    "carrier",
    "airline",
    "automaker",
    "lender",
    "giant",
    "platform",
    "outlet",
    "publisher",
    "employer",
    "organization",
    "organisation",
    "insurer",
    "chain",
    "maker",
    "network",
    "exchange",
    "they",
    "their",
    "hospital",
    "system",
    "unit",
    "division",
    "multinational",
    "conglomerate",
    "manufacturer",
    "carmaker",
    "chipmaker",
    "fintech",
    "supplier",
];

/// One sentence as the frame builder sees it.
struct SentenceView<'s, 't> {
    n: usize,
    text: &'s str,
    toks: &'s [Token<'t>],
    hits: &'s [TriggerHit],
}

fn sentence_frames(
    view: SentenceView,
    names: &NameContext<'_>,
    ctx: &DateContext,
    state: &mut State,
    out: &mut Vec<Frame>,
) {
    let SentenceView {
        n,
        text,
        toks,
        hits,
    } = view;
    // A sentence without a trigger only matters for its subject ("the company" later) and
    // for "Long Name (SHORT)" aliases, so its tail is not searched for names unless it
    // has brackets.
    let limit = if hits.is_empty() && memchr::memchr(b'(', text.as_bytes()).is_none() {
        8
    } else {
        toks.len()
    };
    let orgs = orgs::find_within(text, toks, names, limit);
    for o in &orgs {
        if let Some(a) = &o.alias {
            state.aliases.push((a.clone(), o.name.clone()));
        }
        // "The airline's parent company, IAG, said": IAG owns the company in view.
        let before: Vec<&Token> = toks[..o.first]
            .iter()
            .rev()
            .filter(|t| t.text != "," && !t.is("the"))
            .take(2)
            .collect();
        if before.len() == 2 && before[0].is("company") && before[1].is("parent") {
            if let Some(c) = &state.current {
                if c.name != o.name {
                    state.parents.push((c.name.clone(), o.name.clone()));
                }
            }
        }
    }
    if hits.is_empty() {
        if let Some(f) = tracker_line(n, text, toks, &orgs, state) {
            state.current = Some(Company {
                explicit: false,
                ..f.company.clone()
            });
            state.current_at = state.now;
            out.push(f);
            return;
        }
        // An organisation in subject position becomes what "the company" refers to.
        // ("The Pulitzer Prize winning Buzzfeed News brand is to shut down"), unless a
        // preposition governs it ("Employees of OurBus").
        if let Some(o) = orgs.iter().find(|o| {
            // "The Pulitzer Prize winning Buzzfeed News brand": a few words may precede it.
            let before = toks[..o.first]
                .iter()
                .rev()
                .find(|t| !t.is_any(&["the", "a", "an"]));
            !o.cited && o.first <= 6 && !before.is_some_and(|t| t.is_in(governors()))
        }) {
            state.current = Some(Company {
                explicit: false,
                ..state.canonical(o)
            });
            state.current_at = state.now;
        }
        return;
    }
    let question = text
        .trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with('?');
    let denial = toks.iter().any(|t| t.is_any_of(denials()));
    if denial {
        // A denied round taints the company for the whole document: "Microsoft denies
        // plan to lay off thousands" is not news of Microsoft cuts further down either.
        for hit in hits {
            if let Some(c) = subject(toks, &orgs, hit, 0, toks.len(), state) {
                state.denied.push(c.name);
            }
        }
        return;
    }
    let counts = quantity::find_counts_in(toks);
    let percents = quantity::find_percents_in(toks);
    let dates: Vec<DateSpan> = dates::find_dates_in(toks, ctx)
        .into_iter()
        .filter(|d| !founding(text, d))
        // "until demand returns to 2019 levels": a benchmark, not a date of the round.
        .filter(|d| {
            let next = text[d.end..].split_whitespace().next().unwrap_or("");
            ![
                "levels",
                "level",
                "figures",
                "prices",
                "highs",
                "lows",
                "high",
                "low",
                "peak",
                "peaks",
                "record",
                "valuation",
            ]
            .contains(&next.trim_matches(|c: char| !c.is_alphanumeric()))
        })
        // "employed at its peak last year", "a high of 8,600 in 2021": when a benchmark
        // was reached, not when the round was.
        .filter(|d| {
            let before: Vec<&str> = text[..d.start].split_whitespace().rev().take(4).collect();
            !before.iter().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                ["peak", "high", "record"]
                    .iter()
                    .any(|b| w.eq_ignore_ascii_case(b))
            })
        })
        .collect();
    let dates = month_of_year(text, dates);
    // "by 2025", "over the next three years", "between now and September": a plan's
    // deadline or window is a plan cue, not the date of the round (which is when it was
    // announced). Split once per sentence, not per trigger.
    let is_window = |d: &DateSpan| {
        let before = text[..d.start].trim_end();
        let tail = before.len().saturating_sub("between now and".len());
        matches!(d.prefix, Some("over"))
            || deadline(text, d)
            || before
                .get(tail..)
                .is_some_and(|t| t.eq_ignore_ascii_case("between now and"))
    };
    let dates_on: Vec<DateSpan> = dates.iter().filter(|d| !is_window(d)).cloned().collect();

    // "will impact/affect N employees" reports cuts only when a measure does it: "the
    // move", "the restructuring". When the measure is itself a trigger ("the layoffs will
    // affect 180 employees") that trigger's frame takes the figure. A near miss: "tariffs
    // will affect 1,200 workers".
    let kept_hits: Vec<TriggerHit>;
    let hits = if hits.iter().any(reaches_people) {
        kept_hits = hits
            .iter()
            .enumerate()
            .filter(|&(h, hit)| {
                !reaches_people(hit) || {
                    let from = hit.first.saturating_sub(4);
                    let after_trigger = h > 0 && hits[h - 1].last >= from;
                    !after_trigger
                        && toks[from..hit.first]
                            .iter()
                            .any(|t| t.is_any(MEASURE_NOUNS))
                }
            })
            .map(|(_, hit)| *hit)
            .collect();
        &kept_hits[..]
    } else {
        hits
    };
    // Each trigger's first frame in `out`, for the closures' job losses below.
    let mut made: Vec<(usize, usize)> = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        let rule = &TRIGGERS[hit.rule];
        if question {
            continue;
        }
        // The clause: from the last ';' (or the previous trigger with its own subject) to
        // the next ';' or trigger.
        let lo = clause_start(toks, hits, h, &orgs);
        // Figures and dates come after the previous trigger: "continued to lay off workers
        // this year, after cutting more than 27,000 jobs since 2022".
        let arg_lo = if h > 0 {
            lo.max(hits[h - 1].last + 1)
        } else {
            lo
        };
        // A conjunction between the two triggers ends the first one's figures: "cut 40
        // positions in July 2023, and slashed its workforce by 14% in late 2022". (A date
        // before it may still be shared: "announced on Monday it was cutting 17% and
        // closing offices".)
        let figures_lo = if h > 0 {
            toks[arg_lo..hit.first.max(arg_lo)]
                .iter()
                .rposition(|t| t.is_any(&["and", "but", "while", "whereas"]))
                .map_or(arg_lo, |k| arg_lo + k + 1)
        } else {
            arg_lo
        };
        let hi = hits.get(h + 1).map_or(toks.len(), |n| n.first).min(
            toks.iter()
                .enumerate()
                .skip(hit.last)
                .find(|(_, t)| t.text == ";" || t.text == ":")
                .map_or(toks.len(), |(i, _)| i),
        );
        if negated(toks, lo, hit) || sports_layoff(toks, hit) {
            continue;
        }
        if rule.class == TrigClass::Cut && furlough_only(toks, hit) {
            continue;
        }
        // "laid off its 4,000 cabin crew for two months", "temporarily laid off": a
        // furlough, not a job cut.
        if temporary(&toks[lo..hi]) || habitual(&toks[lo..hi]) {
            continue;
        }
        // "layoff insurance", "layoffs and discharges at 1.2%": the word names a product or
        // a statistic, not a round.
        let discharges = toks.get(hit.last + 2).is_some_and(|t| t.is("discharges"));
        if rule.form == Form::Noun
            && (discharges || toks.get(hit.last + 1).is_some_and(|t| t.is_any(COMPOUNDS)))
        {
            continue;
        }
        // "tech layoffs top 100,000", "industry job cuts": no single employer.
        if rule.form == Form::Noun && hit.first > 0 && toks[hit.first - 1].is_any(GENERIC) {
            continue;
        }
        // "layoffs at media companies", "job cuts across banks": a kind of employer, none
        // in particular. A near miss: "layoffs at Meta" names one.
        if rule.form == Form::Noun
            && toks
                .get(hit.last + 1)
                .is_some_and(|t| t.is_any(&["at", "across", "among"]))
            && toks[hit.last + 2..(hit.last + 5).min(toks.len())]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
                .any(|t| t.is_any(GENERIC_EMPLOYERS))
        {
            continue;
        }
        // A footprint closes only when it shrinks: "reducing its retail showroom
        // footprint", "will shrink its office footprint". A near miss: "expanding its
        // footprint in Asia".
        if rule.pattern == ["footprint"]
            && !toks[hit.first.saturating_sub(5).max(lo)..hit.first]
                .iter()
                .any(|t| {
                    t.is_any(&[
                        "reduce",
                        "reduces",
                        "reducing",
                        "reduced",
                        "shrink",
                        "shrinks",
                        "shrinking",
                        "shrank",
                        "cut",
                        "cuts",
                        "cutting",
                        "trim",
                        "trims",
                        "trimming",
                        "trimmed",
                        "downsize",
                        "downsizing",
                        "consolidate",
                        "consolidating",
                    ])
                })
        {
            continue;
        }
        // "300 jobs are at risk", "putting 90 roles at risk": the jobs come first. A near
        // miss: "customers at risk".
        if rule.pattern == ["at", "risk"]
            && !toks[hit.first.saturating_sub(3)..hit.first]
                .iter()
                .any(|t| t.is_in(job_nouns()))
        {
            continue;
        }
        let (company, listed_after) = match subject(toks, &orgs, hit, lo, hi, state) {
            Some(c) => (unit_employer(c, toks, &orgs, hit, hi, state), Vec::new()),
            None => {
                let mut list = listed_after(toks, &orgs, hit, hi).into_iter();
                match list.next() {
                    Some(first) => (first, list.collect()),
                    None => continue,
                }
            }
        };
        // "the order to shut down factories": a bare plural site names no one's site, so
        // only a company named in the clause can own the closing.
        let bare_sites = rule.class == TrigClass::Closure
            && rule.form != Form::Noun
            && toks.get(hit.last + 1).is_some_and(|t| {
                t.is_in(site_nouns()) && t.text.ends_with('s') && !t.text.ends_with("ss")
            });
        if bare_sites && !company.explicit {
            continue;
        }
        // Figures start after the subject named before the verb: in "Coinbase laid off
        // around 1,100 employees, BlockFi cut roughly 20%", the 1,100 is Coinbase's.
        let figures_lo = orgs
            .iter()
            .filter(|o| {
                o.name == company.name
                    && o.last < hit.first
                    && o.first > figures_lo
                    // A new clause's subject, not a modifier inside an object ("230
                    // Symantec employees").
                    && toks[o.first - 1].is_any(&[",", ";", "and", "while", "but"])
            })
            .map(|o| o.last + 1)
            .max()
            .unwrap_or(figures_lo);
        let (count, count_tok) = pick_count(text, toks, &counts, hit, figures_lo, hi, rule.class);
        // "300 jobs at risk": at most 300 go; and of buyouts or voluntary severance
        // offered to N staff, at most N take them.
        let at_most = rule.pattern == ["at", "risk"]
            || rule.pattern == ["buyouts"]
            || rule.pattern == ["voluntary", "severance"];
        let count = match count {
            Some((c, t)) if at_most && c.kind == CountKind::Exact => Some((
                Count {
                    min: None,
                    kind: CountKind::UpperBound,
                    ..c
                },
                t,
            )),
            c => c,
        };
        let percent = pick_percent(text, toks, &percents, hit, figures_lo, hi);
        // "the employee had been terminated", "fired an executive": one person let go is
        // no round. A near miss: "terminated 40 employees".
        if count.is_none() && percent.is_none() && one_person(toks, hit, lo, hi) {
            continue;
        }
        // "just months after cutting 9%": an earlier round takes no date from the clause
        // before it.
        let earlier = toks[hit.first.saturating_sub(3)..hit.first]
            .iter()
            .any(|t| t.is_any(&["after", "before", "following", "since"]));
        // Verbs joined by a conjunction share the clause's date: "announced on Monday it
        // was eliminating about 17% of its staff and closing some offices".
        let date_lo = if earlier {
            hit.last + 1
        } else if figures_lo > arg_lo {
            lo
        } else {
            arg_lo
        };
        // The nearest date, when it is a plan's deadline or window, is a cue for the kind.
        let deadline =
            pick_date(text, toks, &dates, hit, date_lo.min(hi), hi).filter(|(d, _)| is_window(d));
        // "employed 7,500 workers before the layoffs": a mention of a known round carries no
        // date of its own.
        // "At the end of 2023, Chegg had 1,271 employees, but with this downsizing ...": a
        // demonstrative points back to the round in view, and the date is the clause's own.
        // (After a determiner, "downsizing" is a noun too.)
        let known_round = hit.first > 0
            && (earlier && rule.form == Form::Noun && toks[hit.first - 1].is("the")
                || toks[hit.first - 1].is_any(&["this", "these"]));
        // A conjunction before the next trigger ends this one's dates: "In February 2015,
        // 500 workers were laid off and in September 300 workers were cut".
        let date_hi = if hi < toks.len() && hits.get(h + 1).is_some_and(|n| n.first == hi) {
            toks[hit.last + 1..hi]
                .iter()
                .position(|t| t.is_any(&["and", "but", "while", "whereas"]))
                .map_or(hi, |k| hit.last + 1 + k)
        } else {
            hi
        };
        let date = if known_round {
            None
        } else {
            pick_date(text, toks, &dates_on, hit, date_lo.min(date_hi), date_hi)
        };
        // "to cut", "will shed": the ambiguous past forms read as the base form.
        let form = match rule.form {
            Form::Past
                if hit.first > 0
                    && toks[hit.first - 1]
                        .is_any(&["to", "will", "would", "could", "may", "might", "ll"]) =>
            {
                Form::Base
            }
            f => f,
        };
        let kind = frame_kind(
            toks,
            hit,
            lo,
            hi,
            rule.class,
            form,
            date.as_ref().or(deadline.as_ref()),
            text,
        );
        // "announced it would lay off 11,000 people last fall": a plan dated well before the
        // report is a round that has happened.
        // "will lay off 1,400 between now and the end of September", read in June: a bare
        // month in a plan points forward.
        let date = match (kind, date, ctx.published) {
            (Kind::Plan, Some((d, t)), Some(p))
                if d.relative
                    && d.latest < p
                    // Only a bare month: "said Tuesday" always looks back.
                    && d.precision == Precision::Month
                    && ![
                        "last",
                        "past",
                        "earlier",
                        "previous",
                        "ago",
                        "this",
                        "yesterday",
                    ]
                    .iter()
                    .any(|w| t.to_ascii_lowercase().contains(w)) =>
            {
                // A year on; a month keeps its whole length (February may gain a day).
                let earliest = d.earliest.with_year(d.earliest.year() + 1);
                let latest = match d.precision {
                    Precision::Month => earliest.map(|e| month_bounds(e).1),
                    _ => d.latest.with_year(d.latest.year() + 1),
                };
                match (earliest, latest) {
                    (Some(earliest), Some(latest)) if earliest <= latest => Some((
                        DateSpan {
                            earliest,
                            latest,
                            ..d
                        },
                        t,
                    )),
                    _ => Some((d, t)),
                }
            }
            (_, date, _) => date,
        };
        let long_past = date
            .as_ref()
            .zip(ctx.published)
            .is_some_and(|((d, _), p)| (p - d.latest).num_days() > 30);
        let kind = if kind == Kind::Plan && long_past {
            Kind::Layoff
        } else {
            kind
        };
        // Only wording decides a kind: a verb, a plan or start cue, or a past verb that
        // governs the noun ("has made another round of layoffs").
        let worded = form != Form::Noun
            || kind != Kind::Layoff
            || toks[hit.first.saturating_sub(5).max(lo)..hit.first]
                .iter()
                .any(|t| t.is_any_of(done_before_noun()));
        let new_round = count_tok.is_some_and(|i| {
            toks[i.saturating_sub(2)..(i + 4).min(toks.len())]
                .iter()
                .any(|t| cues::NEW_ROUND.contains(&t.text))
        }) || toks[lo..hit.first]
            .iter()
            .any(|t| matches!(t.text, "another" | "second" | "fresh"))
            // "part of a planned 7% reduction": a larger round containing the one at hand.
            || toks[hit.first.saturating_sub(5)..hit.first].windows(2).any(|w| w[0].is("part") && w[1].is("of"));
        let mut fields = vec!["kind", "company"];
        if count.is_some() {
            fields.push("headcount");
        }
        if percent.is_some() {
            fields.push("percent");
        }
        if date.is_some() {
            fields.push("date");
        }
        // Lists: "Netflix, Spotify, Coinbase and Shopify have announced layoffs".
        let mut listed = coordinated(toks, &orgs, &company, hit);
        listed.extend(listed_after);
        let rival = hit.first > 0
            && toks[..hit.first]
                .iter()
                .any(|t| t.is_any(&["rival", "competitor", "peer", "rivals"]));
        if company.explicit && !rival {
            state.current = Some(company.clone());
            state.current_at = state.now;
            if state.main.is_none() {
                state.main = Some(company.clone());
            }
        }
        let subject = company.name.clone();
        made.push((out.len(), h));
        for c in std::iter::once(company).chain(listed) {
            out.push(Frame {
                sentence: n,
                dated: date.is_some(),
                company: c,
                kind,
                count: count.clone(),
                percent,
                date: date.clone(),
                new_round,
                past_verb: form == Form::Past,
                kind_worded: worded,
                fields: fields.clone(),
            });
        }
        // "laid off about 60 engineers in Lithuania last fall, and 150 Uber Freight workers
        // in January": a second object that names another employer is its own round.
        if let Some((org, c2, at)) =
            count_tok.and_then(|i| second_object(toks, &counts, &orgs, i, hi))
        {
            let mut other = state.canonical(org);
            if other.parent.is_none() && other.name != subject && other.name.starts_with(&subject) {
                other.parent = Some(subject.clone());
            }
            let date = dates_on
                .iter()
                .filter(|d| {
                    d.start >= toks[at].end && d.end <= toks.get(hi).map_or(text.len(), |t| t.start)
                })
                .min_by_key(|d| d.start)
                .map(|d| (d.clone(), text[d.start..d.end].to_string()));
            let mut fields = vec!["kind", "company", "headcount"];
            if date.is_some() {
                fields.push("date");
            }
            out.push(Frame {
                sentence: n,
                dated: date.is_some(),
                company: other,
                kind,
                count: Some((c2.clone(), text[c2.start..c2.end].to_string())),
                percent: None,
                date,
                new_round: false,
                past_verb: form == Form::Past,
                kind_worded: worded,
                fields,
            });
        }
    }
    closure_losses(toks, hits, &made, out);
}

/// Jobs lost because a site closes are the closure's own figure, one round of kind
/// `closure`: "plans to close seven stores with the loss of as many as 145 jobs", "will
/// close its Greencastle facility, permanently laying off 125 employees", "Up to 200 jobs
/// could be axed after it was revealed the chain is preparing to close its stores". A near
/// miss keeps two rounds: "is planning 250 job cuts and 36 branch closures".
fn closure_losses(toks: &[Token], hits: &[TriggerHit], made: &[(usize, usize)], out: &mut [Frame]) {
    let class = |h: usize| TRIGGERS[hits[h].rule].class;
    for &(fc, c) in made
        .iter()
        .filter(|&&(_, h)| class(h) == TrigClass::Closure)
    {
        for &(fk, k) in made.iter().filter(|&&(_, h)| class(h) == TrigClass::Cut) {
            // A closing that already has a figure of its own keeps it; the same figure on
            // both ("close its plant ... and about 240 workers will lose their jobs") is one.
            let same_figure = matches!(
                (&out[fc].count, &out[fk].count),
                (Some((a, _)), Some((b, _))) if a.min == b.min && a.max == b.max
            );
            if out[fk].company.name != out[fc].company.name
                || out[fc].count.is_some() && !same_figure
            {
                continue;
            }
            let (cut, closure) = (&hits[k], &hits[c]);
            let linked = if same_figure {
                true
            } else if closure.last < cut.first {
                // The loss follows the closing: "with the loss of", "resulting in", ", laying off".
                let gap = &toks[closure.last + 1..cut.first];
                let near = &gap[gap.len().saturating_sub(4)..];
                near.iter().any(|t| t.is_any(CONSEQUENCE))
                    || (near.last().is_some_and(|t| t.text == ",")
                        || near.len() >= 2 && near[near.len() - 2].text == ",")
                        && TRIGGERS[cut.rule].form == Form::Progressive
            } else {
                // The loss comes first and the closing says why: "... will be lost when".
                toks[cut.last + 1..closure.first]
                    .iter()
                    .any(|t| t.is_any(&["when", "after", "as", "because"]))
            };
            if linked {
                out[fk].kind = Kind::Closure;
            }
        }
    }
}

/// Words that make job losses the consequence of what comes before them.
const CONSEQUENCE: &[&str] = &[
    "with",
    "resulting",
    "leading",
    "meaning",
    "costing",
    "putting",
    "affecting",
    "causing",
];

/// After the first object of a cut ("60 engineers"), "and" + a figure + an employer's
/// name + a job noun ("and 150 Uber Freight workers"): the mention, the figure and the
/// index of the job noun.
fn second_object<'o>(
    toks: &[Token],
    counts: &'o [Count],
    orgs: &'o [OrgMention],
    first_count: usize,
    hi: usize,
) -> Option<(&'o OrgMention, &'o Count, usize)> {
    let and = (first_count + 1..hi.min(toks.len())).find(|&i| toks[i].is("and"))?;
    let next = toks.get(and + 1)?;
    let c2 = counts.iter().find(|c| c.start == next.start)?;
    let after_count = (and + 1..hi.min(toks.len())).find(|&i| toks[i].start >= c2.end)?;
    let org = orgs.iter().find(|o| o.first == after_count)?;
    let noun = org.last + 1;
    (noun < toks.len() && is_job_noun(&toks[noun])).then_some((org, c2, noun))
}

fn clause_start(toks: &[Token], hits: &[TriggerHit], h: usize, orgs: &[OrgMention]) -> usize {
    let hit = hits[h];
    let semi = toks[..hit.first]
        .iter()
        .rposition(|t| t.text == ";" || t.text == ":")
        .map_or(0, |i| i + 1);
    let prev = if h > 0 {
        let p = hits[h - 1].last + 1;
        // A new subject between the two triggers starts a new clause.
        if orgs.iter().any(|o| o.first >= p && o.last < hit.first) {
            p
        } else {
            0
        }
    } else {
        0
    };
    semi.max(prev)
}

fn negated(toks: &[Token], lo: usize, hit: &TriggerHit) -> bool {
    // Look back a few tokens within the clause: "has no plans to cut", "not laying off".
    let from = hit.first.saturating_sub(6).max(lo);
    toks[from..hit.first].iter().any(|t| t.is_any_of(negations()))
        // "no layoffs", "without job cuts"
        || toks.get(hit.last + 1).is_some_and(|t| t.is("freeze") || t.is("freezes"))
        // "If demand falls, X could cut jobs": a condition opening the sentence.
        || toks[..hit.first].first().is_some_and(|t| t.is_any(&["if", "unless", "whether"]))
}

fn temporary(clause: &[Token]) -> bool {
    clause
        .iter()
        .any(|t| t.is_any(&["temporarily", "temporary"]))
        || clause.windows(3).any(|w| {
            w[0].is("for")
                && (w[1].kind == TokKind::Number
                    || w[1].is_any(&["two", "three", "four", "six", "several", "a", "few"]))
                && w[2].is_any(&["weeks", "months", "days", "week", "month", "few"])
        })
}

/// The cut's object is one person: a singular determiner and a singular person noun right
/// by the trigger, and no plural job noun in the clause.
fn one_person(toks: &[Token], hit: &TriggerHit, lo: usize, hi: usize) -> bool {
    const ONE: &[&str] = &["a", "an", "the", "one", "this", "that", "his", "her"];
    const PERSON: &[&str] = &[
        "employee",
        "worker",
        "staffer",
        "manager",
        "executive",
        "reporter",
        "editor",
        "officer",
        "engineer",
        "teacher",
        "nurse",
        "driver",
        "person",
        "man",
        "woman",
        "director",
    ];
    let near = &toks[hit.first.saturating_sub(4).max(lo)..(hit.last + 4).min(hi).max(hit.first)];
    let single = near
        .windows(2)
        .any(|w| w[0].is_any(ONE) && w[1].is_any(PERSON))
        || near
            .windows(3)
            .any(|w| w[0].is_any(ONE) && w[2].is_any(PERSON));
    single
        && !toks[lo..hi]
            .iter()
            .any(|t| t.is_in(job_nouns()) && !t.is_any(PERSON))
}

/// "trims 2-7% of its workforce annually", "cuts staff every year": a habit, not a round.
/// A near miss: "cut 300 jobs this year" is one round.
fn habitual(clause: &[Token]) -> bool {
    clause
        .iter()
        .any(|t| t.is_any(&["annually", "routinely", "habitually", "yearly"]))
        || clause.windows(2).any(|w| {
            w[0].is_any(&["every", "each"]) && w[1].is_any(&["year", "spring", "fall", "autumn"])
        })
}

/// "a four-year layoff", "his longest layoff": time away from competition.
fn sports_layoff(toks: &[Token], hit: &TriggerHit) -> bool {
    let w = &toks[hit.first];
    if !w.is("layoff") {
        return false;
    }
    toks[hit.first.saturating_sub(3)..hit.first]
        .iter()
        .any(|t| {
            t.is_any(&[
                "year", "month", "week", "his", "her", "longest", "long", "injury",
            ])
        })
}

/// "furloughed" counts only when the text calls it job loss ("permanently", "ending").
fn furlough_only(toks: &[Token], hit: &TriggerHit) -> bool {
    toks[hit.first]
        .text
        .to_ascii_lowercase()
        .starts_with("furlough")
        && !toks
            .iter()
            .any(|t| t.is_any(&["permanently", "permanent", "ending", "eliminated"]))
}

/// Who cuts: "at X" / "X's" right of a noun trigger, else the nearest organisation to the
/// left in the clause that is not inside a prepositional phrase, else "the company" → the
/// current company.
fn subject(
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    state: &State,
) -> Option<Company> {
    let usable = |o: &&OrgMention| !o.cited;
    // "layoffs at AWS", "job cuts at Amazon"
    if let Some(o) = orgs.iter().filter(usable).find(|o| {
        o.first > hit.last
            && o.first < hi
            && o.first <= hit.last + 3
            && toks[o.first - 1].is_any(&["at", "from"])
    }) {
        return Some(with_parent(state.canonical(o), toks, orgs, o));
    }
    // Left of the trigger.
    // Not inside brackets: "Meta (which includes Facebook and Instagram) laid off".
    let bracketed = |o: &OrgMention| {
        let opens = toks[lo..o.first].iter().filter(|t| t.text == "(").count();
        let closes = toks[lo..o.first].iter().filter(|t| t.text == ")").count();
        opens > closes && toks[o.last + 1..hit.first].iter().any(|t| t.text == ")")
    };
    let left: Vec<&OrgMention> = orgs
        .iter()
        .filter(usable)
        .filter(|o| o.last < hit.first && o.first >= lo && !bracketed(o))
        .collect();
    // "the new Yahoo Advertising group": a unit named like a company is not the employer.
    let unit_name = |o: &OrgMention| {
        toks.get(o.last + 1).is_some_and(|t| {
            t.text.chars().next().is_some_and(char::is_lowercase)
                && t.is_any(&[
                    "group", "division", "unit", "business", "segment", "team", "arm", "brand",
                    "wing",
                ])
        })
    };
    // "the Rupert Murdoch-controlled publisher", "the SoftBank-backed startup": the owner
    // describes the employer.
    let owner = |o: &OrgMention| {
        let k = o.last + 1 + usize::from(toks.get(o.last + 1).is_some_and(|t| t.text == "-"));
        toks.get(k)
            .is_some_and(|t| t.is_any(&["controlled", "owned", "backed", "funded", "led"]))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
    };
    let governed = |o: &OrgMention| {
        owner(o)
            || (o.first > 0 && toks[o.first - 1].is_in(governors()))
            || unit_name(o)
            || site_name(toks, orgs, o)
    };
    // "Amazon Web Services (AWS), the cloud computing wing of Amazon, laid off": the org
    // that opens the sentence is the subject when an appositive follows it.
    if let Some(o) = left.first() {
        // ", the cloud computing wing of Amazon," / ", which ..." after the name.
        let comma = if o.alias.is_some() {
            o.last + 4
        } else {
            o.last + 1
        };
        let appositive = toks.get(comma).is_some_and(|t| t.text == ",")
            && (toks
                .get(comma + 1)
                .is_some_and(|t| t.is_any(&["the", "a", "an", "its", "which", "who", "one"]))
                || orgs.iter().any(|p| p.first == comma + 1 && p.possessive));
        if appositive && !governed(o) {
            return Some(with_parent(state.canonical(o), toks, orgs, o));
        }
    }
    // An organisation inside a prepositional phrase ("its plant in Toledo") is a subject
    // only when nothing else could be.
    let nearest = left
        .iter()
        .rev()
        .find(|o| !governed(o))
        .or_else(|| left.last().filter(|_| state.current.is_none()));
    // A pronoun or "the company" closer to the trigger than any name wins.
    let anaphor = toks[lo..hit.first]
        .iter()
        .enumerate()
        .rev()
        .find(|(_, t)| t.is_in(anaphors()))
        .map(|(i, _)| lo + i);
    match (nearest, anaphor) {
        (Some(o), Some(a))
            if a > o.last && !toks[a].is_any(&["its", "their", "our"]) && o.possessive =>
        {
            // "Alphabet’s CEO said ... we decided": the possessor stays the subject.
            Some(state.canonical(o))
        }
        (Some(o), _) => Some(with_parent(state.canonical(o), toks, orgs, o)),
        (None, Some(a)) => {
            // "the company" is the document's company; "it" is the last one named.
            let pronoun = toks[a].is_any(&["it", "its", "we", "our", "they", "their"]);
            let target = if pronoun {
                state.current.clone()
            } else {
                state.recent()
            };
            target.map(|mut c| {
                c.explicit = false;
                c
            })
        }
        (None, None) => {
            // "Less than two weeks after laying off thousands of employees, Uber is cutting
            // ...": the main clause's subject did the earlier cuts too.
            let leading = toks[hit.first.saturating_sub(4)..hit.first]
                .iter()
                .any(|t| t.is_any(&["after", "before", "following", "since", "despite"]));
            if leading {
                if let Some(o) = orgs.iter().filter(usable).find(|o| {
                    o.first > hit.last && toks[hit.last..o.first].iter().any(|t| t.text == ",")
                }) {
                    return Some(state.canonical(o));
                }
            }
            // A noun trigger with its company after it: "the layoffs of X", "X layoffs" handled above.
            if let Some(o) = orgs.iter().filter(usable).find(|o| {
                o.first > hit.last
                    && o.first < hi
                    && o.first <= hit.last + 2
                    && !site_name(toks, orgs, o)
            }) {
                return Some(state.canonical(o));
            }
            // Passive with the company later: "employees at X were laid off" is covered by
            // "at X"; anything else with no subject falls back to the current company only
            // for bare noun triggers in a sentence that names no other company.
            // "The layoffs will affect 180 employees": the document's own round.
            if (TRIGGERS[hit.rule].form == Form::Noun || counted_jobs_subject(toks, hit, lo))
                && !orgs.iter().any(|o| o.first < hit.first)
            {
                state.recent().map(|mut c| {
                    c.explicit = false;
                    c
                })
            } else {
                None
            }
        }
    }
}

/// A name that only names a site of the employer: its owner before it ("its", "their",
/// or a possessive name) and a site noun after a few lower-case words. "shutter its
/// Ruston area glass plant", "DS Smith's Derbyshire packaging factory", "close its
/// Newlands underground coal mine". A near miss: "its AWS division" is a unit, which
/// `unit_employer` makes the employer.
fn site_name(toks: &[Token], orgs: &[OrgMention], o: &OrgMention) -> bool {
    // "the Clay Cross site": a site noun right after the name names the place too, and so
    // does a listed place before one ("closure of Scunthorpe plant's blast furnaces").
    let site_after = toks.get(o.last + 1).is_some_and(|t| t.is_in(site_nouns()));
    // "Cork pharma firm to cut 90 jobs": a listed place describing the firm.
    let firm_after = toks[o.last + 1..(o.last + 4).min(toks.len())]
        .iter()
        .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
        .any(|t| {
            t.is_any(&[
                "firm",
                "company",
                "maker",
                "manufacturer",
                "giant",
                "employer",
                "startup",
            ])
        });
    let the_site = site_after
        && (o.first > 0 && toks[o.first - 1].is("the") || crate::places::is_listed(&o.name))
        || firm_after && crate::places::is_listed(&o.name);
    let owned = o.first > 0
        && (toks[o.first - 1].is_any(&["its", "their", "our"])
            || orgs.iter().any(|p| p.possessive && p.last + 3 == o.first));
    the_site
        || owned
            && toks[o.last + 1..(o.last + 5).min(toks.len())]
                .iter()
                .take_while(|t| t.kind == TokKind::Word && !t.is_capitalized())
                .any(|t| t.is_in(site_nouns()))
}

/// "Amazon has laid off ... from its AWS division": the named unit is the employer and the
/// subject its parent.
fn unit_employer(
    c: Company,
    toks: &[Token],
    orgs: &[OrgMention],
    hit: &TriggerHit,
    hi: usize,
    state: &State,
) -> Company {
    // "Hundreds of Workers in AWS", "employees at Instagram".
    let staff_in = |o: &OrgMention| {
        o.first >= 2
            && toks[o.first - 1].is_any(&["in", "at", "within"])
            && is_job_noun(&toks[o.first - 2])
    };
    let unit = orgs
        .iter()
        .find(|o| o.first > hit.last && o.last < hi && !o.cited && staff_in(o))
        .or_else(|| {
            orgs.iter().find(|o| {
                o.first > hit.last
                    && o.last < hi
                    && o.first >= 2
                    && toks[o.first - 1].is_any(&["its", "the"])
                    && toks[o.first - 2].is_any(&["from", "at", "in", "within", "across"])
                    && toks.get(o.last + 1).is_some_and(|t| {
                        t.is_any(&[
                            "division",
                            "unit",
                            "arm",
                            "subsidiary",
                            "business",
                            "segment",
                        ])
                    })
            })
        });
    match unit {
        Some(o) if o.name != c.name => {
            let mut u = state.canonical(o);
            u.parent = Some(c.name);
            u
        }
        _ => c,
    }
}

/// "the cloud computing wing of Amazon", "a unit of Y", "Y-owned": the parent.
fn with_parent(mut c: Company, toks: &[Token], orgs: &[OrgMention], o: &OrgMention) -> Company {
    let window = &toks[o.last + 1..(o.last + 12).min(toks.len())];
    if let Some(k) = window.iter().position(|t| {
        t.is_any(&[
            "wing",
            "arm",
            "unit",
            "subsidiary",
            "division",
            "owned",
            "parent",
        ])
    }) {
        let at = o.last + 1 + k;
        if toks[at].is("parent") {
            return c;
        }
        // "the cloud computing wing of Amazon" or "Amazon’s cloud-computing division".
        let of_parent = orgs.iter().find(|p| {
            p.first > at + 1
                && p.first <= at + 5
                && toks[at + 1].is("of")
                && !toks[at + 2..p.first]
                    .iter()
                    .any(|t| t.kind == TokKind::Punct)
        });
        let possessor = orgs
            .iter()
            .find(|p| p.possessive && p.first > o.last && p.last < at && at - p.last <= 8);
        if let Some(p) = of_parent.or(possessor) {
            if p.name != c.name {
                c.parent = Some(p.name.clone());
            }
        }
    }
    c
}

/// Other companies coordinated with the subject: "Netflix, Spotify, Coinbase and Shopify".
fn coordinated(
    toks: &[Token],
    orgs: &[OrgMention],
    subj: &Company,
    hit: &TriggerHit,
) -> Vec<Company> {
    if !subj.explicit {
        return Vec::new();
    }
    let Some(k) = orgs
        .iter()
        .position(|o| o.name == subj.name || subj.aliases.contains(&o.name))
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Walk left from the subject while orgs are separated by "," or "and".
    let mut i = k;
    while i > 0 {
        let (a, b) = (&orgs[i - 1], &orgs[i]);
        let gap = &toks[a.last + 1..b.first];
        // "Coinbase, Shopify and most recently payments company Stripe": commas and "and",
        // with at most a short lower-case description before the last name.
        let linked = gap
            .first()
            .is_some_and(|t| t.text == "," || t.is("and") || t.is("or"));
        let described = gap.len() <= 6
            && gap.iter().all(|t| {
                t.text == ","
                    || (t.kind == TokKind::Word && t.text.starts_with(|c: char| c.is_lowercase()))
            });
        if !gap.is_empty()
            && linked
            && (described
                || gap
                    .iter()
                    .all(|t| t.text == "," || t.is("and") || t.is("or")))
        {
            out.push(Company {
                name: a.name.clone(),
                aliases: Vec::new(),
                parent: None,
                explicit: true,
            });
            i -= 1;
        } else {
            break;
        }
    }
    let _ = hit;
    out
}

/// Employers listed after the cuts when the sentence's subject names none: "Big names
/// that have shed staff this year include Coinbase, Peloton, Netflix and PayPal", "...
/// cut jobs, including Acme and Globex". A near miss: "cut jobs, including engineers".
fn listed_after(toks: &[Token], orgs: &[OrgMention], hit: &TriggerHit, hi: usize) -> Vec<Company> {
    let Some(cue) = (hit.last + 1..hi).find(|&j| {
        toks[j].is_any(&["include", "includes", "including", "included", "like"])
            || toks[j].is("such") && toks.get(j + 1).is_some_and(|t| t.is("as"))
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut prev = cue + usize::from(toks[cue].is("such"));
    for o in orgs.iter().filter(|o| o.last < hi && !o.cited) {
        if o.first <= prev {
            continue;
        }
        let gap = &toks[prev + 1..o.first];
        let linked = if out.is_empty() {
            gap.iter().all(|t| t.text == ":")
        } else {
            !gap.is_empty()
                && gap
                    .iter()
                    .all(|t| t.text == "," || t.is("and") || t.is("or"))
        };
        if !linked {
            break;
        }
        out.push(Company {
            name: o.name.clone(),
            aliases: Vec::new(),
            parent: None,
            explicit: true,
        });
        prev = o.last;
    }
    out
}

fn is_job_noun(t: &Token) -> bool {
    t.is_in(job_nouns())
}

/// Auxiliaries between a passive subject and its verb: "would be", "will be", "are
/// being", "have been".
const PASSIVE_AUX: &[&str] = &[
    "be",
    "been",
    "being",
    "would",
    "will",
    "could",
    "may",
    "might",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "also",
    "now",
    "then",
    "eventually",
    "likely",
];

/// A counted job noun is the subject of a verb with no agent: "Around 3,000 jobs would be
/// eliminated in Germany", "225 positions will go at the plant", "Fewer than 150 people
/// will be laid off". The cuts are the employer in view's. A near miss: "Workers would
/// be laid off" counts nothing, and a count further back ("3,000 jobs, the union said,
/// would go") is left alone.
fn counted_jobs_subject(toks: &[Token], hit: &TriggerHit, lo: usize) -> bool {
    // "225 jobs will go": the job noun opens the trigger itself.
    let noun = if is_job_noun(&toks[hit.first]) {
        hit.first
    } else {
        let mut k = hit.first;
        while k > lo && toks[k - 1].is_any(PASSIVE_AUX) {
            k -= 1;
        }
        if k < lo + 2 || !is_job_noun(&toks[k - 1]) {
            return false;
        }
        k - 1
    };
    // "More than 17 million workers were laid off or discharged": millions with no
    // employer named are a statistic of an economy, not one employer's round.
    let counted = &toks[lo..noun];
    counted
        .iter()
        .rev()
        .take(2)
        .any(|t| t.kind == TokKind::Number)
        && !counted
            .iter()
            .rev()
            .take(2)
            .any(|t| t.is_any(&["million", "millions", "billion", "m", "mn"]))
}

/// The count that measures the cut: right after the trigger, or followed by a job noun
/// in the clause; never the size of the workforce ("of its 6,400 employees").
fn pick_count(
    text: &str,
    toks: &[Token],
    counts: &[Count],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    class: TrigClass,
) -> (Option<(Count, String)>, Option<usize>) {
    let lo_b = toks.get(lo).map_or(text.len(), |t| t.start);
    let hi_b = toks.get(hi).map_or(text.len(), |t| t.start);
    let mut best: Option<(i32, &Count, usize)> = None;
    for c in counts.iter().filter(|c| c.start >= lo_b && c.end <= hi_b) {
        let Some(first) = toks.iter().position(|t| t.start >= c.start) else {
            continue;
        };
        let last = toks.iter().rposition(|t| t.end <= c.end).unwrap_or(first);
        let before = first.checked_sub(1).map(|i| &toks[i]);
        let after = &toks[(last + 1).min(toks.len())..(last + 5).min(toks.len())];
        // The noun the count counts, skipping modifiers: "3,000 union jobs".
        // "several rounds of job cuts": a word followed by "of" is the head; only the count
        // itself may take "of" ("dozens of people").
        // A job noun anywhere in the run wins: "85 warehouse workers" counts workers.
        let run = || {
            after
                .iter()
                .enumerate()
                .take_while(|(k, t)| {
                    (t.kind == TokKind::Word || t.text == "-") && !(*k > 0 && t.is("of"))
                })
                .map(|(_, t)| t)
        };
        let noun = run()
            .find(|t| is_job_noun(t))
            .or_else(|| run().find(|t| t.is_in(site_nouns()) || t.is_in(other_nouns())));
        // "laid off 85 drivers", "let go 60 nurses": what a people verb takes right after it
        // is people, whatever their trade, unless the noun names sites or other things.
        let people_object = first > hit.last
            && first - hit.last <= 3
            && TRIGGERS[hit.rule]
                .pattern
                .first()
                .is_some_and(|w| PEOPLE_VERBS.contains(w))
            && noun.is_none_or(is_job_noun);
        // "close to 1,300 of Snap's current 6,400 employees": a share of the staff.
        let share_of_staff = after.first().is_some_and(|t| t.is("of"))
            && toks[(last + 1).min(toks.len())..(last + 8).min(toks.len())]
                .iter()
                .any(is_job_noun);
        let counts_jobs = noun.is_some_and(is_job_noun) || share_of_staff || people_object;
        // "several rounds of job cuts", "two main concerns": the word after a count that
        // is neither a job noun nor a link word says what is counted.
        let bare_other = !counts_jobs
            && after.first().is_some_and(|t| {
                t.kind == TokKind::Word && !t.is_in(link_words()) && !is_job_noun(t)
            });
        let counts_other = noun.is_some_and(|t| !is_job_noun(t)) || bare_other;
        if class == TrigClass::Cut && counts_other {
            continue;
        }
        if class == TrigClass::Closure && (!counts_jobs || first < hit.first) {
            // "closing 45 offices": the number of sites is not a headcount.
            continue;
        }
        // "the loss of 80 jobs": "of" right after the trigger.
        let of_trigger =
            before.is_some_and(|b| b.is("of")) && first > hit.first && first - 1 <= hit.last + 1;
        let size_context = before.is_some_and(|b| b.is_any(cues::WORKFORCE_SIZE_BEFORE));
        let prev = first.checked_sub(2).map(|k| &toks[k]);
        let cut_of = before.is_some_and(|b| b.is("of"))
            && prev.is_some_and(|p| {
                p.is_any(&[
                    "loss",
                    "roles",
                    "jobs",
                    "positions",
                    "elimination",
                    "total",
                    "layoffs",
                    "reduction",
                    "cut",
                    "cuts",
                ])
            });
        let up_to = before.is_some_and(|b| b.is("to"))
            && prev.is_some_and(|p| {
                p.is_any(&[
                    "up",
                    "close",
                    "amounting",
                    "amounts",
                    "amount",
                    "equal",
                    "equals",
                    "equivalent",
                    "translates",
                    "comes",
                ])
            });
        // "with 50 to 100 employees being let go": the figure is the cut after all.
        let cut_after = after
            .iter()
            .skip_while(|t| !is_job_noun(t))
            .skip(1)
            .take(3)
            .any(|t| {
                t.is_any(&[
                    "being", "affected", "impacted", "losing", "lose", "getting", "set", "expected",
                ])
            });
        if size_context && !of_trigger && !cut_of && !up_to && !cut_after {
            continue;
        }
        let dist = if first > hit.last {
            first - hit.last
        } else {
            hit.first - last
        } as i32;
        let mut score = 20 - dist.min(20);
        if counts_jobs {
            score += 10;
        }
        if first > hit.last && dist <= 3 {
            score += 8;
        }
        // "9,000 more cuts", "300 job losses": the figure right before a noun trigger.
        if TRIGGERS[hit.rule].form == Form::Noun && last < hit.first && hit.first - last <= 2 {
            score += 12;
        }
        if before.is_some_and(|b| b.is("by")) {
            score += 6;
        }
        if !counts_jobs && dist > 4 {
            continue;
        }
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, c, first));
        }
    }
    match best {
        Some((_, c, i)) => (Some((c.clone(), text[c.start..c.end].to_string())), Some(i)),
        None => (None, None),
    }
}

/// Cut verbs whose object is always people ("laid off 85 drivers").
const PEOPLE_VERBS: &[&str] = &[
    "laid",
    "lay",
    "laying",
    "lays",
    "let",
    "letting",
    "lets",
    "fired",
    "fire",
    "fires",
    "firing",
    "furloughed",
    "furlough",
    "furloughs",
    "furloughing",
    "dismissed",
    "dismiss",
    "dismissing",
    "sacked",
    "sack",
    "sacking",
];

/// Words that may stand between a cut verb and the share it cuts: "reduce its global
/// head count by about 20 per cent".
const SHARE_BRIDGE: &[&str] = &[
    "its",
    "their",
    "the",
    "global",
    "total",
    "overall",
    "head",
    "count",
    "headcount",
    "workforce",
    "staff",
    "employees",
    "by",
    "about",
    "around",
    "roughly",
    "nearly",
    "some",
    "approximately",
    "almost",
    "up",
    "to",
];

/// What a share of jobs is a share of: "25 percent of the company", "a fifth of its staff".
const SHARE_OF: &[&str] = &[
    "population",
    "workforce",
    "employees",
    "company",
    "organization",
    "organisation",
    "headcount",
    "team",
    "staff",
    "division",
    "unit",
    "firm",
    "group",
];

/// Words that may follow a bare headcount: "cut 300 in Texas", "laid off 1,100 last week".
const LINK_WORDS: &[&str] = &[
    "in",
    "at",
    "from",
    "across",
    "on",
    "this",
    "last",
    "as",
    "by",
    "and",
    "or",
    "to",
    "of",
    "more",
    "additional",
    "further",
    "other",
    "globally",
    "worldwide",
    "earlier",
    "since",
    "during",
    "over",
    "after",
    "before",
    "while",
    "with",
    "when",
    "between",
    "among",
    "within",
    "out",
    "people",
    "full",
    "part",
    "total",
    "overall",
    "so",
    "were",
    "was",
    "are",
    "will",
    "would",
    "have",
    "has",
    "had",
    "who",
    "which",
    "that",
    "through",
    "under",
    "beginning",
    "starting",
    "effective",
    "next",
    "the",
    "its",
    "their",
    "about",
];

/// Nouns that make a number not a headcount: "45 offices", "10 years", "$40 million".
const OTHER_NOUNS: &[&str] = &[
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "shares",
    "stores",
    "offices",
    "plants",
    "locations",
    "countries",
    "cities",
    "percent",
    "points",
    "dollars",
    "customers",
    "users",
    "subscribers",
    "vehicles",
    "cars",
    "units",
    "projects",
    "products",
    "million",
    "billion",
    "times",
    "hospitals",
    "sites",
    "facilities",
    "branches",
    "restaurants",
];

fn pick_percent(
    text: &str,
    toks: &[Token],
    percents: &[Percent],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
) -> Option<f64> {
    let lo_b = toks.get(lo).map_or(text.len(), |t| t.start);
    let hi_b = toks.get(hi).map_or(text.len(), |t| t.start);
    percents
        .iter()
        .filter(|p| {
            p.start >= lo_b && p.end <= hi_b && !p.upper_bound && p.value > 0.0 && p.value <= 100.0
        })
        .filter(|p| {
            // A share of the workforce, or a share right by the trigger.
            let tail = text.get(p.end..).unwrap_or("");
            // "all of their employees" names the staff inside the share itself.
            let own = text.get(p.start..p.end).unwrap_or("");
            let of_staff = own
                .split_whitespace()
                .chain(tail.split_whitespace().take(5))
                .any(|w| {
                    let w = w
                        .trim_matches(|c: char| !c.is_alphanumeric())
                        .to_ascii_lowercase();
                    JOB_NOUNS.contains(&w.as_str()) || SHARE_OF.contains(&w.as_str())
                });
            let near = toks
                .iter()
                .position(|t| t.start >= p.start)
                .is_some_and(|i| {
                    (i > hit.last && i - hit.last <= 4)
                        || (i < hit.first && hit.first - i <= 6)
                        // "reduce its global head count by about 20 per cent"
                        || (i > hit.last
                            && i - hit.last <= 8
                            && toks[hit.last + 1..i].iter().all(|t| t.is_any(SHARE_BRIDGE)))
                });
            of_staff || near
        })
        .min_by_key(|p| {
            let i = toks.iter().position(|t| t.start >= p.start).unwrap_or(0);
            if i > hit.last {
                i - hit.last
            } else {
                hit.first.saturating_sub(i) + 2
            }
        })
        .map(|p| p.value)
}

fn pick_date(
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
    // A date just before the next trigger belongs to it ("the total 2022 cuts").
    let next_trigger = hi < toks.len();
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
    let in_clause: Vec<&DateSpan> = dates
        .iter()
        .filter(|d| d.start >= lo_b && d.end <= hi_b && !owned_by_next(d))
        .collect();
    // With nothing in the clause, a date elsewhere in a one-clause sentence still counts.
    // ("Workforce Reduction: At the end of 2023, Chegg had 1,271 employees": a colon or
    // semicolon still parts a label from its clause.)
    let parted = |d: &DateSpan| {
        let (a, b) = if d.start > trig {
            (trig, d.start)
        } else {
            (d.end, trig)
        };
        text[a..b].contains([':', ';'])
    };
    let pool = if in_clause.is_empty() && lo == 0 {
        dates
            .iter()
            .filter(|d| !owned_by_next(d) && !parted(d))
            .collect()
    } else {
        in_clause
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
    // Of several announcements, the one nearest before the trigger governs it: "The latest
    // layoffs, announced on Tuesday, come after Meta said in November that it was
    // eliminating 11,000 jobs" dates the 11,000 to November.
    if pool.len() > 1 && pool.iter().any(|d| announced(d)) {
        let said: Vec<&DateSpan> = pool.into_iter().filter(|d| announced(d)).collect();
        return said
            .iter()
            .filter(|d| d.end <= trig)
            .max_by_key(|d| d.start)
            .or(said.first())
            .map(|d| ((*d).clone(), text[d.start..d.end].to_string()));
    }
    // Nearest in bytes, but a comma between date and trigger costs more than distance
    // ("... this year, after cutting 27,000 jobs since 2022"), and a running total's
    // "since" date right after its trigger wins.
    pool.into_iter()
        .min_by_key(|d| {
            let (a, b) = if d.start > trig {
                (trig, d.start)
            } else {
                (d.end, trig)
            };
            let commas = text[a.min(b)..b.max(a)].matches(',').count();
            let since = d.prefix == Some("since") && d.start > trig && d.start - trig < 80;
            if since {
                0
            } else {
                (b - a) + 200 * commas
            }
        })
        .map(|d| (d.clone(), text[d.start..d.end].to_string()))
}

#[allow(clippy::too_many_arguments)]
fn frame_kind(
    toks: &[Token],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    class: TrigClass,
    form: Form,
    date: Option<&(DateSpan, String)>,
    text: &str,
) -> Kind {
    match class {
        TrigClass::Closure => return Kind::Closure,
        TrigClass::Hiring => return Kind::Hiring,
        TrigClass::Cut => {}
    }
    let clause = &toks[lo..hi];
    // "27,000 since 2022", "putting the total 2022 cuts north of 1,000".
    let since = date
        .as_ref()
        .is_some_and(|(d, _)| d.prefix == Some("since"));
    let near = &toks[hit.first.saturating_sub(4).max(lo)..(hit.last + 5).min(hi)];
    if since
        || near.iter().any(|t| {
            t.is_any(&[
                "total",
                "totals",
                "totaling",
                "totalling",
                "cumulative",
                "altogether",
            ])
        })
    {
        return Kind::Cumulative;
    }
    // "its fourth round of layoffs so far this year": counting rounds is no running
    // total of jobs (a near miss: "has cut 1,000 jobs so far this year" is one).
    let ordinal_round = clause.windows(2).any(|w| {
        w[0].is_any(&[
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "2nd", "3rd", "4th", "5th", "6th",
        ]) && w[1].is_any(&["round", "rounds", "wave", "waves", "tranche"])
    });
    if clause.windows(2).any(|w| w[0].is("so") && w[1].is("far")) && !ordinal_round
        || clause
            .windows(3)
            .any(|w| w[0].is("in") && w[1].is("the") && w[2].is_any(&["past", "last"]))
            && form == Form::Past
            && clause.iter().any(|t| t.is("has") || t.is("have"))
    {
        return Kind::Cumulative;
    }
    let before = &toks[hit.first.saturating_sub(6).max(lo)..hit.first];
    // "will begin closing stores": a start still to come is no start.
    let started = clause.iter().enumerate().any(|(k, t)| {
        t.is_any_of(started())
            && !(k > 0 && clause[k - 1].is_any(&["will", "would", "to", "ll", "shall"]))
    });
    // Index of `before`'s first token, and the trigger's own tokens.
    let start = hit.first - before.len();
    let own = &toks[hit.first..=hit.last];
    // "has gone ahead with the job cut": going ahead is doing it, not a plan ahead.
    let plan_word = |k: usize, t: &Token| {
        t.is_any_of(plan_strong())
            && !(t.is("ahead")
                && k > 0
                && toks[k - 1].is_any(&["go", "goes", "gone", "went", "going"]))
    };
    let strong = before
        .iter()
        .enumerate()
        .any(|(k, t)| plan_word(start + k, t))
        || own.iter().any(|t| t.is_any_of(plan_strong()))
        || clause
            .windows(3)
            .any(|w| w[0].is("over") && w[1].is("the") && w[2].is_any(&["next", "coming"]))
        || clause
            .windows(3)
            .any(|w| w[0].is("between") && w[1].is("now") && w[2].is("and"))
        || date.is_some_and(|(d, s)| {
            let pre = text[..d.start].trim_end();
            (pre.ends_with(" by") || pre.ends_with(" By") || s.contains("next"))
                && d.latest > d.earliest
        });
    // A modal inside the trigger itself ("jobs would go", "jobs could go") words it as
    // much as one before it.
    // "to" marks an infinitive ("to cut", "moves to make redundancies"), except between
    // two figures: "50 to 100 employees being let go" is a range.
    let number = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == TokKind::Number)
    };
    // And right before a noun it is a preposition: "resorted to layoffs", "due to job cuts".
    let preposition = |k: usize| form == Form::Noun && k + 1 == hit.first;
    let range = |k: usize| number(k.checked_sub(1)) && number(Some(k + 1));
    let infinitive = |k: usize| !(range(k) || preposition(k));
    let weak = before
        .iter()
        .chain(own)
        .enumerate()
        .any(|(k, t)| t.is_any(cues::PLAN_WEAK) && (!t.is("to") || infinitive(start + k)));
    // "9,000 more cuts were ahead", "cuts are planned".
    let after = &toks[hit.last + 1..(hit.last + 5).min(hi).max(hit.last + 1)];
    let strong = strong
        || after
            .iter()
            .any(|t| t.is_any(&["ahead", "planned", "expected", "proposed", "looming"]));
    // "would be laying off 10%": the progressive after a future auxiliary.
    // "will begin laying off", "to start cutting": the same with a start still to come.
    let future_progressive = hit.first >= 2
        && (toks[hit.first - 1].is("be") && toks[hit.first - 2].is_any(&["will", "would", "ll"])
            || toks[hit.first - 1].is_any(&["begin", "start"])
                && toks[hit.first - 2].is_any(&["will", "would", "ll", "to"]));
    // "would be eliminated", "will also be cut", "are to be laid off": a participle after
    // a future auxiliary and "be". A near miss: "had been laid off" is done.
    let future_passive = hit.first >= lo + 2 && toks[hit.first - 1].is("be") && {
        let k = hit.first - 2;
        let k = if toks[k].is_any(&["also", "then", "eventually", "likely", "now"]) && k > lo {
            k - 1
        } else {
            k
        };
        toks[k].is_any(&[
            "will", "would", "ll", "shall", "to", "could", "may", "might",
        ])
    };
    let plan = match form {
        Form::Past => future_passive && !started,
        _ if strong => true,
        Form::Progressive => future_progressive && !started,
        Form::Base | Form::Noun => weak && !started,
    };
    if plan {
        Kind::Plan
    } else {
        Kind::Layoff
    }
}

// The cue tables, scanned over whole clauses and sentences: one probe a token.
static_set!(denials, cues::DENIALS);
static_set!(negations, cues::NEGATIONS);
static_set!(started, cues::STARTED);
static_set!(plan_strong, cues::PLAN_STRONG);
static_set!(done_before_noun, cues::DONE_BEFORE_NOUN);
static_set!(governors, GOVERNORS);
static_set!(anaphors, ANAPHORS);
static_set!(job_nouns, JOB_NOUNS);
static_set!(site_nouns, SITE_NOUNS);
static_set!(other_nouns, OTHER_NOUNS);
static_set!(link_words, LINK_WORDS);

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
