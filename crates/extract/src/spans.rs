//! The spans a claim cites besides its frames' own, found per sentence as the last step
//! of the analysis: the units a round hits (with their company keys), severance terms and
//! reasons. Coalescing reads them from [`Spans`].
//!
//! Only the sentences a claim can cite are read, which keeps the cost near that of
//! finding them claim by claim:
//! - a frame's sentence is evidence (reasons), may name units, and may state severance;
//! - a sentence that names the teams hit, opens a list of them or is an item of one may
//!   belong to a round reported just before it (units, severance);
//! - the three sentences after a frame's may state the round's severance.
//!
//! A claim's reasons are those of its evidence sentences, combined as [`reasons::find`]
//! reports them for the sentences joined by a space, stems across a join included.
//!
//! Places are not found here: `places::find` reads the words around a name, across the
//! join too ("… three sites including Cork" then "Pfizer is to cut …": joined, "Cork" is
//! read as part of a longer name), so coalescing still finds them in the joined evidence.

use crate::model::Reason;
use crate::orgs::company_key;
use crate::reasons::{self, REASON_STEMS};
use crate::sentences::Sentence;
use crate::tokens::Token;
use crate::{severance, units};

/// How many sentences after a frame's a claim looks in for severance terms.
pub const SEVERANCE_AFTER: usize = 3;

/// A unit as worded, and its company key (to tell it from the company's own names).
pub type Unit = (String, String);

/// The spans of each sentence a claim can cite; `None` for a sentence no claim cites.
pub struct Spans {
    /// Per sentence: an item of a list opened by an earlier line ("• Specialist sales").
    pub list_item: Vec<bool>,
    units: Vec<Option<Vec<Unit>>>,
    severance: Vec<Option<Option<String>>>,
    reasons: Vec<Option<Vec<Reason>>>,
}

/// What [`find`] reads of the analysis.
pub struct Input<'s, 'a> {
    pub text: &'s str,
    pub sentences: &'s [Sentence],
    pub toks: &'s [&'s [Token<'a>]],
    /// The sentences frames were built in, ascending or not, repeats allowed.
    pub frame_sentences: &'s [usize],
    /// Per sentence: may it name the units hit, and does it open a list of them.
    pub impact: &'s [bool],
    pub opens_list: &'s [bool],
}

/// Finds the spans of every sentence a claim can cite.
pub fn find(x: Input) -> Spans {
    let n = x.sentences.len();
    let text_of = |s: usize| &x.text[x.sentences[s].start..x.sentences[s].end];
    let list_item = list_items(&text_of, x.opens_list);
    let mut evidence = vec![false; n];
    for &s in x.frame_sentences {
        evidence[s] = true;
    }
    // Units: evidence, and sentences about the teams hit.
    let unit_cited: Vec<bool> = (0..n)
        .map(|s| evidence[s] || list_item[s] || x.opens_list[s] || x.impact[s])
        .collect();
    // Severance: those, and the few after a frame's sentence.
    let mut severance_cited = unit_cited.clone();
    for (s, _) in evidence.iter().enumerate().filter(|(_, &e)| e) {
        for c in &mut severance_cited[(s + 1).min(n)..(s + 1 + SEVERANCE_AFTER).min(n)] {
            *c = true;
        }
    }
    Spans {
        units: each(&unit_cited, &|s| {
            units_in(text_of(s), x.toks[s], list_item[s])
        }),
        severance: each(&severance_cited, &|s| {
            severance::find_in(text_of(s), x.toks[s])
        }),
        reasons: each(&evidence, &|s| reasons::find(text_of(s))),
        list_item,
    }
}

/// `f` of each sentence `cited` marks.
fn each<T>(cited: &[bool], f: &dyn Fn(usize) -> T) -> Vec<Option<T>> {
    cited
        .iter()
        .enumerate()
        .map(|(s, &c)| c.then(|| f(s)))
        .collect()
}

/// Per sentence: whether it continues a list that a line before it opened ("These
/// teams were affected:" then a line per team).
fn list_items<'t>(text_of: &dyn Fn(usize) -> &'t str, opens_list: &[bool]) -> Vec<bool> {
    let mut in_list = false;
    (0..opens_list.len())
        .map(|s| {
            let item = in_list && units::is_list_line(text_of(s));
            in_list = opens_list[s] || item;
            item
        })
        .collect()
}

/// The units a sentence names, else the unit a line is when it is an item of a list of
/// them (`item`), each with its key. (A near miss: a headline "ICYMI - Globex is
/// planning to cut 1,600 jobs" is shaped as a list line, but no list opened it.)
fn units_in(text: &str, toks: &[Token], item: bool) -> Vec<Unit> {
    let found = units::find_in(text, toks);
    // (`list_items` marks only list-shaped lines as items.)
    let listed = if found.is_empty() && item {
        units::list_item(text)
    } else {
        None
    };
    found
        .into_iter()
        .chain(listed)
        .map(|u| {
            let k = company_key(&u);
            (u, k)
        })
        .collect()
}

impl Spans {
    /// The units sentence `s` names, with their keys.
    pub fn units(&self, s: usize) -> &[Unit] {
        self.units[s]
            .as_deref()
            .expect("units are found in every sentence a claim can cite")
    }

    /// The severance terms sentence `s` states.
    pub fn severance(&self, s: usize) -> Option<&str> {
        self.severance[s]
            .as_ref()
            .expect("severance is looked for in every sentence a claim can cite")
            .as_deref()
    }

    /// The reasons named in evidence sentences `of` (each with its text), joined by a
    /// space in this order: sorted and without repeats.
    pub fn reasons<'t>(&self, of: impl IntoIterator<Item = (usize, &'t str)>) -> Vec<Reason> {
        let mut out: Vec<Reason> = Vec::new();
        let mut before: Option<&str> = None;
        for (s, text) in of {
            out.extend_from_slice(
                self.reasons[s]
                    .as_deref()
                    .expect("reasons are found in every frame's sentence"),
            );
            if let Some(b) = before {
                out.extend(reasons_across(b, text));
            }
            before = Some(text);
        }
        out.sort();
        out.dedup();
        out
    }
}

/// The reasons whose stem runs across the space joining `before` and `after` ("… amid
/// weak" and "Sales fell …"), which neither names alone. A stem matches wherever its
/// bytes are (`reasons::find`), so it crosses the join only at a space of its own: its
/// words before that space end `before`, and those after it begin `after`. (`ai`, matched
/// standing alone, reads a join as it reads either end of a sentence.)
fn reasons_across<'s>(before: &'s str, after: &'s str) -> impl Iterator<Item = Reason> + 's {
    let (b, a) = (before.as_bytes(), after.as_bytes());
    split_stems().iter().filter_map(move |&(x, y, reason)| {
        (b.len() >= x.len()
            && b[b.len() - x.len()..].eq_ignore_ascii_case(x)
            && a.len() >= y.len()
            && a[..y.len()].eq_ignore_ascii_case(y))
        .then_some(reason)
    })
}

/// A stem's words before a space of its own, those after it, and its reason.
type SplitStem = (&'static [u8], &'static [u8], Reason);

/// Each stem of [`REASON_STEMS`] with a space inside, split there (at each of its
/// spaces): the words before it, those after it, and the stem's reason.
fn split_stems() -> &'static [SplitStem] {
    static SPLIT: std::sync::OnceLock<Vec<SplitStem>> = std::sync::OnceLock::new();
    SPLIT.get_or_init(|| {
        REASON_STEMS
            .iter()
            // " ai " is `ai` standing alone, which `reasons::find` matches apart.
            .filter(|(stem, _, _)| !stem.starts_with(' '))
            .flat_map(|&(stem, reason, _)| {
                stem.match_indices(' ').map(move |(at, _)| {
                    let b = stem.as_bytes();
                    (&b[..at], &b[at + 1..], reason)
                })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_is_a_unit_only_as_an_item_of_a_list() {
        let units = |line: &str, item: bool| -> Vec<String> {
            units_in(line, &crate::tokens::tokenize(line), item)
                .into_iter()
                .map(|(u, _)| u)
                .collect()
        };
        assert_eq!(
            units("Specialist sales teams", true),
            ["Specialist sales teams"]
        );
        // Near miss: a headline shaped as a list line that no list opened.
        assert!(units(
            "ICYMI - Globex is planning to cut 1,600 jobs from October",
            false
        )
        .is_empty());
    }

    /// Reasons per sentence, with those across the joins, are those of the sentences
    /// joined by a space.
    #[test]
    fn reasons_by_sentence_are_those_of_the_sentences_joined() {
        let pairs = [
            ("Initech blames weak", "Sales fell in Ohio."),
            ("Globex cited market", "Conditions worsened, and AI"),
            ("It bets on AI", "And cuts costs."),
            ("Initech cut 300 jobs.", "It cited the pandemic."),
            ("Globex is losing", "money and will cut staff"),
            ("Initech said", "aid will follow."),
        ];
        for (a, b) in pairs {
            let mut by_sentence: Vec<Reason> = reasons::find(a)
                .into_iter()
                .chain(reasons::find(b))
                .chain(reasons_across(a, b))
                .collect();
            by_sentence.sort();
            by_sentence.dedup();
            assert_eq!(
                by_sentence,
                reasons::find(&format!("{a} {b}")),
                "{a:?} {b:?}"
            );
        }
        assert_eq!(
            reasons_across("Initech blames weak", "Sales fell").collect::<Vec<_>>(),
            [Reason::Demand]
        );
    }
}
