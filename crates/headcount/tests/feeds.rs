//! RSS/Atom feeds end to end: the real binary reads feeds and pages served by a small HTTP
//! server on 127.0.0.1 inside the test (never the internet). The feeds and pages are our own
//! text about a made-up company, Quillfeather Robotics.

mod common;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn scratch(name: &str) -> PathBuf {
    common::scratch("feeds", name)
}

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    common::run(Some(db), args)
}

/// What the server answers for a path.
#[derive(Clone)]
enum Reply {
    Ok(&'static str, String),
    Status(u16),
    /// Reads the request and says nothing for this long (longer than the client waits).
    Silent(Duration),
}

/// Serves `routes` on 127.0.0.1 (any free port) from a thread, for at most `requests`
/// connections; returns the base URL. The thread ends after its last connection, or with
/// the test process.
fn serve(routes: Vec<(&'static str, Reply)>, requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let routes: HashMap<&str, Reply> = routes.into_iter().collect();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(stream) = stream else { continue };
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, &routes));
        }
    });
    base
}

fn answer(mut stream: TcpStream, routes: &HashMap<&str, Reply>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 16 << 10 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&request);
    let path = head.split_whitespace().nth(1).unwrap_or("/");
    let (status, kind, body) = match routes.get(path) {
        Some(Reply::Ok(kind, body)) => (200, *kind, body.clone()),
        Some(Reply::Status(code)) => (*code, "text/plain", "no".into()),
        Some(Reply::Silent(d)) => {
            std::thread::sleep(*d);
            return;
        }
        None => (404, "text/plain", "not found".into()),
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

/// An RSS 2.0 feed of Quillfeather items: `(guid, title, link, summary)`.
fn rss(items: &[(&str, &str, &str, &str)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Robotics Desk</title>\n",
    );
    for (guid, title, link, summary) in items {
        out += &format!(
            "<item><guid isPermaLink=\"false\">{guid}</guid><title>{title}</title><link>{link}</link>\
             <pubDate>Wed, 05 Mar 2025 08:00:00 GMT</pubDate><description><![CDATA[{summary}]]></description></item>\n"
        );
    }
    out + "</channel></rss>\n"
}

const CUT: &str =
    "<p>Quillfeather Robotics laid off 180 employees on Tuesday, about a tenth of its staff, \
    the company said in a note to customers.</p>";
const HIRING: &str =
    "<p>Quillfeather Robotics said its warehouse-automation team is still hiring.</p>";
const OTHER: &str = "<p>Harbourline Freight will cut 60 jobs at its Tacoma depot in April.</p>";

#[test]
fn a_feed_url_is_ingested_and_reading_it_again_adds_only_new_items() {
    let dir = scratch("url");
    let db = dir.join("h.db");
    let first = rss(&[
        (
            "qf-1",
            "Quillfeather cuts 180 jobs",
            "https://robotics.example/qf-cuts",
            CUT,
        ),
        (
            "qf-2",
            "Quillfeather still hiring",
            "https://robotics.example/qf-hiring",
            HIRING,
        ),
    ]);
    // The same two items, one summary edited since, and one new item.
    let edited = CUT.replace("Tuesday", "Tuesday (updated)");
    let second = rss(&[
        (
            "qf-1",
            "Quillfeather cuts 180 jobs",
            "https://robotics.example/qf-cuts",
            &edited,
        ),
        (
            "qf-2",
            "Quillfeather still hiring",
            "https://robotics.example/qf-hiring",
            HIRING,
        ),
        (
            "hf-1",
            "Harbourline to cut 60 jobs",
            "https://freight.example/hf",
            OTHER,
        ),
    ]);
    let base = serve(
        vec![
            ("/feed.xml", Reply::Ok("application/rss+xml", first)),
            ("/feed2.xml", Reply::Ok("application/rss+xml", second)),
        ],
        8,
    );
    let url = format!("{base}/feed.xml");
    let (code, _, err) = run(&db, &["ingest", &url]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 documents read, 2 new"), "{err}");
    let (code, out, err) = run(&db, &["events", "--json"]);
    assert_eq!(code, 0, "{err}");
    let cut = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|e| e["kind"] == "layoff")
        .expect("a layoff event");
    assert_eq!(cut["company"], "Quillfeather Robotics");
    assert_eq!(cut["headcount"]["min"], 180);
    assert_eq!(cut["sources"][0]["url"], "https://robotics.example/qf-cuts");
    assert_eq!(cut["sources"][0]["title"], "Quillfeather cuts 180 jobs");
    assert_eq!(cut["sources"][0]["published"], "2025-03-05");

    let (code, _, err) = run(&db, &["ingest", &url]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("2 documents read, 0 new, 2 already seen"),
        "{err}"
    );
    // Keyed by GUID: the edited summary is the item already stored; only the new one is added.
    let (code, _, err) = run(&db, &["ingest", &format!("{base}/feed2.xml")]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("3 documents read, 1 new, 2 already seen"),
        "{err}"
    );
}

#[test]
fn a_feed_file_is_read_by_its_content_and_twice_is_once() {
    let dir = scratch("file");
    let db = dir.join("h.db");
    // No GUIDs: the link is the identity; the last item has neither, so its text is.
    let feed = rss(&[(
        "",
        "Quillfeather cuts 180 jobs",
        "https://robotics.example/qf-cuts",
        CUT,
    )])
    .replace("<guid isPermaLink=\"false\"></guid>", "")
    .replace(
        "</channel>",
        "<item><description>Harbourline Freight will cut 60 jobs.</description></item></channel>",
    );
    std::fs::write(dir.join("desk.rss"), &feed).unwrap();
    std::fs::write(dir.join("sitemap.xml"), "<urlset><url>x</url></urlset>").unwrap();
    let (code, _, err) = run(&db, &["ingest", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "the sitemap is skipped: {err}");
    assert!(err.contains("2 documents read, 2 new"), "{err}");
    assert!(
        err.contains("sitemap.xml: not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root"),
        "{err}"
    );
    let (_, _, err) = run(&db, &["ingest", dir.join("desk.rss").to_str().unwrap()]);
    assert!(
        err.contains("2 documents read, 0 new, 2 already seen"),
        "{err}"
    );
}

#[test]
fn fetch_pages_reads_each_page_and_falls_back_to_the_summary() {
    let dir = scratch("pages");
    let db = dir.join("h.db");
    let page = "<html><head><title>Quillfeather Robotics trims staff</title></head><body>\
        <nav><a href='/'>Home</a></nav><article><h1>Quillfeather Robotics trims staff</h1>\
        <p>Quillfeather Robotics laid off 180 employees on Tuesday, the company said. The cuts \
        fell mostly on its drone-inspection unit and its sales team in Denver, according to a \
        memo shared with staff.</p><p>Severance is twelve weeks of pay for everyone affected, \
        and the company said it would keep hiring for its warehouse-automation products.</p>\
        </article></body></html>";
    // The feed's links point back at the same server.
    let base = serve_self_linking(page);
    let (code, out, err) = run(
        &db,
        &[
            "extract",
            "--json",
            "--with-text",
            "--fetch-pages",
            "--rate-limit",
            "50",
            "--timeout",
            "1",
            &format!("{base}/feed.xml"),
        ],
    );
    assert_eq!(code, 0, "a page that fails is a warning, not a skip: {err}");
    let docs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 3, "{out}");
    let text = docs[0]["source"]["text"].as_str().unwrap();
    assert!(
        text.contains("drone-inspection unit"),
        "the page is read: {text}"
    );
    assert!(!text.contains("Home"), "{text}");
    let fallback = docs[1]["source"]["text"].as_str().unwrap();
    assert_eq!(
        fallback,
        "Quillfeather Robotics said its warehouse-automation team is still hiring."
    );
    assert!(
        err.contains(&format!(
            "page {base}/gone.html: HTTP status 404; read the item's summary"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "page {base}/slow.html: timed out after 1 s; read the item's summary"
        )),
        "{err}"
    );
    assert_eq!(
        docs[2]["source"]["text"],
        "Harbourline Freight will cut 60 jobs at its Tacoma depot in April."
    );
    assert!(err.contains("2 with other warnings"), "{err}");
}

/// A server whose feed links to its own pages: `/page.html` (the page), `/gone.html` (404)
/// and `/slow.html` (no answer within the client's timeout).
fn serve_self_linking(page: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let feed = rss(&[
        (
            "qf-1",
            "Quillfeather cuts 180 jobs",
            &format!("{base}/page.html"),
            CUT,
        ),
        (
            "qf-2",
            "Quillfeather still hiring",
            &format!("{base}/gone.html"),
            HIRING,
        ),
        (
            "hf-1",
            "Harbourline to cut 60 jobs",
            &format!("{base}/slow.html"),
            OTHER,
        ),
    ]);
    let routes: HashMap<&str, Reply> = [
        ("/feed.xml", Reply::Ok("application/rss+xml", feed)),
        ("/page.html", Reply::Ok("text/html", page.to_owned())),
        ("/slow.html", Reply::Silent(Duration::from_secs(3))),
    ]
    .into_iter()
    .collect();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(4) {
            let Ok(stream) = stream else { continue };
            let routes = routes.clone();
            std::thread::spawn(move || answer(stream, &routes));
        }
    });
    base
}

#[test]
fn a_silent_server_an_error_status_and_a_non_xml_body_are_named_skipped_and_counted() {
    let dir = scratch("bad");
    let db = dir.join("h.db");
    let base = serve(
        vec![
            (
                "/feed.xml",
                Reply::Ok(
                    "application/rss+xml",
                    rss(&[(
                        "qf-1",
                        "Quillfeather cuts 180 jobs",
                        "https://robotics.example/qf-cuts",
                        CUT,
                    )]),
                ),
            ),
            ("/hang.xml", Reply::Silent(Duration::from_secs(4))),
            ("/broken.xml", Reply::Status(500)),
            (
                "/page.xml",
                Reply::Ok(
                    "text/html",
                    "<html><body><p>Not a feed.</p></body></html>".into(),
                ),
            ),
            (
                "/text.xml",
                Reply::Ok("text/plain", "Quillfeather laid off 180 people.".into()),
            ),
        ],
        8,
    );
    let urls: Vec<String> = ["hang", "broken", "page", "text", "feed"]
        .iter()
        .map(|p| format!("{base}/{p}.xml"))
        .collect();
    let mut args = vec!["ingest", "--timeout", "1", "--rate-limit", "0"];
    args.extend(urls.iter().map(String::as_str));
    let started = std::time::Instant::now();
    let (code, _, err) = run(&db, &args);
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "the timeout holds"
    );
    assert_eq!(code, 1, "{err}");
    for needle in [
        format!("skipped {base}/hang.xml: timed out after 1 s"),
        format!("skipped {base}/broken.xml: HTTP status 500"),
        format!(
            "skipped {base}/page.xml: not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root"
        ),
        format!("skipped {base}/text.xml: not an RSS or Atom feed: the body is not XML"),
    ] {
        assert!(err.contains(&needle), "stderr names {needle:?}:\n{err}");
    }
    assert!(
        err.contains("1 documents read, 1 new, 0 already seen, 4 skipped"),
        "the rest goes on: {err}"
    );
}

#[test]
fn a_body_over_the_limit_is_refused() {
    let big = format!(
        "<rss version=\"2.0\"><channel>{}</channel></rss>",
        " ".repeat(4096)
    );
    let base = serve(vec![("/big.xml", Reply::Ok("application/rss+xml", big))], 2);
    let url = format!("{base}/big.xml");
    let web = headcount_ingest::WebOptions {
        max_body: 1024,
        ..headcount_ingest::WebOptions::default()
    };
    let docs: Vec<_> =
        headcount_ingest::documents_with(&[PathBuf::from(&url)], None, &web).collect();
    let e = docs[0].as_ref().unwrap_err();
    assert_eq!(e.path, url);
    assert!(e.reason.contains("body larger than 1024 bytes"), "{e}");
}
