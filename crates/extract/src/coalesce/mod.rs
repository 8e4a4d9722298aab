//! Coalescing: frames about the same company and the same round become one claim whose
//! fields keep all their evidence; a different date, size or kind is another claim.
//!
//! [`claims`] runs the steps in order: each frame's company keys (`company_keys`), the
//! frames grouped into drafts of rounds (`group`), the drafts that report a round
//! (`keep`), the trigger-less sentences about the teams hit given to the round before
//! them (`team_sentences`), and a claim built from each draft (`build`). It finds no
//! spans but places: units, severance terms and reasons come from the analysis
//! (`crate::spans`).

mod build;
mod group;

use crate::frames::Analysis;
use crate::model::{Claim, Document, Kind};
use crate::orgs::company_key;
use build::{build, Cited, Looked};
use group::{group, group_by_scan, group_frames, name_keys, Days, Draft, Keys, SCAN_FRAMES};
use std::cmp::Reverse;
use std::collections::HashMap;

pub fn claims(doc: &Document, a: &Analysis) -> Vec<Claim> {
    let (name_keys, parent_keys) = company_keys(a);
    let companies: Vec<&str> = name_keys.iter().map(|k| k[0].as_str()).collect();
    let keys = Keys::all(&name_keys, &parent_keys);
    let days = Days {
        meta: doc.published,
        own: a.published,
    };
    let drafts = if a.frames.len() <= SCAN_FRAMES {
        group_by_scan(&a.frames, &keys, days)
    } else {
        group_frames(&a.frames, &keys, days)
    };
    let kept = keep(a, &drafts);
    // Frames come in text order (`frames::analyse` builds them sentence by sentence), so
    // the frames of a few sentences are a range of them; checked, not assumed.
    let in_order = a.frames.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    let extra = team_sentences(a, &kept, in_order);
    let sites = site_sentences(a, &kept, in_order);
    let main_key = a.main_company.as_deref().map(company_key);
    let cited = Cited {
        name_keys: &name_keys,
        companies: &companies,
        company_set: std::cell::OnceCell::new(),
        main_key: main_key.as_deref(),
        in_order,
    };
    // Which sentences the claim being built has looked at, as the number of that claim.
    let mut looked = vec![0usize; a.sentences.len()];
    let mut budget = build::scan_budget(doc.text.len());
    let mut claims: Vec<Claim> = kept
        .iter()
        .zip(extra.iter().zip(&sites))
        .enumerate()
        .map(|(n, (d, (x, at)))| {
            let mut seen = Looked {
                at: &mut looked,
                claim: n + 1,
                scan_budget: &mut budget,
            };
            build(doc, a, d, x, at, &cited, &mut seen)
        })
        .collect();
    sums_of_rounds(&mut claims);
    date_running_totals(&mut claims);
    claims
}

/// A figure that is exactly the sum of two or three other rounds of its company, told
/// with different dates, is their running total, not a round of its own: "32,000
/// employees will be terminated" beside September's 28,000 and November's 4,000. (A near
/// miss: a breakdown's parts share their round's date, and `group` has already joined
/// them to it.) A company with more than `SUM_ROUNDS` exact rounds in one document (a
/// tracker's table) is left as it is: the search is in the cube of its rounds.
fn sums_of_rounds(claims: &mut [Claim]) {
    const SUM_ROUNDS: usize = 12;
    let exact = |c: &Claim| {
        c.headcount
            .as_ref()
            .and_then(|h| h.min.filter(|m| h.max == Some(*m)))
    };
    let mut by_firm: HashMap<String, Vec<(usize, u64)>> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        if matches!(c.kind, Kind::Layoff | Kind::Plan) {
            if let Some(n) = exact(c) {
                by_firm.entry(firm_key(c)).or_default().push((i, n));
            }
        }
    }
    let mut totals: Vec<usize> = Vec::new();
    for rounds in by_firm.values() {
        if rounds.len() < 3 || rounds.len() > SUM_ROUNDS {
            continue;
        }
        let dated_apart = |picked: &[(usize, u64)]| {
            let dates: Vec<_> = picked
                .iter()
                .map(|(j, _)| claims[*j].date.as_ref().map(|d| (d.earliest, d.latest)))
                .collect();
            dates.iter().all(Option::is_some) && dates.windows(2).any(|w| w[0] != w[1])
        };
        for &(i, total) in rounds {
            let parts: Vec<(usize, u64)> = rounds
                .iter()
                .copied()
                .filter(|&(j, n)| j != i && n < total)
                .collect();
            let n = parts.len();
            let found = (0..n).any(|a| {
                (a + 1..n).any(|b| {
                    let two = [parts[a], parts[b]];
                    two[0].1 + two[1].1 == total && dated_apart(&two)
                        || (b + 1..n).any(|c| {
                            let three = [parts[a], parts[b], parts[c]];
                            three.iter().map(|x| x.1).sum::<u64>() == total && dated_apart(&three)
                        })
                })
            });
            if found {
                totals.push(i);
            }
        }
    }
    for i in totals {
        claims[i].kind = Kind::Cumulative;
    }
}

/// One key per firm for the document-wide rules: the shortest of the keys of its name and
/// aliases ("Walt Disney" with the alias "Disney" and "Disney" share "disney").
fn firm_key(c: &Claim) -> String {
    std::iter::once(&c.company)
        .chain(&c.aliases)
        .map(|n| company_key(n))
        .min_by_key(|k| (k.len(), k.clone()))
        .unwrap_or_default()
}

/// A running total that nothing dates, beside two or more dated rounds of its company that
/// all fall in one year, totals that year: "slashing nearly half of its workforce in just
/// six months", after June 2024's and November 2024's rounds, is 2024's total. (Near
/// misses: one dated round may be only the latest of many; rounds in two years leave
/// the total's span unknown.)
fn date_running_totals(claims: &mut [Claim]) {
    use chrono::Datelike;
    if !claims
        .iter()
        .any(|c| c.kind == Kind::Cumulative && c.date.is_none())
    {
        return;
    }
    // Per firm, the years of its dated rounds.
    let mut years: HashMap<String, Vec<i32>> = HashMap::new();
    for c in claims.iter() {
        if !matches!(c.kind, Kind::Layoff | Kind::Plan) {
            continue;
        }
        if let Some(d) = c
            .date
            .as_ref()
            .filter(|d| d.earliest.year() == d.latest.year())
        {
            years
                .entry(firm_key(c))
                .or_default()
                .push(d.earliest.year());
        }
    }
    for c in claims.iter_mut() {
        if c.kind != Kind::Cumulative || c.date.is_some() {
            continue;
        }
        let Some(ys) = years.get(&firm_key(c)) else {
            continue;
        };
        if ys.len() < 2 || ys.iter().any(|&y| y != ys[0]) {
            continue;
        }
        let (Some(earliest), Some(latest)) = (
            chrono::NaiveDate::from_ymd_opt(ys[0], 1, 1),
            chrono::NaiveDate::from_ymd_opt(ys[0], 12, 31),
        ) else {
            continue;
        };
        c.date = Some(crate::model::DateInterval {
            text: String::new(),
            earliest,
            latest,
            precision: crate::model::Precision::Year,
        });
    }
}

/// Each frame's company keys (its name's, then its aliases'), and the key of its parent:
/// the one its company states, else the first the document states for it anywhere
/// ("the airline's parent company, IAG").
fn company_keys(a: &Analysis) -> (Vec<Vec<String>>, Vec<Option<String>>) {
    let name_keys = name_keys(&a.frames);
    let child_keys: Vec<String> = a
        .parents
        .iter()
        .map(|(child, _)| company_key(child))
        .collect();
    // The first parent stated for each child, by key: a frame looks its company up here
    // rather than in every statement.
    let mut first_parent: HashMap<&str, usize> = HashMap::new();
    for (n, child) in child_keys.iter().enumerate() {
        first_parent.entry(child.as_str()).or_insert(n);
    }
    let parent_keys: Vec<Option<String>> = a
        .frames
        .iter()
        .zip(&name_keys)
        .map(|(f, keys)| match &f.company.parent {
            Some(p) => Some(company_key(p)),
            None => first_parent
                .get(keys[0].as_str())
                .map(|&n| company_key(&a.parents[n].1)),
        })
        .collect();
    (name_keys, parent_keys)
}

/// The drafts that report a round. A claim needs a named company, a figure, or a dated
/// verb of cuts made ("most recently in November, when it trimmed a small number of
/// product employees"): talk of "the layoffs" under a company that was only ever
/// inferred is no report of a round.
fn keep<'d>(a: &Analysis, drafts: &'d [Draft]) -> Vec<&'d Draft> {
    drafts
        .iter()
        .filter(|d| {
            d.frames.iter().any(|&i| {
                let f = &a.frames[i];
                f.company.explicit
                    || f.count.is_some()
                    || f.percent.is_some()
                    || f.share_range
                    || (f.dated && f.kind == Kind::Closure)
                    // "It also plans to close its distribution network": a verb that
                    // shuts a site is a report of its own.
                    || (f.kind == Kind::Closure && f.kind_worded)
                    || (f.dated && f.past_verb && f.kind == Kind::Layoff)
            })
        })
        .collect()
}

/// Per kept draft, the sentences that say where the sites it hits are
/// ([`Analysis::locating`]): each belongs to the round, of any kind, whose frame is
/// latest at most three sentences before it (the earliest round on a tie).
fn site_sentences(a: &Analysis, kept: &[&Draft], in_order: bool) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); kept.len()];
    if !a.locating.iter().any(|&l| l) {
        return out;
    }
    let owner_of = owners(a, kept, |_| true);
    for s in (0..a.sentences.len()).filter(|&s| a.locating[s]) {
        if let Some(k) = latest_round(a, &owner_of, s.saturating_sub(3), s, in_order) {
            out[k].push(s);
        }
    }
    out
}

/// Per frame, the kept draft it is in, when `takes` accepts that draft.
fn owners(a: &Analysis, kept: &[&Draft], takes: impl Fn(&Draft) -> bool) -> Vec<Option<usize>> {
    let mut owner_of: Vec<Option<usize>> = vec![None; a.frames.len()];
    for (k, d) in kept.iter().enumerate().filter(|(_, d)| takes(d)) {
        for &i in &d.frames {
            owner_of[i] = Some(k);
        }
    }
    owner_of
}

/// The round (by `owner_of`) whose last frame in sentences `from..=s` is latest, the
/// earliest round on a tie. Read from the frames of those sentences: a draft's frame there
/// that is its last at or before `s` is its latest there, and a draft with none there is
/// out of reach.
fn latest_round(
    a: &Analysis,
    owner_of: &[Option<usize>],
    from: usize,
    s: usize,
    in_order: bool,
) -> Option<usize> {
    let near = if in_order {
        a.frames.partition_point(|f| f.sentence < from)
            ..a.frames.partition_point(|f| f.sentence <= s)
    } else {
        0..a.frames.len()
    };
    a.frames[near.clone()]
        .iter()
        .zip(&owner_of[near])
        .filter(|(f, _)| (from..=s).contains(&f.sentence))
        .filter_map(|(f, k)| k.map(|k| (f.sentence, Reverse(k))))
        .max()
        .map(|(_, Reverse(k))| k)
}

/// Per kept draft, the sentences without a frame of it that say which teams are hit.
/// They often carry no trigger ("Other areas likely impacted include customer support
/// ..."), and belong to the round reported just before them; the items of a list belong
/// to whoever owns the line that opened it.
fn team_sentences(a: &Analysis, kept: &[&Draft], in_order: bool) -> Vec<Vec<usize>> {
    let mut extra: Vec<Vec<usize>> = vec![Vec::new(); kept.len()];
    // Per frame: the kept draft it is in, when that draft reports a layoff or plan (the
    // rounds such a sentence may belong to).
    let owner_of = owners(a, kept, |d| {
        d.frames.iter().any(|&i| group(a.frames[i].kind) <= 1)
    });
    // Per sentence: the kept round of its first frame of any kind. A sentence that reports
    // a round of its own is that round's: "Initech, meanwhile, is closing its Austin
    // office" names no office of the layoff told before it.
    let any_owner = owners(a, kept, |_| true);
    let mut own_round: Vec<Option<usize>> = vec![None; a.sentences.len()];
    for (i, f) in a.frames.iter().enumerate() {
        if own_round[f.sentence].is_none() {
            own_round[f.sentence] = any_owner[i];
        }
    }
    let mut list_owner: Option<usize> = None;
    for (s, own) in own_round.iter().enumerate() {
        let item = a.spans.list_item[s];
        let opens = a.opens_list[s];
        if !(item || opens || a.impact[s]) {
            list_owner = None;
            continue;
        }
        // Items of a list belong to whoever owns the line that opened it.
        let owner = if item && list_owner.is_some() {
            list_owner
        } else if own.is_some() {
            *own
        } else {
            // The round whose last frame at or before `s` is latest, if no more than a
            // few sentences back.
            let from = s.saturating_sub(if opens || item { 6 } else { 3 });
            latest_round(a, &owner_of, from, s, in_order)
        };
        list_owner = if opens || item { owner } else { None };
        if let Some(k) = owner {
            extra[k].push(s);
        }
    }
    extra
}
