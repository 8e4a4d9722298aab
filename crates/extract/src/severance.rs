//! Severance terms, as worded: "at least 60 days of pay and benefits", "two weeks of
//! severance pay for every year of service", "severance packages".

use crate::tokens::{tokenize, TokKind, Token};

/// Units of time that severance is counted in. Example: "16 weeks of base pay".
const SPANS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years",
];

/// What the time is of. Example: "60 days of pay", "four months' salary".
const PAY: &[&str] = &[
    "pay",
    "salary",
    "wages",
    "severance",
    "compensation",
    "notice",
    "base",
];

/// Words that may lead the figure. Example: "at least 60 days".
const LEADS: &[&str] = &[
    "at", "least", "up", "to", "about", "around", "nearly", "more", "than", "over",
];

/// Number words that may stand for the figure. Example: "two weeks of severance".
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "a", "an",
];

/// The severance terms a sentence states, if any.
pub fn find(sentence: &str) -> Option<String> {
    find_in(sentence, &tokenize(sentence))
}

/// [`find`] on a sentence already tokenised.
pub fn find_in(sentence: &str, toks: &[Token]) -> Option<String> {
    if !mentions_pay(sentence, toks) {
        return None;
    }
    for (i, t) in toks.iter().enumerate() {
        let number =
            t.kind == TokKind::Number || (t.kind == TokKind::Word && t.is_any(NUMBER_WORDS));
        if !number || !toks.get(i + 1).is_some_and(|s| s.is_any(SPANS)) {
            continue;
        }
        // "of pay", "' pay", "of base pay", "of severance".
        let mut j = i + 2;
        while j < toks.len() && j <= i + 5 && !toks[j].is_any(PAY) {
            if !(toks[j].is_any(&["of", "in"]) || matches!(toks[j].text, "'" | "’" | "s")) {
                break;
            }
            j += 1;
        }
        if j >= toks.len() || !toks[j].is_any(PAY) {
            continue;
        }
        let mut end = j;
        // "... pay and benefits", "... severance pay for every year of service".
        while end + 1 < toks.len() && toks[end + 1].is_any(&["pay", "and", "benefits"]) {
            end += 1;
        }
        if toks[end].is("and") {
            end -= 1;
        }
        end = per_year(toks, end);
        let mut start = i;
        while start > 0 && toks[start - 1].is_any(LEADS) && i - start < 2 {
            start -= 1;
        }
        return Some(sentence[toks[start].start..toks[end].end].to_string());
    }
    // No figure: "may also be eligible for severance packages".
    toks.iter().position(|t| t.is("severance")).map(|k| {
        let end = if toks
            .get(k + 1)
            .is_some_and(|t| t.is_any(&["packages", "package", "pay", "payments", "benefits"]))
        {
            k + 1
        } else {
            k
        };
        sentence[toks[k].start..toks[end].end].to_string()
    })
}

/// Whether the sentence says "severance", " pay" or "salary" in any ASCII case. Each is
/// letters, so it lies inside one word token, and " pay" starts one after a space: the
/// tokens answer without a lower-cased copy of the sentence.
fn mentions_pay(sentence: &str, toks: &[Token]) -> bool {
    // `part` is lower case; its first byte is tested first, as it mostly fails.
    let contains = |w: &[u8], part: &[u8]| {
        w.len() >= part.len()
            && w.windows(part.len())
                .any(|x| x[0] | 0x20 == part[0] && x.eq_ignore_ascii_case(part))
    };
    toks.iter().any(|t| {
        let w = t.text.as_bytes();
        t.kind == TokKind::Word
            && ((w.len() >= 3
                && w[..3].eq_ignore_ascii_case(b"pay")
                && t.start > 0
                && sentence.as_bytes()[t.start - 1] == b' ')
                || contains(w, b"salary")
                || contains(w, b"severance"))
    })
}

/// Extends past "for every year of service" / "per year of service".
fn per_year(toks: &[Token], end: usize) -> usize {
    let words: Vec<&Token> = toks[end + 1..(end + 6).min(toks.len())].iter().collect();
    let lead = words.first().is_some_and(|t| t.is_any(&["for", "per"]));
    match words.iter().position(|t| t.is("service")) {
        Some(k) if lead => end + 1 + k,
        _ => end,
    }
}

#[cfg(test)]
mod tests {
    use super::find;

    #[test]
    fn terms_as_worded() {
        assert_eq!(
            find("In the US, employees impacted by the layoffs will receive at least 60 days of pay and benefits, and may also be eligible for severance packages.").as_deref(),
            Some("at least 60 days of pay and benefits")
        );
        assert_eq!(
            find("Workers will receive two weeks of severance pay for every year of service.")
                .as_deref(),
            Some("two weeks of severance pay for every year of service")
        );
        assert_eq!(
            find("Laid-off employees will receive 13 weeks of base pay.").as_deref(),
            Some("13 weeks of base pay")
        );
        assert_eq!(
            find("Amazon has offered severance packages and transition support.").as_deref(),
            Some("severance packages")
        );
        assert_eq!(find("Sales rose 3% in two weeks."), None);
    }
}
