//! What the end-to-end tests of the `headcount` binary share: a fresh scratch folder, a run
//! of the real binary, and the path of a file in `../shared` (skipped with a message when
//! it is missing, an error when `CI=true`).
#![allow(dead_code)] // Each test crate uses its own share of these.

pub mod gen;

use std::path::{Path, PathBuf};
use std::process::Command;

/// An empty folder under the system's temporary folder, named for the test.
pub fn scratch(area: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headcount-{area}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the binary (with `--db db` first when given): exit code, stdout, stderr. No proxy
/// stands between the binary and the tests' own servers on this machine.
pub fn run(db: Option<&Path>, args: &[&str]) -> (i32, String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_headcount"));
    for var in [
        "ALL_PROXY",
        "HTTPS_PROXY",
        "HTTP_PROXY",
        "all_proxy",
        "https_proxy",
        "http_proxy",
    ] {
        command.env_remove(var);
    }
    if let Some(db) = db {
        command.arg("--db").arg(db);
    }
    let out = command.args(args).output().expect("run headcount");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `../shared/REL` beside the repository, or `None` with a message when it is missing
/// (an error under `CI=true`).
pub fn shared(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(rel);
    if !path.exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} not found; CI needs ../shared beside the repository",
            path.display()
        );
        eprintln!("skipping: {} not found", path.display());
        return None;
    }
    Some(path)
}

/// A store backend the store tests run against: SQLite always; PostgreSQL when
/// `HEADCOUNT_TEST_PG` names a server (`.ci/postgres.sh` starts one; CI requires it).
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// Every backend to test, saying which is skipped and why.
pub fn backends() -> Vec<Backend> {
    let mut out = vec![Backend::Sqlite];
    match std::env::var("HEADCOUNT_TEST_PG") {
        Ok(url) if !url.is_empty() => out.push(Backend::Postgres(url)),
        _ => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "HEADCOUNT_TEST_PG is not set; CI runs the store tests against PostgreSQL too (.ci/postgres.sh)"
            );
            eprintln!(
                "skipping the PostgreSQL runs: HEADCOUNT_TEST_PG is not set (source .ci/postgres.sh to start a server)"
            );
        }
    }
    out
}

/// The PostgreSQL backend alone, for the tests of many writers and lost connections; None
/// (saying so) without a test server.
pub fn postgres() -> Option<Backend> {
    let pg = backends()
        .into_iter()
        .find(|b| matches!(b, Backend::Postgres(_)));
    if pg.is_none() {
        eprintln!("skipping: no PostgreSQL test server (HEADCOUNT_TEST_PG)");
    }
    pg
}

/// A fresh, empty database of one backend: a file in `dir`, or a new database on the
/// PostgreSQL server, named for the test.
#[derive(Debug, Clone)]
pub enum Db {
    Sqlite(PathBuf),
    Postgres { url: String, name: String },
}

impl Backend {
    pub fn name(&self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres(_) => "postgres",
        }
    }

    pub fn fresh(&self, dir: &Path, name: &str) -> Db {
        match self {
            Backend::Sqlite => Db::Sqlite(dir.join(format!("{name}.db"))),
            Backend::Postgres(server) => {
                let db = format!(
                    "hc_{}_{}",
                    name.replace(|c: char| !c.is_ascii_alphanumeric(), "_"),
                    std::process::id()
                );
                let mut admin = postgres::Client::connect(server, postgres::NoTls)
                    .expect("connect to the test PostgreSQL server");
                // Two statements: a multi-statement string is one transaction, which
                // CREATE DATABASE refuses.
                admin
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
                    .and_then(|()| admin.batch_execute(&format!("CREATE DATABASE {db}")))
                    .expect("create a test database");
                let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
                Db::Postgres {
                    url: format!("{base}/{db}"),
                    name: db,
                }
            }
        }
    }
}

impl Db {
    /// What `--db` takes.
    pub fn arg(&self) -> String {
        match self {
            Db::Sqlite(p) => p.display().to_string(),
            Db::Postgres { url, .. } => url.clone(),
        }
    }

    /// Runs the binary with `--db` this database.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let arg = self.arg();
        let mut all = vec!["--db", arg.as_str()];
        all.extend_from_slice(args);
        run(None, &all)
    }

    /// The one integer a query returns.
    pub fn count(&self, sql: &str) -> i64 {
        match self {
            Db::Sqlite(p) => {
                rusqlite::Connection::open_with_flags(p, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                    .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
            }
            Db::Postgres { url, .. } => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).expect("connect");
                c.query_one(sql, &[])
                    .and_then(|r| r.try_get(0))
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
            }
        }
    }

    /// Rows of a query, each as text (JSON of the row on PostgreSQL, the values' debug form
    /// on SQLite), sorted: comparable between two databases of one backend.
    pub fn rows(&self, sql: &str) -> Vec<String> {
        let mut out: Vec<String> = match self {
            Db::Sqlite(p) => {
                let c = rusqlite::Connection::open_with_flags(
                    p,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )
                .expect("open");
                let mut stmt = c.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let n = stmt.column_count();
                stmt.query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            r.get::<_, rusqlite::types::Value>(i)
                                .map(|v| format!("{v:?}"))
                        })
                        .collect::<rusqlite::Result<Vec<_>>>()
                        .map(|v| v.join("|"))
                })
                .and_then(|r| r.collect())
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
            }
            Db::Postgres { url, .. } => {
                let mut c = postgres::Client::connect(url, postgres::NoTls).expect("connect");
                c.query(&format!("SELECT row_to_json(t)::text FROM ({sql}) t"), &[])
                    .unwrap_or_else(|e| panic!("{sql}: {e}"))
                    .iter()
                    .map(|r| r.get(0))
                    .collect()
            }
        };
        out.sort();
        out
    }

    /// Drops a PostgreSQL test database (a SQLite file goes with its folder).
    pub fn drop(self, backend: &Backend) {
        if let (Db::Postgres { name, .. }, Backend::Postgres(server)) = (self, backend) {
            if let Ok(mut admin) = postgres::Client::connect(server, postgres::NoTls) {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

/// The one integer a query returns, or None when the database cannot answer yet (not
/// created, busy, or its server restarting).
pub fn count_or_none(db: &Db, sql: &str) -> Option<i64> {
    match db {
        Db::Sqlite(p) => {
            rusqlite::Connection::open_with_flags(p, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
                .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
                .ok()
        }
        Db::Postgres { url, .. } => postgres::Client::connect(url, postgres::NoTls)
            .and_then(|mut c| c.query_one(sql, &[]))
            .and_then(|r| r.try_get(0))
            .ok(),
    }
}
