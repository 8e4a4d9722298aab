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
pub struct WordSet {
    /// Lower-case entries as bytes, so an ASCII probe needs no UTF-8 check.
    words: FxSet<Box<[u8]>>,
    /// Per byte length, a bit per first letter (a–z, then one bit for anything else):
    /// most words fail this test and never reach the hash table.
    shapes: [u32; 48],
}

fn shape_bit(first: u8) -> u32 {
    let c = first.to_ascii_lowercase();
    if c.is_ascii_lowercase() {
        1 << (c - b'a')
    } else {
        1 << 26
    }
}

impl WordSet {
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: FxSet<Box<[u8]>> = words
            .into_iter()
            .map(|w| w.to_lowercase().into_bytes().into_boxed_slice())
            .collect();
        let mut shapes = [0u32; 48];
        for w in &words {
            shapes[w.len().min(47)] |= w.first().map_or(1 << 26, |&b| shape_bit(b));
        }
        WordSet { words, shapes }
    }

    /// Whether `word`, in any case, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        // Lower-casing may change a non-ASCII word's length: the shape test is for ASCII.
        if word.is_ascii() {
            let first = word.as_bytes().first().map_or(1 << 26, |&b| shape_bit(b));
            if self.shapes[word.len().min(47)] & first == 0 {
                return false;
            }
        }
        // Most words are short ASCII: lower-case them on the stack.
        let mut buf = [0u8; 48];
        if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            return self.words.contains(&*b);
        }
        self.words.contains(word.to_lowercase().as_bytes())
    }
}

/// `static_set!(name, TABLE)` defines `fn name() -> &'static WordSet`, built from `TABLE`
/// on first use.
macro_rules! static_set {
    ($name:ident, $table:expr) => {
        fn $name() -> &'static $crate::wordset::WordSet {
            static SET: std::sync::OnceLock<$crate::wordset::WordSet> = std::sync::OnceLock::new();
            SET.get_or_init(|| $crate::wordset::WordSet::new($table.iter().copied()))
        }
    };
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
