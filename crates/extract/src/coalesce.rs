//! Coalescing: frames about the same company and the same round become one claim whose
//! fields keep all their evidence; a different date, size or kind is another claim.

use crate::frames::{Analysis, Frame};
use crate::model::{
    Claim, DateInterval, Document, Evidence, Headcount, Kind, Precision, Severance,
};
use crate::orgs::company_key;
use crate::places;
use crate::quantity::{Count, CountKind};
use crate::reasons;

struct Draft {
    frames: Vec<usize>,
}

/// A name's key, with what `same_company` asks of it worked out once.
struct Key<'a> {
    text: &'a str,
    /// A bit per word (by a hash of it): a key whose words are all another's has no bit
    /// the other lacks, which rules most pairs out without splitting either.
    words: u64,
    /// Whether it has more than one word.
    spaced: bool,
    /// How many of its words have a first letter (an acronym's length in letters).
    initials: usize,
}

impl<'a> Key<'a> {
    fn new(text: &'a str) -> Key<'a> {
        let (words, initials) = text.split(' ').fold((0, 0), |(bits, n), w| {
            (bits | word_bit(w), n + usize::from(!w.is_empty()))
        });
        Key {
            text,
            words,
            spaced: text.contains(' '),
            initials,
        }
    }

    /// Whether every word of `short` is a word of `self`.
    fn has_words_of(&self, short: &Key) -> bool {
        short.words & !self.words == 0
            && short
                .text
                .split(' ')
                .all(|w| self.text.split(' ').any(|l| l == w))
    }

    /// Whether `self` is an acronym of `long`: "AWS" and "Amazon Web Services".
    fn is_acronym_of(&self, long: &Key) -> bool {
        // A letter a word, and a letter takes one to four bytes.
        !self.spaced
            && long.spaced
            && self.text.len() >= 2
            && (long.initials..=4 * long.initials).contains(&self.text.len())
            && long
                .text
                .split(' ')
                .filter_map(|w| w.chars().next())
                .eq(self.text.chars())
    }
}

fn word_bit(w: &str) -> u64 {
    let h = w
        .bytes()
        .fold(0u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
    1 << (h >> 26)
}

/// A company's comparison keys, computed once per frame.
struct Keys<'a> {
    names: Vec<Key<'a>>,
    parent: Option<&'a str>,
}

impl<'a> Keys<'a> {
    /// From the keys of a company's name and aliases, and of its parent.
    fn of(names: &'a [String], parent: Option<&'a str>) -> Keys<'a> {
        Keys {
            names: names
                .iter()
                .filter(|k| !k.is_empty())
                .map(|k| Key::new(k))
                .collect(),
            parent,
        }
    }
}

/// Within one document, a company, its aliases, a longer form of its name ("Siemens" /
/// "Siemens Energy", "AWS" / "Amazon AWS") and its named parent refer to the same
/// employer unless dates or figures tell the rounds apart (checked by `compatible`).
fn same_company(a: &Keys, b: &Keys) -> bool {
    let parent_of = |p: &Keys, c: &Keys| {
        c.parent
            .is_some_and(|x| p.names.iter().any(|n| n.text == x))
    };
    a.names.iter().any(|x| {
        b.names.iter().any(|y| {
            x.text == y.text
                || x.has_words_of(y)
                || y.has_words_of(x)
                || x.is_acronym_of(y)
                || y.is_acronym_of(x)
        })
    }) || parent_of(a, b)
        || parent_of(b, a)
}

fn group(kind: Kind) -> u8 {
    match kind {
        Kind::Layoff | Kind::Plan => 0,
        Kind::Cumulative => 1,
        Kind::Closure => 2,
        Kind::Hiring => 3,
    }
}

fn counts_compatible(a: &Count, b: &Count) -> bool {
    let lo = |c: &Count| c.min.or(c.max).unwrap_or(0) as f64;
    let hi = |c: &Count| c.max.map_or(f64::INFINITY, |m| m as f64);
    // Intervals that meet, or figures within a tenth of each other: "some 3,000" and
    // "some 3,700" in one article are two rounds.
    (lo(a) <= hi(b) && lo(b) <= hi(a)) || {
        let (x, y) = (lo(a).max(1.0), lo(b).max(1.0));
        x / y < 1.1 && y / x < 1.1
    }
}

/// Whether two frames can report the same round, company aside (the draft checks that).
/// A plan is news of cuts to come; a layoff the text dates months before publication
/// is an earlier round ("will reduce its head count by 20% ... before it laid off about
/// 1,000 workers last summer"), unless they share a figure.
const EARLIER_ROUND_DAYS: i64 = 60;

fn compatible(f: &Frame, g: &Frame, published: Option<chrono::NaiveDate>) -> bool {
    if group(f.kind) != group(g.kind) {
        return false;
    }
    if let Some(p) = published {
        let long_before = |x: &Frame| {
            x.kind == Kind::Layoff
                && x.dated
                && x.date
                    .as_ref()
                    .is_some_and(|(d, _)| (p - d.latest).num_days() > EARLIER_ROUND_DAYS)
        };
        let plan_ahead =
            |x: &Frame| x.kind == Kind::Plan && x.date.as_ref().is_none_or(|(d, _)| d.latest >= p);
        // The same figure says it is the earlier round's own plan, quoted.
        let same_figure = (f.percent.is_some() && f.percent == g.percent)
            || matches!((&f.count, &g.count), (Some((x, _)), Some((y, _))) if x.min == y.min && x.max == y.max);
        if !same_figure && ((long_before(f) && plan_ahead(g)) || (long_before(g) && plan_ahead(f)))
        {
            return false;
        }
    }
    if let (Some((a, _)), Some((b, _))) = (&f.date, &g.date) {
        if a.earliest > b.latest || b.earliest > a.latest {
            return false;
        }
    }
    if let (Some((a, _)), Some((b, _))) = (&f.count, &g.count) {
        if !counts_compatible(a, b) {
            return false;
        }
    }
    if let (Some(a), Some(b)) = (f.percent, g.percent) {
        if (a - b).abs() > 3.0 {
            return false;
        }
    }
    true
}

pub fn claims(doc: &Document, a: &Analysis) -> Vec<Claim> {
    // Each frame's company keys: its name's, then its aliases'.
    let name_keys: Vec<Vec<String>> = a
        .frames
        .iter()
        .map(|f| {
            std::iter::once(&f.company.name)
                .chain(&f.company.aliases)
                .map(|n| company_key(n))
                .collect()
        })
        .collect();
    let companies: Vec<&str> = name_keys.iter().map(|k| k[0].as_str()).collect();
    // Frames learn the parents the document states anywhere: "parent company, IAG".
    let child_keys: Vec<String> = a
        .parents
        .iter()
        .map(|(child, _)| company_key(child))
        .collect();
    let parent_keys: Vec<Option<String>> = a
        .frames
        .iter()
        .zip(&companies)
        .map(|(f, name_key)| match &f.company.parent {
            Some(p) => Some(company_key(p)),
            None => a
                .parents
                .iter()
                .zip(&child_keys)
                .find(|(_, child)| *child == name_key)
                .map(|((_, p), _)| company_key(p)),
        })
        .collect();
    let keys: Vec<Keys> = name_keys
        .iter()
        .zip(&parent_keys)
        .map(|(n, p)| Keys::of(n, p.as_deref()))
        .collect();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut parts: Vec<usize> = Vec::new();
    for (i, f) in a.frames.iter().enumerate() {
        let fits = |d: &Draft| {
            d.frames.iter().any(|&j| same_company(&keys[i], &keys[j]))
                && d.frames
                    .iter()
                    .filter(|j| !parts.contains(j))
                    .all(|&j| compatible(f, &a.frames[j], doc.published))
        };
        // "another 10,000" starts a new round unless a draft repeats the same figure.
        let candidates: Vec<usize> = (0..drafts.len())
            .filter(|&k| fits(&drafts[k]))
            .filter(|&k| {
                !f.new_round
                    || f.count.as_ref().is_some_and(|(c, _)| {
                        drafts[k].frames.iter().any(|&j| {
                            a.frames[j]
                                .count
                                .as_ref()
                                .is_some_and(|(d, _)| d.min == c.min && d.max == c.max)
                        })
                    })
            })
            .collect();
        // Prefer the draft that shares a figure or date, then the earliest.
        let best = candidates.iter().copied().max_by_key(|&k| {
            let score: u32 = drafts[k]
                .frames
                .iter()
                .map(|&j| {
                    let g = &a.frames[j];
                    let same_figure = matches!((&f.count, &g.count), (Some((x, _)), Some((y, _))) if x.min == y.min && x.max == y.max);
                    let both_counted = f.count.is_some() && g.count.is_some();
                    let both_dated = f.date.is_some() && g.date.is_some();
                    let same_pct = f.percent.is_some() && f.percent == g.percent;
                    4 * u32::from(same_figure) + 2 * u32::from(same_pct) + u32::from(both_counted) + u32::from(both_dated)
                })
                .max()
                .unwrap_or(0);
            (score, std::cmp::Reverse(k))
        });
        // A figure broken down right after the total ("3,800 jobs ... 2,300 in Germany,
        // 1,300 in the UK") is part of that round.
        let part_of = || {
            if f.dated || f.new_round {
                return None;
            }
            let (c, _) = f.count.as_ref()?;
            (0..drafts.len()).rev().find(|&k| {
                drafts[k].frames.iter().any(|&j| {
                    let g = &a.frames[j];
                    group(g.kind) == group(f.kind)
                        && same_company(&keys[j], &keys[i])
                        && f.sentence.saturating_sub(g.sentence) <= 2
                        && g.count
                            .as_ref()
                            .is_some_and(|(t, _)| t.min.zip(c.max).is_some_and(|(tm, cm)| cm < tm))
                })
            })
        };
        match best {
            Some(k) => drafts[k].frames.push(i),
            None => match part_of() {
                // A part of a round does not constrain what else joins it.
                Some(k) => {
                    parts.push(i);
                    drafts[k].frames.push(i);
                }
                None => drafts.push(Draft { frames: vec![i] }),
            },
        }
    }
    // A claim needs a named company, a figure, or a dated verb of cuts made ("most
    // recently in November, when it trimmed a small number of product employees"): talk
    // of "the layoffs" under a company that was only ever inferred is no report of a round.
    let kept: Vec<&Draft> = drafts
        .iter()
        .filter(|d| {
            d.frames.iter().any(|&i| {
                let f = &a.frames[i];
                f.company.explicit
                    || f.count.is_some()
                    || f.percent.is_some()
                    || (f.dated && f.kind == Kind::Closure)
                    || (f.dated && f.past_verb && f.kind == Kind::Layoff)
            })
        })
        .collect();
    // Sentences that say which teams are hit ("Other areas likely impacted include
    // customer support ...") often carry no trigger: they belong to the round reported
    // just before them.
    let mut extra: Vec<Vec<usize>> = vec![Vec::new(); kept.len()];
    let mut in_list = false;
    let mut list_owner: Option<usize> = None;
    for (s, sent) in a.sentences.iter().enumerate() {
        let text = &doc.text[sent.start..sent.end];
        let item = in_list && crate::units::is_list_line(text);
        let opens = a.opens_list[s];
        in_list = opens || item;
        if !(item || opens || a.impact[s]) {
            list_owner = None;
            continue;
        }
        // Items of a list belong to whoever owns the line that opened it.
        let owner = if item && list_owner.is_some() {
            list_owner
        } else {
            kept.iter()
                .enumerate()
                .filter(|(_, d)| d.frames.iter().any(|&i| group(a.frames[i].kind) <= 1))
                .filter_map(|(k, d)| {
                    let last = d
                        .frames
                        .iter()
                        .map(|&i| a.frames[i].sentence)
                        .filter(|&e| e <= s)
                        .max()?;
                    (s - last <= if opens || item { 6 } else { 3 }).then_some((last, k))
                })
                .max_by_key(|&(last, k)| (last, std::cmp::Reverse(k)))
                .map(|(_, k)| k)
        };
        list_owner = if opens || item { owner } else { None };
        if let Some(k) = owner {
            extra[k].push(s);
        }
    }
    // Units of each sentence (with their keys), found once however many claims cite it.
    let mut units_of: Vec<Option<Vec<(String, String)>>> = vec![None; a.sentences.len()];
    for (d, x) in kept.iter().zip(&extra) {
        for s in d
            .frames
            .iter()
            .map(|&i| a.frames[i].sentence)
            .chain(x.iter().copied())
        {
            if units_of[s].is_none() {
                let sent = a.sentences[s];
                let text = &doc.text[sent.start..sent.end];
                let found = crate::units::find_in(text, &a.toks[s]);
                let listed = if found.is_empty() && crate::units::is_list_line(text) {
                    crate::units::list_item(text)
                } else {
                    None
                };
                units_of[s] = Some(
                    found
                        .into_iter()
                        .chain(listed)
                        .map(|u| {
                            let k = company_key(&u);
                            (u, k)
                        })
                        .collect(),
                );
            }
        }
    }
    let main_key = a.main_company.as_deref().map(company_key);
    // Severance terms of each sentence, looked for once however many claims ask.
    let mut severance_of: Vec<Option<Option<String>>> = vec![None; a.sentences.len()];
    let cited = Cited {
        name_keys: &name_keys,
        companies: &companies,
        main_key: main_key.as_deref(),
        units_of: &units_of,
    };
    kept.iter()
        .zip(&extra)
        .map(|(d, x)| build(doc, a, d, x, &cited, &mut severance_of))
        .collect()
}

fn precision_rank(c: &Count) -> u8 {
    match c.kind {
        CountKind::Exact => 0,
        CountKind::Range | CountKind::Approximate => 1,
        CountKind::LowerBound | CountKind::UpperBound => 2,
        CountKind::Vague => 3,
    }
}

/// What `claims` works out once for every claim `build` makes.
struct Cited<'a> {
    /// Each frame's company keys: its name's, then its aliases'.
    name_keys: &'a [Vec<String>],
    /// Each frame's company key.
    companies: &'a [&'a str],
    /// The key of the company the document is mainly about.
    main_key: Option<&'a str>,
    /// Per sentence a claim cites: its units and their keys.
    units_of: &'a [Option<Vec<(String, String)>>],
}

fn build(
    doc: &Document,
    a: &Analysis,
    d: &Draft,
    unit_sentences: &[usize],
    cited: &Cited,
    severance_of: &mut [Option<Option<String>>],
) -> Claim {
    let (name_keys, companies) = (cited.name_keys, cited.companies);
    let frames: Vec<&Frame> = d.frames.iter().map(|&i| &a.frames[i]).collect();
    let explicit: Vec<usize> = d
        .frames
        .iter()
        .copied()
        .filter(|&i| a.frames[i].company.explicit)
        .collect();
    let lead = explicit.first().copied().unwrap_or(d.frames[0]);
    // A named unit is the employer and its parent stays the parent: "Amazon laid off
    // hundreds in AWS" and "AWS cut roles" are one AWS claim with parent Amazon.
    let parent = frames.iter().find_map(|f| f.company.parent.clone());
    // Keys are computed once each: comparing names by key is most of this function's work.
    let parent_key = parent.as_deref().map(company_key);
    let is_parent_key = |k: &str| parent_key.as_deref() == Some(k);
    // A frame's company names, each with its key.
    let named = |i: usize| {
        let c = &a.frames[i].company;
        std::iter::once(&c.name)
            .chain(&c.aliases)
            .zip(name_keys[i].iter().map(String::as_str))
    };
    let pool: Vec<usize> = if explicit.is_empty() {
        vec![lead]
    } else {
        explicit.clone()
    };
    // The longest form is the name ("Amazon Web Services" over "AWS").
    let (company, own_key) = pool
        .iter()
        .flat_map(|&i| named(i))
        .filter(|&(n, k)| !is_parent_key(k) && !crate::orgs::has_legal_suffix(n))
        .max_by_key(|(n, _)| n.len())
        .map(|(n, k)| (n.clone(), k))
        .unwrap_or_else(|| (a.frames[lead].company.name.clone(), companies[lead]));
    let mut aliases: Vec<String> = Vec::new();
    let mut alias_keys: Vec<&str> = Vec::new();
    for &i in &d.frames {
        for (n, nk) in named(i) {
            if nk != own_key && !is_parent_key(nk) && !alias_keys.contains(&nk) {
                aliases.push(n.clone());
                alias_keys.push(nk);
            } else if n != &company && nk == own_key && !aliases.contains(n) {
                // "Alphabet Inc." beside "Alphabet".
                aliases.push(n.clone());
                alias_keys.push(nk);
            }
        }
    }
    let parent = parent.filter(|_| !is_parent_key(own_key));

    // The frames whose wording decides the kind vote; a bare "the job cuts" beside "said
    // it would eliminate 53,000 jobs" is the same plan, not a sign that it happened.
    let worded = frames
        .iter()
        .any(|f| f.kind_worded && f.fields.contains(&"kind"));
    let voters: Vec<Kind> = frames
        .iter()
        .filter(|f| f.fields.contains(&"kind") && (f.kind_worded || !worded))
        .map(|f| f.kind)
        .collect();
    let kinds: Vec<Kind> = if voters.is_empty() {
        frames.iter().map(|f| f.kind).collect()
    } else {
        voters
    };
    let kind = match kinds[0] {
        Kind::Layoff | Kind::Plan => {
            let plans = kinds.iter().filter(|k| **k == Kind::Plan).count();
            if plans * 2 > kinds.len() {
                Kind::Plan
            } else {
                Kind::Layoff
            }
        }
        k => k,
    };

    let headcount = frames
        .iter()
        .filter_map(|f| f.count.as_ref())
        .min_by_key(|(c, _)| precision_rank(c))
        .map(|(c, t)| Headcount {
            text: t.clone(),
            min: c.min,
            max: c.max,
        });
    let percent = frames.iter().find_map(|f| f.percent);
    let date = frames
        .iter()
        .filter_map(|f| f.date.as_ref())
        .min_by_key(|(d, _)| (d.latest - d.earliest).num_days())
        .map(|(d, t)| DateInterval {
            text: t.clone(),
            earliest: d.earliest,
            latest: d.latest,
            precision: d.precision,
        })
        .or_else(|| {
            let about_main = cited
                .main_key
                .is_some_and(|m| m == own_key || alias_keys.contains(&m));
            (about_main && kind != Kind::Cumulative)
                .then_some(a.default_date)
                .flatten()
                .map(|(e, l, p)| DateInterval {
                    text: String::new(),
                    earliest: e,
                    latest: l,
                    precision: p,
                })
        });

    let mut evidence: Vec<Evidence> = Vec::new();
    for f in &frames {
        let s = a.sentences[f.sentence];
        match evidence.iter_mut().find(|e| e.start == s.start) {
            Some(e) => {
                for fld in &f.fields {
                    if !e.fields.contains(fld) {
                        e.fields.push(fld);
                    }
                }
            }
            None => evidence.push(Evidence {
                start: s.start,
                end: s.end,
                text: doc.text[s.start..s.end].to_string(),
                fields: f.fields.clone(),
            }),
        }
    }
    let mut ev_text = String::with_capacity(evidence.iter().map(|e| e.text.len() + 1).sum());
    for (k, e) in evidence.iter().enumerate() {
        if k > 0 {
            ev_text.push(' ');
        }
        ev_text.push_str(&e.text);
    }
    let reasons = reasons::find(&ev_text);
    let locations = places::find(&ev_text);
    let mut units: Vec<String> = Vec::new();
    let mut unit_keys: Vec<&str> = Vec::new();
    let unit_sentences = d
        .frames
        .iter()
        .map(|&i| a.frames[i].sentence)
        .chain(unit_sentences.iter().copied());
    let mut seen_sentences: Vec<usize> = Vec::new();
    for s in unit_sentences {
        if seen_sentences.contains(&s) {
            continue;
        }
        seen_sentences.push(s);
        for (u, k) in cited.units_of[s].iter().flatten() {
            // "its AWS division" names the company, not a unit of it.
            let names_company = std::iter::once(&own_key).chain(&alias_keys).any(|&nk| {
                // Nothing but the name and unit nouns ("aws division").
                let rest_empty = || {
                    k.split(' ')
                        .all(|w| w == nk || crate::units::UNIT_NOUNS.contains(&w))
                };
                !nk.is_empty() && (k == nk || (k.split(' ').any(|w| w == nk) && rest_empty()))
            });
            let k = k.as_str();
            let other_company = companies.contains(&k);
            if !names_company
                && !other_company
                && k != own_key
                && !alias_keys.contains(&k)
                && !unit_keys.contains(&k)
            {
                units.push(u.clone());
                unit_keys.push(k);
            }
        }
    }

    // Severance: in the claim's sentences or the few after its last one.
    let last = d
        .frames
        .iter()
        .map(|&i| a.frames[i].sentence)
        .max()
        .unwrap_or(0);
    let severance = seen_sentences
        .iter()
        .copied()
        .chain(last + 1..(last + 4).min(a.sentences.len()))
        .find_map(|s| {
            severance_of[s]
                .get_or_insert_with(|| {
                    crate::severance::find_in(
                        &doc.text[a.sentences[s].start..a.sentences[s].end],
                        &a.toks[s],
                    )
                })
                .clone()
        })
        .map(|text| Severance { text });
    let mut confidence: f64 = 0.4;
    if !explicit.is_empty() {
        confidence += 0.2;
    }
    if headcount.is_some() || percent.is_some() {
        confidence += 0.15;
    }
    if date.is_some() {
        confidence += 0.1;
    }
    if evidence.len() > 1 {
        confidence += 0.1;
    }
    let _ = Precision::Day;
    Claim {
        kind,
        company,
        parent,
        aliases,
        date,
        headcount,
        percent,
        units,
        locations,
        reasons,
        severance,
        evidence,
        // Two decimals: the confidence is a sum of rule weights, not a measurement.
        confidence: (confidence.min(0.99) * 100.0).round() / 100.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(names: &[&str], parent: Option<&str>) -> (Vec<String>, Option<String>) {
        (
            names.iter().map(|n| company_key(n)).collect(),
            parent.map(company_key),
        )
    }

    fn same(a: (&[&str], Option<&str>), b: (&[&str], Option<&str>)) -> bool {
        let (a, ap) = keys(a.0, a.1);
        let (b, bp) = keys(b.0, b.1);
        same_company(&Keys::of(&a, ap.as_deref()), &Keys::of(&b, bp.as_deref()))
    }

    #[test]
    fn same_company_by_name_longer_form_acronym_or_parent() {
        assert!(same((&["Siemens"], None), (&["Siemens Energy AG"], None)));
        assert!(same((&["Amazon AWS"], None), (&["AWS"], None)));
        assert!(same((&["AWS"], None), (&["Amazon Web Services"], None)));
        assert!(same((&["Vueling"], Some("IAG")), (&["IAG"], None)));
        assert!(same(
            (&["Alphabet"], None),
            (&["Google", "Alphabet Inc."], None)
        ));
        assert!(!same(
            (&["Siemens Energy"], None),
            (&["Siemens Healthineers"], None)
        ));
        assert!(!same((&["A"], None), (&["Acme Corp"], None)));
        assert!(!same((&["Meta"], None), (&["Microsoft"], None)));
    }
}
