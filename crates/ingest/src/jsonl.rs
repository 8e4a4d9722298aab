//! news-please dumps (`.jsonl`): one record a line, streamed. Memory stays bounded whatever the
//! file size: a line is buffered only up to [`MAX_LINE`]; a longer one is discarded up to the
//! next newline and reported. Every bad line is an [`InputError`] with its 1-based number, and
//! reading goes on with the next line.

use crate::{newsplease, InputError, SourceDoc};
use serde_json::Value;
use std::io::{BufRead, ErrorKind};

/// Longest line kept, in bytes; one news article is far smaller.
pub const MAX_LINE: usize = 16 << 20;

/// Iterator over the documents of a JSON Lines stream.
pub struct JsonLines<R> {
    reader: R,
    path: String,
    max_line: usize,
    line_no: u64,
    buf: Vec<u8>,
    seen_record: bool,
    /// Set for stdin that starts with `{`: when the first record is incomplete JSON, the whole
    /// stream is read as one (pretty-printed) JSON document instead.
    whole_fallback: bool,
    pending: std::vec::IntoIter<Result<SourceDoc, InputError>>,
    done: bool,
}

/// What one physical line turned out to be.
enum Line {
    Eof,
    Blank,
    TooLong,
    Data { newline: bool },
}

impl<R: BufRead> JsonLines<R> {
    pub fn new(reader: R, path: &str) -> Self {
        Self::with_limit(reader, path, MAX_LINE)
    }

    pub fn with_limit(reader: R, path: &str, max_line: usize) -> Self {
        JsonLines {
            reader,
            path: path.to_owned(),
            max_line,
            line_no: 0,
            buf: Vec::new(),
            seen_record: false,
            whole_fallback: false,
            pending: Vec::new().into_iter(),
            done: false,
        }
    }

    /// Accept a single multi-line JSON document as well (for sniffed stdin).
    pub fn allow_whole_document(mut self) -> Self {
        self.whole_fallback = true;
        self
    }

    fn err(&self, line: Option<u64>, reason: impl Into<String>) -> InputError {
        InputError {
            path: self.path.clone(),
            line,
            reason: reason.into(),
        }
    }

    /// Reads the next physical line into `buf` (without its `\n`), never holding more than
    /// `max_line` bytes of it.
    fn read_line(&mut self) -> std::io::Result<Line> {
        self.buf.clear();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (part, newline) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (&chunk[..i], true),
                None => (chunk, false),
            };
            let used = part.len() + usize::from(newline);
            if !too_long {
                if self.buf.len() + part.len() > self.max_line {
                    too_long = true;
                    self.buf.clear();
                    self.buf.shrink_to(64 << 10);
                } else {
                    self.buf.extend_from_slice(part);
                }
            }
            self.reader.consume(used);
            if newline {
                self.line_no += 1;
                return Ok(self.classify(too_long, true));
            }
        }
        if !any {
            return Ok(Line::Eof);
        }
        self.line_no += 1;
        Ok(self.classify(too_long, false))
    }

    fn classify(&self, too_long: bool, newline: bool) -> Line {
        if too_long {
            Line::TooLong
        } else if crate::check::strip_bom(&self.buf)
            .iter()
            .all(u8::is_ascii_whitespace)
        {
            Line::Blank
        } else {
            Line::Data { newline }
        }
    }

    /// Parses the line in `buf`.
    fn parse(&mut self, newline: bool) -> Result<SourceDoc, InputError> {
        let line = Some(self.line_no);
        let bytes = if self.line_no == 1 {
            crate::check::strip_bom(&self.buf)
        } else {
            &self.buf[..]
        };
        let lossy;
        let (text, warning) = match std::str::from_utf8(bytes) {
            Ok(t) => (t, None),
            Err(_) => {
                // One bad byte does not lose the article: it is replaced, and the document
                // carries a warning naming its offset.
                lossy = crate::check::lossy(bytes.to_vec(), 0, " of the line");
                (lossy.0.as_str(), lossy.1.clone())
            }
        };
        let with_warning = |mut d: SourceDoc| {
            d.warning.clone_from(&warning);
            d
        };
        // Nearly every line is a well-formed record: read it without building a `Value`.
        if let Some(record) = newsplease::Record::from_line(text) {
            return record
                .into_doc(&self.path, line)
                .map(with_warning)
                .map_err(|r| self.err(line, r));
        }
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                let hint = if newline {
                    ""
                } else {
                    " (truncated last line?)"
                };
                return Err(self.err(line, format!("invalid JSON: {e}{hint}")));
            }
        };
        newsplease::from_value(value, &self.path, line)
            .map(with_warning)
            .map_err(|r| self.err(line, r))
    }

    /// Reads the rest of the stream and parses the whole as one JSON document.
    fn read_whole(&mut self) -> Vec<Result<SourceDoc, InputError>> {
        let mut all = std::mem::take(&mut self.buf);
        all.push(b'\n');
        let rest = crate::check::read_limited(&mut self.reader, &self.path).and_then(|rest| {
            all.extend_from_slice(&rest);
            crate::check::decode(all, &self.path)
        });
        match rest {
            Ok((text, warning)) => {
                let mut docs = newsplease::from_str(&text, &self.path);
                for d in docs.iter_mut().flatten() {
                    d.warning.clone_from(&warning);
                }
                docs
            }
            Err(e) => vec![Err(e)],
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Result<SourceDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(item) = self.pending.next() {
            return Some(item);
        }
        while !self.done {
            let line = match self.read_line() {
                Ok(l) => l,
                Err(e) => {
                    self.done = true;
                    return Some(Err(self.err(Some(self.line_no + 1), e.to_string())));
                }
            };
            match line {
                Line::Eof => {
                    self.done = true;
                    if !self.seen_record {
                        return Some(Err(self.err(None, "empty file")));
                    }
                }
                Line::Blank => {}
                Line::TooLong => {
                    self.seen_record = true;
                    return Some(Err(self.err(
                        Some(self.line_no),
                        format!("line longer than {} bytes, skipped", self.max_line),
                    )));
                }
                Line::Data { newline } => {
                    let first = !self.seen_record;
                    self.seen_record = true;
                    let item = self.parse(newline);
                    let incomplete =
                        matches!(&item, Err(e) if e.reason.contains("EOF while parsing"));
                    if first && self.whole_fallback && incomplete && newline {
                        self.done = true;
                        self.pending = self.read_whole().into_iter();
                        return self.pending.next();
                    }
                    return Some(item);
                }
            }
        }
        None
    }
}

/// `.jsonl` dumps, streamed.
pub struct Dump;

impl crate::Source for Dump {
    fn name(&self) -> &'static str {
        "jsonl"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".jsonl"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        Box::new(JsonLines::new(
            std::io::BufReader::with_capacity(1 << 16, file),
            path,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(input: &[u8], max: usize) -> Vec<Result<SourceDoc, InputError>> {
        JsonLines::with_limit(std::io::BufReader::with_capacity(8, input), "d.jsonl", max).collect()
    }

    #[test]
    fn good_bad_and_blank_lines() {
        let input = b"{\"maintext\":\"one\"}\n\n  \nnot json\n{\"title\":\"t\"}\r\n\xFF\n{\"maintext\":\"two\"}\r\n{\"maintext\":";
        let out = run(input, 1 << 20);
        assert_eq!(out.len(), 6);
        assert_eq!(out[0].as_ref().unwrap().line, Some(1));
        let e = out[1].as_ref().unwrap_err();
        assert_eq!(
            (e.line, e.reason.starts_with("invalid JSON: expected")),
            (Some(4), true)
        );
        assert_eq!(out[2].as_ref().unwrap_err().reason, "no maintext");
        assert_eq!(out[3].as_ref().unwrap_err().line, Some(6));
        // The bad byte is replaced (U+FFFD), and what is left is no JSON.
        assert!(out[3]
            .as_ref()
            .unwrap_err()
            .reason
            .starts_with("invalid JSON"));
        assert_eq!(out[4].as_ref().unwrap().text, "two");
        let e = out[5].as_ref().unwrap_err();
        assert_eq!(e.line, Some(8));
        assert!(e.reason.contains("truncated last line"), "{}", e.reason);
    }

    #[test]
    fn long_line_is_skipped_without_losing_the_next() {
        let mut input = b"{\"maintext\":\"".to_vec();
        input.extend(std::iter::repeat_n(b'x', 100));
        input.extend_from_slice(b"\"}\n{\"maintext\":\"ok\"}\n");
        let out = run(&input, 50);
        assert!(out[0]
            .as_ref()
            .unwrap_err()
            .reason
            .starts_with("line longer than"));
        assert_eq!(out[1].as_ref().unwrap().line, Some(2));
    }

    #[test]
    fn empty_stream() {
        let out = run(b"\n \n", 100);
        assert_eq!(out[0].as_ref().unwrap_err().reason, "empty file");
    }

    #[test]
    fn whole_document_fallback() {
        let input = b"{\n \"maintext\": \"pretty\"\n}\n";
        let out: Vec<_> = JsonLines::new(&input[..], "-")
            .allow_whole_document()
            .collect();
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].as_ref().unwrap().text, "pretty");
    }
}
