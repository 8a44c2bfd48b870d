"""Random reports, enterprises and statistics, and what they mean for V.19,
O2.T3 and the eighteen statistics indicators.

The model records each case's meaning as it draws it ("on time", "late",
"missing"; the value that must win for an indicator and year), so expected
results do not re-derive it from the rows. Boundaries:
  - reports sent on 10 December exactly (on time), on the 11th (late), early
    in the next year, missing; two reports for one year, the earliest on time
    and a late resend, or both late; commune reports (never audited); years
    outside the period;
  - enterprises and cooperatives that are not active ("Ngừng hoạt động",
    "inactive", ...), heads of unknown gender, 27 women of exactly 100 known
    (met) or 26 (not met), no row at all (no data);
  - statistics exactly at the target (met for at least / at most, not met for
    above / below), a hair either side, decimal commas and trailing zeros;
    revisions (a later reported_on wins wherever it sits in the file; an
    undated row loses to any dated one; a tie goes to the later row); values
    for earlier or later years only (no data).
"""

import datetime

from gen_calendar import random_day
from gen_write import number_text, write_register

D = datetime.date

REPORT_FIELDS = [("agency_code", "Mã đơn vị", True), ("year", "Năm báo cáo", True),
                 ("submitted_on", "Ngày gửi", True)]
ENTERPRISE_FIELDS = [("enterprise_code", "Mã số doanh nghiệp", True),
                     ("enterprise_name", "Tên doanh nghiệp", True), ("type", "Loại hình", True),
                     ("director_gender", "Giới tính người đứng đầu", True)]
STATISTICS_FIELDS = [("indicator", "Mã chỉ tiêu", True), ("year", "Năm", True),
                     ("value", "Giá trị", True), ("reported_by", "Đơn vị báo cáo", False)]

# The catalogue's statistics targets (written out again here, apart from the
# oracle): comparator, target, plausible range, decimals.
STATS = {
    "O2.T1": (">=", 50, (35, 65), 1), "O2.T2": ("<", 30, (15, 45), 1),
    "O3.T1": ("<=", 1.7, (1.2, 2.4), 2), "O3.T2a": (">=", 80, (60, 95), 1),
    "O3.T2b": (">=", 50, (30, 70), 1), "O3.T3": (">=", 100, (85, 100), 1),
    "O3.T4": (">=", 70, (50, 90), 1), "O4.T1": ("<=", 111, (105, 116), 1),
    "O4.T2": ("<=", 42, (20, 60), 1), "O4.T3": ("<=", 18, (10, 28), 1),
    "O4.T4": (">=", 1, (0, 3), 0), "O5.T1a": (">=", 1, (0, 1), 0),
    "O5.T1b": (">=", 1, (0, 1), 0), "O5.T2a": (">", 90, (82, 98), 1),
    "O5.T2b": (">=", 85, (75, 95), 1), "O5.T3": (">", 30, (20, 40), 1),
    "O6.T1": (">=", 60, (40, 80), 1), "O6.T2": (">=", 100, (85, 100), 1),
}
MEETS = {">=": lambda v, t: v >= t, ">": lambda v, t: v > t,
         "<": lambda v, t: v < t, "<=": lambda v, t: v <= t}

TYPE_FORMS = {"enterprise": ["Doanh nghiệp", "doanh nghiệp", "DOANH NGHIỆP", "doanh nghiep",
                             "enterprise", "Enterprise"],
              "cooperative": ["Hợp tác xã", "hợp tác xã", "HỢP TÁC XÃ", "hop tac xa",
                              "cooperative", "Cooperative"]}
ACTIVE_FORMS = ["", "", " ", "Hoạt động", "hoạt động", "HOẠT ĐỘNG", "hoat dong", "Hoạt  động",
                "active", "Active", "ACTIVE"]
INACTIVE_FORMS = ["Tạm ngừng kinh doanh", "Ngừng hoạt động", "Giải thể", "Đã giải thể",
                  "inactive", "Dissolved", "Chờ giải thể", "Bị thu hồi giấy chứng nhận"]
FEMALE_FORMS = ["Nữ", "nữ", "NỮ", "nu", "F", "female", "Female"]
MALE_FORMS = ["Nam", "nam", "NAM", "M", "male", "Male"]
E_NAMES = ["Công ty TNHH Yến sào Ninh Hòa", "Công ty Cổ phần Du lịch Vịnh Xanh",
           "Hợp tác xã Nông nghiệp Diên Phú", "Công ty TNHH Thủy sản Cam Ranh",
           "HTX Dịch vụ Nông nghiệp Ninh Xuân", "Công ty Cổ phần Xây dựng Khánh Vĩnh",
           'Công ty TNHH "Biển Xanh"', "Hợp tác xã Thủy sản Vạn Thạnh, Vạn Ninh"]


class Returns:
    def __init__(self, rng, years, agencies, last_year):
        self.rng = rng
        self.years = years                # data years, a little wider than the period
        self.agencies = agencies          # dicts code, level
        self.last_year = last_year        # the period's last year (statistics)
        self.reports, self.report_case = [], {}
        self.enterprises = []
        self.stat_rows, self.stat_final = [], {}

    # -- reports -------------------------------------------------------
    def make_reports(self):
        r = self.rng
        cases = ["on_time", "deadline", "late_11", "late", "missing", "two_on_time", "two_late"]
        for a in self.agencies:
            for y in self.years:
                case = r.choices(cases, [35, 15, 10, 10, 10, 10, 10])[0]
                self.report_case[(a["code"], y)] = case
                deadline = D(y, 12, 10)
                on_time = lambda: deadline if r.random() < 0.2 else random_day(r, D(y, 10, 1), deadline)  # noqa: E731
                late = lambda: random_day(r, deadline + datetime.timedelta(days=1), D(y + 1, 3, 31))  # noqa: E731
                dates = {"on_time": [on_time()], "deadline": [deadline],
                         "late_11": [D(y, 12, 11)], "late": [late()], "missing": [],
                         "two_on_time": [on_time(), late()], "two_late": [late(), late()]}[case]
                if case == "two_on_time":
                    dates[1] = max(dates[1], dates[0])
                for dt in dates:
                    self.reports.append({"code": a["code"], "year": y, "date": dt})
        r.shuffle(self.reports)           # the earliest need not come first

    def v19(self, audited_years):
        bad = {"late_11", "late", "missing", "two_late"}
        return [("V.19", a["code"], f"{y:04d}") for a in self.agencies
                if a["level"] in ("province", "district") for y in audited_years
                if self.report_case[(a["code"], y)] in bad]

    # -- enterprises -----------------------------------------------------
    def make_enterprises(self):
        r = self.rng
        mode = r.choices(["random", "exact27", "under27", "empty", "none_known"], [50, 15, 15, 8, 12])[0]
        known, women = {"exact27": (100, 27), "under27": (100, 26), "empty": (0, 0),
                        "none_known": (0, 0)}.get(mode, (None, None))
        if known is None:
            known = r.randint(1, 40)
            women = r.randint(0, known)
        rows = [("F", True)] * women + [("M", True)] * (known - women)
        if mode != "empty":
            rows += [(r.choice("FM"), False) for _ in range(r.randint(0, 6))]   # not active
            rows += [(None, r.random() < 0.7) for _ in range(r.randint(0, 4))]  # unknown head
        r.shuffle(rows)
        used = set()
        for g, active in rows:
            code = None
            while code is None or code in used:   # tax codes: 10 digits, a leading 0, a branch
                code = r.choice([f"42{r.randint(0, 99999999):08d}", f"0{r.randint(0, 999999999):09d}",
                                 f"42{r.randint(0, 99999999):08d}-{r.randint(1, 9):03d}"])
            used.add(code)
            self.enterprises.append({"code": code, "name": r.choice(E_NAMES), "gender": g,
                                     "active": active,
                                     "type": r.choice(["enterprise", "cooperative"])})
        self.enterprise_counts = (women, known)

    def o2_t3(self):
        women, known = self.enterprise_counts
        if known == 0:
            return {"rule": "O2.T3", "status": "no_data", "value": None, "target": 27}
        return {"rule": "O2.T3", "status": "met" if women * 100 >= 27 * known else "not_met",
                "value": 100.0 * women / known, "target": 27}

    # -- statistics ------------------------------------------------------
    def value(self, rule, near=None):
        """A plausible value, rounded as it will be written; near the target
        (exactly, or one unit of the last decimal either side) when asked."""
        _cmp, target, (lo, hi), dec = STATS[rule]
        unit = 10 ** -dec
        if near == "exact":
            v = target
        elif near == "hair":
            v = target + self.rng.choice([-unit, unit])
        else:
            v = self.rng.uniform(lo, hi)
        return round(max(v, 0), dec)

    def stat_date(self, year):
        return random_day(self.rng, D(year, 12, 1), D(year + 1, 6, 30))

    def make_statistics(self):
        r = self.rng
        y = self.last_year
        groups = []                       # (rows, final row or None) per indicator and year
        for rule in STATS:
            case = r.choices(["series", "exact", "hair", "revision", "earlier_only", "absent"],
                             [30, 15, 15, 20, 12, 8])[0]
            years = [] if case == "absent" else \
                [x for x in range(y - 4, y) if r.random() < 0.6] + ([y + 1] if r.random() < 0.15 else [])
            if case not in ("earlier_only", "absent"):
                years.append(y)
            for year in years:
                near = case if year == y and case in ("exact", "hair") else None
                if year == y and case == "revision":
                    groups.append(self.revision(rule, year))
                    continue
                row = self.stat_row(rule, year, self.value(rule, near),
                                    self.stat_date(year) if r.random() < 0.7 else None)
                groups.append(([row], row if year == y else None))
            self.stat_final[rule] = None
        for rows, final in groups:
            if final is not None:
                self.stat_final[final["rule"]] = final["value"]
        self.stat_rows = self.place(groups)

    def stat_row(self, rule, year, value, reported_on):
        return {"rule": rule, "year": year, "value": value, "reported_on": reported_on,
                "by": self.rng.choice([a["code"] for a in self.agencies] + [""])
                if self.agencies else ""}

    def revision(self, rule, year):
        """Several rows for one indicator and year; returns (rows, the winner),
        the rows in the order they must keep relative to each other: rows in
        `before` precede the winner in the file, the rest go anywhere."""
        r = self.rng
        final_date = self.stat_date(year)
        kind = r.choice(["dated", "dated", "tie", "all_undated"])
        final = self.stat_row(rule, year, self.value(rule, r.choice([None, "exact", "hair"])),
                              None if kind == "all_undated" else final_date)
        free, before = [], []
        if kind != "all_undated":
            for _ in range(r.randint(1, 2)):      # older dated versions, anywhere in the file
                older = final_date - datetime.timedelta(days=r.randint(1, 120))
                free.append(self.stat_row(rule, year, self.value(rule), older))
            if r.random() < 0.6:                  # an undated draft, anywhere
                free.append(self.stat_row(rule, year, self.value(rule), None))
        if kind == "tie":                         # same date, earlier in the file
            before.append(self.stat_row(rule, year, self.value(rule), final_date))
        if kind == "all_undated":
            before += [self.stat_row(rule, year, self.value(rule), None)
                       for _ in range(r.randint(1, 2))]
        final["before"] = before
        return (free + before + [final], final)

    def place(self, groups):
        """All rows shuffled, except that a winner comes after its `before` rows."""
        r = self.rng
        rows = [row for g, _ in groups for row in g]
        r.shuffle(rows)
        at = {id(row): i for i, row in enumerate(rows)}
        for g, final in groups:
            if final is None or not final.get("before"):
                continue
            slots = sorted(at[id(row)] for row in final["before"] + [final])
            ordered = final["before"] + [final]
            for slot, row in zip(slots, ordered):
                rows[slot] = row
        return rows

    def statistics(self):
        out = []
        for rule, (cmp, target, _range, _dec) in STATS.items():
            v = self.stat_final[rule]
            if v is None:
                out.append({"rule": rule, "status": "no_data", "value": None, "target": target})
            else:
                out.append({"rule": rule, "status": "met" if MEETS[cmp](v, target) else "not_met",
                            "value": v, "target": target})
        return out

    # -- writing -------------------------------------------------------
    def write_reports(self, w, out_dir):
        rows = [{"agency_code": w.text(x["code"], 0, 0.1), "year": w.text(str(x["year"]), 0, 0.1),
                 "submitted_on": w.text(w.date(x["date"]), 0, 0.1)} for x in self.reports]
        write_register(w, out_dir, "reports", REPORT_FIELDS, rows)

    def write_enterprises(self, w, out_dir):
        r = w.rng
        inactive = any(not e["active"] for e in self.enterprises)
        rows = []
        for e in self.enterprises:
            gender = "" if e["gender"] is None else \
                r.choice(FEMALE_FORMS if e["gender"] == "F" else MALE_FORMS)
            rows.append({"enterprise_code": w.text(e["code"], 0, 0.1),
                         "enterprise_name": w.text(e["name"]),
                         "type": w.text(r.choice(TYPE_FORMS[e["type"]])),
                         "director_gender": w.text(gender, 0.2, 0.1),
                         "status": w.text(r.choice(ACTIVE_FORMS if e["active"] else INACTIVE_FORMS))})
        # The status column may be left out only when every enterprise is active.
        write_register(w, out_dir, "enterprises",
                       ENTERPRISE_FIELDS + [("status", "Tình trạng", inactive)], rows)

    def write_statistics(self, w, out_dir):
        r = w.rng
        dated = any(x["reported_on"] for x in self.stat_rows)
        rows = [{"indicator": w.text(x["rule"], 0, 0.1), "year": w.text(str(x["year"]), 0, 0.1),
                 "value": w.text(number_text(r, x["value"], STATS[x["rule"]][3]), 0, 0.1),
                 "reported_by": x["by"],
                 "reported_on": w.text(w.date(x["reported_on"]), 0, 0.1)} for x in self.stat_rows]
        # reported_on decides revisions: its column stays when any row is dated.
        write_register(w, out_dir, "statistics",
                       STATISTICS_FIELDS + [("reported_on", "Ngày báo cáo", dated)], rows)
