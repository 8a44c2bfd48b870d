#!/usr/bin/env python3
"""An independent reader of .xlsx files, for the workbook tests: only the
standard library (zipfile, xml.etree), nothing shared with the writer.

    read_xlsx.py WORKBOOK  ->  JSON on standard output:

    {"sheets": [{"name": ..., "frozen_rows": 1 | 0, "autofilter": "A1:O3" | null,
                 "widths": {"A": 8.7, ...},
                 "cells": {"A1": {"type": "string" | "number" | "date" | "bool",
                                  "value": ..., "format": "dd/mm/yyyy" | null}}}],
     "formulas": N, "active": NAME}

"active" is the sheet the workbook opens on (bookViews/workbookView activeTab).

A cell is a "date" when its number format is a date format; its value is then
"YYYY-MM-DD". "formulas" counts every <f> element in every sheet: a report
writes none.
"""
import datetime
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
BUILTIN_DATE_FORMATS = {14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 22: "m/d/yy h:mm"}


def text_of(element):
    """The text of a shared or inline string: all <t> under it, in order."""
    return "".join(t.text or "" for t in element.iter("{%s}t" % NS["m"]))


def is_date_format(code):
    if code is None:
        return False
    code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", code)
    return bool(re.search(r"[dy]", code, re.IGNORECASE))


def main(path):
    z = zipfile.ZipFile(path)
    workbook = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
        shared = [text_of(si) for si in sst.findall("m:si", NS)]
    styles = ET.fromstring(z.read("xl/styles.xml"))
    custom = {int(f.get("numFmtId")): f.get("formatCode")
              for f in styles.findall("m:numFmts/m:numFmt", NS)}
    xf_formats = []
    for xf in styles.findall("m:cellXfs/m:xf", NS):
        fid = int(xf.get("numFmtId", "0"))
        xf_formats.append(custom.get(fid, BUILTIN_DATE_FORMATS.get(fid)))

    out = {"sheets": [], "formulas": 0}
    for sheet in workbook.findall("m:sheets/m:sheet", NS):
        target = targets[sheet.get("{%s}id" % NS["r"])]
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        root = ET.fromstring(z.read(part))
        info = {"name": sheet.get("name"), "frozen_rows": 0, "autofilter": None, "widths": {},
                "cells": {}}
        pane = root.find("m:sheetViews/m:sheetView/m:pane", NS)
        if pane is not None and pane.get("state") == "frozen":
            info["frozen_rows"] = int(float(pane.get("ySplit", "0")))
        autofilter = root.find("m:autoFilter", NS)
        if autofilter is not None:
            info["autofilter"] = autofilter.get("ref")
        for col in root.findall("m:cols/m:col", NS):
            for index in range(int(col.get("min")), int(col.get("max")) + 1):
                letters = ""
                n = index
                while n:
                    n, rem = divmod(n - 1, 26)
                    letters = chr(65 + rem) + letters
                info["widths"][letters] = float(col.get("width"))
        out["formulas"] += len(root.findall(".//m:f", NS))
        for c in root.iter("{%s}c" % NS["m"]):
            kind = c.get("t", "n")
            style = int(c.get("s", "0"))
            fmt = xf_formats[style] if style < len(xf_formats) else None
            v = c.find("m:v", NS)
            cell = {"format": fmt}
            if kind == "s":
                cell.update(type="string", value=shared[int(v.text)])
            elif kind == "inlineStr":
                cell.update(type="string", value=text_of(c.find("m:is", NS)))
            elif kind == "str":
                cell.update(type="formula-string", value=v.text if v is not None else "")
            elif kind == "b":
                cell.update(type="bool", value=v.text == "1")
            elif v is None:
                cell.update(type="blank", value=None)
            elif is_date_format(fmt):
                day = datetime.date(1899, 12, 30) + datetime.timedelta(days=float(v.text))
                cell.update(type="date", value=day.isoformat())
            else:
                cell.update(type="number", value=float(v.text))
            info["cells"][c.get("r")] = cell
        out["sheets"].append(info)
    view = workbook.find("m:bookViews/m:workbookView", NS)
    active = int(view.get("activeTab", "0")) if view is not None else 0
    out["active"] = out["sheets"][active]["name"] if out["sheets"] else None
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
