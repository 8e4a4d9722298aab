//! Why cuts happen: keyword stems mapped to the fixed reason list of SPEC.md. Each entry's
//! example is a phrase the stem must find.

use crate::model::Reason;

/// (lower-case stem, reason, example phrase containing it)
pub const REASON_STEMS: &[(&str, Reason, &str)] = &[
    ("cost", Reason::Cost, "to cut costs"),
    ("expense", Reason::Cost, "to manage expenses"),
    ("saving", Reason::Cost, "annual savings of $1 billion"),
    ("spending", Reason::Cost, "reduce spending"),
    ("restructur", Reason::Restructuring, "a restructuring plan"),
    (
        "reorganiz",
        Reason::Restructuring,
        "a reorganization of teams",
    ),
    (
        "reorganis",
        Reason::Restructuring,
        "a reorganisation of teams",
    ),
    (
        "overhaul",
        Reason::Restructuring,
        "an overhaul of the business",
    ),
    ("refocus", Reason::Restructuring, "to refocus on core areas"),
    ("efficien", Reason::Efficiency, "to run more efficiently"),
    ("streamlin", Reason::Efficiency, "streamlining operations"),
    ("bureaucracy", Reason::Efficiency, "excess bureaucracy"),
    ("leaner", Reason::Efficiency, "a leaner company"),
    (
        "artificial intelligence",
        Reason::Ai,
        "investing in artificial intelligence",
    ),
    (" ai ", Reason::Ai, "the push into AI and cloud"),
    ("generative ai", Reason::Ai, "generative AI tools"),
    ("automat", Reason::Automation, "automation of support tasks"),
    ("demand", Reason::Demand, "weaker demand"),
    ("slowdown", Reason::Demand, "an economic slowdown"),
    // Falling sales, in the words news uses for them.
    ("slow sales", Reason::Demand, "slow sales in Europe"),
    (
        "slowing sales",
        Reason::Demand,
        "slowing sales of its phones",
    ),
    ("weak sales", Reason::Demand, "weak sales at its stores"),
    ("weaker sales", Reason::Demand, "weaker sales this year"),
    ("falling sales", Reason::Demand, "falling sales"),
    (
        "declining sales",
        Reason::Demand,
        "declining sales of print ads",
    ),
    ("lower sales", Reason::Demand, "lower sales than planned"),
    ("sales slump", Reason::Demand, "a sales slump"),
    ("slower growth", Reason::Demand, "slower growth in cloud"),
    ("pandemic", Reason::Demand, "the impact of the pandemic"),
    ("recession", Reason::Demand, "a looming recession"),
    (
        "market conditions",
        Reason::Demand,
        "current market conditions",
    ),
    ("financial", Reason::Financial, "financial pressures"),
    ("losses", Reason::Financial, "mounting losses"),
    (
        "losing money",
        Reason::Financial,
        "the site was losing money",
    ),
    ("revenue", Reason::Financial, "revenue fell"),
    ("profitab", Reason::Financial, "a path to profitability"),
    ("bankrupt", Reason::Financial, "filed for bankruptcy"),
    ("merger", Reason::Merger, "after the merger"),
    ("acquisition", Reason::Merger, "following the acquisition"),
    ("relocat", Reason::Relocation, "relocating roles to Texas"),
    ("offshor", Reason::Relocation, "offshoring support"),
    (
        "outsourc",
        Reason::Relocation,
        "outsourcing the work to a vendor",
    ),
    (
        "lower-cost",
        Reason::Relocation,
        "hiring in lower-cost cities",
    ),
];

/// The stems of [`REASON_STEMS`] of four or more bytes, found by their first four bytes.
/// Those bytes, read as one `u32` and folded with `| 0x20`, are hashed into a bit set: a
/// text position costs one load, one multiply and one bit test, where a look-up by first
/// byte and pair stops at nearly half of all bytes (most stems start with common letters).
struct StemIndex {
    /// A bit per hash of a folded four-byte prefix that some stem starts with.
    bits: Box<[u64; 1 << 10]>,
    /// (folded first four bytes, position in `REASON_STEMS`) of each stem of four or more
    /// bytes, sorted.
    stems: Vec<(u32, usize)>,
}

/// `ai`, the one stem shorter than four bytes, as two folded bytes.
const AI: u16 = u16::from_le_bytes(*b"ai");

/// ASCII letters, space and `-` (all the bytes stems hold) have the 0x20 bit set, so
/// `| 0x20` lower-cases a letter and keeps a stem byte: equal folded prefixes are a
/// candidate, checked in full with `eq_ignore_ascii_case`.
const FOLD: u32 = 0x2020_2020;

impl StemIndex {
    fn new() -> StemIndex {
        let mut bits = Box::new([0u64; 1 << 10]);
        let mut stems = Vec::new();
        for (k, (stem, _, _)) in REASON_STEMS.iter().enumerate() {
            assert!(stem.is_ascii(), "stems are ASCII");
            if stem.trim().len() < 4 {
                assert!(
                    stem.trim().eq_ignore_ascii_case("ai"),
                    "only `ai` is shorter than four bytes"
                );
                continue;
            }
            // Only `ai` stands alone (checked by `ai_at`); the others match anywhere.
            assert!(!stem.starts_with(' '), "{stem:?} is matched as is");
            let stem = stem.as_bytes();
            let prefix = u32::from_le_bytes([stem[0], stem[1], stem[2], stem[3]]) | FOLD;
            let h = slot(prefix);
            bits[h >> 6] |= 1 << (h & 63);
            stems.push((prefix, k));
        }
        stems.sort_unstable();
        StemIndex { bits, stems }
    }

    /// Whether some stem's folded prefix may be `w`.
    #[inline(always)]
    fn may_be_prefix(&self, w: u32) -> bool {
        let h = slot(w);
        self.bits[h >> 6] & (1 << (h & 63)) != 0
    }

    /// Adds to `out` the reasons of the stems at `at`, where the next four bytes are
    /// `window`. Few positions get here, so it stays out of the scan loop.
    #[inline(never)]
    fn at(&self, text: &str, at: usize, window: u32, out: &mut Vec<Reason>) {
        let w = window | FOLD;
        if w as u16 == AI && ai_at(text, at) {
            out.push(Reason::Ai);
        }
        if !self.may_be_prefix(w) {
            return;
        }
        let from = self.stems.partition_point(|&(p, _)| p < w);
        for &(_, k) in self.stems[from..].iter().take_while(|&&(p, _)| p == w) {
            let (stem, reason, _) = REASON_STEMS[k];
            if text
                .as_bytes()
                .get(at..at + stem.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(stem.as_bytes()))
            {
                out.push(reason);
            }
        }
    }
}

fn slot(prefix: u32) -> usize {
    (prefix.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

/// Whether `ai` stands alone at `at`, as " ai " asks: "AI" yes, "said" or "maintain" no.
fn ai_at(text: &str, at: usize) -> bool {
    let alone = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    text.as_bytes()
        .get(at..at + 2)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"ai"))
        && alone(text[..at].chars().next_back())
        && alone(text[at + 2..].chars().next())
}

/// Reasons named in `text`, sorted and without repeats.
pub fn find(text: &str) -> Vec<Reason> {
    static INDEX: std::sync::OnceLock<StemIndex> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(StemIndex::new);
    let mut out: Vec<Reason> = Vec::new();
    // Every occurrence of every stem, overlapping ones included.
    for (at, w) in text.as_bytes().windows(4).enumerate() {
        let window = u32::from_le_bytes(w.try_into().expect("four bytes"));
        let w = window | FOLD;
        if (w as u16 == AI) | index.may_be_prefix(w) {
            index.at(text, at, window, &mut out);
        }
    }
    // The last three positions hold no stem of four bytes, but may hold `ai`.
    if (text.len().saturating_sub(3)..text.len()).any(|at| ai_at(text, at)) {
        out.push(Reason::Ai);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence counts, overlapping ones included, in any ASCII case.
    #[test]
    fn overlapping_stems_in_any_case() {
        let mut want = vec![
            Reason::Cost,
            Reason::Restructuring,
            Reason::Ai,
            Reason::Relocation,
        ];
        want.sort();
        assert_eq!(find("LOWER-COST hubs; Generative AI; restructuring"), want);
        assert_eq!(find("said he would maintain"), []);
    }

    /// `ai` is found in the last bytes of a text too, where no four-byte window starts.
    #[test]
    fn ai_anywhere_alone() {
        for text in ["AI", "ai.", "bets on AI", "AI: cost", "Ai-led", "in AI"] {
            assert!(find(text).contains(&Reason::Ai), "{text:?}");
        }
        for text in ["aid", "Thai", "AIs", "naïve AIé"] {
            assert!(!find(text).contains(&Reason::Ai), "{text:?}");
        }
    }

    #[test]
    fn every_stem_finds_its_example() {
        for (stem, reason, example) in REASON_STEMS {
            assert!(
                find(example).contains(reason),
                "{stem:?} misses {example:?}"
            );
        }
    }
}
