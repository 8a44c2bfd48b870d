#!/usr/bin/env python3
"""Writes the bad-input corpus (tests/badinput/cases/): one folder per case,
a data folder as a user would hand it to `genaudit audit --data` or
`genaudit import`, with `expected.txt` beside the registers: the lines that
must appear in the English error output. A case whose input is too big to
commit has `generate.txt` naming what the test generates instead
(tests/cli/bad_input_test.cpp). Run from anywhere; it rewrites the folder."""
import codecs
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

AGENCIES = "Mã đơn vị,Tên đơn vị,Cấp\nSNV,Sở Nội vụ,tỉnh\nSYT,Sở Y tế,tỉnh\n"
STAFF_HEADER = "Mã cán bộ,Họ và tên,Giới tính,Ngày sinh,Mã đơn vị,Lãnh đạo chủ chốt\n"
OUTLETS = "Mã cơ quan,Tên cơ quan,Loại hình\nBKH,Báo Khánh Hòa,báo\n"
SEGMENTS_HEADER = "Mã cơ quan,Ngày phát sóng,Tên chuyên mục,Chủ đề,Thời lượng (phút)\n"


def cp1258(text):
    """`text` in Windows-1258: a precomposed vowel where the code page has one,
    the tone mark as a combining character after it."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")
    return out


def case(name, files, expected, generate=None):
    folder = os.path.join(CASES, name)
    os.makedirs(folder)
    for file_name, content in files.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        with open(os.path.join(folder, file_name), "wb") as f:
            f.write(data)
    with open(os.path.join(folder, "expected.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(expected) + "\n")
    if generate:
        with open(os.path.join(folder, "generate.txt"), "w", encoding="utf-8") as f:
            f.write(generate + "\n")


def xlsx(rows, shared=None, doctype="", sheet_extra=""):
    """An XLSX workbook (bytes) of one sheet whose <sheetData> is `rows`."""
    import io
    buf = io.BytesIO()
    rels = f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    if shared is not None:
        rels += f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
                   f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData>{sheet_extra}</worksheet>')
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
    return buf.getvalue()


def inline_row(r, values):
    cells = "".join(f'<c r="{chr(65 + i)}{r}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values) if v != "")
    return f'<row r="{r}">{cells}</row>'


AGENCIES_XLSX_ROWS = (inline_row(1, ["Mã đơn vị", "Tên đơn vị", "Cấp"]) +
                      inline_row(2, ["SNV", "Sở Nội vụ", "tỉnh"]) +
                      inline_row(3, ["SYT", "Sở Y tế", "tỉnh"]))


def main():
    shutil.rmtree(CASES, ignore_errors=True)
    os.makedirs(CASES)

    # --- Empty and nearly empty files.
    case("empty-file", {"agencies.csv": b""},
         ["agencies.csv: the file is empty or has no header row"])
    case("bom-only", {"agencies.csv": codecs.BOM_UTF8},
         ["agencies.csv: the file is empty or has no header row"])
    case("blank-lines-only", {"agencies.csv": " \r\n\n\t\n"},
         ["agencies.csv: the file is empty or has no header row"])
    case("empty-xlsx", {"agencies.xlsx": b""},
         ["agencies.xlsx: the file is empty or has no header row"])

    # --- Encodings.
    case("windows-1258", {"agencies.csv": cp1258("Ma don vi,Ten don vi,Cap\nSNV,Sở Nội vụ,tỉnh\n")},
         ["agencies.csv, row 2, column \"Ten don vi\": the file is not in a supported encoding"])
    case("utf16le-without-bom", {"agencies.csv": AGENCIES.encode("utf-16-le")},
         ["agencies.csv, row 1", "the file is not in a supported encoding"])
    case("utf16be-without-bom", {"agencies.csv": AGENCIES.encode("utf-16-be")},
         ["agencies.csv, row 1", "the file is not in a supported encoding"])
    case("utf16-lone-surrogate",
         {"agencies.csv": codecs.BOM_UTF16_LE + "Mã đơn vị\tTên đơn vị\tCấp\nSNV\t".encode("utf-16-le") +
          b"\x3d\xd8" + "x\ttỉnh\n".encode("utf-16-le")},
         ["agencies.csv, row 2, column \"Tên đơn vị\": the file is not in a supported encoding"])
    case("invalid-utf8-byte", {"agencies.csv": AGENCIES.encode() + b"SKH,S\xc3 K\xe9,t\xe1nh\n"},
         ["agencies.csv, row 4, column \"Tên đơn vị\": the file is not in a supported encoding"])
    case("nul-in-utf8", {"agencies.csv": AGENCIES.encode() + b"SKH,S\x00KH,tinh\n"},
         ["agencies.csv, row 4, column \"Tên đơn vị\": the file is not in a supported encoding"])
    # Two exports pasted together: the second BOM and header land mid-file.
    case("bom-in-the-middle", {"agencies.csv": "\ufeff" + AGENCIES + "\ufeff" + AGENCIES.replace("SNV", "STP").replace("SYT", "SCT")},
         ["agencies.csv, row 4, column \"Cấp\": \"Cấp\" is not one of the allowed values"])

    # --- Structure.
    case("ragged-row-short", {"agencies.csv": AGENCIES + "SKH,Sở Kế hoạch\n"},
         ["agencies.csv, row 4, column \"Cấp\"", "is empty"])
    case("ragged-row-shifted",
         {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,Lê, Văn A,Nam,01/01/1980,SNV,x\n"},
         ["staff.csv, row 2, column \"Giới tính\": \"Văn A\" is not one of the allowed values"])
    case("duplicate-headers", {"agencies.csv": "Mã đơn vị,Tên đơn vị,Cấp,agency_code\nSNV,Sở Nội vụ,tỉnh,SNV\n"},
         ["agencies.csv, row 1", "agency_code"])
    case("missing-required-column", {"agencies.csv": AGENCIES,
                                     "staff.csv": "Mã cán bộ,Họ và tên,Mã đơn vị\n1,An,SNV\n"},
         ["staff.csv, row 1", "the required column \"Giới tính\" is missing"])
    case("unclosed-quote", {"agencies.csv": AGENCIES + "SKH,\"Sở Kế hoạch,tỉnh\nSTC,Sở Tài chính,tỉnh\n"},
         ["agencies.csv, row 4, column \"Tên đơn vị\": the CSV is malformed"])
    # A title above the header is no longer bad input: the header is found
    # under it. A header that is nowhere near the template still is.
    case("header-not-found", {"agencies.csv": "Danh sách cơ quan\nMã,Tên\nSNV,Sở Nội vụ\n"},
         ["agencies.csv, row 1: the header of the register \"agencies\" was expected on one of the first 30 rows"])

    # --- Cell values.
    case("date-31-02", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,31/02/2025,SNV,\n"},
         ["staff.csv, row 2, column \"Ngày sinh\": \"31/02/2025\" is not a valid date"])
    case("date-29-02-2023", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,01/01/1990,SNV,\n2,Ba,Nam,29/02/2023,SYT,\n"},
         ["staff.csv, row 3, column \"Ngày sinh\": \"29/02/2023\" is not a valid date"])
    case("date-month-first", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,12/25/1990,SNV,\n"},
         ["staff.csv, row 2, column \"Ngày sinh\": \"12/25/1990\" is not a valid date"])
    case("date-two-digit-year", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,05/03/90,SNV,\n"},
         ["staff.csv, row 2, column \"Ngày sinh\": \"05/03/90\" is not a valid date"])
    case("negative-duration", {"outlets.csv": OUTLETS,
                               "segments.csv": SEGMENTS_HEADER + "BKH,08/03/2025,Phóng sự,Bình đẳng giới,12,5\nBKH,09/03/2025,Tin,Bình đẳng giới,-15\n"},
         ["segments.csv, row 3, column \"Thời lượng (phút)\": \"-15\" is out of range — expected a number of 0 or more"])
    case("unparseable-number", {"outlets.csv": OUTLETS,
                                "segments.csv": SEGMENTS_HEADER.replace(",", ";") + "BKH;08/03/2025;Tin;Bình đẳng giới;1.234,5\n"},
         ["segments.csv, row 2, column \"Thời lượng (phút)\": \"1.234,5\" is not a number"])
    case("number-with-unit", {"outlets.csv": OUTLETS,
                              "segments.csv": SEGMENTS_HEADER + "BKH,08/03/2025,Tin,Bình đẳng giới,15 phút\n"},
         ["segments.csv, row 2, column \"Thời lượng (phút)\": \"15 phút\" is not a number"])
    case("integer-with-fraction", {"agencies.csv": AGENCIES,
                                   "reports.csv": "Mã đơn vị,Năm báo cáo,Ngày gửi\nSNV,2024.0,10/12/2024\n"},
         ["reports.csv, row 2, column \"Năm báo cáo\": \"2024.0\" is not a whole number"])
    case("unknown-gender-code", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,,SNV,\n2,Bình,Khác,,SNV,\n"},
         ["staff.csv, row 3, column \"Giới tính\": \"Khác\" is not one of the allowed values"])
    case("unknown-level-code", {"agencies.csv": AGENCIES + "SKH,Sở Kế hoạch,tỉnh thành\n"},
         ["agencies.csv, row 4, column \"Cấp\": \"tỉnh thành\" is not one of the allowed values"])
    case("unknown-boolean", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,,SNV,có lẽ\n"},
         ["staff.csv, row 2, column \"Lãnh đạo chủ chốt\": \"có lẽ\" is not one of the allowed values"])
    case("unknown-reference", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "1,An,Nữ,,SNV,\n2,Ba,Nam,,SXD,\n"},
         ["staff.csv, row 3, column \"Mã đơn vị\": the code \"SXD\" is not in the register it refers to"])
    case("duplicate-code", {"agencies.csv": AGENCIES + "snv,Sở Nội vụ (trùng),tỉnh\n"},
         ["agencies.csv, row 4, column \"Mã đơn vị\": the code \"snv\" repeats an earlier row (row 2)"])
    case("conflicting-gender", {"agencies.csv": AGENCIES, "staff.csv": STAFF_HEADER + "7,An,Nữ,,SNV,\n7,An,Nam,,SYT,\n"},
         ["staff.csv, row 3, column \"Giới tính\""])
    case("missing-required-value", {"agencies.csv": AGENCIES + "SKH,,tỉnh\n"},
         ["agencies.csv, row 4, column \"Tên đơn vị\"", "is empty"])
    case("two-files-one-register", {"agencies.csv": AGENCIES, "agencies.xlsx": xlsx(AGENCIES_XLSX_ROWS)},
         ["agencies.xlsx, sheet \"Sheet1\", row 2, column \"Mã đơn vị\": the code \"SNV\" repeats an earlier row (row 2 of agencies.csv)"])

    # --- Workbooks.
    good = xlsx(AGENCIES_XLSX_ROWS)
    case("xlsx-truncated", {"agencies.xlsx": good[: len(good) // 2]},
         ["agencies.xlsx: the file is not a readable Excel workbook — expected a ZIP archive (.xlsx)"])
    damaged = bytearray(good)
    start = damaged.find(b"xl/worksheets/sheet1.xml") + len("xl/worksheets/sheet1.xml")
    for i in range(start + 8, start + 40):
        damaged[i] ^= 0x5A
    case("xlsx-corrupt-data", {"agencies.xlsx": bytes(damaged)},
         ["agencies.xlsx, sheet \"Sheet1\": the Excel workbook is damaged: its part \"xl/worksheets/sheet1.xml\" cannot be read — expected intact compressed data"])
    case("xlsx-not-a-zip", {"agencies.xlsx": AGENCIES},
         ["agencies.xlsx: the file is not a readable Excel workbook — expected a ZIP archive (.xlsx)"])
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
              '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    case("xlsx-entity-expansion", {"agencies.xlsx": xlsx(AGENCIES_XLSX_ROWS.replace("Sở Y tế", "&lol3;"), doctype=laughs)},
         ["agencies.xlsx, sheet \"Sheet1\": the Excel workbook is damaged: its part \"xl/worksheets/sheet1.xml\" cannot be read — expected XML without a DOCTYPE"])
    case("xlsx-bad-date-text", {"agencies.csv": AGENCIES,
                                "staff.xlsx": xlsx(inline_row(1, ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị"]) +
                                                   inline_row(2, ["1", "An", "Nữ", "31/04/1990", "SNV"]))},
         ["staff.xlsx, sheet \"Sheet1\", row 2, column \"Ngày sinh\": \"31/04/1990\" is not a valid date"])
    case("xlsx-column-past-xfd", {"agencies.xlsx": xlsx(AGENCIES_XLSX_ROWS + '<row r="4"><c r="XFE4" t="inlineStr"><is><t>x</t></is></c></row>')},
         ["agencies.xlsx, sheet \"Sheet1\", row 4", "max_columns = 16384"])
    case("xlsx-bad-shared-string-index", {"agencies.xlsx": xlsx(inline_row(1, ["Mã đơn vị", "Tên đơn vị", "Cấp"]) +
                                                                '<row r="2"><c r="A2" t="s"><v>7</v></c></row>',
                                                                shared=f'<sst xmlns="{MAIN}"><si><t>a</t></si></sst>')},
         ["agencies.xlsx, sheet \"Sheet1\", row 2", "shared string"])

    # --- Generated at test time (too big to commit).
    case("huge-cell", {"agencies.csv": AGENCIES},
         ["agencies.csv, row 4, column \"Tên đơn vị\": the row exceeds the safety limit max_field_bytes = 1048576"],
         generate="huge-cell")
    case("million-empty-columns", {"agencies.csv": AGENCIES},
         ["agencies.csv, row 4", "the row exceeds the safety limit max_columns = 16384"],
         generate="million-empty-columns")
    case("unclosed-quote-in-big-file", {"agencies.csv": AGENCIES},
         ["agencies.csv, row 4, column \"Tên đơn vị\": the row exceeds the safety limit max_field_bytes = 1048576"],
         generate="unclosed-quote-in-big-file")


if __name__ == "__main__":
    main()
