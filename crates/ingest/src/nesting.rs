//! A cheap guard against pathological HTML. Parsing and Readability scoring both take time
//! quadratic in the element nesting depth (10,000 nested `<div>`s cost minutes), so before
//! building a DOM we estimate the depth with a single pass over the raw tags and refuse pages
//! far deeper than any real one (the deepest benchmark page is estimated at 48 levels).

/// Pages estimated deeper than this are refused. Extraction takes about a tenth of a second at
/// this depth; the deepest of the 181 benchmark pages is estimated far below it.
pub const MAX_DEPTH: usize = 500;

/// Elements that never hold children, or whose end tag is so often left out that counting
/// them would inflate the estimate on ordinary pages.
const UNCOUNTED: &[&[u8]] = &[
    b"area",
    b"base",
    b"br",
    b"col",
    b"embed",
    b"hr",
    b"img",
    b"input",
    b"link",
    b"meta",
    b"param",
    b"source",
    b"track",
    b"wbr",
    b"p",
    b"li",
    b"dt",
    b"dd",
    b"tr",
    b"td",
    b"th",
    b"option",
    b"optgroup",
    b"html",
    b"head",
    b"body",
    b"colgroup",
    b"tbody",
    b"thead",
    b"tfoot",
    b"rb",
    b"rt",
    b"rp",
    b"keygen",
    b"image",
    b"frame",
    b"basefont",
    b"bgsound",
];

/// Elements whose content is raw text, skipped up to their end tag.
const RAW_TEXT: &[&[u8]] = &[
    b"script",
    b"style",
    b"textarea",
    b"title",
    b"xmp",
    b"noscript",
];

/// The deepest nesting of counted elements, estimated from the tags alone.
pub fn estimate(html: &[u8]) -> usize {
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr::memchr(b'<', &html[i..]) {
        let start = i + off + 1;
        let rest = &html[start..];
        if rest.starts_with(b"!--") {
            i = find(html, start + 3, b"-->").map_or(html.len(), |e| e + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_start = start + usize::from(closing);
        let name_len = html[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'-')
            .count();
        if name_len == 0 || !html[name_start].is_ascii_alphabetic() {
            i = start;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = memchr::memchr(b'>', &html[name_start..]).map_or(html.len(), |e| name_start + e);
        i = (end + 1).min(html.len());
        let counted = !UNCOUNTED.contains(&name.as_slice());
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
            continue;
        }
        if RAW_TEXT.contains(&name.as_slice()) {
            let mut close = b"</".to_vec();
            close.extend_from_slice(&name);
            i = find_ci(html, i, &close).unwrap_or(html.len());
            continue;
        }
        let self_closing = end > 0 && end < html.len() && html[end - 1] == b'/';
        if counted && !self_closing {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// Like [`find`], ignoring ASCII case.
fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn estimates() {
        assert_eq!(
            estimate(b"<html><body><div><p>a<p>b<br></div></body></html>"),
            1
        );
        assert_eq!(estimate(b"<div><div/><span>x</span></div>"), 2);
        assert_eq!(
            estimate(b"<script>if (a<b) { '<div><div>' }</script><div>"),
            1
        );
        assert_eq!(estimate(b"<!-- <div><div> --><b>x</b>"), 1);
        assert_eq!(estimate(&b"<div>".repeat(5000)), 5000);
        assert_eq!(estimate(b"a < b <"), 0);
    }

    /// The benchmark pages must stay far below the limit, or real pages would be refused.
    #[test]
    fn real_pages_are_far_below_the_limit() {
        use std::io::Read;
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/html/pages"
        );
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipping: {dir} not found");
            return;
        };
        let mut deepest = 0;
        for entry in entries.flatten() {
            let mut html = Vec::new();
            let file = std::fs::File::open(entry.path()).unwrap();
            flate2::read::GzDecoder::new(file)
                .read_to_end(&mut html)
                .unwrap();
            deepest = deepest.max(estimate(&html));
        }
        eprintln!("deepest benchmark page: {deepest}");
        assert!(deepest < MAX_DEPTH / 4, "{deepest}");
    }
}
