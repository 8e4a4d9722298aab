//! The gazetteer: countries, first-level divisions (states, provinces, nations), regions and
//! every city of 15,000 or more people, from GeoNames (CC BY 4.0) as `data/places.tsv`
//! records, made by `data/gen_places.py`. Used to tell places from organisations and to
//! find the places a claim's sentences name as hit.
//!
//! A big gazetteer names places that are also words, people and firms ("Reading", "Warren",
//! "Sabadell"), so a town counts only where the text uses it as a place: after "in", "at"
//! or "near", before a site word ("plant", "office"), with its state ("Warren, Mich."), or
//! in a list with another place; so does a division outside the United States, Canada and
//! Australia ("Bavaria plants"). Countries, states and regions count anywhere, except
//! inside a longer name ("U.S. Steel", "Bank of America", "Children's Minnesota").
//! A country's adjective names the country where it places a firm's own site or part
//! ("its German unit"), from `data/demonyms.tsv` (world-countries, ODbL), made by
//! `data/gen_demonyms.py`.

use std::sync::LazyLock;

/// The generated records: `kind<TAB>name<TAB>population<TAB>flags`, sorted by first word
/// and then longest name first, so the names that start with a word are one run of lines.
const DATA: &str = include_str!("../data/places.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A country ("Germany").
    Country,
    /// A short form of a country ("U.S.", "Britain").
    Alias,
    /// A continent or a region of countries or states ("Europe", "Midwest").
    Region,
    /// A state, province or nation written after a town ("Ohio", "Ontario", "Scotland",
    /// "Mich.").
    State,
    /// Another first-level division ("Bavaria", "Queensland" is a State).
    Division,
    /// A city or town.
    Town,
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    name: &'static str,
    kind: Kind,
    /// The name is also a common lower-case English word ("Mobile", "Reading").
    word: bool,
    /// A town known across languages ("Seattle", "Tokyo"): at least 100,000 people and
    /// 40 GeoNames alternate names.
    major: bool,
}

impl Entry {
    /// An AP state abbreviation ("Mich.", "N.Y."): a place only after a town.
    fn abbreviation(&self) -> bool {
        self.kind == Kind::State && self.name.ends_with('.')
    }
}

impl Entry {
    /// The entry of a data line: `kind<TAB>name<TAB>population<TAB>flags`.
    fn parse(line: &'static str) -> Entry {
        let kind = match line.as_bytes().first() {
            Some(b'C') => Kind::Country,
            Some(b'A') => Kind::Alias,
            Some(b'R') => Kind::Region,
            Some(b'S') => Kind::State,
            Some(b'D') => Kind::Division,
            _ => Kind::Town,
        };
        let rest = line.get(2..).unwrap_or_default();
        let name = &rest[..memchr::memchr(b'\t', rest.as_bytes()).unwrap_or(rest.len())];
        let flags = &line[memchr::memrchr(b'\t', line.as_bytes()).map_or(line.len(), |t| t + 1)..];
        Entry {
            name,
            kind,
            word: flags.contains('w'),
            major: flags.contains('m'),
        }
    }
}

/// The index of the data: an open-addressed table of little-endian `u32` byte offsets into
/// [`DATA`], one per key (a name through its second word: "San Jose" for San Jose del
/// Monte, "U.S" for U.S.A.; or its one word), at the first line of that key's run
/// (`u32::MAX`: an empty slot). Made with the data by `data/gen_places.py`, so that a
/// process reads the gazetteer where it lies and builds nothing to look a name up.
/// After the table, a gate: a bit per [`home_slot`] of the first word of every name
/// ([`GATE_BITS`] bits as little-endian `u64` words), so that most words of a text, which
/// start no name, are dropped after one hash.
const INDEX_FILE: &[u8] = include_bytes!("../data/places.idx");
const GATE_BITS: usize = 1 << 18;
const INDEX: &[u8] = INDEX_FILE.split_at(INDEX_FILE.len() - GATE_BITS / 8).0;
const GATE: &[u8] = INDEX_FILE.split_at(INDEX_FILE.len() - GATE_BITS / 8).1;

/// The slot where the search for `key` starts: FNV-1a (64 bits), high bits folded in, as
/// `gen_places.py` computes it.
fn home_slot(key: &[u8]) -> usize {
    fold(key) & (INDEX.len() / 4 - 1)
}

/// FNV-1a (64 bits) of `key`, high bits folded in.
fn fold(key: &[u8]) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in key {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 32)) as usize
}

/// Whether some name may start with `word`: its gate bit is set.
fn may_start(word: &[u8]) -> bool {
    let bit = fold(word) & (GATE_BITS - 1);
    GATE[bit / 8] & (1 << (bit % 8)) != 0
}

/// Where the keys of the name or text at `at` end: after its first word, and after its
/// second word if one follows.
#[cfg(test)]
fn key_ends(s: &str, at: usize) -> (usize, Option<usize>) {
    second_word_end(s, word_end(s, at))
}

/// The first word's end `w1`, and where a second word after it ends.
fn second_word_end(s: &str, w1: usize) -> (usize, Option<usize>) {
    let b = s.as_bytes();
    let mut k = w1;
    while k < b.len() {
        if b[k] < 0x80 {
            if b[k].is_ascii_alphanumeric() {
                break;
            }
            k += 1;
        } else {
            match s[k..].chars().next() {
                Some(c) if !c.is_alphanumeric() => k += c.len_utf8(),
                _ => break,
            }
        }
    }
    let w2 = word_end(s, k);
    (w1, (k > w1 && w2 > k).then_some(w2))
}

/// Whether the name on the data line at byte `at` has `key`: it starts with the key, the
/// key's last word ends there, and a key of one word is the name's only word ("Calif" for
/// Calif., not for Calif City).
fn has_key(at: usize, key: &str, one_word: bool) -> bool {
    let b = DATA.as_bytes();
    let name = &b[at + 2..];
    if !name.starts_with(key.as_bytes()) {
        return false;
    }
    let rest = &name[key.len()..];
    let word_goes_on = rest.first().is_some_and(|&c| {
        c.is_ascii_alphanumeric() || (c >= 0x80 && starts_alnum(&DATA[at + 2 + key.len()..]))
    });
    if word_goes_on {
        return false;
    }
    // No later word.
    !one_word || {
        let rest = &DATA[at + 2 + key.len()..];
        let rest = &rest[..memchr::memchr(b'\t', rest.as_bytes()).unwrap_or(rest.len())];
        !rest.chars().any(char::is_alphanumeric)
    }
}

/// Where the run of data lines whose names have `key` begins.
fn run_of(key: &str, one_word: bool) -> Option<usize> {
    let slots = INDEX.len() / 4;
    let mut i = home_slot(key.as_bytes());
    loop {
        let off = u32::from_le_bytes([
            INDEX[4 * i],
            INDEX[4 * i + 1],
            INDEX[4 * i + 2],
            INDEX[4 * i + 3],
        ]);
        if off == u32::MAX {
            return None;
        }
        if has_key(off as usize, key, one_word) {
            return Some(off as usize);
        }
        i = (i + 1) % slots;
    }
}

/// The longest name that occurs in `text` at `at`, a word start; with the name's end.
/// Names of two or more words are found by their first two, single words by themselves,
/// so a run holds few names.
fn match_at(text: &str, at: usize) -> Option<(Entry, usize)> {
    match_word(text, at, word_end(text, at))
}

/// [`match_at`] where the first word ends at `w1`.
fn match_word(text: &str, at: usize, w1: usize) -> Option<(Entry, usize)> {
    if !may_start(&text.as_bytes()[at..w1]) {
        return None;
    }
    let (w1, w2) = second_word_end(text, w1);
    let (b, hay) = (DATA.as_bytes(), &text.as_bytes()[at..]);
    for (end, one_word) in [(w2, false), (Some(w1), true)] {
        let Some(end) = end else {
            continue;
        };
        let key = &text[at..end];
        let Some(mut line) = run_of(key, one_word) else {
            continue;
        };
        loop {
            // The name runs from the line's third byte to the next tab.
            let mut i = line + 2;
            let mut j = 0;
            while b[i] != b'\t' && j < hay.len() && b[i] == hay[j] {
                i += 1;
                j += 1;
            }
            let nl = i + memchr::memchr(b'\n', &b[i..])?;
            if b[i] == b'\t' && !starts_alnum(&text[at + j..]) {
                return Some((Entry::parse(&DATA[line..nl]), at + j));
            }
            line = nl + 1;
            if line + 2 >= b.len() || !has_key(line, key, one_word) {
                break;
            }
        }
    }
    None
}

/// The end of the word (a run of letters and digits) that starts at `at`.
fn word_end(s: &str, at: usize) -> usize {
    let b = s.as_bytes();
    let mut i = at;
    while i < b.len() {
        if b[i].is_ascii_alphanumeric() {
            i += 1;
        } else if b[i] < 0x80 {
            break;
        } else {
            match s[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn starts_alnum(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_alphanumeric)
}

fn ends_alnum(s: &str) -> bool {
    s.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// The word before byte `at` across one space (or none), with its start.
fn word_before(text: &str, at: usize) -> Option<(&str, usize)> {
    let head = text[..at].strip_suffix(' ')?;
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)?;
    Some((&head[start..], start))
}

/// The next words after byte `at`, each after one space, up to `n`, stopping at punctuation.
fn words_after(text: &str, at: usize, n: usize) -> impl Iterator<Item = &str> {
    let mut rest = &text[at..];
    std::iter::from_fn(move || {
        let r = rest.strip_prefix(' ')?;
        let end = word_end(r, 0);
        if end == 0 {
            return None;
        }
        rest = &r[end..];
        Some(&r[..end])
    })
    .take(n)
}

fn capitalised(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

/// Words before a place that say where something is.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "across",
    "throughout",
    "around",
    "outside",
    "including",
    "between",
    "within",
    "inside",
];

/// Small words that may stand capitalised before a place without being part of its name.
const FUNCTION_WORDS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "across",
    "the",
    "its",
    "their",
    "and",
    "of",
    "for",
    "to",
    "with",
    "by",
    "on",
    "as",
    "outside",
    "throughout",
    "around",
    "including",
    "between",
    "than",
    "both",
    "into",
    "while",
    "but",
    "or",
    "also",
    "a",
    "an",
    "all",
    "his",
    "her",
    "our",
    "where",
    "when",
    "after",
    "before",
    "over",
    "under",
    "close",
    "closes",
    "closing",
];

/// Words after a town that make it the place of a site: the workplaces of
/// [`crate::lexicon::WORKPLACES`] and these ("its Lordstown plant", "the Ruston area glass
/// plant", "the Melbourne suburb of").
const SITE_WORDS: &[&str] = &[
    "site",
    "sites",
    "hub",
    "operations",
    "hq",
    "location",
    "locations",
    "area",
    "region",
    "suburb",
    "assembly",
    "terminal",
    "yard",
];

/// Sites that keep a capitalised name of their town's as a site's, not a firm's: "the
/// Lordstown Assembly", "the Kokomo Plant". (A hospital, clinic or hotel so named is an
/// employer: "Lakeside Hospital", "Cleveland Clinic".)
const NAMED_SITES: &[&str] = &[
    "plant",
    "plants",
    "factory",
    "factories",
    "site",
    "sites",
    "office",
    "offices",
    "facility",
    "facilities",
    "store",
    "stores",
    "shop",
    "shops",
    "mill",
    "mills",
    "mine",
    "mines",
    "campus",
    "warehouse",
    "warehouses",
    "depot",
    "hub",
    "branch",
    "branches",
    "works",
    "steelworks",
    "operations",
    "headquarters",
    "hq",
    "location",
    "locations",
    "center",
    "centre",
    "area",
    "region",
    "suburb",
    "assembly",
    "refinery",
    "smelter",
    "terminal",
    "yard",
];

/// Whether `w` names a site: a workplace or a word of [`SITE_WORDS`].
fn site_word(w: &str) -> bool {
    site_words().contains_ascii_case(w)
}

static_set!(site_words, crate::lexicon::WORKPLACES, SITE_WORDS);

/// Capitalised words after a place that do not make it part of a longer name.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `text` opens with a ranking ("leading ed-tech startup", "second-biggest bank",
/// "most valuable company"): what follows a place's possessive when it ranks a firm.
fn ranks(text: &str) -> bool {
    text.split_whitespace().take(2).any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        is_any(w, RANKING) || w.split('-').skip(1).any(|part| is_any(part, RANKING))
    })
}

/// Words of growth before "in": "new stores in", "hiring in", "opening an office in".
const GROWTH: &[&str] = &[
    "new",
    "open",
    "opens",
    "opening",
    "opened",
    "hire",
    "hires",
    "hiring",
    "expand",
    "expands",
    "expanding",
    "expansion",
    "relocate",
    "relocating",
    "relocated",
    "move",
    "moving",
    "moved",
];

/// People who are based somewhere: "staff based in", "employees who are based in".
const PEOPLE: &[&str] = &[
    "staff",
    "employees",
    "employee",
    "workers",
    "worker",
    "people",
    "personnel",
    "who",
    "team",
    "teams",
    "roles",
    "jobs",
    "positions",
];

/// Words that rank a firm among others of its place.
const RANKING: &[&str] = &[
    "leading", "largest", "biggest", "top", "oldest", "most", "best", "main", "major", "premier",
    "dominant", "No",
];

/// Whether the words right `after` a place end in a firm or a sector: "tech sector",
/// "company", "tech firm". Only lower-case words, at most three, and none that names
/// people or sites.
fn describes_firm(after: &str) -> bool {
    if !after.starts_with(' ') {
        return false;
    }
    for w in words_after(after, 0, 3) {
        if capitalised(w) || is_any(w, PEOPLE) || site_word(w) {
            return false;
        }
        if is_any(w, FIRM_HEADS) {
            return true;
        }
    }
    false
}

/// Nouns that end a description of a firm or a sector.
const FIRM_HEADS: &[&str] = &[
    "company",
    "companies",
    "firm",
    "firms",
    "sector",
    "industry",
    "giant",
    "giants",
    "startup",
    "startups",
    "bank",
    "banks",
    "lender",
    "retailer",
    "carmaker",
    "automaker",
    "conglomerate",
    "unicorn",
    "unicorns",
];

/// Whether `after` a place says it is a head office: "-based".
fn based(after: &str) -> bool {
    after.starts_with("-based") || after.starts_with(" -based")
}

/// What joins the places of a list ("in Burnley, Leeds and Hull").
const LIST_JOINS: &[&str] = &[
    ", ",
    " and ",
    ", and ",
    " or ",
    ", or ",
    " as well as ",
    ", as well as ",
];

fn is_any(w: &str, list: &[&str]) -> bool {
    list.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Places named in `text`, in order, without repeats, except headquarters
/// ("San Francisco-based"), places inside a longer name ("U.S. Steel", "Bank of America")
/// and towns not used as places (see the module's note). A town with its state is one
/// place ("Warren, Mich."), and so is an unlisted town with its state after "in" or "at"
/// ("in Greencastle, Ind.").
pub fn find(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out: Vec<String> = Vec::new();
    // Where the last place taken ends: a list goes on from there ("in Burnley and Leeds").
    let mut last_end: Option<usize> = None;
    // Where the last unlisted town of a site ends: only such a list goes on with more
    // unlisted names ("in Tullamarine and Chullora"; not "in Ohio and Globex cut ...").
    let mut town_end: Option<usize> = None;
    let mut at = 0;
    while at < b.len() {
        // Names start with a capital: on to the next one in a single scan.
        match first_capital(&b[at..]) {
            Some(k) => at += k,
            None => break,
        }
        if ends_alnum(&text[..at]) {
            at += 1;
            continue;
        }
        let w1 = word_end(text, at);
        if let Some(end) = irish_county(text, at, w1) {
            let county = text[at..end].to_string();
            if !out.contains(&county) {
                out.push(county);
            }
            last_end = Some(end);
            at = end;
            continue;
        }
        let listed = match_word(text, at, w1).or_else(|| toponym_at(text, at, w1));
        if let Some((e, end)) = &listed {
            if let Some((place, place_end)) = judge(text, e, at, *end, last_end) {
                if !out.iter().any(|o| o.contains(place.as_str())) {
                    out.push(place);
                }
                last_end = Some(place_end);
                at = place_end;
                continue;
            }
        }
        // Leftmost-longest: a name judged no place still hides the names inside it, but
        // it may open a longer unlisted town ("the mill at Clay Cross").
        let next = listed.map(|(_, end)| end);
        if let Some(end) =
            site_town(text, at, w1, town_end, last_end).filter(|&e| next.is_none_or(|n| e > n))
        {
            let town = text[at..end].to_string();
            if !out.contains(&town) {
                out.push(town);
            }
            last_end = Some(end);
            town_end = Some(end);
            at = end;
            continue;
        }
        match next {
            Some(n) => at = n,
            None => {
                if let Some(country) = owned_demonym(text, at, w1) {
                    if !out.iter().any(|o| o == country) {
                        out.push(country.to_string());
                    }
                }
                at = w1.max(at + 1);
            }
        }
    }
    out
}

/// The offset of the first ASCII capital in `b`, as `position(u8::is_ascii_uppercase)`
/// finds it, eight bytes at a time: the text between names is mostly lower case, and
/// `find` scans all of a claim's evidence.
fn first_capital(b: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Per byte, on its low seven bits (no sum carries out of its byte): the high bit
        // of `low + 0x3f` is set from 'A' up, that of `low + 0x25` from '[' up; a byte
        // with its own high bit set (non-ASCII) is no capital.
        let low = x & !HIGH;
        let capitals = (low + 0x3f * ONES) & !(low + 0x25 * ONES) & !x & HIGH;
        if capitals != 0 {
            return Some(at + (capitals.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(u8::is_ascii_uppercase)
        .map(|k| at + k)
}

/// "in Co Cork", "near Co. Kildare": an Irish county written with "Co", after a word
/// that places it. Returns where the county's name ends. (A near miss: "Globex Co Cork
/// office" has no such word before it.)
fn irish_county(text: &str, at: usize, w1: usize) -> Option<usize> {
    if &text[at..w1] != "Co" {
        return None;
    }
    let placed = word_before(text, at).is_some_and(|(w, _)| is_any(w, LOCATIVE));
    let name_at = if text[w1..].starts_with(". ") {
        w1 + 2
    } else if text[w1..].starts_with(' ') {
        w1 + 1
    } else {
        return None;
    };
    let end = word_end(text, name_at);
    (placed && end > name_at && is_listed_even_as_word(&text[name_at..end])).then_some(end)
}

/// An unlisted town that its context names as the place of a site: "its plants in
/// Tullamarine and Chullora", "the Melbourne suburb of Tullamarine", "the mill at Clay
/// Cross". One or two capitalised words of letters, not a month or a weekday, and not
/// followed by another capitalised word or a possessive (a near miss: "its offices in
/// Acme's building", "stores in December"). Returns where the town ends.
fn site_town(
    text: &str,
    at: usize,
    w1: usize,
    last_end: Option<usize>,
    place_end: Option<usize>,
) -> Option<usize> {
    // "... in Tullamarine and Chullora": a list goes on from the last place.
    let joined = |p: usize| p <= at && LIST_JOINS.contains(&&text[p..at]);
    let after_town = last_end.is_some_and(joined);
    // A list that a listed town opened ("in Ashburton, Hornby and Putaruru") goes on with
    // names that end an item of it: a comma, "and", "or" or the end of the sentence
    // follows. (A near miss: "in Leeds and Initech cut 200" goes on with a verb.)
    let after_place = !after_town && place_end.is_some_and(joined);
    let listed = after_town || after_place;
    // After a comma a list goes on with no preposition before the name.
    let (prep, prep_at) = match word_before(text, at) {
        Some(w) => w,
        None if listed => ("", at),
        None => return None,
    };
    if !listed && !is_any(prep, &["in", "at", "near", "of"]) {
        return None;
    }
    let shaped = |w: &str, min: usize| {
        w.len() >= min
            && w.as_bytes()[0].is_ascii_uppercase()
            && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
            && !CALENDAR.contains(&w)
            && !is_any(w, FUNCTION_WORDS)
    };
    let plain = |w: &str| shaped(w, 3);
    let second = words_after(text, w1, 1).next().filter(|w| plain(w));
    // A short first word opens a two-word name: "Te Aroha", "La Crosse".
    let first = &text[at..w1];
    if !(plain(first) || second.is_some() && shaped(first, 2)) {
        return None;
    }
    // A second word of the name ("Clay Cross", "Grange Castle").
    let mut end = w1;
    if let Some(w2) = second {
        end = w1 + 1 + w2.len();
    }
    let after = &text[end..];
    if words_after(text, end, 1).next().is_some_and(capitalised)
        || ["'s", "’s", "'", "’"].iter().any(|p| after.starts_with(p))
        || after.starts_with('-')
    {
        return None;
    }
    if after_place && !ends_an_item(&text[end..]) {
        return None;
    }
    let sited = word_before(text, prep_at).is_some_and(|(w, _)| {
        is_any(prep, &["in", "at", "near"])
            && site_word(w)
            && !is_any(w, &["headquarters", "hq", "area", "region", "operations"])
            || prep == "of" && is_any(w, &["suburb", "town", "village", "hamlet", "borough"])
    });
    // "plans new stores in Tullamarine": where a firm grows, not where it cuts.
    ((listed || sited) && !grows_before(text, prep_at)).then_some(end)
}

/// Whether a list goes on after an item: ", Rangiora", " and Putaruru".
fn goes_on_listing(after: &str) -> bool {
    [", ", " and ", ", and "].iter().any(|j| {
        after
            .strip_prefix(j)
            .is_some_and(|r| r.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
    })
}

/// Whether the text after a list item ends it: punctuation that ends a clause or an
/// item, or "and" / "or" and another capitalised word.
fn ends_an_item(after: &str) -> bool {
    let rest = after.trim_start_matches(' ');
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ')'])
        || ["and ", "or "].iter().any(|j| {
            rest.strip_prefix(j)
                .is_some_and(|r| r.as_bytes().first().is_some_and(u8::is_ascii_uppercase))
        })
}

/// A word of growth among the three words before byte `at` ("plans new stores in",
/// "hiring in").
fn grows_before(text: &str, mut at: usize) -> bool {
    for _ in 0..3 {
        let Some((w, w_at)) = word_before(text, at) else {
            break;
        };
        if is_any(w, GROWTH) {
            return true;
        }
        at = w_at;
    }
    false
}

/// Country adjectives and their countries (`data/demonyms.tsv`, from a public list).
const DEMONYMS: &str = include_str!("../data/demonyms.tsv");

/// Whether `word` is a country's adjective ("American", "German").
pub fn is_demonym(word: &str) -> bool {
    demonyms().contains_key(word)
}

fn demonyms() -> &'static crate::wordset::FxMap<&'static str, &'static str> {
    static MAP: std::sync::OnceLock<crate::wordset::FxMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        DEMONYMS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    })
}

/// Parts of a firm that a country's adjective may place: "its German power-trading
/// business", "their Israeli offices" (sites are `SITE_WORDS`).
const FIRM_PARTS: &[&str] = &[
    "business",
    "businesses",
    "unit",
    "units",
    "division",
    "divisions",
    "arm",
    "subsidiary",
    "subsidiaries",
    "operation",
    "workforce",
    "staff",
    "employees",
    "workers",
    "team",
    "teams",
    "market",
];

/// "at its German power-trading business", "shuttered their Israeli offices": a country's
/// adjective after an owner's "its" or "their", before one of its sites or parts within
/// four words, names the country the cuts are in. (Near misses: "German carmaker
/// Volkswagen" has no owner; "its German rival" names no site or part.)
fn owned_demonym(text: &str, at: usize, end: usize) -> Option<&'static str> {
    let country = *demonyms().get(&text[at..end])?;
    let (owner, _) = word_before(text, at)?;
    if !is_any(owner, &["its", "their", "our"]) {
        return None;
    }
    let rest = &text[end..];
    let clause = &rest[..rest.find([',', '.', ';', ':', '(']).unwrap_or(rest.len())];
    clause
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| site_word(w) || is_any(w, FIRM_PARTS))
        .then_some(country)
}

/// Endings of English place names ("Lordstown", "Jacksonville", "Harrisburg",
/// "Greensboro"): a word so made is a town, listed or not.
const TOPONYM_ENDINGS: &[&str] = &["town", "ville", "burg", "burgh", "borough", "boro"];

/// Whether `word` is one capitalised word with a place name's ending and a stem of three
/// letters or more before it.
fn toponym(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && TOPONYM_ENDINGS
            .iter()
            .any(|e| word.len() >= e.len() + 3 && word.ends_with(e))
}

/// An unlisted town at `at` named by its ending ("in Lordstown"), as a town entry that
/// still needs a place context.
fn toponym_at(text: &str, at: usize, end: usize) -> Option<(Entry, usize)> {
    // "Downtown Seattle", "Motown Records": a word of a longer name.
    (toponym(&text[at..end]) && !words_after(text, end, 1).next().is_some_and(capitalised))
        .then_some((
            Entry {
                name: "",
                kind: Kind::Town,
                word: false,
                major: false,
            },
            end,
        ))
}

/// Whether the name `e` found at `start..end` is a place here: the text to report and
/// where it ends (past a state written after a town).
fn judge(
    text: &str,
    e: &Entry,
    start: usize,
    end: usize,
    last_end: Option<usize>,
) -> Option<(String, usize)> {
    let after = &text[end..];
    // "non-UK employees": the place is excluded, not named.
    let lead = &text.as_bytes()[..start];
    let ends_with =
        |w: &[u8]| lead.len() >= w.len() && lead[lead.len() - w.len()..].eq_ignore_ascii_case(w);
    if ends_with(b"non-") || ends_with(b"non ") || ends_with(b"outside the ") {
        return None;
    }
    // "the Russia-Ukraine war", "US-China tensions": the second of two names joined by a
    // hyphen qualifies a noun, like the first. (A near miss: "Winston-Salem" is one
    // listed name, matched whole at its first word.)
    if lead.last() == Some(&b'-') && ends_alnum(&text[..start - 1]) {
        return None;
    }
    // "San Francisco-based": the head office. "Mercedes-Benz", "UK-listed": part of a word.
    // "the Detroit-area plant" places the town.
    let mut area = false;
    if let Some(rest) = after.strip_prefix('-').or_else(|| after.strip_prefix(" -")) {
        area = is_any(&rest[..word_end(rest, 0)], &["area", "region"]);
        if !area {
            return None;
        }
    }
    // A state after a town ("Lockport, N.Y."): an unlisted town. An abbreviation is no
    // place alone; a state after a comma that ends no list may still be one.
    if e.abbreviation() {
        return town_before_state(text, start, end);
    }
    let list_at = |p: usize| p <= start && LIST_JOINS.contains(&&text[p..start]);
    let in_list = last_end.is_some_and(list_at);
    if e.kind == Kind::State && text[..start].ends_with(", ") && !in_list {
        if let Some(town) = town_before_state(text, start, end) {
            return Some(town);
        }
    }
    let before = word_before(text, start);
    // "Elizabeth Warren", "Eastern Niagara": a capitalised word before is part of the name.
    // But "the General Motors Lordstown plant" names a site of the firm.
    if let Some((w, _)) = before {
        let site_next = words_after(text, end, 1)
            .next()
            .is_some_and(|n| !capitalised(n) && site_word(n));
        if capitalised(w) && !is_any(w, FUNCTION_WORDS) && !site_next {
            return None;
        }
    }
    // "Bank of America", "University of Michigan": a name with "of".
    if let Some(("of", of_at)) = before {
        if word_before(text, of_at).is_some_and(|(w, _)| capitalised(w)) {
            return None;
        }
    }
    // "its Lordstown plant", "Columbus' Panasonic plant": a site word within three words.
    let site_after = || {
        let skip = ["'s", "’s", "'", "’"]
            .iter()
            .find(|p| after.starts_with(*p) && !starts_alnum(&after[p.len()..]))
            .map_or(0, |p| p.len());
        words_after(text, end + skip, 3).any(site_word)
    };
    // "Detroit Medical Center", "U.S. Steel": a capitalised word after is part of the name,
    // unless it is a date, another place or a site ("Lordstown Assembly"). A place that
    // is also an English word is no other place here: "Newcastle University".
    if let Some(w) = words_after(text, end, 1).next() {
        if capitalised(w)
            && !CALENDAR.contains(&w)
            && !is_any(w, NAMED_SITES)
            && match_at(text, end + 1).is_none_or(|(next, _)| next.word)
        {
            return None;
        }
    }
    // "Children's Minnesota": a possessive before makes a name, unless a site follows
    // ("Ford's Cologne plant").
    let possessed = ["'s ", "’s ", "s' ", "s’ "]
        .iter()
        .any(|p| text[..start].ends_with(p));
    if possessed && !site_after() {
        return None;
    }
    // "Warren, Mich.", "Oshawa, Ontario": a town with its state is one place.
    // Not when a division is an item of a list of towns ("Hastings, Cambridge, Rangiora").
    let with_state = after.strip_prefix(", ").and_then(|rest| {
        match_at(text, end + 2)
            .filter(|(st, st_end)| {
                matches!(
                    st.kind,
                    Kind::State | Kind::Country | Kind::Alias | Kind::Division
                ) && !st.word
                    && rest.len() >= st.name.len()
                    && !(st.kind == Kind::Division && goes_on_listing(&text[*st_end..]))
            })
            .map(|(_, st_end)| st_end)
    });
    // "the Arlington, Virginia-based company": the head office.
    if with_state.is_some_and(|st_end| based(&text[st_end..])) {
        return None;
    }
    // "a health system based in Indianapolis", "headquartered in Ohio": the head office.
    // But "staff based in the United States" are the people cut there.
    if let Some((_, w_at)) = before.filter(|(w, _)| is_any(w, &["in", "at"])) {
        if let Some((_, b_at)) =
            word_before(text, w_at).filter(|(b, _)| is_any(b, &["based", "headquartered"]))
        {
            let mut people = false;
            let mut at = b_at;
            for _ in 0..3 {
                let Some((w, w_at)) = word_before(text, at) else {
                    break;
                };
                people |= is_any(w, PEOPLE);
                at = w_at;
            }
            if !people {
                return None;
            }
        }
    }
    // "plans new stores in Auckland", "hiring in Austin": where a firm grows, not cuts.
    if let Some((_, w_at)) = before.filter(|(w, _)| is_any(w, LOCATIVE)) {
        if grows_before(text, w_at) {
            return None;
        }
    }
    // "the US tech sector", "a U.S. company", "Singapore tech firm": a place that
    // describes a firm or a sector, not where it cuts. (A near miss: "1,000 UK retail
    // banking jobs" counts people there, and "its UK offices" are sites.)
    if describes_firm(&text[end..]) {
        return None;
    }
    // "India's leading ed-tech startup", "Germany's second-biggest bank": a place that
    // ranks the firm, not where it cuts.
    let owner = ["'s ", "’s "].iter().find_map(|p| after.strip_prefix(p));
    if owner.is_some_and(ranks) {
        return None;
    }
    // A name that is also an English word ("Meta", a Colombian department) needs a
    // preposition of place: "including Meta, Amazon and Twitter" lists firms.
    let locative = before.is_some_and(|(w, _)| {
        is_any(w, LOCATIVE) && !(e.word && is_any(w, &["including", "between", "around"]))
    });
    let needs_context = matches!(e.kind, Kind::Town | Kind::Division) || e.word;
    if needs_context {
        let plain = locative || in_list || with_state.is_some();
        if !(plain || (!e.word && (area || site_after()))) {
            return None;
        }
    }
    match with_state {
        Some(st_end) if e.kind == Kind::Town => Some((text[start..st_end].to_string(), st_end)),
        _ => Some((text[start..end].to_string(), end)),
    }
}

/// An unlisted town before the state at `start..end` ("in Greencastle, Ind."): one to
/// three capitalised words after a word that places them ("in", "at", "near", "its").
fn town_before_state(text: &str, start: usize, end: usize) -> Option<(String, usize)> {
    let head = text[..start].strip_suffix(", ")?;
    let mut town_start = head.len();
    let mut words = 0;
    let mut lead: Option<&str> = None;
    while let Some((w, ws)) = word_before(text, town_start).or_else(|| {
        // The last word of the town touches the comma.
        (town_start == head.len()).then(|| {
            let s = head
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphanumeric())
                .last()
                .map(|(i, _)| i)?;
            Some((&head[s..], s))
        })?
    }) {
        if capitalised(w) && !is_any(w, FUNCTION_WORDS) && words < 3 {
            town_start = ws;
            words += 1;
        } else {
            lead = Some(w);
            break;
        }
    }
    let placed = lead.is_some_and(|w| is_any(w, LOCATIVE) || is_any(w, &["its", "their"]));
    (words > 0 && placed && !based(&text[end..])).then(|| (text[town_start..end].to_string(), end))
}

/// Whether `name` (as written) is a known place rather than a firm: a country, a US,
/// Canadian or Australian state, a region or a town known across languages ("Seattle"),
/// unless the name is also an English word. Other towns and divisions are as likely
/// firms' names ("Sabadell", "Oyo": a town and a Nigerian state), so they are not.
pub fn is_place(name: &str) -> bool {
    let name = name.trim_end_matches('.');
    if toponym(name) {
        return true;
    }
    // "DETROIT (AP)": a name in capitals is the place written so.
    known(name)
        || (name.len() > 1 && !name.chars().any(char::is_lowercase) && known(&title_case(name)))
}

/// Whether `name` is any listed place, towns and divisions of every size included, and not
/// an English word: for a name that the sentence already puts in a place's position ("near
/// Middlesbrough", "Scunthorpe plant"), where [`is_place`] alone is too strict.
pub fn is_listed(name: &str) -> bool {
    listed(name, true)
}

/// Whether `name` is a listed place that [`is_place`] takes for one.
fn known(name: &str) -> bool {
    listed(name, false)
}

/// Whether `name` is any listed place, English words ("Cork", "Reading") included: for
/// a name whose context already makes it a place ("Cork pharma firm").
pub fn is_listed_even_as_word(name: &str) -> bool {
    listed_as(name, true, true)
}

fn listed(name: &str, any_size: bool) -> bool {
    listed_as(name, any_size, false)
}

fn listed_as(name: &str, any_size: bool, words: bool) -> bool {
    entry(name).is_some_and(|e| {
        (words || !e.word)
            && match e.kind {
                Kind::Town | Kind::Division => any_size || e.major,
                _ => true,
            }
    })
}

/// Whether `name`, in any case (a wire's dateline writes it in capitals: "WELLINGTON",
/// "NEW YORK"), is any listed place, English words included, once title-cased: for a
/// name whose position already makes it a place.
pub fn is_listed_in_capitals(name: &str) -> bool {
    is_listed_even_as_word(&title_case(name))
}

/// Whether `name`, written in capitals, is a listed place that is also an English word
/// once title-cased ("UPLAND", "READING"): no acronym, which firms write in capitals.
pub fn is_word_place_in_capitals(name: &str) -> bool {
    entry(&title_case(name)).is_some_and(|e| e.word)
}

/// Whether `name` is a listed country, a short form of one or a region of countries
/// ("Spain", "U.S.", "Southeast Asia"): a market a firm may leave.
pub fn is_country(name: &str) -> bool {
    entry(name).is_some_and(|e| matches!(e.kind, Kind::Country | Kind::Alias | Kind::Region))
}

/// Whether `name` is a listed place larger than a town (a country, a region, a state or
/// province, a county): "the Lordstown plant in Ohio" names the town before the site.
pub fn is_above_a_town(name: &str) -> bool {
    entry(name).is_some_and(|e| e.kind != Kind::Town)
}

/// The gazetteer's entry named exactly `name`.
fn entry(name: &str) -> Option<Entry> {
    let w1 = word_end(name, 0);
    if w1 == 0 || !may_start(&name.as_bytes()[..w1]) {
        return None;
    }
    // (`key_ends` from the first word's end already found.)
    let (_, w2) = second_word_end(name, w1);
    let key = &name[..w2.unwrap_or(w1)];
    let mut line = run_of(key, w2.is_none())?;
    loop {
        let nl = line + memchr::memchr(b'\n', &DATA.as_bytes()[line..]).unwrap_or(0);
        let e = Entry::parse(&DATA[line..nl]);
        if e.name.trim_end_matches('.') == name {
            return Some(e);
        }
        line = nl + 1;
        if line + 2 >= DATA.len() || !has_key(line, key, w2.is_none()) {
            return None;
        }
    }
}

/// "NEW YORK" → "New York".
pub fn title_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// States, provinces and nations written after a town ("Toledo, Ohio", "Lockport, N.Y.",
/// "Motherwell, Scotland"): those of the United States, Canada, Australia, the United
/// Kingdom and India, and AP's abbreviations of US states.
pub static STATES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    memchr::memmem::find_iter(DATA.as_bytes(), b"\nS\t")
        .map(|nl| {
            let end = nl + 1 + memchr::memchr(b'\n', &DATA.as_bytes()[nl + 1..]).unwrap_or(0);
            Entry::parse(&DATA[nl + 1..end]).name
        })
        .collect()
});

#[cfg(test)]
mod tests {
    use super::{find, first_capital};

    #[test]
    fn first_capital_is_that_of_a_byte_scan() {
        let texts = [
            "",
            "a",
            "Z",
            "@[`{ azAZ",
            "plain lower-case text, then Cork",
            "ünïcödé ÀÉÎ and then, past eight bytes, X",
            "\u{7f}\u{80}\u{ff}@@@@@@@@[[[[[[[[````````{{{{{{{{ Q",
            "twelve bytes of lower case and no capital at all, anywhere",
        ];
        for text in texts {
            let b = text.as_bytes();
            for from in 0..=b.len() {
                assert_eq!(
                    first_capital(&b[from..]),
                    b[from..].iter().position(u8::is_ascii_uppercase),
                    "{text:?} from {from}"
                );
            }
        }
        // Every byte value, at every position of a chunk.
        for v in 0..=255u8 {
            for k in 0..16 {
                let mut b = vec![b'a'; 16];
                b[k] = v;
                assert_eq!(
                    first_capital(&b),
                    b.iter().position(u8::is_ascii_uppercase),
                    "{v} at {k}"
                );
            }
        }
    }

    fn found(text: &str) -> Vec<String> {
        find(text)
    }

    #[test]
    fn countries_states_and_regions_count_anywhere() {
        assert_eq!(
            found("The bank will cut 900 jobs in Germany and 300 across Europe."),
            ["Germany", "Europe"]
        );
        assert_eq!(found("Ohio workers were told on Monday."), ["Ohio"]);
        assert_eq!(found("U.K. staff and Bavaria plants"), ["U.K.", "Bavaria"]);
        assert_eq!(found("It shut its Queensland mine."), ["Queensland"]);
    }

    #[test]
    fn towns_need_a_place_context() {
        assert_eq!(found("The mill in Kokomo will close."), ["Kokomo"]);
        assert_eq!(found("It will close its Oshawa plant."), ["Oshawa"]);
        assert_eq!(found("The Tamworth office closes."), ["Tamworth"]);
        assert_eq!(found("Kokomo's Panasonic plant"), ["Kokomo"]);
        assert_eq!(found("cuts in Frankfurt by 2017"), ["Frankfurt"]);
        // Near miss: a month is no place, though a town is named so.
        assert!(found("said in March that").is_empty());
        // Near misses: a town's name as a subject or a surname.
        assert!(found("Sabadell said it would cut 500 jobs.").is_empty());
        assert!(found("Kokomo said nothing.").is_empty());
    }

    #[test]
    fn unlisted_towns_where_a_site_is() {
        assert_eq!(
            found("It will close its plants in Tullamarine and Chullora."),
            ["Tullamarine", "Chullora"]
        );
        assert_eq!(found("the mill at Clay Cross will shut"), ["Clay Cross"]);
        // A list a listed town opens goes on with unlisted towns that end an item.
        assert_eq!(
            found("The affected stores are in Ashburton, Hornby, Hastings, Cambridge, Rangiora, Te Awamutu, and Putaruru."),
            ["Ashburton", "Hornby", "Hastings", "Cambridge", "Rangiora", "Te Awamutu", "Putaruru"]
        );
        assert_eq!(
            found("Acme cut jobs at its plant in Leeds and Initech cut 200 in Hull."),
            ["Leeds", "Hull"]
        );
        assert_eq!(
            found("closed three stores at Waikanae, Paeroa and Te Aroha last year"),
            ["Waikanae", "Paeroa", "Te Aroha"]
        );
        assert_eq!(
            found("closed three stores at Te Aroha, Waikanae, and Paeroa last year"),
            ["Te Aroha", "Waikanae", "Paeroa"]
        );
        assert_eq!(
            found("presses in the Melbourne suburb of Chullora"),
            ["Melbourne", "Chullora"]
        );
        // Near misses: a month, a firm's building, a capitalised run that goes on.
        assert!(found("It will close its stores in December.").is_empty());
        assert!(found("It will close its offices in Globex's tower.").is_empty());
        assert!(found("It will close its offices in Globex Tower Plaza.").is_empty());
        // Jobs are no site: "jobs at Globex" names an employer.
        assert!(found("It cut 300 jobs at Globex.").is_empty());
        // A list of listed places does not go on with an unlisted name.
        assert_eq!(
            found("Acme cut jobs at its plant in Ohio and Initech cut 200 in Texas."),
            ["Ohio", "Texas"]
        );
    }

    #[test]
    fn unlisted_towns_by_their_ending() {
        assert_eq!(
            found("closure, including in Lordstown, as it"),
            ["Lordstown"]
        );
        assert_eq!(found("its Smithville plant"), ["Smithville"]);
        assert!(super::is_place("Lordstown"));
        // Near misses: no place context, a word of a longer name, a short stem.
        assert!(found("Lordstown said").is_empty());
        assert!(found("in Downtown Seattle").is_empty());
        assert!(found("at Motown Records").is_empty());
        assert!(!super::is_place("Uptown"));
    }

    #[test]
    fn towns_that_are_words_need_in_or_a_state() {
        assert_eq!(found("staff in Reading were told"), ["Reading"]);
        assert_eq!(found("a plant in Mobile, Alabama"), ["Mobile, Alabama"]);
        // Near misses: the word, capitalised, before a site word or opening a sentence.
        assert!(found("The Mobile office will shrink.").is_empty());
        assert!(found("Reading the memo, staff were told.").is_empty());
    }

    #[test]
    fn a_town_with_its_state_is_one_place() {
        assert_eq!(
            found("factories in Warren, Mich., as well as Baltimore."),
            ["Warren, Mich.", "Baltimore"]
        );
        assert_eq!(
            found("plants in Detroit and Oshawa, Ontario."),
            ["Detroit", "Oshawa, Ontario"]
        );
        // A town not in the gazetteer, placed by "in" and its state.
        assert_eq!(
            found("a hospital in Smallville, Ind., cut 40 jobs"),
            ["Smallville, Ind."]
        );
        // Near miss: a state abbreviation alone, or a name before it that nothing places.
        assert!(found("Sen. Smith, Ind., said so.").is_empty());
        assert!(found("the Ind. team").is_empty());
    }

    #[test]
    fn lists_carry_the_place_context() {
        assert_eq!(
            found("stores in Hastings, Burnley and Kokomo closed"),
            ["Hastings", "Burnley", "Kokomo"]
        );
        assert_eq!(
            found("in Michigan, Ohio and Indiana"),
            ["Michigan", "Ohio", "Indiana"]
        );
        // Near miss: a town after a list of firms.
        assert!(found("at Google, Meta and Kokomo Inc").is_empty());
    }

    #[test]
    fn names_inside_longer_names_are_not_places() {
        assert!(found("The Los Angeles Times cut staff.").is_empty());
        assert!(found("Bank of America cut staff.").is_empty());
        assert!(found("U.S. Steel cut staff.").is_empty());
        assert!(found("Children's Minnesota cut staff.").is_empty());
        assert!(found("Sen. Elizabeth Warren said").is_empty());
        // "University" is also a town's name, but an English word: no place after a town.
        assert!(found("Staff at Newcastle University were told").is_empty());
        assert_eq!(found("will cut jobs in Co Cork by up to 90"), ["Co Cork"]);
        assert_eq!(found("its plant near Co. Kildare"), ["Co. Kildare"]);
        assert!(found("Globex Co Cork office").is_empty());
        // Near miss: the town alone is a place.
        assert_eq!(found("Staff in Newcastle were told"), ["Newcastle"]);
        assert_eq!(
            found("inside the General Motors Lordstown plant"),
            ["Lordstown"]
        );
        assert_eq!(
            found("Ford's Saarlouis plant and the U.S. in May"),
            ["Saarlouis", "U.S."]
        );
    }

    #[test]
    fn a_place_that_ranks_the_firm_is_not_where_it_cuts() {
        assert!(found("Byju's, India's leading ed-tech startup, cut jobs").is_empty());
        assert!(found("Germany's second-biggest bank is cutting").is_empty());
        assert!(found("Europe’s largest investment bank").is_empty());
        // Near miss: a possessive that does not rank.
        assert_eq!(found("layoffs rock Israel's tech scene"), ["Israel"]);
    }

    #[test]
    fn where_a_firm_grows_is_not_where_it_cuts() {
        assert!(found("but plans new stores in Auckland and Queenstown").is_empty());
        assert!(found("it is still hiring in Texas").is_empty());
        // Near miss: growth words further back do not count.
        assert_eq!(
            found("after a hiring spree, it cut 300 jobs in Texas"),
            ["Texas"]
        );
    }

    #[test]
    fn headquarters_are_not_affected_places() {
        assert!(found("The San Francisco-based firm cut 200 jobs.").is_empty());
        assert!(found("The U.S.-based firm cut 200 jobs.").is_empty());
        assert_eq!(found("jobs in the Detroit-area plant"), ["Detroit"]);
        assert!(found("the Arlington, Virginia-based firm").is_empty());
        assert!(found("a health system based in Indianapolis cut 90 jobs").is_empty());
        assert!(found("The firm, headquartered in Ohio, cut jobs.").is_empty());
        // Near miss: staff based in a place are cut there.
        assert_eq!(
            found("cuts hit staff based in the United States"),
            ["United States"]
        );
        assert_eq!(found("employees who are based in Germany"), ["Germany"]);
        assert!(found("at its Greencastle, Ind.-based unit").is_empty());
    }

    /// No cut of a text with awkward bytes (non-ASCII letters, curly quotes, lone commas and
    /// state abbreviations) makes either function panic.
    #[test]
    fn any_cut_of_awkward_text_is_safe() {
        let text = "in São Paulo’s Zürich, N.Y.-based, Ind., Lordstown’ U.S.A \
                    Ééé, Ohio; at Kokomo- and Warren, Mich. «Québec» Dü";
        let cuts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                let _ = find(&text[a..b]);
                let _ = super::is_place(&text[a..b]);
            }
        }
    }

    #[test]
    fn knows_places_and_not_companies() {
        assert!(super::is_place("California"));
        assert!(super::is_place("U.S."));
        assert!(super::is_place("Queensland"));
        assert!(super::is_place("Tokyo"));
        assert!(super::is_place("Seattle"));
        assert!(super::is_place("DETROIT"));
        assert!(super::is_place("Calif"));
        assert!(super::is_place("Calif."));
        assert!(super::is_place("U.S"));
        assert!(super::is_place("New York"));
        assert!(!super::is_place("New"));
        assert!(!super::is_place("IT"));
        assert!(!super::is_place("Amazon"));
        // Near misses: towns named like firms, and towns that are words.
        assert!(!super::is_place("Sabadell"));
        assert!(!super::is_place("Phoenix"));
        assert!(!super::is_place("Oyo"));
    }

    #[test]
    fn states_are_those_written_after_towns() {
        for s in ["Ohio", "Ontario", "Queensland", "Calif.", "N.Y."] {
            assert!(super::STATES.contains(&s), "{s}");
        }
        assert!(!super::STATES.contains(&"Bavaria"));
    }

    /// The data lines are sorted by first word, and names that share one are longest
    /// first: the search relies on it.
    #[test]
    fn data_sorted_by_key_longest_first() {
        let data = super::DATA;
        let mut at = 0;
        while data[at..].starts_with('#') {
            at += data[at..].find('\n').unwrap() + 1;
        }
        let (mut lines, mut prev): (usize, Option<(&str, usize)>) = (0, None);
        while at < data.len() {
            let end = at + data[at..].find('\n').unwrap();
            let e = super::Entry::parse(&data[at..end]);
            let (w1, w2) = super::key_ends(e.name, 0);
            let key = &e.name[..w2.unwrap_or(w1)];
            assert!(super::has_key(at, key, w2.is_none()), "{key:?}");
            assert!(super::may_start(&key.as_bytes()[..w1]), "{key:?} gated");
            match prev {
                Some((p, len)) if p == key => assert!(len >= e.name.len(), "{key:?} run"),
                Some((p, _)) => {
                    assert!(p < key, "{p:?} before {key:?}");
                    assert_eq!(
                        super::run_of(key, w2.is_none()),
                        Some(at),
                        "{key:?} indexed"
                    );
                }
                None => assert_eq!(super::run_of(key, w2.is_none()), Some(at)),
            }
            prev = Some((key, e.name.len()));
            lines += 1;
            at = end + 1;
        }
        assert!(lines > 30_000);
        assert_eq!(super::run_of("Xyzzyville", true), None);
        assert!(super::may_start(b"Culver") && super::may_start(b"U"));
        // A one-word key is not the first word of a longer name.
        assert!(super::run_of("Kokomo", true).is_some());
        assert!(super::run_of("Culver", true).is_none());
    }
}
