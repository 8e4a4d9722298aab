//! The five founding reports (`shared/seeds/`): the product must get them right. Each is
//! read as the text reader does (whole file; first non-empty line is the title).

use chrono::NaiveDate;
use headcount_extract::{extract, Claim, Document, Kind};

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");

fn claims(prefix: &str) -> Option<Vec<Claim>> {
    let entry = std::fs::read_dir(SEEDS)
        .ok()?
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    let text = std::fs::read_to_string(entry.path()).unwrap();
    let title = text.lines().find(|l| !l.trim().is_empty()).map(str::trim);
    Some(extract(&Document {
        text: &text,
        title,
        ..Default::default()
    }))
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn is_aws(c: &Claim) -> bool {
    std::iter::once(&c.company)
        .chain(&c.aliases)
        .any(|n| n == "AWS" || n == "Amazon Web Services")
}

fn within(c: &Claim, from: NaiveDate, to: NaiveDate) -> bool {
    c.date
        .as_ref()
        .is_some_and(|d| d.earliest >= from && d.latest <= to)
}

#[test]
fn the_july_2025_aws_round_in_each_of_the_four_reports() {
    for seed in ["000", "001", "002", "003"] {
        let Some(claims) = claims(seed) else {
            eprintln!("skipped: {SEEDS} not found");
            return;
        };
        let round = claims.iter().find(|c| is_aws(c) && c.kind == Kind::Layoff);
        let round =
            round.unwrap_or_else(|| panic!("seed {seed}: no AWS layoff claim in {claims:#?}"));
        let h = round.headcount.as_ref().expect("a headcount");
        assert_eq!(
            (h.min, h.max),
            (Some(200), Some(999)),
            "seed {seed}: several hundred"
        );
        let d = round
            .date
            .as_ref()
            .unwrap_or_else(|| panic!("seed {seed}: dated"));
        assert!(
            d.earliest <= day(2025, 7, 31)
                && d.latest >= day(2025, 7, 1)
                && d.earliest.format("%Y").to_string() == "2025",
            "seed {seed}: July 2025, got {d:?}"
        );
        assert!(!round.evidence.is_empty());
        assert_eq!(
            claims
                .iter()
                .filter(|c| is_aws(c) && c.kind == Kind::Layoff)
                .count(),
            1,
            "seed {seed}: one AWS round"
        );
    }
}

#[test]
fn report_004_has_the_early_2024_round_and_amazons_2023_one() {
    let Some(claims) = claims("004") else { return };
    let round = claims
        .iter()
        .find(|c| is_aws(c) && c.kind == Kind::Layoff)
        .expect("AWS round");
    assert!(
        within(round, day(2024, 1, 1), day(2024, 6, 30)),
        "early 2024: {:?}",
        round.date
    );
    assert_eq!(
        round.headcount.as_ref().map(|h| (h.min, h.max)),
        Some((Some(200), Some(999)))
    );
    assert!(
        claims
            .iter()
            .any(|c| c.company == "Amazon" && within(c, day(2023, 1, 1), day(2023, 12, 31))),
        "{claims:#?}"
    );
}

#[test]
fn report_001_has_amazons_2023_round_and_running_total() {
    let Some(claims) = claims("001") else { return };
    let r2023 = claims.iter().find(|c| {
        c.company == "Amazon"
            && c.kind == Kind::Layoff
            && within(c, day(2023, 1, 1), day(2023, 12, 31))
    });
    let r2023 = r2023.unwrap_or_else(|| panic!("{claims:#?}"));
    assert_eq!(
        r2023.headcount.as_ref().map(|h| (h.min, h.max)),
        Some((Some(2000), Some(9999))),
        "thousands"
    );
    let total = claims
        .iter()
        .find(|c| c.kind == Kind::Cumulative)
        .expect("running total");
    assert_eq!(
        total.headcount.as_ref().map(|h| (h.min, h.max)),
        Some((Some(20000), Some(99999))),
        "tens of thousands"
    );
}

#[test]
fn report_003_has_the_27000_running_total_and_googles_cloud_cuts() {
    let Some(claims) = claims("003") else { return };
    let total = claims
        .iter()
        .find(|c| c.kind == Kind::Cumulative && c.company == "Amazon")
        .expect("27,000+ since 2022");
    assert_eq!(
        total.headcount.as_ref().map(|h| (h.min, h.max)),
        Some((Some(27000), None))
    );
    assert!(
        within(total, day(2022, 1, 1), day(2022, 12, 31)),
        "since 2022"
    );
    let google = claims
        .iter()
        .find(|c| c.company == "Google")
        .expect("Google's cloud cuts");
    assert!(
        within(google, day(2025, 2, 1), day(2025, 2, 28)),
        "February 2025: {:?}",
        google.date
    );
    assert!(
        google.units.iter().any(|u| u.contains("cloud")),
        "{:?}",
        google.units
    );
}
