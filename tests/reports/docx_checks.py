"""What every read-back test of genaudit's Word documents checks, by readers
that are not genaudit's: the XML parts parse, Decree 30's page numbers (python-docx),
LibreOffice's PDF and poppler's view of it. `check` records a failure in FAILURES
and goes on, so that one run lists every failure.
"""
import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.dom import minidom

import docx  # python3-docx

FAILURES = []


def check(condition, what):
    if not condition:
        FAILURES.append(what)
        print("FAIL:", what, file=sys.stderr)


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, timeout=600, **kw)


def words(text):
    return re.findall(r"\w+", text)


def check_xml_parts(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        check(names[0] == "[Content_Types].xml", f"{path}: [Content_Types].xml first")
        for part in ("word/document.xml", "word/styles.xml", "word/settings.xml",
                     "word/header1.xml", "word/header2.xml", "_rels/.rels", "word/_rels/document.xml.rels",
                     "docProps/core.xml", "docProps/app.xml"):
            check(part in names, f"{path}: has {part}")
        for name in names:
            if name.endswith(".xml") or name.endswith(".rels"):
                try:
                    minidom.parseString(z.read(name))
                except Exception as e:  # noqa: BLE001 - any parse error fails
                    check(False, f"{path}:{name} is not well-formed XML: {e}")


def check_page_numbers(s, what):
    """Decree 30: the number centred at the top in Times New Roman 13-14 pt,
    none on the section's first page, numbering from 1."""
    W = docx.oxml.ns.qn
    check(s.different_first_page_header_footer, f"{what}: titlePg (first page apart)")
    check("PAGE" not in s.first_page_header._element.xml and
          not s.first_page_header.is_linked_to_previous and
          all(not p.text.strip() for p in s.first_page_header.paragraphs),
          f"{what}: the first page's header is empty")
    check(s.footer.is_linked_to_previous or "PAGE" not in s.footer._element.xml,
          f"{what}: no page number in the footer")
    header = s.header._element
    check("PAGE" in header.xml, f"{what}: a PAGE field in the header")
    paragraphs = s.header.paragraphs
    check(paragraphs and paragraphs[0].alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER,
          f"{what}: the page number centred")
    sizes = {r.font.size.pt for p in paragraphs for r in p.runs if r.font.size is not None}
    check(sizes and all(13 <= z <= 14 for z in sizes), f"{what}: page number 13-14 pt: {sizes}")
    num = s._sectPr.find(W("w:pgNumType"))
    check(num is not None and num.get(W("w:start")) == "1", f"{what}: numbered from 1")


def top_lines(pdf, page):
    """The first non-blank lines of `page`, as laid out."""
    text = run(["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page), "-l", str(page),
                pdf, "-"]).stdout
    return [line.strip() for line in text.splitlines() if line.strip()][:2]


def pdf_of(docx_path, out_dir, profile):
    r = run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", out_dir, docx_path])
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    check(r.returncode == 0 and os.path.exists(pdf), f"LibreOffice converts {docx_path}: {r.stderr}")
    return pdf


def pages(pdf):
    info = run(["pdfinfo", pdf]).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return int(m.group(1)) if m else 0


def pdf_text(pdf):
    return run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout


def tools_missing():
    """True (and says what to install) when LibreOffice or poppler is missing."""
    for tool in ("soffice", "pdfinfo", "pdftotext"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: install libreoffice-writer-nogui and poppler-utils "
                  "(.ci/bootstrap)", file=sys.stderr)
            return True
    return False


def keep_documents(paths):
    """Copies `paths` to $GENAUDIT_KEEP_DOCUMENTS, when set, to look at them."""
    keep = os.environ.get("GENAUDIT_KEEP_DOCUMENTS")
    if keep:
        os.makedirs(keep, exist_ok=True)
        for src in paths:
            shutil.copy(src, keep)


def outcome(success):
    """The exit status: 1 after listing how many checks failed, else 0 after `success`."""
    if FAILURES:
        print(f"{len(FAILURES)} check(s) failed", file=sys.stderr)
        return 1
    print(success)
    return 0
