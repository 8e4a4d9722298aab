//! Our own gazetteer of places: countries, US states, Canadian provinces, regions and
//! major cities. Used to tell places from organisations and to find affected locations.
//! Each entry is written as a reader would see it; matching is on whole token sequences.

/// Countries and country-like names, with common short forms.
pub const COUNTRIES: &[&str] = &[
    "United States",
    "U.S.",
    "US",
    "USA",
    "America",
    "United Kingdom",
    "U.K.",
    "UK",
    "Britain",
    "Great Britain",
    "England",
    "Scotland",
    "Wales",
    "Northern Ireland",
    "Ireland",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "Germany",
    "France",
    "Italy",
    "Spain",
    "Portugal",
    "Netherlands",
    "Belgium",
    "Luxembourg",
    "Switzerland",
    "Austria",
    "Poland",
    "Czech Republic",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Greece",
    "Turkey",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Iceland",
    "Estonia",
    "Latvia",
    "Lithuania",
    "Ukraine",
    "Russia",
    "Israel",
    "Egypt",
    "Nigeria",
    "Kenya",
    "South Africa",
    "Morocco",
    "Saudi Arabia",
    "United Arab Emirates",
    "UAE",
    "Qatar",
    "India",
    "Pakistan",
    "Bangladesh",
    "Sri Lanka",
    "China",
    "Hong Kong",
    "Taiwan",
    "Japan",
    "South Korea",
    "Korea",
    "Singapore",
    "Malaysia",
    "Indonesia",
    "Philippines",
    "Vietnam",
    "Thailand",
    "Australia",
    "New Zealand",
    "Europe",
    "Asia",
    "Africa",
    "Latin America",
    "North America",
    "South America",
    "Middle East",
    "EMEA",
    "APAC",
    "LATAM",
];

/// US states (with AP abbreviations) and Canadian provinces.
pub const STATES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Calif.",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Mich.",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "N.Y.",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Pa.",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    "Ontario",
    "Quebec",
    "British Columbia",
    "Alberta",
    "Manitoba",
    "Nova Scotia",
    "Bavaria",
];

/// Major cities, including those where big employers cut.
pub const CITIES: &[&str] = &[
    "New York City",
    "Los Angeles",
    "San Francisco",
    "San Jose",
    "San Diego",
    "Seattle",
    "Portland",
    "Chicago",
    "Boston",
    "Detroit",
    "Atlanta",
    "Austin",
    "Dallas",
    "Houston",
    "Denver",
    "Phoenix",
    "Miami",
    "Philadelphia",
    "Pittsburgh",
    "Baltimore",
    "Minneapolis",
    "Nashville",
    "Charlotte",
    "Raleigh",
    "Salt Lake City",
    "Las Vegas",
    "Washington, D.C.",
    "Mountain View",
    "Sunnyvale",
    "Palo Alto",
    "Menlo Park",
    "Cupertino",
    "Redmond",
    "Culver City",
    "Springfield",
    "Lordstown",
    "Warren",
    "Oshawa",
    "Toronto",
    "Montreal",
    "Vancouver",
    "Ottawa",
    "Calgary",
    "London",
    "Manchester",
    "Birmingham",
    "Edinburgh",
    "Glasgow",
    "Dublin",
    "Paris",
    "Berlin",
    "Munich",
    "Frankfurt",
    "Hamburg",
    "Cologne",
    "Amsterdam",
    "Brussels",
    "Zurich",
    "Geneva",
    "Vienna",
    "Madrid",
    "Barcelona",
    "Milan",
    "Rome",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Helsinki",
    "Warsaw",
    "Prague",
    "Tel Aviv",
    "Dubai",
    "Mumbai",
    "Bengaluru",
    "Bangalore",
    "Hyderabad",
    "Chennai",
    "Pune",
    "New Delhi",
    "Delhi",
    "Gurugram",
    "Noida",
    "Beijing",
    "Shanghai",
    "Shenzhen",
    "Tokyo",
    "Osaka",
    "Seoul",
    "Sydney",
    "Melbourne",
    "Johannesburg",
    "Lagos",
    "Nairobi",
    "Sao Paulo",
    "Mexico City",
    "Buenos Aires",
    "Lockport",
    "Johnstown",
    "Cambridge",
    "Oxford",
];

/// Every place name, for the organisation filter.
pub fn all() -> impl Iterator<Item = &'static str> {
    COUNTRIES.iter().chain(STATES).chain(CITIES).copied()
}

/// Places named in `text`, in order, without repeats, except headquarters
/// ("San Francisco-based") and places inside a longer place already found.
pub fn find(text: &str) -> Vec<String> {
    static INDEX: std::sync::OnceLock<PrefixIndex> = std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| PrefixIndex::new(all()));
    let b = text.as_bytes();
    let mut out: Vec<String> = Vec::new();
    // Leftmost-longest: the first position where a name starts, the longest name there,
    // then on from its end. (A name is matched and then judged, so one judged not a place
    // still hides the names that overlap it, as with any leftmost-longest search.)
    let mut from = 0;
    while let Some(at) = index.next_start(b, from) {
        let Some((_, p)) = index.at(b, at).next() else {
            from = at + 1;
            continue;
        };
        let end = at + p.len();
        let before_ok = !text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after = &text[end..];
        let after_ok = !after.chars().next().is_some_and(char::is_alphanumeric);
        let hq = after.starts_with("-based") || after.starts_with(" -based");
        if before_ok && after_ok && !hq && !out.iter().any(|o| o.contains(p)) {
            out.push(p.to_string());
        }
        from = end;
    }
    out
}

/// Names of two or more ASCII bytes, indexed by their first two bytes, so that a scan of a
/// text tries at each position only the few names that can start there: a bit test a
/// byte, where a general automaton costs several times that.
struct PrefixIndex {
    /// (position in the table given, name), grouped by first two bytes, longest first.
    names: Vec<(usize, &'static str)>,
    /// Per byte: whether some name starts with it.
    first: [bool; 256],
    /// A bit per pair of bytes that some name starts with.
    pairs: Box<[u64; 1024]>,
    /// Per first byte: its row in `groups`.
    row: [u8; 256],
    /// Per row and second byte: the range of `names` that start with those two bytes.
    groups: Vec<(u32, u32)>,
}

impl PrefixIndex {
    /// Names match exactly, case included.
    fn new(names: impl IntoIterator<Item = &'static str>) -> Self {
        let mut names: Vec<(usize, &'static str)> = names.into_iter().enumerate().collect();
        assert!(
            names.iter().all(|(_, n)| n.len() >= 2 && n.is_ascii()),
            "indexed names have two or more ASCII bytes"
        );
        names.sort_by_key(|&(i, n)| {
            let b = n.as_bytes();
            (b[0], b[1], std::cmp::Reverse(n.len()), i)
        });
        let mut first = [false; 256];
        let mut pairs = Box::new([0u64; 1024]);
        let mut row = [u8::MAX; 256];
        let mut groups: Vec<(u32, u32)> = Vec::new();
        for (k, &(_, n)) in names.iter().enumerate() {
            let (first_byte, second) = (n.as_bytes()[0], n.as_bytes()[1]);
            if row[usize::from(first_byte)] == u8::MAX {
                let r = u8::try_from(groups.len() / 256).expect("fewer than 255 first bytes");
                row[usize::from(first_byte)] = r;
                groups.resize(groups.len() + 256, (0, 0));
            }
            let r = usize::from(row[usize::from(first_byte)]) * 256;
            let g = &mut groups[r + usize::from(second)];
            // Names sharing two bytes are adjacent: the group grows by one.
            *g = if g.0 == g.1 {
                (k as u32, k as u32 + 1)
            } else {
                (g.0, k as u32 + 1)
            };
            first[usize::from(first_byte)] = true;
            let pair = usize::from(first_byte) << 8 | usize::from(second);
            pairs[pair >> 6] |= 1 << (pair & 63);
        }
        PrefixIndex {
            names,
            first,
            pairs,
            row,
            groups,
        }
    }

    /// The first position from `from` on where the two bytes of `hay` are those some name
    /// starts with: the positions in between start no name.
    #[inline]
    fn next_start(&self, hay: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        while at + 1 < hay.len() {
            // Most bytes start no name: one look-up, then the pair.
            if self.first[usize::from(hay[at])] {
                let pair = usize::from(hay[at]) << 8 | usize::from(hay[at + 1]);
                if self.pairs[pair >> 6] & (1 << (pair & 63)) != 0 {
                    return Some(at);
                }
            }
            at += 1;
        }
        None
    }

    /// The names that occur in `hay` at byte `at`, longest first, each with its position
    /// in the table given.
    #[inline]
    fn at<'a>(
        &'a self,
        hay: &'a [u8],
        at: usize,
    ) -> impl Iterator<Item = (usize, &'static str)> + 'a {
        let group = match hay.get(at..at + 2) {
            Some(&[first, second]) => {
                let pair = usize::from(first) << 8 | usize::from(second);
                if self.pairs[pair >> 6] & (1 << (pair & 63)) != 0 {
                    self.groups
                        [usize::from(self.row[usize::from(first)]) * 256 + usize::from(second)]
                } else {
                    (0, 0)
                }
            }
            _ => (0, 0),
        };
        self.names[group.0 as usize..group.1 as usize]
            .iter()
            .copied()
            .filter(move |(_, n)| {
                // The first two bytes are the group's.
                hay.get(at + 2..at + n.len()) == Some(&n.as_bytes()[2..])
            })
    }
}

/// Whether `name` (as written) is a known place.
pub fn is_place(name: &str) -> bool {
    static SET: std::sync::OnceLock<crate::wordset::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| crate::wordset::WordSet::new(all().map(|p| p.trim_end_matches('.'))))
        .contains(name.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    /// Every gazetteer entry is found in a sentence, and a headquarters is not an
    /// affected place.
    #[test]
    fn every_entry_is_found_in_a_sentence() {
        for p in super::all() {
            let sentence = format!("The company cut 200 jobs in {p} this week.");
            assert!(
                super::find(&sentence).iter().any(|f| f == p),
                "{p:?} not found in {sentence:?}"
            );
            let hq = format!("The {p}-based company cut 200 jobs.");
            assert!(
                !super::find(&hq).iter().any(|f| f == p),
                "{p:?} headquarters counted as affected"
            );
        }
    }

    /// The prefix index finds what a leftmost-longest automaton finds, names that are
    /// then judged no place included.
    #[test]
    fn scan_is_leftmost_longest() {
        use aho_corasick::{AhoCorasick, MatchKind};
        let names: Vec<&str> = super::all().collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .unwrap();
        let index = super::PrefixIndex::new(super::all());
        let scan = |text: &str| {
            let b = text.as_bytes();
            let (mut out, mut from) = (Vec::new(), 0);
            while let Some(at) = index.next_start(b, from) {
                match index.at(b, at).next() {
                    Some((_, p)) => {
                        out.push((at, p));
                        from = at + p.len();
                    }
                    None => from = at + 1,
                }
            }
            out
        };
        for text in [
            "Cuts in New York City, New York and New Jersey; the NEW York office.",
            "Washington, D.C. and Washington state; BUSpain; USAmerica; U.S.A.",
            "South Korea, Korea, Sao Paulo-based, San Jose and San Diego, Calif.",
            "",
            "U",
        ] {
            let want: Vec<(usize, &str)> = ac
                .find_iter(text)
                .map(|m| (m.start(), names[m.pattern().as_usize()]))
                .collect();
            assert_eq!(scan(text), want, "{text:?}");
        }
    }

    #[test]
    fn knows_places_and_not_companies() {
        assert!(super::is_place("California"));
        assert!(super::is_place("U.S."));
        assert!(!super::is_place("Amazon"));
    }
}
