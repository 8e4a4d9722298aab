//! Article-body quality on the 181 real pages of `shared/eval/html`: F1 over 4-word
//! shingles, computed as `shared/eval/score_html.py` does, must stay at the level reached.

use headcount_ingest::documents;
use std::collections::HashMap;
use std::path::PathBuf;

/// F1 measured when the extractor was tuned (0.971 by score_html.py), less 0.005 of slack.
const MIN_F1: f64 = 0.966;

/// Bag of lower-cased 4-word shingles; words are runs of `\w` characters.
fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let lower = text.to_lowercase();
    let words: Vec<String> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let mut bag = HashMap::new();
    if words.len() < 4 {
        if !words.is_empty() {
            bag.insert(words, 1);
        }
        return bag;
    }
    for w in words.windows(4) {
        *bag.entry(w.to_vec()).or_insert(0) += 1;
    }
    bag
}

#[test]
fn article_body_f1_on_benchmark_pages() {
    let dir = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/eval/html"
    ));
    let Ok(truth) = std::fs::read_to_string(dir.join("ground-truth.json")) else {
        eprintln!("skipping: {} not found", dir.display());
        return;
    };
    let truth: serde_json::Value = serde_json::from_str(&truth).unwrap();
    let mut got = HashMap::new();
    for doc in documents(&[dir.join("pages")]) {
        let doc = doc.unwrap();
        let name = doc.path.rsplit('/').next().unwrap();
        got.insert(name.split('.').next().unwrap().to_owned(), doc.text);
    }
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (key, page) in truth.as_object().unwrap() {
        let g = shingles(page["articleBody"].as_str().unwrap_or(""));
        let h = shingles(got.get(key).map_or("", String::as_str));
        let tp: usize = g
            .iter()
            .map(|(k, n)| (*n).min(*h.get(k).unwrap_or(&0)))
            .sum();
        let (hn, gn): (usize, usize) = (h.values().sum(), g.values().sum());
        if hn > 0 {
            ps.push(tp as f64 / hn as f64);
        } else if gn > 0 {
            ps.push(0.0);
        }
        if gn > 0 {
            rs.push(tp as f64 / gn as f64);
        }
    }
    let p = ps.iter().sum::<f64>() / ps.len() as f64;
    let r = rs.iter().sum::<f64>() / rs.len() as f64;
    let f1 = 2.0 * p * r / (p + r);
    eprintln!(
        "pages {} precision {p:.3} recall {r:.3} F1 {f1:.4}",
        truth.as_object().unwrap().len()
    );
    assert!(f1 >= MIN_F1, "F1 {f1:.4} fell below {MIN_F1}");
}
