//! The prefilter: one aho-corasick scan over the raw text for trigger stems. A document
//! that fails it cannot yield a claim, so a news stream costs one scan per document.
//!
//! Stems come in three classes: a `Strong` stem ("laid off", "redundanc") passes a
//! document alone; a `Verb` stem ("cut", "eliminat", "closing") passes it only together
//! with a `Noun` stem ("jobs", "employees", "plant"), since "rate cut" or "closing bell"
//! alone say nothing about jobs.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
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

static AUTOMATON: OnceLock<AhoCorasick> = OnceLock::new();

fn automaton() -> &'static AhoCorasick {
    AUTOMATON.get_or_init(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(STEMS.iter().map(|(s, _)| s))
            .expect("static patterns build")
    })
}

/// Whether `text` may mention job cuts. False means: skip the document.
pub fn may_mention_cuts(text: &str) -> bool {
    // The last place a verb stem and a noun stem were seen: they count together only when
    // close ("cut 300 jobs"), not when a "rate cut" and "coaching staff" share a page.
    let (mut verb, mut noun): (Option<usize>, Option<usize>) = (None, None);
    let bytes = text.as_bytes();
    for m in automaton().find_overlapping_iter(text) {
        // Stems start words: "published" holds "shed" and "taxes" holds "axe", but neither
        // says anything about jobs.
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

/// How close (in bytes) a verb stem and a noun stem must be: about a sentence.
const NEAR: usize = 160;

#[cfg(test)]
mod tests {
    use super::*;

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
