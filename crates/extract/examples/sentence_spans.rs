//! Prints what the extractor sees in one sentence: its organisations and trigger hits.
//! A tool for writing rules:
//! `cargo run --release -p headcount-extract --example sentence_spans -- "Acme Corp cut 784 jobs."`
use headcount_extract::{orgs, tokens::tokenize, triggers};

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let toks = tokenize(&text);
    let names = orgs::NameContext::new(&[&toks]);
    for o in orgs::find(&text, &toks, &names) {
        println!(
            "org {:?} [{}..{}] cited={}",
            o.name, o.first, o.last, o.cited
        );
    }
    for h in triggers::find(&toks) {
        let rule = &triggers::TRIGGERS[h.rule];
        println!("hit {:?} [{}..{}]", rule.pattern, h.first, h.last);
    }
}
