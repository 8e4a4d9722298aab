//! WARN Act notices: one file per state layout, each a [`Layout`](super::Layout) that reads
//! its columns into a [`Row`](super::Row). What the states share lives here: the notice's
//! kind (closure or layoff, temporary or permanent) and the fields every notice fills.

pub mod ca;
pub mod mi;
pub mod ny;
pub mod tx;
pub mod va;
pub mod wa;

use super::{Fields, SourceType};
use headcount_extract::Kind;

/// Closure or layoff, and temporary or permanent, as the notice's type words say:
/// "Closure Permanent", "Layoff Temporary", "ClosureLayoff", "Facility closure",
/// "Layoff Type Unknown". A closure named anywhere makes the notice a closure.
pub fn kind(words: &str) -> (Kind, Option<bool>) {
    let lower = words.to_lowercase();
    let kind =
        if lower.contains("closure") || lower.contains("closing") || lower.contains("shutdown") {
            Kind::Closure
        } else {
            Kind::Layoff
        };
    let temporary = if lower.contains("temporary") {
        Some(true)
    } else if lower.contains("permanent") {
        Some(false)
    } else {
        None
    };
    (kind, temporary)
}

/// The fields of a notice from `state`.
pub fn fields(state: &str) -> Fields {
    Fields {
        source_type: Some(SourceType::Warn),
        state: Some(state.to_owned()),
        ..Fields::default()
    }
}

/// The claim's place: the city (else the county) with the state: "Newark, CA".
pub fn place(fields: &Fields) -> Option<String> {
    let state = fields.state.as_deref().unwrap_or("");
    fields
        .city
        .as_deref()
        .or(fields.county.as_deref())
        .map(|p| format!("{p}, {state}"))
        .or_else(|| fields.state.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds() {
        assert_eq!(kind("Closure Permanent"), (Kind::Closure, Some(false)));
        assert_eq!(kind("Layoff Temporary"), (Kind::Layoff, Some(true)));
        assert_eq!(kind("Layoff Type Unknown"), (Kind::Layoff, None));
        assert_eq!(kind("ClosureLayoff"), (Kind::Closure, None));
        assert_eq!(kind("Facility closure"), (Kind::Closure, None));
        assert_eq!(kind(""), (Kind::Layoff, None));
    }
}
