//! The HTML pages, rendered on the server (maud escapes every value it prints). No page
//! needs JavaScript: filters are links, search is a GET form, charts are SVG.

use crate::charts;
use crate::data::{CompanyPage, Home, Listing};
use crate::query::{encode, Query};
use chrono::NaiveDate;
use headcount_store::marks::{field_words, marks};
use headcount_store::profile::{Profile, Tally};
use headcount_store::{EventDetail, EventRow, Member, SearchResults, Sort};
use maud::{html, Markup, DOCTYPE};
use serde_json::Value;

/// `1234567` → `1,234,567`.
pub fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The headcount in words: "200 to 999 jobs", "about 1,000 jobs", "no figure".
pub fn headcount_words(e: &EventRow) -> String {
    match (e.headcount_min, e.headcount_max) {
        (Some(a), Some(b)) if a == b => format!("{} jobs", thousands(a)),
        (Some(a), Some(b)) => format!("{} to {} jobs", thousands(a), thousands(b)),
        (Some(a), None) => format!("at least {} jobs", thousands(a)),
        (None, Some(b)) => format!("up to {} jobs", thousands(b)),
        (None, None) => match e.percent {
            Some(p) => format!("{p}% of staff"),
            None => "no figure".into(),
        },
    }
}

/// The headcount as an interval: `[200, 999]`.
pub fn headcount_interval(e: &EventRow) -> String {
    let end = |n: Option<u64>| n.map(thousands).unwrap_or_else(|| "?".into());
    match (e.headcount_min, e.headcount_max) {
        (None, None) => "—".into(),
        (a, b) => format!("[{}, {}]", end(a), end(b)),
    }
}

pub fn date_words(e: &EventRow) -> String {
    match &e.date {
        None => "undated".into(),
        Some((a, b, p)) if a == b => format!("{a} ({p})"),
        Some((a, b, p)) => format!("{a} to {b} ({p})"),
    }
}

fn event_url(id: &str) -> String {
    format!("/events/{}", encode(id))
}

pub fn company_url(name: &str) -> String {
    format!("/companies/{}", encode(name))
}

/// Every page: the header, the search box and the footer around `body`.
pub fn layout(title: &str, alternates: &[(&str, String)], body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · headcount" }
                link rel="stylesheet" href="/static/style.css";
                link rel="icon" href="/static/favicon.svg" type="image/svg+xml";
                @for (kind, href) in alternates {
                    @match *kind {
                        "json" => link rel="alternate" type="application/json" href=(href);,
                        "csv" => link rel="alternate" type="text/csv" href=(href);,
                        _ => link rel="alternate" type="application/atom+xml" title=(title) href=(href);,
                    }
                }
            }
            body {
                header.site {
                    a.brand href="/" { "headcount" }
                    nav {
                        a href="/events" { "Events" }
                        a href="/api/v1/openapi.json" { "API" }
                    }
                    form.search action="/search" method="get" role="search" {
                        input type="search" name="q" placeholder="Company or words in articles"
                            aria-label="Search" maxlength="500";
                        button type="submit" { "Search" }
                    }
                }
                main { (body) }
                footer {
                    "Every figure links to the sentence it came from. "
                    @if !alternates.is_empty() {
                        "This page as "
                        @for (i, (kind, href)) in alternates.iter().enumerate() {
                            @if i > 0 { ", " }
                            a href=(href) { (kind.to_uppercase()) }
                        }
                        "."
                    }
                }
            }
        }
    }
}

fn kind_badge(kind: &str) -> Markup {
    html! { span class=(format!("kind {kind}")) { (kind) } }
}

fn types_of(e: &EventRow) -> String {
    let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
    headcount_store::source_types_in(&json).join(", ")
}

/// A table of events: date, company, kind, headcount, sources.
fn events_table<'a>(events: impl IntoIterator<Item = &'a EventRow>) -> Markup {
    html! {
        table.events {
            thead { tr {
                th { "Date" } th { "Company" } th { "Kind" } th.num { "Headcount" }
                th.num { "%" } th.num { "Sources" } th { "Event" }
            } }
            tbody {
                @for e in events {
                    tr {
                        td { (date_words(e)) }
                        td {
                            a href=(company_url(&e.company)) { (e.company) }
                            @if let Some(p) = &e.parent { span.parent { " (" (p) ")" } }
                        }
                        td { (kind_badge(&e.kind)) }
                        td.num title=(headcount_interval(e)) { (headcount_words(e)) }
                        td.num { @if let Some(p) = e.percent { (p) "%" } }
                        td.num { (e.sources) " " span.types { (types_of(e)) } }
                        td { a href=(event_url(&e.id)) { (e.id) } }
                    }
                }
            }
        }
    }
}

pub fn home(h: &Home) -> Markup {
    let body = html! {
        h1 { "Layoffs, round by round" }
        p.lede {
            (thousands(h.counts.events)) " rounds from " (thousands(h.counts.documents))
            " documents (" (thousands(h.counts.claims)) " reports of cuts). "
            "Sources: "
            @for (i, s) in h.sources.iter().enumerate() {
                @if i > 0 { "; " }
                a href=(format!("/events?source={}", encode(&s.source_type))) { (s.source_type) }
                " " (thousands(s.documents)) " (" (thousands(s.with_claims)) " with cuts)"
            }
            "."
        }
        section {
            h2 { "Jobs cut per month" }
            p.note {
                "Layoffs and closures dated to a month or better, by the month they start. "
                "The solid bar sums the lower ends of the reported ranges, the band the upper ends; "
                "plans and running totals are left out, so nothing is counted twice."
            }
            (charts::monthly(&h.monthly))
            details {
                summary { "The figures" }
                table.months {
                    thead { tr { th { "Month" } th.num { "Rounds" } th.num { "With a figure" } th.num { "Jobs (low)" } th.num { "Jobs (high)" } } }
                    tbody {
                        @for m in h.monthly.iter().rev().take(charts::MONTHS) {
                            tr {
                                td { a href=(format!("/events?month={}&kind=layoff", m.month)) { (m.month) } }
                                td.num { (m.rounds) } td.num { (m.with_figure) }
                                td.num { (thousands(m.min)) } td.num { (thousands(m.max)) }
                            }
                        }
                    }
                }
            }
        }
        div.columns {
            section {
                h2 { "Latest rounds" }
                (events_table(&h.latest))
                p { a href="/events" { "All events →" } }
            }
            section.side {
                h2 { "Companies cutting now" }
                @if let Some((from, to)) = h.cutting.window {
                    p.note { "Layoffs dated " (from) " to " (to) ", the 90 days up to the newest one on record." }
                }
                ul.counts {
                    @for (c, n) in &h.cutting.companies {
                        li { a href=(company_url(c)) { (c) } " " span.count { (n) } }
                    }
                }
            }
        }
    };
    layout(
        "Layoffs, round by round",
        &[
            ("json", "/index.json".into()),
            ("csv", "/index.csv".into()),
            ("atom", "/events.atom".into()),
        ],
        body,
    )
}

pub fn listing(l: &Listing) -> Markup {
    let q = &l.query;
    let pages = l.total.div_ceil(q.per_page as u64).max(1) as usize;
    let body = html! {
        h1 { "Events" }
        @if !q.facets.is_empty() || q.state.is_some() {
            p.filters {
                "Filtered by "
                @for (k, v) in &q.facets {
                    a.chip href=(q.with(k, None).url("/events")) title="Remove this filter" {
                        (k) ": " (v) " ×"
                    }
                }
                @if let Some(s) = &q.state { span.chip { "state: " (s) } }
                " " a href="/events" { "clear all" }
            }
        }
        div.columns {
            aside.facets {
                @for (facet, counts) in &l.facets {
                    @if !counts.is_empty() {
                        section.facet {
                            h3 { (facet.as_str()) }
                            ul {
                                @for (v, n) in counts.iter() {
                                    @let active = q.facets.get(facet.as_str()) == Some(v);
                                    li class=[active.then_some("active")] {
                                        @if active {
                                            a href=(q.with(facet.as_str(), None).url("/events")) { (v) " ×" }
                                        } @else {
                                            a href=(q.with(facet.as_str(), Some(v)).url("/events")) { (v) }
                                        }
                                        " " span.count { (thousands(*n)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section.results {
                p.summary {
                    (thousands(l.total)) " events"
                    @if l.total > 0 { ", page " (q.page) " of " (pages) }
                    ". Sort: "
                    @for (i, s) in Sort::ALL.iter().enumerate() {
                        @if i > 0 { " · " }
                        @if *s == q.sort { strong { (s.as_str()) } }
                        @else { a href=(q.sorted(*s).url("/events")) { (s.as_str()) } }
                    }
                }
                (events_table(&l.events))
                nav.pager {
                    @if q.page > 1 { a rel="prev" href=(q.at_page(q.page - 1).url("/events")) { "← previous" } }
                    @if q.page < pages { a rel="next" href=(q.at_page(q.page + 1).url("/events")) { "next →" } }
                }
            }
        }
    };
    let plain = Query {
        page: 1,
        ..q.clone()
    };
    layout(
        "Events",
        &[
            ("json", q.url("/events.json")),
            ("csv", plain.url("/events.csv")),
            ("atom", plain.url("/events.atom")),
        ],
        body,
    )
}

/// A sentence with the words each field came from marked.
fn evidence_sentence(text: &str, m: &Member) -> Markup {
    let words = field_words(&m.claim);
    // The sentence cut into plain runs and marked runs.
    let mut parts: Vec<(&str, Option<&str>)> = Vec::new();
    let mut at = 0;
    for k in marks(text, &words) {
        parts.push((&text[at..k.start], None));
        parts.push((&text[k.start..k.end], Some(k.field)));
        at = k.end;
    }
    parts.push((&text[at..], None));
    html! {
        @for (run, field) in parts {
            @match field {
                Some(f) => mark class=(format!("f-{f}")) title=(f) { (run) },
                None => (run),
            }
        }
    }
}

fn evidence_quote(ev: &headcount_store::EvidenceRow, m: &Member) -> Markup {
    html! {
        blockquote.evidence {
            (evidence_sentence(&ev.text, m))
            footer { "bytes " (ev.start) "–" (ev.end) " · gave " (ev.fields.join(", ")) }
        }
    }
}

pub fn event(d: &EventDetail, moved: Option<(&str, &str)>) -> Markup {
    let e = &d.event;
    let json: Value = serde_json::from_str(&e.json).unwrap_or(Value::Null);
    let words: Vec<&str> = {
        let mut w: Vec<&str> = d
            .members
            .iter()
            .filter_map(|m| m.claim.headcount_text.as_deref())
            .filter(|t| !t.is_empty())
            .collect();
        w.sort();
        w.dedup();
        w
    };
    let body = html! {
        @if let Some((old, reason)) = moved {
            p.moved { "You asked for " code { (old) } ", which now leads here: " (reason) }
        }
        h1 {
            a href=(company_url(&e.company)) { (e.company) }
            @if let Some(p) = &e.parent { span.parent { " (part of " a href=(company_url(p)) { (p) } ")" } }
            " " (kind_badge(&e.kind))
        }
        dl.facts {
            dt { "Headcount" }
            dd {
                strong { (headcount_words(e)) }
                " · interval " code { (headcount_interval(e)) }
                @if !words.is_empty() {
                    " · as reported: "
                    @for (i, w) in words.iter().enumerate() { @if i > 0 { "; " } q { (w) } }
                }
            }
            @if let Some(p) = e.percent { dt { "Share of staff" } dd { (p) "%" } }
            dt { "When" } dd { (date_words(e)) }
            @let official = &json["official"];
            @if official.is_object() {
                dt { "WARN notices" }
                dd {
                    (official["headcount"].as_u64().map(thousands).unwrap_or_else(|| "no count".into()))
                    " from " (official["notices"].as_u64().unwrap_or(0)) " notice(s)"
                }
            }
            @for (field, label) in [("units", "Units"), ("locations", "Locations"), ("reasons", "Reasons"), ("severance", "Severance")] {
                @let items = headcount_store::named_values(&json, field);
                @if !items.is_empty() {
                    dt { (label) }
                    dd {
                        @for (i, (name, n)) in items.iter().enumerate() {
                            @if i > 0 { "; " }
                            (name) @if let Some(n) = n { span.count { " " (n) } }
                        }
                    }
                }
            }
            dt { "Id" } dd { code { (e.id) } }
        }
        @if let Some(cs) = json["contradictions"].as_array().filter(|a| !a.is_empty()) {
            section.contradictions {
                h2 { "Where the sources disagree" }
                ul {
                    @for c in cs {
                        li { strong { (c["field"].as_str().unwrap_or_default()) } ": " (c["detail"].as_str().unwrap_or_default()) }
                    }
                }
            }
        }
        section.sources {
            h2 { (d.members.len()) " sources" }
            p.note.legend {
                "Marked words: "
                mark.f-headcount { "headcount" } " " mark.f-date { "date" } " "
                mark.f-company { "company" } " " mark.f-units { "units" } " "
                mark.f-locations { "locations" } " " mark.f-severance { "severance" }
            }
            @for (i, m) in d.members.iter().enumerate() {
                @let c = &m.claim;
                article.source id=(format!("source-{}", i + 1)) {
                    h3 {
                        span class=(format!("type {}", c.source_type.as_str())) { (c.source_type.as_str()) }
                        " "
                        @match &c.doc_url {
                            Some(u) if u.starts_with("http://") || u.starts_with("https://") => {
                                a href=(u) rel="noopener noreferrer nofollow" { (c.doc_title.as_deref().unwrap_or(&c.doc_path)) }
                            }
                            _ => { (c.doc_title.as_deref().unwrap_or(&c.doc_path)) }
                        }
                    }
                    p.meta {
                        (c.published.map(|d| d.to_string()).unwrap_or_else(|| "undated".into()))
                        @if let Some(o) = &c.doc_outlet { " · " (o) }
                        " · " code { (c.doc_path) }
                        @if let Some(u) = &c.doc_url { " · " span.url { (u) } }
                    }
                    p.says {
                        "Says: " (c.kind.as_str()) ", " (c.company)
                        @if let Some(s) = c.date { ", " (s.label()) @if !c.date_text.is_empty() { " (“" (c.date_text) "”)" } }
                        ", " (c.headcount_label().unwrap_or_else(|| "no figure".into()))
                        @if let Some(p) = c.percent { ", " (p) "%" }
                    }
                    p.why { "Why it is this round: " (m.reason) }
                    // Sentences that gave a figure, a date or a name of a team first; those
                    // that only name the round are folded away.
                    @let (main, rest): (Vec<_>, Vec<_>) = m.evidence.iter().partition(|ev| {
                        ev.fields.iter().any(|f| f != "kind" && f != "company")
                    });
                    @for ev in &main { (evidence_quote(ev, m)) }
                    @if !rest.is_empty() {
                        details.more {
                            summary { (rest.len()) " more sentence(s) that only name the round" }
                            @for ev in &rest { (evidence_quote(ev, m)) }
                        }
                    }
                }
            }
        }
        @if !d.log.is_empty() {
            section.log {
                h2 { "Why these reports are one round (merge log)" }
                table {
                    thead { tr { th { "When" } th { "Event" } th { "Action" } th { "Why" } } }
                    tbody {
                        @for l in &d.log {
                            tr { td { (l.logged_at) } td { code { (l.event_id) } } td { (l.action) } td { (l.detail) } }
                        }
                    }
                }
            }
        }
    };
    let base = event_url(&e.id);
    layout(
        &format!("{} {} {}", e.company, e.kind, date_words(e)),
        &[
            ("json", format!("{base}.json")),
            ("csv", format!("{base}.csv")),
        ],
        body,
    )
}

fn tally_list(items: &[Tally], limit: usize) -> Markup {
    html! {
        ul.counts {
            @for t in items.iter().take(limit) {
                li {
                    (t.name) " " span.count title="sources naming it" { (t.sources) }
                    @for id in t.events.iter().take(3) { " " a.ref href=(event_url(id)) { "↗" } }
                }
            }
        }
    }
}

pub fn company(p: &CompanyPage, today: NaiveDate) -> Markup {
    let profile = Profile::of(&p.events, today);
    let name = &p.company;
    let body = html! {
        h1 { (name) " layoffs" }
        section.summary {
            h2 { "What it means for you" }
            p {
                @match profile.last {
                    Some((e, recency)) => {
                        (name) "'s most recent round was "
                        a href=(format!("{}#source-1", event_url(&e.id))) { (date_words(e)) }
                        " (" (recency.describe()) "): "
                        a href=(event_url(&e.id)) { (headcount_words(e)) }
                        ", reported by " (e.sources) " source(s). "
                    }
                    None => { "No dated round of cuts is on record for " (name) ". " }
                }
                (profile.cuts.len()) " round(s) on record"
                @if !profile.totals.is_empty() {
                    "; " (profile.totals.len()) " running total(s) reported, never added to the rounds"
                }
                ". "
                @if let Some(u) = profile.units.first() {
                    "The team named most often is " (u.name) " ("
                    a href=(event_url(&u.events[0])) { (u.sources) " source(s)" } "). "
                }
                @if let Some(s) = profile.severance.first() {
                    "Severance reported: " (s.name) " ("
                    a href=(event_url(&s.events[0])) { "evidence" } "). "
                }
                @if !profile.hiring.is_empty() {
                    "It is also reported to be hiring"
                    @if let Some(a) = profile.hiring_areas.first() { " in " (a.name) }
                    " (" a href=(event_url(&profile.hiring[0].id)) { "evidence" } ")."
                }
            }
        }
        section {
            h2 { "Rounds over time" }
            (charts::timeline(&profile.cuts))
        }
        section {
            h2 { "Rounds" }
            (events_table(profile.cuts.iter().copied()))
        }
        div.columns {
            @if !profile.units.is_empty() {
                section { h2 { "Teams and units hit" } (tally_list(&profile.units, 20)) }
            }
            @if !profile.locations.is_empty() {
                section { h2 { "Locations" } (tally_list(&profile.locations, 20)) }
            }
            @if !profile.severance.is_empty() {
                section { h2 { "Severance reported" } (tally_list(&profile.severance, 10)) }
            }
            @if !profile.hiring.is_empty() {
                section {
                    h2 { "Still hiring" }
                    @if profile.hiring_areas.is_empty() {
                        p { "Reported in " (profile.hiring.len()) " event(s); areas not named." }
                    } @else { (tally_list(&profile.hiring_areas, 10)) }
                }
            }
            @if !profile.totals.is_empty() {
                section {
                    h2 { "Running totals reported" }
                    p.note { "Not added to the rounds: they count them again." }
                    (events_table(profile.totals.iter().copied()))
                }
            }
        }
    };
    let base = company_url(name);
    layout(
        &format!("{name} layoffs"),
        &[
            ("json", format!("{base}.json")),
            ("csv", format!("{base}.csv")),
            ("atom", format!("{base}.atom")),
        ],
        body,
    )
}

/// A search snippet, its matched words (between U+0002 and U+0003) marked.
fn snippet(s: &str) -> Markup {
    html! {
        @for (i, part) in s.split('\u{2}').enumerate() {
            @if i == 0 { (part.replace('\u{3}', "")) }
            @else {
                @let (hit, rest) = part.split_once('\u{3}').unwrap_or((part, ""));
                mark { (hit) } (rest.replace('\u{3}', ""))
            }
        }
    }
}

pub fn search(q: &str, r: &SearchResults) -> Markup {
    let body = html! {
        h1 { "Search" }
        form.search-big action="/search" method="get" {
            input type="search" name="q" value=(q) maxlength="500" aria-label="Search";
            button type="submit" { "Search" }
        }
        @if !q.trim().is_empty() {
            section {
                h2 { "Companies" }
                @if r.companies.is_empty() { p.empty { "No company name holds “" (q) "”." } }
                ul.counts {
                    @for (c, n) in &r.companies {
                        li { a href=(company_url(c)) { (c) } " " span.count { (n) " event(s)" } }
                    }
                }
            }
            section {
                h2 { "Articles" }
                @if r.documents.is_empty() { p.empty { "No article holds every word of “" (q) "”." } }
                @for d in &r.documents {
                    article.hit {
                        h3 { (d.title.as_deref().unwrap_or(&d.path)) }
                        p.meta {
                            (d.published.map(|d| d.to_string()).unwrap_or_else(|| "undated".into()))
                            " · " code { (d.path) }
                        }
                        p { (snippet(&d.snippet)) }
                        @if !d.events.is_empty() {
                            p { "Source of: "
                                @for (i, (id, c)) in d.events.iter().enumerate() {
                                    @if i > 0 { ", " }
                                    a href=(event_url(id)) { (c) " " code { (id) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    let qs = format!("q={}", encode(q));
    layout(
        "Search",
        &[
            ("json", format!("/search.json?{qs}")),
            ("csv", format!("/search.csv?{qs}")),
        ],
        body,
    )
}

/// A page for an error: its status and what to do.
pub fn error(status: u16, message: &str) -> Markup {
    layout(
        &format!("{status}"),
        &[],
        html! {
            h1 { (status) }
            p.error { (message) }
            p { a href="/" { "Front page" } " · " a href="/events" { "All events" } }
        },
    )
}
