//! Turning command-line paths into a stream of input files: folders are walked recursively in
//! sorted order (hidden entries skipped, symlink loops cut), each file's [`Source`] is known
//! from its name (or forced by `--format`), and `-` stands for standard input, whose format
//! is sniffed later. Files in a folder that no format reads are counted by type and named
//! once the walk ends, so that a folder of unread files is never "0 documents", silently.

use crate::feed::Feed;
use crate::source::{self, Source};
use crate::web::{is_url, Web};
use crate::InputError;
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// One input to read.
pub struct Input {
    pub path: PathBuf,
    /// `None` for standard input without `--format`: the first bytes decide.
    pub source: Option<&'static dyn Source>,
    /// For an `http(s)` URL: the fetcher that gets its body.
    pub web: Option<&'static Web>,
}

/// Depth-first walk over the given paths, yielding files in a stable order.
pub struct Walker {
    /// Paths still to visit, last one next, each with the index of the command-line path
    /// it was found under; `true` marks paths named on the command line.
    stack: Vec<(PathBuf, bool, usize)>,
    /// Canonical folders already entered, so a symlink cycle is visited once.
    seen_dirs: HashSet<PathBuf>,
    /// The format `--format` forces on every file.
    forced: Option<&'static dyn Source>,
    /// The feed reader of this run (its page fetching and rate limit): URLs and feed files.
    feed: &'static Feed,
    /// The command-line paths, for messages.
    roots: Vec<PathBuf>,
    /// Files found in folders that no format reads: (root, type) → count.
    unread: BTreeMap<(usize, String), u64>,
}

impl Walker {
    pub fn new(
        paths: &[PathBuf],
        forced: Option<&'static dyn Source>,
        feed: &'static Feed,
    ) -> Walker {
        Walker {
            stack: paths
                .iter()
                .enumerate()
                .rev()
                .map(|(i, p)| (p.clone(), true, i))
                .collect(),
            seen_dirs: HashSet::new(),
            forced,
            feed,
            roots: paths.to_vec(),
            unread: BTreeMap::new(),
        }
    }

    /// What the walk found in folders and did not read, one line per folder and type:
    /// "docs: 9 .pdf files not read: …". Empty until the walk is done.
    pub fn unread(&mut self) -> Vec<String> {
        if !self.stack.is_empty() {
            return Vec::new();
        }
        let known: Vec<&str> = source::SOURCES
            .iter()
            .flat_map(|s| s.extensions().iter().copied())
            .collect();
        std::mem::take(&mut self.unread)
            .into_iter()
            .map(|((root, ext), n)| {
                format!(
                    "{}: {n} {ext} file{} not read: not a type headcount reads ({}); name such a file with --format to read it as one",
                    self.roots[root].display(),
                    if n == 1 { "" } else { "s" },
                    known.join(", ")
                )
            })
            .collect()
    }

    /// Pushes the sorted, non-hidden entries of `dir`.
    fn enter(&mut self, dir: &Path, root: usize) -> Result<(), InputError> {
        let fail = |e: std::io::Error| InputError::file(&dir.display().to_string(), e.to_string());
        if let Ok(canon) = dir.canonicalize() {
            if !self.seen_dirs.insert(canon) {
                return Ok(());
            }
        }
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(fail)? {
            let name = entry.map_err(fail)?.file_name();
            if !name.as_encoded_bytes().starts_with(b".") {
                names.push(name);
            }
        }
        names.sort();
        self.stack
            .extend(names.into_iter().rev().map(|n| (dir.join(n), false, root)));
        Ok(())
    }
}

impl Iterator for Walker {
    type Item = Result<Input, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some((path, explicit, root)) = self.stack.pop() {
            if explicit && path.as_os_str() == "-" {
                // Sniffed from its first bytes, unless `--format` names the format.
                return Some(Ok(Input {
                    path,
                    source: self.forced,
                    web: None,
                }));
            }
            let shown = path.display().to_string();
            if explicit && is_url(&shown) {
                return Some(Ok(Input {
                    path,
                    source: Some(self.forced.unwrap_or(self.feed)),
                    web: Some(&self.feed.web),
                }));
            }
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Err(InputError::file(&shown, e.to_string()))),
            };
            if meta.is_dir() {
                if let Err(e) = self.enter(&path, root) {
                    return Some(Err(e));
                }
                continue;
            }
            let name = path.file_name().map(|n| n.to_string_lossy());
            // The static feed reader stands for this run's, with its fetching options.
            let own = name.as_deref().and_then(source::for_name).map(|s| {
                if s.name() == "feed" {
                    self.feed as &dyn Source
                } else {
                    s
                }
            });
            match (self.forced, own) {
                (Some(forced), _) if explicit || own.is_some() => {
                    return Some(Ok(Input {
                        path,
                        source: Some(forced),
                        web: None,
                    }))
                }
                (_, Some(s)) => {
                    return Some(Ok(Input {
                        path,
                        source: Some(s),
                        web: None,
                    }))
                }
                _ if explicit => return Some(Err(InputError::file(
                    &shown,
                    "unsupported file type (expected .txt, .json, .jsonl, .html, .htm, .html.gz, .rss, .atom, .xml or .csv, or an http(s) feed URL)",
                ))),
                _ => {
                    *self.unread.entry((root, file_type(name.as_deref()))).or_insert(0) += 1;
                }
            }
        }
        None
    }
}

/// A file's type for messages: its extension (".pdf"), or "extension-less".
fn file_type(name: Option<&str>) -> String {
    match name.and_then(|n| n.rsplit_once('.')) {
        Some((stem, ext)) if !stem.is_empty() && !ext.is_empty() && ext.len() <= 12 => {
            format!(".{}", ext.to_ascii_lowercase())
        }
        _ => "extension-less".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        let name = |f: &str| source::for_name(f).map(|s| s.name());
        assert_eq!(name("a.HTML.gz"), Some("html.gz"));
        assert_eq!(name("a.jsonl"), Some("jsonl"));
        assert_eq!(name("a.json"), Some("json"));
        assert_eq!(name("a.csv"), Some("csv"));
        assert_eq!(name("a.RSS"), Some("feed"));
        assert_eq!(name("a.atom"), Some("feed"));
        assert_eq!(name("a.xml"), Some("feed"));
        assert_eq!(name("a.gz"), None);
        assert_eq!(name("txt"), None);
        assert_eq!(file_type(Some("a.PDF")), ".pdf");
        assert_eq!(file_type(Some("README")), "extension-less");
    }
}
