//! The kind of a cut trigger's round (layoff, plan or cumulative) from its form and the
//! cue words of its clause.

use crate::cues;
use crate::dates::DateSpan;
use crate::model::Kind;
use crate::tokens::{TokKind, Token};
use crate::triggers::{Form, TrigClass, TriggerHit};

#[allow(clippy::too_many_arguments)]
pub(super) fn frame_kind(
    toks: &[Token],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    class: TrigClass,
    form: Form,
    date: Option<&(DateSpan, String)>,
    text: &str,
) -> Kind {
    match class {
        TrigClass::Closure => return Kind::Closure,
        TrigClass::Hiring => return Kind::Hiring,
        TrigClass::Cut => {}
    }
    let clause = &toks[lo..hi];
    // "27,000 since 2022", "putting the total 2022 cuts north of 1,000".
    let since = date
        .as_ref()
        .is_some_and(|(d, _)| d.prefix == Some("since"));
    let near = &toks[hit.first.saturating_sub(4).max(lo)..(hit.last + 5).min(hi)];
    if since
        || near.iter().any(|t| {
            t.is_any(&[
                "total",
                "totals",
                "totaling",
                "totalling",
                "cumulative",
                "altogether",
            ])
        })
    {
        return Kind::Cumulative;
    }
    // "its fourth round of layoffs so far this year": counting rounds is no running
    // total of jobs (a near miss: "has cut 1,000 jobs so far this year" is one).
    let ordinal_round = clause.windows(2).any(|w| {
        w[0].is_any(&[
            "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "2nd", "3rd", "4th", "5th", "6th",
        ]) && w[1].is_any(&["round", "rounds", "wave", "waves", "tranche"])
    });
    if clause.windows(2).any(|w| w[0].is("so") && w[1].is("far")) && !ordinal_round
        || clause
            .windows(3)
            .any(|w| w[0].is("in") && w[1].is("the") && w[2].is_any(&["past", "last"]))
            && form == Form::Past
            && clause.iter().any(|t| t.is("has") || t.is("have"))
    {
        return Kind::Cumulative;
    }
    let before = &toks[hit.first.saturating_sub(6).max(lo)..hit.first];
    // "will begin closing stores": a start still to come is no start.
    let started = clause.iter().enumerate().any(|(k, t)| {
        t.is_any_of(started())
            && !(k > 0 && clause[k - 1].is_any(&["will", "would", "to", "ll", "shall"]))
    });
    // Index of `before`'s first token, and the trigger's own tokens.
    let start = hit.first - before.len();
    let own = &toks[hit.first..=hit.last];
    // "has gone ahead with the job cut": going ahead is doing it, not a plan ahead.
    let plan_word = |k: usize, t: &Token| {
        t.is_any_of(plan_strong())
            && !(t.is("ahead")
                && k > 0
                && toks[k - 1].is_any(&["go", "goes", "gone", "went", "going"]))
    };
    let strong = before
        .iter()
        .enumerate()
        .any(|(k, t)| plan_word(start + k, t))
        || own.iter().any(|t| t.is_any_of(plan_strong()))
        || clause
            .windows(3)
            .any(|w| w[0].is("over") && w[1].is("the") && w[2].is_any(&["next", "coming"]))
        || clause
            .windows(3)
            .any(|w| w[0].is("between") && w[1].is("now") && w[2].is("and"))
        || date.is_some_and(|(d, s)| {
            let pre = text[..d.start].trim_end();
            (pre.ends_with(" by") || pre.ends_with(" By") || s.contains("next"))
                && d.latest > d.earliest
        });
    // A modal inside the trigger itself ("jobs would go", "jobs could go") words it as
    // much as one before it.
    // "to" marks an infinitive ("to cut", "moves to make redundancies"), except between
    // two figures: "50 to 100 employees being let go" is a range.
    let number = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.kind == TokKind::Number)
    };
    // And right before a noun it is a preposition: "resorted to layoffs", "due to job cuts".
    let preposition = |k: usize| form == Form::Noun && k + 1 == hit.first;
    let range = |k: usize| number(k.checked_sub(1)) && number(Some(k + 1));
    let infinitive = |k: usize| !(range(k) || preposition(k));
    let weak = before
        .iter()
        .chain(own)
        .enumerate()
        .any(|(k, t)| t.is_any(cues::PLAN_WEAK) && (!t.is("to") || infinitive(start + k)));
    // "9,000 more cuts were ahead", "cuts are planned".
    let after = &toks[hit.last + 1..(hit.last + 5).min(hi).max(hit.last + 1)];
    let strong = strong
        || after
            .iter()
            .any(|t| t.is_any(&["ahead", "planned", "expected", "proposed", "looming"]));
    // "would be laying off 10%": the progressive after a future auxiliary.
    // "will begin laying off", "to start cutting": the same with a start still to come.
    let future_progressive = hit.first >= 2
        && (toks[hit.first - 1].is("be") && toks[hit.first - 2].is_any(&["will", "would", "ll"])
            || toks[hit.first - 1].is_any(&["begin", "start"])
                && toks[hit.first - 2].is_any(&["will", "would", "ll", "to"]));
    // "would be eliminated", "will also be cut", "are to be laid off": a participle after
    // a future auxiliary and "be". A near miss: "had been laid off" is done.
    let future_passive = hit.first >= lo + 2 && toks[hit.first - 1].is("be") && {
        let k = hit.first - 2;
        let k = if toks[k].is_any(&["also", "then", "eventually", "likely", "now"]) && k > lo {
            k - 1
        } else {
            k
        };
        toks[k].is_any(&[
            "will", "would", "ll", "shall", "to", "could", "may", "might",
        ])
    };
    let plan = match form {
        Form::Past => future_passive && !started,
        _ if strong => true,
        Form::Progressive => future_progressive && !started,
        Form::Base | Form::Noun => weak && !started,
    };
    if plan {
        Kind::Plan
    } else {
        Kind::Layoff
    }
}

static_set!(started, cues::STARTED);
static_set!(plan_strong, cues::PLAN_STRONG);
