"""The workspace over HTTP, as a real process on a loopback port: every
role boundary, CSRF, sessions and their expiry, throttled sign-in, uploads
(limits, bad names, refusals that change nothing), path traversal, register
text shown inert, two imports and two audits at once, and the JSON report
of a run equal to the one `genaudit audit --db` writes.

    python3 http_test.py GENAUDIT SAMPLE_FOLDER
"""

import concurrent.futures
import html
import json
import os
import re
import select
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from workspace_process import PASSWORD, Workspace, add_user, sample_files  # noqa: E402

GENAUDIT = None
SAMPLE = None

HOSTILE = '<script>alert("x")</script>"><img src=x onerror=alert(1)>'


def registers_stored(db):
    with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as c:
        return sorted(r[0] for r in c.execute("SELECT register FROM imports"))


def edited(files, name, row, column, value):
    """`files` with one cell of register file `name` (CSV, its own
    delimiter) replaced: data row `row` (1 = the first), header `column`."""
    import csv
    import io
    text = files[name].decode("utf-8-sig")
    delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    rows[row][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(rows)
    files = dict(files)
    files[name] = out.getvalue().encode()
    return files


def hostile_sample():
    """The sample with every agency's name made of markup: findings name them."""
    files = dict(sample_files(SAMPLE))
    count = len(files["agencies.csv"].decode("utf-8-sig").splitlines()) - 1
    for row in range(1, count + 1):
        files = edited(files, "agencies.csv", row, "Tên đơn vị", HOSTILE + str(row))
    return sorted(files.items())


def agency_codes():
    text = dict(sample_files(SAMPLE))["agencies.csv"].decode("utf-8-sig")
    return [line.split(";")[0] for line in text.splitlines()[1:] if line.strip()]


class WorkspaceTest(unittest.TestCase):
    def setUp(self):
        self.ws = Workspace(GENAUDIT, ["--max-upload", "1"])

    def tearDown(self):
        self.ws.close()

    def signed_in(self, role):
        c = self.ws.client()
        r = c.login(role)
        self.assertEqual(r.status, 200, r.body)
        return c

    # --- signing in -------------------------------------------------------

    def test_login_sets_a_strict_http_only_cookie_and_returns_a_csrf_token(self):
        c = self.ws.client()
        r = c.post_json("/api/login", {"user": "viewer", "password": PASSWORD}, csrf=False)
        self.assertEqual(r.status, 200)
        self.assertRegex(r.json()["csrf"], r"^[0-9a-f]{64}$")
        cookie = r.header("Set-Cookie")
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Strict", cookie)
        self.assertNotIn("Secure", cookie)  # no proxy said HTTPS
        self.assertEqual(c.get("/api/runs").status, 200)

    def test_wrong_or_missing_credentials_are_401(self):
        c = self.ws.client()
        self.assertEqual(c.login("viewer", "wrong password").status, 401)
        self.assertEqual(c.login("nobody").status, 401)
        self.assertEqual(c.post_json("/api/login", {"user": "viewer"}, csrf=False).status, 400)
        self.assertEqual(c.request("POST", "/api/login", b"{not json", {}).status, 400)
        self.assertEqual(c.get("/api/runs").status, 401)

    def test_sign_in_is_throttled_even_with_the_right_password(self):
        c = self.ws.client()
        for _ in range(5):
            self.assertEqual(c.login("lead", "wrong password").status, 401)
        r = c.login("lead")
        self.assertEqual(r.status, 429)
        self.assertGreater(int(r.header("Retry-After")), 0)
        self.assertEqual(c.get("/api/runs").status, 401)

    def test_logout_ends_the_session(self):
        c = self.signed_in("viewer")
        self.assertEqual(c.post_json("/api/logout", {}).status, 200)
        c2 = self.ws.client()
        c2.cookies = dict(c.cookies)
        self.assertEqual(c.get("/api/runs").status, 401)

    def test_a_disabled_account_is_signed_out_at_once(self):
        c = self.signed_in("inspector")
        subprocess.run([GENAUDIT, "users", "disable", "--db", self.ws.db, "--name", "inspector"],
                       check=True, capture_output=True)
        self.assertEqual(c.get("/api/runs").status, 401)
        self.assertEqual(self.ws.client().login("inspector").status, 401)

    def test_a_forged_cookie_is_401(self):
        c = self.ws.client()
        c.cookies["genaudit_session"] = "0" * 64
        self.assertEqual(c.get("/api/runs").status, 401)
        self.assertEqual(c.get("/runs").status, 303)  # pages send people to sign in

    # --- roles and CSRF ---------------------------------------------------

    def test_role_boundaries_change_nothing(self):
        viewer = self.signed_in("viewer")
        r = viewer.post_files("/api/imports", sample_files(SAMPLE))
        self.assertEqual(r.status, 403)
        self.assertEqual(viewer.post_json("/api/audits", {"period": "2025"}).status, 403)
        self.assertEqual(registers_stored(self.ws.db), [])
        inspector = self.signed_in("inspector")
        self.assertEqual(inspector.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        self.assertEqual(inspector.post_json("/api/audits", {"period": "2025"}).status, 200)
        for role in ("lead", "admin"):
            c = self.signed_in(role)
            self.assertEqual(c.post_json("/api/audits", {"period": "2025"}).status, 200)

    def test_a_missing_or_wrong_csrf_token_is_403_and_changes_nothing(self):
        c = self.signed_in("inspector")
        r = c.post_files("/api/imports", sample_files(SAMPLE), csrf=False)
        self.assertEqual(r.status, 403)
        self.assertEqual(r.json()["error"], "csrf")
        r = c.post_files("/api/imports", sample_files(SAMPLE), csrf=False)
        self.assertEqual(r.status, 403)
        c.csrf = "f" * 64
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 403)
        self.assertEqual(c.post_json("/api/audits", {"period": "2025"}).status, 403)
        self.assertEqual(registers_stored(self.ws.db), [])
        self.assertEqual(c.get("/api/runs").json()["runs"], [])

    def test_another_sessions_token_does_not_do(self):
        a = self.signed_in("inspector")
        b = self.signed_in("inspector")
        a.csrf = b.csrf
        self.assertEqual(a.post_json("/api/audits", {"period": "2025"}).status, 403)

    # --- imports ----------------------------------------------------------

    def test_import_then_audit_gives_the_report_audit_db_writes(self):
        c = self.signed_in("inspector")
        r = c.post_files("/api/imports", sample_files(SAMPLE))
        self.assertEqual(r.status, 200, r.body)
        body = r.json()
        self.assertTrue(body["imported"])
        self.assertEqual(len(body["files"]), 8)
        self.assertIn("staff", [x["register"] for x in body["registers"]])
        # The command line's report of the same database, on a copy.
        folder = tempfile.mkdtemp()
        try:
            copy = os.path.join(folder, "copy.db")
            with sqlite3.connect(self.ws.db) as source, sqlite3.connect(copy) as target:
                source.backup(target)
            expected = subprocess.run(
                [GENAUDIT, "audit", "--db", copy, "--period", "2025", "--as-of", "2025-12-31",
                 "--format", "json"], capture_output=True)
            self.assertIn(expected.returncode, (0, 1), expected.stderr)
        finally:
            shutil.rmtree(folder)
        r = c.post_json("/api/audits", {"period": "2025", "as_of": "2025-12-31"})
        self.assertEqual(r.status, 200, r.body)
        run = r.json()["run"]
        report = c.get("/api/runs/%d/report.json" % run)
        self.assertEqual(report.status, 200)
        self.assertEqual(report.body, expected.stdout)
        self.assertEqual(c.get("/api/runs/999/report.json").status, 404)

    def test_a_refused_import_says_where_and_changes_nothing(self):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        before = registers_stored(self.ws.db)
        files = edited(dict(sample_files(SAMPLE)), "staff.csv", 4, "Ngày sinh", "31/02/1980")
        r = c.post_files("/api/imports", [("staff.csv", files["staff.csv"])])
        self.assertEqual(r.status, 422, r.body)
        body = r.json()
        self.assertFalse(body["imported"])
        problem = body["problems"][0]
        for key in ("file", "sheet", "row", "column", "value", "expected", "message"):
            self.assertIn(key, problem)
        self.assertEqual(problem["file"], "staff.csv")
        self.assertEqual(problem["row"], 5)  # data row 4: the header is row 1
        self.assertEqual(registers_stored(self.ws.db), before)

    def test_lenient_import_keeps_the_rejected_rows_for_download(self):
        c = self.signed_in("inspector")
        files = edited(dict(sample_files(SAMPLE)), "staff.csv", 4, "Giới tính", "X")
        r = c.post_files("/api/imports", sorted(files.items()), fields={"lenient": "1"})
        self.assertEqual(r.status, 200, r.body)
        rejected = r.json()["rejected_files"]
        self.assertEqual(len(rejected), 1)
        download = c.get(rejected[0]["url"])
        self.assertEqual(download.status, 200)
        self.assertIn("X", download.text())
        viewer = self.signed_in("viewer")
        self.assertEqual(viewer.get(rejected[0]["url"]).status, 200)
        self.assertEqual(self.ws.client().get(rejected[0]["url"]).status, 303)

    def test_an_upload_over_the_limit_is_refused_with_nothing_stored(self):
        c = self.signed_in("inspector")
        big = b"staff_id,full_name\n" + b"x" * (1 << 20) + b"\n"
        r = c.post_files("/api/imports", [("staff.csv", big)])
        self.assertEqual(r.status, 413)
        self.assertEqual(registers_stored(self.ws.db), [])
        uploads = os.path.join(self.ws.db + ".workspace", "uploads")
        self.assertEqual(os.listdir(uploads) if os.path.isdir(uploads) else [], [])

    def test_file_names_are_reduced_to_plain_names(self):
        c = self.signed_in("inspector")
        files = [("../../../" + n if n == "staff.csv" else "C:\\tmp\\" + n, b)
                 for n, b in sample_files(SAMPLE)]
        r = c.post_files("/api/imports", files)
        self.assertEqual(r.status, 200, r.body)
        self.assertIn("staff.csv", [f["name"] for f in r.json()["files"]])
        self.assertFalse(os.path.exists(os.path.join(self.ws.folder, "staff.csv")))
        uploads = os.path.join(self.ws.db + ".workspace", "uploads")
        self.assertEqual(os.listdir(uploads), [])
        r = c.post_files("/api/imports", [("..", b"a,b\n")])
        self.assertEqual(r.status, 400)
        self.assertEqual(r.json()["error"], "bad_file_name")
        self.assertEqual(c.post_files("/api/imports", []).status, 400)

    def test_path_traversal_in_downloads_reaches_nothing(self):
        c = self.signed_in("viewer")
        for path in ("/assets/../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
                     "/imports/../../audit.db", "/imports/aaaaaaaaaaaaaaaaaaaaaaaa/rejected/..%2F..%2Faudit.db",
                     "/imports/aaaaaaaaaaaaaaaaaaaaaaaa/rejected/%2e%2e",
                     "/runs/1/report.json/../../../etc/passwd"):
            r = c.get(path)
            self.assertIn(r.status, (400, 404), path)
            self.assertNotIn(b"root:", r.body)
            self.assertNotIn(b"SQLite format", r.body)

    # --- waivers ----------------------------------------------------------

    def propose(self, client, **fields):
        form = {"csrf": client.csrf, "rule": "O1.S4", "subject": "SNV", "period": "",
                "justification": "Sáp nhập <b>theo</b> Quyết định 12/QĐ-UBND",
                "expires": "31/12/2099"}
        form.update(fields)
        return client.post_form("/waivers", form)

    def test_a_waiver_proposed_and_approved_applies_to_the_next_audit(self):
        inspector, lead = self.signed_in("inspector"), self.signed_in("lead")
        self.assertEqual(inspector.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        first = inspector.post_json("/api/audits", {"period": "2025"}).json()["run"]
        self.assertTrue(any(f["rule"] == "O1.S4" and f["subject"] == "SNV" for f in
                            inspector.get("/api/runs/%d/report.json" % first).json()["findings"]))
        r = self.propose(inspector)
        self.assertEqual(r.status, 200, r.text())
        self.assertIn("&lt;b&gt;theo&lt;/b&gt;", r.text())
        # An inspector may not decide; a lead may not decide their own.
        self.assertEqual(inspector.post_form("/waivers/1/decide",
                                             {"csrf": inspector.csrf, "decision": "approve"}).status, 403)
        own = self.propose(lead)
        self.assertEqual(own.status, 200)
        self.assertEqual(lead.post_form("/waivers/2/decide",
                                        {"csrf": lead.csrf, "decision": "approve"}).status, 403)
        self.assertEqual(lead.post_form("/waivers/1/decide", {"decision": "approve"}).status, 403)
        self.assertEqual(lead.post_form("/waivers/1/decide",
                                        {"csrf": lead.csrf, "decision": "approve"}).status, 200)
        self.assertEqual(lead.post_form("/waivers/1/decide",
                                        {"csrf": lead.csrf, "decision": "reject"}).status, 409)
        self.assertEqual(lead.post_form("/waivers/99/decide",
                                        {"csrf": lead.csrf, "decision": "approve"}).status, 404)
        second = inspector.post_json("/api/audits", {"period": "2025"}).json()["run"]
        report = inspector.get("/api/runs/%d/report.json" % second).json()
        self.assertFalse(any(f["rule"] == "O1.S4" and f["subject"] == "SNV"
                             for f in report["findings"]))
        self.assertTrue(any(w["subject"] == "SNV" for w in report["waived"]))
        page = inspector.get("/waivers").text()
        self.assertIn('id="waivers-in_force"', page)
        self.assertIn('id="waivers-pending"', page)

    def test_a_bad_waiver_is_refused_with_what_to_fix(self):
        inspector, viewer = self.signed_in("inspector"), self.signed_in("viewer")
        self.assertEqual(self.propose(viewer).status, 403)
        self.assertEqual(self.propose(inspector, csrf="x" * 64).status, 403)
        for fields in ({"rule": "O1.T1"}, {"rule": "NOPE"}, {"subject": ""},
                       {"period": "2025-13"}, {"justification": ""}, {"expires": "31/02/2026"}):
            r = self.propose(inspector, **fields)
            self.assertEqual(r.status, 400, fields)
            self.assertIn('id="waiver-message"', r.text())
        self.assertNotIn('id="waivers-pending"', inspector.get("/waivers").text())

    # --- documents --------------------------------------------------------

    def test_a_workspace_run_keeps_every_format_for_download(self):
        import io
        import zipfile
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        run = c.post_json("/api/audits", {"period": "2025"}).json()["run"]
        page = c.get("/runs/%d" % run).text()
        viewer = self.signed_in("viewer")
        for name, start in (("summary.docx", b"PK"), ("report.xlsx", b"PK"),
                            ("report.html", b"<!DOCTYPE html"),
                            ("records.zip", b"PK"), ("report.csv", b"\xef\xbb\xbf"),
                            ("report.md", b"#")):
            self.assertIn("/runs/%d/files/%s" % (run, name), page)
            r = viewer.get("/runs/%d/files/%s" % (run, name))
            self.assertEqual(r.status, 200, name)
            self.assertTrue(r.body.startswith(start), name)
            self.assertIn("attachment", r.header("Content-Disposition"))
        records = zipfile.ZipFile(io.BytesIO(viewer.get("/runs/%d/files/records.zip" % run).body))
        subject = c.get("/api/runs/%d/report.json" % run).json()["findings"][0]["subject"]
        self.assertTrue(any(n.endswith(".html") for n in records.namelist()))
        # The summary and the records as Word (read back in full by
        # tests/reports/*docx_readback.py): their text, from the XML.
        from xml.dom import minidom

        def word_text(body):
            xml = zipfile.ZipFile(io.BytesIO(body)).read("word/document.xml")
            return "".join(t.firstChild.data for t in minidom.parseString(xml)
                           .getElementsByTagName("w:t") if t.firstChild)
        summary = viewer.get("/runs/%d/files/summary.docx" % run)
        self.assertIn("wordprocessingml", summary.header("Content-Type"))
        self.assertIn("BÁO CÁO", word_text(summary.body))
        word = viewer.get("/runs/%d/records/%s.docx" % (run, subject))
        self.assertEqual(word.status, 200)
        self.assertIn("attachment", word.header("Content-Disposition"))
        self.assertIn("BIÊN BẢN KIỂM TRA", word_text(word.body))
        self.assertEqual(viewer.get("/runs/%d/records/%s.pdf" % (run, subject)).status, 404)
        record = viewer.get("/runs/%d/records/%s.html" % (run, subject))
        self.assertEqual(record.status, 200)
        self.assertIn("sandbox", record.header("Content-Security-Policy"))
        self.assertIn(subject, record.text())
        for path in ("/runs/%d/files/..%%2Faudit.db" % run, "/runs/%d/files/records" % run,
                     "/runs/%d/records/NOBODY.html" % run, "/runs/%d/files/report.pdf" % run):
            self.assertEqual(viewer.get(path).status, 404, path)
        self.assertEqual(self.ws.client().get("/runs/%d/files/report.xlsx" % run).status, 303)

    def test_a_run_recorded_by_the_command_line_says_it_has_only_json(self):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        subprocess.run([GENAUDIT, "audit", "--db", self.ws.db, "--period", "2025",
                        "--format", "json", "--output", os.path.join(self.ws.folder, "r.json")],
                       capture_output=True)
        page = c.get("/runs/1")
        self.assertEqual(page.status, 200)
        self.assertNotIn("/runs/1/files/report.xlsx", page.text())
        self.assertIn("JSON", page.text())
        self.assertEqual(c.get("/api/runs/1/report.json").status, 200)

    # --- concurrency ------------------------------------------------------

    def test_two_imports_and_two_audits_at_once_all_succeed(self):
        a, b = self.signed_in("inspector"), self.signed_in("lead")
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            imports = list(pool.map(lambda c: c.post_files("/api/imports", sample_files(SAMPLE)),
                                    (a, b)))
            self.assertEqual([r.status for r in imports], [200, 200])
            audits = list(pool.map(lambda c: c.post_json("/api/audits", {"period": "2025"}),
                                   (a, b)))
        self.assertEqual([r.status for r in audits], [200, 200])
        self.assertEqual(sorted(r.json()["run"] for r in audits), [1, 2])

    def test_a_bad_period_or_profile_is_400(self):
        c = self.signed_in("inspector")
        r = c.post_json("/api/audits", {"period": "2025-13"})
        self.assertEqual((r.status, r.json()["error"]), (400, "bad_period"))
        r = c.post_json("/api/audits", {"period": "2025", "as_of": "31/02/2025"})
        self.assertEqual((r.status, r.json()["error"]), (400, "bad_as_of"))
        r = c.post_json("/api/audits", {"period": "2025", "profile": "nope"})
        self.assertEqual((r.status, r.json()["error"]), (400, "bad_profile"))
        self.assertEqual(c.post_json("/api/audits", {}).status, 400)

    # --- the inspection file ----------------------------------------------

    INSPECTION = (
        '[decision]\nnumber = "2150/QĐ-UBND"\ndate = 2025-10-20\n'
        'signer = "Chủ tịch UBND tỉnh Khánh Hòa"\n[record]\nsymbol = "BB-ĐKT"\n')

    def record_html(self, c, run):
        """The first record of `run`, as the workspace serves it."""
        index = os.path.join(self.ws.db + ".workspace", "runs", str(run), "records", "index.json")
        with open(index, encoding="utf-8") as f:
            subjects = sorted(json.load(f))
        self.assertTrue(subjects)
        r = c.get("/runs/%d/records/%s.html" % (run, urllib.parse.quote(subjects[0], safe="")))
        self.assertEqual(r.status, 200)
        return r.text()

    def test_an_audit_with_an_inspection_file_gives_its_records(self):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        r = c.post_json("/api/audits", {"period": "2025", "inspection": self.INSPECTION})
        self.assertEqual(r.status, 200, r.body)
        run = r.json()["run"]
        self.assertIn("2150/QĐ-UBND", self.record_html(c, run))
        with sqlite3.connect(self.ws.db) as con:
            kept = con.execute("SELECT run, toml FROM run_inspections").fetchall()
        self.assertEqual(kept, [(run, self.INSPECTION)])
        # A run without one: dotted blanks, nothing kept for it.
        other = c.post_json("/api/audits", {"period": "2025"}).json()["run"]
        self.assertNotIn("2150/QĐ-UBND", self.record_html(c, other))

    def test_a_bad_inspection_file_is_422_and_records_nothing(self):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        bad = '[record]\ncopies = 2\nsymbl = "BB"\n'
        r = c.post_json("/api/audits", {"period": "2025", "inspection": bad})
        self.assertEqual(r.status, 422, r.body)
        body = r.json()
        self.assertEqual(body["error"], "bad_inspection")
        self.assertIn("inspection:3:1: không có khóa `symbl` trong [record]", body["message"])
        self.assertIn("1 lỗi trong tệp thông tin cuộc kiểm tra", body["message"])
        r = c.post_json("/api/audits", {"period": "2025", "inspection": "x" * (300 * 1024)})
        self.assertEqual((r.status, r.json()["error"]), (422, "inspection_too_large"))
        r = c.post_json("/api/audits", {"period": "2025", "inspection": 5})
        self.assertEqual((r.status, r.json()["error"]), (400, "missing_field"))
        self.assertEqual(c.get("/api/runs").json()["runs"], [])
        # The audit form (multipart, no script): the error on the page.
        page = c.post_files("/runs", [], fields={"period": "2025", "inspection": bad})
        self.assertEqual(page.status, 422, page.body)
        self.assertIn("inspection.toml:3:1: không có khóa `symbl` trong [record]", page.text())
        self.assertEqual(c.get("/api/runs").json()["runs"], [])
        with sqlite3.connect(self.ws.db) as con:
            self.assertEqual(con.execute("SELECT count(*) FROM run_inspections").fetchone(), (0,))

    def test_the_audit_form_takes_an_inspection_file(self):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        r = c.post_files("/runs", [], fields={"period": "2025", "inspection": self.INSPECTION})
        self.assertEqual(r.status, 303, r.body)
        run = int(r.header("Location").rsplit("/", 1)[1])
        self.assertIn("2150/QĐ-UBND", self.record_html(c, run))

    def test_an_inspection_file_needs_an_inspector_and_the_csrf_token(self):
        viewer = self.signed_in("viewer")
        r = viewer.post_json("/api/audits", {"period": "2025", "inspection": self.INSPECTION})
        self.assertEqual(r.status, 403)
        c = self.signed_in("inspector")
        r = c.post_json("/api/audits", {"period": "2025", "inspection": self.INSPECTION},
                        csrf=False)
        self.assertEqual((r.status, r.json()["error"]), (403, "csrf"))
        r = c.post_files("/runs", [], fields={"period": "2025", "inspection": self.INSPECTION},
                         csrf=False)
        self.assertEqual(r.status, 403)
        with sqlite3.connect(self.ws.db) as con:
            self.assertEqual(con.execute("SELECT count(*) FROM run_inspections").fetchone(), (0,))

    # --- what people see --------------------------------------------------

    def test_a_findings_explanation_is_what_genaudit_explain_says(self):
        # The page reads only its rule's registers; the command line reads
        # every register the pack reads: the same words, rule by rule.
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        run = c.post_json("/api/audits", {"period": "2025"}).json()["run"]
        findings = c.get("/api/runs/%d/report.json" % run).json()["findings"]
        one_per_rule = {}
        for index, f in enumerate(findings):
            one_per_rule.setdefault(f["rule"], index)
        self.assertGreater(len(one_per_rule), 2)
        for rule, index in sorted(one_per_rule.items()):
            f = findings[index]
            page = c.get("/runs/%d/findings/%d/explain" % (run, index)).text()
            shown = re.search(r'<pre class="explanation" id="explanation">(.*?)</pre>', page, re.S)
            self.assertIsNotNone(shown, rule)
            cli = subprocess.run([GENAUDIT, "explain", rule, f["subject"]] +
                                 ([f["period"]] if f.get("period") else []) +
                                 ["--db", self.ws.db, "--period", "2025"],
                                 capture_output=True, check=True)
            self.assertTrue(shown.group(1).strip(), rule)
            self.assertEqual(html.unescape(shown.group(1)).strip(), cli.stdout.decode().strip(), rule)

    def test_register_text_is_inert_on_every_page(self):
        c = self.signed_in("admin")
        self.assertEqual(c.post_files("/api/imports", hostile_sample()).status, 200)
        run = c.post_json("/api/audits", {"period": "2025"}).json()["run"]
        pages = ["/runs", "/runs/%d" % run, "/registers", "/activity", "/agencies"]
        pages += ["/agencies/" + urllib.parse.quote(code, safe="") for code in agency_codes()]
        finding_pages = ["/runs/%d/findings/%d" % (run, i) for i in range(40)]
        seen_escaped = False
        for path in pages + finding_pages:
            r = c.get(path)
            if r.status == 404:
                continue
            self.assertEqual(r.status, 200, path)
            html = r.text()
            self.assertNotIn("<script>alert", html, path)
            self.assertNotIn("<img src=x", html, path)
            seen_escaped = seen_escaped or "&lt;script&gt;alert" in html
            csp = r.header("Content-Security-Policy")
            self.assertIn("script-src 'self'", csp)
        self.assertTrue(seen_escaped, "the hostile agency name appears on no page")

    def test_pages_send_strangers_to_sign_in_and_back(self):
        c = self.ws.client()
        r = c.get("/runs/3")
        self.assertEqual(r.status, 303)
        self.assertEqual(r.header("Location"), "/login?next=/runs/3")
        r = c.post_form("/login", {"user": "viewer", "password": PASSWORD,
                                   "next": "//evil.example/x"})
        self.assertEqual(r.status, 303)
        self.assertEqual(r.header("Location"), "/")
        self.assertEqual(c.get("/runs").status, 200)


class AgencyAndRulesPagesTest(unittest.TestCase):
    """/agencies, /agencies/CODE and /rules: viewers read them, strangers
    are sent to sign in, an unknown agency or profile is 404."""

    def setUp(self):
        self.ws = Workspace(GENAUDIT)

    def tearDown(self):
        self.ws.close()

    def signed_in(self, role):
        c = self.ws.client()
        self.assertEqual(c.login(role).status, 200)
        return c

    def audited(self, *periods):
        c = self.signed_in("inspector")
        self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        return [c.post_json("/api/audits", {"period": p}).json()["run"] for p in periods]

    def test_strangers_are_sent_to_sign_in_and_viewers_read(self):
        self.audited("2025")
        stranger = self.ws.client()
        viewer = self.signed_in("viewer")
        for path in ("/agencies", "/agencies/SNV", "/rules"):
            r = stranger.get(path)
            self.assertEqual(r.status, 303, path)
            self.assertEqual(r.header("Location"), "/login?next=" + path)
            self.assertEqual(viewer.get(path).status, 200, path)

    def test_agencies_before_any_import(self):
        r = self.signed_in("viewer").get("/agencies")
        self.assertEqual(r.status, 200)
        self.assertIn("Chưa nhập sổ danh mục cơ quan, đơn vị.", r.text())
        self.assertEqual(self.signed_in("viewer").get("/agencies/SNV").status, 404)

    def test_every_agency_with_its_findings_in_the_latest_run(self):
        self.audited("2025")
        html = self.signed_in("viewer").get("/agencies").text()
        codes = agency_codes()
        self.assertEqual(html.count('<tr class="agency">'), len(codes))
        for code in codes:
            self.assertIn('href="/agencies/%s"' % code, html)
        # SNV has one finding (O1.S4), UBND-KH none.
        self.assertRegex(html, r'/agencies/SNV">Sở Nội vụ</a></td><td class="num">1</td>')
        self.assertRegex(html, r'/agencies/UBND-KH">[^<]+</a></td><td class="num">0</td>')
        self.assertIn('data-filter-table="agencies"', html)

    def test_an_agencys_findings_across_runs_link_to_their_pages(self):
        first, second = self.audited("2025", "2025-Q4")
        viewer = self.signed_in("viewer")
        html = viewer.get("/agencies/SNV").text()
        self.assertLess(html.index('data-run="%d"' % second), html.index('data-run="%d"' % first))
        for run in (first, second):
            links = re.findall(r'href="(/runs/%d/findings/\d+)"' % run, html)
            self.assertEqual(len(links), 1, html)
            finding = viewer.get(links[0]).text()
            self.assertIn("O1.S4 · SNV", finding)  # the page of that very finding
        self.assertIn("Mới", html)          # new in the first run
        self.assertIn("Còn tồn tại", html)  # persisting in the second
        self.assertIn('href="/runs/%d/records/SNV.html"' % second, html)
        self.assertIn('href="/runs/%d/records/SNV.md"' % second, html)
        self.assertIn('href="/runs/%d/records/SNV.docx"' % second, html)
        # An agency without findings: its runs say so, and there is no record.
        html = viewer.get("/agencies/UBND-KH").text()
        self.assertNotIn("/records/", html)
        self.assertEqual(html.count("Không có vi phạm."), 2)
        # In English, the pack's English title.
        viewer.cookies["genaudit_lang"] = "en"
        self.assertIn("Agency with 30% or more women but no female key leader",
                      viewer.get("/agencies/SNV").text())

    def test_a_waived_finding_is_listed_as_waived_without_a_record(self):
        inspector = self.signed_in("inspector")
        self.assertEqual(inspector.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
        r = inspector.post_form("/waivers", {
            "csrf": inspector.csrf, "rule": "O1.S4", "subject": "SNV", "period": "",
            "justification": "Đã có quyết định bổ nhiệm.", "expires": "31/12/2030"})
        self.assertEqual(r.status, 200, r.body)
        lead = self.signed_in("lead")
        self.assertEqual(lead.post_form("/waivers/1/decide",
                                        {"csrf": lead.csrf, "decision": "approve"}).status, 200)
        run = inspector.post_json("/api/audits", {"period": "2025"}).json()["run"]
        html = self.signed_in("viewer").get("/agencies/SNV").text()
        row = re.search(r'<tr class="agency-finding">.*?</tr>', html).group(0)
        self.assertIn("O1.S4", row)
        self.assertIn("Được miễn trừ", row)
        self.assertNotIn("/runs/%d/findings/" % run, row)  # the report lists it apart
        self.assertNotIn("/records/", html)

    def test_findings_of_a_run_without_a_usable_report_are_listed_unlinked(self):
        first, second = self.audited("2025", "2025-Q4")
        with sqlite3.connect(self.ws.db) as c:  # one kept none, one damaged
            c.execute("DELETE FROM run_reports WHERE run = ?", (first,))
            c.execute("UPDATE run_reports SET content = ? WHERE run = ?",
                      ('{"findings": [{"rule": 5, "subject": ["SNV"]}], "waived": 3}', second))
        r = self.signed_in("viewer").get("/agencies/SNV")
        self.assertEqual(r.status, 200)
        html = r.text()
        self.assertEqual(html.count('<tr class="agency-finding">'), 2)
        self.assertNotIn("/findings/", html)
        self.assertIn("Cơ quan, đơn vị có tỷ lệ nữ từ 30% trở lên", html)  # the pack's title
        # The kept report itself (compressed) is damaged: asked for, it is a
        # damaged database, said as such, not a report that was never kept.
        api = self.signed_in("viewer").get("/api/runs/%d/report.json" % second)
        self.assertEqual(api.status, 500)
        self.assertEqual(api.json()["error"], "database")
        self.assertIn("run %d" % second, api.json()["message"])
        self.assertEqual(self.signed_in("viewer").get("/api/runs/%d/report.json" % first).status, 404)

    def test_an_unknown_agency_is_404(self):
        self.audited("2025")
        viewer = self.signed_in("viewer")
        for path in ("/agencies/NOPE", "/agencies/snv", "/agencies/SNV%20",
                     "/agencies/..%2F..%2Faudit.db", "/agencies/%3Cscript%3E"):
            r = viewer.get(path)
            self.assertEqual(r.status, 404, path)
            self.assertNotIn("<script>", r.text())

    def test_the_rules_page_shows_each_rule_as_written(self):
        html = self.signed_in("viewer").get("/rules").text()
        self.assertIn('<pre class="rule-text">finding O1.S4 {', html)
        self.assertIn("when exists(s in posts) and female_share &gt;= female_share_threshold", html)
        self.assertIn('<pre class="param-value">30%</pre>', html)
        self.assertIn('href="#param-key_leader_positions"', html)
        self.assertIn("KH 11983/UBND-KGVX, mục II.1.b", html)
        self.assertNotIn('id="profile-form"', html)  # started without profiles
        self.assertEqual(self.signed_in("viewer").get("/rules?profile=none.toml").status, 404)


class RulesProfileTest(unittest.TestCase):
    def test_the_pack_as_each_profile_tailors_it(self):
        folder = tempfile.mkdtemp(prefix="genaudit-profile-")
        profile = os.path.join(folder, "o1.toml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write('[params]\nfemale_share_threshold = \"35.5%\"\n[rules]\nonly = ["O1.*"]\n')
        ws = Workspace(GENAUDIT, ["--profile", profile])
        try:
            c = ws.client()
            self.assertEqual(c.login("viewer").status, 200)
            plain = c.get("/rules").text()
            self.assertIn('id="profile-form"', plain)
            self.assertIn('<option value="%s">o1.toml</option>' % profile, plain)
            self.assertIn("rule-O6.", plain)
            r = c.get("/rules?profile=" + urllib.parse.quote(profile, safe=""))
            self.assertEqual(r.status, 200)
            tailored = r.text()
            self.assertIn('<dd id="profile-applied">o1.toml</dd>', tailored)
            self.assertIn('<pre class="param-value">35.5%</pre>', tailored)
            self.assertIn("<code>30%</code>", tailored)  # what the rule file says
            self.assertNotIn("rule-O6.", tailored)
            self.assertIn("rule-O1.S4", tailored)
            self.assertEqual(c.get("/rules?profile=" + urllib.parse.quote(
                os.path.join(folder, "other.toml"), safe="")).status, 404)
        finally:
            ws.close()
            shutil.rmtree(folder, ignore_errors=True)


class RulesExtendedTest(unittest.TestCase):
    """`serve --rules A --rules B`: both files add to the built-in pack, as on
    the command line; the rules page lists the pack's rules and theirs, and an
    audit in the workspace runs them."""

    RULE = """finding {id} {{
  title vi "Quy tắc thêm {id}" en "Added rule {id}"
  citation "c"
  lead "Sở Nội vụ"
  severity low
  remedy vi "r" en "r"
  for a in agencies
  when count(s in active_posts(a)) > 1000000
}}
"""

    def test_two_rule_files_extend_the_pack(self):
        folder = tempfile.mkdtemp(prefix="genaudit-rules-")
        paths = []
        for n in (1, 2):
            paths.append(os.path.join(folder, "extra%d.rules" % n))
            with open(paths[-1], "w", encoding="utf-8") as f:
                f.write(self.RULE.format(id="X.%d" % n))
        ws = Workspace(GENAUDIT, ["--rules", paths[0], "--rules", paths[1]])
        try:
            c = ws.client()
            self.assertEqual(c.login("inspector").status, 200)
            page = c.get("/rules").text()
            for rule in ("rule-O1.S4", "rule-O6.T4", "rule-X.1", "rule-X.2"):
                self.assertIn(rule, page)
            self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
            run = c.post_json("/api/audits", {"period": "2025"}).json()["run"]
            report = c.get("/api/runs/%d/report.json" % run).json()
            self.assertIn("X.1", [r["rule"] for r in report["rule_coverage"]])
            self.assertIn("X.2", [r["rule"] for r in report["rule_coverage"]])
            self.assertIn("O1.S4", [f["rule"] for f in report["findings"]])
            files = report["run"]["rule_files"]
            self.assertTrue(files["builtin_pack"], files)
            self.assertEqual(len(files["added"]), 2, files)
            self.assertTrue(files["added"][0].endswith("extra1.rules"), files)
        finally:
            ws.close()
            shutil.rmtree(folder, ignore_errors=True)


def many_findings_sample(copies=20):
    """The sample with `copies` more of each provincial department (new
    codes, no data of their own): each adds a finding, so that a run has
    more findings than one page shows."""
    files = dict(sample_files(SAMPLE))
    lines = files["agencies.csv"].decode("utf-8-sig").splitlines()
    extra = []
    for n in range(copies):
        for line in lines[1:]:
            fields = line.split(";")
            if len(fields) > 3 and fields[2] == "tỉnh" and fields[3] == "UBND-KH":
                extra.append(";".join(["X%d-%s" % (n, fields[0]), "%s %d" % (fields[1], n)] + fields[2:]))
    files["agencies.csv"] = ("\ufeff" + "\n".join(lines + extra) + "\n").encode()
    return sorted(files.items())


FINDING_LINK = re.compile(r'href="/runs/\d+/findings/(\d+)"')


class RunPagePagesTest(unittest.TestCase):
    """A run's findings, a hundred a page, filtered on the server."""

    @classmethod
    def setUpClass(cls):
        cls.ws = Workspace(GENAUDIT)
        cls.c = cls.ws.client()
        assert cls.c.login("inspector").status == 200
        assert cls.c.post_files("/api/imports", many_findings_sample()).status == 200
        cls.run_id = cls.c.post_json("/api/audits", {"period": "2025"}).json()["run"]
        cls.findings = cls.c.get("/api/runs/%d/report.json" % cls.run_id).json()["findings"]
        assert len(cls.findings) > 200, len(cls.findings)

    @classmethod
    def tearDownClass(cls):
        cls.ws.close()

    def page(self, query=""):
        r = self.c.get("/runs/%d%s" % (self.run_id, query))
        self.assertEqual(r.status, 200, query)
        html = r.text()
        return html, [int(i) for i in FINDING_LINK.findall(html)]

    def test_each_finding_is_on_exactly_one_page_a_hundred_at_a_time(self):
        total = len(self.findings)
        pages = (total + 99) // 100
        first, shown = self.page()
        self.assertEqual(len(shown), 100)
        self.assertIn("Vi phạm 1–100 trong %d<" % total, first)
        self.assertIn('id="pager"', first)
        self.assertIn("Trang 1/%d" % pages, first)
        seen = []
        for n in range(1, pages + 1):
            html, links = self.page("?page=%d" % n)
            seen += links
        self.assertEqual(self.page("?page=1")[1], shown)
        self.assertNotEqual(set(self.page("?page=2")[1]) & set(shown), set(shown))
        self.assertEqual(set(self.page("?page=2")[1]) & set(shown), set())
        self.assertEqual(sorted(seen), list(range(total)))  # every one, once
        last, links = self.page("?page=%d" % pages)
        self.assertEqual(len(links), total - 100 * (pages - 1))
        self.assertIn('id="page-previous"', last)
        self.assertNotIn('id="page-next"', last)

    def test_a_filter_finds_findings_past_the_first_page(self):
        _, first = self.page()
        later = next(i for i in range(len(self.findings)) if i not in first)
        code = self.findings[later]["subject"]
        for query in ("?q=" + urllib.parse.quote(code.lower()),
                      "?agency=" + urllib.parse.quote(code)):
            html, links = self.page(query)
            self.assertIn(later, links, query)
            self.assertIn("khớp bộ lọc", html)
        self.assertTrue(all(self.findings[i]["subject"] == code for i in links))
        _, links = self.page("?q=" + urllib.parse.quote(code.lower()))
        self.assertTrue(all(code.lower() in " ".join((f["subject"], f["subject_name"], f["lead"])).lower()
                            for f in (self.findings[i] for i in links)))
        # The objective, lead and status filters, across all pages, and the
        # pager's links keeping them.
        objective = "V"
        wanted = [i for i, f in enumerate(self.findings) if f["rule"].split(".")[0] == objective]
        self.assertGreater(len(wanted), 100)
        html, links = self.page("?objective=" + objective)
        self.assertIn("1–100 trong %d vi phạm khớp bộ lọc" % len(wanted), html)
        self.assertIn("/runs/%d?objective=V&amp;page=2#findings" % self.run_id, html)
        _, second = self.page("?objective=V&page=2")
        self.assertEqual(sorted(links + second), wanted)
        lead = self.findings[wanted[0]]["lead"]
        _, by_lead = self.page("?objective=V&lead=" + urllib.parse.quote(lead))
        self.assertTrue(by_lead and all(self.findings[i]["lead"] == lead for i in by_lead))
        status = self.findings[0]["status"]
        _, by_status = self.page("?status=%s&page=3" % status)
        self.assertTrue(all(self.findings[i]["status"] == status for i in by_status))
        html, links = self.page("?q=" + urllib.parse.quote("<no such thing>"))
        self.assertEqual(links, [])
        self.assertIn("Không có vi phạm nào khớp bộ lọc.", html)
        self.assertIn('value="&lt;no such thing&gt;"', html)

    def test_bad_page_numbers_are_400_and_past_the_last_the_last(self):
        for bad in ("0", "-1", "abc", "1.5", "%2B2", "00"):
            r = self.c.get("/runs/%d?page=%s" % (self.run_id, bad))
            self.assertEqual(r.status, 400, bad)
            self.assertIn("Số trang", r.text())
        r = self.c.get("/runs/%d?page=%%3Cb%%3E" % self.run_id)
        self.assertIn("&quot;&lt;b&gt;&quot;", r.text())
        pages = (len(self.findings) + 99) // 100
        _, last = self.page("?page=%d" % pages)
        for huge in ("%d" % (pages + 1), "999999999999999", "99999999999999999999999999"):
            self.assertEqual(self.page("?page=" + huge)[1], last, huge)


class ExpiryTest(unittest.TestCase):
    def test_a_session_expires_after_its_idle_time(self):
        ws = Workspace(GENAUDIT, ["--session-idle", "1"])
        try:
            c = ws.client()
            self.assertEqual(c.login("viewer").status, 200)
            self.assertEqual(c.get("/api/runs").status, 200)
            time.sleep(2.2)
            self.assertEqual(c.get("/api/runs").status, 401)
        finally:
            ws.close()


class ProxyTest(unittest.TestCase):
    def test_secure_cookies_only_when_the_trusted_proxy_says_https(self):
        ws = Workspace(GENAUDIT, ["--trusted-proxy", "127.0.0.1"])
        try:
            c = ws.client()
            r = c.post_json("/api/login", {"user": "viewer", "password": PASSWORD}, csrf=False,
                            headers={"X-Forwarded-Proto": "https"})
            self.assertIn("Secure", r.header("Set-Cookie"))
        finally:
            ws.close()
        ws = Workspace(GENAUDIT, ["--trusted-proxy", "10.9.8.7"])
        try:
            r = ws.client().post_json("/api/login", {"user": "viewer", "password": PASSWORD},
                                      csrf=False, headers={"X-Forwarded-Proto": "https"})
            self.assertNotIn("Secure", r.header("Set-Cookie"))
        finally:
            ws.close()


class ConnectionsTest(unittest.TestCase):
    """Bursts of connections and stopping with clients still connected."""

    def test_two_hundred_connections_at_once_are_all_answered(self):
        # The server is paused while 200 connections are made: the kernel
        # completes as many as the listening socket's backlog holds (with
        # cpp-httplib's own backlog, 5, the others' SYNs are dropped until
        # the server accepts), then it answers them all once resumed.
        ws = Workspace(GENAUDIT)
        sockets = []
        try:
            count = 200
            ws.process.send_signal(signal.SIGSTOP)
            try:
                for _ in range(count):
                    s = socket.socket()
                    s.setblocking(False)
                    s.connect_ex(("127.0.0.1", ws.port))
                    sockets.append(s)
                pending = list(sockets)
                end = time.time() + 30
                while pending and time.time() < end:
                    _, writable, _ = select.select([], pending, [], 1)
                    pending = [s for s in pending if s not in writable]
                self.assertEqual(len(pending), 0, "connections left waiting by the backlog")
            finally:
                ws.process.send_signal(signal.SIGCONT)
            for s in sockets:
                self.assertEqual(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR), 0)
                s.setblocking(True)
                s.settimeout(120)
                s.sendall(b"GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

            def answer(s):
                received = b""
                while True:
                    chunk = s.recv(65536)
                    if not chunk:
                        return received.split(b"\r\n", 1)[0]
                    received += chunk

            with concurrent.futures.ThreadPoolExecutor(32) as pool:
                lines = list(pool.map(answer, sockets))
            self.assertEqual(lines, [b"HTTP/1.1 200 OK"] * count)
        finally:
            for s in sockets:
                s.close()
            ws.close()

    def test_sigterm_stops_the_server_with_idle_connections_open(self):
        ws = Workspace(GENAUDIT)
        idle = []
        try:
            c = ws.client()
            self.assertEqual(c.login("inspector").status, 200)
            self.assertEqual(c.post_files("/api/imports", sample_files(SAMPLE)).status, 200)
            # More idle connections than the pool has threads: some kept
            # alive after a request, some that never sent one.
            for n in range(40):
                s = socket.create_connection(("127.0.0.1", ws.port), timeout=30)
                if n % 2 == 0:
                    s.sendall(b"GET /login HTTP/1.1\r\nHost: x\r\n\r\n")
                    self.assertTrue(s.recv(65536).startswith(b"HTTP/1.1 200"))
                idle.append(s)
            ws.process.terminate()
            self.assertEqual(ws.process.wait(timeout=10), 0)
            with sqlite3.connect("file:%s?mode=ro" % ws.db, uri=True) as db:
                self.assertEqual(db.execute("PRAGMA integrity_check").fetchone()[0], "ok")
            self.assertEqual(len(registers_stored(ws.db)), len(sample_files(SAMPLE)))
        finally:
            for s in idle:
                s.close()
            ws.close()


if __name__ == "__main__":
    GENAUDIT, SAMPLE = sys.argv[1], sys.argv[2]
    del sys.argv[1:3]
    unittest.main(verbosity=2)
