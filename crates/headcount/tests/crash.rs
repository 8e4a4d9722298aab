//! Crash safety of `headcount ingest`: a run killed with SIGKILL in the middle leaves only
//! whole batches behind, and running the same command again ends with the same database as
//! a run that was never interrupted.
//!
//! The input is generated here (templates written for this test, no third-party text): a
//! large news-please JSON Lines file of plain news with layoff reports of invented
//! companies scattered through it (several rounds each, several outlets and wordings per
//! round, so events gain sources and change ids as earlier reports arrive), and a few
//! truncated lines. The RNG and the month and weekday names come from `headcount-testgen`.
//!
//! It runs on every backend of `common::backends` (SQLite; PostgreSQL with a test server).

mod common;
use common::{backends, Backend, Db};
use headcount_testgen::{Rng, SplitMix64, MONTHS, WEEKDAYS};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Lines of the generated input; ingest of it takes a few seconds in release mode on 2 cores.
const LINES: usize = 80_000;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("headcount-crash-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const COMPANIES: &[(&str, &str)] = &[
    ("Borealis Freight", "workers"),
    ("Cobalt Mills", "workers"),
    ("Tamarack Logistics", "workers"),
    ("Quillfeather Software", "engineers"),
    ("Juniper Ridge Foods", "employees"),
    ("Halcyon Biotech", "researchers"),
    ("Ostrander Steel", "workers"),
    ("Vantablue Media", "employees"),
    ("Lindqvist Robotics", "employees"),
    ("Ferncastle Insurance", "employees"),
    ("Greywater Shipping", "employees"),
    ("Pellucid Labs", "employees"),
    ("Saltmarsh Energy", "workers"),
    ("Kestrel Aviation", "employees"),
    ("Ironwood Furniture", "workers"),
    ("Brightmoor Retail", "employees"),
    ("Calloway Textiles", "workers"),
    ("Duskfield Games", "developers"),
    ("Emberline Telecom", "employees"),
    ("Glenhaven Hotels", "employees"),
    ("Harrowgate Motors", "workers"),
    ("Jasperwell Mining", "workers"),
    ("Kilnworth Ceramics", "workers"),
    ("Larkspur Analytics", "employees"),
    ("Mistral Turbines", "workers"),
    ("Northcape Seafood", "workers"),
    ("Oakhurst Publishing", "employees"),
    ("Palisade Security", "employees"),
    ("Quarrystone Builders", "workers"),
    ("Redfern Chemicals", "employees"),
    ("Thornbury Paper", "workers"),
    ("Umbra Semiconductors", "employees"),
];

const OUTLETS: &[&str] = &[
    "dailyledger.example",
    "metrowire.example",
    "tradepost.example",
    "valleygazette.example",
    "businessbeat.example",
    "harborherald.example",
    "techcurrent.example",
    "plainsobserver.example",
];

/// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// 0 = Monday.
fn weekday(days: i64) -> usize {
    (days + 3).rem_euclid(7) as usize
}

/// One round of cuts: a company, a day, a figure.
struct Round {
    company: &'static str,
    unit: &'static str,
    day: i64,
    count: u64,
}

fn rounds() -> Vec<Round> {
    let mut rng = SplitMix64::new(0x5eed_0001);
    let start = days_from_civil(2023, 2, 1);
    let mut out = Vec::new();
    for (c, &(company, unit)) in COMPANIES.iter().enumerate() {
        // Three or four rounds, four to seven months apart.
        let mut day = start + (c as i64 * 11) % 120;
        for _ in 0..3 + c % 2 {
            day += 120 + rng.range(0, 90) as i64;
            out.push(Round {
                company,
                unit,
                day,
                count: 30 + rng.range(0, 60) * 10 + rng.range(0, 9),
            });
        }
    }
    out
}

/// One report of a round, in one of several wordings; `published` is days after the cuts.
fn layoff_report(rng: &mut SplitMix64, r: &Round, serial: usize) -> (String, String, i64) {
    let lag = rng.range(0, 6) as i64;
    let published = r.day + lag;
    let (y, m, d) = civil_from_days(r.day);
    let month = MONTHS[m as usize - 1];
    let wd = WEEKDAYS[weekday(r.day)];
    let (n, co, unit) = (r.count, r.company, r.unit);
    let (title, lead) = match rng.range(0, 6) {
        0 => (
            format!("{co} lays off {n}"),
            format!("{co} laid off {n} {unit} on {d} {month} {y}, the company said."),
        ),
        1 => (
            format!("{co} to cut jobs"),
            format!("{co} is cutting about {n} jobs, a memo sent on {wd} said."),
        ),
        2 => (
            format!("{co} confirms job cuts"),
            format!("{co} confirmed on {month} {d}, {y} that it had eliminated {n} positions."),
        ),
        3 => (
            format!("Cuts at {co}"),
            format!("About {n} {unit} at {co} lost their jobs on {wd}, according to a person familiar with the matter."),
        ),
        4 => (
            format!("{co} trims its workforce"),
            format!("{co} said on {wd} it would lay off {n} {unit} as demand slowed."),
        ),
        _ => (
            format!("{co} layoffs"),
            format!("{co} has laid off roughly {n} {unit}, the company confirmed on {month} {d}."),
        ),
    };
    let tail = rng.pick(&[
        "The company did not say which sites were affected.",
        "A spokesperson declined to comment further.",
        "Shares were little changed in afternoon trading.",
        "The company said affected staff would receive support.",
        "Union representatives said they were studying the details.",
    ]);
    let text = format!(
        "{lead} {tail} Local officials said they had been told in advance. Dispatch {serial} of the business desk."
    );
    (title, text, published)
}

/// One plain news article: no layoffs, unique through its numbers.
fn plain_article(rng: &mut SplitMix64, serial: usize) -> (String, String) {
    let town = rng.pick(&[
        "Millbrook",
        "Ashford Green",
        "Port Selwyn",
        "Copperton",
        "Eastmere",
        "Fallow Creek",
        "Highcombe",
        "Lowell Bay",
    ]);
    let topic = rng.range(0, 5);
    let title = match topic {
        0 => format!("{town} council approves road plan"),
        1 => format!("Rain expected across {town} this weekend"),
        2 => format!("{town} Rovers win at home"),
        3 => format!("Museum in {town} opens new wing"),
        _ => format!("{town} library extends opening hours"),
    };
    let mut text = String::new();
    let sentences: &[&str] = match topic {
        0 => &[
            "The council voted to resurface the main avenue before winter.",
            "Residents asked for more crossings near the primary school.",
            "The plan includes new drainage along the river path.",
            "Work is due to begin after the spring festival.",
            "A public meeting on the budget drew a full hall.",
            "Cyclists welcomed the proposed lanes on the bridge.",
        ],
        1 => &[
            "Forecasters expect heavy showers on Saturday afternoon.",
            "Temperatures should recover early next week.",
            "Gardeners were advised to protect young plants.",
            "The river is not expected to reach flood level.",
            "Wind gusts may be strong along the coast road.",
            "Sunny spells are likely by Sunday evening.",
        ],
        2 => &[
            "The home side scored twice in the second half.",
            "Their goalkeeper made a string of fine saves.",
            "The visitors had a late effort ruled offside.",
            "A crowd of several thousand braved the cold.",
            "The manager praised the young midfielders.",
            "The result lifts the club into the top four.",
        ],
        3 => &[
            "The new wing displays maps and instruments from the old harbour.",
            "Entry will be free for children during the holidays.",
            "Volunteers spent two years restoring the collection.",
            "A café on the ground floor looks over the gardens.",
            "Guided tours run every afternoon.",
            "The architects used timber from local forests.",
        ],
        _ => &[
            "The library will stay open until eight on weekdays.",
            "A reading club for teenagers meets on Thursdays.",
            "New computers were installed in the study room.",
            "Donations of books can be left at the front desk.",
            "The local history archive is now catalogued online.",
            "Story hours for toddlers return next month.",
        ],
    };
    for _ in 0..4 + rng.range(0, 4) {
        text.push_str(rng.pick(sentences));
        text.push(' ');
    }
    let _ = write!(
        text,
        "Ticket {} of {town} desk, filed at {}:{:02}.",
        serial,
        rng.range(0, 24),
        rng.range(0, 60)
    );
    (title, text)
}

fn date_str(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02} 09:{:02}:00", days % 60)
}

/// Writes the input; returns the line numbers (1-based) of the malformed lines and the
/// number of well-formed lines.
fn write_input(path: &Path) -> (Vec<u64>, usize) {
    let mut rng = SplitMix64::new(0x5eed_0002);
    let rounds = rounds();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut bad = Vec::new();
    let mut good = 0;
    let plain_day = days_from_civil(2024, 6, 1);
    for i in 0..LINES {
        let line = i as u64 + 1;
        // A few truncated lines, spread through the file.
        if i % 16_411 == 7_000 {
            let r = &rounds[i % rounds.len()];
            writeln!(
                out,
                r#"{{"title": "{} news", "maintext": "{} laid off 4{} workers on 2 M"#,
                r.company, r.company, i
            )
            .unwrap();
            bad.push(line);
            continue;
        }
        // About 4% of lines report a round of cuts.
        let (title, text, published, outlet, url) = if rng.range(0, 25) == 0 {
            let r = &rounds[rng.range(0, rounds.len() as u64) as usize];
            let (title, text, published) = layoff_report(&mut rng, r, i);
            let outlet = rng.pick(OUTLETS);
            let url = format!("https://{outlet}/business/{i}");
            (title, text, published, outlet, url)
        } else {
            let (title, text) = plain_article(&mut rng, i);
            let outlet = rng.pick(OUTLETS);
            let url = format!("https://{outlet}/local/{i}");
            let published = plain_day + rng.range(0, 400) as i64;
            (title, text, published, outlet, url)
        };
        let v = serde_json::json!({
            "title": title,
            "url": url,
            "source_domain": outlet,
            "date_publish": date_str(published),
            "maintext": text,
        });
        writeln!(out, "{v}").unwrap();
        good += 1;
    }
    out.flush().unwrap();
    (bad, good)
}

fn ingest(db: &Db, input: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_headcount"))
        .arg("--db")
        .arg(db.arg())
        .arg("ingest")
        .arg(input)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start headcount ingest")
}

/// Runs ingest to the end; returns its exit code and standard error.
fn ingest_to_end(db: &Db, input: &Path) -> (Option<i32>, String) {
    let out = ingest(db, input).wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The number of committed documents, read while the writer may be running (a database
/// not yet created, or busy, is retried).
fn committed(db: &Db) -> Option<i64> {
    match db {
        Db::Sqlite(path) => {
            let wal = path.with_extension("db-wal");
            if !wal.exists() {
                return None;
            }
            let conn = rusqlite::Connection::open_with_flags(
                path,
                rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .ok()?;
            conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
                .ok()
        }
        Db::Postgres { url, .. } => {
            let mut c = postgres::Client::connect(url, postgres::NoTls).ok()?;
            c.query_one("SELECT COUNT(*) FROM documents", &[])
                .ok()
                .and_then(|r| r.try_get(0).ok())
        }
    }
}

/// Waits until the running ingest has committed at least `at_least` documents, then kills
/// it with SIGKILL after `delay`. Fails the test if it ends by itself first.
fn kill_after(child: &mut Child, db: &Db, at_least: i64, delay: Duration) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("ingest ended ({status}) before it could be killed: make the input bigger");
        }
        if committed(db).is_some_and(|n| n >= at_least) {
            break;
        }
        assert!(Instant::now() < deadline, "ingest made no progress");
        std::thread::sleep(Duration::from_millis(15));
    }
    std::thread::sleep(delay);
    child.kill().expect("SIGKILL");
    let status = child.wait().unwrap();
    assert!(!status.success(), "killed, not finished: {status}");
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(status.signal(), Some(9), "ended by SIGKILL: {status}");
    }
}

fn assert_consistent(db: &Db) {
    if let Db::Sqlite(path) = db {
        let ok: String = rusqlite::Connection::open(path)
            .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get(0)))
            .unwrap();
        assert_eq!(ok, "ok", "{}", path.display());
    }
    assert_eq!(
        db.count("SELECT COUNT(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents)"),
        0,
        "claims without their document in {}",
        db.arg()
    );
    assert_eq!(
        db.count("SELECT COUNT(*) FROM evidence WHERE claim_id NOT IN (SELECT claim_id FROM claims)"),
        0,
        "evidence without its claim in {}",
        db.arg()
    );
    assert_eq!(
        db.count(
            "SELECT COUNT(*) FROM documents d
             WHERE d.claims != (SELECT COUNT(*) FROM claims c WHERE c.doc_id = d.doc_id)"
        ),
        0,
        "documents with missing claims in {}",
        db.arg()
    );
}

/// The state of a database, table by table, without row ids (they are local to a file),
/// timestamps (`documents.ingested_at`, `merge_log.logged_at`) or the history tables
/// (`merge_log`, `event_aliases`): a run that was killed and resumed may legitimately
/// record a different path to the same state there, so only the state is compared.
const STATE: &[(&str, &str)] = &[
    (
        "documents",
        "SELECT hash, path, line, source_id, url, title, outlet, published, reference_date,
                claims, text
         FROM documents",
    ),
    (
        "claims",
        "SELECT d.hash, c.ordinal, c.kind, c.company, c.name_key, c.company_key, c.parent,
                c.aliases, c.date_text, c.date_earliest, c.date_latest, c.date_precision,
                c.headcount_text, c.headcount_min, c.headcount_max, c.percent, c.units,
                c.locations, c.reasons, c.severance, c.confidence, c.event_id, c.join_reason
         FROM claims c JOIN documents d USING (doc_id)",
    ),
    (
        "evidence",
        "SELECT d.hash, c.ordinal, e.start, e.\"end\", e.text, e.fields
         FROM evidence e JOIN claims c USING (claim_id) JOIN documents d USING (doc_id)",
    ),
    (
        "events",
        "SELECT event_id, company, company_key, parent, parent_key, kind, date_earliest,
                date_latest, date_precision, headcount_min, headcount_max, percent, sources,
                json, source_types, states
         FROM events",
    ),
    ("alias_pairs", "SELECT * FROM alias_pairs"),
];

/// Differences of two sorted row lists, for the failure message.
fn diff(a: &[String], b: &[String]) -> String {
    let sa: BTreeSet<&String> = a.iter().collect();
    let sb: BTreeSet<&String> = b.iter().collect();
    let mut msg = format!("{} rows vs {} rows\n", a.len(), b.len());
    for r in sa.difference(&sb).take(5) {
        let _ = writeln!(msg, "  only in the uninterrupted run: {r}");
    }
    for r in sb.difference(&sa).take(5) {
        let _ = writeln!(msg, "  only in the killed-and-resumed run: {r}");
    }
    msg
}

fn events_json(db: &Db) -> String {
    let (code, out, err) = db.run(&["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    out
}

#[test]
fn a_killed_ingest_resumes_to_the_same_database() {
    let dir = scratch("kill");
    let input = dir.join("dump.jsonl");
    let (bad, good) = write_input(&input);
    for backend in backends() {
        killed_and_resumed(&backend, &dir, &input, &bad, good as i64);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn killed_and_resumed(backend: &Backend, dir: &Path, input: &Path, bad: &[u64], good: i64) {
    let started = Instant::now();
    let a = backend.fresh(dir, "crash_a");
    let b = backend.fresh(dir, "crash_b");

    // The reference: one uninterrupted run.
    let t = Instant::now();
    let (code, err) = ingest_to_end(&a, input);
    let full = t.elapsed();
    assert_eq!(code, Some(1), "the malformed lines are reported: {err}");
    assert!(
        err.contains(&format!(
            "{good} documents read, {good} new, 0 already seen, {} skipped",
            bad.len()
        )),
        "{err}"
    );
    for line in bad {
        assert!(err.contains(&format!("dump.jsonl:{line}")), "{err}");
    }

    // Killed once at about a third of the way and again at about two thirds, then resumed.
    let mut child = ingest(&b, input);
    kill_after(&mut child, &b, good / 3, Duration::ZERO);
    assert_consistent(&b);
    let first = b.count("SELECT COUNT(*) FROM documents");
    assert!(
        first > 0 && first < good,
        "killed mid-run: {first} of {good} documents"
    );

    let mut child = ingest(&b, input);
    // This time not right after a commit: somewhere inside the next batch's work.
    kill_after(&mut child, &b, 2 * good / 3, full / 100);
    assert_consistent(&b);
    let second = b.count("SELECT COUNT(*) FROM documents");
    assert!(
        second > first && second < good,
        "killed mid-run again: {second} of {good} documents (first kill at {first})"
    );

    let (code, err) = ingest_to_end(&b, input);
    assert_eq!(code, Some(1), "the malformed lines are reported: {err}");
    assert!(
        err.contains(&format!(
            "{good} documents read, {} new, {second} already seen, {} skipped",
            good - second,
            bad.len()
        )),
        "{err}"
    );

    assert_consistent(&a);
    assert_consistent(&b);
    // The input is what it should be: every well-formed line is a document, a malformed
    // line left no row, several rounds were reported by several sources, and ids moved as
    // earlier reports arrived (so resuming had events to rewrite).
    assert_eq!(a.count("SELECT COUNT(*) FROM documents"), good);
    for line in bad {
        assert_eq!(
            a.count(&format!(
                "SELECT COUNT(*) FROM documents WHERE line = {line}"
            )),
            0
        );
    }
    let events = a.count("SELECT COUNT(*) FROM events");
    assert!(events >= COMPANIES.len() as i64 * 3, "{events} events");
    assert!(
        a.count("SELECT COUNT(*) FROM events WHERE sources >= 3") >= COMPANIES.len() as i64,
        "most rounds have several sources"
    );
    assert!(
        a.count("SELECT COUNT(*) FROM event_aliases") > 0,
        "some ids changed during the run"
    );

    let mut differences = String::new();
    for (table, sql) in STATE {
        let (ra, rb) = (a.rows(sql), b.rows(sql));
        assert!(ra.len() > 1 || *table == "alias_pairs", "{table} is empty");
        if ra != rb {
            let _ = write!(differences, "{table}: {}", diff(&ra, &rb));
        }
    }
    assert!(
        differences.is_empty(),
        "the resumed database differs:\n{differences}"
    );
    assert_eq!(events_json(&a), events_json(&b));

    eprintln!(
        "{}: {LINES} lines, uninterrupted ingest {:.1}s, killed at {first} and {second} of {good} documents, {events} events; test {:.1}s",
        backend.name(),
        full.as_secs_f64(),
        started.elapsed().as_secs_f64()
    );
    a.drop(backend);
    b.drop(backend);
}
