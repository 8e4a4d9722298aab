//! A deterministic stream of news articles for throughput benchmarks: mostly generated
//! non-layoff news (sports, weather, earnings, politics, science), with dev-corpus
//! layoff articles mixed in at a chosen share of documents.
//!
//! Shared by the criterion bench (`benches/extract.rs`, in memory) and the
//! `gen_stream` example (news-please JSON Lines for `bench/run.sh`), so both measure
//! the same text. It lives in `benches/gen/mod.rs` rather than `benches/gen.rs` because
//! cargo would take the latter for a bench target of its own. The RNG, the words that
//! fill the templates and the `Article` record come from `headcount-testgen`; the topics
//! and the mixing of layoff articles are this stream's own.
//!
//! The generated prose is meant to be hard on the prefilter: it says "rate cut", "closing
//! bell", "coaching staff", "lost 3-1", "store of value" and "shut out", so a fair share
//! of the non-layoff documents pass the stem scan and go through the full analysis, as
//! real news does. It contains no layoff stems ("laid off", "job cuts", "redundancies").

use headcount_testgen::{Article, Rng, XorShift, STREAM_WORDS};
use std::path::Path;

/// The dev-corpus articles in `dir` (`shared/eval/dev/articles`), sorted by file
/// name; empty when the folder is missing.
pub fn dev_articles(dir: &Path) -> Vec<Article> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let field =
        |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(String::from);
    paths
        .iter()
        .filter_map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).ok()?).ok()?;
            Some(Article {
                id: field(&v, "id").unwrap_or_default(),
                url: field(&v, "url"),
                source_domain: field(&v, "source_domain"),
                title: field(&v, "title"),
                date_publish: field(&v, "date_publish"),
                maintext: field(&v, "maintext")?,
            })
        })
        .collect()
}

/// `n` articles (unbounded when `None`) in which layoff articles, taken in turn from
/// `layoffs`, make up `share` of the documents, spread evenly; the rest is generated.
pub struct Stream<'a> {
    rng: XorShift,
    layoffs: &'a [Article],
    share: f64,
    next: u64,
    n: Option<u64>,
    layoffs_used: u64,
}

impl<'a> Stream<'a> {
    pub fn new(seed: u64, share: f64, layoffs: &'a [Article], n: Option<u64>) -> Self {
        let share = if layoffs.is_empty() {
            0.0
        } else {
            share.clamp(0.0, 1.0)
        };
        Stream {
            rng: XorShift::new(seed),
            layoffs,
            share,
            next: 0,
            n,
            layoffs_used: 0,
        }
    }
}

impl Iterator for Stream<'_> {
    type Item = Article;

    fn next(&mut self) -> Option<Article> {
        let i = self.next;
        if self.n.is_some_and(|n| i >= n) {
            return None;
        }
        self.next += 1;
        // Bresenham: document i is a layoff article when the running quota steps up, so
        // the first k documents never hold more than ceil(k * share) of them.
        let layoff = ((i + 1) as f64 * self.share).floor() > (i as f64 * self.share).floor();
        if layoff {
            let k = self.layoffs_used;
            self.layoffs_used += 1;
            let src = &self.layoffs[(k % self.layoffs.len() as u64) as usize];
            let mut a = src.clone();
            a.id = format!("{}-{k}", src.id);
            return Some(a);
        }
        Some(filler(&mut self.rng, i))
    }
}

// Each topic has plain sentences, which contain none of the prefilter's stems (checked
// when benches/extract.rs starts, by `check_plain_sentences`), and stress sentences,
// each with a stem that means nothing about jobs ("rate cut", "coaching staff"). A
// sentence is a stress sentence with probability 1/`headcount_testgen::STRESS_EVERY`:
// about a third of generated articles get a stem, and fewer both a verb and a noun stem
// (which is what passes the prefilter); the bench prints the share that passes.
const SPORTS: &[&str] = &[
    "{person} scored twice in the second half as {team} beat {team} {score}.",
    "{team} were beaten {score} by {team} on {day}, their third defeat in a row.",
    "A crowd of {big} fans watched the match in {place}.",
    "{person}, who joined from {team} in {month}, has now played {n} games for the club.",
    "The manager said {person} would be out for {n} weeks with a hamstring injury.",
    "{team} remain {n} points behind the leaders with {n} games to play.",
    "The league confirmed the fixture would be moved to {day} because of the weather.",
    "{person} was named player of the month for {month} after scoring {n} goals.",
    "Tickets for the final sold out within {n} minutes, the organisers said.",
];
const SPORTS_STRESS: &[&str] = &[
    "{team} lost {score} to {team} on {day}.",
    "The coaching staff said {person} would miss the trip to {place}.",
    "{team} were shut out for the first time since {month}.",
    "Ticket prices were cut by {pct} for the final home game of the season.",
    "Closing the gap on the leaders will not be easy, {person} told reporters.",
    "The people of {place} turned out in their thousands for the parade.",
];
const WEATHER: &[&str] = &[
    "Heavy rain is expected across {place} on {day}, with up to {n} millimetres in places.",
    "Temperatures will climb to {n} degrees by {day}, forecasters said.",
    "Residents of {place} were urged to stay indoors and keep away from the river banks.",
    "A yellow warning for wind gusts of {n} mph is in force until {day} evening.",
    "It was the wettest {month} on record in {place}, with {pct} more rain than average.",
    "Forecasters expect a dry and sunny weekend across {place} after the storm passes.",
    "Snow is likely on high ground above {n} metres, with icy roads in the morning.",
];
const WEATHER_STRESS: &[&str] = &[
    "Schools in {place} will close early on {day} as the storm moves inland.",
    "Power was cut to {big} homes in {place} overnight after lines came down.",
    "Emergency staff worked through the night to clear fallen trees.",
    "The weather office issued a flood alert for {place}.",
];
const EARNINGS: &[&str] = &[
    "{firm} reported quarterly revenue of {money}, up {pct} from a year earlier.",
    "Shares of {firm} rose {pct} in early trading on {day}.",
    "Analysts had expected earnings of {cents} cents a share, according to a survey.",
    "{person}, the finance chief of {firm}, said margins would improve in the second half.",
    "{firm} raised its dividend by {pct} and announced a buyback of {money}.",
    "The stock ended the day at {dollars}, giving {firm} a market value of {money}.",
    "Bond yields eased as investors weighed the outlook for inflation.",
];
const EARNINGS_STRESS: &[&str] = &[
    "The central bank's rate cut in {month} lowered borrowing costs for {firm}.",
    "Shares of {firm} were up {pct} at the closing bell.",
    "{firm} cut its full-year guidance, citing weaker demand in {place}.",
    "Gold remains a store of value for investors worried about inflation.",
    "{firm} will trim capital spending to {money} this year.",
    "The company opened its {n}th store in {place} on {day}.",
];
const POLITICS: &[&str] = &[
    "{person} won the primary with {pct} of the vote, according to official results.",
    "Turnout in {place} was {pct}, up from the last election in {year}.",
    "The budget vote has been moved to {day}, a spokesperson for the mayor said.",
    "Lawmakers voted {n} to {n} to lower the speed limit on residential streets.",
    "{person} said voters in {place} deserved better public transport and lower rents.",
    "The committee will publish its report in {month}, a spokesperson said.",
    "The governor signed the bill into law on {day} after months of debate.",
];
const POLITICS_STRESS: &[&str] = &[
    "Senator {person} said the bill would cut taxes for {big} families.",
    "Campaign staff for {person} knocked on doors across {place}.",
    "The polling station in {place} will close at {n} p.m. on {day}.",
    "The mayor's office declined to comment.",
    "{person} lost the race by {n} votes.",
];
const SCIENCE: &[&str] = &[
    "The study, which appeared in {month}, followed {big} patients for {n} years.",
    "{person}, an astronomer at the observatory, said the comet would be visible on {day}.",
    "The samples were collected in {place} during the winter of {year}.",
    "The findings could help doctors shorten hospital stays for {big} patients a year.",
    "The team improved the accuracy of the sensor by {pct} using a new calibration method.",
    "The species was last recorded in {place} in {year}, the survey found.",
    "The paper has been peer reviewed and will appear in a journal in {month}.",
];
const SCIENCE_STRESS: &[&str] = &[
    "Bees lost {pct} of their foraging range in hot summers, the researchers found.",
    "Funding for the project was cut in {year} but later restored.",
    "The laboratory staff sequenced {n} samples in the first week.",
    "The position of the satellite will be corrected on {day}.",
    "The plant was first described by botanists in {year}.",
];
/// (name used in URLs, plain sentences, stress sentences)
pub const TOPICS: &[(&str, &[&str], &[&str])] = &[
    ("sports", SPORTS, SPORTS_STRESS),
    ("weather", WEATHER, WEATHER_STRESS),
    ("business", EARNINGS, EARNINGS_STRESS),
    ("politics", POLITICS, POLITICS_STRESS),
    ("science", SCIENCE, SCIENCE_STRESS),
];

/// One generated non-layoff article: 4 to 9 paragraphs of 2 to 4 sentences on one
/// topic, 1.5 KB on average (the dev corpus averages 2.2 KB).
pub fn filler(rng: &mut XorShift, i: u64) -> Article {
    let (topic, plain, stress) = TOPICS[rng.range(0, TOPICS.len() as u64) as usize];
    let title = STREAM_WORDS.headline(rng, plain);
    let mut text = String::with_capacity(4096);
    STREAM_WORDS.paragraphs(rng, plain, stress, &mut text);
    Article::news(rng, i, topic, 2018..2026, title, text)
}
