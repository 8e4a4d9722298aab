//! Writes one long page of layoff reports (`headcount_testgen::layoff_page`) as plain
//! text, to time the whole process on a long document:
//!
//! ```text
//! cargo run --release -p headcount-extract --example gen_page -- SENTENCES [SEED] > page.txt
//! headcount extract --json page.txt
//! ```
//! SEED defaults to 1.

use headcount_testgen::{layoff_page, XorShift};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen_page SENTENCES [SEED]";
    let Some(Ok(n)) = args.first().map(|s| s.parse::<usize>()) else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let seed = match args.get(1).map(|s| s.parse::<u64>()) {
        None => 1,
        Some(Ok(s)) => s,
        Some(Err(_)) => {
            eprintln!("SEED must be a whole number\n{usage}");
            return ExitCode::from(2);
        }
    };
    let page = layoff_page(&mut XorShift::new(seed), n);
    if std::io::stdout().lock().write_all(page.as_bytes()).is_err() {
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
