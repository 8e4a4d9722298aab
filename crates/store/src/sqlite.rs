//! The SQLite backend: one file, WAL (readers never block the writer), versioned
//! migrations in `migrations/`, every write in one transaction.

use crate::keys::{alias_pairs, company_key, gives_pair, Families};
use crate::model::{KnownDocument, NewDocument, SourceKey, SourceType, StoredClaim, TableRecord};
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
use rusqlite::{
    params, params_from_iter, Connection, OpenFlags, OptionalExtension, Row, Transaction,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Versioned migrations, applied in order; `PRAGMA user_version` records the last one.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_init.sql"),
    include_str!("../migrations/0002_indexes.sql"),
    include_str!("../migrations/0003_listing.sql"),
    include_str!("../migrations/0004_source_types.sql"),
    include_str!("../migrations/0005_search.sql"),
    include_str!("../migrations/0006_reach.sql"),
    include_str!("../migrations/0007_sources.sql"),
];

/// The SQLite store.
pub struct SqliteStore {
    conn: Connection,
    /// Where it lives, for error messages.
    place: String,
    /// The rules version recorded with the documents it writes.
    rules: String,
}

fn err(context: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> StoreError {
    let context = context.into();
    move |e| StoreError {
        context,
        message: e.to_string(),
    }
}

impl SqliteStore {
    /// Opens (creating when missing) the database at `path` and brings its schema up to
    /// date. A write that finds another process writing waits its turn, however long (see
    /// [`busy`]).
    pub fn open(path: &Path) -> Result<SqliteStore> {
        let place = path.display().to_string();
        let conn = Connection::open(path).map_err(err(format!("opening {place}")))?;
        SqliteStore::setup(conn, place)
    }

    /// Opens the database for queries: read-only, so that a query never writes (nor
    /// migrates) the file, with a small page cache. A listing reads each page once, so a
    /// large cache only costs a fresh process page faults (a month's listing at 1M
    /// documents: ~1,000 faults with 64 MiB, ~300 with 1 MiB).
    ///
    /// A query never creates a database: a path with no file is an error (a mistyped
    /// `--db` used to make an empty `headcount.db` and list "0 events"). A schema older
    /// than this build's is an error that says how to upgrade it.
    pub fn open_for_queries(path: &Path) -> Result<SqliteStore> {
        let place = path.display().to_string();
        if !path.is_file() {
            return Err(StoreError {
                context: format!("opening {place}"),
                message: format!(
                    "no database here; `headcount --db {place} ingest PATH...` makes one"
                ),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn =
            Connection::open_with_flags(path, flags).map_err(err(format!("opening {place}")))?;
        let ctx = || format!("opening {place} for reading");
        // Readers never wait for a writer under WAL; only for a moment of recovery.
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(err(ctx()))?;
        refuse_foreign(&conn).map_err(|m| StoreError {
            context: ctx(),
            message: m,
        })?;
        let version = schema_version(&conn).map_err(err(ctx()))?;
        let wanted = MIGRATIONS.len();
        if version == 0 {
            return Err(StoreError {
                context: ctx(),
                message: format!(
                    "the file holds no headcount database yet; `headcount --db {place} ingest PATH...` makes one"
                ),
            });
        }
        if version < wanted {
            return Err(StoreError {
                context: ctx(),
                message: format!(
                    "the database is at schema version {version} and this headcount needs version {wanted}; a query does not change the database: `headcount --db {place} rebuild` (or the next `headcount --db {place} ingest PATH...`) upgrades it"
                ),
            });
        }
        refuse_newer(version).map_err(|m| StoreError {
            context: ctx(),
            message: m,
        })?;
        conn.execute_batch("PRAGMA cache_size = -1024; PRAGMA temp_store = MEMORY;")
            .map_err(err(ctx()))?;
        Ok(SqliteStore {
            conn,
            place,
            rules: headcount_extract::RULES_VERSION.to_owned(),
        })
    }

    /// A private database in memory (tests, examples).
    pub fn open_in_memory() -> Result<SqliteStore> {
        let conn = Connection::open_in_memory().map_err(err("opening an in-memory database"))?;
        SqliteStore::setup(conn, ":memory:".into())
    }

    fn setup(conn: Connection, place: String) -> Result<SqliteStore> {
        let ctx = || format!("setting up {place}");
        busy::waiting_on(&place);
        conn.busy_handler(Some(busy::wait)).map_err(err(ctx()))?;
        refuse_foreign(&conn).map_err(|m| StoreError {
            context: ctx(),
            message: m,
        })?;
        // WAL with synchronous=NORMAL survives a killed process (committed transactions
        // are in the log); a power cut may lose the last ones, never half of one.
        // Checkpoints every 8,192 pages (32 MB) rather than SQLite's 1,000: one batch of
        // an ingest dirties about that many pages of the hash index, and a page that
        // several batches change is copied back to the database once per checkpoint.
        // 16 KiB pages for a new database (no effect on an existing one): an event row,
        // with its JSON, fits a page's share of an index entry, so a month's listing reads
        // a few contiguous pages of the listing index instead of one page per event.
        conn.execute_batch("PRAGMA page_size = 16384;")
            .map_err(err(ctx()))?;
        busy::retry(|| {
            conn.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
                 PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;
                 PRAGMA wal_autocheckpoint = 8192;",
            )
        })
        .map_err(err(ctx()))?;
        let mut store = SqliteStore {
            conn,
            place,
            rules: headcount_extract::RULES_VERSION.to_owned(),
        };
        store.migrate()?;
        Ok(store)
    }

    /// Begins a write transaction (taking the write lock at once: a write never starts
    /// as a read and fails to upgrade). Another process writing makes it wait, with a line
    /// on stderr every 10 s naming this database (see [`busy`]).
    fn begin_write(&mut self, ctx: &str) -> Result<Transaction<'_>> {
        begin_write(&mut self.conn, &self.place, ctx)
    }

    fn migrate(&mut self) -> Result<()> {
        let ctx = format!("migrating {}", self.place);
        // Up to date, the usual case: a read only, so that opening the database never
        // waits for a running ingest to commit.
        let version = schema_version(&self.conn).map_err(err(&ctx))?;
        if version == MIGRATIONS.len() {
            return Ok(());
        }
        let tx = self.begin_write(&ctx)?;
        let version = schema_version(&tx).map_err(err(&ctx))?;
        refuse_newer(version).map_err(|m| StoreError {
            context: ctx.clone(),
            message: m,
        })?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
            tx.execute_batch(sql)
                .map_err(err(format!("{ctx}: migration {}", i + 1)))?;
            tx.pragma_update(None, "user_version", i + 1)
                .map_err(err(&ctx))?;
        }
        tx.commit().map_err(err(&ctx))
    }
}

/// [`SqliteStore::begin_write`], for a caller that still needs the store's other fields.
fn begin_write<'c>(conn: &'c mut Connection, place: &str, ctx: &str) -> Result<Transaction<'c>> {
    busy::waiting_on(place);
    conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(err(ctx))
}

/// The schema version the database records (`PRAGMA user_version`).
fn schema_version(conn: &Connection) -> rusqlite::Result<usize> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// A database with tables but no headcount schema belongs to another application:
/// headcount does not add its tables to it, nor switch it to WAL, nor read it.
fn refuse_foreign(conn: &Connection) -> std::result::Result<(), String> {
    let foreign: bool = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version) = 0
                    AND EXISTS (SELECT 1 FROM sqlite_master)",
            [],
            |r| r.get(0),
        )
        .map_err(|e| e.to_string())?;
    if foreign {
        return Err("this SQLite database belongs to another application (it has tables but no headcount schema); headcount leaves it alone: give --db a new file".into());
    }
    Ok(())
}

/// A schema newer than this build's: written by a newer headcount.
fn refuse_newer(version: usize) -> std::result::Result<(), String> {
    if version > MIGRATIONS.len() {
        return Err(format!(
            "the database is at schema version {version}, newer than this headcount ({}); upgrade headcount",
            MIGRATIONS.len()
        ));
    }
    Ok(())
}

/// Waiting for another writer. SQLite takes one writer at a time; a second process that
/// wants to write (another `headcount ingest`, the server's writer) gets "busy" until the
/// first commits. Its batch may take minutes, so a writer here waits as long as it takes,
/// polling with a small backoff (2 ms, doubling to 100 ms) and saying on stderr every
/// 10 s that it waits and for what. SQLite's busy handler is a plain function, so the
/// database it is waiting on is kept per thread: set by whoever starts a write on it.
pub mod busy {
    use std::cell::{Cell, RefCell};
    use std::time::{Duration, Instant};

    /// How often a waiting writer says so.
    pub const NOTE_EVERY: Duration = Duration::from_secs(10);

    thread_local! {
        static PLACE: RefCell<String> = const { RefCell::new(String::new()) };
        /// When this wait began, and how many notes it has printed.
        static SINCE: Cell<Option<(Instant, u64)>> = const { Cell::new(None) };
    }

    /// Names the database the next waits on this thread are for.
    pub fn waiting_on(place: &str) {
        PLACE.with(|p| {
            let mut p = p.borrow_mut();
            p.clear();
            p.push_str(place);
        });
    }

    /// The pause before retry `count` (0 on the first): 2 ms doubling to 100 ms.
    pub fn pause(count: i32) -> Duration {
        let shift = count.clamp(0, 6) as u32;
        Duration::from_millis((2u64 << shift).min(100))
    }

    /// SQLite's busy handler: always keep waiting (true), sleeping first.
    pub fn wait(count: i32) -> bool {
        let now = Instant::now();
        let (since, noted) = match SINCE.get() {
            Some(s) if count > 0 => s,
            _ => (now, 0),
        };
        let due = now.duration_since(since).as_secs() / NOTE_EVERY.as_secs();
        let noted = if due > noted {
            PLACE.with(|p| {
                let p = p.borrow();
                let place = if p.is_empty() { "the database" } else { &p };
                eprintln!(
                    "headcount: {place} is busy: another process is writing; waiting ({} s)",
                    now.duration_since(since).as_secs()
                );
            });
            due
        } else {
            noted
        };
        SINCE.set(Some((since, noted)));
        std::thread::sleep(pause(count));
        true
    }

    /// Runs `f` again, waiting as [`wait`] does, for as long as SQLite refuses it as busy
    /// without asking the busy handler: it does so where waiting could deadlock, as when
    /// two processes switch a new file to WAL at once.
    pub fn retry<T>(mut f: impl FnMut() -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        let mut count = 0;
        loop {
            match f() {
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy && wait(count) =>
                {
                    count = count.saturating_add(1);
                }
                done => return done,
            }
        }
    }
}

/// Records where a document was read from; false when that place was known.
fn add_source(
    stmt: &mut rusqlite::CachedStatement,
    doc_id: i64,
    d: &NewDocument,
    at: &str,
) -> rusqlite::Result<bool> {
    Ok(stmt.execute(params![
        doc_id,
        d.path,
        d.line.map(|l| l.min(i64::MAX as u64) as i64),
        d.source_id,
        d.url,
        d.title,
        d.outlet,
        date_str(d.published),
        at,
    ])? > 0)
}

/// Alias families from every stored pair.
fn load_families(conn: &Connection) -> rusqlite::Result<Families> {
    let mut stmt = conn.prepare_cached("SELECT alias_key, name_key FROM alias_pairs")?;
    let pairs: Vec<(String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Families::from_pairs(
        pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())),
    ))
}

impl SqliteStore {
    /// Inserts the documents and claims; adds each new claim's reach to `touched`, by
    /// the key of its company name.
    #[allow(clippy::too_many_arguments)]
    fn insert_documents(
        tx: &Transaction,
        docs: &[NewDocument],
        rules: &str,
        report: &mut WriteReport,
        touched: &mut BTreeMap<String, Vec<Reach>>,
        new_pairs: &mut bool,
        redated: &mut Vec<(String, Vec<Claim>)>,
    ) -> rusqlite::Result<()> {
        let at = now();
        let mut get_doc = tx.prepare_cached(
            "SELECT doc_id, published, url, path, line FROM documents WHERE hash = ?1",
        )?;
        let mut ins_source = tx.prepare_cached(
            "INSERT INTO document_sources (doc_id, path, line, source_id, url, title, outlet,
                                           published, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING",
        )?;
        let mut set_canonical = tx.prepare_cached(
            "UPDATE documents SET path = ?2, line = ?3, source_id = ?4, url = ?5, title = ?6,
                 outlet = ?7, published = ?8, reference_date = ?9, text = COALESCE(?10, text)
             WHERE doc_id = ?1",
        )?;
        let mut ins_doc = tx.prepare_cached(
            "INSERT INTO documents (hash, path, line, source_id, url, title, outlet, published,
                                    reference_date, claims, text, ingested_at, source_type,
                                    notice_date, received_date, effective_date, city, county,
                                    state, address, rules)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                     ?18, ?19, ?20, ?21)
             ON CONFLICT (hash) DO NOTHING",
        )?;
        for d in docs {
            let text = (!d.claims.is_empty()).then_some(d.text.as_str());
            let rec = d.record.clone().unwrap_or_default();
            let inserted = ins_doc.execute(params![
                d.hash,
                d.path,
                d.line.map(|l| l.min(i64::MAX as u64) as i64),
                d.source_id,
                d.url,
                d.title,
                d.outlet,
                date_str(d.published),
                date_str(d.reference_date()),
                d.claims.len() as i64,
                text,
                at,
                d.source_type.as_str(),
                date_str(rec.notice_date),
                date_str(rec.received_date),
                date_str(rec.effective_date),
                rec.city,
                rec.county,
                rec.state,
                rec.address,
                rules,
            ])?;
            if inserted == 0 {
                report.already_seen += 1;
                let (doc_id, published, url, path, line): (
                    i64,
                    Option<String>,
                    Option<String>,
                    String,
                    Option<i64>,
                ) = get_doc.query_row([&d.hash], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
                })?;
                report.sources_added += add_source(&mut ins_source, doc_id, d, &at)? as u64;
                let stored = SourceKey::new(
                    parse_date(published),
                    url.as_deref(),
                    &path,
                    line.map(|l| l.max(0) as u64),
                );
                let mine = SourceKey::of(d);
                if mine < stored {
                    // This copy is the canonical source now: the document shows its
                    // metadata and, when it is read otherwise (another publication date or
                    // URL), its claims replace those of the copy before.
                    set_canonical.execute(params![
                        doc_id,
                        d.path,
                        d.line.map(|l| l.min(i64::MAX as u64) as i64),
                        d.source_id,
                        d.url,
                        d.title,
                        d.outlet,
                        date_str(d.published),
                        date_str(d.reference_date()),
                        text,
                    ])?;
                    if !mine.reads_like(&stored) {
                        redated.push((d.hash.clone(), d.claims.clone()));
                    }
                }
                continue;
            }
            report.documents += 1;
            let doc_id = tx.last_insert_rowid();
            add_source(&mut ins_source, doc_id, d, &at)?;
            SqliteStore::insert_claims(tx, doc_id, d, &[], report, touched, new_pairs)?;
        }
        Ok(())
    }

    /// Inserts one document's claims, their evidence and the alias pairs they give; adds
    /// each claim's reach to `touched`, by the key of its company name. `inherit[i]` is
    /// the membership claim `i` starts with (a re-read claim keeps its predecessor's, so
    /// that the planner sees where it came from); none for a new document.
    fn insert_claims(
        tx: &Transaction,
        doc_id: i64,
        d: &NewDocument,
        inherit: &[Membership],
        report: &mut WriteReport,
        touched: &mut BTreeMap<String, Vec<Reach>>,
        new_pairs: &mut bool,
    ) -> rusqlite::Result<()> {
        let mut ins_claim = tx.prepare_cached(
            "INSERT INTO claims (doc_id, ordinal, kind, company, name_key, company_key, parent,
                 aliases, date_text, date_earliest, date_latest, date_precision, headcount_text,
                 headcount_min, headcount_max, percent, units, locations, reasons, severance,
                 confidence, lane, reach_lo, reach_hi, event_id, join_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                     ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?;
        let mut ins_evidence = tx.prepare_cached(
            "INSERT INTO evidence (claim_id, start, end, text, fields) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut ins_pair = tx.prepare_cached(
            "INSERT INTO alias_pairs (alias_key, name_key) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        )?;
        for (ordinal, c) in d.claims.iter().enumerate() {
            let v = ClaimValues::of(d, c);
            let was = inherit.get(ordinal).cloned().unwrap_or_default();
            ins_claim.execute(params![
                doc_id,
                ordinal as i64,
                v.kind,
                v.company,
                v.name_key,
                v.parent,
                v.aliases,
                v.date_text,
                v.earliest,
                v.latest,
                v.precision,
                v.headcount_text,
                v.min,
                v.max,
                v.percent,
                v.units,
                v.locations,
                v.reasons,
                v.severance,
                v.confidence,
                v.lane,
                v.reach_lo,
                v.reach_hi,
                was.event,
                was.reason,
            ])?;
            let claim_id = tx.last_insert_rowid();
            report.claims += 1;
            for e in &c.evidence {
                ins_evidence.execute(params![
                    claim_id,
                    e.start as i64,
                    e.end as i64,
                    e.text,
                    to_json(&e.fields)
                ])?;
            }
            touched.entry(v.name_key.clone()).or_default().push(v.reach);
            for (alias, name) in alias_pairs(&c.company, &c.aliases, c.parent.as_deref()) {
                *new_pairs |= ins_pair.execute(params![alias, name])? > 0;
            }
        }
        Ok(())
    }

    /// Points every claim at its alias family's key, and says what each family touched
    /// needs: a family that gained or lost older claims (a new alias) is resolved whole;
    /// one that only gained the batch's claims, only the parts they reach.
    fn apply_families(
        tx: &Transaction,
        touched: &BTreeMap<String, Vec<Reach>>,
        changed_pairs: bool,
        first_new_claim: i64,
    ) -> rusqlite::Result<Touched> {
        let families = load_families(tx)?;
        let mut update = tx.prepare_cached(
            "UPDATE claims SET company_key = ?2 WHERE name_key = ?1 AND company_key != ?2",
        )?;
        let mut old_keys =
            tx.prepare_cached("SELECT DISTINCT company_key FROM claims WHERE name_key = ?1")?;
        let mut moved_older = tx.prepare_cached(
            "SELECT 1 FROM claims WHERE name_key = ?1 AND company_key != ?2 AND claim_id < ?3",
        )?;
        let names: Vec<String> = if changed_pairs {
            // Any family may have grown: re-point all of their members.
            let mut all: BTreeSet<String> = families.members().map(|(k, _)| k.to_owned()).collect();
            all.extend(touched.keys().cloned());
            all.into_iter().collect()
        } else {
            touched.keys().cloned().collect()
        };
        let mut out = Touched::default();
        for name in names {
            let family = families.canonical(&name);
            let before: Vec<String> = old_keys
                .query_map([&name], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let older_moved = moved_older.exists(params![name, family, first_new_claim])?;
            update.execute(params![name, family])?;
            if older_moved {
                // Older claims changed family: the families they left and the one they
                // joined are resolved whole.
                out.whole.extend(before);
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

    /// Loads the claims of one family, whole or one part of one lane (`lane` with the
    /// part's window; `None` window: the whole lane), each with its membership.
    fn load_claims(
        tx: &Transaction,
        key: &str,
        part: Option<(Lane, Option<(i64, i64)>)>,
    ) -> rusqlite::Result<FamilyClaims> {
        let base = format!(
            "SELECT {CLAIM_COLUMNS}, c.lane FROM claims c JOIN documents d USING (doc_id)
             WHERE c.company_key = ?1"
        );
        let read = |r: &Row| -> rusqlite::Result<(StoredClaim, Membership, Option<String>)> {
            let (c, event, reason) = claim_from_row(r)?;
            Ok((c, Membership { event, reason }, r.get(37)?))
        };
        let rows: Vec<(StoredClaim, Membership, Option<String>)> = match part {
            None => tx
                .prepare_cached(&base)?
                .query_map([key], read)?
                .collect::<rusqlite::Result<_>>()?,
            Some((lane, None)) => tx
                .prepare_cached(&format!("{base} AND c.lane = ?2"))?
                .query_map(params![key, lane.as_str()], read)?
                .collect::<rusqlite::Result<_>>()?,
            Some((lane, Some((lo, hi)))) => tx
                .prepare_cached(&format!(
                    "{base} AND c.lane = ?2 AND c.reach_lo >= ?3 - {MAX_REACH_DAYS}
                     AND c.reach_lo <= ?4 AND c.reach_hi >= ?3"
                ))?
                .query_map(params![key, lane.as_str(), lo, hi], read)?
                .collect::<rusqlite::Result<_>>()?,
        };
        // Claims from before schema 6 get their lane and reach the first time their
        // family is resolved whole.
        let mut fill = tx.prepare_cached(
            "UPDATE claims SET lane = ?2, reach_lo = ?3, reach_hi = ?4 WHERE claim_id = ?1",
        )?;
        let mut fam = FamilyClaims {
            key: key.to_owned(),
            ..FamilyClaims::default()
        };
        for (c, m, lane) in rows {
            if lane.is_none() {
                let r = Reach::of(&c);
                fill.execute(params![
                    c.claim_id,
                    r.lane.as_str(),
                    r.days.map(|d| d.0),
                    r.days.map(|d| d.1)
                ])?;
            }
            fam.claims.push(c);
            fam.was.push(m);
        }
        Ok(fam)
    }

    /// The windows of days of one lane's parts that `seeds` reach (see
    /// [`reach::component_windows`]); `None`: the whole lane.
    fn part_windows(
        tx: &Transaction,
        key: &str,
        lane: Lane,
        seeds: &[Reach],
    ) -> rusqlite::Result<Option<Vec<(i64, i64)>>> {
        let mut unbounded = tx.prepare_cached(
            "SELECT 1 FROM claims WHERE company_key = ?1 AND lane = ?2 AND reach_lo IS NULL",
        )?;
        if unbounded.exists(params![key, lane.as_str()])? {
            return Ok(None);
        }
        let mut hull = tx.prepare_cached(&format!(
            "SELECT MIN(reach_lo), MAX(reach_hi) FROM claims
             WHERE company_key = ?1 AND lane = ?2 AND reach_lo >= ?3 - {MAX_REACH_DAYS}
               AND reach_lo <= ?4 AND reach_hi >= ?3"
        ))?;
        reach::component_windows(seeds.iter().copied(), |lo, hi| {
            let (a, b): (Option<i64>, Option<i64>) = hull
                .query_row(params![key, lane.as_str(), lo, hi], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?;
            Ok(a.zip(b))
        })
    }

    /// Loads what the touched families need re-resolved: whole families, and the parts
    /// the batch's new claims reach of the others; and the stored JSON of every event
    /// their claims belong to.
    fn load_touched(
        tx: &Transaction,
        touched: &Touched,
    ) -> rusqlite::Result<(BTreeMap<String, String>, Vec<FamilyClaims>)> {
        let mut parts = Vec::new();
        let mut old: BTreeMap<String, String> = BTreeMap::new();
        let mut events_of_family =
            tx.prepare_cached("SELECT event_id, json FROM events WHERE company_key = ?1")?;
        let mut not_filled =
            tx.prepare_cached("SELECT 1 FROM claims WHERE company_key = ?1 AND lane IS NULL")?;
        let keys: BTreeSet<&String> = touched.whole.iter().chain(touched.parts.keys()).collect();
        for key in keys {
            let whole = touched.whole.contains(key) || not_filled.exists([key])?;
            if whole {
                for row in events_of_family.query_map([key], |r| Ok((r.get(0)?, r.get(1)?)))? {
                    let (id, json): (String, String) = row?;
                    old.insert(id, json);
                }
                parts.push(SqliteStore::load_claims(tx, key, None)?);
                continue;
            }
            let mut lanes: BTreeMap<Lane, Vec<Reach>> = BTreeMap::new();
            for r in &touched.parts[key] {
                lanes.entry(r.lane).or_default().push(*r);
            }
            for (lane, seeds) in lanes {
                match SqliteStore::part_windows(tx, key, lane, &seeds)? {
                    None => parts.push(SqliteStore::load_claims(tx, key, Some((lane, None)))?),
                    Some(windows) => {
                        for w in windows {
                            parts.push(SqliteStore::load_claims(tx, key, Some((lane, Some(w))))?);
                        }
                    }
                }
            }
        }
        let mut event_json = tx.prepare_cached("SELECT json FROM events WHERE event_id = ?1")?;
        for fam in &parts {
            for m in &fam.was {
                let Some(id) = &m.event else { continue };
                if !old.contains_key(id) {
                    if let Some(json) = event_json
                        .query_row([id], |r| r.get::<_, String>(0))
                        .optional()?
                    {
                        old.insert(id.clone(), json);
                    }
                }
            }
        }
        Ok((old, parts))
    }

    /// Applies a plan: events, claims, retired ids, the merge log.
    fn apply(
        tx: &Transaction,
        changes: &Changes,
        report: &mut WriteReport,
    ) -> rusqlite::Result<()> {
        let at = now();
        let mut put_event = tx.prepare_cached(
            "INSERT INTO events (event_id, company, company_key, parent, parent_key, kind,
                 date_earliest, date_latest, date_precision, headcount_min, headcount_max,
                 percent, sources, json, source_types, states)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (event_id) DO UPDATE SET company = excluded.company,
                 company_key = excluded.company_key, parent = excluded.parent,
                 parent_key = excluded.parent_key, kind = excluded.kind,
                 date_earliest = excluded.date_earliest, date_latest = excluded.date_latest,
                 date_precision = excluded.date_precision,
                 headcount_min = excluded.headcount_min, headcount_max = excluded.headcount_max,
                 percent = excluded.percent, sources = excluded.sources, json = excluded.json,
                 source_types = excluded.source_types, states = excluded.states",
        )?;
        for w in &changes.events {
            let event = &w.event;
            if w.created {
                // An id that comes back is current again.
                tx.execute("DELETE FROM event_aliases WHERE old_id = ?1", [&w.id])?;
            }
            put_event.execute(params![
                w.id,
                event.company,
                w.family_key,
                event.parent,
                event.parent.as_deref().map(company_key),
                event.kind.as_str(),
                event.date.as_ref().map(|d| d.earliest.to_string()),
                event.date.as_ref().map(|d| d.latest.to_string()),
                event.date.as_ref().map(|d| d.precision.as_str()),
                int(event.headcount.as_ref().and_then(|h| h.min)),
                int(event.headcount.as_ref().and_then(|h| h.max)),
                event.percent,
                event.sources.len() as i64,
                w.json,
                event.source_types().join(","),
                event.states().join(","),
            ])?;
        }
        let mut set_claim = tx.prepare_cached(
            "UPDATE claims SET event_id = ?2, join_reason = ?3 WHERE claim_id = ?1",
        )?;
        for m in &changes.claims {
            set_claim.execute(params![m.claim_id, m.event_id, m.reason])?;
        }
        for r in &changes.retired {
            tx.execute("DELETE FROM events WHERE event_id = ?1", [&r.id])?;
            let Some((successor, reason)) = &r.successor else {
                continue;
            };
            tx.execute(
                "INSERT INTO event_aliases (old_id, event_id, reason) VALUES (?1, ?2, ?3)
                 ON CONFLICT (old_id) DO UPDATE SET event_id = excluded.event_id, reason = excluded.reason",
                params![r.id, successor, reason],
            )?;
            tx.execute(
                "UPDATE event_aliases SET event_id = ?2 WHERE event_id = ?1",
                params![r.id, successor],
            )?;
        }
        let mut log = tx.prepare_cached(
            "INSERT INTO merge_log (logged_at, event_id, claim_id, action, detail)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        for l in &changes.log {
            log.execute(params![at, l.event_id, l.claim_id, l.action, l.detail])?;
        }
        report.events_created += changes.created();
        report.events_updated += changes.updated();
        report.events_superseded += changes.superseded();
        report.claims_moved += changes.claims.len() as u64;
        Ok(())
    }

    /// Re-resolves every company family whole, in one transaction, and saves what
    /// changed. After any history of writes this changes nothing: a write re-resolves only
    /// the parts of families its claims reach (see [`crate::reach`]), and the result is
    /// the same. `headcount rebuild` uses it after re-reading documents.
    pub fn resolve_all(&mut self) -> Result<WriteReport> {
        let ctx = format!("re-resolving every event in {}", self.place);
        let mut report = WriteReport::default();
        let tx = self.begin_write(&ctx)?;
        let keys: Vec<String> = tx
            .prepare("SELECT DISTINCT company_key FROM claims UNION SELECT company_key FROM events")
            .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
            .map_err(err(&ctx))?;
        // One family at a time: families are independent, and memory stays that of the
        // largest one.
        for key in keys {
            let touched = Touched {
                whole: BTreeSet::from([key]),
                parts: BTreeMap::new(),
            };
            let (old, parts) = SqliteStore::load_touched(&tx, &touched).map_err(err(&ctx))?;
            let changes = plan(&old, &parts);
            SqliteStore::apply(&tx, &changes, &mut report).map_err(err(&ctx))?;
        }
        tx.commit().map_err(err(&ctx))?;
        Ok(report)
    }

    /// [`Store::replace_claims`] inside its transaction: takes out each document's claims
    /// (noting their families and reaches, their events and the alias pairs they gave),
    /// puts in the new ones, drops the alias pairs no claim gives any more, and re-resolves
    /// the parts of families that the old and the new claims reach, with one plan.
    fn replace_in(
        tx: &Transaction,
        docs: &[(String, Vec<Claim>)],
        rules: &str,
        report: &mut WriteReport,
    ) -> rusqlite::Result<()> {
        let mut get_doc = tx.prepare_cached(
            "SELECT doc_id, path, title, url, published, text, source_type, notice_date,
                    received_date, effective_date, city, county, state, address
             FROM documents WHERE hash = ?1",
        )?;
        let mut get_claims = tx.prepare_cached(
            "SELECT ordinal, company, aliases, parent, company_key, lane, reach_lo, reach_hi,
                    event_id, join_reason
             FROM claims WHERE doc_id = ?1 ORDER BY ordinal",
        )?;
        let mut del_evidence = tx.prepare_cached(
            "DELETE FROM evidence WHERE claim_id IN (SELECT claim_id FROM claims WHERE doc_id = ?1)",
        )?;
        let mut del_claims = tx.prepare_cached("DELETE FROM claims WHERE doc_id = ?1")?;
        let mut set_doc =
            tx.prepare_cached("UPDATE documents SET claims = ?2, rules = ?3 WHERE doc_id = ?1")?;
        // What the old claims reached: re-resolved like the new claims' reaches, so that a
        // round they leave is resolved again.
        let mut seeds = Touched::default();
        let mut old_events: BTreeSet<String> = BTreeSet::new();
        let mut old_pairs: BTreeSet<(String, String)> = BTreeSet::new();
        let mut todo: Vec<(i64, NewDocument, Vec<Membership>)> = Vec::new();
        for (hash, claims) in docs {
            let row = get_doc
                .query_row([hash], |r| {
                    let record = TableRecord {
                        notice_date: parse_date(r.get(7)?),
                        received_date: parse_date(r.get(8)?),
                        effective_date: parse_date(r.get(9)?),
                        city: r.get(10)?,
                        county: r.get(11)?,
                        state: r.get(12)?,
                        address: r.get(13)?,
                    };
                    let (path, title, url, published, text, source_type): (
                        String,
                        Option<String>,
                        Option<String>,
                        Option<String>,
                        Option<String>,
                        String,
                    ) = (
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                    );
                    let doc = text.map(|text| NewDocument {
                        hash: hash.clone(),
                        path,
                        line: None,
                        source_id: None,
                        url,
                        title,
                        outlet: None,
                        published: parse_date(published),
                        text,
                        claims: claims.clone(),
                        source_type: SourceType::parse(&source_type).unwrap_or_default(),
                        record: (record != TableRecord::default()).then_some(record),
                    });
                    Ok((r.get::<_, i64>(0)?, doc))
                })
                .optional()?;
            let Some((doc_id, Some(doc))) = row else {
                report.not_reread += 1;
                continue;
            };
            let mut was = Vec::new();
            let mut rows = get_claims.query([doc_id])?;
            while let Some(r) = rows.next()? {
                let (company, aliases, parent): (String, String, Option<String>) =
                    (r.get(1)?, r.get(2)?, r.get(3)?);
                let key: String = r.get(4)?;
                let lane = r.get::<_, Option<String>>(5)?.and_then(|l| Lane::parse(&l));
                let days = r.get::<_, Option<i64>>(6)?.zip(r.get::<_, Option<i64>>(7)?);
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
                old_pairs.extend(alias_pairs(
                    &company,
                    &json_list(&aliases),
                    parent.as_deref(),
                ));
                let m = Membership {
                    event: r.get(8)?,
                    reason: r.get(9)?,
                };
                old_events.extend(m.event.clone());
                let ordinal: usize = r.get::<_, i64>(0)?.max(0) as usize;
                was.resize(was.len().max(ordinal + 1), Membership::default());
                was[ordinal] = m;
            }
            drop(rows);
            del_evidence.execute([doc_id])?;
            del_claims.execute([doc_id])?;
            set_doc.execute(params![doc_id, claims.len() as i64, rules])?;
            todo.push((doc_id, doc, was));
        }
        // After every delete: SQLite may give a new claim the id of a deleted one.
        let first_new_claim: i64 = tx.query_row(
            "SELECT COALESCE(MAX(claim_id), 0) + 1 FROM claims",
            [],
            |r| r.get(0),
        )?;
        let mut names = BTreeMap::new();
        let mut changed_pairs = false;
        for (doc_id, doc, was) in &todo {
            report.documents += 1;
            SqliteStore::insert_claims(
                tx,
                *doc_id,
                doc,
                was,
                report,
                &mut names,
                &mut changed_pairs,
            )?;
        }
        for name in SqliteStore::drop_unsupported_pairs(tx, &old_pairs)? {
            changed_pairs = true;
            names.entry(name).or_default();
        }
        let mut touched = SqliteStore::apply_families(tx, &names, changed_pairs, first_new_claim)?;
        touched.whole.extend(seeds.whole);
        for (key, reaches) in seeds.parts {
            touched.parts.entry(key).or_default().extend(reaches);
        }
        let (mut old, parts) = SqliteStore::load_touched(tx, &touched)?;
        // An event none of whose claims remain is retired too.
        let mut event_json = tx.prepare_cached("SELECT json FROM events WHERE event_id = ?1")?;
        for id in old_events {
            if let std::collections::btree_map::Entry::Vacant(slot) = old.entry(id) {
                if let Some(json) = event_json
                    .query_row([slot.key()], |r| r.get(0))
                    .optional()?
                {
                    slot.insert(json);
                }
            }
        }
        let changes = plan(&old, &parts);
        SqliteStore::apply(tx, &changes, report)
    }

    /// Deletes those of `pairs` that no stored claim gives any more; returns the keys of
    /// the pairs deleted (their families may have split).
    fn drop_unsupported_pairs(
        tx: &Transaction,
        pairs: &BTreeSet<(String, String)>,
    ) -> rusqlite::Result<BTreeSet<String>> {
        let mut givers =
            tx.prepare_cached("SELECT company, aliases, parent FROM claims WHERE name_key = ?1")?;
        let mut delete =
            tx.prepare_cached("DELETE FROM alias_pairs WHERE alias_key = ?1 AND name_key = ?2")?;
        let mut dropped = BTreeSet::new();
        for (alias, name) in pairs {
            let mut rows = givers.query([name])?;
            let mut given = false;
            while let Some(r) = rows.next()? {
                let (company, aliases, parent): (String, String, Option<String>) =
                    (r.get(0)?, r.get(1)?, r.get(2)?);
                if gives_pair(&company, &aliases, parent.as_deref(), (alias, name)) {
                    given = true;
                    break;
                }
            }
            if !given && delete.execute(params![alias, name])? > 0 {
                dropped.insert(alias.clone());
                dropped.insert(name.clone());
            }
        }
        Ok(dropped)
    }

    fn family_key(&self, name: &str) -> Result<String> {
        let families = load_families(&self.conn).map_err(err("reading company aliases"))?;
        Ok(families.canonical(&company_key(name)))
    }

    /// The longest event interval, in whole days (rounded up); None when no event is dated.
    fn longest_span(&self) -> Result<Option<chrono::Days>> {
        let ctx = "listing events";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT MAX(julianday(date_latest) - julianday(date_earliest)) FROM events",
            )
            .map_err(err(ctx))?;
        let span: Option<f64> = stmt.query_row([], |r| r.get(0)).map_err(err(ctx))?;
        Ok(span.map(|s| chrono::Days::new(s.max(0.0).ceil() as u64)))
    }

    fn query_events(&self, filter: &EventFilter, key: Option<&str>) -> Result<Vec<EventRow>> {
        let mut rows = Vec::new();
        self.each_event_row(filter, key, &mut |e| {
            rows.push(e);
            Ok(())
        })?;
        Ok(rows)
    }

    /// The WHERE clause of a filter (company family `key` already looked up), with its
    /// arguments. Values are always parameters, never SQL.
    fn where_clause(
        &self,
        filter: &EventFilter,
        key: Option<&str>,
    ) -> Result<(String, Vec<String>)> {
        let mut sql = String::from(" WHERE 1 = 1");
        let mut args: Vec<String> = Vec::new();
        if let Some(k) = key {
            args.push(k.to_owned());
            sql.push_str(&format!(
                " AND (company_key = ?{n} OR parent_key = ?{n})",
                n = args.len()
            ));
        }
        if let Some(d) = filter.since {
            args.push(d.to_string());
            sql.push_str(&format!(" AND date_latest >= ?{}", args.len()));
            // An event that ends on or after D starts at most the longest interval
            // before it: a lower bound that keeps the date-index scan to a window.
            if let Some(start) = self
                .longest_span()?
                .and_then(|days| d.checked_sub_days(days))
            {
                args.push(start.to_string());
                sql.push_str(&format!(" AND date_earliest >= ?{}", args.len()));
            }
        }
        if let Some(d) = filter.until {
            args.push(d.to_string());
            sql.push_str(&format!(" AND date_earliest <= ?{}", args.len()));
        }
        if let Some(k) = &filter.kind {
            args.push(k.clone());
            sql.push_str(&format!(" AND kind = ?{}", args.len()));
        }
        if let Some(p) = &filter.period {
            args.push(p.clone());
            sql.push_str(&format!(
                " AND substr(date_earliest, 1, length(?{n})) = ?{n}",
                n = args.len()
            ));
        }
        // One item of a comma-separated list ("news,warn"), matched whole.
        for (column, value) in [("source_types", &filter.source), ("states", &filter.state)] {
            if let Some(v) = value {
                args.push(v.clone());
                sql.push_str(&format!(
                    " AND instr(',' || {column} || ',', ',' || ?{} || ',') > 0",
                    args.len()
                ));
            }
        }
        // One item of a list in the event JSON.
        for (path, item, value) in [
            ("$.reasons", "value", &filter.reason),
            ("$.locations", "value", &filter.location),
            ("$.units", "json_extract(value, '$.name')", &filter.unit),
        ] {
            if let Some(v) = value {
                args.push(v.clone());
                sql.push_str(&format!(
                    " AND EXISTS (SELECT 1 FROM json_each(events.json, '{path}') WHERE {item} = ?{})",
                    args.len()
                ));
            }
        }
        Ok((sql, args))
    }

    fn family_of(&self, filter: &EventFilter) -> Result<Option<String>> {
        match &filter.company {
            Some(name) => Ok(Some(self.family_key(name)?)),
            None => Ok(None),
        }
    }

    fn each_event_row(
        &self,
        filter: &EventFilter,
        key: Option<&str>,
        f: &mut dyn FnMut(EventRow) -> std::io::Result<()>,
    ) -> Result<()> {
        let (clause, args) = self.where_clause(filter, key)?;
        let mut sql = format!("SELECT {EVENT_COLUMNS} FROM events{clause}");
        sql.push_str(match filter.sort {
            // Newest first; undated last (NULL sorts last in descending order). The order
            // of the listing index, so no sort is needed.
            Sort::Newest => " ORDER BY date_earliest DESC, date_latest DESC, event_id DESC",
            Sort::Oldest => " ORDER BY date_earliest IS NULL, date_earliest, date_latest, event_id",
            Sort::Headcount => {
                " ORDER BY COALESCE(headcount_max, headcount_min) IS NULL,
                 COALESCE(headcount_max, headcount_min) DESC, date_earliest DESC, event_id DESC"
            }
            Sort::Sources => " ORDER BY sources DESC, date_earliest DESC, event_id DESC",
            Sort::Company => " ORDER BY company COLLATE NOCASE, date_earliest DESC, event_id DESC",
        });
        match (filter.limit, filter.offset) {
            (Some(n), Some(o)) => sql.push_str(&format!(" LIMIT {n} OFFSET {o}")),
            (Some(n), None) => sql.push_str(&format!(" LIMIT {n}")),
            (None, Some(o)) => sql.push_str(&format!(" LIMIT -1 OFFSET {o}")),
            (None, None) => {}
        }
        let ctx = "listing events";
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err(ctx))?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(err(ctx))?;
        // Streamed: a large listing is written as it is read, never held whole.
        while let Some(row) = rows.next().map_err(err(ctx))? {
            let event = event_from_row(row).map_err(err(ctx))?;
            f(event).map_err(|e| StoreError {
                context: ctx.into(),
                message: e.to_string(),
            })?;
        }
        Ok(())
    }

    /// Brings the next `max` stored documents (in id order) into the full-text index (those
    /// with text: the others have nothing to find), in one transaction; returns how many
    /// it looked at, so that a caller can repeat until 0. Documents are only ever
    /// appended, so "not yet" is "after the largest id looked at".
    pub fn index_for_search(&mut self, max: usize) -> Result<usize> {
        let ctx = format!("indexing {} for search", self.place);
        let tx = self.begin_write(&ctx)?;
        let from: i64 = tx
            .query_row("SELECT indexed_upto FROM search_state", [], |r| r.get(0))
            .map_err(err(&ctx))?;
        let upto: Option<i64> = tx
            .query_row(
                "SELECT MAX(doc_id) FROM (SELECT doc_id FROM documents
                 WHERE doc_id > ?1 ORDER BY doc_id LIMIT ?2)",
                params![from, max as i64],
                |r| r.get(0),
            )
            .map_err(err(&ctx))?;
        let Some(upto) = upto else {
            return Ok(0);
        };
        tx.execute(
            "INSERT INTO documents_fts (rowid, title, text)
             SELECT doc_id, COALESCE(title, ''), text FROM documents
             WHERE doc_id > ?1 AND doc_id <= ?2 AND text IS NOT NULL",
            params![from, upto],
        )
        .map_err(err(&ctx))?;
        tx.execute("UPDATE search_state SET indexed_upto = ?1", [upto])
            .map_err(err(&ctx))?;
        tx.commit().map_err(err(&ctx))?;
        Ok((upto - from).max(0) as usize)
    }

    /// Whether documents wait to be indexed for search.
    pub fn search_index_behind(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM documents
                   WHERE doc_id > (SELECT indexed_upto FROM search_state))",
                [],
                |r| r.get(0),
            )
            .map_err(err("checking the search index"))
    }

    /// The events of one document, for search results.
    fn events_of_document(&self, doc_id: i64) -> rusqlite::Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT e.event_id, e.company FROM claims c
             JOIN events e ON e.event_id = c.event_id WHERE c.doc_id = ?1 ORDER BY c.ordinal",
        )?;
        let rows = stmt.query_map([doc_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    }
}

/// A full-text query that matches documents holding every word of `query`: each word is
/// quoted, so that FTS5's own syntax (`AND`, `*`, `"`, `:`) in what a person types is
/// read as words, not as a query. None when `query` has no word.
fn fts_query(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(16)
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// `%word%` for LIKE, with LIKE's own wildcards escaped (ESCAPE '\\').
pub(crate) fn like_pattern(query: &str) -> String {
    let mut p = String::from("%");
    for c in query.trim().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

impl Store for SqliteStore {
    fn known_documents(
        &mut self,
        copies: &[(&str, &str, Option<u64>)],
    ) -> Result<Vec<Option<KnownDocument>>> {
        let ctx = "looking up documents";
        // One read transaction for the whole list (see `seen`), one statement a copy.
        let tx = self.conn.transaction().map_err(err(ctx))?;
        let mut out: Vec<Option<KnownDocument>> = vec![None; copies.len()];
        // Looked up in hash order: neighbouring lookups share index pages.
        let mut order: Vec<usize> = (0..copies.len()).collect();
        order.sort_unstable_by_key(|&i| copies[i].0);
        {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT d.published, d.url, d.path, d.line,
                            EXISTS (SELECT 1 FROM document_sources s WHERE s.doc_id = d.doc_id
                                    AND s.path = ?2 AND COALESCE(s.line, -1) = ?3)
                     FROM documents d WHERE d.hash = ?1",
                )
                .map_err(err(ctx))?;
            let line = |l: Option<i64>| l.map(|l| l.max(0) as u64);
            for i in order {
                let (hash, path, at) = copies[i];
                let at = at.map_or(-1, |l| l.min(i64::MAX as u64) as i64);
                let known = stmt
                    .query_row(params![hash, path, at], |r| {
                        Ok(KnownDocument {
                            canonical: SourceKey::new(
                                parse_date(r.get(0)?),
                                r.get::<_, Option<String>>(1)?.as_deref(),
                                &r.get::<_, String>(2)?,
                                line(r.get(3)?),
                            ),
                            place_known: r.get(4)?,
                        })
                    })
                    .optional()
                    .map_err(err(ctx))?;
                out[i] = known;
            }
        }
        tx.commit().map_err(err(ctx))?;
        Ok(out)
    }

    fn write(&mut self, docs: &[NewDocument]) -> Result<WriteReport> {
        let ctx = format!("writing {} documents to {}", docs.len(), self.place);
        let mut report = WriteReport::default();
        let tx = begin_write(&mut self.conn, &self.place, &ctx)?;
        let mut touched = BTreeMap::new();
        let mut new_pairs = false;
        let mut redated = Vec::new();
        let first_new_claim: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(claim_id), 0) + 1 FROM claims",
                [],
                |r| r.get(0),
            )
            .map_err(err(&ctx))?;
        SqliteStore::insert_documents(
            &tx,
            docs,
            &self.rules,
            &mut report,
            &mut touched,
            &mut new_pairs,
            &mut redated,
        )
        .map_err(err(&ctx))?;
        if !touched.is_empty() {
            let touched = SqliteStore::apply_families(&tx, &touched, new_pairs, first_new_claim)
                .map_err(err(&ctx))?;
            let (old, parts) = SqliteStore::load_touched(&tx, &touched).map_err(err(&ctx))?;
            let changes = plan(&old, &parts);
            SqliteStore::apply(&tx, &changes, &mut report).map_err(err(&ctx))?;
        }
        if !redated.is_empty() {
            // Documents whose canonical source changed: their claims become the new
            // copy's, as a re-read does (ids keep or lead on, with merge-log reasons).
            let mut again = WriteReport::default();
            SqliteStore::replace_in(&tx, &redated, &self.rules, &mut again).map_err(err(&ctx))?;
            report.add_events(&again);
            report.documents_redated += again.documents;
        }
        tx.commit().map_err(err(&ctx))?;
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
        let alias: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT event_id, reason FROM event_aliases WHERE old_id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(err(&ctx))?;
        let current = alias.as_ref().map_or(id, |a| a.0.as_str());
        let event = self
            .conn
            .query_row(
                &format!("SELECT {EVENT_COLUMNS} FROM events WHERE event_id = ?1"),
                [current],
                |r| event_from_row(r),
            )
            .optional()
            .map_err(err(&ctx))?;
        let Some(event) = event else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {CLAIM_COLUMNS} FROM claims c JOIN documents d USING (doc_id)
                 WHERE c.event_id = ?1"
            ))
            .map_err(err(&ctx))?;
        let rows: Vec<(StoredClaim, Option<String>, Option<String>)> = stmt
            .query_map([current], |r| claim_from_row(r))
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        let mut ev_stmt = self
            .conn
            .prepare_cached(
                "SELECT start, end, text, fields FROM evidence WHERE claim_id = ?1 ORDER BY start",
            )
            .map_err(err(&ctx))?;
        let mut members = Vec::new();
        for (claim, _, reason) in rows {
            let evidence = ev_stmt
                .query_map([claim.claim_id], |r| {
                    Ok(EvidenceRow {
                        start: r.get::<_, i64>(0)?.max(0) as usize,
                        end: r.get::<_, i64>(1)?.max(0) as usize,
                        text: r.get(2)?,
                        fields: json_list(&r.get::<_, String>(3)?),
                    })
                })
                .and_then(|r| r.collect())
                .map_err(err(&ctx))?;
            members.push(Member {
                claim,
                reason: reason.unwrap_or_default(),
                evidence,
            });
        }
        members.sort_by(|a, b| a.claim.canonical_key().cmp(&b.claim.canonical_key()));
        let mut log_stmt = self
            .conn
            .prepare_cached(
                "SELECT logged_at, event_id, action, detail FROM merge_log
                 WHERE event_id = ?1 OR event_id IN (SELECT old_id FROM event_aliases WHERE event_id = ?1)
                 ORDER BY seq",
            )
            .map_err(err(&ctx))?;
        let log = log_stmt
            .query_map([current], |r| {
                Ok(LogEntry {
                    logged_at: r.get(0)?,
                    event_id: r.get(1)?,
                    action: r.get(2)?,
                    detail: r.get(3)?,
                })
            })
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        Ok(Some(EventDetail {
            event,
            asked_for: alias.map(|(_, reason)| (id.to_owned(), reason)),
            members,
            log,
        }))
    }

    fn company(&self, name: &str) -> Result<CompanyLookup> {
        let key = self.family_key(name)?;
        let events = self.query_events(&EventFilter::default(), Some(&key))?;
        if let Some(own) = events.iter().find(|e| company_key(&e.company) == key) {
            return Ok(CompanyLookup::Found {
                company: own.company.clone(),
                events,
            });
        }
        if !events.is_empty() {
            // Only subsidiaries' events: the parent's name as asked.
            let company = events[0].parent.clone().unwrap_or_else(|| name.to_owned());
            return Ok(CompanyLookup::Found { company, events });
        }
        let ctx = "suggesting company names";
        let mut stmt = self
            .conn
            .prepare_cached("SELECT company, COUNT(*) FROM events GROUP BY company")
            .map_err(err(ctx))?;
        let names: Vec<(String, i64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .and_then(|r| r.collect())
            .map_err(err(ctx))?;
        Ok(CompanyLookup::NotFound {
            suggestions: suggest(&key, &names),
        })
    }

    fn counts(&self) -> Result<Counts> {
        let ctx = "counting";
        let count = |table: &str| -> Result<u64> {
            self.conn
                .query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
                    r.get::<_, i64>(0)
                })
                .map(|n| n.max(0) as u64)
                .map_err(err(ctx))
        };
        Ok(Counts {
            documents: count("documents")?,
            claims: count("claims")?,
            events: count("events")?,
        })
    }

    fn count_events(&self, filter: &EventFilter) -> Result<u64> {
        let key = self.family_of(filter)?;
        let (clause, args) = self.where_clause(filter, key.as_deref())?;
        let ctx = "counting events";
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT COUNT(*) FROM events{clause}"))
            .map_err(err(ctx))?;
        let n: i64 = stmt
            .query_row(params_from_iter(args.iter()), |r| r.get(0))
            .map_err(err(ctx))?;
        Ok(n.max(0) as u64)
    }

    fn facet(
        &self,
        filter: &EventFilter,
        facet: Facet,
        limit: usize,
    ) -> Result<Vec<(String, u64)>> {
        let key = self.family_of(filter)?;
        let (clause, args) = self.where_clause(filter, key.as_deref())?;
        let (value, from) = match facet {
            Facet::Company => ("company", "events"),
            Facet::Kind => ("kind", "events"),
            Facet::Year => ("substr(date_earliest, 1, 4)", "events"),
            Facet::Month => ("substr(date_earliest, 1, 7)", "events"),
            Facet::Reason => ("j.value", "events, json_each(events.json, '$.reasons') j"),
            Facet::Location => ("j.value", "events, json_each(events.json, '$.locations') j"),
            Facet::Unit => (
                "json_extract(j.value, '$.name')",
                "events, json_each(events.json, '$.units') j",
            ),
            Facet::Source => (
                "s.value",
                "events, json_each('[\"news\",\"warn\",\"tracker\"]') s",
            ),
        };
        let source_test = if facet == Facet::Source {
            " AND instr(',' || events.source_types || ',', ',' || s.value || ',') > 0"
        } else {
            ""
        };
        // Years and months read newest first; the others most common first.
        let order = match facet {
            Facet::Year | Facet::Month => "v DESC",
            _ => "n DESC, v",
        };
        let sql = format!(
            "SELECT {value} AS v, COUNT(DISTINCT events.event_id) AS n FROM {from}{clause}{source_test}
             AND v IS NOT NULL AND v != '' GROUP BY v ORDER BY {order} LIMIT {limit}"
        );
        let ctx = format!("counting events by {}", facet.as_str());
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err(&ctx))?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as u64))
            })
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        Ok(rows)
    }

    fn monthly(&self, filter: &EventFilter) -> Result<Vec<MonthTotal>> {
        let key = self.family_of(filter)?;
        let (clause, args) = self.where_clause(filter, key.as_deref())?;
        let sql = format!(
            "SELECT substr(date_earliest, 1, 7) AS m, COUNT(*),
                    SUM(COALESCE(headcount_min, headcount_max) IS NOT NULL),
                    SUM(COALESCE(headcount_min, headcount_max, 0)),
                    SUM(COALESCE(headcount_max, headcount_min, 0))
             FROM events{clause} AND kind IN ('layoff', 'closure')
             AND date_precision IN ('day', 'week', 'month')
             AND substr(date_earliest, 1, 7) = substr(date_latest, 1, 7)
             GROUP BY m ORDER BY m"
        );
        let ctx = "counting jobs cut per month";
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err(ctx))?;
        let n = |r: &Row, i: usize| -> rusqlite::Result<u64> {
            Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
        };
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(MonthTotal {
                    month: r.get(0)?,
                    rounds: n(r, 1)?,
                    with_figure: n(r, 2)?,
                    min: n(r, 3)?,
                    max: n(r, 4)?,
                })
            })
            .and_then(|r| r.collect())
            .map_err(err(ctx))?;
        Ok(rows)
    }

    fn source_counts(&self) -> Result<Vec<SourceCount>> {
        let ctx = "counting documents by source type";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT source_type, COUNT(*), SUM(claims > 0) FROM documents
                 GROUP BY source_type ORDER BY 2 DESC",
            )
            .map_err(err(ctx))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(SourceCount {
                    source_type: r.get(0)?,
                    documents: r.get::<_, i64>(1)?.max(0) as u64,
                    with_claims: r.get::<_, Option<i64>>(2)?.unwrap_or(0).max(0) as u64,
                })
            })
            .and_then(|r| r.collect())
            .map_err(err(ctx))?;
        Ok(rows)
    }

    fn search(&self, query: &str, limit: usize) -> Result<SearchResults> {
        let ctx = format!("searching for {query:?}");
        let mut results = SearchResults::default();
        if query.trim().is_empty() {
            return Ok(results);
        }
        // A company whose name (or an alias) holds the query; failing that, one of its
        // words ("AWS layoffs" finds AWS).
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT company, COUNT(*) FROM events WHERE company LIKE ?1 ESCAPE '\\'
                 OR EXISTS (SELECT 1 FROM json_each(events.json, '$.aliases')
                            WHERE value LIKE ?1 ESCAPE '\\')
                 GROUP BY company ORDER BY 2 DESC, 1 LIMIT ?2",
            )
            .map_err(err(&ctx))?;
        let mut companies = |pattern: String| -> Result<Vec<(String, u64)>> {
            stmt.query_map(params![pattern, limit as i64], |r| {
                Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64))
            })
            .and_then(|r| r.collect())
            .map_err(err(&ctx))
        };
        results.companies = companies(like_pattern(query))?;
        if results.companies.is_empty() {
            let mut merged: BTreeMap<String, u64> = BTreeMap::new();
            for word in query
                .split_whitespace()
                .filter(|w| w.chars().count() >= 3)
                .take(8)
            {
                for (c, n) in companies(like_pattern(word))? {
                    merged.insert(c, n);
                }
            }
            let mut found: Vec<(String, u64)> = merged.into_iter().collect();
            found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            found.truncate(limit);
            results.companies = found;
        }
        let Some(fts) = fts_query(query) else {
            return Ok(results);
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT d.doc_id, d.path, d.title, d.url, d.published,
                        snippet(documents_fts, 1, char(2), char(3), '…', 16)
                 FROM documents_fts JOIN documents d ON d.doc_id = documents_fts.rowid
                 WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
            )
            .map_err(err(&ctx))?;
        let hits: Vec<(i64, DocumentHit)> = stmt
            .query_map(params![fts, limit as i64], |r| {
                Ok((
                    r.get(0)?,
                    DocumentHit {
                        path: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        published: parse_date(r.get(4)?),
                        snippet: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                        events: Vec::new(),
                    },
                ))
            })
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        for (doc_id, mut hit) in hits {
            hit.events = self.events_of_document(doc_id).map_err(err(&ctx))?;
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
        let (clause, args) = self.where_clause(filter, key.as_deref())?;
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, (SELECT MAX(m.seq) FROM merge_log m
                 WHERE m.event_id = events.event_id) AS seq,
                 (SELECT MAX(m.logged_at) FROM merge_log m
                 WHERE m.event_id = events.event_id) AS changed
             FROM events{clause} ORDER BY seq DESC, event_id LIMIT {limit}"
        );
        let ctx = "listing recently changed events";
        let mut stmt = self.conn.prepare_cached(&sql).map_err(err(ctx))?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok((
                    event_from_row(r)?,
                    r.get::<_, Option<String>>(13)?.unwrap_or_default(),
                ))
            })
            .and_then(|r| r.collect())
            .map_err(err(ctx))?;
        Ok(rows)
    }

    fn document_events(&self, hash: &str) -> Result<Vec<(String, String)>> {
        let ctx = "listing the events of a document";
        let doc: Option<i64> = self
            .conn
            .query_row(
                "SELECT doc_id FROM documents WHERE hash = ?1",
                [hash],
                |r| r.get(0),
            )
            .optional()
            .map_err(err(ctx))?;
        match doc {
            Some(id) => self.events_of_document(id).map_err(err(ctx)),
            None => Ok(Vec::new()),
        }
    }

    fn rules_counts(&self) -> Result<Vec<RulesCount>> {
        let ctx = format!("counting documents by rules version in {}", self.place);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT rules, COUNT(*), SUM(claims), SUM(text IS NOT NULL) FROM documents
                 WHERE source_type = 'news' GROUP BY rules ORDER BY rules IS NOT NULL, rules",
            )
            .map_err(err(&ctx))?;
        let n = |r: &Row, i: usize| -> rusqlite::Result<u64> {
            Ok(r.get::<_, Option<i64>>(i)?.unwrap_or(0).max(0) as u64)
        };
        let rows = stmt
            .query_map([], |r| {
                Ok(RulesCount {
                    rules: r.get(0)?,
                    documents: n(r, 1)?,
                    claims: n(r, 2)?,
                    kept: n(r, 3)?,
                })
            })
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        Ok(rows)
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
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT d.hash, d.path, d.title, d.url, d.published, d.text, d.source_type,
                        d.notice_date, d.received_date, d.effective_date, d.city, d.county,
                        d.state, d.address, d.claims
                 FROM documents d
                 WHERE d.text IS NOT NULL AND d.source_type = 'news'
                   AND (?2 OR d.rules IS NOT ?1)
                   AND (?3 IS NULL OR d.hash > ?3)
                   AND (?4 IS NULL OR EXISTS (SELECT 1 FROM claims c
                        WHERE c.doc_id = d.doc_id AND c.company_key = ?4))
                 ORDER BY d.hash LIMIT ?5",
            )
            .map_err(err(&ctx))?;
        let rows = stmt
            .query_map(
                params![rules, all, after, key, limit.min(i64::MAX as usize) as i64],
                |r| {
                    let record = TableRecord {
                        notice_date: parse_date(r.get(7)?),
                        received_date: parse_date(r.get(8)?),
                        effective_date: parse_date(r.get(9)?),
                        city: r.get(10)?,
                        county: r.get(11)?,
                        state: r.get(12)?,
                        address: r.get(13)?,
                    };
                    Ok(StoredDocument {
                        hash: r.get(0)?,
                        path: r.get(1)?,
                        title: r.get(2)?,
                        url: r.get(3)?,
                        published: parse_date(r.get(4)?),
                        text: r.get(5)?,
                        source_type: SourceType::parse(&r.get::<_, String>(6)?).unwrap_or_default(),
                        record: (record != TableRecord::default()).then_some(record),
                        claims: r.get::<_, i64>(14)?.max(0) as u64,
                    })
                },
            )
            .and_then(|r| r.collect())
            .map_err(err(&ctx))?;
        Ok(rows)
    }

    fn replace_claims(
        &mut self,
        docs: &[(String, Vec<Claim>)],
        rules: &str,
    ) -> Result<WriteReport> {
        let ctx = format!("re-reading {} documents in {}", docs.len(), self.place);
        let mut report = WriteReport::default();
        let tx = begin_write(&mut self.conn, &self.place, &ctx)?;
        SqliteStore::replace_in(&tx, docs, rules, &mut report).map_err(err(&ctx))?;
        tx.commit().map_err(err(&ctx))?;
        Ok(report)
    }

    fn generation(&self) -> Result<u64> {
        let ctx = "reading the database generation";
        // Documents and merge-log lines are only ever added: their largest ids change
        // whenever a write changes anything a view shows.
        let (docs, log): (i64, i64) = self
            .conn
            .query_row(
                "SELECT (SELECT COALESCE(MAX(doc_id), 0) FROM documents),
                        (SELECT COALESCE(MAX(seq), 0) FROM merge_log)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(err(ctx))?;
        Ok(((docs.max(0) as u64) << 32) ^ log.max(0) as u64)
    }
}

/// Up to three names close to `key`: sharing a prefix or a word, or a few edits away;
/// the most reported first.
pub(crate) fn suggest(key: &str, names: &[(String, i64)]) -> Vec<String> {
    let mut scored: Vec<(usize, i64, &str)> = names
        .iter()
        .filter_map(|(name, n)| {
            let k = company_key(name);
            let distance = edit_distance(key, &k);
            let close = k.starts_with(key)
                || key.starts_with(&k)
                || k.split(' ')
                    .any(|w| key.split(' ').any(|q| q == w && q.len() > 2))
                || distance <= 2.max(key.len() / 4);
            close.then_some((distance, *n, name.as_str()))
        })
        .collect();
    scored.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    scored.into_iter().take(3).map(|s| s.2.to_owned()).collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_rank_close_names() {
        let names = vec![
            ("Amazon".to_owned(), 5),
            ("Amazon Web Services".to_owned(), 3),
            ("Zoom".to_owned(), 2),
        ];
        assert_eq!(suggest("amazn", &names)[0], "Amazon");
        assert!(suggest("amazon web", &names).contains(&"Amazon Web Services".to_owned()));
        assert!(suggest("netflix", &names).is_empty());
    }

    #[test]
    fn a_version_3_database_opens_and_learns_its_source_types() {
        // A database written before source types: table rows told apart by outlet only.
        let dir = std::env::temp_dir().join(format!("headcount-mig-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("v3.db");
        let _ = std::fs::remove_file(&path);
        {
            let conn = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..3] {
                conn.execute_batch(sql).unwrap();
            }
            conn.pragma_update(None, "user_version", 3).unwrap();
            conn.execute_batch(
                "INSERT INTO documents (hash, path, outlet, claims, ingested_at)
                     VALUES ('h1', 'ca.csv', 'WARN CA', 1, 'then'), ('h2', 'a.json', 'Reuters', 1, 'then'),
                            ('h3', 'fyi.csv', 'tracker fyi.csv', 1, 'then');
                 INSERT INTO claims (doc_id, ordinal, kind, company, name_key, company_key, aliases,
                     date_text, units, locations, reasons, confidence, event_id)
                     SELECT doc_id, 0, 'layoff', 'Acme', 'acme', 'acme', '[]', '', '[]', '[]', '[]', 0.9, 'evt_1'
                     FROM documents;
                 INSERT INTO events (event_id, company, company_key, kind, sources, json)
                     VALUES ('evt_1', 'Acme', 'acme', 'layoff', 3, '{}');",
            )
            .unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        let types: Vec<(String, Option<String>)> = store
            .conn
            .prepare("SELECT source_type, state FROM documents ORDER BY doc_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            types,
            [
                ("warn".to_owned(), Some("CA".to_owned())),
                ("news".to_owned(), None),
                ("tracker".to_owned(), None)
            ]
        );
        for (source, state, n) in [
            (Some("warn"), None, 1),
            (Some("tracker"), Some("CA"), 1),
            (Some("news"), Some("TX"), 0),
            (Some("war"), None, 0),
            // Values are parameters, never SQL.
            (Some("warn' OR 1=1 --"), None, 0),
            (None, Some("CA') OR ('1'='1"), 0),
        ] {
            let filter = EventFilter {
                source: source.map(String::from),
                state: state.map(String::from),
                ..Default::default()
            };
            assert_eq!(
                store.events(&filter).unwrap().len(),
                n,
                "{source:?} {state:?}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn migrations_run_once() {
        let mut s = SqliteStore::open_in_memory().unwrap();
        s.migrate().unwrap();
        let v: usize = s
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, MIGRATIONS.len());
    }
}
