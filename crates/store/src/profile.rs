//! A company's history as a person asks about it ("is it cutting now, which teams, what
//! about severance, where does it still hire"): the pure summary behind `headcount
//! company` and the dashboard's company page, made from the company's events.

use crate::EventRow;
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::BTreeMap;

/// A value named by a company's events (a unit, a place, a severance term), with how many
/// sources name it and the events it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    pub name: String,
    pub sources: u64,
    /// Ids of the events that name it, newest first.
    pub events: Vec<String>,
}

/// How long ago a round was, as a person reads it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Recency {
    /// Its dates lie after today: announced for the future.
    Future,
    /// Within the last 90 days: cutting now.
    Now {
        days: i64,
    },
    Months(i64),
    Years(f64),
}

impl Recency {
    pub fn of(latest: NaiveDate, today: NaiveDate) -> Recency {
        let days = (today - latest).num_days();
        if days < 0 {
            Recency::Future
        } else if days <= 90 {
            Recency::Now { days }
        } else if days <= 365 {
            Recency::Months(days / 30)
        } else {
            Recency::Years(days as f64 / 365.0)
        }
    }

    pub fn describe(self) -> String {
        match self {
            Recency::Future => "announced for the future".into(),
            Recency::Now { days } => format!("{days} days ago: cutting now"),
            Recency::Months(m) => format!("{m} months ago"),
            Recency::Years(y) => format!("{y:.1} years ago"),
        }
    }
}

/// One company's events, sorted into what a person asks.
#[derive(Debug, Clone)]
pub struct Profile<'a> {
    /// Rounds of cuts (layoffs, plans, closures), newest first.
    pub cuts: Vec<&'a EventRow>,
    /// The most recent dated round, and how recent it is.
    pub last: Option<(&'a EventRow, Recency)>,
    pub units: Vec<Tally>,
    pub locations: Vec<Tally>,
    pub severance: Vec<Tally>,
    /// Events reporting that the company is hiring, and the areas they name.
    pub hiring: Vec<&'a EventRow>,
    pub hiring_areas: Vec<Tally>,
    /// Running totals: reported, never added to the rounds.
    pub totals: Vec<&'a EventRow>,
}

impl<'a> Profile<'a> {
    /// The profile of a company's events (newest first, as the store lists them).
    pub fn of(events: &'a [EventRow], today: NaiveDate) -> Profile<'a> {
        let parsed: Vec<(&EventRow, Value)> = events
            .iter()
            .map(|e| (e, serde_json::from_str(&e.json).unwrap_or(Value::Null)))
            .collect();
        let is_cut = |e: &EventRow| matches!(e.kind.as_str(), "layoff" | "plan" | "closure");
        let cuts: Vec<&(&EventRow, Value)> = parsed.iter().filter(|(e, _)| is_cut(e)).collect();
        let hiring: Vec<&(&EventRow, Value)> =
            parsed.iter().filter(|(e, _)| e.kind == "hiring").collect();
        let last = cuts
            .iter()
            .filter_map(|(e, _)| e.date.as_ref().map(|d| (d.1, *e)))
            .max_by_key(|x| x.0)
            .map(|(latest, e)| (e, Recency::of(latest, today)));
        Profile {
            cuts: cuts.iter().map(|(e, _)| *e).collect(),
            last,
            units: tally(&cuts, "units"),
            locations: tally(&cuts, "locations"),
            severance: tally(&cuts, "severance"),
            hiring: hiring.iter().map(|(e, _)| *e).collect(),
            hiring_areas: tally(&hiring, "units"),
            totals: parsed
                .iter()
                .filter(|(e, _)| e.kind == "cumulative")
                .map(|(e, _)| *e)
                .collect(),
        }
    }
}

/// The values of one list field of the events (`{"name", "sources"}` objects or plain
/// strings), merged without regard to case, most sources first.
fn tally(events: &[&(&EventRow, Value)], field: &str) -> Vec<Tally> {
    let mut counts: BTreeMap<String, Tally> = BTreeMap::new();
    for (e, json) in events {
        for (name, sources) in crate::named_values(json, field) {
            let t = counts.entry(name.to_lowercase()).or_insert_with(|| Tally {
                name: name.to_owned(),
                sources: 0,
                events: Vec::new(),
            });
            t.sources += sources.unwrap_or(1);
            if !t.events.contains(&e.id) {
                t.events.push(e.id.clone());
            }
        }
    }
    let mut v: Vec<Tally> = counts.into_values().collect();
    v.sort_by(|a, b| b.sources.cmp(&a.sources).then(a.name.cmp(&b.name)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(id: &str, kind: &str, date: &str, json: &str) -> EventRow {
        let d = NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap();
        EventRow {
            id: id.into(),
            company: "Acme".into(),
            parent: None,
            kind: kind.into(),
            date: Some((d, d, "day".into())),
            headcount_min: Some(100),
            headcount_max: Some(100),
            percent: None,
            sources: 1,
            json: json.into(),
        }
    }

    #[test]
    fn rounds_totals_and_hiring_are_kept_apart() {
        let today = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
        let events = vec![
            event("e3", "hiring", "2025-07-20", r#"{"units":["AI research"]}"#),
            event(
                "e2",
                "layoff",
                "2025-07-17",
                r#"{"units":[{"name":"Cloud unit","sources":3}],"locations":["Seattle"],
                    "severance":[{"name":"60 days of pay","sources":1}]}"#,
            ),
            event("e1", "cumulative", "2025-01-01", r#"{}"#),
            event(
                "e0",
                "plan",
                "2024-01-10",
                r#"{"units":[{"name":"cloud UNIT","sources":1}]}"#,
            ),
        ];
        let p = Profile::of(&events, today);
        assert_eq!(
            p.cuts.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["e2", "e0"]
        );
        let (last, recency) = p.last.unwrap();
        assert_eq!(last.id, "e2");
        assert_eq!(recency, Recency::Now { days: 15 });
        assert_eq!(p.units.len(), 1, "one unit without regard to case");
        assert_eq!(
            (p.units[0].sources, p.units[0].events.clone()),
            (4, vec!["e2".into(), "e0".into()])
        );
        assert_eq!(p.locations[0].name, "Seattle");
        assert_eq!(p.severance[0].name, "60 days of pay");
        assert_eq!(p.hiring_areas[0].name, "AI research");
        assert_eq!(p.totals[0].id, "e1");
    }

    #[test]
    fn recency_reads_like_a_person() {
        let today = NaiveDate::from_ymd_opt(2025, 8, 1).unwrap();
        let ago = |d: i64| Recency::of(today - chrono::Days::new(d as u64), today).describe();
        assert_eq!(ago(3), "3 days ago: cutting now");
        assert_eq!(ago(200), "6 months ago");
        assert_eq!(ago(730), "2.0 years ago");
        assert_eq!(
            Recency::of(today + chrono::Days::new(5), today).describe(),
            "announced for the future"
        );
    }
}
