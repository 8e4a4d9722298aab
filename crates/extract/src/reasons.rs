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
    use aho_corasick::AhoCorasick;
    static AC: std::sync::OnceLock<AhoCorasick> = std::sync::OnceLock::new();
    let ac = AC.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(REASON_STEMS.iter().map(|(s, _, _)| s.trim()))
            .expect("static patterns build")
    });
    let mut out: Vec<Reason> = Vec::new();
    for m in ac.find_overlapping_iter(text) {
        let (stem, reason, _) = REASON_STEMS[m.pattern().as_usize()];
        // " ai " must stand alone: "AI" yes, "said" or "maintain" no.
        if stem.starts_with(' ') {
            let alone = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
            if !(alone(text[..m.start()].chars().next_back())
                && alone(text[m.end()..].chars().next()))
            {
                continue;
            }
        }
        out.push(reason);
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
