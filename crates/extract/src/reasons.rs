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
    ("slow online sales", Reason::Demand, "slow online sales"),
    ("slower growth", Reason::Demand, "slower growth in cloud"),
    ("pandemic", Reason::Demand, "the impact of the pandemic"),
    ("recession", Reason::Demand, "a looming recession"),
    (
        "market conditions",
        Reason::Demand,
        "current market conditions",
    ),
    ("trading volume", Reason::Demand, "lower trading volumes"),
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

/// Reasons named in `text`, sorted and without repeats.
pub fn find(text: &str) -> Vec<Reason> {
    static INDEX: std::sync::OnceLock<crate::places::PrefixIndex> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        crate::places::PrefixIndex::new(REASON_STEMS.iter().map(|(s, _, _)| s.trim()), true)
    });
    let b = text.as_bytes();
    let mut out: Vec<Reason> = Vec::new();
    // Every occurrence of every stem, overlapping ones included.
    let mut from = 0;
    while let Some(at) = index.next_start(b, from) {
        from = at + 1;
        for (k, stem) in index.at(b, at) {
            let (pattern, reason, _) = REASON_STEMS[k];
            // " ai " must stand alone: "AI" yes, "said" or "maintain" no.
            if pattern.starts_with(' ') {
                let alone = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
                if !(alone(text[..at].chars().next_back())
                    && alone(text[at + stem.len()..].chars().next()))
                {
                    continue;
                }
            }
            out.push(reason);
        }
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
