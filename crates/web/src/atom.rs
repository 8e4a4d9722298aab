//! Atom feeds (RFC 4287) of new and updated events, for any feed reader: one of every
//! event, and one per company.

use crate::pages::{date_words, headcount_words};
use crate::query::encode;
use headcount_store::EventRow;
use maud::html;

/// Entries a feed holds: the events that changed last.
pub const ENTRIES: usize = 50;

/// The feed: `base` is the site's address (`http://127.0.0.1:8080`), `path` the feed's own.
pub fn feed(title: &str, base: &str, path: &str, entries: &[(EventRow, String)]) -> String {
    let updated = entries
        .iter()
        .map(|(_, t)| t.as_str())
        .max()
        .unwrap_or("1970-01-01T00:00:00Z");
    let markup = html! {
        feed xmlns="http://www.w3.org/2005/Atom" {
            id { (base) (path) }
            title { (title) }
            updated { (updated) }
            link rel="self" href=(format!("{base}{path}")) {}
            link rel="alternate" type="text/html" href=(format!("{base}/events")) {}
            generator { "headcount" }
            @for (e, changed) in entries {
                entry {
                    id { "urn:headcount:" (e.id) }
                    title { (e.company) ": " (e.kind) ", " (headcount_words(e)) }
                    updated { (if changed.is_empty() { updated } else { changed.as_str() }) }
                    link rel="alternate" type="text/html" href=(format!("{base}/events/{}", encode(&e.id))) {}
                    author { name { "headcount" } }
                    summary {
                        (e.company) " " (e.kind) ", " (date_words(e)) ": " (headcount_words(e))
                        ", " (e.sources) " source(s)."
                    }
                }
            }
        }
    };
    let mut out = String::from(r#"<?xml version="1.0" encoding="utf-8"?>"#);
    out.push('\n');
    out.push_str(&markup.into_string());
    out
}
