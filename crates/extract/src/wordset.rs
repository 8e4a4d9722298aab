//! Case-insensitive word sets for the larger vocabularies (first names, places, words that
//! are never names), so a lookup is one hash probe instead of a scan of the table.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for word sets: the keys
/// are words from our own tables and the document at hand, so collision attacks are moot.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// `HashSet` with [`FxHasher`].
pub type FxSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

/// A set of lower-case entries, built once from a static table.
pub struct WordSet(FxSet<Box<str>>);

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
