//! A small, bounded HTTP load client for `headcount serve` (bench/serve.sh runs it).
//!
//! Each of N client threads keeps one HTTP/1.1 keep-alive connection and sends GETs one
//! after another (closed loop: a client sends its next request when the last answer has
//! been read), for a duration or until a request count is reached; the paths are loaded
//! one after the other, and each gets a row: requests, requests/s, p50/p99/max latency
//! and the answers that were not 200. Latency is measured at the client, from writing
//! the request to reading the body's last byte, so it is an upper bound on server time.
//!
//!     cargo run --release -p headcount-web --example load -- \
//!         [--clients 8] [--seconds 10 | --requests N] http://127.0.0.1:PORT /path...
//!
//! Bounded on purpose: it only connects to loopback addresses, and the duration,
//! request count and client count are capped. Standard library only; responses are
//! read by Content-Length, or chunk by chunk for `Transfer-Encoding: chunked`.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

const USAGE: &str =
    "usage: load [--clients N] [--seconds S | --requests N] http://127.0.0.1:PORT PATH...";
const MAX_CLIENTS: usize = 64;
const MAX_SECONDS: f64 = 300.0;
const MAX_REQUESTS: u64 = 10_000_000;
/// Headers larger than this are taken for a broken server, not read on.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// When a path's load stops.
#[derive(Clone, Copy)]
enum Bound {
    Seconds(f64),
    Requests(u64),
}

struct Args {
    clients: usize,
    bound: Bound,
    addr: SocketAddr,
    host: String,
    paths: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut clients = 8;
    let mut bound = Bound::Seconds(10.0);
    let mut base = None;
    let mut paths = Vec::new();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Err(USAGE.into()),
            "--clients" | "-c" => {
                clients = value(&arg)?
                    .parse()
                    .map_err(|e| format!("--clients: {e}"))?;
            }
            "--seconds" | "-s" => {
                bound = Bound::Seconds(
                    value(&arg)?
                        .parse()
                        .map_err(|e| format!("--seconds: {e}"))?,
                );
            }
            "--requests" | "-n" => {
                bound = Bound::Requests(
                    value(&arg)?
                        .parse()
                        .map_err(|e| format!("--requests: {e}"))?,
                );
            }
            a if a.starts_with('-') => return Err(format!("unknown option {a}\n{USAGE}")),
            a if base.is_none() => base = Some(a.to_owned()),
            a if a.starts_with('/') => paths.push(a.to_owned()),
            a => return Err(format!("a path starts with /: {a:?}")),
        }
    }
    if !(1..=MAX_CLIENTS).contains(&clients) {
        return Err(format!("--clients must be 1 to {MAX_CLIENTS}"));
    }
    match bound {
        Bound::Seconds(s) if !(s > 0.0 && s <= MAX_SECONDS) => {
            return Err(format!(
                "--seconds must be more than 0 and at most {MAX_SECONDS}"
            ))
        }
        Bound::Requests(n) if !(1..=MAX_REQUESTS).contains(&n) => {
            return Err(format!("--requests must be 1 to {MAX_REQUESTS}"))
        }
        _ => {}
    }
    let base = base.ok_or(USAGE)?;
    if paths.is_empty() {
        return Err(format!("no paths to load\n{USAGE}"));
    }
    let host = base
        .strip_prefix("http://")
        .ok_or(format!("{base}: only http:// addresses"))?
        .trim_end_matches('/')
        .to_owned();
    if host.contains('/') {
        return Err(format!(
            "{base}: give the address alone, and the paths after it"
        ));
    }
    let addrs: Vec<SocketAddr> = host
        .to_socket_addrs()
        .map_err(|e| format!("{host}: {e}"))?
        .collect();
    // Every address the name resolves to must be loopback: a load test is never pointed
    // at another machine by accident.
    if addrs.is_empty() || !addrs.iter().all(|a| a.ip().is_loopback()) {
        return Err(format!(
            "{host}: refusing a non-loopback address (this client only loads 127.0.0.1 / ::1)"
        ));
    }
    Ok(Args {
        clients,
        bound,
        addr: addrs[0],
        host,
        paths,
    })
}

/// One keep-alive connection; reopened when the server closes it.
struct Conn {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Conn {
    fn open(addr: SocketAddr) -> io::Result<Conn> {
        let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
        stream.set_nodelay(true)?;
        stream.set_read_timeout(Some(Duration::from_secs(60)))?;
        Ok(Conn {
            reader: BufReader::with_capacity(64 * 1024, stream.try_clone()?),
            writer: stream,
        })
    }

    /// Sends a GET and reads the whole answer: its status, and whether the server
    /// keeps the connection open.
    fn get(&mut self, request: &[u8]) -> io::Result<(u16, bool)> {
        self.writer.write_all(request)?;
        let mut line = String::new();
        let read_line = |line: &mut String, reader: &mut BufReader<TcpStream>| {
            line.clear();
            let n = reader
                .by_ref()
                .take(MAX_HEADER_BYTES as u64)
                .read_line(line)?;
            if n == 0 {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "connection closed",
                ));
            }
            Ok(line.trim_end().len())
        };
        read_line(&mut line, &mut self.reader)?;
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad(format!("not an HTTP status line: {line:?}")))?;
        let (mut length, mut chunked, mut keep_alive) = (None, false, true);
        let mut header_bytes = 0;
        while read_line(&mut line, &mut self.reader)? > 0 {
            header_bytes += line.len();
            if header_bytes > MAX_HEADER_BYTES {
                return Err(bad("headers too long".into()));
            }
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim();
            match name.to_ascii_lowercase().as_str() {
                "content-length" => {
                    length = Some(value.parse::<u64>().map_err(|e| bad(e.to_string()))?)
                }
                "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
                "connection" => keep_alive = !value.eq_ignore_ascii_case("close"),
                _ => {}
            }
        }
        if chunked {
            self.read_chunked()?;
        } else if let Some(n) = length {
            skip(&mut self.reader, n)?;
        } else {
            // Neither: the body runs to the end of the connection.
            io::copy(&mut self.reader, &mut io::sink())?;
            keep_alive = false;
        }
        Ok((status, keep_alive))
    }

    fn read_chunked(&mut self) -> io::Result<()> {
        let mut line = String::new();
        loop {
            line.clear();
            self.reader.read_line(&mut line)?;
            let size = line.trim().split(';').next().unwrap_or("");
            let size = u64::from_str_radix(size, 16)
                .map_err(|_| bad(format!("bad chunk size {line:?}")))?;
            if size == 0 {
                // Trailers, if any, then the empty line.
                loop {
                    line.clear();
                    if self.reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
                        return Ok(());
                    }
                }
            }
            skip(&mut self.reader, size + 2)?; // the chunk and its CRLF
        }
    }
}

fn skip(reader: &mut impl Read, n: u64) -> io::Result<()> {
    let copied = io::copy(&mut reader.take(n), &mut io::sink())?;
    if copied < n {
        return Err(io::Error::new(
            io::ErrorKind::UnexpectedEof,
            "body cut short",
        ));
    }
    Ok(())
}

fn bad(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, message)
}

/// What one client thread saw.
#[derive(Default)]
struct Tally {
    /// Microseconds per answered request.
    latencies: Vec<u32>,
    not_ok: u64,
    errors: u64,
    first_error: Option<String>,
}

fn client(addr: SocketAddr, request: Arc<Vec<u8>>, bound: Bound, issued: Arc<AtomicU64>) -> Tally {
    let mut tally = Tally::default();
    let started = Instant::now();
    let mut conn: Option<Conn> = None;
    loop {
        match bound {
            Bound::Seconds(s) if started.elapsed().as_secs_f64() >= s => break,
            Bound::Requests(n) if issued.fetch_add(1, Ordering::Relaxed) >= n => break,
            _ => {}
        }
        let t0 = Instant::now();
        let answer = match conn.as_mut() {
            Some(c) => c.get(&request),
            None => Conn::open(addr).and_then(|c| conn.insert(c).get(&request)),
        };
        match answer {
            Ok((status, keep_alive)) => {
                let us = t0.elapsed().as_micros().min(u32::MAX as u128) as u32;
                tally.latencies.push(us);
                if status != 200 {
                    tally.not_ok += 1;
                }
                if !keep_alive {
                    conn = None;
                }
            }
            Err(e) => {
                tally.errors += 1;
                tally.first_error.get_or_insert(e.to_string());
                conn = None;
                if tally.errors > 100 && tally.latencies.is_empty() {
                    break; // nothing answers: do not spin
                }
            }
        }
    }
    tally
}

fn percentile(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    // Nearest rank: the smallest value at or above p percent of the samples.
    let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted[rank.min(sorted.len()) - 1] as f64 / 1000.0
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("load: {e}");
            return ExitCode::from(2);
        }
    };
    let width = args.paths.iter().map(|p| p.len()).max().unwrap_or(4).max(4);
    println!(
        "{:<width$} {:>9} {:>9} {:>8} {:>8} {:>8} {:>7} {:>6}",
        "path", "requests", "req/s", "p50_ms", "p99_ms", "max_ms", "non200", "errors"
    );
    let mut failed = false;
    for path in &args.paths {
        let request = Arc::new(
            format!(
                "GET {path} HTTP/1.1\r\nHost: {}\r\nUser-Agent: headcount-load\r\n\r\n",
                args.host
            )
            .into_bytes(),
        );
        let issued = Arc::new(AtomicU64::new(0));
        let started = Instant::now();
        let threads: Vec<_> = (0..args.clients)
            .map(|_| {
                let (request, issued) = (request.clone(), issued.clone());
                let (addr, bound) = (args.addr, args.bound);
                thread::spawn(move || client(addr, request, bound, issued))
            })
            .collect();
        let mut all = Tally::default();
        for t in threads {
            let t = t.join().expect("a client thread panicked");
            all.latencies.extend(t.latencies);
            all.not_ok += t.not_ok;
            all.errors += t.errors;
            if all.first_error.is_none() {
                all.first_error = t.first_error;
            }
        }
        let wall = started.elapsed().as_secs_f64();
        all.latencies.sort_unstable();
        let n = all.latencies.len();
        println!(
            "{path:<width$} {n:>9} {:>9.0} {:>8.2} {:>8.2} {:>8.2} {:>7} {:>6}",
            n as f64 / wall,
            percentile(&all.latencies, 50.0),
            percentile(&all.latencies, 99.0),
            percentile(&all.latencies, 100.0),
            all.not_ok,
            all.errors,
        );
        if let Some(e) = all.first_error {
            eprintln!("load: {path}: {} errors, the first: {e}", all.errors);
        }
        failed |= all.errors > 0 || all.not_ok > 0;
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
