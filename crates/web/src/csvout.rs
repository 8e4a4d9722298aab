//! The `.csv` of each view, written with the `csv` crate; every cell passes through
//! [`neutralise`] so that a spreadsheet never reads a cell as a formula.

use crate::data::Home;
use headcount_store::export::{neutralise, EventCsv};
use headcount_store::{EventDetail, EventRow, SearchResults};
use std::io;

/// Events as the CLI's `events --csv` writes them.
pub fn events<'a>(rows: impl IntoIterator<Item = &'a EventRow>) -> io::Result<Vec<u8>> {
    let mut csv = EventCsv::new(Vec::new())?;
    for e in rows {
        csv.write(e)?;
    }
    csv.finish()
}

/// A table of plain cells, each neutralised.
fn table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> io::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header)?;
    for row in rows {
        w.write_record(row.iter().map(|c| neutralise(c).into_owned()))?;
    }
    w.into_inner()
        .map_err(|e| io::Error::new(e.error().kind(), e.error().to_string()))
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// One row per evidence sentence of each source: what the event rests on.
pub fn event(d: &EventDetail) -> io::Result<Vec<u8>> {
    let mut rows = Vec::new();
    for m in &d.members {
        let c = &m.claim;
        for ev in &m.evidence {
            rows.push(vec![
                d.event.id.clone(),
                c.source_type.as_str().to_owned(),
                c.doc_path.clone(),
                opt(c.doc_title.as_ref()),
                opt(c.doc_url.as_ref()),
                opt(c.published),
                c.kind.as_str().to_owned(),
                c.company.clone(),
                opt(c.headcount_text.as_ref()),
                opt(c.min),
                opt(c.max),
                c.date_text.clone(),
                ev.start.to_string(),
                ev.end.to_string(),
                ev.fields.join(";"),
                ev.text.clone(),
            ]);
        }
    }
    table(
        &[
            "event_id",
            "source_type",
            "document",
            "title",
            "url",
            "published",
            "kind",
            "company",
            "headcount_text",
            "headcount_min",
            "headcount_max",
            "date_text",
            "start",
            "end",
            "fields",
            "sentence",
        ],
        rows,
    )
}

pub fn home(h: &Home) -> io::Result<Vec<u8>> {
    table(
        &["month", "rounds", "with_figure", "jobs_min", "jobs_max"],
        h.monthly.iter().map(|m| {
            vec![
                m.month.clone(),
                m.rounds.to_string(),
                m.with_figure.to_string(),
                m.min.to_string(),
                m.max.to_string(),
            ]
        }),
    )
}

pub fn search(r: &SearchResults) -> io::Result<Vec<u8>> {
    table(
        &["document", "title", "url", "published", "events", "snippet"],
        r.documents.iter().map(|d| {
            vec![
                d.path.clone(),
                opt(d.title.as_ref()),
                opt(d.url.as_ref()),
                opt(d.published),
                d.events
                    .iter()
                    .map(|(id, _)| id.as_str())
                    .collect::<Vec<_>>()
                    .join(";"),
                d.snippet.replace(['\u{2}', '\u{3}'], ""),
            ]
        }),
    )
}
