#!/usr/bin/env python3
"""Hand-written checks of oracle.py against the catalogue's readings, on tiny
registers whose results are worked out in the comments. They guard the places
where the random generator and the oracle could share a misreading.

    python3 tests/oracle/test_oracle.py
"""

import datetime
import io
import os
import sys
import tempfile
import unicodedata
import unittest
from contextlib import redirect_stderr, redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle                     # noqa: E402
from period import parse_period   # noqa: E402

AGENCIES = """Mã đơn vị;Tên đơn vị;Cấp
P1;Sở A;tỉnh
D1;UBND huyện B;huyện
C1;UBND xã C;xã
"""


ROOT = tempfile.TemporaryDirectory(prefix="oracle-test-")   # removed at exit


def folder(**files):
    d = tempfile.mkdtemp(dir=ROOT.name)
    for name, text in files.items():
        with open(os.path.join(d, name + ".csv"), "w", encoding="utf-8") as f:
            f.write(text)
    return d


def run(d, period, as_of=None):
    p = parse_period(period)
    as_of = datetime.date.fromisoformat(as_of) if as_of else oracle.last_day(p)
    return oracle.evaluate(d, p, as_of)


def findings(result, rule):
    return sorted((f["subject"], f["period"]) for f in result["findings"] if f["rule"] == rule)


def indicator(result, rule):
    return next(i for i in result["indicators"] if i["rule"] == rule)


class Media(unittest.TestCase):
    OUTLETS = ("outlet_code,outlet_name,kind\nT,Đài tỉnh,Đài tỉnh\nH,Đài huyện,district broadcaster\n"
               "B,Báo,Báo\nW,Cổng,portal\n")

    def test_topic_decides_and_month_edges(self):
        nfd = unicodedata.normalize("NFD", "Bình Đẳng  Giới")
        segments = ("outlet_code,air_date,title,topic\n"
                    "H,15/01/2025,Bình đẳng giới,Thời sự\n"        # title only: Jan missing
                    f"H,28/02/2025,Tin,{nfd}\n"                      # NFD, capitals, 2 spaces: Feb ok
                    "H,10/03/2025,Tin,Binh dang gioi\n"              # no diacritics: not GE
                    "H,01/04/2025,Tin,bình đẳng giới\n"              # April, not March
                    "T,31/01/2025,Tin,GENDER EQUALITY\n"
                    "T,2025-02-01,Tin,Bình đẳng giới\nT,31-03-2025,Tin,gender  equality\n")
        r = run(folder(outlets=self.OUTLETS, segments=segments), "2025-01..2025-03")
        self.assertEqual(findings(r, "O6.T4"), [("H", "2025-01"), ("H", "2025-03")])

    def test_months_after_as_of_not_audited(self):
        d = folder(outlets=self.OUTLETS, segments="outlet_code,air_date,title,topic\n")
        r = run(d, "2025", "2025-03-30")     # March ends on the 31st: not audited
        self.assertEqual(findings(r, "O6.T4"), [("H", "2025-01"), ("H", "2025-02"),
                                                ("T", "2025-01"), ("T", "2025-02")])
        self.assertEqual(findings(run(d, "2025", "2024-12-31"), "O6.T4"), [])
        self.assertEqual(len(findings(run(d, "2025-11..2025-12", "2026-05-01"), "O6.T4")), 4)

    def test_quarters_wholly_inside(self):
        news = "agency_code,published_on,title,topic\n" + \
            "".join(f"C1,{d},Tin,bình đẳng giới\n" for d in
                    ["01/04/2025", "15/05/2025", "30/06/2025",                 # Q2: 3
                     "01/07/2025", "2/8/2025", "30-09-2025", "2025-09-30"]) + \
            "C1,10/09/2025,Bình đẳng giới,Họp dân\n"                          # title only
        r = run(folder(agencies=AGENCIES, news=news), "2025-02..2025-11")
        self.assertEqual(findings(r, "O6.T3"), [("C1", "2025-Q2")])           # Q3 has exactly 4
        r = run(folder(agencies=AGENCIES, news=news), "2025-02..2025-11", "2025-09-29")
        self.assertEqual(findings(r, "O6.T3"), [("C1", "2025-Q2")])           # Q3 not over


class Reports(unittest.TestCase):
    REPORTS = ("Mã đơn vị;Năm báo cáo;Ngày gửi\n"
               "P1;2024;10/12/2024\n"                          # on the deadline: on time
               "P1;2025;12/12/2025\nP1;2025;11/12/2025\n"      # both late
               "D1;2024;20/12/2024\nD1;2024;05/12/2024\n"      # earliest on time
               "C1;2025;01/03/2026\n"                          # communes are not audited
               "D1;2023;01/01/2025\n")                         # a year outside the period

    def test_years_earliest_and_deadline(self):
        d = folder(agencies=AGENCIES, reports=self.REPORTS)
        r = run(d, "2024-07..2025-06", "2025-12-10")
        self.assertEqual(findings(r, "V.19"), [("D1", "2025"), ("P1", "2025")])
        r = run(d, "2024-07..2025-06", "2025-12-09")          # 2025's deadline not reached
        self.assertEqual(findings(r, "V.19"), [])
        r = run(d, "2025-02..2025-02", "2026-01-01")
        self.assertEqual(findings(r, "V.19"), [("D1", "2025"), ("P1", "2025")])


class Indicators(unittest.TestCase):
    def test_statistics(self):
        stats = ("indicator;year;value;reported_on\n"
                 "O4.T1;2025;111;05/01/2026\n"      # dated: beats the undated row below
                 "O4.T1;2025;112,4;\n"
                 "O2.T2;2025;30;\n"                 # below 30: not met
                 "O5.T2a;2025;90,0;\n"              # above 90: not met
                 "O3.T1;2025;1,7;\n"                # at most 1.7: met
                 "O4.T2;2025;44;01/02/2026\nO4.T2;2025;41,5;01/02/2026\n"    # tie: later row
                 "O2.T1;2025;55;20/03/2026\nO2.T1;2025;45;15/01/2026\n"      # later date wins
                 "O3.T4;2024;75;\nO3.T4;2026;75;\n"  # not the period's last year: no data
                 "O3.T3;2025;100;\nO5.T3;2025;30,01;\n")
        r = run(folder(statistics=stats), "2024-03..2025-02")
        got = {i["rule"]: (i["status"], i["value"]) for i in r["indicators"]}
        self.assertEqual(got["O4.T1"], ("met", 111))
        self.assertEqual(got["O2.T2"], ("not_met", 30))
        self.assertEqual(got["O5.T2a"], ("not_met", 90))
        self.assertEqual(got["O3.T1"], ("met", 1.7))
        self.assertEqual(got["O4.T2"], ("met", 41.5))
        self.assertEqual(got["O2.T1"], ("met", 55))
        self.assertEqual(got["O3.T4"], ("no_data", None))
        self.assertEqual(got["O3.T3"], ("met", 100))
        self.assertEqual(got["O5.T3"], ("met", 30.01))
        self.assertEqual(got["O6.T2"], ("no_data", None))
        self.assertEqual({s["rule"] for s in r["skipped"]},
                         {"O1.S4", "O1.T1", "O5.T4a", "O5.T4b", "O6.T4", "O6.T3", "V.19", "O2.T3"})

    def test_enterprises(self):
        rows = [("F", "Hoạt động"), ("F", ""), ("M", "active"), ("M", "HOAT DONG"),
                ("F", "Ngừng hoạt động"), ("F", "inactive"), ("", "Hoạt động"), ("M", "Giải thể")]
        text = "enterprise_code;enterprise_name;type;director_gender;status\n" + "".join(
            f"42{i:08d};DN {i};{'Hợp tác xã' if i % 2 else 'doanh nghiep'};{g};{s}\n"
            for i, (g, s) in enumerate(rows))
        i = indicator(run(folder(enterprises=text), "2025"), "O2.T3")
        self.assertEqual((i["status"], i["value"]), ("met", 50.0))   # 2 women of 4 known, active
        i = indicator(run(folder(enterprises="enterprise_code;enterprise_name;type;director_gender\n"),
                          "2025"), "O2.T3")
        self.assertEqual(i["status"], "no_data")

    def test_degrees(self):
        staff = ("staff_id,full_name,gender,agency_code,end_date,degree\n"
                 "1,A,Nữ,P1,,Thạc sĩ\n1,A,,D1,,Tiến sỹ\n"     # a doctor, not a master
                 "2,B,F,P1,,ThS\n3,C,M,P1,,master\n"
                 "4,D,M,P1,31/12/2024,Thạc sĩ\n"             # not active
                 "5,E,,P1,,ThS\n"                            # unknown gender
                 "6,F,Nam,C1,,Cử nhân\n6,F,Nam,C1,01/01/2020,PhD\n")   # doctor on an ended row
        r = run(folder(agencies=AGENCIES, staff=staff), "2025")
        a, b = indicator(r, "O5.T4a"), indicator(r, "O5.T4b")
        self.assertEqual((a["value"], a["status"]), (50.0, "met"))      # B and C
        self.assertEqual((b["value"], b["status"]), (50.0, "met"))      # A and F


class Refusals(unittest.TestCase):
    BAD = {
        "outlets": "outlet_code,outlet_name,kind\nX,Đài,đài xã\n",
        "enterprises": "enterprise_code,enterprise_name,type\n1,A,enterprise\n",
        "statistics": "indicator;year;value\nO4.T1;2025;1.234,5\n",
        "reports": "agency_code,year,submitted_on\nP1,2025.0,01/12/2025\n",
        "news": "agency_code,published_on,title,topic\nP9,01/12/2025,T,bình đẳng giới\n",
        "segments": "outlet_code,air_date,title,topic\nT,12/31/2025,T,x\n",
    }

    def test_exit_2(self):
        for name, text in self.BAD.items():
            files = {name: text, "agencies": AGENCIES}
            if name == "segments":
                files["outlets"] = "outlet_code,outlet_name,kind\nT,Đài,Đài tỉnh\n"
            with self.subTest(name), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
                self.assertEqual(oracle.main([folder(**files), "--period", "2025"]), 2)

    def test_duplicate_codes_and_bad_period(self):
        d = folder(outlets="outlet_code,outlet_name,kind\nT,A,Đài tỉnh\nT,B,Báo\n")
        with redirect_stderr(io.StringIO()):
            self.assertEqual(oracle.main([d, "--period", "2025"]), 2)
            self.assertEqual(oracle.main([folder(), "--period", "2025-05..2025-04"]), 2)


if __name__ == "__main__":
    unittest.main()
