//! headcount's event store: documents, their claims, and the events they corroborate.
//!
//! Principal types:
//! - [`Store`], the small trait every backend implements; [`SqliteStore`] is the
//!   embedded default (WAL, one writer, batched transactions, versioned migrations).
//! - [`NewDocument`]: a document read and extracted, written with [`Store::write`] in
//!   one transaction together with the events it changes. Documents are keyed by
//!   [`content_hash`], so writing one again is a lookup ([`Store::known_documents`]).
//! - [`resolve()`] (pure) clusters one company family's claims into rounds (news and
//!   tracker rows by its rules, then WARN notices by those of [`link`]), and
//!   [`reconcile()`] (pure) makes each round an [`Event`], the event JSON of SPEC.md.
//!   Backends only load claims and save events: the rules live here once.
//! - [`rebuild::rebuild`] re-reads stored documents with newer extractor rules through
//!   [`Store::documents_to_reread`] and [`Store::replace_claims`], a batch per transaction.
//!
//! Data flow: `NewDocument`s → `claims` rows → for each company family touched, all of
//! its claims → `resolve` → clusters → `reconcile` → `events` rows, with the merge log
//! and the aliases of ids that stopped being current.
//!
//! ```
//! use headcount_store::{content_hash, EventFilter, NewDocument, SourceType, SqliteStore, Store};
//! use headcount_extract::{extract, Document};
//!
//! let text = "Acme Corp. laid off 120 employees on 3 March 2025, the company said.";
//! let published = chrono::NaiveDate::from_ymd_opt(2025, 3, 4);
//! let claims = extract(&Document { text, published, ..Default::default() });
//! let mut store = SqliteStore::open_in_memory().unwrap();
//! let doc = NewDocument {
//!     hash: content_hash(text), path: "acme.txt".into(), line: None, source_id: None,
//!     url: None, title: None, outlet: None, published, text: text.into(), claims,
//!     source_type: SourceType::News, record: None,
//! };
//! store.write(&[doc]).unwrap();
//! let events = store.events(&EventFilter::default()).unwrap();
//! assert_eq!(events[0].company, "Acme");
//! assert_eq!((events[0].headcount_min, events[0].headcount_max), (Some(120), Some(120)));
//! ```

pub mod export;
pub mod keys;
pub mod link;
pub mod marks;
mod model;
mod pg;
pub mod plan;
pub mod profile;
pub mod reach;
pub mod rebuild;
pub mod reconcile;
pub mod resolve;
mod rows;
mod sqlite;
#[cfg(test)]
mod testkit;

pub use keys::company_key;
pub use model::*;
pub use pg::PgStore;
pub use reconcile::reconcile;
pub use resolve::{resolve, Cluster};
pub use sqlite::SqliteStore;

use chrono::NaiveDate;
use std::fmt;

/// The content hash a document is keyed by: xxh3-128 of its text, in hex. The same
/// article under two names (or read twice) is one document.
pub fn content_hash(text: &str) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(text.as_bytes()))
}

/// What went wrong in the store, with what it was doing.
#[derive(Debug)]
pub struct StoreError {
    pub context: String,
    pub message: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.context, self.message)
    }
}

impl std::error::Error for StoreError {}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Filters of `headcount events`. A date filter keeps events whose interval overlaps it.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// A company name: its family and its subsidiaries.
    pub company: Option<String>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub kind: Option<String>,
    /// A source type (`news`, `warn`, `tracker`): events with a source of that type.
    pub source: Option<String>,
    /// A state code (`CA`): events with a WARN notice from that state.
    pub state: Option<String>,
    /// Events that start in this year (`2025`) or month (`2025-07`).
    pub period: Option<String>,
    /// Events giving this reason (`ai`, `restructuring`), as the event JSON spells it.
    pub reason: Option<String>,
    /// Events at this location, as the event JSON spells it.
    pub location: Option<String>,
    /// Events naming this unit, as the event JSON spells it.
    pub unit: Option<String>,
    /// The order of the listing; newest first when not given.
    pub sort: Sort,
    pub limit: Option<usize>,
    /// Skip this many events of the listing first (paging).
    pub offset: Option<usize>,
}

/// The order of a listing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Newest first, undated last.
    #[default]
    Newest,
    Oldest,
    /// Largest headcount first (the upper end of its range), unknown last.
    Headcount,
    /// Most sources first.
    Sources,
    /// By company name.
    Company,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Newest,
        Sort::Oldest,
        Sort::Headcount,
        Sort::Sources,
        Sort::Company,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
            Sort::Headcount => "headcount",
            Sort::Sources => "sources",
            Sort::Company => "company",
        }
    }

    pub fn parse(s: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// A field events can be counted by: the facets of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Company,
    Kind,
    /// The year an event starts in.
    Year,
    /// The month an event starts in (`2025-07`).
    Month,
    Reason,
    Location,
    Unit,
    /// The source types an event has (an event with news and a WARN notice counts in both).
    Source,
}

impl Facet {
    pub const ALL: [Facet; 8] = [
        Facet::Company,
        Facet::Kind,
        Facet::Year,
        Facet::Month,
        Facet::Reason,
        Facet::Location,
        Facet::Unit,
        Facet::Source,
    ];

    /// The facet's name, which is also its URL parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Company => "company",
            Facet::Kind => "kind",
            Facet::Year => "year",
            Facet::Month => "month",
            Facet::Reason => "reason",
            Facet::Location => "location",
            Facet::Unit => "unit",
            Facet::Source => "source",
        }
    }
}

/// Jobs cut in one month: the rounds that start in it and are dated to the month or
/// better (a round dated only to a quarter or a year is left out, not spread).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthTotal {
    /// `YYYY-MM`.
    pub month: String,
    /// Rounds (layoffs and closures: plans and running totals would count cuts twice).
    pub rounds: u64,
    /// The rounds with a figure; the others add nothing to the band.
    pub with_figure: u64,
    /// The band: the sum of the rounds' lower ends, and of their upper ends.
    pub min: u64,
    pub max: u64,
}

/// Documents of one source type: all read, and those that made claims.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceCount {
    pub source_type: String,
    pub documents: u64,
    pub with_claims: u64,
}

/// A document found by full-text search, with the events its claims belong to.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentHit {
    pub path: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    /// A few words around the match, the matched words between U+0002 and U+0003.
    pub snippet: String,
    /// (event id, company) of each event the document is a source of.
    pub events: Vec<(String, String)>,
}

/// What a search found: company names (with their event counts) and documents.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    pub companies: Vec<(String, u64)>,
    pub documents: Vec<DocumentHit>,
}

/// One event as listed: the columns a table shows, and the event JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub id: String,
    pub company: String,
    pub parent: Option<String>,
    pub kind: String,
    pub date: Option<(NaiveDate, NaiveDate, String)>,
    pub headcount_min: Option<u64>,
    pub headcount_max: Option<u64>,
    pub percent: Option<f64>,
    pub sources: u64,
    pub json: String,
}

/// A stored evidence sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceRow {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub fields: Vec<String>,
}

/// One source of an event, with why it was joined and the sentences it rests on.
#[derive(Debug, Clone)]
pub struct Member {
    pub claim: StoredClaim,
    pub reason: String,
    pub evidence: Vec<EvidenceRow>,
}

/// An entry of the merge log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub logged_at: String,
    pub event_id: String,
    pub action: String,
    pub detail: String,
}

/// Everything `headcount show` prints about one event.
#[derive(Debug, Clone)]
pub struct EventDetail {
    pub event: EventRow,
    /// The id asked for, when it was an older id that now leads to this event.
    pub asked_for: Option<(String, String)>,
    pub members: Vec<Member>,
    pub log: Vec<LogEntry>,
}

/// A company's history, or the names that come closest.
#[derive(Debug, Clone)]
pub enum CompanyLookup {
    Found {
        company: String,
        /// Events of the company and of its subsidiaries, newest first.
        events: Vec<EventRow>,
    },
    NotFound {
        suggestions: Vec<String>,
    },
}

/// What one [`Store::write`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteReport {
    pub documents: u64,
    /// Documents already stored (the same text read twice in one batch, or by another writer).
    pub already_seen: u64,
    pub claims: u64,
    pub events_created: u64,
    pub events_updated: u64,
    pub events_superseded: u64,
    /// Claims that moved to another event or joined theirs for another reason.
    pub claims_moved: u64,
    /// Copies of stored documents read from a new place (another file or line, another
    /// URL), recorded as further sources of them.
    pub sources_added: u64,
    /// Stored documents whose canonical source changed (a copy with an earlier
    /// publication date, or the first with one, arrived): their claims are now the ones
    /// read from that copy.
    pub documents_redated: u64,
    /// Documents [`Store::replace_claims`] was asked to re-read but could not: not stored,
    /// or stored without their text.
    pub not_reread: u64,
}

/// News documents read by one version of the extractor rules
/// ([`headcount_extract::RULES_VERSION`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RulesCount {
    /// `None`: read before the store recorded versions.
    pub rules: Option<String>,
    pub documents: u64,
    pub claims: u64,
    /// Documents whose text is kept (those that had claims when read): the ones a rebuild
    /// can re-read.
    pub kept: u64,
}

/// A stored document as the extractor reads it again: what
/// [`headcount_extract::extract`] takes, and what a [`NewDocument`] holds besides its
/// claims.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDocument {
    pub hash: String,
    pub path: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<NaiveDate>,
    pub text: String,
    pub source_type: SourceType,
    pub record: Option<TableRecord>,
    /// How many claims it has now.
    pub claims: u64,
}

impl WriteReport {
    /// Adds the event counts of `other` (a second plan applied in the same write).
    pub fn add_events(&mut self, other: &WriteReport) {
        self.claims += other.claims;
        self.events_created += other.events_created;
        self.events_updated += other.events_updated;
        self.events_superseded += other.events_superseded;
        self.claims_moved += other.claims_moved;
    }
}

/// Totals of what the store holds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub documents: u64,
    pub claims: u64,
    pub events: u64,
}

/// A backend of the store. Event rules are not the backend's business: it loads the
/// claims of the company families a write touches and saves what [`resolve()`] and
/// [`reconcile()`] make of them.
pub trait Store {
    /// What the store knows of each document copy `(content hash, path, line)`: `None`
    /// when its text is not stored; else the document's canonical source, and whether
    /// this place was recorded. An ingest reads a stored text again only when its copy
    /// would become the canonical source, and records a copy from a new place as another
    /// source. In the order asked.
    fn known_documents(
        &mut self,
        copies: &[(&str, &str, Option<u64>)],
    ) -> Result<Vec<Option<KnownDocument>>>;
    /// Writes documents and their claims, and brings every event they touch up to date,
    /// in one transaction: after a crash either all of it is there or none.
    fn write(&mut self, docs: &[NewDocument]) -> Result<WriteReport>;
    /// Events matching the filter, newest first (undated last).
    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>>;
    /// The same events, handed to `f` one at a time as they are read (a large listing is
    /// never held whole); an error from `f` stops the listing.
    fn each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(EventRow) -> std::io::Result<()>,
    ) -> Result<()>;
    /// One event by id; an id that stopped being current leads to its successor.
    fn event(&self, id: &str) -> Result<Option<EventDetail>>;
    /// One company's events, or suggestions when no company has that name.
    fn company(&self, name: &str) -> Result<CompanyLookup>;
    fn counts(&self) -> Result<Counts>;
    /// How many events match the filter (its limit and offset aside).
    fn count_events(&self, filter: &EventFilter) -> Result<u64>;
    /// The values of one facet among the events matching the filter, with how many events
    /// have each, most first; at most `limit` values.
    fn facet(&self, filter: &EventFilter, facet: Facet, limit: usize)
        -> Result<Vec<(String, u64)>>;
    /// Jobs cut per month among the events matching the filter, oldest month first.
    fn monthly(&self, filter: &EventFilter) -> Result<Vec<MonthTotal>>;
    /// Documents by source type.
    fn source_counts(&self) -> Result<Vec<SourceCount>>;
    /// Company names containing the words of `query`, and documents whose title or text
    /// holds all of them (full-text search), best first.
    fn search(&self, query: &str, limit: usize) -> Result<SearchResults>;
    /// The events matching the filter that changed last, with when (RFC 3339), newest
    /// change first: what an Atom feed of new and updated events lists.
    fn recently_changed(
        &self,
        filter: &EventFilter,
        limit: usize,
    ) -> Result<Vec<(EventRow, String)>>;
    /// A number that changes whenever anything stored changes: views cache on it.
    fn generation(&self) -> Result<u64>;
    /// (event id, company) of each event the document with this content hash is a source
    /// of, in the order of its claims; empty when it has none or is not stored.
    fn document_events(&self, hash: &str) -> Result<Vec<(String, String)>>;
    /// News documents by the rules version that read them, in the order of the version
    /// strings (`None` first). Table rows are left out: their claims are the rows as they stand, read by
    /// their table layouts, not by the extractor's rules.
    fn rules_counts(&self) -> Result<Vec<RulesCount>>;
    /// At most `limit` news documents whose text is kept and that rules other than
    /// `rules` read (every such document when `all`), in content-hash order after the
    /// hash `after` (paging); only those with a claim in the family of `company` when
    /// given (the family `events --company` looks up).
    fn documents_to_reread(
        &self,
        rules: &str,
        company: Option<&str>,
        all: bool,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<StoredDocument>>;
    /// Replaces the claims of stored documents (by content hash) with these, read by
    /// `rules`, and brings every event they touch up to date, in one transaction. A new
    /// claim starts in the event of the old claim at its place in the document, so that an
    /// event whose id changes leads to the one holding most of its claims. A document not
    /// stored, or stored without its text, is counted in `not_reread` and left as it is.
    fn replace_claims(
        &mut self,
        docs: &[(String, Vec<headcount_extract::Claim>)],
        rules: &str,
    ) -> Result<WriteReport>;
}
