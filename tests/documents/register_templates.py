#!/usr/bin/python3
"""`genaudit template`: the register forms as agencies get them.

    register_templates.py GENAUDIT EXAMPLES_DIR

1. Every error of the command: a name that is no register, no --output, an
   --output that is a file or cannot be made, a form's file already there
   (nothing written, the file untouched), a database missing or not one;
   in Vietnamese and, with --lang en, in English.
2. The forms read back with openpyxl (Debian's python3-openpyxl), against
   the register spec written out below (not taken from genaudit): the
   header row exactly, frozen; a drop-down list of the codes for coded
   fields; dates formatted dd/mm/yyyy and validated as dates; numbers
   validated; the sheet of agency codes empty without --db (and the prompt
   saying so), filled from the database with --db; print settings.
3. Forms filled in (openpyxl), saved again by LibreOffice (`soffice
   --headless --convert-to xlsx`, a private profile), then imported by
   `genaudit import --db` strictly: no error, and every register's rows.

Exit 0 when all holds; 1 with what did not; 77 (skipped) without soffice.
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

# The register spec (REGISTERS.md): each register's Vietnamese headers, in
# order, and its field names (the English headers).
SPEC = {
    "agencies": [("agency_code", "Mã đơn vị"), ("agency_name", "Tên đơn vị"),
                 ("level", "Cấp"), ("parent_code", "Mã đơn vị cấp trên"),
                 ("district", "Huyện, thị xã, thành phố")],
    "staff": [("staff_id", "Mã cán bộ"), ("full_name", "Họ và tên"), ("gender", "Giới tính"),
              ("birth_date", "Ngày sinh"), ("agency_code", "Mã đơn vị"),
              ("position", "Chức vụ"), ("key_leader", "Lãnh đạo chủ chốt"),
              ("start_date", "Ngày bắt đầu"), ("end_date", "Ngày kết thúc"),
              ("degree", "Trình độ")],
    "outlets": [("outlet_code", "Mã cơ quan"), ("outlet_name", "Tên cơ quan"),
                ("kind", "Loại hình"), ("district", "Huyện, thị xã, thành phố")],
    "segments": [("outlet_code", "Mã cơ quan"), ("air_date", "Ngày phát sóng"),
                 ("title", "Tên chuyên mục"), ("topic", "Chủ đề"),
                 ("duration_min", "Thời lượng (phút)")],
    "news": [("agency_code", "Mã đơn vị"), ("published_on", "Ngày đăng"),
             ("title", "Tiêu đề"), ("topic", "Chủ đề")],
    "reports": [("agency_code", "Mã đơn vị"), ("year", "Năm báo cáo"),
                ("submitted_on", "Ngày gửi")],
    "enterprises": [("enterprise_code", "Mã số doanh nghiệp"),
                    ("enterprise_name", "Tên doanh nghiệp"), ("type", "Loại hình"),
                    ("director_gender", "Giới tính người đứng đầu"), ("status", "Tình trạng")],
    "statistics": [("indicator", "Mã chỉ tiêu"), ("year", "Năm"), ("value", "Giá trị"),
                   ("reported_by", "Đơn vị báo cáo"), ("reported_on", "Ngày báo cáo")],
}
# The drop-down lists the spec's coded fields offer (first spelling of each code).
LISTS = {
    ("agencies", "level"): ["tỉnh", "huyện", "xã"],
    ("staff", "gender"): ["nữ", "nam"],
    ("staff", "key_leader"): ["x", "không"],
    ("staff", "degree"): ["tiến sĩ", "thạc sĩ"],
    ("outlets", "kind"): ["đài tỉnh", "đài huyện", "báo", "cổng thông tin"],
    ("enterprises", "type"): ["doanh nghiệp", "hợp tác xã"],
    ("enterprises", "director_gender"): ["nữ", "nam"],
    ("enterprises", "status"): ["hoạt động"],
}
DATES = {("staff", "birth_date"), ("staff", "start_date"), ("staff", "end_date"),
         ("segments", "air_date"), ("news", "published_on"), ("reports", "submitted_on"),
         ("statistics", "reported_on")}
NUMBERS = {("segments", "duration_min"): "decimal", ("reports", "year"): "whole",
           ("statistics", "year"): "whole", ("statistics", "value"): "decimal"}
AGENCY_REFERENCES = {("agencies", "parent_code"), ("staff", "agency_code"),
                     ("news", "agency_code"), ("reports", "agency_code"),
                     ("statistics", "reported_by")}

failures = []


def check(condition, what):
    if not condition:
        failures.append(what)
    return condition


def run(*args, **kwargs):
    return subprocess.run(list(args), capture_output=True, text=True, **kwargs)


def column_letter(i):
    return openpyxl.utils.get_column_letter(i + 1)


def validations_by_column(ws):
    found = {}
    for dv in ws.data_validations.dataValidation:
        for cell_range in str(dv.sqref).split():
            found[cell_range.split(":")[0].rstrip("0123456789")] = dv
    return found


def test_errors(genaudit, tmp):
    out = os.path.join(tmp, "errors")
    r = run(genaudit, "template", "staff", "bogus", "--output", out)
    check(r.returncode == 2, "unknown register: exit %d" % r.returncode)
    check('không có sổ "bogus"; các sổ là: agencies, staff, outlets, segments, news, '
          'reports, enterprises, statistics' in r.stderr, "unknown register: " + r.stderr)
    check(not os.path.exists(out), "unknown register: the folder was made")
    r = run(genaudit, "template", "bogus", "--output", out, "--lang", "en")
    check(r.returncode == 2 and 'there is no register "bogus"; the registers are: agencies'
          in r.stderr, "unknown register, English: " + r.stderr)

    r = run(genaudit, "template", "staff")
    check(r.returncode == 2 and "--output" in r.stderr and "bắt buộc" in r.stderr,
          "no --output: " + r.stderr)

    a_file = os.path.join(tmp, "a-file.txt")
    with open(a_file, "w") as f:
        f.write("not a folder\n")
    r = run(genaudit, "template", "staff", "--output", a_file)
    check(r.returncode == 2 and '"%s" không phải là thư mục' % a_file in r.stderr,
          "--output a file: " + r.stderr)
    r = run(genaudit, "template", "staff", "--output", os.path.join(a_file, "sub"))
    check(r.returncode == 2 and "không tạo được thư mục" in r.stderr,
          "--output under a file: " + r.stderr)

    os.makedirs(out)
    existing = os.path.join(out, "staff.xlsx")
    with open(existing, "w") as f:
        f.write("an agency's own file\n")
    r = run(genaudit, "template", "agencies", "staff", "--output", out)
    check(r.returncode == 2 and "tệp %s đã có" % existing in r.stderr and "chưa ghi gì"
          in r.stderr, "existing form: " + r.stderr)
    check(sorted(os.listdir(out)) == ["staff.xlsx"], "existing form: %s" % os.listdir(out))
    with open(existing) as f:
        check(f.read() == "an agency's own file\n", "existing form: the file changed")
    r = run(genaudit, "template", "staff", "--output", out, "--lang", "en")
    check(r.returncode == 2 and "the file %s exists; forms never replace a file" % existing
          in r.stderr, "existing form, English: " + r.stderr)

    r = run(genaudit, "template", "staff", "--output", os.path.join(tmp, "e2"),
            "--db", os.path.join(tmp, "missing.db"))
    check(r.returncode == 2 and "không tìm thấy cơ sở dữ liệu" in r.stderr,
          "missing database: " + r.stderr)
    check(not os.path.exists(os.path.join(tmp, "missing.db")), "missing database: created")
    r = run(genaudit, "template", "staff", "--output", os.path.join(tmp, "e2"), "--db", a_file)
    check(r.returncode == 2 and "cơ sở dữ liệu" in r.stderr and "e2" not in os.listdir(tmp),
          "not a database: " + r.stderr)


def test_form(path, name, lang, agencies=None):
    """The form of `name` at `path`; `agencies`: the codes its list holds
    (None: made without a database)."""
    wb = openpyxl.load_workbook(path)
    instructions = "Instructions" if lang == "en" else "Hướng dẫn"
    codes_sheet = "Codes" if lang == "en" else "Danh sách mã"
    refers = any((name, f) in AGENCY_REFERENCES for f, _ in SPEC[name])
    expected_sheets = [name, instructions] + ([codes_sheet] if refers else [])
    if not check(wb.sheetnames == expected_sheets, "%s: sheets %s" % (name, wb.sheetnames)):
        return
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    expected = [en if lang == "en" else vi for en, vi in SPEC[name]]
    check(headers == expected, "%s: header %s, expected %s" % (name, headers, expected))
    check(ws.freeze_panes == "A2", "%s: frozen at %s" % (name, ws.freeze_panes))
    check(ws.max_row == 1, "%s: %d rows, expected the header alone" % (name, ws.max_row))
    check(ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1",
          "%s: print settings" % name)
    dvs = validations_by_column(ws)
    for i, (field, _) in enumerate(SPEC[name]):
        col = column_letter(i)
        dv = dvs.get(col)
        width = ws.column_dimensions[col].width
        check(width is not None and 10 <= width <= 42, "%s.%s: width %s" % (name, field, width))
        key = (name, field)
        if key in LISTS and lang == "vi":
            check(dv is not None and dv.type == "list" and
                  dv.formula1 == '"' + ",".join(LISTS[key]) + '"',
                  "%s.%s: list %s" % (name, field, dv and dv.formula1))
        elif key in LISTS:
            check(dv is not None and dv.type == "list", "%s.%s: no list" % (name, field))
        elif key in DATES:
            check(ws.column_dimensions[col].number_format == "dd/mm/yyyy",
                  "%s.%s: format %s" % (name, field, ws.column_dimensions[col].number_format))
            check(dv is not None and dv.type == "date" and dv.showErrorMessage,
                  "%s.%s: no date validation" % (name, field))
        elif key in NUMBERS:
            check(dv is not None and dv.type == NUMBERS[key] and dv.showErrorMessage,
                  "%s.%s: validation %s" % (name, field, dv and dv.type))
        elif key in AGENCY_REFERENCES and agencies:
            check(dv is not None and dv.type == "list" and
                  dv.formula1 == "'%s'!$A$2:$A$%d" % (codes_sheet, len(agencies) + 1),
                  "%s.%s: code list %s" % (name, field, dv and dv.formula1))
        elif key in AGENCY_REFERENCES:
            check(dv is not None and dv.type is None and dv.prompt and "--db" in dv.prompt,
                  "%s.%s: prompt %s" % (name, field, dv and dv.prompt))
        elif field in ("title", "full_name", "agency_name", "position"):
            check(dv is None, "%s.%s: a validation on free text" % (name, field))
    # The instructions: a row per field, with its meaning, type and whether required.
    rows = [r for r in wb[instructions].iter_rows(values_only=True) if r[0] in expected]
    check(len(rows) == len(expected) and all(r[1] and r[2] and r[3] for r in rows),
          "%s: instructions %s" % (name, rows))
    # A cell whose text is longer than its column wraps, and its row is made
    # high enough for its lines (neither Excel nor LibreOffice sizes it before
    # printing: the lines would print over the next row's).
    sheet = wb[instructions]
    for row in sheet.iter_rows():
        for cell in row:
            width = sheet.column_dimensions[cell.column_letter].width or 8.43
            if isinstance(cell.value, str) and cell.alignment.wrap_text and len(cell.value) > width:
                height = sheet.row_dimensions[cell.row].height
                check(height is not None and height >= 2 * 15,
                      "%s: row %d (%r in a column %s wide) is %s pt high" %
                      (name, cell.row, cell.value[:30], width, height))
    if refers:
        codes = [r[0] for r in wb[codes_sheet].iter_rows(min_row=2, values_only=True)]
        check(codes == (agencies or []), "%s: codes %s" % (name, codes[:5]))
    return wb


def fill(template, target, rows, date_columns):
    wb = openpyxl.load_workbook(template)
    ws = wb.worksheets[0]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if c - 1 in date_columns and isinstance(value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
    wb.save(target)


def main(genaudit, examples):
    if shutil.which("soffice") is None:
        print("soffice is not installed (apt-get install libreoffice-calc-nogui): skipped")
        return 77
    tmp = tempfile.mkdtemp(prefix="genaudit-templates-")
    try:
        test_errors(genaudit, tmp)

        plain = os.path.join(tmp, "plain")
        r = run(genaudit, "template", "--output", plain)
        check(r.returncode == 0, "template: exit %d %s" % (r.returncode, r.stderr))
        check(sorted(os.listdir(plain)) == sorted(n + ".xlsx" for n in SPEC),
              "template: files %s" % os.listdir(plain))
        for name in SPEC:
            test_form(os.path.join(plain, name + ".xlsx"), name, "vi")
        english = os.path.join(tmp, "english")
        r = run(genaudit, "template", "staff", "statistics", "--output", english, "--lang", "en")
        check(r.returncode == 0 and "Wrote the form" in r.stdout, "English: " + r.stderr)
        check(sorted(os.listdir(english)) == ["staff.xlsx", "statistics.xlsx"],
              "English: %s" % os.listdir(english))
        for name in ("staff", "statistics"):
            test_form(os.path.join(english, name + ".xlsx"), name, "en")

        # With the sample's database, the forms list its agencies.
        db = os.path.join(tmp, "sample.db")
        r = run(genaudit, "import", "--db", db, examples)
        check(r.returncode == 0, "sample import: " + r.stderr)
        with open(os.path.join(examples, "agencies.csv"), encoding="utf-8-sig") as f:
            sample_codes = [line.split(";")[0] for line in f.read().splitlines()[1:] if line]
        forms = os.path.join(tmp, "forms")
        r = run(genaudit, "template", "--output", forms, "--db", db)
        check(r.returncode == 0, "template --db: " + r.stderr)
        for name in SPEC:
            test_form(os.path.join(forms, name + ".xlsx"), name, "vi", sample_codes)

        # Filled in as an agency would, saved by LibreOffice, imported.
        d = datetime.date
        a, b, c = sample_codes[:3]
        data = {
            "agencies": [[a, "Ủy ban nhân dân tỉnh", "tỉnh", None, None],
                         [b, "Văn phòng <Ủy ban>", "huyện", a, "Nha Trang"],
                         [c, "UBND xã Vĩnh Lương", "xã", b, "Nha Trang"]],
            "staff": [["CB001", "Nguyễn Thị An", "nữ", d(1980, 3, 5), a, "Giám đốc", "x",
                       d(2020, 1, 1), None, "thạc sĩ"],
                      ["CB002", "Trần Văn Bình", "nam", "17/08/1975", b, "Phó Giám đốc",
                       "không", d(2019, 6, 1), d(2025, 6, 30), "tiến sĩ"],
                      ["CB003", "Lê Thị Cúc", None, None, c, "Chuyên viên", None, None, None,
                       None],
                      ["CB001", "Nguyễn Thị An", "nữ", d(1980, 3, 5), b, "Ủy viên", None,
                       d(2022, 1, 1), None, "cử nhân"]],
            "outlets": [["DAI-KH", "Đài Phát thanh và Truyền hình Khánh Hòa", "đài tỉnh", None],
                        ["DAI-NT", "Đài Nha Trang", "đài huyện", "Nha Trang"]],
            "segments": [["DAI-KH", d(2025, 3, 8), "Phụ nữ và cuộc sống", "bình đẳng giới", 30],
                         ["DAI-KH", d(2025, 5, 1), "Thời sự", "thời sự", 12.5],
                         ["DAI-NT", d(2025, 9, 2), "Gia đình", "bình đẳng giới", None]],
            "news": [[c, d(2025, 4, 10), "Tuyên truyền Luật Bình đẳng giới", "bình đẳng giới"],
                     [c, d(2025, 11, 20), "=HYPERLINK(\"x\")", "khác"]],
            "reports": [[a, 2025, d(2025, 12, 15)], [b, 2025, d(2026, 1, 5)]],
            "enterprises": [["4201234567", "Công ty TNHH Hoa Sen", "doanh nghiệp", "nữ",
                             "hoạt động"],
                            ["4209876543", "HTX Vĩnh Lương", "hợp tác xã", None, "giải thể"]],
            "statistics": [["O4.T1", 2025, 47.5, a, d(2026, 1, 10)],
                           ["O4.T1", 2025, 48, a, d(2026, 2, 1)]],
        }
        filled = os.path.join(tmp, "filled")
        saved = os.path.join(tmp, "saved")
        os.makedirs(filled)
        for name, rows in data.items():
            dates = {i for i, (f, _) in enumerate(SPEC[name]) if (name, f) in DATES}
            fill(os.path.join(forms, name + ".xlsx"), os.path.join(filled, name + ".xlsx"), rows,
                 dates)
        profile = "file://" + os.path.join(tmp, "lo-profile")
        r = run("soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                "xlsx", "--outdir", saved,
                *[os.path.join(filled, n + ".xlsx") for n in data], timeout=300)
        check(r.returncode == 0 and sorted(os.listdir(saved)) == sorted(n + ".xlsx" for n in data),
              "LibreOffice: %s %s" % (r.stderr, os.listdir(saved) if os.path.isdir(saved) else ""))
        # LibreOffice kept what the form is made of (not its frozen pane: a
        # view setting it leaves out when converting headless).
        wb = openpyxl.load_workbook(os.path.join(saved, "staff.xlsx"))
        check([c.value for c in wb.worksheets[0][1]] == [vi for _, vi in SPEC["staff"]],
              "LibreOffice: header changed")
        check(any(dv.type == "list" for dv in wb.worksheets[0].data_validations.dataValidation),
              "LibreOffice: lists lost")

        imported = os.path.join(tmp, "filled.db")
        r = run(genaudit, "import", "--db", imported, saved)
        check(r.returncode == 0, "import of the filled forms: exit %d\n%s" % (r.returncode, r.stderr))
        for name, rows in data.items():
            line = "%s: thay bằng 1 tệp, %d dòng" % (name, len(rows))
            check(line in r.stdout + r.stderr, "import: no line '%s' in\n%s%s" %
                  (line, r.stdout, r.stderr))
        check("bỏ qua cột" not in r.stderr and "không đọc" not in r.stderr,
              "import: something left out\n" + r.stderr)
    finally:
        if os.environ.get("GENAUDIT_KEEP_DOCUMENTS"):
            shutil.copytree(tmp, os.path.join(os.environ["GENAUDIT_KEEP_DOCUMENTS"], "templates"),
                            dirs_exist_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL:", f)
    print("%d failure(s)" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
