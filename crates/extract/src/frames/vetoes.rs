//! Vetoes: the checks that drop a trigger before it makes a frame (negated, temporary,
//! one person, a habit, a sports layoff, a furlough, a product or a whole sector).

use super::job_nouns;
use crate::cues;
use crate::tokens::{TokKind, Token};
use crate::triggers::{TriggerHit, TRIGGERS};

/// Nouns after "layoff" that make it a modifier: "layoff insurance", "layoff rate".
pub(super) const COMPOUNDS: &[&str] = &[
    "insurance",
    "protection",
    "premiums",
    "premium",
    "policy",
    "policies",
    "coverage",
    "tracker",
    "fears",
    "anxiety",
    "rumors",
    "rumours",
    "season",
    "tips",
    "advice",
    "calculator",
    "rate",
    "rates",
    "data",
    "statistics",
    "trend",
    "trends",
    "survivors",
    "guide",
];

/// "will impact/affect N employees": a trigger that needs a measure before it.
pub(super) fn reaches_people(hit: &TriggerHit) -> bool {
    let first = TRIGGERS[hit.rule].pattern[0];
    first.starts_with("impact") || first.starts_with("affect")
}

/// Words for a measure that reaches people: "The move will impact 1,200 employees".
pub(super) const MEASURE_NOUNS: &[&str] = &[
    "move",
    "decision",
    "plan",
    "plans",
    "restructuring",
    "reorganization",
    "reorganisation",
    "changes",
    "cuts",
    "layoffs",
    "reduction",
    "reductions",
    "redundancies",
    "closure",
    "closures",
    "overhaul",
    "cutbacks",
    "program",
    "programme",
];

/// Plural nouns for kinds of employers: "layoffs at media companies".
pub(super) const GENERIC_EMPLOYERS: &[&str] = &[
    "companies",
    "firms",
    "businesses",
    "employers",
    "startups",
    "banks",
    "newspapers",
    "publishers",
    "retailers",
    "automakers",
    "carmakers",
    "manufacturers",
    "outlets",
    "lenders",
    "insurers",
    "universities",
    "hospitals",
    "councils",
    "studios",
    "agencies",
];

/// Words before a noun trigger that make it about a whole sector.
pub(super) const GENERIC: &[&str] = &[
    "tech",
    "industry",
    "sector",
    "global",
    "mass",
    "widespread",
    "recent",
    "economy",
    "nationwide",
    "industrywide",
    "media",
    "startup",
    "federal",
];

pub(super) fn negated(toks: &[Token], lo: usize, hit: &TriggerHit) -> bool {
    // Look back a few tokens within the clause: "has no plans to cut", "not laying off".
    let from = hit.first.saturating_sub(6).max(lo);
    toks[from..hit.first].iter().any(|t| t.is_any_of(negations()))
        // "no layoffs", "without job cuts"
        || toks.get(hit.last + 1).is_some_and(|t| t.is("freeze") || t.is("freezes"))
        // "If demand falls, X could cut jobs": a condition opening the sentence.
        || toks[..hit.first].first().is_some_and(|t| t.is_any(&["if", "unless", "whether"]))
}

pub(super) fn temporary(clause: &[Token]) -> bool {
    clause
        .iter()
        .any(|t| t.is_any(&["temporarily", "temporary"]))
        || clause.windows(3).any(|w| {
            w[0].is("for")
                && (w[1].kind == TokKind::Number
                    || w[1].is_any(&["two", "three", "four", "six", "several", "a", "few"]))
                && w[2].is_any(&["weeks", "months", "days", "week", "month", "few"])
        })
}

/// The cut's object is one person: a singular determiner and a singular person noun right
/// by the trigger, and no plural job noun in the clause.
pub(super) fn one_person(toks: &[Token], hit: &TriggerHit, lo: usize, hi: usize) -> bool {
    const ONE: &[&str] = &["a", "an", "the", "one", "this", "that", "his", "her"];
    const PERSON: &[&str] = &[
        "employee",
        "worker",
        "staffer",
        "manager",
        "executive",
        "reporter",
        "editor",
        "officer",
        "engineer",
        "teacher",
        "nurse",
        "driver",
        "person",
        "man",
        "woman",
        "director",
    ];
    let near = &toks[hit.first.saturating_sub(4).max(lo)..(hit.last + 4).min(hi).max(hit.first)];
    let single = near
        .windows(2)
        .any(|w| w[0].is_any(ONE) && w[1].is_any(PERSON))
        || near
            .windows(3)
            .any(|w| w[0].is_any(ONE) && w[2].is_any(PERSON));
    single
        && !toks[lo..hi]
            .iter()
            .any(|t| t.is_in(job_nouns()) && !t.is_any(PERSON))
}

/// "trims 2-7% of its workforce annually", "cuts staff every year": a habit, not a round.
/// A near miss: "cut 300 jobs this year" is one round.
pub(super) fn habitual(clause: &[Token]) -> bool {
    clause
        .iter()
        .any(|t| t.is_any(&["annually", "routinely", "habitually", "yearly"]))
        || clause.windows(2).any(|w| {
            w[0].is_any(&["every", "each"]) && w[1].is_any(&["year", "spring", "fall", "autumn"])
        })
}

/// "a four-year layoff", "his longest layoff": time away from competition.
pub(super) fn sports_layoff(toks: &[Token], hit: &TriggerHit) -> bool {
    let w = &toks[hit.first];
    if !w.is("layoff") {
        return false;
    }
    toks[hit.first.saturating_sub(3)..hit.first]
        .iter()
        .any(|t| {
            t.is_any(&[
                "year", "month", "week", "his", "her", "longest", "long", "injury",
            ])
        })
}

/// "furloughed" counts only when the text calls it job loss ("permanently", "ending").
pub(super) fn furlough_only(toks: &[Token], hit: &TriggerHit) -> bool {
    toks[hit.first]
        .text
        .to_ascii_lowercase()
        .starts_with("furlough")
        && !toks
            .iter()
            .any(|t| t.is_any(&["permanently", "permanent", "ending", "eliminated"]))
}

static_set!(negations, cues::NEGATIONS);
