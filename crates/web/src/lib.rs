//! headcount's web dashboard and HTTP API (`headcount serve`).
//!
//! Pages are rendered on the server (maud), charts are SVG made here, and every page
//! works with JavaScript off. Each view has a stable URL with the same data at `.json`
//! and `.csv` beside it, datasette-style; `/events.atom` and `/companies/{name}.atom`
//! are Atom feeds of new and updated events. The JSON API lives under `/api/v1/`
//! (described at `/api/v1/openapi.json`); its one write, `POST /api/v1/documents`,
//! needs `Authorization: Bearer <HEADCOUNT_TOKEN>`.
//!
//! Security: the server binds 127.0.0.1 unless told otherwise; request bodies are bounded
//! (413); every request has a time limit (503); every query is parameterised (the store
//! builds no SQL from values); every value printed into HTML or XML is escaped; CSV cells
//! that a spreadsheet would read as formulas are neutralised.
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! let app = headcount_web::App::open(headcount_web::Config::new("samples.db")).unwrap();
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:8080").await?;
//! axum::serve(listener, headcount_web::router(app)).await
//! # }
//! ```

mod app;
mod atom;
mod charts;
mod csvout;
mod data;
mod openapi;
mod pages;
mod query;

pub use app::{App, AppError, Config};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use data::EventLookup;
use headcount_store::{content_hash, EventFilter, NewDocument, SourceType, Store};
use query::Query;
use serde_json::{json, Value};
use std::collections::BTreeMap;

type Params = axum::extract::Query<BTreeMap<String, String>>;

/// What a view is answered as: chosen by the path's suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Html,
    Json,
    Csv,
    Atom,
}

/// `name.json` → (`name`, Json); a name without a known suffix is HTML.
fn split_format(segment: &str) -> (&str, Format) {
    for (suffix, f) in [
        (".json", Format::Json),
        (".csv", Format::Csv),
        (".atom", Format::Atom),
    ] {
        if let Some(stem) = segment.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, f);
            }
        }
    }
    (segment, Format::Html)
}

/// The router of every page and API route, with its limits and headers.
pub fn router(app: App) -> Router {
    let max_body = app.config().max_body;
    let timeout = app.config().timeout;
    Router::new()
        .route("/", get(home_html))
        .route("/index.json", get(home_json))
        .route("/index.csv", get(home_csv))
        .route("/events", get(events_html))
        .route("/events.json", get(events_json))
        .route("/events.csv", get(events_csv))
        .route("/events.atom", get(events_atom))
        .route("/events/{id}", get(event_page))
        .route("/companies/{name}", get(company_page))
        .route("/search", get(search_html))
        .route("/search.json", get(search_json))
        .route("/search.csv", get(search_csv))
        .route("/static/style.css", get(style))
        .route("/static/favicon.svg", get(favicon))
        .route("/api/v1/events", get(events_json))
        .route("/api/v1/events/{id}", get(api_event))
        .route("/api/v1/companies/{name}", get(api_company))
        .route("/api/v1/search", get(search_json))
        .route("/api/v1/documents", post(post_document))
        .route("/api/v1/openapi.json", get(openapi_json))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            limit_time(req, next, timeout)
        }))
        .layer(middleware::from_fn(security_headers))
        .with_state(app)
}

/// Serves `app` on `listener` until Ctrl-C.
pub async fn serve(app: App, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    axum::serve(listener, router(app))
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
}

async fn limit_time(req: Request, next: Next, limit: std::time::Duration) -> Response {
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(r) => r,
        Err(_) => AppError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the request took longer than {} s", limit.as_secs_f64()),
        )
        .into_response(),
    }
}

/// No script runs on any page, and nothing is framed or sniffed.
async fn security_headers(req: Request, next: Next) -> Response {
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    r
}

fn html(markup: maud::Markup) -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        markup.into_string(),
    )
        .into_response()
}

fn csv_response(name: &str, bytes: std::io::Result<Vec<u8>>) -> Response {
    match bytes {
        Ok(b) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}.csv\""),
                ),
            ],
            b,
        )
            .into_response(),
        Err(e) => AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

fn atom_response(body: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        body,
    )
        .into_response()
}

/// An error as an HTML page, for the page routes.
fn html_error(e: AppError) -> Response {
    let status = e.status;
    let mut r = html(pages::error(status.as_u16(), &e.message));
    *r.status_mut() = status;
    r
}

/// A file name made of a value: letters, digits, `-` and `_` only.
fn file_name(s: &str) -> String {
    let name: String = s
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(80)
        .collect();
    if name.is_empty() {
        "export".into()
    } else {
        name
    }
}

/// The site's own address, for Atom links: from the Host header when it looks like a
/// host (and port), else loopback.
fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

async fn home_data(app: &App) -> Result<data::Home, AppError> {
    let today = app.today();
    app.read(move |app, store| data::home(app, store, today))
        .await
}

async fn home_html(State(app): State<App>) -> Response {
    match home_data(&app).await {
        Ok(h) => html(pages::home(&h)),
        Err(e) => html_error(e),
    }
}

async fn home_json(State(app): State<App>) -> Response {
    match home_data(&app).await {
        Ok(h) => Json(data::home_json(&h)).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn home_csv(State(app): State<App>) -> Response {
    match home_data(&app).await {
        Ok(h) => csv_response("jobs-cut-per-month", csvout::home(&h)),
        Err(e) => e.into_response(),
    }
}

async fn listing(app: &App, params: &BTreeMap<String, String>) -> Result<data::Listing, AppError> {
    let q = Query::parse(params)?;
    app.read(move |app, store| data::listing(app, store, q))
        .await
}

async fn events_html(State(app): State<App>, params: Params) -> Response {
    match listing(&app, &params).await {
        Ok(l) => html(pages::listing(&l)),
        Err(e) => html_error(e),
    }
}

async fn events_json(State(app): State<App>, params: Params) -> Response {
    match listing(&app, &params).await {
        Ok(l) => Json(data::listing_json(&l)).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Every event matching the filters (not one page): a download.
async fn events_csv(State(app): State<App>, params: Params) -> Response {
    let q = match Query::parse(&params) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let rows = app
        .read(move |_, store| {
            let mut csv = headcount_store::export::EventCsv::new(Vec::new())
                .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
            store.each_event(&q.filter(), &mut |e| csv.write(&e))?;
            csv.finish()
                .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))
        })
        .await;
    match rows {
        Ok(b) => csv_response("events", Ok(b)),
        Err(e) => e.into_response(),
    }
}

async fn events_atom(State(app): State<App>, headers: HeaderMap, params: Params) -> Response {
    let q = match Query::parse(&params) {
        Ok(q) => q,
        Err(e) => return e.into_response(),
    };
    let path = q.url("/events.atom");
    let entries = app
        .read(move |app, store| {
            let key = format!("atom:{}", q.to_query_string());
            app.cached(store, &key, || {
                Ok(store.recently_changed(&q.filter(), atom::ENTRIES)?)
            })
        })
        .await;
    match entries {
        Ok(entries) => atom_response(atom::feed(
            "headcount: new and updated layoff events",
            &base_url(&headers),
            &path,
            &entries,
        )),
        Err(e) => e.into_response(),
    }
}

async fn event_page(
    State(app): State<App>,
    Path(segment): Path<String>,
    params: Params,
) -> Response {
    let (id, format) = split_format(&segment);
    let id = id.to_owned();
    let from = params.get("from").cloned();
    let found = app
        .read(move |_, store| {
            let lookup = data::event(store, &id)?;
            let moved = match (&lookup, from) {
                (EventLookup::Found(d), Some(from)) => {
                    data::moved_reason(store, &from, &d.event.id)?.map(|r| (from, r))
                }
                _ => None,
            };
            Ok((lookup, moved))
        })
        .await;
    let suffix = match format {
        Format::Json => ".json",
        Format::Csv => ".csv",
        _ => "",
    };
    match (found, format) {
        (Ok((EventLookup::Moved { to }, _)), _) => Redirect::permanent(&format!(
            "/events/{}{suffix}?from={}",
            query::encode(&to),
            query::encode(segment.trim_end_matches(suffix))
        ))
        .into_response(),
        (Ok((EventLookup::Found(d), moved)), Format::Html) => html(pages::event(
            &d,
            moved.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        )),
        (Ok((EventLookup::Found(d), _)), Format::Json) => {
            Json(data::detail_json(&d)).into_response()
        }
        (Ok((EventLookup::Found(d), _)), Format::Csv) => {
            csv_response(&file_name(&d.event.id), csvout::event(&d))
        }
        (Ok(_), Format::Atom) => html_error(AppError::not_found(
            "events have no feed of their own; see /events.atom",
        )),
        (Err(e), Format::Html) => html_error(e),
        (Err(e), _) => e.into_response(),
    }
}

async fn company_page(
    State(app): State<App>,
    headers: HeaderMap,
    Path(segment): Path<String>,
) -> Response {
    let (name, format) = split_format(&segment);
    let name = name.to_owned();
    let today = app.today();
    if format == Format::Atom {
        let path = format!("/companies/{}.atom", query::encode(&name));
        let entries = app
            .read(move |_, store| {
                let page = data::company(store, &name)?;
                let filter = EventFilter {
                    company: Some(page.company.clone()),
                    ..EventFilter::default()
                };
                Ok((
                    page.company,
                    store.recently_changed(&filter, atom::ENTRIES)?,
                ))
            })
            .await;
        return match entries {
            Ok((company, entries)) => atom_response(atom::feed(
                &format!("headcount: {company} layoffs"),
                &base_url(&headers),
                &path,
                &entries,
            )),
            Err(e) => e.into_response(),
        };
    }
    let page = app.read(move |_, store| data::company(store, &name)).await;
    match (page, format) {
        (Ok(p), Format::Html) => html(pages::company(&p, today)),
        (Ok(p), Format::Csv) => csv_response(&file_name(&p.company), csvout::events(&p.events)),
        (Ok(p), _) => Json(data::company_json(&p, today)).into_response(),
        (Err(e), Format::Html) => html_error(e),
        (Err(e), _) => e.into_response(),
    }
}

async fn search_results(
    app: &App,
    params: &BTreeMap<String, String>,
) -> Result<(String, headcount_store::SearchResults), AppError> {
    let q = params.get("q").cloned().unwrap_or_default();
    let asked = q.clone();
    // Documents stored since the index last caught up are indexed first.
    let behind = app
        .read(|_, store| Ok(store.search_index_behind()?))
        .await?;
    if behind {
        let indexer = app.clone();
        tokio::task::spawn_blocking(move || indexer.index_for_search())
            .await
            .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))??;
    }
    let r = app
        .read(move |_, store| data::search(store, &asked))
        .await?;
    Ok((q, r))
}

async fn search_html(State(app): State<App>, params: Params) -> Response {
    match search_results(&app, &params).await {
        Ok((q, r)) => html(pages::search(&q, &r)),
        Err(e) => html_error(e),
    }
}

async fn search_json(State(app): State<App>, params: Params) -> Response {
    match search_results(&app, &params).await {
        Ok((q, r)) => Json(data::search_json(&q, &r)).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn search_csv(State(app): State<App>, params: Params) -> Response {
    match search_results(&app, &params).await {
        Ok((_, r)) => csv_response("search", csvout::search(&r)),
        Err(e) => e.into_response(),
    }
}

async fn api_event(State(app): State<App>, Path(id): Path<String>) -> Response {
    let asked = id.clone();
    match app.read(move |_, store| data::event(store, &asked)).await {
        Ok(EventLookup::Found(d)) => Json(data::detail_json(&d)).into_response(),
        Ok(EventLookup::Moved { to }) => {
            Redirect::permanent(&format!("/api/v1/events/{}", query::encode(&to))).into_response()
        }
        Err(e) => e.into_response(),
    }
}

async fn api_company(State(app): State<App>, Path(name): Path<String>) -> Response {
    let today = app.today();
    match app.read(move |_, store| data::company(store, &name)).await {
        Ok(p) => Json(data::company_json(&p, today)).into_response(),
        Err(e) => e.into_response(),
    }
}

async fn openapi_json() -> Json<Value> {
    Json(openapi::description())
}

/// Writes need the configured token: 403 when none is configured (writes are off), 401
/// when the request has none or another.
fn authorise(app: &App, headers: &HeaderMap) -> Result<(), AppError> {
    let Some(token) = app.config().token.as_deref().filter(|t| !t.is_empty()) else {
        return Err(AppError::new(
            StatusCode::FORBIDDEN,
            "writes are off: start the server with HEADCOUNT_TOKEN set to allow them",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .unwrap_or("");
    // Compared in time that does not depend on where the first difference is.
    let same = given.len() == token.len()
        && given
            .bytes()
            .zip(token.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    if same {
        Ok(())
    } else {
        Err(AppError::new(
            StatusCode::UNAUTHORIZED,
            "this write needs Authorization: Bearer <token>",
        ))
    }
}

async fn post_document(State(app): State<App>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(e) = authorise(&app, &headers) {
        let mut r = e.into_response();
        if r.status() == StatusCode::UNAUTHORIZED {
            r.headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        return r;
    }
    let value: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => {
            return AppError::bad_request(format!("the body is not JSON: {e}")).into_response()
        }
    };
    let doc = match headcount_ingest::newsplease::from_value(value, "api", None) {
        Ok(d) => d,
        Err(e) => {
            return AppError::bad_request(format!("not a news-please document: {e}"))
                .into_response()
        }
    };
    let claims = headcount_extract::extract(&headcount_extract::Document {
        text: &doc.text,
        title: doc.title.as_deref(),
        url: doc.url.as_deref(),
        published: doc.published,
    });
    let claims_json = serde_json::to_value(&claims).unwrap_or(Value::Null);
    let hash = content_hash(&doc.text);
    let new = NewDocument {
        hash: hash.clone(),
        path: doc
            .url
            .clone()
            .unwrap_or_else(|| format!("api:{}", &hash[..16])),
        line: None,
        source_id: doc.id,
        url: doc.url,
        title: doc.title,
        outlet: doc.outlet,
        published: doc.published,
        text: doc.text,
        claims,
        source_type: SourceType::News,
        record: None,
    };
    let written = app
        .write(move |store| {
            let report = store.write(std::slice::from_ref(&new))?;
            let events = store.document_events(&new.hash)?;
            Ok((report, events))
        })
        .await;
    match written {
        Ok((report, events)) => Json(json!({
            "document": hash,
            "new": report.documents == 1,
            "claims": claims_json,
            "events": events.iter().map(|(id, c)| json!({"id": id, "company": c, "url": format!("/events/{}", query::encode(id))})).collect::<Vec<_>>(),
            "report": {
                "events_created": report.events_created,
                "events_updated": report.events_updated,
                "events_superseded": report.events_superseded,
            },
        }))
        .into_response(),
        Err(e) => e.into_response(),
    }
}

async fn not_found() -> Response {
    html_error(AppError::not_found("no page here"))
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../static/style.css"),
    )
        .into_response()
}

async fn favicon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        include_str!("../static/favicon.svg"),
    )
        .into_response()
}
