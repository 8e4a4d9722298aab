//! Running totals stated after a round: "fired 385 people more, bringing its total to
//! 1,100", "cut 50 jobs, taking total job losses this year to 900", "which raises the
//! tally of layoffs to 3,000". The figure after "to" counts every round so far, so it is
//! a cumulative claim of its own, and never the figure of the round beside it.
//!
//! Near misses that state no total of cuts: "bringing its total workforce to 3,000",
//! "taking total revenue to $5 billion", "raising the number of employees to 12,000".

use super::Frame;
use crate::dates::DateSpan;
use crate::model::Kind;
use crate::quantity::Count;
use crate::tokens::{apostrophe_s, TokKind, Token};
use crate::triggers::TriggerHit;

/// A running-total phrase in a sentence: `toks[verb..=to]` ("bringing its total ...
/// to"), and its figure.
#[derive(Debug, Clone)]
pub(super) struct RunningTotal {
    /// The verb that opens the phrase ("bringing").
    pub verb: usize,
    /// The "to" before the figure.
    pub to: usize,
    /// The figure, as `quantity` read it.
    pub count: Count,
}

/// The verbs that move a total to a new figure.
const MOVING_VERBS: &[&str] = &[
    "bringing", "brings", "brought", "bring", "taking", "takes", "took", "take", "raising",
    "raises", "raised", "pushing", "pushes", "pushed", "lifting", "lifts", "lifted",
];

static_set!(moving_verbs, MOVING_VERBS);

/// The nouns of a total.
const TOTAL_NOUNS: &[&str] = &["total", "tally", "count", "toll", "number"];

/// Words a total's phrase may hold without saying what is counted: "its total", "the
/// overall tally this year", "Vedantu's total so far".
const LIGHT_WORDS: &[&str] = &[
    "its",
    "the",
    "their",
    "his",
    "her",
    "our",
    "a",
    "overall",
    "combined",
    "cumulative",
    "running",
    "total",
    "tally",
    "count",
    "toll",
    "this",
    "year",
    "so",
    "far",
    "to",
    "date",
    // "the total since 2023", "its tally over the past two years".
    "since",
    "over",
    "past",
    "last",
    "years",
    "months",
    "two",
    "three",
    "four",
    "five",
    "few",
    "several",
];

/// The nouns of cuts a total counts: "total job cuts", "the tally of redundancies"; and
/// what a stretch's cuts are called ("the company's job cuts since 2022").
const CUT_NOUNS: &[&str] = &[
    "cuts",
    "layoffs",
    "lay-offs",
    "reductions",
    "redundancies",
    "losses",
    "eliminations",
];

/// With [`CUT_NOUNS`], the words that say a total counts cuts: "the number of employees
/// laid off", "the departures".
const CUT_WORDS: &[&str] = &[
    "departures",
    "exits",
    "laid",
    "cut",
    "eliminated",
    "lost",
    "affected",
    "axed",
    "shed",
    "let",
    "fired",
    "redundant",
];

/// How many words a phrase may hold between its verb and "to".
const REACH: usize = 14;

/// The running-total phrases of a sentence, in text order.
pub(super) fn running_totals(toks: &[Token], counts: &[Count]) -> Vec<RunningTotal> {
    let mut out = Vec::new();
    let verbs = moving_verbs();
    for (verb, t) in toks.iter().enumerate() {
        if !t.is_any_of(verbs) {
            continue;
        }
        let end = (verb + 1 + REACH).min(toks.len());
        let Some(to) = (verb + 1..end).find(|&k| toks[k].is("to")) else {
            continue;
        };
        let words = &toks[verb + 1..to];
        // Or the cuts over a stretch, with no word of a total: "bringing the company's
        // job cuts since 2022 to more than 9,000". (A near miss: "bringing job cuts to
        // 300 this week" names no stretch.)
        let cuts_over_time = words.iter().any(|w| w.is_any(CUT_NOUNS))
            && words
                .iter()
                .any(|w| w.is_any(&["since", "far", "date", "year", "years"]))
            // ("raised its planned job cuts for next year to 2,000" plans.)
            && !words
                .iter()
                .any(|w| w.is_any(&["planned", "proposed", "next", "targeted", "expected"]));
        if !(words.iter().any(|w| w.is_any(TOTAL_NOUNS)) || cuts_over_time)
            || !counts_cuts(toks, verb + 1, to)
        {
            continue;
        }
        // The figure opens right after "to": "to 1,100", "to more than 3,000" (not
        // "to $5 billion").
        let Some(next) = toks.get(to + 1) else {
            continue;
        };
        if let Some(count) = counts.iter().find(|c| c.start == next.start) {
            out.push(RunningTotal {
                verb,
                to,
                count: count.clone(),
            });
        }
    }
    out
}

/// Do the words `toks[from..to]` count cuts: a word of cuts among them, or only light
/// words and an owner ("its total", "Vedantu's tally")?
fn counts_cuts(toks: &[Token], from: usize, to: usize) -> bool {
    let words = &toks[from..to];
    if words
        .iter()
        .any(|w| w.is_any(CUT_NOUNS) || w.is_any(CUT_WORDS))
    {
        return true;
    }
    (from..to).all(|k| {
        let w = &toks[k];
        w.is_any(LIGHT_WORDS)
            || w.kind == TokKind::Number
            || apostrophe_s(toks, k)
            || (k > from && apostrophe_s(toks, k - 1))
            || (w.is_capitalized() && apostrophe_s(toks, k + 1))
    })
}

/// Gives each running total of a sentence its claim. A trigger inside the phrase ("taking
/// the total number of job losses to 900") counts the total; else the round before it
/// ("fired 385 people more, bringing its total to 1,100") gets a second frame, for the
/// total. Either way the total is cumulative, dated only by a date within its phrase
/// ("bringing its total this year to 200"), and no other frame of the sentence keeps its
/// figure or a date of its phrase.
/// `made` pairs each trigger's first frame in `out` with the trigger's index in `hits`.
pub(super) fn count_running_totals(
    text: &str,
    toks: &[Token],
    hits: &[TriggerHit],
    totals: &[RunningTotal],
    made: &[(usize, usize)],
    dates: &[DateSpan],
    out: &mut Vec<Frame>,
) {
    let Some(&(first, _)) = made.first() else {
        return;
    };
    for total in totals {
        let from = toks[total.verb].start;
        // The phrase runs to the next trigger after its figure, or the sentence's end.
        let until = hits
            .iter()
            .find(|h| h.first > total.to)
            .map_or(text.len(), |h| toks[h.first].start);
        let within = |d: &DateSpan| d.start >= from && d.end <= until;
        let date = dates
            .iter()
            .find(|d| within(d))
            .map(|d| (d.clone(), text[d.start..d.end].to_string()));
        let figure = (
            total.count.clone(),
            text[total.count.start..total.count.end].to_string(),
        );
        let inside = made
            .iter()
            .find(|&&(_, h)| hits[h].first > total.verb && hits[h].last < total.to);
        let own = match inside {
            Some(&(f, _)) => f,
            None => {
                let Some(&(f, _)) = made.iter().rfind(|&&(_, h)| hits[h].last < total.verb) else {
                    continue;
                };
                let mut copy = out[f].clone();
                copy.new_round = false;
                copy.breakdown = None;
                copy.current = false;
                out.push(copy);
                out.len() - 1
            }
        };
        let frame = &mut out[own];
        frame.kind = Kind::Cumulative;
        frame.kind_worded = true;
        frame.count = Some(figure);
        frame.percent = None;
        frame.dated = date.is_some();
        frame.date = date.clone();
        frame.fields = ["kind", "company", "headcount"]
            .into_iter()
            .chain(date.is_some().then_some("date"))
            .collect();
        for (k, other) in out.iter_mut().enumerate().skip(first) {
            if k == own {
                continue;
            }
            if other
                .count
                .as_ref()
                .is_some_and(|(c, _)| c.start == total.count.start)
            {
                other.count = None;
                other.breakdown = None;
                other.fields.retain(|f| *f != "headcount");
            }
            if other.date.as_ref().is_some_and(|(d, _)| within(d)) {
                other.date = None;
                other.dated = false;
                other.fields.retain(|f| *f != "date");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quantity::find_counts_in;
    use crate::tokens::tokenize;

    fn totals(s: &str) -> Vec<String> {
        let toks = tokenize(s);
        let counts = find_counts_in(&toks);
        running_totals(&toks, &counts)
            .into_iter()
            .map(|r| s[r.count.start..r.count.end].to_string())
            .collect()
    }

    #[test]
    fn totals_of_cuts_are_found() {
        for (s, figure) in [
            (
                "Vedantu fired 385 people more, bringing its total to 1,100.",
                "1,100",
            ),
            (
                "Globex cut 50 jobs, bringing its total reductions this year to 200.",
                "200",
            ),
            (
                "It cut 120 jobs, taking the total number of job losses at the company to 900.",
                "900",
            ),
            (
                "The move raises the tally of layoffs to more than 3,000.",
                "more than 3,000",
            ),
            (
                "Initech shed 40 roles, pushing Initech's total to 640.",
                "640",
            ),
            (
                "Carrow Bank will cut 700 jobs, lifting the tally since 2023 to 5,000.",
                "5,000",
            ),
            (
                "It will cut 700 jobs, bringing its total over the past two years to 5,000.",
                "5,000",
            ),
        ] {
            assert_eq!(totals(s), vec![figure.to_string()], "{s}");
        }
    }

    #[test]
    fn totals_of_other_things_are_not() {
        for s in [
            "Globex hired 300 people, bringing its total workforce to 3,000.",
            "The deal brings its total revenue to $5 billion.",
            "Globex raised the number of employees to 12,000.",
            "It took the company two years to 2024 to recover.",
            "Globex is bringing 300 jobs to Ohio.",
        ] {
            assert!(totals(s).is_empty(), "{s}");
        }
    }
}
