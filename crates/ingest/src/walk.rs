//! Turning command-line paths into a stream of input files: folders are walked recursively in
//! sorted order (hidden entries skipped, symlink loops cut), each file's [`Format`] is known
//! from its name, and `-` stands for standard input, whose format is sniffed later.

use crate::InputError;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The kinds of input file we read, recognised by extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    JsonLines,
    Html,
    HtmlGz,
    /// Standard input: the first bytes decide.
    Stdin,
}

impl Format {
    /// The format a file name announces, ignoring case; `None` for anything else.
    pub fn from_name(name: &str) -> Option<Format> {
        let lower = name.to_ascii_lowercase();
        let table = [
            (".html.gz", Format::HtmlGz),
            (".htm.gz", Format::HtmlGz),
            (".jsonl", Format::JsonLines),
            (".json", Format::Json),
            (".txt", Format::Text),
            (".html", Format::Html),
            (".htm", Format::Html),
        ];
        table
            .into_iter()
            .find(|(ext, _)| lower.ends_with(ext))
            .map(|(_, f)| f)
    }
}

/// One input to read.
#[derive(Debug)]
pub struct Input {
    pub path: PathBuf,
    pub format: Format,
}

/// Depth-first walk over the given paths, yielding files in a stable order.
pub struct Walker {
    /// Paths still to visit, last one next; `true` marks paths named on the command line.
    stack: Vec<(PathBuf, bool)>,
    /// Canonical folders already entered, so a symlink cycle is visited once.
    seen_dirs: HashSet<PathBuf>,
}

impl Walker {
    pub fn new(paths: &[PathBuf]) -> Walker {
        Walker {
            stack: paths.iter().rev().map(|p| (p.clone(), true)).collect(),
            seen_dirs: HashSet::new(),
        }
    }

    /// Pushes the sorted, non-hidden entries of `dir`.
    fn enter(&mut self, dir: &Path) -> Result<(), InputError> {
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
            .extend(names.into_iter().rev().map(|n| (dir.join(n), false)));
        Ok(())
    }
}

impl Iterator for Walker {
    type Item = Result<Input, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        while let Some((path, explicit)) = self.stack.pop() {
            if explicit && path.as_os_str() == "-" {
                return Some(Ok(Input {
                    path,
                    format: Format::Stdin,
                }));
            }
            let shown = path.display().to_string();
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(e) => return Some(Err(InputError::file(&shown, e.to_string()))),
            };
            if meta.is_dir() {
                if let Err(e) = self.enter(&path) {
                    return Some(Err(e));
                }
                continue;
            }
            let name = path.file_name().map(|n| n.to_string_lossy());
            match name.as_deref().and_then(Format::from_name) {
                Some(format) => return Some(Ok(Input { path, format })),
                None if explicit => return Some(Err(InputError::file(
                    &shown,
                    "unsupported file type (expected .txt, .json, .jsonl, .html, .htm or .html.gz)",
                ))),
                None => {}
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(Format::from_name("a.HTML.gz"), Some(Format::HtmlGz));
        assert_eq!(Format::from_name("a.jsonl"), Some(Format::JsonLines));
        assert_eq!(Format::from_name("a.json"), Some(Format::Json));
        assert_eq!(Format::from_name("a.gz"), None);
        assert_eq!(Format::from_name("txt"), None);
    }
}
