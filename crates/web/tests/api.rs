//! Every route of the dashboard and the API, through the router in memory
//! (`tower::ServiceExt::oneshot`), on a database made from articles written for the test.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use headcount_extract::{extract, Document};
use headcount_store::{content_hash, NewDocument, SourceType, SqliteStore, Store};
use headcount_web::{router, App, Config};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

/// A report, as (name, published, title, text).
type Report = (&'static str, &'static str, &'static str, &'static str);

/// Two reports of one round (the later one stored first, so that the earlier one makes
/// the event a new id) and a hostile one whose title and body hold markup.
const REPORTS: &[Report] = &[
    (
        "later.txt",
        "2025-07-19",
        "Acme Corp cuts 120 jobs in Ohio",
        "Acme Corp laid off 120 employees in its cloud division in Ohio on 17 July 2025, \
         according to a memo seen by reporters.",
    ),
    (
        "earlier.txt",
        "2025-07-17",
        "Acme lays off staff",
        "Acme Corp laid off 120 employees on 17 July 2025, a spokesperson said. \
         Affected staff will receive 60 days of pay.",
    ),
    (
        "hostile.txt",
        "2025-03-04",
        "<script>alert(1)</script> \"Quote\" </textarea> Corp news",
        "Zenith <script>alert('x')</script> Labs laid off 45 employees on 3 March 2025, the \
         company said. \"We regret it\" </textarea><img src=x onerror=alert(2)>.",
    ),
    (
        "formula.txt",
        "2025-02-11",
        "Formula test",
        "Formula Robotics laid off 30 employees on 10 February 2025, the company said in a \
         statement.",
    ),
];

fn document(r: &Report) -> NewDocument {
    let (name, published, title, text) = *r;
    let published = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").ok();
    let mut claims = extract(&Document {
        text,
        title: Some(title),
        url: None,
        published,
    });
    // A name a spreadsheet would run as a formula, as a table row may carry one.
    if name == "formula.txt" {
        claims[0].company = "=HYPERLINK(\"http://x\") Robotics".into();
    }
    NewDocument {
        hash: content_hash(text),
        path: name.into(),
        line: None,
        source_id: None,
        url: Some(format!("https://news.example/{name}")),
        title: Some(title.into()),
        outlet: Some("news.example".into()),
        published,
        text: text.into(),
        claims,
        source_type: SourceType::News,
        record: None,
    }
}

struct Fixture {
    _dir: tempfile::TempDir,
    app: App,
    /// The id the round had before the earlier report arrived, and its id now.
    old_id: String,
    id: String,
}

fn fixture(token: Option<&str>) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let mut store = SqliteStore::open(&db).unwrap();
    store.write(&[document(&REPORTS[0])]).unwrap();
    let old_id = store.events(&Default::default()).unwrap()[0].id.clone();
    for r in &REPORTS[1..] {
        store.write(&[document(r)]).unwrap();
    }
    let id = store
        .events(&Default::default())
        .unwrap()
        .into_iter()
        .find(|e| e.company == "Acme")
        .expect("the Acme round")
        .id;
    assert_ne!(old_id, id, "the earlier report gives the round a new id");
    drop(store);
    let mut config = Config::new(&db);
    config.token = token.map(String::from);
    config.today = chrono::NaiveDate::from_ymd_opt(2025, 8, 1);
    Fixture {
        app: App::open(config).unwrap(),
        _dir: dir,
        old_id,
        id,
    }
}

struct Reply {
    status: StatusCode,
    content_type: String,
    location: Option<String>,
    body: String,
}

async fn send(app: &App, req: Request<Body>) -> Reply {
    let r = router(app.clone()).oneshot(req).await.unwrap();
    let status = r.status();
    let header = |h| {
        r.headers()
            .get(h)
            .and_then(|v| v.to_str().ok())
            .map(String::from)
    };
    let content_type = header(header::CONTENT_TYPE).unwrap_or_default();
    let location = header(header::LOCATION);
    let bytes = r.into_body().collect().await.unwrap().to_bytes();
    Reply {
        status,
        content_type,
        location,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

async fn get(app: &App, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).unwrap()).await
}

fn json(r: &Reply) -> Value {
    assert!(
        r.content_type.starts_with("application/json"),
        "{}",
        r.content_type
    );
    serde_json::from_str(&r.body).unwrap()
}

fn csv_rows(r: &Reply) -> Vec<Vec<String>> {
    assert!(r.content_type.starts_with("text/csv"), "{}", r.content_type);
    csv::Reader::from_reader(r.body.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[tokio::test]
async fn every_page_answers_in_html_json_and_csv() {
    let f = fixture(None);
    let app = &f.app;
    for (uri, kind) in [
        ("/", "text/html"),
        ("/index.json", "application/json"),
        ("/index.csv", "text/csv"),
        ("/events", "text/html"),
        ("/events.json", "application/json"),
        ("/events.csv", "text/csv"),
        ("/events.atom", "application/atom+xml"),
        ("/companies/Acme", "text/html"),
        ("/companies/Acme.json", "application/json"),
        ("/companies/Acme.csv", "text/csv"),
        ("/companies/Acme.atom", "application/atom+xml"),
        ("/search?q=Acme", "text/html"),
        ("/search.json?q=Acme", "application/json"),
        ("/search.csv?q=Acme", "text/csv"),
        ("/api/v1/events", "application/json"),
        ("/api/v1/companies/Acme", "application/json"),
        ("/api/v1/search?q=Acme", "application/json"),
        ("/api/v1/openapi.json", "application/json"),
        ("/static/style.css", "text/css"),
        ("/static/favicon.svg", "image/svg+xml"),
    ] {
        let r = get(app, uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
        assert!(
            r.content_type.starts_with(kind),
            "{uri}: {}",
            r.content_type
        );
    }
    for suffix in ["", ".json", ".csv"] {
        let r = get(app, &format!("/events/{}{suffix}", f.id)).await;
        assert_eq!(r.status, StatusCode::OK, "{suffix}");
    }
    let r = get(app, &format!("/api/v1/events/{}", f.id)).await;
    assert_eq!(r.status, StatusCode::OK);
}

#[tokio::test]
async fn the_event_shows_each_source_with_its_marked_evidence() {
    let f = fixture(None);
    let r = get(&f.app, &format!("/events/{}", f.id)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(
        r.body.matches("<article class=\"source\"").count(),
        2,
        "two sources"
    );
    assert!(
        r.body
            .contains("<mark class=\"f-headcount\" title=\"headcount\">120</mark>"),
        "{}",
        r.body
    );
    assert!(r.body.contains("class=\"f-date\""));
    assert!(
        r.body.contains("https://news.example/earlier.txt"),
        "each source's URL"
    );
    assert!(r.body.contains("120 jobs"), "the headcount in words");
    assert!(r.body.contains("[120, 120]"), "and as an interval");
    assert!(r.body.contains("merge log"));
    // The JSON carries the same marks as byte spans of the sentence.
    let v = json(&get(&f.app, &format!("/events/{}.json", f.id)).await);
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 2);
    let ev = &sources[0]["evidence"][0];
    let text = ev["text"].as_str().unwrap();
    let marked: Vec<&str> = ev["marks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| &text[m["start"].as_u64().unwrap() as usize..m["end"].as_u64().unwrap() as usize])
        .collect();
    assert!(marked.contains(&"120"), "{marked:?}");
    // The CSV has a row per evidence sentence.
    let rows = csv_rows(&get(&f.app, &format!("/events/{}.csv", f.id)).await);
    assert!(rows.len() >= 2);
    assert!(rows.iter().all(|r| r[0] == f.id));
}

#[tokio::test]
async fn an_old_id_redirects_permanently_and_says_why() {
    let f = fixture(None);
    for (uri, to) in [
        (
            format!("/events/{}", f.old_id),
            format!("/events/{}?from={}", f.id, f.old_id),
        ),
        (
            format!("/events/{}.json", f.old_id),
            format!("/events/{}.json?from={}", f.id, f.old_id),
        ),
        (
            format!("/api/v1/events/{}", f.old_id),
            format!("/api/v1/events/{}", f.id),
        ),
    ] {
        let r = get(&f.app, &uri).await;
        assert_eq!(r.status, StatusCode::PERMANENT_REDIRECT, "{uri}");
        assert_eq!(r.location.as_deref(), Some(to.as_str()), "{uri}");
    }
    let r = get(&f.app, &format!("/events/{}?from={}", f.id, f.old_id)).await;
    assert!(r.body.contains("which now leads here"), "{}", r.body);
}

#[tokio::test]
async fn unknown_things_are_404_in_the_format_asked() {
    let f = fixture(None);
    let r = get(&f.app, "/events/evt_0000000000000000").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.content_type.starts_with("text/html"));
    for uri in [
        "/events/evt_0000000000000000.json",
        "/api/v1/events/evt_0000000000000000",
        "/api/v1/companies/Nobody%20Inc",
    ] {
        let r = get(&f.app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(
            json(&r)["error"].as_str().unwrap().starts_with("no "),
            "{uri}"
        );
    }
    let r = get(&f.app, "/companies/Acmee").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
    assert!(r.body.contains("did you mean Acme"), "{}", r.body);
    assert_eq!(
        get(&f.app, "/no/such/page").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn facets_filter_count_and_page() {
    let f = fixture(None);
    let all = json(&get(&f.app, "/events.json").await);
    let total = all["total"].as_u64().unwrap();
    assert!(total >= 3, "{all}");
    let companies = all["facets"]["company"].as_array().unwrap();
    let acme = companies.iter().find(|c| c["value"] == "Acme").unwrap();
    assert_eq!(acme["count"], 1);
    let one = json(
        &get(
            &f.app,
            "/events.json?company=Acme&kind=layoff&month=2025-07",
        )
        .await,
    );
    assert_eq!(one["total"], 1);
    assert_eq!(one["events"][0]["id"], f.id.as_str());
    let page = json(&get(&f.app, "/api/v1/events?per_page=1&page=2&sort=oldest").await);
    assert_eq!(page["events"].as_array().unwrap().len(), 1);
    assert_eq!(page["page"], 2);
    assert!(page["next"].is_string() || total == 2);
    let r = get(&f.app, "/events?kind=fired").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    // The HTML page links each facet value, with its count beside it.
    let r = get(&f.app, "/events").await;
    assert!(
        r.body.contains("href=\"/events?company=Acme\""),
        "{}",
        r.body
    );
    let units = json(&get(&f.app, "/events.json?unit=cloud%20division").await);
    assert_eq!(units["total"], 1, "{units}");
    let loc = json(&get(&f.app, "/events.json?location=Ohio").await);
    assert_eq!(loc["total"], 1, "{loc}");
}

#[tokio::test]
async fn markup_in_articles_is_escaped_everywhere() {
    let f = fixture(None);
    let search = get(&f.app, "/search?q=Zenith").await;
    let listing = get(&f.app, "/events").await;
    // The extractor reads the company as "Labs": the markup between is no name.
    let zenith = json(&get(&f.app, "/events.json?company=Labs").await);
    let id = zenith["events"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let event = get(&f.app, &format!("/events/{id}")).await;
    let atom = get(&f.app, "/events.atom").await;
    for (what, r) in [
        ("search", &search),
        ("listing", &listing),
        ("event", &event),
        ("atom", &atom),
    ] {
        assert_eq!(r.status, StatusCode::OK, "{what}");
        assert!(!r.body.contains("<script>"), "{what}: {}", r.body);
        assert!(!r.body.contains("</textarea>"), "{what}");
        assert!(!r.body.contains("<img"), "{what}");
    }
    assert!(
        search.body.contains("&lt;script&gt;"),
        "the title is shown, escaped"
    );
    assert!(event.body.contains("&lt;/textarea&gt;"), "{}", event.body);
    // The search box echoes the query escaped.
    let r = get(
        &f.app,
        "/search?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    )
    .await;
    assert!(!r.body.contains("<script>alert(1)"));
    // Every page forbids scripts.
    let resp = router(f.app.clone())
        .oneshot(Request::get("/").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let csp = resp.headers()[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap();
    assert!(csp.contains("default-src 'none'"));
}

#[tokio::test]
async fn csv_cells_that_look_like_formulas_are_neutralised() {
    let f = fixture(None);
    let rows = csv_rows(&get(&f.app, "/events.csv").await);
    let company: Vec<&String> = rows.iter().map(|r| &r[1]).collect();
    let formula = company
        .iter()
        .find(|c| c.contains("HYPERLINK"))
        .unwrap_or_else(|| panic!("a formula company in {company:?}"));
    assert!(formula.starts_with('\''), "{formula}");
    for r in &rows {
        for cell in r {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "{cell}");
        }
    }
}

fn post(token: Option<&str>, body: impl Into<Body>) -> Request<Body> {
    let mut b = Request::post("/api/v1/documents").header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    b.body(body.into()).unwrap()
}

const NEW_ARTICLE: &str = r#"{"title": "Borealis trims staff", "url": "https://news.example/borealis",
  "date_publish": "2025-06-02 09:00:00",
  "maintext": "Borealis Systems laid off 75 employees on 30 May 2025, the company said on Monday."}"#;

#[tokio::test]
async fn writes_need_the_token_and_are_off_without_one() {
    let off = fixture(None);
    let r = send(&off.app, post(Some("anything"), NEW_ARTICLE)).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let on = fixture(Some("s3cret-token"));
    let r = send(&on.app, post(None, NEW_ARTICLE)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(&on.app, post(Some("wrong-token!"), NEW_ARTICLE)).await;
    assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    let r = send(&on.app, post(Some("s3cret-token"), NEW_ARTICLE)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let v = json(&r);
    assert_eq!(v["new"], true);
    assert_eq!(v["claims"][0]["company"], "Borealis Systems");
    assert_eq!(v["claims"][0]["headcount"]["min"], 75);
    let id = v["events"][0]["id"].as_str().unwrap().to_owned();
    // The event is there to read, and the same document again is not new.
    assert_eq!(
        get(&on.app, &format!("/api/v1/events/{id}")).await.status,
        StatusCode::OK
    );
    let again = json(&send(&on.app, post(Some("s3cret-token"), NEW_ARTICLE)).await);
    assert_eq!(again["new"], false);
    assert_eq!(again["events"][0]["id"], id.as_str());
    // Not JSON, or not a news-please document: 400 naming why.
    let r = send(&on.app, post(Some("s3cret-token"), "{not json")).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    let r = send(
        &on.app,
        post(Some("s3cret-token"), r#"{"title": "no text"}"#),
    )
    .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST);
    assert!(json(&r)["error"].as_str().unwrap().contains("maintext"));
}

#[tokio::test]
async fn bodies_over_two_megabytes_are_refused() {
    let f = fixture(Some("t0ken"));
    let big = format!(
        r#"{{"maintext": "{}"}}"#,
        "Acme laid off 5 people. ".repeat(100_000)
    );
    assert!(big.len() > 2 * 1024 * 1024);
    let r = send(&f.app, post(Some("t0ken"), big)).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn the_company_page_answers_what_it_means_for_me() {
    let f = fixture(None);
    let r = get(&f.app, "/companies/Acme").await;
    assert!(r.body.contains("most recent round"), "{}", r.body);
    assert!(
        r.body.contains("cutting now"),
        "today is 2025-08-01 in the fixture"
    );
    assert!(r.body.contains("<svg"), "the timeline chart");
    assert!(r.body.contains("60 days of pay"), "severance");
    assert!(
        r.body.contains(&format!("href=\"/events/{}", f.id)),
        "figures link to the event"
    );
    let v = json(&get(&f.app, "/companies/Acme.json").await);
    assert_eq!(v["company"], "Acme");
    assert_eq!(v["severance"][0]["name"], "60 days of pay");
}

#[tokio::test]
async fn search_finds_companies_and_article_text() {
    let f = fixture(None);
    let v = json(&get(&f.app, "/search.json?q=Acme%20layoffs").await);
    assert_eq!(v["companies"][0]["company"], "Acme");
    let v = json(&get(&f.app, "/search.json?q=memo%20cloud").await);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1, "{v}");
    assert_eq!(docs[0]["document"], "later.txt");
    assert_eq!(docs[0]["events"][0]["id"], f.id.as_str());
    // FTS5 syntax in what a person types is read as words.
    for q in ["AND", "\"", "NEAR(", "a*", "-x", "title:"] {
        let r = get(
            &f.app,
            &format!("/search.json?q={}", headcount_web_encode(q)),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.body);
    }
}

fn headcount_web_encode(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[tokio::test]
async fn atom_feeds_list_changed_events_with_absolute_links() {
    let f = fixture(None);
    let req = Request::get("/companies/Acme.atom")
        .header(header::HOST, "127.0.0.1:8080")
        .body(Body::empty())
        .unwrap();
    let r = send(&f.app, req).await;
    assert!(r.body.starts_with("<?xml"));
    assert!(r
        .body
        .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assert_eq!(r.body.matches("<entry>").count(), 1);
    assert!(r
        .body
        .contains(&format!("href=\"http://127.0.0.1:8080/events/{}\"", f.id)));
    // A Host header that is not a host is not echoed.
    let req = Request::get("/events.atom")
        .header(header::HOST, "evil\"><x>")
        .body(Body::empty())
        .unwrap();
    let r = send(&f.app, req).await;
    assert!(!r.body.contains("evil"));
}

#[tokio::test]
async fn the_openapi_description_names_every_api_route() {
    let f = fixture(None);
    let v = json(&get(&f.app, "/api/v1/openapi.json").await);
    let paths = v["paths"].as_object().unwrap();
    for p in [
        "/api/v1/events",
        "/api/v1/events/{id}",
        "/api/v1/companies/{name}",
        "/api/v1/search",
        "/api/v1/documents",
    ] {
        assert!(paths.contains_key(p), "{p}");
    }
}

#[tokio::test]
async fn a_listing_being_read_does_not_block_a_write() {
    // WAL: a reader in the middle of a listing (its read transaction open) and a writer
    // committing a new report at the same time; the writer never waits for the reader.
    let f = fixture(None);
    let db = f.app.config().db.clone();
    let reader = SqliteStore::open_for_queries(&db).unwrap();
    let mut writer = SqliteStore::open(&db).unwrap();
    let mut rows = 0;
    let mut wrote = None;
    reader
        .each_event(&Default::default(), &mut |_| {
            rows += 1;
            if wrote.is_none() {
                let started = std::time::Instant::now();
                let doc = document(&(
                    "during.txt",
                    "2025-05-02",
                    "Kestrel cuts",
                    "Kestrel Dynamics laid off 64 employees on 1 May 2025, the company said.",
                ));
                wrote = Some((writer.write(&[doc]).map(|r| r.documents), started.elapsed()));
            }
            Ok(())
        })
        .unwrap();
    let (written, took) = wrote.unwrap();
    assert_eq!(written.unwrap(), 1);
    assert!(
        took < std::time::Duration::from_secs(5),
        "the write waited {took:?}"
    );
    assert!(rows >= 3);
    let r = get(&f.app, "/companies/Kestrel%20Dynamics.json").await;
    assert_eq!(
        r.status,
        StatusCode::OK,
        "the new round is served: {}",
        r.body
    );
}
