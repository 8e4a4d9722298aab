//! The clause a trigger governs: its bounds (where it starts and ends, and where its
//! figures may start), and a second object after its first.

use super::is_job_noun;
use crate::orgs::OrgMention;
use crate::quantity::Count;
use crate::tokens::Token;
use crate::triggers::TriggerHit;

/// After the first object of a cut ("60 engineers"), "and" + a figure + an employer's
/// name + a job noun ("and 150 Uber Freight workers"): the mention, the figure and the
/// index of the job noun.
pub(super) fn second_object<'o>(
    toks: &[Token],
    counts: &'o [Count],
    orgs: &'o [OrgMention],
    first_count: usize,
    hi: usize,
) -> Option<(&'o OrgMention, &'o Count, usize)> {
    let and = (first_count + 1..hi.min(toks.len())).find(|&i| toks[i].is("and"))?;
    let next = toks.get(and + 1)?;
    let c2 = counts.iter().find(|c| c.start == next.start)?;
    let after_count = (and + 1..hi.min(toks.len())).find(|&i| toks[i].start >= c2.end)?;
    let org = orgs.iter().find(|o| o.first == after_count)?;
    let noun = org.last + 1;
    (noun < toks.len() && is_job_noun(&toks[noun])).then_some((org, c2, noun))
}

fn clause_start(toks: &[Token], hits: &[TriggerHit], h: usize, orgs: &[OrgMention]) -> usize {
    let hit = hits[h];
    let semi = toks[..hit.first]
        .iter()
        .rposition(|t| t.text == ";" || t.text == ":")
        .map_or(0, |i| i + 1);
    let prev = if h > 0 {
        let p = hits[h - 1].last + 1;
        // A new subject between the two triggers starts a new clause.
        if orgs.iter().any(|o| o.first >= p && o.last < hit.first) {
            p
        } else {
            0
        }
    } else {
        0
    };
    semi.max(prev)
}

/// Where a trigger's clause and its arguments lie, as token indexes.
pub(super) struct Bounds {
    /// The clause starts here: after the last ';' or ':', or after the previous trigger
    /// when a new subject comes between them.
    pub lo: usize,
    /// Figures and dates come after the previous trigger.
    pub arg_lo: usize,
    /// Figures come after a conjunction between the two triggers.
    pub figures_lo: usize,
    /// The clause ends at the next trigger, ';' or ':'.
    pub hi: usize,
}

/// Conjunctions that end one trigger's clause before the next: "cut 40 positions in July
/// 2023, and slashed its workforce by 14%", "will total 18,000 while Meta announced".
pub(super) const CONJUNCTIONS: &[&str] = &["and", "but", "while", "whereas"];

/// The bounds of trigger `h`'s clause in a sentence.
pub(super) fn bounds(toks: &[Token], hits: &[TriggerHit], h: usize, orgs: &[OrgMention]) -> Bounds {
    let hit = hits[h];
    // The clause: from the last ';' (or the previous trigger with its own subject) to
    // the next ';' or trigger.
    let lo = clause_start(toks, hits, h, orgs);
    // Figures and dates come after the previous trigger: "continued to lay off workers
    // this year, after cutting more than 27,000 jobs since 2022".
    let arg_lo = if h > 0 {
        lo.max(hits[h - 1].last + 1)
    } else {
        lo
    };
    // A conjunction between the two triggers ends the first one's figures: "cut 40
    // positions in July 2023, and slashed its workforce by 14% in late 2022". (A date
    // before it may still be shared: "announced on Monday it was cutting 17% and
    // closing offices".)
    let figures_lo = if h > 0 {
        toks[arg_lo..hit.first.max(arg_lo)]
            .iter()
            .rposition(|t| t.is_any(CONJUNCTIONS))
            .map_or(arg_lo, |k| arg_lo + k + 1)
    } else {
        arg_lo
    };
    let hi = hits.get(h + 1).map_or(toks.len(), |n| n.first).min(
        toks.iter()
            .enumerate()
            .skip(hit.last)
            .find(|(_, t)| t.text == ";" || t.text == ":")
            .map_or(toks.len(), |(i, _)| i),
    );
    Bounds {
        lo,
        arg_lo,
        figures_lo,
        hi,
    }
}
