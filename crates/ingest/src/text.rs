//! Plain-text articles (`.txt`): the whole file is the text, byte for byte (only a UTF-8 BOM
//! is dropped, so evidence offsets match the file); the first non-empty line is the title.

use crate::{check, InputError, SourceDoc};

/// Reads one plain-text document from already-loaded bytes.
pub fn read(bytes: Vec<u8>, path: &str) -> Result<SourceDoc, InputError> {
    let (text, warning) = check::decode(bytes, path)?;
    let title = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(str::to_owned);
    Ok(SourceDoc {
        path: path.to_owned(),
        title,
        text,
        warning,
        ..SourceDoc::default()
    })
}

/// `.txt` files.
pub struct Text;

impl crate::Source for Text {
    fn name(&self) -> &'static str {
        "text"
    }

    fn extensions(&self) -> &'static [&'static str] {
        &[".txt"]
    }

    fn read(&self, file: crate::source::Input, path: &str) -> crate::source::Docs {
        crate::source::whole_file(file, path, read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_is_first_non_empty_line_and_text_is_exact() {
        let d = read(b"\n  \r\n  Big cuts \r\nbody\r\n".to_vec(), "a.txt").unwrap();
        assert_eq!(d.title.as_deref(), Some("Big cuts"));
        assert_eq!(d.text, "\n  \r\n  Big cuts \r\nbody\r\n");
    }
}
