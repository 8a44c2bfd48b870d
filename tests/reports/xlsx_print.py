#!/usr/bin/python3
"""The print settings and header rows of a workbook, read by openpyxl
(Debian's python3-openpyxl), for the workbook's print tests:

    xlsx_print.py WORKBOOK  ->  JSON on standard output:

    [{"name": ..., "headers": [row 1's values], "orientation": "landscape",
      "paper": 9, "fit_to_page": true, "fit_width": 1, "fit_height": 0,
      "scale": 70 | null, "title_rows": "$1:$1" | null, "title_cols": "$A:$A" | null,
      "grid_lines": true, "print_across": true | false,
      "widths": total of the columns' widths}]
"""
import json
import sys

import openpyxl


def main(path):
    wb = openpyxl.load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        setup = ws.page_setup
        sheets.append({
            "name": ws.title,
            "headers": [c.value for c in ws[1] if c.value is not None],
            "orientation": setup.orientation,
            "paper": int(setup.paperSize) if setup.paperSize is not None else None,
            "fit_to_page": bool(ws.sheet_properties.pageSetUpPr and
                                ws.sheet_properties.pageSetUpPr.fitToPage),
            # Absent, Excel's default: one page.
            "fit_width": 1 if setup.fitToWidth is None else setup.fitToWidth,
            "fit_height": 1 if setup.fitToHeight is None else setup.fitToHeight,
            "scale": setup.scale,
            "title_rows": ws.print_title_rows,
            "title_cols": ws.print_title_cols,
            "grid_lines": bool(ws.print_options.gridLines),
            "print_across": setup.pageOrder == "overThenDown",
            "widths": sum(d.width or 0 for d in ws.column_dimensions.values()),
        })
    print(json.dumps(sheets, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
