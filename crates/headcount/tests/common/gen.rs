//! A generated news dump for the ingest tests (crash, concurrency, lost connections):
//! templates written for these tests, no third-party text. Plain news with layoff reports
//! of invented companies scattered through it (several rounds each, several outlets and
//! wordings per round, so events gain sources and change ids as earlier reports arrive),
//! and a few truncated lines. The RNG and the month and weekday names come from
//! `headcount-testgen`.

use headcount_testgen::{Rng, SplitMix64, MONTHS, WEEKDAYS};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;

/// Lines of the generated input; ingest of it takes a few seconds in release mode on 2 cores.
pub const LINES: usize = 80_000;

pub const COMPANIES: &[(&str, &str)] = &[
    ("Borealis Freight", "workers"),
    ("Cobalt Mills", "workers"),
    ("Tamarack Logistics", "workers"),
    ("Quillfeather Software", "engineers"),
    ("Juniper Ridge Foods", "employees"),
    ("Halcyon Biotech", "researchers"),
    ("Ostrander Steel", "workers"),
    ("Vantablue Media", "employees"),
    ("Lindqvist Robotics", "employees"),
    ("Ferncastle Insurance", "employees"),
    ("Greywater Shipping", "employees"),
    ("Pellucid Labs", "employees"),
    ("Saltmarsh Energy", "workers"),
    ("Kestrel Aviation", "employees"),
    ("Ironwood Furniture", "workers"),
    ("Brightmoor Retail", "employees"),
    ("Calloway Textiles", "workers"),
    ("Duskfield Games", "developers"),
    ("Emberline Telecom", "employees"),
    ("Glenhaven Hotels", "employees"),
    ("Harrowgate Motors", "workers"),
    ("Jasperwell Mining", "workers"),
    ("Kilnworth Ceramics", "workers"),
    ("Larkspur Analytics", "employees"),
    ("Mistral Turbines", "workers"),
    ("Northcape Seafood", "workers"),
    ("Oakhurst Publishing", "employees"),
    ("Palisade Security", "employees"),
    ("Quarrystone Builders", "workers"),
    ("Redfern Chemicals", "employees"),
    ("Thornbury Paper", "workers"),
    ("Umbra Semiconductors", "employees"),
];

const OUTLETS: &[&str] = &[
    "dailyledger.example",
    "metrowire.example",
    "tradepost.example",
    "valleygazette.example",
    "businessbeat.example",
    "harborherald.example",
    "techcurrent.example",
    "plainsobserver.example",
];

/// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// 0 = Monday.
fn weekday(days: i64) -> usize {
    (days + 3).rem_euclid(7) as usize
}

/// One round of cuts: a company, a day, a figure.
struct Round {
    company: &'static str,
    unit: &'static str,
    day: i64,
    count: u64,
}

fn rounds() -> Vec<Round> {
    let mut rng = SplitMix64::new(0x5eed_0001);
    let start = days_from_civil(2023, 2, 1);
    let mut out = Vec::new();
    for (c, &(company, unit)) in COMPANIES.iter().enumerate() {
        // Three or four rounds, four to seven months apart.
        let mut day = start + (c as i64 * 11) % 120;
        for _ in 0..3 + c % 2 {
            day += 120 + rng.range(0, 90) as i64;
            out.push(Round {
                company,
                unit,
                day,
                count: 30 + rng.range(0, 60) * 10 + rng.range(0, 9),
            });
        }
    }
    out
}

/// One report of a round, in one of several wordings; `published` is days after the cuts.
fn layoff_report(rng: &mut SplitMix64, r: &Round, serial: usize) -> (String, String, i64) {
    let lag = rng.range(0, 6) as i64;
    let published = r.day + lag;
    let (y, m, d) = civil_from_days(r.day);
    let month = MONTHS[m as usize - 1];
    let wd = WEEKDAYS[weekday(r.day)];
    let (n, co, unit) = (r.count, r.company, r.unit);
    let (title, lead) = match rng.range(0, 6) {
        0 => (
            format!("{co} lays off {n}"),
            format!("{co} laid off {n} {unit} on {d} {month} {y}, the company said."),
        ),
        1 => (
            format!("{co} to cut jobs"),
            format!("{co} is cutting about {n} jobs, a memo sent on {wd} said."),
        ),
        2 => (
            format!("{co} confirms job cuts"),
            format!("{co} confirmed on {month} {d}, {y} that it had eliminated {n} positions."),
        ),
        3 => (
            format!("Cuts at {co}"),
            format!("About {n} {unit} at {co} lost their jobs on {wd}, according to a person familiar with the matter."),
        ),
        4 => (
            format!("{co} trims its workforce"),
            format!("{co} said on {wd} it would lay off {n} {unit} as demand slowed."),
        ),
        _ => (
            format!("{co} layoffs"),
            format!("{co} has laid off roughly {n} {unit}, the company confirmed on {month} {d}."),
        ),
    };
    let tail = rng.pick(&[
        "The company did not say which sites were affected.",
        "A spokesperson declined to comment further.",
        "Shares were little changed in afternoon trading.",
        "The company said affected staff would receive support.",
        "Union representatives said they were studying the details.",
    ]);
    let text = format!(
        "{lead} {tail} Local officials said they had been told in advance. Dispatch {serial} of the business desk."
    );
    (title, text, published)
}

/// One plain news article: no layoffs, unique through its numbers.
fn plain_article(rng: &mut SplitMix64, serial: usize) -> (String, String) {
    let town = rng.pick(&[
        "Millbrook",
        "Ashford Green",
        "Port Selwyn",
        "Copperton",
        "Eastmere",
        "Fallow Creek",
        "Highcombe",
        "Lowell Bay",
    ]);
    let topic = rng.range(0, 5);
    let title = match topic {
        0 => format!("{town} council approves road plan"),
        1 => format!("Rain expected across {town} this weekend"),
        2 => format!("{town} Rovers win at home"),
        3 => format!("Museum in {town} opens new wing"),
        _ => format!("{town} library extends opening hours"),
    };
    let mut text = String::new();
    let sentences: &[&str] = match topic {
        0 => &[
            "The council voted to resurface the main avenue before winter.",
            "Residents asked for more crossings near the primary school.",
            "The plan includes new drainage along the river path.",
            "Work is due to begin after the spring festival.",
            "A public meeting on the budget drew a full hall.",
            "Cyclists welcomed the proposed lanes on the bridge.",
        ],
        1 => &[
            "Forecasters expect heavy showers on Saturday afternoon.",
            "Temperatures should recover early next week.",
            "Gardeners were advised to protect young plants.",
            "The river is not expected to reach flood level.",
            "Wind gusts may be strong along the coast road.",
            "Sunny spells are likely by Sunday evening.",
        ],
        2 => &[
            "The home side scored twice in the second half.",
            "Their goalkeeper made a string of fine saves.",
            "The visitors had a late effort ruled offside.",
            "A crowd of several thousand braved the cold.",
            "The manager praised the young midfielders.",
            "The result lifts the club into the top four.",
        ],
        3 => &[
            "The new wing displays maps and instruments from the old harbour.",
            "Entry will be free for children during the holidays.",
            "Volunteers spent two years restoring the collection.",
            "A café on the ground floor looks over the gardens.",
            "Guided tours run every afternoon.",
            "The architects used timber from local forests.",
        ],
        _ => &[
            "The library will stay open until eight on weekdays.",
            "A reading club for teenagers meets on Thursdays.",
            "New computers were installed in the study room.",
            "Donations of books can be left at the front desk.",
            "The local history archive is now catalogued online.",
            "Story hours for toddlers return next month.",
        ],
    };
    for _ in 0..4 + rng.range(0, 4) {
        text.push_str(rng.pick(sentences));
        text.push(' ');
    }
    let _ = write!(
        text,
        "Ticket {} of {town} desk, filed at {}:{:02}.",
        serial,
        rng.range(0, 24),
        rng.range(0, 60)
    );
    (title, text)
}

fn date_str(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} 09:{:02}:00", days % 60)
}

/// Writes the input; returns the line numbers (1-based) of the malformed lines and the
/// number of well-formed lines.
pub fn write_input(path: &Path) -> (Vec<u64>, usize) {
    let mut rng = SplitMix64::new(0x5eed_0002);
    let rounds = rounds();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut bad = Vec::new();
    let mut good = 0;
    let plain_day = days_from_civil(2024, 6, 1);
    for i in 0..LINES {
        let line = i as u64 + 1;
        // A few truncated lines, spread through the file.
        if i % 16_411 == 7_000 {
            let r = &rounds[i % rounds.len()];
            writeln!(
                out,
                r#"{{"title": "{} news", "maintext": "{} laid off 4{} workers on 2 M"#,
                r.company, r.company, i
            )
            .unwrap();
            bad.push(line);
            continue;
        }
        // About 4% of lines report a round of cuts.
        let (title, text, published, outlet, url) = if rng.range(0, 25) == 0 {
            let r = &rounds[rng.range(0, rounds.len() as u64) as usize];
            let (title, text, published) = layoff_report(&mut rng, r, i);
            let outlet = rng.pick(OUTLETS);
            let url = format!("https://{outlet}/business/{i}");
            (title, text, published, outlet, url)
        } else {
            let (title, text) = plain_article(&mut rng, i);
            let outlet = rng.pick(OUTLETS);
            let url = format!("https://{outlet}/local/{i}");
            let published = plain_day + rng.range(0, 400) as i64;
            (title, text, published, outlet, url)
        };
        let v = serde_json::json!({
            "title": title,
            "url": url,
            "source_domain": outlet,
            "date_publish": date_str(published),
            "maintext": text,
        });
        writeln!(out, "{v}").unwrap();
        good += 1;
    }
    out.flush().unwrap();
    (bad, good)
}
