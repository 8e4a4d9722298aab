//! A small tokenizer shared by every lexicon rule: words, numbers and punctuation with
//! byte offsets into the input.
//!
//! - `Word`: a run of letters and digits that starts with a letter ("Q1", "AWS", "Crypto").
//! - `Number`: digits with `,` or `.` separators between digits ("12,000", "1.2", "2025").
//!   Letters after digits split off ("30th" → `30` + `th`).
//! - `Punct`: any other single non-space character ("%", "-", "’", "$", "(").
//!
//! Whitespace separates tokens and is never a token. `ws_before` tells whether a token
//! follows whitespace, so "mid-2025" and "mid - 2025" can be told apart.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// Whitespace (or the start of the input) precedes this token.
    pub ws_before: bool,
}

impl Token<'_> {
    /// ASCII-case-insensitive comparison with a lower-case word.
    pub fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }

    pub fn is_any(&self, lowers: &[&str]) -> bool {
        lowers.iter().any(|w| self.is(w))
    }

    pub fn is_capitalized(&self) -> bool {
        self.kind == TokKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// Splits `s` into tokens. Never panics; offsets are always on char boundaries.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut chars = s.char_indices().peekable();
    let mut ws = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            ws = true;
            continue;
        }
        let (end, kind) = if c.is_alphabetic() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            (end, TokKind::Word)
        } else if c.is_ascii_digit() {
            let mut end = i + 1;
            loop {
                match chars.peek() {
                    Some(&(_, d)) if d.is_ascii_digit() => {
                        end += 1;
                        chars.next();
                    }
                    Some(&(_, sep)) if sep == ',' || sep == '.' => {
                        // A separator counts only when a digit follows it.
                        let next = s[end + 1..].chars().next();
                        if next.is_some_and(|n| n.is_ascii_digit()) {
                            chars.next();
                            end += 1;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            (end, TokKind::Number)
        } else {
            (i + c.len_utf8(), TokKind::Punct)
        };
        out.push(Token {
            text: &s[i..end],
            start: i,
            end,
            kind,
            ws_before: ws,
        });
        ws = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text).collect()
    }

    #[test]
    fn splits_words_numbers_and_punctuation() {
        assert_eq!(
            texts("Amazon’s AWS cut 1,200 jobs (about 3.5%) in Q1, mid-2025."),
            [
                "Amazon", "’", "s", "AWS", "cut", "1,200", "jobs", "(", "about", "3.5", "%", ")",
                "in", "Q1", ",", "mid", "-", "2025", "."
            ]
        );
    }

    #[test]
    fn trailing_separator_is_punctuation() {
        assert_eq!(
            texts("cut 300, then 40."),
            ["cut", "300", ",", "then", "40", "."]
        );
        assert_eq!(texts("the 30th"), ["the", "30", "th"]);
    }

    #[test]
    fn offsets_point_into_the_input() {
        let s = "Ünïcode — 12 ü";
        for t in tokenize(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }
}
