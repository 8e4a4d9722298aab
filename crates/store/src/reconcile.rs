//! Reconciliation: one event from the claims of one round.
//!
//! - **Company**: the name the sources use most; ties go to the family's own name.
//! - **Kind**: a layoff when any source reports cuts carried out (the plan was carried
//!   out), else a closure, else a plan; running totals and hiring keep their kind.
//! - **Date**: the finest dates the sources give; their span when they disagree.
//! - **Headcount**: exact figures beat vague words; otherwise the tightest interval all
//!   sources allow; when the sources cannot all be right, the span of the figures.
//! - **Official count**: WARN notices count one site each; the round's official figure is
//!   their sum, a site and count filed twice (an amended notice) counted once. It stands
//!   beside the reports' figures as one more source: "several hundred" and an official
//!   371 make 371; "about 1,000" and 371 are a contradiction. The round's date is the
//!   reports' (a notice is filed weeks later); only a round known from notices alone is
//!   dated by their filing.
//! - **Contradictions**: differing figures, percentages and dates, each source's value
//!   stated with its document.

use crate::keys::company_key;
use crate::model::{
    Contradiction, Event, EventDate, Named, Official, Range, Site, Source, SourceType, Span,
    StoredClaim,
};
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
    let (notices, reports): (Vec<&StoredClaim>, Vec<&StoredClaim>) = members
        .iter()
        .partition(|c| c.source_type == SourceType::Warn);
    let (official, sites) = official_count(&notices);
    let date = if reports.iter().any(|c| c.date.is_some()) {
        reconcile_date(&reports, &mut contradictions)
    } else {
        // Sites file on different days: not a disagreement about the round's date.
        reconcile_date(&notices, &mut Vec::new())
    };
    let mut figures: Vec<Figure> = reports
        .iter()
        .filter(|c| c.has_headcount())
        .map(|c| Figure {
            who: c.doc_name().to_owned(),
            label: c.headcount_label().unwrap_or_default(),
            min: c.min,
            max: c.max,
        })
        .collect();
    if let Some(o) = &official {
        if let Some(n) = o.headcount {
            figures.push(Figure {
                who: format!(
                    "the WARN notices ({} of {} counted, {})",
                    o.counted,
                    o.notices,
                    o.states.join(", ")
                ),
                label: n.to_string(),
                min: Some(n),
                max: Some(n),
            });
        }
    }
    let headcount = reconcile_headcount(&figures, &mut contradictions);
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
                source_type: c.source_type,
                site: sites
                    .iter()
                    .find(|(h, _)| *h == c.doc_hash)
                    .map(|(_, s)| s.clone()),
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
        official,
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
    // "Peloton Interactive"): the formal name adds words, never a different employer. So
    // is the brand beside its web domain ("Amazon" beside "Amazon.com").
    let everyday = counts
        .iter()
        .filter(|&(n, c)| *c == uses && n.len() < best.len())
        .filter(|&(n, _)| {
            best.starts_with(n)
                && (best.as_bytes()[n.len()] == b' '
                    || best[n.len()..]
                        .strip_prefix('.')
                        .is_some_and(crate::keys::is_domain))
        })
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

/// One source's headcount, for reconciling: who says it, in its words, as a range.
struct Figure {
    who: String,
    label: String,
    min: Option<u64>,
    max: Option<u64>,
}

/// The official count of a round's WARN notices, and each notice's site by document hash.
/// A notice of a site (state, address or city and county) and count already counted is
/// the same filing again (an amendment, a duplicate row): it is listed, not added.
fn official_count(notices: &[&StoredClaim]) -> (Option<Official>, Vec<(String, Site)>) {
    if notices.is_empty() {
        return (None, Vec::new());
    }
    let mut seen: Vec<(Option<String>, Option<String>, Option<u64>)> = Vec::new();
    let mut sites: Vec<(String, Site)> = Vec::new();
    let mut total: Option<u64> = None;
    let mut counted = 0;
    let mut states: Vec<String> = Vec::new();
    for c in notices {
        if sites.iter().any(|(h, _)| *h == c.doc_hash) {
            continue;
        }
        let r = c.record.clone().unwrap_or_default();
        let figure = c.min.filter(|&m| Some(m) == c.max);
        let place = r
            .address
            .clone()
            .or_else(|| (r.city.is_some() || r.county.is_some()).then(|| r.place()));
        let key = (r.state.clone(), place, figure);
        let twice = key.1.is_some() && figure.is_some() && seen.contains(&key);
        if !twice {
            seen.push(key);
            counted += 1;
            if let Some(n) = figure {
                total = Some(total.unwrap_or(0).saturating_add(n));
            }
        }
        states.extend(r.state.clone());
        sites.push((
            c.doc_hash.clone(),
            Site {
                city: r.city,
                county: r.county,
                state: r.state,
                address: r.address,
                notice_date: r.notice_date.or(r.received_date),
                effective_date: r.effective_date,
                headcount: figure,
                counted: !twice,
            },
        ));
    }
    states.sort();
    states.dedup();
    let official = Official {
        headcount: total,
        notices: sites.len(),
        counted,
        states,
    };
    (Some(official), sites)
}

fn reconcile_headcount(with: &[Figure], out: &mut Vec<Contradiction>) -> Option<Range> {
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
            .map(|c| format!("{} says {}", c.who, c.label))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let lo = |c: &Figure| c.min.unwrap_or(0);
    let hi = |c: &Figure| c.max.unwrap_or(u64::MAX);
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
        let low = with.iter().map(lo).max()?;
        let high = with.iter().map(hi).min()?;
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
                min: with.iter().map(lo).min().filter(|&n| n > 0),
                max: with.iter().map(hi).max().filter(|&n| n != u64::MAX),
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
    use super::*;
    use crate::model::TableRecord;
    use chrono::NaiveDate;
    use headcount_extract::Precision;

    fn claim(doc: &str, source_type: SourceType, count: (u64, u64)) -> StoredClaim {
        let d = NaiveDate::from_ymd_opt(2021, 9, 23).unwrap();
        StoredClaim {
            claim_id: 0,
            doc_hash: format!("hash-{doc}"),
            doc_path: format!("{doc}.json"),
            doc_title: None,
            doc_url: None,
            doc_outlet: None,
            published: Some(d),
            reference: Some(d),
            ordinal: 0,
            kind: Kind::Layoff,
            company: "Zymergen".into(),
            company_key: "zymergen".into(),
            parent: None,
            aliases: Vec::new(),
            date: Some(Span {
                earliest: d,
                latest: d,
                precision: Precision::Day,
            }),
            date_text: "on Thursday".into(),
            headcount_text: None,
            min: Some(count.0),
            max: Some(count.1),
            percent: None,
            units: Vec::new(),
            locations: Vec::new(),
            reasons: Vec::new(),
            severance: None,
            confidence: 0.9,
            source_type,
            record: None,
        }
    }

    fn site(doc: &str, city: &str, filed: (u32, u32), count: u64) -> StoredClaim {
        let mut c = claim(doc, SourceType::Warn, (count, count));
        let d = NaiveDate::from_ymd_opt(2021, filed.0, filed.1).unwrap();
        c.date = Some(Span {
            earliest: d,
            latest: d,
            precision: Precision::Day,
        });
        c.record = Some(TableRecord {
            notice_date: Some(d),
            city: Some(city.into()),
            state: Some("CA".into()),
            ..Default::default()
        });
        c
    }

    #[test]
    fn sites_add_up_to_the_official_count_each_counted_once() {
        let news = claim("news", SourceType::News, (200, 999));
        let a = site("a", "Emeryville", (9, 23), 90);
        let b = site("b", "Richmond", (10, 21), 12);
        // The Emeryville notice filed again (an amendment): listed, not added.
        let again = site("again", "Emeryville", (10, 1), 90);
        let e = reconcile("evt", "zymergen", &[&news, &a, &b, &again]);
        let o = e.official.as_ref().unwrap();
        assert_eq!((o.headcount, o.notices, o.counted), (Some(102), 3, 2));
        assert_eq!(o.states, ["CA"]);
        // "several hundred" and an official 102 disagree; the notices' filing days are
        // not a disagreement about the date, which stays the news's.
        assert_eq!(
            e.headcount,
            Some(Range {
                min: Some(102),
                max: Some(102)
            })
        );
        assert!(
            e.contradictions.iter().any(|c| c.field == "headcount"
                && c.detail
                    .contains("the WARN notices (2 of 3 counted, CA) says 102")),
            "{:?}",
            e.contradictions
        );
        assert!(e.contradictions.iter().all(|c| c.field != "date"));
        assert_eq!(e.date.as_ref().unwrap().latest.to_string(), "2021-09-23");
        let types: Vec<SourceType> = e.sources.iter().map(|s| s.source_type).collect();
        assert_eq!(
            types,
            [
                SourceType::News,
                SourceType::Warn,
                SourceType::Warn,
                SourceType::Warn
            ]
        );
        assert_eq!(e.source_types(), ["news", "warn"]);
        let counted: Vec<bool> = e.sources[1..]
            .iter()
            .map(|s| s.site.as_ref().unwrap().counted)
            .collect();
        assert_eq!(counted, [true, true, false]);
        // Near miss: an official count inside the news's range corroborates it.
        let hundreds = claim("news", SourceType::News, (60, 140));
        let e = reconcile("evt", "zymergen", &[&hundreds, &a, &b]);
        assert!(e.contradictions.is_empty(), "{:?}", e.contradictions);
        assert_eq!(
            e.headcount,
            Some(Range {
                min: Some(102),
                max: Some(102)
            })
        );
        // A news-only event has no official count and sources typed news.
        let e = reconcile("evt", "zymergen", &[&news]);
        assert!(e.official.is_none() && e.sources[0].site.is_none());
        assert_eq!(e.source_types(), ["news"]);
    }

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
        // The brand beside its web domain: "Amazon.com" in wire copy, "Amazon" elsewhere.
        assert_eq!(pick(&["Amazon.com", "Amazon"]).unwrap(), "Amazon");
        // Near miss: a dotted ending that is no domain stays a name of its own.
        assert_eq!(pick(&["Acme.Labs", "Acme"]).unwrap(), "Acme.Labs");
    }
}
