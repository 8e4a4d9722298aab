//! The prefilter: one scan over the raw text for trigger stems. A document
//! that fails it cannot yield a claim, so a news stream costs one scan per document.
//!
//! Stems come in three classes: a `Strong` stem ("laid off", "redundanc") passes a
//! document alone; a `Verb` stem ("cut", "eliminat", "closing") passes it only together
//! with a `Noun` stem ("jobs", "employees", "plant"), since "rate cut" or "closing bell"
//! alone say nothing about jobs.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Strong,
    Verb,
    Noun,
}

/// (stem, class), ASCII case-insensitive. Every trigger example sentence in
/// `triggers.rs` must pass (tested there).
const STEMS: &[(&str, Class)] = &[
    ("laid off", Class::Strong),
    ("lay off", Class::Strong),
    ("lays off", Class::Strong),
    ("laying off", Class::Strong),
    ("laying of ", Class::Strong),
    ("layoff", Class::Strong),
    ("lay-off", Class::Strong),
    ("laid-off", Class::Strong),
    ("job cut", Class::Strong),
    ("job loss", Class::Strong),
    ("redundanc", Class::Strong),
    ("reduction in force", Class::Strong),
    ("reductions in force", Class::Strong),
    ("downsiz", Class::Strong),
    ("furlough", Class::Strong),
    ("retrench", Class::Strong),
    ("headcount", Class::Strong),
    ("head count", Class::Strong),
    ("workforce", Class::Strong),
    ("cut", Class::Verb),
    ("slash", Class::Verb),
    ("shed", Class::Verb),
    ("axe", Class::Verb),
    ("axing", Class::Verb),
    ("eliminat", Class::Verb),
    ("let go", Class::Verb),
    ("let go of", Class::Strong),
    ("be lost", Class::Verb),
    ("been lost", Class::Verb),
    ("were lost", Class::Verb),
    ("are lost", Class::Verb),
    ("letting go", Class::Verb),
    ("letting", Class::Verb),
    ("let ", Class::Verb),
    ("closing", Class::Verb),
    ("closure", Class::Verb),
    ("close", Class::Verb),
    ("shut", Class::Verb),
    ("sack", Class::Verb),
    ("hiring", Class::Verb),
    ("reduc", Class::Verb),
    ("trim", Class::Verb),
    ("terminat", Class::Verb),
    ("lose", Class::Verb),
    ("losing", Class::Verb),
    ("lost", Class::Verb),
    ("loss", Class::Verb),
    ("exits", Class::Verb),
    ("to go", Class::Verb),
    ("will go", Class::Verb),
    ("could go", Class::Verb),
    ("would go", Class::Verb),
    ("job", Class::Noun),
    ("employee", Class::Noun),
    ("worker", Class::Noun),
    ("staff", Class::Noun),
    ("role", Class::Noun),
    ("position", Class::Noun),
    ("people", Class::Noun),
    ("plant", Class::Noun),
    ("factory", Class::Noun),
    ("store", Class::Noun),
    ("office", Class::Noun),
];

/// The stems arranged for the scan: a gate of their first three bytes and, per first
/// letter, the stems (lower case) with their classes, in table order.
struct Index {
    /// One bit per `(b0 & 31, b1 & 31, b2 & 31)`: the same bit for either case of a letter.
    gate: Vec<u64>,
    by_letter: [Vec<(&'static [u8], Class)>; 26],
}

fn gate_bit(b: &[u8]) -> usize {
    usize::from(b[0] & 31) << 10 | usize::from(b[1] & 31) << 5 | usize::from(b[2] & 31)
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut gate = vec![0u64; (1 << 15) / 64];
        let mut by_letter: [Vec<(&'static [u8], Class)>; 26] = Default::default();
        for &(stem, class) in STEMS {
            let b = stem.as_bytes();
            // Every stem is ASCII lower case, starts with a letter and has three bytes or more.
            assert!(b.len() >= 3 && b[0].is_ascii_lowercase() && stem.is_ascii());
            let bit = gate_bit(b);
            gate[bit / 64] |= 1 << (bit % 64);
            by_letter[usize::from(b[0] - b'a')].push((b, class));
        }
        Index { gate, by_letter }
    })
}

/// Bytes that are ASCII letters or digits, as a table: in this loop a load is cheaper
/// than `is_ascii_alphanumeric`'s three range tests.
const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = (c as u8).is_ascii_alphanumeric();
        c += 1;
    }
    t
};

/// Whether `text` may mention job cuts. False means: skip the document.
///
/// One pass over the bytes: at each word start (an ASCII letter after anything but an
/// ASCII letter or digit) whose first three bytes begin some stem, the stems of that
/// letter are compared, ignoring ASCII case. The three-byte gate rejects nearly every
/// word with one table test. This finds the same stems at the same places as the
/// overlapping aho-corasick search kept to word starts that it replaces (the test module
/// checks it against one), with a fifth fewer instructions: for most documents of a
/// news stream the prefilter is all the work there is.
pub fn may_mention_cuts(text: &str) -> bool {
    let index = index();
    let b = text.as_bytes();
    // The last place a verb stem and a noun stem were seen: they count together only when
    // close ("cut 300 jobs"), not when a "rate cut" and "coaching staff" share a page.
    let (mut verb, mut noun): (Option<usize>, Option<usize>) = (None, None);
    let mut after_alnum = false;
    // Stems have three bytes or more, so none starts in the last two.
    for i in 0..b.len().saturating_sub(2) {
        let word_start = !after_alnum;
        after_alnum = ALNUM[usize::from(b[i])];
        if !(word_start && b[i].is_ascii_alphabetic()) {
            continue;
        }
        let bit = gate_bit(&b[i..]);
        if index.gate[bit / 64] & (1 << (bit % 64)) == 0 {
            continue;
        }
        for &(stem, class) in &index.by_letter[usize::from(b[i].to_ascii_lowercase() - b'a')] {
            if !b[i..]
                .get(..stem.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(stem))
            {
                continue;
            }
            match class {
                Class::Strong => return true,
                Class::Verb => verb = Some(i),
                Class::Noun => noun = Some(i),
            }
            if let (Some(v), Some(n)) = (verb, noun) {
                if v.abs_diff(n) <= NEAR {
                    return true;
                }
            }
        }
    }
    false
}

/// How close (in bytes) a verb stem and a noun stem must be: about a sentence.
const NEAR: usize = 160;

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

    /// The prefilter as first written: an overlapping aho-corasick search, matches kept
    /// at word starts. `may_mention_cuts` must agree with it on every text.
    fn reference(text: &str) -> bool {
        static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();
        let ac = AUTOMATON.get_or_init(|| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(STEMS.iter().map(|(s, _)| s))
                .expect("static patterns build")
        });
        let (mut verb, mut noun): (Option<usize>, Option<usize>) = (None, None);
        let bytes = text.as_bytes();
        for m in ac.find_overlapping_iter(text) {
            if m.start() > 0 && bytes[m.start() - 1].is_ascii_alphanumeric() {
                continue;
            }
            match STEMS[m.pattern().as_usize()].1 {
                Class::Strong => return true,
                Class::Verb => verb = Some(m.start()),
                Class::Noun => noun = Some(m.start()),
            }
            if let (Some(v), Some(n)) = (verb, noun) {
                if v.abs_diff(n) <= NEAR {
                    return true;
                }
            }
        }
        false
    }

    #[test]
    fn agrees_with_the_aho_corasick_scan() {
        // Every stem in every case, glued to and apart from its neighbours, at every
        // distance from a stem of the other class.
        let mut texts: Vec<String> = Vec::new();
        for &(stem, _) in STEMS {
            for form in [stem.to_string(), stem.to_uppercase(), {
                let mut c = stem.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect())
                    .unwrap_or_default()
            }] {
                for (pre, post) in [
                    ("", ""),
                    (" ", " "),
                    ("x", ""),
                    ("1", " "),
                    ("é", "s"),
                    ("-", "."),
                ] {
                    texts.push(format!("{pre}{form}{post}"));
                    for &(other, _) in STEMS {
                        for gap in [0, 1, 100, 150, 158, 159, 160, 161, 170, 300] {
                            texts.push(format!("{pre}{form}{}{other}{post}", " ".repeat(gap)));
                            texts.push(format!("{other}{}{pre}{form}", "z".repeat(gap)));
                        }
                    }
                }
            }
        }
        texts.push(String::new());
        texts.push("ab".into());
        for t in &texts {
            assert_eq!(may_mention_cuts(t), reference(t), "{t:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_on_random_text(t in "(([a-zA-Z]{1,9}|[0-9]{1,3}|[ .,\\-é’]|cut|CUT|jobs?|staff|laid off|job cut|loss|shed|to go|re|lay)[ ]?){0,60}") {
            proptest::prop_assert_eq!(may_mention_cuts(&t), reference(&t));
        }
    }

    #[test]
    fn passes_layoff_news_and_drops_other_text() {
        assert!(may_mention_cuts(
            "Amazon laid off several hundred employees."
        ));
        assert!(may_mention_cuts("The bank will SHED 4,700 roles."));
        assert!(!may_mention_cuts(
            "The team won the game in overtime on Sunday."
        ));
        assert!(!may_mention_cuts("The Fed cut rates again."));
        let far = format!(
            "The Fed cut rates again. {} The coaching staff celebrated.",
            "Markets rose. ".repeat(20)
        );
        assert!(!may_mention_cuts(&far), "a verb and a noun far apart");
        assert!(may_mention_cuts(
            "The bank will cut about 300 jobs in Leeds."
        ));
    }
}
