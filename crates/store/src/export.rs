//! Events as CSV: one row an event, the same columns wherever a listing is exported
//! (`headcount events --csv`, the web server's `.csv` pages).
//!
//! [`EVENT_CSV_HEADER`] names the columns and [`event_csv_record`] makes one row of an
//! [`EventRow`], from its columns and its event JSON. [`EventCsv`] writes the header and
//! then rows as they come, so a listing streamed by [`Store::each_event`](crate::Store::each_event)
//! is never held whole; [`write_events_csv`] does the same for rows already in hand.
//!
//! Every cell passes through [`neutralise`]: a spreadsheet opening the file must not read a
//! company named `=HYPERLINK(…)` as a formula (OWASP, "CSV Injection").
//!
//! ```
//! use headcount_store::export::{write_events_csv, EVENT_CSV_HEADER};
//! use headcount_store::EventRow;
//!
//! let row = EventRow {
//!     id: "evt_1".into(), company: "=Acme".into(), parent: None, kind: "layoff".into(),
//!     date: None, headcount_min: Some(120), headcount_max: Some(120), percent: None,
//!     sources: 1, json: "{}".into(),
//! };
//! let mut out = Vec::new();
//! write_events_csv(&mut out, [row]).unwrap();
//! let text = String::from_utf8(out).unwrap();
//! assert!(text.starts_with(&EVENT_CSV_HEADER.join(",")));
//! assert!(text.contains("evt_1,'=Acme,,layoff"));
//! ```

use crate::EventRow;
use serde_json::Value;
use std::borrow::Cow;
use std::io;

/// The columns of an event row, in order. Lists (source types, locations, units, reasons,
/// severance) are joined with `"; "`; `url` is the first source's that has one.
pub const EVENT_CSV_HEADER: &[&str] = &[
    "id",
    "company",
    "parent",
    "kind",
    "earliest",
    "latest",
    "precision",
    "headcount_min",
    "headcount_max",
    "percent",
    "sources",
    "source_types",
    "url",
    "locations",
    "units",
    "reasons",
    "severance",
];

/// One event's cells, in the order of [`EVENT_CSV_HEADER`], not yet neutralised (the
/// writers do that). A field the event lacks is an empty cell.
pub fn event_csv_record(e: &EventRow) -> Vec<String> {
    let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
    let sources = json["sources"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let types = crate::source_types_in(&json);
    let url = sources
        .iter()
        .find_map(|s| s["url"].as_str().filter(|u| !u.is_empty()))
        .unwrap_or_default();
    // Units and severance are `{name, sources}` objects; locations and reasons are strings.
    let names = |field: &str| -> String {
        crate::named_values(&json, field)
            .iter()
            .map(|(name, _)| *name)
            .collect::<Vec<_>>()
            .join("; ")
    };
    let opt = |v: Option<String>| v.unwrap_or_default();
    vec![
        e.id.clone(),
        e.company.clone(),
        opt(e.parent.clone()),
        e.kind.clone(),
        opt(e.date.as_ref().map(|d| d.0.to_string())),
        opt(e.date.as_ref().map(|d| d.1.to_string())),
        opt(e.date.as_ref().map(|d| d.2.clone())),
        opt(e.headcount_min.map(|n| n.to_string())),
        opt(e.headcount_max.map(|n| n.to_string())),
        opt(e.percent.map(|p| p.to_string())),
        e.sources.to_string(),
        types.join("; "),
        url.to_owned(),
        names("locations"),
        names("units"),
        names("reasons"),
        names("severance"),
    ]
}

/// A cell made safe to open in a spreadsheet: one that starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return gets a leading `'`, so it is read as text, not a formula.
/// No column holds a negative number, so no figure is changed by this.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer of events: the header on [`EventCsv::new`], a row each [`EventCsv::write`],
/// and [`EventCsv::finish`] to flush.
pub struct EventCsv<W: io::Write> {
    out: csv::Writer<W>,
}

impl<W: io::Write> EventCsv<W> {
    /// Writes the header row.
    pub fn new(w: W) -> io::Result<EventCsv<W>> {
        let mut out = csv::Writer::from_writer(w);
        out.write_record(EVENT_CSV_HEADER).map_err(io_error)?;
        Ok(EventCsv { out })
    }

    pub fn write(&mut self, e: &EventRow) -> io::Result<()> {
        let record = event_csv_record(e);
        self.out
            .write_record(record.iter().map(|c| neutralise(c).into_owned()))
            .map_err(io_error)
    }

    /// Flushes what is buffered and hands back the writer.
    pub fn finish(self) -> io::Result<W> {
        self.out
            .into_inner()
            .map_err(|e| io::Error::new(e.error().kind(), e.error().to_string()))
    }
}

/// The writer's own error as it was, so a caller still sees a closed pipe as one (csv's
/// conversion to `io::Error` makes every error `Other`).
fn io_error(e: csv::Error) -> io::Error {
    if !e.is_io_error() {
        return io::Error::other(e);
    }
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        kind => io::Error::other(format!("{kind:?}")),
    }
}

/// The header and a row for each event.
pub fn write_events_csv<W: io::Write>(
    w: W,
    rows: impl IntoIterator<Item = EventRow>,
) -> io::Result<()> {
    let mut csv = EventCsv::new(w)?;
    for e in rows {
        csv.write(&e)?;
    }
    csv.finish().map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn row(company: &str, json: &str) -> EventRow {
        EventRow {
            id: "evt_0123456789abcdef".into(),
            company: company.into(),
            parent: Some("Parent Co".into()),
            kind: "layoff".into(),
            date: Some((
                NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(),
                NaiveDate::from_ymd_opt(2025, 3, 3).unwrap(),
                "day".into(),
            )),
            headcount_min: Some(120),
            headcount_max: Some(150),
            percent: Some(2.5),
            sources: 2,
            json: json.into(),
        }
    }

    const JSON: &str = r#"{
        "units": [{"name": "cloud", "sources": 2}, {"name": "retail", "sources": 1}],
        "locations": ["Seattle", "Austin, Texas"],
        "reasons": ["restructuring"],
        "severance": [{"name": "16 weeks of pay", "sources": 1}],
        "sources": [
            {"document": "a.txt", "url": null, "type": "warn"},
            {"document": "b.json", "url": "https://example.com/b", "type": "news"},
            {"document": "c.json", "url": "https://example.com/c", "type": "news"}
        ]
    }"#;

    /// Writes the rows and reads them back with the csv reader.
    fn round_trip(rows: Vec<EventRow>) -> (Vec<String>, Vec<Vec<String>>) {
        let mut out = Vec::new();
        write_events_csv(&mut out, rows).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let header = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        let records = reader
            .records()
            .map(|r| r.unwrap().iter().map(str::to_owned).collect())
            .collect();
        (header, records)
    }

    #[test]
    fn a_record_has_a_cell_for_each_column() {
        assert_eq!(
            EVENT_CSV_HEADER.len(),
            event_csv_record(&row("Acme", JSON)).len()
        );
        assert_eq!(
            EVENT_CSV_HEADER.len(),
            event_csv_record(&row("Acme", "{}")).len()
        );
        assert_eq!(
            EVENT_CSV_HEADER.len(),
            event_csv_record(&row("Acme", "not json")).len()
        );
    }

    #[test]
    fn the_cells_come_from_the_columns_and_the_event_json() {
        let (header, records) = round_trip(vec![row("Acme", JSON)]);
        let cell = |name: &str| {
            let i = header.iter().position(|h| h == name).unwrap();
            records[0][i].clone()
        };
        assert_eq!(header, EVENT_CSV_HEADER);
        assert_eq!(cell("company"), "Acme");
        assert_eq!(cell("parent"), "Parent Co");
        assert_eq!(cell("earliest"), "2025-03-03");
        assert_eq!(cell("precision"), "day");
        assert_eq!(
            (cell("headcount_min"), cell("headcount_max")),
            ("120".into(), "150".into())
        );
        assert_eq!(cell("percent"), "2.5");
        assert_eq!(cell("source_types"), "news; warn");
        assert_eq!(cell("url"), "https://example.com/b");
        assert_eq!(cell("locations"), "Seattle; Austin, Texas");
        assert_eq!(cell("units"), "cloud; retail");
        assert_eq!(cell("reasons"), "restructuring");
        assert_eq!(cell("severance"), "16 weeks of pay");
    }

    #[test]
    fn formulas_are_neutralised() {
        for (cell, safe) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("@SUM(1)", "'@SUM(1)"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Acme", "Acme"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(neutralise(cell), safe, "{cell:?}");
        }
        let (_, records) = round_trip(vec![row("=HYPERLINK(\"x\")", JSON), row("@SUM(1)", JSON)]);
        assert_eq!(records[0][1], "'=HYPERLINK(\"x\")");
        assert_eq!(records[1][1], "'@SUM(1)");
    }

    /// A sink whose reader has gone, as a closed pipe.
    struct Closed;

    impl io::Write for Closed {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_is_reported_as_one() {
        let rows = std::iter::repeat_with(|| row("Acme", JSON)).take(1000);
        let e = write_events_csv(Closed, rows).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
    }

    #[test]
    fn quotes_commas_and_newlines_survive_a_round_trip() {
        let name = "Acme, \"the\" Corp\nof Ohio";
        let (_, records) = round_trip(vec![row(name, JSON), row("Plain", "{}")]);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0][1], name);
        assert_eq!(records[0], event_csv_record(&row(name, JSON)));
        assert_eq!(records[1][1], "Plain");
        assert_eq!(records[1][12], "");
    }
}
