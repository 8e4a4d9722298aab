//! Event resolution: which claims of one company family report the same round.
//!
//! [`resolve`] takes every claim of one company key and returns clusters, each with the
//! reason every member joined it (or kept apart from the nearest round). It is a pure
//! function of the set of claims: claims are visited in a canonical order (firm dates
//! first, then vague dates, then undated figures, then bare mentions; within each, by
//! publication date and content hash), so arrival order never changes the result, and
//! an event's id is a hash of the company key, the kind family and its earliest report.
//!
//! Two claims are the same round when
//! - their kinds belong together (a plan and the layoff that carries it out do; a
//!   running total and a round it covers do not; hiring stands alone);
//! - they come from different documents, unless figures agree (the extractor already
//!   joined the mentions of one round within a document);
//! - their dates overlap, or lie within a week at day or month precision; a claim whose
//!   text gives no date is read against its publication date: the round came before it;
//! - their headcounts meet or lie within 15%, and their percentages within a point or a
//!   fifth: "at least 1,200" and a final 1,072 are one round, 150 and 1,300 are two.

use crate::model::{range_label, Span, StoredClaim};
use chrono::NaiveDate;
use headcount_extract::{Kind, Precision};
use xxhash_rust::xxh3::xxh3_64;

/// Headcounts agree when their central figures are within this factor.
const HEADCOUNT_FACTOR: f64 = 1.15;
/// Percentages agree within this many points, or within `PERCENT_SHARE` of the larger.
const PERCENT_POINTS: f64 = 1.0;
const PERCENT_SHARE: f64 = 0.2;
/// Firm dates (day or month) of one round may differ by this many days ("said Tuesday"
/// in one report, "on Thursday" in another).
const FIRM_DATE_DAYS: i64 = 7;
/// A report that gives no date may recall a round up to this long before it was
/// published (a piece four months after the cuts still quotes the memo).
const RECALL_DAYS: i64 = 400;
/// A report published within this many days of the round's dates is news of that round.
const RECENT_DAYS: i64 = 31;

/// One event: the indexes of its claims in canonical order, and why each is there.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub id: String,
    pub members: Vec<usize>,
    pub reasons: Vec<String>,
}

/// Kinds that can be one round: cuts (layoff, plan, closure), running totals, hiring.
fn family(kind: Kind) -> &'static str {
    match kind {
        Kind::Layoff | Kind::Plan | Kind::Closure => "cuts",
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
    /// Hull of the finest text dates of its members.
    core: Option<Span>,
    /// Publication dates of its undated members, when no member has a text date.
    weak: Option<Span>,
    /// Every member's headcount range (`None` max: open upwards) and percentage: a new
    /// report must agree with each, so a round cannot drift from figure to figure.
    headcounts: Vec<(Option<u64>, Option<u64>)>,
    percents: Vec<f64>,
    /// How the round is first named in messages.
    label: String,
}

impl<'a> Work<'a> {
    fn new(i: usize, c: &'a StoredClaim, reason: String) -> Work<'a> {
        let mut w = Work {
            family: family(c.kind),
            members: Vec::new(),
            reasons: Vec::new(),
            docs: Vec::new(),
            core: None,
            weak: None,
            headcounts: Vec::new(),
            percents: Vec::new(),
            label: describe(c),
        };
        w.add(i, c, reason);
        w
    }

    fn add(&mut self, i: usize, c: &'a StoredClaim, reason: String) {
        self.members.push(i);
        self.reasons.push(reason);
        self.docs.push(&c.doc_hash);
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
        if c.min.is_some() || c.max.is_some() {
            self.headcounts.push((c.min, c.max));
        }
        self.percents.extend(c.percent);
    }

    /// The dates the cluster stands for: text dates, else its reports' publication dates.
    fn when(&self) -> Option<(Span, bool)> {
        self.core
            .map(|d| (d, true))
            .or(self.weak.map(|d| (d, false)))
    }
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

/// Two headcounts agree when their ranges meet, or when their central figures are
/// within `HEADCOUNT_FACTOR` of each other ("at least 1,200" and 1,072; "about 1,800" and
/// "more than 2,000"); "around 2,500" and "about 2,000" do not.
pub fn headcounts_agree(a: (Option<u64>, Option<u64>), b: (Option<u64>, Option<u64>)) -> bool {
    let lo = |r: (Option<u64>, Option<u64>)| r.0.or(r.1).unwrap_or(0) as f64;
    let hi = |r: (Option<u64>, Option<u64>)| r.1.map_or(f64::INFINITY, |x| x as f64);
    if lo(a) <= hi(b) && lo(b) <= hi(a) {
        return true;
    }
    let centre = |r| {
        if hi(r).is_finite() {
            (lo(r) + hi(r)) / 2.0
        } else {
            lo(r)
        }
    };
    let (x, y) = (centre(a), centre(b));
    x.min(y) > 0.0 && x.max(y) / x.min(y) <= HEADCOUNT_FACTOR
}

/// Two percentages agree within `PERCENT_POINTS`, or within `PERCENT_SHARE` of the
/// larger: 18% and "nearly a fifth", 26% and "roughly 30%"; not 7% and 9%.
pub fn percents_agree(a: f64, b: f64) -> bool {
    (a - b).abs() <= PERCENT_POINTS.max(PERCENT_SHARE * a.max(b))
}

/// Whether claim `c` may join `w`, with a score (higher is a better fit) and the
/// reasons; or why not.
fn fit(c: &StoredClaim, w: &Work) -> Result<(f64, Vec<String>), String> {
    if w.family != family(c.kind) {
        return Err(format!("{} is not {}", c.kind.as_str(), w.family));
    }
    // The extractor already joined the mentions of one round within a document, so a
    // second claim from it is another round unless figures say otherwise.
    let same_document = w.docs.contains(&c.doc_hash.as_str());
    if c.text_date().is_none() && c.reference.is_none() && !c.has_figures() {
        return Err("no date, no publication date and no figure: nothing places it".into());
    }
    let mut score = if same_document { -2.0 } else { 0.0 };
    let mut why = Vec::new();
    let mut evidence = false;
    // Dates.
    match (c.text_date(), w.when()) {
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
            score += if gap == 0 { 4.0 } else { 2.0 };
            score -= midpoint_days(d, core).abs() as f64 / 365.0;
            why.push(if gap == 0 {
                format!("dates overlap ({} / {})", d.label(), core.label())
            } else {
                format!("dates {gap} days apart ({} / {})", d.label(), core.label())
            });
            evidence = true;
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
            why.push(format!(
                "date {} fits undated reports published {}",
                d.label(),
                published.label()
            ));
        }
        (None, Some((core, _))) => {
            let Some(r) = c.reference else {
                // Neither a date nor a publication date: nothing places it in time.
                if !c.has_figures() {
                    return Err("neither the text nor its publication is dated".into());
                }
                return fit_figures(c, w, same_document, evidence, score, why);
            };
            let after = (core.earliest - r).num_days();
            let before = (r - core.latest).num_days();
            if after > FIRM_DATE_DAYS || before > RECALL_DAYS {
                return Err(format!(
                    "no date in the text, and the round of {} does not precede its publication ({r})",
                    core.label()
                ));
            }
            if before <= RECENT_DAYS {
                // News of the day: the round is the one just reported.
                score += 3.0;
                evidence = true;
                why.push(format!(
                    "no date in the text; published {r}, just after the round of {}",
                    core.label()
                ));
            } else {
                score -= before as f64 / 365.0;
                why.push(format!(
                    "no date in the text; the round of {} precedes its publication ({r})",
                    core.label()
                ));
            }
        }
        (_, None) => {}
    }
    fit_figures(c, w, same_document, evidence, score, why)
}

/// The figures part of [`fit`]: headcounts and percentages must agree with every member.
fn fit_figures(
    c: &StoredClaim,
    w: &Work,
    same_document: bool,
    mut evidence: bool,
    mut score: f64,
    mut why: Vec<String>,
) -> Result<(f64, Vec<String>), String> {
    if c.min.is_some() || c.max.is_some() {
        let mine = (c.min, c.max);
        if let Some(other) = w.headcounts.iter().find(|h| !headcounts_agree(mine, **h)) {
            return Err(format!(
                "headcounts {} and {} differ",
                range_label(c.min, c.max).unwrap_or_default(),
                range_label(other.0, other.1).unwrap_or_default()
            ));
        }
        if let Some(first) = w.headcounts.first() {
            score += 3.0;
            why.push(format!(
                "headcounts agree ({} / {})",
                range_label(c.min, c.max).unwrap_or_default(),
                range_label(first.0, first.1).unwrap_or_default()
            ));
            evidence = true;
        }
    }
    if let Some(p) = c.percent {
        if let Some(q) = w.percents.iter().find(|q| !percents_agree(p, **q)) {
            return Err(format!("{p}% and {q}% differ"));
        }
        if let Some(q) = w.percents.first() {
            score += 3.0;
            why.push(format!("percentages agree ({p}% / {q}%)"));
            evidence = true;
        }
    }
    if same_document && !evidence {
        return Err("the same document reports it as another round".into());
    }
    // A report with figures but no date joins a round only on agreeing figures, or on
    // dates when the round itself has no figures to compare.
    if !evidence && c.has_figures() && c.text_date().is_none() {
        return Err("no date, and no figure in common".into());
    }
    if why.is_empty() {
        why.push("same company, nothing tells them apart".into());
    }
    Ok((score, why))
}

fn midpoint_days(a: Span, b: Span) -> i64 {
    let mid = |s: Span| s.earliest + (s.latest - s.earliest) / 2;
    (mid(a) - mid(b)).num_days()
}

/// Clusters the claims of one company key (see the module docs). `claims` may come in
/// any order; indexes in the result refer to it.
pub fn resolve(company_key: &str, claims: &[StoredClaim]) -> Vec<Cluster> {
    let mut order: Vec<usize> = (0..claims.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&claims[a], &claims[b]);
        (tier(x), x.canonical_key()).cmp(&(tier(y), y.canonical_key()))
    });
    let mut work: Vec<Work> = Vec::new();
    for i in order {
        let c = &claims[i];
        let mut best: Option<(usize, f64, Vec<String>)> = None;
        let mut nearest_refusal: Option<(i64, String, &str)> = None;
        for (k, w) in work.iter().enumerate() {
            match fit(c, w) {
                Ok((score, why)) => {
                    if best.as_ref().is_none_or(|b| score > b.1) {
                        best = Some((k, score, why));
                    }
                }
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
        match best {
            Some((k, _, why)) => {
                let reason = format!("joined {}: {}", work[k].label, why.join("; "));
                work[k].add(i, c, reason);
            }
            None => {
                let reason = match nearest_refusal {
                    Some((_, why, label)) => format!("new round, not {label}: {why}"),
                    None => "first report of this round".to_owned(),
                };
                work.push(Work::new(i, c, reason));
            }
        }
    }
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

/// The date a claim is placed at for listings when the text gives none.
pub fn placed_date(c: &StoredClaim) -> Option<NaiveDate> {
    c.text_date().map(|d| d.earliest).or(c.reference)
}
