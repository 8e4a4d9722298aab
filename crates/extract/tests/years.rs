//! Where a round's year comes from: a date expression, the publication date, or the URL's
//! date folder; never any four-digit number.

mod common;

use chrono::NaiveDate;
use common::extract_published;
use headcount_extract::{extract, Document};

fn earliest(text: &str, published: Option<NaiveDate>, url: Option<&str>) -> Option<String> {
    extract(&Document {
        text,
        published,
        url,
        ..Default::default()
    })
    .into_iter()
    .next()
    .and_then(|c| c.date)
    .map(|d| d.earliest.to_string())
}

#[test]
fn a_founding_year_or_a_street_number_is_no_date() {
    assert_eq!(
        earliest(
            "Northwind Traders, founded in 1994, laid off 300 workers on Tuesday.",
            None,
            None
        ),
        None
    );
    assert_eq!(
        earliest(
            "Northwind Traders, at 2067 Main Street, laid off 300 workers in May.",
            None,
            None
        ),
        None
    );
    // A near miss: a year in a date expression is the year.
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers in May 2023.",
            None,
            None
        )
        .as_deref(),
        Some("2023-05-01")
    );
}

#[test]
fn a_month_without_a_year_is_the_latest_such_month_for_done_cuts() {
    let published = NaiveDate::from_ymd_opt(2024, 12, 3);
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers in late October.",
            published,
            None
        )
        .as_deref(),
        Some("2024-10-01")
    );
    let published = NaiveDate::from_ymd_opt(2024, 3, 14);
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers in December.",
            published,
            None
        )
        .as_deref(),
        Some("2023-12-01")
    );
}

#[test]
fn without_a_publication_date_the_urls_year_folder_gives_the_year() {
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers in May.",
            None,
            Some("https://news.example/business/2020/northwind-cuts")
        )
        .as_deref(),
        Some("2020-05-01")
    );
}

#[test]
fn a_dateline_opening_the_text_is_the_pages_date() {
    for text in [
        "Published 2023-04-20 Northwind Traders laid off 180 employees on Thursday.",
        "April 20, 2023 — Northwind Traders laid off 180 employees on Thursday.",
    ] {
        assert_eq!(
            earliest(text, None, None).as_deref(),
            Some("2023-04-20"),
            "{text}"
        );
    }
    // A near miss: a date that belongs to the sentence is the round's date, and gives no
    // publication date for "Thursday".
    assert_eq!(
        earliest(
            "April 20, 2023 was the day Northwind Traders laid off 180 employees.",
            None,
            None
        )
        .as_deref(),
        Some("2023-04-20")
    );
}

#[test]
fn a_line_near_the_top_that_is_only_a_day_is_the_pages_date() {
    let text = "Northwind cuts jobs\nThe retailer is the latest to shed staff\nMarch 15, 2024\nNorthwind Traders laid off 180 employees on Thursday.";
    assert_eq!(earliest(text, None, None).as_deref(), Some("2024-03-14"));
}

#[test]
fn a_deadline_or_a_benchmark_year_gives_no_year() {
    // The only year is a target: the months stay without a year.
    assert_eq!(
        earliest(
            "In July, Northwind Traders laid off 570 people. It aims to break even by the end of its 2023 fiscal year.",
            None,
            None
        ),
        None
    );
    // A benchmark is no date of the round.
    let published = NaiveDate::from_ymd_opt(2024, 5, 2);
    assert_eq!(
        earliest(
            "Northwind Traders, whose shares are down 90% from their 2020 peak, is cutting 400 workers.",
            published,
            None
        )
        .as_deref(),
        Some("2024-05-01")
    );
}

/// A date that ends a verb phrase joined to the cut by "and" or "but" dates that phrase,
/// where the cut's own words give a date after it ("was fined in March and laid off 250
/// workers in April"). Near misses: a date fronted before both ("In March, ... closed a
/// branch and laid off 250 workers") and a single date before the cut still date it.
#[test]
fn a_date_of_a_joined_verb_phrase_gives_way_to_the_cuts_own() {
    let dated = |text: &str| {
        extract_published(text)
            .iter()
            .filter(|c| c.headcount.as_ref().and_then(|h| h.min) == Some(250))
            .map(|c| c.date.as_ref().map(|d| d.earliest.to_string()))
            .collect::<Vec<_>>()
    };
    for s in [
        "Olumo Bank was fined in January and laid off 250 workers in February.",
        "Olumo Bank was barred from trading in January but laid off 250 workers in February.",
        "Olumo Bank will cut 400 jobs. The reductions follow a round of 1,200 in January and a smaller cut of 250 jobs in February.",
    ] {
        assert_eq!(dated(s), [Some("2024-02-01".to_string())], "{s}");
    }
    for s in [
        "In January, Olumo Bank closed a branch and laid off 250 workers.",
        "Olumo Bank was fined in January and laid off 250 workers.",
    ] {
        assert_eq!(dated(s), [Some("2024-01-01".to_string())], "{s}");
    }
    // (Both firms of a compound subject take the fronted date.)
    let s =
        "In January, Olumo Bank and Globex laid off 250 workers, a year after their 2023 merger.";
    assert_eq!(
        dated(s),
        [
            Some("2024-01-01".to_string()),
            Some("2024-01-01".to_string())
        ],
        "{s}"
    );
}

/// An announcement's date in a clause of its own, parted from the cut by a comma and a
/// conjunction, does not date the cut: "Coastline Media said last week it would stop
/// printing three papers, and the Lakeview Courier laid off 12 staffers in January".
/// Near miss: the announcement dates its own clause's closure.
#[test]
fn an_announcement_in_a_clause_of_its_own_dates_no_other_cut() {
    let of_12 = |text: &str| {
        extract_published(text)
            .iter()
            .filter(|c| c.headcount.as_ref().and_then(|h| h.min) == Some(12))
            .map(|c| c.date.as_ref().map(|d| d.earliest.to_string()))
            .collect::<Vec<_>>()
    };
    for s in [
        "Coastline Media said last week it would stop printing three of its weekly papers, and the Lakeview Courier laid off 12 staffers in January.",
        "The Lakeview Courier laid off 12 staffers in January, and Coastline Media said last week it would stop printing three weekly papers.",
    ] {
        assert_eq!(of_12(s), [Some("2024-01-01".to_string())], "{s}");
    }
    // A clause that goes on with what is said keeps the announcement's date.
    assert_eq!(
        of_12("Coastline Media said on Monday that revenue fell in 2023, and that it would lay off 12 staffers."),
        [Some("2024-03-11".to_string())]
    );
    let claims = extract_published(
        "Coastline Media said on Monday it would close a printing plant, and the Lakeview Courier laid off 12 staffers in January.",
    );
    let closure = claims.iter().find(|c| c.company == "Coastline Media");
    assert_eq!(
        closure
            .and_then(|c| c.date.as_ref())
            .map(|d| d.earliest.to_string()),
        Some("2024-03-11".to_string())
    );
}

#[test]
fn reported_speech_dates_its_own_round() {
    let claims = extract(&Document {
        text: "Northwind Traders is laying off 10,000 workers. The latest layoffs, announced on Tuesday, come after Northwind Traders said in November that it was eliminating 11,000 jobs.",
        published: NaiveDate::from_ymd_opt(2023, 3, 15),
        ..Default::default()
    });
    let of = |n: u64| {
        claims
            .iter()
            .find(|c| c.headcount.as_ref().and_then(|h| h.min) == Some(n))
            .and_then(|c| c.date.as_ref())
            .map(|d| d.earliest.to_string())
    };
    assert_eq!(of(10_000).as_deref(), Some("2023-03-14"));
    assert_eq!(of(11_000).as_deref(), Some("2022-11-01"));
}

#[test]
fn a_day_alone_on_its_line_near_the_top_is_the_pages_date_whatever_follows_the_break() {
    let text = "Globex Traders to cut jobs\n\nMarch 15, 2024\nA photo caption: rain on bicycles\n\nGlobex Traders will cut 300 jobs.";
    assert_eq!(earliest(text, None, None).as_deref(), Some("2024-03-01"));
    // Near miss: a day inside a sentence is no dateline.
    let text = "Globex Traders to cut jobs\n\nOn March 15, 2024 it rained.\n\nGlobex Traders will cut 300 jobs.";
    assert_ne!(earliest(text, None, None).as_deref(), Some("2024-03-01"));
}

#[test]
fn a_staff_count_stated_at_a_date_dates_no_round_and_no_document() {
    // "out of 3,800 employees reported on December 31, 2021" dates the count of staff,
    // not the cut, nor the year a bare "June" elsewhere falls in.
    let text = "In June, Northwind Traders laid off around 1,100 employees. Globex cut about 9% of its staff, out of 3,800 employees reported on December 31, 2021.";
    assert_eq!(earliest(text, None, None), None);
    // Near miss: a date the cut itself carries still dates it.
    assert_eq!(
        earliest(
            "Northwind Traders laid off 1,100 employees on December 31, 2021.",
            None,
            None
        ),
        Some("2021-12-31".into())
    );
}

#[test]
fn a_year_a_trend_began_gives_no_year() {
    // "since ... in 2022" is where a trend began: the text was written later, so a bare
    // "June" stays without a year.
    let text = "Northwind Traders laid off 441 employees in June. The company has lost 500,000 subscribers since a rival app emerged in 2022.";
    assert_eq!(earliest(text, None, None), None);
    let text =
        "Northwind Traders laid off 441 employees in June. It has cut 2,000 jobs since 2022.";
    assert_eq!(earliest(text, None, None), None);
    // Near miss: a comma closes the "since" clause; the year after it is the text's.
    let text =
        "Northwind Traders laid off 441 employees in June. Since then, it opened 3 shops in 2023.";
    assert_eq!(earliest(text, None, None).as_deref(), Some("2023-06-01"));
}

#[test]
fn a_holiday_on_a_fixed_day_dates_its_round() {
    assert_eq!(
        earliest(
            "On Valentine’s Day 2008, Northwind Traders said it would shed 100 jobs.",
            None,
            None
        )
        .as_deref(),
        Some("2008-02-14")
    );
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers on New Year's Eve, 2019.",
            None,
            None
        )
        .as_deref(),
        Some("2019-12-31")
    );
    // Near miss: a holiday whose day moves is no date.
    assert_eq!(
        earliest(
            "Northwind Traders laid off 300 workers at Easter.",
            None,
            None
        ),
        None
    );
}

/// The headcounts of the claims of `text` with no publication date, in order.
fn undated_figures(text: &str) -> Vec<Option<u64>> {
    extract(&Document {
        text,
        ..Default::default()
    })
    .into_iter()
    .map(|c| c.headcount.and_then(|h| h.min.or(h.max)))
    .collect()
}

#[test]
fn without_a_year_months_apart_still_tell_rounds_apart() {
    // No publication date and no year: "in May" dates nothing, yet a figure of May is no
    // part of the first quarter's round.
    for s in [
        "In the first quarter, Globex Bank cut its workforce by around 3,200 employees. \
         In addition, approximately 250 positions were eliminated in May.",
        "Globex Bank cut 3,200 jobs in January. It eliminated another 250 jobs in May.",
        "Globex Bank said in March that it would cut 10,000 jobs. The bank cut around \
         4,000 of those positions last month.",
    ] {
        let mut got = undated_figures(s);
        got.sort();
        assert_eq!(got.len(), 2, "{s}: {got:?}");
        assert!(got.iter().all(Option::is_some), "{s}: {got:?}");
    }
    // Near misses: a figure broken down with no date of its own stays part of its round,
    // and triggers that share one figure in a sentence are one round even when the second
    // names when the cuts fall ("in late April").
    assert_eq!(
        undated_figures(
            "In the first quarter, Globex Bank cut 3,200 jobs. About 250 of them were in London."
        ),
        [Some(3200)]
    );
    assert_eq!(
        undated_figures(
            "Globex founder Jane Smith said in March that the company will cut 10,000 jobs \
             across two rounds of layoffs in late April and late May."
        ),
        [Some(10000)]
    );
}

#[test]
fn without_a_publication_date_a_round_of_last_year_is_not_the_plan_reported() {
    let kinds = |s: &str| -> Vec<(headcount_extract::Kind, Option<u64>, Option<f64>)> {
        extract(&Document {
            text: s,
            ..Default::default()
        })
        .into_iter()
        .map(|c| (c.kind, c.headcount.and_then(|h| h.min), c.percent))
        .collect()
    };
    use headcount_extract::Kind::{Layoff, Plan};
    assert_eq!(
        kinds(
            "Globex Bank is planning to lay off at least 1,300 employees. Last year, the bank \
             reduced its headcount by six percent."
        ),
        [(Plan, Some(1300), None), (Layoff, None, Some(6.0))]
    );
    // Near miss: nothing places the second sentence before the plan, so it tells of it.
    assert_eq!(
        kinds(
            "Globex Bank is planning to lay off at least 1,300 employees. The bank reduced its \
             headcount by six percent."
        )
        .len(),
        1
    );
}

#[test]
fn without_a_publication_date_closures_of_last_year_are_not_the_closures_reported() {
    let closures = |s: &str| -> Vec<(Option<u64>, Vec<String>)> {
        extract(&Document {
            text: s,
            ..Default::default()
        })
        .into_iter()
        .map(|c| (c.headcount.and_then(|h| h.max), c.locations))
        .collect()
    };
    let got = closures(
        "Globex is planning to close seven stores with the loss of as many as 145 jobs. \
         Globex closed three small stores at Leeds, Hull and Bradford last year.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, ["Leeds", "Hull", "Bradford"], "{got:?}");
    // Near miss: a closure with no date of its own is the one reported.
    let got = closures(
        "Globex is planning to close seven stores with the loss of as many as 145 jobs. \
         Globex will close three small stores at Leeds, Hull and Bradford.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_first_round_since_a_year_is_not_dated_to_that_year() {
    let published = NaiveDate::from_ymd_opt(2024, 3, 14);
    let claims = |text: &str| {
        extract(&Document {
            text,
            published,
            ..Default::default()
        })
    };
    // "its first layoffs since 2020" measures a gap; the round is Tuesday's.
    let got = claims("Globex cut 1,000 jobs on Tuesday, its first layoffs since 2020.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        got[0].date.as_ref().map(|d| d.earliest.to_string()),
        Some("2024-03-12".to_string())
    );
    // Near miss: a "when" clause after the year tells of that year's round.
    assert_eq!(
        earliest(
            "It is Globex's first lay-off exercise since 2020, when it showed about 360 employees the door.",
            published,
            None
        ),
        Some("2020-01-01".to_string())
    );
}

/// "On the same day" and "that same day" take the day last told before, within three
/// sentences.
#[test]
fn the_same_day_is_the_day_told_before() {
    let may_10 = NaiveDate::from_ymd_opt(2024, 5, 10);
    for text in [
        "Initech said on Thursday, May 2, that its chief executive had left. It announced \
         on the same day that it would cut 400 jobs.",
        "On May 2, Initech named a new chief executive. That same day, the company laid off \
         400 workers.",
    ] {
        assert_eq!(
            earliest(text, may_10, None).as_deref(),
            Some("2024-05-02"),
            "{text}"
        );
    }
    // Without a publication date, the URL's year folder gives the day its year.
    assert_eq!(
        earliest(
            "Globex said in a Thursday (May 2) press release that its chief had left. It \
             said on the same day that it has begun laying off about 400 employees.",
            None,
            Some("https://news.example/business/2024/globex-chief-leaves/")
        )
        .as_deref(),
        Some("2024-05-02")
    );
    // Near misses: only a month before; another firm's day. Both take the
    // publication's month, as a round of the page's company with no date of its own does.
    assert_eq!(
        earliest(
            "Initech said in April that its chief executive had left. It announced on the \
             same day that it had laid off 400 workers.",
            may_10,
            None
        )
        .as_deref(),
        Some("2024-05-01")
    );
    assert_eq!(
        earliest(
            "Initech named a new chief executive on May 2. The company laid off 400 workers \
             on the same day as its rival Globex.",
            may_10,
            None
        )
        .as_deref(),
        Some("2024-05-01")
    );
}

/// A season without a year in a round still to come points forward, as a bare month
/// does: no date of the round (its announcement is the publication's). A near miss: done
/// cuts "in the autumn" are last autumn's.
#[test]
fn a_season_without_a_year_in_a_plan_points_forward() {
    let june = NaiveDate::from_ymd_opt(2024, 6, 14);
    for s in [
        "Globex will close its plant in the autumn, cutting 140 jobs.",
        "Staff at Globex were told on Monday that 140 of them would lose their jobs when the site closes in the autumn.",
    ] {
        let claims = extract(&Document {
            text: s,
            published: june,
            ..Default::default()
        });
        assert_eq!(claims.len(), 1, "{s}: {claims:?}");
        let d = claims[0].date.as_ref().map(|d| d.earliest.to_string());
        assert!(d.as_deref() >= Some("2024-06-01"), "{s}: {d:?}");
    }
    assert_eq!(
        earliest(
            "Globex closed its plant in the autumn, cutting 140 jobs.",
            june,
            None
        ),
        Some("2023-09-01".to_string())
    );
}

/// (company, kind, year) of each claim of `text` with no publication date, sorted.
fn undated_rounds(text: &str) -> Vec<(String, String, Option<i32>)> {
    let mut out: Vec<_> = extract(&Document {
        text,
        ..Default::default()
    })
    .into_iter()
    .map(|c| {
        use chrono::Datelike;
        (
            c.company,
            format!("{:?}", c.kind),
            c.date.map(|d| d.earliest.year()),
        )
    })
    .collect();
    out.sort();
    out
}

#[test]
fn with_no_publication_date_an_unsized_layoff_of_a_stated_year_is_no_part_of_a_sized_plan() {
    // The plan is the undated news; the round of the stated year is one the text recalls,
    // and the short form of the firm's name is the firm.
    let got = undated_rounds(
        "Globex Sachs plans to cut more than 1,300 employees. Globex reinstated \
         performance-related job culls in 2022.",
    );
    assert_eq!(
        got,
        [
            ("Globex Sachs".to_string(), "Layoff".to_string(), Some(2022)),
            ("Globex Sachs".to_string(), "Plan".to_string(), None),
        ]
    );
    // Near miss: the same figure says the plan is the round of that year.
    let got = undated_rounds(
        "Globex Sachs plans to cut more than 1,300 employees. Globex began cutting \
         more than 1,300 employees in 2022.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn the_period_of_reported_results_dates_no_cut() {
    // Published Thursday 2025-02-06: the quarter of the results is not when the cut was.
    let p = NaiveDate::from_ymd_opt(2025, 2, 6);
    for s in [
        "Harlow Systems posted a fourth-quarter loss and said it would cut 1,100 jobs.",
        "Harlow Systems, reporting fourth-quarter results, said it would cut 1,100 jobs.",
        "Harlow Systems reported results for the fourth quarter and said it would cut 1,100 jobs.",
        "Harlow Systems posted first-quarter 2025 sales and said it would cut 1,100 jobs.",
        // A word for the kind of report between the period and the noun, and a year that
        // a determiner makes a modifier of the report.
        "Harlow Systems will cut 1,100 jobs, it said in its fourth-quarter interim report.",
        "Harlow Systems will cut 1,100 jobs, it said in its 2024 annual report.",
        "Harlow Systems will cut 1,100 jobs, it said in a fourth-quarter trading statement.",
    ] {
        assert_eq!(earliest(s, p, None).as_deref(), Some("2025-02-01"), "{s}");
    }
    // Near misses: the quarter of the cut itself, and a year that is a time ("in 2024"),
    // or cuts made, which the year of the report dates.
    for s in [
        "Harlow Systems cut 1,100 jobs in the fourth quarter.",
        "Harlow Systems cut 1,100 jobs in the fourth quarter, its results showed.",
    ] {
        assert_eq!(earliest(s, p, None).as_deref(), Some("2024-10-01"), "{s}");
    }
    for s in [
        "Harlow Systems cut 1,100 jobs in 2024, it said in its annual report.",
        "Harlow Systems cut 1,100 jobs, it said in its 2024 annual report.",
        "Harlow Systems said in its 2024 annual report that it cut 1,100 jobs and will hire more.",
    ] {
        assert_eq!(earliest(s, p, None).as_deref(), Some("2024-01-01"), "{s}");
    }
}

#[test]
fn a_month_after_a_verb_in_the_future_lies_ahead() {
    // Read in May 2025, "will lay off ... in July" is this July's cut, announced now; it
    // dates no July of last year, whatever the kind ("told the state" is notice given).
    let may = NaiveDate::from_ymd_opt(2025, 5, 15);
    for s in [
        "Bellamy Castings told the state it will lay off 142 workers in July.",
        "Bellamy Castings told employees it will lay off 142 workers in July.",
        "Bellamy Castings will lay off 142 workers starting in July.",
    ] {
        assert_eq!(earliest(s, may, None).as_deref(), Some("2025-05-01"), "{s}");
    }
    // Near miss: cuts done in July are last July's.
    assert_eq!(
        earliest("Bellamy Castings laid off 142 workers in July.", may, None).as_deref(),
        Some("2024-07-01")
    );
}

#[test]
fn this_summer_and_over_the_summer_are_this_years_season() {
    // Read in November 2025: the summer just past.
    let nov = NaiveDate::from_ymd_opt(2025, 11, 18);
    for s in [
        "Harborview Airlines laid off 350 ground staff this summer.",
        "Harborview Airlines laid off 350 ground staff earlier this summer.",
        "Harborview Airlines laid off 350 ground staff over the summer.",
    ] {
        assert_eq!(earliest(s, nov, None).as_deref(), Some("2025-06-01"), "{s}");
    }
    // Near miss: "over the next three years" is a plan's window, no date of the round.
    assert_eq!(
        earliest(
            "Harborview Airlines will cut 350 jobs over the next three years.",
            nov,
            None
        )
        .as_deref(),
        Some("2025-11-01")
    );
}

#[test]
fn a_second_look_at_session_25s_dates() {
    // Reported past speech: "would" dates the telling, not a time ahead.
    let june = NaiveDate::from_ymd_opt(2025, 6, 1);
    for (s, when) in [
        (
            "Acme notified the state in March that it would lay off 142 workers.",
            "2025-03-01",
        ),
        (
            "Acme told the state it would lay off 142 workers in April.",
            "2025-04-01",
        ),
    ] {
        assert_eq!(earliest(s, june, None).as_deref(), Some(when), "{s}");
    }
    // Results that report cuts made date them.
    let feb = NaiveDate::from_ymd_opt(2025, 2, 10);
    for (s, when) in [
        (
            "Acme's 2024 results showed it cut 2,000 jobs during the year.",
            "2024-01-01",
        ),
        (
            "On its fourth-quarter call, Acme said it had cut 1,000 jobs during the quarter.",
            "2024-10-01",
        ),
    ] {
        assert_eq!(earliest(s, feb, None).as_deref(), Some(when), "{s}");
    }
}

#[test]
fn the_day_a_round_was_announced_may_come_in_the_next_sentence() {
    // Published Friday 2025-03-14.
    let p = NaiveDate::from_ymd_opt(2025, 3, 14);
    for (s, day) in [
        (
            "Halden Foods will cut 240 jobs at its Wakefield bakery. The company announced the plan on Thursday.",
            "2025-03-13",
        ),
        (
            "Lumen Logistics will retrench 130 employees. In a statement on 8 March, the company said the cuts were needed.",
            "2025-03-08",
        ),
        (
            "Halden Foods is cutting 240 jobs. It told staff via email Monday.",
            "2025-03-10",
        ),
        // The news in the passive, told "to" the people it was told to.
        (
            "Halden Council will disestablish 210 roles. The proposal was presented to staff on Tuesday.",
            "2025-03-11",
        ),
        (
            "Halden Council will cut 210 roles. The plan was announced to the union on Tuesday.",
            "2025-03-11",
        ),
    ] {
        assert_eq!(earliest(s, p, None).as_deref(), Some(day), "{s}");
    }
    // Near misses: nothing announced; another firm's day; a day the cuts take effect far
    // from the verb; an earlier round told after "after".
    for s in [
        "Halden Foods will cut 240 jobs at its Wakefield bakery. Shares fell 5% on Thursday.",
        "Halden Foods will cut 240 jobs at its Wakefield bakery. Rival Globex announced its results on Thursday.",
        "Halden Foods will cut 240 jobs. The company said the bakery in Wakefield would finally close its doors on 30 March.",
        "Halden Foods will cut 240 jobs. The company announced a move to the new offices on Tuesday.",
    ] {
        assert_eq!(earliest(s, p, None).as_deref(), Some("2025-03-01"), "{s}");
    }
}

#[test]
fn a_round_dated_to_a_year_before_publication_is_no_part_of_the_undated_news() {
    let p = NaiveDate::from_ymd_opt(2025, 6, 12);
    let claims = |s: &str| {
        extract(&Document {
            text: s,
            published: p,
            ..Default::default()
        })
    };
    assert_eq!(
        claims("Chirply Inc. laid off 120 employees. The company cut roughly 25% of its staff in 2024.").len(),
        2
    );
    // Near miss: a round of this year, which the lead may tell.
    assert_eq!(
        claims(
            "Chirply Inc. laid off 120 employees. The company cut roughly 25% of its staff in May."
        )
        .len(),
        1
    );
}

/// A cut told in the pluperfect keeps its own date: "had" states a size only where no cut
/// is told before the date in its clause.
#[test]
fn a_cut_told_with_had_keeps_its_date() {
    let published = NaiveDate::from_ymd_opt(2025, 11, 6);
    for (s, want) in [
        (
            "Northwind Traders had let go of 350 employees in August 2023.",
            "2023-08-01",
        ),
        (
            "Northwind Traders had trimmed 10% of its workforce in February.",
            "2025-02-01",
        ),
    ] {
        assert_eq!(earliest(s, published, None).as_deref(), Some(want), "{s}");
    }
    // A workforce's size "as of" a date, or "its workforce of", dates no cut whatever comes
    // before it.
    let plan = extract(&Document {
        text: "Northwind Traders plans to lay off 10% of its workforce of 12,000 as of December 31, 2024.",
        published,
        ..Default::default()
    });
    assert!(plan[0]
        .date
        .as_ref()
        .is_some_and(|d| d.earliest.to_string() == "2025-11-01"));
    // Near miss: the size of a workforce at a date dates no cut.
    assert_eq!(
        earliest(
            "Northwind Traders had a global headcount of about 270,000 employees at the end of 2024.",
            published,
            None
        ),
        None
    );
}

/// An earlier round told after "after" is counted back from publication by the months or
/// years before that word: "a year after it eliminated 120 positions" (published
/// 2026-01-15) is about January 2025, "nine months after it laid off 120 workers" is April
/// 2025. Near misses: "just months after" counts nothing, and "less than two months after"
/// and "two weeks after" count back to no month; those rounds keep the page's month.
#[test]
fn an_earlier_round_is_counted_back_by_the_time_before_its_after() {
    let published = NaiveDate::from_ymd_opt(2026, 1, 15);
    let recalled = |text: &str| {
        let claims = extract(&Document {
            text,
            published,
            ..Default::default()
        });
        let c = claims
            .iter()
            .find(|c| c.headcount.as_ref().and_then(|h| h.min) == Some(120))
            .unwrap_or_else(|| panic!("{text}: {claims:?}"))
            .clone();
        let d = c.date.expect("a date");
        (d.earliest.to_string(), d.latest.to_string())
    };
    for (text, earliest, latest) in [
        (
            "Merlion Ride will cut 200 jobs, a year after it eliminated 120 positions.",
            "2024-12-01",
            "2025-02-28",
        ),
        (
            "Merlion Ride will cut 200 jobs. The cuts come a year after Merlion Ride retrenched 120 staff.",
            "2024-12-01",
            "2025-02-28",
        ),
        (
            "Merlion Ride will cut 200 jobs, nine months after it laid off 120 workers.",
            "2025-04-01",
            "2025-04-30",
        ),
        // From the later round's own date where the sentence gives one.
        (
            "Merlion Ride laid off 200 workers in January 2023, a year after it eliminated 120 positions.",
            "2021-12-01",
            "2022-02-28",
        ),
    ] {
        assert_eq!(
            recalled(text),
            (earliest.to_string(), latest.to_string()),
            "{text}"
        );
    }
    for text in [
        "Merlion Ride will cut 200 jobs, just months after it laid off 120 workers.",
        "Merlion Ride will cut 200 jobs, less than two months after it laid off 120 workers.",
        "Merlion Ride will cut 200 jobs, two weeks after it laid off 120 workers.",
    ] {
        assert_eq!(
            recalled(text),
            ("2026-01-01".to_string(), "2026-01-31".to_string()),
            "{text}"
        );
    }
}

/// The headline's company is the body's round however each names it: under "Veltrix to cut
/// jobs", "Veltrix Infosolutions will cut 1,200 jobs" is the story's round and takes the
/// publication month; under "Jobs to go at Cork plant", a place no cut names, the body's
/// firm is the story's. Near miss: under a headline naming another firm, "Globex to cut
/// jobs", a roundup's other firm takes no date.
#[test]
fn the_headlines_company_is_the_bodys_round_however_each_names_it() {
    let published = NaiveDate::from_ymd_opt(2024, 11, 20);
    let dated = |title: &str, text: &str| {
        extract(&Document {
            text,
            title: Some(title),
            published,
            ..Default::default()
        })
        .into_iter()
        .next()
        .and_then(|c| c.date)
        .map(|d| d.earliest.to_string())
    };
    for (title, text) in [
        ("Veltrix to cut jobs", "Veltrix Infosolutions will cut 1,200 jobs."),
        (
            "Jobs to go at Cork plant",
            "Lough Mahon Medical will cut 200 jobs at its plant in Ballincollig.",
        ),
        (
            "Penara Technologies to shut plant",
            "Penara Technologies Sdn Bhd will close its plant in Bayan Lepas, affecting 650 workers.",
        ),
    ] {
        assert_eq!(
            dated(title, text),
            Some("2024-11-01".to_string()),
            "{title}: {text}"
        );
    }
    assert_eq!(
        dated(
            "Globex to cut jobs",
            "Globex will cut 300 jobs. Initech will also cut 120 jobs."
        ),
        Some("2024-11-01".to_string())
    );
    let claims = extract(&Document {
        text: "Globex will cut 300 jobs. Initech will also cut 120 jobs.",
        title: Some("Globex to cut jobs"),
        published,
        ..Default::default()
    });
    let initech = claims
        .iter()
        .find(|c| c.company == "Initech")
        .expect("Initech");
    assert_eq!(initech.date, None);
}

/// Years counted back from publication date a round when they date its trigger: opening
/// the sentence ("Two years ago, Globex cut 7,000 jobs"), or right after the trigger's
/// object ("cut 7,000 jobs two years ago"): the three months around that many years
/// back. Near misses: a comparison's base, a founding in an aside, a clause of its own
/// after the object, and years after a comma, date nothing (the page's month stands).
#[test]
fn years_counted_back_date_the_round_they_open_or_close() {
    let day = NaiveDate::from_ymd_opt(2024, 1, 26);
    for (text, want) in [
        (
            "Two years ago, Northwind Traders cut 7,000 jobs.",
            "2021-12-01",
        ),
        (
            "A year ago, Northwind Traders said it would cut 10,000 jobs.",
            "2022-12-01",
        ),
        (
            "About a year ago, Northwind Traders cut 7,000 jobs.",
            "2022-12-01",
        ),
        (
            "Northwind Traders cut 7,000 jobs two years ago.",
            "2021-12-01",
        ),
        (
            "Northwind Traders cut 7,000 jobs in Oregon two years ago.",
            "2021-12-01",
        ),
        // Right after the verb of telling that governs the trigger.
        (
            "Northwind Traders announced a year ago that it would cut 10,000 jobs.",
            "2022-12-01",
        ),
        (
            "Northwind Traders itself said two years ago it would cut 10,000 jobs.",
            "2021-12-01",
        ),
    ] {
        assert_eq!(earliest(text, day, None).as_deref(), Some(want), "{text}");
    }
    for text in [
        "Northwind Traders cut 300 jobs as sales fell 10% from a year ago.",
        "Northwind Traders, founded two years ago, cut 300 jobs.",
        "Northwind Traders cut 300 jobs in a business it bought two years ago.",
        "Northwind Traders cut 300 jobs, more than it did two years ago.",
        "Northwind Traders, which said a year ago that revenue would grow, will cut 300 jobs.",
        // (From the review: another clause, a participle's own clause.)
        "Two years ago, Northwind Traders was hiring aggressively, but now it will cut 1,500 jobs.",
        "Northwind Traders will cut 300 jobs at a call centre opened two years ago in Belfast.",
        "Northwind Traders is laying off 400 workers hired two years ago to staff its plant.",
        "Northwind Traders said a year ago it was exploring a sale and is now cutting 700 jobs.",
    ] {
        assert_eq!(
            earliest(text, day, None).as_deref(),
            Some("2024-01-01"),
            "{text}"
        );
    }
}
