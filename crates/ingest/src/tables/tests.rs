//! Fixtures per layout (headers as the real files write them, rows with their quirks), the
//! bad rows that must be skipped by name, and random input that must never panic.

use super::*;
use proptest::prelude::*;

fn run_bytes(bytes: Vec<u8>) -> Vec<Result<SourceDoc, InputError>> {
    read(std::io::Cursor::new(bytes), "dir/t.csv", None).collect()
}

fn run(csv: &str) -> Vec<Result<SourceDoc, InputError>> {
    run_bytes(csv.as_bytes().to_vec())
}

fn claim(r: &Result<SourceDoc, InputError>) -> (&Claim, &Fields) {
    let rec = r.as_ref().expect("a document").record.as_ref().unwrap();
    (&rec.claim, &rec.fields)
}

fn count(c: &Claim) -> Option<(Option<u64>, Option<u64>)> {
    c.headcount.as_ref().map(|h| (h.min, h.max))
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

const CA: &str = "notice_date,effective_date,received_date,company,city,num_employees,layoff_or_closure,county,address,source_file\r\n\
06/25/2021,07/31/2021,07/01/2021,Hotel Managers Group at the DoubleTree Hotel,,,Layoff Permanent,Alameda County,39900 Balentine Drive  Newark CA 94560,WARN_Report.xlsx\r\n\
03/01/2021,03/09/2121,03/02/2021,\"Hof's Hut Bar-\nB-Que\",Long Beach,\"1,529\",Closure Temporary,Los Angeles County,,FY2020-21.pdf\r\n";

#[test]
fn california() {
    let out = run(CA);
    assert_eq!(out.len(), 2);
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "Hotel Managers Group at the DoubleTree Hotel");
    assert_eq!(c.kind, Kind::Layoff);
    assert_eq!(count(c), None, "the spreadsheet rows give no count");
    assert_eq!(f.city.as_deref(), Some("Newark"), "read from the address");
    assert_eq!(c.locations, ["Newark, CA"]);
    assert_eq!(f.notice_date, day(2021, 6, 25));
    assert_eq!(f.received_date, day(2021, 7, 1));
    assert_eq!(f.effective_date, day(2021, 7, 31));
    assert_eq!(f.temporary, Some(false));
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.line, Some(2));
    assert_eq!(doc.published, day(2021, 6, 25));
    assert!(doc.text.starts_with("t.csv:2: notice_date=06/25/2021 | "));
    assert_eq!(c.evidence[0].text, doc.text, "the evidence is the row");
    let (c, f) = claim(&out[1]);
    assert_eq!(out[1].as_ref().unwrap().line, Some(3));
    assert_eq!(c.company, "Hof's Hut Bar- B-Que");
    assert_eq!(c.kind, Kind::Closure);
    assert_eq!(count(c), Some((Some(1529), Some(1529))));
    assert_eq!(f.effective_date, None, "03/09/2121 is a typo");
    assert_eq!(f.unreadable_dates, ["effective_date=03/09/2121"]);
    assert_eq!(f.temporary, Some(true));
}

#[test]
fn texas_wide_header_ragged_rows_and_excel_returns() {
    let mut csv = String::from(
        "NOTICE_DATE,JOB_SITE_NAME,COUNTY_NAME,WDA_NAME,TOTAL_LAYOFF_NUMBER,LayOff_Date,WFDD_RECEIVED_DATE,CITY_NAME",
    );
    csv.push_str(&",".repeat(16_376));
    csv.push_str("\r\n2022-02-15 00:00:00,\"Cinemark 14 Wichita_x000D_\nFalls\",Wichita,North Texas WDA,84,1930-03-30 00:00:00,2022-02-15 00:00:00,Wichita Falls,\r\n");
    csv.push_str(
        "2022-02-16 00:00:00,Tom Thumb #2574,Dallas,None,,,2022-02-16 00:00:00,Dallas\r\n",
    );
    csv.push_str("2022-02-17 00:00:00,Southwest - Dallas Lovefield Airport,Dallas,Dallas WDA,12,2022-03-01 00:00:00,2022-02-17 00:00:00,Dallas,,\r\n");
    let out = run(&csv);
    assert_eq!(out.len(), 3, "{out:?}");
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "Cinemark 14 Wichita Falls");
    assert_eq!(f.effective_date, None);
    assert_eq!(f.county.as_deref(), Some("Wichita County"));
    let (c, f) = claim(&out[1]);
    assert_eq!(c.company, "Tom Thumb");
    assert_eq!(f.site.as_deref(), Some("Tom Thumb #2574"));
    assert_eq!(count(c), None);
    assert_eq!(claim(&out[2]).0.company, "Southwest");
    assert!(
        !out[0].as_ref().unwrap().text.contains("=,"),
        "empty columns are not copied"
    );
}

#[test]
fn washington() {
    let out = run("Company,Location,Layoff Start Date,# of Workers,Closure Layoff,Type of Layoff,Received Date\r\n\
Wesley Homes,\"Des Moines, Auburn, Puyallup\",5/14/2022,119,Layoff,Permanent,3/11/2022\r\n\
Norgren GT Development LLC,Auburn,7/1/2022,0,Closure,Temporary,3/3/2022\r\n");
    let (c, f) = claim(&out[0]);
    assert_eq!(
        (c.kind, count(c)),
        (Kind::Layoff, Some((Some(119), Some(119))))
    );
    assert_eq!(f.received_date, day(2022, 3, 11));
    assert_eq!(f.effective_date, day(2022, 5, 14));
    assert_eq!(c.locations, ["Des Moines, Auburn, Puyallup, WA"]);
    let (c, f) = claim(&out[1]);
    assert_eq!(c.company, "Norgren GT Development");
    assert_eq!((c.kind, f.temporary), (Kind::Closure, Some(true)));
    assert_eq!(count(c), Some((Some(0), Some(0))));
}

#[test]
fn new_york_trailing_spaces_in_names() {
    let out = run("Business Legal Name,Date Layoff/Closure Starts,Date of WARN Notice ,Date Posted,Impacted Site Address,Impacted Site County,Layoff or Closure?,Measure Names,Permanent or Temporary Layoff?,Index,Number of Affected Workers ,Number of Affected Workers\r\n\
57th Street Associates,2025-04-09,2025-01-09,2025-01-17,\"60 W 57th St  New York, NY, 10019\",New York,Closure,# of Affected Workers,N/A,233,60,60\r\n");
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "57th Street Associates");
    assert_eq!(c.kind, Kind::Closure);
    assert_eq!(count(c), Some((Some(60), Some(60))));
    assert_eq!(f.notice_date, day(2025, 1, 9));
    assert_eq!(f.effective_date, day(2025, 4, 9));
    assert_eq!(f.city.as_deref(), Some("New York"));
    assert_eq!(f.county.as_deref(), Some("New York County"));
    assert_eq!(f.temporary, None);
    assert_eq!(out[0].as_ref().unwrap().published, day(2025, 1, 17));
}

#[test]
fn virginia_keeps_people_out_of_documents() {
    let out = run("Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\r\n\
Wellmore Energy Company LLC ,12/11/2025,10/01/1973,173,Ringgold VA,Carlos Nunez,ClosureLayoff,\"Local 400 &amp; Teamsters\"\r\n");
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "Wellmore Energy Company");
    assert_eq!(c.kind, Kind::Closure);
    assert_eq!(f.city.as_deref(), Some("Ringgold"));
    assert_eq!(f.effective_date, None);
    let text = &out[0].as_ref().unwrap().text;
    assert!(
        !text.contains("Nunez") && !text.contains("Local 400"),
        "{text}"
    );
}

#[test]
fn michigan_free_text() {
    let out = run("action,city,company,county,date_close,date_start,extras,includes,jobs,link\r\n\
Facility closure,\"Detroit, Michigan\",\"Oakland Stamping LLC, DBA AUTOKINITON\",Wayne,,\"December 5, 2025\",Closure 2025 Wayne,,165,https://www.michigan.gov/a.pdf\r\n\
,\"Jefferson, Indiana\",Acme,,,https://www.michigan.gov/b.pdf,Layoff 2020 Wayne,,132 (approximately),https://www.michigan.gov/b.pdf\r\n\
Layoff,Lansing,Beta,,,Commencing June 2025,Layoff 2025 Ingham,,https://www.michigan.gov/c.pdf,\r\n");
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "Autokiniton");
    assert_eq!(c.aliases, ["Oakland Stamping"]);
    assert_eq!(c.kind, Kind::Closure);
    assert_eq!(f.city.as_deref(), Some("Detroit"));
    assert_eq!(
        f.source_url.as_deref(),
        Some("https://www.michigan.gov/a.pdf")
    );
    let (c, f) = claim(&out[1]);
    let date = c.date.as_ref().unwrap();
    assert_eq!(
        date.precision,
        Precision::Year,
        "the year of the extras tag"
    );
    assert_eq!(
        (Some(date.earliest), Some(date.latest)),
        (day(2020, 1, 1), day(2020, 12, 31))
    );
    assert_eq!(f.city.as_deref(), Some("Jefferson, Indiana"));
    assert_eq!(count(c), Some((Some(119), Some(145))));
    let (c, _) = claim(&out[2]);
    assert_eq!(c.date.as_ref().unwrap().precision, Precision::Month);
    assert_eq!(count(c), None, "a URL is no count");
}

#[test]
fn trackers_by_column_name() {
    let snake = "layoffs,,,,,,,,,,\r\n\
company,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added\r\n\
Vimeo,New York City,30000.0,4/3/2026,0.15,Consumer,https://hoodline.com/x,Post-IPO,450,United States,4/4/2026\r\n\
Rec Room,\"Tel Aviv, Non-U.S.\",,3/31/2026,1.0,Consumer,Internal memo,Series F,294,Israel,4/1/2026\r\n";
    let out = run(snake);
    assert_eq!(out.len(), 2, "{out:?}");
    assert_eq!(
        out[0].as_ref().unwrap().line,
        Some(3),
        "the sheet-name line counts"
    );
    let (c, f) = claim(&out[0]);
    assert_eq!((c.company.as_str(), c.kind), ("Vimeo", Kind::Layoff));
    assert_eq!(count(c), Some((Some(30000), Some(30000))));
    assert_eq!(c.percent, Some(15.0));
    assert_eq!(c.date.as_ref().unwrap().earliest, day(2026, 4, 3).unwrap());
    assert_eq!(f.source_url.as_deref(), Some("https://hoodline.com/x"));
    assert_eq!(f.stage.as_deref(), Some("Post-IPO"));
    assert_eq!(f.industry.as_deref(), Some("Consumer"));
    assert_eq!(f.country.as_deref(), Some("United States"));
    assert_eq!(f.funds_raised_musd, Some(450.0));
    let doc = out[0].as_ref().unwrap();
    assert_eq!(doc.url.as_deref(), Some("https://hoodline.com/x"));
    assert_eq!(doc.published, day(2026, 4, 4));
    let (c, f) = claim(&out[1]);
    assert_eq!((c.kind, c.percent), (Kind::Closure, Some(100.0)));
    assert_eq!(f.city.as_deref(), Some("Tel Aviv"));
    assert_eq!(f.source_note.as_deref(), Some("Internal memo"));

    // The same rows with the columns in another order, a percent in percent, ISO dates.
    let other = "Percentage,Date,Company,Laid_Off_Count,Location_HQ,Country,Source\n\
15,2024-01-04,Trigo,30,Tel Aviv,Israel,https://x\n";
    let out = run(other);
    let (c, _) = claim(&out[0]);
    assert_eq!((c.company.as_str(), c.percent), ("Trigo", Some(15.0)));
    assert_eq!(count(c), Some((Some(30), Some(30))));

    let german = "#,Firma,Datum (YYYY-MM-DD),Betroffene (Zahl),% der Belegschaft,Land der Entlassungen,HQ-Land (ISO),Branche,Quelle (URL)\n\
1,BT Group,2023-05-18,55000,0.09300000000000001,GB,GB,Telecom,https://www.reuters.com/x\n";
    let out = run(german);
    let (c, f) = claim(&out[0]);
    assert_eq!(c.company, "BT Group");
    assert_eq!(c.percent, Some(9.3));
    assert_eq!(f.hq_country.as_deref(), Some("GB"));
    assert_eq!(f.industry.as_deref(), Some("Telecom"));
}

/// Each bad row is named with its line and reason; the rows around it are read.
#[test]
fn bad_rows_are_skipped_by_name() {
    let big = "x".repeat(10 << 20);
    let csv = format!(
        "Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\n\
Good One,12/11/2025,,5,Ringgold VA,,Layoff,\n\
Short Row,12/11/2025,,5\n\
Bad Date,13/45/2025,,5,Ringgold VA,,Layoff,\n\
Negative,12/11/2025,,-5,Ringgold VA,,Layoff,\n\
Huge,12/11/2025,,5,{big},,Layoff,\n\
Too Long,12/11/2025,,5,Ringgold VA,,Layoff,,surplus\n\
,,,,,,,\n\
Good Two,12/12/2025,,6,Ringgold VA,,Layoff,\n"
    );
    let out = run(&csv);
    let got: Vec<(Option<u64>, String)> = out
        .iter()
        .map(|r| match r {
            Ok(d) => (d.line, format!("ok {}", claim(r).0.company)),
            Err(e) => (e.line, e.reason.clone()),
        })
        .collect();
    let want = [
        (2, "ok Good One"),
        (3, "wrong column count: 4 fields, the header has 8"),
        (4, "unreadable date \"13/45/2025\" in notice_date"),
        (5, "negative count \"-5\""),
        (
            6,
            "cell 5 (Location) is 10485760 bytes, over the 64 KiB a table cell may hold",
        ),
        (7, "wrong column count: 9 fields, the header has 8"),
        (8, "empty row"),
        (9, "ok Good Two"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for ((line, reason), (wl, wr)) in got.iter().zip(want) {
        assert_eq!((*line, reason.as_str()), (Some(wl), wr));
    }
    let e = out[1].as_ref().unwrap_err();
    assert_eq!(
        e.to_string(),
        "dir/t.csv:3: wrong column count: 4 fields, the header has 8"
    );
}

#[test]
fn unknown_and_empty_tables() {
    let out = run("name,amount\nx,1\n");
    assert_eq!(out.len(), 1);
    let e = out[0].as_ref().unwrap_err();
    assert_eq!(e.line, None);
    assert!(
        e.reason
            .starts_with("unknown table layout; its header is \"name\", \"amount\""),
        "{e}"
    );
    assert!(e.reason.contains("warn-ca") && e.reason.contains("--format"));
    assert_eq!(run("")[0].as_ref().unwrap_err().reason, "empty file");
    assert_eq!(
        run("title only\n")[0].as_ref().unwrap_err().reason,
        "no header after the sheet-name line"
    );
    // --format names the layout whatever the header says.
    let forced: Vec<_> = read(
        std::io::Cursor::new(
            b"a,b,c,d,e,f,g,h\nAcme,12/11/2025,,5,Ringgold VA,,Layoff,\n".to_vec(),
        ),
        "x.csv",
        layout_named("warn-va"),
    )
    .collect();
    // The forced layout finds none of its columns: the row has no date.
    assert_eq!(
        forced[0].as_ref().unwrap_err().reason,
        "no date in notice_date"
    );
}

#[test]
fn crlf_lines_are_counted_right() {
    // Line endings split across reads, a lone `\r` inside a cell, a CR at the very end.
    let csv = "Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\r\n\
A,12/11/2025,,5,\"Ringgold\rVA\",,Layoff,\r\n\
\"B\r\nB\",12/11/2025,,5,Ringgold VA,,Layoff,\r\n\
C,12/11/2025,,5,Ringgold VA,,Layoff,\r";
    let lines: Vec<_> = run(csv).iter().map(|r| r.as_ref().unwrap().line).collect();
    assert_eq!(lines, [Some(2), Some(3), Some(5)]);
    let mut small = String::new();
    let mut r = LfOnly::new(std::io::Cursor::new(b"a\r\nb\r\r\nc\rd\r".to_vec()));
    let mut byte = [0u8; 1];
    while r.read(&mut byte).unwrap() == 1 {
        small.push(byte[0] as char);
    }
    assert_eq!(small, "a\nb\r\nc\rd\r");
}

#[test]
fn invalid_utf8_in_a_row_keeps_the_row() {
    let out = run_bytes(
        b"Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\nCaf\xE9 Shop,12/11/2025,,5,Ringgold VA,,Layoff,\n"
            .to_vec(),
    );
    assert_eq!(claim(&out[0]).0.company, "Caf\u{FFFD} Shop");
    assert_eq!(
        out[0].as_ref().unwrap().warning.as_deref(),
        Some("invalid UTF-8 at byte 3 of cell 1 (Company), replaced with U+FFFD")
    );
}

/// Headers of every layout, to put random rows under.
const HEADERS: &[&str] = &[
    "notice_date,effective_date,received_date,company,city,num_employees,layoff_or_closure,county,address,source_file\n",
    "NOTICE_DATE,JOB_SITE_NAME,COUNTY_NAME,WDA_NAME,TOTAL_LAYOFF_NUMBER,LayOff_Date,WFDD_RECEIVED_DATE,CITY_NAME\n",
    "Company,Location,Layoff Start Date,# of Workers,Closure Layoff,Type of Layoff,Received Date\n",
    "Business Legal Name,Date Layoff/Closure Starts,Date of WARN Notice ,Date Posted,Impacted Site Address,Impacted Site County,Layoff or Closure?,Measure Names,Permanent or Temporary Layoff?,Index,Number of Affected Workers ,Number of Affected Workers\n",
    "Company,Notice Date,Impact Date,Employees Affected,Location,Contact Person,Notice Type,Collective Bargaining Unit\n",
    "action,city,company,county,date_close,date_start,extras,includes,jobs,link\n",
    "layoffs,,,\ncompany,location,total_laid_off,date,percentage_laid_off,industry,source,stage,funds_raised,country,date_added\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any bytes: no panic, and every error names the file.
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        for r in run_bytes(bytes) {
            if let Err(e) = r {
                prop_assert_eq!(e.path.as_str(), "dir/t.csv");
            }
        }
    }

    /// Random rows under every real header: no panic; each row is a document or a named skip.
    #[test]
    fn random_rows_never_panic(
        which in 0..HEADERS.len(),
        rows in proptest::collection::vec(
            proptest::collection::vec("[0-9a-zA-Z ,./:#()\"\\-]{0,24}", 0..14), 0..12),
        tail in proptest::collection::vec(any::<u8>(), 0..64),
    ) {
        let mut bytes = HEADERS[which].as_bytes().to_vec();
        for r in &rows {
            bytes.extend_from_slice(r.join(",").as_bytes());
            bytes.push(b'\n');
        }
        bytes.extend_from_slice(&tail);
        for r in run_bytes(bytes) {
            match r {
                Ok(d) => prop_assert!(d.record.is_some() && d.line.is_some()),
                Err(e) => prop_assert!(!e.reason.is_empty()),
            }
        }
    }
}
