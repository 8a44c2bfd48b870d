#!/usr/bin/env python3
"""The Word records read back by readers that are not genaudit's.

`genaudit audit --per-agency DIR --inspection FILE` on the Khánh Hòa sample,
with an agency name and inspection facts full of XML's special characters
and control characters, then:
  - every XML part of every .docx parses (xml.dom.minidom);
  - python-docx (Debian python3-docx) reads the paragraphs, tables, fonts,
    sizes, margins and the page number field, and the Vietnamese text and
    the hostile names come back as written (control characters removed);
  - LibreOffice (libreoffice-writer-nogui) converts a record and
    all-records.docx to PDF, and poppler's pdfinfo/pdftotext find a
    plausible page count, the national heading, the agency, the findings
    and every word of every table cell (nothing cut off), page 1 with no
    number at its top and page 2 with "2";
  - with --db, the inspection file's text is kept with the run
    (run_inspections), and not for a run without one;
  - a bad inspection file and a folder that is not empty stop the run
    before anything is written.

Usage: docx_readback.py GENAUDIT SOURCE_DIR
Set GENAUDIT_KEEP_DOCUMENTS=DIR to keep the documents and PDFs.
"""
import os
import re
import shutil
import sqlite3
import sys
import tempfile

import docx  # python3-docx
from docx.shared import Mm

from docx_checks import (check, check_page_numbers, check_xml_parts, keep_documents, outcome,
                         pages, pdf_of, pdf_text, run, tools_missing, top_lines, words)

GENAUDIT, SOURCE = sys.argv[1], sys.argv[2]

HOSTILE_NAME = 'Sở Y tế <b>&amp; ]]> "x"'
INSPECTION = """
[issuing_body]
superior = "UBND TỈNH KHÁNH HÒA"
name = "ĐOÀN KIỂM TRA LIÊN NGÀNH"

[decision]
number = "2150/QĐ-UBND"
date = 2025-10-20
signer = "Chủ tịch UBND tỉnh Khánh Hòa"

[record]
number = "15"
symbol = "BB-ĐKT"
place_name = "Khánh Hòa"
copies = 2
recipients = ["Như trên;", "Lưu: VT, ĐKT."]

[remedy]
deadline = 2026-03-31

[[team]]
name = "Nguyễn Văn An"
role = "Phó Giám đốc Sở Nội vụ, Trưởng đoàn"
lead = true

[[agency]]
code = "SYT"
place = "Trụ sở <Sở Y tế> & ]]>\\u0001\\u001f phường Nha Trang"
date = 2025-11-12
start = "08:00"
end = "11:30"

[[agency.representative]]
name = "Phạm Thị Dung"
role = "Phó Giám đốc Sở Y tế"
signs = true
"""
PLACE_READ_BACK = "Trụ sở <Sở Y tế> & ]]> phường Nha Trang"


def make_data(tmp):
    data = os.path.join(tmp, "data")
    shutil.copytree(os.path.join(SOURCE, "examples", "khanh-hoa"), data)
    for name in os.listdir(data):
        if name.endswith(".json"):
            os.remove(os.path.join(data, name))
    path = os.path.join(data, "agencies.csv")
    with open(path, encoding="utf-8-sig") as f:
        lines = f.read().split("\n")
    out = []
    for line in lines:
        cells = line.split(";")
        if cells and cells[0] == "SYT":
            cells[1] = '"' + HOSTILE_NAME.replace('"', '""') + '"'  # it holds the ';' 
        out.append(";".join(cells))
    with open(path, "w", encoding="utf-8-sig") as f:
        f.write("\n".join(out))
    return data


def body_paragraphs(d):
    return [p.text for p in d.paragraphs]


def check_record(path):
    d = docx.Document(path)
    texts = body_paragraphs(d)
    joined = "\n".join(texts)
    head = d.tables[0]
    head_text = "\n".join(c.text for row in head.rows for c in row.cells)
    for part in ("UBND TỈNH KHÁNH HÒA", "ĐOÀN KIỂM TRA LIÊN NGÀNH", "Số: 15/BB-ĐKT",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Khánh Hòa, ngày 12 tháng 11 năm 2025"):
        check(part in head_text, f"heading table has {part!r}")
    for part in ("BIÊN BẢN KIỂM TRA", "Căn cứ Quyết định số 2150/QĐ-UBND ngày 20/10/2025",
                 "vào lúc 08 giờ 00 phút ngày 12 tháng 11 năm 2025, tại " + PLACE_READ_BACK,
                 "- Ông/Bà Nguyễn Văn An, Phó Giám đốc Sở Nội vụ, Trưởng đoàn;",
                 "2. Đại diện " + HOSTILE_NAME + ":", "Tên đơn vị: " + HOSTILE_NAME,
                 "III. KẾT QUẢ KIỂM TRA", "IV. Ý KIẾN CỦA ĐƠN VỊ ĐƯỢC KIỂM TRA",
                 "Thời hạn thực hiện: trước 31/03/2026.",
                 "Biên bản kết thúc vào lúc 11 giờ 30 phút cùng ngày, được lập thành 02 bản",
                 "Nơi nhận:", "- Lưu: VT, ĐKT.", "PHỤ LỤC"):
        check(part in joined, f"record has {part!r}")
    check("\x01" not in joined and "\x1f" not in joined, "control characters removed")
    # Rule codes and digests only after the appendix heading.
    appendix = joined.index("PHỤ LỤC") if "PHỤ LỤC" in joined else len(joined)
    all_cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    check(any(c == "O1.S4" for c in all_cells), "the appendix names rule O1.S4")
    check("O1.S4" not in joined[:appendix], "no rule code in the body's paragraphs")
    check(not re.search(r"\b[0-9a-f]{64}\b", joined[:appendix]), "no digest in the body")
    check(any(re.fullmatch(r"[0-9a-f]{64}", c) for c in all_cells), "digests in the appendix")
    # Signatures: the lead and the agency's signer.
    sign_text = " ".join(all_cells)
    check("TRƯỞNG ĐOÀN KIỂM TRA" in sign_text and "Nguyễn Văn An" in sign_text, "team signs")
    check("Phạm Thị Dung" in sign_text, "the agency's representative signs")
    # Evidence tables with a heading row repeated on each page.
    check(any(c == "Số liệu" for c in all_cells), "a figures table")
    check(any(c.startswith("staff.csv: dòng") for c in all_cells), "the register rows")
    # Fonts: Times New Roman 13 pt by default; every size 10-14 pt.
    rpr = d.styles.element.find(docx.oxml.ns.qn("w:docDefaults")).find(
        docx.oxml.ns.qn("w:rPrDefault")).find(docx.oxml.ns.qn("w:rPr"))
    fonts = rpr.find(docx.oxml.ns.qn("w:rFonts"))
    check(fonts.get(docx.oxml.ns.qn("w:ascii")) == "Times New Roman", "Times New Roman")
    check(rpr.find(docx.oxml.ns.qn("w:sz")).get(docx.oxml.ns.qn("w:val")) == "26", "13 pt")
    sizes = set()
    for p in d.paragraphs:
        for r in p.runs:
            if r.text.strip() and r.font.size is not None:
                sizes.add(r.font.size.pt)
    check(sizes and all(11 <= s <= 14 for s in sizes), f"body text 11-14 pt: {sizes}")
    check(d.styles["Heading 1"] is not None, "a Heading 1 style for the sections")
    # A4 and the decree's margins.
    s = d.sections[0]
    check(abs(s.page_width - Mm(210)) < Mm(1) and abs(s.page_height - Mm(297)) < Mm(1), "A4")
    check(Mm(20) <= s.top_margin + Mm(0.1) and s.top_margin <= Mm(25.1), "top 20-25 mm")
    check(Mm(20) <= s.bottom_margin + Mm(0.1) and s.bottom_margin <= Mm(25.1), "bottom 20-25")
    check(Mm(30) <= s.left_margin + Mm(0.1) and s.left_margin <= Mm(35.1), "left 30-35 mm")
    check(Mm(15) <= s.right_margin + Mm(0.1) and s.right_margin <= Mm(20.1), "right 15-20 mm")
    check_page_numbers(s, "record")
    return d


def main():
    if tools_missing():
        return 1
    tmp = tempfile.mkdtemp(prefix="genaudit-docx-")
    try:
        data = make_data(tmp)
        inspection = os.path.join(tmp, "inspection.toml")
        with open(inspection, "w", encoding="utf-8") as f:
            f.write(INSPECTION)
        out = os.path.join(tmp, "records")
        r = run([GENAUDIT, "audit", "--data", data, "--period", "2025", "--per-agency", out,
                 "--inspection", inspection, "--format", "json", "--output",
                 os.path.join(tmp, "report.json")])
        check(r.returncode == 1, f"the audit has findings (status {r.returncode}): {r.stderr}")
        records = sorted(n for n in os.listdir(out) if n.endswith(".docx") and n != "all-records.docx")
        check(len(records) >= 10, f"a record per agency with a finding: {records}")
        for name in records + ["all-records.docx"]:
            check_xml_parts(os.path.join(out, name))
        syt = check_record(os.path.join(out, "SYT.docx"))

        merged = docx.Document(os.path.join(out, "all-records.docx"))
        titles = [p for p in merged.paragraphs if p.text == "BIÊN BẢN KIỂM TRA"]
        check(len(titles) == len(records), f"all-records has every record: {len(titles)}")
        # One section per record (each new page, numbered from 1), and a
        # page break inside each only before its appendix.
        check(len(merged.sections) == len(records),
              f"a section per record: {len(merged.sections)} for {len(records)}")
        for i, section in enumerate(merged.sections):
            check(section.start_type == docx.enum.section.WD_SECTION_START.NEW_PAGE,
                  f"section {i + 1} starts a new page")
            check_page_numbers(section, f"all-records section {i + 1}")
        breaks = merged.element.body.xml.count('w:type="page"')
        check(breaks == len(records), f"a page break per record (its appendix): {breaks}")

        index = open(os.path.join(out, "index.html"), encoding="utf-8").read()
        check('href="all-records.docx"' in index and 'href="SYT.docx"' in index, "index links")
        check("Sở Y tế &lt;b&gt;&amp;amp; ]]&gt;" in index, "the index escapes names")

        # LibreOffice: pages, text, nothing cut off.
        profile = os.path.join(tmp, "lo-profile")
        pdfs = os.path.join(tmp, "pdf")
        one = pdf_of(os.path.join(out, "SYT.docx"), pdfs, profile)
        every = pdf_of(os.path.join(out, "all-records.docx"), pdfs, profile)
        n_one, n_every = pages(one), pages(every)
        check(2 <= n_one <= 6, f"a record is 2-6 pages: {n_one}")
        check(2 * len(records) <= n_every <= 6 * len(records),
              f"all-records pages plausible: {n_every} for {len(records)}")
        # The first page has no number at its top, the second a "2".
        first, second = top_lines(one, 1), top_lines(one, 2)
        check(first and "UBND" in first[0] and not re.fullmatch(r"\d+", first[0]),
              f"page 1 starts with the heading, no number: {first}")
        check(second and second[0] == "2", f"page 2 starts with its number: {second}")
        text = pdf_text(one)
        # Justified lines come out of pdftotext with spaces inside words
        # ("lãnh đ ạo"): text is compared without white space.
        tight = "".join(text.split())
        for part in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "BIÊN BẢN KIỂM TRA", "Nguyễn Văn An", "PHỤ LỤC"):
            check("".join(part.split()) in tight, f"the PDF shows {part!r}")
        check("".join(HOSTILE_NAME.split()) in tight, "the PDF shows the agency's name")
        for p in syt.paragraphs:
            if p.text.startswith("1. ") and p.runs and p.runs[0].bold:
                check("".join(p.text.split()) in tight, f"the PDF shows the finding {p.text!r}")
        pdf_words = set(words(text))
        for t in syt.tables:
            for row in t.rows:
                for c in row.cells:
                    missing = [w for w in words(c.text) if w not in pdf_words and w not in tight]
                    check(not missing, f"every word of cell {c.text!r} is printed: {missing}")
        merged_text = "".join(pdf_text(every).split())
        check(merged_text.count("BIÊNBẢNKIỂMTRA") == len(records), "every record is printed")
        # Each record's first page carries no number; the page after it "2".
        n_page, record_starts = 1, []
        while n_page <= n_every:
            top = top_lines(every, n_page)
            if top and "UBND" in top[0]:
                record_starts.append(n_page)
            n_page += 1
        check(len(record_starts) == len(records), f"records start on pages {record_starts}")
        for start in record_starts:
            nxt = top_lines(every, start + 1)
            check(nxt and nxt[0] == "2", f"all-records page {start + 1} is numbered 2: {nxt}")

        # --db keeps the inspection file with the run.
        db = os.path.join(tmp, "audit.db")
        r = run([GENAUDIT, "import", "--db", db, data])
        check(r.returncode == 0, f"import: {r.stderr}")
        r = run([GENAUDIT, "audit", "--db", db, "--period", "2025", "--inspection", inspection,
                 "--per-agency", os.path.join(tmp, "records-db"), "--format", "json"])
        check(r.returncode == 1, f"audit --db: {r.returncode} {r.stderr}")
        r = run([GENAUDIT, "audit", "--db", db, "--period", "2025", "--format", "json"])
        check(r.returncode == 1, f"audit --db without inspection: {r.stderr}")
        with sqlite3.connect(db) as con:
            rows = con.execute("SELECT run, toml FROM run_inspections ORDER BY run").fetchall()
        check(len(rows) == 1 and rows[0][1] == INSPECTION,
              f"the inspection file is kept with run 1 only: {[(r[0], len(r[1])) for r in rows]}")

        # Stops before anything is written.
        bad = os.path.join(tmp, "bad.toml")
        with open(bad, "w", encoding="utf-8") as f:
            f.write('[record]\ncopies = 2\nsymbl = "BB"\n')
        fresh = os.path.join(tmp, "never")
        r = run([GENAUDIT, "audit", "--data", data, "--period", "2025", "--per-agency", fresh,
                 "--inspection", bad])
        check(r.returncode == 2, f"a bad inspection file stops: {r.returncode}")
        check(f"{bad}:3:1: không có khóa `symbl` trong [record]" in r.stderr, r.stderr)
        check("1 lỗi trong tệp thông tin cuộc kiểm tra" in r.stderr, r.stderr)
        check(not os.path.exists(fresh), "nothing written after a bad inspection file")
        before = sorted(os.listdir(out))
        r = run([GENAUDIT, "audit", "--data", data, "--period", "2025", "--per-agency", out,
                 "--lang", "en"])
        check(r.returncode == 2, f"a folder with files is refused: {r.returncode}")
        check("is not empty" in r.stderr and "Choose a new folder" in r.stderr, r.stderr)
        check(sorted(os.listdir(out)) == before, "the folder is left as it was")

        keep_documents((os.path.join(out, "SYT.docx"), os.path.join(out, "all-records.docx"), one,
                        every))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return outcome("the Word records read back as written")


if __name__ == "__main__":
    sys.exit(main())
