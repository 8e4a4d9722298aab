//! Grouping: a document's frames, in text order, become drafts of rounds. A frame joins
//! the draft about its company (`same_company`: a name, a longer form, an acronym or a
//! parent) whose frames it fits (`compatible`: kind group, dates, figures, percents) best,
//! else the round it breaks down ("3,800 jobs ... 2,300 in Germany"), else starts one.
//!
//! `group_by_scan` weighs each frame against every earlier one; `group_frames` makes the
//! same choices from indexes (`CompanyIndex`, `Summary`) for long pages. A test holds them
//! to the same drafts.

use crate::frames::Frame;
use crate::model::Kind;
use crate::orgs::company_key;
use crate::quantity::Count;
use crate::wordset::{FxMap, FxSet};
use chrono::{Datelike, NaiveDate};
use std::cmp::Reverse;
use std::collections::BTreeMap;

/// Frames (by index) that report one round.
pub(super) struct Draft {
    pub frames: Vec<usize>,
    /// Those of `frames` that joined as parts of the round ("3,800 jobs ... 2,300 in
    /// Germany"): their figures break the round's down and never size it.
    pub parts: Vec<usize>,
}

/// A name's key, with what `same_company` asks of it worked out once.
struct Key<'a> {
    text: &'a str,
    /// A bit per word (by a hash of it): a key whose words are all another's has no bit
    /// the other lacks, which rules most pairs out without splitting either.
    words: u64,
    /// Whether it has more than one word.
    spaced: bool,
    /// How many of its words have a first letter (an acronym's length in letters).
    initials: usize,
}

impl<'a> Key<'a> {
    fn new(text: &'a str) -> Key<'a> {
        let (words, initials) = text.split(' ').fold((0, 0), |(bits, n), w| {
            (bits | word_bit(w), n + usize::from(!w.is_empty()))
        });
        Key {
            text,
            words,
            spaced: text.contains(' '),
            initials,
        }
    }

    /// Whether every word of `short` is a word of `self`.
    fn has_words_of(&self, short: &Key) -> bool {
        short.words & !self.words == 0
            && short
                .text
                .split(' ')
                .all(|w| self.text.split(' ').any(|l| l == w))
    }

    /// Whether `self` is an acronym of `long`: "AWS" and "Amazon Web Services".
    fn is_acronym_of(&self, long: &Key) -> bool {
        // A letter a word, and a letter takes one to four bytes.
        !self.spaced
            && long.spaced
            && self.text.len() >= 2
            && (long.initials..=4 * long.initials).contains(&self.text.len())
            && long
                .text
                .split(' ')
                .filter_map(|w| w.chars().next())
                .eq(self.text.chars())
    }
}

fn word_bit(w: &str) -> u64 {
    let h = w
        .bytes()
        .fold(0u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    1 << (h >> 26)
}

/// A company's comparison keys, computed once per frame.
pub(super) struct Keys<'a> {
    names: Vec<Key<'a>>,
    parent: Option<&'a str>,
}

impl<'a> Keys<'a> {
    /// From the keys of a company's name and aliases, and of its parent.
    /// Every frame's keys, from its name keys and its parent's key.
    pub(super) fn all(
        name_keys: &'a [Vec<String>],
        parent_keys: &'a [Option<String>],
    ) -> Vec<Keys<'a>> {
        name_keys
            .iter()
            .zip(parent_keys)
            .map(|(n, p)| Keys::of(n, p.as_deref()))
            .collect()
    }

    fn of(names: &'a [String], parent: Option<&'a str>) -> Keys<'a> {
        Keys {
            names: names
                .iter()
                .filter(|k| !k.is_empty())
                .map(|k| Key::new(k))
                .collect(),
            parent,
        }
    }
}

/// Within one document, a company, its aliases, a longer form of its name ("Siemens" /
/// "Siemens Energy", "AWS" / "Amazon AWS") and its named parent refer to the same
/// employer unless dates or figures tell the rounds apart (checked by `compatible`).
fn same_company(a: &Keys, b: &Keys) -> bool {
    let parent_of = |p: &Keys, c: &Keys| {
        c.parent
            .is_some_and(|x| p.names.iter().any(|n| n.text == x))
    };
    a.names.iter().any(|x| {
        b.names.iter().any(|y| {
            x.text == y.text
                || x.has_words_of(y)
                || y.has_words_of(x)
                || x.is_acronym_of(y)
                || y.is_acronym_of(x)
        })
    }) || parent_of(a, b)
        || parent_of(b, a)
}

/// The kinds that may report one round: a layoff and a plan of it are one; a running
/// total, a closure and hiring each stand apart.
pub(super) fn group(kind: Kind) -> u8 {
    match kind {
        Kind::Layoff | Kind::Plan => 0,
        Kind::Cumulative => 1,
        Kind::Closure => 2,
        Kind::Hiring => 3,
    }
}

/// A count's low end: its minimum, else its maximum, else 0.
fn low(c: &Count) -> f64 {
    c.min.or(c.max).unwrap_or(0) as f64
}

/// How far above its floor an open count ("at least 1,300", "more than 27,000") may
/// still be the same figure: "at least 1,300 ... may increase to 1,800" is one round,
/// "at least 50 staffers" and "around 28,000 jobs" are two.
const OPEN_COUNT_REACH: f64 = 2.0;

/// A count's high end: its maximum; for an open count, `OPEN_COUNT_REACH` times its
/// floor; with neither, unbounded.
fn high(c: &Count) -> f64 {
    match (c.min, c.max) {
        (_, Some(m)) => m as f64,
        (Some(m), None) => m as f64 * OPEN_COUNT_REACH,
        (None, None) => f64::INFINITY,
    }
}

/// Low ends within a tenth of each other.
fn close(a_low: f64, b_low: f64) -> bool {
    let (x, y) = (a_low.max(1.0), b_low.max(1.0));
    x / y < 1.1 && y / x < 1.1
}

/// A figure given exactly ("1,000", not "about 1,000" or "at least 1,000").
fn exact(c: &Count) -> bool {
    c.min.is_some() && c.min == c.max
}

fn counts_compatible(a: &Count, b: &Count) -> bool {
    // Intervals that meet, or exact figures within a tenth of each other ("1,000" and
    // "1,050"); "some 3,000" and "some 3,700" in one article are two rounds. A vague
    // figure has its tolerance in its interval already: "approximately 570" (513..627)
    // is not the 500 of another round.
    (low(a) <= high(b) && low(b) <= high(a)) || (exact(a) && exact(b) && close(low(a), low(b)))
}

/// A bounded figure's central value: 3,800 for "3,800", 1,000 for "about 1,000".
fn central(f: &Frame) -> Option<u64> {
    let (c, _) = f.count.as_ref()?;
    Some((c.min? + c.max?) / 2)
}

/// Whether frame `f` breaks down `g`'s figure: its sentence's figures sum to it ("3,800
/// jobs ... 2,800 engineering jobs to go, 1,000 in administrative functions").
fn sums_to(f: &Frame, g: &Frame) -> bool {
    f.breakdown.is_some() && f.breakdown == central(g)
}

/// Whether frame `f`'s kind lets it be a part of `g`'s round: a kind of the same family,
/// and the same kind when `f` names its company in its own clause. A plan with its own
/// subject is news of its own, no part of cuts already made: "After cutting 1,000 jobs
/// in January, Initech will cut 400". (A near miss: "Initech cut 230 jobs; 152 of them
/// will go in Mountain View" breaks the round down.)
fn breaks_down_kind(g: &Frame, f: &Frame) -> bool {
    group(g.kind) == group(f.kind) && (g.kind == f.kind || !f.company.explicit)
}

/// Whether two frames can report the same round, company aside (the draft checks that).
/// A plan is news of cuts to come; a layoff the text dates months before publication
/// is an earlier round ("will reduce its head count by 20% ... before it laid off about
/// 1,000 workers last summer"), unless they share a figure.
const EARLIER_ROUND_DAYS: i64 = crate::frames::RECALLED_DAYS;

/// A layoff, or a closing done, that the text dates more than `EARLIER_ROUND_DAYS`
/// before publication `p`.
fn long_before(x: &Frame, p: NaiveDate) -> bool {
    (x.kind == Kind::Layoff || x.kind == Kind::Closure && !x.to_come)
        && x.dated
        && x.date
            .as_ref()
            .is_some_and(|(d, _)| (p - d.latest).num_days() > EARLIER_ROUND_DAYS)
}

/// With no publication date, a layoff or closure the text recalls ([`Frame::recalled`]).
fn recalled(x: &Frame, published: Option<NaiveDate>) -> bool {
    published.is_none() && x.recalled
}

/// With no publication date, a plan nothing in the text dates: the news it reports. So
/// is a closure not yet done ("is planning to close seven stores") against the closures
/// the text recalls ("closed three stores last year").
fn news_plan(x: &Frame, published: Option<NaiveDate>) -> bool {
    published.is_none()
        && (x.kind == Kind::Plan || x.kind == Kind::Closure && !x.past_verb)
        && x.date.is_none()
        && x.yearless.is_none()
        && !x.recalled
}

/// With no publication date, a layoff done in a period the text states ("reinstated job
/// culls in 2022") that it does not size: a round it recalls, apart from a plan it sizes
/// ("plans to cut more than 1,300 employees"), which is the news of an undated day.
fn dated_unsized_layoff(x: &Frame, published: Option<NaiveDate>) -> bool {
    published.is_none()
        && x.kind == Kind::Layoff
        && x.dated
        && x.count.is_none()
        && x.percent.is_none()
}

/// A news plan ([`news_plan`]) with a figure.
fn sized_news_plan(x: &Frame, published: Option<NaiveDate>) -> bool {
    news_plan(x, published) && (x.count.is_some() || x.percent.is_some())
}

/// A plan for publication `p` or later (or undated), or a closing still to come: "said
/// it would close 40 stores" is no closing of last year's.
fn plan_ahead(x: &Frame, p: NaiveDate) -> bool {
    (x.kind == Kind::Plan || x.kind == Kind::Closure && x.to_come)
        && x.date.as_ref().is_none_or(|(d, _)| d.latest >= p)
}

/// A round done long before the text's day: a layoff or closing dated more than
/// `EARLIER_ROUND_DAYS` before publication, or with none, one the text recalls.
fn long_done(x: &Frame, published: Option<NaiveDate>) -> bool {
    published.map_or(x.recalled, |p| long_before(x, p))
}

/// A plan told in the future of the text's own day ([`Frame::will`]) that the text does
/// not date.
fn will_now(x: &Frame) -> bool {
    x.will && x.kind == Kind::Plan && x.date.is_none()
}

/// The days a document's rounds are told apart by: `meta`, its publication date as its
/// metadata gives it, which the rules for documents with no date ask; `own`, the text's
/// own day, that date or else an opening dateline or a day in its URL's path, which the
/// rules that need only a day ask ([`long_done`], [`plan_told_long_before`]).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Days {
    pub meta: Option<NaiveDate>,
    pub own: Option<NaiveDate>,
}

/// Whether two frames give figures that cannot be one: counts whose ranges do not meet
/// ("3,800" and "4,000"; not "about 4,000" and "4,000", nor "more than 4,000" and
/// "4,000"), or two different shares. A count beside a share differs in nothing.
fn figures_differ(f: &Frame, g: &Frame) -> bool {
    let range = |c: &crate::quantity::Count| (c.min.unwrap_or(0), c.max.unwrap_or(u64::MAX));
    let counts = match (&f.count, &g.count) {
        (Some((a, _)), Some((b, _))) => {
            let ((a0, a1), (b0, b1)) = (range(a), range(b));
            a1 < b0 || b1 < a0
        }
        _ => false,
    };
    let shares = matches!((f.percent, g.percent), (Some(a), Some(b)) if a != b);
    counts || shares
}

/// A sized plan told in the future of the text's own day ([`will_now`]).
fn sized_will_now(x: &Frame) -> bool {
    will_now(x) && (x.count.is_some() || x.percent.is_some())
}

/// A sized plan the text dates long before publication `p`: "said last year that it
/// would cut 3,800 jobs", told then.
fn plan_told_long_before(x: &Frame, published: Option<NaiveDate>) -> bool {
    published.is_some_and(|p| {
        x.kind == Kind::Plan
            && x.dated
            && (x.count.is_some() || x.percent.is_some())
            && x.date
                .as_ref()
                .is_some_and(|(d, _)| (p - d.latest).num_days() > EARLIER_ROUND_DAYS)
    })
}

/// Cuts in the present progressive the text neither dates nor sizes: the news of the
/// day ("Disney is laying off staffers in its studio division"), which a figure in common
/// alone would tie to a round of an earlier month ("Symantec is cutting hundreds of jobs"
/// and the 230 of its August notices are one).
fn current(x: &Frame) -> bool {
    x.current && x.kind == Kind::Layoff && !x.dated && x.count.is_none() && x.percent.is_none()
}

/// A sized layoff the text does not date: the news of the day, once there is a
/// publication date.
fn undated_news(x: &Frame) -> bool {
    x.kind == Kind::Layoff && !x.dated && (x.count.is_some() || x.percent.is_some())
}

/// A sized layoff or closing done that the text dates to a year before that of
/// publication `p` ("The company cut roughly 25% of its staff in 2024", read in 2025), or
/// to half a year before it: an earlier round than the news of the day, whatever their
/// figures. (Near misses: "cut 25% of its staff in March", read in June, or "in
/// November", read in February, may be the round the lead tells.)
fn prior_year(x: &Frame, p: NaiveDate) -> bool {
    long_before(x, p)
        && (x.count.is_some() || x.percent.is_some())
        && x.date.as_ref().is_some_and(|(d, _)| {
            d.precision == crate::model::Precision::Year && d.latest.year() < p.year()
                || (p - d.latest).num_days() > PRIOR_DAYS
        })
}

/// How long before publication a round with a month or a day is an earlier one than the
/// undated news ([`prior_year`]).
const PRIOR_DAYS: i64 = 183;

/// A layoff the text dates before the month of publication `p` ("Back in September,
/// Disney eliminated around 28,000 jobs", read in November): no news of the day.
fn past_month(x: &Frame, p: NaiveDate) -> bool {
    x.kind == Kind::Layoff
        && x.dated
        && x.date
            .as_ref()
            .is_some_and(|(d, _)| d.latest < p.with_day(1).unwrap_or(p))
}

/// A closing the text tells as done ("has withdrawn from India", "shut its Ohio plant").
fn closing_done(x: &Frame) -> bool {
    x.kind == Kind::Closure && x.past_verb && !x.to_come && x.company.explicit
}

/// A closing under way or to come ("is closing its pilot in Spain", "will shut the
/// mill"): another round than a closing done, unless they share a figure. ("Globex shut
/// its Ohio plant and is closing two stores" is two; a near miss, "Globex is closing
/// its Ohio plant ... the closure will cost 300 jobs", names the closing with a noun.)
fn closing_ahead(x: &Frame) -> bool {
    x.kind == Kind::Closure && !x.past_verb && (x.current || x.to_come) && x.company.explicit
}

/// An interval of days, as dates and `yearless` give them: (earliest, latest).
type Span = (NaiveDate, NaiveDate);

/// Whether two intervals share no day.
fn apart(a: Span, b: Span) -> bool {
    a.0 > b.1 || b.0 > a.1
}

/// The common part of the intervals met so far and `b`, as the latest start and the
/// earliest end: an interval meets every one of them when it meets that part.
fn meet(so_far: Option<Span>, b: Span) -> Option<Span> {
    Some(so_far.map_or(b, |(e, l)| (e.max(b.0), l.min(b.1))))
}

/// "In the first quarter, the bank cut 3,200 jobs ... approximately 250 positions were
/// eliminated in May", with no year known: two rounds, and the second is no part of the
/// first. (A near miss: "3,200 jobs ... 250 of them in London" dates nothing apart.)
fn yearless_apart(f: &Frame, g: &Frame) -> bool {
    f.yearless.zip(g.yearless).is_some_and(|(a, b)| apart(a, b))
}

/// The same percent or the same count.
fn same_figure(f: &Frame, g: &Frame) -> bool {
    (f.percent.is_some() && f.percent == g.percent)
        || matches!((&f.count, &g.count), (Some((x, _)), Some((y, _))) if x.min == y.min && x.max == y.max)
}

/// "cut 665 jobs as part of its wider role reductions announced in October 2014 ... would
/// be cutting 1,340 jobs": a larger round ([`Frame::whole`]) is apart from a round told
/// beside it unless they share a figure or both are dated (and the dates then decide).
fn whole_apart(f: &Frame, g: &Frame) -> bool {
    (f.whole.is_some() || g.whole.is_some())
        && (f.date.is_none() || g.date.is_none())
        && !same_figure(f, g)
}

fn compatible(f: &Frame, g: &Frame, days: Days) -> bool {
    let (published, own_day) = (days.meta, days.own);
    if group(f.kind) != group(g.kind) {
        return false;
    }
    // The same figure says it is the earlier round's own plan, quoted.
    let same_figure = same_figure(f, g);
    if whole_apart(f, g) {
        return false;
    }
    // "Globex will shed 4,000 employees, about 5% ... The company cut about 5% of its
    // workforce in late 2022 too": a plan told in the future of the text's day, which
    // nothing dates, is no round done long before that day, whatever figure they share.
    // (A near miss: "will cut about 1,300 jobs ... laid off 15% of its staff on
    // Thursday", the day of publication, is one round.)
    if long_done(f, own_day) && will_now(g) || long_done(g, own_day) && will_now(f) {
        return false;
    }
    // "Globex will cut 4,000 jobs in Europe. Globex said last year that it would cut
    // 3,800 jobs": nor is it a plan told long before that day with another figure. (Near
    // misses: "will cut 4,000 jobs ... announced last year that it would cut about
    // 4,000" tells the same plan again, and a count beside a share is no other figure.)
    if figures_differ(f, g)
        && (sized_will_now(f) && plan_told_long_before(g, own_day)
            || sized_will_now(g) && plan_told_long_before(f, own_day))
    {
        return false;
    }
    if !same_figure
        && (recalled(f, published) && news_plan(g, published)
            || news_plan(f, published) && recalled(g, published)
            || dated_unsized_layoff(f, published) && sized_news_plan(g, published)
            || sized_news_plan(f, published) && dated_unsized_layoff(g, published))
    {
        return false;
    }
    if let Some(p) = published {
        if !same_figure
            && ((long_before(f, p) && plan_ahead(g, p))
                || (long_before(g, p) && plan_ahead(f, p))
                || (past_month(f, p) && current(g))
                || (past_month(g, p) && current(f))
                || (undated_news(f) && prior_year(g, p))
                || (undated_news(g) && prior_year(f, p)))
        {
            return false;
        }
    }
    if !same_figure
        && f.sentence == g.sentence
        && (closing_done(f) && closing_ahead(g) || closing_ahead(f) && closing_done(g))
    {
        return false;
    }
    if let (Some((a, _)), Some((b, _))) = (&f.date, &g.date) {
        if apart((a.earliest, a.latest), (b.earliest, b.latest)) {
            return false;
        }
    }
    if yearless_apart(f, g) {
        return false;
    }
    if let (Some((a, _)), Some((b, _))) = (&f.count, &g.count) {
        if !counts_compatible(a, b) {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (f.percent, g.percent) {
        if (a - b).abs() > 3.0 {
            return false;
        }
    }
    true
}

/// Each frame's company keys: its name's, then its aliases'.
pub(super) fn name_keys(frames: &[Frame]) -> Vec<Vec<String>> {
    frames
        .iter()
        .map(|f| {
            std::iter::once(&f.company.name)
                .chain(&f.company.aliases)
                .map(|n| company_key(n))
                .collect()
        })
        .collect()
}

/// How well frame `f` matches frame `g` of a draft, to choose among drafts that fit it.
fn score(f: &Frame, g: &Frame) -> u32 {
    let same_figure = matches!((&f.count, &g.count), (Some((x, _)), Some((y, _))) if x.min == y.min && x.max == y.max);
    let both_counted = f.count.is_some() && g.count.is_some();
    let both_dated = f.date.is_some() && g.date.is_some();
    let same_pct = f.percent.is_some() && f.percent == g.percent;
    4 * u32::from(same_figure)
        + 2 * u32::from(same_pct)
        + u32::from(both_counted)
        + u32::from(both_dated)
}

/// Up to this many frames, `group_by_scan` groups a document's frames: weighing a frame
/// against every earlier one is quicker than building `group_frames`'s indexes for them.
pub(super) const SCAN_FRAMES: usize = 48;

/// Groups frames, in text order, into drafts: a frame joins the draft about its company
/// that fits it best, else the round it breaks down, else starts a draft.
///
/// This form weighs each frame against every earlier frame, which costs time in the
/// square of the frames: it serves documents of a few dozen frames, and the tests, as
/// the reference `group_frames` must match draft for draft.
pub(super) fn group_by_scan(frames: &[Frame], keys: &[Keys], published: Days) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut parts: Vec<usize> = Vec::new();
    for (i, f) in frames.iter().enumerate() {
        let fits = |d: &Draft| {
            d.frames.iter().any(|&j| same_company(&keys[i], &keys[j]))
                && d.frames
                    .iter()
                    .filter(|j| !parts.contains(j))
                    .all(|&j| compatible(f, &frames[j], published))
        };
        // "another 10,000" starts a new round unless a draft repeats the same figure.
        let candidates: Vec<usize> = (0..drafts.len())
            .filter(|&k| fits(&drafts[k]))
            .filter(|&k| {
                !f.new_round
                    || figure(f).is_some_and(|c| {
                        drafts[k].frames.iter().any(|&j| {
                            figure(&frames[j]).is_some_and(|d| repeat_forms(c).contains(&d))
                        })
                    })
            })
            .collect();
        // Prefer the draft that shares a figure or date, then the earliest.
        let best = candidates.iter().copied().max_by_key(|&k| {
            let score: u32 = drafts[k]
                .frames
                .iter()
                .map(|&j| score(f, &frames[j]))
                .max()
                .unwrap_or(0);
            (score, std::cmp::Reverse(k))
        });
        // A figure broken down right after the total ("3,800 jobs ... 2,300 in Germany,
        // 1,300 in the UK") is part of that round.
        let part_of = || {
            if f.dated || f.new_round {
                return None;
            }
            let (c, _) = f.count.as_ref()?;
            // A part is dated with its round, not apart from it.
            let in_time = |k: usize| {
                drafts[k]
                    .frames
                    .iter()
                    .filter(|j| !parts.contains(j))
                    .all(|&j| !yearless_apart(f, &frames[j]))
            };
            (0..drafts.len()).rev().filter(|&k| in_time(k)).find(|&k| {
                drafts[k].frames.iter().any(|&j| {
                    let g = &frames[j];
                    breaks_down_kind(g, f)
                        && same_company(&keys[j], &keys[i])
                        && (f.sentence.saturating_sub(g.sentence) <= 2 || sums_to(f, g))
                        && g.count
                            .as_ref()
                            .is_some_and(|(t, _)| t.min.zip(c.max).is_some_and(|(tm, cm)| cm < tm))
                })
            })
        };
        match best {
            Some(k) => drafts[k].frames.push(i),
            None => match part_of() {
                // A part of a round does not constrain what else joins it.
                Some(k) => {
                    parts.push(i);
                    drafts[k].frames.push(i);
                    drafts[k].parts.push(i);
                }
                None => drafts.push(Draft {
                    frames: vec![i],
                    parts: Vec::new(),
                }),
            },
        }
    }
    drafts
}

// ---------------------------------------------------------------------------------------
// Grouping a long document's frames in time proportional to their number
// ---------------------------------------------------------------------------------------
//
// `group_by_scan` weighs every frame against every frame before it: on a page that names
// thousands of companies ("Firm1 Corp laid off 11 workers. Firm2 Corp laid off ...")
// that is millions of name comparisons, and a page of 40,000 sentences took half a
// minute. `group_frames` makes the same choices from indexes: the drafts a frame's
// company may join come from hash maps of the names filed so far (`CompanyIndex`), and
// whether a draft admits the frame comes from bounds kept as frames join it
// (`Summary`), not from its frames one by one. So a frame costs time in the number of
// drafts about its own company, not in the length of the document.

/// A count's figure as `compatible` and the draft choice compare them: (min, max).
type Figure = (Option<u64>, Option<u64>);

fn figure(f: &Frame) -> Option<Figure> {
    f.count.as_ref().map(|(c, _)| (c.min, c.max))
}

/// The figures that repeat `c` for "another N" ([`group_by_scan`]): itself, and for an
/// open figure the exact one it starts from ("another 16,000+" of the text repeats the
/// headline's "16,000"). (Near misses: "another 1,000" after "1,500" repeats nothing, nor
/// does an exact "another 500" after "more than 500", a round of its own.)
fn repeat_forms(c: Figure) -> [Figure; 2] {
    let other = match c {
        (Some(m), None) => (Some(m), Some(m)),
        _ => c,
    };
    [c, other]
}

/// A frame's percent as `==` compares it, as a hashable key: none for NaN (equal to
/// nothing), and -0 as 0 (equal to it).
fn percent_key(f: &Frame) -> Option<u64> {
    f.percent
        .filter(|p| !p.is_nan())
        .map(|p| (p + 0.0).to_bits())
}

/// The bit of `Scores::flags` for frames with (`counted`, `dated`).
fn flag(counted: bool, dated: bool) -> u8 {
    1 << (2 * u8::from(counted) + u8::from(dated))
}

/// What the draft choice scores (figure, percent, date) over all of a draft's frames,
/// parts included, as sets: the best score against a frame is then a few lookups.
#[derive(Default)]
struct Scores {
    /// (figure, percent, dated) of frames with both a figure and a percent.
    full: FxSet<(Figure, u64, bool)>,
    /// (figure, dated) of frames with a figure.
    by_figure: FxSet<(Figure, bool)>,
    /// (percent, counted, dated) of frames with a percent.
    by_percent: FxSet<(u64, bool, bool)>,
    /// A `flag` for each (counted, dated) seen.
    flags: u8,
}

impl Scores {
    fn add(&mut self, g: &Frame) {
        let (c, p, d) = (figure(g), percent_key(g), g.date.is_some());
        if let (Some(c), Some(p)) = (c, p) {
            self.full.insert((c, p, d));
        }
        if let Some(c) = c {
            self.by_figure.insert((c, d));
        }
        if let Some(p) = p {
            self.by_percent.insert((p, c.is_some(), d));
        }
        self.flags |= flag(c.is_some(), d);
    }

    /// Whether some frame has the figure `c`.
    fn has_figure(&self, c: Figure) -> bool {
        self.by_figure.contains(&(c, false)) || self.by_figure.contains(&(c, true))
    }

    /// The draft choice's score: over the draft's frames g, the most of
    /// 4 (same figure) + 2 (same percent) + 1 (both counted) + 1 (both dated).
    ///
    /// Each lookup below finds a frame and scores at most what that frame scores; the
    /// frame that scores most is found by the lookup that names all it shares with `f`
    /// (figure and percent, figure, percent, or neither), which scores it exactly.
    fn best(&self, f: &Frame) -> u32 {
        let (c, p, d) = (figure(f), percent_key(f), f.date.is_some());
        let mut best = 0;
        for dated in [false, true] {
            let both_dated = u32::from(d && dated);
            if let (Some(c), Some(p)) = (c, p) {
                if self.full.contains(&(c, p, dated)) {
                    best = best.max(4 + 2 + 1 + both_dated);
                }
            }
            if let Some(c) = c {
                if self.by_figure.contains(&(c, dated)) {
                    best = best.max(4 + 1 + both_dated);
                }
            }
            for counted in [false, true] {
                let both_counted = u32::from(c.is_some() && counted);
                if let Some(p) = p {
                    if self.by_percent.contains(&(p, counted, dated)) {
                        best = best.max(2 + both_counted + both_dated);
                    }
                }
                if self.flags & flag(counted, dated) != 0 {
                    best = best.max(both_counted + both_dated);
                }
            }
        }
        best
    }
}

/// Frames of one sort (plans ahead, or layoffs long before publication), counted by
/// percent and figure, so that "is there one without `f`'s figure or percent" is a sum.
#[derive(Default)]
struct Tally {
    n: usize,
    by_percent: FxMap<u64, usize>,
    by_figure: FxMap<Figure, usize>,
    by_both: FxMap<(Figure, u64), usize>,
}

impl Tally {
    fn add(&mut self, g: &Frame) {
        self.n += 1;
        let (c, p) = (figure(g), percent_key(g));
        if let Some(p) = p {
            *self.by_percent.entry(p).or_default() += 1;
        }
        if let Some(c) = c {
            *self.by_figure.entry(c).or_default() += 1;
        }
        if let (Some(c), Some(p)) = (c, p) {
            *self.by_both.entry((c, p)).or_default() += 1;
        }
    }

    /// Whether a frame counted shares neither `f`'s percent nor its figure (what
    /// `compatible` calls the same figure): all of them less those sharing either.
    fn any_unlike(&self, f: &Frame) -> bool {
        if self.n == 0 {
            return false;
        }
        let (c, p) = (figure(f), percent_key(f));
        let same_percent = p.map_or(0, |p| self.by_percent.get(&p).copied().unwrap_or(0));
        let same_figure = c.map_or(0, |c| self.by_figure.get(&c).copied().unwrap_or(0));
        let same_both = match (c, p) {
            (Some(c), Some(p)) => self.by_both.get(&(c, p)).copied().unwrap_or(0),
            _ => 0,
        };
        self.n > same_percent + same_figure - same_both
    }
}

/// The exact counts of a draft's frames (each a single figure), as `counts_compatible`
/// needs them against an exact count `a`. A count `b` fails it only
/// - above it (`low(b) > high(a)`) and not `close`: the worst such is the greatest
///   `low(b)`, since `close` weakens as the low ends part;
/// - below it (`high(b) < low(a)`) and not `close`: the worst such is the least `low(b)`
///   among counts with `high(b) < low(a)`, read from a staircase of (high end, low end).
#[derive(Default)]
struct Staircase {
    /// The greatest low end.
    max_low: Option<f64>,
    /// The counts no other count undercuts at both ends, by high end (as bits: the ends
    /// are not negative, so bits order as values do) with their low ends, which fall as
    /// the high ends rise: the last step below `x` holds the least low end of the counts
    /// whose high end is below `x`.
    steps: BTreeMap<u64, f64>,
}

impl Staircase {
    /// Takes in exact count `b` (its low end is its high end).
    fn add(&mut self, b: &Count) {
        let (l, h) = (low(b), high(b));
        self.max_low = Some(self.max_low.map_or(l, |m| m.max(l)));
        let key = h.to_bits();
        if self
            .steps
            .range(..=key)
            .next_back()
            .is_some_and(|(_, &pl)| pl <= l)
        {
            return;
        }
        let undercut: Vec<u64> = self
            .steps
            .range(key..)
            .take_while(|(_, &sl)| sl >= l)
            .map(|(&k, _)| k)
            .collect();
        for k in undercut {
            self.steps.remove(&k);
        }
        self.steps.insert(key, l);
    }

    /// Whether every count is compatible with exact count `a`.
    fn admit(&self, a: &Count) -> bool {
        let (la, ha) = (low(a), high(a));
        if self.max_low.is_some_and(|m| m > ha && !close(la, m)) {
            return false;
        }
        self.steps
            .range(..la.to_bits())
            .next_back()
            .is_none_or(|(_, &m)| close(la, m))
    }
}

/// The counts of a draft's frames as `counts_compatible` needs them: the exact ones on
/// a [`Staircase`] (they may meet `a` by being `close`), the vague ones by the bounds an
/// interval must meet (the greatest low end, the least high end), and all of them so.
#[derive(Default)]
struct Counts {
    exact: Staircase,
    /// (greatest low end, least high end) of the vague counts, and of all counts.
    vague: Option<(f64, f64)>,
    all: Option<(f64, f64)>,
    /// A count with its low end above its high end joined: compared one by one.
    odd: bool,
}

impl Counts {
    fn add(&mut self, b: &Count) {
        let (l, h) = (low(b), high(b));
        if l > h {
            self.odd = true;
            return;
        }
        // The bounds every later interval must meet: the greatest low end and the least
        // high end so far.
        let narrow =
            |x: Option<(f64, f64)>| Some(x.map_or((l, h), |(ml, mh)| (ml.max(l), mh.min(h))));
        self.all = narrow(self.all);
        if exact(b) {
            self.exact.add(b);
        } else {
            self.vague = narrow(self.vague);
        }
    }

    /// Whether every count is compatible with `a`; `one_by_one` answers it the slow way
    /// for counts the bounds do not describe.
    fn admit(&self, a: &Count, one_by_one: impl FnOnce() -> bool) -> bool {
        let (la, ha) = (low(a), high(a));
        if self.odd || la > ha {
            return one_by_one();
        }
        let meets = |x: Option<(f64, f64)>| x.is_none_or(|(ml, mh)| ml <= ha && la <= mh);
        if !exact(a) {
            return meets(self.all);
        }
        meets(self.vague) && self.exact.admit(a)
    }
}

/// What `compatible` asks of a draft's frames that are not parts, and what the draft
/// choice asks of all its frames, kept up to date as frames join.
struct Summary {
    /// The kind group of its frames (a frame joins only a draft of its own group).
    group: u8,
    /// The latest `earliest` and the earliest `latest` of the dates: a date meets every
    /// one of them when it meets those two.
    dates: Option<Span>,
    /// The least and the greatest percent: a finite percent is within 3 of every finite
    /// one when it is within 3 of both (`a - b` falls as `b` rises).
    percents: Option<(f64, f64)>,
    /// A percent that is not finite joined: percents are then compared one by one.
    odd_percent: bool,
    counts: Counts,
    /// Plans ahead, and layoffs long before publication (with a publication date only).
    plans: Tally,
    earlier: Tally,
    /// With no publication date, the sized news plans and the unsized layoffs of a stated
    /// period ([`sized_news_plan`], [`dated_unsized_layoff`]).
    sized_plans: Tally,
    unsized_dated: Tally,
    current: Tally,
    past_month: Tally,
    /// Sized undated layoffs, and sized rounds of a year before publication
    /// ([`undated_news`], [`prior_year`]; with a publication date only).
    undated_news: Tally,
    prior_year: Tally,
    /// Closings done and closings under way or to come ([`closing_done`], [`closing_ahead`]),
    /// by sentence: only within one sentence are they two rounds ("Acme shut its plant on
    /// Friday. ... Acme said it is closing the plant because ..." tells one closing twice).
    closings_done: FxMap<usize, Tally>,
    closings_ahead: FxMap<usize, Tally>,
    /// Larger rounds ([`Frame::whole`]) joined: rare, so a frame is then weighed against
    /// the members one by one.
    wholes: usize,
    /// Plans told in the future of the text's day, and rounds done long before it
    /// ([`will_now`], [`long_done`]): apart whatever their figures.
    plans_now: usize,
    long_done: usize,
    /// Sized plans told in the future of the text's day, and sized plans told long before
    /// it ([`sized_will_now`], [`plan_told_long_before`]): apart when their figures
    /// differ. Rare: a frame is then weighed against the members one by one.
    sized_plans_now: usize,
    plans_told_before: usize,
    scores: Scores,
}

impl Summary {
    fn new(f: &Frame) -> Summary {
        Summary {
            group: group(f.kind),
            dates: None,
            percents: None,
            odd_percent: false,
            counts: Counts::default(),
            plans: Tally::default(),
            earlier: Tally::default(),
            sized_plans: Tally::default(),
            unsized_dated: Tally::default(),
            current: Tally::default(),
            past_month: Tally::default(),
            undated_news: Tally::default(),
            prior_year: Tally::default(),
            closings_done: FxMap::default(),
            closings_ahead: FxMap::default(),
            wholes: 0,
            plans_now: 0,
            long_done: 0,
            sized_plans_now: 0,
            plans_told_before: 0,
            scores: Scores::default(),
        }
    }

    /// Takes in frame `g` that joined; `part` when it joined as a part of the round,
    /// which `compatible` does not ask about.
    fn add(&mut self, g: &Frame, part: bool, days: Days) {
        let (published, own_day) = (days.meta, days.own);
        self.scores.add(g);
        if part {
            return;
        }
        self.wholes += usize::from(g.whole.is_some());
        self.plans_now += usize::from(will_now(g));
        self.long_done += usize::from(long_done(g, own_day));
        self.sized_plans_now += usize::from(sized_will_now(g));
        self.plans_told_before += usize::from(plan_told_long_before(g, own_day));
        if let Some((d, _)) = &g.date {
            self.dates = meet(self.dates, (d.earliest, d.latest));
        }
        if let Some(p) = g.percent {
            if p.is_finite() {
                self.percents = Some(
                    self.percents
                        .map_or((p, p), |(lo, hi)| (lo.min(p), hi.max(p))),
                );
            } else {
                self.odd_percent = true;
            }
        }
        if let Some((c, _)) = &g.count {
            self.counts.add(c);
        }
        // With no publication date, `plans` and `earlier` hold the plans nothing dates and
        // the recalled layoffs.
        if news_plan(g, published) {
            self.plans.add(g);
        }
        if recalled(g, published) {
            self.earlier.add(g);
        }
        if sized_news_plan(g, published) {
            self.sized_plans.add(g);
        }
        if dated_unsized_layoff(g, published) {
            self.unsized_dated.add(g);
        }
        if closing_done(g) {
            self.closings_done.entry(g.sentence).or_default().add(g);
        }
        if closing_ahead(g) {
            self.closings_ahead.entry(g.sentence).or_default().add(g);
        }
        if let Some(p) = published {
            if plan_ahead(g, p) {
                self.plans.add(g);
            }
            if long_before(g, p) {
                self.earlier.add(g);
            }
            if current(g) {
                self.current.add(g);
            }
            if past_month(g, p) {
                self.past_month.add(g);
            }
            if undated_news(g) {
                self.undated_news.add(g);
            }
            if prior_year(g, p) {
                self.prior_year.add(g);
            }
        }
    }

    /// Whether `compatible(f, g)` holds for every frame `g` of the draft that is not a
    /// part (`members`, read only in the rare cases the bounds cannot answer).
    fn admits(&self, f: &Frame, days: Days, members: Members) -> bool {
        let (published, own_day) = (days.meta, days.own);
        if group(f.kind) != self.group {
            return false;
        }
        if (f.whole.is_some() || self.wholes > 0) && members.iter().any(|g| whole_apart(f, g)) {
            return false;
        }
        if will_now(f) && self.long_done > 0 || long_done(f, own_day) && self.plans_now > 0 {
            return false;
        }
        if (sized_will_now(f) && self.plans_told_before > 0
            || plan_told_long_before(f, own_day) && self.sized_plans_now > 0)
            && members.iter().any(|g| {
                figures_differ(f, g)
                    && (sized_will_now(f) && plan_told_long_before(g, own_day)
                        || plan_told_long_before(f, own_day) && sized_will_now(g))
            })
        {
            return false;
        }
        if recalled(f, published) && self.plans.any_unlike(f) {
            return false;
        }
        if news_plan(f, published) && self.earlier.any_unlike(f) {
            return false;
        }
        if dated_unsized_layoff(f, published) && self.sized_plans.any_unlike(f)
            || sized_news_plan(f, published) && self.unsized_dated.any_unlike(f)
        {
            return false;
        }
        let in_sentence =
            |m: &FxMap<usize, Tally>| m.get(&f.sentence).is_some_and(|t| t.any_unlike(f));
        if closing_done(f) && in_sentence(&self.closings_ahead)
            || closing_ahead(f) && in_sentence(&self.closings_done)
        {
            return false;
        }
        if let Some(p) = published {
            if long_before(f, p) && self.plans.any_unlike(f) {
                return false;
            }
            if plan_ahead(f, p) && self.earlier.any_unlike(f) {
                return false;
            }
            if current(f) && self.past_month.any_unlike(f) {
                return false;
            }
            if past_month(f, p) && self.current.any_unlike(f) {
                return false;
            }
            if undated_news(f) && self.prior_year.any_unlike(f)
                || prior_year(f, p) && self.undated_news.any_unlike(f)
            {
                return false;
            }
        }
        if let (Some((a, _)), Some(common)) = (&f.date, self.dates) {
            if apart((a.earliest, a.latest), common) {
                return false;
            }
        }
        if let Some((a, _)) = &f.count {
            let one_by_one = || {
                members.iter().all(|g| {
                    g.count
                        .as_ref()
                        .is_none_or(|(b, _)| counts_compatible(a, b))
                })
            };
            if !self.counts.admit(a, one_by_one) {
                return false;
            }
        }
        if let Some(a) = f.percent {
            if self.odd_percent || !a.is_finite() {
                if members
                    .iter()
                    .any(|g| g.percent.is_some_and(|b| (a - b).abs() > 3.0))
                {
                    return false;
                }
            } else if let Some((lo, hi)) = self.percents {
                if (a - lo).abs() > 3.0 || (a - hi).abs() > 3.0 {
                    return false;
                }
            }
        }
        true
    }
}

/// The frames of a draft that are not parts.
#[derive(Clone, Copy)]
struct Members<'x> {
    frames: &'x [Frame],
    of: &'x [usize],
    is_part: &'x [bool],
}

impl<'x> Members<'x> {
    fn iter(self) -> impl Iterator<Item = &'x Frame> {
        self.of
            .iter()
            .filter(move |&&j| !self.is_part[j])
            .map(move |&j| &self.frames[j])
    }
}

/// Most distinct words a name may have to be filed under its word sets: a name of n
/// words is filed under its 2^n - 1 subsets. A name with more is compared one by one.
const SET_WORDS: usize = 8;

/// A set of words as their ids, ascending, padded with `u32::MAX`.
type WordIds = [u32; SET_WORDS];

/// The drafts holding each name filed so far, by what `same_company` compares: word sets
/// (a name whose words are all another's), initials (acronyms), the name itself and the
/// parent stated for it. Keyed by document text, so std's keyed hasher: a page crafted
/// to collide cannot make the maps slow.
#[derive(Default)]
struct CompanyIndex<'a> {
    word_ids: FxMap<&'a str, u32>,
    /// Drafts, per list; the maps below give list numbers.
    lists: Vec<Vec<usize>>,
    /// (list, draft) pairs filed, so that a list names a draft once.
    filed: FxSet<(u32, usize)>,
    /// By a name's own word set.
    by_set: FxMap<WordIds, u32>,
    /// By every non-empty subset of a name's word set.
    by_subset: FxMap<WordIds, u32>,
    /// By the initials of a name of two or more words ("amazon web services": "aws").
    by_initials: FxMap<String, u32>,
    /// By the name's key.
    by_name: FxMap<&'a str, u32>,
    /// By the key of the parent stated for the frame.
    by_parent: FxMap<&'a str, u32>,
    /// Frames with a name of more than `SET_WORDS` distinct words.
    wide: Vec<usize>,
    /// The word sets of the frame last asked about, per name, for `add` to file.
    pending: Vec<Option<Vec<u32>>>,
    /// List numbers found for a frame.
    found: Vec<u32>,
}

/// The first character of each word of a key, as `Key::is_acronym_of` reads them.
fn initials(key: &str) -> String {
    key.split(' ').filter_map(|w| w.chars().next()).collect()
}

/// The word sets of `ids` (ascending), all non-empty subsets, each ascending.
fn subsets(ids: &[u32]) -> impl Iterator<Item = WordIds> + '_ {
    (1u32..1 << ids.len()).map(move |mask| {
        let mut set = [u32::MAX; SET_WORDS];
        let mut n = 0;
        for (b, &id) in ids.iter().enumerate() {
            if mask >> b & 1 == 1 {
                set[n] = id;
                n += 1;
            }
        }
        set
    })
}

impl<'a> CompanyIndex<'a> {
    /// The distinct words of `key` as ascending ids; none past `SET_WORDS`.
    fn word_set(&mut self, key: &'a str) -> Option<Vec<u32>> {
        let mut ids: Vec<u32> = Vec::new();
        for w in key.split(' ') {
            let next = self.word_ids.len() as u32;
            let id = *self.word_ids.entry(w).or_insert(next);
            if !ids.contains(&id) {
                if ids.len() == SET_WORDS {
                    return None;
                }
                ids.push(id);
            }
        }
        ids.sort_unstable();
        Some(ids)
    }

    fn file<K: std::hash::Hash + Eq>(
        lists: &mut Vec<Vec<usize>>,
        filed: &mut FxSet<(u32, usize)>,
        map: &mut FxMap<K, u32>,
        key: K,
        draft: usize,
    ) {
        let next = lists.len() as u32;
        let list = *map.entry(key).or_insert(next);
        if list == next {
            lists.push(Vec::new());
        }
        if filed.insert((list, draft)) {
            lists[list as usize].push(draft);
        }
    }

    /// Files frame `i`'s names (`keys`) under `draft`, after `related` asked about it.
    fn add(&mut self, i: usize, keys: &Keys<'a>, draft: usize) {
        let mut wide = false;
        let sets = std::mem::take(&mut self.pending);
        debug_assert_eq!(sets.len(), keys.names.len());
        for (n, set) in keys.names.iter().zip(sets) {
            match set {
                Some(ids) => {
                    let mut own = [u32::MAX; SET_WORDS];
                    own[..ids.len()].copy_from_slice(&ids);
                    Self::file(
                        &mut self.lists,
                        &mut self.filed,
                        &mut self.by_set,
                        own,
                        draft,
                    );
                    for set in subsets(&ids) {
                        Self::file(
                            &mut self.lists,
                            &mut self.filed,
                            &mut self.by_subset,
                            set,
                            draft,
                        );
                    }
                }
                None => wide = true,
            }
            if n.spaced {
                let abbr = initials(n.text);
                Self::file(
                    &mut self.lists,
                    &mut self.filed,
                    &mut self.by_initials,
                    abbr,
                    draft,
                );
            }
            Self::file(
                &mut self.lists,
                &mut self.filed,
                &mut self.by_name,
                n.text,
                draft,
            );
        }
        if let Some(p) = keys.parent {
            Self::file(
                &mut self.lists,
                &mut self.filed,
                &mut self.by_parent,
                p,
                draft,
            );
        }
        if wide {
            self.wide.push(i);
        }
    }

    /// The drafts holding a frame before `i` that `same_company` pairs with frame `i`,
    /// each once, in no particular order.
    fn related(
        &mut self,
        i: usize,
        keys: &[Keys<'a>],
        draft_of: &[usize],
        seen: &mut Vec<usize>,
        out: &mut Vec<usize>,
    ) {
        out.clear();
        let push = |draft: usize, out: &mut Vec<usize>, seen: &mut Vec<usize>| {
            if seen.len() <= draft {
                seen.resize(draft + 1, 0);
            }
            if seen[draft] != i + 1 {
                seen[draft] = i + 1;
                out.push(draft);
            }
        };
        let mut lists = std::mem::take(&mut self.found);
        lists.clear();
        let mut wide = false;
        let k = &keys[i];
        self.pending.clear();
        for n in &k.names {
            let set = self.word_set(n.text);
            self.pending.push(set.clone());
            match set {
                Some(ids) => {
                    // Names whose words are all this one's, and names holding all its words.
                    lists.extend(subsets(&ids).filter_map(|set| self.by_set.get(&set)));
                    let mut own = [u32::MAX; SET_WORDS];
                    own[..ids.len()].copy_from_slice(&ids);
                    lists.extend(self.by_subset.get(&own));
                }
                None => wide = true,
            }
            if n.spaced {
                // One-word names that are its acronym ("aws"): `is_acronym_of` wants two
                // bytes or more.
                let abbr = initials(n.text);
                if abbr.len() >= 2 {
                    lists.extend(self.by_name.get(abbr.as_str()));
                }
            } else if n.text.len() >= 2 {
                // Names of two or more words it is the acronym of.
                lists.extend(self.by_initials.get(n.text));
            }
            // Frames whose stated parent is this name.
            lists.extend(self.by_parent.get(n.text));
        }
        if let Some(p) = k.parent {
            // Frames named as this frame's parent.
            lists.extend(self.by_name.get(p));
        }
        if wide {
            // A name too long to file by word sets: compared with every earlier frame.
            for j in 0..i {
                if same_company(k, &keys[j]) {
                    push(draft_of[j], out, seen);
                }
            }
            self.found = lists;
            return;
        }
        for &l in &lists {
            for &d in &self.lists[l as usize] {
                push(d, out, seen);
            }
        }
        self.found = lists;
        for &j in &self.wide {
            if same_company(k, &keys[j]) {
                push(draft_of[j], out, seen);
            }
        }
    }
}

/// A draft of at most this many frames is weighed frame by frame, as `group_by_scan`
/// does; past it, through a `Summary`. Nearly every draft holds a frame or three, and a
/// summary (sets, tallies, a tree) for each would cost more memory than the frames.
const FEW_FRAMES: usize = 8;

/// `group_by_scan`'s drafts, from indexes: a frame is weighed only against the drafts of
/// its own company (`CompanyIndex`), and against a large draft through its `Summary`.
pub(super) fn group_frames(frames: &[Frame], keys: &[Keys], published: Days) -> Vec<Draft> {
    group_frames_past(frames, keys, published, FEW_FRAMES)
}

/// [`group_frames`], summarising drafts of more than `few` frames.
fn group_frames_past(frames: &[Frame], keys: &[Keys], published: Days, few: usize) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut sums: Vec<Option<Box<Summary>>> = Vec::new();
    // Per draft, the common part of its members' `yearless` intervals (parts aside): what
    // `yearless_apart` asks of every member, for joining and for parts alike.
    let mut yearless_of: Vec<Option<Span>> = Vec::new();
    let mut draft_of: Vec<usize> = Vec::with_capacity(frames.len());
    let mut is_part: Vec<bool> = Vec::with_capacity(frames.len());
    // Frames by their figure's central value, for breakdowns that sum to one.
    let mut totals: FxMap<u64, Vec<usize>> = FxMap::default();
    let mut index = CompanyIndex::default();
    let (mut seen, mut related) = (Vec::new(), Vec::new());
    // Frames come in text order (`frames::analyse` builds them sentence by sentence), so
    // the frames a few sentences back are the last few; checked, not assumed.
    let in_order = frames.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    for (i, f) in frames.iter().enumerate() {
        index.related(i, keys, &draft_of, &mut seen, &mut related);
        let members = |k: usize| Members {
            frames,
            of: &drafts[k].frames,
            is_part: &is_part,
        };
        let in_time = |k: usize| {
            !f.yearless
                .zip(yearless_of[k])
                .is_some_and(|(a, b)| apart(a, b))
        };
        let admits = |k: usize| match &sums[k] {
            Some(s) => in_time(k) && s.admits(f, published, members(k)),
            None => members(k).iter().all(|g| compatible(f, g, published)),
        };
        let has_figure = |k: usize, c: Figure| match &sums[k] {
            Some(s) => s.scores.has_figure(c),
            None => drafts[k]
                .frames
                .iter()
                .any(|&j| figure(&frames[j]) == Some(c)),
        };
        let best_score = |k: usize| match &sums[k] {
            Some(s) => s.scores.best(f),
            None => drafts[k]
                .frames
                .iter()
                .map(|&j| score(f, &frames[j]))
                .max()
                .unwrap_or(0),
        };
        // As `group_by_scan`: drafts that fit, less those "another 10,000" cannot join;
        // the best score, then the earliest draft.
        let best = related
            .iter()
            .copied()
            .filter(|&k| {
                admits(k)
                    && (!f.new_round
                        || figure(f)
                            .is_some_and(|c| repeat_forms(c).iter().any(|&r| has_figure(k, r))))
            })
            .max_by_key(|&k| (best_score(k), Reverse(k)));
        // The round broken down: the latest draft with a larger figure of the same company
        // in this sentence or the two before.
        let part_of = || {
            if f.dated || f.new_round {
                return None;
            }
            let (c, _) = f.count.as_ref()?;
            let mut found: Option<usize> = None;
            // A part is dated with its round, not apart from it (`in_time`).
            // A breakdown that sums to an earlier figure is part of its round at any
            // distance: the frames of that figure are looked up, not scanned.
            let is_part_of = |j: usize| {
                let g = &frames[j];
                breaks_down_kind(g, f)
                    && same_company(&keys[j], &keys[i])
                    && g.count
                        .as_ref()
                        .is_some_and(|(t, _)| t.min.zip(c.max).is_some_and(|(tm, cm)| cm < tm))
            };
            if let Some(b) = f.breakdown {
                for &j in totals.get(&b).into_iter().flatten() {
                    if is_part_of(j) && in_time(draft_of[j]) {
                        found = found.max(Some(draft_of[j]));
                    }
                }
            }
            for j in (0..i).rev() {
                let g = &frames[j];
                if f.sentence.saturating_sub(g.sentence) > 2 {
                    if in_order {
                        break;
                    }
                    continue;
                }
                if breaks_down_kind(g, f)
                    && same_company(&keys[j], &keys[i])
                    && g.count
                        .as_ref()
                        .is_some_and(|(t, _)| t.min.zip(c.max).is_some_and(|(tm, cm)| cm < tm))
                    && in_time(draft_of[j])
                {
                    found = found.max(Some(draft_of[j]));
                }
            }
            found
        };
        let (k, part) = match best {
            Some(k) => (k, false),
            None => match part_of() {
                Some(k) => (k, true),
                None => {
                    drafts.push(Draft {
                        frames: Vec::new(),
                        parts: Vec::new(),
                    });
                    sums.push(None);
                    yearless_of.push(None);
                    (drafts.len() - 1, false)
                }
            },
        };
        drafts[k].frames.push(i);
        if part {
            drafts[k].parts.push(i);
        }
        if let Some(t) = central(f) {
            totals.entry(t).or_default().push(i);
        }
        if let (false, Some(y)) = (part, f.yearless) {
            yearless_of[k] = meet(yearless_of[k], y);
        }
        draft_of.push(k);
        is_part.push(part);
        match &mut sums[k] {
            Some(s) => s.add(f, part, published),
            None if drafts[k].frames.len() > few => {
                let d = &drafts[k].frames;
                let mut s = Summary::new(&frames[d[0]]);
                for &j in d {
                    s.add(&frames[j], is_part[j], published);
                }
                sums[k] = Some(Box::new(s));
            }
            None => {}
        }
        index.add(i, &keys[i], k);
    }
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;
    use headcount_testgen::Rng;

    fn keys(names: &[&str], parent: Option<&str>) -> (Vec<String>, Option<String>) {
        (
            names.iter().map(|n| company_key(n)).collect(),
            parent.map(company_key),
        )
    }

    fn same(a: (&[&str], Option<&str>), b: (&[&str], Option<&str>)) -> bool {
        let (a, ap) = keys(a.0, a.1);
        let (b, bp) = keys(b.0, b.1);
        same_company(&Keys::of(&a, ap.as_deref()), &Keys::of(&b, bp.as_deref()))
    }

    /// Random frames about a small pool of names (so that companies recur under longer
    /// forms, acronyms and parents), with figures, percents and dates drawn from few
    /// values so that rounds meet and part: odd figures (a minimum above the maximum),
    /// NaN and infinite percents, reversed dates and names of many words included.
    fn random_frames(rng: &mut impl Rng, n: usize, in_order: bool) -> Vec<Frame> {
        use crate::dates::DateSpan;
        use crate::frames::Company;
        use crate::model::Precision;
        use crate::quantity::CountKind;
        const NAMES: &[&str] = &[
            "Acme",
            "Acme Corp",
            "Acme Web Services",
            "AWS",
            "Amazon Web Services",
            "Amazon",
            "Amazon AWS",
            "Web",
            "Globex",
            "Globex Europe",
            "GE",
            "General Electric",
            "IAG",
            "Vueling",
            "Initech",
            "Initech Labs Ltd",
            "Inc.",
            "One Two Three Four Five Six Seven Eight Nine",
            "One Two",
            "Nine Eight Seven Six Five Four Three Two",
            "Ünï Ça",
            "ÜÇ",
        ];
        const VALUES: &[u64] = &[
            0, 1, 5, 100, 105, 109, 110, 120, 1000, 1050, 1100, 3000, 3700,
        ];
        const PERCENTS: &[f64] = &[0.0, -0.0, 1.0, 3.0, 4.0, 6.0, 6.5, 10.0, 20.0, 33.3];
        let day = |rng: &mut dyn FnMut() -> u64| {
            chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap() + chrono::Days::new(rng() % 400)
        };
        let pick = |rng: &mut dyn FnMut(u64) -> u64, items: &[&'static str]| {
            items[rng(items.len() as u64) as usize]
        };
        let mut sentence = 0;
        (0..n)
            .map(|_| {
                let mut r = |m: u64| rng.range(0, m);
                let name = pick(&mut r, NAMES).to_string();
                let aliases = (0..r(3)).map(|_| pick(&mut r, NAMES).to_string()).collect();
                let parent = (r(6) == 0).then(|| pick(&mut r, NAMES).to_string());
                let kind = [
                    Kind::Layoff,
                    Kind::Plan,
                    Kind::Cumulative,
                    Kind::Closure,
                    Kind::Hiring,
                ][r(5) as usize % if r(4) == 0 { 5 } else { 2 }];
                let v = |r: &mut dyn FnMut(u64) -> u64| VALUES[r(VALUES.len() as u64) as usize];
                let count = match r(7) {
                    0 | 1 => None,
                    2 => Some((Some(v(&mut r)), None)),
                    3 => Some((None, Some(v(&mut r)))),
                    4 => Some((None, None)),
                    5 => {
                        let (a, b) = (v(&mut r), v(&mut r));
                        Some((Some(a), Some(b)))
                    }
                    _ => {
                        let a = v(&mut r);
                        Some((Some(a), Some(a)))
                    }
                }
                .map(|(min, max)| {
                    let c = Count {
                        start: 0,
                        end: 0,
                        min,
                        max,
                        kind: CountKind::Exact,
                    };
                    (c, String::new())
                });
                let percent = match r(12) {
                    0..=5 => None,
                    6 => Some([f64::NAN, f64::INFINITY, -f64::INFINITY][r(3) as usize]),
                    _ => Some(PERCENTS[r(PERCENTS.len() as u64) as usize]),
                };
                let date = (r(2) == 0).then(|| {
                    let mut d = || r(1 << 20);
                    let (a, b) = (day(&mut d), day(&mut d));
                    let (earliest, latest) = if d() % 8 == 0 {
                        (a, b)
                    } else {
                        (a.min(b), a.max(b))
                    };
                    let span = DateSpan {
                        start: 0,
                        end: 0,
                        earliest,
                        latest,
                        precision: Precision::Day,
                        relative: false,
                        prefix: None,
                    };
                    (span, String::new())
                });
                // Now and then a date with no year, which keeps rounds apart as dates do.
                let yearless = (r(3) == 0).then(|| {
                    let mut d = || r(1 << 20);
                    let a = day(&mut d);
                    (a, a + chrono::Days::new(r(40)))
                });
                sentence += r(3) as usize;
                let at = if in_order { sentence } else { r(20) as usize };
                Frame {
                    sentence: at,
                    dated: r(2) == 0,
                    company: Company {
                        name,
                        aliases,
                        parent,
                        explicit: r(2) == 0,
                    },
                    kind,
                    count,
                    percent,
                    date,
                    new_round: r(8) == 0,
                    past_verb: r(2) == 0,
                    kind_worded: r(2) == 0,
                    fields: Vec::new(),
                    // Now and then a breakdown of a figure the frames use.
                    breakdown: (r(6) == 0).then(|| [100, 500, 3800][r(3) as usize]),
                    current: r(4) == 0,
                    listed_with: Vec::new(),
                    yearless,
                    recalled: r(6) == 0,
                    to_come: r(3) == 0,
                    counted_subject: r(4) == 0,
                    whole: (r(9) == 0).then_some(0),
                    own_units: true,
                    earlier: r(5) == 0,
                    share_range: r(9) == 0,
                    will: r(4) == 0,
                }
            })
            .collect()
    }

    /// `group_frames` (indexes) makes `group_by_scan`'s drafts, frame for frame.
    #[test]
    fn indexed_grouping_matches_the_scan() {
        use headcount_testgen::SplitMix64;
        for seed in 0..400 {
            let mut rng = SplitMix64::new(seed);
            let n = rng.range(1, 160) as usize;
            let frames = random_frames(&mut rng, n, seed % 10 != 0);
            let day = (seed % 3 != 0).then(|| {
                chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap()
                    + chrono::Days::new(rng.range(0, 500))
            });
            // With a publication date, or with only the text's own day (from a URL).
            let published = Days {
                meta: day.filter(|_| seed % 5 != 0),
                own: day,
            };
            let name_keys = name_keys(&frames);
            let parent_keys: Vec<Option<String>> = frames
                .iter()
                .map(|f| f.company.parent.as_deref().map(company_key))
                .collect();
            let keys = Keys::all(&name_keys, &parent_keys);
            let frames_of = |d: Vec<Draft>| {
                d.into_iter()
                    .map(|d| (d.frames, d.parts))
                    .collect::<Vec<_>>()
            };
            let scan = frames_of(group_by_scan(&frames, &keys, published));
            // Summaries for every draft, for none, and past a few frames.
            for few in [0, usize::MAX, FEW_FRAMES] {
                let indexed = frames_of(group_frames_past(&frames, &keys, published, few));
                assert_eq!(scan, indexed, "seed {seed}, summaries past {few} frames");
            }
        }
    }

    #[test]
    fn same_company_by_name_longer_form_acronym_or_parent() {
        assert!(same((&["Siemens"], None), (&["Siemens Energy AG"], None)));
        assert!(same((&["Amazon AWS"], None), (&["AWS"], None)));
        assert!(same((&["AWS"], None), (&["Amazon Web Services"], None)));
        assert!(same((&["Vueling"], Some("IAG")), (&["IAG"], None)));
        assert!(same(
            (&["Alphabet"], None),
            (&["Google", "Alphabet Inc."], None)
        ));
        assert!(!same(
            (&["Siemens Energy"], None),
            (&["Siemens Healthineers"], None)
        ));
        assert!(!same((&["A"], None), (&["Acme Corp"], None)));
        assert!(!same((&["Meta"], None), (&["Microsoft"], None)));
    }
}
