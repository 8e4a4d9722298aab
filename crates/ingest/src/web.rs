//! Fetching feeds and pages over http(s): one blocking [`ureq`] agent per run, a total
//! timeout per request (connecting, headers and body together), a bound on the body's size,
//! and a per-host rate limit so that `--fetch-pages` on a feed of one outlet does not hammer
//! it. Every failure is a sentence naming what went wrong ("timed out after 30 s", "HTTP
//! status 404"); the caller names the URL.

use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// How feeds and pages are fetched; [`WebOptions::default`] is what the command line uses
/// unless told otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebOptions {
    /// Fetch each feed item's link and read the page as HTML (`--fetch-pages`); a page
    /// that fails leaves the item's summary, with a warning.
    pub fetch_pages: bool,
    /// The whole of one request, from connecting to the body's last byte (`--timeout`).
    pub timeout: Duration,
    /// At most one request per host in this interval (`--rate-limit`).
    pub per_host: Duration,
    /// A longer body is refused, not truncated.
    pub max_body: u64,
}

impl WebOptions {
    /// No page fetching, 30 s a request, one request per host a second, 16 MiB a body.
    pub const DEFAULT: WebOptions = WebOptions {
        fetch_pages: false,
        timeout: Duration::from_secs(30),
        per_host: Duration::from_millis(1000),
        max_body: 16 << 20,
    };
}

impl Default for WebOptions {
    fn default() -> WebOptions {
        WebOptions::DEFAULT
    }
}

/// True for the `http://` and `https://` URLs read from the web rather than a file.
pub fn is_url(s: &str) -> bool {
    let lower = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// The fetcher of one run: its options, the agent (made on first use), and when each
/// host was last asked.
pub struct Web {
    pub options: WebOptions,
    agent: OnceLock<ureq::Agent>,
    last: Mutex<BTreeMap<String, Instant>>,
}

impl Web {
    pub const fn new(options: WebOptions) -> Web {
        Web {
            options,
            agent: OnceLock::new(),
            last: Mutex::new(BTreeMap::new()),
        }
    }

    fn agent(&self) -> &ureq::Agent {
        self.agent.get_or_init(|| {
            ureq::Agent::config_builder()
                .timeout_global(Some(self.options.timeout))
                .user_agent(concat!("headcount/", env!("CARGO_PKG_VERSION")))
                .build()
                .into()
        })
    }

    /// Waits until `url`'s host may be asked again, and books the slot.
    fn wait_turn(&self, url: &str) {
        let host = crate::date::url_host(url).unwrap_or_default();
        let wait = {
            let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            let next = last
                .get(&host)
                .map_or(now, |t| (*t + self.options.per_host).max(now));
            last.insert(host, next);
            next - now
        };
        if !wait.is_zero() {
            std::thread::sleep(wait);
        }
    }

    /// The body of `url` (status 2xx, at most `max_body` bytes), or why there is none.
    pub fn get(&self, url: &str) -> Result<Vec<u8>, String> {
        self.wait_turn(url);
        let explain = |e: ureq::Error| self.explain(e);
        let mut response = self.agent().get(url).call().map_err(explain)?;
        response
            .body_mut()
            .with_config()
            .limit(self.options.max_body)
            .read_to_vec()
            .map_err(explain)
    }

    fn explain(&self, e: ureq::Error) -> String {
        match e {
            ureq::Error::Timeout(_) => {
                format!("timed out after {}", seconds(self.options.timeout))
            }
            ureq::Error::StatusCode(code) => format!("HTTP status {code}"),
            ureq::Error::BodyExceedsLimit(n) => {
                format!("body larger than {} bytes; refused", n)
            }
            ureq::Error::HostNotFound => "host not found".into(),
            ureq::Error::ConnectionFailed => "connection failed".into(),
            ureq::Error::BadUri(u) => format!("bad URL: {u}"),
            other => other.to_string(),
        }
    }
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_the_rate_limit() {
        assert!(is_url("HTTPS://a.example/feed"));
        assert!(is_url("http://a"));
        assert!(!is_url("feed.xml"));
        assert!(!is_url("ftp://a.example"));
        assert!(!is_url("é"));
        let web = Web::new(WebOptions {
            per_host: Duration::from_millis(80),
            ..WebOptions::default()
        });
        let start = Instant::now();
        web.wait_turn("http://a.example/1");
        web.wait_turn("http://b.example/1");
        assert!(
            start.elapsed() < Duration::from_millis(60),
            "other hosts wait not"
        );
        web.wait_turn("http://a.example/2");
        web.wait_turn("http://a.example/3");
        assert!(
            start.elapsed() >= Duration::from_millis(160),
            "one host waits its turn"
        );
    }
}
