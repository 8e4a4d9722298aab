//! Linking official notices to the rounds the reports tell of.
//!
//! News reports and tracker rows are clustered into rounds by [`resolve`](crate::resolve)'s
//! rules; WARN notices are placed afterwards, by the rules here, so that they never change
//! how reports are grouped among themselves:
//! - `warn-sites`: a company files one notice per site (and per state), on days a few
//!   weeks apart; notices of one company family within `SITE_ROUND_DAYS` of the first
//!   notice of a round are that round. A closure notice (a site closing, its staff laid
//!   off) and a layoff notice of the same weeks are one round too.
//! - `warn-follows-news`: a round's notices are filed from `NOTICE_BEFORE_DAYS` before the
//!   round's date (filed before the news broke) to `NOTICE_AFTER_DAYS` after it (the
//!   filing weeks after the announcement); their effective dates, 60 days or more after
//!   the filing, are not before the round. Among the rounds that fit, the nearest wins,
//!   a notice after the round counting half as far as one before it. Only rounds with a
//!   firm date (a day or a month) or reports' publication dates are linked: "in 2022"
//!   says too little to tie a notice to.
//!
//! Figures do not decide: a notice counts one site, a report the company's whole round,
//! so they differ by design; [`reconcile`](crate::reconcile()) adds the sites up and
//! states where the official count contradicts the reports.

use crate::model::{Span, StoredClaim};
use chrono::NaiveDate;
use headcount_extract::{Kind, Precision};

/// Notices filed within this many days of a round's first notice are its other sites.
pub const SITE_ROUND_DAYS: i64 = 30;
/// A notice may be filed this long before the round's date (before the news broke)...
pub const NOTICE_BEFORE_DAYS: i64 = 30;
/// ...and this long after it (60 days' notice is the law; the filing follows the news).
pub const NOTICE_AFTER_DAYS: i64 = 90;
/// An effective date this long before the round's date tells an earlier round.
const EFFECTIVE_SLACK_DAYS: i64 = 7;

/// The day a notice was filed: its notice date, its received date, else its claim date.
pub fn filed(c: &StoredClaim) -> Option<NaiveDate> {
    c.record
        .as_ref()
        .and_then(|r| r.filed())
        .or(c.date.map(|d| d.earliest))
}

/// The notices of one round, in filing order.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeGroup {
    pub members: Vec<usize>,
    /// Why each member is in the group (`warn-sites`).
    pub reasons: Vec<String>,
    pub first: Option<NaiveDate>,
    /// The latest effective date that is not before its own notice (a typo).
    pub effective: Option<NaiveDate>,
}

/// Whether a claim is a WARN notice's kind of cut (the notices of a round group together).
fn cuts(k: Kind) -> bool {
    matches!(k, Kind::Layoff | Kind::Plan | Kind::Closure)
}

/// Rule `warn-sites`: groups the notices `idx` of one company family into rounds.
pub fn group_notices(claims: &[StoredClaim], idx: &[usize]) -> Vec<NoticeGroup> {
    let mut order: Vec<usize> = idx.to_vec();
    order.sort_by(|&a, &b| {
        let (x, y) = (&claims[a], &claims[b]);
        (filed(x).is_none(), filed(x), x.canonical_key()).cmp(&(
            filed(y).is_none(),
            filed(y),
            y.canonical_key(),
        ))
    });
    let mut groups: Vec<NoticeGroup> = Vec::new();
    for i in order {
        let c = &claims[i];
        let day = filed(c);
        let effective = c
            .record
            .as_ref()
            .and_then(|r| r.effective_date)
            .filter(|e| day.is_none_or(|d| *e >= d));
        // Sorted by filing day: only the last group can still be open.
        let open = groups.last_mut().filter(|g| {
            cuts(c.kind)
                && g.members.iter().all(|&m| cuts(claims[m].kind))
                && match (g.first, day) {
                    (Some(f), Some(d)) => (d - f).num_days() <= SITE_ROUND_DAYS,
                    _ => false,
                }
        });
        match open {
            Some(g) => {
                let first = g.first.unwrap_or_default();
                g.reasons.push(format!(
                    "notice of {} filed {} days after the round's first notice of {first} (warn-sites)",
                    day.map(|d| d.to_string()).unwrap_or_default(),
                    day.map_or(0, |d| (d - first).num_days()),
                ));
                g.members.push(i);
                g.effective = g.effective.max(effective);
            }
            None => groups.push(NoticeGroup {
                members: vec![i],
                reasons: vec!["first notice of this round (warn-sites)".into()],
                first: day,
                effective,
            }),
        }
    }
    groups
}

/// What linking needs to know of a round of reports.
#[derive(Debug, Clone, Copy)]
pub struct RoundView {
    /// Whether the round is cuts or a closure (running totals and hiring take no notices).
    pub takes_notices: bool,
    /// The round's dates, and whether they come from the reports' text (else from their
    /// publication dates).
    pub when: Option<(Span, bool)>,
}

/// Rule `warn-follows-news`: the round (an index into `rounds`) a group of notices belongs
/// to, with the reason; `None` when no round fits.
pub fn attach(group: &NoticeGroup, rounds: &[RoundView]) -> Option<(usize, String)> {
    let first = group.first?;
    let mut best: Option<(i64, usize, String)> = None;
    for (k, r) in rounds.iter().enumerate() {
        if !r.takes_notices {
            continue;
        }
        let Some((span, from_text)) = r.when else {
            continue;
        };
        if from_text && !matches!(span.precision, Precision::Day | Precision::Month) {
            continue;
        }
        let before = (span.earliest - first).num_days();
        let after = (first - span.latest).num_days();
        if before > NOTICE_BEFORE_DAYS || after > NOTICE_AFTER_DAYS {
            continue;
        }
        if let Some(e) = group.effective {
            if (span.earliest - e).num_days() > EFFECTIVE_SLACK_DAYS {
                continue;
            }
        }
        let cost = if before > 0 { 2 * before } else { after.max(0) };
        let why = if before > 0 {
            format!(
                "its notices, first filed {first}, {before} days before the round of {} (warn-follows-news)",
                span.label()
            )
        } else if after > 0 {
            format!(
                "its notices, first filed {first}, {after} days after the round of {} (warn-follows-news)",
                span.label()
            )
        } else {
            format!(
                "its notices, first filed {first}, within the round of {} (warn-follows-news)",
                span.label()
            )
        };
        if best.as_ref().is_none_or(|b| cost < b.0) {
            best = Some((cost, k, why));
        }
    }
    best.map(|(_, k, why)| (k, why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{SourceType, TableRecord};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn notice(name: &str, kind: Kind, filed: &str, effective: Option<&str>) -> StoredClaim {
        StoredClaim {
            claim_id: 0,
            doc_hash: format!("hash-{name}"),
            doc_path: format!("{name}.csv"),
            doc_title: None,
            doc_url: None,
            doc_outlet: Some("WARN CA".into()),
            published: Some(day(filed)),
            reference: Some(day(filed)),
            ordinal: 0,
            kind,
            company: "Acme".into(),
            company_key: "acme".into(),
            parent: None,
            aliases: Vec::new(),
            date: Some(Span {
                earliest: day(filed),
                latest: day(filed),
                precision: Precision::Day,
            }),
            date_text: filed.into(),
            headcount_text: None,
            min: None,
            max: None,
            percent: None,
            units: Vec::new(),
            locations: Vec::new(),
            reasons: Vec::new(),
            severance: None,
            confidence: 0.95,
            source_type: SourceType::Warn,
            record: Some(TableRecord {
                notice_date: Some(day(filed)),
                effective_date: effective.map(day),
                state: Some("CA".into()),
                ..Default::default()
            }),
        }
    }

    fn round(a: &str, b: &str, p: Precision) -> RoundView {
        RoundView {
            takes_notices: true,
            when: Some((
                Span {
                    earliest: day(a),
                    latest: day(b),
                    precision: p,
                },
                true,
            )),
        }
    }

    #[test]
    fn sites_of_one_round_are_filed_within_weeks() {
        let claims = [
            notice("emeryville", Kind::Layoff, "2021-09-23", Some("2021-11-22")),
            notice("second", Kind::Layoff, "2021-10-21", Some("2021-12-20")),
            notice("closing", Kind::Closure, "2021-10-01", None),
            // Near miss: two months after the first notice is another round.
            notice("later", Kind::Layoff, "2021-11-30", None),
        ];
        let groups = group_notices(&claims, &[3, 1, 0, 2]);
        let members: Vec<Vec<usize>> = groups.iter().map(|g| g.members.clone()).collect();
        assert_eq!(members, [vec![0, 2, 1], vec![3]]);
        assert_eq!(groups[0].first, Some(day("2021-09-23")));
        assert_eq!(groups[0].effective, Some(day("2021-12-20")));
        assert!(
            groups[0].reasons[2].contains("28 days after"),
            "{:?}",
            groups[0].reasons
        );
    }

    #[test]
    fn an_effective_date_before_its_notice_is_a_typo() {
        let claims = [notice(
            "typo",
            Kind::Layoff,
            "2020-12-02",
            Some("2020-01-31"),
        )];
        assert_eq!(group_notices(&claims, &[0])[0].effective, None);
    }

    #[test]
    fn notices_follow_the_news_by_weeks() {
        let g = |first: &str, effective: Option<&str>| NoticeGroup {
            members: vec![0],
            reasons: vec![String::new()],
            first: Some(day(first)),
            effective: effective.map(day),
        };
        let rounds = [
            round("2021-09-23", "2021-09-23", Precision::Day),
            round("2022-07-25", "2022-07-25", Precision::Day),
        ];
        // The same day, five weeks after, and a week before the news.
        for first in ["2021-09-23", "2021-10-28", "2021-09-16"] {
            assert_eq!(
                attach(&g(first, None), &rounds).map(|a| a.0),
                Some(0),
                "{first}"
            );
        }
        // Near misses: four months after, two months before, an effective date long
        // before the round.
        assert_eq!(attach(&g("2022-01-30", None), &rounds), None);
        assert_eq!(attach(&g("2021-07-20", None), &rounds), None);
        assert_eq!(
            attach(&g("2022-07-01", Some("2022-07-04")), &rounds).map(|a| a.0),
            None
        );
        // A notice after one round and before the next goes to the nearer, counting a
        // notice before a round twice as far.
        let close = [
            round("2023-01-10", "2023-01-10", Precision::Day),
            round("2023-02-20", "2023-02-20", Precision::Day),
        ];
        assert_eq!(attach(&g("2023-02-05", None), &close).map(|a| a.0), Some(0));
        assert_eq!(attach(&g("2023-02-15", None), &close).map(|a| a.0), Some(1));
        // A round dated only by its year takes no notice; a month does.
        assert_eq!(
            attach(
                &g("2021-09-23", None),
                &[round("2021-01-01", "2021-12-31", Precision::Year)]
            ),
            None
        );
        assert!(attach(
            &g("2021-10-05", None),
            &[round("2021-09-01", "2021-09-30", Precision::Month)]
        )
        .is_some());
    }
}
