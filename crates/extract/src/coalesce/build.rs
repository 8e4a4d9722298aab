//! Building a claim from a draft, one field at a time: the company and its names, the
//! kind by vote, the headcount, the date, the evidence, and the units, places, reasons and
//! severance it cites (units, reasons and severance as the analysis found them).

use super::group::Draft;
use crate::frames::{Analysis, Frame};
use crate::model::{Claim, DateInterval, Document, Evidence, Headcount, Kind, Severance};
use crate::orgs::company_key;
use crate::places;
use crate::quantity::{Count, CountKind};
use crate::spans::SEVERANCE_AFTER;
use crate::units::{GENERIC_STAFF, UNIT_NOUNS};
use std::collections::HashSet;

fn precision_rank(c: &Count) -> u8 {
    match c.kind {
        CountKind::Exact => 0,
        CountKind::Range | CountKind::Approximate => 1,
        CountKind::LowerBound | CountKind::UpperBound => 2,
        CountKind::Vague => 3,
    }
}

/// What `claims` works out once for every claim `build` makes.
pub(super) struct Cited<'a> {
    /// Each frame's company keys: its name's, then its aliases'.
    pub name_keys: &'a [Vec<String>],
    /// Each frame's company key.
    pub companies: &'a [&'a str],
    /// The key of the company the document is mainly about.
    pub main_key: Option<&'a str>,
    /// `companies` as a set, made when first asked of a document with many.
    pub company_set: std::cell::OnceCell<HashSet<&'a str>>,
    /// The frames come in text order.
    pub in_order: bool,
}

impl Cited<'_> {
    /// Whether `k` is some frame's company key.
    fn is_company(&self, k: &str) -> bool {
        if self.companies.len() <= FEW {
            self.companies.contains(&k)
        } else {
            self.company_set
                .get_or_init(|| self.companies.iter().copied().collect())
                .contains(k)
        }
    }
}

/// Up to this many, strings are looked for by a scan; past it, in a hash set.
const FEW: usize = 16;

/// Strings gathered in order, asked whether they hold one: by a scan while they are few,
/// as a claim's names and units nearly always are, by hashing once one claim of a long
/// page has gathered many.
#[derive(Default)]
struct Gathered<'s> {
    list: Vec<&'s str>,
    set: HashSet<&'s str>,
}

impl<'s> Gathered<'s> {
    fn contains(&self, x: &str) -> bool {
        if self.list.len() <= FEW {
            self.list.contains(&x)
        } else {
            self.set.contains(x)
        }
    }

    fn push(&mut self, x: &'s str) {
        self.list.push(x);
        if self.list.len() > FEW {
            if self.set.is_empty() {
                self.set.extend(self.list.iter().copied());
            } else {
                self.set.insert(x);
            }
        }
    }
}

/// The sentences one claim has looked at: a mark per sentence of the document, shared by
/// all its claims, so that asking costs the same however many the claim cites.
pub(super) struct Looked<'m> {
    pub at: &'m mut [usize],
    /// The claim's number, from 1.
    pub claim: usize,
    /// Bytes of the document the claims may still scan for the usual form of a name
    /// ([`prefer_the_usual_form`]): a budget linear in the document's length, so that a
    /// page of thousands of claims costs no more than a few passes over it.
    pub scan_budget: &'m mut usize,
}

/// The scan budget of a document of `len` bytes: a fixed allowance that every ordinary
/// article stays within, and a few passes over a long page.
pub(super) fn scan_budget(len: usize) -> usize {
    (1 << 21) + 8 * len
}

impl Looked<'_> {
    /// Marks sentence `s`; whether it was new.
    fn first_time(&mut self, s: usize) -> bool {
        let new = self.at[s] != self.claim;
        self.at[s] = self.claim;
        new
    }
}

/// Builds the claim of draft `d`, citing also `unit_sentences` (the sentences about the
/// teams hit that belong to it), one field at a time.
pub(super) fn build<'a>(
    doc: &Document,
    a: &'a Analysis,
    d: &Draft,
    unit_sentences: &[usize],
    site_sentences: &[usize],
    cited: &Cited<'a>,
    looked: &mut Looked,
) -> Claim {
    let frames: Vec<&Frame> = d.frames.iter().map(|&i| &a.frames[i]).collect();
    let names = prefer_the_usual_form(doc.text, choose_company(a, d, cited), looked.scan_budget);
    let kind = vote_kind(&frames);
    // A part's figure sizes the round only when nothing else does.
    let whole: Vec<&Frame> = d
        .frames
        .iter()
        .filter(|i| !d.parts.contains(i))
        .map(|&i| &a.frames[i])
        .collect();
    let headcount = choose_headcount(&whole).or_else(|| choose_headcount(&frames));
    let percent = frames.iter().find_map(|f| f.percent);
    let date = choose_date(a, &frames, cited, &names, kind);
    let (mut evidence, ev_sentences) = gather_evidence(doc, a, &frames, cited.in_order);
    let site_evidence = cite_sites(doc, a, site_sentences, &ev_sentences);
    let reasons = a.spans.reasons(
        ev_sentences
            .iter()
            .copied()
            .zip(evidence.iter().map(|e| e.text.as_str())),
    );
    // "lost their jobs at Meta": a place that is a name of this or another company of the
    // document is that company, not where the cuts fall. (A near miss: "Meta cut 300
    // jobs in Colombia's Meta department" keeps Colombia.)
    if !site_evidence.is_empty() {
        evidence.extend(site_evidence);
        evidence.sort_by_key(|e| e.start);
    }
    // A place in a sentence of several companies' cuts that another company's clause
    // names is that round's (see `named_before_is_own`).
    let placed_here = |p: &str| {
        let mut citing = evidence.iter().filter(|e| e.text.contains(p)).peekable();
        citing.peek().is_none()
            || citing.any(|e| {
                let s = a.sentences.partition_point(|x| x.end <= e.start);
                s >= a.sentences.len() || named_before_is_own(doc.text, a, d, s, p)
            })
    };
    let locations = find_places(&evidence)
        .into_iter()
        .filter(|p| {
            let k = company_key(p);
            k != names.own_key
                && !names.alias_keys.contains(&k)
                && !cited.is_company(&k)
                && placed_here(p)
        })
        .collect();
    let (units, seen_sentences) =
        gather_units(doc.text, a, d, unit_sentences, cited, &names, looked);
    let severance = find_severance(a, d, &seen_sentences);
    let mut confidence: f64 = 0.4;
    if names.explicit {
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
    Claim {
        kind,
        company: names.company,
        parent: names.parent,
        aliases: names.aliases,
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

/// Who a claim is about, as `choose_company` works it out.
struct Names<'n> {
    /// The company's name, and its key.
    company: String,
    own_key: &'n str,
    /// Its other names, in the order first seen, with their keys.
    aliases: Vec<String>,
    alias_keys: Gathered<'n>,
    parent: Option<String>,
    /// Some frame names the company in its clause (not "the company", "it").
    explicit: bool,
}

/// "Starbucks Coffee has announced ... layoffs at Starbucks ...": of a name and a shorter
/// form that begins it, the text's usual one is the name, the other an alias. The longer
/// stays on a tie and whenever the text uses it as often ("Siemens Energy", "Amazon Web
/// Services" over "AWS", which begins no longer name).
fn prefer_the_usual_form<'n>(text: &str, mut names: Names<'n>, budget: &mut usize) -> Names<'n> {
    // Two passes over the text; past the budget the longer form stays.
    let cost = 2 * text.len();
    if *budget < cost {
        return names;
    }
    let Some(k) = names
        .aliases
        .iter()
        .position(|s| crate::orgs::begins_with_words(&names.company, s))
    else {
        return names;
    };
    *budget -= cost;
    let short = &names.aliases[k];
    let rest = &names.company[short.len()..];
    let long_uses = word_uses(text, &names.company, "");
    let short_uses = word_uses(text, short, rest);
    if short_uses > long_uses {
        let long = std::mem::replace(&mut names.company, short.clone());
        names.aliases[k] = long;
        std::mem::swap(&mut names.own_key, &mut names.alias_keys.list[k]);
    }
    names
}

/// How often `name` stands as a whole word in `text`, not followed by `unless`.
fn word_uses(text: &str, name: &str, unless: &str) -> usize {
    let b = text.as_bytes();
    text.match_indices(name)
        .filter(|&(i, _)| {
            let end = i + name.len();
            let before_ok = i == 0 || !b[i - 1].is_ascii_alphanumeric();
            let after_ok = end == b.len() || !b[end].is_ascii_alphanumeric();
            before_ok && after_ok && (unless.is_empty() || !text[end..].starts_with(unless))
        })
        .count()
}

/// The claim's company: the longest name its frames give it, from the frames that name
/// it if any; its other names are aliases. A named unit is the employer and its parent
/// stays the parent: "Amazon laid off hundreds in AWS" and "AWS cut roles" are one AWS
/// claim with parent Amazon.
fn choose_company<'n>(a: &'n Analysis, d: &Draft, cited: &Cited<'n>) -> Names<'n> {
    let (name_keys, companies) = (cited.name_keys, cited.companies);
    let explicit: Vec<usize> = d
        .frames
        .iter()
        .copied()
        .filter(|&i| a.frames[i].company.explicit)
        .collect();
    let lead = explicit.first().copied().unwrap_or(d.frames[0]);
    let parent = d
        .frames
        .iter()
        .find_map(|&i| a.frames[i].company.parent.clone());
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
    // The longest form is the name ("Amazon Web Services" over "AWS"); of two spellings
    // of one length, the one in running case ("British Steel" over a lead's capitals,
    // "BRITISH Steel announced today").
    let (company, own_key) = pool
        .iter()
        .flat_map(|&i| named(i))
        .filter(|&(n, k)| !is_parent_key(k) && !crate::orgs::has_legal_suffix(n))
        .max_by_key(|(n, _)| (n.len(), n.chars().filter(|c| c.is_lowercase()).count()))
        .map(|(n, k)| (n.clone(), k))
        .unwrap_or_else(|| (a.frames[lead].company.name.clone(), companies[lead]));
    let mut aliases: Gathered = Gathered::default();
    let mut alias_keys: Gathered = Gathered::default();
    for &i in &d.frames {
        for (n, nk) in named(i) {
            if nk != own_key && !is_parent_key(nk) && !alias_keys.contains(nk) {
                aliases.push(n);
                alias_keys.push(nk);
            } else if n != &company && nk == own_key && !aliases.contains(n) {
                // "Alphabet Inc." beside "Alphabet".
                aliases.push(n);
                alias_keys.push(nk);
            }
        }
    }
    let aliases: Vec<String> = aliases.list.iter().map(|n| n.to_string()).collect();
    let parent = parent.filter(|_| !is_parent_key(own_key));
    Names {
        company,
        own_key,
        aliases,
        alias_keys,
        parent,
        explicit: !explicit.is_empty(),
    }
}

/// The claim's kind, by the vote of the frames whose wording decides it: a bare "the job
/// cuts" beside "said it would eliminate 53,000 jobs" is the same plan, not a sign that
/// it happened. A part of the round ("In San Francisco 18 jobs will go" under 230
/// notices served) words its own tranche, not the round: it does not vote while a whole
/// one does. Layoffs and plans vote by majority (a tie is a layoff); other kinds stand.
fn vote_kind(frames: &[&Frame]) -> Kind {
    let whole = |f: &Frame| {
        let part_max = f.count.as_ref().and_then(|(c, _)| c.max);
        !frames.iter().any(|g| {
            g.count
                .as_ref()
                .and_then(|(c, _)| c.min)
                .zip(part_max)
                .is_some_and(|(total, part)| part < total)
        })
    };
    let worded = frames
        .iter()
        .any(|f| f.kind_worded && f.fields.contains(&"kind") && whole(f));
    let voters: Vec<Kind> = frames
        .iter()
        .filter(|f| f.fields.contains(&"kind") && whole(f) && (f.kind_worded || !worded))
        .map(|f| f.kind)
        .collect();
    let kinds: Vec<Kind> = if voters.is_empty() {
        frames.iter().map(|f| f.kind).collect()
    } else {
        voters
    };
    match kinds[0] {
        Kind::Layoff | Kind::Plan => {
            let plans = kinds.iter().filter(|k| **k == Kind::Plan).count();
            if plans * 2 > kinds.len() {
                Kind::Plan
            } else {
                Kind::Layoff
            }
        }
        k => k,
    }
}

/// The most precise count the frames give (an exact figure over a range over a bound
/// over a vague one), the first on a tie. Rule `two-bounds-make-a-range`: where the best
/// is a bound and another frame gives the other side of the same round, above the floor,
/// the two make a range: "at least 1,300" and "may even increase to 1,800" are
/// 1,300..1,800. (A near miss: "more than 500" and "up to 300" do not meet, so the first
/// stands.)
fn choose_headcount(frames: &[&Frame]) -> Option<Headcount> {
    let counts = || frames.iter().filter_map(|f| f.count.as_ref());
    let best = counts().min_by_key(|(c, _)| precision_rank(c))?;
    let (c, t) = best;
    let other_side = |kind: CountKind| counts().find(|(o, _)| o.kind == kind);
    let range = match c.kind {
        CountKind::LowerBound => other_side(CountKind::UpperBound).map(|o| (best, o)),
        CountKind::UpperBound => other_side(CountKind::LowerBound).map(|o| (o, best)),
        _ => None,
    };
    if let Some(((low, low_text), (high, high_text))) = range {
        if let (Some(min), Some(max)) = (low.min, high.max) {
            if min < max {
                return Some(Headcount {
                    text: format!("{low_text} to {high_text}"),
                    min: Some(min),
                    max: Some(max),
                });
            }
        }
    }
    Some(Headcount {
        text: t.clone(),
        min: c.min,
        max: c.max,
    })
}

/// The narrowest date the frames give; else, for a round of the company the document is
/// mainly about (and not a running total), the date news defaults to.
fn choose_date(
    a: &Analysis,
    frames: &[&Frame],
    cited: &Cited,
    names: &Names,
    kind: Kind,
) -> Option<DateInterval> {
    frames
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
            // The company's own round, or one listed with it: "Initech, Globex and
            // Umbrella are the latest to cut jobs" dates all three alike.
            let about_main = cited.main_key.is_some_and(|m| {
                m == names.own_key
                    || names.alias_keys.contains(m)
                    || frames
                        .iter()
                        .flat_map(|f| &f.listed_with)
                        .any(|n| super::company_key(n) == m)
            });
            (about_main && kind != Kind::Cumulative)
                .then_some(a.default_date)
                .flatten()
                .map(|(e, l, p)| DateInterval {
                    text: String::new(),
                    earliest: e,
                    latest: l,
                    precision: p,
                })
        })
}

/// The frames' sentences as evidence, each once with the fields it supplies, and the
/// sentence of each.
fn gather_evidence(
    doc: &Document,
    a: &Analysis,
    frames: &[&Frame],
    in_order: bool,
) -> (Vec<Evidence>, Vec<usize>) {
    let mut evidence: Vec<Evidence> = Vec::new();
    let mut ev_sentences: Vec<usize> = Vec::new();
    for f in frames {
        let mut s = a.sentences[f.sentence];
        // A larger round's words start at its "part of" ([`Frame::whole`]), a byte of its
        // own sentence (checked: a start outside it, or inside a character, cites it all).
        if let Some(at) = f.whole.map(|w| s.start + w) {
            if at < s.end && doc.text.is_char_boundary(at) {
                s.start = at;
            }
        }
        // Frames in text order cite a sentence already cited only right after it.
        let cited_already = if in_order {
            evidence.last_mut().filter(|e| e.start == s.start)
        } else {
            evidence.iter_mut().find(|e| e.start == s.start)
        };
        match cited_already {
            Some(e) => {
                for fld in &f.fields {
                    if !e.fields.contains(fld) {
                        e.fields.push(fld);
                    }
                }
            }
            None => {
                ev_sentences.push(f.sentence);
                evidence.push(Evidence {
                    start: s.start,
                    end: s.end,
                    text: doc.text[s.start..s.end].to_string(),
                    fields: f.fields.clone(),
                });
            }
        }
    }
    (evidence, ev_sentences)
}

/// The sentences of `site_sentences` not cited already that name a place, as evidence
/// of the claim's locations.
fn cite_sites(
    doc: &Document,
    a: &Analysis,
    site_sentences: &[usize],
    cited: &[usize],
) -> Vec<Evidence> {
    site_sentences
        .iter()
        .filter(|s| !cited.contains(s))
        .map(|&s| a.sentences[s])
        .map(|s| (s, &doc.text[s.start..s.end]))
        .filter(|(_, text)| !places::find(text).is_empty())
        .map(|(s, text)| Evidence {
            start: s.start,
            end: s.end,
            text: text.to_string(),
            fields: vec!["locations"],
        })
        .collect()
}

/// The places the evidence names, read in the evidence joined by spaces: `places::find`
/// reads the words around a name, across the joins too, so they are not found sentence by
/// sentence with the other spans (see `spans`). A sentence cited for the date alone (rule
/// `day-told-after`: "In a statement on 8 May, the US group said ...") tells when, not
/// where.
fn find_places(evidence: &[Evidence]) -> Vec<String> {
    let evidence: Vec<&Evidence> = evidence.iter().filter(|e| e.fields != ["date"]).collect();
    let mut ev_text = String::with_capacity(evidence.iter().map(|e| e.text.len() + 1).sum());
    for (k, e) in evidence.iter().enumerate() {
        if k > 0 {
            ev_text.push(' ');
        }
        ev_text.push_str(&e.text);
    }
    places::find(&ev_text)
}

/// The units hit, from the claim's frames' sentences (those whose units are theirs,
/// `Frame::own_units`) and `unit_sentences`, each sentence read once per claim; and the
/// sentences read, in order (where severance is looked for, too). A unit that is a name of the
/// company or of another company in the document is no unit of it.
fn gather_units(
    text: &str,
    a: &Analysis,
    d: &Draft,
    unit_sentences: &[usize],
    cited: &Cited,
    names: &Names,
    looked: &mut Looked,
) -> (Vec<String>, Vec<usize>) {
    let (own_key, alias_keys) = (names.own_key, &names.alias_keys);
    let mut units: Vec<String> = Vec::new();
    let mut unit_keys: Gathered = Gathered::default();
    let unit_sentences = d
        .frames
        .iter()
        .filter(|&&i| a.frames[i].own_units)
        .map(|&i| a.frames[i].sentence)
        .chain(unit_sentences.iter().copied());
    let mut seen_sentences: Vec<usize> = Vec::new();
    // The claim's own name or one of its aliases, by key.
    let is_name = |x: &str| !x.is_empty() && (x == own_key || alias_keys.contains(x));
    for s in unit_sentences {
        if !looked.first_time(s) {
            continue;
        }
        seen_sentences.push(s);
        for (u, k) in a.spans.units(s) {
            // "its AWS division" names the company, not a unit of it: the unit is a name
            // of it, or one of its one-word names with nothing but unit nouns ("aws
            // division"); so do its name and the staff it counts ("hundreds of Halvern
            // Bank workers").
            let names_company = is_name(k)
                || k.split(' ')
                    .any(|w| is_name(w) && k.split(' ').all(|v| v == w || UNIT_NOUNS.contains(&v)))
                || k.rsplit_once(' ')
                    .is_some_and(|(core, last)| GENERIC_STAFF.contains(&last) && is_name(core));
            let k = k.as_str();
            // "Brunswick News and Postmedia Editorial Services": a list of companies.
            let companies = k.contains(" and ")
                && k.split(" and ")
                    .all(|item| is_name(item) || cited.is_company(item));
            let other_company = cited.is_company(k) || companies;
            if !names_company
                && !other_company
                && named_before_is_own(text, a, d, s, u)
                && k != own_key
                && !alias_keys.contains(k)
                && !unit_keys.contains(k)
            {
                units.push(u.clone());
                unit_keys.push(k);
            }
        }
    }
    let units = without_shorter_forms(units, &unit_keys.list);
    (units, seen_sentences)
}

/// "Amazon will cut 14,000 corporate jobs, while Meta confirmed 600 layoffs in its AI
/// division": where sentence `s` counts the cuts of two companies or more, a unit or a
/// place it names (`words`) is the round's of the company named last before it, or of the
/// first named when it comes before them all. A sentence that counts the cuts of one
/// company (or a round with no figure in it, or a company the sentence does not name as
/// the round does) keeps every unit for it: "Globex cut 300 jobs in sales and 200 in its
/// cloud unit" is one round's breakdown.
fn named_before_is_own(text: &str, a: &Analysis, d: &Draft, s: usize, words: &str) -> bool {
    let lo = a.frames.partition_point(|f| f.sentence < s);
    let hi = lo + a.frames[lo..].partition_point(|f| f.sentence == s);
    let here = &a.frames[lo..hi];
    let Some(own) = d
        .frames
        .iter()
        .map(|&i| &a.frames[i])
        .find(|f| f.sentence == s)
    else {
        return true;
    };
    let own_name = own.company.name.as_str();
    // (Companies listed as one subject share its words: "Meridian, Halcyon and Ostrava cut
    // 200, 350 and 90 jobs respectively at their plants in Ohio, Tennessee and Bohemia".)
    let apart = |f: &Frame| {
        f.company.name != own_name
            && !own.listed_with.contains(&f.company.name)
            && !f.listed_with.iter().any(|n| n == own_name)
    };
    let sentence = &text[a.sentences[s].start..a.sentences[s].end];
    // Where each other company with a figure here is named.
    let mut theirs = Vec::new();
    for f in here.iter().filter(|f| f.count.is_some() && apart(f)) {
        match sentence.find(f.company.name.as_str()) {
            Some(p) => theirs.push(p),
            None => return true,
        }
    }
    if theirs.is_empty() {
        return true;
    }
    let (Some(at), Some(mine)) = (sentence.find(words), sentence.find(own_name)) else {
        return true;
    };
    let before = |p: usize| p <= at;
    match (
        before(mine),
        theirs.iter().copied().filter(|&p| before(p)).max(),
    ) {
        (true, Some(t)) => mine > t,
        (true, None) => true,
        // Before every name: the first named's.
        (false, _) => theirs.iter().all(|&t| mine < t),
    }
}

/// `units` (with their `keys`) without those whose key is the first or last words of
/// another's: a headline's "Theme Park" beside "its theme park division" in the text is one
/// unit, named best by the longer form. (Within one sentence, [`crate::units::find`] keeps
/// only the first form it meets.) Items of a list keep their own names. Linear in the
/// words of the keys.
fn without_shorter_forms(units: Vec<String>, keys: &[&str]) -> Vec<String> {
    if units.len() < 2 {
        return units;
    }
    // Items of a list are no shorter forms of it: "factory" and "white collar" of
    // "factory and white collar" are two units.
    let joins = |w: &str| matches!(w, "and" | "or" | "&");
    let mut shorter: HashSet<&str> = HashSet::new();
    for k in keys {
        for (at, _) in k.match_indices(' ') {
            let (head, tail) = (&k[..at], &k[at + 1..]);
            if !tail.split(' ').next().is_some_and(joins) {
                shorter.insert(head);
            }
            if !head.rsplit(' ').next().is_some_and(joins) {
                shorter.insert(tail);
            }
        }
    }
    units
        .into_iter()
        .zip(keys)
        .filter(|(_, k)| !shorter.contains(*k))
        .map(|(u, _)| u)
        .collect()
}

/// The first severance terms stated in the sentences the claim read (`seen`), else in
/// the few after its last frame's.
fn find_severance(a: &Analysis, d: &Draft, seen: &[usize]) -> Option<Severance> {
    let last = d
        .frames
        .iter()
        .map(|&i| a.frames[i].sentence)
        .max()
        .unwrap_or(0);
    seen.iter()
        .copied()
        .chain(last + 1..(last + 1 + SEVERANCE_AFTER).min(a.sentences.len()))
        .find_map(|s| a.spans.severance(s))
        .map(|text| Severance {
            text: text.to_string(),
        })
}
