//! One long page of layoff reports: a tracker or round-up that names hundreds of
//! companies, in the sentence shapes real reports use, for the extractor's scaling test
//! and its long-document bench.
//!
//! Most sentences name a company, many of them a new one (names are built from three
//! word tables, so a page of 40,000 sentences still names thousands of distinct firms);
//! others refer back to one named earlier ("the company", "it", a repeated name or a
//! longer form of it, an acronym given in brackets), state a parent, deny cuts, break a
//! figure down, list the teams hit, or are tracker rows. So the extractor's per-document
//! passes (names, aliases, parents, denials, grouping frames into claims, units,
//! severance) all see many items.

use crate::{Rng, MONTHS, WEEKDAYS};

const FIRST: &[&str] = &[
    "Alder", "Birch", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor", "Iris", "Juniper",
    "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx", "Pioneer", "Quartz", "Raven", "Sable", "Tundra",
    "Umber", "Vertex", "Willow", "Zephyr", "Atlas", "Beacon", "Cedar", "Dune", "Echo", "Fjord",
];
const MIDDLE: &[&str] = &[
    "Bay", "Peak", "River", "Stone", "North", "Blue", "Red", "Silver", "Summit", "Crest", "Lake",
    "Ridge", "Valley", "Forge", "Bright", "Clear",
];
const LAST: &[&str] = &[
    "Robotics",
    "Logistics",
    "Software",
    "Foods",
    "Motors",
    "Pharma",
    "Energy",
    "Networks",
    "Retail",
    "Media",
    "Bank",
    "Airlines",
    "Analytics",
    "Biotech",
    "Semiconductor",
    "Insurance",
    "Telecom",
    "Apparel",
    "Games",
    "Health",
];
const SUFFIXES: &[&str] = &["", "", "", " Inc.", " Corp", " Group", " Ltd", " Holdings"];
const PLACES: &[&str] = &[
    "Ohio",
    "Texas",
    "Berlin",
    "Dublin",
    "Toronto",
    "Austin",
    "Seattle",
    "Bangalore",
    "Manchester",
    "Lyon",
];
const TEAMS: &[&str] = &[
    "customer support",
    "recruiting",
    "sales",
    "marketing",
    "engineering",
    "finance",
];

/// A company of the page: its name and, when it was introduced with one, its acronym.
struct Firm {
    name: String,
    acronym: Option<String>,
}

fn new_firm(rng: &mut impl Rng) -> Firm {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let (name, acronym) = if rng.range(0, 3) == 0 {
        let middle = rng.pick(MIDDLE);
        (
            format!("{first} {middle} {last}"),
            format!("{}{}{}", &first[..1], &middle[..1], &last[..1]),
        )
    } else {
        (
            format!("{first} {last}"),
            format!("{}{}", &first[..1], &last[..1]),
        )
    };
    let suffix = rng.pick(SUFFIXES);
    Firm {
        name: format!("{name}{suffix}"),
        acronym: (rng.range(0, 6) == 0).then_some(acronym),
    }
}

/// A page of `sentences` sentences (a few lines more for the lists), in paragraphs of
/// one to six sentences. The same seed gives the same page.
pub fn layoff_page(rng: &mut impl Rng, sentences: usize) -> String {
    let mut out = String::new();
    let mut firms: Vec<Firm> = Vec::new();
    let mut in_paragraph = 0;
    let mut paragraph_len = 1;
    // The last sentence was a line of its own (a list, a tracker row).
    let mut line = false;
    for _ in 0..sentences {
        if in_paragraph == paragraph_len {
            out.push_str("\n\n");
            in_paragraph = 0;
            paragraph_len = rng.range(1, 7);
        } else if in_paragraph > 0 {
            out.push(if line { '\n' } else { ' ' });
        }
        in_paragraph += 1;
        // A new company, or one named before: mostly a recent one, sometimes one from
        // far back on the page.
        let fresh = firms.is_empty() || rng.range(0, 10) < 6;
        if fresh {
            let f = new_firm(rng);
            firms.push(f);
        }
        let back = if fresh || rng.range(0, 4) > 0 {
            rng.range(0, firms.len().min(5) as u64) as usize
        } else {
            rng.range(0, firms.len() as u64) as usize
        };
        let k = if fresh {
            firms.len() - 1
        } else {
            firms.len() - 1 - back
        };
        let name = firms[k].name.clone();
        let acronym = firms[k].acronym.clone();
        let (n, big) = (rng.range(2, 990), rng.range(1000, 30000));
        let (day, month) = (rng.pick(WEEKDAYS), rng.pick(MONTHS));
        let year = rng.range(2019, 2026);
        let place = rng.pick(PLACES);
        let team = rng.pick(TEAMS);
        let s = match rng.range(0, 20) {
            0 | 1 => format!("{name} laid off {n} workers on {day}."),
            2 => format!(
                "{name} said it would cut {} percent of its staff by {month} {year}.",
                n % 40 + 1
            ),
            3 => match &acronym {
                Some(a) if fresh => format!("{name} ({a}) announced {big} job cuts in {month}."),
                Some(a) => format!("{a} confirmed the layoffs of {n} employees in {place}."),
                None => format!("{name} will eliminate {big} jobs, the company said."),
            },
            4 => "The company said the cuts would hit its customer support division.".into(),
            5 => format!("It plans to close its plant in {place}, affecting {n} jobs."),
            6 => format!("The carrier's parent company, {name}, said the cuts were final."),
            7 => format!("{name} denied reports that it would lay off {n} staff."),
            8 => format!("Shares of {name} rose {} percent on {day}.", n % 9 + 1),
            9 => format!(
                "About {} of the layoffs are in {place}, and {} in Texas.",
                n / 2 + 1,
                n / 3 + 1
            ),
            10 => format!("Other areas likely impacted include {team} and sales."),
            11 => format!(
                "The cuts at {name} affect these teams:\n- Engineering\n- {team}\n- Operations"
            ),
            12 => format!(
                "{name} • {place} • {n} employees ({}%) • Source",
                n % 30 + 1
            ),
            13 => format!("{name} will lay off another {n} employees."),
            14 => format!("{name} has cut {big} jobs since {year}."),
            15 => format!("{name} is hiring {n} engineers in {place}."),
            16 => "Affected employees will receive 16 weeks of severance pay.".into(),
            17 => format!("{name} Europe cut {n} roles in {month} {year}, a spokesperson said."),
            18 => format!(
                "In {month}, {name} trimmed {n} positions as demand slowed, {}.",
                rng.pick(&["the company said", "it said", "according to a memo"])
            ),
            _ => format!("The layoffs at {name} come after a hiring spree in {year}."),
        };
        // Lists and tracker rows are lines of their own.
        line = s.contains('•') || s.contains('\n');
        if line && out.ends_with(' ') {
            out.pop();
            out.push('\n');
        }
        out.push_str(&s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::XorShift;

    #[test]
    fn pages_are_deterministic_and_sized() {
        let a = layoff_page(&mut XorShift::new(5), 300);
        let b = layoff_page(&mut XorShift::new(5), 300);
        assert_eq!(a, b);
        // One full stop a sentence, at least (a few names end with "Inc.").
        assert!(a.matches(". ").count() + a.matches(".\n").count() >= 250);
        assert!(a.len() > 300 * 30);
    }
}
