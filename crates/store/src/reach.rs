//! Reach: the days within which a claim can change how its company family resolves, so
//! that a write re-resolves only the part of a family its new claims can touch.
//!
//! [`resolve`](crate::resolve()) is a pure function of a family's claims, and its rules
//! only ever compare dates within bounded windows. So each claim has a *lane* (the kinds
//! it can share a round with) and a *reach*: an interval of days such that two claims
//! whose reaches do not meet (transitively, through other claims of the lane) never
//! share a round and never name each other in a reason. The claims of a lane fall into
//! connected parts ("components": the claims whose reaches chain together), and
//! resolving each part alone gives exactly the clusters of resolving the whole family.
//!
//! Why the windows below suffice, rule by rule (`M` is a day of margin):
//! - `dates-first`: a claim with a text date `d` fits a round only within
//!   `FIRM_DATE_DAYS` of the round's core, the hull of its members' finest text dates.
//!   Each member joined within that distance of the core at the time, so the core lies
//!   inside the union of its members' reaches `[d.earliest − 7 − M, d.latest + 7 + M]`.
//! - `undated-before-publication`: a claim with no text date, published `r` (and dated
//!   `date` from elsewhere), fits a round whose dates lie in `[r − RECALL_DAYS, r + 7]`;
//!   rounds of such claims take their dates from `date`. Its reach is
//!   `[min(r, date.earliest) − RECALL_DAYS − 7 − M, max(r, date.latest) + 7 + M]`: a
//!   round of dated reports it recalls, or a dated report that a round of undated
//!   reports recalls (`RECALL_DAYS` after it), lies within it.
//! - `warn-sites` and `warn-follows-news`: a notice filed `f` groups with notices filed
//!   within `SITE_ROUND_DAYS` after the group's first, and the group joins a round from
//!   `NOTICE_AFTER_DAYS` before its first filing to `NOTICE_BEFORE_DAYS` after it; so
//!   the reach is `[f − SITE_ROUND_DAYS − NOTICE_AFTER_DAYS − M, f + SITE_ROUND_DAYS + M]`.
//! - Unbounded: a claim nothing places in time (no text date and no publication date,
//!   or no date at all: rule `undated-twins` lets it join any round on a precise figure),
//!   a notice with no filing day, every hiring mention (rule `hiring-profile`: one round
//!   per company whatever the dates), and any reach longer than [`MAX_REACH_DAYS`] (so
//!   that a bounded reach can be found by an index scan of a bounded window). A lane
//!   with an unbounded claim is resolved whole.
//! - The nearest refusal named in a reason ("new round, not X: dates 40 days apart")
//!   only looks at rounds whose reach meets the claim's (see `resolve`), so reasons do
//!   not depend on far-off rounds either.
//!
//! Lanes: cuts, closures and WARN notices (`main`), running totals (`cumulative`) and
//! hiring mentions (`hiring`): rule `kinds` keeps the last two apart from everything.
//! The property test in `tests/incremental.rs` checks the claim of this module: the
//! events of any arrival order, written in any batches, equal those of one full
//! re-resolution.

use crate::link::{self, NOTICE_AFTER_DAYS, SITE_ROUND_DAYS};
use crate::model::{ended_by_report, NewDocument, SourceType, Span, StoredClaim};
use chrono::{Datelike, NaiveDate};
use headcount_extract::{Claim, Kind};

/// What a claim's reach depends on.
struct ReachInput {
    kind: Kind,
    source_type: SourceType,
    /// The date its text gave, read against publication (`StoredClaim::text_date`).
    text_date: Option<Span>,
    /// Its date from anywhere (the text, else the publication or the URL).
    date: Option<Span>,
    reference: Option<NaiveDate>,
    /// A notice's filing day (`link::filed`).
    filed: Option<NaiveDate>,
}

/// A day of margin on each side of every window.
const MARGIN: i64 = 1;
/// Reaches longer than this are stored as unbounded, so that a lookup by reach scans an
/// index window of at most this many days before the interval it looks for.
pub const MAX_REACH_DAYS: i64 = 1200;

/// The kinds a claim can share a round with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    Main,
    Cumulative,
    Hiring,
}

impl Lane {
    pub fn as_str(self) -> &'static str {
        match self {
            Lane::Main => "main",
            Lane::Cumulative => "cumulative",
            Lane::Hiring => "hiring",
        }
    }

    pub fn parse(s: &str) -> Option<Lane> {
        [Lane::Main, Lane::Cumulative, Lane::Hiring]
            .into_iter()
            .find(|l| l.as_str() == s)
    }
}

/// A claim's lane and reach, in day numbers ([`day_number`]); `days` is `None` when
/// unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    pub lane: Lane,
    pub days: Option<(i64, i64)>,
}

/// A date as a day number (days from 1 January of year 1), the unit reaches are stored in.
pub fn day_number(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

impl Reach {
    /// The lane and reach of a claim (see the module docs).
    pub fn of(c: &StoredClaim) -> Reach {
        Reach::from_parts(&ReachInput {
            kind: c.kind,
            source_type: c.source_type,
            text_date: c.text_date(),
            date: c.date,
            reference: c.reference,
            filed: link::filed(c),
        })
    }

    /// The lane and reach of a claim about to be written (the same as [`Reach::of`] the
    /// stored claim).
    pub fn of_new(doc: &NewDocument, c: &Claim) -> Reach {
        let date = c.date.as_ref().map(|d| Span {
            earliest: d.earliest,
            latest: d.latest,
            precision: d.precision,
        });
        let reference = doc.reference_date();
        let text_date = c
            .date
            .as_ref()
            .filter(|d| !d.text.is_empty())
            .zip(date)
            .map(|(_, d)| ended_by_report(c.kind, d, reference));
        let filed = doc
            .record
            .as_ref()
            .and_then(|r| r.filed())
            .or(date.map(|d| d.earliest));
        Reach::from_parts(&ReachInput {
            kind: c.kind,
            source_type: doc.source_type,
            text_date,
            date,
            reference,
            filed,
        })
    }

    fn from_parts(c: &ReachInput) -> Reach {
        let lane = match (c.source_type, c.kind) {
            (SourceType::Warn, _) => Lane::Main,
            (_, Kind::Cumulative) => Lane::Cumulative,
            (_, Kind::Hiring) => Lane::Hiring,
            _ => Lane::Main,
        };
        let days = match lane {
            Lane::Hiring => None,
            _ if c.source_type == SourceType::Warn => c.filed.map(|f| {
                let f = day_number(f);
                (
                    f - SITE_ROUND_DAYS - NOTICE_AFTER_DAYS - MARGIN,
                    f + SITE_ROUND_DAYS + MARGIN,
                )
            }),
            _ => match (c.text_date, c.reference, c.date) {
                (Some(d), _, _) => Some((
                    day_number(d.earliest) - FIRM - MARGIN,
                    day_number(d.latest) + FIRM + MARGIN,
                )),
                (None, Some(r), Some(d)) => Some((
                    day_number(r.min(d.earliest)) - RECALL - FIRM - MARGIN,
                    day_number(r.max(d.latest)) + FIRM + MARGIN,
                )),
                _ => None,
            },
        };
        Reach {
            lane,
            days: days.filter(|(lo, hi)| hi - lo <= MAX_REACH_DAYS),
        }
    }

    /// Whether two reaches of one lane meet.
    pub fn meets(&self, o: &Reach) -> bool {
        self.lane == o.lane
            && match (self.days, o.days) {
                (Some((a, b)), Some((c, d))) => a <= d && c <= b,
                _ => true,
            }
    }
}

use crate::resolve::{FIRM_DATE_DAYS as FIRM, RECALL_DAYS as RECALL};

/// The parts of one lane that a write must re-resolve, as disjoint windows of days: every
/// claim whose reach meets a window, found by widening each window until no such claim
/// reaches beyond it (and merging windows that come to meet). Each window then holds
/// whole components, and no claim meets two windows. `lookup(lo, hi)` returns the hull
/// of the stored reaches meeting `[lo, hi]`; the result is `None` when the whole lane
/// must be resolved (a seed is unbounded). Pure, so that a backend's query loop and the
/// tests share it.
pub fn component_windows<E>(
    seeds: impl IntoIterator<Item = Reach>,
    mut lookup: impl FnMut(i64, i64) -> Result<Option<(i64, i64)>, E>,
) -> Result<Option<Vec<(i64, i64)>>, E> {
    let mut windows = Vec::new();
    for s in seeds {
        let Some(days) = s.days else {
            return Ok(None);
        };
        windows.push(days);
    }
    let mut windows = merged(windows);
    loop {
        let hulls = windows
            .iter()
            .map(|&(lo, hi)| lookup(lo, hi))
            .collect::<Result<Vec<_>, E>>()?;
        let grown = widened(&windows, &hulls);
        if grown == windows {
            return Ok(Some(windows));
        }
        windows = grown;
    }
}

/// One round of widening: each window grown to the hull of the reaches meeting it
/// (`hulls[i]` for `windows[i]`, `None` when none does), then merged. Windows are closed
/// when this gives them back unchanged.
pub fn widened(windows: &[(i64, i64)], hulls: &[Option<(i64, i64)>]) -> Vec<(i64, i64)> {
    merged(
        windows
            .iter()
            .zip(hulls)
            .map(|(&(lo, hi), hull)| match *hull {
                Some((a, b)) => (lo.min(a), hi.max(b)),
                None => (lo, hi),
            })
            .collect(),
    )
}

/// Sorted, with overlapping windows merged.
pub fn merged(mut windows: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    windows.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::with_capacity(windows.len());
    for (lo, hi) in windows {
        match out.last_mut() {
            Some(last) if lo <= last.1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{claim, day};
    use headcount_extract::Precision;

    #[test]
    fn a_dated_report_reaches_a_week_beyond_its_dates() {
        let c = claim(
            "a",
            Some("2024-03-10"),
            Kind::Layoff,
            Some(("2024-03-05", "2024-03-05", Precision::Day)),
            Some((100, 100)),
            None,
        );
        let r = Reach::of(&c);
        let d = day_number(day("2024-03-05"));
        assert_eq!(
            r,
            Reach {
                lane: Lane::Main,
                days: Some((d - 8, d + 8))
            }
        );
    }

    #[test]
    fn an_undated_report_reaches_back_as_far_as_it_may_recall() {
        let mut c = claim(
            "a",
            Some("2024-03-10"),
            Kind::Layoff,
            None,
            Some((100, 100)),
            None,
        );
        c.date = Some(crate::model::Span {
            earliest: day("2024-03-10"),
            latest: day("2024-03-10"),
            precision: Precision::Day,
        });
        let r = Reach::of(&c).days.unwrap();
        let p = day_number(day("2024-03-10"));
        assert_eq!(r, (p - RECALL - FIRM - 1, p + FIRM + 1));
    }

    #[test]
    fn unplaced_claims_hiring_and_overlong_dates_are_unbounded() {
        // No date in the text and no publication date (rule undated-twins).
        let c = claim("a", None, Kind::Layoff, None, Some((100, 100)), None);
        assert_eq!(Reach::of(&c).days, None);
        let h = claim(
            "b",
            Some("2024-03-10"),
            Kind::Hiring,
            Some(("2024-03-05", "2024-03-05", Precision::Day)),
            None,
            None,
        );
        assert_eq!(
            Reach::of(&h),
            Reach {
                lane: Lane::Hiring,
                days: None
            }
        );
        // "between 2019 and 2024": longer than any index window.
        let long = claim(
            "c",
            Some("2024-03-10"),
            Kind::Plan,
            Some(("2019-01-01", "2024-12-31", Precision::Year)),
            None,
            None,
        );
        assert_eq!(Reach::of(&long).days, None);
        // Near miss: a year is bounded.
        let year = claim(
            "d",
            Some("2024-03-10"),
            Kind::Plan,
            Some(("2024-01-01", "2024-12-31", Precision::Year)),
            None,
            None,
        );
        assert!(Reach::of(&year).days.is_some());
    }

    #[test]
    fn the_window_grows_until_no_reach_crosses_it() {
        // Reaches [0, 10], [8, 20], [19, 30] chain; [40, 50] stands apart.
        let stored = [(0, 10), (8, 20), (19, 30), (40, 50)];
        let lookup = |lo: i64, hi: i64| -> Result<_, ()> {
            let meet: Vec<_> = stored
                .iter()
                .filter(|(a, b)| *a <= hi && lo <= *b)
                .collect();
            Ok(meet
                .iter()
                .map(|r| **r)
                .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1))))
        };
        let at = |lo, hi| Reach {
            lane: Lane::Main,
            days: Some((lo, hi)),
        };
        let (seed, far) = (at(0, 5), at(45, 46));
        assert_eq!(component_windows([seed], lookup), Ok(Some(vec![(0, 30)])));
        assert_eq!(component_windows([far], lookup), Ok(Some(vec![(40, 50)])));
        // Two seeds far apart stay two windows: the days between are not loaded.
        assert_eq!(
            component_windows([seed, far], lookup),
            Ok(Some(vec![(0, 30), (40, 50)]))
        );
        // Near miss: a seed that bridges them makes one window.
        assert_eq!(
            component_windows([seed, far, at(29, 41)], lookup),
            Ok(Some(vec![(0, 50)]))
        );
        let unbounded = Reach {
            lane: Lane::Main,
            days: None,
        };
        assert_eq!(component_windows([seed, unbounded], lookup), Ok(None));
    }
}
