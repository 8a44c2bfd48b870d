#!/usr/bin/env python3
"""Writes the .xls and .ods fixtures of the XLS and ODS reader tests with
LibreOffice Calc (run by hand, then commit the files; needs Debian's
libreoffice-calc-nogui or libreoffice-calc):

  ods/calc.ods, xls/calc.xls     from xlsx/calc.fods: every kind of cell, the
                                 same workbook calc.xlsx is written from.
  ods/cells.ods, xls/cells.xls   from ods/cells.fods: paragraphs, spaces, a
                                 text date, percentages, long digit strings,
                                 repeated cells and rows, an empty sheet.
  ods/registers-ods/, xls/registers-xls/
                                 from xlsx/registers-xlsx/*.xlsx, the data of
                                 xlsx/registers-csv/ typed as a person would
                                 type it into Calc (see
                                 xlsx/make_calc_fixtures.py).

The tests read each and expect the same rows as from the .xlsx or .csv.

  python3 tests/data/make_workbooks.py
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# Calc's filter names: "MS Excel 97" writes BIFF8, the format of Excel
# 97-2003; "calc8" writes ODF.
FORMATS = {"xls": "xls:MS Excel 97", "ods": "ods:calc8"}


def convert(source, extension, out_dir):
    soffice = shutil.which("soffice") or sys.exit(
        "soffice not found: apt-get install libreoffice-calc-nogui")
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([soffice, f"-env:UserInstallation=file://{home}", "--headless",
                        "--convert-to", FORMATS[extension], "--outdir", out_dir, source],
                       check=True)


def main():
    for extension in ("xls", "ods"):
        out = os.path.join(HERE, extension)
        convert(os.path.join(HERE, "xlsx", "calc.fods"), extension, out)
        convert(os.path.join(HERE, "ods", "cells.fods"), extension, out)
        for name in ("agencies", "staff"):
            convert(os.path.join(HERE, "xlsx", "registers-xlsx", name + ".xlsx"), extension,
                    os.path.join(out, "registers-" + extension))


if __name__ == "__main__":
    main()
