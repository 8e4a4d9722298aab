//! Two small seeded generators. They are not interchangeable: each one's sequence is
//! baked into data that was measured or tested (see the crate doc), so a generator keeps
//! the one it was written with.

/// A source of seeded, machine-independent numbers, and what the generators draw from it.
pub trait Rng {
    fn next_u64(&mut self) -> u64;

    /// A number in `lo..hi` (hi > lo). Plain modulo: its slight bias does not matter for
    /// test data, and a fairer method would change every stream.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() as u64) as usize]
    }
}

/// xorshift64*: the generator of the benchmark streams (`gen_stream`, `gen_corpus`).
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        // Zero is xorshift's one fixed point; mix the seed so small seeds differ.
        XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
}

impl Rng for XorShift {
    fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

/// SplitMix64: the generator of the crash test's input (`crates/headcount/tests/crash.rs`).
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// The seed is the starting state as is (SplitMix has no bad seeds).
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }
}

impl Rng for SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first<R: Rng>(mut rng: R) -> [u64; 3] {
        [rng.next_u64(), rng.next_u64(), rng.next_u64()]
    }

    // Pinned: the benchmark streams and the crash test's input start from these.
    #[test]
    fn sequences_are_frozen() {
        assert_eq!(first(XorShift::new(1)), XORSHIFT_1);
        assert_eq!(first(SplitMix64::new(0x5eed_0001)), SPLITMIX_5EED_0001);
    }

    #[test]
    fn range_and_pick_stay_in_bounds() {
        let mut rng = XorShift::new(7);
        for _ in 0..1000 {
            assert!((3..9).contains(&rng.range(3, 9)));
        }
        assert_eq!(rng.pick(&["only"]), "only");
    }

    const XORSHIFT_1: [u64; 3] = [
        973819730272012410,
        6108091081255984487,
        12125365036566318712,
    ];
    const SPLITMIX_5EED_0001: [u64; 3] = [
        230101071268130872,
        15861643767604601036,
        8447366613921678455,
    ];
}
