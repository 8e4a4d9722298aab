//! The PostgreSQL backend: the multi-writer store. Several `headcount ingest` processes,
//! on one machine or many, write to one database; queries read it while they do.
//!
//! The same tables, columns and migrations as SQLite (`migrations/postgres/`, numbered
//! like `migrations/`), the same row decoding ([`crate::rows`]) and the same pure update
//! planner ([`crate::plan`]): the same documents give the same events and ids in both.
//!
//! Concurrency. Each write is one transaction. Documents go in first, sorted by content
//! hash (two writers inserting the same documents wait on each other in one order, never
//! in a cycle; the second finds them stored: `ON CONFLICT DO NOTHING`). Resolution then
//! runs under PostgreSQL advisory transaction locks, released at commit:
//! - the alias lock, shared by every write, exclusive for a write that brings new alias
//!   pairs (which may move claims between families: nothing else resolves meanwhile);
//! - one lock per company family the write re-resolves, taken in one global order (by
//!   the key's hash), so two writes of one family take turns and writes of different
//!   families run side by side.
//!
//! Why advisory locks per family rather than row locks or a `SKIP LOCKED` queue: the
//! unit of consistency is a family, not a row (a family's events are derived from all of
//! its claims, including rows another writer is inserting), and a family may have no row
//! to lock yet; a queue would move resolution out of the writer's transaction, so a
//! document could be committed before its events, which the crash guarantees forbid.
//! Under READ COMMITTED each statement sees what committed before it, so a writer that
//! gets a family's lock sees every claim the previous holder wrote.
//!
//! Losing the connection loses only the open transaction: the error says so, and running
//! the command again writes what was not committed.

use crate::keys::{alias_pairs, company_key, gives_pair, Families};
use crate::model::TableRecord;
use crate::model::{KnownDocument, NewDocument, SourceKey, SourceType};
use crate::plan::{plan, Changes, FamilyClaims, Membership, Touched};
use crate::reach::{self, Lane, Reach, MAX_REACH_DAYS};
use crate::rows::{
    claim_from_row, date_str, event_from_row, int, json_list, now, parse_date, to_json,
    ClaimValues, CLAIM_COLUMNS, EVENT_COLUMNS,
};
use crate::{
    CompanyLookup, Counts, DocumentHit, EventDetail, EventFilter, EventRow, EvidenceRow, Facet,
    LogEntry, Member, MonthTotal, Result, RulesCount, SearchResults, Sort, SourceCount, Store,
    StoreError, StoredDocument, WriteReport,
};
use headcount_extract::Claim;
use postgres::types::ToSql;
use postgres::{Client, NoTls, Transaction};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// Versioned migrations, numbered as SQLite's; `headcount_schema` records the last one.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/postgres/0001_init.sql"),
    include_str!("../migrations/postgres/0002_indexes.sql"),
    include_str!("../migrations/postgres/0003_listing.sql"),
    include_str!("../migrations/postgres/0004_source_types.sql"),
    include_str!("../migrations/postgres/0005_search.sql"),
    include_str!("../migrations/postgres/0006_reach.sql"),
    include_str!("../migrations/postgres/0007_sources.sql"),
];

/// The first key of every advisory lock headcount takes ("hc"): other applications'
/// locks on the same database do not collide with ours.
const LOCK_SPACE: i32 = 0x6863;
/// The second key of the lock that serialises migrations, and of the alias lock.
const LOCK_MIGRATE: i32 = 0;
const LOCK_ALIASES: i32 = 1;

/// The PostgreSQL store.
pub struct PgStore {
    client: RefCell<Client>,
    /// The URL without its password, for messages.
    place: String,
    /// The rules version recorded with the documents it writes.
    rules: String,
}

type Param<'a> = &'a (dyn ToSql + Sync);
type PgResult<T> = std::result::Result<T, postgres::Error>;

/// `url` with any password replaced by `***`.
fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((auth, host)) => (Some(auth), host),
        None => (None, rest),
    };
    match auth.and_then(|a| a.split_once(':')) {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_owned(),
    }
}

fn err(place: &str, context: impl Into<String>) -> impl FnOnce(postgres::Error) -> StoreError {
    let context = context.into();
    let place = place.to_owned();
    move |e| StoreError {
        context,
        message: describe(&place, &e),
    }
}

/// A PostgreSQL error in words: a lost connection says what it means for the data.
fn describe(place: &str, e: &postgres::Error) -> String {
    // Class 08 is "connection exception"; 57P01-57P03 are the server shutting down,
    // restarting or not yet accepting connections.
    let lost_by_server = e.code().is_some_and(|c| {
        let c = c.code();
        c.starts_with("08") || matches!(c, "57P01" | "57P02" | "57P03")
    });
    // An I/O error under it: the socket was reset or closed.
    let io = std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>());
    if e.is_closed() || lost_by_server || io {
        format!(
            "lost the connection to {place} ({e}); nothing of the open transaction was written: run the command again to write the rest"
        )
    } else {
        match (e.as_db_error(), std::error::Error::source(e)) {
            (Some(db), _) => format!("{} ({})", db.message(), db.code().code()),
            (None, Some(cause)) => format!("{e}: {cause}"),
            (None, None) => e.to_string(),
        }
    }
}

/// A 32-bit lock key for a company family.
fn family_lock(key: &str) -> i32 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes()) as i32
}

impl PgStore {
    /// Connects to the database at `url` and brings its schema up to date (creating it in
    /// an empty database). A database with tables of another application is refused.
    pub fn connect(url: &str) -> Result<PgStore> {
        let store = PgStore::open(url)?;
        store.migrate()?;
        Ok(store)
    }

    /// Connects for queries: every transaction of the session is read-only, and a
    /// database without headcount's schema (or an older one) is an error, not created.
    pub fn connect_for_queries(url: &str) -> Result<PgStore> {
        let store = PgStore::open(url)?;
        let place = store.place.clone();
        let ctx = format!("opening {place}");
        store
            .client
            .borrow_mut()
            .batch_execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            .map_err(err(&place, &ctx))?;
        match store.schema_version()? {
            None => Err(StoreError {
                context: ctx,
                message: format!(
                    "no headcount database here; `headcount --db {place} ingest PATH...` makes one"
                ),
            }),
            Some(v) if v < MIGRATIONS.len() => Err(StoreError {
                context: ctx,
                message: format!(
                    "the database is at schema version {v}; this headcount needs {}: `headcount --db {place} ingest` (with any input) upgrades it",
                    MIGRATIONS.len()
                ),
            }),
            Some(_) => Ok(store),
        }
    }

    fn open(url: &str) -> Result<PgStore> {
        let place = redact(url);
        let client = Client::connect(url, NoTls).map_err(|e| StoreError {
            context: format!("connecting to {place}"),
            message: match (e.as_db_error(), std::error::Error::source(&e)) {
                (Some(db), _) => db.message().to_owned(),
                (None, Some(cause)) => format!("{e}: {cause}"),
                (None, None) => e.to_string(),
            },
        })?;
        Ok(PgStore {
            client: RefCell::new(client),
            place,
            rules: headcount_extract::RULES_VERSION.to_owned(),
        })
    }

    /// Where it lives, as messages name it (the URL without its password).
    pub fn place(&self) -> &str {
        &self.place
    }

    /// The schema version, or None when the database has no headcount schema.
    fn schema_version(&self) -> Result<Option<usize>> {
        let ctx = format!("reading the schema version of {}", self.place);
        let mut client = self.client.borrow_mut();
        let exists: bool = client
            .query_one("SELECT to_regclass('headcount_schema') IS NOT NULL", &[])
            .and_then(|r| r.try_get(0))
            .map_err(err(&self.place, &ctx))?;
        if !exists {
            return Ok(None);
        }
        let v: i64 = client
            .query_one("SELECT version FROM headcount_schema", &[])
            .and_then(|r| r.try_get(0))
            .map_err(err(&self.place, &ctx))?;
        Ok(Some(v.max(0) as usize))
    }

    fn migrate(&self) -> Result<()> {
        let ctx = format!("migrating {}", self.place);
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(err(&self.place, &ctx))?;
        // One migrating writer at a time; the others find the schema up to date.
        tx.execute(
            "SELECT pg_advisory_xact_lock($1, $2)",
            &[&LOCK_SPACE, &LOCK_MIGRATE],
        )
        .map_err(err(&self.place, &ctx))?;
        let exists: bool = tx
            .query_one("SELECT to_regclass('headcount_schema') IS NOT NULL", &[])
            .and_then(|r| r.try_get(0))
            .map_err(err(&self.place, &ctx))?;
        let version = if exists {
            let v: i64 = tx
                .query_one("SELECT version FROM headcount_schema", &[])
                .and_then(|r| r.try_get(0))
                .map_err(err(&self.place, &ctx))?;
            v.max(0) as usize
        } else {
            let foreign: bool = tx
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = current_schema())",
                    &[],
                )
                .and_then(|r| r.try_get(0))
                .map_err(err(&self.place, &ctx))?;
            if foreign {
                return Err(StoreError {
                    context: ctx,
                    message: "this database belongs to another application (it has tables but no headcount schema); headcount leaves it alone: give --db an empty database".into(),
                });
            }
            tx.batch_execute(
                "CREATE TABLE headcount_schema (version BIGINT NOT NULL);
                 INSERT INTO headcount_schema VALUES (0);",
            )
            .map_err(err(&self.place, &ctx))?;
            0
        };
        if version > MIGRATIONS.len() {
            return Err(StoreError {
                context: ctx,
                message: format!(
                    "the database is at schema version {version}, newer than this headcount ({}); upgrade headcount",
                    MIGRATIONS.len()
                ),
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.batch_execute(sql)
                .map_err(err(&self.place, format!("{ctx}: migration {}", i + 1)))?;
            let v = (i + 1) as i64;
            tx.execute("UPDATE headcount_schema SET version = $1", &[&v])
                .map_err(err(&self.place, &ctx))?;
        }
        tx.commit().map_err(err(&self.place, &ctx))
    }

    fn family_key(&self, name: &str) -> Result<String> {
        let mut client = self.client.borrow_mut();
        let families =
            load_families(&mut *client).map_err(err(&self.place, "reading company aliases"))?;
        Ok(families.canonical(&company_key(name)))
    }

    fn family_of(&self, filter: &EventFilter) -> Result<Option<String>> {
        match &filter.company {
            Some(name) => Ok(Some(self.family_key(name)?)),
            None => Ok(None),
        }
    }

    fn query(&self, ctx: &str, sql: &str, args: &[Param]) -> Result<Vec<postgres::Row>> {
        self.client
            .borrow_mut()
            .query(sql, args)
            .map_err(err(&self.place, ctx))
    }

    fn each_event_row(
        &self,
        filter: &EventFilter,
        key: Option<&str>,
        f: &mut dyn FnMut(EventRow) -> std::io::Result<()>,
    ) -> Result<()> {
        let (clause, args) = where_clause(filter, key);
        let mut sql = format!("SELECT {EVENT_COLUMNS} FROM events{clause}");
        sql.push_str(order_by(filter.sort));
        match (filter.limit, filter.offset) {
            (Some(n), Some(o)) => sql.push_str(&format!(" LIMIT {n} OFFSET {o}")),
            (Some(n), None) => sql.push_str(&format!(" LIMIT {n}")),
            (None, Some(o)) => sql.push_str(&format!(" OFFSET {o}")),
            (None, None) => {}
        }
        let ctx = "listing events";
        let params: Vec<Param> = args.iter().map(|a| a as Param).collect();
        let mut client = self.client.borrow_mut();
        // Streamed: rows are handed on as they arrive, never held whole.
        let mut rows = client
            .query_raw(&sql, params.iter().copied())
            .map_err(err(&self.place, ctx))?;
        while let Some(row) = postgres::fallible_iterator::FallibleIterator::next(&mut rows)
            .map_err(err(&self.place, ctx))?
        {
            let event = event_from_row(&row).map_err(err(&self.place, ctx))?;
            f(event).map_err(|e| StoreError {
                context: ctx.into(),
                message: e.to_string(),
            })?;
        }
        Ok(())
    }

    fn events_of_document(&self, doc_id: i64) -> Result<Vec<(String, String)>> {
        let rows = self.query(
            "listing the events of a document",
            "SELECT e.event_id, e.company, MIN(c.ordinal) FROM claims c
             JOIN events e ON e.event_id = c.event_id WHERE c.doc_id = $1
             GROUP BY e.event_id, e.company ORDER BY 3",
            &[&doc_id],
        )?;
        rows.iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, "listing the events of a document"))
    }
}

/// The ORDER BY of a listing, as SQLite orders it (NULLs last when descending, first
/// when ascending: PostgreSQL's defaults are the other way round).
fn order_by(sort: Sort) -> &'static str {
    match sort {
        Sort::Newest => {
            " ORDER BY date_earliest DESC NULLS LAST, date_latest DESC NULLS LAST, event_id DESC"
        }
        Sort::Oldest => {
            " ORDER BY date_earliest IS NULL, date_earliest NULLS FIRST, date_latest NULLS FIRST, event_id"
        }
        Sort::Headcount => {
            " ORDER BY COALESCE(headcount_max, headcount_min) IS NULL,
             COALESCE(headcount_max, headcount_min) DESC NULLS LAST,
             date_earliest DESC NULLS LAST, event_id DESC"
        }
        Sort::Sources => " ORDER BY sources DESC, date_earliest DESC NULLS LAST, event_id DESC",
        Sort::Company => {
            " ORDER BY lower(company), date_earliest DESC NULLS LAST, event_id DESC"
        }
    }
}

/// The WHERE clause of a filter (company family `key` already looked up), with its
/// arguments. Values are always parameters, never SQL.
fn where_clause(filter: &EventFilter, key: Option<&str>) -> (String, Vec<String>) {
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<String> = Vec::new();
    let arg = |v: &str, args: &mut Vec<String>| -> usize {
        args.push(v.to_owned());
        args.len()
    };
    if let Some(k) = key {
        let n = arg(k, &mut args);
        sql.push_str(&format!(" AND (company_key = ${n} OR parent_key = ${n})"));
    }
    if let Some(d) = filter.since {
        let n = arg(&d.to_string(), &mut args);
        sql.push_str(&format!(" AND date_latest >= ${n}"));
    }
    if let Some(d) = filter.until {
        let n = arg(&d.to_string(), &mut args);
        sql.push_str(&format!(" AND date_earliest <= ${n}"));
    }
    if let Some(k) = &filter.kind {
        let n = arg(k, &mut args);
        sql.push_str(&format!(" AND kind = ${n}"));
    }
    if let Some(p) = &filter.period {
        let n = arg(p, &mut args);
        sql.push_str(&format!(
            " AND substr(date_earliest, 1, length(${n}::text)) = ${n}"
        ));
    }
    for (column, value) in [("source_types", &filter.source), ("states", &filter.state)] {
        if let Some(v) = value {
            let n = arg(v, &mut args);
            sql.push_str(&format!(
                " AND position(',' || ${n}::text || ',' in ',' || {column} || ',') > 0"
            ));
        }
    }
    for (field, value) in [("reasons", &filter.reason), ("locations", &filter.location)] {
        if let Some(v) = value {
            let n = arg(v, &mut args);
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(events.json::jsonb -> '{field}') j(value) WHERE j.value = ${n})"
            ));
        }
    }
    if let Some(v) = &filter.unit {
        let n = arg(v, &mut args);
        sql.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM jsonb_array_elements(events.json::jsonb -> 'units') j(value) WHERE j.value ->> 'name' = ${n})"
        ));
    }
    (sql, args)
}

/// Alias families from every stored pair.
fn load_families(client: &mut impl postgres::GenericClient) -> PgResult<Families> {
    let rows = client.query("SELECT alias_key, name_key FROM alias_pairs", &[])?;
    let pairs: Vec<(String, String)> = rows
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<PgResult<_>>()?;
    Ok(Families::from_pairs(
        pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    ))
}

/// The documents of a batch on their way in: copied here first (COPY, one round trip),
/// then inserted from here in one statement that skips those already stored.
const STAGING: &str = "CREATE TEMP TABLE IF NOT EXISTS hc_new_documents (
    ord BIGINT, hash TEXT, path TEXT, line BIGINT, source_id TEXT, url TEXT, title TEXT,
    outlet TEXT, published TEXT, reference_date TEXT, claims BIGINT, text TEXT,
    ingested_at TEXT, source_type TEXT, notice_date TEXT, received_date TEXT,
    effective_date TEXT, city TEXT, county TEXT, state TEXT, address TEXT, rules TEXT
) ON COMMIT DELETE ROWS";

/// Inserts the documents, claims and evidence of a batch with COPY (a few round trips
/// per batch, not one per row); adds each new claim's reach to `touched`, by the key of
/// its company name; returns the new claims' ids. Documents go in sorted by content hash,
/// the first of two copies of one text in the batch winning, as in SQLite.
#[allow(clippy::too_many_arguments)]
fn insert_documents(
    tx: &mut Transaction,
    docs: &[NewDocument],
    rules: &str,
    report: &mut WriteReport,
    touched: &mut BTreeMap<String, Vec<Reach>>,
    new_pairs: &mut bool,
    redated: &mut Vec<(String, Vec<Claim>)>,
) -> PgResult<Vec<i64>> {
    use postgres::binary_copy::BinaryCopyInWriter;
    use postgres::types::Type;
    let at = now();
    tx.batch_execute(STAGING)?;
    let text_cols = |n: usize| vec![Type::TEXT; n];
    let mut types = vec![Type::INT8, Type::TEXT, Type::TEXT, Type::INT8];
    types.extend(text_cols(6));
    types.push(Type::INT8);
    types.extend(text_cols(11));
    let mut w = BinaryCopyInWriter::new(
        tx.copy_in(
            "COPY hc_new_documents (ord, hash, path, line, source_id, url, title, outlet,
                 published, reference_date, claims, text, ingested_at, source_type, notice_date,
                 received_date, effective_date, city, county, state, address, rules)
             FROM STDIN BINARY",
        )?,
        &types,
    );
    for (ord, d) in docs.iter().enumerate() {
        let text = (!d.claims.is_empty()).then_some(d.text.as_str());
        let rec = d.record.clone().unwrap_or_default();
        let ord = ord as i64;
        let line = d.line.map(|l| l.min(i64::MAX as u64) as i64);
        let n_claims = d.claims.len() as i64;
        let published = date_str(d.published);
        let reference = date_str(d.reference_date());
        let (notice, received, effective) = (
            date_str(rec.notice_date),
            date_str(rec.received_date),
            date_str(rec.effective_date),
        );
        w.write(&[
            &ord,
            &d.hash,
            &d.path,
            &line,
            &d.source_id,
            &d.url,
            &d.title,
            &d.outlet,
            &published,
            &reference,
            &n_claims,
            &text,
            &at,
            &d.source_type.as_str(),
            &notice,
            &received,
            &effective,
            &rec.city,
            &rec.county,
            &rec.state,
            &rec.address,
            &rules,
        ])?;
    }
    w.finish()?;
    let inserted = tx.query(
        "INSERT INTO documents (hash, path, line, source_id, url, title, outlet, published,
             reference_date, claims, text, ingested_at, source_type, notice_date,
             received_date, effective_date, city, county, state, address, rules)
         SELECT hash, path, line, source_id, url, title, outlet, published, reference_date,
                claims, text, ingested_at, source_type, notice_date, received_date,
                effective_date, city, county, state, address, rules
         FROM (SELECT DISTINCT ON (hash) * FROM hc_new_documents ORDER BY hash, ord) first
         ORDER BY hash
         ON CONFLICT (hash) DO NOTHING RETURNING doc_id, hash",
        &[],
    )?;
    // Every copy's place is a source of its document (a place already recorded is not
    // recorded again).
    let sources = tx.execute(
        "INSERT INTO document_sources (doc_id, path, line, source_id, url, title, outlet,
                                       published, ingested_at)
         SELECT d.doc_id, s.path, s.line, s.source_id, s.url, s.title, s.outlet, s.published,
                s.ingested_at
         FROM hc_new_documents s JOIN documents d ON d.hash = s.hash ORDER BY s.ord
         ON CONFLICT DO NOTHING",
        &[],
    )?;
    report.sources_added += sources.saturating_sub(inserted.len() as u64);
    tx.batch_execute("TRUNCATE hc_new_documents")?;
    let mut doc_ids: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
    for r in &inserted {
        doc_ids.insert(r.try_get(1)?, r.try_get(0)?);
    }
    // Copies of stored documents (and second copies within the batch): one that comes
    // before the document's canonical source becomes it, and its claims replace those
    // of the copy before.
    let others: Vec<&NewDocument> = {
        let mut first: HashSet<&str> = HashSet::new();
        let mut v: Vec<&NewDocument> = docs
            .iter()
            .filter(|d| !(doc_ids.contains_key(&d.hash) && first.insert(d.hash.as_str())))
            .collect();
        v.sort_by_key(|d| SourceKey::of(d));
        v
    };
    if !others.is_empty() {
        let hashes: Vec<&str> = others.iter().map(|d| d.hash.as_str()).collect();
        let mut stored: std::collections::HashMap<String, (i64, SourceKey)> =
            std::collections::HashMap::new();
        for r in tx.query(
            "SELECT hash, doc_id, published, url, path, line FROM documents WHERE hash = ANY($1)",
            &[&hashes],
        )? {
            let key = SourceKey::new(
                parse_date(r.try_get(2)?),
                r.try_get::<_, Option<String>>(3)?.as_deref(),
                &r.try_get::<_, String>(4)?,
                r.try_get::<_, Option<i64>>(5)?.map(|l| l.max(0) as u64),
            );
            stored.insert(r.try_get(0)?, (r.try_get(1)?, key));
        }
        for d in others {
            let Some((doc_id, key)) = stored.get_mut(&d.hash) else {
                continue;
            };
            let mine = SourceKey::of(d);
            if mine >= *key {
                continue;
            }
            let text = (!d.claims.is_empty()).then_some(d.text.as_str());
            let line = d.line.map(|l| l.min(i64::MAX as u64) as i64);
            tx.execute(
                "UPDATE documents SET path = $2, line = $3, source_id = $4, url = $5, title = $6,
                     outlet = $7, published = $8, reference_date = $9, text = COALESCE($10, text)
                 WHERE doc_id = $1",
                &[
                    &*doc_id,
                    &d.path,
                    &line,
                    &d.source_id,
                    &d.url,
                    &d.title,
                    &d.outlet,
                    &date_str(d.published),
                    &date_str(d.reference_date()),
                    &text,
                ],
            )?;
            let reread = !mine.reads_like(key);
            *key = mine;
            redated.retain(|(h, _)| h != &d.hash);
            if reread {
                redated.push((d.hash.clone(), d.claims.clone()));
            }
        }
    }
    report.documents += doc_ids.len() as u64;
    report.already_seen += (docs.len() - doc_ids.len()) as u64;
    // Each inserted document once (the first copy in the batch), its claims with ids
    // drawn from the sequence up front, so that claims and evidence are copied too.
    let mut new_docs: Vec<(i64, &NewDocument)> = Vec::new();
    for d in docs {
        if let Some(id) = doc_ids.remove(&d.hash) {
            new_docs.push((id, d));
        }
    }
    let n_claims: i64 = new_docs.iter().map(|(_, d)| d.claims.len() as i64).sum();
    if n_claims == 0 {
        return Ok(Vec::new());
    }
    let ids: Vec<i64> = tx
        .query(
            "SELECT nextval(pg_get_serial_sequence('claims', 'claim_id'))
             FROM generate_series(1, $1::bigint)",
            &[&n_claims],
        )?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<PgResult<_>>()?;
    let mut types = vec![Type::INT8, Type::INT8, Type::INT8];
    types.extend(text_cols(11));
    types.extend([Type::INT8, Type::INT8, Type::FLOAT8]);
    types.extend(text_cols(4));
    types.extend([Type::FLOAT8, Type::TEXT, Type::INT8, Type::INT8]);
    let mut w = BinaryCopyInWriter::new(
        tx.copy_in(
            "COPY claims (claim_id, doc_id, ordinal, kind, company, name_key, company_key,
                 parent, aliases, date_text, date_earliest, date_latest, date_precision,
                 headcount_text, headcount_min, headcount_max, percent, units, locations,
                 reasons, severance, confidence, lane, reach_lo, reach_hi)
             FROM STDIN BINARY",
        )?,
        &types,
    );
    let mut evidence: Vec<(i64, &headcount_extract::Evidence)> = Vec::new();
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut next = ids.iter().copied();
    let mut new_claims = Vec::with_capacity(ids.len());
    for (doc_id, d) in &new_docs {
        for (ordinal, c) in d.claims.iter().enumerate() {
            let claim_id = next.next().unwrap_or_default();
            new_claims.push(claim_id);
            let v = ClaimValues::of(d, c);
            let ordinal = ordinal as i64;
            w.write(&[
                &claim_id,
                doc_id,
                &ordinal,
                &v.kind,
                &v.company,
                &v.name_key,
                &v.name_key,
                &v.parent,
                &v.aliases,
                &v.date_text,
                &v.earliest,
                &v.latest,
                &v.precision,
                &v.headcount_text,
                &v.min,
                &v.max,
                &v.percent,
                &v.units,
                &v.locations,
                &v.reasons,
                &v.severance,
                &v.confidence,
                &v.lane,
                &v.reach_lo,
                &v.reach_hi,
            ])?;
            report.claims += 1;
            evidence.extend(c.evidence.iter().map(|e| (claim_id, e)));
            pairs.extend(alias_pairs(&c.company, &c.aliases, c.parent.as_deref()));
            touched.entry(v.name_key).or_default().push(v.reach);
        }
    }
    w.finish()?;
    let mut w = BinaryCopyInWriter::new(
        tx.copy_in("COPY evidence (claim_id, start, \"end\", text, fields) FROM STDIN BINARY")?,
        &[Type::INT8, Type::INT8, Type::INT8, Type::TEXT, Type::TEXT],
    );
    for (claim_id, e) in &evidence {
        let (start, end) = (e.start as i64, e.end as i64);
        w.write(&[claim_id, &start, &end, &e.text, &to_json(&e.fields)])?;
    }
    w.finish()?;
    if !pairs.is_empty() {
        pairs.sort();
        pairs.dedup();
        let ins_pair = tx.prepare(
            "INSERT INTO alias_pairs (alias_key, name_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )?;
        for (alias, name) in &pairs {
            *new_pairs |= tx.execute(&ins_pair, &[alias, name])? > 0;
        }
    }
    Ok(new_claims)
}

/// Points every claim at its alias family's key and says what each family touched needs
/// (see `SqliteStore::apply_families`). `new_claims` are this write's own claims. A few
/// statements over arrays, not a few per name: each round trip to the server costs more
/// than the work.
fn apply_families(
    tx: &mut Transaction,
    touched: &BTreeMap<String, Vec<Reach>>,
    changed_pairs: bool,
    new_claims: &[i64],
) -> PgResult<Touched> {
    let families = load_families(tx)?;
    let names: Vec<String> = if changed_pairs {
        let mut all: BTreeSet<String> = families.members().map(|(k, _)| k.to_owned()).collect();
        all.extend(touched.keys().cloned());
        all.into_iter().collect()
    } else {
        touched.keys().cloned().collect()
    };
    let family_of: Vec<String> = names.iter().map(|n| families.canonical(n)).collect();
    let mut before: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for r in tx.query(
        "SELECT DISTINCT name_key, company_key FROM claims WHERE name_key = ANY($1)",
        &[&names],
    )? {
        before.entry(r.try_get(0)?).or_default().push(r.try_get(1)?);
    }
    let moved: BTreeSet<String> = tx
        .query(
            "SELECT DISTINCT c.name_key FROM claims c
             JOIN unnest($1::text[], $2::text[]) v(name, family) ON c.name_key = v.name
             WHERE c.company_key <> v.family
               AND c.claim_id NOT IN (SELECT unnest($3::bigint[]))",
            &[&names, &family_of, &new_claims],
        )?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<PgResult<_>>()?;
    tx.execute(
        "UPDATE claims c SET company_key = v.family
         FROM unnest($1::text[], $2::text[]) v(name, family)
         WHERE c.name_key = v.name AND c.company_key <> v.family",
        &[&names, &family_of],
    )?;
    let mut out = Touched::default();
    for (name, family) in names.into_iter().zip(family_of) {
        if moved.contains(&name) {
            out.whole.extend(before.remove(&name).unwrap_or_default());
            out.whole.insert(family.clone());
        }
        if let Some(seeds) = touched.get(&name) {
            out.parts
                .entry(family)
                .or_default()
                .extend(seeds.iter().copied());
        }
    }
    Ok(out)
}

/// Reads claim rows (the claim columns, the lane, and a part number) into parts; fills
/// the lane and reach of claims from before schema 6.
fn read_parts(
    tx: &mut Transaction,
    rows: &[postgres::Row],
    parts: &mut [FamilyClaims],
) -> PgResult<()> {
    for r in rows {
        let (c, event, reason) = claim_from_row(r)?;
        let lane: Option<String> = r.try_get(37)?;
        let part: i64 = r.try_get(38)?;
        if lane.is_none() {
            let reach = Reach::of(&c);
            let (lo, hi) = (reach.days.map(|d| d.0), reach.days.map(|d| d.1));
            tx.execute(
                "UPDATE claims SET lane = $2, reach_lo = $3, reach_hi = $4 WHERE claim_id = $1",
                &[&c.claim_id, &reach.lane.as_str(), &lo, &hi],
            )?;
        }
        if let Some(p) = usize::try_from(part).ok().and_then(|p| parts.get_mut(p)) {
            p.claims.push(c);
            p.was.push(Membership { event, reason });
        }
    }
    Ok(())
}

/// Loads what the touched families need re-resolved, and the stored JSON of every event
/// their claims belong to (see `SqliteStore::load_touched`): whole families in one
/// query; the parts the new claims reach by widening every window of every family at
/// once (a query per round of widening), then one query for all their claims.
fn load_touched(
    tx: &mut Transaction,
    touched: &Touched,
) -> PgResult<(BTreeMap<String, String>, Vec<FamilyClaims>)> {
    let mut old: BTreeMap<String, String> = BTreeMap::new();
    let keys: Vec<String> = touched
        .whole
        .iter()
        .chain(touched.parts.keys())
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let not_filled: BTreeSet<String> = tx
        .query(
            "SELECT DISTINCT company_key FROM claims WHERE company_key = ANY($1) AND lane IS NULL",
            &[&keys],
        )?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<PgResult<_>>()?;
    let whole: Vec<String> = keys
        .iter()
        .filter(|k| touched.whole.contains(*k) || not_filled.contains(*k))
        .cloned()
        .collect();
    let unbounded: BTreeSet<(String, String)> = tx
        .query(
            "SELECT DISTINCT company_key, lane FROM claims
             WHERE company_key = ANY($1) AND lane IS NOT NULL AND reach_lo IS NULL",
            &[&keys],
        )?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<PgResult<_>>()?;
    // Parts: (family, lane, windows); a lane with an unbounded claim or seed is whole.
    let mut lanes_whole: Vec<(String, Lane)> = Vec::new();
    let mut windowed: Vec<Windowed> = Vec::new();
    for (key, seeds) in &touched.parts {
        if whole.contains(key) {
            continue;
        }
        let mut by_lane: BTreeMap<Lane, Vec<Reach>> = BTreeMap::new();
        for r in seeds {
            by_lane.entry(r.lane).or_default().push(*r);
        }
        for (lane, seeds) in by_lane {
            let days: Option<Vec<(i64, i64)>> = seeds.iter().map(|r| r.days).collect();
            match days {
                Some(d) if !unbounded.contains(&(key.clone(), lane.as_str().to_owned())) => {
                    windowed.push((key.clone(), lane, reach::merged(d)));
                }
                _ => lanes_whole.push((key.clone(), lane)),
            }
        }
    }
    // Widen every window until no stored reach crosses it (see reach::component_windows).
    loop {
        let (mut wk, mut wl, mut lo, mut hi, mut owner) = (vec![], vec![], vec![], vec![], vec![]);
        for (n, (key, lane, windows)) in windowed.iter().enumerate() {
            for &(a, b) in windows {
                wk.push(key.clone());
                wl.push(lane.as_str());
                lo.push(a);
                hi.push(b);
                owner.push(n);
            }
        }
        if wk.is_empty() {
            break;
        }
        let mut hulls: Vec<Option<(i64, i64)>> = vec![None; wk.len()];
        for r in tx.query(
            &format!(
                "SELECT w.i, MIN(c.reach_lo), MAX(c.reach_hi)
                 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
                      WITH ORDINALITY AS w(key, lane, lo, hi, i)
                 JOIN claims c ON c.company_key = w.key AND c.lane = w.lane
                      AND c.reach_lo >= w.lo - {MAX_REACH_DAYS} AND c.reach_lo <= w.hi
                      AND c.reach_hi >= w.lo
                 GROUP BY w.i"
            ),
            &[&wk, &wl, &lo, &hi],
        )? {
            let i: i64 = r.try_get(0)?;
            let hull = r
                .try_get::<_, Option<i64>>(1)?
                .zip(r.try_get::<_, Option<i64>>(2)?);
            if let Some(slot) = usize::try_from(i - 1).ok().and_then(|i| hulls.get_mut(i)) {
                *slot = hull;
            }
        }
        // The hulls of each lane's windows, in the order its windows were listed.
        let mut lane_hulls: Vec<Vec<Option<(i64, i64)>>> = vec![Vec::new(); windowed.len()];
        for (&n, hull) in owner.iter().zip(hulls) {
            lane_hulls[n].push(hull);
        }
        let mut changed = false;
        for ((_, _, windows), hulls) in windowed.iter_mut().zip(lane_hulls) {
            let g = reach::widened(windows, &hulls);
            changed |= g != *windows;
            *windows = g;
        }
        if !changed {
            break;
        }
    }
    // The parts, in order: whole families, whole lanes, then one per window.
    let mut parts: Vec<FamilyClaims> = Vec::new();
    let part = |key: &str| FamilyClaims {
        key: key.to_owned(),
        ..FamilyClaims::default()
    };
    if !whole.is_empty() {
        for r in tx.query(
            "SELECT event_id, json FROM events WHERE company_key = ANY($1)",
            &[&whole],
        )? {
            old.insert(r.try_get(0)?, r.try_get(1)?);
        }
        let first = parts.len() as i64;
        parts.extend(whole.iter().map(|k| part(k)));
        let rows = tx.query(
            &format!(
                "SELECT {CLAIM_COLUMNS}, c.lane, $2::bigint + w.i - 1
                 FROM unnest($1::text[]) WITH ORDINALITY AS w(key, i)
                 JOIN claims c ON c.company_key = w.key
                 JOIN documents d ON d.doc_id = c.doc_id
                 ORDER BY c.claim_id"
            ),
            &[&whole, &first],
        )?;
        read_parts(tx, &rows, &mut parts)?;
    }
    if !lanes_whole.is_empty() {
        let (k, l): (Vec<String>, Vec<&str>) = lanes_whole
            .iter()
            .map(|(k, l)| (k.clone(), l.as_str()))
            .unzip();
        let first = parts.len() as i64;
        parts.extend(lanes_whole.iter().map(|(k, _)| part(k)));
        let rows = tx.query(
            &format!(
                "SELECT {CLAIM_COLUMNS}, c.lane, $3::bigint + w.i - 1
                 FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS w(key, lane, i)
                 JOIN claims c ON c.company_key = w.key AND c.lane = w.lane
                 JOIN documents d ON d.doc_id = c.doc_id
                 ORDER BY c.claim_id"
            ),
            &[&k, &l, &first],
        )?;
        read_parts(tx, &rows, &mut parts)?;
    }
    let (mut wk, mut wl, mut lo, mut hi) = (vec![], vec![], vec![], vec![]);
    for (key, lane, windows) in &windowed {
        for &(a, b) in windows {
            wk.push(key.clone());
            wl.push(lane.as_str());
            lo.push(a);
            hi.push(b);
            parts.push(part(key));
        }
    }
    if !wk.is_empty() {
        let first = (parts.len() - wk.len()) as i64;
        let rows = tx.query(
            &format!(
                "SELECT {CLAIM_COLUMNS}, c.lane, $5::bigint + w.i - 1
                 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
                      WITH ORDINALITY AS w(key, lane, lo, hi, i)
                 JOIN claims c ON c.company_key = w.key AND c.lane = w.lane
                      AND c.reach_lo >= w.lo - {MAX_REACH_DAYS} AND c.reach_lo <= w.hi
                      AND c.reach_hi >= w.lo
                 JOIN documents d ON d.doc_id = c.doc_id
                 ORDER BY c.claim_id"
            ),
            &[&wk, &wl, &lo, &hi, &first],
        )?;
        read_parts(tx, &rows, &mut parts)?;
    }
    let wanted: Vec<String> = parts
        .iter()
        .flat_map(|p| p.was.iter().filter_map(|m| m.event.clone()))
        .filter(|id| !old.contains_key(id))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    if !wanted.is_empty() {
        for r in tx.query(
            "SELECT event_id, json FROM events WHERE event_id = ANY($1)",
            &[&wanted],
        )? {
            old.insert(r.try_get(0)?, r.try_get(1)?);
        }
    }
    Ok((old, parts))
}

/// The columns of the events a plan writes, as arrays for one `INSERT ... unnest`.
#[derive(Default)]
struct EventColumns<'a> {
    id: Vec<&'a str>,
    company: Vec<&'a str>,
    key: Vec<&'a str>,
    parent: Vec<Option<&'a str>>,
    parent_key: Vec<Option<String>>,
    kind: Vec<&'a str>,
    earliest: Vec<Option<String>>,
    latest: Vec<Option<String>>,
    precision: Vec<Option<&'a str>>,
    min: Vec<Option<i64>>,
    max: Vec<Option<i64>>,
    percent: Vec<Option<f64>>,
    sources: Vec<i64>,
    json: Vec<&'a str>,
    types: Vec<String>,
    states: Vec<String>,
}

/// One lane of one family, and the windows of days of its parts.
type Windowed = (String, Lane, Vec<(i64, i64)>);

/// Applies a plan: events, claims, retired ids, the merge log; each a statement over
/// arrays.
fn apply(tx: &mut Transaction, changes: &Changes, report: &mut WriteReport) -> PgResult<()> {
    let at = now();
    let created: Vec<&str> = changes
        .events
        .iter()
        .filter(|w| w.created)
        .map(|w| w.id.as_str())
        .collect();
    if !created.is_empty() {
        // An id that comes back is current again.
        tx.execute(
            "DELETE FROM event_aliases WHERE old_id = ANY($1)",
            &[&created],
        )?;
    }
    if !changes.events.is_empty() {
        let mut c = EventColumns::default();
        for w in &changes.events {
            let e = &w.event;
            c.id.push(&w.id);
            c.company.push(&e.company);
            c.key.push(&w.family_key);
            c.parent.push(e.parent.as_deref());
            c.parent_key.push(e.parent.as_deref().map(company_key));
            c.kind.push(e.kind.as_str());
            c.earliest
                .push(e.date.as_ref().map(|d| d.earliest.to_string()));
            c.latest.push(e.date.as_ref().map(|d| d.latest.to_string()));
            c.precision
                .push(e.date.as_ref().map(|d| d.precision.as_str()));
            c.min.push(int(e.headcount.as_ref().and_then(|h| h.min)));
            c.max.push(int(e.headcount.as_ref().and_then(|h| h.max)));
            c.percent.push(e.percent);
            c.sources.push(e.sources.len() as i64);
            c.json.push(&w.json);
            c.types.push(e.source_types().join(","));
            c.states.push(e.states().join(","));
        }
        tx.execute(
            "INSERT INTO events (event_id, company, company_key, parent, parent_key, kind,
                 date_earliest, date_latest, date_precision, headcount_min, headcount_max,
                 percent, sources, json, source_types, states)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                 $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[],
                 $12::float8[], $13::bigint[], $14::text[], $15::text[], $16::text[])
             ON CONFLICT (event_id) DO UPDATE SET company = excluded.company,
                 company_key = excluded.company_key, parent = excluded.parent,
                 parent_key = excluded.parent_key, kind = excluded.kind,
                 date_earliest = excluded.date_earliest, date_latest = excluded.date_latest,
                 date_precision = excluded.date_precision,
                 headcount_min = excluded.headcount_min, headcount_max = excluded.headcount_max,
                 percent = excluded.percent, sources = excluded.sources, json = excluded.json,
                 source_types = excluded.source_types, states = excluded.states",
            &[
                &c.id,
                &c.company,
                &c.key,
                &c.parent,
                &c.parent_key,
                &c.kind,
                &c.earliest,
                &c.latest,
                &c.precision,
                &c.min,
                &c.max,
                &c.percent,
                &c.sources,
                &c.json,
                &c.types,
                &c.states,
            ],
        )?;
    }
    if !changes.claims.is_empty() {
        let ids: Vec<i64> = changes.claims.iter().map(|m| m.claim_id).collect();
        let events: Vec<&str> = changes.claims.iter().map(|m| m.event_id.as_str()).collect();
        let reasons: Vec<&str> = changes.claims.iter().map(|m| m.reason.as_str()).collect();
        tx.execute(
            "UPDATE claims c SET event_id = v.event_id, join_reason = v.reason
             FROM unnest($1::bigint[], $2::text[], $3::text[]) v(claim_id, event_id, reason)
             WHERE c.claim_id = v.claim_id",
            &[&ids, &events, &reasons],
        )?;
    }
    if !changes.retired.is_empty() {
        let ids: Vec<&str> = changes.retired.iter().map(|r| r.id.as_str()).collect();
        tx.execute("DELETE FROM events WHERE event_id = ANY($1)", &[&ids])?;
        let (mut old, mut new, mut why) = (Vec::new(), Vec::new(), Vec::new());
        for r in &changes.retired {
            if let Some((successor, reason)) = &r.successor {
                old.push(r.id.as_str());
                new.push(successor.as_str());
                why.push(reason.as_str());
            }
        }
        if !old.is_empty() {
            tx.execute(
                "INSERT INTO event_aliases (old_id, event_id, reason)
                 SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
                 ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id,
                     reason = excluded.reason",
                &[&old, &new, &why],
            )?;
            // Older ids that led to a retired id lead to its successor (successors are
            // current: none of them is retired here).
            tx.execute(
                "UPDATE event_aliases a SET event_id = v.successor
                 FROM unnest($1::text[], $2::text[]) v(old_id, successor)
                 WHERE a.event_id = v.old_id",
                &[&old, &new],
            )?;
        }
    }
    if !changes.log.is_empty() {
        let events: Vec<&str> = changes.log.iter().map(|l| l.event_id.as_str()).collect();
        let claims: Vec<Option<i64>> = changes.log.iter().map(|l| l.claim_id).collect();
        let actions: Vec<&str> = changes.log.iter().map(|l| l.action).collect();
        let details: Vec<&str> = changes.log.iter().map(|l| l.detail.as_str()).collect();
        tx.execute(
            "INSERT INTO merge_log (logged_at, event_id, claim_id, action, detail)
             SELECT $1, v.event_id, v.claim_id, v.action, v.detail
             FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[])
                  WITH ORDINALITY AS v(event_id, claim_id, action, detail, i)
             ORDER BY v.i",
            &[&at, &events, &claims, &actions, &details],
        )?;
    }
    report.events_created += changes.created();
    report.events_updated += changes.updated();
    report.events_superseded += changes.superseded();
    report.claims_moved += changes.claims.len() as u64;
    Ok(())
}

/// Re-reads documents: their claims are replaced by `docs`' (see
/// `Store::replace_claims`), each new claim starting in the event of the old claim at
/// its place, and the families the old and new claims reach are re-resolved. Under the
/// exclusive alias lock: alias pairs may go as well as come.
fn replace_in(
    tx: &mut Transaction,
    docs: &[(String, Vec<Claim>)],
    rules: &str,
    report: &mut WriteReport,
) -> PgResult<()> {
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, $2)",
        &[&LOCK_SPACE, &LOCK_ALIASES],
    )?;
    let mut seeds = Touched::default();
    let mut old_events: BTreeSet<String> = BTreeSet::new();
    let mut old_pairs: BTreeSet<(String, String)> = BTreeSet::new();
    let mut names: BTreeMap<String, Vec<Reach>> = BTreeMap::new();
    let mut new_pairs = false;
    let mut new_claims: Vec<i64> = Vec::new();
    for (hash, claims) in docs {
        let Some(r) = tx.query_opt(
            "SELECT doc_id, path, title, url, published, text, source_type, notice_date,
                    received_date, effective_date, city, county, state, address
             FROM documents WHERE hash = $1",
            &[hash],
        )?
        else {
            report.not_reread += 1;
            continue;
        };
        let Some(text) = r.try_get::<_, Option<String>>(5)? else {
            report.not_reread += 1;
            continue;
        };
        let doc_id: i64 = r.try_get(0)?;
        let record = TableRecord {
            notice_date: parse_date(r.try_get(7)?),
            received_date: parse_date(r.try_get(8)?),
            effective_date: parse_date(r.try_get(9)?),
            city: r.try_get(10)?,
            county: r.try_get(11)?,
            state: r.try_get(12)?,
            address: r.try_get(13)?,
        };
        let doc = NewDocument {
            hash: hash.clone(),
            path: r.try_get(1)?,
            line: None,
            source_id: None,
            url: r.try_get(3)?,
            title: r.try_get(2)?,
            outlet: None,
            published: parse_date(r.try_get(4)?),
            text,
            claims: claims.clone(),
            source_type: SourceType::parse(&r.try_get::<_, String>(6)?).unwrap_or_default(),
            record: (record != TableRecord::default()).then_some(record),
        };
        let mut was: Vec<Membership> = Vec::new();
        for c in tx.query(
            "SELECT ordinal, company, aliases, parent, company_key, lane, reach_lo, reach_hi,
                    event_id, join_reason
             FROM claims WHERE doc_id = $1 ORDER BY ordinal",
            &[&doc_id],
        )? {
            let key: String = c.try_get(4)?;
            let lane = c
                .try_get::<_, Option<String>>(5)?
                .and_then(|l| Lane::parse(&l));
            let days = c
                .try_get::<_, Option<i64>>(6)?
                .zip(c.try_get::<_, Option<i64>>(7)?);
            match lane {
                Some(lane) => seeds
                    .parts
                    .entry(key)
                    .or_default()
                    .push(Reach { lane, days }),
                None => {
                    seeds.whole.insert(key);
                }
            }
            let aliases = json_list(&c.try_get::<_, String>(2)?);
            let parent: Option<String> = c.try_get(3)?;
            old_pairs.extend(alias_pairs(
                &c.try_get::<_, String>(1)?,
                &aliases,
                parent.as_deref(),
            ));
            let m = Membership {
                event: c.try_get(8)?,
                reason: c.try_get(9)?,
            };
            old_events.extend(m.event.clone());
            let ordinal = c.try_get::<_, i64>(0)?.max(0) as usize;
            was.resize(was.len().max(ordinal + 1), Membership::default());
            was[ordinal] = m;
        }
        tx.execute(
            "DELETE FROM evidence WHERE claim_id IN (SELECT claim_id FROM claims WHERE doc_id = $1)",
            &[&doc_id],
        )?;
        tx.execute("DELETE FROM claims WHERE doc_id = $1", &[&doc_id])?;
        let n = claims.len() as i64;
        tx.execute(
            "UPDATE documents SET claims = $2, rules = $3 WHERE doc_id = $1",
            &[&doc_id, &n, &rules],
        )?;
        report.documents += 1;
        for (ordinal, c) in doc.claims.iter().enumerate() {
            let v = ClaimValues::of(&doc, c);
            let inherit = was.get(ordinal).cloned().unwrap_or_default();
            let ordinal = ordinal as i64;
            let claim_id: i64 = tx
                .query_one(
                    "INSERT INTO claims (doc_id, ordinal, kind, company, name_key, company_key,
                         parent, aliases, date_text, date_earliest, date_latest, date_precision,
                         headcount_text, headcount_min, headcount_max, percent, units, locations,
                         reasons, severance, confidence, lane, reach_lo, reach_hi, event_id,
                         join_reason)
                     VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                             $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
                     RETURNING claim_id",
                    &[
                        &doc_id,
                        &ordinal,
                        &v.kind,
                        &v.company,
                        &v.name_key,
                        &v.parent,
                        &v.aliases,
                        &v.date_text,
                        &v.earliest,
                        &v.latest,
                        &v.precision,
                        &v.headcount_text,
                        &v.min,
                        &v.max,
                        &v.percent,
                        &v.units,
                        &v.locations,
                        &v.reasons,
                        &v.severance,
                        &v.confidence,
                        &v.lane,
                        &v.reach_lo,
                        &v.reach_hi,
                        &inherit.event,
                        &inherit.reason,
                    ],
                )?
                .try_get(0)?;
            new_claims.push(claim_id);
            report.claims += 1;
            for e in &c.evidence {
                let (start, end) = (e.start as i64, e.end as i64);
                tx.execute(
                    "INSERT INTO evidence (claim_id, start, \"end\", text, fields) VALUES ($1, $2, $3, $4, $5)",
                    &[&claim_id, &start, &end, &e.text, &to_json(&e.fields)],
                )?;
            }
            for (alias, name) in alias_pairs(&c.company, &c.aliases, c.parent.as_deref()) {
                new_pairs |= tx.execute(
                    "INSERT INTO alias_pairs (alias_key, name_key) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                    &[&alias, &name],
                )? > 0;
            }
            names.entry(v.name_key).or_default().push(v.reach);
        }
    }
    // Pairs no stored claim gives any more go: their families may split.
    for (alias, name) in &old_pairs {
        let mut given = false;
        for r in tx.query(
            "SELECT company, aliases, parent FROM claims WHERE name_key = $1",
            &[name],
        )? {
            let (company, aliases, parent): (String, String, Option<String>) =
                (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
            if gives_pair(&company, &aliases, parent.as_deref(), (alias, name)) {
                given = true;
                break;
            }
        }
        if !given
            && tx.execute(
                "DELETE FROM alias_pairs WHERE alias_key = $1 AND name_key = $2",
                &[alias, name],
            )? > 0
        {
            new_pairs = true;
            names.entry(alias.clone()).or_default();
            names.entry(name.clone()).or_default();
        }
    }
    let mut touched = apply_families(tx, &names, new_pairs, &new_claims)?;
    touched.whole.extend(seeds.whole);
    for (key, reaches) in seeds.parts {
        touched.parts.entry(key).or_default().extend(reaches);
    }
    let (mut old, parts) = load_touched(tx, &touched)?;
    // An event none of whose claims remain is retired too.
    let missing: Vec<String> = old_events
        .into_iter()
        .filter(|id| !old.contains_key(id))
        .collect();
    if !missing.is_empty() {
        for r in tx.query(
            "SELECT event_id, json FROM events WHERE event_id = ANY($1)",
            &[&missing],
        )? {
            old.insert(r.try_get(0)?, r.try_get(1)?);
        }
    }
    let changes = plan(&old, &parts);
    apply(tx, &changes, report)
}

impl Store for PgStore {
    fn known_documents(
        &mut self,
        copies: &[(&str, &str, Option<u64>)],
    ) -> Result<Vec<Option<KnownDocument>>> {
        let ctx = "looking up documents";
        let (mut hashes, mut paths, mut lines) = (Vec::new(), Vec::new(), Vec::new());
        for (h, p, l) in copies {
            hashes.push(*h);
            paths.push(*p);
            lines.push(l.map_or(-1, |l| l.min(i64::MAX as u64) as i64));
        }
        let mut out: Vec<Option<KnownDocument>> = vec![None; copies.len()];
        let line = |l: Option<i64>| l.map(|l| l.max(0) as u64);
        for r in self.query(
            ctx,
            "SELECT c.i, d.published, d.url, d.path, d.line,
                    EXISTS (SELECT 1 FROM document_sources s WHERE s.doc_id = d.doc_id
                            AND s.path = c.path AND COALESCE(s.line, -1) = c.line)
             FROM unnest($1::text[], $2::text[], $3::bigint[]) WITH ORDINALITY
                  AS c(hash, path, line, i)
             JOIN documents d ON d.hash = c.hash",
            &[&hashes, &paths, &lines],
        )? {
            let (i, known) = (|| {
                Ok::<_, postgres::Error>((
                    r.try_get::<_, i64>(0)?,
                    KnownDocument {
                        canonical: SourceKey::new(
                            parse_date(r.try_get(1)?),
                            r.try_get::<_, Option<String>>(2)?.as_deref(),
                            &r.try_get::<_, String>(3)?,
                            line(r.try_get(4)?),
                        ),
                        place_known: r.try_get(5)?,
                    },
                ))
            })()
            .map_err(err(&self.place, ctx))?;
            if let Some(slot) = usize::try_from(i - 1).ok().and_then(|i| out.get_mut(i)) {
                *slot = Some(known);
            }
        }
        Ok(out)
    }

    fn write(&mut self, docs: &[NewDocument]) -> Result<WriteReport> {
        let ctx = format!("writing {} documents to {}", docs.len(), self.place);
        let place = self.place.clone();
        let mut report = WriteReport::default();
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(err(&place, &ctx))?;
        let mut touched = BTreeMap::new();
        let mut new_pairs = false;
        let mut redated = Vec::new();
        let new_claims = insert_documents(
            &mut tx,
            docs,
            &self.rules,
            &mut report,
            &mut touched,
            &mut new_pairs,
            &mut redated,
        )
        .map_err(err(&place, &ctx))?;
        if !touched.is_empty() || !redated.is_empty() {
            // New alias pairs may move claims between families, and a document read
            // again replaces its claims: such a write resolves alone (exclusive from the
            // start: a shared lock upgraded later could deadlock with another writer).
            let lock = if new_pairs || !redated.is_empty() {
                "SELECT pg_advisory_xact_lock($1, $2)"
            } else {
                "SELECT pg_advisory_xact_lock_shared($1, $2)"
            };
            tx.execute(lock, &[&LOCK_SPACE, &LOCK_ALIASES])
                .map_err(err(&place, &ctx))?;
        }
        if !touched.is_empty() {
            let touched = apply_families(&mut tx, &touched, new_pairs, &new_claims)
                .map_err(err(&place, &ctx))?;
            // One lock per family, in one global order (so two writers never wait on
            // each other in a cycle).
            let mut locks: Vec<i32> = touched
                .whole
                .iter()
                .chain(touched.parts.keys())
                .map(|k| family_lock(k))
                .collect();
            locks.sort_unstable();
            locks.dedup();
            // In one statement, in the sorted order of the subquery.
            tx.execute(
                "SELECT pg_advisory_xact_lock($1, k)
                 FROM (SELECT unnest($2::int4[]) AS k ORDER BY 1) sorted",
                &[&LOCK_SPACE, &locks],
            )
            .map_err(err(&place, &ctx))?;
            let (old, parts) = load_touched(&mut tx, &touched).map_err(err(&place, &ctx))?;
            let changes = plan(&old, &parts);
            apply(&mut tx, &changes, &mut report).map_err(err(&place, &ctx))?;
        }
        if !redated.is_empty() {
            let mut again = WriteReport::default();
            replace_in(&mut tx, &redated, &self.rules, &mut again).map_err(err(&place, &ctx))?;
            report.add_events(&again);
            report.documents_redated += again.documents;
        }
        tx.commit().map_err(err(&place, &ctx))?;
        Ok(report)
    }

    fn events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        let mut rows = Vec::new();
        self.each_event(filter, &mut |e| {
            rows.push(e);
            Ok(())
        })?;
        Ok(rows)
    }

    fn each_event(
        &self,
        filter: &EventFilter,
        f: &mut dyn FnMut(EventRow) -> std::io::Result<()>,
    ) -> Result<()> {
        let key = self.family_of(filter)?;
        self.each_event_row(filter, key.as_deref(), f)
    }

    fn event(&self, id: &str) -> Result<Option<EventDetail>> {
        let ctx = format!("reading event {id}");
        let alias = self.query(
            &ctx,
            "SELECT event_id, reason FROM event_aliases WHERE old_id = $1",
            &[&id],
        )?;
        let alias: Option<(String, String)> = match alias.first() {
            Some(r) => Some(
                (|| Ok::<_, postgres::Error>((r.try_get(0)?, r.try_get(1)?)))()
                    .map_err(err(&self.place, &ctx))?,
            ),
            None => None,
        };
        let current = alias.as_ref().map_or(id, |a| a.0.as_str());
        let rows = self.query(
            &ctx,
            &format!("SELECT {EVENT_COLUMNS} FROM events WHERE event_id = $1"),
            &[&current],
        )?;
        let Some(row) = rows.first() else {
            return Ok(None);
        };
        let event = event_from_row(row).map_err(err(&self.place, &ctx))?;
        let claim_rows = self.query(
            &ctx,
            &format!(
                "SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d USING (doc_id)
                 WHERE c.event_id = $1"
            ),
            &[&current],
        )?;
        let mut members = Vec::new();
        for r in &claim_rows {
            let (claim, _, reason) = claim_from_row(r).map_err(err(&self.place, &ctx))?;
            let evidence = self
                .query(
                    &ctx,
                    "SELECT start, \"end\", text, fields FROM evidence WHERE claim_id = $1 ORDER BY start",
                    &[&claim.claim_id],
                )?
                .iter()
                .map(|e| {
                    Ok(EvidenceRow {
                        start: e.try_get::<_, i64>(0)?.max(0) as usize,
                        end: e.try_get::<_, i64>(1)?.max(0) as usize,
                        text: e.try_get(2)?,
                        fields: json_list(&e.try_get::<_, String>(3)?),
                    })
                })
                .collect::<std::result::Result<_, postgres::Error>>()
                .map_err(err(&self.place, &ctx))?;
            members.push(Member {
                claim,
                reason: reason.unwrap_or_default(),
                evidence,
            });
        }
        members.sort_by(|a, b| a.claim.canonical_key().cmp(&b.claim.canonical_key()));
        let log = self
            .query(
                &ctx,
                "SELECT logged_at, event_id, action, detail FROM merge_log
                 WHERE event_id = $1 OR event_id IN (SELECT old_id FROM event_aliases WHERE event_id = $1)
                 ORDER BY seq",
                &[&current],
            )?
            .iter()
            .map(|r| {
                Ok(LogEntry {
                    logged_at: r.try_get(0)?,
                    event_id: r.try_get(1)?,
                    action: r.try_get(2)?,
                    detail: r.try_get(3)?,
                })
            })
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, &ctx))?;
        Ok(Some(EventDetail {
            event,
            asked_for: alias.map(|(_, reason)| (id.to_owned(), reason)),
            members,
            log,
        }))
    }

    fn company(&self, name: &str) -> Result<CompanyLookup> {
        let key = self.family_key(name)?;
        let mut events = Vec::new();
        self.each_event_row(&EventFilter::default(), Some(&key), &mut |e| {
            events.push(e);
            Ok(())
        })?;
        if let Some(own) = events.iter().find(|e| company_key(&e.company) == key) {
            return Ok(CompanyLookup::Found {
                company: own.company.clone(),
                events,
            });
        }
        if !events.is_empty() {
            let company = events[0].parent.clone().unwrap_or_else(|| name.to_owned());
            return Ok(CompanyLookup::Found { company, events });
        }
        let ctx = "suggesting company names";
        let names: Vec<(String, i64)> = self
            .query(
                ctx,
                "SELECT company, COUNT(*) FROM events GROUP BY company",
                &[],
            )?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, ctx))?;
        Ok(CompanyLookup::NotFound {
            suggestions: crate::sqlite::suggest(&key, &names),
        })
    }

    fn counts(&self) -> Result<Counts> {
        let ctx = "counting";
        let rows = self.query(
            ctx,
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM claims),
                    (SELECT COUNT(*) FROM events)",
            &[],
        )?;
        let n = |i: usize| -> Result<u64> {
            rows[0]
                .try_get::<_, i64>(i)
                .map(|n| n.max(0) as u64)
                .map_err(err(&self.place, ctx))
        };
        Ok(Counts {
            documents: n(0)?,
            claims: n(1)?,
            events: n(2)?,
        })
    }

    fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let key = self.family_of(filter)?;
        let (clause, args) = where_clause(filter, key.as_deref());
        let params: Vec<Param> = args.iter().map(|a| a as Param).collect();
        let ctx = "counting events";
        let rows = self.query(
            ctx,
            &format!("SELECT COUNT(*) FROM events{clause}"),
            &params,
        )?;
        rows[0]
            .try_get::<_, i64>(0)
            .map(|n| n.max(0) as u64)
            .map_err(err(&self.place, ctx))
    }

    fn facet(
        &self,
        filter: &EventFilter,
        facet: Facet,
        limit: usize,
    ) -> Result<Vec<(String, u64)>> {
        let key = self.family_of(filter)?;
        let (clause, args) = where_clause(filter, key.as_deref());
        let (value, from) = match facet {
            Facet::Company => ("company", "events"),
            Facet::Kind => ("kind", "events"),
            Facet::Year => ("substr(date_earliest, 1, 4)", "events"),
            Facet::Month => ("substr(date_earliest, 1, 7)", "events"),
            Facet::Reason => (
                "j.value",
                "events, jsonb_array_elements_text(events.json::jsonb -> 'reasons') j(value)",
            ),
            Facet::Location => (
                "j.value",
                "events, jsonb_array_elements_text(events.json::jsonb -> 'locations') j(value)",
            ),
            Facet::Unit => (
                "j.value ->> 'name'",
                "events, jsonb_array_elements(events.json::jsonb -> 'units') j(value)",
            ),
            Facet::Source => (
                "s.value",
                "events, unnest(ARRAY['news', 'warn', 'tracker']) s(value)",
            ),
        };
        let source_test = if facet == Facet::Source {
            " AND position(',' || s.value || ',' in ',' || events.source_types || ',') > 0"
        } else {
            ""
        };
        let order = match facet {
            Facet::Year | Facet::Month => "1 DESC",
            _ => "2 DESC, 1",
        };
        let sql = format!(
            "SELECT {value}, COUNT(DISTINCT events.event_id) FROM {from}{clause}{source_test}
             AND {value} IS NOT NULL AND {value} != '' GROUP BY 1 ORDER BY {order} LIMIT {limit}"
        );
        let ctx = format!("counting events by {}", facet.as_str());
        let params: Vec<Param> = args.iter().map(|a| a as Param).collect();
        self.query(&ctx, &sql, &params)?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get::<_, i64>(1)?.max(0) as u64)))
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, &ctx))
    }

    fn monthly(&self, filter: &EventFilter) -> Result<Vec<MonthTotal>> {
        let key = self.family_of(filter)?;
        let (clause, args) = where_clause(filter, key.as_deref());
        let sql = format!(
            "SELECT substr(date_earliest, 1, 7) AS m, COUNT(*),
                    SUM(CASE WHEN COALESCE(headcount_min, headcount_max) IS NOT NULL THEN 1 ELSE 0 END)::bigint,
                    SUM(COALESCE(headcount_min, headcount_max, 0))::bigint,
                    SUM(COALESCE(headcount_max, headcount_min, 0))::bigint
             FROM events{clause} AND kind IN ('layoff', 'closure')
             AND date_precision IN ('day', 'week', 'month')
             AND substr(date_earliest, 1, 7) = substr(date_latest, 1, 7)
             GROUP BY m ORDER BY m"
        );
        let ctx = "counting jobs cut per month";
        let params: Vec<Param> = args.iter().map(|a| a as Param).collect();
        let n = |r: &postgres::Row, i: usize| -> PgResult<u64> {
            Ok(r.try_get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
        };
        self.query(ctx, &sql, &params)?
            .iter()
            .map(|r| {
                Ok(MonthTotal {
                    month: r.try_get(0)?,
                    rounds: n(r, 1)?,
                    with_figure: n(r, 2)?,
                    min: n(r, 3)?,
                    max: n(r, 4)?,
                })
            })
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, ctx))
    }

    fn source_counts(&self) -> Result<Vec<SourceCount>> {
        let ctx = "counting documents by source type";
        self.query(
            ctx,
            "SELECT source_type, COUNT(*), SUM(CASE WHEN claims > 0 THEN 1 ELSE 0 END)::bigint
             FROM documents GROUP BY source_type ORDER BY 2 DESC",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(SourceCount {
                source_type: r.try_get(0)?,
                documents: r.try_get::<_, i64>(1)?.max(0) as u64,
                with_claims: r.try_get::<_, Option<i64>>(2)?.unwrap_or(0).max(0) as u64,
            })
        })
        .collect::<std::result::Result<_, postgres::Error>>()
        .map_err(err(&self.place, ctx))
    }

    fn search(&self, query: &str, limit: usize) -> Result<SearchResults> {
        let ctx = format!("searching for {query:?}");
        let mut results = SearchResults::default();
        if query.trim().is_empty() {
            return Ok(results);
        }
        let lim = limit as i64;
        let companies = |pattern: String| -> Result<Vec<(String, u64)>> {
            self.query(
                &ctx,
                "SELECT company, COUNT(*) FROM events WHERE company ILIKE $1
                 OR EXISTS (SELECT 1 FROM jsonb_array_elements_text(events.json::jsonb -> 'aliases') a(value)
                            WHERE a.value ILIKE $1)
                 GROUP BY company ORDER BY 2 DESC, 1 LIMIT $2",
                &[&pattern, &lim],
            )?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get::<_, i64>(1)?.max(0) as u64)))
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, &ctx))
        };
        results.companies = companies(crate::sqlite::like_pattern(query))?;
        if results.companies.is_empty() {
            let mut merged: BTreeMap<String, u64> = BTreeMap::new();
            for word in query
                .split_whitespace()
                .filter(|w| w.chars().count() >= 3)
                .take(8)
            {
                for (c, n) in companies(crate::sqlite::like_pattern(word))? {
                    merged.insert(c, n);
                }
            }
            let mut found: Vec<(String, u64)> = merged.into_iter().collect();
            found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            found.truncate(limit);
            results.companies = found;
        }
        // plainto_tsquery reads what a person types as words, never as query syntax.
        let options = "StartSel=\u{2}, StopSel=\u{3}, MaxWords=16, MinWords=6, FragmentDelimiter=…";
        let hits = self.query(
            &ctx,
            "SELECT d.doc_id, d.path, d.title, d.url, d.published,
                    ts_headline('simple', d.text, q, $3)
             FROM documents d, plainto_tsquery('simple', $1) q
             WHERE d.text IS NOT NULL
               AND to_tsvector('simple', COALESCE(d.title, '') || ' ' || COALESCE(d.text, '')) @@ q
             ORDER BY ts_rank(to_tsvector('simple', COALESCE(d.title, '') || ' ' || COALESCE(d.text, '')), q) DESC,
                      d.doc_id
             LIMIT $2",
            &[&query, &lim, &options],
        )?;
        for r in &hits {
            let (doc_id, mut hit) = (|| {
                Ok::<_, postgres::Error>((
                    r.try_get::<_, i64>(0)?,
                    DocumentHit {
                        path: r.try_get(1)?,
                        title: r.try_get(2)?,
                        url: r.try_get(3)?,
                        published: parse_date(r.try_get(4)?),
                        snippet: r.try_get::<_, Option<String>>(5)?.unwrap_or_default(),
                        events: Vec::new(),
                    },
                ))
            })()
            .map_err(err(&self.place, &ctx))?;
            hit.events = self.events_of_document(doc_id)?;
            results.documents.push(hit);
        }
        Ok(results)
    }

    fn recently_changed(
        &self,
        filter: &EventFilter,
        limit: usize,
    ) -> Result<Vec<(EventRow, String)>> {
        let key = self.family_of(filter)?;
        let (clause, args) = where_clause(filter, key.as_deref());
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, (SELECT MAX(m.seq) FROM merge_log m
                 WHERE m.event_id = events.event_id) AS seq,
                 (SELECT MAX(m.logged_at) FROM merge_log m
                 WHERE m.event_id = events.event_id) AS changed
             FROM events{clause} ORDER BY seq DESC NULLS LAST, event_id LIMIT {limit}"
        );
        let ctx = "listing recently changed events";
        let params: Vec<Param> = args.iter().map(|a| a as Param).collect();
        self.query(ctx, &sql, &params)?
            .iter()
            .map(|r| {
                Ok((
                    event_from_row(r)?,
                    r.try_get::<_, Option<String>>(13)?.unwrap_or_default(),
                ))
            })
            .collect::<std::result::Result<_, postgres::Error>>()
            .map_err(err(&self.place, ctx))
    }

    fn rules_counts(&self) -> Result<Vec<RulesCount>> {
        let ctx = format!("counting documents by rules version in {}", self.place);
        let n = |r: &postgres::Row, i: usize| -> PgResult<u64> {
            Ok(r.try_get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
        };
        self.query(
            &ctx,
            "SELECT rules, COUNT(*), SUM(claims)::bigint,
                    SUM(CASE WHEN text IS NOT NULL THEN 1 ELSE 0 END)::bigint
             FROM documents WHERE source_type = 'news'
             GROUP BY rules ORDER BY rules IS NOT NULL, rules",
            &[],
        )?
        .iter()
        .map(|r| {
            Ok(RulesCount {
                rules: r.try_get(0)?,
                documents: n(r, 1)?,
                claims: n(r, 2)?,
                kept: n(r, 3)?,
            })
        })
        .collect::<PgResult<_>>()
        .map_err(err(&self.place, &ctx))
    }

    fn documents_to_reread(
        &self,
        rules: &str,
        company: Option<&str>,
        all: bool,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<StoredDocument>> {
        let ctx = format!("listing documents to re-read in {}", self.place);
        let key = company.map(|c| self.family_key(c)).transpose()?;
        let limit = limit.min(i64::MAX as usize) as i64;
        self.query(
            &ctx,
            "SELECT d.hash, d.path, d.title, d.url, d.published, d.text, d.source_type,
                    d.notice_date, d.received_date, d.effective_date, d.city, d.county,
                    d.state, d.address, d.claims
             FROM documents d
             WHERE d.text IS NOT NULL AND d.source_type = 'news'
               AND ($2 OR d.rules IS DISTINCT FROM $1)
               AND ($3::text IS NULL OR d.hash > $3)
               AND ($4::text IS NULL OR EXISTS (SELECT 1 FROM claims c
                    WHERE c.doc_id = d.doc_id AND c.company_key = $4))
             ORDER BY d.hash LIMIT $5",
            &[&rules, &all, &after, &key, &limit],
        )?
        .iter()
        .map(|r| {
            let record = TableRecord {
                notice_date: parse_date(r.try_get(7)?),
                received_date: parse_date(r.try_get(8)?),
                effective_date: parse_date(r.try_get(9)?),
                city: r.try_get(10)?,
                county: r.try_get(11)?,
                state: r.try_get(12)?,
                address: r.try_get(13)?,
            };
            Ok(StoredDocument {
                hash: r.try_get(0)?,
                path: r.try_get(1)?,
                title: r.try_get(2)?,
                url: r.try_get(3)?,
                published: parse_date(r.try_get(4)?),
                text: r.try_get(5)?,
                source_type: SourceType::parse(&r.try_get::<_, String>(6)?).unwrap_or_default(),
                record: (record != TableRecord::default()).then_some(record),
                claims: r.try_get::<_, i64>(14)?.max(0) as u64,
            })
        })
        .collect::<PgResult<_>>()
        .map_err(err(&self.place, &ctx))
    }

    fn replace_claims(
        &mut self,
        docs: &[(String, Vec<Claim>)],
        rules: &str,
    ) -> Result<WriteReport> {
        let ctx = format!("re-reading {} documents in {}", docs.len(), self.place);
        let place = self.place.clone();
        let mut report = WriteReport::default();
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(err(&place, &ctx))?;
        replace_in(&mut tx, docs, rules, &mut report).map_err(err(&place, &ctx))?;
        tx.commit().map_err(err(&place, &ctx))?;
        Ok(report)
    }

    fn generation(&self) -> Result<u64> {
        let ctx = "reading the database generation";
        let rows = self.query(
            ctx,
            "SELECT (SELECT COALESCE(MAX(doc_id), 0) FROM documents),
                    (SELECT COALESCE(MAX(seq), 0) FROM merge_log)",
            &[],
        )?;
        let (docs, log): (i64, i64) =
            (|| Ok((rows[0].try_get(0)?, rows[0].try_get(1)?)))().map_err(err(&self.place, ctx))?;
        Ok(((docs.max(0) as u64) << 32) ^ log.max(0) as u64)
    }

    fn document_events(&self, hash: &str) -> Result<Vec<(String, String)>> {
        let ctx = "listing the events of a document";
        let rows = self.query(
            ctx,
            "SELECT doc_id FROM documents WHERE hash = $1",
            &[&hash],
        )?;
        match rows.first() {
            Some(r) => {
                let id: i64 = r.try_get(0).map_err(err(&self.place, ctx))?;
                self.events_of_document(id)
            }
            None => Ok(Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://hc:secret@db.example:5432/hc"),
            "postgres://hc:***@db.example:5432/hc"
        );
        assert_eq!(
            redact("postgres://hc@127.0.0.1:5432/hc"),
            "postgres://hc@127.0.0.1:5432/hc"
        );
        // Near miss: a colon in the host part is a port, not a password.
        assert_eq!(
            redact("postgresql://127.0.0.1:5/x"),
            "postgresql://127.0.0.1:5/x"
        );
    }

    #[test]
    fn family_locks_are_stable() {
        assert_eq!(family_lock("amazon"), family_lock("amazon"));
        assert_ne!(family_lock("amazon"), family_lock("meta"));
    }
}
