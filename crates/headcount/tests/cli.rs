//! The `headcount extract` command end to end: real files in a temporary folder, the real
//! binary, its JSON Lines, its stderr report of skipped input and its exit status.

mod common;
use std::path::PathBuf;

fn scratch(name: &str) -> PathBuf {
    common::scratch("cli", name)
}

fn run(args: &[&str]) -> (i32, String, String) {
    common::run(None, args)
}

#[test]
fn bad_input_is_named_skipped_and_counted_while_the_rest_is_extracted() {
    let dir = scratch("bad");
    std::fs::write(
        dir.join("good.txt"),
        "Acme cuts jobs\nAcme Corp. laid off 120 employees on Monday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("nomaintext.json"),
        r#"{"title": "x", "url": "http://a.example"}"#,
    )
    .unwrap();
    std::fs::write(
        dir.join("dump.jsonl"),
        "{\"id\":\"a1\",\"maintext\":\"Beta Inc. laid off 40 workers.\",\"date_publish\":\"2024-05-02\"}\n\
         {\"id\":\"a2\",\"maintext\": \"truncated\n\
         {\"id\":\"a3\",\"maintext\":\"Gamma Ltd said it will cut 300 jobs.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("binary.txt"), b"abc\0def").unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("invalid.txt"), b"\xff\xfe bad utf8").unwrap();

    let (code, stdout, stderr) = run(&["extract", "--json", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "exit status says something was skipped\n{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let companies: Vec<&str> = lines
        .iter()
        .flat_map(|l| l["claims"].as_array().unwrap())
        .map(|c| c["company"].as_str().unwrap())
        .collect();
    assert_eq!(
        companies,
        ["Beta", "Gamma", "Acme"],
        "every good document is extracted, in order"
    );
    assert_eq!(lines[0]["source"]["line"], 1);
    assert_eq!(lines[1]["source"]["id"], "a3");
    for needle in [
        "binary.txt: binary file",
        "dump.jsonl:2: invalid JSON",
        "empty.txt: empty file",
        "invalid.txt: invalid UTF-8",
        "nomaintext.json: no maintext",
    ] {
        assert!(
            stderr.contains(needle),
            "stderr names {needle:?}:\n{stderr}"
        );
    }
    // One invalid UTF-8 byte no longer drops the file: it is read, with a warning.
    assert!(
        stderr.contains("warning: ")
            && stderr.contains("invalid.txt: invalid UTF-8 at byte 0 (2 bytes replaced"),
        "{stderr}"
    );
    assert!(
        stderr.contains("4 documents read")
            && stderr.contains("4 skipped, 1 with invalid UTF-8 replaced"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn clean_input_exits_zero_and_offsets_point_into_the_text() {
    let dir = scratch("clean");
    let text = "Acme to shed 300 jobs\nAcme Corp. said on Tuesday it would cut 300 jobs, about 5% of its workforce, by March.\n";
    std::fs::write(dir.join("a.txt"), text).unwrap();
    let (code, stdout, stderr) = run(&["extract", "--json", "--with-text", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    let line: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
    let doc = line["source"]["text"].as_str().unwrap();
    assert_eq!(doc, text);
    let claim = &line["claims"][0];
    assert_eq!(claim["headcount"]["min"], 300);
    assert_eq!(claim["percent"], 5.0);
    for e in claim["evidence"].as_array().unwrap() {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&doc[s..t], e["text"].as_str().unwrap());
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_table_is_readable_and_a_missing_path_is_reported() {
    let (code, stdout, stderr) = run(&[
        "extract",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../samples"),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Amazon Web Services") && stdout.contains("200..999"),
        "{stdout}"
    );
    let (code, _, stderr) = run(&["extract", "/no/such/path.txt"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("/no/such/path.txt"), "{stderr}");
}
