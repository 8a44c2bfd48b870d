#!/usr/bin/env python3
"""The province summary as Word (`audit --format docx`) read back by readers that
are not genaudit's.

On the Khánh Hòa sample, with an inspection file whose facts hold XML's special
characters:
  - every XML part parses; python-docx finds Decree 30's heading (issuing body,
    "Số: 25/BC-ĐKT", Quốc hiệu, Tiêu ngữ, place and date), "BÁO CÁO", "Kính gửi",
    the basis, the five sections numbered I-V, the closing sentence, "Nơi nhận" and
    the lead's signature; Times New Roman, A4 and the decree's margins; the page
    number at the top from page 2;
  - the same content as the HTML report's summary: every heading, paragraph and
    table cell of its <section id="summary"> is in the Word document, in order;
  - the findings, counted from the sample's hand-checked expected-all.json (not by
    genaudit): the total and the count per objective are the document's;
  - LibreOffice converts it to PDF: a plausible page count, page 1 without a
    number, page 2 numbered "2", every word of every table cell printed;
  - without an inspection file the facts are dotted blanks; `--format docx`
    without --output, and a format --output contradicts, stop with exit 2.

Usage: summary_docx_readback.py GENAUDIT SOURCE_DIR
"""
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter
from html.parser import HTMLParser

import docx  # python3-docx
from docx.shared import Mm

from docx_checks import (check, check_page_numbers, check_xml_parts, keep_documents, outcome,
                         pages, pdf_of, pdf_text, run, tools_missing, top_lines, words)

GENAUDIT, SOURCE = sys.argv[1], sys.argv[2]
SAMPLE = os.path.join(SOURCE, "examples", "khanh-hoa")

INSPECTION = """
[issuing_body]
superior = "UBND TỈNH KHÁNH HÒA"
name = "ĐOÀN KIỂM TRA <LIÊN NGÀNH> & ]]>"

[decision]
number = "2150/QĐ-UBND"
date = 2025-10-20
signer = "Chủ tịch UBND tỉnh Khánh Hòa"

[record]
place_name = "Khánh Hòa"

[summary]
number = "25"
symbol = "BC-ĐKT"
date = 2025-12-15
to = ["Ủy ban nhân dân tỉnh Khánh Hòa"]
recipients = ["Như trên;", "Sở Nội vụ (để tổng hợp);", "Lưu: VT, ĐKT."]

[[team]]
name = "Nguyễn Văn An"
role = "Phó Giám đốc Sở Nội vụ, Trưởng đoàn"
lead = true
"""
ISSUER = "ĐOÀN KIỂM TRA <LIÊN NGÀNH> & ]]>"


class SummaryHtml(HTMLParser):
    """The texts of the HTML report's <section id="summary">, in order: headings
    and paragraphs as ("h3"|"h4"|"p", text), tables as ("table", rows)."""

    def __init__(self):
        super().__init__()
        self.depth = 0  # <section> nesting inside the summary; 0: outside
        self.items, self.text, self.row, self.rows = [], None, None, None

    def handle_starttag(self, tag, attrs):
        if tag == "section":
            if self.depth or dict(attrs).get("id") == "summary":
                self.depth += 1
            return
        if not self.depth:
            return
        if tag in ("h2", "h3", "h4", "p", "td", "th"):
            self.text = ""
        elif tag == "table":
            self.rows = []
        elif tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        if not self.depth:
            return
        if tag == "section":
            self.depth -= 1
        elif tag in ("h2", "h3", "h4", "p") and self.text is not None:
            self.items.append((tag, self.text.strip()))
            self.text = None
        elif tag in ("td", "th"):
            self.row.append(self.text.strip())
            self.text = None
        elif tag == "tr":
            self.rows.append(self.row)
        elif tag == "table":
            self.items.append(("table", self.rows))
            self.rows = None

    def handle_data(self, data):
        if self.depth and self.text is not None:
            self.text += data


def document_items(d):
    """The body of `d` in order: paragraphs as texts, tables as lists of rows."""
    out = []
    for child in d.element.body.iterchildren():
        if child.tag == docx.oxml.ns.qn("w:p"):
            out.append(docx.text.paragraph.Paragraph(child, d).text)
        elif child.tag == docx.oxml.ns.qn("w:tbl"):
            t = docx.table.Table(child, d)
            out.append([[c.text for c in row.cells] for row in t.rows])
    return out


def check_same_content_as_html(d, html):
    parser = SummaryHtml()
    parser.feed(html)
    check(len(parser.items) > 20, f"the HTML summary has content: {len(parser.items)} items")
    body = document_items(d)
    at, sections, subs = 0, 0, 0
    for kind, value in parser.items:
        if kind == "h2":
            continue  # the HTML's title; the Word title is "BÁO CÁO"
        if kind == "h3":
            sections += 1
            subs = 0
        if kind == "h4":
            subs += 1
        want = {"h3": lambda v: f"{'I II III IV V VI'.split()[sections - 1]}. {v}",
                "h4": lambda v: f"{subs}. {v}", "p": lambda v: v,
                "table": lambda v: v}[kind](value)
        found = next((i for i in range(at, len(body)) if body[i] == want), None)
        check(found is not None, f"the Word summary has, in order, the HTML's {kind}: {want!r}"[:300])
        if found is not None:
            at = found + 1
    check(sections == 5, f"five sections: {sections}")


def check_counts(d, expected):
    findings = json.load(open(expected, encoding="utf-8"))["findings"]
    per_objective = Counter(f["rule"].split(".")[0] for f in findings)
    texts = [p.text for p in d.paragraphs]
    total = [t for t in texts if re.search(rf"\b{len(findings)} phát hiện", t)]
    check(total, f"the document says {len(findings)} findings: {[t for t in texts if 'phát hiện' in t][:3]}")
    table = next((t for t in d.tables if t.rows[0].cells[0].text == "Mục tiêu"), None)
    check(table is not None, "a findings-by-objective table")
    if table is None:
        return
    got = {}
    for row in table.rows[1:]:
        name, n = row.cells[0].text, row.cells[1].text
        # "Mục tiêu 1: ..." counts rules O1.*; "Phần V: ..." (the plan's part V) rules V.*.
        m = re.match(r"Mục tiêu (\d+)|Phần (\w+):", name)
        key = ("O" + m.group(1) if m.group(1) else m.group(2)) if m else name
        got[key] = int(n.replace(".", ""))
    check(got == dict(per_objective), f"findings per objective {got} == expected-all {dict(per_objective)}")


def check_frame(d):
    head = d.tables[0]
    head_text = "\n".join(c.text for row in head.rows for c in row.cells)
    for part in ("UBND TỈNH KHÁNH HÒA", ISSUER, "Số: 25/BC-ĐKT", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Khánh Hòa, ngày 15 tháng 12 năm 2025"):
        check(part in head_text, f"heading table has {part!r}")
    texts = [p.text for p in d.paragraphs]
    joined = "\n".join(texts)
    for part in ("BÁO CÁO", "Kính gửi: Ủy ban nhân dân tỉnh Khánh Hòa",
                 "Căn cứ Kế hoạch số 11983/UBND-KGVX",
                 "Căn cứ Quyết định số 2150/QĐ-UBND ngày 20/10/2025",
                 "I. Kết quả thực hiện chỉ tiêu", "V. ",
                 "Đoàn kiểm tra kính báo cáo Ủy ban nhân dân tỉnh Khánh Hòa./."):
        check(part in joined, f"the summary has {part!r}")
    check(texts.index("BÁO CÁO") < next(i for i, t in enumerate(texts) if t.startswith("Kính gửi")),
          "the title before Kính gửi")
    last = d.tables[-1]
    cells = [c.text for row in last.rows for c in row.cells]
    check("Nơi nhận:" in cells[0] and "- Như trên;" in cells[0] and "- Lưu: VT, ĐKT." in cells[0],
          f"recipients left: {cells[0]!r}")
    check("TRƯỞNG ĐOÀN KIỂM TRA" in cells[1] and "Nguyễn Văn An" in cells[1], f"the lead signs: {cells[1]!r}")
    s = d.sections[0]
    check(abs(s.page_width - Mm(210)) < Mm(1) and abs(s.page_height - Mm(297)) < Mm(1), "A4")
    check(Mm(30) <= s.left_margin + Mm(0.1) and s.left_margin <= Mm(35.1), "left 30-35 mm")
    check_page_numbers(s, "summary")
    W = docx.oxml.ns.qn
    fonts = d.styles.element.find(W("w:docDefaults")).find(W("w:rPrDefault")).find(
        W("w:rPr")).find(W("w:rFonts"))
    check(fonts.get(W("w:ascii")) == "Times New Roman", "Times New Roman")


def check_pdf(path, d, tmp):
    pdf = pdf_of(path, os.path.join(tmp, "pdf"), os.path.join(tmp, "lo-profile"))
    n = pages(pdf)
    check(3 <= n <= 40, f"the summary is 3-40 pages: {n}")
    first, second = top_lines(pdf, 1), top_lines(pdf, 2)
    check(first and "UBND" in first[0] and not re.fullmatch(r"\d+", first[0]),
          f"page 1 starts with the heading, no number: {first}")
    check(second and second[0] == "2", f"page 2 starts with its number: {second}")
    text = pdf_text(pdf)
    tight = "".join(text.split())
    pdf_words = set(words(text))
    for part in ("BÁO CÁO", "Nguyễn Văn An", "TRƯỞNG ĐOÀN KIỂM TRA", ISSUER):
        check("".join(part.split()) in tight, f"the PDF shows {part!r}")
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                missing = [w for w in words(c.text) if w not in pdf_words and w not in tight]
                check(not missing, f"every word of cell {c.text!r} is printed: {missing}")
    return pdf


def main():
    if tools_missing():
        return 1
    tmp = tempfile.mkdtemp(prefix="genaudit-summary-")
    try:
        inspection = os.path.join(tmp, "inspection.toml")
        with open(inspection, "w", encoding="utf-8") as f:
            f.write(INSPECTION)
        word = os.path.join(tmp, "bao-cao-tong-hop.docx")
        base = [GENAUDIT, "audit", "--data", SAMPLE, "--period", "2025"]
        r = run(base + ["--output", word, "--inspection", inspection])
        check(r.returncode == 1, f"the audit has findings (status {r.returncode}): {r.stderr}")
        check_xml_parts(word)
        d = docx.Document(word)
        check_frame(d)
        html = os.path.join(tmp, "report.html")
        r = run(base + ["--output", html])
        check(r.returncode == 1, f"the HTML report (status {r.returncode}): {r.stderr}")
        check_same_content_as_html(d, open(html, encoding="utf-8").read())
        check_counts(d, os.path.join(SAMPLE, "expected-all.json"))
        pdf = check_pdf(word, d, tmp)

        # No inspection file: the facts are blanks to fill by hand.
        blank = os.path.join(tmp, "blank.docx")
        r = run(base + ["--format", "docx", "--output", blank])
        check(r.returncode == 1, f"docx without an inspection file: {r.stderr}")
        b = docx.Document(blank)
        head = "\n".join(c.text for row in b.tables[0].rows for c in row.cells)
        check("Số: ................../.................." in head, f"a blank number: {head!r}")
        check(".................., ngày ..... tháng ..... năm ......." in head,
              f"a blank place and date: {head!r}")
        check(any(p.text == "Kính gửi: .................." for p in b.paragraphs), "a blank addressee")
        closing = "\n".join(c.text for row in b.tables[-1].rows for c in row.cells)
        check(closing.count("- ..................") == 3 and "TRƯỞNG ĐOÀN KIỂM TRA" in closing,
              f"blank recipients and a signature to fill: {closing!r}")

        # Usage errors: nothing written.
        r = run(base + ["--format", "docx"])
        check(r.returncode == 2 and "định dạng docx cần --output FILE" in r.stderr,
              f"docx needs --output: {r.returncode} {r.stderr}")
        r = run(base + ["--format", "docx", "--output", os.path.join(tmp, "x.html"), "--lang", "en"])
        check(r.returncode == 2 and not os.path.exists(os.path.join(tmp, "x.html")),
              f"--format docx with a .html output is refused: {r.stderr}")

        keep_documents((word, pdf))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return outcome("the province summary reads back as written")


if __name__ == "__main__":
    sys.exit(main())
