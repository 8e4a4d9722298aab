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
    use aho_corasick::{AhoCorasick, MatchKind};
    static AC: std::sync::OnceLock<(AhoCorasick, Vec<&'static str>)> = std::sync::OnceLock::new();
    let (ac, names) = AC.get_or_init(|| {
        let names: Vec<&'static str> = all().collect();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("static patterns build");
        (ac, names)
    });
    let mut out: Vec<String> = Vec::new();
    for m in ac.find_iter(text) {
        let p = names[m.pattern().as_usize()];
        let before_ok = !text[..m.start()]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let after = &text[m.end()..];
        let after_ok = !after.chars().next().is_some_and(char::is_alphanumeric);
        let hq = after.starts_with("-based") || after.starts_with(" -based");
        if before_ok && after_ok && !hq && !out.iter().any(|o| o.contains(p)) {
            out.push(p.to_string());
        }
    }
    out
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

    #[test]
    fn knows_places_and_not_companies() {
        assert!(super::is_place("California"));
        assert!(super::is_place("U.S."));
        assert!(!super::is_place("Amazon"));
    }
}
