//! What each view shows, loaded from the store once and rendered as HTML, JSON or CSV.

use crate::app::{App, AppError};
use crate::query::Query;
use chrono::NaiveDate;
use headcount_store::{
    CompanyLookup, Counts, EventDetail, EventFilter, EventRow, Facet, MonthTotal, SearchResults,
    SourceCount, SqliteStore, Store,
};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Values shown per facet.
pub const FACET_VALUES: usize = 12;

/// Values of a facet (or companies) with their counts, most first.
pub type Counted = Vec<(String, u64)>;

/// Companies cutting in a window of days, and the window.
pub struct Cutting {
    pub companies: Counted,
    pub window: Option<(NaiveDate, NaiveDate)>,
}

/// One page of a listing, with the facet counts of the whole listing.
pub struct Listing {
    pub query: Query,
    pub total: u64,
    pub events: Vec<EventRow>,
    pub facets: Vec<(Facet, Arc<Counted>)>,
}

pub fn listing(app: &App, store: &SqliteStore, query: Query) -> Result<Listing, AppError> {
    let filter = query.filter();
    // Counts do not depend on order or page: one cache entry serves them all.
    let unpaged = Query {
        sort: Default::default(),
        page: 1,
        per_page: crate::query::PER_PAGE,
        ..query.clone()
    }
    .to_query_string();
    let total = *app.cached(store, &format!("total?{unpaged}"), || {
        Ok(store.count_events(&filter)?)
    })?;
    let mut facets = Vec::new();
    for facet in headcount_store::Facet::ALL {
        let counts = app.cached(
            store,
            &format!("facet:{}?{unpaged}", facet.as_str()),
            || Ok(store.facet(&filter, facet, FACET_VALUES)?),
        )?;
        facets.push((facet, counts));
    }
    let events = store.events(&query.page_filter())?;
    Ok(Listing {
        query,
        total,
        events,
        facets,
    })
}

/// The front page: totals, jobs cut per month, the latest rounds, who is cutting.
pub struct Home {
    pub counts: Arc<Counts>,
    pub monthly: Arc<Vec<MonthTotal>>,
    pub latest: Vec<EventRow>,
    /// Companies with rounds in the 90 days up to the newest round on record (not after
    /// today), and that window.
    pub cutting: Arc<Cutting>,
    pub sources: Arc<Vec<SourceCount>>,
}

/// Rounds shown on the front page.
pub const LATEST: usize = 15;

pub fn home(app: &App, store: &SqliteStore, today: NaiveDate) -> Result<Home, AppError> {
    let counts = app.cached(store, "counts", || Ok(store.counts()?))?;
    let monthly = app.cached(store, "monthly", || {
        Ok(store.monthly(&EventFilter::default())?)
    })?;
    let sources = app.cached(store, "sources", || Ok(store.source_counts()?))?;
    let latest = store.events(&EventFilter {
        until: Some(today),
        limit: Some(LATEST),
        ..EventFilter::default()
    })?;
    let cutting = app.cached(store, &format!("cutting:{today}"), || {
        let newest = store
            .events(&EventFilter {
                until: Some(today),
                kind: Some("layoff".into()),
                limit: Some(1),
                ..EventFilter::default()
            })?
            .first()
            .and_then(|e| e.date.as_ref().map(|d| d.1.min(today)));
        let Some(end) = newest else {
            return Ok(Cutting {
                companies: Vec::new(),
                window: None,
            });
        };
        let start = end - chrono::Days::new(90);
        let names = store.facet(
            &EventFilter {
                since: Some(start),
                until: Some(end),
                kind: Some("layoff".into()),
                ..EventFilter::default()
            },
            Facet::Company,
            FACET_VALUES,
        )?;
        Ok(Cutting {
            companies: names,
            window: Some((start, end)),
        })
    })?;
    Ok(Home {
        counts,
        monthly,
        latest,
        cutting,
        sources,
    })
}

/// An event by id: the event, or where an older id leads now.
pub enum EventLookup {
    Found(Box<EventDetail>),
    /// The id asked for is an older id of this event.
    Moved {
        to: String,
    },
}

pub fn event(store: &SqliteStore, id: &str) -> Result<EventLookup, AppError> {
    match store.event(id)? {
        None => Err(AppError::not_found(format!(
            "no event with id {id:?}; /events lists them"
        ))),
        Some(d) if d.asked_for.is_some() => Ok(EventLookup::Moved {
            to: d.event.id.clone(),
        }),
        Some(d) => Ok(EventLookup::Found(Box::new(d))),
    }
}

/// Why an older id leads to `current`, when `from` is one of its older ids.
pub fn moved_reason(
    store: &SqliteStore,
    from: &str,
    current: &str,
) -> Result<Option<String>, AppError> {
    Ok(store.event(from)?.and_then(|d| {
        d.asked_for
            .filter(|_| d.event.id == current)
            .map(|(_, reason)| reason)
    }))
}

pub struct CompanyPage {
    pub company: String,
    pub events: Vec<EventRow>,
}

pub fn company(store: &SqliteStore, name: &str) -> Result<CompanyPage, AppError> {
    match store.company(name)? {
        CompanyLookup::Found { company, events } => Ok(CompanyPage { company, events }),
        CompanyLookup::NotFound { suggestions } => {
            Err(AppError::not_found(if suggestions.is_empty() {
                format!("no company named {name:?}")
            } else {
                format!(
                    "no company named {name:?}; did you mean {}?",
                    suggestions.join(", ")
                )
            }))
        }
    }
}

/// Results per search.
pub const SEARCH_RESULTS: usize = 50;

pub fn search(store: &SqliteStore, q: &str) -> Result<SearchResults, AppError> {
    if q.len() > 500 {
        return Err(AppError::bad_request("q is longer than 500 characters"));
    }
    Ok(store.search(q, SEARCH_RESULTS)?)
}

/// The event JSON of a row (the contract of SPEC.md), as stored.
pub fn event_value(e: &EventRow) -> Value {
    serde_json::from_str(&e.json).unwrap_or_else(|_| json!({"id": e.id}))
}

/// A facet value and how many events have it.
#[derive(serde::Serialize)]
pub struct FacetCount<'a> {
    value: &'a str,
    count: u64,
}

/// The JSON of a listing page. The events are written as stored (the event JSON of
/// SPEC.md), not parsed and written again: a page of 50 costs a fifth of the CPU.
#[derive(serde::Serialize)]
pub struct ListingJson<'a> {
    total: u64,
    page: usize,
    per_page: usize,
    next: Option<String>,
    events: Vec<&'a serde_json::value::RawValue>,
    facets: BTreeMap<&'static str, Vec<FacetCount<'a>>>,
}

pub fn listing_json(l: &Listing) -> ListingJson<'_> {
    let facets = l
        .facets
        .iter()
        .map(|(f, counts)| {
            (
                f.as_str(),
                counts
                    .iter()
                    .map(|(v, n)| FacetCount {
                        value: v,
                        count: *n,
                    })
                    .collect(),
            )
        })
        .collect();
    let pages = l.total.div_ceil(l.query.per_page as u64).max(1);
    ListingJson {
        total: l.total,
        page: l.query.page,
        per_page: l.query.per_page,
        next: ((l.query.page as u64) < pages)
            .then(|| l.query.at_page(l.query.page + 1).url("/events.json")),
        // The store wrote this JSON; a row that is somehow not JSON is left out rather
        // than breaking the page.
        events: l
            .events
            .iter()
            .filter_map(|e| serde_json::from_str::<&serde_json::value::RawValue>(&e.json).ok())
            .collect(),
        facets,
    }
}

pub fn detail_json(d: &EventDetail) -> Value {
    let members: Vec<Value> = d
        .members
        .iter()
        .map(|m| {
            let c = &m.claim;
            let words = headcount_store::marks::field_words(c);
            json!({
                "type": c.source_type.as_str(),
                "document": c.doc_path,
                "title": c.doc_title,
                "url": c.doc_url,
                "outlet": c.doc_outlet,
                "published": c.published,
                "claim": {
                    "kind": c.kind.as_str(),
                    "company": c.company,
                    "date": c.date.map(|s| json!({"earliest": s.earliest, "latest": s.latest, "label": s.label()})),
                    "date_text": (!c.date_text.is_empty()).then_some(&c.date_text),
                    "headcount_text": c.headcount_text,
                    "headcount": (c.min.is_some() || c.max.is_some()).then(|| json!({"min": c.min, "max": c.max})),
                    "percent": c.percent,
                },
                "why_joined": m.reason,
                "evidence": m.evidence.iter().map(|e| json!({
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "fields": e.fields,
                    "marks": headcount_store::marks::marks(&e.text, &words).iter().map(|k| json!({
                        "start": k.start, "end": k.end, "field": k.field,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "event": event_value(&d.event),
        "sources": members,
        "merge_log": d.log.iter().map(|l| json!({
            "logged_at": l.logged_at, "event_id": l.event_id, "action": l.action, "detail": l.detail,
        })).collect::<Vec<_>>(),
    })
}

pub fn company_json(p: &CompanyPage, today: NaiveDate) -> Value {
    let profile = headcount_store::profile::Profile::of(&p.events, today);
    let tallies = |t: &[headcount_store::profile::Tally]| -> Vec<Value> {
        t.iter()
            .map(|t| json!({"name": t.name, "sources": t.sources, "events": t.events}))
            .collect()
    };
    json!({
        "company": p.company,
        "last_round": profile.last.map(|(e, r)| json!({"id": e.id, "recency": r.describe()})),
        "rounds": profile.cuts.len(),
        "units": tallies(&profile.units),
        "locations": tallies(&profile.locations),
        "severance": tallies(&profile.severance),
        "still_hiring": tallies(&profile.hiring_areas),
        "hiring_events": profile.hiring.iter().map(|e| &e.id).collect::<Vec<_>>(),
        "running_totals": profile.totals.iter().map(|e| &e.id).collect::<Vec<_>>(),
        "events": p.events.iter().map(event_value).collect::<Vec<_>>(),
    })
}

pub fn search_json(q: &str, r: &SearchResults) -> Value {
    json!({
        "q": q,
        "companies": r.companies.iter().map(|(c, n)| json!({"company": c, "events": n})).collect::<Vec<_>>(),
        "documents": r.documents.iter().map(|d| json!({
            "document": d.path,
            "title": d.title,
            "url": d.url,
            "published": d.published,
            "snippet": d.snippet.replace(['\u{2}', '\u{3}'], ""),
            "events": d.events.iter().map(|(id, c)| json!({"id": id, "company": c})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

pub fn home_json(h: &Home) -> Value {
    json!({
        "documents": h.counts.documents,
        "claims": h.counts.claims,
        "events": h.counts.events,
        "jobs_cut_per_month": h.monthly.iter().map(|m| json!({
            "month": m.month, "rounds": m.rounds, "with_figure": m.with_figure, "min": m.min, "max": m.max,
        })).collect::<Vec<_>>(),
        "latest": h.latest.iter().map(event_value).collect::<Vec<_>>(),
        "cutting": {
            "from": h.cutting.window.map(|w| w.0),
            "to": h.cutting.window.map(|w| w.1),
            "companies": h.cutting.companies.iter().map(|(c, n)| json!({"company": c, "rounds": n})).collect::<Vec<_>>(),
        },
        "sources": h.sources.iter().map(|s| json!({
            "type": s.source_type, "documents": s.documents, "with_claims": s.with_claims,
        })).collect::<Vec<_>>(),
    })
}
