//! Byte-level checks shared by the whole-file readers: size limit, binary sniffing, UTF-8
//! validation (with the offending byte offset), BOM stripping and the "empty file" rule.

use crate::InputError;
use std::io::Read;

/// Whole-file readers (`.txt`, `.json`, `.html`) refuse files larger than this; big dumps
/// belong in `.jsonl`, which is streamed.
pub const MAX_FILE: u64 = 256 << 20;

/// A file is called binary when a NUL byte appears in its first this many bytes.
const SNIFF: usize = 8 << 10;

/// Reads at most [`MAX_FILE`] bytes from `r`; a longer input is an error, not a truncation.
pub fn read_limited(r: impl Read, path: &str) -> Result<Vec<u8>, InputError> {
    let mut buf = Vec::new();
    r.take(MAX_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| InputError::file(path, e.to_string()))?;
    if buf.len() as u64 > MAX_FILE {
        return Err(InputError::file(
            path,
            format!(
                "file too large (over {} MiB); split it or use .jsonl",
                MAX_FILE >> 20
            ),
        ));
    }
    Ok(buf)
}

/// Strips a UTF-8 byte-order mark, if any.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// True when a NUL byte appears near the start: text formats never contain one.
pub fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(SNIFF)]).is_some()
}

/// Turns a whole file into text: no BOM, not binary, not blank. Invalid UTF-8 does not
/// lose the document: each bad sequence becomes U+FFFD, and the second value says where
/// the first one was and how many bytes were replaced (the caller warns and counts it).
pub fn decode(bytes: Vec<u8>, path: &str) -> Result<(String, Option<String>), InputError> {
    let start = bytes.len() - strip_bom(&bytes).len();
    if is_binary(&bytes[start..]) {
        return Err(InputError::file(path, "binary file"));
    }
    let (text, warning) = lossy(bytes, start, "");
    if text.trim().is_empty() {
        return Err(InputError::file(path, "empty file"));
    }
    Ok((text, warning))
}

/// `bytes[start..]` as text, invalid UTF-8 replaced; the warning names the first bad
/// byte's offset in `bytes` (then `what`: " of the line") and how many bytes were replaced.
pub fn lossy(mut bytes: Vec<u8>, start: usize, what: &str) -> (String, Option<String>) {
    let body = &bytes[start..];
    let Err(e) = std::str::from_utf8(body) else {
        bytes.drain(..start);
        // Validated just above; the conversion cannot fail.
        return (String::from_utf8(bytes).unwrap_or_default(), None);
    };
    let first = start + e.valid_up_to();
    let replaced: usize = body.utf8_chunks().map(|c| c.invalid().len()).sum();
    let text = String::from_utf8_lossy(body).into_owned();
    let warning = format!(
        "invalid UTF-8 at byte {first}{what} ({replaced} byte{} replaced with U+FFFD)",
        if replaced == 1 { "" } else { "s" }
    );
    (text, Some(warning))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rules() {
        assert_eq!(
            decode(b"\xEF\xBB\xBFhi\r\n".to_vec(), "p").unwrap(),
            ("hi\r\n".to_owned(), None)
        );
        assert_eq!(
            decode(b"a\0b".to_vec(), "p").unwrap_err().reason,
            "binary file"
        );
        assert_eq!(
            decode(b" \n\t".to_vec(), "p").unwrap_err().reason,
            "empty file"
        );
        assert_eq!(
            decode(b"ab\xFFc".to_vec(), "p").unwrap(),
            (
                "ab\u{FFFD}c".to_owned(),
                Some("invalid UTF-8 at byte 2 (1 byte replaced with U+FFFD)".to_owned())
            )
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFa\xC3(\xFF\xFE".to_vec(), "p")
                .unwrap()
                .1,
            Some("invalid UTF-8 at byte 4 (3 bytes replaced with U+FFFD)".to_owned())
        );
    }
}
