//! Company keys: which claims are about the same employer.
//!
//! A key is the name lower-cased, with punctuation, "the" and legal forms dropped
//! ("Snap Inc." → `snap`). Aliases come from the documents themselves: when a claim
//! names its company with an alias ("Amazon Web Services (AWS)"), the pair may join two
//! keys into one family, but only when the alias is clearly the same employer (an
//! acronym or ticker, or the name with corporate words added), never a parent or a
//! division: "Siemens Energy" (alias "Siemens") and "British Airways" (alias "IAG")
//! stay apart from their groups, because a subsidiary's round is not its parent's. A
//! name that ends in corporate words also joins its bare form with no alias needed
//! ("Zillow Group" and "Zillow", rule `bare-name`), since the words name no business.

use std::collections::BTreeMap;

pub use headcount_extract::orgs::company_key;
use headcount_extract::orgs::{is_corporate_word, is_formal_name_of};

/// Whether `alias` (as written) is an acronym or stock ticker of `name` (as written):
/// 2–5 capital letters that are the initials of the name's words ("AWS" of "Amazon Web
/// Services", "GM" of "General Motors") or that spell a ticker from the name's letters
/// in order, starting with its first ("PYPL" of "PayPal").
fn is_acronym_of(alias: &str, name: &str) -> bool {
    let n = alias.chars().count();
    if !(2..=5).contains(&n) || !alias.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !headcount_extract::orgs::is_legal_suffix(&w.to_lowercase()))
        .collect();
    let initials: String = words
        .iter()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if initials == alias {
        return true;
    }
    // A ticker spells the name without its corporate words ("PYPL", PayPal Holdings).
    let core: Vec<&&str> = words
        .iter()
        .filter(|w| !is_corporate_word(&w.to_lowercase()))
        .collect();
    if core.len() != 1 {
        return false;
    }
    let letters: Vec<char> = core[0].chars().map(|c| c.to_ascii_uppercase()).collect();
    let mut want = alias.chars();
    let Some(first) = want.next() else {
        return false;
    };
    if letters.first() != Some(&first) {
        return false;
    }
    let mut rest = letters[1..].iter();
    want.all(|c| rest.any(|&l| l == c))
}

/// Whether the alias a document gave a company ("Zoom Video Communications (Zoom)")
/// names the same employer everywhere, so that the two keys may join one family.
/// `parent` is the parent the same claim names: an alias equal to it is the group, not
/// the company.
pub fn is_same_employer(name: &str, alias: &str, parent: Option<&str>) -> bool {
    let (nk, ak) = (company_key(name), company_key(alias));
    if nk.is_empty() || ak.is_empty() || nk == ak {
        return false;
    }
    if parent.is_some_and(|p| company_key(p) == ak || company_key(p) == nk) {
        return false;
    }
    if is_acronym_of(alias, name) || is_acronym_of(name, alias) {
        return true;
    }
    let (nw, aw): (Vec<&str>, Vec<&str>) = (nk.split(' ').collect(), ak.split(' ').collect());
    let (long, short) = if nw.len() > aw.len() {
        (nw, aw)
    } else {
        (aw, nw)
    };
    if long[..short.len()] != short[..] {
        return false;
    }
    is_formal_name_of(&long[short.len()..])
}

/// Rule `bare-name`: the key of a name that ends in corporate words, without them: the
/// same employer as news that leaves them out writes it ("Peloton Interactive" →
/// `peloton`, "Halvorsen Freight Systems" → `halvorsen freight`), whether or not a
/// document gives the short form as an alias. Only corporate words go, never a word of
/// trade: "Uber Freight Holdings" is `uber freight`, not Uber. `None` when the name ends
/// in none, or is nothing but corporate words ("Global Industries").
///
/// A bare name of one word needs a group's word ("Zillow Group", "Leafly Holdings"), not
/// one of trade ("United Technologies" is not United), and must be no country's
/// adjective or place ("American International Group" is not American).
pub fn bare_key(name_key: &str) -> Option<String> {
    let words: Vec<&str> = name_key.split(' ').collect();
    let keep = words.len()
        - words
            .iter()
            .rev()
            .take_while(|w| is_corporate_word(w))
            .count();
    if keep == 0 || keep == words.len() {
        return None;
    }
    if keep == 1 {
        let group = words[1..].iter().any(|w| GROUP_WORDS.contains(w));
        let mut word = words[0].to_string();
        if let Some(c) = word.get_mut(..1) {
            c.make_ascii_uppercase();
        }
        if !group
            || headcount_extract::places::is_listed_even_as_word(&word)
            || headcount_extract::places::is_demonym(&word)
        {
            return None;
        }
    }
    Some(words[..keep].join(" "))
}

/// Corporate words that name a group of one brand: its bare name is the brand alone.
const GROUP_WORDS: &[&str] = &[
    "group",
    "holdings",
    "holding",
    "platforms",
    "interactive",
    "companies",
];

/// Top-level domains a company's brand is written with ("Amazon.com", "Booking.com"): the
/// event's name prefers the brand beside them (`reconcile`).
const DOMAINS: &[&str] = &["com", "net", "org", "io", "co", "ai"];

/// Whether `tld` (as written, any case) is a top-level domain a brand is written with.
pub(crate) fn is_domain(tld: &str) -> bool {
    DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(tld))
}

/// Rule `everyday-name`: the key of the name a company written by its legal or wire-copy
/// name goes by in most news, when general rules of legal naming tell it (never a list of
/// companies):
/// - a ".com" domain is the brand, and at most one word after it names the legal entity
///   ("Amazon.com Services LLC" → `amazon`, "Hotels.com, L.P." → `hotels`); a brand of
///   another domain is its own ("Character.ai" is not Character Group's "Character",
///   "Apollo.io" not "Apollo");
/// - "A d/b/a B" (or "dba") does business as B (`b`).
///
/// Legal forms ("LLC", "Inc.") are already dropped by [`company_key`]. `None` when no rule
/// applies or the name is its everyday form already.
pub fn everyday_key(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    for marker in [" d/b/a ", " d.b.a. ", " dba "] {
        if let Some(at) = lower.find(marker) {
            let key = company_key(&name[at + marker.len()..]);
            return (!key.is_empty() && key != company_key(name)).then_some(key);
        }
    }
    let mut words = name.split_whitespace();
    let first = words.next()?.trim_end_matches([',', '.']);
    let (brand, tld) = first.rsplit_once('.')?;
    if brand.is_empty() || !tld.eq_ignore_ascii_case("com") || brand.contains('.') {
        return None;
    }
    let rest = company_key(&words.collect::<Vec<_>>().join(" "));
    // Single letters are a dotted legal form ("B.V.", "L.P.").
    if rest.split(' ').filter(|w| w.chars().count() > 1).count() > 1 {
        return None;
    }
    let key = company_key(brand);
    (!key.is_empty() && key != company_key(name)).then_some(key)
}

/// Families of keys joined by aliases, each led by its canonical key: the one with the
/// most words, then the longest, then the first in byte order. The result is the same
/// whatever order the pairs arrive in.
#[derive(Debug, Default, Clone)]
pub struct Families {
    parent: BTreeMap<String, String>,
}

impl Families {
    /// Families from alias pairs of keys.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Families {
        let mut f = Families::default();
        for (a, b) in pairs {
            f.union(a, b);
        }
        f
    }

    fn find(&mut self, k: &str) -> String {
        let mut cur = k.to_owned();
        while let Some(p) = self.parent.get(&cur) {
            if *p == cur {
                break;
            }
            cur = p.clone();
        }
        // Path compression keeps later lookups short.
        let mut node = k.to_owned();
        while node != cur {
            let next = self
                .parent
                .get(&node)
                .cloned()
                .unwrap_or_else(|| cur.clone());
            self.parent.insert(node, cur.clone());
            node = next;
        }
        cur
    }

    fn union(&mut self, a: &str, b: &str) {
        for k in [a, b] {
            self.parent
                .entry(k.to_owned())
                .or_insert_with(|| k.to_owned());
        }
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return;
        }
        let (lead, other) = if leads(&ra, &rb) { (ra, rb) } else { (rb, ra) };
        self.parent.insert(other, lead);
    }

    /// The canonical key of `key`'s family (`key` itself when it has no aliases).
    pub fn canonical(&self, key: &str) -> String {
        let mut cur = key;
        while let Some(p) = self.parent.get(cur) {
            if p == cur {
                break;
            }
            cur = p;
        }
        cur.to_owned()
    }

    /// Every key that belongs to a family of two or more, with its canonical key.
    pub fn members(&self) -> impl Iterator<Item = (&str, String)> {
        self.parent.keys().map(|k| (k.as_str(), self.canonical(k)))
    }
}

fn leads(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split(' ').count();
    (words(a), a.len(), std::cmp::Reverse(a)) > (words(b), b.len(), std::cmp::Reverse(b))
}

/// The alias pairs (alias key, name key) a claim gives: each alias the same employer
/// goes by, and its everyday name when general rules of legal naming tell one (rule
/// `everyday-name`): a table row names the company as filed ("Amazon.com Services LLC"),
/// and wire copy writes a brand by its domain ("Amazon.com Inc said ..."), where other
/// outlets write "Amazon"; both join the family the news uses.
pub(crate) fn alias_pairs(
    company: &str,
    aliases: &[String],
    parent: Option<&str>,
) -> Vec<(String, String)> {
    let name_key = company_key(company);
    let mut pairs: Vec<(String, String)> = aliases
        .iter()
        .filter(|a| is_same_employer(company, a, parent))
        .map(|a| (company_key(a), name_key.clone()))
        .collect();
    if let Some(everyday) = everyday_key(company) {
        pairs.push((everyday, name_key.clone()));
    }
    // (Not when the bare name is the parent the claim names: then it is the group.)
    if let Some(bare) = bare_key(&name_key) {
        if parent.is_none_or(|p| company_key(p) != bare) {
            pairs.push((bare, name_key));
        }
    }
    pairs
}

/// Whether a stored claim (its company, aliases as stored JSON and parent, as read back)
/// gives the alias pair `(alias key, name key)`: a pair no claim gives any more is
/// dropped when documents are read again.
pub(crate) fn gives_pair(
    company: &str,
    aliases: &str,
    parent: Option<&str>,
    (alias, name): (&str, &str),
) -> bool {
    alias_pairs(company, &crate::rows::json_list(aliases), parent)
        .iter()
        .any(|(a, n)| a == alias && n == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_legal_forms_and_punctuation() {
        assert_eq!(company_key("Snap Inc."), "snap");
        assert_eq!(company_key("The Walt Disney Co."), "walt disney");
        assert_eq!(company_key("Amazon Web Services"), "amazon web services");
        assert_eq!(company_key("AT&T"), "at t");
        // Legal forms of Malaysia, Singapore and Australia.
        assert_eq!(
            company_key("Penara Technologies Sdn Bhd"),
            "penara technologies"
        );
        assert_eq!(company_key("Marina Foods Pte Ltd"), "marina foods");
        assert_eq!(company_key("Coral Mining Pty Ltd"), "coral mining");
        assert_eq!(company_key("Crypto.com"), "crypto com");
        assert_eq!(company_key(""), "");
        // A possessive's "s" goes: news writes "Macy's Inc." and "Macy's" alike.
        for name in ["Macy's", "Macy’s", "Macy", "Macy's Inc.", "MACY'S"] {
            assert_eq!(company_key(name), "macy", "{name}");
        }
        assert_eq!(company_key("Lowe’s Cos"), "lowe");
        // Near misses: an apostrophe inside a name, an "s" that is a word.
        assert_eq!(company_key("O'Sullivan Foods"), "o sullivan foods");
        assert_eq!(company_key("O’Sullivan Foods"), "o sullivan foods");
        assert_eq!(company_key("S&P Global"), "s p global");
    }

    #[test]
    fn corporate_words_join_their_example_pairs() {
        for (_, pair) in headcount_extract::orgs::CORPORATE_WORDS {
            let (long, short) = pair.split_once(" / ").unwrap();
            assert!(is_same_employer(long, short, None), "{pair}");
        }
    }

    #[test]
    fn aliases_that_name_the_same_employer() {
        assert!(is_same_employer(
            "Amazon Web Services",
            "AWS",
            Some("Amazon")
        ));
        assert!(is_same_employer("General Motors", "GM", None));
        assert!(is_same_employer("PayPal Holdings", "PYPL", None));
        assert!(is_same_employer("Zoom Video Communications", "Zoom", None));
        assert!(is_same_employer("Snap", "Snap Inc.", None) || company_key("Snap Inc.") == "snap");
    }

    #[test]
    fn divisions_groups_and_parents_stay_apart() {
        assert!(!is_same_employer("Siemens Energy", "Siemens", None));
        assert!(!is_same_employer("British Airways", "IAG", None));
        assert!(!is_same_employer("Buzzfeed", "Buzzfeed News", None));
        assert!(!is_same_employer(
            "Amazon Web Services",
            "Amazon",
            Some("Amazon")
        ));
        assert!(!is_same_employer("Uber Freight", "Uber", Some("Uber")));
        assert!(
            !is_same_employer("Snap", "SNAP", None),
            "same key is no alias"
        );
        assert!(!is_same_employer("Meta", "MS", None));
        // No parent named: the name alone must tell, and business words name a division.
        assert!(!is_same_employer("Amazon Web Services", "Amazon", None));
        assert!(!is_same_employer("Google Cloud", "Google", None));
        assert!(!is_same_employer("Buzzfeed News", "Buzzfeed", None));
    }

    #[test]
    fn formal_names_add_corporate_words_after_at_most_one_word_of_trade() {
        assert!(is_same_employer("Zoom Video Communications", "Zoom", None));
        assert!(is_same_employer("Ford Motor Company", "Ford", None));
        assert!(is_same_employer("Peloton Interactive", "Peloton", None));
        // Near misses: two words of trade, or no corporate word at the end.
        assert!(!is_same_employer(
            "Amazon Web Services Group",
            "Amazon",
            None
        ));
        assert!(!is_same_employer(
            "Uber Freight Holdings Logistics",
            "Uber",
            None
        ));
        assert!(!is_same_employer("Siemens Energy", "Siemens", None));
    }

    #[test]
    fn bare_names_drop_only_corporate_words() {
        assert_eq!(bare_key("peloton interactive").as_deref(), Some("peloton"));
        assert_eq!(bare_key("zillow group").as_deref(), Some("zillow"));
        // Near misses: one word left by a word of trade, or a country's adjective.
        assert_eq!(bare_key("united technologies"), None);
        assert_eq!(bare_key("american international group"), None);
        assert_eq!(
            bare_key("halvorsen freight systems").as_deref(),
            Some("halvorsen freight")
        );
        assert_eq!(
            bare_key("ford motor company").as_deref(),
            Some("ford motor")
        );
        assert_eq!(
            bare_key("alibaba group holdings").as_deref(),
            Some("alibaba")
        );
        // Near misses: a word of trade stays; a name of corporate words alone, or with
        // none, has no bare form.
        assert_eq!(
            bare_key("uber freight holdings").as_deref(),
            Some("uber freight")
        );
        assert_eq!(bare_key("siemens energy"), None);
        assert_eq!(bare_key("global industries"), None);
        assert_eq!(bare_key("snap"), None);
        // A claim whose name ends in corporate words gives the pair; not when the bare
        // name is the parent it names.
        assert_eq!(
            alias_pairs("Castellan Health System", &[], None),
            [(
                "castellan health".to_string(),
                "castellan health system".to_string()
            )]
        );
        assert!(alias_pairs("Alibaba Group", &[], Some("Alibaba")).is_empty());
    }

    #[test]
    fn a_brand_written_by_its_domain_joins_its_everyday_name() {
        // Wire copy's "Amazon.com Inc" (the extractor names "Amazon.com") is the Amazon
        // other outlets write, in the news as in a filing (whatever the source type).
        assert_eq!(
            alias_pairs("Amazon.com", &[], None),
            [("amazon".to_string(), "amazon com".to_string())]
        );
        // Near misses: a name with no domain gives no pair, and a brand of another domain
        // is its own ("Character.ai" is not Character Group's "Character").
        assert!(alias_pairs("Amazon Web Services", &[], None).is_empty());
        assert!(alias_pairs("Character.ai", &[], None).is_empty());
        assert!(alias_pairs("Apollo.io", &[], None).is_empty());
        // A dotted initial opens no domain: the name it does business as still joins.
        assert_eq!(
            alias_pairs("U.S. Metals d/b/a Keystone Steel", &[], None),
            [(
                "keystone steel".to_string(),
                "u s metals d b a keystone steel".to_string()
            )]
        );
    }

    #[test]
    fn everyday_names_of_legal_names() {
        let k = |n: &str| everyday_key(n);
        assert_eq!(k("Amazon.com Services LLC").as_deref(), Some("amazon"));
        assert_eq!(k("AMAZON.COM SERVICES LLC").as_deref(), Some("amazon"));
        assert_eq!(k("Hotels.com, L.P.").as_deref(), Some("hotels"));
        assert_eq!(k("Booking.com B.V.").as_deref(), Some("booking"));
        assert_eq!(k("Overstock.com, Inc.").as_deref(), Some("overstock"));
        assert_eq!(
            k("Oakland Stamping LLC d/b/a Autokiniton").as_deref(),
            Some("autokiniton")
        );
        assert_eq!(
            k("Acme Holdings dba Roadrunner Foods").as_deref(),
            Some("roadrunner foods")
        );
        // Near misses: no domain, a domain followed by a business of its own, a dotted
        // initial, a plain name.
        assert_eq!(k("Amazon Web Services"), None);
        assert_eq!(k("Crypto.com Arena Food Services"), None);
        assert_eq!(k("J.P. Morgan"), None);
        assert_eq!(k("St. Jude Medical"), None);
        assert_eq!(k("Snap Inc."), None);
    }

    #[test]
    fn families_lead_with_the_fullest_name_in_any_order() {
        let a = Families::from_pairs([
            ("aws", "amazon web services"),
            ("zoom", "zoom video communications"),
        ]);
        let b = Families::from_pairs([
            ("zoom video communications", "zoom"),
            ("amazon web services", "aws"),
        ]);
        for f in [&a, &b] {
            assert_eq!(f.canonical("aws"), "amazon web services");
            assert_eq!(f.canonical("zoom"), "zoom video communications");
            assert_eq!(f.canonical("snap"), "snap");
        }
        let chain = Families::from_pairs([("a b", "a"), ("a", "ab"), ("a b c", "a b")]);
        assert_eq!(chain.canonical("ab"), "a b c");
    }
}
