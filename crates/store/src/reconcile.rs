//! Reconciliation: one event from the claims of one round.
//!
//! - **Company**: the name the sources use most; ties go to the family's own name.
//! - **Kind**: a layoff when any source reports cuts carried out (the plan was carried
//!   out), else a closure, else a plan; running totals and hiring keep their kind.
//! - **Date**: the finest dates the sources give; their span when they disagree.
//! - **Headcount**: exact figures beat vague words; otherwise the tightest interval all
//!   sources allow; when the sources cannot all be right, the span of the figures.
//! - **Contradictions**: differing figures, percentages and dates, each source's value
//!   stated with its document.

use crate::keys::company_key;
use crate::model::{Contradiction, Event, EventDate, Named, Range, Source, Span, StoredClaim};
use headcount_extract::Kind;
use std::collections::BTreeMap;

/// The event for `members` (claims of one cluster, canonical order first).
pub fn reconcile(id: &str, company_key_of_family: &str, members: &[&StoredClaim]) -> Event {
    // The name the sources use most ("Zoom" over "Zoom Video Communications" when more
    // outlets say so); ties go to the family's own name, then to the longer.
    let company = most_named(members.iter().map(|c| c.company.as_str()), |n| {
        company_key(n) == company_key_of_family
    })
    .unwrap_or_default();
    let parent = most_named(members.iter().filter_map(|c| c.parent.as_deref()), |_| {
        false
    });
    let mut aliases: Vec<String> = members
        .iter()
        .flat_map(|c| std::iter::once(&c.company).chain(&c.aliases))
        .filter(|n| **n != company)
        .cloned()
        .collect();
    aliases.sort();
    aliases.dedup();

    let kind = [
        Kind::Layoff,
        Kind::Closure,
        Kind::Plan,
        Kind::Cumulative,
        Kind::Hiring,
    ]
    .into_iter()
    .find(|k| members.iter().any(|c| c.kind == *k))
    .unwrap_or(Kind::Layoff);

    let mut contradictions = Vec::new();
    let date = reconcile_date(members, &mut contradictions);
    let headcount = reconcile_headcount(members, &mut contradictions);
    let percent = reconcile_percent(members, &mut contradictions);

    let mut units = count_named(members, |c| &c.units);
    units.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.name.cmp(&b.name)));
    units_disagree(members, &mut contradictions);
    let severance = count_named(members, |c| c.severance.as_slice());
    let mut locations: Vec<Named> = count_named(members, |c| &c.locations);
    locations.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.name.cmp(&b.name)));
    let mut reasons: Vec<Named> = count_named(members, |c| &c.reasons);
    reasons.sort_by(|a, b| b.sources.cmp(&a.sources).then_with(|| a.name.cmp(&b.name)));

    let mut sources: Vec<(&StoredClaim, Source)> = Vec::new();
    for c in members {
        if sources.iter().any(|(s, _)| s.doc_hash == c.doc_hash) {
            continue;
        }
        sources.push((
            c,
            Source {
                document: c.doc_path.clone(),
                title: c.doc_title.clone(),
                url: c.doc_url.clone(),
                outlet: c.doc_outlet.clone(),
                published: c.published,
            },
        ));
    }
    let confidence = 1.0
        - members
            .iter()
            .map(|c| 1.0 - c.confidence.clamp(0.0, 1.0))
            .product::<f64>();
    Event {
        id: id.to_owned(),
        company,
        parent,
        aliases,
        kind,
        date,
        headcount,
        percent,
        units,
        locations: locations.into_iter().map(|n| n.name).collect(),
        reasons: reasons.into_iter().map(|n| n.name).collect(),
        severance,
        sources: sources.into_iter().map(|(_, s)| s).collect(),
        contradictions,
        confidence: (confidence * 1000.0).round() / 1000.0,
    }
}

/// The name given by the most documents; ties go to a `preferred` name, then to the
/// longer, then to the first in byte order.
fn most_named<'a>(
    names: impl Iterator<Item = &'a str>,
    preferred: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in names {
        *counts.entry(n).or_default() += 1;
    }
    let (best, uses) = counts.iter().map(|(n, c)| (*n, *c)).max_by(|a, b| {
        a.1.cmp(&b.1)
            .then(preferred(a.0).cmp(&preferred(b.0)))
            .then(a.0.len().cmp(&b.0.len()))
            .then(b.0.cmp(a.0))
    })?;
    // A form as common that begins the chosen one is its everyday name ("Peloton" beside
    // "Peloton Interactive"): the formal name adds words, never a different employer.
    let everyday = counts
        .iter()
        .filter(|&(n, c)| *c == uses && n.len() < best.len())
        .filter(|&(n, _)| best.starts_with(n) && best.as_bytes()[n.len()] == b' ')
        .map(|(n, _)| *n)
        .min_by_key(|n| n.len());
    Some(everyday.unwrap_or(best).to_owned())
}

/// Names (case-insensitively the same) with the number of documents naming each.
fn count_named<'a>(
    members: &[&'a StoredClaim],
    field: impl Fn(&'a StoredClaim) -> &'a [String],
) -> Vec<Named> {
    let mut by_key: BTreeMap<String, (String, Vec<&str>)> = BTreeMap::new();
    let employer = employer_words(members);
    for c in members {
        for name in field(c) {
            let key = name_key(name, &employer);
            let entry = by_key
                .entry(key.clone())
                .or_insert_with(|| (name.clone(), Vec::new()));
            // The plainest wording names the entry: "Worldwide Specialist Organization"
            // over "AWS Worldwide Specialist Organization".
            if name.to_lowercase() == key && entry.0.to_lowercase() != key {
                entry.0 = name.clone();
            }
            if !entry.1.contains(&c.doc_hash.as_str()) {
                entry.1.push(&c.doc_hash);
            }
        }
    }
    by_key
        .into_values()
        .map(|(name, docs)| Named {
            name,
            sources: docs.len(),
        })
        .collect()
}

/// The one-word names the sources give the employer ("aws", "amazon"), lower-cased.
fn employer_words(members: &[&StoredClaim]) -> Vec<String> {
    let mut words: Vec<String> = members
        .iter()
        .flat_map(|c| {
            std::iter::once(&c.company)
                .chain(&c.aliases)
                .chain(&c.parent)
        })
        .map(|n| company_key(n))
        .filter(|k| !k.is_empty() && !k.contains(' '))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// How a unit (or place, reason, term) is compared across sources: lower-cased, without
/// a leading employer name ("AWS Worldwide Specialist Organization" is the Worldwide
/// Specialist Organization).
fn name_key(name: &str, employer: &[String]) -> String {
    let lower = name.to_lowercase();
    match lower.split_once(' ') {
        Some((first, rest)) if employer.iter().any(|e| e == first) && !rest.is_empty() => {
            rest.to_owned()
        }
        _ => lower,
    }
}

/// Sources that name the teams hit but not the same ones: each source's list, plainly.
fn units_disagree(members: &[&StoredClaim], out: &mut Vec<Contradiction>) {
    let mut by_doc: Vec<(&str, Vec<String>)> = Vec::new();
    let employer = employer_words(members);
    for c in members.iter().filter(|c| !c.units.is_empty()) {
        let names: Vec<String> = c.units.iter().map(|u| name_key(u, &employer)).collect();
        match by_doc.iter_mut().find(|(d, _)| *d == c.doc_name()) {
            Some((_, list)) => list.extend(names),
            None => by_doc.push((c.doc_name(), names)),
        }
    }
    if by_doc.len() < 2 {
        return;
    }
    for (_, list) in &mut by_doc {
        list.sort();
        list.dedup();
    }
    if by_doc.windows(2).all(|w| w[0].1 == w[1].1) {
        return;
    }
    out.push(Contradiction {
        field: "units",
        detail: by_doc
            .iter()
            .map(|(d, list)| format!("{d} names {}", list.join(", ")))
            .collect::<Vec<_>>()
            .join("; "),
    });
}

fn reconcile_date(members: &[&StoredClaim], out: &mut Vec<Contradiction>) -> Option<EventDate> {
    let text: Vec<(&StoredClaim, Span)> = members
        .iter()
        .filter_map(|c| c.text_date().map(|d| (*c, d)))
        .collect();
    let pool: Vec<(&StoredClaim, Span)> = if text.is_empty() {
        members
            .iter()
            .filter_map(|c| c.date.map(|d| (*c, d)))
            .collect()
    } else {
        text
    };
    let finest = pool.iter().map(|(_, d)| d.precision).min()?;
    let fine: Vec<&(&StoredClaim, Span)> =
        pool.iter().filter(|(_, d)| d.precision == finest).collect();
    let earliest = fine.iter().map(|(_, d)| d.earliest).min()?;
    let latest = fine.iter().map(|(_, d)| d.latest).max()?;
    let mut labels: Vec<String> = fine.iter().map(|(_, d)| d.label()).collect();
    labels.sort();
    labels.dedup();
    if labels.len() > 1 {
        out.push(Contradiction {
            field: "date",
            detail: fine
                .iter()
                .map(|(c, d)| format!("{} says {}", c.doc_name(), d.label()))
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    Some(EventDate {
        earliest,
        latest,
        precision: finest,
    })
}

fn reconcile_headcount(members: &[&StoredClaim], out: &mut Vec<Contradiction>) -> Option<Range> {
    let with: Vec<&StoredClaim> = members
        .iter()
        .copied()
        .filter(|c| c.min.is_some() || c.max.is_some())
        .collect();
    if with.is_empty() {
        return None;
    }
    let exact: Vec<u64> = with
        .iter()
        .filter_map(|c| match (c.min, c.max) {
            (Some(a), Some(b)) if a == b => Some(a),
            _ => None,
        })
        .collect();
    let describe = || {
        with.iter()
            .map(|c| {
                format!(
                    "{} says {}",
                    c.doc_name(),
                    c.headcount_label().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let lo = |c: &StoredClaim| c.min.unwrap_or(0);
    let hi = |c: &StoredClaim| c.max.unwrap_or(u64::MAX);
    let range = if !exact.is_empty() {
        let (a, b) = (*exact.iter().min()?, *exact.iter().max()?);
        // Other sources' ranges that exclude the exact figure disagree with it.
        if a != b || with.iter().any(|c| lo(c) > b || hi(c) < a) {
            out.push(Contradiction {
                field: "headcount",
                detail: describe(),
            });
        }
        Range {
            min: Some(a),
            max: Some(b),
        }
    } else {
        let low = with.iter().map(|c| lo(c)).max()?;
        let high = with.iter().map(|c| hi(c)).min()?;
        if low <= high {
            Range {
                min: Some(low).filter(|&n| n > 0),
                max: Some(high).filter(|&n| n != u64::MAX),
            }
        } else {
            out.push(Contradiction {
                field: "headcount",
                detail: describe(),
            });
            Range {
                min: with.iter().map(|c| lo(c)).min().filter(|&n| n > 0),
                max: with.iter().map(|c| hi(c)).max().filter(|&n| n != u64::MAX),
            }
        }
    };
    Some(range)
}

fn reconcile_percent(members: &[&StoredClaim], out: &mut Vec<Contradiction>) -> Option<f64> {
    let mut values: Vec<(&StoredClaim, f64)> = members
        .iter()
        .filter_map(|c| c.percent.map(|p| (*c, p)))
        .collect();
    if values.is_empty() {
        return None;
    }
    values.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (lo, hi) = (values[0].1, values[values.len() - 1].1);
    if hi - lo > 1.0 {
        out.push(Contradiction {
            field: "percent",
            detail: values
                .iter()
                .map(|(c, p)| format!("{} says {p}%", c.doc_name()))
                .collect::<Vec<_>>()
                .join("; "),
        });
    }
    Some(values[values.len() / 2].1)
}

#[cfg(test)]
mod tests {
    use super::most_named;

    #[test]
    fn the_everyday_form_of_a_name_wins_a_tie() {
        // One source says "Peloton Interactive", one "Peloton": the shorter form that
        // begins the formal name is the event's name, whatever the family prefers.
        let pick = |names: &[&str]| most_named(names.iter().copied(), |n| n.contains(' '));
        assert_eq!(
            pick(&["Peloton Interactive", "Peloton"]).unwrap(),
            "Peloton"
        );
        assert_eq!(
            pick(&["Starbucks Coffee", "Starbucks", "Starbucks Coffee"]).unwrap(),
            "Starbucks Coffee"
        );
        // Near miss: a name that only shares letters ("Meta" / "Metal Works") is no
        // shorter form, so the preference decides.
        assert_eq!(pick(&["Metal Works", "Meta"]).unwrap(), "Metal Works");
    }
}
