//! Tables (`.csv`): WARN Act notices and layoff trackers, where each row is one claim that
//! needs no text extraction.
//!
//! A [`Layout`] knows one table's columns: it recognises its header and reads a row into a
//! [`Row`] of values (company, kind, count, dates, places). [`read`] finds the layout by
//! the header (the first line, or the second when the first is a sheet name such as
//! `layoffs,,,,`), streams the rows, and turns each one into a [`SourceDoc`] whose
//! [`Record`] holds the claim and its table fields. A row that cannot be read (a wrong
//! column count, an unreadable date, a negative count, a cell over [`MAX_CELL`]) is an
//! [`InputError`] naming the file, the line and the reason, and the next row follows.
//!
//! ```text
//! csv ──header──▶ Layout (warn::ca, …, tracker) ──each record──▶ Row ──▶ SourceDoc { text, record: Claim + Fields }
//! ```
//!
//! The document text is the row itself, `file:line: column=value | …`, so that the
//! evidence of the claim names the file, its line and its cells, and reading the same file
//! again gives the same documents. Columns a layout calls private (people's names) are
//! left out of it.
//!
//! Adding a state's WARN layout is one file in `warn/` implementing [`Layout`], its line
//! in [`LAYOUTS`], and a fixture test.

pub mod cells;
mod tracker;
mod warn;
pub mod xlsx;

use crate::{InputError, SourceDoc};
use chrono::NaiveDate;
use headcount_extract::{Claim, DateInterval, Evidence, Headcount, Kind, Precision};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Read;

/// The table layouts, tried in this order on a file's header.
pub static LAYOUTS: &[&dyn Layout] = &[
    &warn::ca::Ca,
    &warn::tx::Tx,
    &warn::wa::Wa,
    &warn::ny::Ny,
    &warn::va::Va,
    &warn::mi::Mi,
    &tracker::Tracker,
];

/// The layout `--format` names, if any.
pub fn layout_named(name: &str) -> Option<&'static dyn Layout> {
    LAYOUTS.iter().copied().find(|l| l.name() == name)
}

/// A cell longer than this is not a value of any real table: the row is skipped.
pub const MAX_CELL: usize = 64 << 10;

/// One table layout.
pub trait Layout: Sync {
    /// The name `--format` takes ("warn-ca", "tracker").
    fn name(&self) -> &'static str;
    /// Whether this is the layout of a table with `header`.
    fn recognises(&self, header: &Header) -> bool;
    /// Columns never copied into documents (keys as [`Header::key`] makes them).
    fn private_columns(&self) -> &'static [&'static str] {
        &[]
    }
    /// The values of one row, or why it cannot be read.
    fn read(&self, row: &Cells) -> Result<Row, String>;
}

/// A table's header: its names as written, and a key per name for lookups that do not
/// care about case, spaces or punctuation ("Date of WARN Notice " → `date_of_warn_notice`).
#[derive(Debug)]
pub struct Header {
    pub names: Vec<String>,
    index: HashMap<String, usize>,
    /// One past the last column with a name: the fields a row must have. (Excel exports
    /// pad the header with thousands of empty names; rows stop earlier.)
    named: usize,
}

impl Header {
    fn new(cells: Vec<String>) -> Header {
        let mut index = HashMap::new();
        for (i, n) in cells.iter().enumerate() {
            let k = Header::key(n);
            if !k.is_empty() {
                // The first of two columns that differ only by spaces wins.
                index.entry(k).or_insert(i);
            }
        }
        let named = cells
            .iter()
            .rposition(|n| !n.trim().is_empty())
            .map_or(0, |i| i + 1);
        Header {
            names: cells,
            index,
            named,
        }
    }

    /// The lookup key of a column name: lower case, words joined by `_`.
    pub fn key(name: &str) -> String {
        name.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join("_")
    }

    pub fn has(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    pub fn has_all(&self, keys: &[&str]) -> bool {
        keys.iter().all(|k| self.has(k))
    }

    /// The first of `keys` the header has.
    pub fn find(&self, keys: &[&str]) -> Option<usize> {
        keys.iter().find_map(|k| self.index.get(*k).copied())
    }

    /// The names, for messages: empty ones dropped, at most 16.
    fn shown(&self) -> String {
        let names: Vec<&str> = self
            .names
            .iter()
            .map(|n| n.trim())
            .filter(|n| !n.is_empty())
            .collect();
        let mut s = names
            .iter()
            .take(16)
            .map(|n| format!("{n:?}"))
            .collect::<Vec<_>>()
            .join(", ");
        if names.len() > 16 {
            s.push_str(&format!(", … ({} names)", names.len()));
        }
        if s.is_empty() {
            s = "(no names)".into();
        }
        s
    }
}

/// The cells of one row, looked up by column key.
pub struct Cells<'a> {
    header: &'a Header,
    cells: &'a [String],
}

impl Cells<'_> {
    /// The cell under the first of `keys` the header has, trimmed; "" when there is none.
    pub fn get(&self, keys: &[&str]) -> &str {
        self.header
            .find(keys)
            .and_then(|i| self.cells.get(i))
            .map_or("", |c| c.trim())
    }

    /// [`get`](Self::get), cleaned ([`cells::clean`]); `None` when empty.
    pub fn text(&self, keys: &[&str]) -> Option<String> {
        Some(cells::clean(self.get(keys))).filter(|s| !s.is_empty())
    }
}

/// Which kind of table a row comes from; events list their sources by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceType {
    /// An official WARN Act notice.
    Warn,
    /// A community tracker row (layoffs.fyi and the like).
    Tracker,
}

/// What a layout reads from a row; [`read`] makes the claim of it.
#[derive(Debug, Clone)]
pub struct Row {
    /// The company cell as written.
    pub company: String,
    pub kind: Kind,
    /// The count cell as written (`""` when the table has none).
    pub count: String,
    pub percent: Option<f64>,
    /// The claim's date: the cell it came from, the day, and whether it is a day (else
    /// the year or month named).
    pub date: (String, NaiveDate, Precision),
    /// The date the row was published (a WARN notice's date, a tracker row's date added).
    pub published: Option<NaiveDate>,
    /// A place label for the claim (`Newark, CA`).
    pub location: Option<String>,
    pub fields: Fields,
}

/// The table fields of a claim beyond the claim JSON's own: in `headcount extract --json`
/// they are the optional `record` object of each table claim.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Fields {
    pub source_type: Option<SourceType>,
    /// The layout that read the row ("warn-ca", "tracker").
    pub layout: &'static str,
    /// The company as the row writes it.
    pub company_as_written: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date: Option<NaiveDate>,
    /// A date cell that holds no readable date (`03/09/2121`), kept as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unreadable_dates: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temporary: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub county: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hq_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub funds_raised_musd: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_added: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The source cell when it is not a URL ("Internal memo").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_note: Option<String>,
}

/// A table row as a claim: the claim JSON's own fields, and the table's.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub claim: Claim,
    pub fields: Fields,
}

// `SourceDoc` is `Eq`; a claim holds floats, but never NaN (figures are checked).
impl Eq for Record {}

/// How much a row's claim is trusted: an official notice more than a tracker.
fn confidence(t: Option<SourceType>) -> f64 {
    match t {
        Some(SourceType::Warn) => 0.95,
        _ => 0.8,
    }
}

/// Reads a table: recognises its layout (or takes `forced`) and yields a document per
/// row, or the error that skips it.
pub fn read(
    reader: impl Read + 'static,
    path: &str,
    forced: Option<&'static dyn Layout>,
) -> Box<dyn Iterator<Item = Result<SourceDoc, InputError>>> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(LfOnly::new(reader));
    let mut first = csv::ByteRecord::new();
    let mut found = None;
    // The header is the first line, or the second after a sheet-name line
    // (`layoffs,,,,`: at most one cell with a value).
    for attempt in 0..2 {
        match csv.read_byte_record(&mut first) {
            Ok(true) => {}
            Ok(false) => {
                return Box::new(std::iter::once(Err(InputError::file(
                    path,
                    if attempt == 0 {
                        "empty file"
                    } else {
                        "no header after the sheet-name line"
                    },
                ))))
            }
            Err(e) => {
                return Box::new(std::iter::once(Err(InputError::file(
                    path,
                    format!("unreadable CSV: {e}"),
                ))))
            }
        }
        let h = Header::new(decode_cells(&first));
        let filled = h.names.iter().filter(|n| !n.trim().is_empty()).count();
        if attempt == 0 && filled <= 1 {
            continue;
        }
        match forced.or_else(|| LAYOUTS.iter().copied().find(|l| l.recognises(&h))) {
            Some(layout) => {
                found = Some((h, layout));
                break;
            }
            None => {
                let reason = format!(
                    "unknown table layout; its header is {} (known layouts: {}; name one with --format)",
                    h.shown(),
                    LAYOUTS.iter().map(|l| l.name()).collect::<Vec<_>>().join(", ")
                );
                return Box::new(std::iter::once(Err(InputError::file(path, reason))));
            }
        }
    }
    let Some((header, layout)) = found else {
        return Box::new(std::iter::once(Err(InputError::file(path, "no header"))));
    };
    let file_name = path.rsplit(['/', '\\']).next().unwrap_or(path).to_owned();
    Box::new(TableRows {
        csv,
        header,
        layout,
        path: path.to_owned(),
        file_name,
        record: csv::ByteRecord::new(),
        done: false,
    })
}

/// A reader that turns CRLF into LF. The csv parser ends a record at the `\r` and counts
/// the line at the `\n`, after it has noted where the next record starts: every record
/// of a CRLF file would be given the line before its own.
struct LfOnly<R> {
    inner: R,
    /// Bytes read from `inner`, and those of them converted but not yet handed out.
    raw: Vec<u8>,
    ready: Vec<u8>,
    at: usize,
    /// A `\r` that ended the last chunk read: kept until the next byte is known.
    held_cr: bool,
}

impl<R: Read> LfOnly<R> {
    fn new(inner: R) -> Self {
        LfOnly {
            inner,
            raw: vec![0; 1 << 16],
            ready: Vec::with_capacity(1 << 16),
            at: 0,
            held_cr: false,
        }
    }

    /// Converts the next chunk into `ready`; false at the end of the input.
    fn refill(&mut self) -> std::io::Result<bool> {
        self.ready.clear();
        self.at = 0;
        while self.ready.is_empty() {
            let n = self.inner.read(&mut self.raw)?;
            if n == 0 {
                if std::mem::take(&mut self.held_cr) {
                    self.ready.push(b'\r');
                    return Ok(true);
                }
                return Ok(false);
            }
            for &b in &self.raw[..n] {
                if std::mem::take(&mut self.held_cr) && b != b'\n' {
                    self.ready.push(b'\r');
                }
                if b == b'\r' {
                    self.held_cr = true;
                } else {
                    self.ready.push(b);
                }
            }
        }
        Ok(true)
    }
}

impl<R: Read> Read for LfOnly<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if self.at == self.ready.len() && !self.refill()? {
            return Ok(0);
        }
        let n = out.len().min(self.ready.len() - self.at);
        out[..n].copy_from_slice(&self.ready[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// A record's cells as text: invalid UTF-8 is replaced (one bad byte does not lose the row).
fn decode_cells(r: &csv::ByteRecord) -> Vec<String> {
    r.iter()
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect()
}

struct TableRows<R> {
    csv: csv::Reader<R>,
    header: Header,
    layout: &'static dyn Layout,
    path: String,
    file_name: String,
    record: csv::ByteRecord,
    done: bool,
}

impl<R: Read> Iterator for TableRows<R> {
    type Item = Result<SourceDoc, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.csv.read_byte_record(&mut self.record) {
            Ok(true) => {}
            Ok(false) => {
                self.done = true;
                return None;
            }
            Err(e) => {
                // An I/O error ends the file; a malformed record is its own line's error.
                let line = e.position().map(|p| p.line());
                if matches!(e.kind(), csv::ErrorKind::Io(_)) || line.is_none() {
                    self.done = true;
                }
                return Some(Err(InputError {
                    path: self.path.clone(),
                    line,
                    reason: format!("unreadable CSV record: {e}"),
                }));
            }
        }
        let line = self.record.position().map_or(0, |p| p.line());
        Some(self.row(line).map_err(|reason| InputError {
            path: self.path.clone(),
            line: Some(line),
            reason,
        }))
    }
}

impl<R: Read> TableRows<R> {
    /// The document of the current record, or the reason to skip it.
    fn row(&self, line: u64) -> Result<SourceDoc, String> {
        let r = &self.record;
        if let Some((i, c)) = r.iter().enumerate().find(|(_, c)| c.len() > MAX_CELL) {
            return Err(format!(
                "cell {} ({}) is {} bytes, over the {} KiB a table cell may hold",
                i + 1,
                self.column_name(i),
                c.len(),
                MAX_CELL >> 10
            ));
        }
        if r.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
            return Err("empty row".into());
        }
        let cells = decode_cells(r);
        let filled = cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1);
        if cells.len() < self.header.named || filled > self.header.names.len() {
            return Err(format!(
                "wrong column count: {} fields, the header has {}",
                cells.len(),
                self.header.named
            ));
        }
        let values = self.layout.read(&Cells {
            header: &self.header,
            cells: &cells,
        })?;
        let mut doc = self.document(line, &cells, values);
        doc.warning = r
            .iter()
            .enumerate()
            .find_map(|(i, c)| std::str::from_utf8(c).err().map(|e| (i, e)))
            .map(|(i, e)| {
                format!(
                    "invalid UTF-8 at byte {} of cell {} ({}), replaced with U+FFFD",
                    e.valid_up_to(),
                    i + 1,
                    self.column_name(i)
                )
            });
        Ok(doc)
    }

    fn column_name(&self, i: usize) -> &str {
        self.header.names.get(i).map_or("unnamed", |n| n.trim())
    }

    /// The row as a document: its text, and the claim with the row as evidence.
    fn document(&self, line: u64, cells: &[String], row: Row) -> SourceDoc {
        let private = self.layout.private_columns();
        let mut text = format!("{}:{line}:", self.file_name);
        let mut first = true;
        for (i, c) in cells.iter().enumerate() {
            let name = self.column_name(i);
            let value = cells::clean(c);
            if value.is_empty() || name.is_empty() || private.contains(&Header::key(name).as_str())
            {
                continue;
            }
            text.push_str(if first { " " } else { " | " });
            first = false;
            text.push_str(name);
            text.push('=');
            text.push_str(&value);
        }
        let (company, aliases, parent) = cells::company_and_parent(&row.company);
        let headcount = match cells::count(&row.count) {
            Ok(cells::Count::Range(a, b)) => Some(Headcount {
                text: cells::clean(&row.count),
                min: Some(a),
                max: Some(b),
            }),
            _ => None,
        };
        let mut supports = vec!["kind", "company", "date"];
        if headcount.is_some() {
            supports.push("headcount");
        }
        if row.percent.is_some() {
            supports.push("percent");
        }
        if row.location.is_some() {
            supports.push("locations");
        }
        let (date_text, day, precision) = row.date;
        let (earliest, latest) = match precision {
            Precision::Year => (
                NaiveDate::from_yo_opt(chrono::Datelike::year(&day), 1).unwrap_or(day),
                NaiveDate::from_ymd_opt(chrono::Datelike::year(&day), 12, 31).unwrap_or(day),
            ),
            Precision::Month => (day, last_of_month(day)),
            _ => (day, day),
        };
        let claim = Claim {
            kind: row.kind,
            company: company.clone(),
            parent,
            aliases,
            date: Some(DateInterval {
                text: date_text,
                earliest,
                latest,
                precision,
            }),
            headcount,
            percent: row.percent,
            units: Vec::new(),
            locations: row.location.iter().cloned().collect(),
            reasons: Vec::new(),
            severance: None,
            evidence: vec![Evidence {
                start: 0,
                end: text.len(),
                text: text.clone(),
                fields: supports,
            }],
            confidence: confidence(row.fields.source_type),
        };
        let (title, outlet) = match row.fields.source_type {
            Some(SourceType::Warn) => {
                let state = row.fields.state.as_deref().unwrap_or("");
                let place = row.fields.city.as_deref().or(row.fields.county.as_deref());
                (
                    match place {
                        Some(p) => format!("WARN notice ({state}): {company}, {p}"),
                        None => format!("WARN notice ({state}): {company}"),
                    },
                    format!("WARN {state}"),
                )
            }
            _ => (
                format!("Tracker row: {company}"),
                format!("tracker {}", self.file_name),
            ),
        };
        SourceDoc {
            path: self.path.clone(),
            line: Some(line),
            id: None,
            url: row.fields.source_url.clone(),
            title: Some(title),
            published: row.published,
            outlet: Some(outlet),
            text,
            warning: None,
            key: None,
            record: Some(Box::new(Record {
                claim,
                fields: Fields {
                    layout: self.layout.name(),
                    company_as_written: cells::clean(&row.company),
                    ..row.fields
                },
            })),
        }
    }
}

fn last_of_month(d: NaiveDate) -> NaiveDate {
    use chrono::Datelike;
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|n| n.pred_opt())
        .unwrap_or(d)
}

/// Shared by the layouts: a required date cell read, or the reason the row is skipped.
pub(crate) fn required_date(cells: &Cells, keys: &[&str]) -> Result<(String, NaiveDate), String> {
    let raw = cells.get(keys);
    if raw.is_empty() {
        return Err(format!("no date in {}", keys[0]));
    }
    match cells::date(raw) {
        Some(d) => Ok((raw.to_owned(), d)),
        None => Err(format!("unreadable date {raw:?} in {}", keys[0])),
    }
}

/// Shared by the layouts: an optional date cell; an unreadable one is kept as written in
/// `unreadable` (the notice stays: its main date was read).
pub(crate) fn optional_date(
    cells: &Cells,
    keys: &[&str],
    unreadable: &mut Vec<String>,
) -> Option<NaiveDate> {
    let raw = cells.get(keys);
    if raw.is_empty() {
        return None;
    }
    let d = cells::date(raw);
    if d.is_none() {
        unreadable.push(format!("{}={raw}", keys[0]));
    }
    d
}

/// Shared by the layouts: the count cell checked (a negative or fractional count skips
/// the row).
pub(crate) fn checked_count(cells: &Cells, keys: &[&str]) -> Result<String, String> {
    let raw = cells.get(keys);
    cells::count(raw)?;
    Ok(raw.to_owned())
}

#[cfg(test)]
mod tests;
