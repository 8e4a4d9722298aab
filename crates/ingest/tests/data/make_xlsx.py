#!/usr/bin/env python3
"""Writes warn-wa.xlsx, the spreadsheet fixture of crates/ingest/tests/xlsx.rs: Washington's
WARN layout (the header of ../shared/data/warn/wa.csv) with three made-up notices, one of
them bad (a negative count). Dates are typed cells (Excel serial numbers with a date
format), counts are numbers, one name holds a line break, as states' workbooks have them.
Standard library only:  python3 make_xlsx.py  (writes next to this script)."""
import datetime, os, zipfile
from xml.sax.saxutils import escape

HEADER = ["Company", "Location", "Layoff Start Date", "# of Workers", "Closure Layoff",
          "Type of Layoff", "Received Date"]
D = datetime.date
ROWS = [
    ["Quillfeather Robotics", "Tacoma", D(2024, 5, 20), 143, "Layoff", "Permanent", D(2024, 3, 18)],
    ["Lantern Bay\nFoods", "Everett", D(2024, 6, 3), 58, "Closure", "Permanent", D(2024, 4, 2)],
    ["Nimbus Freight", "Spokane", D(2024, 7, 1), -5, "Layoff", "Permanent", D(2024, 4, 9)],
]

def serial(d):
    return (d - D(1899, 12, 30)).days

def cell(ref, v):
    if isinstance(v, datetime.date):
        return f'<c r="{ref}" s="1"><v>{serial(v)}</v></c>'
    if isinstance(v, int):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'

def sheet():
    rows = []
    for r, values in enumerate([HEADER] + ROWS, start=1):
        cells = "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(values))
        rows.append(f'<row r="{r}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')

FILES = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="WARN" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
    "xl/styles.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>'
        '</styleSheet>',
}

def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "warn-wa.xlsx")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in FILES.items():
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), body)
        z.writestr(zipfile.ZipInfo("xl/worksheets/sheet1.xml", date_time=(2024, 1, 1, 0, 0, 0)), sheet())
    print(out)

if __name__ == "__main__":
    main()
