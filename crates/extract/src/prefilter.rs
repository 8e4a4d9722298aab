//! The prefilter: one scan over the raw text for trigger stems. A document
//! that fails it cannot yield a claim, so a news stream costs one scan per document.
//!
//! Stems come in three classes: a `Strong` stem ("laid off", "redundanc") passes a
//! document alone; a `Verb` stem ("cut", "eliminat", "closing") passes it only together
//! with a `Noun` stem ("jobs", "employees", "plant"), since "rate cut" or "closing bell"
//! alone say nothing about jobs.

use crate::wordset::Packed;
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
    ("layoff", Class::Strong),
    ("lay-off", Class::Strong),
    ("laid-off", Class::Strong),
    ("job cut", Class::Strong),
    ("job loss", Class::Strong),
    ("redundanc", Class::Strong),
    ("redundant", Class::Verb),
    ("parting ways", Class::Verb),
    ("parted ways", Class::Verb),
    ("part ways", Class::Verb),
    ("give notice", Class::Verb),
    ("gave notice", Class::Verb),
    ("giving notice", Class::Verb),
    ("given notice", Class::Verb),
    ("scale back", Class::Verb),
    ("scaling back", Class::Verb),
    ("scaled back", Class::Verb),
    ("reduction in force", Class::Strong),
    ("reductions in force", Class::Strong),
    ("downsiz", Class::Strong),
    ("furlough", Class::Strong),
    ("voluntary depart", Class::Strong),
    // Other schemes of leaving by choice ("800 voluntary separations"); early retirement
    // only with staff near ("employees took early retirement"), as pension news speaks
    // of it too.
    ("voluntary retire", Class::Strong),
    ("voluntary separation", Class::Strong),
    ("voluntary exit", Class::Strong),
    ("voluntary dismissal", Class::Strong),
    ("deferred resignation", Class::Strong),
    ("early retire", Class::Verb),
    ("honorary retire", Class::Verb),
    ("withdr", Class::Verb),
    ("pulled out", Class::Verb),
    ("pulling out", Class::Verb),
    ("pulls out", Class::Verb),
    ("exited", Class::Verb),
    ("exiting", Class::Verb),
    ("retrench", Class::Strong),
    ("dismiss", Class::Verb),
    ("headcount", Class::Strong),
    ("head count", Class::Strong),
    ("workforce", Class::Strong),
    ("cut", Class::Verb),
    ("disestablish", Class::Verb),
    // ("the door to" would stop at every "the ".)
    ("door to", Class::Verb),
    ("slash", Class::Verb),
    ("halv", Class::Verb),
    ("to resign", Class::Verb),
    ("to leave", Class::Verb),
    ("rationali", Class::Verb),
    ("shed", Class::Verb),
    ("cull", Class::Verb),
    ("axe", Class::Verb),
    ("axing", Class::Verb),
    ("cost", Class::Verb),
    ("eliminat", Class::Verb),
    ("let go", Class::Verb),
    ("let go of", Class::Strong),
    ("out of work", Class::Verb),
    ("out of a job", Class::Verb),
    ("out of their job", Class::Verb),
    ("out of jobs", Class::Verb),
    ("without job", Class::Verb),
    ("without work", Class::Verb),
    ("without employment", Class::Verb),
    ("without their job", Class::Verb),
    ("without a job", Class::Verb),
    ("jobless", Class::Verb),
    ("unemployed", Class::Verb),
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
    ("its doors", Class::Strong),
    ("cease operations", Class::Strong),
    ("ceased operations", Class::Strong),
    ("production at", Class::Verb),
    ("ceasing operations", Class::Strong),
    ("cease trading", Class::Strong),
    ("ceased trading", Class::Strong),
    ("wind down", Class::Verb),
    ("winding down", Class::Verb),
    ("wound down", Class::Verb),
    ("sack", Class::Verb),
    ("firing", Class::Verb),
    ("pink slip", Class::Strong),
    ("fire", Class::Verb),
    ("hiring", Class::Verb),
    ("reduc", Class::Verb),
    ("trim", Class::Verb),
    ("terminat", Class::Verb),
    // Contracts of staff left to end ("will not renew the contracts of 2,300 workers");
    // the negation keeps most of "renewable energy" out.
    ("not renew", Class::Verb),
    ("not to renew", Class::Verb),
    ("not be renewed", Class::Verb),
    ("lose", Class::Verb),
    ("losing", Class::Verb),
    ("lost", Class::Verb),
    ("loss", Class::Verb),
    ("exits", Class::Verb),
    ("to go", Class::Verb),
    ("at risk", Class::Verb),
    ("under threat", Class::Verb),
    ("on the line", Class::Verb),
    ("buyout", Class::Verb),
    // Posts abolished, and a reduction in force by its initials ("RIF notices", with the
    // word's end: "rifle" is none).
    ("abolish", Class::Verb),
    ("rif ", Class::Verb),
    ("rifs", Class::Verb),
    ("leav", Class::Verb),
    ("footprint", Class::Verb),
    ("severance", Class::Verb),
    ("impact", Class::Verb),
    ("affect", Class::Verb),
    ("will go", Class::Verb),
    ("went", Class::Verb),
    ("warn notice", Class::Verb),
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
    // A workplace closed with no staff word near: "will close its Montreal studio".
    ("studio", Class::Noun),
    // More of what cuts count or close: posts and personnel, and sites of industry and
    // trade ("will cut 488 posts", "to shut its Newlands mines"). A stem that hides inside
    // common words takes its ending ("mines", not "determine"; "mill ", not "million").
    ("posts", Class::Noun),
    // Full-time equivalents: "will cut 150 FTEs", "1,800 FTE in Marl" (with the word's
    // end: "after" holds "fte").
    ("ftes", Class::Noun),
    ("fte ", Class::Noun),
    ("fte.", Class::Noun),
    ("fte,", Class::Noun),
    ("personnel", Class::Noun),
    ("mines", Class::Noun),
    ("colliery", Class::Noun),
    ("facilit", Class::Noun),
    ("warehouse", Class::Noun),
    ("branch", Class::Noun),
    ("depot", Class::Noun),
    ("refiner", Class::Noun),
    ("smelter", Class::Noun),
    ("steelworks", Class::Noun),
    ("mill ", Class::Noun),
    ("mills", Class::Noun),
    // Sites a closing names with no staff word near ("close its distribution centers",
    // "shut its branch network"). Not "hospital" or "clinic": health news names them with
    // "reduce" (risk, pain) far more often than it closes one, and every such page would
    // be read whole.
    ("center", Class::Noun),
    ("centre", Class::Noun),
    // Freight terminals and hubs ("close three terminals", "shut its Dayton hub"); "hub"
    // with its ending, not "hubris".
    ("terminal", Class::Noun),
    ("hub ", Class::Noun),
    ("hub.", Class::Noun),
    ("hub,", Class::Noun),
    ("hubs", Class::Noun),
    ("network", Class::Noun),
    // Parts of a firm that close staff and all (`triggers::CLOSABLE_UNITS`): "is shutting
    // its news division".
    ("division", Class::Noun),
    ("business", Class::Noun),
    ("subsidiar", Class::Noun),
    ("newsroom", Class::Noun),
    // The rest of the workplaces a closure names (`lexicon::WORKPLACES`), each by a stem
    // that keeps most other words out ("factori", not "factor"; "bakery", not "baker"),
    // so that "will close its foundry in Dayton" passes with no staff word near. A few
    // still begin other words ("shopping", "bureaucracy", "cinematic", the pronoun
    // "mine"), which pass only beside a verb stem. Not "works" (a verb far more often
    // than a site), and not "hospital" or "clinic" (above).
    ("factori", Class::Noun),
    ("foundr", Class::Noun),
    ("sawmill", Class::Noun),
    ("mill.", Class::Noun),
    ("mill,", Class::Noun),
    ("mine ", Class::Noun),
    ("mine.", Class::Noun),
    ("mine,", Class::Noun),
    ("collieries", Class::Noun),
    ("quarry", Class::Noun),
    ("quarries", Class::Noun),
    ("shipyard", Class::Noun),
    ("cannery", Class::Noun),
    ("canneries", Class::Noun),
    ("bakery", Class::Noun),
    ("bakeries", Class::Noun),
    ("brewery", Class::Noun),
    ("breweries", Class::Noun),
    ("distiller", Class::Noun),
    ("laborator", Class::Noun),
    ("shop", Class::Noun),
    ("supermarket", Class::Noun),
    ("hypermarket", Class::Noun),
    ("showroom", Class::Noun),
    ("dealership", Class::Noun),
    ("pharmacy", Class::Noun),
    ("pharmacies", Class::Noun),
    ("restaurant", Class::Noun),
    ("hotel", Class::Noun),
    ("casino", Class::Noun),
    ("cinema", Class::Noun),
    ("campus", Class::Noun),
    ("bureau", Class::Noun),
    ("headquarters", Class::Noun),
    ("librar", Class::Noun),
];

/// The stems arranged for the scan: a gate of their first three bytes and, per gate
/// bit, the stems (lower case) with their classes, in table order.
struct Index {
    /// One bit per `(b0 & 31, b1 & 31, b2 & 31)`: the same bit for either case of a letter.
    /// (A fixed-size array: the index, under 2^15 bits, needs no bounds check.)
    gate: [u64; GATE_WORDS],
    /// The same over the second to fourth bytes (any fourth byte for three-byte stems):
    /// words that share a stem's first three bytes mostly differ in the next ("to be"
    /// against "to go", "state" against "staff").
    gate2: [u64; GATE_WORDS],
    /// Per gate bit, one more than the index in `buckets` of the stems with that bit, or
    /// zero for none: one load, not a search.
    bucket_of: Vec<u16>,
    /// The stems that share a gate bit: common words pass the gate ("to " for "to go",
    /// "sta" for "staff"), and are then compared with the few stems that share their
    /// first three bytes, not with every stem of their letter.
    buckets: Vec<Vec<Stem>>,
}

/// A stem's bytes (lower case), its packed key when it has one (at most sixteen bytes,
/// see [`Packed`]: one comparison of keys instead of one a byte), and its class.
type Stem = (&'static [u8], Option<Packed>, Class);

const GATE_WORDS: usize = (1 << 15) / 64;

fn gate_bit(b: [u8; 3]) -> usize {
    usize::from(b[0] & 31) << 10 | usize::from(b[1] & 31) << 5 | usize::from(b[2] & 31)
}

impl Index {
    /// Whether some stem may begin at `i` (which has at least two bytes after it), from
    /// its first four bytes, ignoring ASCII case; now and then a place where none
    /// begins passes too.
    #[inline(always)]
    fn gate(&self, b: &[u8], i: usize) -> bool {
        // The four bytes (a zero for a missing fourth) in one load where there are four.
        let w = match b.get(i..i + 4) {
            Some(w) => u32::from_le_bytes(w.try_into().unwrap_or([0; 4])),
            None => u32::from_le_bytes([b[i], b[i + 1], b[i + 2], 0]),
        } as usize;
        let has = |gate: &[u64; GATE_WORDS], bit: usize| gate[bit / 64] & (1 << (bit % 64)) != 0;
        let bit = |w: usize| (w & 31) << 10 | (w >> 8 & 31) << 5 | (w >> 16 & 31);
        has(&self.gate, bit(w)) && has(&self.gate2, bit(w >> 8))
    }
}

/// The three bytes at `i` (which has at least two bytes after it).
#[inline(always)]
fn three(b: &[u8], i: usize) -> [u8; 3] {
    b.get(i..i + 3)
        .and_then(|w| w.try_into().ok())
        .unwrap_or([0; 3])
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut gate = [0u64; GATE_WORDS];
        let mut gate2 = [0u64; GATE_WORDS];
        let mut bucket_of = vec![0u16; 1 << 15];
        let mut buckets: Vec<Vec<Stem>> = Vec::new();
        for &(stem, class) in STEMS {
            let b = stem.as_bytes();
            // Every stem is ASCII lower case, starts with a letter and has three bytes or more.
            assert!(b.len() >= 3 && b[0].is_ascii_lowercase() && stem.is_ascii());
            let bit = gate_bit([b[0], b[1], b[2]]);
            gate[bit / 64] |= 1 << (bit % 64);
            // A three-byte stem may be followed by anything (or nothing: a zero byte).
            let fourths = match b.get(3) {
                Some(&c) => c..=c,
                None => 0..=31,
            };
            for c in fourths {
                let bit = gate_bit([b[1], b[2], c]);
                gate2[bit / 64] |= 1 << (bit % 64);
            }
            // (Lower case: a stem's key is that of any casing of it, lowered.)
            assert!(!b.iter().any(u8::is_ascii_uppercase));
            let stem = (b, Packed::raw(b), class);
            match bucket_of[bit] {
                0 => {
                    buckets.push(vec![stem]);
                    bucket_of[bit] =
                        u16::try_from(buckets.len()).expect("fewer buckets than gate bits");
                }
                k => buckets[usize::from(k) - 1].push(stem),
            }
        }
        Index {
            gate,
            gate2,
            bucket_of,
            buckets,
        }
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
/// checks it against one). For most documents of a news stream the prefilter is all the
/// work there is, so on x86_64 word starts are found sixteen bytes at a time (SSE2, part
/// of every x86_64 target), about a quarter of the instructions of a byte loop.
pub fn may_mention_cuts(text: &str) -> bool {
    let b = text.as_bytes();
    // Stems have three bytes or more, so none starts in the last two.
    let end = b.len().saturating_sub(2);
    let index = index();
    let mut scan = Scan {
        index,
        b,
        verb: None,
        noun: None,
    };
    let mut i = 0;
    // Whether the byte before `i` is an ASCII letter or digit.
    let mut after_alnum = false;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= end {
        let chunk: &[u8; 16] = b[i..i + 16].try_into().unwrap_or(&[0; 16]);
        let (alpha, alnum) = sse2::classes(chunk);
        let mut starts = alpha & !(alnum << 1 | u32::from(after_alnum)) & 0xFFFF;
        after_alnum = alnum & 0x8000 != 0;
        while starts != 0 {
            let at = i + starts.trailing_zeros() as usize;
            if index.gate(b, at) && scan.stems_at(at) {
                return true;
            }
            starts &= starts - 1;
        }
        i += 16;
    }
    while i < end {
        let word_start = !after_alnum;
        after_alnum = ALNUM[usize::from(b[i])];
        if word_start && b[i].is_ascii_alphabetic() && index.gate(b, i) && scan.stems_at(i) {
            return true;
        }
        i += 1;
    }
    false
}

/// The state of one document's scan: the last place a verb stem and a noun stem were seen.
/// They count together only when close ("cut 300 jobs"), not when a "rate cut" and
/// "coaching staff" share a page.
struct Scan<'a> {
    index: &'static Index,
    b: &'a [u8],
    verb: Option<usize>,
    noun: Option<usize>,
}

impl Scan<'_> {
    /// The stems at word start `i`, an ASCII letter that passed the gate: whether the
    /// document passes with them.
    fn stems_at(&mut self, i: usize) -> bool {
        let b = self.b;
        let bit = gate_bit(three(b, i));
        let stems = match self.index.bucket_of[bit] {
            0 => &[][..],
            k => &self.index.buckets[usize::from(k) - 1][..],
        };
        for &(stem, key, class) in stems {
            let Some(w) = b[i..].get(..stem.len()) else {
                continue;
            };
            let same = match key {
                Some(key) => Packed::raw(w).is_some_and(|p| p.lowered() == key),
                None => w.eq_ignore_ascii_case(stem),
            };
            if !same {
                continue;
            }
            match class {
                Class::Strong => return true,
                Class::Verb => self.verb = Some(i),
                Class::Noun => self.noun = Some(i),
            }
            if let (Some(v), Some(n)) = (self.verb, self.noun) {
                if v.abs_diff(n) <= NEAR {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    /// Bit k of the first mask: byte k is an ASCII letter; of the second: an ASCII letter
    /// or digit. (Signed byte comparisons: bytes of 0x80 and above are negative, so they
    /// are neither.)
    #[inline]
    pub fn classes(chunk: &[u8; 16]) -> (u32, u32) {
        // SAFETY: SSE2 is enabled on every x86_64 target, and the unaligned load reads
        // exactly the sixteen bytes `chunk` borrows.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let alpha = _mm_and_si128(
                _mm_cmpgt_epi8(folded, _mm_set1_epi8(b'a' as i8 - 1)),
                _mm_cmplt_epi8(folded, _mm_set1_epi8(b'z' as i8 + 1)),
            );
            let digit = _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(b'0' as i8 - 1)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(b'9' as i8 + 1)),
            );
            let alpha = _mm_movemask_epi8(alpha) as u32;
            let digit = _mm_movemask_epi8(digit) as u32;
            (alpha, alpha | digit)
        }
    }
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
        // Word starts at every place in and across the sixteen-byte blocks of the scan:
        // each stem after prefixes of every length, ending in a letter, a digit, a
        // space or a non-ASCII letter.
        let filler = "ab1 é-xY9 zq.";
        for &(stem, _) in STEMS {
            for n in 0..40 {
                let pre: String = filler.chars().cycle().take(n).collect();
                texts.push(format!("{pre}{stem} jobs"));
                texts.push(format!("{pre}{}", stem.to_uppercase()));
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

    /// Every workplace a closure names passes with the closing verb alone, at the end of
    /// the sentence too ("its mill."), but for the ones left out on purpose.
    #[test]
    fn passes_the_closing_of_every_workplace() {
        const LEFT_OUT: &[&str] = &["works", "hospital", "hospitals", "clinic", "clinics"];
        for &w in crate::lexicon::WORKPLACES {
            for text in [
                format!("Acme will close its {w} in Dayton."),
                format!("Acme will close its Dayton {w}."),
                format!("Acme shut its Dayton {w}, it said."),
            ] {
                assert_eq!(may_mention_cuts(&text), !LEFT_OUT.contains(&w), "{text}");
            }
        }
        // Near misses: the words the stems stop short of.
        for text in [
            "A key factor was the rate cut.",
            "The baker cut the bread.",
            "The founder cut the ribbon.",
            "The Fed cut rates; gold and mineral prices rose.",
        ] {
            assert!(!may_mention_cuts(text), "{text}");
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
