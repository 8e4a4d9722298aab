//! The clause a trigger governs: its bounds (where it starts and ends, and where its
//! figures may start), and a second object after its first.

use super::is_job_noun;
use crate::orgs::OrgMention;
use crate::quantity::Count;
use crate::tokens::{TokKind, Token};
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

/// Whether token `i` opens a breakdown of the cuts: "including", "includes", "among
/// them", "among those", "such as". (A near miss: "the cuts fall mostly among engineers"
/// breaks nothing down.)
pub(super) fn opens_breakdown(toks: &[Token], i: usize) -> bool {
    let next = |w: &[&str]| toks.get(i + 1).is_some_and(|t| t.is_any(w));
    toks[i].is_any(&["including", "includes"])
        || toks[i].is("among") && next(&["them", "those"])
        || toks[i].is("such") && next(&["as"])
}

/// Rule `part-at-an-employer`: after a cut's first object, a breakdown's opener
/// ([`opens_breakdown`]), a figure, a few words for people, "at" and a name: the part of
/// the round at another employer, a subsidiary or studio ("Disney is laying off staffers
/// in its studio division, including six individuals at Searchlight"). Returns the
/// mention, the figure and where the part starts (its opener). `after` is the whole's
/// figure, or the trigger's last token. (Near misses: "including 40 at its Texas plant"
/// names a site, no employer; "including 40 engineers" names no employer; "including 20
/// kiosks at Target" counts no people.)
pub(super) fn part_at_employer<'o>(
    toks: &[Token],
    counts: &'o [Count],
    orgs: &'o [OrgMention],
    after: usize,
    hi: usize,
) -> Option<(&'o OrgMention, &'o Count, usize)> {
    let hi = hi.min(toks.len());
    let opener = (after + 1..hi).find(|&i| opens_breakdown(toks, i))?;
    let mut k = opener + 1;
    if toks.get(k).is_some_and(|t| t.is_any(&["them", "those"])) {
        k += 1;
    }
    let c = counts
        .iter()
        .find(|c| toks.get(k).is_some_and(|t| t.start == c.start))?;
    let at = (k + 1..(k + 6).min(hi)).find(|&i| toks[i].is("at"))?;
    // Between the figure and "at", nothing or words for people: "six individuals".
    let words: Vec<&Token> = toks[k + 1..at]
        .iter()
        .filter(|t| t.start >= c.end)
        .collect();
    let people = words.is_empty()
        || words
            .iter()
            .all(|t| t.kind == crate::tokens::TokKind::Word && !t.is_capitalized())
            && words.last().is_some_and(|t| {
                is_job_noun(t)
                    || crate::units::is_job_function(t)
                    || t.is_any(&["individuals", "people", "persons"])
            });
    let first = if toks.get(at + 1).is_some_and(|t| t.is("its")) {
        at + 2
    } else {
        at + 1
    };
    let org = orgs
        .iter()
        .find(|o| o.first == first && o.last < hi && !o.cited)?;
    people.then_some((org, c, opener))
}

/// One item of a gapped list after a cut's first object: "Microsoft announced 10,000
/// job cuts, Amazon 18,000 jobs or about 6% of its workforce, and Facebook parent Meta
/// around 11,000 roles" shares the verb with Amazon and Meta.
pub(super) struct Gapped<'o> {
    pub org: &'o OrgMention,
    pub count: &'o Count,
    /// Where the item starts (its separator) and ends, as token indexes.
    pub from: usize,
    pub to: usize,
}

/// The gapped items after token `after` (past the first object) up to `hi`: a comma or
/// "and", a name within a few words of description, a figure right after the name, and
/// a job noun or the item's end after the figure. (A near miss: "cut 300 jobs in Ohio,
/// Texas and Utah" gives no figure after a name.)
pub(super) fn gapped<'o>(
    toks: &[Token],
    counts: &'o [Count],
    orgs: &'o [OrgMention],
    after: usize,
    hi: usize,
) -> Vec<Gapped<'o>> {
    let hi = hi.min(toks.len());
    let mut items: Vec<Gapped<'o>> = Vec::new();
    let mut i = after;
    while i < hi {
        if !(toks[i].text == "," || toks[i].is("and")) {
            i += 1;
            continue;
        }
        let sep = i;
        let item = orgs
            .iter()
            .filter(|o| o.first > sep && o.first <= sep + 4 && o.last + 1 < hi && !o.cited)
            .find_map(|o| {
                // "Verizon's wireless unit 10,000": a part of the firm named between.
                let at = unit_after(toks, o, hi).unwrap_or(o.last + 1);
                let c = counts.iter().find(|c| c.start == toks[at].start)?;
                let end = (o.last + 1..hi)
                    .find(|&k| toks[k].start >= c.end)
                    .unwrap_or(hi);
                let closed = end == hi
                    || is_job_noun(&toks[end])
                    || matches!(toks[end].text, "," | "." | ";" | ")")
                    || toks[end].is("and");
                // Only words of description between the separator and the name.
                let described = toks[sep + 1..o.first]
                    .iter()
                    .all(|t| t.is("and") || t.kind == crate::tokens::TokKind::Word);
                (closed && described).then_some((o, c, end))
            });
        match item {
            Some((org, count, end)) => {
                if let Some(last) = items.last_mut() {
                    last.to = sep;
                }
                items.push(Gapped {
                    org,
                    count,
                    from: sep,
                    to: hi,
                });
                i = end;
            }
            None => i += 1,
        }
    }
    items
}

/// Where the figure of a gapped item starts after a possessive name and a part of the
/// firm it names: "Verizon's wireless unit 10,000" (up to three lower-case words ending
/// in a word for a part). (A near miss: "Verizon's wireless customers 10,000" names no
/// part, so the figure is no item's.)
fn unit_after(toks: &[Token], o: &OrgMention, hi: usize) -> Option<usize> {
    if !o.possessive || !crate::tokens::apostrophe_s(toks, o.last + 1) {
        return None;
    }
    let from = o.last + 3;
    let words = toks[from.min(hi)..hi]
        .iter()
        .take(3)
        .take_while(|t| {
            t.kind == crate::tokens::TokKind::Word && t.text.starts_with(char::is_lowercase)
        })
        .count();
    (1..=words)
        .rev()
        .find(|&n| {
            toks[from + n - 1].is_any(&[
                "unit",
                "division",
                "arm",
                "business",
                "subsidiary",
                "segment",
            ])
        })
        .map(|n| from + n)
        .filter(|&k| k < hi)
}

/// A colon inside brackets a few words long: "Harlow Systems (NASDAQ: HRLW) will cut
/// 1,100 jobs" keeps its subject. (A near miss: "Update: Initech cut 300 jobs" has no
/// bracket about the colon.)
fn colon_in_brackets(toks: &[Token], colon: usize) -> bool {
    let open = toks[colon.saturating_sub(3)..colon]
        .iter()
        .rposition(|t| matches!(t.text, "(" | ")"))
        .is_some_and(|k| toks[colon.saturating_sub(3) + k].text == "(");
    open && toks[colon + 1..toks.len().min(colon + 6)]
        .iter()
        .find(|t| matches!(t.text, "(" | ")"))
        .is_some_and(|t| t.text == ")")
}

fn clause_start(toks: &[Token], hits: &[TriggerHit], h: usize, orgs: &[OrgMention]) -> usize {
    let hit = hits[h];
    let semi = (0..hit.first)
        .rev()
        .find(|&i| toks[i].text == ";" || toks[i].text == ":" && !colon_in_brackets(toks, i))
        .map_or(0, |i| i + 1);
    // "Initech: 300 layoffs", "- Globex: 120 jobs cut in its cloud unit": a name alone
    // before the colon, as a tracker's or a live blog's line gives it, heads the clause.
    // (Near misses: "Update: Initech cut 300 jobs" puts no name before the colon, and
    // "Office Closures: the company plans to shut ..." a heading of cuts.)
    let semi = if semi > 0
        && toks[semi - 1].text == ":"
        && !hits.iter().any(|o| o.first < semi)
        && orgs.iter().any(|o| {
            o.last + 2 == semi
                && toks[..o.first]
                    .iter()
                    .all(|t| matches!(t.text, "-" | "•" | "*" | "–" | "—"))
        }) {
        0
    } else {
        semi
    };
    let prev = if h > 0 {
        let p = hits[h - 1].last + 1;
        // A new subject between the two triggers starts a new clause. (A name after a
        // possessive is none: "will close its Kawasaki steelworks and cut 1,100 jobs" is
        // one clause. A near miss: in "layoffs at Bell Media, eliminating 4,800 jobs" the
        // firm the cuts are at does the eliminating.)
        let governed =
            |o: &OrgMention| o.first > 0 && toks[o.first - 1].is_any(&["its", "their", "our"]);
        if orgs
            .iter()
            .any(|o| o.first >= p && o.last < hit.first && !governed(o))
        {
            p
        } else {
            0
        }
    } else {
        0
    };
    semi.max(prev).max(after_fronted(toks, hits, h))
}

/// Where a trigger's own cues of kind start when a comma and a subordinator open its
/// clause right before it, after another trigger's clause: "Globex has laid off 1,300
/// people in total, after cutting 50 more on Monday". The main clause's cues ("has", "in
/// total") are not this one's, though its subject is. (A near miss: "Globex said, after a
/// review, that it has cut 300 jobs" puts words between the subordinator and the
/// trigger.)
pub(super) fn trailing_subordinate(toks: &[Token], hits: &[TriggerHit], h: usize) -> usize {
    if h == 0 {
        return 0;
    }
    let first = hits[h].first;
    let from = hits[h - 1].last + 1;
    (from.max(first.saturating_sub(2))..first)
        .find(|&k| k > 0 && toks[k - 1].text == "," && toks[k].is_any(TRAILING))
        .unwrap_or(0)
}

/// Subordinators that open a clause of their own after the main one.
const TRAILING: &[&str] = &["after", "before", "following", "having"];

/// Subordinators that open a clause of their own before the main one: "after cutting",
/// "having cut".
pub(super) const FRONTED: &[&str] = &["after", "before", "following", "having", "since", "despite"];

/// Where the main clause starts when the sentence opens with a subordinate clause that
/// holds the trigger before this one: after that clause's comma. "After cutting 1,000
/// jobs in January, Initech will cut 400" gives January to the 1,000 alone. (A near miss:
/// "After the merger, Initech cut 1,000 jobs in January and closed two plants" fronts no
/// trigger, so both clauses share what follows.)
fn after_fronted(toks: &[Token], hits: &[TriggerHit], h: usize) -> usize {
    if h == 0 || !toks.first().is_some_and(|t| t.is_any(FRONTED)) {
        return 0;
    }
    let prev = hits[h - 1];
    toks[prev.last + 1..hits[h].first]
        .iter()
        .position(|t| t.text == ",")
        .map_or(0, |k| prev.last + 2 + k)
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
    // With no trigger before it, a contrast still ends another clause's figures: "would
    // try to find jobs for the 300 workers and 50 staff elsewhere, but expected
    // redundancies" counts no redundancies. (A near miss: "300 workers and 50 staff will
    // lose their jobs" joins its figures with "and".)
    let figures_lo = if h > 0 {
        toks[arg_lo..hit.first.max(arg_lo)]
            .iter()
            .rposition(|t| t.is_any(CONJUNCTIONS))
            .map_or(arg_lo, |k| arg_lo + k + 1)
    } else {
        toks[arg_lo..hit.first.max(arg_lo)]
            .iter()
            .rposition(|t| t.is_any(&["but", "whereas"]))
            .map_or(arg_lo, |k| arg_lo + k + 1)
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

/// A relative clause set off by commas between a trigger's subject and the trigger, as a
/// byte range: "Acme Corp, whose shares fell 5% this year, is cutting 250 jobs". What
/// it says describes the subject, so its dates and shares are not the cut's. (A near
/// miss: in "Acme, which cut 300 jobs in May, ..." the trigger inside the aside is not
/// before it, so the aside is its own clause.)
///
/// So is an appositive that holds one: "Aldermoor Biologics, the subsidiary that Vantrell
/// Group acquired in 2022, is laying off 130 people" (an article and at most three words
/// before "that" or "which"). (A near miss: "Acme, the retailer, said in May it will cut"
/// holds no relative clause, and its date stays.)
pub(super) fn aside_before(toks: &[Token], hit: &TriggerHit) -> Option<(usize, usize)> {
    let before = &toks[..hit.first.min(toks.len())];
    const RELATIVE: &[&str] = &["which", "whose", "who", "that"];
    let appositive = |k: usize| {
        before[k + 1].is_any(&["the", "a", "an"])
            && before[k + 2..before.len().min(k + 6)]
                .iter()
                .take_while(|t| t.kind == TokKind::Word)
                .any(|t| t.is_any(RELATIVE))
    };
    let open = (0..before.len().saturating_sub(1)).rev().find(|&k| {
        before[k].text == "," && (before[k + 1].is_any(&["which", "whose", "who"]) || appositive(k))
    })?;
    let close = before[open + 2..].iter().position(|t| t.text == ",")? + open + 2;
    Some((before[open + 1].start, before[close].end))
}
