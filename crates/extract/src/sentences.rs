//! Sentence splitting with byte offsets.
//!
//! Line breaks are hard boundaries (news-please and our text readers put one paragraph a
//! line). Inside a line, `.`, `!` and `?` end a sentence when followed by white space and
//! an upper-case letter, digit or opening quote — unless the word before the period is a
//! known abbreviation ("Inc.", "U.S.", "Jan.") or a single initial ("J. Smith").

/// A sentence as a byte range of the text, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Words that end with a period without ending a sentence, compared case-insensitively
/// without their final period. Each entry's example: "Amazon.com Inc. said" stays one sentence.
const ABBREVIATIONS: &[&str] = &[
    // legal forms: "Alphabet Inc. will lay off", "Microsoft Corp. said"
    "inc", "corp", "co", "ltd", "llc", "plc", "bros", "cos", "intl", "assn",
    // titles: "Mr. Jassy said"
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "st", "jr", "sr", "rev", "hon",
    // months: "on Jan. 30 the firm", "Sept. 2"
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // weekdays: "Thurs. 6/4/20"
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // places: "Warren, Mich. plant", "Springfield, Ore. office"
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "mt", "ft", "ave", "blvd", "rd",
    // references and numbers: "No. 2 retailer", "approx. 300"
    "no", "nos", "vs", "v", "approx", "est", "dept", "div", "fig", "vol", "pp", "etc", "al", "e.g",
    "i.e", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "n.y", "d.c", "l.a",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    if w.is_empty() {
        return false;
    }
    // Single initials ("J." in "J. Smith") and dotted acronyms ("U.S." -> "U.S").
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 1) {
        return true;
    }
    abbreviations().contains_ascii_case(w)
}

static_set!(abbreviations, ABBREVIATIONS);

/// Headings of a block of links to other stories: "Related Article", "Read more", "More
/// from CNN", "You may also like". Compared ignoring ASCII case, the whole line.
const LINK_HEADINGS: &[&str] = &[
    "related",
    "related article",
    "related articles",
    "related stories",
    "related story",
    "related news",
    "related content",
    "related coverage",
    "read more",
    "read also",
    "see also",
    "more stories",
    "more news",
    "recommended",
    "recommended stories",
    "you may also like",
    "you might also like",
    "you might like",
    "most read",
    "most popular",
    "trending",
    "trending now",
];

/// Which `sentences` are links to other stories: the lines under a heading of
/// [`LINK_HEADINGS`] alone on its line, up to the next blank line. "Related Article\nRent
/// the Runway plans layoffs after ..." names another story's cuts, not this one's. (A near
/// miss: "Related to the layoffs, Acme said ..." is a sentence, not a heading.)
pub fn link_lines(text: &str, sentences: &[Sentence]) -> Vec<bool> {
    let mut out = vec![false; sentences.len()];
    let mut k = 0;
    while k < sentences.len() {
        let s = sentences[k];
        let line = text[s.start..s.end].trim_end_matches([':', '.']).trim();
        let heading = line.len() <= 40
            && LINK_HEADINGS.iter().any(|h| line.eq_ignore_ascii_case(h))
            && line_alone(text, s);
        k += 1;
        if !heading {
            continue;
        }
        let mut prev_end = s.end;
        while k < sentences.len() {
            let gap = &text[prev_end..sentences[k].start];
            // A blank line ends the block.
            if gap.matches('\n').count() >= 2 {
                break;
            }
            out[k] = true;
            prev_end = sentences[k].end;
            k += 1;
        }
    }
    for (k, link) in out.iter_mut().enumerate() {
        if !*link && teaser(text, sentences, k) {
            *link = true;
        }
    }
    out
}

/// Whether sentence `k` is a cut-off copy of a line nearby: a breadcrumb or a teaser
/// ("HomeNewsInitech to cut 300 jobs at its Ohio...") alone on its line, ending in an
/// ellipsis, whose last words run on in one of the next three sentences ("Initech to cut
/// 300 jobs at its Ohio plant"). The story is told there. (A near miss: "Initech said it
/// would cut 300 jobs..." followed by other words repeats nothing.)
fn teaser(text: &str, sentences: &[Sentence], k: usize) -> bool {
    let s = sentences[k];
    let line = &text[s.start..s.end];
    let Some(core) = line
        .strip_suffix("...")
        .or_else(|| line.strip_suffix('…'))
        .map(str::trim_end)
    else {
        return false;
    };
    if core.len() < TEASER_TAIL || !line_alone(text, s) {
        return false;
    }
    let mut from = core.len() - TEASER_TAIL;
    while !core.is_char_boundary(from) {
        from += 1;
    }
    let tail = &core[from..];
    sentences[k + 1..]
        .iter()
        .take(3)
        .any(|n| text[n.start..n.end].contains(tail))
}

/// How many bytes of a teaser's end must recur in a line after it (see [`teaser`]).
const TEASER_TAIL: usize = 30;

/// Whether sentence `s` is the whole of its line.
fn line_alone(text: &str, s: Sentence) -> bool {
    let before = text[..s.start].rsplit('\n').next().unwrap_or("");
    let after = text[s.end..].split('\n').next().unwrap_or("");
    before.trim().is_empty() && after.trim().is_empty()
}

/// Splits `text` into sentences; every byte of non-blank text falls in exactly one sentence.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    let mut line_start = 0;
    for newline in memchr::memchr_iter(b'\n', text.as_bytes()) {
        split_line(text, line_start, newline + 1, &mut out);
        line_start = newline + 1;
    }
    if line_start < text.len() {
        split_line(text, line_start, text.len(), &mut out);
    }
    out
}

/// The longest a sentence may be, in bytes: a run of text with no sentence end past it is
/// cut at the last white space before the limit (else at a character boundary). The
/// longest sentence of the labelled corpora and the generated mixed stream is under 700
/// bytes; a page of 300,000 words with no full stop would otherwise cost time that grows
/// faster than its length, as several rules read a sentence's words for each trigger.
pub const MAX_SENTENCE_BYTES: usize = 4096;

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return;
    }
    let (mut from, to) = (start + lead, end - trail);
    if to - from <= MAX_SENTENCE_BYTES {
        out.push(Sentence {
            start: from,
            end: to,
        });
        return;
    }
    // Too long: pieces of at most the limit, each trimmed (and so within it) as above.
    while to - from > MAX_SENTENCE_BYTES {
        let mut cut = from + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // (At the last white space before the limit, when there is one.)
        let cut = text[from..cut]
            .rfind(char::is_whitespace)
            .filter(|&k| k > 0)
            .map_or(cut, |k| from + k);
        push_trimmed(text, from, cut, out);
        from = cut;
    }
    push_trimmed(text, from, to, out);
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let bytes = line.as_bytes();
    let mut sent_start = 0;
    let mut i = 0;
    // Jump from terminator to terminator (memchr) instead of stepping through every byte.
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &bytes[i..]) {
        i += k;
        let b = bytes[i];
        {
            // Swallow runs of terminators and closing quotes/brackets: `?!`, `.”`, `.)`.
            let mut j = i + 1;
            loop {
                let rest = &line[j..];
                let c = rest.chars().next();
                match c {
                    Some(c @ ('.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»')) => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
            }
            let rest = &line[j..];
            let after_ws = rest.trim_start();
            let has_ws = after_ws.len() < rest.len();
            let next = after_ws.chars().next();
            let starts_sentence = next.is_some_and(|c| {
                c.is_uppercase()
                    || c.is_ascii_digit()
                    || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[')
            });
            // "in 2023 and 2022.The company cut 40": a lost space after a full stop.
            let glued = !has_ws && b == b'.' && j == i + 1 && {
                let prev = line[..i].chars().next_back();
                let mut next = rest.chars();
                prev.is_some_and(|c| c.is_ascii_digit() || c.is_ascii_lowercase())
                    && next.next().is_some_and(|c| c.is_ascii_uppercase())
                    && next.next().is_some_and(|c| c.is_ascii_lowercase())
            };
            // "departed over the summer.1 Editor Phil Bronstein left": a footnote mark
            // glued to a word's full stop ends the sentence and belongs to neither.
            if b == b'.' && !has_ws && j == i + 1 {
                if let Some(next) = footnote_mark(&line[..i], rest) {
                    push_trimmed(text, start + sent_start, start + j, out);
                    sent_start = j + next;
                    i = sent_start;
                    continue;
                }
            }
            if (has_ws || glued)
                && starts_sentence
                && !(b == b'.' && ends_with_abbreviation(&line[sent_start..i]))
            {
                push_trimmed(text, start + sent_start, start + j, out);
                sent_start = j;
            }
            i = j;
        }
    }
    push_trimmed(text, start + sent_start, end, out);
}

/// After a word's full stop, one or two digits, a space and a capital: a footnote mark
/// ("the summer.1 Editor"). Returns the length of the mark. Not after a number ("v1.2
/// shipped"), a name with a digit in it ("Web3.0") or an abbreviation ("the No.1 Retailer").
fn footnote_mark(before: &str, rest: &str) -> Option<usize> {
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // (A short capitalised word is a unit or a reference: "Rs.50 Crore", "Ch.11".)
    let short_capital = word.len() < 4 && word.starts_with(|c: char| c.is_ascii_uppercase());
    if word.len() < 2
        || !word.bytes().all(|c| c.is_ascii_alphabetic())
        || is_abbreviation(word)
        || short_capital
    {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest[digits..];
    let spaced = after.trim_start();
    ((1..=2).contains(&digits)
        && spaced.len() < after.len()
        && spaced.chars().next().is_some_and(char::is_uppercase))
    .then_some(digits)
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    // A number before the period ("cut 300. Then") ends a sentence; "No." does not.
    !word.is_empty() && is_abbreviation(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        split(s).iter().map(|x| &s[x.start..x.end]).collect()
    }

    #[test]
    fn a_run_with_no_sentence_end_is_cut_at_white_space_within_the_limit() {
        let run = "Initech cut 300 jobs and ünïcode words go on ".repeat(2_000);
        let pieces = texts(&run);
        assert!(pieces.len() > 1);
        assert!(pieces
            .iter()
            .all(|p| p.len() <= MAX_SENTENCE_BYTES && !p.is_empty()));
        // Every word is kept, none cut in two.
        let words: Vec<&str> = pieces.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(words, run.split_whitespace().collect::<Vec<_>>());
        // Near miss: a sentence within the limit is one.
        assert_eq!(texts("Initech cut 300 jobs and closed a plant.").len(), 1);
    }

    #[test]
    fn a_cut_off_copy_of_a_line_below_is_a_teaser() {
        for text in [
            "HomeNewsInitech to cut 300 jobs at its Ohio plant as sales...\n\nInitech to cut 300 jobs at its Ohio plant as sales slump\n\nInitech will cut 300 jobs.",
            "HomeNewsInitech to cut 300 jobs at its Ohio plant as sales…\nInitech to cut 300 jobs at its Ohio plant as sales slump",
        ] {
            let sentences = split(text);
            let links = link_lines(text, &sentences);
            assert!(links[0], "{text}");
            assert!(!links[1..].iter().any(|&l| l), "{text}");
        }
        // Near misses: an ellipsis that repeats nothing, and a short line.
        for text in [
            "Initech said it would cut 300 jobs at its plant in Ohio...\nThe union said it would fight the cuts.",
            "More...\nMore to come.",
        ] {
            let sentences = split(text);
            assert!(!link_lines(text, &sentences).iter().any(|&l| l), "{text}");
        }
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            texts("Alphabet Inc. will cut jobs in the U.S. and Canada. The cuts start Jan. 30 at its Warren, Mich. plant."),
            [
                "Alphabet Inc. will cut jobs in the U.S. and Canada.",
                "The cuts start Jan. 30 at its Warren, Mich. plant."
            ]
        );
    }

    #[test]
    fn quotes_and_questions() {
        assert_eq!(
            texts("“We are sorry.” He left. Why? Costs."),
            ["“We are sorry.”", "He left.", "Why?", "Costs."]
        );
    }

    #[test]
    fn a_lost_space_after_a_full_stop_still_ends_the_sentence() {
        assert_eq!(
            texts("Stripe also laid off staff in 2023 and 2022.The company cut 40 positions."),
            [
                "Stripe also laid off staff in 2023 and 2022.",
                "The company cut 40 positions."
            ]
        );
        assert_eq!(
            texts("Shop at Amazon.com today; v1.2 shipped to U.S.A. buyers."),
            ["Shop at Amazon.com today; v1.2 shipped to U.S.A. buyers."]
        );
    }

    #[test]
    fn a_footnote_mark_after_a_full_stop_ends_the_sentence() {
        assert_eq!(
            texts("There, 100 employees departed over the summer.1 Editor Jane Roe left in 2008."),
            [
                "There, 100 employees departed over the summer.",
                "Editor Jane Roe left in 2008."
            ]
        );
        // Near misses: a version number, a name with a digit, a figure after a domain.
        for s in [
            "Release v1.2 Beta shipped.",
            "The Web3.0 Foundation cut staff.",
            "Initech, the No.1 Retailer in Ohio, cut 300 jobs.",
        ] {
            assert_eq!(texts(s), [s], "{s}");
        }
    }

    #[test]
    fn lines_are_boundaries_and_decimals_are_not() {
        assert_eq!(
            texts("Headline without period\nSales rose 3.5 percent. It cut 1,100 jobs\n\n"),
            [
                "Headline without period",
                "Sales rose 3.5 percent.",
                "It cut 1,100 jobs"
            ]
        );
    }

    #[test]
    fn offsets_cover_the_sentence_text() {
        let s = "  Ünïcode first. Second “one.” ";
        for x in split(s) {
            assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
        }
        assert_eq!(texts(s), ["Ünïcode first.", "Second “one.”"]);
    }
}
