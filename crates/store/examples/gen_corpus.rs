//! Writes a deterministic news-please JSON Lines corpus for the event-store benchmarks
//! (`bench/store.sh`, `benches/store.rs`): generated everyday news with layoff reports
//! mixed in, written from our own templates (no third-party text).
//!
//! ```text
//! cargo run --release -p headcount-store --example gen_corpus -- DOCS [SHARE] [SEED]
//! ```
//! DOCS is the number of documents; SHARE the fraction of them that report job cuts
//! (default 0.05); SEED defaults to 1. The same arguments always give the same bytes.
//!
//! The layoff side: many synthetic companies ("Belvora Robotics", "Quintaro Foods"),
//! each with 2–5 rounds of cuts on different dates with different figures; each round is
//! reported by 2–4 outlets in different words (exact or approximate figures, a share of
//! the workforce, teams, reasons, dates as "3 March 2024", "March 3" or "on Tuesday"),
//! so that extraction gives claims that merge into one event per round. Some reports
//! also recall the company's previous round, which joins that round's event. On average a
//! round has 3 reports: 1,000,000 documents at SHARE 0.3 give about 100,000 events.
//!
//! The rest is generated news (sports, weather, earnings, politics, science, transport)
//! that yields no claims; one sentence in 40 uses a word such as "rate cut" or "coaching
//! staff", so a share of it goes through the full analysis, as real news does. Every
//! document ends with a line that carries its number, so no two texts are the same (the
//! store keys documents by a hash of their text).
//!
//! The RNG, the names and numbers that fill the news templates, and the `Article` record
//! come from `headcount-testgen`; the companies, rounds and topics are this corpus's own.

use chrono::{Datelike, Days, NaiveDate};
use headcount_testgen::{Article, Rng, XorShift, CORPUS_WORDS, MONTHS, WEEKDAYS};
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

// ---------------------------------------------------------------- companies and rounds

const SYL1: &[&str] = &[
    "Bel", "Cor", "Dav", "Fen", "Gal", "Hol", "Jor", "Kel", "Lum", "Mor", "Nov", "Pra", "Quin",
    "Ros", "Sol", "Tav", "Vex", "Wyn", "Zor", "Mar", "Tel", "Sar", "Bran", "Cal",
];
const SYL2: &[&str] = &[
    "a", "e", "i", "o", "u", "an", "en", "in", "on", "ar", "er", "or", "al", "el", "il", "am",
    "em", "ith", "ov", "ex",
];
const SYL3: &[&str] = &[
    "ra", "ta", "vo", "na", "lia", "dex", "nis", "tro", "mo", "ris", "via", "ton",
];
const SECTORS: &[&str] = &[
    "Robotics",
    "Foods",
    "Labs",
    "Logistics",
    "Health",
    "Motors",
    "Software",
    "Energy",
    "Media",
    "Biotech",
    "Retail",
    "Analytics",
];

/// Distinct company names: 24 × 20 × 12 stems × 12 sectors = 69,120.
const COMPANY_SPACE: u64 = 24 * 20 * 12 * 12;

fn company_name(c: u64) -> String {
    // A bijection of 0..COMPANY_SPACE, so neighbouring companies do not look alike.
    let mut k = (c % COMPANY_SPACE) * 48_271 % COMPANY_SPACE;
    let mut digit = |n: usize| {
        let d = (k % n as u64) as usize;
        k /= n as u64;
        d
    };
    let (a, b, s, sector) = (
        digit(SYL1.len()),
        digit(SYL2.len()),
        digit(SYL3.len()),
        digit(SECTORS.len()),
    );
    format!("{}{}{} {}", SYL1[a], SYL2[b], SYL3[s], SECTORS[sector])
}

const UNITS: &[&str] = &[
    "sales",
    "marketing",
    "customer support",
    "recruiting",
    "engineering",
    "product",
    "finance",
    "operations",
    "logistics",
    "research",
    "design",
    "human resources",
];
const REASONS: &[&str] = &[
    "weaker demand",
    "rising costs",
    "a restructuring of the business",
    "slowing sales",
    "the need to cut costs",
    "a shift towards automation",
];
const PLACES: &[&str] = &[
    "Austin", "Denver", "Toronto", "Dublin", "Leeds", "Lyon", "Porto", "Krakow", "Seattle",
    "Atlanta",
];
const OUTLETS: &[(&str, &str)] = &[
    ("dailyledger.example", "The Daily Ledger"),
    ("marketwire.example", "Market Wire"),
    ("techbeat.example", "Tech Beat"),
    ("citypost.example", "The City Post"),
    ("businessdesk.example", "Business Desk"),
    ("morningbrief.example", "Morning Brief"),
    ("tradejournal.example", "Trade Journal"),
    ("regionaltimes.example", "Regional Times"),
];
/// One round of cuts of one company.
#[derive(Clone)]
struct Round {
    company: u64,
    date: NaiveDate,
    count: u64,
    percent: u64,
    units: [usize; 2],
    reason: usize,
    place: usize,
    /// The company's round before this one, to be recalled by some reports.
    previous: Option<(NaiveDate, u64)>,
}

/// One layoff report: a round, and which of its reports this is.
#[derive(Clone, Copy)]
struct Report {
    round: usize,
    nth: usize,
}

/// Rounds and reports enough for `wanted` layoff documents, in stream order: the
/// reports of a window of about 4,096 are shuffled, so a round's reports arrive close
/// together (as news does) but interleaved with other companies'.
fn layout(rng: &mut XorShift, wanted: u64) -> (Vec<Round>, Vec<Report>) {
    let first = NaiveDate::from_ymd_opt(2016, 1, 1).expect("date");
    let mut rounds = Vec::new();
    let mut reports = Vec::new();
    let mut company = 0;
    while (reports.len() as u64) < wanted {
        let n_rounds = rng.range(2, 6);
        let mut date = first + Days::new(rng.range(0, 9 * 365));
        let mut count = rng.range(40, 3000);
        let mut previous = None;
        for _ in 0..n_rounds {
            if date.year() > 2025 {
                break;
            }
            let percent = rng.range(3, 25);
            let u0 = rng.range(0, UNITS.len() as u64) as usize;
            let u1 = (u0 + 1 + rng.range(0, UNITS.len() as u64 - 1) as usize) % UNITS.len();
            let round = rounds.len();
            rounds.push(Round {
                company,
                date,
                count,
                percent,
                units: [u0, u1],
                reason: rng.range(0, REASONS.len() as u64) as usize,
                place: rng.range(0, PLACES.len() as u64) as usize,
                previous,
            });
            for nth in 0..rng.range(2, 5) as usize {
                reports.push(Report { round, nth });
            }
            previous = Some((date, count));
            // The next round: 4 to 16 months later, with a clearly different figure.
            date = date + Days::new(rng.range(120, 480));
            count = if rng.range(0, 2) == 0 {
                count * rng.range(13, 30) / 10
            } else {
                (count * 10 / rng.range(13, 30)).max(12)
            };
        }
        company += 1;
    }
    reports.truncate(wanted as usize);
    // Shuffle within windows (Fisher–Yates).
    for window in reports.chunks_mut(4096) {
        for i in (1..window.len()).rev() {
            let j = rng.range(0, i as u64 + 1) as usize;
            window.swap(i, j);
        }
    }
    (rounds, reports)
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// "3 March 2024", "March 3, 2024", "March 3" or "on Tuesday" (said the day after or
/// two days after: the report is published then).
fn date_words(rng: &mut XorShift, d: NaiveDate, style: u64) -> (String, NaiveDate) {
    let month = MONTHS[d.month0() as usize];
    match style % 4 {
        0 => (
            format!("on {} {month} {}", d.day(), d.year()),
            d + Days::new(1),
        ),
        1 => (format!("on {month} {}, {}", d.day(), d.year()), d),
        2 => (
            format!("on {month} {}", d.day()),
            d + Days::new(rng.range(0, 3)),
        ),
        _ => {
            let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize];
            (format!("on {weekday}"), d + Days::new(rng.range(1, 3)))
        }
    }
}

/// Writes one layoff report of `round`.
fn layoff_article(rng: &mut XorShift, round: &Round, nth: usize, i: u64) -> Article {
    let company = company_name(round.company);
    let (domain, outlet) = OUTLETS[(round.company as usize * 3 + nth * 5) % OUTLETS.len()];
    let style = rng.range(0, 4);
    let (when, published) = date_words(rng, round.date, style);
    let n = thousands(round.count);
    let about = thousands((round.count + 5) / 10 * 10);
    let p = round.percent;
    let (u0, u1) = (UNITS[round.units[0]], UNITS[round.units[1]]);
    let reason = REASONS[round.reason];
    let place = PLACES[round.place];
    let variant = (nth as u64 + rng.range(0, 6)) % 6;
    let (title, lead) = match variant {
        0 => (
            format!("{company} lays off {n} employees"),
            format!("{company} laid off {n} employees in its {u0} and {u1} teams {when}, the company confirmed."),
        ),
        1 => (
            format!("{company} to shed about {about} jobs"),
            format!("{company} is cutting about {about} jobs, mostly in {u0}, roughly {p}% of its workforce, a spokesperson said {when}."),
        ),
        2 => (
            format!("{company} eliminates {n} positions"),
            format!("{company} eliminated {n} positions in its {u0} and {u1} divisions {when}, according to an internal memo seen by {outlet}."),
        ),
        3 => (
            format!("{company} cuts {p}% of staff"),
            format!("{company} laid off {p}% of its staff {when}, about {about} people, most of them in its {u0} team, as it struggles with {reason}."),
        ),
        4 => (
            format!("Job cuts at {company}"),
            format!("{company} said {when} that it had laid off {n} workers, including employees in its {u0} team in {place}."),
        ),
        _ => (
            format!("{company} lets {n} workers go"),
            format!("{company} has let go of {n} employees in its {u0} and {u1} teams, it said {when}. The company blamed {reason}."),
        ),
    };
    let mut text = lead;
    text.push_str("\n\n");
    text.push_str(match rng.range(0, 4) {
        0 => "Affected employees will receive severance and help finding new roles, the company said.",
        1 => "The company did not say whether more cuts would follow.",
        2 => "Shares of the company were little changed after the news.",
        _ => "A spokesperson declined to comment beyond the statement.",
    });
    if let Some((date, count)) = round.previous {
        if rng.range(0, 3) == 0 {
            text.push_str(&format!(
                " It follows an earlier round in {} {}, when {company} laid off {} workers.",
                MONTHS[date.month0() as usize],
                date.year(),
                thousands(count)
            ));
        }
    }
    text.push_str(&format!(
        "\n\n{company}, founded in {}, is based in {place}. Reporting by the {outlet} business desk (item {i}).",
        2000 + round.company % 20
    ));
    let (hh, mm) = (rng.range(6, 22), rng.range(0, 60));
    Article {
        id: format!("lay{i}"),
        url: Some(format!(
            "https://{domain}/business/{}/{i}",
            published.format("%Y/%m/%d")
        )),
        source_domain: Some(domain.to_owned()),
        title: Some(title),
        date_publish: Some(format!(
            "{} {hh:02}:{mm:02}:00",
            published.format("%Y-%m-%d")
        )),
        maintext: text,
    }
}

// ---------------------------------------------------------------- filler news

// Plain sentences carry none of the prefilter's stems; stress sentences carry one in a
// sense that has nothing to do with jobs.
const SPORTS: &[&str] = &[
    "{person} scored twice in the second half as {team} beat {team} {score}.",
    "A crowd of {big} fans watched the match in {place}.",
    "{team} remain {n} points behind the leaders with {n} games to play.",
    "The manager said {person} would be out for {n} weeks with a hamstring injury.",
    "{person} was named player of the month for {month} after scoring {n} goals.",
    "Tickets for the final sold out within {n} minutes, the organisers said.",
    "The league confirmed the fixture would be moved to {day} because of the weather.",
];
const WEATHER: &[&str] = &[
    "Heavy rain is expected across {place} on {day}, with up to {n} millimetres in places.",
    "Temperatures will climb to {n} degrees by {day}, forecasters said.",
    "A yellow warning for wind gusts of {n} mph is in force until {day} evening.",
    "It was the wettest {month} on record in {place}, with {pct} more rain than average.",
    "Forecasters expect a dry and sunny weekend across {place} after the storm passes.",
    "Snow is likely on high ground above {n} metres, with icy roads in the morning.",
];
const EARNINGS: &[&str] = &[
    "{firm} reported quarterly revenue of {money}, up {pct} from a year earlier.",
    "Shares of {firm} rose {pct} in early trading on {day}.",
    "Analysts had expected earnings of {n} cents a share, according to a survey.",
    "{person}, the finance chief of {firm}, said margins would improve in the second half.",
    "{firm} raised its dividend by {pct} and announced a buyback of {money}.",
    "Bond yields eased as investors weighed the outlook for inflation.",
];
const POLITICS: &[&str] = &[
    "{person} won the primary with {pct} of the vote, according to official results.",
    "Turnout in {place} was {pct}, up from the last election in {year}.",
    "The budget vote has been moved to {day}, a spokesperson for the mayor said.",
    "Lawmakers voted {n} to {n} to lower the speed limit on residential streets.",
    "The governor signed the bill into law on {day} after months of debate.",
];
const SCIENCE: &[&str] = &[
    "The study, which appeared in {month}, followed {big} patients for {n} years.",
    "{person}, an astronomer at the observatory, said the comet would be visible on {day}.",
    "The samples were collected in {place} during the winter of {year}.",
    "The team improved the accuracy of the sensor by {pct} using a new calibration method.",
    "The species was last recorded in {place} in {year}, the survey found.",
];
const TRANSPORT: &[&str] = &[
    "The new tram line to {place} opens on {day}, {n} months ahead of schedule.",
    "Passenger numbers at the airport rose {pct} in {month}, the operator said.",
    "Engineers will replace {n} kilometres of track over the summer.",
    "{person}, who chairs the transport board, said fares would stay frozen until {year}.",
    "Cyclists in {place} will get {n} new parking stands by {month}.",
];
const STRESS: &[&str] = &[
    "The central bank's rate cut in {month} lowered borrowing costs for {firm}.",
    "The coaching staff said {person} would miss the trip to {place}.",
    "Shares of {firm} were up {pct} at the closing bell.",
    "Power was cut to {big} homes in {place} overnight after lines came down.",
    "{team} lost {score} to {team} on {day}.",
    "Schools in {place} will close early on {day} as the storm moves inland.",
];
const TOPICS: &[(&str, &[&str])] = &[
    ("sports", SPORTS),
    ("weather", WEATHER),
    ("business", EARNINGS),
    ("politics", POLITICS),
    ("science", SCIENCE),
    ("transport", TRANSPORT),
];

/// A non-layoff article: 4 to 9 paragraphs of 2 to 4 sentences, about 1.5 KB.
fn filler(rng: &mut XorShift, i: u64) -> Article {
    let (topic, plain) = TOPICS[rng.range(0, TOPICS.len() as u64) as usize];
    let title = CORPUS_WORDS.headline(rng, plain);
    let mut text = String::with_capacity(2048);
    CORPUS_WORDS.paragraphs(rng, plain, STRESS, &mut text);
    text.push_str(&format!("\n\nFiled by the {topic} desk (item {i})."));
    Article::news(rng, i, topic, 2016..2026, title, text)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_corpus DOCS [SHARE] [SEED]";
    let Some(docs) = args.first().and_then(|s| s.parse::<u64>().ok()) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let (share, seed) = match headcount_testgen::share_and_seed(&args[1..], usage) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut rng = XorShift::new(seed);
    // Bresenham: document i reports cuts when the running quota steps up.
    let wanted = (docs as f64 * share).floor() as u64;
    let (rounds, reports) = layout(&mut rng, wanted);
    let companies = rounds.last().map_or(0, |r| r.company + 1);
    eprintln!(
        "gen_corpus: {docs} documents, {} layoff reports of {} rounds of {companies} companies",
        reports.len(),
        rounds.len()
    );
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut next_report = 0usize;
    for i in 0..docs {
        let layoff = ((i + 1) as f64 * share).floor() > (i as f64 * share).floor();
        let article = match reports.get(next_report) {
            Some(r) if layoff => {
                next_report += 1;
                layoff_article(&mut rng, &rounds[r.round], r.nth, i)
            }
            _ => filler(&mut rng, i),
        };
        if serde_json::to_writer(&mut out, &article).is_err() || out.write_all(b"\n").is_err() {
            return ExitCode::from(3);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(3);
    }
    ExitCode::SUCCESS
}
