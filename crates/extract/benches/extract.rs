//! Throughput of `extract`, single-threaded, in bytes of document text per second.
//!
//! - `dense/dev_corpus`: the dev-corpus articles (every one about layoffs), document by
//!   document: the full analysis on every document. Target: >= 16 MB/s per core.
//! - `mixed/5pct_layoff`: a news stream in which 5% of documents are layoff articles and
//!   the rest is generated news (`gen/mod.rs`). Target: >= 100 MB/s.
//! - `mixed/0pct_layoff`: the generated news alone, and `prefilter/5pct_layoff`: the
//!   prefilter alone over the mixed stream, to show where the mixed-stream time goes.
//! - `long/page_10k_sentences`: one document of 10,000 sentences naming thousands of
//!   companies (`headcount_testgen::layoff_page`). Every sentence reports or refers to a
//!   round, so a byte costs more than in articles; what the row watches is that a long
//!   page costs what its length does (`tests/scaling.rs` checks the growth).
//!
//! `cargo bench -p headcount-extract --bench extract`; see BENCHMARKS.md for figures.

mod gen;

/// The allocator the `headcount` binary uses, so that the figures are the product's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use headcount_extract::{extract, prefilter, Document};
use headcount_testgen::{layoff_page, Article, XorShift, STREAM_WORDS};
use std::hint::black_box;
use std::time::Duration;

const ARTICLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/dev/articles"
);

/// Documents in the mixed stream: about 5 MB of text, enough that per-iteration
/// noise is small and short enough for a two-core CI machine.
const MIXED_DOCS: u64 = 2000;

/// Sentences in the long page: about 0.65 MB of text in one document.
const LONG_SENTENCES: usize = 10_000;

fn documents(articles: &[Article]) -> Vec<Document<'_>> {
    articles
        .iter()
        .map(|a| Document {
            text: &a.maintext,
            title: a.title.as_deref(),
            url: a.url.as_deref(),
            published: published(a),
        })
        .collect()
}

/// The publication date, from news-please's `YYYY-MM-DD[ HH:MM:SS]`.
fn published(a: &Article) -> Option<chrono::NaiveDate> {
    let s = a.date_publish.as_deref()?;
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn text_bytes(docs: &[Document]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn bench_extract(
    group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    docs: &[Document],
) {
    group.throughput(Throughput::Bytes(text_bytes(docs)));
    group.bench_function(name, |b| {
        b.iter(|| {
            let mut claims = 0usize;
            for d in docs {
                claims += extract(black_box(d)).len();
            }
            claims
        })
    });
}

/// The generator's plain sentences must hold no prefilter stem: otherwise the share of
/// generated news that passes the prefilter is not the one `headcount_testgen::STRESS_EVERY` sets.
fn check_plain_sentences() {
    let mut rng = XorShift::new(7);
    for (topic, plain, _) in gen::TOPICS {
        for template in *plain {
            for _ in 0..20 {
                let mut s = String::new();
                STREAM_WORDS.fill(&mut rng, template, &mut s);
                // A verb stem alone or a noun stem alone fails the prefilter; pairing the
                // sentence with one of each shows whether it holds the other.
                let stem_free = !prefilter::may_mention_cuts(&format!("{s} jobs"))
                    && !prefilter::may_mention_cuts(&format!("{s} cut"));
                assert!(
                    stem_free,
                    "{topic}: plain sentence holds a prefilter stem: {s:?}"
                );
            }
        }
    }
}

/// Prints what the stream holds, so a throughput figure can be read against how much
/// of the text got past the prefilter.
fn describe(name: &str, docs: &[Document]) {
    let passed: Vec<_> = docs
        .iter()
        .filter(|d| prefilter::may_mention_cuts(d.text))
        .collect();
    let with_claims = docs.iter().filter(|d| !extract(d).is_empty()).count();
    let passed_bytes: usize = passed.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "{name}: {} documents, {:.2} MB; {} ({:.1}% of bytes) pass the prefilter; {} yield claims",
        docs.len(),
        text_bytes(docs) as f64 / 1e6,
        passed.len(),
        100.0 * passed_bytes as f64 / text_bytes(docs).max(1) as f64,
        with_claims,
    );
}

fn bench(c: &mut Criterion) {
    check_plain_sentences();
    let dev = gen::dev_articles(ARTICLES.as_ref());
    if dev.is_empty() {
        eprintln!("dev articles not found at {ARTICLES}; skipping the corpus benchmarks");
    }
    let mixed = gen::Stream::new(1, 0.05, &dev, Some(MIXED_DOCS)).collect::<Vec<_>>();
    let news = gen::Stream::new(1, 0.0, &dev, Some(MIXED_DOCS)).collect::<Vec<_>>();
    let (dev_docs, mixed_docs, news_docs) = (documents(&dev), documents(&mixed), documents(&news));
    describe("dense/dev_corpus", &dev_docs);
    describe("mixed/5pct_layoff", &mixed_docs);
    describe("mixed/0pct_layoff", &news_docs);

    let mut group = c.benchmark_group("dense");
    group
        .sample_size(20)
        .measurement_time(Duration::from_secs(5));
    if !dev_docs.is_empty() {
        bench_extract(&mut group, "dev_corpus", &dev_docs);
    }
    group.finish();

    let mut group = c.benchmark_group("mixed");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    bench_extract(&mut group, "5pct_layoff", &mixed_docs);
    bench_extract(&mut group, "0pct_layoff", &news_docs);
    group.finish();

    let page = layoff_page(&mut XorShift::new(1), LONG_SENTENCES);
    let long_doc = [Document {
        text: &page,
        title: None,
        url: None,
        published: chrono::NaiveDate::from_ymd_opt(2024, 6, 1),
    }];
    describe("long/page_10k_sentences", &long_doc);
    let mut group = c.benchmark_group("long");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    bench_extract(&mut group, "page_10k_sentences", &long_doc);
    group.finish();

    let mut group = c.benchmark_group("prefilter");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(3));
    group.throughput(Throughput::Bytes(text_bytes(&mixed_docs)));
    group.bench_function("5pct_layoff", |b| {
        b.iter(|| {
            mixed_docs
                .iter()
                .filter(|d| prefilter::may_mention_cuts(black_box(d.text)))
                .count()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
