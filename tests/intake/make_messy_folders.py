#!/usr/bin/python3
"""Make the messy intake fixtures under tests/data/intake/ from the clean sample.

Why: agencies send their registers as files named anything, split one file per
agency, as .xls/.ods/.xlsx written by LibreOffice or openpyxl, or as `;` CSV
from Excel in the Vietnamese locale, with title blocks, instruction sheets,
column-numbering rows, near-miss headers and unrelated columns. An audit of
such folders must give exactly the answer of the clean sample
(examples/khanh-hoa); tests/intake/compare_reports.py checks that.

What it writes (everything under tests/data/intake/ is replaced):
  per-agency/     every register split by agency (staff, reports, news) or by
                  outlet (segments), one file each in a rotating shape, some in
                  agency subfolders; agencies, outlets, enterprises and
                  statistics in one odd-named workbook each
  one-file-each/  each register as one odd-named file, each in another shape
  errors/         small folders for the error paths, each with EXPECTED.txt

Every value keeps its meaning: the same codes, dates, genders, key-leader
marks and numbers; an empty cell stays empty. Text is copied byte for byte
(NFD text stays NFD). Dates become real date cells in workbooks and
dd/mm/yyyy text in CSV; numbers become number cells in workbooks and keep
their original text in CSV.

Needs: Debian's python3-openpyxl (run with /usr/bin/python3) and LibreOffice
(`soffice`, package libreoffice-calc-nogui) for .xls, .ods and LibreOffice
.xlsx. Run from anywhere:  /usr/bin/python3 tests/intake/make_messy_folders.py [--verify]
(--verify reads every file back, .xls/.ods through LibreOffice, and checks
each cell against the clean one; slow, one LibreOffice run per file.)
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
import unicodedata
import zipfile

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLEAN = os.path.join(ROOT, "examples", "khanh-hoa")
OUT = os.path.join(ROOT, "tests", "data", "intake")

# A fixed moment for every timestamp the tools let us set (document
# properties, zip entries), so that a rerun gives the same bytes where it can.
FIXED = datetime.datetime(2026, 1, 15, 8, 0, 0)

# ---------------------------------------------------------------------------
# The clean registers: which column of each clean file is which field.
# Keys are the clean files' headers (NFC, trimmed); None = dropped (the clean
# STT numbers rows of the whole file; each messy file numbers its own rows).
# Fields starting with "extra:" are unrelated columns, copied under that name.
SOURCE_COLUMNS = {
    "agencies": {
        "Mã đơn vị": "agency_code", "Tên đơn vị": "agency_name", "Cấp": "level",
        "Mã đơn vị cấp trên": "parent_code", "Huyện, thị xã, thành phố": "district"},
    "staff": {
        "STT": None, "Mã cán bộ": "staff_id", "Họ và tên": "full_name",
        "Giới tính": "gender", "Ngày sinh": "birth_date", "Mã đơn vị": "agency_code",
        "Chức vụ": "position", "Lãnh đạo chủ chốt": "key_leader",
        "Ngày bắt đầu": "start_date", "Ngày kết thúc": "end_date", "Trình độ": "degree",
        "Ghi chú": "extra:Ghi chú"},
    "outlets": {
        "Mã cơ quan": "outlet_code", "Tên cơ quan": "outlet_name", "Loại hình": "kind",
        "Huyện, thị xã, thành phố": "district", "Ghi chú": "extra:Ghi chú"},
    "segments": {
        "STT": None, "Mã cơ quan": "outlet_code", "Ngày phát sóng": "air_date",
        "Tên chuyên mục": "title", "Chủ đề": "topic", "Thời lượng (phút)": "duration_min"},
    "news": {
        "agency_code": "agency_code", "Published on": "published_on", "Title": "title",
        "Topic": "topic", "Link": "extra:Đường dẫn"},
    "reports": {
        "MÃ ĐƠN VỊ": "agency_code", "NĂM BÁO CÁO": "year", "NGÀY GỬI": "submitted_on",
        "SỐ VĂN BẢN": "extra:Số văn bản"},
    "enterprises": {
        "Ma so doanh nghiep": "enterprise_code", "Ten doanh nghiep": "enterprise_name",
        "Loai hinh": "type", "Gioi tinh nguoi dung dau": "director_gender",
        "Tinh trang": "status", "Dia chi": "extra:Địa chỉ"},
    "statistics": {
        "Mã chỉ tiêu": "indicator", "Năm": "year", "Giá trị": "value",
        "Đơn vị báo cáo": "reported_by", "Ngày báo cáo": "reported_on"},
}

# The headers the messy files use: the template's Vietnamese header per field.
HEADERS = {
    "agency_code": "Mã đơn vị", "agency_name": "Tên đơn vị", "level": "Cấp",
    "parent_code": "Mã đơn vị cấp trên", "district": "Huyện, thị xã, thành phố",
    "staff_id": "Mã cán bộ", "full_name": "Họ và tên", "gender": "Giới tính",
    "birth_date": "Ngày sinh", "position": "Chức vụ", "key_leader": "Lãnh đạo chủ chốt",
    "start_date": "Ngày bắt đầu", "end_date": "Ngày kết thúc", "degree": "Trình độ",
    "outlet_code": "Mã cơ quan", "outlet_name": "Tên cơ quan", "kind": "Loại hình",
    "air_date": "Ngày phát sóng", "title": "Tên chuyên mục", "topic": "Chủ đề",
    "duration_min": "Thời lượng (phút)", "published_on": "Ngày đăng",
    "year": "Năm", "submitted_on": "Ngày gửi", "enterprise_code": "Mã số doanh nghiệp",
    "enterprise_name": "Tên doanh nghiệp", "type": "Loại hình",
    "director_gender": "Giới tính người đứng đầu", "status": "Tình trạng",
    "indicator": "Mã chỉ tiêu", "value": "Giá trị", "reported_by": "Đơn vị báo cáo",
    "reported_on": "Ngày báo cáo",
}
# Fields whose header differs by register.
REGISTER_HEADERS = {("news", "title"): "Tiêu đề", ("reports", "year"): "Năm báo cáo"}

# Near-miss headers: the column once a bracketed note, a line break or extra
# spaces are removed (the shapes named in the issue).
NEAR_MISS = {
    "key_leader": "Lãnh đạo chủ chốt (đánh dấu x)",
    "end_date": "Ngày kết thúc\n(nếu đã nghỉ)",
    "birth_date": "Ngày sinh (ngày/tháng/năm)",
    "topic": "Chủ đề\n(chọn từ danh mục)",
    "staff_id": "  Mã   cán bộ ",
    "agency_code": "Mã đơn vị ",
    "submitted_on": "Ngày gửi (ngày/tháng/năm)",
    "value": "Giá trị\n(số liệu)",
    "air_date": "Ngày phát sóng  ",
}

DATE_FIELDS = {"birth_date", "start_date", "end_date", "air_date", "published_on",
               "submitted_on", "reported_on"}
NUMBER_FIELDS = {"duration_min", "value"}
INTEGER_FIELDS = {"year"}

TITLES = {
    "agencies": "DANH MỤC CƠ QUAN, ĐƠN VỊ",
    "staff": "DANH SÁCH CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC",
    "outlets": "DANH SÁCH CƠ QUAN BÁO CHÍ, ĐÀI",
    "segments": "NHẬT KÝ CHUYÊN MỤC, CHUYÊN ĐỀ ĐÃ PHÁT SÓNG",
    "news": "TIN, BÀI TRÊN HỆ THỐNG THÔNG TIN CƠ SỞ",
    "reports": "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH",
    "enterprises": "DANH SÁCH DOANH NGHIỆP, HỢP TÁC XÃ",
    "statistics": "BIỂU SỐ LIỆU CHỈ TIÊU",
}


def nfc(s):
    return unicodedata.normalize("NFC", s).strip()


def read_clean(name):
    """The clean register `name` as (fields, rows of {field: text})."""
    raw = open(os.path.join(CLEAN, name + ".csv"), "rb").read()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16")
    else:
        text = raw.decode("utf-8-sig")
    first = text.split("\n", 1)[0]
    delimiter = max(";,\t", key=first.count)
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = [SOURCE_COLUMNS[name][nfc(h)] for h in records[0]]  # KeyError = unmapped
    fields = [f for f in header if f]
    rows = []
    for rec in records[1:]:
        if not any(c.strip() for c in rec):
            continue
        assert len(rec) == len(header), (name, rec)
        rows.append({f: v for f, v in zip(header, rec) if f})
    return fields, rows


def parse_date(text):
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise ValueError(f"not a date: {text!r}")


def parse_number(text):
    n = float(text.strip().replace(",", "."))
    return int(n) if n == int(n) and "," not in text and "." not in text else n


# ---------------------------------------------------------------------------
# One messy file: a shape and the rows it holds.

class Shape:
    """How one file is written.

    fmt: "csv" (`;`, UTF-8 BOM, CRLF), "xlsx" (openpyxl), "lo-xlsx", "xls",
         "ods" (LibreOffice, converted from an openpyxl workbook)
    title: a title block above the header (merged cells, blank rows)
    numbering: None, "plain" (1 2 3 …) or "paren" ((1) (2) (3) …) under the header
    instructions: a "Hướng dẫn" sheet before the data sheet
    near_miss: near-miss headers where NEAR_MISS has one
    stt / note: an STT column first / a "Ghi chú" column last (unrelated)
    rotate: column order rotated by this many places
    numeric_codes: fields written as number cells (whole-number codes)
    key_leader_numbers: key_leader "1"/"0" written as number cells
    """

    def __init__(self, fmt, title=False, numbering=None, instructions=False,
                 near_miss=False, stt=False, note=False, rotate=0,
                 numeric_codes=(), key_leader_numbers=False):
        self.fmt, self.title, self.numbering = fmt, title, numbering
        self.instructions, self.near_miss = instructions, near_miss
        self.stt, self.note, self.rotate = stt, note, rotate
        self.numeric_codes, self.key_leader_numbers = set(numeric_codes), key_leader_numbers

    def describe(self):
        bits = [self.fmt]
        for flag in ("title", "instructions", "near_miss", "stt", "note", "key_leader_numbers"):
            if getattr(self, flag):
                bits.append(flag.replace("_", "-"))
        if self.numbering:
            bits.append(f"numbering-{self.numbering}")
        if self.rotate:
            bits.append(f"rotated-{self.rotate}")
        if self.numeric_codes:
            bits.append("numeric:" + ",".join(sorted(self.numeric_codes)))
        return " ".join(bits)


def columns_for(register, fields, shape):
    """[(header, field or special)] for a file of `register` in `shape`."""
    cols = []
    for f in fields:
        if f.startswith("extra:"):
            cols.append((f[6:], f))
        else:
            head = REGISTER_HEADERS.get((register, f), HEADERS[f])
            if shape.near_miss and f in NEAR_MISS:
                head = NEAR_MISS[f]
            cols.append((head, f))
    if shape.rotate:
        k = shape.rotate % len(cols)
        cols = cols[k:] + cols[:k]
    if shape.stt:
        cols.insert(0, ("STT", "#stt"))
    if shape.note and not any(h == "Ghi chú" for h, _ in cols):
        cols.append(("Ghi chú", "#note"))
    return cols


def typed_value(field, text, shape, i):
    """A clean cell as the workbook value that means the same."""
    if field == "#stt":
        return i + 1
    if field == "#note":
        return None
    if text is None or text.strip() == "":
        return None
    if field in DATE_FIELDS:
        return parse_date(text)
    if field in NUMBER_FIELDS or field in INTEGER_FIELDS:
        return parse_number(text)
    if field in shape.numeric_codes and re.fullmatch(r"[1-9][0-9]{0,14}", text.strip()):
        return int(text)
    if field == "key_leader" and shape.key_leader_numbers and text.strip() in ("0", "1"):
        return int(text)
    return text


def csv_value(field, text, i):
    if field == "#stt":
        return str(i + 1)
    if field == "#note":
        return ""
    if field in DATE_FIELDS and text.strip():
        return parse_date(text).strftime("%d/%m/%Y")
    return text


def write_csv(path, cols, rows, shape):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow([h for h, _ in cols])
    if shape.numbering == "plain":
        w.writerow([str(n + 1) for n in range(len(cols))])
    elif shape.numbering == "paren":
        w.writerow([f"({n + 1})" for n in range(len(cols))])
    for i, r in enumerate(rows):
        w.writerow([csv_value(f, r.get(f, ""), i) for _, f in cols])
    with open(path, "wb") as out:
        out.write(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def build_workbook(register, cols, rows, shape, agency_name):
    wb = openpyxl.Workbook()
    wb.properties.creator = "Sở Nội vụ tỉnh Khánh Hòa"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    if shape.instructions:
        ws.title = "Hướng dẫn"
        for line in (
                "HƯỚNG DẪN ĐIỀN BIỂU MẪU",
                "",
                "1. Mỗi dòng là một bản ghi; không gộp ô trong vùng dữ liệu.",
                "2. Ngày ghi theo dạng ngày/tháng/năm.",
                "3. Không xóa, không đổi thứ tự các cột của biểu mẫu.",
                "4. Gửi lại biểu mẫu cho Sở Nội vụ trước ngày 15/01/2026."):
            ws.append([line or None])
        ws.column_dimensions["A"].width = 80
        ws = wb.create_sheet("Danh sách")
    else:
        ws.title = "Danh sách"
    n = len(cols)
    r0 = 1
    if shape.title:
        half = max(2, n // 2)
        ws.cell(1, 1, "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA")
        ws.cell(2, 1, (agency_name or "Sở Nội vụ").upper())
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=half)
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=half)
        if n > half + 1:
            ws.cell(1, half + 1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
            ws.cell(2, half + 1, "Độc lập - Tự do - Hạnh phúc")
            ws.merge_cells(start_row=1, start_column=half + 1, end_row=1, end_column=n)
            ws.merge_cells(start_row=2, start_column=half + 1, end_row=2, end_column=n)
        ws.cell(4, 1, TITLES[register])
        ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=n)
        ws.cell(5, 1, "(Kèm theo Công văn số 123/SNV-CCVC ngày 05/01/2026 của Sở Nội vụ)")
        ws.merge_cells(start_row=5, start_column=1, end_row=5, end_column=n)
        for r in (1, 2, 4):
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).alignment = Alignment(horizontal="center")
        r0 = 7
    for c, (head, _) in enumerate(cols, 1):
        cell = ws.cell(r0, c, head)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    r = r0 + 1
    if shape.numbering:
        for c in range(1, n + 1):
            ws.cell(r, c, c if shape.numbering == "plain" else f"({c})")
        r += 1
    for i, row in enumerate(rows):
        for c, (_, f) in enumerate(cols, 1):
            v = typed_value(f, row.get(f), shape, i)
            if v is None:
                continue
            cell = ws.cell(r, c, v)
            if isinstance(v, datetime.date):
                cell.number_format = "DD/MM/YYYY"
        r += 1
    for c in range(1, n + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 18
    return wb


def fix_zip_times(path, text_fixes=()):
    """Rewrite a zip (xlsx/ods) with fixed entry times and, in the named
    members, fixed creation/modification dates, keeping member order."""
    stamp = (FIXED.year, FIXED.month, FIXED.day, FIXED.hour, FIXED.minute, FIXED.second)
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w") as z:
        for info, data in members:
            for member, pattern, repl in text_fixes:
                if info.filename == member:
                    data = re.sub(pattern, repl, data.decode("utf-8")).encode("utf-8")
            new = zipfile.ZipInfo(info.filename, stamp)
            new.compress_type = info.compress_type
            new.external_attr = info.external_attr
            new.create_system = 3
            z.writestr(new, data)
    os.replace(path + ".tmp", path)


ISO_Z = "2026-01-15T08:00:00Z"
ISO = "2026-01-15T08:00:00"
OOXML_FIXES = [("docProps/core.xml", r"(<dcterms:(created|modified)[^>]*>)[^<]*", r"\g<1>" + ISO_Z)]
ODF_FIXES = [("meta.xml", r"(<(meta:creation-date|dc:date)>)[^<]*", r"\g<1>" + ISO),
             ("meta.xml", r"<meta:generator>[^<]*</meta:generator>", "<meta:generator>LibreOffice</meta:generator>"),
             ("meta.xml", r"<meta:editing-duration>[^<]*</meta:editing-duration>", "<meta:editing-duration>PT0S</meta:editing-duration>")]


class Writer:
    """Collects the files; LibreOffice conversions run in one batch per format."""

    LO_FILTERS = {"xls": "xls:MS Excel 97", "ods": "ods", "lo-xlsx": "xlsx:Calc MS Excel 2007 XML"}

    def __init__(self, tmp):
        self.tmp = tmp
        self.jobs = {}  # fmt -> [(source xlsx, final path)]
        self.manifest = []  # (relative path, register, clean rows, shape)
        self.files = []  # (path, cols, rows, shape) for --verify

    def add(self, path, register, fields, rows, shape, agency_name=None, note=""):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        cols = columns_for(register, fields, shape)
        self.files.append((path, cols, rows, shape))
        self.manifest.append((os.path.relpath(path, OUT), register, len(rows),
                              shape.describe(), note))
        if shape.fmt == "csv":
            write_csv(path, cols, rows, shape)
            return
        wb = build_workbook(register, cols, rows, shape, agency_name)
        if shape.fmt == "xlsx":
            wb.save(path)
            fix_zip_times(path, OOXML_FIXES)
            return
        src = os.path.join(self.tmp, f"job{sum(map(len, self.jobs.values())):03d}.xlsx")
        wb.save(src)
        self.jobs.setdefault(shape.fmt, []).append((src, path))

    def run_libreoffice(self):
        profile = "file://" + os.path.join(self.tmp, "lo-profile")
        for fmt, jobs in sorted(self.jobs.items()):
            outdir = os.path.join(self.tmp, "out-" + fmt)
            os.makedirs(outdir, exist_ok=True)
            subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                            "--convert-to", self.LO_FILTERS[fmt], "--outdir", outdir]
                           + [s for s, _ in jobs], check=True, stdout=subprocess.DEVNULL)
            ext = {"lo-xlsx": "xlsx"}.get(fmt, fmt)
            for src, final in jobs:
                made = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
                shutil.move(made, final)
                if ext == "xlsx":
                    fix_zip_times(final, OOXML_FIXES)
                elif ext == "ods":
                    fix_zip_times(final, ODF_FIXES)


# ---------------------------------------------------------------------------
# The folders.

def agency_names():
    _, rows = read_clean("agencies")
    return {r["agency_code"]: r["agency_name"] for r in rows}


def split(rows, key):
    groups = {}
    for r in rows:
        groups.setdefault(r[key], []).append(r)
    return groups


def ascii_name(s):
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c))


# Per-agency shapes: file i of a register takes PER_AGENCY_SHAPES[i % len].
# Each entry: (path template, shape). {code} the agency/outlet code, {name}
# its name, {ascii} its name without diacritics, {n} a running number.
PER_AGENCY_SHAPES = {
    "staff": [
        ("{code}/staff.csv", Shape("csv")),
        ("Danh sách cán bộ - {name}.xlsx", Shape("xlsx", title=True, numbering="paren", near_miss=True, stt=True)),
        ("Danh sach can bo 2025 - {code}.xls", Shape("xls", title=True, note=True)),
        ("{code}/DS CBCCVC {ascii}.ods", Shape("ods", stt=True, rotate=3)),
        ("{code}/Danh sách CB-CC-VC (bản chính thức).xlsx", Shape("lo-xlsx", title=True, instructions=True, near_miss=True)),
        ("staff ({n}).csv", Shape("csv", near_miss=True, numbering="plain", stt=True)),
        ("{code}/{code}_nhân sự.xlsx", Shape("xlsx", instructions=True, numbering="plain", key_leader_numbers=True, rotate=5)),
    ],
    "reports": [
        ("{code}/Báo cáo kết quả 2024-2025.csv", Shape("csv", near_miss=True)),
        ("BC {code}.xlsx", Shape("xlsx", title=True, numbering="plain")),
        ("reports ({n}).csv", Shape("csv", stt=True, rotate=1)),
    ],
    "news": [
        ("{code}/Tin bài trên trang TTĐT.ods", Shape("ods", near_miss=True, stt=True)),
        ("news - {ascii}.csv", Shape("csv", near_miss=True, rotate=2)),
        ("{code}/tin bai {n}.xlsx", Shape("xlsx", title=True, numbering="paren")),
        ("Tin bai {code} (1).xls", Shape("xls", note=True)),
    ],
    "segments": [
        ("Đài {code}/Nhật ký phát sóng.xlsx", Shape("lo-xlsx", title=True, near_miss=True, numbering="plain")),
        ("segments - {code}.csv", Shape("csv", stt=True)),
        ("Nhat ky chuyen muc {code}.ods", Shape("ods", near_miss=True, rotate=2)),
        ("Đài {code}/chuyen muc 2025.xls", Shape("xls", title=True, instructions=True)),
    ],
}

# Registers without an agency code: one odd-named file each.
PER_AGENCY_SINGLE = {
    "agencies": ("Danh mục đơn vị (bản cuối).xls", Shape("xls", title=True, stt=True)),
    "outlets": ("co quan bao chi, dai.ods", Shape("ods", title=True, numbering="plain", note=True)),
    "enterprises": ("DN-HTX 2025.xlsx", Shape("lo-xlsx", title=True, instructions=True)),
    "statistics": ("Biểu số liệu chỉ tiêu.xlsx", Shape("xlsx", title=True, numbering="paren", near_miss=True, stt=True)),
}

# One file per register, each in another shape.
ONE_FILE_EACH = {
    "agencies": ("don vi (2).csv", Shape("csv", near_miss=True, stt=True)),
    "staff": ("Danh sách cán bộ - Sở Nội vụ tổng hợp.xlsx",
              Shape("lo-xlsx", title=True, instructions=True, numbering="paren", near_miss=True, stt=True)),
    "outlets": ("Danh sach co quan bao chi.xlsx", Shape("xlsx", title=True, note=True)),
    "segments": ("Nhat ky chuyen muc 2025.xls", Shape("xls", near_miss=True, numbering="plain", rotate=1)),
    "news": ("Tin bai HTTTCS.ods", Shape("ods", title=True, near_miss=True)),
    "reports": ("BC ket qua (final).csv", Shape("csv", numbering="plain", near_miss=True)),
    "enterprises": ("Doanh nghiep - HTX.xls", Shape("xls", title=True, numeric_codes={"enterprise_code"})),
    "statistics": ("so lieu chi tieu.xlsx", Shape("xlsx", instructions=True, near_miss=True, rotate=2)),
}

SPLIT_KEY = {"staff": "agency_code", "reports": "agency_code", "news": "agency_code",
             "segments": "outlet_code"}


def make_per_agency(w, names):
    base = os.path.join(OUT, "per-agency")
    _, outlets = read_clean("outlets")
    outlet_names = {r["outlet_code"]: r["outlet_name"] for r in outlets}
    for register, shapes in PER_AGENCY_SHAPES.items():
        fields, rows = read_clean(register)
        groups = split(rows, SPLIT_KEY[register])
        for i, code in enumerate(sorted(groups)):
            template, shape = shapes[i % len(shapes)]
            name = (outlet_names if register == "segments" else names).get(code, code)
            rel = template.format(code=code, name=name, ascii=ascii_name(name), n=i + 1)
            w.add(os.path.join(base, rel), register, fields, groups[code], shape, name)
    for register, (rel, shape) in PER_AGENCY_SINGLE.items():
        fields, rows = read_clean(register)
        w.add(os.path.join(base, rel), register, fields, rows, shape)


def make_one_file_each(w):
    base = os.path.join(OUT, "one-file-each")
    for register, (rel, shape) in ONE_FILE_EACH.items():
        fields, rows = read_clean(register)
        w.add(os.path.join(base, rel), register, fields, rows, shape)


# ---------------------------------------------------------------------------
# Error folders: each the smallest folder that shows one error.

def make_errors(w):
    base = os.path.join(OUT, "errors")
    afields, agencies = read_clean("agencies")
    sfields, staff = read_clean("staff")
    _, reports = read_clean("reports")
    two_agencies = [r for r in agencies if r["agency_code"] in ("UBND-KH", "SYT")]
    syt_staff = [r for r in staff if r["agency_code"] == "SYT"][:6]
    core = [f for f in sfields if not f.startswith("extra:")]

    def expected(folder, text):
        os.makedirs(os.path.join(base, folder), exist_ok=True)
        with open(os.path.join(base, folder, "EXPECTED.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")

    def agencies_file(folder):
        w.add(os.path.join(base, folder, "agencies.csv"), "agencies", afields, two_agencies, Shape("csv"))

    # 1. One header holding the required columns of agencies and reports.
    folder = "header-two-registers"
    both = ["agency_code", "agency_name", "level", "year", "submitted_on"]
    rows = [{"agency_code": "SYT", "agency_name": "Sở Y tế", "level": "tỉnh",
             "year": "2024", "submitted_on": "20/11/2024"}]
    hdr = {"year": "Năm báo cáo"}
    write_plain_csv(os.path.join(base, folder, "Tong hop don vi va bao cao.csv"),
                    [hdr.get(f, HEADERS[f]) for f in both], [[r[f] for f in both] for r in rows])
    expected(folder, "error (exit 2): 'Tong hop don vi va bao cao.csv' has a header that matches two "
                     "registers, agencies and reports; nothing imported")

    # 2. One agency code in two agencies files (a duplicate unique code across files).
    folder = "agency-code-in-two-files"
    w.add(os.path.join(base, folder, "Danh muc don vi (1).csv"), "agencies", afields,
          two_agencies, Shape("csv"))
    w.add(os.path.join(base, folder, "Danh mục đơn vị - Sở Y tế.xlsx"), "agencies", afields,
          [r for r in agencies if r["agency_code"] == "SYT"], Shape("xlsx", title=True))
    expected(folder, "error (exit 2): agency_code SYT appears in two agencies files "
                     "('Danh muc don vi (1).csv' row 3 and 'Danh mục đơn vị - Sở Y tế.xlsx'); "
                     "a duplicate unique code across the files of one register")

    # 3. A workbook with two sheets that both have the staff header.
    folder = "two-staff-sheets"
    agencies_file(folder)
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = FIXED
    for k, title in enumerate(("Danh sách", "Danh sách (2)")):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = title
        ws.append([HEADERS[f] for f in core])
        for r in syt_staff[k * 3:(k + 1) * 3]:
            ws.append([typed_value(f, r.get(f), Shape("xlsx"), 0) for f in core])
    path = os.path.join(base, folder, "Danh sách cán bộ - Sở Y tế.xlsx")
    wb.save(path)
    fix_zip_times(path, OOXML_FIXES)
    expected(folder, "error (exit 2): 'Danh sách cán bộ - Sở Y tế.xlsx' has two sheets with the staff "
                     "header ('Danh sách', 'Danh sách (2)'): ambiguous, name the sheet in a mapping")

    # 4. Headers that are typos or miss a word: errors that suggest the real column.
    for folder, field, bad, text in (
            ("typo-gioi-tinh", "gender", "Giớ tính",
             "error (exit 2): staff column 'Giới tính' (gender) is missing; the header 'Giớ tính' "
             "looks like it (typo?)"),
            ("typo-ngay-ket-thuc", "end_date", "Ngày kế thúc",
             "error (exit 2): the header 'Ngày kế thúc' is not a column; did you mean "
             "'Ngày kết thúc' (end_date)?"),
            ("word-missing-ngay-ket", "end_date", "Ngày kết",
             "error (exit 2): the header 'Ngày kết' is not a column; did you mean "
             "'Ngày kết thúc' (end_date)?")):
        agencies_file(folder)
        heads = [bad if f == field else HEADERS[f] for f in core]
        write_plain_csv(os.path.join(base, folder, "Danh sach can bo SYT.csv"), heads,
                        [[csv_value(f, r.get(f, ""), 0) for f in core] for r in syt_staff],
                        delimiter=";", bom=True, crlf=True)
        expected(folder, text)

    # 5. No register at all.
    folder = "no-register"
    os.makedirs(os.path.join(base, folder), exist_ok=True)
    with open(os.path.join(base, folder, "Báo cáo kết quả.docx"), "w", encoding="utf-8") as f:
        f.write("Báo cáo kết quả thực hiện Kế hoạch bình đẳng giới năm 2025 (bản nháp).\n")
    with open(os.path.join(base, folder, "notes.txt"), "w", encoding="utf-8") as f:
        f.write("Gửi kèm danh sách cán bộ sau.\n")
    expected(folder, "error (exit 2): no register found in the folder (no file has a register's header)")

    # 6. Looks like staff but lacks two required columns (Giới tính, Mã đơn vị).
    folder = "staff-missing-two-columns"
    agencies_file(folder)
    lacking = [f for f in core if f not in ("gender", "agency_code")]
    w.add(os.path.join(base, folder, "Danh sách cán bộ 2025.xlsx"), "staff", lacking, syt_staff,
          Shape("xlsx", title=True))
    expected(folder, "error (exit 2): 'Danh sách cán bộ 2025.xlsx' looks like staff but lacks the "
                     "required columns 'Giới tính' (gender) and 'Mã đơn vị' (agency_code)")


def write_plain_csv(path, header, rows, delimiter=",", bom=False, crlf=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    buf = io.StringIO(newline="")
    wr = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    wr.writerow(header)
    wr.writerows(rows)
    with open(path, "wb") as out:
        out.write((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8"))


def write_manifest(w):
    """MANIFEST.tsv: each generated file, its register, rows and shape."""
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tregister\trows\tshape\n")
        for rel, register, n, shape, _ in sorted(w.manifest):
            f.write(f"{rel}\t{register}\t{n}\t{shape}\n")


# ---------------------------------------------------------------------------
# --verify: read every written file back (xls/ods through LibreOffice to
# xlsx) and check each cell means what the clean cell meant.

def meaning(field, v):
    """A cell (clean text or workbook value) reduced to what it means."""
    if v is None or (isinstance(v, str) and v.strip() == ""):
        return None
    if field in DATE_FIELDS:
        return v.date() if isinstance(v, datetime.datetime) else parse_date(str(v))
    if field in NUMBER_FIELDS or field in INTEGER_FIELDS:
        return float(v) if not isinstance(v, str) else float(v.replace(",", "."))
    if isinstance(v, bool):
        return str(int(v))
    if isinstance(v, float) and v == int(v):
        v = int(v)
    return str(v)


def read_back(path, tmp):
    """The rows of a written file as lists of cell values (all sheets: the last)."""
    if path.endswith(".csv"):
        raw = open(path, "rb").read()
        assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw, path
        return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    src = path
    if path.endswith((".xls", ".ods")):
        outdir = os.path.join(tmp, "verify")
        os.makedirs(outdir, exist_ok=True)
        link = os.path.join(tmp, "v" + os.path.splitext(path)[1])
        shutil.copy(path, link)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(tmp, "lo-profile"),
                        "--headless", "--convert-to", "xlsx", "--outdir", outdir, link],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        src = os.path.join(outdir, "v.xlsx")
    wb = openpyxl.load_workbook(src)
    return [list(r) for r in wb.worksheets[-1].iter_rows(values_only=True)]


def verify(w, tmp):
    bad = 0
    for path, cols, rows, shape in w.files:
        got = read_back(path, tmp)
        heads = [h for h, _ in cols]
        at = next(i for i, r in enumerate(got) if [c for c in r[:len(heads)]] == heads)
        data = got[at + 1 + (1 if shape.numbering else 0):]
        data = [r for r in data if any(c not in (None, "") for c in r)]
        problems = []
        if len(data) != len(rows):
            problems.append(f"{len(data)} rows, clean has {len(rows)}")
        for i, (g, r) in enumerate(zip(data, rows)):
            for c, (_, f) in enumerate(cols):
                if f.startswith("#"):
                    continue
                want, have = meaning(f, r.get(f)), meaning(f, g[c] if c < len(g) else None)
                if want != have:
                    problems.append(f"row {i + 1} {f}: {have!r}, clean {want!r}")
        if problems:
            bad += 1
            print(f"verify: {os.path.relpath(path, OUT)}: " + "; ".join(problems[:5]))
    print(f"verify: {len(w.files) - bad} of {len(w.files)} files mean what the clean rows mean")
    return bad == 0


def main():
    if not shutil.which("soffice"):
        sys.exit("make_messy_folders.py: needs LibreOffice (soffice), e.g. "
                 "apt-get install libreoffice-calc-nogui")
    for sub in ("per-agency", "one-file-each", "errors"):
        shutil.rmtree(os.path.join(OUT, sub), ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="genaudit-intake-") as tmp:
        w = Writer(tmp)
        make_per_agency(w, agency_names())
        make_one_file_each(w)
        make_errors(w)
        w.run_libreoffice()
        ok = verify(w, tmp) if "--verify" in sys.argv[1:] else True
    write_manifest(w)
    print(f"wrote {len(w.manifest)} register files under {os.path.relpath(OUT, ROOT)}")
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
