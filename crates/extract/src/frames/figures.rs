//! How many: the count and the share that measure a trigger's cut, and the jobs a
//! closing loses.

use super::{is_job_noun, site_nouns, Frame};
use crate::cues;
use crate::model::Kind;
use crate::quantity::{Count, CountKind, Percent};
use crate::tokens::{TokKind, Token};
use crate::triggers::{Form, TrigClass, TriggerHit, JOB_NOUNS, TRIGGERS};

/// Jobs lost because a site closes are the closure's own figure, one round of kind
/// `closure`: "plans to close seven stores with the loss of as many as 145 jobs", "will
/// close its Greencastle facility, permanently laying off 125 employees", "Up to 200 jobs
/// could be axed after it was revealed the chain is preparing to close its stores". A near
/// miss keeps two rounds: "is planning 250 job cuts and 36 branch closures".
pub(super) fn closure_losses(
    toks: &[Token],
    hits: &[TriggerHit],
    made: &[(usize, usize)],
    out: &mut [Frame],
) {
    let class = |h: usize| TRIGGERS[hits[h].rule].class;
    for &(fc, c) in made
        .iter()
        .filter(|&&(_, h)| class(h) == TrigClass::Closure)
    {
        for &(fk, k) in made.iter().filter(|&&(_, h)| class(h) == TrigClass::Cut) {
            // A closing that already has a figure of its own keeps it; the same figure on
            // both ("close its plant ... and about 240 workers will lose their jobs") is one.
            // (One span of text is one figure, though "140 jobs at risk" bounds it.)
            let same_figure = matches!(
                (&out[fc].count, &out[fk].count),
                (Some((a, _)), Some((b, _)))
                    if a.min == b.min && a.max == b.max || a.start == b.start && a.end == b.end
            );
            // A loss that names no employer of its own belongs to the closing its clause
            // names ("Up to 200 jobs could be axed after retail chain Tie Rack is preparing
            // to close its stores"); it is linked below, or left as it was.
            let adopts = !out[fk].company.explicit && out[fc].company.explicit;
            // (A running total is no closing's: "has cut more than 4,000 jobs since 2023
            // as it shrinks its footprint" sums rounds the closings are a reason for.)
            if !adopts && out[fk].company.name != out[fc].company.name
                || out[fc].count.is_some() && !same_figure
                || out[fk].kind == Kind::Cumulative
            {
                continue;
            }
            let (cut, closure) = (&hits[k], &hits[c]);
            let linked = if same_figure {
                true
            } else if closure.last < cut.first {
                // The loss follows the closing: "with the loss of", "resulting in", ", laying off".
                let gap = &toks[closure.last + 1..cut.first];
                // The words before the loss's own figure when the trigger follows it ("close
                // its stores, with up to 200 jobs at risk"), else before the trigger. (A
                // year is no figure: "close its mines in 2025 with the loss of 1,200 jobs".)
                let year = |n: usize| {
                    gap[n].text.len() == 4
                        && gap[n]
                            .text
                            .parse::<u16>()
                            .is_ok_and(|y| (1900..=2100).contains(&y))
                        && n > 0
                        && gap[n - 1].is_any(&[
                            "in", "by", "until", "from", "since", "before", "after", "of",
                        ])
                };
                let figure = gap
                    .iter()
                    .rposition(|t| t.kind == TokKind::Number)
                    .filter(|&n| gap[n + 1..].iter().all(|t| t.kind == TokKind::Word))
                    .filter(|&n| !year(n));
                let gap = match figure {
                    Some(n) => &gap[..quantifier_start(gap, n)],
                    None => gap,
                };
                let near = &gap[gap.len().saturating_sub(4)..];
                // "the shutdown of its warehouse will cost about 200 jobs": the closing is
                // what costs them.
                let costs = TRIGGERS[cut.rule].pattern[0].starts_with("cost")
                    && !gap.iter().any(|t| matches!(t.text, ";" | ":" | "("));
                // "close its Clay Cross site, which has 140 jobs at risk": the jobs of
                // the site, in a clause about it.
                // (A near miss: "its depot, which opened in 1990, and cut 140 jobs" ends
                // that clause before the figure.)
                let of_the_site = gap
                    .windows(2)
                    .rposition(|w| w[0].text == "," && w[1].is_any(&["which", "where"]))
                    .is_some_and(|k| {
                        !gap[k + 2..]
                            .iter()
                            .any(|t| matches!(t.text, "," | ";" | "(") || t.is("and"))
                    });
                // "will shutter its plant and will lay off the 257 workers employed there":
                // the staff of the site, by where they work.
                let staff_there = toks[cut.last + 1..(cut.last + 9).min(toks.len())]
                    .windows(2)
                    .any(|w| {
                        w[0].is_any(&["employed", "working", "based", "work", "who"])
                            && w[1].is("there")
                    });
                // "shut down their operations in Israel and fired all of their
                // employees": a closing that lets everyone go is one round. (A near miss:
                // "close its Leeds plant and lay off 300 workers elsewhere" counts some.)
                let everyone = gap.iter().any(|t| t.is("and"))
                    && toks[cut.last + 1..(cut.last + 6).min(toks.len())]
                        .iter()
                        .take_while(|t| t.kind == TokKind::Word)
                        .position(|t| t.is_any(&["all", "entire", "whole"]))
                        .is_some_and(|a| {
                            toks[cut.last + 1 + a..(cut.last + 6 + a).min(toks.len())]
                                .iter()
                                .take_while(|t| t.kind == TokKind::Word)
                                .any(is_job_noun)
                        });
                // "The closure of the Globex plant left 90 workers jobless": a closing noun
                // with its site, as the subject of the loss's verb.
                let closing_subject = TRIGGERS[closure.rule].form == Form::Noun
                    && TRIGGERS[cut.rule].form != Form::Noun
                    && gap.first().is_some_and(|t| t.is("of"))
                    && gap.len() <= 10
                    && !gap.iter().any(|t| {
                        matches!(t.text, "," | ";" | ":" | "(")
                            || t.is_any(&["and", "which", "who"])
                    });
                // "will close its Fresno centre in October, a move that will eliminate
                // 310 jobs": an appositive that renames the closing and tells its loss.
                // (A near miss: "..., and a plan that will eliminate 310 jobs at Acme"
                // joins another clause with "and".)
                let renamed = gap
                    .windows(4)
                    .rposition(|w| {
                        w[0].text == ","
                            && w[1].is_any(&["a", "the"])
                            && w[2].is_any(&[
                                "move", "decision", "step", "closure", "closing", "shutdown",
                            ])
                            && w[3].is_any(&["that", "which", "expected", "set", "likely"])
                    })
                    // Only modals or "expected to" stand between it and the loss's verb.
                    // (Near misses: "a move that follows the loss of 310 jobs last year",
                    // "a move that will also see its office cut 50 jobs" tell another loss.)
                    .is_some_and(|k| {
                        gap[k + 4..].len() <= 3
                            && gap[k + 4..].iter().all(|t| {
                                t.is_any(&[
                                    "will", "would", "could", "may", "might", "is", "are",
                                    "expected", "set", "likely", "to",
                                ])
                            })
                    });
                costs
                    || renamed
                    || closing_subject
                    || of_the_site
                    || staff_there
                    || everyone
                    || near.iter().any(|t| t.is_any(CONSEQUENCE))
                    || (near.last().is_some_and(|t| t.text == ",")
                        || near.len() >= 2 && near[near.len() - 2].text == ",")
                        && TRIGGERS[cut.rule].form == Form::Progressive
            } else {
                // The loss comes first and the closing says why: "... will be lost when".
                // Not a closing of many sites, another round of its own: "will cut 1,500
                // jobs as it closes branches" is 1,500 cuts and a network of closures, as
                // "250 job cuts and 36 branch closures" are.
                toks[cut.last + 1..closure.first]
                    .iter()
                    .any(|t| t.is_any(&["when", "after", "as", "because"]))
                    && !closes_many_sites(toks, closure)
            };
            if linked {
                out[fk].kind = Kind::Closure;
                // The loss happens when the closing does: "will close its Dunmore plant,
                // with 120 jobs cut" is a closing to come, not one done.
                out[fk].past_verb = out[fc].past_verb;
                out[fk].to_come = out[fc].to_come;
                out[fk].current = out[fc].current;
                if adopts {
                    out[fk].company = out[fc].company.clone();
                }
                // The employers listed with the cut's subject share its link: "Avo and
                // Ace Labs shut down ... and fired all of their employees".
                let (lead, sentence) = (out[fk].company.name.clone(), out[fk].sentence);
                for f in out[fk + 1..].iter_mut() {
                    if f.sentence != sentence || !f.listed_with.contains(&lead) {
                        break;
                    }
                    f.kind = Kind::Closure;
                }
            }
        }
    }
}

/// Whether a closing's object, in the few words after it, is some of many sites: a
/// plural workplace counted or bare ("closes 60 branches", "shuts branches"), not one
/// ("closes its Leeds plant", "the steelworks") nor all of them ("close its UK stores",
/// "all its stores": the business closes there).
fn closes_many_sites(toks: &[Token], closure: &TriggerHit) -> bool {
    let object: Vec<&Token> = toks[closure.last + 1..(closure.last + 5).min(toks.len())]
        .iter()
        .take_while(|t| !matches!(t.text, "," | ";" | "."))
        .collect();
    object.iter().enumerate().any(|(j, t)| {
        let before = &object[..j];
        t.is_in(site_nouns())
            && t.text.ends_with('s')
            && !t.is_any(&[
                "works",
                "steelworks",
                "operations",
                "premises",
                "headquarters",
            ])
            && (before.iter().any(|b| b.kind == TokKind::Number)
                || !before
                    .iter()
                    .any(|b| b.is_any(&["its", "their", "the", "all"])))
    })
}

/// Where the words that size a figure start: "up to 200", "as many as 145", "about 240".
fn quantifier_start(toks: &[Token], figure: usize) -> usize {
    let mut at = figure;
    while at > 0 && toks[at - 1].is_any(crate::triggers::FIGURE_QUALIFIERS) {
        at -= 1;
    }
    at
}

/// Words that make job losses the consequence of what comes before them.
const CONSEQUENCE: &[&str] = &[
    "with",
    "resulting",
    "leading",
    "meaning",
    "costing",
    "putting",
    "affecting",
    "causing",
];

/// The count that measures the cut: right after the trigger, or followed by a job noun
/// in the clause; never the size of the workforce ("of its 6,400 employees").
pub(super) fn pick_count(
    text: &str,
    toks: &[Token],
    counts: &[Count],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    class: TrigClass,
) -> (Option<(Count, String)>, Option<usize>) {
    // An earlier round added to ("on top of the 700 cut in November") is counted from
    // its figure on: the figure of the round it is added to comes before.
    let added = crate::triggers::added_round(toks, hit.first);
    let lo = added.map_or(lo, |k| k.max(lo));
    let lo_b = toks.get(lo).map_or(text.len(), |t| t.start);
    let hi_b = toks.get(hi).map_or(text.len(), |t| t.start);
    let mut best: Option<(i32, &Count, usize)> = None;
    for c in counts.iter().filter(|c| c.start >= lo_b && c.end <= hi_b) {
        let Some(first) = toks.iter().position(|t| t.start >= c.start) else {
            continue;
        };
        let last = toks.iter().rposition(|t| t.end <= c.end).unwrap_or(first);
        let before = first.checked_sub(1).map(|i| &toks[i]);
        // (An abbreviation is read past: "900 U.S. jobs" counts jobs.)
        // (A hyphen of a compound is read past: "300 ground-handling and sales jobs".)
        let after_owned: Vec<&Token> = toks[(last + 1).min(toks.len())..]
            .iter()
            .enumerate()
            .filter(|&(k, _)| !crate::triggers::abbreviation_part(toks, last + 1 + k))
            // A quoted figure: "by 'several thousand' employees".
            .filter(|&(k, t)| !(k == 0 && matches!(t.text, "'" | "’" | "\"" | "”")))
            // (A compound counts as its first word: "ground-handling" as "ground"; not
            // a workforce's size, "400,000-strong", whose "strong" ends the count's words.)
            .filter(|&(k, _)| {
                let at = last + 1 + k;
                let joins = |j: usize| {
                    j > last + 1
                        && toks[j].text == "-"
                        && toks
                            .get(j + 1)
                            .is_some_and(|w| w.kind == TokKind::Word && !w.is("strong"))
                };
                !(joins(at) || joins(at - 1))
            })
            .map(|(_, t)| t)
            .take(4)
            .collect();
        let after = &after_owned[..];
        // "three people familiar with the matter said", "two former employees said": people
        // counted as they speak are sources, not staff cut. (A near miss: "laid off 120
        // workers on Tuesday, two former employees said" counts the 120; "300 workers said
        // to be at risk" is a passive.) Speakers before the trigger may be placed: "Several
        // employees at its Bengaluru campus said their roles were being eliminated" (a
        // near miss: "cuts 300 jobs in Ohio says report", a headline's figure after its
        // trigger, is the cut's).
        let placed = last < hit.first;
        let end = if placed { hit.first } else { toks.len() };
        let speaking = toks[(last + 1).min(end)..end]
            .iter()
            .take(if placed { 9 } else { 7 })
            // (Not past another predicate, a relative pronoun or a passive: "let go of
            // 1,400 workers in April and said", "300 workers who said they had not been
            // paid", "300 staff were told".)
            .take_while(|t| {
                (t.kind == TokKind::Word || placed && t.kind == TokKind::Punct && t.text == "-")
                    && !t.is_any(&[
                        "and", "but", "or", "then", "last", "this", "who", "which", "that", "were",
                        "was",
                    ])
                    && (placed || !t.is_any(&["in", "on", "at"]))
            })
            .enumerate()
            .find(|(_, t)| t.is_any(&["said", "say", "says"]))
            .is_some_and(|(k, _)| {
                toks[last + 1..last + 1 + k].iter().any(is_job_noun)
                    && !toks.get(last + 2 + k).is_some_and(|t| t.is("to"))
            });
        // "according to two employees who were affected", "according to three people
        // familiar with the matter": people counted as a source. (A near miss: "cut jobs
        // amounting to 300 employees" has no "according".)
        let cited = first >= 2 && toks[first - 1].is("to") && toks[first - 2].is("according");
        // "staff aged 57", "workers over the age of 55": an age, not people counted. (A
        // near miss: "57 staff aged over 60" counts the 57.)
        let age = before.is_some_and(|b| b.is("aged"))
            || first >= 2 && toks[first - 1].is("of") && toks[first - 2].is("age");
        if speaking || cited || age {
            continue;
        }
        // The noun the count counts, skipping modifiers: "3,000 union jobs".
        // "several rounds of job cuts": a word followed by "of" is the head; only the count
        // itself may take "of" ("dozens of people").
        // A job noun anywhere in the run wins: "85 warehouse workers" counts workers.
        let run = || {
            after
                .iter()
                .enumerate()
                .take_while(|(k, t)| {
                    (t.kind == TokKind::Word || t.text == "-")
                        && !(*k > 0 && t.is("of"))
                        // "1,200 over the next year": a preposition ends the count's words.
                        && !t.is_any(RUN_ENDS)
                        // "its 400,000-strong employee base": a workforce's size.
                        && !t.is("strong")
                })
                .map(|(_, t)| *t)
        };
        let noun = run()
            .find(|t| is_job_noun(t))
            .or_else(|| run().find(|t| t.is_in(site_nouns()) || t.is_in(other_nouns())));
        // "laid off 85 drivers", "let go 60 nurses": what a people verb takes right after it
        // is people, whatever their trade, unless the noun names sites or other things.
        let people_object = first > hit.last
            && first - hit.last <= 3
            && TRIGGERS[hit.rule]
                .pattern
                .first()
                .is_some_and(|w| PEOPLE_VERBS.contains(w))
            && noun.is_none_or(is_job_noun);
        // "300 miners will lose their jobs", "Three hundred nurses at Globex were laid
        // off": the subject of a trigger that people undergo is people, whatever their
        // trade. (A near miss: "300 stores will lose their leases" has no such trigger,
        // and "300 stores" names sites.)
        const BE: &[&str] = &["be", "been", "being", "were", "was", "are", "is"];
        let pattern = TRIGGERS[hit.rule].pattern;
        let passive = BE.contains(&pattern[0]) || hit.first > 0 && toks[hit.first - 1].is_any(BE);
        let undergoes = pattern.iter().any(|w| {
            ["lose", "lost", "losing", "loses"].contains(w) || passive && PEOPLE_VERBS.contains(w)
        });
        let people_subject = undergoes
            && last < hit.first
            && hit.first - last <= 10
            && noun.is_none_or(is_job_noun)
            && after
                .first()
                .is_some_and(|t| t.kind == TokKind::Word && !t.is_capitalized())
            && toks[last + 1..hit.first]
                .iter()
                .all(|t| t.kind == TokKind::Word || t.text == "-");
        // "close to 1,300 of Snap's current 6,400 employees": a share of the staff.
        // (The staff are named before the phrase ends at a comma or a site: "all 120 of
        // its stores, affecting 2,300 workers" counts stores. A site noun that modifies
        // staff or owns them ends nothing: "300 of its 2,000 factory workers", "300 of
        // the plant's 1,200 workers".)
        let share_of_staff = after.first().is_some_and(|t| t.is("of")) && {
            let from = (last + 1).min(toks.len());
            let phrase = &toks[from..(last + 8).min(toks.len())];
            phrase
                .iter()
                .enumerate()
                .take_while(|&(k, t)| {
                    t.text != ","
                        && (!t.is_in(site_nouns())
                            || phrase.get(k + 1).is_some_and(is_job_noun)
                            || crate::tokens::apostrophe_s(toks, from + k + 1))
                })
                .any(|(_, t)| is_job_noun(t))
        };
        // "250 redundancies", "1,250 more layoffs": a count that runs into a noun trigger
        // counts the cuts themselves.
        let counts_cuts = TRIGGERS[hit.rule].form == Form::Noun
            && hit.first > last
            && hit.first - last <= 3
            && toks[last + 1..hit.first]
                .iter()
                .all(|t| t.kind == TokKind::Word && !t.is("of"));
        // "and another 500 next year": a round that leaves its verb out counts what its
        // verb counted.
        // (The words after it are its time: "next year" counts no years.)
        // ("and a further 1,300 in August": the figure past "a further", "an additional".)
        let further = first == hit.last + 3 && crate::triggers::a_further_at(toks, hit.last + 1);
        let gapped = crate::triggers::verbless_round(toks, hit)
            && (first == hit.last + 1 || further)
            && !noun.is_some_and(|t| t.is_in(site_nouns()));
        let amounted = TRIGGERS[hit.rule].form == Form::Noun
            && first > hit.last
            && amounting_verb_before(toks, first, hit.last);
        // "cut its workforce in Co Cork by up to 90": a figure after "by" that a
        // workforce, the trigger's own object, measures counts people however far
        // a place puts it from the verb. (A near miss: "cut its prices in Cork by up
        // to 90" measures no workforce.)
        // ("reduce its headcount by a further 400": past "a further", "another".)
        let by_more = first >= 3
            && toks[first - 3].is("by")
            && crate::triggers::a_further_at(toks, first - 2)
            || first >= 2 && toks[first - 2].is("by") && toks[first - 1].is("another");
        let by_workforce = (before.is_some_and(|b| b.is("by")) || by_more)
            && first > hit.last
            && first - hit.last <= 10
            && toks[hit.last + 1..first]
                .iter()
                .any(|t| t.is_any(crate::lexicon::HEADCOUNT_NOUNS));
        // "Headcount will fall by about 1,200 over the next year": what a workforce falls
        // or shrinks by counts people (the trigger holds only with the workforce for
        // subject).
        let falls_by = before.is_some_and(|b| b.is("by"))
            && first == hit.last + 2
            && hit.first == hit.last
            && crate::triggers::falls_or_shrinks(&toks[hit.first]);
        // "will axe 700 pilots": a verb of cutting counts the people of a trade right
        // after it, as the trigger found them (`triggers::counted_trade`).
        // ("terminated 150 trainee pilots": past one word that qualifies the trade;
        // "terminated the services of 150 pilots": the people whose employment ends.)
        let employment_of = first > hit.last
            && first - hit.last == 4
            && before.is_some_and(|b| b.is("of"))
            && toks[first - 2].is_any(EMPLOYMENT_OF);
        // "approved layoffs of 200 teachers", "the dismissal of 150 pilots": a noun of
        // cuts counts the people of a trade after its "of" as a verb does. (A near miss:
        // "layoffs of 200 days" counts no trade.)
        let noun_of = TRIGGERS[hit.rule].form == Form::Noun
            && first == hit.last + 2
            && before.is_some_and(|b| b.is("of"));
        let trade_object = (TRIGGERS[hit.rule].form != Form::Noun
            && first > hit.last
            && (first - hit.last <= 3 || employment_of)
            || noun_of)
            && noun.is_none()
            && run()
                .take(2)
                .position(crate::units::is_job_function)
                .is_some_and(|k| !after.get(k + 1).is_some_and(|a| a.is_glued_apostrophe()));
        // "on top of the 700 it cut last year", "the 1,200 they let go": a figure whose
        // noun is left out, the object of the trigger's relative clause (as
        // `triggers::relative_object` found it).
        let relative_count = first > 0
            && toks[first - 1].is_any(&["the", "those"])
            && crate::triggers::relative_subject(toks, hit.first, hit.last) == Some(last + 1);
        // "8% of its newsroom staff, or 45 journalists": a share restated as the people
        // of a trade it counts.
        let restated = before.is_some_and(|b| b.is("or"))
            && first >= 2
            && toks[first - 2].text == ","
            && noun.is_none()
            && run().next().is_some_and(crate::units::is_job_function);
        // "on top of the 700 cut in November": a figure added to, right before the
        // participle that counts it (`triggers::added_round`).
        let added_count = last + 1 == hit.first && added.is_some();
        let counts_jobs = noun.is_some_and(is_job_noun)
            || relative_count
            || restated
            || added_count
            || trade_object
            || by_workforce
            || falls_by
            || amounted
            || share_of_staff
            || people_object
            || people_subject
            || counts_cuts
            || gapped;
        // "several rounds of job cuts", "two main concerns": the word after a count that
        // is neither a job noun nor a link word says what is counted.
        let bare_other = !counts_jobs
            && after.first().is_some_and(|t| {
                t.kind == TokKind::Word && !t.is_in(link_words()) && !is_job_noun(t)
            });
        // (A share of the staff counts them, whatever owns them: "300 of the plant's
        // 1,200 workers".)
        let counts_other = noun.is_some_and(|t| !is_job_noun(t)) && !share_of_staff || bare_other;
        if class == TrigClass::Cut && counts_other && !gapped {
            continue;
        }
        // ("120 employees would be affected by the closure": the people a closure hits
        // may come first.)
        let hit_by = first < hit.first
            && hit.first - last <= 8
            && toks[last + 1..hit.first]
                .windows(2)
                .any(|w| w[0].is_any(&["affected", "impacted"]) && w[1].is("by"));
        if class == TrigClass::Closure && (!counts_jobs || first < hit.first && !hit_by) {
            // "closing 45 offices": the number of sites is not a headcount.
            continue;
        }
        // "the loss of 80 jobs": "of" right after the trigger.
        let of_trigger =
            before.is_some_and(|b| b.is("of")) && first > hit.first && first - 1 <= hit.last + 1;
        let prev = first.checked_sub(2).map(|k| &toks[k]);
        // "10 percent of its 7,000 employees", "300 of their 2,000 staff": the owner's
        // whole staff.
        let owned_whole = before.is_some_and(|b| b.is_any(&["its", "their", "our"]))
            && prev.is_some_and(|p| p.is("of"))
            || of_owners(toks, first)
            || of_the_whole(toks, first);
        // "will reduce its 9,000-strong workforce by 900", "trim its 9,000 staff by 10%":
        // the owner's staff, sized, with what the cut takes after "by". (A near miss:
        // "laid off its 500-strong sales team" cuts the whole team.)
        let owned_then_by = (before.is_some_and(|b| b.is_any(&["its", "their", "our"]))
            || first >= 2 && crate::tokens::apostrophe_s(toks, first - 2))
            && toks[(last + 1).min(toks.len())..(last + 7).min(toks.len())]
                .iter()
                .take_while(|t| !matches!(t.text, "," | ";" | "."))
                .zip(toks[(last + 2).min(toks.len())..].iter().enumerate())
                // (A figure, not a year or a day: "its 300 jobs in Ohio by 2025", "by 31
                // March".)
                .any(|(b, (j, _))| {
                    // ("by roughly 3,000", "by up to 900": past a hedge of the figure.)
                    let mut k = last + 2 + j;
                    while k < (last + 5 + j).min(toks.len()) && toks[k].is_any(BY_HEDGES) {
                        k += 1;
                    }
                    let Some(n) = toks.get(k) else {
                        return false;
                    };
                    b.is("by") && n.is_figure() && crate::lexicon::month_at(toks, k + 1).is_none()
                });
        // ("The two plants have 400 workers who will be laid off": staff a relative clause
        // tells the cut of are its count.)
        let relative_cut = || {
            toks[(last + 1).min(toks.len())..(last + 4).min(toks.len())]
                .iter()
                .find(|t| t.kind != TokKind::Word || t.is_any(&["who", "that"]))
                .is_some_and(|t| t.is_any(&["who", "that"]))
                && before.is_some_and(|b| b.is_any(&["have", "has", "had"]))
        };
        let size_context = before.is_some_and(|b| b.is_any(cues::WORKFORCE_SIZE_BEFORE))
            && !relative_cut()
            || owned_whole
            || owned_then_by;
        let cut_of = before.is_some_and(|b| b.is("of"))
            && prev.is_some_and(|p| {
                p.is_any(&[
                    "loss",
                    "roles",
                    "jobs",
                    "positions",
                    "elimination",
                    "total",
                    "layoffs",
                    "reduction",
                    "cut",
                    "cuts",
                    // "will cut the equivalent of 150 full-time posts"
                    "equivalent",
                    // "on top of 3,200 positions the company has eliminated"
                    "top",
                    // "will not renew the contracts of 2,300 workers", "the contracts of
                    // 400 workers will not be renewed"
                    "contracts",
                ]) || p.is_any(EMPLOYMENT_OF) && first > hit.last
            });
        let up_to = before.is_some_and(|b| b.is("to"))
            && prev.is_some_and(|p| {
                p.is_any(&[
                    "up",
                    "close",
                    "amounting",
                    "amounts",
                    "amount",
                    "equal",
                    "equals",
                    "equivalent",
                    "translates",
                    "equates",
                    "comes",
                    // "in addition to 2,500 jobs it cut last year"
                    "addition",
                ])
            });
        // "handed out pink slips to 100 employees", "sent layoff notices to 250 workers":
        // the people a notice goes to are the ones cut. (A near miss: "cut its
        // workforce to 3,000 employees" sizes what is left.)
        // ("Redundancy letters have been issued by Globex to 120 staff": the notices and
        // the verb that hands them out may come first.)
        const NOTICES: &[&str] = &["notices", "notice", "slips", "slip", "letters"];
        let handed_out = || {
            let between = &toks[hit.first..first];
            between.len() <= 10
                && between.iter().any(|t| t.is_any(NOTICES))
                && toks[hit.first.saturating_sub(3)..first]
                    .iter()
                    .any(|t| t.is_any(&["issued", "sent", "handed", "served", "given"]))
        };
        let notified = before.is_some_and(|b| b.is("to"))
            && (prev.is_some_and(|p| p.is_any(NOTICES)) || first > hit.first && handed_out());
        // "bringing its total job cuts this year to 3,500": what a total is brought to is
        // the total's figure. (A near miss: "cut its workforce to 3,000" sizes what is
        // left, with no total.)
        let lead = &toks[first.saturating_sub(9)..first];
        let total_to = before.is_some_and(|b| b.is("to"))
            && lead.iter().any(|t| t.is_any(&["total", "tally"]))
            && lead.iter().any(|t| {
                t.is_any(&[
                    "bringing", "brings", "bring", "brought", "taking", "takes", "took",
                ])
            });
        // "with 50 to 100 employees being let go": the figure is the cut after all. (A
        // near miss: "6% of its 12,000 employees, are expected to be completed" — a comma
        // ends the staff's words.)
        let cut_after = after
            .iter()
            .skip_while(|t| !is_job_noun(t))
            .skip(1)
            .take(3)
            .take_while(|t| t.text != ",")
            .any(|t| {
                t.is_any(&[
                    "being", "affected", "impacted", "losing", "lose", "getting", "set", "expected",
                ])
            });
        // (Not an owner's whole staff after a share of it: in "1,100 of its 9,500
        // employees would lose their jobs" the share is the cut. A near miss: "all of its
        // 300 employees will lose their jobs" cuts the whole.)
        // (The word before the phrase's "of": "In all, 1,100 of its 9,500" is a share.)
        let whole_of_all = toks[first.saturating_sub(5)..first]
            .iter()
            .rposition(|t| t.is("of"))
            .map(|k| first.saturating_sub(5) + k)
            .is_some_and(|of| of > 0 && toks[of - 1].is_any(&["all", "entire", "whole"]));
        let cut_after = cut_after && (!owned_whole || whole_of_all);
        // "parting ways with 230 employees": the preposition is the trigger's own; "with
        // 500 jobs cut": the trigger is the participle right after the counted noun.
        let own_preposition = first == hit.last + 1
            // "offered buyouts to 80 newsroom employees": the people an offer of leaving
            // goes to. (A near miss: "cut its workforce to 3,000" sizes what is left.)
            || first == hit.last + 2
                && before.is_some_and(|b| b.is("to"))
                && toks[hit.last].is_any(&[
                    "buyouts",
                    "severance",
                    "redundancy",
                    "offers",
                    "retirement",
                    "separation",
                    "exit",
                    "dismissal",
                ]);
        let participle_after = noun_at_trigger(toks, last, hit.first);
        // ("a fresh round of 150 layoffs": a count that runs into a noun of cuts counts
        // cuts, after "of" as anywhere.)
        if size_context
            && !counts_cuts
            && !of_trigger
            && !cut_of
            && !up_to
            && !total_to
            && !notified
            && !cut_after
            && !own_preposition
            && !participle_after
            && !added_count
            // "job losses could climb to 1,800": what cuts rise to counts them.
            && !amounted
        {
            continue;
        }
        // "the nearly 50,000 employees Goldman had just a month ago", "the 3,800 staff it
        // employs": a relative clause of having makes the count the workforce.
        // (But "500 employees have been laid off" is the cut, and so is what a people verb
        // takes: "will lay off the 257 workers employed there".)
        // ("have lost their jobs": an auxiliary of the trigger itself.)
        let to = (last + 7).min(toks.len());
        let noun_at = (last + 1..to).find(|&k| is_job_noun(&toks[k]));
        let size_after = noun_at.is_some_and(|n| {
            (n + 1..(n + 4).min(to)).any(|k| {
                toks[k].is_any(&["had", "has", "have", "employed", "employs", "employ"])
                    && k + 1 != hit.first
                    && !toks.get(k + 1).is_some_and(|x| {
                        x.is_any(&["been", "already", "also"])
                            || x.text.ends_with("ed")
                            // ("500 employees had taken voluntary retirement", "have
                            // left", "have lost their jobs": a participle of their own.)
                            || x.is_any(&["taken", "chosen", "left", "lost", "gone", "quit"])
                    })
            })
        });
        if size_after && !cut_after && !people_object {
            continue;
        }
        let dist = if first > hit.last {
            first - hit.last
        } else {
            hit.first - last
        } as i32;
        let mut score = 20 - dist.min(20);
        if counts_jobs {
            score += 10;
        }
        if first > hit.last && dist <= 3 {
            score += 8;
        }
        // "9,000 more cuts", "300 job losses": the figure right before a noun trigger.
        if TRIGGERS[hit.rule].form == Form::Noun && last < hit.first && hit.first - last <= 2 {
            score += 12;
        }
        if before.is_some_and(|b| b.is("by")) {
            score += 6;
        }
        if total_to {
            score += 12;
        }
        if !counts_jobs && dist > 4 {
            continue;
        }
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, c, first));
        }
    }
    match best {
        Some((_, c, i)) => {
            let mut count = c.clone();
            if count.kind == CountKind::Exact && ceiling_of_rising(toks, i) {
                count.kind = CountKind::UpperBound;
                count.min = None;
            }
            (Some((count, text[c.start..c.end].to_string())), Some(i))
        }
        None => (None, None),
    }
}

/// What ends for the people counted after "of": "terminated the employment of 450
/// workers", "the services of 150 pilots". (A near miss: "terminated the lease of 40
/// stores" ends no one's work.)
const EMPLOYMENT_OF: &[&str] = &["employment", "services"];

/// Words of cut verbs whose object is always people ("laid off 85 drivers"), and of the
/// British "made redundant", whose passive subject is counted people ("150 drivers were
/// made redundant").
pub(super) const PEOPLE_VERBS: &[&str] = &[
    "laid",
    "lay",
    "laying",
    "lays",
    "let",
    "letting",
    "lets",
    "fired",
    "fire",
    "fires",
    "firing",
    "furloughed",
    "furlough",
    "furloughs",
    "furloughing",
    "dismissed",
    "dismiss",
    "dismissing",
    "sacked",
    "sack",
    "sacking",
    "redundant",
];

/// Words that may stand between a cut verb and the share it cuts: "reduce its global
/// head count by about 20 per cent".
const SHARE_BRIDGE: &[&str] = &[
    "its",
    "their",
    "the",
    "global",
    "total",
    "overall",
    "head",
    "count",
    "headcount",
    "workforce",
    "staff",
    "employees",
    "by",
    "about",
    "around",
    "roughly",
    "nearly",
    "some",
    "approximately",
    "almost",
    "up",
    "to",
];

/// What a share of jobs is a share of: "25 percent of the company", "a fifth of its staff".
const SHARE_OF: &[&str] = &[
    "population",
    "workforce",
    "employees",
    "company",
    "organization",
    "organisation",
    "headcount",
    "team",
    "staff",
    "division",
    "unit",
    "firm",
    "group",
    // "its multinational work force", "its sales force".
    "force",
];

/// Words that may follow a bare headcount: "cut 300 in Texas", "laid off 1,100 last week".
/// Prepositions that end the words a count counts: "fall by 1,200 over the next year"
/// counts no years, "cut 300 in May" no months.
const RUN_ENDS: &[&str] = &[
    "in", "at", "from", "across", "on", "over", "during", "since", "after", "before", "with",
    "between", "among", "by", "to", "this", "last", "next",
];

const LINK_WORDS: &[&str] = &[
    "in",
    "at",
    "from",
    "across",
    "on",
    "this",
    "last",
    "as",
    "by",
    "and",
    "or",
    "to",
    "of",
    "more",
    "additional",
    "further",
    "other",
    "globally",
    "worldwide",
    "earlier",
    "since",
    "during",
    "over",
    "after",
    "before",
    "while",
    "with",
    "when",
    "between",
    "among",
    "within",
    "out",
    "people",
    "full",
    "part",
    "total",
    "overall",
    "so",
    "were",
    "was",
    "are",
    "will",
    "would",
    "have",
    "has",
    "had",
    "who",
    "which",
    "that",
    "through",
    "under",
    "beginning",
    "starting",
    "effective",
    "next",
    "the",
    "its",
    "their",
    "about",
];

/// Nouns that make a number not a headcount: "45 offices", "10 years", "$40 million".
const OTHER_NOUNS: &[&str] = &[
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "shares",
    "stores",
    "offices",
    "plants",
    "locations",
    "countries",
    "cities",
    "percent",
    "points",
    "dollars",
    "customers",
    "users",
    "subscribers",
    "vehicles",
    "cars",
    "units",
    "projects",
    "products",
    "million",
    "billion",
    "times",
    "hospitals",
    "sites",
    "facilities",
    "branches",
    "restaurants",
];

/// A single share of something that can be cut: above 0 and at most 100, neither a
/// bound below ("less than 1%"; "up to 10%" is the share a plan names) nor a range.
fn plausible_share(p: &Percent) -> bool {
    !p.upper_bound && !p.range && p.value > 0.0 && p.value <= 100.0
}

/// The words of `s`, lazily, as runs of letters and digits in lower case: a dash glued
/// between two words parts them ("of its remaining workforce—underscore"), and so does a
/// footnote's number glued to the full stop ("of the staff.2").
fn share_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(['\'', '’']).to_ascii_lowercase())
}

/// "6% of Globex's 12,000 employees", "300 of the company's 2,000 staff": the figure at
/// `first` is an owner's whole staff when a possessive stands right before it and "of"
/// before the owner's words (at most three, no figure or comma among them). A near miss:
/// "cut 300 of the plant's jobs" ("of" right before the figure, no possessive).
fn of_owners(toks: &[Token], first: usize) -> bool {
    let Some(apostrophe) = first.checked_sub(2) else {
        return false;
    };
    if !crate::tokens::apostrophe_s(toks, apostrophe) {
        return false;
    }
    toks[apostrophe.saturating_sub(4)..apostrophe]
        .iter()
        .rev()
        .take_while(|t| t.kind == TokKind::Word)
        .any(|t| t.is("of"))
}

/// "About a third of the 900 employees", "300 of the 2,000 staff", "10% of the 4,000
/// workers": the figure at `first` after "of the" that follows a share or another figure
/// is the whole staff, not the cut. (A near miss: "cut 300 of the jobs" counts no whole
/// after "of the"; "the loss of the 900 jobs" has no share before it.)
fn of_the_whole(toks: &[Token], first: usize) -> bool {
    first >= 3
        && toks[first - 1].is("the")
        && toks[first - 2].is("of")
        && (toks[first - 3].kind == TokKind::Number
            || toks[first - 3].is_any(&[
                "%", "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth",
                "fifths", "tenth", "tenths",
            ]))
}

/// Whether the share's own words or the five after it name the staff ("6% of its
/// workforce", "all of their employees"). A figure is one word however its digits are
/// grouped: "of the company's 12,000 employees" names the staff. (A near miss: "20
/// percent of its spending and 300 jobs" names them sixth.)
///
/// The share's words end where its clause does: at a comma, a semicolon or a colon
/// followed by a space, or a word that opens another clause. (A near miss: "Shares of Acme rose 3% after the company
/// said it would cut 800 jobs" names the company in another clause.)
fn of_staff(text: &str, p: &Percent) -> bool {
    let tail = text.get(p.end..).unwrap_or("");
    // (A comma inside a figure, "7,000", ends nothing: a stop is followed by a space.)
    let stop = tail
        .as_bytes()
        .windows(2)
        .position(|w| matches!(w[0], b',' | b';' | b':') && w[1].is_ascii_whitespace());
    let tail = &tail[..stop.unwrap_or(tail.len())];
    // "all of their employees" names the staff inside the share itself.
    let own = text.get(p.start..p.end).unwrap_or("");
    let figure = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    // A figure's groups, its scale and "-strong" are one word: "of the company's
    // 61,000-strong workforce", "of its 2.4 lakh-strong workforce".
    let of_the_figure = |w: &str| figure(w) || matches!(w, "strong" | "lakh" | "crore" | "million");
    let mut last_figure = false;
    let words = share_words(tail)
        .take_while(|w| !CLAUSE_OPENERS.contains(&w.as_str()))
        .filter(move |w| {
            let group = last_figure && of_the_figure(w);
            last_figure = figure(w) || group;
            !group
        });
    share_words(own)
        .chain(words.take(5))
        .any(|w| JOB_NOUNS.contains(&w.as_str()) || SHARE_OF.contains(&w.as_str()))
}

/// Words that open another clause after a share (see [`of_staff`]).
const CLAUSE_OPENERS: &[&str] = &[
    "after",
    "as",
    "when",
    "while",
    "since",
    "because",
    "amid",
    "following",
    "before",
    "said",
    "says",
    "but",
];

/// Whether the share goes on with "of" or "from": "20 percent of its spending", "10%
/// from its budget". Where [`of_staff`] finds no staff after it, it is a share of
/// something else. (A near miss: "20% of its global workforce" names the staff.)
fn goes_on_with_of(text: &str, p: &Percent) -> bool {
    let tail = text.get(p.end..).unwrap_or("");
    let first = tail.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("of") || first.eq_ignore_ascii_case("from")
}

/// "Prestige, which employs about 2,300 people, will cut 10% of them": a share "of
/// them" or "of those" after staff named before the trigger is a share of the staff. (A
/// near miss: "Acme sells 40 brands and will cut 10% of them" names no staff.)
fn of_them(text: &str, toks: &[Token], p: &Percent, hit: &TriggerHit) -> bool {
    let mut tail = text.get(p.end..).unwrap_or("").split_whitespace();
    tail.next().is_some_and(|w| w.eq_ignore_ascii_case("of"))
        && tail.next().is_some_and(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            w.eq_ignore_ascii_case("them") || w.eq_ignore_ascii_case("those")
        })
        && toks[..hit.first].iter().any(is_job_noun)
}

/// Rule `share-of-the-cuts`: "Germany accounts for about 44% of the bank's net staff
/// reduction", "a third of its job cuts will fall in Ohio": a share whose "of" runs,
/// through words that name no staff, into a noun trigger is a share of the cuts, not of
/// the workforce (the staff word it meets is the trigger's own). (Near misses: "10% of
/// staff face job cuts" names the staff before the trigger; "20% of its employees were
/// laid off" has a verb trigger.)
fn share_of_the_cuts(toks: &[Token], p: &Percent, hit: &TriggerHit) -> bool {
    if TRIGGERS[hit.rule].form != Form::Noun {
        return false;
    }
    let Some(of) = toks.iter().position(|t| t.start >= p.end) else {
        return false;
    };
    of < hit.first
        && toks[of].is("of")
        && hit.first - of <= 6
        && toks[of + 1..hit.first]
            .iter()
            .all(|t| (t.kind == TokKind::Word || t.is_glued_apostrophe()) && !is_job_noun(t))
}

/// The share of the staff worded in bytes `start..end` of the sentence (a gapped item's
/// "or about 6% of its workforce"): a plausible share that names the staff.
pub(super) fn staff_share_within(
    text: &str,
    percents: &[Percent],
    start: usize,
    end: usize,
) -> Option<f64> {
    percents
        .iter()
        .find(|p| p.start >= start && p.end <= end && plausible_share(p) && of_staff(text, p))
        .map(|p| p.value)
}

/// A place or its adjective, capitalised: "German", "Germany".
fn place_word(t: &Token) -> bool {
    t.is_capitalized()
        && (t.is_any_of(crate::orgs::place_adjectives()) || crate::places::is_place(t.text))
}

/// "will cut 1,200 jobs, or about 5 percent", "laid off 300 people, or 8%": a share
/// after "or" that follows the trigger's count restates the count. (A near miss: "cut
/// 300 jobs or 5% of its budget" goes on with an "of" that names no staff, which
/// `pick_percent` still asks.)
fn or_share(toks: &[Token], hit: &TriggerHit, i: usize) -> bool {
    let mut k = i;
    while k > hit.last + 1 && toks[k - 1].is_any(SHARE_BRIDGE) {
        k -= 1;
    }
    // (A near miss: "cut 300 jobs, or 5% more than planned" compares.)
    let after = toks[i + 1..]
        .iter()
        .find(|t| !(t.text == "%" || t.is_any(&["percent", "per", "cent", "pct"])));
    if after.is_some_and(|t| {
        t.is_any(&[
            "more", "fewer", "less", "higher", "lower", "above", "below", "than", "up", "down",
        ])
    }) {
        return false;
    }
    k >= hit.last + 3
        && toks[k - 1].is("or")
        && toks[hit.last + 1..k - 1].len() <= 6
        && toks[hit.last + 1..k - 1]
            .iter()
            .any(|t| t.kind == TokKind::Number)
}

/// A token of a workforce's size in a bridge: "9,000", "-strong", "-person".
fn sized(t: &Token) -> bool {
    t.kind == TokKind::Number || crate::lexicon::is_hyphen(t) || t.is_any(&["strong", "person"])
}

pub(super) fn pick_percent(
    text: &str,
    toks: &[Token],
    percents: &[Percent],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
) -> Option<f64> {
    pick_share(text, toks, percents, hit, lo, hi, plausible_share).map(|p| p.value)
}

/// Whether the trigger is sized by a range of shares of the staff, as [`pick_percent`]
/// would take a single share: "resulted in between 1% and 5% of employees losing their
/// jobs", "will cut 3% to 4% of its workforce". (A near miss: "cut between 3% and 4% of
/// its budget" is a share of something else.)
pub(super) fn share_range(
    text: &str,
    toks: &[Token],
    percents: &[Percent],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
) -> bool {
    let ranged = |p: &Percent| p.range && !p.upper_bound && p.value > 0.0 && p.value <= 100.0;
    // (Only a share that names the staff: "Layoffs follow a 5% to 10% drop in sales" is
    // near the trigger but no share of staff.)
    pick_share(text, toks, percents, hit, lo, hi, ranged).is_some_and(|p| of_staff(text, p))
}

/// The share of the staff nearest the trigger among those `usable` keeps.
fn pick_share<'p>(
    text: &str,
    toks: &[Token],
    percents: &'p [Percent],
    hit: &TriggerHit,
    lo: usize,
    hi: usize,
    usable: fn(&Percent) -> bool,
) -> Option<&'p Percent> {
    let lo_b = toks.get(lo).map_or(text.len(), |t| t.start);
    let hi_b = toks.get(hi).map_or(text.len(), |t| t.start);
    percents
        .iter()
        .filter(|p| p.start >= lo_b && p.end <= hi_b && usable(p))
        .filter(|p| !share_of_the_cuts(toks, p, hit))
        .filter(|p| !measures_another_object(text, toks, p, hit))
        // "The cuts follow a 10% reduction last spring": a share right before the next
        // trigger is that trigger's own.
        .filter(|p| hi >= toks.len() || toks.iter().position(|t| t.start >= p.end) != Some(hi))
        // "shares fell 5% after it cut 40 jobs": a move of the stock, no share of staff.
        .filter(|p| {
            let at = toks.iter().position(|t| t.start >= p.start).unwrap_or(0);
            !toks[at.saturating_sub(4)..at]
                .iter()
                .any(|t| t.is_any(&["shares", "stock", "stocks", "price", "index"]))
        })
        .filter(|p| {
            // A share of the workforce, or a share right by the trigger.
            let of_staff = of_staff(text, p);
            let near = toks
                .iter()
                .position(|t| t.start >= p.start)
                .is_some_and(|i| {
                    (i > hit.last && i - hit.last <= 4)
                        || (i < hit.first && hit.first - i <= 6)
                        || or_share(toks, hit, i)
                        // "reduce its global head count by about 20 per cent"
                        // ("trim its 9,000-strong workforce by 10%": the staff's size
                        // may stand in the bridge.)
                        // ("cut its German workforce by 7 percent", "headcount in
                        // Germany by 7 percent": a place may qualify the staff.)
                        || (i > hit.last
                            && i - hit.last <= 11
                            && toks[hit.last + 1..i].iter().filter(|t| !sized(t)).count() <= 7
                            && toks[hit.last + 1..i].iter().enumerate().all(|(k, t)| {
                                t.is_any(SHARE_BRIDGE)
                                    || sized(t)
                                    || place_word(t)
                                    || t.is("in")
                                        && toks.get(hit.last + 2 + k).is_some_and(place_word)
                            }))
                });
            // "cut 20 percent of its spending and 300 jobs": a share whose own "of" or
            // "from" names no staff is a share of something else, however near.
            of_staff || near && (!goes_on_with_of(text, p) || of_them(text, toks, p, hit))
        })
        .min_by_key(|p| {
            let i = toks.iter().position(|t| t.start >= p.start).unwrap_or(0);
            if i > hit.last {
                i - hit.last
            } else {
                hit.first.saturating_sub(i) + 2
            }
        })
}

/// "cut its budget by 20% and laid off 40 workers", "raised prices by 20% amid layoffs": a
/// share right after "by", before the trigger, that names no staff of its own measures
/// the object before that "by", so it is the staff's only when that object names them.
/// (Near misses: "cut its workforce by 20% as layoffs spread" keeps the share; so does "a
/// plan announced by Globex will see 15% of the workforce laid off", whose share is not
/// after "by".)
fn measures_another_object(text: &str, toks: &[Token], p: &Percent, hit: &TriggerHit) -> bool {
    let Some(i) = toks.iter().position(|t| t.start >= p.start) else {
        return false;
    };
    // (The share's own modifier is inside its span: "by about 20%" has "by" right before.)
    if i >= hit.first
        || i == 0
        || !toks[i - 1].is("by")
        || goes_on_with_of(text, p) && of_staff(text, p)
    {
        return false;
    }
    let from = toks[..i]
        .iter()
        .rposition(|t| t.kind == TokKind::Punct && matches!(t.text, "." | ";" | ","))
        .map_or(0, |k| k + 1)
        .max(i.saturating_sub(10));
    !crate::triggers::share_of_the_staff(&toks[from..i])
}

static_set!(other_nouns, OTHER_NOUNS);
static_set!(link_words, LINK_WORDS);

/// Hedges between "by" and the figure of a cut of the owner's sized staff: "cut its
/// 60,000-strong workforce by roughly 3,000", "by up to 900".
const BY_HEDGES: &[&str] = &[
    "roughly",
    "about",
    "around",
    "approximately",
    "nearly",
    "almost",
    "some",
    "up",
    "to",
    "more",
    "than",
    "at",
    "least",
    "as",
    "many",
    "just",
    "over",
    "under",
];

/// Whether the verb at `v` follows a modal or "to", past one adverb of degree ("may
/// even", "could eventually").
fn after_a_modal(toks: &[Token], v: usize) -> bool {
    const BEFORE: &[&str] = &[
        "will", "would", "could", "may", "might", "should", "to", "can",
    ];
    let m = match v.checked_sub(1) {
        Some(k) if toks[k].is_any(&["even", "eventually", "ultimately", "still", "further"]) => {
            k.checked_sub(1)
        }
        k => k,
    };
    m.is_some_and(|m| toks[m].is_any(BEFORE))
}

/// Whether the verb at `v` is one of rising to a figure after a modal: "could reach",
/// "may even increase to", "could climb to", "might rise to", "could grow to".
pub(super) fn rising_to(toks: &[Token], v: usize) -> bool {
    let verb = &toks[v];
    let rises = verb.is("reach")
        || verb.is_any(&["rise", "increase", "climb", "grow"])
            && toks.get(v + 1).is_some_and(|t| t.is("to"));
    rises && after_a_modal(toks, v)
}

/// Rule `rising-to-a-ceiling`: a figure that cuts "could reach" or "may rise to" is the
/// most they may come to, an upper bound: "Redundancies could reach 2,000", "the number
/// of layoffs may even increase to 1,800", "job losses could climb to 500". The count
/// begins at `first`, right after the verb or its "to". (Near misses: "Job losses have
/// reached 1,000" counts losses so far; "will total 1,500" is the figure itself.)
fn ceiling_of_rising(toks: &[Token], first: usize) -> bool {
    let v = match first.checked_sub(1) {
        Some(k) if toks[k].is("to") => k.checked_sub(1),
        k => k,
    };
    v.is_some_and(|v| rising_to(toks, v))
}

/// Whether the words after a count (ending at `last`) run through one job noun straight
/// into the trigger at `trigger`: "500 jobs cut", "700 retail roles eliminated".
/// Rule `amounting-to`: a noun trigger's count may follow a verb of amounting, the
/// trigger its subject: "Job cuts at Acme will total about 1,500", "the layoffs numbered
/// 300", "redundancies could reach 2,000". The verb must read as a verb: inflected, or
/// after a modal or "to" ("a total 12,000 staff" is no verb). Between the trigger and
/// the verb, no sentence ends.
fn amounting_verb_before(toks: &[Token], first: usize, trigger_last: usize) -> bool {
    const APPROX: &[&str] = &[
        "about",
        "around",
        "some",
        "nearly",
        "roughly",
        "approximately",
        "almost",
        "over",
        "more",
        "than",
        "at",
        "least",
        "up",
        "to",
        "as",
        "many",
        "much",
    ];
    let mut k = first;
    while k > trigger_last + 1 && toks[k - 1].is_any(APPROX) {
        k -= 1;
    }
    let Some(v) = k.checked_sub(1).filter(|&v| v > trigger_last) else {
        return false;
    };
    let verb = &toks[v];
    let inflected = verb.is_any(&["totaled", "totalled", "totals", "numbered", "reached"]);
    // (What rises must be the cuts, not a workforce named between: "job cuts, and its
    // headcount could climb to 12,000" sizes the staff.)
    let staff_between = toks[trigger_last + 1..v]
        .iter()
        .any(|t| t.text == "," || t.is_any(crate::lexicon::HEADCOUNT_NOUNS) || is_job_noun(t));
    let after_modal = verb.is_any(&["total", "number", "reach"]) && after_a_modal(toks, v)
        || rising_to(toks, v) && !staff_between;
    (inflected || after_modal)
        && v - trigger_last <= 10
        && toks[trigger_last + 1..v]
            .iter()
            .all(|t| !(t.kind == TokKind::Punct && matches!(t.text, "." | ";" | ":")))
}

fn noun_at_trigger(toks: &[Token], last: usize, trigger: usize) -> bool {
    trigger > last + 1
        && trigger - last <= 4
        && is_job_noun(&toks[trigger - 1])
        && toks[last + 1..trigger]
            .iter()
            .all(|t| t.kind == TokKind::Word)
}

/// "Meridian, Halcyon and Ostrava cut 200, 350 and 90 jobs (respectively)", "cut 10% and
/// 15% of their staff": a list of figures as long as the list of employers gives each
/// employer its own, in the order they are named. `spans` are the figures' byte spans in
/// order, `at` the start of the one the verb took; the list is the run of figures around
/// it joined by nothing but "," and "and". The run's index range, or `None` unless it
/// holds exactly `members` figures. (A near miss: "Acme and Globex cut 200 jobs and 50
/// contractors" puts a noun between its figures, so both employers keep the verb's.)
pub(super) fn respective_run(
    toks: &[Token],
    spans: &[(usize, usize)],
    at: usize,
    members: usize,
) -> Option<std::ops::RangeInclusive<usize>> {
    if members < 2 {
        return None;
    }
    let k = spans.iter().position(|&(a, b)| a <= at && at < b)?;
    // Whether only "," and "and" stand between two figures.
    let joined = |a: (usize, usize), b: (usize, usize)| {
        let from = toks.partition_point(|t| t.start < a.1);
        let gap: Vec<&Token> = toks[from..].iter().take_while(|t| t.end <= b.0).collect();
        (1..=2).contains(&gap.len())
            && gap
                .iter()
                .enumerate()
                .all(|(i, t)| t.is("and") && i + 1 == gap.len() || t.text == "," && i == 0)
    };
    let mut first = k;
    while first > 0 && joined(spans[first - 1], spans[first]) {
        first -= 1;
    }
    let mut last = k;
    while last + 1 < spans.len() && joined(spans[last], spans[last + 1]) {
        last += 1;
    }
    (last + 1 - first == members).then_some(first..=last)
}

/// "will eliminate 180 positions, 95 of them vacant", "cut 1,100 roles, including 400
/// that are unfilled", "300 posts, of which 120 are vacant": vacancies are posts, not
/// people, so they come off the figure (whose text then runs to the vacancies). `at` is
/// the figure's first token; `hi` ends its clause. `None` when no vacancies are told.
/// (Near misses: "180 positions, 95 of them in Ohio" names a part; "and leave 95 posts
/// vacant" is another verb's.)
pub(super) fn less_vacancies(
    text: &str,
    toks: &[Token],
    counts: &[Count],
    count: &Count,
    at: usize,
    hi: usize,
) -> Option<(Count, String)> {
    const BEFORE: &[&str] = &[
        "positions",
        "roles",
        "jobs",
        "posts",
        "job",
        "including",
        "of",
        "which",
        ",",
    ];
    const AFTER: &[&str] = &[
        "of",
        "them",
        "which",
        "that",
        "are",
        "were",
        "is",
        "currently",
        "already",
        "now",
        "positions",
        "roles",
        "posts",
        "jobs",
    ];
    let hi = hi.min(toks.len());
    let past = (at..hi).find(|&k| toks[k].start >= count.end)?;
    let v = (past..hi.min(past + 5))
        .take_while(|&k| toks[k].is_any(BEFORE) || toks[k].kind == TokKind::Number)
        .find(|&k| toks[k].kind == TokKind::Number)?;
    let vacant = counts
        .iter()
        .find(|c| c.start == toks[v].start && c.kind == CountKind::Exact)?;
    let end = (v + 1..hi.min(v + 7))
        .take_while(|&k| toks[k].is_any(AFTER) || toks[k].is_any(&["vacant", "unfilled"]))
        .find(|&k| toks[k].is_any(&["vacant", "unfilled"]))?;
    let (n, min) = (vacant.min?, count.min?);
    if n >= min {
        return None;
    }
    let less = Count {
        start: count.start,
        end: toks[end].end,
        min: Some(min - n),
        max: count.max.map(|m| m.saturating_sub(n)),
        kind: count.kind,
    };
    let worded = text[less.start..less.end].to_string();
    Some((less, worded))
}
