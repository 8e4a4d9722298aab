//! Event resolution: which claims of one company family report the same round.
//!
//! [`resolve`] takes every claim of one company key and returns clusters, each with the
//! reason every member joined it (or kept apart from the nearest round). It is a pure
//! function of the set of claims: claims are visited in a canonical order (firm dates
//! first, then vague dates, then undated figures, then bare mentions; within each, by
//! publication date and content hash), so arrival order never changes the result, and
//! an event's id is a hash of the company key, the kind family and its earliest report.
//!
//! The rules, each named in the reasons it gives and run by a test below:
//! - `kinds`: a plan and the layoff that carries it out are one round; a closure is its
//!   own round even when announced with a layoff (stores, offices, a network closing are
//!   another cut than the staff cut); a running total spans rounds and joins none.
//! - `hiring-profile`: hiring mentions are the company's hiring profile, one event per
//!   company whatever their dates, never an event per article.
//! - `dates-first`: dates decide before figures. Two text dates must overlap, or lie
//!   within a week at day or month precision; reports months apart are two rounds
//!   however alike their sizes. Among the rounds a report fits, the one its dates fit
//!   best wins, and only then the one its figures fit best.
//! - `undated-before-publication`: a claim whose text gives no date is read against its
//!   publication date: it reports a round that came before (a week's slack for a plan
//!   announced that day), at most `RECALL_DAYS` earlier. The news of the day (a round
//!   with a firm date within a week before it) it joins as it is; a round of the month
//!   before, when it gives a figure the round does not contradict; an older round, only
//!   on agreeing figures.
//! - `undated-twins`: claims with no date at all (none in the text, none published)
//!   join each other only when kind (or, with a precise figure in common, kind family),
//!   figures and units match; they join a dated round
//!   only on a precise figure in common, since nothing else places them ("3,900" and
//!   "about 3,900" do; "hundreds" and 900 do not). Nor are they twins when the other
//!   rounds of their documents lie `ERAS_APART_DAYS` apart: a page about 2022's rounds
//!   and a page about 2024's write of other times. (Those rounds are of the lane of cuts
//!   and closures, which a write re-resolves whole when it holds a claim nothing places,
//!   so this reads no claim that a write would leave out.)
//! - `same-document`: the extractor already joined the mentions of one round within a
//!   document, so a second claim of it is another round unless its figures agree, and
//!   two headcounts must be the same figure ("about 400 ... a year after it eliminated
//!   350" are two rounds).
//! - `figures`: headcounts meet or lie within 15%, percentages within a point or a
//!   fifth: "at least 1,200" and a final 1,072 are one round, 150 and 1,300 are two.
//!   An agreement of two precise figures counts for more than a figure inside a vague
//!   range ("3,900" inside "thousands"), and the same figure for more than one within
//!   15% (an undated "1,100" joins the round of 1,100, not the earlier one of 1,200; an
//!   undated "7%" the round of 7%, not the one of 8%).
//! - WARN notices are placed last, by the rules of [`link`](crate::link): the notices
//!   of one round together (`warn-sites`), joined to the round of news and tracker rows
//!   they follow (`warn-follows-news`), else a round of their own. Tracker rows are
//!   reports like news: a row's date is the news date it was compiled from.

use crate::link;
use crate::model::{range_label, SourceType, Span, StoredClaim};
use crate::reach::Reach;
use chrono::NaiveDate;
use headcount_extract::{Kind, Precision};
use std::cmp::Reverse;
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// Headcounts agree when their central figures are within this factor.
const HEADCOUNT_FACTOR: f64 = 1.15;
/// Central figures this close are the same figure (see [`same_figure`]).
const SAME_FIGURE_FACTOR: f64 = 1.02;
/// How far above its floor an open headcount may still be the same figure.
const OPEN_HEADCOUNT_REACH: f64 = 2.0;
/// Percentages agree within this many points, or within `PERCENT_SHARE` of the larger.
const PERCENT_POINTS: f64 = 1.0;
const PERCENT_SHARE: f64 = 0.2;
/// Firm dates (day or month) of one round may differ by this many days ("said Tuesday"
/// in one report, "on Thursday" in another).
pub(crate) const FIRM_DATE_DAYS: i64 = 7;
/// A report that gives no date may recall a round up to this long before it was
/// published (a piece four months after the cuts still quotes the memo).
pub(crate) const RECALL_DAYS: i64 = 400;
/// A report published within this many days of the round's dates is news of that round.
const RECENT_DAYS: i64 = 31;

/// One event: the indexes of its claims in canonical order, and why each is there.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub id: String,
    pub members: Vec<usize>,
    pub reasons: Vec<String>,
}

/// Rule `kinds`: kinds that can be one round. Cuts (a layoff and its plan), closures,
/// running totals and hiring each stay among their own.
fn family(kind: Kind) -> &'static str {
    match kind {
        Kind::Layoff | Kind::Plan => "cuts",
        Kind::Closure => "closure",
        Kind::Cumulative => "cumulative",
        Kind::Hiring => "hiring",
    }
}

fn firm(p: Precision) -> bool {
    matches!(p, Precision::Day | Precision::Month)
}

/// The order claims are placed in: firm dates, vague dates, undated figures, bare mentions.
fn tier(c: &StoredClaim) -> u8 {
    match c.text_date() {
        Some(d) if firm(d.precision) => 0,
        Some(_) => 1,
        None if c.has_figures() => 2,
        None => 3,
    }
}

/// An event id: `evt_` and 16 hex digits of a hash of the company key, the kind family
/// and the earliest member claim (its document's content hash and place).
pub fn event_id(company_key: &str, claim: &StoredClaim) -> String {
    let seed = format!(
        "{company_key}\x1f{}\x1f{}\x1f{}",
        family(claim.kind),
        claim.doc_hash,
        claim.ordinal
    );
    format!("evt_{:016x}", xxh3_64(seed.as_bytes()))
}

/// A cluster while it grows.
struct Work<'a> {
    family: &'static str,
    members: Vec<usize>,
    reasons: Vec<String>,
    docs: Vec<&'a str>,
    kinds: Vec<Kind>,
    /// Hull of the finest text dates of its members.
    core: Option<Span>,
    /// Publication dates of its undated members, when no member has a text date.
    weak: Option<Span>,
    /// Every member's headcount range (`None` max: open upwards) and percentage: a new
    /// report must agree with each, so a round cannot drift from figure to figure.
    /// Each member's headcount, with the document it comes from.
    headcounts: Vec<(Figure, &'a str)>,
    percents: Vec<f64>,
    /// Units its members name, lower-cased.
    units: Vec<String>,
    /// Whether no member has a text date or a publication date (rule `undated-twins`).
    unplaced: bool,
    /// How the round is first named in messages.
    label: String,
    /// The hull of its members' reaches (see [`crate::reach`]).
    reach: Reach,
}

impl<'a> Work<'a> {
    fn new(i: usize, c: &'a StoredClaim, reason: String) -> Work<'a> {
        let mut w = Work {
            family: family(c.kind),
            members: Vec::new(),
            reasons: Vec::new(),
            docs: Vec::new(),
            kinds: Vec::new(),
            core: None,
            weak: None,
            headcounts: Vec::new(),
            percents: Vec::new(),
            units: Vec::new(),
            unplaced: true,
            label: describe(c),
            reach: Reach::of(c),
        };
        w.add(i, c, reason);
        w
    }

    fn add(&mut self, i: usize, c: &'a StoredClaim, reason: String) {
        self.members.push(i);
        self.reasons.push(reason);
        self.docs.push(&c.doc_hash);
        self.kinds.push(c.kind);
        if let Some(d) = c.text_date() {
            self.core = Some(match self.core {
                None => d,
                Some(core) if d.precision < core.precision => d,
                Some(core) if d.precision == core.precision => Span {
                    earliest: core.earliest.min(d.earliest),
                    latest: core.latest.max(d.latest),
                    precision: core.precision,
                },
                Some(core) => core,
            });
        } else if let Some(d) = c.date {
            self.weak = Some(match self.weak {
                None => d,
                Some(w) => Span {
                    earliest: w.earliest.min(d.earliest),
                    latest: w.latest.max(d.latest),
                    precision: w.precision.max(d.precision),
                },
            });
        }
        if c.has_headcount() {
            self.headcounts.push(((c.min, c.max), &c.doc_hash));
        }
        self.percents.extend(c.percent);
        self.units.extend(c.units.iter().map(|u| u.to_lowercase()));
        self.unplaced &= unplaced(c);
        let r = Reach::of(c);
        self.reach.days = match (self.reach.days, r.days) {
            (Some((a, b)), Some((x, y))) => Some((a.min(x), b.max(y))),
            _ => None,
        };
    }

    /// The dates the cluster stands for: text dates, else its reports' publication dates.
    fn when(&self) -> Option<(Span, bool)> {
        self.core
            .map(|d| (d, true))
            .or(self.weak.map(|d| (d, false)))
    }

    fn has_figures(&self) -> bool {
        !self.headcounts.is_empty() || !self.percents.is_empty()
    }
}

/// A claim with no date in its text and no publication date. (The extractor may still
/// give it a date from elsewhere, the URL or the text's usual year, with no words.)
fn unplaced(c: &StoredClaim) -> bool {
    c.text_date().is_none() && c.reference.is_none()
}

/// How a claim is named in reasons: document, kind, date and figures.
fn describe(c: &StoredClaim) -> String {
    let mut s = format!("{} ({}", c.doc_name(), c.kind.as_str());
    match c.text_date() {
        Some(d) => s.push_str(&format!(", {}", d.label())),
        None => match c.reference {
            Some(r) => s.push_str(&format!(", undated, published {r}")),
            None => s.push_str(", undated"),
        },
    }
    if let Some(h) = range_label(c.min, c.max) {
        s.push_str(&format!(", {h}"));
    }
    if let Some(p) = c.percent {
        s.push_str(&format!(", {p}%"));
    }
    s.push(')');
    s
}

/// How closely two headcounts agree: `Some(2)` when their central figures are within
/// `HEADCOUNT_FACTOR` of each other ("at least 1,200" and 1,072; "about 1,800" and "more
/// than 2,000"), `Some(1)` when they only meet because one is a vague range ("3,900"
/// inside "thousands"), `None` when they differ ("around 2,500" and "about 2,000").
pub fn headcount_agreement(
    a: (Option<u64>, Option<u64>),
    b: (Option<u64>, Option<u64>),
) -> Option<u8> {
    let (x, y) = (centre(a), centre(b));
    if x.min(y) > 0.0 && x.max(y) / x.min(y) <= HEADCOUNT_FACTOR {
        return Some(2);
    }
    (low(a) <= high(b) && low(b) <= high(a)).then_some(1)
}

type Figure = (Option<u64>, Option<u64>);

fn low(r: Figure) -> f64 {
    r.0.or(r.1).unwrap_or(0) as f64
}

/// An open figure ("at least 50", "more than 27,000") reaches at most
/// `OPEN_HEADCOUNT_REACH` times its floor: "at least 50 staffers" is not a round of 28,000.
fn high(r: Figure) -> f64 {
    match r {
        (_, Some(x)) => x as f64,
        (Some(m), None) => m as f64 * OPEN_HEADCOUNT_REACH,
        (None, None) => f64::INFINITY,
    }
}

fn centre(r: Figure) -> f64 {
    match r {
        (Some(_), None) => low(r),
        _ if high(r).is_finite() => (low(r) + high(r)) / 2.0,
        _ => low(r),
    }
}

/// Whether two headcounts are the same figure ("1,100" and "about 1,100"), not only
/// within `HEADCOUNT_FACTOR`: among rounds whose figures all agree, the round of the
/// same figure wins.
fn same_figure(a: Figure, b: Figure) -> bool {
    let (x, y) = (centre(a), centre(b));
    x.min(y) > 0.0 && x.max(y) / x.min(y) <= SAME_FIGURE_FACTOR
}

/// Two headcounts agree when their ranges meet, or when their central figures are
/// within `HEADCOUNT_FACTOR` of each other (see [`headcount_agreement`]).
pub fn headcounts_agree(a: (Option<u64>, Option<u64>), b: (Option<u64>, Option<u64>)) -> bool {
    headcount_agreement(a, b).is_some()
}

/// Two percentages agree within `PERCENT_POINTS`, or within `PERCENT_SHARE` of the
/// larger: 18% and "nearly a fifth", 26% and "roughly 30%"; not 7% and 9%.
pub fn percents_agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= PERCENT_POINTS.max(PERCENT_SHARE * a.max(b))
}

/// How well a claim fits a round, compared field by field in this order: dates first,
/// then figures, then a report from another document, then the distance in days.
struct Fit {
    /// 4: text dates overlap; 3: within a week at firm precision, or an undated report
    /// published within a week of a firm-dated round (the news of the day); 2: an
    /// undated report published within `RECENT_DAYS` of the round; 1: a recollection
    /// published later; 0: nothing to compare.
    date: u8,
    /// Sum over headcount and percentage of 2 (precise agreement), 1 (a figure inside a
    /// vague range) or 0 (nothing to compare).
    figures: u8,
    /// 2: the headcount is the same figure as a member's, not only one that agrees; 1:
    /// the percentage is a member's own; 0: neither. A headcount's match counts for more.
    same_figure: u8,
    other_document: bool,
    distance: i64,
    why: Vec<String>,
}

impl Fit {
    fn rank(&self) -> (u8, u8, u8, bool, Reverse<i64>) {
        (
            self.date,
            self.figures,
            self.same_figure,
            self.other_document,
            Reverse(self.distance),
        )
    }
}

/// Rule `figures`: the claim's headcount and percentage against every member's. Returns
/// the agreement (see [`Fit::figures`]), whether its headcount or percentage is a
/// member's same figure (see [`Fit::same_figure`]), and what was compared; or why they
/// differ.
fn figure_fit(c: &StoredClaim, w: &Work) -> Result<(u8, u8, Vec<String>), String> {
    let mut score = 0;
    let mut same = 0;
    let mut why = Vec::new();
    if c.has_headcount() {
        let mine = (c.min, c.max);
        if w.headcounts.iter().any(|(o, _)| same_figure(mine, *o)) {
            same = 2;
        }
        let mut worst: Option<u8> = None;
        for (other, _) in &w.headcounts {
            let Some(a) = headcount_agreement(mine, *other) else {
                return Err(format!(
                    "headcounts {} and {} differ",
                    range_label(c.min, c.max).unwrap_or_default(),
                    range_label(other.0, other.1).unwrap_or_default()
                ));
            };
            worst = Some(worst.map_or(a, |x| x.min(a)));
        }
        if let (Some(a), Some((first, _))) = (worst, w.headcounts.first()) {
            score += a;
            why.push(format!(
                "headcounts {} ({} / {})",
                if a == 2 { "agree" } else { "meet" },
                range_label(c.min, c.max).unwrap_or_default(),
                range_label(first.0, first.1).unwrap_or_default()
            ));
        }
    }
    if let Some(p) = c.percent {
        if let Some(q) = w.percents.iter().find(|q| !percents_agree(p, **q)) {
            return Err(format!("{p}% and {q}% differ"));
        }
        if let Some(q) = w.percents.first() {
            score += 2;
            why.push(format!("percentages agree ({p}% / {q}%)"));
        }
        // (A share that is a member's own counts as the same figure: an undated "7%"
        // joins the round of 7%, not the earlier one of 8%.)
        if same == 0 && w.percents.iter().any(|q| (p - q).abs() < 1e-9) {
            same = 1;
        }
    }
    Ok((score, same, why))
}

/// Rule `dates-first` and `undated-before-publication`: how the claim's dates fit the
/// round's, as (class, distance in days, reason), or why they cannot be one round.
fn date_fit(c: &StoredClaim, w: &Work) -> Result<(u8, i64, Option<String>), String> {
    Ok(match (c.text_date(), w.when()) {
        (Some(d), Some((core, true))) => {
            let gap = d.gap_days(&core);
            let tolerance = if firm(d.precision) && firm(core.precision) {
                FIRM_DATE_DAYS
            } else {
                0
            };
            if gap > tolerance {
                return Err(format!(
                    "dates {} and {} are {gap} days apart",
                    d.label(),
                    core.label()
                ));
            }
            let why = if gap == 0 {
                format!("dates overlap ({} / {})", d.label(), core.label())
            } else {
                format!("dates {gap} days apart ({} / {})", d.label(), core.label())
            };
            (
                if gap == 0 { 4 } else { 3 },
                midpoint_days(d, core).abs(),
                Some(why),
            )
        }
        (Some(d), Some((published, false))) => {
            // The cluster's reports gave no date: the round came before they were published.
            if d.earliest > published.latest + chrono::Days::new(FIRM_DATE_DAYS as u64)
                || (published.earliest - d.latest).num_days() > RECALL_DAYS
            {
                return Err(format!(
                    "date {} does not fit reports published {}",
                    d.label(),
                    published.label()
                ));
            }
            (
                1,
                midpoint_days(d, published).abs(),
                Some(format!(
                    "date {} fits undated reports published {}",
                    d.label(),
                    published.label()
                )),
            )
        }
        (None, Some((core, _))) => {
            let Some(r) = c.reference else {
                return Ok((0, 0, None));
            };
            let after = (core.earliest - r).num_days();
            let before = (r - core.latest).num_days();
            if after > FIRM_DATE_DAYS || before > RECALL_DAYS {
                return Err(format!(
                    "no date in the text, and the round of {} does not precede its publication ({r})",
                    core.label()
                ));
            }
            if before <= FIRM_DATE_DAYS && firm(core.precision) {
                (
                    3,
                    before.max(0),
                    Some(format!(
                        "no date in the text; published {r}, within a week of the round of {}",
                        core.label()
                    )),
                )
            } else if before <= RECENT_DAYS {
                (
                    2,
                    before.max(0),
                    Some(format!(
                        "no date in the text; published {r}, just after the round of {}",
                        core.label()
                    )),
                )
            } else {
                (
                    1,
                    before,
                    Some(format!(
                        "no date in the text; the round of {} precedes its publication ({r})",
                        core.label()
                    )),
                )
            }
        }
        (_, None) => (0, 0, None),
    })
}

/// The latest day of the dated rounds each document's claims have joined so far: when a
/// document that gives no date was written, as near as its other rounds tell (see
/// `undated-twins`).
type Eras<'a> = HashMap<&'a str, NaiveDate>;

/// Two undated documents whose other rounds lie this far apart write of different times.
const ERAS_APART_DAYS: i64 = 180;

/// Whether every other document of `w` reports rounds that lie `ERAS_APART_DAYS` or more
/// from those of `c`'s document: two bare mentions ("its distribution network was also
/// eliminated") of documents that are about 2022's rounds and 2024's are no twins.
fn eras_apart(c: &StoredClaim, w: &Work, eras: &Eras) -> Option<(NaiveDate, NaiveDate)> {
    let mine = *eras.get(c.doc_hash.as_str())?;
    let apart = |d: NaiveDate| (d - mine).num_days().abs();
    // The nearest era of the others; any other document with none places nothing.
    let mut nearest: Option<NaiveDate> = None;
    for d in w.docs.iter().filter(|d| **d != c.doc_hash) {
        let theirs = *eras.get(d)?;
        if nearest.is_none_or(|n| apart(theirs) < apart(n)) {
            nearest = Some(theirs);
        }
    }
    let nearest = nearest?;
    (apart(nearest) >= ERAS_APART_DAYS).then_some((mine, nearest))
}

/// Whether a round of this family lies in the lane of cuts and closures (see `reach`).
fn main_lane(family: &str) -> bool {
    matches!(family, "cuts" | "closure")
}

/// Whether claim `c` may join `w`, and how well it fits; or why not.
fn fit(c: &StoredClaim, w: &Work, eras: &Eras) -> Result<Fit, String> {
    if w.family != family(c.kind) {
        return Err(format!("{} is not {}", c.kind.as_str(), w.family));
    }
    if w.family == "hiring" {
        return Ok(Fit {
            date: 0,
            figures: 0,
            same_figure: 0,
            other_document: true,
            distance: 0,
            why: vec!["hiring mentions make the company's hiring profile (hiring-profile)".into()],
        });
    }
    let same_document = w.docs.contains(&c.doc_hash.as_str());
    let (date, distance, date_why) = date_fit(c, w)?;
    let (figures, same_figure, mut why) = figure_fit(c, w)?;
    if let Some(d) = date_why {
        why.insert(0, d);
    }
    // (Two headcounts of one document must be the same figure: "cut about 400 jobs, a
    // year after it eliminated 350" tells two rounds, however close.)
    let unlike_own = || {
        let mut own = w
            .headcounts
            .iter()
            .filter(|(_, d)| *d == c.doc_hash.as_str())
            .peekable();
        c.has_headcount()
            && own.peek().is_some()
            && !own.any(|(h, _)| self::same_figure((c.min, c.max), *h))
    };
    if same_document && (figures == 0 || unlike_own()) {
        return Err("the same document reports it as another round (same-document)".into());
    }
    let undated = c.text_date().is_none();
    if unplaced(c) && w.unplaced {
        // Rule `undated-twins`: nothing dates either side; only the same kind, the same
        // figures and the same units make them one round, and dates from elsewhere (the
        // URL) must not tell them apart.
        if let (Some(d), Some(o)) = (c.date, w.weak) {
            if !d.overlaps(&o) {
                return Err(format!(
                    "undated, and placed apart ({} / {}) (undated-twins)",
                    d.label(),
                    o.label()
                ));
            }
        }
        // Eras come from the lane of cuts and closures, which a write re-resolves whole
        // when it holds a claim nothing places; another lane's unplaced claim may be
        // resolved while only parts of that lane are loaded, so it reads no eras.
        if let Some((mine, theirs)) = main_lane(w.family)
            .then(|| eras_apart(c, w, eras))
            .flatten()
        {
            return Err(format!(
                "undated, and their documents report rounds of other times (to {mine} / to {theirs}) (undated-twins)"
            ));
        }
        // A plan and the layoff that carries it out, undated both, are one round only on
        // a precise figure in common ("to lay off 22%, 248" and "is laying off 248").
        if w.kinds.iter().any(|k| *k != c.kind) && figures < 2 {
            return Err(
                "undated, and another kind with no precise figure in common (undated-twins)".into(),
            );
        }
        if c.has_figures() != w.has_figures() || (c.has_figures() && figures == 0) {
            return Err("undated, and the figures do not match (undated-twins)".into());
        }
        let mine: Vec<String> = c.units.iter().map(|u| u.to_lowercase()).collect();
        if !(mine.is_empty() && w.units.is_empty() || mine.iter().any(|u| w.units.contains(u))) {
            return Err("undated, and the units do not match (undated-twins)".into());
        }
        why.push("undated reports of the same kind, figures and units (undated-twins)".into());
    } else if undated {
        // Rule `undated-before-publication`: the nearer the round before publication, the
        // less it takes: the news of the day joins as it is, a report within a month needs
        // a figure that does not contradict the round, an older round agreeing figures.
        match date {
            3.. => {}
            2 if c.has_figures() => {}
            2 => return Err("no date and no figure (undated-before-publication)".into()),
            1 if figures == 0 => {
                return Err("no date, and no figure in common (undated-before-publication)".into())
            }
            // Nothing places it in time (no publication date): only a precise figure does,
            // not one that falls inside a vague range ("hundreds", "thousands").
            0 if figures < 2 => {
                return Err(
                    "no date and no publication date, and no precise figure in common (undated-before-publication)"
                        .into(),
                )
            }
            _ => {}
        }
    }
    if why.is_empty() {
        why.push("same company, nothing tells them apart".into());
    }
    Ok(Fit {
        date,
        figures,
        same_figure,
        other_document: !same_document,
        distance,
        why,
    })
}

/// Places WARN notices: the notices of one round together (`warn-sites`), joined to the
/// round of reports they follow (`warn-follows-news`), or a round of their own.
fn link_notices<'a>(claims: &'a [StoredClaim], notices: &[usize], work: &mut Vec<Work<'a>>) {
    let rounds: Vec<link::RoundView> = work
        .iter()
        .map(|w| link::RoundView {
            takes_notices: main_lane(w.family),
            when: w.when(),
        })
        .collect();
    for g in link::group_notices(claims, notices) {
        match link::attach(&g, &rounds) {
            Some((k, why)) => {
                let label = work[k].label.clone();
                for (&i, r) in g.members.iter().zip(&g.reasons) {
                    work[k].add(i, &claims[i], format!("joined {label}: {why}; {r}"));
                }
            }
            None => {
                let mut members = g.members.iter().zip(&g.reasons);
                let Some((&i, r)) = members.next() else {
                    continue;
                };
                let mut w = Work::new(i, &claims[i], format!("no report of the round: {r}"));
                for (&i, r) in members {
                    w.add(i, &claims[i], format!("joined {}: {r}", w.label));
                }
                work.push(w);
            }
        }
    }
}

fn midpoint_days(a: Span, b: Span) -> i64 {
    let mid = |s: Span| s.earliest + (s.latest - s.earliest) / 2;
    (mid(a) - mid(b)).num_days()
}

/// Clusters the claims of one company key (see the module docs). `claims` may come in
/// any order; indexes in the result refer to it.
pub fn resolve(company_key: &str, claims: &[StoredClaim]) -> Vec<Cluster> {
    // Reports (news, tracker rows) first, by the rules above; then WARN notices, by the
    // rules of `link`, so that notices never change how reports group.
    let (notices, mut order): (Vec<usize>, Vec<usize>) =
        (0..claims.len()).partition(|&i| claims[i].source_type == SourceType::Warn);
    order.sort_by(|&a, &b| {
        let (x, y) = (&claims[a], &claims[b]);
        (tier(x), x.canonical_key()).cmp(&(tier(y), y.canonical_key()))
    });
    let mut work: Vec<Work> = Vec::new();
    let mut eras: Eras = HashMap::new();
    for i in order {
        let c = &claims[i];
        let mut best: Option<(usize, Fit)> = None;
        let mut nearest_refusal: Option<(i64, String, &str)> = None;
        let reach = Reach::of(c);
        for (k, w) in work.iter().enumerate() {
            // A round beyond the claim's reach can neither take it nor be named in its
            // reason (see `reach`): skipped before the costlier comparison.
            if !w.reach.meets(&reach) {
                continue;
            }
            match fit(c, w, &eras) {
                Ok(f) => {
                    if best.as_ref().is_none_or(|b| f.rank() > b.1.rank()) {
                        best = Some((k, f));
                    }
                }
                // Only a round within the claim's reach is named (the check above): a
                // far-off round says nothing, and reasons must not depend on parts of the
                // family a write does not re-resolve.
                Err(why) if w.family == family(c.kind) => {
                    let distance = match (c.date, w.when()) {
                        (Some(d), Some((core, _))) => midpoint_days(d, core).abs(),
                        _ => i64::MAX,
                    };
                    if nearest_refusal.as_ref().is_none_or(|n| distance < n.0) {
                        nearest_refusal = Some((distance, why, &w.label));
                    }
                }
                Err(_) => {}
            }
        }
        let k = match best {
            Some((k, f)) => {
                let reason = format!("joined {}: {}", work[k].label, f.why.join("; "));
                work[k].add(i, c, reason);
                k
            }
            None => {
                let reason = match nearest_refusal {
                    Some((_, why, label)) => format!("new round, not {label}: {why}"),
                    None => "first report of this round".to_owned(),
                };
                work.push(Work::new(i, c, reason));
                work.len() - 1
            }
        };
        // Only the lane of cuts and closures (see `reach`), which a write re-resolves
        // whole whenever it holds a claim nothing places.
        if let Some((when, _)) = work[k].when().filter(|_| main_lane(work[k].family)) {
            let era = eras.entry(c.doc_hash.as_str()).or_insert(when.latest);
            *era = (*era).max(when.latest);
        }
    }
    link_notices(claims, &notices, &mut work);
    let mut clusters: Vec<Cluster> = work
        .into_iter()
        .map(|w| {
            let mut pairs: Vec<(usize, String)> = w.members.into_iter().zip(w.reasons).collect();
            pairs.sort_by(|a, b| {
                claims[a.0]
                    .canonical_key()
                    .cmp(&claims[b.0].canonical_key())
            });
            let id = event_id(company_key, &claims[pairs[0].0]);
            let (members, reasons) = pairs.into_iter().unzip();
            Cluster {
                id,
                members,
                reasons,
            }
        })
        .collect();
    clusters.sort_by(|a, b| a.id.cmp(&b.id));
    clusters
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::testkit::{claim, day};

    fn groups(claims: &[StoredClaim]) -> Vec<Vec<String>> {
        let mut g: Vec<Vec<String>> = resolve("acme", claims)
            .into_iter()
            .map(|c| {
                let mut docs: Vec<String> = c
                    .members
                    .iter()
                    .map(|&i| claims[i].doc_name().to_owned())
                    .collect();
                docs.sort();
                docs
            })
            .collect();
        g.sort();
        g
    }

    #[test]
    fn an_advance_plan_and_the_final_count_are_one_round() {
        // "at least 1,200, roughly 30%" the day before; "1,072, about 26%" after.
        let claims = [
            claim(
                "a",
                Some("2023-04-21"),
                Kind::Plan,
                Some(("2023-04-21", "2023-04-21", Precision::Day)),
                Some((1200, u64::MAX)),
                Some(30.0),
            ),
            claim(
                "b",
                Some("2023-04-27"),
                Kind::Layoff,
                Some(("2023-04-27", "2023-04-27", Precision::Day)),
                Some((1072, 1072)),
                Some(26.0),
            ),
        ];
        assert_eq!(groups(&claims), [["a", "b"]]);
    }

    #[test]
    fn different_shares_or_sizes_are_different_rounds() {
        let claims = [
            claim(
                "a",
                Some("2022-08-31"),
                Kind::Layoff,
                Some(("2022-08-31", "2022-08-31", Precision::Day)),
                None,
                Some(20.0),
            ),
            claim(
                "b",
                Some("2022-09-02"),
                Kind::Layoff,
                Some(("2022-08-01", "2022-09-30", Precision::Quarter)),
                None,
                Some(10.0),
            ),
            claim(
                "c",
                Some("2024-02-05"),
                Kind::Layoff,
                None,
                Some((135, 165)),
                None,
            ),
            claim(
                "d",
                Some("2024-02-06"),
                Kind::Layoff,
                None,
                Some((1170, 1430)),
                None,
            ),
        ];
        assert_eq!(
            groups(&claims),
            [vec!["a"], vec!["b"], vec!["c"], vec!["d"]]
        );
    }

    #[test]
    fn an_undated_report_joins_the_round_just_before_its_publication() {
        let claims = [
            claim(
                "old",
                Some("2022-07-27"),
                Kind::Layoff,
                Some(("2022-07-26", "2022-07-26", Precision::Day)),
                Some((1000, 1000)),
                Some(10.0),
            ),
            claim(
                "new",
                Some("2023-05-04"),
                Kind::Layoff,
                Some(("2023-05-04", "2023-05-04", Precision::Day)),
                Some((2000, u64::MAX)),
                Some(20.0),
            ),
            // Published four months later, no date in its text, the same 10%.
            claim(
                "late",
                Some("2022-11-22"),
                Kind::Layoff,
                None,
                Some((900, 1100)),
                Some(10.0),
            ),
            // The day's news with no figure: the round just reported.
            claim("today", Some("2023-05-05"), Kind::Plan, None, None, None),
        ];
        assert_eq!(groups(&claims), [vec!["late", "old"], vec!["new", "today"]]);
    }

    #[test]
    fn running_totals_and_hiring_never_absorb_a_round() {
        let claims = [
            claim(
                "a",
                Some("2023-03-01"),
                Kind::Layoff,
                Some(("2023-03-01", "2023-03-01", Precision::Day)),
                Some((9000, 9000)),
                None,
            ),
            claim(
                "b",
                Some("2023-03-02"),
                Kind::Cumulative,
                Some(("2023-01-01", "2023-12-31", Precision::Year)),
                Some((27000, u64::MAX)),
                None,
            ),
            claim("c", Some("2023-03-02"), Kind::Hiring, None, None, None),
        ];
        assert_eq!(groups(&claims), [vec!["a"], vec!["b"], vec!["c"]]);
    }

    #[test]
    fn nothing_places_an_undated_bare_mention_without_a_publication_date() {
        let claims = [
            claim(
                "a",
                Some("2022-11-03"),
                Kind::Layoff,
                Some(("2022-11-03", "2022-11-03", Precision::Day)),
                Some((700, 700)),
                Some(13.0),
            ),
            claim("bare", None, Kind::Layoff, None, None, None),
        ];
        assert_eq!(groups(&claims), [vec!["a"], vec!["bare"]]);
        let every = resolve("acme", &claims);
        let bare = every
            .iter()
            .find(|c| claims[c.members[0]].doc_name() == "bare")
            .unwrap();
        assert!(
            bare.reasons[0].contains("no precise figure in common"),
            "{:?}",
            bare.reasons
        );
    }

    #[test]
    fn undated_twins_of_documents_about_other_times_stay_apart() {
        // Two undated pages each say "its distribution network was also eliminated";
        // one is about 2022's round of 2,800, the other about 2024's round of 400.
        // A page's second claim: a bare closure, undated, with no figure.
        let bare_closure = |doc: &str| {
            let mut c = claim(doc, None, Kind::Closure, None, None, None);
            c.ordinal = 1;
            c
        };
        let claims = [
            news22(),
            claim("old", None, Kind::Layoff, None, Some((2800, 2800)), None),
            bare_closure("old"),
            claim(
                "news24",
                Some("2024-05-02"),
                Kind::Layoff,
                on("2024-05-02", "2024-05-02", Precision::Day),
                Some((400, 400)),
                None,
            ),
            claim("new", None, Kind::Layoff, None, Some((400, 400)), None),
            bare_closure("new"),
        ];
        let g = groups(&claims);
        assert!(g.contains(&vec!["old".to_string()]), "{g:?}");
        assert!(g.contains(&vec!["new".to_string()]), "{g:?}");
        let every = resolve("acme", &claims);
        assert!(
            every
                .iter()
                .flat_map(|c| &c.reasons)
                .any(|r| r.contains("report rounds of other times")),
            "{every:?}"
        );
        // Near miss: two such pages about the same round are twins.
        let news24 = claim(
            "news24",
            Some("2024-05-02"),
            Kind::Layoff,
            None,
            Some((400, 400)),
            None,
        );
        let claims = [
            news24,
            claim("a", None, Kind::Layoff, None, Some((400, 400)), None),
            bare_closure("a"),
            claim("b", None, Kind::Layoff, None, Some((400, 400)), None),
            bare_closure("b"),
        ];
        let g = groups(&claims);
        assert!(g.contains(&vec!["a".to_string(), "b".to_string()]), "{g:?}");
    }

    /// A report of February 2022's round of 2,800, published two days after it.
    fn news22() -> StoredClaim {
        claim(
            "news22",
            Some("2022-02-10"),
            Kind::Layoff,
            on("2022-02-08", "2022-02-08", Precision::Day),
            Some((2800, 2800)),
            None,
        )
    }

    /// A claim dated by its text: `(earliest, latest, precision)`.
    fn on(
        a: &'static str,
        b: &'static str,
        p: Precision,
    ) -> Option<(&'static str, &'static str, Precision)> {
        Some((a, b, p))
    }

    fn with_units(mut c: StoredClaim, units: &[&str]) -> StoredClaim {
        c.units = units.iter().map(|u| u.to_string()).collect();
        c
    }

    /// A date the extractor took from outside the text (no words in the text).
    fn fallback(mut c: StoredClaim, a: &str, b: &str) -> StoredClaim {
        c.date = Some(Span {
            earliest: day(a),
            latest: day(b),
            precision: Precision::Month,
        });
        c
    }

    fn second(mut c: StoredClaim) -> StoredClaim {
        c.ordinal = 1;
        c
    }

    #[test]
    fn kinds_closures_are_their_own_round() {
        // "cuts about 900 jobs and closes hundreds of stores", reported by two outlets:
        // the staff cut and the store closures are two rounds, each with both reports.
        let day = on("2025-09-25", "2025-09-25", Precision::Day);
        let claims = [
            claim(
                "a",
                Some("2025-09-25"),
                Kind::Plan,
                day,
                Some((900, 900)),
                None,
            ),
            second(claim(
                "a",
                Some("2025-09-25"),
                Kind::Closure,
                day,
                None,
                None,
            )),
            claim(
                "b",
                Some("2025-09-26"),
                Kind::Layoff,
                day,
                Some((810, 990)),
                None,
            ),
            second(claim(
                "b",
                Some("2025-09-26"),
                Kind::Closure,
                day,
                None,
                None,
            )),
        ];
        let clusters = resolve("acme", &claims);
        assert_eq!(clusters.len(), 2, "{clusters:?}");
        for c in &clusters {
            let kinds: Vec<bool> = c
                .members
                .iter()
                .map(|&i| claims[i].kind == Kind::Closure)
                .collect();
            assert!(kinds.iter().all(|k| *k == kinds[0]), "{clusters:?}");
            assert_eq!(c.members.len(), 2);
        }
    }

    #[test]
    fn hiring_profile_is_one_event_per_company() {
        // Hiring mentions months apart, dated or not, published or not: one profile.
        let claims = [
            claim("a", Some("2023-03-02"), Kind::Hiring, None, None, None),
            claim("b", None, Kind::Hiring, None, None, None),
            claim(
                "c",
                Some("2025-07-18"),
                Kind::Hiring,
                on("2025-07-17", "2025-07-17", Precision::Day),
                None,
                None,
            ),
            // Near miss: the round the hiring accompanies stays a round of its own.
            claim(
                "d",
                Some("2025-07-18"),
                Kind::Layoff,
                on("2025-07-17", "2025-07-17", Precision::Day),
                Some((200, 999)),
                None,
            ),
        ];
        assert_eq!(groups(&claims), [vec!["a", "b", "c"], vec!["d"]]);
    }

    #[test]
    fn dates_first_reports_months_apart_are_two_rounds() {
        // 1,100 in February and "about 1,000" in September: sizes within 15%, two rounds.
        let claims = [
            claim(
                "feb",
                Some("2025-02-24"),
                Kind::Plan,
                on("2025-02-24", "2025-02-24", Precision::Day),
                Some((1100, 1100)),
                None,
            ),
            claim(
                "sep",
                Some("2025-09-25"),
                Kind::Plan,
                on("2025-09-25", "2025-09-25", Precision::Day),
                Some((900, 1100)),
                None,
            ),
            // Near miss: a recollection in the September piece, "in February", joins February.
            second(claim(
                "sep",
                Some("2025-09-25"),
                Kind::Layoff,
                on("2025-02-01", "2025-02-28", Precision::Month),
                Some((1100, 1100)),
                None,
            )),
        ];
        assert_eq!(groups(&claims), [vec!["feb", "sep"], vec!["sep"]]);
        let feb = resolve("acme", &claims)
            .into_iter()
            .find(|c| c.members.len() == 2)
            .unwrap();
        assert!(feb.members.iter().any(|&i| claims[i].doc_name() == "feb"));
    }

    #[test]
    fn dates_first_the_news_of_the_day_beats_closer_figures() {
        // An undated report published on 20 April with "about 180, 15%": the round dated
        // that day (15%) is its round, not the quarter before with the same 180 and 12%.
        let claims = [
            claim(
                "today",
                Some("2023-04-20"),
                Kind::Layoff,
                on("2023-04-20", "2023-04-20", Precision::Day),
                None,
                Some(15.0),
            ),
            claim(
                "q1",
                None,
                Kind::Layoff,
                on("2023-01-01", "2023-03-31", Precision::Quarter),
                Some((162, 198)),
                Some(12.0),
            ),
            claim(
                "undated",
                Some("2023-04-20"),
                Kind::Layoff,
                None,
                Some((162, 198)),
                Some(15.0),
            ),
        ];
        assert_eq!(groups(&claims), [vec!["q1"], vec!["today", "undated"]]);
    }

    #[test]
    fn recalled_round_joins_the_round_it_recalls() {
        // A March article recalling "the January layoffs" (resolved to January 2025).
        let claims = [
            claim(
                "jan",
                Some("2025-01-15"),
                Kind::Layoff,
                on("2025-01-14", "2025-01-14", Precision::Day),
                Some((600, 600)),
                None,
            ),
            claim(
                "mar",
                Some("2025-03-20"),
                Kind::Layoff,
                on("2025-01-01", "2025-01-31", Precision::Month),
                None,
                None,
            ),
            second(claim(
                "mar",
                Some("2025-03-20"),
                Kind::Layoff,
                on("2025-03-18", "2025-03-18", Precision::Day),
                Some((300, 300)),
                None,
            )),
        ];
        assert_eq!(groups(&claims), [vec!["jan", "mar"], vec!["mar"]]);
    }

    #[test]
    fn ended_by_report_earlier_this_year_is_before_the_report() {
        // "Earlier this year ... 200 jobs" in a March piece (the extractor gives the whole
        // year) is not the October round of 200 reported later.
        let year = on("2025-01-01", "2025-12-31", Precision::Year);
        let claims = [
            claim(
                "oct",
                Some("2025-10-08"),
                Kind::Layoff,
                on("2025-10-07", "2025-10-07", Precision::Day),
                Some((200, 200)),
                None,
            ),
            claim(
                "mar",
                Some("2025-03-20"),
                Kind::Layoff,
                year,
                Some((200, 200)),
                None,
            ),
            // Near miss: a plan "this year" looks ahead, and may be the October round.
            claim(
                "plan",
                Some("2025-03-21"),
                Kind::Plan,
                year,
                Some((200, 200)),
                None,
            ),
        ];
        assert_eq!(groups(&claims), [vec!["mar"], vec!["oct", "plan"]]);
    }

    #[test]
    fn undated_before_publication_joins_only_on_figures_or_as_the_day_news() {
        let claims = [
            claim(
                "round",
                Some("2024-05-02"),
                Kind::Layoff,
                on("2024-05-02", "2024-05-02", Precision::Day),
                Some((360, 440)),
                Some(15.0),
            ),
            // Published the next day, no date, no figure: the news of the day.
            claim(
                "next-day",
                Some("2024-05-03"),
                Kind::Layoff,
                None,
                None,
                None,
            ),
            // Published two months later, no date, no figure: nothing ties it to May.
            claim("july", Some("2024-07-02"), Kind::Layoff, None, None, None),
            // Published two months later with the same 15%: a recollection of May.
            claim(
                "recall",
                Some("2024-07-03"),
                Kind::Layoff,
                None,
                None,
                Some(15.0),
            ),
            // Published before the round with the same figure: not a report of it.
            claim(
                "before",
                Some("2024-03-01"),
                Kind::Layoff,
                None,
                Some((400, 400)),
                None,
            ),
        ];
        assert_eq!(
            groups(&claims),
            [
                vec!["before"],
                vec!["july"],
                vec!["next-day", "recall", "round"]
            ]
        );
    }

    #[test]
    fn undated_twins_join_on_kind_figures_and_units() {
        // No date in the text and none published: reprints of one report are one round.
        let claims = [
            claim("a", None, Kind::Layoff, None, Some((1100, 1100)), None),
            claim(
                "a-reprint",
                None,
                Kind::Layoff,
                None,
                Some((1100, 1100)),
                None,
            ),
            claim("bare", None, Kind::Layoff, None, None, None),
            claim("bare-reprint", None, Kind::Layoff, None, None, None),
            // Near misses: another kind, other units, another figure.
            claim("plan", None, Kind::Plan, None, None, None),
            with_units(
                claim("hr", None, Kind::Layoff, None, Some((200, 200)), None),
                &["human resources"],
            ),
            with_units(
                claim(
                    "marketing",
                    None,
                    Kind::Layoff,
                    None,
                    Some((200, 200)),
                    None,
                ),
                &["marketing"],
            ),
            claim("other", None, Kind::Layoff, None, Some((300, 300)), None),
            // A plan and a layoff with a precise figure in common are one round; with
            // only a vague one ("hundreds"), they stay apart.
            claim(
                "to-cut",
                None,
                Kind::Plan,
                None,
                Some((248, 248)),
                Some(22.0),
            ),
            claim(
                "cutting",
                None,
                Kind::Layoff,
                None,
                Some((248, 248)),
                Some(22.0),
            ),
            claim(
                "to-cut-some",
                None,
                Kind::Plan,
                None,
                Some((200, 999)),
                None,
            ),
            // A date from outside the text (the URL's month) does not place it; two such
            // dates that overlap leave twins twins, two apart tell them apart.
            fallback(
                claim("closure", None, Kind::Closure, None, None, None),
                "2023-01-01",
                "2023-01-31",
            ),
            fallback(
                claim("closure-reprint", None, Kind::Closure, None, None, None),
                "2023-01-01",
                "2023-01-31",
            ),
            fallback(
                claim("closure-2024", None, Kind::Closure, None, None, None),
                "2024-06-01",
                "2024-06-30",
            ),
        ];
        assert_eq!(
            groups(&claims),
            [
                vec!["a", "a-reprint"],
                vec!["bare", "bare-reprint"],
                vec!["closure", "closure-reprint"],
                vec!["closure-2024"],
                vec!["cutting", "to-cut"],
                vec!["hr"],
                vec!["marketing"],
                vec!["other"],
                vec!["plan"],
                vec!["to-cut-some"]
            ]
        );
    }

    #[test]
    fn undated_twins_never_join_a_dated_round_without_a_figure() {
        let claims = [
            claim(
                "dated",
                Some("2022-11-09"),
                Kind::Layoff,
                on("2022-11-09", "2022-11-09", Precision::Day),
                Some((11000, 11000)),
                None,
            ),
            claim("bare", None, Kind::Layoff, None, None, None),
            // Near miss: an undated report with the figure joins.
            claim("figure", None, Kind::Plan, None, Some((9900, 12100)), None),
        ];
        assert_eq!(groups(&claims), [vec!["bare"], vec!["dated", "figure"]]);
    }

    #[test]
    fn figures_the_same_figure_wins_among_agreeing_rounds() {
        // Rounds of 1,200 in March and 1,100 in November; a reprint with no date at all
        // says 1,100. Both rounds agree within 15%, but only November's is its figure.
        let rounds = || {
            [
                claim(
                    "mar",
                    Some("2024-03-11"),
                    Kind::Layoff,
                    Some(("2024-03-11", "2024-03-11", Precision::Day)),
                    Some((1200, 1200)),
                    None,
                ),
                claim(
                    "nov",
                    Some("2024-11-07"),
                    Kind::Layoff,
                    Some(("2024-11-07", "2024-11-07", Precision::Day)),
                    Some((1100, 1100)),
                    None,
                ),
            ]
        };
        let mut claims = rounds().to_vec();
        claims.push(claim(
            "reprint",
            None,
            Kind::Layoff,
            None,
            Some((1100, 1100)),
            None,
        ));
        assert_eq!(groups(&claims), [vec!["mar"], vec!["nov", "reprint"]]);
        // Near miss: a reprint of 1,200 joins March.
        let mut claims = rounds().to_vec();
        claims.push(claim(
            "reprint",
            None,
            Kind::Layoff,
            None,
            Some((1200, 1200)),
            None,
        ));
        assert_eq!(groups(&claims), [vec!["mar", "reprint"], vec!["nov"]]);
        // So with shares: rounds of 8% in March and 7% in May; an undated "7%" joins May,
        // and (near miss) an undated "8%" joins March.
        for (share, want) in [
            (7.0, [vec!["mar"], vec!["may", "reprint"]]),
            (8.0, [vec!["mar", "reprint"], vec!["may"]]),
        ] {
            let claims = [
                claim(
                    "mar",
                    Some("2023-03-07"),
                    Kind::Layoff,
                    Some(("2023-03-07", "2023-03-07", Precision::Day)),
                    None,
                    Some(8.0),
                ),
                claim(
                    "may",
                    Some("2023-05-16"),
                    Kind::Layoff,
                    Some(("2023-05-16", "2023-05-16", Precision::Day)),
                    None,
                    Some(7.0),
                ),
                claim("reprint", None, Kind::Layoff, None, None, Some(share)),
            ];
            assert_eq!(groups(&claims), want, "{share}%");
        }
        assert!(same_figure(
            (Some(1100), Some(1100)),
            (Some(1078), Some(1122))
        ));
        assert!(!same_figure(
            (Some(1100), Some(1100)),
            (Some(1200), Some(1200))
        ));
    }

    #[test]
    fn same_document_two_headcounts_must_be_the_same_figure() {
        // "cut about 400 jobs this week, a year after it eliminated 350": the piece tells
        // two rounds, though 350 and about 400 agree within 15%.
        let news = || {
            claim(
                "p",
                Some("2025-04-17"),
                Kind::Layoff,
                Some(("2025-04-15", "2025-04-15", Precision::Day)),
                Some((360, 440)),
                None,
            )
        };
        let claims = [
            news(),
            second(claim(
                "p",
                Some("2025-04-17"),
                Kind::Layoff,
                None,
                Some((350, 350)),
                None,
            )),
        ];
        assert_eq!(groups(&claims).len(), 2);
        // Near miss: its second mention of about 400 is the same round.
        let claims = [
            news(),
            second(claim(
                "p",
                Some("2025-04-17"),
                Kind::Layoff,
                None,
                Some((400, 400)),
                None,
            )),
        ];
        assert_eq!(groups(&claims).len(), 1);
    }

    #[test]
    fn same_document_needs_figures_not_just_dates() {
        // "Earlier this year it eliminated roles in marketing" in the piece on the Q4 cuts:
        // the year overlaps the quarter, but the same document tells two rounds.
        let claims = [
            claim(
                "a",
                None,
                Kind::Plan,
                on("2025-10-01", "2025-12-31", Precision::Quarter),
                Some((2000, 9999)),
                None,
            ),
            second(with_units(
                claim(
                    "a",
                    None,
                    Kind::Layoff,
                    on("2025-01-01", "2025-12-31", Precision::Year),
                    None,
                    None,
                ),
                &["marketing"],
            )),
            // Near miss: another document's year-dated report of thousands joins the quarter.
            claim(
                "b",
                None,
                Kind::Layoff,
                on("2025-01-01", "2025-12-31", Precision::Year),
                Some((2000, 9999)),
                None,
            ),
        ];
        assert_eq!(groups(&claims), [vec!["a"], vec!["a", "b"]]);
    }

    #[test]
    fn figures_a_precise_match_beats_a_vague_range() {
        // An undated "3,900" with no publication date: the round of "about 3,900", not
        // the later round of "thousands".
        let claims = [
            claim(
                "jan",
                Some("2023-01-26"),
                Kind::Plan,
                on("2023-01-25", "2023-01-25", Precision::Day),
                Some((3510, 4290)),
                Some(1.5),
            ),
            claim(
                "nov",
                Some("2025-11-05"),
                Kind::Plan,
                on("2025-11-04", "2025-11-04", Precision::Day),
                Some((2000, 9999)),
                Some(1.0),
            ),
            claim(
                "undated",
                None,
                Kind::Plan,
                None,
                Some((3900, 3900)),
                Some(1.0),
            ),
        ];
        assert_eq!(groups(&claims), [vec!["jan", "undated"], vec!["nov"]]);
        // Near miss: an undated "hundreds" with no publication date fits 900 only as a
        // vague range, and nothing else places it.
        let claims = [
            claim(
                "sep",
                Some("2025-09-25"),
                Kind::Plan,
                on("2025-09-25", "2025-09-25", Precision::Day),
                Some((900, 900)),
                None,
            ),
            claim("hundreds", None, Kind::Layoff, None, Some((200, 999)), None),
        ];
        assert_eq!(groups(&claims), [vec!["hundreds"], vec!["sep"]]);
        assert_eq!(
            headcount_agreement((Some(3900), Some(3900)), (Some(3510), Some(4290))),
            Some(2)
        );
        assert_eq!(
            headcount_agreement((Some(3900), Some(3900)), (Some(2000), Some(9999))),
            Some(1)
        );
        assert_eq!(
            headcount_agreement((Some(150), Some(150)), (Some(1300), Some(1300))),
            None
        );
    }

    #[test]
    fn figures_agree_within_tolerance() {
        assert!(headcounts_agree(
            (Some(1072), Some(1072)),
            (Some(1200), None)
        ));
        assert!(headcounts_agree(
            (Some(1620), Some(1980)),
            (Some(2000), None)
        ));
        assert!(headcounts_agree((Some(24), Some(99)), (Some(40), Some(40))));
        assert!(!headcounts_agree(
            (Some(2250), Some(2750)),
            (Some(1800), Some(2200))
        ));
        assert!(!headcounts_agree(
            (Some(135), Some(165)),
            (Some(1170), Some(1430))
        ));
        assert!(percents_agree(18.0, 20.0) && percents_agree(26.0, 30.0));
        assert!(!percents_agree(7.0, 9.0) && !percents_agree(10.0, 20.0));
        // An open figure reaches twice its floor: "at least 1,300" may become 1,800, but
        // "at least 50" is no round of 28,000.
        assert!(headcounts_agree(
            (Some(1300), None),
            (Some(1800), Some(1800))
        ));
        assert!(!headcounts_agree(
            (Some(50), None),
            (Some(25200), Some(30800))
        ));
    }

    /// A WARN notice filed `filed` at `city`, for `count` workers.
    fn warn(doc: &str, filed: &str, city: &str, count: Option<u64>) -> StoredClaim {
        let mut c = claim(
            doc,
            Some(filed),
            Kind::Layoff,
            Some((filed, filed, Precision::Day)),
            count.map(|n| (n, n)),
            None,
        );
        c.source_type = SourceType::Warn;
        c.record = Some(crate::model::TableRecord {
            notice_date: Some(day(filed)),
            city: Some(city.into()),
            state: Some("CA".into()),
            ..Default::default()
        });
        c
    }

    fn tracker(mut c: StoredClaim) -> StoredClaim {
        c.source_type = SourceType::Tracker;
        c
    }

    #[test]
    fn notices_a_tracker_row_and_the_news_are_one_round() {
        let claims = [
            claim(
                "news",
                Some("2021-09-23"),
                Kind::Layoff,
                on("2021-09-23", "2021-09-23", Precision::Day),
                Some((108, 132)),
                None,
            ),
            tracker(claim(
                "tracker",
                Some("2021-09-25"),
                Kind::Layoff,
                on("2021-09-23", "2021-09-23", Precision::Day),
                Some((120, 120)),
                None,
            )),
            // Two sites, filed the same day and four weeks later; counts are per site and
            // do not have to match the news.
            warn("emeryville", "2021-09-23", "Emeryville", Some(90)),
            warn("richmond", "2021-10-21", "Richmond", Some(12)),
            // Near misses: the next year's round of notices, and a later round in the news.
            warn("next-year", "2022-08-01", "Emeryville", Some(80)),
            claim(
                "july",
                Some("2022-07-25"),
                Kind::Layoff,
                on("2022-07-25", "2022-07-25", Precision::Day),
                Some((80, 80)),
                None,
            ),
            warn("orphan", "2020-05-13", "Emeryville", Some(5)),
        ];
        assert_eq!(
            groups(&claims),
            [
                vec!["emeryville", "news", "richmond", "tracker"],
                vec!["july", "next-year"],
                vec!["orphan"]
            ]
        );
        let c = resolve("acme", &claims);
        let joined = c.iter().find(|c| c.members.len() == 4).unwrap();
        let why = joined.reasons.join("\n");
        assert!(
            why.contains("warn-follows-news") && why.contains("warn-sites"),
            "{why}"
        );
    }

    #[test]
    fn notices_never_change_how_reports_group() {
        // The same reports with and without notices make the same report groups.
        let reports = [
            claim(
                "a",
                Some("2023-01-10"),
                Kind::Layoff,
                on("2023-01-10", "2023-01-10", Precision::Day),
                Some((500, 500)),
                None,
            ),
            claim(
                "b",
                Some("2023-02-20"),
                Kind::Layoff,
                on("2023-02-20", "2023-02-20", Precision::Day),
                Some((300, 300)),
                None,
            ),
        ];
        let mut with = reports.to_vec();
        with.push(warn("n1", "2023-02-05", "Austin", Some(40)));
        with.push(warn("n2", "2023-02-15", "Dallas", Some(60)));
        // Both notices are one round (ten days apart), filed nearer after January's news
        // than before February's.
        assert_eq!(groups(&reports), [vec!["a"], vec!["b"]]);
        assert_eq!(groups(&with), [vec!["a", "n1", "n2"], vec!["b"]]);
    }

    fn arbitrary_claim() -> impl Strategy<Value = StoredClaim> {
        (
            0u8..12,
            proptest::option::of(0u32..900),
            0u8..4,
            proptest::option::of((0u32..900, 0u8..3)),
            proptest::option::of(1u64..5000),
            proptest::option::of(1u8..40),
        )
            .prop_map(|(doc, published, kind, date, count, percent)| {
                let base = day("2022-01-01");
                let at = |d: u32| (base + chrono::Days::new(u64::from(d))).to_string();
                let kind =
                    [Kind::Layoff, Kind::Plan, Kind::Cumulative, Kind::Hiring][kind as usize];
                let date = date.map(|(d, p)| {
                    let (a, b) = (at(d), at(d + [0, 30, 364][p as usize]));
                    (
                        a,
                        b,
                        [Precision::Day, Precision::Month, Precision::Year][p as usize],
                    )
                });
                let pubdate = published.map(at);
                let mut c = claim(
                    &format!("d{doc}"),
                    pubdate.as_deref(),
                    kind,
                    date.as_ref().map(|(a, b, p)| (a.as_str(), b.as_str(), *p)),
                    count.map(|n| (n, n + n / 10)),
                    percent.map(f64::from),
                );
                c.claim_id = i64::from(doc);
                // Some documents are WARN notices, placed by the linking rules.
                if doc % 5 == 4 {
                    c.source_type = SourceType::Warn;
                }
                c
            })
    }

    proptest! {
        /// The same claims in any order make the same events with the same ids.
        #[test]
        fn arrival_order_never_changes_events(
            mut claims in proptest::collection::vec(arbitrary_claim(), 0..24),
            seed in any::<u64>(),
        ) {
            for (k, c) in claims.iter_mut().enumerate() {
                c.ordinal = k as u32;
            }
            let key = |claims: &[StoredClaim]| {
                let mut v: Vec<(String, Vec<(String, u32)>)> = resolve("acme", claims)
                    .into_iter()
                    .map(|c| {
                        let mut m: Vec<(String, u32)> = c
                            .members
                            .iter()
                            .map(|&i| (claims[i].doc_hash.clone(), claims[i].ordinal))
                            .collect();
                        m.sort();
                        (c.id, m)
                    })
                    .collect();
                v.sort();
                v
            };
            let before = key(&claims);
            // A deterministic shuffle from the seed.
            let mut state = seed | 1;
            for i in (1..claims.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                claims.swap(i, (state % (i as u64 + 1)) as usize);
            }
            prop_assert_eq!(key(&claims), before);
        }
    }
}
