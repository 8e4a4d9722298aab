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
    /// The token's shape as word gates read it (its length and first and last bytes, see
    /// `wordset::gate_bit`), worked out once here instead of at each of the many probes a token
    /// gets.
    pub shape: u16,
    /// ASCII and at most 16 bytes long: a word that word sets key as integers.
    pub packable: bool,
    /// A word whose first character is upper case (see [`Token::is_capitalized`]).
    pub capitalized: bool,
    /// A word with an ASCII capital after its first byte and before any non-ASCII one
    /// ("eBay", "AWS"): what name finding asks of lower-case words.
    pub inner_capital: bool,
}

use crate::wordset::{gate_bit_of, gate_has_bit, WordGate};

// The helpers below are called from every rule module; `#[inline]` lets them be inlined
// across codegen units, which otherwise depends on how the crate happens to be split.
impl Token<'_> {
    /// ASCII-case-insensitive comparison with a lower-case word.
    #[inline]
    pub fn is(&self, lower: &str) -> bool {
        self.text.eq_ignore_ascii_case(lower)
    }

    #[inline]
    pub fn is_any(&self, lowers: &[&str]) -> bool {
        lowers.iter().any(|w| self.is(w))
    }

    /// [`Token::is_any`] against a vocabulary kept as a [`WordSet`](crate::wordset::WordSet)
    /// of ASCII entries: one probe instead of a comparison per entry.
    #[inline]
    pub fn is_any_of(&self, set: &crate::wordset::WordSet) -> bool {
        set.contains_token_ascii_case(self)
    }

    /// Membership in a larger vocabulary: one hash probe.
    #[inline]
    pub fn is_in(&self, set: &crate::wordset::WordSet) -> bool {
        self.kind == TokKind::Word && set.contains_token(self)
    }

    /// Whether the token has the shape of a word of `gate`.
    #[inline]
    pub(crate) fn passes(&self, gate: &WordGate) -> bool {
        gate_has_bit(gate, usize::from(self.shape))
    }

    /// An apostrophe glued to the word before it: "pilots’ pay", "plant’s".
    #[inline]
    pub fn is_glued_apostrophe(&self) -> bool {
        matches!(self.text, "’" | "'") && !self.ws_before
    }

    /// A number not shaped like a year (four digits from "19" or "20"): "300", "1,200",
    /// not "2024".
    #[inline]
    pub fn is_figure(&self) -> bool {
        self.kind == TokKind::Number
            && !(self.text.len() == 4
                && (self.text.starts_with("19") || self.text.starts_with("20")))
    }

    /// A word whose first character is upper case: asked of most tokens, so tokenizing
    /// works it out.
    #[inline]
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
}

/// What an ASCII byte is to the tokenizer: one table load instead of a chain of range
/// tests on the hottest loop of the extractor. (`ALPHA` and `DIGIT` share the `ALNUM` bit;
/// capitals are `ALPHA | UPPER`.)
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const ALPHA: u8 = ALNUM | 4;
const DIGIT: u8 = ALNUM | 8;
const UPPER: u8 = 16;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b' ' || (c >= b'\t' && c <= b'\r') {
            SPACE
        } else if c.is_ascii_uppercase() {
            ALPHA | UPPER
        } else if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// "plant’s", "Valentine's", "it's": an apostrophe at `k` glued to the word before it,
/// then a glued "s".
pub fn apostrophe_s(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(Token::is_glued_apostrophe)
        && toks.get(k + 1).is_some_and(|s| s.is("s") && !s.ws_before)
}

/// `wordset::gate_bit` of a token's bytes (never empty), which fits 16 bits.
#[inline]
fn shape(b: &[u8]) -> u16 {
    gate_bit_of(b.len(), b[0], b[b.len() - 1]) as u16
}

/// Dashes, curly quotes, bullets and the ellipsis (U+2010 to U+2027), the non-ASCII
/// characters news text is full of: no letters or digits, told without the slow
/// Unicode table lookup of `char::is_alphabetic`.
#[inline]
fn punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}')
}

/// Splits `s` into tokens. Never panics; offsets are always on char boundaries. ASCII
/// bytes take a fast path; other characters are decoded.
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    // About a token every four bytes: most sentences fit without growing.
    let mut out = Vec::with_capacity(s.len() / 4 + 1);
    tokenize_into(s, &mut out);
    out
}

/// [`tokenize`], appending to `out`: a document's sentences share one buffer.
pub fn tokenize_into<'a>(s: &'a str, out: &mut Vec<Token<'a>>) {
    let b = s.as_bytes();
    let mut ws = true;
    let mut i = 0;
    while i < b.len() {
        let b0 = b[i];
        // ASCII fast path for the common bytes, the most common (a letter) tested first.
        let class = BYTE_CLASS[b0 as usize];
        if class & ALPHA == ALPHA {
            let mut end = i + 1;
            // The classes of the word's other ASCII bytes, together.
            let mut inner = 0;
            while let Some(&c) = b.get(end) {
                let class = BYTE_CLASS[c as usize];
                if class & ALNUM == 0 {
                    break;
                }
                inner |= class;
                end += 1;
            }
            let ascii_end = end;
            // A non-ASCII letter may continue the word ("Byjü"): finish it the slow way.
            if b.get(end).is_some_and(|&c| c >= 0x80) {
                end = word_end(s, end);
            }
            out.push(Token {
                text: &s[i..end],
                start: i,
                end,
                kind: TokKind::Word,
                ws_before: ws,
                shape: shape(&b[i..end]),
                packable: end == ascii_end && end - i <= 16,
                capitalized: b0.is_ascii_uppercase(),
                inner_capital: inner & UPPER != 0,
            });
            (i, ws) = after_token(b, end);
            continue;
        }
        if class == SPACE {
            ws = true;
            i += 1;
            continue;
        }
        if class == 0 && b0 < 0x80 {
            // ASCII punctuation (",", ".", "(", "-"), a token of its own byte: the most
            // common of the tokens below, made here without decoding a character.
            out.push(Token {
                text: &s[i..i + 1],
                start: i,
                end: i + 1,
                kind: TokKind::Punct,
                ws_before: ws,
                shape: shape(&b[i..i + 1]),
                packable: true,
                capitalized: false,
                inner_capital: false,
            });
            (i, ws) = after_token(b, i + 1);
            continue;
        }
        if class == DIGIT {
            // A number, made here as `other_token` would make it, without decoding a
            // character.
            let end = number_end(b, i);
            out.push(Token {
                text: &s[i..end],
                start: i,
                end,
                kind: TokKind::Number,
                ws_before: ws,
                shape: shape(&b[i..end]),
                packable: end - i <= 16,
                capitalized: false,
                inner_capital: false,
            });
            (i, ws) = after_token(b, end);
            continue;
        }
        // Anything not ASCII, out of the hot loop.
        match other_token(s, i, ws) {
            Ok(t) => {
                i = t.end;
                out.push(t);
                ws = false;
            }
            Err(space) => {
                i += space;
                ws = true;
            }
        }
    }
}

/// Where the tokenizer goes on after a token that ends at `end`, and whether white space
/// precedes what is there: a single space, the most common byte after a token, is
/// stepped over here rather than by a turn of the main loop.
#[inline(always)]
fn after_token(b: &[u8], end: usize) -> (usize, bool) {
    if b.get(end) == Some(&b' ') {
        (end + 1, true)
    } else {
        (end, false)
    }
}

/// The character at byte `at` of `s` (a char boundary) and its length: ASCII directly,
/// else decoded.
#[inline]
fn char_at(s: &str, at: usize) -> (char, usize) {
    let b = s.as_bytes();
    if b[at] < 0x80 {
        (b[at] as char, 1)
    } else {
        let c = s[at..].chars().next().unwrap_or('\u{FFFD}');
        (c, c.len_utf8())
    }
}

/// Where a word that started with ASCII letters ends, from the first byte of its
/// non-ASCII rest at `end` (which may end it).
#[inline(never)]
fn word_end(s: &str, mut end: usize) -> usize {
    let b = s.as_bytes();
    while end < b.len() && b[end] >= 0x80 {
        let (d, dl) = char_at(s, end);
        if punctuation(d) || !d.is_alphanumeric() {
            break;
        }
        end += dl;
        while end < b.len() && b[end].is_ascii_alphanumeric() {
            end += 1;
        }
    }
    end
}

/// Where a number that starts with the digit at `i` of `b` ends: digits, with `,` or `.`
/// between digits ("12,000", "1.2").
#[inline]
fn number_end(b: &[u8], i: usize) -> usize {
    let mut end = i + 1;
    while end < b.len() {
        if b[end].is_ascii_digit() {
            end += 1;
        } else if (b[end] == b',' || b[end] == b'.')
            && b.get(end + 1).is_some_and(u8::is_ascii_digit)
        {
            // A separator counts only when a digit follows it.
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// The token at byte `i` of `s` when it is not an ASCII word (a number, punctuation, a
/// word starting with a non-ASCII letter), or the length of the whitespace there.
#[inline(never)]
fn other_token(s: &str, i: usize, ws: bool) -> Result<Token<'_>, usize> {
    let b = s.as_bytes();
    let (c, len) = char_at(s, i);
    // Dashes and curly quotes (the most common of these characters) are no white space:
    // told so before the Unicode table is searched.
    if !punctuation(c) && c.is_whitespace() {
        return Err(len);
    }
    let (end, kind) = if !punctuation(c) && c.is_alphabetic() {
        let mut end = i + len;
        while end < b.len() {
            let (d, dl) = char_at(s, end);
            if d.is_alphanumeric() {
                end += dl;
            } else {
                break;
            }
        }
        (end, TokKind::Word)
    } else if c.is_ascii_digit() {
        (number_end(b, i), TokKind::Number)
    } else {
        (i + len, TokKind::Punct)
    };
    Ok(Token {
        text: &s[i..end],
        start: i,
        end,
        kind,
        ws_before: ws,
        shape: shape(&b[i..end]),
        packable: end - i <= 16 && b[i..end].is_ascii(),
        capitalized: kind == TokKind::Word && c.is_uppercase(),
        inner_capital: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordset::gate_bit;

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
    fn punctuation_holds_no_letters_digits_or_spaces() {
        for c in '\u{2010}'..='\u{2027}' {
            assert!(
                punctuation(c) && !c.is_alphanumeric() && !c.is_whitespace(),
                "{c:?}"
            );
        }
    }

    #[test]
    fn shapes_are_those_word_gates_read() {
        let s = "Byjü’s AWS cut 1,200 jobs — about 3.5% — in Q1; internationalisation Ünïcode \
                 élan Élan 30th eBay iPhoneÜ aÜB";
        for t in tokenize(s) {
            assert_eq!(
                usize::from(t.shape),
                gate_bit(t.text.as_bytes()),
                "{}",
                t.text
            );
            assert_eq!(
                t.packable,
                t.text.is_ascii() && t.text.len() <= 16,
                "{}",
                t.text
            );
            let capitalized = t.kind == TokKind::Word && t.text.starts_with(char::is_uppercase);
            assert_eq!(t.is_capitalized(), capitalized, "{}", t.text);
            let inner = t.text.as_bytes()[1..]
                .iter()
                .take_while(|b| b.is_ascii())
                .any(u8::is_ascii_uppercase);
            let ascii_word = t.kind == TokKind::Word && t.text.as_bytes()[0].is_ascii();
            assert_eq!(t.inner_capital, ascii_word && inner, "{}", t.text);
        }
    }

    #[test]
    fn offsets_point_into_the_input() {
        let s = "Ünïcode — 12 ü";
        for t in tokenize(s) {
            assert_eq!(&s[t.start..t.end], t.text);
        }
    }
}
