//! The cue-word families of `cues.rs`, each through the whole extractor with a sentence of
//! its own: denials and negations give nothing, plan wording gives a plan, signs of a start
//! keep a layoff, running totals are cumulative, a closing is a closure.

mod common;

use common::extract_published;
use headcount_extract::Kind;

fn kinds(text: &str) -> Vec<Kind> {
    extract_published(text)
        .into_iter()
        .map(|c| c.kind)
        .collect()
}

#[test]
fn denials_negations_questions_and_hypotheticals_give_nothing() {
    for s in [
        "Northwind Traders denied a report that it will lay off 2,000 employees, calling it a rumour.",
        "Northwind Traders has no plans to cut jobs this year.",
        "Will Northwind Traders lay off 2,000 employees?",
        "If demand falls, Northwind Traders could cut jobs, analysts said.",
        "The tech industry shed 170,000 jobs last year, according to a tracker.",
        "Northwind Traders reversed its decision to lay off about 1,100 employees.",
        "Northwind Traders has scrapped plans to cut 500 jobs at its Leeds depot.",
        // Phrasal verbs and orders that drop a plan.
        "Northwind Traders backed away from a proposal to cut 15,000 jobs in Germany.",
        "Northwind Traders called off planned layoffs of 350 workers.",
        "A judge blocked Northwind Traders' plan to lay off 600 workers.",
        // What a budget or a deal keeps from happening.
        "Northwind Traders approved a budget that avoids layoffs.",
        "Northwind Traders said the deal averted job cuts at its Leeds depot.",
    ] {
        assert_eq!(kinds(s), Vec::<Kind>::new(), "{s}");
    }
    // Near miss: something else called off.
    assert_eq!(
        kinds("Northwind Traders called off the merger and cut 300 jobs."),
        [Kind::Layoff]
    );
    // Near miss: cuts made to avoid deeper ones are made.
    assert_eq!(
        kinds("Northwind Traders cut 300 jobs on Monday to avoid a loss this year."),
        [Kind::Layoff]
    );
    // Near misses: what a purpose clause prevents is something else.
    for s in [
        "To prevent bankruptcy, Northwind Traders will lay off 300 workers.",
        "Northwind Traders, seeking to avert insolvency, will cut 300 jobs.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
}

#[test]
fn a_contracted_not_negates_as_not_does() {
    // "didn't", "won’t", "isn't", "hasn't", "don't": the tokens "didn", "'", "t".
    for s in [
        "Northwind Traders didn't cut any jobs last year.",
        "Northwind Traders didn’t cut any jobs last year.",
        "Northwind Traders won't lay off 300 workers.",
        "Northwind Traders isn't cutting 200 jobs.",
        "Northwind Traders hasn't laid off any staff.",
        "Northwind Traders doesn't plan to cut jobs.",
        "“We don't believe in layoffs,” Northwind chief executive Jane Doe said.",
        "NORTHWIND TRADERS WON'T LAY OFF 300 WORKERS, SAYS CEO",
    ] {
        assert_eq!(kinds(s), Vec::<Kind>::new(), "{s}");
    }
    // Near misses: an apostrophe that is no contraction, and a contraction in a clause
    // of its own after the cut.
    assert_eq!(kinds("AT&T's unit will cut 300 jobs."), [Kind::Plan]);
    assert_eq!(
        kinds("Northwind Traders laid off 300 workers in March and didn't rule out more cuts."),
        [Kind::Layoff]
    );
    // Near misses: a contraction that negates something else, further from the cut.
    for s in [
        "Northwind Traders hasn't said why it laid off 300 workers.",
        "Northwind Traders couldn't keep all its staff and laid off 300 workers.",
    ] {
        assert_eq!(kinds(s), [Kind::Layoff], "{s}");
    }
}

#[test]
fn a_negation_in_a_relative_clause_about_the_subject_negates_only_that_clause() {
    for s in [
        "Northwind Traders, which didn't give a reason, laid off 300 workers.",
        "Northwind Traders, which gave no reason, laid off 300 workers.",
    ] {
        assert_eq!(kinds(s), [Kind::Layoff], "{s}");
    }
    // Near miss: the negation after the aside is the cut's own.
    assert_eq!(
        kinds("Northwind Traders, which has 900 staff, will not cut jobs."),
        Vec::<Kind>::new()
    );
}

#[test]
fn plan_and_started_wording() {
    assert_eq!(
        kinds("Northwind Traders plans to cut 300 jobs over the next two years."),
        [Kind::Plan]
    );
    assert_eq!(
        kinds("Northwind Traders said on Tuesday it will eliminate 300 jobs."),
        [Kind::Plan]
    );
    assert_eq!(
        kinds("Northwind Traders told employees on Tuesday that it will lay off 300 people."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Northwind Traders laid off 300 employees on Tuesday."),
        [Kind::Layoff]
    );
    // A start in the main clause is no start of the cut a relative clause tells.
    for s in [
        "The week began with Northwind Traders, which said Monday it would cut 1,800 jobs.",
        "The year started with Northwind Traders, which said it would cut 300 jobs.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
    // Near miss: the start after the relative clause is the cut's.
    assert_eq!(
        kinds(
            "Northwind Traders, which has 7,000 staff, began laying off 1,800 workers on Monday."
        ),
        [Kind::Layoff]
    );
}

#[test]
fn running_totals_and_closures() {
    assert_eq!(
        kinds("Northwind Traders has cut more than 27,000 jobs since 2022."),
        [Kind::Cumulative]
    );
    assert_eq!(
        kinds("Northwind Traders is closing 45 offices."),
        [Kind::Closure]
    );
}

#[test]
fn a_month_with_its_year_and_a_weekday_that_looks_back() {
    let date = |text: &str| {
        let c = extract_published(text);
        c[0].date
            .as_ref()
            .map(|d| (d.earliest.to_string(), d.latest.to_string()))
    };
    assert_eq!(
        date("Northwind Traders laid off 300 employees in February last year."),
        Some(("2023-02-01".into(), "2023-02-28".into()))
    );
    // A plan announced "Tuesday" was announced in the past, however far ahead it reaches.
    assert_eq!(
        date("Northwind Traders said Tuesday it would cut 300 jobs."),
        Some(("2024-03-12".into(), "2024-03-12".into()))
    );
}

#[test]
fn the_wording_decides_the_kind_not_a_bare_noun() {
    // A bare "job cut" beside "would eliminate" is the same plan.
    assert_eq!(
        kinds("Northwind Traders said it would eliminate 5,300 jobs, the largest job cut in its history."),
        [Kind::Plan]
    );
    // A modal inside the trigger: "jobs would go".
    assert_eq!(
        kinds("Northwind Traders announced that nearly 1,200 jobs would go at its plants."),
        [Kind::Plan]
    );
    // "to" between two figures is a range, not an infinitive.
    assert_eq!(
        kinds("Northwind Traders announced layoffs, with 50 to 100 employees being let go."),
        [Kind::Layoff]
    );
    // A past verb governing the noun says the cuts were made, against a headline's plan;
    // a noun alone would have left the plan standing.
    assert_eq!(
        kinds("Northwind Traders to cut 300 jobs.\nNorthwind Traders has carried out job cuts affecting 300 staff."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Northwind Traders to cut 300 jobs.\nNorthwind Traders faces job cuts affecting 300 staff."),
        [Kind::Plan]
    );
}

#[test]
fn habits_future_starts_and_deliberation() {
    // A habit is no round; a near miss: a round this year is one.
    assert_eq!(
        kinds("Northwind Traders trims 2% of its workforce annually on performance."),
        Vec::<Kind>::new()
    );
    assert_eq!(
        kinds("Northwind Traders trimmed 2% of its workforce this year."),
        [Kind::Layoff]
    );
    // "will begin" is a start still to come.
    assert_eq!(
        kinds("Northwind Traders said the company will begin laying off about 900 employees in the coming days."),
        [Kind::Plan]
    );
    // Weighing cuts is a plan.
    assert_eq!(
        kinds("Northwind Traders is the latest firm to consider laying off part of its workforce."),
        [Kind::Plan]
    );
}

#[test]
fn jobs_at_risk_and_measures_that_reach_people() {
    let claims = extract_published;
    // "at risk": a plan, its figure an upper bound.
    let got = claims("Up to 300 jobs are at risk at Northwind Traders.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].kind, Kind::Plan);
    let got = claims("Northwind Traders said 300 jobs are at risk.");
    let h = got[0].headcount.as_ref().unwrap();
    assert_eq!((h.min, h.max), (None, Some(300)));
    assert!(claims("Northwind Traders said customers are at risk.").is_empty());
    // A measure that impacts people; a near miss: tariffs that affect them.
    let got = claims("Northwind Traders said the move will impact 1,200 employees.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].headcount.as_ref().unwrap().min, Some(1200));
    assert!(claims("Northwind Traders said tariffs will affect 1,200 workers.").is_empty());
    // When the measure is itself a trigger, its frame keeps the figure.
    let got = claims(
        "Northwind Traders announced layoffs on Tuesday. The layoffs will affect 180 employees.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].headcount.as_ref().unwrap().min, Some(180));
}

#[test]
fn one_person_let_go_is_no_round() {
    assert_eq!(
        kinds("Within hours, Northwind Traders said the employee had been terminated."),
        Vec::<Kind>::new()
    );
    assert_eq!(
        kinds("Northwind Traders terminated 40 employees on Tuesday."),
        [Kind::Layoff]
    );
}

#[test]
fn going_ahead_is_doing_and_to_before_a_noun_is_a_preposition() {
    assert_eq!(
        kinds("Northwind Traders has gone ahead with the largest job cut, affecting 2,500 people."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Startups such as Northwind Traders have also resorted to layoffs this year."),
        [Kind::Layoff]
    );
    // A near miss: cuts still ahead are a plan.
    assert_eq!(
        kinds("Northwind Traders said 9,000 more job cuts were ahead."),
        [Kind::Plan]
    );
}

#[test]
fn a_shrinking_footprint_is_a_closure() {
    assert_eq!(
        kinds("Northwind Traders is cutting about 400 workers and plans to reduce its retail footprint."),
        [Kind::Layoff, Kind::Closure]
    );
    // A near miss: a footprint that grows.
    assert_eq!(
        kinds("Northwind Traders is expanding its retail footprint in Asia."),
        Vec::<Kind>::new()
    );
}

#[test]
fn a_shutdown_of_a_site_is_a_closure() {
    // The noun of "shut down", like "closure" for "close": a site's shutdown and the jobs
    // it costs.
    assert_eq!(
        kinds("Northwind Traders said on Monday the shutdown of its Ohio warehouse will cost about 200 jobs."),
        [Kind::Closure]
    );
    assert_eq!(
        kinds("Northwind Traders confirmed the shutdowns of three stores, with 90 jobs lost."),
        [Kind::Closure]
    );
    // Near misses: a shutdown that is no site's closing.
    assert_eq!(
        kinds("Northwind Traders warned that a government shutdown would delay its filings."),
        Vec::<Kind>::new()
    );
    assert_eq!(
        kinds("Northwind Traders said the shutdown of its website lasted two hours."),
        Vec::<Kind>::new()
    );
}

#[test]
fn a_range_after_between_may_close_with_to() {
    // "between 3% to 4%", "between 300 to 400": the loose form of "between ... and".
    let claims = extract_published("Northwind Traders will cut between 3% to 4% of its workforce.");
    assert_eq!(claims[0].percent, None, "a range is no single share");
    let claims = extract_published("Northwind Traders will cut between 300 to 400 jobs.");
    let h = claims[0].headcount.as_ref().expect("a count");
    assert_eq!((h.min, h.max), (Some(300), Some(400)));
    // Near miss: a single share keeps its value.
    let claims = extract_published("Northwind Traders will cut 3% of its workforce.");
    assert_eq!(claims[0].percent, Some(3.0));
}

#[test]
fn a_site_that_closes_is_a_closure() {
    // Variants: the site is the subject of an intransitive closing verb, and the jobs
    // lost with it size the closure.
    for (s, n) in [
        (
            "Northwind Traders said its Redcar steelworks would close with the loss of 2,200 jobs.",
            Some(2200),
        ),
        (
            "Northwind Traders' Leeds depot will close with the loss of 300 jobs.",
            Some(300),
        ),
        (
            "Northwind Traders said the plant is to close next year.",
            None,
        ),
        // A year between the closing and its loss is no figure of the loss.
        (
            "Northwind Traders will close its copper mines at Mount Isa in 2025 with the loss of about 1,200 jobs.",
            Some(1080),
        ),
        (
            "Northwind Traders will close its Leeds depot by 2026 with the loss of 300 jobs.",
            Some(300),
        ),
        // Near miss: a figure of workers before the loss is the loss's own.
        (
            "Northwind Traders will close its Leeds depot, with 300 of its workers at risk.",
            None,
        ),
    ] {
        let claims = extract_published(s);
        assert_eq!(claims.len(), 1, "{s}: {claims:?}");
        assert_eq!(claims[0].kind, Kind::Closure, "{s}");
        assert_eq!(claims[0].company, "Northwind Traders", "{s}");
        assert_eq!(claims[0].headcount.as_ref().and_then(|h| h.min), n, "{s}");
    }
    // Near misses: opening hours and a pause close no site.
    for s in [
        "Northwind Traders said its stores will close early on Christmas Eve.",
        "Northwind Traders said the plant will close temporarily for repairs.",
        "Northwind Traders said its shops close at 6pm on Sundays.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
}

#[test]
fn a_cancelled_round_gives_nothing() {
    for s in [
        "Northwind Traders cancels layoffs; 500 jobs saved",
        "Northwind Traders has cancelled a pending layoff of 500 workers.",
        "Northwind Traders is cancelling the job cuts it announced in May.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    // Near miss: a cancelled product is no cancelled round.
    assert_eq!(
        kinds("Northwind Traders cancelled its tablet and will cut 500 jobs."),
        [Kind::Plan]
    );
}

#[test]
fn a_denied_plan_leaves_a_dated_round_told_as_fact() {
    // Only a plan is denied: the layoff the text dates and tells with a past verb stays.
    let got = extract_published(
        "Acme Corp laid off 200 workers on Tuesday. A spokesman denied a report that Acme planned to close 50 stores.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].headcount.as_ref().and_then(|h| h.min), Some(200));
    // Near misses: a denial of cuts done taints them; an undated plan repeats the rumour.
    for s in [
        "Acme Corp laid off 200 workers on Tuesday, a report said. Acme denied that it laid off 200 workers.",
        "Acme Corp denied a report that it plans to lay off 10,000 workers. Reports said on Tuesday that Acme would cut 10,000 jobs.",
    ] {
        assert!(extract_published(s).is_empty(), "{s}");
    }
}

#[test]
fn warnings_surveys_and_plots_are_no_rounds() {
    // A cut that may come under a condition, a survey's share, a story's plot.
    for s in [
        "Globex could cut as many as 1,500 jobs if proposed tariffs take effect.",
        "Globex may have to cut 600 jobs unless sales recover.",
        "A survey by Globex found that 41% of executives expect to reduce headcount because of AI.",
        "About 30% of CFOs plan to cut jobs this year, a survey found.",
        "In the novel, the fictional Globex lays off half its staff.",
        "Affleck plays a sales executive laid off when his firm, Globex, cuts 3,000 jobs.",
    ] {
        assert!(extract_published(s).is_empty(), "{s}");
    }
    // Near misses: a plan under a condition the firm states; a question asked; an
    // industry named.
    for s in [
        "Globex will cut 1,500 jobs if the merger goes ahead.",
        "Globex may cut 300 jobs, and it is unclear if more will follow.",
        "In the film industry, Globex laid off 300 workers.",
    ] {
        assert_eq!(extract_published(s).len(), 1, "{s}");
    }
}

#[test]
fn an_institution_that_closes_for_good_is_a_closure() {
    // "would close permanently", "shut abruptly", "closed for good": no object needed.
    for s in [
        "Globex College announced in March that it would close permanently in May, affecting about 200 employees.",
        "The University of Globex shut abruptly in June, leaving 700 employees without jobs.",
        "Globex Stores closed for good on Sunday, leaving its 40 employees without jobs.",
    ] {
        assert!(kinds(s).contains(&Kind::Closure), "{s}: {:?}", kinds(s));
    }
    // Near misses: a market that closes, a store's hours.
    for s in [
        "Globex said the market closed higher on Friday as 300 workers returned.",
        "Globex Stores closes early on Sundays, its 40 employees said.",
    ] {
        assert!(!kinds(s).contains(&Kind::Closure), "{s}");
    }
}

#[test]
fn a_firm_that_leaves_a_market_closes_there() {
    // "has withdrawn from India and France", "pulled out of Russia", "closing its pilot
    // in Spain": a market left, staff and all.
    for s in [
        "Globex has withdrawn from India and France, its staff were told.",
        "Globex pulled out of Russia last year, its staff were told.",
        "Globex is exiting Southeast Asia, its staff were told.",
        "Globex is closing its early-stage pilot in Spain, its staff were told.",
        "Globex will shut its operations in Pakistan, affecting 200 employees.",
    ] {
        assert!(kinds(s).contains(&Kind::Closure), "{s}: {:?}", kinds(s));
    }
    // Near misses: a deal, talks or a holding left is no market.
    for s in [
        "Globex withdrew from the deal in March, its staff were told.",
        "Globex pulled out of talks with Initech, staff said.",
        "Globex has closed its stake in Spain, staff said.",
        "Globex exited its stake in Initech, employees said.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
}

#[test]
fn a_start_still_to_come_is_a_plan() {
    let got = extract_published("Harborview Airlines will lay off 600 workers starting in May.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].kind, Kind::Plan);
    // Near miss: a start that has come.
    let got = extract_published("Harborview Airlines is laying off 600 workers starting today.");
    assert_eq!(got[0].kind, Kind::Layoff);
    // A passive in the future puts its start ahead too; one told as done has begun.
    assert_eq!(
        kinds("About 600 workers at Harborview Airlines will be laid off indefinitely starting next month."),
        [Kind::Plan]
    );
    assert_eq!(
        kinds("About 600 workers at Harborview Airlines were laid off starting in January."),
        [Kind::Layoff]
    );
}

#[test]
fn cuts_ruled_out_or_called_untrue_give_nothing() {
    for s in [
        "Tidewell Foods ruled out layoffs for 2025.",
        "Tidewell Foods CEO said layoffs were not on the table.",
        "Tidewell Foods said layoffs are off the table.",
        "Tidewell Foods said reports it would cut 2,000 jobs were inaccurate.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    // Near misses: cuts that may come, a wrong bet, and something else ruled out.
    for s in [
        "Tidewell Foods said layoffs were on the table.",
        "Tidewell Foods cut 2,000 jobs after a wrong bet.",
        "Tidewell Foods, which has ruled out a sale, cut 300 jobs.",
    ] {
        assert_eq!(kinds(s).len(), 1, "{s}");
    }
}

#[test]
fn something_else_off_the_table_keeps_the_cut() {
    let got = kinds("Acme's decision to cut 300 jobs took closure off the table.");
    assert!(got.contains(&Kind::Plan), "{got:?}");
}

#[test]
fn a_round_named_by_its_ordinal_is_no_running_total() {
    // "its second this year": the round left unsaid after the ordinal is one round.
    for s in [
        "Northwind Traders has laid off 350 employees, its second this year.",
        "Northwind Traders has laid off 350 employees, the third in a year.",
        "Northwind Traders has cut 350 jobs this year, its second round this year.",
    ] {
        assert_eq!(kinds(s), [Kind::Layoff], "{s}");
    }
    // A near miss: with no ordinal, a perfect with a size this year sums the year.
    assert_eq!(
        kinds("Northwind Traders has laid off 350 employees this year."),
        [Kind::Cumulative]
    );
}

#[test]
fn a_statistics_office_reports_losses_it_does_not_make() {
    for s in [
        "The Office for National Statistics said 50,000 jobs were lost in manufacturing last year.",
        "Stats NZ said 12,000 jobs were lost in the June quarter.",
        "Statistics Canada said 30,000 jobs were lost in May.",
    ] {
        assert!(kinds(s).is_empty(), "{s}");
    }
    // A near miss: its own cut, as the subject of a verb of cutting.
    assert_eq!(
        kinds("Statistics Canada will cut 200 jobs, the agency said."),
        [Kind::Plan]
    );
}

#[test]
fn an_ordinal_that_ranks_the_firm_names_no_round() {
    // "the third in its industry" ranks; "the third in a year" counts rounds.
    assert_eq!(
        kinds(
            "Northwind Traders has cut 2,000 jobs this year, the third in its industry to do so."
        ),
        [Kind::Cumulative]
    );
}

#[test]
fn an_unsaid_round_may_be_timed_by_a_month() {
    assert_eq!(
        kinds("Northwind Traders has laid off 350 employees, the third in March."),
        [Kind::Layoff]
    );
}

#[test]
fn a_plan_set_aside_or_a_report_called_false_gives_nothing() {
    for s in [
        "Lee Valley Brewing has withdrawn plans to make 90 workers redundant.",
        "Lee Valley Brewing dropped plans to cut 90 jobs.",
        "Lee Valley Brewing has put on hold plans to cut 90 jobs.",
        "Lee Valley Brewing paused its proposal to cut 90 jobs.",
        "Lee Valley Brewing reversed a plan, announced last week, to cut 90 jobs.",
        "Lee Valley Brewing announced 90 job cuts in November but reversed course a week later.",
        "Lee Valley Brewing on Monday called a report that it would cut 90 jobs \"false and irresponsible\".",
        "Lee Valley Brewing has put its plans to cut 90 head-office jobs on hold.",
        "Lee Valley Brewing's plan to close its Hull bottling line, with the loss of 90 jobs, has been scrapped.",
        "A proposal by Lee Valley Brewing to close its bottling line, which would have cost 90 jobs, has been withdrawn.",
        "Plans by Lee Valley Brewing to cut 90 jobs were shelved on Monday.",
        "Lee Valley Brewing puts head-office job cuts on hold",
        "Lee Valley Brewing put layoffs of 90 workers on hold.",
        "Lee Valley Brewing will not go ahead with a proposal to eliminate about 90 jobs.",
        "Lee Valley Brewing won't proceed with plans to cut 90 jobs.",
        "Lee Valley Brewing decided not to go ahead with a plan to cut 90 jobs.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    // Near misses: the verbs with other objects, or past a conjunction.
    for (s, k) in [
        (
            "Lee Valley Brewing withdrew from the Irish market and cut 90 jobs.",
            Kind::Layoff,
        ),
        (
            "Shares dropped 5% as Lee Valley Brewing cut 90 jobs.",
            Kind::Layoff,
        ),
        (
            "Lee Valley Brewing did not go ahead with the merger and cut 90 jobs.",
            Kind::Layoff,
        ),
        (
            "Lee Valley Brewing will go ahead with a proposal to eliminate about 90 jobs.",
            Kind::Plan,
        ),
        (
            "Lee Valley Brewing halted production, a spokesman said, cutting 90 jobs.",
            Kind::Layoff,
        ),
        (
            "Lee Valley Brewing reversed its decision, a spokesman said, and will cut 90 jobs.",
            Kind::Plan,
        ),
        (
            "Lee Valley Brewing called the report accurate and said it would cut 90 jobs.",
            Kind::Plan,
        ),
        // A plan approved, or put into action; a relative clause's "was withdrawn".
        (
            "The plan to cut 90 jobs at Lee Valley Brewing has been approved.",
            Kind::Plan,
        ),
        (
            "Lee Valley Brewing has put its plans to cut 90 jobs into action.",
            Kind::Plan,
        ),
        (
            "Lee Valley Brewing put 90 staff on notice of layoffs.",
            Kind::Layoff,
        ),
    ] {
        assert_eq!(kinds(s), [k], "{s}");
    }
}

/// Cuts someone is kept from ("A court has blocked X from laying off 400 workers",
/// "refrained from cutting jobs"), and cuts a verb sets aside ("suspended the planned
/// redundancy of 400 workers"), give nothing. Near misses: kept from something else, or
/// another thing set aside.
#[test]
fn cuts_someone_is_kept_from_or_that_are_set_aside_give_nothing() {
    for s in [
        "A court has blocked Kilindini Cargo Handlers from laying off 400 workers.",
        "The Employment Court stopped Kilindini Cargo Handlers from making 400 workers redundant.",
        "A judge barred Kilindini Cargo Handlers from carrying out layoffs of 400 dock workers.",
        "Kilindini Cargo Handlers refrained from cutting 400 jobs last year.",
        "The court has suspended the planned redundancy of 400 workers at Kilindini Cargo Handlers Ltd.",
        "Kilindini Cargo Handlers halted the proposed layoffs of 400 dock workers.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    for (s, k) in [
        (
            "Kilindini Cargo Handlers, barred from trading in March, laid off 400 workers.",
            Kind::Layoff,
        ),
        (
            "Kilindini Cargo Handlers suspended production and laid off 400 workers.",
            Kind::Layoff,
        ),
        (
            "Kilindini Cargo Handlers moved from cutting hours to laying off 400 workers.",
            Kind::Layoff,
        ),
        // A keeping tried, refused or negated keeps no one; an adjective sets nothing
        // aside.
        (
            "A judge declined to block Kilindini Cargo Handlers from laying off 400 workers.",
            Kind::Layoff,
        ),
        (
            "The union stopped short of blocking Kilindini Cargo Handlers from laying off 400 workers.",
            Kind::Layoff,
        ),
        (
            "Kilindini Cargo Handlers resumed the suspended layoffs of 400 workers on Monday.",
            Kind::Layoff,
        ),
    ] {
        assert_eq!(kinds(s), [k], "{s}");
    }
}

#[test]
fn cuts_that_people_fear_give_nothing() {
    for s in [
        "Harrow Valley Foods workers fear losing their jobs as the merger nears.",
        "Staff at Harrow Valley Foods are worried about losing their jobs.",
        "Harrow Valley Foods shares fell amid fears of job cuts.",
        "Harrow Valley Foods employees fear further layoffs after the merger.",
        "Harrow Valley Foods employees are concerned about potential job losses.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    // Near misses: cuts told as fact, a fear of something else, a figure feared.
    for (s, k) in [
        (
            "The union raised concerns over the 300 job cuts Harrow Valley Foods announced on Monday.",
            Kind::Layoff,
        ),
        (
            "Harrow Valley Foods workers who feared the merger lost their jobs in May.",
            Kind::Layoff,
        ),
        (
            "Harrow Valley Foods fears for its margins and will cut 300 jobs.",
            Kind::Plan,
        ),
        // The firm of a sentence of fears stays in view for "the company" after it.
        (
            "Harrow Valley Foods shares fell amid fears of job cuts. The company cut 300 jobs in May.",
            Kind::Layoff,
        ),
    ] {
        assert_eq!(kinds(s), [k], "{s}");
    }
}

#[test]
fn cuts_whose_subject_is_a_kind_of_firm_are_no_ones() {
    for s in [
        "Challis & Webb said US employers announced 61,000 job cuts in February.",
        "Challis & Webb said tech companies cut 20,000 jobs in February.",
        "Northwind Traders said retailers have cut 5,000 jobs this year.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    // Near misses: firms counted, so named before; the firm beside the kind.
    assert_eq!(
        kinds("Challis & Webb said the two employers announced 600 job cuts in February."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Northwind Traders, like other retailers, cut 300 jobs."),
        [Kind::Layoff]
    );
}

#[test]
fn posts_to_go_told_to_staff_or_due_by_a_time_ahead_are_a_plan() {
    for s in [
        "Northmoor University will axe about 320 jobs, staff were told on Tuesday.",
        "Northmoor University told staff on Tuesday it will cut 300 jobs.",
        "Ashgrove Capital will eliminate 3,500 roles, the bank said on Monday, extending a cost drive that began in 2023.",
        "Dunmore Bank will cut 203 positions in Charlotte, according to WARN notices it filed with the state.",
        // Said long before, with or without a time it is due by: a report of what was
        // announced tells no more than that (a plan is never logged as done for its age).
        "Ferris Trust said in October 2023 that it would cut 5% of its workforce by the middle of 2026.",
        "Ferris Trust said in October 2023 that it would cut 5% of its workforce.",
        "In January, Ferris Trust announced plans to cut 1,340 jobs.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
    // Near misses: staff told they will be laid off have had their notice; a start at
    // once.
    for s in [
        "Airbnb told employees Tuesday that it will lay off nearly 1,900 employees.",
        "Initech will lay off 300 workers, starting immediately.",
    ] {
        assert_eq!(kinds(s), [Kind::Layoff], "{s}");
    }
}

#[test]
fn totals_over_a_stretch_and_sums_of_one_round_to_come() {
    let sized = |s: &str| -> Vec<(Kind, Option<u64>)> {
        extract_published(s)
            .into_iter()
            .map(|c| (c.kind, c.headcount.and_then(|h| h.min.or(h.max))))
            .collect()
    };
    // The cuts over a stretch that a round brings to a figure, with no word of a total.
    assert_eq!(
        sized("Orbitline Systems will lay off 1,100 more employees, bringing the company's job cuts since 2022 to more than 9,000."),
        [(Kind::Plan, Some(1100)), (Kind::Cumulative, Some(9000))]
    );
    // A total that a closing is the reason for stays a total.
    assert_eq!(
        sized(
            "Brightmart has now cut more than 4,000 jobs since 2023 as it shrinks its footprint."
        )[0],
        (Kind::Cumulative, Some(4000))
    );
    // One round still to come, summed: a plan; the figure past "by a further".
    assert_eq!(
        sized("Dunmore Bank will cut a total of 203 positions."),
        [(Kind::Plan, Some(203))]
    );
    assert_eq!(
        sized("Raidio Media is to reduce its headcount by a further 400 by 2028."),
        [(Kind::Plan, Some(400))]
    );
    // Near misses: a total done; costs reduced by a further amount.
    assert_eq!(
        sized("Dunmore Bank has cut a total of 203 positions."),
        [(Kind::Cumulative, Some(203))]
    );
    assert!(sized("Raidio Media is to reduce its costs by a further 400 million.").is_empty());
}

#[test]
fn consultations_on_cuts_are_a_plan_and_over_after_talks_is_about() {
    // A consultation on cuts comes before them, in the plural too, even when it began.
    for s in [
        "Northwind Traders began consultations on 2,500 job cuts on Tuesday.",
        "Northwind Traders launched a consultation on 200 redundancies.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
    // "over" after a noun of talks says what they are about: the figure is exact.
    let counts = |s: &str| {
        extract_published(s)
            .into_iter()
            .map(|c| c.headcount.map(|h| (h.min, h.max)))
            .collect::<Vec<_>>()
    };
    for s in [
        "Northwind Traders entered consultation with unions over 450 job losses.",
        "Northwind Traders opened talks with the union over 450 job losses.",
        "Northwind Traders faces talks over 450 job losses.",
    ] {
        assert_eq!(counts(s), [Some((Some(450), Some(450)))], "{s}");
    }
    // Near misses: "over" before a figure of cuts is "more than", and after the people
    // the talks are with.
    for s in [
        "Northwind Traders began consultation with unions representing over 450 workers facing redundancy.",
        "Northwind Traders cut over 450 jobs.",
        "Northwind Traders, which met with unions, cut over 450 jobs.",
    ] {
        assert_eq!(counts(s), [Some((Some(450), None))], "{s}");
    }
}

#[test]
fn closing_supermarkets_is_a_closure() {
    assert_eq!(
        kinds(
            "Northwind Traders will close 42 of its supermarkets, affecting about 3,000 employees."
        ),
        [Kind::Closure]
    );
    assert_eq!(
        kinds("Northwind Traders will shut two hypermarkets in Lyon."),
        [Kind::Closure]
    );
    // Near miss: a supermarket that reports another's cuts names no site closed.
    assert_eq!(
        kinds("Supermarket Aldi said it will cut 300 jobs."),
        [Kind::Plan]
    );
}

#[test]
fn staff_told_of_cuts_a_verb_in_the_future_governs_hear_of_a_plan() {
    // Telling staff starts nothing that a future verb governs: a noun it takes ("will
    // seek 300 voluntary redundancies") or a verb "and" joins to it ("will close three
    // weeklies and cut 58 jobs").
    for s in [
        "Northwind Traders will seek 300 voluntary redundancies, the company told staff on Tuesday.",
        "Northwind Traders will close three community weeklies and cut 58 jobs, the company said in a memo to staff on Tuesday.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
    // Near misses: redundancies made, then told; a future verb in another clause; a
    // start that is under way.
    assert_eq!(
        kinds("Northwind Traders will meet unions after 300 redundancies, staff were told."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Northwind Traders has made 300 redundancies, staff were told on Tuesday."),
        [Kind::Layoff]
    );
    assert_eq!(
        kinds("Northwind Traders will make 40 redundancies, starting immediately."),
        [Kind::Layoff]
    );
}

#[test]
fn a_passive_whose_subject_is_a_thing_right_before_it_cuts_no_staff() {
    // "after its funding was cut": the determiner and noun before the auxiliary are the
    // passive's subject, so only the first cut is a round, and a plan.
    assert_eq!(
        kinds("Northwind Traders will cut 46 jobs after its funding was cut."),
        [Kind::Plan]
    );
    // (One word may describe the thing: "after its State funding was cut".)
    assert_eq!(
        kinds("Northwind Traders is to make 46 staff redundant after its State funding was cut by a third."),
        [Kind::Plan]
    );
    // Near miss: jobs cut before are a round of their own.
    assert_eq!(
        kinds("Northwind Traders will cut 46 jobs after 300 jobs were cut last year."),
        [Kind::Plan, Kind::Layoff]
    );
}

#[test]
fn a_scheme_of_leaving_offered_is_a_plan() {
    // The offer is not the leaving: "offers early retirement to 300 staff".
    for s in [
        "Globex Bank offers early retirement to 300 staff.",
        "Globex Bank offered voluntary redundancy to 300 staff.",
    ] {
        assert_eq!(kinds(s), [Kind::Plan], "{s}");
    }
    // Near miss: staff who took it up have left.
    assert_eq!(
        kinds("Globex Bank said 300 staff accepted voluntary redundancy."),
        [Kind::Layoff]
    );
}

#[test]
fn buyouts_and_deferred_resignation_taken_are_cuts_and_offered_to_all_are_a_pool() {
    let figure = |s: &str| {
        extract_published(s)
            .into_iter()
            .map(|c| (c.kind, c.headcount.and_then(|h| h.min), c.percent))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        figure("Northwind Traders said 2,400 employees took voluntary buyouts."),
        [(Kind::Layoff, Some(2400), None)]
    );
    assert_eq!(
        figure("Roughly 2,400 employees of Northwind Traders have accepted the deferred resignation offer."),
        [(Kind::Layoff, Some(2160), None)]
    );
    // Offered to all staff: a plan whose figure is the pool, not the leavers.
    for s in [
        "Northwind Traders has offered voluntary buyouts to all of its 8,000 staff.",
        "Northwind Traders offered deferred resignation to all 8,000 staff.",
        "Northwind Traders offered voluntary buyouts to all staff.",
    ] {
        assert_eq!(figure(s), [(Kind::Plan, None, None)], "{s}");
    }
    // Near misses: an offer to counted staff bounds the leavers, and a layoff of all
    // staff is all of them; a deferred payment is no scheme.
    assert_eq!(
        extract_published("Northwind Traders offered voluntary buyouts to 300 staff.")[0]
            .headcount
            .as_ref()
            .map(|h| (h.min, h.max)),
        Some((None, Some(300)))
    );
    assert_eq!(
        figure("Northwind Traders will lay off all 900 staff at its Leeds depot."),
        [(Kind::Plan, Some(900), Some(100.0))]
    );
    assert!(figure("Northwind Traders agreed a deferred payment to 300 suppliers.").is_empty());
}

#[test]
fn posts_abolished_and_rif_notices_are_cuts() {
    for s in [
        "Northwind Traders issued RIF notices to 1,000 employees.",
        "About 1,300 employees of Northwind Traders were notified on Tuesday that their positions will be abolished.",
        "Northwind Traders abolished 300 posts in March.",
    ] {
        assert_eq!(kinds(s), [Kind::Layoff], "{s}");
    }
    // Near miss: a fee abolished is no post.
    assert_eq!(
        kinds("Northwind Traders abolished the fee in March."),
        Vec::<Kind>::new()
    );
    // Near miss: a rule abolished for staff abolishes no post.
    assert_eq!(
        kinds("Northwind Traders will abolish its dress code for 3,000 employees."),
        Vec::<Kind>::new()
    );
}

/// Cuts that name talks, an intent or a process right after them ("a redundancy
/// consultation", "a layoff plan", "a retrenchment process"), or that talks are over, are
/// still to come, whoever has begun the talks. Near misses: "has begun redundancies" has
/// begun the cuts, "revealed the layoff plans" points back to the round in view, a process
/// completed is done, and staff who joined a retirement programme have left.
#[test]
fn cuts_that_talks_are_about_are_a_plan() {
    let kind = |s: &str| extract_published(s).first().map(|c| c.kind);
    for s in [
        "Lough Mahon Medical is to cut 200 jobs. It said it had begun a collective redundancy consultation with staff representatives.",
        "Lough Mahon Medical has begun a redundancy consultation affecting 200 jobs.",
        "Lough Mahon Medical began talks with unions over 200 job cuts.",
        "Kestrel Mining has started a retrenchment process that puts up to 2,300 jobs on the line, the union said.",
        "Kestrel Mining has begun a redundancy process affecting 300 jobs.",
    ] {
        assert_eq!(kind(s), Some(Kind::Plan), "{s}");
    }
    for s in [
        "Lough Mahon Medical has begun redundancies affecting 200 jobs.",
        "Lough Mahon Medical laid off 200 workers on Monday. It revealed the layoff plans in a regulatory filing.",
        "Talks between Lough Mahon Medical and unions over the 400 layoffs made last year collapsed on Monday.",
        "Lough Mahon Medical completed a redundancy consultation in January and 200 staff left the company in February.",
        "Kestrel Mining completed a retrenchment process affecting 2,300 workers.",
        "Kestrel Mining's retrenchment process ended in January after 2,300 workers left.",
        "A total of 2,300 employees joined Kestrel Mining's voluntary retirement programme, the company said.",
    ] {
        assert_eq!(kind(s), Some(Kind::Layoff), "{s}");
    }
}
