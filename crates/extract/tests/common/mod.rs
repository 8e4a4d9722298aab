//! Invariants every claim must satisfy whatever the input, shared by the no-panic
//! property tests and the corpus test so both check the same contract.

use headcount_extract::{extract, Claim, Document};

/// Claims of a text published on a fixed day (Thursday 2024-03-14), so that weekdays and
/// bare months resolve alike on every run: the rule tests' one way to run the extractor.
#[allow(dead_code)] // Not every test crate that includes this module runs rule sentences.
pub fn extract_published(text: &str) -> Vec<Claim> {
    extract(&Document {
        text,
        published: chrono::NaiveDate::from_ymd_opt(2024, 3, 14),
        ..Default::default()
    })
}

/// Checks every claim `extract` returned for `doc`; returns the first broken
/// invariant, described with the claim index so a failure names what to look at.
#[allow(dead_code)] // The rule tests include this module for `extract_published` alone.
pub fn check_claims(doc: &Document, claims: &[Claim]) -> Result<(), String> {
    let text = doc.text;
    for (i, c) in claims.iter().enumerate() {
        for (j, e) in c.evidence.iter().enumerate() {
            let at = format!("claim {i} evidence {j} ({}..{})", e.start, e.end);
            if e.start > e.end || e.end > text.len() {
                return Err(format!(
                    "{at}: out of bounds of text of {} bytes",
                    text.len()
                ));
            }
            if !text.is_char_boundary(e.start) || !text.is_char_boundary(e.end) {
                return Err(format!("{at}: not on a char boundary"));
            }
            if text[e.start..e.end] != e.text {
                return Err(format!(
                    "{at}: text {:?} differs from the span {:?}",
                    e.text,
                    &text[e.start..e.end]
                ));
            }
        }
        if let Some(h) = &c.headcount {
            if let (Some(min), Some(max)) = (h.min, h.max) {
                if min > max {
                    return Err(format!("claim {i}: headcount {min} > {max} ({:?})", h.text));
                }
            }
        }
        if let Some(d) = &c.date {
            if d.earliest > d.latest {
                return Err(format!(
                    "claim {i}: date {} > {} ({:?})",
                    d.earliest, d.latest, d.text
                ));
            }
        }
        if !(0.0..=1.0).contains(&c.confidence) {
            return Err(format!(
                "claim {i}: confidence {} outside 0..=1",
                c.confidence
            ));
        }
        if let Some(p) = c.percent {
            if !(0.0..=100.0).contains(&p) {
                return Err(format!("claim {i}: percent {p} outside 0..=100"));
            }
        }
    }
    Ok(())
}
