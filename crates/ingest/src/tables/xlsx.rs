//! Spreadsheets (`.xlsx`): states publish WARN notices as workbooks as well as CSV. The first
//! worksheet is turned into CSV text, one line per sheet row, and read like any table: its
//! layout is recognised by the header, and an error names the sheet row as its line.
//!
//! Typed cells become the text a CSV export would hold: dates `YYYY-MM-DD`, whole numbers
//! without a decimal point, line breaks inside a cell as spaces (so that line numbers stay
//! sheet rows).

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

/// The first worksheet of the workbook in `bytes` as CSV text, or why it cannot be read.
pub fn to_csv(bytes: Vec<u8>) -> Result<Vec<u8>, String> {
    let mut book =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| format!("unreadable spreadsheet: {e}"))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or("the spreadsheet has no worksheet")?
        .map_err(|e| format!("unreadable worksheet: {e}"))?;
    let mut out = csv::Writer::from_writer(Vec::new());
    // Rows above the used range are blank lines, so a row's line is its sheet row.
    let first_row = range.start().map_or(0, |(r, _)| r);
    let mut text = vec![b'\n'; first_row as usize];
    for row in range.rows() {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        out.write_record(&cells)
            .map_err(|e| format!("worksheet row: {e}"))?;
    }
    let body = out
        .into_inner()
        .map_err(|e| format!("worksheet: {}", e.error()))?;
    text.extend_from_slice(&body);
    Ok(text)
}

/// A cell as a CSV export writes it.
fn cell_text(c: &Data) -> String {
    match c {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            s.replace(['\r', '\n'], " ")
        }
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => match d.as_datetime() {
            Some(dt) if dt.time() == chrono::NaiveTime::MIN => {
                dt.date().format("%Y-%m-%d").to_string()
            }
            Some(dt) => dt.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => d.as_f64().to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Any bytes, and any bytes in a zip that looks like a workbook, give text or an
        /// error, never a panic.
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..2048)) {
            let _ = to_csv(bytes.clone());
            let mut zipped = b"PK\x03\x04".to_vec();
            zipped.extend(bytes);
            let _ = to_csv(zipped);
        }
    }

    #[test]
    fn not_a_workbook_is_named() {
        let err = to_csv(b"company,city\nAcme,Reno\n".to_vec()).unwrap_err();
        assert!(err.contains("unreadable spreadsheet"), "{err}");
    }

    #[test]
    fn typed_cells_read_as_an_export_writes_them() {
        assert_eq!(cell_text(&Data::Float(257.0)), "257");
        assert_eq!(cell_text(&Data::Float(2.5)), "2.5");
        assert_eq!(
            cell_text(&Data::String("Hof's Hut\nBar".into())),
            "Hof's Hut Bar"
        );
        assert_eq!(cell_text(&Data::Empty), "");
    }
}
