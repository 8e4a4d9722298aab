//! Opening one input: reads the file (or stdin) and hands it to the reader for its format.
//! Whole-file formats give their documents at once; `.jsonl` gives a streaming iterator.

use crate::walk::{Format, Input};
use crate::{check, html, jsonl::JsonLines, newsplease, text, InputError, SourceDoc};
use std::fs::File;
use std::io::{BufRead, BufReader};

/// The documents of one input.
pub type Docs = Box<dyn Iterator<Item = Result<SourceDoc, InputError>>>;

fn one(item: Result<SourceDoc, InputError>) -> Docs {
    Box::new(std::iter::once(item))
}

/// Opens `input` and returns its documents (or the error that stops it).
pub fn open(input: Input) -> Docs {
    let path = input.path.display().to_string();
    if input.format == Format::Stdin {
        return stdin(path);
    }
    let file = match File::open(&input.path) {
        Ok(f) => f,
        Err(e) => return one(Err(InputError::file(&path, e.to_string()))),
    };
    if input.format == Format::JsonLines {
        return Box::new(JsonLines::new(
            BufReader::with_capacity(1 << 16, file),
            &path,
        ));
    }
    let bytes = if input.format == Format::HtmlGz {
        check::read_limited(flate2::read::GzDecoder::new(BufReader::new(file)), &path)
            .map_err(|e| InputError::file(&path, format!("gzip: {}", e.reason)))
    } else {
        check::read_limited(file, &path)
    };
    match bytes {
        Ok(bytes) => whole(bytes, input.format, &path),
        Err(e) => one(Err(e)),
    }
}

/// Reads a whole-file format from its bytes.
fn whole(bytes: Vec<u8>, format: Format, path: &str) -> Docs {
    match format {
        Format::Json => Box::new(newsplease::read_json(bytes, path).into_iter()),
        Format::Html | Format::HtmlGz => one(html::read(bytes, path)),
        _ => one(text::read(bytes, path)),
    }
}

/// Standard input: `{` starts JSON Lines (or one JSON document), `[` a JSON array, `<` HTML,
/// anything else plain text.
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
        first => {
            let format = match first {
                Some(b'[') => Format::Json,
                Some(b'<') => Format::Html,
                _ => Format::Text,
            };
            match check::read_limited(reader, &path) {
                Ok(bytes) => whole(bytes, format, &path),
                Err(e) => one(Err(e)),
            }
        }
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
    }
}
