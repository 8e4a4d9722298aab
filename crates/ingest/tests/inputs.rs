//! Bad input, file by file: each case must name the file (and line), and the good documents
//! around it must still come through.

use headcount_ingest::{documents, InputError, SourceDoc};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A fresh folder under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "headcount-ingest-{name}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn read(paths: &[PathBuf]) -> Vec<Result<SourceDoc, InputError>> {
    documents(paths).collect()
}

fn name(p: &str) -> String {
    Path::new(p)
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned()
}

/// Runs a folder holding `good_a.txt`, the bad file and `good_z.txt`, and returns the error.
fn one_bad(case: &str, bad_name: &str, bad: &[u8]) -> InputError {
    let dir = TempDir::new(case);
    dir.write("a_good.txt", b"First article\nAcme cut 10 jobs.");
    dir.write(bad_name, bad);
    dir.write("z_good.txt", b"Last article\nBeta cut 20 jobs.");
    let out = read(std::slice::from_ref(&dir.0));
    assert_eq!(out.len(), 3, "{out:?}");
    assert_eq!(name(&out[0].as_ref().unwrap().path), "a_good.txt");
    assert_eq!(name(&out[2].as_ref().unwrap().path), "z_good.txt");
    let err = out[1].clone().unwrap_err();
    assert_eq!(name(&err.path), bad_name, "{err}");
    assert!(err.to_string().contains(bad_name));
    err
}

/// One invalid UTF-8 byte does not lose the article: it is read with the byte replaced
/// (U+FFFD), and a warning names the offset of the first bad byte.
fn one_lossy(case: &str, file: &str, bytes: &[u8]) -> SourceDoc {
    let dir = TempDir::new(case);
    let p = dir.write(file, bytes);
    let out = read(&[p]);
    assert_eq!(out.len(), 1, "{out:?}");
    out[0].clone().unwrap()
}

#[test]
fn invalid_utf8_txt_names_the_byte() {
    let d = one_lossy("utf8txt", "m_bad.txt", b"Title\nabc\xC3(def");
    assert_eq!(d.text, "Title\nabc\u{FFFD}(def");
    assert_eq!(
        d.warning.as_deref(),
        Some("invalid UTF-8 at byte 9 (1 byte replaced with U+FFFD)")
    );
}

#[test]
fn invalid_utf8_json() {
    let d = one_lossy("utf8json", "m_bad.json", b"{\"maintext\": \"a\xFFb\"}");
    assert_eq!(d.text, "a\u{FFFD}b");
    assert_eq!(
        d.warning.as_deref(),
        Some("invalid UTF-8 at byte 15 (1 byte replaced with U+FFFD)")
    );
}

#[test]
fn binary_files() {
    for ext in ["txt", "json", "html", "jsonl"] {
        let mut bytes = b"\x7fELF\x02\x01\x01\0\0\0".to_vec();
        bytes.extend_from_slice(&[0u8; 64]);
        let e = one_bad(&format!("bin{ext}"), &format!("m_bad.{ext}"), &bytes);
        if ext == "jsonl" {
            assert_eq!(e.line, Some(1));
        } else {
            assert_eq!(e.reason, "binary file");
        }
    }
}

#[test]
fn empty_and_blank_files() {
    for (i, bytes) in [&b""[..], b"  \n\t\r\n", b"\xEF\xBB\xBF\n"]
        .iter()
        .enumerate()
    {
        for ext in ["txt", "json", "jsonl", "html"] {
            let e = one_bad(&format!("empty{i}{ext}"), &format!("m_bad.{ext}"), bytes);
            assert_eq!(e.reason, "empty file", "{ext}: {e}");
        }
    }
}

#[test]
fn json_without_usable_maintext() {
    for (i, (json, why)) in [
        (r#"{"title": "no body"}"#, "no maintext"),
        (r#"{"maintext": ["x"]}"#, "maintext is not a string"),
        (r#"{"maintext": ""}"#, "maintext is empty"),
        (
            r#"{"maintext": "x""#,
            "invalid JSON: EOF while parsing an object at line 1 column 16",
        ),
        (r#""just a string""#, "not a JSON object"),
    ]
    .iter()
    .enumerate()
    {
        let e = one_bad(&format!("json{i}"), "m_bad.json", json.as_bytes());
        assert_eq!(&e.reason, why);
        assert_eq!(e.line, None);
    }
}

#[test]
fn json_array_keeps_good_elements() {
    let dir = TempDir::new("array");
    let p = dir.write(
        "a.json",
        br#"[{"maintext": "one", "id": "x1"}, {"title": "bad"}, {"maintext": "three", "id": 3}]"#,
    );
    let out = read(&[p]);
    assert_eq!(out[0].as_ref().unwrap().id.as_deref(), Some("x1"));
    assert_eq!(
        out[1].as_ref().unwrap_err().reason,
        "element 2: no maintext"
    );
    assert_eq!(out[2].as_ref().unwrap().id.as_deref(), Some("3"));
}

#[test]
fn json_metadata() {
    let dir = TempDir::new("meta");
    let p = dir.write(
        "a.json",
        br#"{"maintext": "Body.", "title": "T", "url": "https://www.example.com/a",
            "date_publish": "2023-01-20T10:00:00Z", "source_domain": "example.com", "id": null}"#,
    );
    let d = read(&[p]).remove(0).unwrap();
    assert_eq!(d.published.unwrap().to_string(), "2023-01-20");
    assert_eq!(d.outlet.as_deref(), Some("example.com"));
    assert_eq!(d.url.as_deref(), Some("https://www.example.com/a"));
    assert_eq!((d.id, d.line), (None, None));
}

#[test]
fn jsonl_bad_lines_are_numbered_and_skipped() {
    let dir = TempDir::new("jsonl");
    let p = dir.write(
        "dump.jsonl",
        b"{\"maintext\": \"one\"}\n\n{broken\n{\"maintext\": null}\n{\"maintext\": \"b\xFFd\"}\n{\"maintext\": \"six\"}\n{\"maintext\": \"trunc",
    );
    let out = read(&[p]);
    let lines: Vec<_> = out
        .iter()
        .map(|r| match r {
            Ok(d) => (d.line, d.text.clone()),
            Err(e) => (e.line, e.reason.clone()),
        })
        .collect();
    assert_eq!(lines.len(), 6, "{lines:?}");
    assert_eq!(lines[0], (Some(1), "one".to_owned()));
    assert_eq!(lines[1].0, Some(3));
    assert!(
        lines[1].1.starts_with("invalid JSON: key must be a string"),
        "{}",
        lines[1].1
    );
    assert_eq!(lines[2], (Some(4), "no maintext".to_owned()));
    // Invalid UTF-8 no longer drops the line's article: the byte is replaced, with a warning.
    assert_eq!(lines[3], (Some(5), "b\u{FFFD}d".to_owned()));
    assert_eq!(
        out[3].as_ref().unwrap().warning.as_deref(),
        Some("invalid UTF-8 at byte 15 of the line (1 byte replaced with U+FFFD)")
    );
    assert_eq!(lines[4], (Some(6), "six".to_owned()));
    assert_eq!(lines[5].0, Some(7));
    assert!(lines[5].1.contains("truncated last line"));
    let e = out[1].as_ref().unwrap_err();
    assert!(e.to_string().contains("dump.jsonl:3: invalid JSON"), "{e}");
}

#[test]
fn jsonl_overlong_line_is_skipped() {
    let dir = TempDir::new("long");
    let path = dir.0.join("big.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    f.write_all(b"{\"maintext\": \"first\"}\n{\"maintext\": \"")
        .unwrap();
    let chunk = vec![b'x'; 1 << 20];
    for _ in 0..(headcount_ingest::MAX_LINE >> 20) + 1 {
        f.write_all(&chunk).unwrap();
    }
    f.write_all(b"\"}\n{\"maintext\": \"third\"}\n").unwrap();
    drop(f);
    let out = read(&[path]);
    assert_eq!(out[0].as_ref().unwrap().text, "first");
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(e.line, Some(2));
    assert!(e.reason.starts_with("line longer than"), "{e}");
    assert_eq!(out[2].as_ref().unwrap().line, Some(3));
}

#[test]
fn missing_path_and_unsupported_explicit_file() {
    let dir = TempDir::new("missing");
    let good = dir.write("good.txt", b"Title\nBody");
    let pdf = dir.write("report.pdf", b"%PDF-1.4");
    let missing = dir.0.join("nope.txt");
    let out = read(&[missing, pdf, good]);
    assert_eq!(out.len(), 3);
    let e = out[0].as_ref().unwrap_err();
    assert!(
        e.path.ends_with("nope.txt") && e.reason.contains("No such file"),
        "{e}"
    );
    let e = out[1].as_ref().unwrap_err();
    assert!(e.path.ends_with("report.pdf") && e.reason.starts_with("unsupported file type"));
    assert!(out[2].is_ok());
}

#[test]
fn folder_walk_is_sorted_recursive_and_skips_hidden_and_unknown() {
    let dir = TempDir::new("walk");
    dir.write("b.txt", b"B\n");
    dir.write("a/z.txt", b"AZ\n");
    dir.write("a/b.json", br#"{"maintext": "AB"}"#);
    dir.write(".hidden.txt", b"H\n");
    dir.write(".git/x.txt", b"G\n");
    dir.write("notes.md", b"ignored");
    dir.write(
        "c.HTML",
        b"<html><body><article><p>Cee cee cee.</p></article></body></html>",
    );
    let titles: Vec<_> = read(std::slice::from_ref(&dir.0))
        .into_iter()
        .map(|r| {
            let d = r.unwrap();
            (name(&d.path), d.text.trim().to_owned())
        })
        .collect();
    assert_eq!(
        titles,
        [
            ("b.json".to_owned(), "AB".to_owned()),
            ("z.txt".to_owned(), "AZ".to_owned()),
            ("b.txt".to_owned(), "B".to_owned()),
            ("c.HTML".to_owned(), "Cee cee cee.".to_owned()),
        ]
    );
}

#[test]
fn txt_is_byte_exact() {
    let dir = TempDir::new("txt");
    let p = dir.write("a.txt", b"\xEF\xBB\xBF\r\n  Headline here \r\nBody\r\n\r\n");
    let d = read(&[p]).remove(0).unwrap();
    assert_eq!(d.title.as_deref(), Some("Headline here"));
    assert_eq!(d.text, "\r\n  Headline here \r\nBody\r\n\r\n");
}

#[test]
fn html_gz_and_bad_gzip() {
    use flate2::{write::GzEncoder, Compression};
    let dir = TempDir::new("gz");
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(
        b"<html><head><meta property=\"og:title\" content=\"Acme\"></head><body><article>\
          <p>Acme will cut several hundred jobs in its cloud division, the company said.</p>\
          </article></body></html>",
    )
    .unwrap();
    let good = gz.finish().unwrap();
    dir.write("a.html.gz", &good);
    dir.write("b.html.gz", b"this is not gzip at all");
    let mut truncated = good.clone();
    truncated.truncate(good.len() / 2);
    dir.write("c.html.gz", &truncated);
    dir.write("d.txt", b"Last\n");
    let out = read(std::slice::from_ref(&dir.0));
    assert_eq!(out.len(), 4, "{out:?}");
    let d = out[0].as_ref().unwrap();
    assert_eq!(d.title.as_deref(), Some("Acme"));
    assert!(d.text.contains("several hundred jobs"));
    for (i, file) in [(1, "b.html.gz"), (2, "c.html.gz")] {
        let e = out[i].as_ref().unwrap_err();
        assert_eq!(name(&e.path), file);
        assert!(e.reason.starts_with("gzip: "), "{e}");
    }
    assert!(out[3].is_ok());
}

#[cfg(unix)]
#[test]
fn unreadable_file_reports_the_os_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new("perm");
    let p = dir.write("locked.txt", b"secret\n");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        eprintln!("running as root: permissions are not enforced, skipping");
        return;
    }
    let e = read(&[p]).remove(0).unwrap_err();
    assert!(e.reason.contains("Permission denied"), "{e}");
}

#[test]
fn folder_as_directory_entry_error() {
    // A file path with a trailing component below a file: the OS error is reported, not a panic.
    let dir = TempDir::new("notdir");
    let f = dir.write("f.txt", b"x\n");
    let out = read(&[f.join("child.txt")]);
    assert!(out[0].is_err());
}

#[test]
fn deeply_nested_html_is_refused_quickly() {
    let dir = TempDir::new("deep");
    let mut page = b"<html><body>".to_vec();
    page.extend(b"<div>".repeat(100_000));
    page.extend_from_slice(b"<p>Deep text that is long enough to be an article.</p>");
    dir.write("deep.html", &page);
    dir.write("z.txt", b"Next\n");
    let started = std::time::Instant::now();
    let out = read(std::slice::from_ref(&dir.0));
    assert!(started.elapsed().as_secs() < 5);
    let e = out[0].as_ref().unwrap_err();
    assert!(e.reason.starts_with("HTML nested too deeply"), "{e}");
    assert!(out[1].is_ok());
}
