//! RSS 2.0 and Atom feeds (`.rss`, `.atom`, `.xml`, or an `http(s)` URL): each item is a
//! document. Parsed by [`feed_rs`] (RSS 0.9x/1.0/2.0 and Atom); a file is taken for a feed by
//! its content, an `<rss>`, `<feed>` or `<rdf:RDF>` root, whatever its name says.
//!
//! An item's document has the item's title, link, publication date (else its update date;
//! the calendar date as written, as `date::parse_date` reads every format's dates),
//! and as text its content, else its summary, as plain text (HTML through
//! [`html::fragment_text`]); an item with neither is its title. With `--fetch-pages`
//! ([`WebOptions::fetch_pages`]) the item's link is fetched and read as an HTML page
//! ([`html::read`]); a page that fails leaves the summary, with a warning naming the page.
//!
//! Identity: feeds are read again and again, and an item's summary or page may be edited
//! between reads. [`SourceDoc::key`] is the item's GUID (Atom `id`), else its link, else
//! its title and summary, so a second read of the same feed adds only the items it had not
//! seen, whatever their text has become.
//!
//! Weight: feed-rs has no default features to turn off; it brings quick-xml (with its
//! encodings), url, mediatype, uuid and regex (already built for criterion). See
//! BENCHMARKS.md for items/s.

use crate::web::{Web, WebOptions};
use crate::{check, date, html, InputError, SourceDoc};

/// The reader of feeds with the default [`WebOptions`] (no page fetching).
pub static FEED: Feed = Feed::new(WebOptions::DEFAULT);

/// Feeds, with the web fetcher their URLs and pages go through.
pub struct Feed {
    pub web: Web,
}

impl Feed {
    pub const fn new(options: WebOptions) -> Feed {
        Feed {
            web: Web::new(options),
        }
    }

    /// The documents of a feed's bytes; `path` is the file or URL it came from.
    pub fn documents(&self, bytes: &[u8], path: &str) -> Vec<Result<SourceDoc, InputError>> {
        let items = match parse(bytes, path) {
            Ok(items) => items,
            Err(e) => return vec![Err(e)],
        };
        items
            .into_iter()
            .map(|item| item.map(|i| self.document(i, path)))
            .collect()
    }

    /// One item's document: its summary, or its page when pages are fetched.
    fn document(&self, item: Item, path: &str) -> SourceDoc {
        let mut doc = SourceDoc {
            path: path.to_owned(),
            id: item.guid.clone(),
            outlet: item.link.as_deref().and_then(date::url_host),
            key: Some(item.key()),
            url: item.link,
            title: item.title,
            published: item.published,
            text: item.text,
            ..SourceDoc::default()
        };
        if self.web.options.fetch_pages {
            if let Some(url) = doc.url.clone() {
                match self.page(&url) {
                    Ok(page) => {
                        doc.text = page.text;
                        doc.title = doc.title.or(page.title);
                        doc.published = doc.published.or(page.published);
                        doc.outlet = page.outlet.or(doc.outlet);
                    }
                    Err(why) => {
                        doc.warning = Some(format!("page {url}: {why}; read the item's summary"))
                    }
                }
            }
        }
        doc
    }

    fn page(&self, url: &str) -> Result<SourceDoc, String> {
        if !crate::web::is_url(url) {
            return Err("not an http(s) URL".into());
        }
        let bytes = self.web.get(url)?;
        html::read(bytes, url).map_err(|e| e.reason)
    }
}

impl crate::Source for Feed {
    fn name(&self) -> &'static str {
        "feed"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".rss", ".atom", ".xml"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        match check::read_limited(file, path) {
            Ok(bytes) => Box::new(self.documents(&bytes, path).into_iter()),
            Err(e) => Box::new(std::iter::once(Err(e))),
        }
    }
}

/// True when the first element of `bytes` (past an XML declaration, comments and a
/// doctype) is a feed's root: `<rss`, `<feed` or `<rdf:RDF`. Standard input is told by it.
pub fn looks_like_feed(bytes: &[u8]) -> bool {
    let mut rest = check::strip_bom(bytes);
    loop {
        let start = rest.iter().position(|b| !b.is_ascii_whitespace());
        rest = &rest[start.unwrap_or(rest.len())..];
        let skip_past = |end: &[u8]| memchr::memmem::find(rest, end).map(|i| i + end.len());
        let next = if rest.starts_with(b"<?") {
            skip_past(b"?>")
        } else if rest.starts_with(b"<!--") {
            skip_past(b"-->")
        } else if rest.starts_with(b"<!") {
            skip_past(b">")
        } else {
            let name = rest.strip_prefix(b"<").unwrap_or_default();
            return [&b"rss"[..], b"feed", b"rdf:RDF", b"RDF"]
                .iter()
                .any(|root| {
                    name.starts_with(root)
                        && name
                            .get(root.len())
                            .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
                });
        };
        match next {
            Some(n) => rest = &rest[n..],
            None => return false,
        }
    }
}

/// One feed item, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// The feed's own id for the item (RSS `guid`, Atom `id`).
    pub guid: Option<String>,
    pub link: Option<String>,
    pub title: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    /// Content, else summary, as plain text; the title when it has neither.
    pub text: String,
    /// The summary as plain text, for the identity of an item with no GUID and no link.
    summary: String,
}

impl Item {
    /// What a re-read recognises the item by: GUID, else link, else title and summary.
    pub fn key(&self) -> String {
        match (&self.guid, &self.link) {
            (Some(guid), _) => format!("feed item guid {guid}"),
            (None, Some(link)) => format!("feed item link {link}"),
            (None, None) => format!(
                "feed item text {}\n{}",
                self.title.as_deref().unwrap_or(""),
                self.summary
            ),
        }
    }
}

/// The items of a feed, each one or the reason it has no document; the error when the
/// bytes are no feed at all.
pub fn parse(bytes: &[u8], path: &str) -> Result<Vec<Result<Item, InputError>>, InputError> {
    let body = check::strip_bom(bytes);
    let first = body.iter().copied().find(|b| !b.is_ascii_whitespace());
    if first != Some(b'<') {
        return Err(InputError::file(
            path,
            "not an RSS or Atom feed: the body is not XML (it does not start with '<')",
        ));
    }
    let depth = crate::nesting::estimate(body);
    if depth > crate::nesting::MAX_DEPTH {
        return Err(InputError::file(
            path,
            format!(
                "XML nested too deeply (about {depth} levels; limit {})",
                crate::nesting::MAX_DEPTH
            ),
        ));
    }
    // An item without an id keeps none: its identity falls back to link or text (above),
    // not to the random UUID feed-rs would make up.
    // Dates are read as the other formats read theirs (`date::parse_date`): the calendar
    // date as written, never shifted to UTC ("Tue, 04 Mar 2025 23:30:00 -0500" is 4 March),
    // which feed-rs's own parser would do.
    let parser = feed_rs::parser::Builder::new()
        .id_generator(|_, _, _| String::new())
        .timestamp_parser(|s| {
            // A weekday that does not match the date ("Mon, 04 Mar 2025", a Tuesday) is a
            // common slip; the date after it is what the outlet meant.
            date::parse_date(s)
                .or_else(|| {
                    s.split_once(',')
                        .and_then(|(_, rest)| date::parse_date(rest))
                })
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc())
        })
        .build();
    let feed = parser.parse(body).map_err(|e| {
        let why = match e {
            feed_rs::parser::ParseFeedError::ParseError(
                feed_rs::parser::ParseErrorKind::NoFeedRoot,
            ) => "not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> root element".into(),
            other => format!("not a readable RSS or Atom feed: {other}"),
        };
        InputError::file(path, why)
    })?;
    if feed.entries.is_empty() {
        return Err(InputError::file(path, "feed has no items"));
    }
    Ok(feed
        .entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            item(e).map_err(|why| InputError::file(path, format!("item {}: {why}", i + 1)))
        })
        .collect())
}

fn item(e: feed_rs::model::Entry) -> Result<Item, &'static str> {
    let nonblank = |s: String| {
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_owned())
    };
    let title = e.title.map(|t| plain(&t.content)).and_then(nonblank);
    let summary = e.summary.map(|t| plain(&t.content)).unwrap_or_default();
    let content = e
        .content
        .and_then(|c| c.body)
        .map(|b| plain(&b))
        .unwrap_or_default();
    let link = e
        .links
        .iter()
        .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
        .or(e.links.first())
        .map(|l| l.href.trim().to_owned())
        .filter(|l| !l.is_empty());
    let text = [&content, &summary]
        .into_iter()
        .find(|t| !t.trim().is_empty())
        .cloned()
        .or_else(|| title.clone())
        .ok_or("no title, summary or content")?;
    Ok(Item {
        guid: nonblank(e.id),
        link,
        title,
        published: e.published.or(e.updated).map(|t| t.date_naive()),
        text,
        summary,
    })
}

/// A summary or content as plain text: HTML (anything with a tag or an entity left after
/// XML decoding) through [`html::fragment_text`], plain text with its whitespace tidied.
fn plain(s: &str) -> String {
    if s.contains('<') || s.contains('&') {
        html::fragment_text(s)
    } else {
        html::tidy(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Business Wire</title>
<item><title>Brightloop cuts 140 jobs</title><link>https://news.example/brightloop</link>
<guid isPermaLink="false">bl-140</guid><pubDate>Mon, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>&lt;p&gt;Brightloop &lt;b&gt;laid off&lt;/b&gt; 140 employees on Monday.&lt;/p&gt;</description></item>
<item><title>No guid here</title><link>https://news.example/noguid</link><description>Plain text.</description>
<pubDate>Tue, 04 Mar 2025 23:30:00 -0500</pubDate></item>
<item><description>Only a summary, no title, link or guid.</description></item>
<item></item>
</channel></rss>"#;

    #[test]
    fn rss_items() {
        let items = parse(RSS.as_bytes(), "f.rss").unwrap();
        let first = items[0].as_ref().unwrap();
        assert_eq!(first.guid.as_deref(), Some("bl-140"));
        assert_eq!(first.title.as_deref(), Some("Brightloop cuts 140 jobs"));
        assert_eq!(first.published.unwrap().to_string(), "2025-03-04");
        assert_eq!(first.text, "Brightloop laid off 140 employees on Monday.");
        assert_eq!(first.key(), "feed item guid bl-140");
        let second = items[1].as_ref().unwrap();
        assert_eq!(second.guid, None);
        assert_eq!(second.key(), "feed item link https://news.example/noguid");
        assert_eq!(
            second.published.unwrap().to_string(),
            "2025-03-04",
            "as written"
        );
        let third = items[2].as_ref().unwrap();
        assert_eq!(
            third.key(),
            "feed item text \nOnly a summary, no title, link or guid."
        );
        assert_eq!(
            items[3].as_ref().unwrap_err().to_string(),
            "f.rss: item 4: no title, summary or content"
        );
    }

    #[test]
    fn atom_entries_prefer_content() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:t</id>
<entry><id>urn:e1</id><title type="html">Acme &amp;amp; Co trims staff</title>
<link rel="alternate" href="https://a.example/e1"/><updated>2024-11-02T10:00:00Z</updated>
<summary>short</summary><content type="html">&lt;p&gt;Acme &amp;amp; Co cut 75 roles.&lt;/p&gt;</content></entry></feed>"#;
        let items = parse(atom.as_bytes(), "a.atom").unwrap();
        let e = items[0].as_ref().unwrap();
        assert_eq!(e.title.as_deref(), Some("Acme & Co trims staff"));
        assert_eq!(e.link.as_deref(), Some("https://a.example/e1"));
        assert_eq!(e.published.unwrap().to_string(), "2024-11-02");
        assert_eq!(e.text, "Acme & Co cut 75 roles.");
    }

    #[test]
    fn feed_roots() {
        for yes in [
            &b"<rss version=\"2.0\">"[..],
            b"\xEF\xBB\xBF <?xml version=\"1.0\"?>\n<!-- c --><!DOCTYPE x><feed xmlns=\"a\">",
            b"<rdf:RDF xmlns:rdf=\"x\">",
        ] {
            assert!(looks_like_feed(yes), "{}", String::from_utf8_lossy(yes));
        }
        for no in [
            &b"<html>"[..],
            b"<rssx>",
            b"<?xml",
            b"",
            b"rss",
            b"<!-- <rss>",
        ] {
            assert!(!looks_like_feed(no), "{}", String::from_utf8_lossy(no));
        }
    }

    #[test]
    fn not_feeds() {
        for (bytes, why) in [
            (&b"hello"[..], "the body is not XML"),
            (
                b"{\"version\": \"https://jsonfeed.org/version/1\"}",
                "the body is not XML",
            ),
            (
                b"<html><body>x</body></html>",
                "no <rss>, <feed> or <rdf:RDF> root",
            ),
            (
                b"<rss version=\"2.0\"><channel></channel></rss>",
                "feed has no items",
            ),
            (
                b"<rss version=\"2.0\"><channel><item>",
                "not a readable RSS or Atom feed",
            ),
        ] {
            let e = match parse(bytes, "x.xml") {
                Err(e) => e.to_string(),
                Ok(items) => format!("{items:?}"),
            };
            assert!(e.contains(why), "{e}");
        }
    }
}
