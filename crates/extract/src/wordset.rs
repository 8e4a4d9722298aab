//! Case-insensitive word sets for the larger vocabularies (first names, places, words that
//! are never names), so a lookup is one hash probe instead of a scan of the table.

use std::collections::HashSet;

/// A set of lower-case entries, built once from a static table.
pub struct WordSet(HashSet<Box<str>>);

impl WordSet {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        WordSet(
            words
                .into_iter()
                .map(|w| w.to_lowercase().into_boxed_str())
                .collect(),
        )
    }

    /// Whether `word`, in any case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        // Most words are short ASCII: lower-case them on the stack.
        let mut buf = [0u8; 48];
        if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            // ASCII stays valid UTF-8 after lower-casing.
            return std::str::from_utf8(b).is_ok_and(|s| self.0.contains(s));
        }
        self.0.contains(word.to_lowercase().as_str())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn any_case_matches() {
        let s = super::WordSet::new(["Amazon", "new york"]);
        assert!(s.contains("AMAZON") && s.contains("amazon") && s.contains("New York"));
        assert!(!s.contains("Amazo"));
        assert!(super::WordSet::new(["Ünïcode"]).contains("üNÏCODE"));
    }
}
