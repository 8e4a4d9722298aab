//! Throughput of HTML → article text on the benchmark pages (uncompressed bytes per second).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::io::Read;

fn pages() -> Vec<String> {
    let dir = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/html/pages"
    );
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let mut s = String::new();
            flate2::read::GzDecoder::new(std::fs::File::open(p).ok()?)
                .read_to_string(&mut s)
                .ok()?;
            Some(s)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    if pages.is_empty() {
        eprintln!("benchmark pages not found; skipping");
        return;
    }
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("extract_181_pages", |b| {
        b.iter(|| {
            for p in &pages {
                std::hint::black_box(headcount_ingest::html::extract(p));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
