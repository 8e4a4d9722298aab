//! Computes `RULES_VERSION`: the crate version and a hash of everything the rules are made
//! of (the sources under `src/` and the tables under `data/`), so that a store can tell
//! which claims an older extractor made. FNV-1a over the sorted paths and their bytes: no
//! dependency, and the same inputs give the same version on every machine.

use std::fs;
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| x == "rs" || x == "tsv" || x == "idx")
        {
            out.push(p);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("manifest dir"));
    let mut paths = Vec::new();
    for dir in ["src", "data"] {
        files(&root.join(dir), &mut paths);
        println!("cargo:rerun-if-changed={dir}");
    }
    paths.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u64::from(*b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for p in &paths {
        let rel = p.strip_prefix(&root).unwrap_or(p);
        // Paths with '/' on every system, so the version does not depend on the OS.
        feed(rel.to_string_lossy().replace('\\', "/").as_bytes());
        feed(&[0]);
        // Line endings normalised: a checkout with CRLF is the same rules.
        let bytes = fs::read(p).unwrap_or_default();
        let text: Vec<u8> = bytes.into_iter().filter(|&b| b != b'\r').collect();
        feed(&text);
        feed(&[0]);
    }
    let version = format!(
        "{}+{:016x}",
        std::env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        hash
    );
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("out dir")).join("rules_version.rs");
    fs::write(
        out,
        format!("/// The extractor's rules version: the crate version and a hash of its rule sources and tables.\npub const RULES_VERSION: &str = {version:?};\n"),
    )
    .expect("writing rules_version.rs");
}
