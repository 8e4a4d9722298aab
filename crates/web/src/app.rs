//! The server's state: where the database is, a pool of read connections, the one
//! writer, the write token, and a cache of the aggregate views.
//!
//! Reads run on tokio's blocking pool, each on a read-only connection of its own: SQLite
//! in WAL mode lets them go on while an ingest (here or in another process) writes. The
//! writer is opened first, read-write: it upgrades an older schema.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use headcount_store::{SqliteStore, Store, StoreError};
use std::any::Any;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server is set up.
#[derive(Debug, Clone)]
pub struct Config {
    /// The SQLite database; it must exist (`headcount ingest` makes it).
    pub db: PathBuf,
    /// The bearer token writes need; `None` turns writes off (403).
    pub token: Option<String>,
    /// A request that takes longer is answered 503.
    pub timeout: Duration,
    /// The largest request body accepted (413 beyond).
    pub max_body: usize,
    /// The day "how recent" is counted from; today when `None`.
    pub today: Option<chrono::NaiveDate>,
}

impl Config {
    pub fn new(db: impl Into<PathBuf>) -> Config {
        Config {
            db: db.into(),
            token: None,
            timeout: Duration::from_secs(30),
            max_body: 2 * 1024 * 1024,
            today: None,
        }
    }
}

/// Cheap to clone: every handler holds one.
#[derive(Clone)]
pub struct App(Arc<Inner>);

struct Inner {
    config: Config,
    readers: Mutex<Vec<SqliteStore>>,
    writer: Mutex<Option<SqliteStore>>,
    cache: Mutex<Cache>,
}

/// Aggregates (facet counts, the monthly chart, source counts) computed once per
/// database generation: they scan many events, and the database changes far less often
/// than pages are read.
#[derive(Default)]
struct Cache {
    generation: u64,
    entries: HashMap<String, Arc<dyn Any + Send + Sync>>,
}

/// Entries kept before the cache starts over (each is small: counts, not pages).
const CACHE_ENTRIES: usize = 4096;

/// Connections kept open for reads; more are opened under load and closed after.
const IDLE_READERS: usize = 16;

/// An error as the client sees it: a status and a message (never a stack or SQL).
#[derive(Debug)]
pub struct AppError {
    pub status: StatusCode,
    pub message: String,
}

impl AppError {
    pub fn new(status: StatusCode, message: impl Into<String>) -> AppError {
        AppError {
            status,
            message: message.into(),
        }
    }

    pub fn not_found(message: impl Into<String>) -> AppError {
        AppError::new(StatusCode::NOT_FOUND, message)
    }

    pub fn bad_request(message: impl Into<String>) -> AppError {
        AppError::new(StatusCode::BAD_REQUEST, message)
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> AppError {
        eprintln!("headcount serve: {e}");
        AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string())
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": self.message, "status": self.status.as_u16()});
        (self.status, axum::Json(body)).into_response()
    }
}

impl App {
    /// Checks that the database exists and opens, then serves it.
    pub fn open(config: Config) -> Result<App, String> {
        if !config.db.is_file() {
            return Err(format!(
                "no database at {}; make one with `headcount --db {} ingest PATH...`",
                config.db.display(),
                config.db.display()
            ));
        }
        // The writer first: it brings an older schema up to date, which the read-only
        // connections of the pool cannot (and the server writes its search index anyway).
        let writer = SqliteStore::open(&config.db).map_err(|e| e.to_string())?;
        let first = SqliteStore::open_for_queries(&config.db).map_err(|e| e.to_string())?;
        let app = App(Arc::new(Inner {
            config,
            readers: Mutex::new(vec![first]),
            writer: Mutex::new(Some(writer)),
            cache: Mutex::new(Cache::default()),
        }));
        // The search index catches up in the background; a search waits only for what
        // is still missing then.
        let indexer = app.clone();
        std::thread::spawn(move || {
            if let Err(e) = indexer.index_for_search() {
                eprintln!("headcount serve: indexing for search: {}", e.message);
            }
            indexer.warm();
        });
        Ok(app)
    }

    pub fn config(&self) -> &Config {
        &self.0.config
    }

    /// Runs `f` with a read connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&App, &SqliteStore) -> Result<T, AppError> + Send + 'static,
    {
        let app = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = app.take_reader()?;
            let out = f(&app, &store);
            app.give_back(store);
            out
        })
        .await
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
    }

    /// Runs `f` with the writer (one at a time), off the async threads.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut SqliteStore) -> Result<T, AppError> + Send + 'static,
    {
        let app = self.clone();
        tokio::task::spawn_blocking(move || app.with_writer(f))
            .await
            .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
    }

    /// Runs `f` with the one writer connection, opened on first use; blocks while
    /// another write holds it.
    fn with_writer<T>(
        &self,
        f: impl FnOnce(&mut SqliteStore) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut slot = self.0.writer.lock().unwrap_or_else(|p| p.into_inner());
        if slot.is_none() {
            *slot = Some(SqliteStore::open(&self.0.config.db)?);
        }
        match slot.as_mut() {
            Some(store) => f(store),
            None => Err(AppError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the database could not be opened for writing",
            )),
        }
    }

    /// Brings the full-text index up to date, a batch per transaction (an ingest running
    /// beside the server waits at most one batch).
    pub fn index_for_search(&self) -> Result<(), AppError> {
        const BATCH: usize = 2_000;
        while self.with_writer(|store| Ok(store.index_for_search(BATCH)?))? > 0 {}
        Ok(())
    }

    /// The day "how recent" is counted from.
    pub fn today(&self) -> chrono::NaiveDate {
        self.0
            .config
            .today
            .unwrap_or_else(|| chrono::Utc::now().date_naive())
    }

    /// Computes the aggregates of the front page and of the whole listing (its facets
    /// scan every event: seconds at 100,000 events), so that the first visitor does not
    /// wait for them. Errors are left for the request that meets them.
    fn warm(&self) {
        let Ok(store) = self.take_reader() else {
            return;
        };
        let _ = crate::data::home(self, &store, self.today());
        let _ = crate::data::listing(self, &store, crate::query::Query::default_listing());
        self.give_back(store);
    }

    fn take_reader(&self) -> Result<SqliteStore, AppError> {
        let pooled = self
            .0
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .pop();
        match pooled {
            Some(s) => Ok(s),
            None => Ok(SqliteStore::open_for_queries(&self.0.config.db)?),
        }
    }

    fn give_back(&self, store: SqliteStore) {
        let mut pool = self
            .0
            .readers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if pool.len() < IDLE_READERS {
            pool.push(store);
        }
    }

    /// The value cached under `key` for the store's current generation, computing it
    /// when missing. Two requests may compute the same entry at once; both results are
    /// the same, and one is kept.
    pub fn cached<T, F>(&self, store: &SqliteStore, key: &str, f: F) -> Result<Arc<T>, AppError>
    where
        T: Send + Sync + 'static,
        F: FnOnce() -> Result<T, AppError>,
    {
        let generation = store.generation()?;
        {
            let mut cache = self.0.cache.lock().unwrap_or_else(|p| p.into_inner());
            if cache.generation != generation {
                cache.generation = generation;
                cache.entries.clear();
            }
            if let Some(v) = cache.entries.get(key) {
                if let Ok(v) = Arc::clone(v).downcast::<T>() {
                    return Ok(v);
                }
            }
        }
        let value = Arc::new(f()?);
        let mut cache = self.0.cache.lock().unwrap_or_else(|p| p.into_inner());
        if cache.generation == generation {
            if cache.entries.len() >= CACHE_ENTRIES {
                cache.entries.clear();
            }
            cache
                .entries
                .insert(key.to_owned(), value.clone() as Arc<dyn Any + Send + Sync>);
        }
        Ok(value)
    }
}
