//! headcount's event store: documents, their claims, and the events they corroborate.
//!
//! Principal types:
//! - [`Store`], the small trait every backend implements; [`SqliteStore`] is the
//!   embedded default (WAL, one writer, batched transactions, versioned migrations).
//! - [`NewDocument`]: a document read and extracted, written with [`Store::write`] in
//!   one transaction together with the events it changes. Documents are keyed by
//!   [`content_hash`], so writing one again is a lookup ([`Store::seen`]).
//! - [`resolve()`] (pure) clusters one company family's claims into rounds (news and
//!   tracker rows by its rules, then WARN notices by those of [`link`]), and
//!   [`reconcile()`] (pure) makes each round an [`Event`], the event JSON of SPEC.md.
//!   Backends only load claims and save events: the rules live here once.
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
mod model;
pub mod reconcile;
pub mod resolve;
mod sqlite;

pub use keys::company_key;
pub use model::*;
pub use reconcile::reconcile;
pub use resolve::{resolve, Cluster};
pub use sqlite::SqliteStore;

use chrono::NaiveDate;
use std::collections::HashSet;
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
    pub limit: Option<usize>,
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
    /// Which of these content hashes are already stored.
    fn seen(&mut self, hashes: &[&str]) -> Result<HashSet<String>>;
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
}
