//! What the store keeps and returns: documents to write, claims as stored, and the
//! event JSON contract of `shared/SPEC.md`.

use chrono::NaiveDate;
use headcount_extract::{Claim, Kind, Precision};
use serde::Serialize;

/// A document read and extracted, ready to be written with its claims.
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// Content hash of the text (see [`content_hash`](crate::content_hash)).
    pub hash: String,
    pub path: String,
    pub line: Option<u64>,
    pub source_id: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    /// The text evidence offsets point into; kept only when the document has claims.
    pub text: String,
    pub claims: Vec<Claim>,
    /// News, a WARN notice or a tracker row.
    pub source_type: SourceType,
    /// A table row's own fields (a WARN notice's dates and site), when it is one.
    pub record: Option<TableRecord>,
}

/// What kind of document a source is; events list their sources by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceType {
    /// An article, a page, a feed item: text the extractor read.
    #[default]
    News,
    /// An official WARN Act notice (one row of a state's table).
    Warn,
    /// A community tracker row (layoffs.fyi and the like).
    Tracker,
}

impl SourceType {
    pub const ALL: [SourceType; 3] = [SourceType::News, SourceType::Warn, SourceType::Tracker];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::News => "news",
            SourceType::Warn => "warn",
            SourceType::Tracker => "tracker",
        }
    }

    /// The type named `s` (as stored and as `--source` takes it); unknown names are news.
    pub fn parse(s: &str) -> Option<SourceType> {
        SourceType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// The fields of a table row beyond its claim: a WARN notice's dates and its site.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TableRecord {
    pub notice_date: Option<NaiveDate>,
    pub received_date: Option<NaiveDate>,
    pub effective_date: Option<NaiveDate>,
    pub city: Option<String>,
    pub county: Option<String>,
    /// Two-letter state code (`CA`).
    pub state: Option<String>,
    pub address: Option<String>,
}

impl TableRecord {
    /// The date the notice was filed: its notice date, else the date it was received.
    pub fn filed(&self) -> Option<NaiveDate> {
        self.notice_date.or(self.received_date)
    }

    /// Where the site is, for messages: `Newark, Alameda County, CA`.
    pub fn place(&self) -> String {
        [&self.city, &self.county, &self.state]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl NewDocument {
    /// The date a claim with no date of its own is read against: the publication date.
    /// (Not a date from the text: an article that recalls "mid-2023" may be from 2025.)
    pub fn reference_date(&self) -> Option<NaiveDate> {
        self.published
    }
}

/// A date interval as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
}

impl Span {
    /// Days between the two intervals; 0 when they overlap.
    pub fn gap_days(&self, o: &Span) -> i64 {
        let a = (o.earliest - self.latest).num_days();
        let b = (self.earliest - o.latest).num_days();
        a.max(b).max(0)
    }

    pub fn overlaps(&self, o: &Span) -> bool {
        self.earliest <= o.latest && o.earliest <= self.latest
    }

    /// Shown as a day, or as `earliest..latest`.
    pub fn label(&self) -> String {
        if self.earliest == self.latest {
            self.earliest.to_string()
        } else {
            format!("{}..{}", self.earliest, self.latest)
        }
    }
}

/// One copy of a document: what decides which copy's metadata the document shows. The
/// earliest publication date wins (a dated copy before an undated one), then the URL, then
/// the path and the line: never the order in which the copies arrived. Ordered so: the
/// least key is the document's canonical source.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SourceKey {
    pub undated: bool,
    pub published: Option<NaiveDate>,
    pub url: String,
    pub path: String,
    pub line: Option<u64>,
}

impl SourceKey {
    pub fn new(
        published: Option<NaiveDate>,
        url: Option<&str>,
        path: &str,
        line: Option<u64>,
    ) -> SourceKey {
        SourceKey {
            undated: published.is_none(),
            published,
            url: url.unwrap_or_default().to_owned(),
            path: path.to_owned(),
            line,
        }
    }

    /// The key of a document about to be written.
    pub fn of(d: &NewDocument) -> SourceKey {
        SourceKey::new(d.published, d.url.as_deref(), &d.path, d.line)
    }

    /// Whether two copies are read alike: the same publication date and URL, what the
    /// extractor reads dates against. A copy that becomes canonical only by its path or
    /// line changes the document's metadata, not its claims.
    pub fn reads_like(&self, other: &SourceKey) -> bool {
        self.published == other.published && self.url == other.url
    }
}

/// What the store knows of a stored document: its canonical source, and whether the copy
/// asked about was read from a place already recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownDocument {
    pub canonical: SourceKey,
    pub place_known: bool,
}

/// A claim as stored, with the document it came from: what event resolution reads.
#[derive(Debug, Clone)]
pub struct StoredClaim {
    pub claim_id: i64,
    pub doc_hash: String,
    pub doc_path: String,
    pub doc_title: Option<String>,
    pub doc_url: Option<String>,
    pub doc_outlet: Option<String>,
    pub published: Option<NaiveDate>,
    pub reference: Option<NaiveDate>,
    pub ordinal: u32,
    pub kind: Kind,
    pub company: String,
    pub company_key: String,
    pub parent: Option<String>,
    pub aliases: Vec<String>,
    pub date: Option<Span>,
    /// The words the date came from; empty when the extractor fell back on the
    /// publication date (the text never said when).
    pub date_text: String,
    pub headcount_text: Option<String>,
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub percent: Option<f64>,
    pub units: Vec<String>,
    pub locations: Vec<String>,
    pub reasons: Vec<String>,
    pub severance: Option<String>,
    pub confidence: f64,
    /// The document's type: news, a WARN notice, a tracker row.
    pub source_type: SourceType,
    /// A table row's dates and site.
    pub record: Option<TableRecord>,
}

impl StoredClaim {
    /// A date the text itself gave (not the publication date standing in for one), read
    /// against the publication date (see [`ended_by_report`]).
    pub fn text_date(&self) -> Option<Span> {
        let d = self.date.filter(|_| !self.date_text.is_empty())?;
        Some(ended_by_report(self.kind, d, self.reference))
    }

    /// Canonical order: publication date (undated last), then content hash, then the
    /// claim's place in its document. Ids and clustering follow it, never arrival order.
    pub fn canonical_key(&self) -> (bool, Option<NaiveDate>, &str, u32) {
        (
            self.published.is_none(),
            self.published,
            &self.doc_hash,
            self.ordinal,
        )
    }

    pub fn has_headcount(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    pub fn has_figures(&self) -> bool {
        self.has_headcount() || self.percent.is_some()
    }

    /// The headcount as worded and as a range, for messages.
    pub fn headcount_label(&self) -> Option<String> {
        let range = range_label(self.min, self.max)?;
        Some(match &self.headcount_text {
            Some(t) if !t.is_empty() => format!("\"{t}\" ({range})"),
            _ => range,
        })
    }

    /// The stem of the document path ("g015" for `…/g015.json`), used in messages.
    pub fn doc_name(&self) -> &str {
        let base = self
            .doc_path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.doc_path);
        base.split('.').next().unwrap_or(base)
    }
}

/// Rule `ended-by-report`: cuts reported as done (a layoff, a closure, a running total)
/// happened by the time the report was published, so a vague date reaches no further:
/// "earlier this year" in a March article is January to March, not the whole year, and
/// "last year" stays last year. Only vague dates (a quarter, a half, a year) are cut:
/// "in November" in a piece of 5 November may be cuts later that month. Plans look ahead
/// and keep their dates; so do dates that start after publication (the kind was misread).
pub fn ended_by_report(kind: Kind, d: Span, published: Option<NaiveDate>) -> Span {
    match published {
        Some(p)
            if matches!(kind, Kind::Layoff | Kind::Closure | Kind::Cumulative)
                && d.precision > Precision::Month
                && d.earliest <= p
                && d.latest > p =>
        {
            Span { latest: p, ..d }
        }
        _ => d,
    }
}

/// `1072`, `200..999`, `27000..` for an open bound; `None` without a figure.
pub fn range_label(min: Option<u64>, max: Option<u64>) -> Option<String> {
    match (min, max) {
        (None, None) => None,
        (Some(a), Some(b)) if a == b => Some(a.to_string()),
        (a, b) => Some(format!(
            "{}..{}",
            a.map(|n| n.to_string()).unwrap_or_default(),
            b.map(|n| n.to_string()).unwrap_or_default()
        )),
    }
}

/// The event JSON contract (`headcount events --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    pub company: String,
    pub parent: Option<String>,
    /// Other names the sources use for the company.
    pub aliases: Vec<String>,
    pub kind: Kind,
    pub date: Option<EventDate>,
    pub headcount: Option<Range>,
    pub percent: Option<f64>,
    pub units: Vec<Named>,
    pub locations: Vec<String>,
    pub reasons: Vec<String>,
    pub severance: Vec<Named>,
    pub sources: Vec<Source>,
    /// The WARN notices of the round, one per site, when it has any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub official: Option<Official>,
    pub contradictions: Vec<Contradiction>,
    /// 1 - Π(1 - confidence of each source's claim): corroboration raises it.
    pub confidence: f64,
}

impl Event {
    /// The types of its sources, sorted by name and distinct (`["news", "tracker", "warn"]`).
    pub fn source_types(&self) -> Vec<&'static str> {
        // In name order, as the migration's SQL sorts them.
        let mut t: Vec<&'static str> = self
            .sources
            .iter()
            .map(|s| s.source_type.as_str())
            .collect();
        t.sort_unstable();
        t.dedup();
        t
    }

    /// The states of its WARN sites, sorted and distinct.
    pub fn states(&self) -> Vec<String> {
        let mut s: Vec<String> = self
            .sources
            .iter()
            .filter_map(|s| s.site.as_ref()?.state.clone())
            .collect();
        s.sort();
        s.dedup();
        s
    }
}

/// The official count of a round: the sum of its WARN notices, each site counted once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Official {
    /// The sum of the counted notices' figures (each source's `site` says which).
    pub headcount: Option<u64>,
    /// Notices in the round, and how many of them the sum counts.
    pub notices: usize,
    pub counted: usize,
    pub states: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventDate {
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    pub precision: Precision,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Range {
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// A unit (or severance term) with how many sources name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Named {
    pub name: String,
    pub sources: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub document: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<NaiveDate>,
    /// News, a WARN notice or a tracker row.
    #[serde(rename = "type")]
    pub source_type: SourceType,
    /// A WARN notice's site, dates and count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<Site>,
}

/// One WARN notice's site in an event: where, when filed and effective, how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Site {
    pub city: Option<String>,
    pub county: Option<String>,
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub notice_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date: Option<NaiveDate>,
    pub headcount: Option<u64>,
    /// Whether this notice is counted in the official total (false: a second notice of a
    /// site and count already counted, such as an amended filing).
    pub counted: bool,
}

/// Where sources disagree, stated plainly with each source's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contradiction {
    pub field: &'static str,
    pub detail: String,
}

/// The items of a list field of the event JSON, with their source counts where it gives
/// them: `units` and `severance` hold `{"name", "sources"}` objects, `locations` and
/// `reasons` plain strings. Items of neither shape are skipped.
pub fn named_values<'a>(json: &'a serde_json::Value, field: &str) -> Vec<(&'a str, Option<u64>)> {
    json[field]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| match v["name"].as_str() {
                    Some(n) => Some((n, v["sources"].as_u64())),
                    None => v.as_str().map(|s| (s, None)),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The distinct source types of the event JSON's sources, in name order (a source
/// without a type is news).
pub fn source_types_in(json: &serde_json::Value) -> Vec<&str> {
    let mut t: Vec<&str> = json["sources"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| s["type"].as_str().unwrap_or("news"))
                .collect()
        })
        .unwrap_or_default();
    t.sort_unstable();
    t.dedup();
    t
}
