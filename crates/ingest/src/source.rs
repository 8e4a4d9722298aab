//! Input formats: the [`Source`] trait, one implementation per format module (text,
//! news-please JSON, JSON Lines, HTML, gzipped HTML, RSS/Atom feeds, CSV tables), and
//! [`SOURCES`], the list the walker matches file names against. Whole-file formats give
//! their documents at once; `.jsonl` and `.csv` stream. An `http(s)` URL is fetched first
//! ([`crate::web`]) and its body read like a file.

use crate::tables::{self, Layout};
use crate::walk;
use crate::{check, feed, html, jsonl, jsonl::JsonLines, newsplease, text, InputError, SourceDoc};
use std::fs::File;
use std::io::{BufRead, BufReader};

/// The documents of one input.
pub type Docs = Box<dyn Iterator<Item = Result<SourceDoc, InputError>>>;

/// An opened input: a file, or standard input when `--format` names its format.
pub type Input = Box<dyn std::io::Read>;

/// One input format. Adding a format is a module with a type implementing this, and its
/// line in [`SOURCES`]; a new table layout is a [`Layout`] instead (see `tables`).
pub trait Source: Sync {
    /// The name `--format` takes.
    fn name(&self) -> &'static str;
    /// The lower-case file-name endings that announce it (".txt").
    fn extensions(&self) -> &'static [&'static str];
    /// The documents of an opened input (or the error that stops it).
    fn read(&self, input: Input, path: &str) -> Docs;
}

/// Every format read from files, matched in this order.
pub static SOURCES: &[&dyn Source] = &[
    &html::HtmlGz,
    &jsonl::Dump,
    &newsplease::NewsPlease,
    &text::Text,
    &html::Html,
    &feed::FEED,
    &Tables(None),
    &Spreadsheets,
];

/// `.csv` tables: the layout is recognised by the header, or forced by `--format`.
pub struct Tables(pub Option<&'static dyn Layout>);

impl Source for Tables {
    fn name(&self) -> &'static str {
        self.0.map_or("csv", |l| l.name())
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".csv"]
    }

    fn read(&self, input: Input, path: &str) -> Docs {
        tables::read(BufReader::with_capacity(1 << 16, input), path, self.0)
    }
}

/// `.xlsx` workbooks: the first worksheet, read as a CSV table of the same header would be.
pub struct Spreadsheets;

impl Source for Spreadsheets {
    fn name(&self) -> &'static str {
        "xlsx"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".xlsx"]
    }

    fn read(&self, input: Input, path: &str) -> Docs {
        let csv = check::read_limited(input, path).and_then(|bytes| {
            tables::xlsx::to_csv(bytes).map_err(|why| InputError::file(path, why))
        });
        match csv {
            Ok(text) => tables::read(std::io::Cursor::new(text), path, None),
            Err(e) => one(Err(e)),
        }
    }
}

/// The format a file name announces, ignoring case.
pub fn for_name(name: &str) -> Option<&'static dyn Source> {
    let lower = name.to_ascii_lowercase();
    SOURCES
        .iter()
        .copied()
        .find(|s| s.extensions().iter().any(|e| lower.ends_with(e)))
}

/// The format `--format NAME` names: a source ("text", "html", "csv") or a table layout
/// ("warn-ca", "tracker"). The error lists the names there are.
pub fn named(name: &str) -> Result<&'static dyn Source, String> {
    if let Some(s) = SOURCES.iter().copied().find(|s| s.name() == name) {
        return Ok(s);
    }
    if let Some(layout) = tables::layout_named(name) {
        // One leaked value per distinct layout name asked for: a handful per run.
        return Ok(Box::leak(Box::new(Tables(Some(layout)))));
    }
    let mut names: Vec<&str> = SOURCES.iter().map(|s| s.name()).collect();
    names.extend(tables::LAYOUTS.iter().map(|l| l.name()));
    Err(format!(
        "unknown format {name:?}; the formats are {}",
        names.join(", ")
    ))
}

/// A whole-file format: the file read (up to [`check::MAX_FILE`]) and handed to `read`.
pub fn whole_file(
    file: Input,
    path: &str,
    read: fn(Vec<u8>, &str) -> Result<SourceDoc, InputError>,
) -> Docs {
    one(check::read_limited(file, path).and_then(|bytes| read(bytes, path)))
}

fn one(item: Result<SourceDoc, InputError>) -> Docs {
    Box::new(std::iter::once(item))
}

/// Opens `input` and returns its documents (or the error that stops it).
pub fn open(input: walk::Input) -> Docs {
    let path = input.path.display().to_string();
    if let (Some(web), Some(source)) = (input.web, input.source) {
        return match web.get(&path) {
            Ok(body) => source.read(Box::new(std::io::Cursor::new(body)), &path),
            Err(why) => one(Err(InputError::file(&path, why))),
        };
    }
    let source = match input.source {
        Some(s) if input.path.as_os_str() == "-" => {
            return s.read(Box::new(std::io::stdin()), &path)
        }
        Some(s) => s,
        None => return stdin(path),
    };
    match File::open(&input.path) {
        Ok(file) => source.read(Box::new(file), &path),
        Err(e) => one(Err(InputError::file(&path, e.to_string()))),
    }
}

/// Standard input: `{` starts JSON Lines (or one JSON document), `[` a JSON array, `<` an
/// RSS/Atom feed when its root is `<rss`, `<feed` or `<rdf:RDF`, else HTML; anything else
/// plain text.
fn stdin(path: String) -> Docs {
    sniffed(BufReader::with_capacity(1 << 16, std::io::stdin()), path)
}

/// Reads a stream whose format is told by its first byte (see [`stdin`]).
fn sniffed(mut reader: impl BufRead + 'static, path: String) -> Docs {
    let first = match first_byte(&mut reader) {
        Ok(b) => b,
        Err(e) => return one(Err(InputError::file(&path, e.to_string()))),
    };
    match first {
        Some(b'{') => Box::new(JsonLines::new(reader, &path).allow_whole_document()),
        first => match check::read_limited(reader, &path) {
            Ok(bytes) => match first {
                Some(b'[') => Box::new(newsplease::read_json(bytes, &path).into_iter()),
                Some(b'<') if feed::looks_like_feed(&bytes) => {
                    Box::new(feed::FEED.documents(&bytes, &path).into_iter())
                }
                Some(b'<') => one(html::read(bytes, &path)),
                _ => one(text::read(bytes, &path)),
            },
            Err(e) => one(Err(e)),
        },
    }
}

/// The first byte that is not whitespace or a BOM, without consuming anything: it peeks into
/// the buffer, which holds 64 KiB, and gives up (plain text) past that.
fn first_byte(reader: &mut impl BufRead) -> std::io::Result<Option<u8>> {
    let buf = reader.fill_buf()?;
    let buf = check::strip_bom(buf);
    Ok(buf.iter().copied().find(|b| !b.is_ascii_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(input: &'static [u8]) -> Vec<Result<String, String>> {
        sniffed(std::io::Cursor::new(input), "-".into())
            .map(|r| r.map(|d| d.text).map_err(|e| e.to_string()))
            .collect()
    }

    #[test]
    fn stdin_is_sniffed() {
        assert_eq!(
            texts(b" {\"maintext\": \"a\"}\n{\"maintext\": \"b\"}\n"),
            [Ok("a".into()), Ok("b".into())]
        );
        assert_eq!(
            texts(b"{\n  \"maintext\": \"pretty\"\n}"),
            [Ok("pretty".into())]
        );
        assert_eq!(texts(b"[{\"maintext\": \"c\"}]"), [Ok("c".into())]);
        assert_eq!(
            texts(b"Plain title\nbody"),
            [Ok("Plain title\nbody".into())]
        );
        let html = texts(b"<html><body><p>Acme will cut 300 jobs at its plant.</p></body></html>");
        assert!(html[0].as_ref().unwrap().contains("Acme will cut 300 jobs"));
        assert_eq!(texts(b"  \n"), [Err("-: empty file".into())]);
        assert_eq!(
            texts(b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>T</title><description>Acme cut 9 jobs.</description></item></channel></rss>"),
            [Ok("Acme cut 9 jobs.".into())]
        );
    }
}
