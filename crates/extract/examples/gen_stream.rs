//! Writes a news-please JSON Lines stream for the whole-process benchmark
//! (`bench/run.sh`): generated non-layoff news with dev-corpus layoff articles mixed in.
//!
//! ```text
//! cargo run --release -p headcount-extract --example gen_stream -- SIZE [SHARE] [SEED]
//! ```
//! SIZE is a number of documents (`50000`) or of bytes (`200MB`, `1GB`; the stream stops
//! at the first document past it). SHARE is the fraction of documents that are layoff
//! articles (default 0.05; 1 gives the dev corpus repeated). SEED defaults to 1.

#[path = "../benches/gen/mod.rs"]
mod gen;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

const ARTICLES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/eval/dev/articles"
);

enum Size {
    Documents(u64),
    Bytes(u64),
}

fn parse_size(s: &str) -> Option<Size> {
    let upper = s.to_ascii_uppercase();
    for (suffix, unit) in [("GB", 1u64 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] {
        if let Some(n) = upper.strip_suffix(suffix) {
            return Some(Size::Bytes(n.trim().parse::<u64>().ok()? * unit));
        }
    }
    s.parse().ok().map(Size::Documents)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage =
        "usage: gen_stream SIZE [SHARE] [SEED]   (SIZE: documents, or bytes as 200MB / 1GB)";
    let Some(size) = args.first().and_then(|s| parse_size(s)) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let (share, seed) = match headcount_testgen::share_and_seed(&args[1..], usage) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let layoffs = gen::dev_articles(ARTICLES.as_ref());
    if share > 0.0 && layoffs.is_empty() {
        eprintln!("gen_stream: no dev articles in {ARTICLES}; writing generated news only");
    }
    let n = match size {
        Size::Documents(n) => Some(n),
        Size::Bytes(_) => None,
    };
    let limit = match size {
        Size::Bytes(b) => b,
        Size::Documents(_) => u64::MAX,
    };
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let (mut written, mut docs) = (0u64, 0u64);
    let mut line = Vec::with_capacity(8192);
    for article in gen::Stream::new(seed, share, &layoffs, n) {
        if written >= limit {
            break;
        }
        line.clear();
        serde_json::to_writer(&mut line, &article).expect("an article serialises");
        line.push(b'\n');
        if out.write_all(&line).is_err() {
            // A closed pipe (`| head`) ends the stream.
            return ExitCode::from(3);
        }
        written += line.len() as u64;
        docs += 1;
    }
    if out.flush().is_err() {
        return ExitCode::from(3);
    }
    eprintln!("gen_stream: {docs} documents, {written} bytes");
    ExitCode::SUCCESS
}
