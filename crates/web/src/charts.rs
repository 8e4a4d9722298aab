//! Charts as SVG made on the server: no script, readable with JavaScript off, each mark
//! a link to the rounds behind it and titled with its figures. Headcounts are ranges, so
//! a chart draws a band from the lower to the upper end, never a single point.

use crate::pages::thousands;
use crate::query::encode;
use chrono::{Datelike, NaiveDate};
use headcount_store::{EventRow, MonthTotal};
use maud::{html, Markup};

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 240.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 36.0;

/// Months drawn at most: the newest ones.
pub const MONTHS: usize = 36;

/// A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `v`.
fn nice_ceiling(v: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for m in [1, 2, 5] {
            if step.saturating_mul(m) >= v {
                return step.saturating_mul(m).max(1);
            }
        }
        step = step.saturating_mul(10);
    }
}

fn month_index(m: &str) -> Option<i32> {
    let y: i32 = m.get(0..4)?.parse().ok()?;
    let mo: i32 = m.get(5..7)?.parse().ok()?;
    Some(y * 12 + mo - 1)
}

fn month_name(i: i32) -> String {
    format!("{:04}-{:02}", i.div_euclid(12), i.rem_euclid(12) + 1)
}

fn y_axis(top: u64) -> Markup {
    let plot = HEIGHT - TOP - BOTTOM;
    html! {
        @for k in 0..=4u64 {
            @let v = top * k / 4;
            @let y = TOP + plot - plot * k as f64 / 4.0;
            line.grid x1=(LEFT) x2=(WIDTH - RIGHT) y1=(y) y2=(y) {}
            text.tick x=(LEFT - 6.0) y=(y + 4.0) text-anchor="end" { (thousands(v)) }
        }
    }
}

/// Jobs cut per month: for each month, a solid bar up to the sum of the rounds' lower
/// ends and a lighter band up to the sum of their upper ends. Months with no round are
/// drawn empty, so gaps read as gaps.
pub fn monthly(months: &[MonthTotal]) -> Markup {
    let indexed: Vec<(i32, &MonthTotal)> = months
        .iter()
        .filter_map(|m| month_index(&m.month).map(|i| (i, m)))
        .collect();
    let Some(last) = indexed.last().map(|x| x.0) else {
        return html! { p.empty { "No dated rounds yet." } };
    };
    let first = indexed
        .iter()
        .map(|x| x.0)
        .find(|&i| i > last - MONTHS as i32)
        .unwrap_or(last);
    let shown: Vec<(i32, Option<&MonthTotal>)> = (first..=last)
        .map(|i| (i, indexed.iter().find(|x| x.0 == i).map(|x| x.1)))
        .collect();
    let top = nice_ceiling(
        shown
            .iter()
            .filter_map(|x| x.1)
            .map(|m| m.max)
            .max()
            .unwrap_or(0),
    );
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let slot = plot_w / shown.len() as f64;
    let bar = (slot * 0.7).max(1.0);
    let y = |v: u64| TOP + plot_h - plot_h * v as f64 / top as f64;
    let label_every = shown.len().div_ceil(12).max(1);
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img"
            aria-label="Jobs cut per month: lower and upper ends of the reported ranges" {
            (y_axis(top))
            @for (k, (i, m)) in shown.iter().enumerate() {
                @let x = LEFT + slot * k as f64 + (slot - bar) / 2.0;
                @if let Some(m) = m {
                    a href=(format!("/events?month={}&kind=layoff", month_name(*i))) {
                        title {
                            (m.month) ": " (m.rounds) " round(s), "
                            (thousands(m.min)) "–" (thousands(m.max)) " jobs ("
                            (m.with_figure) " with a figure)"
                        }
                        rect.band x=(x) width=(bar) y=(y(m.max)) height=(y(m.min) - y(m.max)) {}
                        rect.low x=(x) width=(bar) y=(y(m.min)) height=(y(0) - y(m.min)) {}
                        // Rounds without a figure still show as a tick on the axis.
                        rect.tick-mark x=(x) width=(bar) y=(y(0) - 2.0) height="2" {}
                    }
                }
                @if k % label_every == 0 {
                    text.tick x=(x + bar / 2.0) y=(HEIGHT - BOTTOM + 16.0) text-anchor="middle" {
                        (month_name(*i))
                    }
                }
            }
            line.axis x1=(LEFT) x2=(WIDTH - RIGHT) y1=(y(0)) y2=(y(0)) {}
        }
    }
}

/// A company's rounds over time: each a band from its lower to its upper headcount,
/// as wide as its date interval (at least a few pixels), coloured by kind, linked to
/// the event. Rounds without a figure sit on the axis as a marker.
pub fn timeline(events: &[&EventRow]) -> Markup {
    let dated: Vec<(&EventRow, NaiveDate, NaiveDate)> = events
        .iter()
        .filter_map(|e| e.date.as_ref().map(|d| (*e, d.0, d.1)))
        .collect();
    let (Some(start), Some(end)) = (
        dated.iter().map(|x| x.1).min(),
        dated.iter().map(|x| x.2).max(),
    ) else {
        return html! { p.empty { "No dated rounds to draw." } };
    };
    // Whole years, so the axis reads as a calendar.
    let start = NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start);
    let end = NaiveDate::from_ymd_opt(end.year() + 1, 1, 1).unwrap_or(end);
    let days = (end - start).num_days().max(1) as f64;
    let top = nice_ceiling(
        dated
            .iter()
            .filter_map(|x| x.0.headcount_max.or(x.0.headcount_min))
            .max()
            .unwrap_or(0),
    );
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x = |d: NaiveDate| LEFT + plot_w * (d - start).num_days() as f64 / days;
    let y = |v: u64| TOP + plot_h - plot_h * v as f64 / top as f64;
    html! {
        svg.chart viewBox=(format!("0 0 {WIDTH} {HEIGHT}")) role="img"
            aria-label="The company's rounds over time, each a band from the lower to the upper headcount" {
            (y_axis(top))
            @for year in start.year()..end.year() {
                @if let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) {
                    line.grid x1=(x(d)) x2=(x(d)) y1=(TOP) y2=(y(0)) {}
                    text.tick x=(x(d) + 4.0) y=(HEIGHT - BOTTOM + 16.0) { (year) }
                }
            }
            @for (e, a, b) in &dated {
                @let w = (x(*b + chrono::Days::new(1)) - x(*a)).max(5.0);
                @let lo = e.headcount_min.or(e.headcount_max);
                // Dated to a quarter or coarser: drawn faint, the width is doubt, not size.
                @let vague = e.date.as_ref().is_some_and(|d| !matches!(d.2.as_str(), "day" | "week" | "month"));
                @let class = format!("round {}{}", e.kind, if vague { " vague" } else { "" });
                @let hi = e.headcount_max.or(e.headcount_min);
                a href=(format!("/events/{}", encode(&e.id))) {
                    title {
                        (e.company) ", " (e.kind) ", " (a) @if a != b { "–" (b) } ": "
                        (crate::pages::headcount_words(e))
                    }
                    @match (lo, hi) {
                        (Some(lo), Some(hi)) => {
                            rect class=(class) x=(x(*a)) width=(w)
                                y=(y(hi)) height=((y(lo) - y(hi)).max(2.0)) {}
                        }
                        _ => {
                            rect class=(format!("{class} unknown")) x=(x(*a)) width=(w)
                                y=(y(0) - 8.0) height="8" {}
                        }
                    }
                }
            }
            line.axis x1=(LEFT) x2=(WIDTH - RIGHT) y1=(y(0)) y2=(y(0)) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axis_tops_are_round() {
        assert_eq!(nice_ceiling(0), 1);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(1_200), 2_000);
        assert_eq!(nice_ceiling(4_001), 5_000);
        assert_eq!(nice_ceiling(u64::MAX), u64::MAX);
    }

    #[test]
    fn months_fill_gaps_and_link_to_their_rounds() {
        let m = |month: &str, min, max| MonthTotal {
            month: month.into(),
            rounds: 1,
            with_figure: 1,
            min,
            max,
        };
        let svg = monthly(&[m("2024-11", 100, 200), m("2025-02", 50, 50)]).into_string();
        assert_eq!(svg.matches("<a ").count(), 2);
        assert!(svg.contains("/events?month=2025-02&amp;kind=layoff"));
        assert!(svg.contains("2024-11: 1 round(s), 100–200 jobs"));
        // Four months on the axis: November to February.
        assert_eq!(svg.matches("class=\"tick-mark\"").count(), 2);
    }
}
