//! The clause a trigger governs: where it starts, and a second object after its first.

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

pub(super) fn clause_start(
    toks: &[Token],
    hits: &[TriggerHit],
    h: usize,
    orgs: &[OrgMention],
) -> usize {
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
