#!/usr/bin/env python3
"""Writes a register's CSV file as an XLSX workbook the way Excel stores one:
every cell a shared string, rows and cells numbered, the parts deflated. Used
to time XLSX reading on the benchmark's registers (bench/PERFORMANCE.md,
round 11):

    bench/csv_to_xlsx.py bench/data/seed1-scale0.1/staff.csv /tmp/x/staff.xlsx
"""
import csv
import sys
import zipfile
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def column(index):
    """0 -> "A", 26 -> "AA"."""
    name, index = "", index + 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def main(source, target):
    strings, index = [], {}

    def shared(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]

    rows = []
    with open(source, newline="", encoding="utf-8") as f:
        for r, record in enumerate(csv.reader(f), 1):
            cells = "".join(f'<c r="{column(i)}{r}" t="s"><v>{shared(v)}</v></c>'
                            for i, v in enumerate(record) if v != "")
            rows.append(f'<row r="{r}">{cells}</row>')
    sheet = (DECLARATION + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}"><sheetData>' +
             "".join(rows) + "</sheetData></worksheet>")
    sst = (DECLARATION + f'<sst xmlns="{MAIN}" count="{len(strings)}" '
           f'uniqueCount="{len(strings)}">' +
           "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings) +
           "</sst>")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", DECLARATION + '<Types xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
                   f'Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship '
                   f'Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                   "</Relationships>")
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", sst)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
