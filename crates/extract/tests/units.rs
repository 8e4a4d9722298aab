//! The units a claim names, through the whole extractor with sentences of our own: each
//! rule with its variants and a near miss that must not fire.

mod common;

use common::extract_published;

fn units(text: &str) -> Vec<Vec<String>> {
    extract_published(text)
        .into_iter()
        .map(|c| c.units)
        .collect()
}

/// A shorter form of a unit named in another sentence is the same unit: the headline's
/// words are the start or the end of the body's.
#[test]
fn a_shorter_form_in_another_sentence_is_the_same_unit() {
    assert_eq!(
        units(
            "Acme Lays Off 300 Theme Park Employees\n\
             Acme announced Tuesday it had laid off 300 employees in its theme park division. \
             Most of those let go worked part-time, but they make up a tenth of the 3,000 \
             Acme staff furloughed in the spring."
        ),
        [["theme park division"]]
    );
    // Near miss: an item of a list is a unit of its own, not a shorter form of the list.
    assert_eq!(
        units(
            "Initech will cut 300 jobs in its sales and marketing teams. It also cut jobs \
             in its sales team."
        ),
        [["sales and marketing teams", "sales team"]]
    );
}

/// A copula whose subject is the cut names the jobs it hit, past an adverb of focus.
#[test]
fn the_cuts_were_these_jobs() {
    assert_eq!(
        units(
            "Initech laid off 30 people. The layoffs were mostly QA and production roles, \
             the studio said."
        ),
        [["QA and production"]]
    );
    assert_eq!(
        units("Globex cut 200 jobs. The cuts were largely engineering positions."),
        [["engineering"]]
    );
    // Near miss: what the workforce is, not what the cut hit.
    assert_eq!(
        units("Hooli cut 200 jobs. Its workforce is mostly engineering roles."),
        [Vec::<String>::new()]
    );
}

/// Who sent word of a cut is no unit of it: "in an email from head office".
#[test]
fn the_sender_of_the_news_is_no_unit() {
    assert_eq!(
        units(
            "Initech will close all 300 stores and 2,000 staff will lose their jobs. Staff \
             were told of the closure timetable in an email from head office."
        ),
        [Vec::<String>::new()]
    );
    // Near miss: jobs cut from head office are the head office's.
    assert_eq!(
        units("Globex will cut 300 jobs from its head office, the company said in a statement."),
        [["head office"]]
    );
}

/// "The cuts hit X teams": the teams the cuts hit are units of the round, as with "affect".
#[test]
fn where_a_filing_went_is_no_unit() {
    // The office a notice is filed with, a public owner's department: no unit of the firm.
    for s in [
        "Acme will lay off 300 workers, according to a WARN notice filed with the state's Employment Development Department.",
        "Acme will lay off 300 workers, according to a notice filed with the Employment Development Department.",
        "Acme will lay off 300 workers, according to a notice submitted to the city's Planning Department.",
    ] {
        assert_eq!(units(s), [Vec::<String>::new()], "{s}");
    }
    // Near misses: the firm's own department, by possessive or after a preposition of cuts.
    assert_eq!(
        units("Acme will lay off 300 workers in its Sales Department."),
        [["Sales Department"]]
    );
    assert_eq!(
        units("Acme's marketing department will lose 300 workers."),
        [["marketing department"]]
    );
}

#[test]
fn the_teams_the_cuts_hit_are_units() {
    for s in [
        "Quantaro Systems has laid off 140 people. The cuts hit the sales and customer success teams hardest.",
        "Quantaro Systems laid off 140 people. The layoffs will mostly hit its sales division.",
    ] {
        let got = units(s);
        assert_eq!(got.len(), 1, "{s}");
        assert!(got[0].iter().any(|u| u.contains("sales")), "{s}: {got:?}");
    }
    // Near miss: what something else hits is no unit of the round.
    assert_eq!(
        units("Quantaro Systems has laid off 140 people after a slump hit its sales division."),
        [Vec::<String>::new()]
    );
}

/// One list of workplaces serves closings, places and units alike: a studio, a
/// distribution centre or a hotel is a site as a plant is.
#[test]
fn every_workplace_is_a_site_for_closings_places_and_units() {
    let claims = extract_published(
        "Sandpiper Games is shutting down its Montreal studio and laying off its 85 employees there.",
    );
    assert!(!claims.is_empty());
    for c in &claims {
        assert_eq!(c.units, ["Montreal studio"], "{claims:?}");
        assert_eq!(c.locations, ["Montreal"], "{claims:?}");
    }
    assert_eq!(
        units("Acme will lay off 95 workers at its distribution centre in Reno, Nevada."),
        [["distribution centre"]]
    );
    // Near misses: a capitalised workplace of care or trade names a firm, and the town
    // in its name is no place of the cuts; a bank's branches and a head office name no
    // unit.
    for s in [
        "Lakeside Hospital will cut 48 nursing positions.",
        "Cleveland Clinic will cut 500 jobs.",
    ] {
        let claims = extract_published(s);
        assert_eq!(claims.len(), 1, "{s}");
        assert!(claims[0].locations.is_empty(), "{s}: {claims:?}");
    }
    for s in [
        "Sony closed Firewalk Studios, laying off 200 people.",
        "Lloyds will cut 665 jobs and close 49 branches.",
    ] {
        let got = units(s);
        assert!(
            !got.is_empty() && got.iter().all(Vec::is_empty),
            "{s}: {got:?}"
        );
    }
}

/// A sentence that reports a round of its own gives its teams and sites to that round,
/// not to the round told before it.
#[test]
fn a_sentence_with_a_round_of_its_own_keeps_its_units() {
    let claims = extract_published(
        "Northwind Traders said it would lay off 300 employees. Initech, meanwhile, is closing its Austin office, affecting 80 workers.",
    );
    let northwind = claims
        .iter()
        .find(|c| c.company == "Northwind Traders")
        .expect("Northwind's round");
    assert!(northwind.units.is_empty(), "{claims:?}");
    let initech = claims
        .iter()
        .find(|c| c.company == "Initech")
        .expect("Initech's round");
    assert_eq!(initech.units, ["Austin office"]);
    // Near miss: a sentence with no round of its own still names the teams of the round
    // before it.
    assert_eq!(
        units("Northwind Traders said it would lay off 300 employees. The cuts will mostly affect its Austin office."),
        [["Austin office"]]
    );
}

/// A business that is sold, bought or spun off changes hands; the cuts do not hit it.
#[test]
fn a_business_that_changes_hands_is_no_unit_hit() {
    for s in [
        "Initech will cut 300 jobs, news that came with the sale of its enterprise division.",
        "Initech will cut 300 jobs after the spinoff of its infrastructure unit.",
    ] {
        assert_eq!(units(s), [Vec::<String>::new()], "{s}");
    }
    // Near miss: a closing hits the division it closes (the cut's unit, and the closing
    // of the division a round of its own).
    assert_eq!(
        units("Initech will cut 300 jobs with the closure of its enterprise division."),
        [["enterprise division"], ["enterprise division"]]
    );
}

/// A business the firm exits is where its cuts fall.
#[test]
fn a_business_exited_is_a_unit_hit() {
    assert_eq!(
        units("Initech will exit its content moderation business, cutting 6,000 jobs."),
        [["content moderation business"]]
    );
    // Near miss: a market left names no unit.
    assert_eq!(
        units("Initech will exit the Chinese market, cutting 6,000 jobs."),
        [Vec::<String>::new()]
    );
}

/// "like" lists units only after a word for units or staff.
#[test]
fn like_lists_units_only_after_a_word_for_them() {
    assert_eq!(
        units("Initech will cut 300 jobs in teams like sales and marketing."),
        [["sales and marketing"]]
    );
    // Near misses: perks, rival firms and staff spared are no units hit.
    for s in [
        "Initech will cut 300 jobs. Signs of cuts are when perks, like free dry cleaning, go.",
        "Initech will cut 300 jobs, after cuts at rival exchanges like Globex and Umbrella.",
    ] {
        assert_eq!(units(s), [Vec::<String>::new()], "{s}");
    }
}

/// Each claim's company, units and places, sorted by company.
fn units_and_places(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let mut out: Vec<_> = extract_published(text)
        .into_iter()
        .map(|c| (c.company, c.units, c.locations))
        .collect();
    out.sort();
    out
}

/// Where one sentence counts the cuts of two companies or more, a unit or a place it names
/// is the round's of the company named last before it.
#[test]
fn a_sentence_of_several_companies_gives_each_the_units_and_places_of_its_clause() {
    let owned = |c: &str, u: &[&str], l: &[&str]| {
        (
            c.to_string(),
            u.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
            l.iter().map(|s| s.to_string()).collect::<Vec<_>>(),
        )
    };
    assert_eq!(
        units_and_places(
            "Orbitline announced plans to cut 1,400 corporate jobs, while Halcyon confirmed \
             600 layoffs in its cloud division."
        ),
        [
            owned("Halcyon", &["cloud division"], &[]),
            owned("Orbitline", &["corporate"], &[]),
        ]
    );
    assert_eq!(
        units_and_places(
            "Northwind Stores will close 25 stores in the Midwest, affecting about 900 \
             workers; apparel chain Velvet Lane cut 140 corporate jobs at its New York \
             headquarters; and grocer Amberfield laid off 60 delivery drivers in Phoenix."
        ),
        [
            owned("Amberfield", &["delivery drivers"], &["Phoenix"]),
            owned("Northwind Stores", &["stores"], &["Midwest"]),
            owned("Velvet Lane", &["corporate"], &["New York"]),
        ]
    );
    // Near misses: one company's breakdown keeps every unit; companies listed as one
    // subject share the sentence's words.
    assert_eq!(
        units_and_places("Orbitline cut 300 jobs in its sales team and 200 in its cloud unit."),
        [owned("Orbitline", &["sales team", "cloud unit"], &[])]
    );
    assert_eq!(
        units_and_places("Orbitline and Halcyon cut 300 jobs in their sales teams in Ohio."),
        [
            owned("Halcyon", &["sales teams"], &["Ohio"]),
            owned("Orbitline", &["sales teams"], &["Ohio"]),
        ]
    );
}

/// The clause of each company keeps its own words whatever the distance to the figures.
#[test]
fn a_unit_or_place_is_the_round_of_the_company_named_last_before_it() {
    assert_eq!(
        units_and_places("Orbitline laid off 500 workers at its plant in Ohio, and Halcyon cut 200 jobs in Texas."),
        [
            ("Halcyon".to_string(), vec![], vec!["Texas".to_string()]),
            ("Orbitline".to_string(), vec![], vec!["Ohio".to_string()]),
        ]
    );
    assert_eq!(
        units_and_places("Orbitline will cut 1,200 jobs, most of them in its consumer division, and Halcyon will cut 300."),
        [
            ("Halcyon".to_string(), vec![], vec![]),
            ("Orbitline".to_string(), vec!["consumer division".to_string()], vec![]),
        ]
    );
}

/// The company's name with the staff it counts is the employer, not a team of it:
/// "hundreds of Halvern Bank workers", "300 Ferrow staff".
#[test]
fn the_company_and_its_staff_are_no_unit() {
    for s in [
        "Hundreds of Halvern Bank workers lost their jobs in May.",
        "About 300 Ferrow employees were laid off in May.",
        "Ferrow laid off 300 Ferrow staff in May.",
    ] {
        assert_eq!(units(s), [Vec::<String>::new()], "{s}");
    }
    // Near miss: a team named after its product keeps its name.
    assert_eq!(
        units("Ferrow laid off 300 workers in its Ferrow Cloud division in May."),
        [["Ferrow Cloud division"]]
    );
}
