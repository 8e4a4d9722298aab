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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// A claim of document `doc` (published `published`), dated `date` in its text
    /// ("" for none), with figures.
    fn claim(
        doc: &str,
        published: Option<&str>,
        kind: Kind,
        date: Option<(&str, &str, Precision)>,
        count: Option<(u64, u64)>,
        percent: Option<f64>,
    ) -> StoredClaim {
        StoredClaim {
            claim_id: 0,
            doc_hash: format!("hash-{doc}"),
            doc_path: format!("{doc}.json"),
            doc_title: None,
            doc_url: None,
            doc_outlet: None,
            published: published.map(day),
            reference: published.map(day),
            ordinal: 0,
            kind,
            company: "Acme".into(),
            company_key: "acme".into(),
            parent: None,
            aliases: Vec::new(),
            date: date.map(|(a, b, precision)| Span {
                earliest: day(a),
                latest: day(b),
                precision,
            }),
            date_text: if date.is_some() {
                "on Tuesday".into()
            } else {
                String::new()
            },
            headcount_text: None,
            min: count.map(|c| c.0),
            // u64::MAX stands for an open bound ("at least 1,200").
            max: count.map(|c| c.1).filter(|&m| m != u64::MAX),
            percent,
            units: Vec::new(),
            locations: Vec::new(),
            reasons: Vec::new(),
            severance: None,
            confidence: 0.8,
        }
    }

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
            bare.reasons[0].contains("nothing places it"),
            "{:?}",
            bare.reasons
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
