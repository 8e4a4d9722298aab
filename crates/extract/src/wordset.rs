//! Case-insensitive word sets for the larger vocabularies (first names, places, words that
//! are never names), so a lookup is one hash probe instead of a scan of the table.

use crate::tokens::Token;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A small, fast, non-cryptographic hasher (the Fx hash of rustc) for word sets: the keys
/// are words from our own tables and the document at hand, so collision attacks are moot.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        // The last 1–7 bytes in one step (two overlapping reads), not one step a byte:
        // most keys are words shorter than eight bytes.
        let r = chunks.remainder();
        let n = r.len();
        let le4 = |at: usize| {
            u64::from(u32::from_le_bytes(
                r[at..at + 4].try_into().unwrap_or_default(),
            ))
        };
        match n {
            0 => {}
            1..=3 => {
                self.add(u64::from(r[0]) | u64::from(r[n / 2]) << 8 | u64::from(r[n - 1]) << 16)
            }
            _ => self.add(le4(0) | le4(n - 4) << 32),
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The state's bits folded down: hashbrown picks a bucket by the low bits, and a
    /// product's low bits see only the low bits of what was multiplied, so words that
    /// differ only in later bytes ("firm12345", "firm12346") would share buckets and a
    /// page naming thousands of them would probe long chains. The high half of a full
    /// product (which every bit of the state reaches) is folded into the low half.
    #[inline]
    fn finish(&self) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let p = u128::from(self.0) * u128::from(K);
        (p as u64) ^ (p >> 64) as u64
    }
}

/// `HashSet` with [`FxHasher`].
pub type FxSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

/// `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A set of lower-case entries, built once from a static table.
pub struct WordSet {
    /// ASCII entries of 1 to 16 bytes as [`Packed`] keys in an open-addressed table (at
    /// most half full; length 0 marks an empty slot): nearly every probe is one of these,
    /// and comparing integers is cheaper than hashing and comparing byte strings.
    short: Box<[Packed]>,
    /// The entry number of each slot of `short`.
    short_ids: Box<[u32]>,
    /// Every entry as lower-case bytes with its number, for the rest (longer or
    /// non-ASCII words).
    words: FxMap<Box<[u8]>, u32>,
    /// Per byte length, a bit per first letter (a–z, then one bit for anything else):
    /// most long or non-ASCII words fail this test and never reach a table.
    shapes: [u32; 48],
    /// The shapes (length, first and last byte) of the ASCII entries: most ASCII words
    /// fail this test and are never lower-cased or looked up.
    gate: WordGate,
}

/// An ASCII word of 1 to 16 bytes, lower-cased, read as two overlapping 8-byte (or
/// shorter) windows from its two ends. For a given length the windows determine the word,
/// so (length, windows) is an exact key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Packed {
    len: u64,
    head: u64,
    tail: u64,
}

impl Packed {
    const EMPTY: Packed = Packed {
        len: 0,
        head: 0,
        tail: 0,
    };

    /// The key of a word as written (letters not yet lower-cased): `None` for empty,
    /// longer or non-ASCII words.
    #[inline]
    pub(crate) fn raw(b: &[u8]) -> Option<Packed> {
        let n = b.len();
        // Fixed-size reads of checked slices: each compiles to one load.
        let le4 = |at: usize| {
            u64::from(u32::from_le_bytes(
                b[at..at + 4].try_into().unwrap_or_default(),
            ))
        };
        let le8 = |at: usize| u64::from_le_bytes(b[at..at + 8].try_into().unwrap_or_default());
        let (head, tail) = match n {
            1..=3 => (
                u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
                0,
            ),
            4..=7 => (le4(0), le4(n - 4)),
            8..=16 => (le8(0), le8(n - 8)),
            _ => return None,
        };
        // Every byte of both windows is a byte of the word: a high bit means non-ASCII.
        if (head | tail) & 0x8080_8080_8080_8080 != 0 {
            return None;
        }
        Some(Packed {
            len: n as u64,
            head,
            tail,
        })
    }

    /// The key of a word read by [`Packed::raw`]: its letters lower-cased.
    #[inline]
    pub(crate) fn lowered(self) -> Packed {
        Packed {
            len: self.len,
            head: ascii_lower(self.head),
            tail: ascii_lower(self.tail),
        }
    }

    #[inline]
    fn slot(&self, mask: usize) -> usize {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let h = (self.head ^ self.tail.rotate_left(29) ^ self.len.rotate_left(58)).wrapping_mul(K);
        (h >> 40) as usize & mask
    }
}

/// Lower-cases the ASCII letters of eight ASCII bytes at once: a byte gets 0x20 added
/// when it lies in b'A'..=b'Z' (sums of 7-bit bytes cannot carry into the next byte).
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let ge_a = x + ONES * (0x80 - u64::from(b'A'));
    let gt_z = x + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = (ge_a ^ gt_z) & (ONES * 0x80);
    x | (upper >> 2)
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
    /// The set of `words`, lower-cased; each distinct entry is numbered in order of first
    /// appearance (see [`WordSet::id`]).
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut entries: FxMap<Box<[u8]>, u32> = FxMap::default();
        for w in words {
            let n = u32::try_from(entries.len()).expect("fewer than 2^32 entries");
            entries
                .entry(w.to_lowercase().into_bytes().into_boxed_slice())
                .or_insert(n);
        }
        let mut shapes = [0u32; 48];
        let mut gate: WordGate = [0; 256];
        for w in entries.keys() {
            shapes[w.len().min(47)] |= w.first().map_or(1 << 26, |&b| shape_bit(b));
            if w.is_ascii() {
                let bit = gate_bit(w);
                gate[bit >> 6] |= 1 << (bit & 63);
            }
        }
        let packed: Vec<(Packed, u32)> = entries
            .iter()
            .filter_map(|(w, &n)| Packed::raw(w).map(|p| (p.lowered(), n)))
            .collect();
        let size = (packed.len() * 2).next_power_of_two().max(8);
        let mut short = vec![Packed::EMPTY; size].into_boxed_slice();
        let mut short_ids = vec![0; size].into_boxed_slice();
        for (p, n) in packed {
            let mut i = p.slot(size - 1);
            while short[i] != Packed::EMPTY {
                i = (i + 1) & (size - 1);
            }
            short[i] = p;
            short_ids[i] = n;
        }
        WordSet {
            short,
            short_ids,
            words: entries,
            shapes,
            gate,
        }
    }

    /// The number of the entry `word` is, in any case (as [`WordSet::contains`] finds it).
    #[inline]
    pub fn id(&self, word: &str) -> Option<usize> {
        let b = word.as_bytes();
        let found = match Packed::raw(b) {
            Some(_) if !gate_has(&self.gate, word) => None,
            Some(p) => self.slot_of(p.lowered()).map(|i| self.short_ids[i]),
            None => self.id_slow(word),
        };
        found.map(|n| n as usize)
    }

    /// Whether `word`, in any case, is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let b = word.as_bytes();
        match Packed::raw(b) {
            // Short ASCII: the shape test, then (most words fail it) lower-casing and the table.
            Some(p) => gate_has(&self.gate, word) && self.contains_packed(p.lowered()),
            None => self.contains_slow(word),
        }
    }

    /// Whether some entry equals `word` ignoring ASCII case only, as
    /// `str::eq_ignore_ascii_case` would find it in a scan of the table: a word with a
    /// non-ASCII character matches no (ASCII) entry. For sets of ASCII entries.
    #[inline]
    pub fn contains_ascii_case(&self, word: &str) -> bool {
        let b = word.as_bytes();
        // An ASCII word must have the shape of an entry; a non-ASCII word matches nothing
        // whatever this test says. Most words stop here.
        if !gate_has(&self.gate, word) {
            return false;
        }
        match Packed::raw(b) {
            Some(p) => self.contains_packed(p.lowered()),
            None => word.is_ascii() && self.contains_slow(word),
        }
    }

    /// [`WordSet::contains`] of a token's text, from the shape tokenizing found.
    ///
    /// The token probes (this, [`WordSet::contains_token_ascii_case`] and
    /// [`WordSet::id_of_token`]) run about two million times on a thousand dense
    /// documents, and most tokens fail the shape test: that test is inlined into every
    /// caller (a few instructions), and only the tokens that pass it make a call.
    #[inline(always)]
    pub fn contains_token(&self, t: &Token) -> bool {
        if !t.packable {
            return self.contains_slow(t.text);
        }
        gate_has_bit(&self.gate, usize::from(t.shape)) && self.contains_text(t.text)
    }

    /// [`WordSet::contains_ascii_case`] of a token's text, from the shape tokenizing found.
    #[inline(always)]
    pub fn contains_token_ascii_case(&self, t: &Token) -> bool {
        gate_has_bit(&self.gate, usize::from(t.shape)) && self.contains_gated_ascii_case(t.text)
    }

    /// [`WordSet::id`] of a token's text, from the shape tokenizing found.
    #[inline(always)]
    pub fn id_of_token(&self, t: &Token) -> Option<usize> {
        if !t.packable {
            return self.id_slow(t.text).map(|n| n as usize);
        }
        if !gate_has_bit(&self.gate, usize::from(t.shape)) {
            return None;
        }
        self.id_of_packable(t.text)
    }

    /// The rest of [`WordSet::contains_token`], for a packable token that passed the shape test.
    #[inline(never)]
    fn contains_text(&self, text: &str) -> bool {
        Packed::raw(text.as_bytes()).is_some_and(|p| self.contains_packed(p.lowered()))
    }

    /// The rest of [`WordSet::contains_token_ascii_case`], for a token that passed the
    /// shape test.
    #[inline(never)]
    fn contains_gated_ascii_case(&self, text: &str) -> bool {
        match Packed::raw(text.as_bytes()) {
            Some(p) => self.contains_packed(p.lowered()),
            None => text.is_ascii() && self.contains_slow(text),
        }
    }

    /// The rest of [`WordSet::id_of_token`], for a packable token that passed the shape test.
    #[inline(never)]
    fn id_of_packable(&self, text: &str) -> Option<usize> {
        let p = Packed::raw(text.as_bytes())?;
        self.slot_of(p.lowered())
            .map(|i| self.short_ids[i] as usize)
    }

    fn contains_packed(&self, p: Packed) -> bool {
        self.slot_of(p).is_some()
    }

    /// The slot of `short` holding `p`.
    #[inline]
    fn slot_of(&self, p: Packed) -> Option<usize> {
        let mask = self.short.len() - 1;
        let mut i = p.slot(mask);
        loop {
            let q = self.short[i];
            if q == p {
                return Some(i);
            }
            if q.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    #[cold]
    fn contains_slow(&self, word: &str) -> bool {
        self.id_slow(word).is_some()
    }

    #[cold]
    fn id_slow(&self, word: &str) -> Option<u32> {
        // Lower-casing may change a non-ASCII word's length: the shape test is for ASCII.
        if word.is_ascii() {
            let first = word.as_bytes().first().map_or(1 << 26, |&b| shape_bit(b));
            if self.shapes[word.len().min(47)] & first == 0 {
                return None;
            }
        }
        // Long ASCII words are lower-cased on the stack.
        let mut buf = [0u8; 48];
        if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            return self.words.get(&*b).copied();
        }
        self.words.get(word.to_lowercase().as_bytes()).copied()
    }
}

// Word gates: a bit per (length, first byte, last byte) of the words some rule can start
// with, set at compile time from the tables, so the scan skips in a few instructions the
// words no rule can start with. A false positive ("these" for "three") only costs a table
// lookup.

/// A set of lower-case words, as bits of their shapes (see [`gate_bit`]).
pub(crate) type WordGate = [u64; 256];

/// A word's length (15 standing for 15 or more) and its first and last bytes (`& 31` maps
/// both cases of a letter alike), as a bit number. No hashing: every word of every
/// sentence goes through three gates.
pub(crate) const fn gate_bit(b: &[u8]) -> usize {
    // Most words take the first arm (a let-else: the match with three arms costs an
    // instruction more per word).
    let [first, .., last] = *b else {
        return match *b {
            [a] => gate_bit_of(1, a, a),
            _ => 0,
        };
    };
    gate_bit_of(b.len(), first, last)
}

/// [`gate_bit`] of a word of `len` bytes (at least one) from its first and last bytes.
#[inline]
pub(crate) const fn gate_bit_of(len: usize, first: u8, last: u8) -> usize {
    let n = if len < 15 { len } else { 15 };
    n << 10 | ((first & 31) as usize) << 5 | (last & 31) as usize
}

/// [`gate_add`] in place, for a gate built at run time.
pub(crate) fn gate_insert(g: &mut WordGate, w: &str) {
    let h = gate_bit(w.as_bytes());
    g[h >> 6] |= 1 << (h & 63);
}

pub(crate) const fn gate_add(mut g: WordGate, w: &str) -> WordGate {
    let h = gate_bit(w.as_bytes());
    g[h >> 6] |= 1 << (h & 63);
    g
}

pub(crate) const fn gate_add_all(mut g: WordGate, ws: &[&str]) -> WordGate {
    let mut i = 0;
    while i < ws.len() {
        g = gate_add(g, ws[i]);
        i += 1;
    }
    g
}

/// May `w` be in the gate?
pub(crate) fn gate_has(g: &WordGate, w: &str) -> bool {
    gate_has_bit(g, gate_bit(w.as_bytes()))
}

/// May a word whose [`gate_bit`] is `h` be in the gate?
#[inline]
pub(crate) fn gate_has_bit(g: &WordGate, h: usize) -> bool {
    g[h >> 6] & (1 << (h & 63)) != 0
}

/// Calls `f` with `word` in lower case (as `str::to_lowercase` gives it), lower-casing
/// short ASCII words on the stack instead of allocating.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        if let Ok(lower) = std::str::from_utf8(b) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// `static_set!(name, TABLE, ...)` defines `fn name() -> &'static WordSet`, built from the
/// words of every `TABLE` on first use (`static_set!(pub(crate) name, ...)` for one other
/// modules share).
macro_rules! static_set {
    ($vis:vis $name:ident, $($table:expr),+) => {
        $vis fn $name() -> &'static $crate::wordset::WordSet {
            static SET: std::sync::OnceLock<$crate::wordset::WordSet> = std::sync::OnceLock::new();
            SET.get_or_init(|| {
                $crate::wordset::WordSet::new(std::iter::empty()$(.chain($table.iter().copied()))+)
            })
        }
    };
}

#[cfg(test)]
mod tests {
    #[test]
    fn entries_are_numbered_in_order_of_first_appearance() {
        let s = super::WordSet::new(["cut", "Shed", "CUT", "internationalisation", "Ünïcode"]);
        assert_eq!(s.id("CUT"), Some(0));
        assert_eq!(s.id("shed"), Some(1));
        assert_eq!(s.id("Internationalisation"), Some(2));
        assert_eq!(s.id("üNÏCODE"), Some(3));
        assert_eq!(s.id("cuts"), None);
    }

    #[test]
    fn any_case_matches() {
        let s = super::WordSet::new(["Amazon", "new york"]);
        assert!(s.contains("AMAZON") && s.contains("amazon") && s.contains("New York"));
        assert!(!s.contains("Amazo"));
        assert!(super::WordSet::new(["Ünïcode"]).contains("üNÏCODE"));
    }

    #[test]
    fn lower_case_on_the_stack_or_not() {
        for w in ["Amazon", "AWS", "ÜNÏCODE", &"Long".repeat(20), ""] {
            assert_eq!(super::with_lower(w, str::to_string), w.to_lowercase());
        }
    }

    #[test]
    fn ascii_case_only() {
        let s = super::WordSet::new(["deny", "k"]);
        assert!(s.contains_ascii_case("DENY") && s.contains_ascii_case("k"));
        // KELVIN SIGN lower-cases to "k", but is no ASCII "k".
        assert!(s.contains("\u{212A}") && !s.contains_ascii_case("\u{212A}"));
    }

    #[test]
    fn packed_keys_are_exact() {
        let words = [
            "a",
            "an",
            "ant",
            "also",
            "alsO",
            "layoff",
            "layoffs",
            "employees",
            "organisation",
            "organisations",
            "telecommunications",
            "x-ray",
            "co-founder",
            "q1",
        ];
        let s = super::WordSet::new(words);
        for w in words {
            assert!(s.contains(w) && s.contains(&w.to_uppercase()), "{w}");
        }
        for w in [
            "",
            "b",
            "at",
            "ants",
            "als",
            "layof",
            "layoffz",
            "employee",
            "organisatio",
            "organisationz",
            "telecommunication",
            "x_ray",
            "cofounder",
            "q2",
            "lay\u{f6}ff",
            "[",
            "@nt",
        ] {
            assert!(!s.contains(w), "{w}");
        }
    }

    #[test]
    fn lower_casing_touches_only_letters() {
        let all: String = (0x20u8..0x7f).map(char::from).collect();
        for chunk in all.as_bytes().chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            let mut want = b;
            want.make_ascii_lowercase();
            assert_eq!(
                super::ascii_lower(u64::from_le_bytes(b)),
                u64::from_le_bytes(want)
            );
        }
    }
}
