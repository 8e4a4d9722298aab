//! The read commands: `events` (a listing as a table, JSON Lines or CSV), `show` (one
//! event with every source, its evidence and the merge log) and `company` (one
//! company's history: is it cutting now, which teams, what it means for me).

use crate::extract_cmd::truncate;
use headcount_store::export::EventCsv;
use headcount_store::profile::Profile;
use headcount_store::{CompanyLookup, EventDetail, EventFilter, EventRow, Member, Store};
use serde_json::Value;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::process::ExitCode;

/// How `events` prints.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
}

fn finish(r: io::Result<()>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("headcount: writing output: {e}");
            ExitCode::from(3)
        }
    }
}

fn store_failed(e: headcount_store::StoreError) -> ExitCode {
    eprintln!("headcount: {e}");
    ExitCode::from(3)
}

/// Hands each listed event to `each` as it is read from the database, so a large listing
/// is never held whole. A write error (a closed pipe) stops the listing and is what is
/// reported, not the store's wrapping of it.
fn stream_events(
    store: &dyn Store,
    filter: &EventFilter,
    each: &mut dyn FnMut(EventRow) -> io::Result<()>,
) -> Result<(), ExitCode> {
    let mut write_error = None;
    let listed = store.each_event(filter, &mut |e| {
        each(e).inspect_err(|err| {
            write_error = Some(io::Error::new(err.kind(), err.to_string()));
        })
    });
    if let Some(e) = write_error {
        return Err(finish(Err(e)));
    }
    listed.map_err(store_failed)
}

pub fn events(store: &dyn Store, filter: &EventFilter, format: Format, style: &Style) -> ExitCode {
    match format {
        Format::Json => {
            let out = io::stdout();
            let mut out = io::BufWriter::new(out.lock());
            if let Err(code) = stream_events(store, filter, &mut |e| writeln!(out, "{}", e.json)) {
                return code;
            }
            return finish(out.flush());
        }
        Format::Csv => {
            // The csv writer buffers on its own.
            let mut csv = match EventCsv::new(io::stdout().lock()) {
                Ok(c) => c,
                Err(e) => return finish(Err(e)),
            };
            if let Err(code) = stream_events(store, filter, &mut |e| csv.write(&e)) {
                return code;
            }
            return finish(csv.finish().and_then(|mut out| out.flush()));
        }
        Format::Table => {}
    }
    let rows = match store.events(filter) {
        Ok(r) => r,
        Err(e) => return store_failed(e),
    };
    if rows.is_empty() {
        if let Some(name) = &filter.company {
            if let Ok(CompanyLookup::NotFound { suggestions }) = store.company(name) {
                eprintln!("{}", not_found(name, &suggestions));
                return ExitCode::from(1);
            }
        }
    }
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    finish(write_table(&mut out, &rows, style).and_then(|_| out.flush()))
}

fn not_found(name: &str, suggestions: &[String]) -> String {
    match suggestions {
        [] => format!("headcount: no company named \"{name}\" in the database"),
        [one] => format!("headcount: no company named \"{name}\"; did you mean \"{one}\"?"),
        many => format!(
            "headcount: no company named \"{name}\"; did you mean one of: {}?",
            many.iter()
                .map(|s| format!("\"{s}\""))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn date_label(e: &EventRow) -> String {
    match &e.date {
        Some((a, b, _)) if a == b => a.to_string(),
        Some((a, b, p)) => format!("{a}..{b} ({p})"),
        None => "undated".into(),
    }
}

fn headcount_label(e: &EventRow) -> String {
    headcount_store::range_label(e.headcount_min, e.headcount_max).unwrap_or_else(|| "-".into())
}

/// An event's sources by type, with its WARN sites: `news 1, tracker 2, warn 2 (Emeryville, CA)`.
pub fn sources_by_type(json: &Value) -> String {
    let sources = json["sources"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut sites: Vec<String> = Vec::new();
    for s in sources {
        *counts
            .entry(s["type"].as_str().unwrap_or("news"))
            .or_default() += 1;
        if let Some(place) = site_label(&s["site"]) {
            if !sites.contains(&place) {
                sites.push(place);
            }
        }
    }
    let mut out = counts
        .iter()
        .map(|(t, n)| format!("{t} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    if !sites.is_empty() {
        let more = sites.len().saturating_sub(3);
        let mut shown = sites.into_iter().take(3).collect::<Vec<_>>().join("; ");
        if more > 0 {
            shown.push_str(&format!("; +{more}"));
        }
        out.push_str(&format!(" ({shown})"));
    }
    out
}

/// A WARN site as shown: `Emeryville, Alameda County, CA`; `None` when there is no site.
fn site_label(site: &Value) -> Option<String> {
    let parts: Vec<&str> = ["city", "county", "state"]
        .iter()
        .filter_map(|k| site[*k].as_str())
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

fn write_table(out: &mut impl Write, rows: &[EventRow], style: &Style) -> io::Result<()> {
    let header = format!(
        "{:<20}  {:<26} {:<10} {:<32} {:>12} {:>6} {:>7}  by type",
        "id", "company", "kind", "date", "headcount", "%", "sources"
    );
    writeln!(out, "{}", style.bold(&header))?;
    for e in rows {
        let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
        writeln!(
            out,
            "{:<20}  {:<26} {:<10} {:<32} {:>12} {:>6} {:>7}  {}",
            e.id,
            truncate(&e.company, 26),
            e.kind,
            date_label(e),
            headcount_label(e),
            e.percent
                .map(|p| format!("{p}%"))
                .unwrap_or_else(|| "-".into()),
            e.sources,
            sources_by_type(&json)
        )?;
    }
    writeln!(out, "{} events", rows.len())
}

/// Terminal styling: bold, dim and highlighted words when on, plain text (with `[marks]`
/// around highlighted words) when off. `main` decides from `--color` and `NO_COLOR`.
pub struct Style {
    on: bool,
}

impl Style {
    pub fn new(on: bool) -> Style {
        Style { on }
    }
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    /// The sentence with the words each field came from marked.
    fn highlight(&self, sentence: &str, words: &[&str]) -> String {
        let mut marks: Vec<(usize, usize)> = Vec::new();
        for w in words.iter().filter(|w| w.len() > 1) {
            let mut from = 0;
            while let Some(i) = sentence[from..].find(w) {
                let start = from + i;
                marks.push((start, start + w.len()));
                from = start + w.len();
            }
        }
        marks.sort();
        let mut out = String::new();
        let mut at = 0;
        for (a, b) in marks {
            if a < at {
                continue;
            }
            out.push_str(&sentence[at..a]);
            out.push_str(&if self.on {
                self.paint("1;33", &sentence[a..b])
            } else {
                format!("[{}]", &sentence[a..b])
            });
            at = b;
        }
        out.push_str(&sentence[at..]);
        out
    }
}

/// How many of a list to print: `None` prints all of it.
pub type Limit = Option<usize>;

/// The first `limit` items of a list, and how many are left out.
fn first<T>(items: &[T], limit: Limit) -> (&[T], usize) {
    let n = limit.map_or(items.len(), |l| l.min(items.len()));
    (&items[..n], items.len() - n)
}

/// The last `limit` items of a list, and how many are left out before them.
fn last<T>(items: &[T], limit: Limit) -> (&[T], usize) {
    let n = limit.map_or(items.len(), |l| l.min(items.len()));
    (&items[items.len() - n..], items.len() - n)
}

/// `show`: one event with at most `sources` of its sources and of its merge log entries
/// (an event may have thousands of both).
pub fn show(store: &dyn Store, id: &str, sources: Limit, style: &Style) -> ExitCode {
    let detail = match store.event(id) {
        Ok(Some(d)) => d,
        Ok(None) => {
            eprintln!(
                "headcount: no event with id \"{id}\"; `headcount events` lists them (ids start with evt_)"
            );
            return ExitCode::from(1);
        }
        Err(e) => return store_failed(e),
    };
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    finish(write_detail(&mut out, &detail, sources, style).and_then(|_| out.flush()))
}

fn write_detail(
    out: &mut impl Write,
    d: &EventDetail,
    limit: Limit,
    style: &Style,
) -> io::Result<()> {
    let e = &d.event;
    let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
    if let Some((old, reason)) = &d.asked_for {
        writeln!(
            out,
            "{}",
            style.dim(&format!("{old} now leads here: {reason}"))
        )?;
    }
    let parent = e
        .parent
        .as_ref()
        .map(|p| format!(" (part of {p})"))
        .unwrap_or_default();
    writeln!(
        out,
        "{}  {}{}",
        style.bold(&e.id),
        style.bold(&e.company),
        parent
    )?;
    writeln!(out, "  kind:       {}", e.kind)?;
    writeln!(out, "  date:       {}", date_label(e))?;
    writeln!(out, "  headcount:  {}", headcount_label(e))?;
    let official = &json["official"];
    if official.is_object() {
        writeln!(
            out,
            "  official:   {} from {} WARN notice(s) ({} counted; {})",
            official["headcount"]
                .as_u64()
                .map_or("no count".to_owned(), |n| n.to_string()),
            official["notices"].as_u64().unwrap_or(0),
            official["counted"].as_u64().unwrap_or(0),
            official["states"]
                .as_array()
                .map(|a| a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(", "))
                .unwrap_or_default()
        )?;
    }
    if let Some(p) = e.percent {
        writeln!(out, "  percent:    {p}%")?;
    }
    let list = |field: &str| -> Vec<String> {
        headcount_store::named_values(&json, field)
            .into_iter()
            .map(|(name, sources)| match sources {
                Some(s) => format!("{name} ({s})"),
                None => name.to_owned(),
            })
            .collect()
    };
    for (field, label) in [
        ("units", "units"),
        ("locations", "locations"),
        ("reasons", "reasons"),
        ("severance", "severance"),
    ] {
        let items = list(field);
        if !items.is_empty() {
            writeln!(out, "  {:<11} {}", format!("{label}:"), items.join("; "))?;
        }
    }
    if let Some(cs) = json["contradictions"].as_array().filter(|a| !a.is_empty()) {
        writeln!(out, "  sources disagree:")?;
        for c in cs {
            writeln!(
                out,
                "    {}: {}",
                c["field"].as_str().unwrap_or_default(),
                c["detail"].as_str().unwrap_or_default()
            )?;
        }
    }
    writeln!(
        out,
        "\n{} sources: {}",
        d.members.len(),
        sources_by_type(&json)
    )?;
    let (members, more) = first(&d.members, limit);
    for m in members {
        write_member(out, m, style)?;
    }
    if more > 0 {
        writeln!(
            out,
            "\n  … and {more} more sources (show --sources 0 for all)"
        )?;
    }
    if !d.log.is_empty() {
        writeln!(out, "\nmerge log")?;
        // The latest entries say how the event came to be as it is now.
        let (log, earlier) = last(&d.log, limit);
        if earlier > 0 {
            writeln!(
                out,
                "  … {earlier} earlier entries (show --sources 0 for all)"
            )?;
        }
        for l in log {
            writeln!(
                out,
                "  {} {:<10} {}: {}",
                l.logged_at, l.action, l.event_id, l.detail
            )?;
        }
    }
    Ok(())
}

fn write_member(out: &mut impl Write, m: &Member, style: &Style) -> io::Result<()> {
    let c = &m.claim;
    let published = c
        .published
        .map(|d| d.to_string())
        .unwrap_or_else(|| "undated".into());
    writeln!(
        out,
        "\n  [{}] {}  {}  {}",
        c.source_type.as_str(),
        style.bold(&c.doc_path),
        published,
        c.doc_outlet.as_deref().unwrap_or("")
    )?;
    if let Some(r) = &c.record {
        let mut site = vec![format!("site: {}", r.place())];
        if let Some(a) = &r.address {
            site.push(a.clone());
        }
        if let Some(n) = r.notice_date {
            site.push(format!("notice {n}"));
        }
        if let Some(e) = r.effective_date {
            site.push(format!("effective {e}"));
        }
        if c.source_type == headcount_store::SourceType::Warn {
            writeln!(out, "    {}", site.join(" · "))?;
        }
    }
    // The url beside the title, or alone under the document when it has no title.
    let url = c.doc_url.as_deref().filter(|u| !u.is_empty());
    match (&c.doc_title, url) {
        (Some(t), Some(u)) => writeln!(out, "    {}  {}", truncate(t, 100), style.dim(u))?,
        (Some(t), None) => writeln!(out, "    {}", truncate(t, 100))?,
        (None, Some(u)) => writeln!(out, "    {}", style.dim(u))?,
        (None, None) => {}
    }
    let date = c
        .date
        .map(|d| {
            if c.date_text.is_empty() {
                format!("{} (publication date)", d.label())
            } else {
                format!("{} \"{}\"", d.label(), c.date_text)
            }
        })
        .unwrap_or_else(|| "-".into());
    writeln!(
        out,
        "    says: {} {} · {} · {}{}",
        c.kind.as_str(),
        c.company,
        date,
        c.headcount_label().unwrap_or_else(|| "no figure".into()),
        c.percent.map(|p| format!(" · {p}%")).unwrap_or_default()
    )?;
    writeln!(out, "    {}", style.dim(&format!("why here: {}", m.reason)))?;
    let mut words: Vec<&str> = vec![c.company.as_str()];
    words.extend(c.headcount_text.as_deref());
    if !c.date_text.is_empty() {
        words.push(&c.date_text);
    }
    for ev in &m.evidence {
        writeln!(
            out,
            "    {} {}",
            style.dim(&format!(
                "[{}..{}] {}:",
                ev.start,
                ev.end,
                ev.fields.join(",")
            )),
            style.highlight(&ev.text, &words)
        )?;
    }
    Ok(())
}

/// `company`: one company's history, with at most `sources` sources under each round.
pub fn company(
    store: &dyn Store,
    name: &str,
    today: chrono::NaiveDate,
    sources: Limit,
    style: &Style,
) -> ExitCode {
    let (company, events) = match store.company(name) {
        Ok(CompanyLookup::Found { company, events }) => (company, events),
        Ok(CompanyLookup::NotFound { suggestions }) => {
            eprintln!("{}", not_found(name, &suggestions));
            return ExitCode::from(1);
        }
        Err(e) => return store_failed(e),
    };
    let out = io::stdout();
    let mut out = io::BufWriter::new(out.lock());
    finish(
        write_company(&mut out, &company, &events, today, sources, style).and_then(|_| out.flush()),
    )
}

/// A round's sources under its timeline row: type, title (or document) and url.
fn write_round_sources(
    out: &mut impl Write,
    id: &str,
    json: &Value,
    limit: Limit,
    style: &Style,
) -> io::Result<()> {
    let sources = json["sources"].as_array().map(Vec::as_slice).unwrap_or(&[]);
    let (shown, more) = first(sources, limit);
    for s in shown {
        let name = s["title"]
            .as_str()
            .or(s["document"].as_str())
            .unwrap_or_default();
        let url = s["url"].as_str().filter(|u| !u.is_empty());
        writeln!(
            out,
            "      [{}] {}{}",
            s["type"].as_str().unwrap_or("news"),
            truncate(name, 80),
            url.map(|u| format!("  {}", style.dim(u)))
                .unwrap_or_default()
        )?;
    }
    if more > 0 {
        writeln!(
            out,
            "      … and {more} more sources (show {id} --sources 0 for all)"
        )?;
    }
    Ok(())
}

fn write_company(
    out: &mut impl Write,
    company: &str,
    events: &[EventRow],
    today: chrono::NaiveDate,
    sources: Limit,
    style: &Style,
) -> io::Result<()> {
    let profile = Profile::of(events, today);
    writeln!(out, "{}", style.bold(company))?;
    // Is it cutting now? The most recent dated round, and how long ago it was.
    match profile.last {
        Some((e, recency)) => writeln!(
            out,
            "  last round: {} ({}), {}; {} round(s) on record",
            date_label(e),
            headcount_label(e),
            recency.describe(),
            profile.cuts.len()
        )?,
        None => writeln!(
            out,
            "  {} round(s) on record, none dated",
            profile.cuts.len()
        )?,
    }
    writeln!(out, "\n  timeline (newest first)")?;
    for e in &profile.cuts {
        let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
        let who = if e.company != company {
            format!("  [{}]", e.company)
        } else {
            String::new()
        };
        writeln!(
            out,
            "    {:<32} {:<8} {:>12} {:>6}  {} source(s)  {}{}  {}",
            date_label(e),
            e.kind,
            headcount_label(e),
            e.percent.map(|p| format!("{p}%")).unwrap_or_default(),
            e.sources,
            e.id,
            who,
            sources_by_type(&json)
        )?;
        write_round_sources(out, &e.id, &json, sources, style)?;
    }
    if !profile.units.is_empty() {
        writeln!(out, "\n  teams and units hit (sources naming each)")?;
        for t in profile.units.iter().take(15) {
            writeln!(out, "    {} ({})", t.name, t.sources)?;
        }
    }
    if !profile.severance.is_empty() {
        writeln!(out, "\n  severance reported")?;
        for t in &profile.severance {
            writeln!(out, "    {} ({})", t.name, t.sources)?;
        }
    }
    if !profile.hiring.is_empty() {
        writeln!(out, "\n  still hiring")?;
        if profile.hiring_areas.is_empty() {
            writeln!(
                out,
                "    reported in {} event(s), areas not named",
                profile.hiring.len()
            )?;
        }
        for t in &profile.hiring_areas {
            writeln!(out, "    {} ({})", t.name, t.sources)?;
        }
    }
    if !profile.totals.is_empty() {
        writeln!(out, "\n  running totals reported (not added to the rounds)")?;
        for e in &profile.totals {
            writeln!(
                out,
                "    {} {}  {}",
                date_label(e),
                headcount_label(e),
                e.id
            )?;
        }
    }
    Ok(())
}
