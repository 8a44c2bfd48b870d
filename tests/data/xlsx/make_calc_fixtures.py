#!/usr/bin/env python3
"""Writes the LibreOffice Calc fixtures of the XLSX tests (run by hand, then
commit the .xlsx files; needs Debian's libreoffice-calc-nogui or
libreoffice-calc):

  calc.xlsx            from calc.fods, written by hand: every kind of cell.
  registers-xlsx/      agencies.xlsx and staff.xlsx holding the data of
                       registers-csv/ (copies of examples/khanh-hoa) as a
                       person would type it into Calc: dates as real date
                       cells (every other row; the rest keep their text
                       dates), STT and key_leader 0/1 as numbers, "true"
                       and "false" as booleans, everything else as text,
                       and a few formatted but empty rows at the end.

The tests audit both folders and expect the same findings.

  python3 tests/data/xlsx/make_calc_fixtures.py
"""
import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
DATE_HEADERS = {"Ngày sinh", "Ngày bắt đầu", "Ngày kết thúc"}
NUMBER_HEADERS = {"STT"}
FLAG_HEADERS = {"Lãnh đạo chủ chốt"}

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="N_dmy">
   <number:day number:style="long"/><number:text>/</number:text>
   <number:month number:style="long"/><number:text>/</number:text>
   <number:year number:style="long"/>
  </number:date-style>
  <number:boolean-style style:name="N_bool"><number:boolean/></number:boolean-style>
  <style:style style:name="ce_dmy" style:family="table-cell" style:data-style-name="N_dmy"/>
  <style:style style:name="ce_bool" style:family="table-cell" style:data-style-name="N_bool"/>
  <style:style style:name="ce_fill" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#ffff00"/>
  </style:style>
 </office:automatic-styles>
 <office:body>
  <office:spreadsheet>
"""
TAIL = """  </office:spreadsheet>
 </office:body>
</office:document>
"""


def parse_date(text):
    """The day of a text date in the register formats, or None."""
    t = text.strip()
    m = re.fullmatch(r"(\d{1,2})[/-](\d{1,2})[/-](\d{4})", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if not m:
            return None
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    try:
        return datetime.date(y, mo, d)
    except ValueError:
        return None


def text_cell(value):
    paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'


def cell(header, value, row_index):
    if value == "":
        return "<table:table-cell/>"
    if header in DATE_HEADERS and row_index % 2 == 1:
        day = parse_date(value)
        if day:
            return (f'<table:table-cell table:style-name="ce_dmy" office:value-type="date" '
                    f'office:date-value="{day.isoformat()}"><text:p>{day:%d/%m/%Y}</text:p>'
                    f'</table:table-cell>')
    if header in NUMBER_HEADERS | FLAG_HEADERS and re.fullmatch(r"\d+", value.strip()):
        return (f'<table:table-cell office:value-type="float" office:value="{value.strip()}">'
                f'<text:p>{value.strip()}</text:p></table:table-cell>')
    if header in FLAG_HEADERS and value.strip().lower() in ("true", "false"):
        v = value.strip().lower()
        return (f'<table:table-cell table:style-name="ce_bool" office:value-type="boolean" '
                f'office:boolean-value="{v}"><text:p>{v.upper()}</text:p></table:table-cell>')
    return text_cell(value)


def register_fods(csv_path, sheet_name):
    data = open(csv_path, encoding="utf-8-sig").read()
    first = data.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(data), delimiter=delimiter))
    header = rows[0]
    out = [HEAD, f"   <table:table table:name={quoteattr(sheet_name)}>\n"]
    for i, row in enumerate(rows):
        if not any(v.strip() for v in row):
            continue
        cells = [text_cell(v) if i == 0 else cell(header[k], v, i) for k, v in enumerate(row)]
        out.append("    <table:table-row>" + "".join(cells) + "</table:table-row>\n")
    out.append(f'    <table:table-row table:number-rows-repeated="3"><table:table-cell '
               f'table:style-name="ce_fill" table:number-columns-repeated="{len(header)}"/>'
               f'</table:table-row>\n')
    out.append("   </table:table>\n")
    out.append(TAIL)
    return "".join(out)


def convert(fods, out_dir):
    soffice = shutil.which("soffice") or sys.exit("soffice not found: apt-get install libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, f"-env:UserInstallation=file://{home}", "--headless",
                        "--convert-to", "xlsx", "--outdir", out_dir, fods], check=True)


def main():
    convert(os.path.join(HERE, "calc.fods"), HERE)
    out_dir = os.path.join(HERE, "registers-xlsx")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, sheet in (("agencies", "Danh mục đơn vị"), ("staff", "Cán bộ")):
            fods = os.path.join(tmp, name + ".fods")
            with open(fods, "w", encoding="utf-8") as f:
                f.write(register_fods(os.path.join(HERE, "registers-csv", name + ".csv"), sheet))
            convert(fods, out_dir)


if __name__ == "__main__":
    main()
