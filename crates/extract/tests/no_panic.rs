//! No input may panic the extractor or yield a claim that breaks the contract of
//! `model.rs` (see `common::check_claims`).
//!
//! Three generators: arbitrary strings, arbitrary bytes decoded lossily (as the ingest
//! readers do), and text assembled from layoff vocabulary, which is the one that reaches
//! past the prefilter into the number, date and organisation rules. Case counts are small
//! so `cargo test` stays fast; `layoff_like_text_long` is `#[ignore]`d and runs many more
//! cases of the third generator:
//!
//! ```text
//! PROPTEST_CASES=20000 cargo test -p headcount-extract --release --test no_panic -- --ignored
//! ```

mod common;

use chrono::NaiveDate;
use headcount_extract::{extract, Document};
use headcount_testgen::{MONTHS, WEEKDAYS};
use proptest::prelude::*;
use proptest::sample::select;

/// Runs `extract` on one document and checks every claim it returns.
fn run(text: &str, title: Option<&str>, url: Option<&str>, published: Option<NaiveDate>) {
    let doc = Document {
        text,
        title,
        url,
        published,
    };
    let claims = extract(&doc);
    if let Err(e) = common::check_claims(&doc, &claims) {
        panic!("{e}\ntext: {text:?}\ntitle: {title:?}\npublished: {published:?}");
    }
}

/// Publication dates, weighted towards the edges chrono can represent: relative dates
/// ("last month", "on Thursday") are computed from this, so the ends of the calendar are
/// where arithmetic overflows.
fn published() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        2 => Just(None),
        1 => Just(Some(NaiveDate::MIN)),
        1 => Just(Some(NaiveDate::MAX)),
        1 => (0u32..400).prop_map(|d| NaiveDate::MIN.checked_add_days(chrono::Days::new(d.into()))),
        1 => (0u32..400).prop_map(|d| NaiveDate::MAX.checked_sub_days(chrono::Days::new(d.into()))),
        1 => (-262_000i32..262_000, 1u32..=12, 1u32..=31)
            .prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        1 => (0i32..3, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        4 => (1990i32..2035, 1u32..=366).prop_map(|(y, o)| NaiveDate::from_yo_opt(y, o)),
    ]
}

const COMPANY: &[&str] = &[
    "Amazon",
    "Amazon Web Services",
    "AWS",
    "Google",
    "Alphabet Inc.",
    "Meta Platforms",
    "Ford",
    "Ford Motor Co.",
    "Microsoft Corp",
    "Acme",
    "Acme Corp.",
    "Intel",
    "IBM",
    "SAP SE",
    "Marshall Aerospace",
    "Tesla",
    "The Company",
    "Inc.",
    "Ltd",
    "LLC",
    "Group",
    "Holdings",
    "Société Générale",
    "Nestlé",
    "Ørsted",
    "BYD",
    "Co.",
    "U.S.",
    "Apple’s",
    "Amazon's",
];

const WORDS: &[&str] = &[
    "laid off",
    "lay off",
    "lays off",
    "laying off",
    "layoffs",
    "layoff",
    "lay-offs",
    "cut",
    "cuts",
    "cutting",
    "slashed",
    "shed",
    "axed",
    "eliminated",
    "eliminating",
    "let go",
    "closing",
    "closure",
    "close",
    "shut down",
    "reduced",
    "trimmed",
    "terminated",
    "lost",
    "job cuts",
    "job losses",
    "redundancies",
    "reduction in force",
    "downsizing",
    "furlough",
    "jobs",
    "job",
    "roles",
    "positions",
    "employees",
    "workers",
    "staff",
    "people",
    "headcount",
    "workforce",
    "plant",
    "factory",
    "store",
    "office",
    "hiring",
    "still hiring",
    "plans to",
    "will",
    "announced",
    "said",
    "reported",
    "about",
    "roughly",
    "approximately",
    "around",
    "more than",
    "over",
    "up to",
    "at least",
    "nearly",
    "almost",
    "some",
    "several",
    "hundreds",
    "several hundred",
    "thousands",
    "tens of thousands",
    "dozens",
    "a handful",
    "of",
    "the",
    "its",
    "in",
    "on",
    "at",
    "and",
    "or",
    "from",
    "by",
    "since",
    "this year",
    "last year",
    "last month",
    "next month",
    "last week",
    "earlier this year",
    "first quarter",
    "Q3",
    "second half",
    "H1",
    "fiscal",
    "percent",
    "per cent",
    "%",
    "million",
    "billion",
    "k",
    "severance",
    "weeks of pay",
    "60 days",
    "per year of service",
    "restructuring",
    "AI",
    "automation",
    "costs",
    "efficiency",
    "merger",
    "relocation",
    "demand",
    "team",
    "division",
    "unit",
    "organization",
    "in Seattle",
    "in Europe",
    "Germany",
    "U.K.",
    "team in",
    "round",
    "wave",
    "another",
    "second",
    "previous",
    "total",
    "bringing the total to",
    "so far",
];

/// Date words: the month and weekday names (`headcount_testgen`'s), with abbreviations,
/// relative words and edge-case numbers. Kept in this order, so that the seeds in
/// `no_panic.proptest-regressions` still give the same cases.
fn date_words() -> Vec<&'static str> {
    const ABBREVIATIONS: &[&str] = &["Jan.", "Feb", "Sept.", "Dec."];
    MONTHS
        .iter()
        .chain(ABBREVIATIONS)
        .chain(WEEKDAYS)
        .chain(OTHER_DATE_WORDS)
        .copied()
        .collect()
}

const OTHER_DATE_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "on Thursday",
    "last Friday",
    "this week",
    "in 2023",
    "since 2022",
    "2025",
    "2024-07-17",
    "17/07/2025",
    "07/17",
    "31st",
    "1st",
    "29 February",
    "February 30",
    "0",
    "Q4 2024",
    "-262144",
    "+262143",
    "262143",
    "99999",
    "0000",
];

const PUNCT: &[&str] = &[
    " ", " ", " ", " ", "  ", ", ", ". ", "! ", "? ", ": ", "; ", " - ", " — ", " – ", "\n",
    "\n\n", "\r\n", "\t", "’", "'", "\"", "“", "”", "‘", "(", ")", " (", ") ", "[", "]", "/", "…",
    "\u{a0}", "\u{200b}", "\u{feff}", "·", "•", "- ", "* ", "#", "$", "€", "£", "é", "ß", "İ", "ﬁ",
    "😀", "\u{0301}", "\0", "%",
];

/// Figures as newspapers write them, plus the malformed and the oversized.
fn number() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..100_000).prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        (1u64..1_000_000_000).prop_map(|n| with_separators(n, ",")),
        (1u64..1_000_000_000).prop_map(|n| with_separators(n, ".")),
        (1u64..1_000_000_000).prop_map(|n| with_separators(n, " ")),
        (1u64..1_000_000_000).prop_map(|n| with_separators(n, "\u{a0}")),
        (0u32..1000, 0u32..100).prop_map(|(a, b)| format!("{a}.{b}")),
        (0u32..1000, 0u32..10).prop_map(|(a, b)| format!("{a},{b}")),
        "[0-9]{15,40}",
        "[0-9,.]{1,12}",
        "-[0-9]{1,6}",
        (0u32..200).prop_map(|n| format!("{n}%")),
        (0u32..200, 0u32..100).prop_map(|(a, b)| format!("{a}.{b}%")),
        (0u32..100).prop_map(|n| format!("{n}k")),
        (0u32..100).prop_map(|n| format!("${n}bn")),
    ]
}

fn with_separators(n: u64, sep: &str) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(ch);
    }
    out
}

/// One token of layoff-like prose.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(COMPANY).prop_map(str::to_owned),
        2 => "[A-Z][a-z]{1,9}",
        2 => "[A-Z]{2,4}",
        8 => select(WORDS).prop_map(str::to_owned),
        3 => select(date_words()).prop_map(str::to_owned),
        4 => number(),
        1 => "[a-z]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// Sentences of random layoff vocabulary joined by random punctuation.
fn layoff_like_text() -> impl Strategy<Value = String> {
    prop::collection::vec((token(), select(PUNCT)), 0..120).prop_map(|parts| {
        let mut s = String::new();
        for (tok, sep) in parts {
            s.push_str(&tok);
            s.push_str(sep);
        }
        s
    })
}

fn title() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        layoff_like_text().prop_map(Some),
        any::<String>().prop_map(Some),
    ]
}

fn url() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some(String::new())),
        "https://[a-z]{1,10}\\.(com|co\\.uk|de)/[a-z0-9/-]{0,40}".prop_map(Some),
        any::<String>().prop_map(Some),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_strings(text in any::<String>(), published in published()) {
        run(&text, None, None, published);
    }

    #[test]
    fn arbitrary_bytes_lossy(bytes in prop::collection::vec(any::<u8>(), 0..2048),
                             published in published()) {
        run(&String::from_utf8_lossy(&bytes), None, None, published);
    }

    #[test]
    fn layoff_like_text_short(text in layoff_like_text(), title in title(), url in url(),
                              published in published()) {
        run(&text, title.as_deref(), url.as_deref(), published);
    }
}

/// The long run of the layoff-vocabulary generator. Its case count comes from
/// proptest's default config, so `PROPTEST_CASES` bounds it in CI; unset, it runs
/// 20,000 cases (a few minutes in release mode on two cores).
fn long_config() -> ProptestConfig {
    if std::env::var_os("PROPTEST_CASES").is_some() {
        ProptestConfig::default()
    } else {
        ProptestConfig::with_cases(20_000)
    }
}

proptest! {
    #![proptest_config(long_config())]

    #[test]
    #[ignore = "long-running; run with --release -- --ignored and PROPTEST_CASES"]
    fn layoff_like_text_long(text in layoff_like_text(), title in title(), url in url(),
                             published in published()) {
        run(&text, title.as_deref(), url.as_deref(), published);
    }
}

/// Fixed inputs that once looked risky: byte-order marks, combining marks and
/// multi-byte punctuation next to figures, and the ends of chrono's calendar.
#[test]
fn edge_cases() {
    let texts = [
        "",
        "\u{feff}Acme laid off 1,200 workers on Tuesday.",
        "Acme laid off 1,200\u{0301} workers on Tuesday’s call.",
        "“Acme” laid off ‘several hundred’ employees (about 5%) last month…",
        "Acme cut 99999999999999999999999 jobs since 2022.",
        "Acme cut 18446744073709551615 jobs, or 25% of staff.",
        "Acme laid off\n\n\n",
        "laid off",
        "Acme laid off 1,200 employees on February 30.",
        "Acme will cut up to 0 jobs in Q5 -262144.",
        // A bracket that closes a name's run before its legal form.
        "Amazon (Germany) Inc. lays off ",
    ];
    let dates = [
        None,
        Some(NaiveDate::MIN),
        Some(NaiveDate::MAX),
        NaiveDate::from_ymd_opt(2025, 7, 18),
    ];
    for text in texts {
        for published in dates {
            run(text, Some(text), Some(text), published);
        }
    }
}

// Found by `layoff_like_text_short` (replayed from `no_panic.proptest-regressions`):
// `frames::pick_percent` sliced `text[p.end..p.end + 48]` by bytes, which panicked when
// byte p.end + 48 fell inside a multi-byte character, here the ’ of "company’s".
#[test]
fn percent_lookahead_stops_on_a_char_boundary() {
    run(
        "IBM laid off 5% of its staff in Europe on Monday, the company’s filing said.",
        None,
        None,
        None,
    );
}

// KNOWN EXTRACTOR BUG (found by `layoff_like_text_short`, which fails with it too): a
// share of staff above 100% is kept as the claim's percent (143, 250, 100.1 here).
// Fails until the percent rule rejects shares over 100.
#[test]
fn percent_of_staff_is_at_most_100() {
    let published = NaiveDate::from_ymd_opt(2025, 3, 6);
    for text in [
        "Acme Corp. laid off 1,200 employees on Tuesday, about 143% of its workforce.",
        "Acme cut 1,200 jobs, or 250% of staff.",
        // Shrunk by proptest.
        "AA job cuts\tMeta Platforms - 100.1% ",
    ] {
        run(text, None, None, published);
    }
}
