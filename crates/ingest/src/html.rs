//! HTML pages (`.html`, `.htm`, `.html.gz`): the article body and the page's metadata.
//!
//! The body comes from [`dom_smoothie`] (a port of Mozilla's Readability.js) in three steps:
//! obvious non-prose blocks are removed from the page (`DROP_BEFORE`), Readability picks
//! and cleans the article, and caption/author/gallery blocks are removed from what it picked
//! (`DROP_AFTER`). Metadata is read from the same parsed DOM before Readability mutates it:
//! title (`og:title`, `<title>`, JSON-LD `headline`), canonical URL (`link rel=canonical`,
//! `og:url`), publication date (`article:published_time`, JSON-LD `datePublished`, then the
//! common `date`/`pubdate`/`parsely-pub-date`/`sailthru.date`/`dc.date` tags) and outlet
//! (`og:site_name`, else the URL's host).
//!
//! Why this design, measured on the 181 pages of `shared/eval/html` (precision / recall / F1
//! over 4-word shingles as `score_html.py` computes them; speed on one core of the 2-core box,
//! uncompressed HTML, metadata included for ours, other jobs running, so ±25%):
//!
//! | extractor                                   | P     | R     | F1    | MB/s  |
//! |---------------------------------------------|-------|-------|-------|-------|
//! | `rs-trafilatura` 0.2.2, defaults            | 0.927 | 0.990 | 0.957 | 7–9   |
//! | `dom_smoothie` 0.19, formatted text         | 0.917 | 0.988 | 0.951 | 32–45 |
//! | same, `CandidateSelectMode::DomSmoothie`    | 0.913 | 0.988 | 0.949 | 32    |
//! | **this module** (dom_smoothie + two passes) | 0.953 | 0.990 | 0.971 | 30–48 |
//!
//! `score_html.py` on the built binary agrees (P 0.953, R 0.990, F1 0.971); the criterion
//! bench (`benches/html.rs`) measures 48 MiB/s. rs-trafilatura is a little more accurate than
//! plain Readability but four times slower, misses the 20 MB/s target, and pulls a page
//! classifier, regex and html2md into the build; dom_smoothie's dependencies (dom_query,
//! html5ever) are the minimum any DOM-based extractor needs. What held plain Readability back
//! was precision: photo captions, bylines, timestamps and "related" boxes inside the article
//! container. Each selector in the two lists was kept only when it raised F1 on its own
//! (those that cost recall, such as `[class*=share]` or `[class*=date]` on the whole page,
//! were dropped). The remaining losses are pages where the article container also holds
//! link lists ("You may also like", newsletter teasers) with no telling class name.

use crate::{check, date, InputError, SourceDoc};
use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};
use serde_json::Value;

/// What one page yields.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Page {
    /// Article body, paragraphs separated by a blank line.
    pub text: String,
    pub title: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    pub published: Option<chrono::NaiveDate>,
    /// Site name, else the URL's host.
    pub outlet: Option<String>,
}

/// Reads one HTML file's bytes into a document.
pub fn read(bytes: Vec<u8>, path: &str) -> Result<SourceDoc, InputError> {
    let bytes = check::strip_bom(&bytes);
    if check::is_binary(bytes) {
        return Err(InputError::file(path, "binary file"));
    }
    // Pages in legacy encodings are decoded lossily: a few replaced characters cost less than
    // skipping the page, and evidence offsets point into the extracted text, not the file.
    let html = String::from_utf8_lossy(bytes);
    if html.trim().is_empty() {
        return Err(InputError::file(path, "empty file"));
    }
    let depth = crate::nesting::estimate(html.as_bytes());
    if depth > crate::nesting::MAX_DEPTH {
        return Err(InputError::file(
            path,
            format!(
                "HTML nested too deeply (about {depth} levels; limit {})",
                crate::nesting::MAX_DEPTH
            ),
        ));
    }
    let page = extract(&html);
    if page.text.trim().is_empty() {
        return Err(InputError::file(path, "no article text found in the page"));
    }
    Ok(SourceDoc {
        path: path.to_owned(),
        line: None,
        id: None,
        url: page.url,
        title: page.title,
        published: page.published,
        outlet: page.outlet,
        text: page.text,
        record: None,
        warning: None,
        key: None,
    })
}

/// Extracts the article body and metadata of an HTML page.
pub fn extract(html: &str) -> Page {
    let doc = Document::from(html);
    let meta = Meta::read(&doc);
    let text = body(doc);
    let url = meta.url();
    let outlet = meta
        .first(&["og:site_name", "application-name"])
        .or_else(|| url.as_deref().and_then(date::url_host));
    Page {
        text,
        title: meta.title(),
        published: meta.published(),
        url,
        outlet,
    }
}

/// Removed from the page before Readability scores it: figures with their captions, menus,
/// bylines, related-link boxes, photo credits and timestamps. They never hold article prose,
/// and taking them out first also keeps their text from lifting a wrong candidate.
const DROP_BEFORE: &str = "figure, figcaption, nav, [class*=byline], [class*=related], \
    [class*=credit], [class*=timestamp]";

/// Removed from the chosen article afterwards. These class names are too loose to use on the
/// whole page (a wrapper called `author-page` or `header-image` may hold the article and
/// would take it along), but inside the article they mark captions, galleries, author
/// boxes, newsletter sign-ups and copyright notes.
const DROP_AFTER: &str = "[class*=caption], [class*=gallery], [class*=author], time, header, \
    [class*=photo], [class*=newsletter], [class*=copyright]";

/// The article body as text.
fn body(doc: Document) -> String {
    doc.select(DROP_BEFORE).remove();
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // The class names are needed for the second cleaning pass.
        keep_classes: true,
        ..Config::default()
    };
    let Ok(mut readability) = Readability::with_document(doc, None, Some(cfg)) else {
        return String::new();
    };
    let Ok(article) = readability.parse() else {
        return String::new();
    };
    let content = Document::from(article.content);
    content.select(DROP_AFTER).remove();
    tidy(&content.formatted_text())
}

/// An HTML fragment (a feed item's summary) as text: no article to find, just the text
/// of its elements, paragraphs apart, tidied as the article body is.
pub fn fragment_text(html: &str) -> String {
    tidy(&Document::from(html).formatted_text())
}

/// Trims every line and keeps at most one blank line between paragraphs.
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = false;
    }
    out
}

/// Page metadata from `<meta>`, `<link rel=canonical>`, `<title>` and JSON-LD.
#[derive(Default)]
struct Meta {
    /// `(name or property, content)`, names lower-cased, in document order.
    tags: Vec<(String, String)>,
    canonical: Option<String>,
    title_tag: Option<String>,
    ld_headline: Option<String>,
    ld_published: Option<String>,
}

impl Meta {
    fn read(doc: &Document) -> Meta {
        let mut meta = Meta::default();
        for tag in doc.select("meta").iter() {
            let key = tag
                .attr("property")
                .or_else(|| tag.attr("name"))
                .or_else(|| tag.attr("itemprop"));
            if let (Some(key), Some(content)) = (key, tag.attr("content")) {
                let content = content.trim();
                if !content.is_empty() {
                    meta.tags
                        .push((key.trim().to_ascii_lowercase(), content.to_owned()));
                }
            }
        }
        meta.canonical = doc
            .select("link[rel=canonical]")
            .iter()
            .find_map(|l| l.attr("href").map(|h| h.trim().to_owned()))
            .filter(|h| h.contains("://"));
        meta.title_tag =
            Some(doc.select_single("title").text().trim().to_owned()).filter(|t| !t.is_empty());
        for script in doc.select("script[type='application/ld+json']").iter() {
            if let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) {
                ld_walk(&v, &mut meta, 0);
            }
        }
        meta
    }

    fn first(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| {
            self.tags
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| v.clone())
        })
    }

    fn title(&self) -> Option<String> {
        self.first(&["og:title"])
            .or_else(|| self.title_tag.clone())
            .or_else(|| self.ld_headline.clone())
            .map(|t| collapse_ws(&t))
    }

    fn url(&self) -> Option<String> {
        self.canonical
            .clone()
            .or_else(|| self.first(&["og:url"]).filter(|u| u.contains("://")))
    }

    fn published(&self) -> Option<chrono::NaiveDate> {
        let from_meta = |keys: &[&str]| {
            keys.iter()
                .filter_map(|k| self.first(&[k]))
                .find_map(|v| date::parse_date(&v))
        };
        from_meta(&["article:published_time"])
            .or_else(|| self.ld_published.as_deref().and_then(date::parse_date))
            .or_else(|| {
                from_meta(&[
                    "datepublished",
                    "date",
                    "pubdate",
                    "publishdate",
                    "publish-date",
                    "parsely-pub-date",
                    "sailthru.date",
                    "dc.date",
                    "dc.date.issued",
                    "dcterms.created",
                    "og:published_time",
                    "article:modified_time",
                ])
            })
    }
}

/// Finds the first `headline` and `datePublished` in a JSON-LD value (objects, arrays, `@graph`).
fn ld_walk(v: &Value, meta: &mut Meta, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| ld_walk(i, meta, depth + 1)),
        Value::Object(map) => {
            if meta.ld_headline.is_none() {
                meta.ld_headline = map
                    .get("headline")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
            }
            if meta.ld_published.is_none() {
                meta.ld_published = map
                    .get("datePublished")
                    .and_then(Value::as_str)
                    .map(str::to_owned);
            }
            if let Some(graph) = map.get("@graph") {
                ld_walk(graph, meta, depth + 1);
            }
        }
        _ => {}
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `.html` and `.htm` pages.
pub struct Html;

impl crate::Source for Html {
    fn name(&self) -> &'static str {
        "html"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".html", ".htm"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        crate::source::whole_file(file, path, read)
    }
}

/// Gzipped pages (`.html.gz`, `.htm.gz`).
pub struct HtmlGz;

impl crate::Source for HtmlGz {
    fn name(&self) -> &'static str {
        "html.gz"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".html.gz", ".htm.gz"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        let bytes = crate::check::read_limited(
            flate2::read::GzDecoder::new(std::io::BufReader::new(file)),
            path,
        )
        .map_err(|e| InputError::file(path, format!("gzip: {}", e.reason)));
        Box::new(std::iter::once(bytes.and_then(|b| read(b, path))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_and_body() {
        let html = r#"<html><head><title>Acme cuts jobs | News</title>
            <meta property="og:site_name" content="Daily News">
            <meta name="parsely-pub-date" content="2025-07-18T10:00:00Z">
            <link rel="canonical" href="https://news.example/acme">
            <script type="application/ld+json">{"@graph":[{"headline":"H","datePublished":"2025-07-17"}]}</script>
            </head><body><nav><a href="/">Home</a><a href="/x">World</a></nav>
            <article><h1>Acme cuts jobs</h1><p>Acme said on Thursday it would cut several hundred
            roles in its cloud unit, according to a memo seen by reporters.</p>
            <p>The company did not say how many people would be affected in each team, but the
            cuts hit training and certification.</p></article><footer>© 2025</footer></body></html>"#;
        let page = extract(html);
        assert_eq!(page.title.as_deref(), Some("Acme cuts jobs | News"));
        assert_eq!(page.url.as_deref(), Some("https://news.example/acme"));
        assert_eq!(page.published.unwrap().to_string(), "2025-07-17");
        assert_eq!(page.outlet.as_deref(), Some("Daily News"));
        assert!(page.text.contains("several hundred roles"), "{}", page.text);
        assert!(page.text.contains("\n\nThe company"), "{}", page.text);
        assert!(!page.text.contains("World"));
    }
}
