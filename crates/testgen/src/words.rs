//! The words that fill sentence templates, and the prose built from them.
//!
//! A template is a sentence with `{slot}`s: `"{person} scored twice as {team} beat {team}
//! {score}."`. [`Words::fill`] replaces each slot with a name drawn from the set's tables
//! or with a number of the slot's shape. The two sets differ a little (the store corpus
//! was written later, with a few more names and one more year); they share the tables
//! they have in common, and each keeps its own size of them, because the streams were
//! measured with exactly these.

use crate::Rng;
use std::ops::Range;

pub const MONTHS: &[&str] = &[
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

/// Monday first, as chrono's `num_days_from_monday` counts.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

// Each set takes a prefix of these: append only, never reorder.
const TEAMS: &[&str] = &[
    "the Harbor City Hawks",
    "Northfield United",
    "the Riverside Rockets",
    "Lakeview Rovers",
    "the Granite Bay Bears",
    "Eastport Athletic",
    "the Summit Falcons",
    "Westbrook City",
    "the Pine Ridge Owls",
    "Southgate Wanderers",
];
const PEOPLE: &[&str] = &[
    "Maria Delgado",
    "James Okafor",
    "Lena Fischer",
    "Tom Becker",
    "Priya Raman",
    "Sam Whitaker",
    "Chen Wei",
    "Olivia Grant",
    "Mateo Rossi",
    "Hannah Cole",
    "Aisha Bello",
    "Jonas Lind",
];
const PLACES: &[&str] = &[
    "Springfield",
    "Port Alder",
    "Lakeside",
    "the northern counties",
    "the coast",
    "Millbrook",
    "the capital",
    "the valley",
    "Cedar Falls",
    "Oakham",
];
// The firms are not a prefix of one another (the corpus dropped one and added one), so
// each set has its own list.
const STREAM_FIRMS: &[&str] = &[
    "Northwind Traders",
    "Contoso Ltd",
    "Globex Corp.",
    "Initech",
    "Umbrella Holdings",
    "Vandelay Industries",
    "Stark Mobility",
    "Wayne Foods",
];
const CORPUS_FIRMS: &[&str] = &[
    "Northwind Traders",
    "Contoso Ltd",
    "Globex Corp.",
    "Initech",
    "Vandelay Industries",
    "Stark Mobility",
    "Wayne Foods",
    "Acme Shipping",
];

/// The words of the extraction stream (`gen_stream` and the extract bench).
pub const STREAM_WORDS: Words = Words {
    teams: TEAMS.split_at(8).0,
    people: PEOPLE.split_at(10).0,
    places: PLACES.split_at(9).0,
    firms: STREAM_FIRMS,
    years: 2008..2025,
};

/// The words of the store corpus (`gen_corpus`).
pub const CORPUS_WORDS: Words = Words {
    teams: TEAMS,
    people: PEOPLE,
    places: PLACES,
    firms: CORPUS_FIRMS,
    years: 2008..2026,
};

/// One in this many sentences of [`Words::paragraphs`] is a stress sentence. With 8 to 36
/// sentences an article, about a third of generated articles get one.
pub const STRESS_EVERY: u64 = 40;

/// What fills the slots of a template.
pub struct Words {
    /// `{team}`
    pub teams: &'static [&'static str],
    /// `{person}`
    pub people: &'static [&'static str],
    /// `{place}`
    pub places: &'static [&'static str],
    /// `{firm}`
    pub firms: &'static [&'static str],
    /// `{year}`
    pub years: Range<u64>,
}

impl Words {
    /// Writes `template` into `out` with each `{slot}` filled: `{team}`, `{person}`,
    /// `{place}`, `{firm}`, `{month}`, `{day}` (a weekday), `{year}`, and numbers `{n}`
    /// (2–59), `{cents}`, `{score}` ("3-1"), `{pct}` ("12.5%"), `{big}` ("41,072"),
    /// `{money}` ("$7.3 billion"), `{dollars}` ("$212.07"). Panics on any other slot: a
    /// template is code, and a typo in one should fail the first run.
    pub fn fill(&self, rng: &mut impl Rng, template: &str, out: &mut String) {
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let close = open + rest[open..].find('}').expect("unclosed slot in template");
            match &rest[open + 1..close] {
                "team" => out.push_str(rng.pick(self.teams)),
                "person" => out.push_str(rng.pick(self.people)),
                "place" => out.push_str(rng.pick(self.places)),
                "firm" => out.push_str(rng.pick(self.firms)),
                "month" => out.push_str(rng.pick(MONTHS)),
                "day" => out.push_str(rng.pick(WEEKDAYS)),
                "n" => out.push_str(&rng.range(2, 60).to_string()),
                "cents" => out.push_str(&rng.range(5, 99).to_string()),
                "year" => out.push_str(&rng.range(self.years.start, self.years.end).to_string()),
                "score" => {
                    let (a, b) = (rng.range(0, 5), rng.range(0, 5));
                    out.push_str(&format!("{a}-{b}"));
                }
                "pct" => {
                    let (a, b) = (rng.range(1, 40), rng.range(0, 10));
                    out.push_str(&format!("{a}.{b}%"));
                }
                "big" => {
                    let (n, m) = (rng.range(1, 90), rng.range(0, 1000));
                    out.push_str(&format!("{n},{m:03}"));
                }
                "money" => {
                    let (a, b) = (rng.range(1, 90), rng.range(0, 10));
                    out.push_str(&format!("${a}.{b} billion"));
                }
                "dollars" => {
                    let (a, b) = (rng.range(5, 400), rng.range(0, 100));
                    out.push_str(&format!("${a}.{b:02}"));
                }
                other => panic!("unknown slot {{{other}}}"),
            }
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
    }

    /// A title: one of `plain` filled, without its full stop.
    pub fn headline(&self, rng: &mut impl Rng, plain: &[&str]) -> String {
        let mut title = String::new();
        let template = rng.pick(plain);
        self.fill(rng, template, &mut title);
        title.trim_end_matches('.').to_owned()
    }

    /// Appends 4 to 9 paragraphs of 2 to 4 sentences to `out`, each drawn from `plain`, or
    /// one time in [`STRESS_EVERY`] from `stress`: sentences that say "rate cut" or
    /// "coaching staff", so that a share of the generated news gets past the extractor's
    /// prefilter into the full analysis, as real news does.
    pub fn paragraphs(
        &self,
        rng: &mut impl Rng,
        plain: &[&str],
        stress: &[&str],
        out: &mut String,
    ) {
        for p in 0..rng.range(4, 10) {
            if p > 0 {
                out.push_str("\n\n");
            }
            for s in 0..rng.range(2, 5) {
                if s > 0 {
                    out.push(' ');
                }
                let sentence = if rng.range(0, STRESS_EVERY) == 0 {
                    rng.pick(stress)
                } else {
                    rng.pick(plain)
                };
                self.fill(rng, sentence, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::XorShift;

    const EVERY_SLOT: &str = "{team}|{person}|{place}|{firm}|{month}|{day}|{year}|{n}|{cents}|{score}|{pct}|{big}|{money}|{dollars}";

    // Pinned: a change here changes the benchmark streams (see the crate doc).
    #[test]
    fn fill_is_frozen() {
        let mut s = String::new();
        STREAM_WORDS.fill(&mut XorShift::new(3), EVERY_SLOT, &mut s);
        assert_eq!(s, STREAM_3);
        // The corpus's own fill had no `{cents}` or `{dollars}`; pinned without them.
        let mut s = String::new();
        let template =
            "{team}|{person}|{place}|{firm}|{month}|{day}|{year}|{n}|{score}|{pct}|{big}|{money}";
        CORPUS_WORDS.fill(&mut XorShift::new(3), template, &mut s);
        assert_eq!(s, CORPUS_3);
    }

    #[test]
    fn set_sizes_are_frozen() {
        let sizes = |w: &Words| [w.teams.len(), w.people.len(), w.places.len(), w.firms.len()];
        assert_eq!(sizes(&STREAM_WORDS), [8, 10, 9, 8]);
        assert_eq!(sizes(&CORPUS_WORDS), [10, 12, 10, 8]);
    }

    #[test]
    #[should_panic(expected = "unknown slot {town}")]
    fn unknown_slot_panics() {
        STREAM_WORDS.fill(&mut XorShift::new(1), "in {town}", &mut String::new());
    }

    const STREAM_3: &str = "Lakeview Rovers|Sam Whitaker|Millbrook|Wayne Foods|October|Friday|2008|29|46|4-1|38.6%|17,538|$54.9 billion|$184.59";
    const CORPUS_3: &str = "Southgate Wanderers|Tom Becker|Springfield|Acme Shipping|October|Friday|2018|29|4-4|20.6%|44,386|$79.2 billion";
}
