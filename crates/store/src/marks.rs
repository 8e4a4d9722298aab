//! Which words of an evidence sentence each claim field came from: the highlights of the
//! dashboard's evidence and of `headcount show`.
//!
//! The extractor keeps the words a figure or a date was read from (`headcount_text`,
//! `date_text`) and the names it found (company, units, places, severance). A mark is
//! where such words stand in one sentence, found without regard to ASCII case; marks
//! never overlap (the first field listed wins a tie, then the longer words).

use crate::model::StoredClaim;

/// Words of one sentence that one field came from: a byte range of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    /// The claim field: `company`, `headcount`, `date`, `units`, `locations`, `severance`.
    pub field: &'static str,
}

/// The words of each field of `claim`, in the order marks prefer them.
pub fn field_words(claim: &StoredClaim) -> Vec<(&'static str, &str)> {
    let mut words: Vec<(&'static str, &str)> = Vec::new();
    words.extend(claim.headcount_text.as_deref().map(|w| ("headcount", w)));
    if !claim.date_text.is_empty() {
        words.push(("date", &claim.date_text));
    }
    words.push(("company", &claim.company));
    words.extend(claim.aliases.iter().map(|a| ("company", a.as_str())));
    words.extend(claim.units.iter().map(|u| ("units", u.as_str())));
    words.extend(claim.locations.iter().map(|l| ("locations", l.as_str())));
    words.extend(claim.severance.as_deref().map(|s| ("severance", s)));
    words
}

/// Where the words of `words` stand in `sentence`, in sentence order, never overlapping.
/// Words of one letter are not marked (they would light up every "a").
pub fn marks(sentence: &str, words: &[(&'static str, &str)]) -> Vec<Mark> {
    let mut found: Vec<(usize, Mark)> = Vec::new();
    for (rank, (field, w)) in words.iter().enumerate() {
        let w = w.trim();
        if w.len() < 2 {
            continue;
        }
        let mut from = 0;
        while let Some(i) = find_ignoring_case(&sentence[from..], w) {
            let start = from + i;
            let end = start + w.len();
            found.push((rank, Mark { start, end, field }));
            from = end;
        }
    }
    // Preferred first: earlier field, then longer words; then keep what does not overlap.
    found.sort_by_key(|(rank, m)| (*rank, std::cmp::Reverse(m.end - m.start), m.start));
    let mut kept: Vec<Mark> = Vec::new();
    for (_, m) in found {
        if kept.iter().all(|k| m.end <= k.start || m.start >= k.end) {
            kept.push(m);
        }
    }
    kept.sort_by_key(|m| m.start);
    kept
}

/// The byte offset of the first occurrence of `needle` in `hay`, ASCII case ignored, at a
/// character boundary of `hay`.
fn find_ignoring_case(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.is_empty() || n.len() > h.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| {
        hay.is_char_boundary(i)
            && hay.is_char_boundary(i + n.len())
            && h[i..i + n.len()].eq_ignore_ascii_case(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sentence: &str, ms: &[Mark]) -> Vec<(String, &'static str)> {
        ms.iter()
            .map(|m| (sentence[m.start..m.end].to_owned(), m.field))
            .collect()
    }

    #[test]
    fn each_field_marks_its_words_once_and_in_order() {
        let s = "Acme Corp said on Monday it would cut about 200 jobs in Ohio.";
        let words = [
            ("headcount", "about 200"),
            ("date", "on Monday"),
            ("company", "Acme Corp"),
            ("locations", "Ohio"),
        ];
        assert_eq!(
            texts(s, &marks(s, &words)),
            vec![
                ("Acme Corp".to_owned(), "company"),
                ("on Monday".to_owned(), "date"),
                ("about 200".to_owned(), "headcount"),
                ("Ohio".to_owned(), "locations"),
            ]
        );
    }

    #[test]
    fn case_is_ignored_and_overlaps_go_to_the_first_field() {
        let s = "The Cloud Division of Acme loses 40 jobs; acme's cloud division stays.";
        let words = [("units", "cloud division"), ("company", "Cloud")];
        let got = texts(s, &marks(s, &words));
        assert_eq!(
            got,
            vec![
                ("Cloud Division".to_owned(), "units"),
                ("cloud division".to_owned(), "units"),
            ]
        );
    }

    #[test]
    fn single_letters_and_non_ascii_neighbours_are_safe() {
        let s = "Café Größe: a cut of 5 roles — «Größe» closes.";
        let words = [("company", "Größe"), ("headcount", "5"), ("units", "a")];
        let got = texts(s, &marks(s, &words));
        assert_eq!(
            got,
            vec![
                ("Größe".to_owned(), "company"),
                ("Größe".to_owned(), "company"),
            ]
        );
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any sentence and any words: marks lie on character boundaries inside the
        /// sentence, in order, never overlapping, and nothing panics.
        #[test]
        fn marks_are_ordered_disjoint_slices(sentence in "\\PC{0,80}", a in "\\PC{0,6}", b in "\\PC{0,6}") {
            let words = [("headcount", a.as_str()), ("company", b.as_str())];
            let ms = marks(&sentence, &words);
            let mut at = 0;
            for m in ms {
                prop_assert!(m.start >= at && m.start < m.end && m.end <= sentence.len());
                prop_assert!(sentence.is_char_boundary(m.start) && sentence.is_char_boundary(m.end));
                at = m.end;
            }
        }
    }
}
