#!/usr/bin/env python3
"""Seeded random agencies.csv + staff.csv for cross-checking O1.S4 / O1.T1.

    random_registers.py OUT_DIR --seed N [--agencies K] [--expect FILE]

Writes OUT_DIR/agencies.csv and OUT_DIR/staff.csv: valid registers (the
engine must import them) that crowd the cases where implementations go wrong:
  - shares of women exactly at 30%, just under, just over; persons of unknown
    gender (not in the share); agencies whose active staff are all unknown;
  - key-leader posts ending on as-of (active) or the day before (not),
    starting on as-of (active) or the day after (not); a woman who stepped
    down from a key post but still works there; no active key post at all;
  - one person with two posts in one agency (counted once) or in two
    agencies (kiêm nhiệm), with the gender written on only one of the rows;
  - a key_leader column that decides every row (a "Phó Giám đốc" marked not
    key, a "Trưởng phòng" marked key), or none, so positions decide, with
    near misses such as "Trưởng bản" (not "Trưởng ban"), "Phó Chánh Văn phòng";
  - agencies with no active staff, or no rows at all (not in O1.T1);
  - O1.T1 pushed to exactly 60% or just below it on some seeds;
  - file form: ',', ';' or tab; UTF-8 with or without BOM, UTF-16 with BOM;
    LF or CRLF; final newline or not; quoted fields with delimiters, quotes
    and line breaks; headers in Vietnamese or English in random spellings
    (case, no diacritics, NFD, extra spaces, '_'); shuffled columns; extra
    columns; optional columns left out; NFC and NFD cells; padded cells;
    gender, key_leader, level and date in all their accepted forms.

--expect FILE writes what the generator *meant* (computed from its own
model, not by reading the CSV), in o1_oracle.py's format: comparing the two
checks the oracle's reading of the files. The audit date is 2025-12-31;
random_all_registers.py reuses Generator for other dates (as_of=...).
"""

import argparse
import csv
import datetime
import io
import json
import math
import os
import random
import sys
import unicodedata

AS_OF = datetime.date(2025, 12, 31)
DAY = datetime.timedelta(days=1)

# ---------------------------------------------------------------------------
# Vocabulary.

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ",
            "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
            "Trương", "Cao", "Mấu", "Pi Năng", "Bo Bo"]
F_NAMES = ["Thị Lan", "Thị Thu Hương", "Ngọc Hạnh", "Thị Thảo", "Thùy Trang",
           "Thị Kim Ngân", "Hoài Phương", "Thị Mỹ Duyên", "Thị Bích Hằng", "Thanh Thủy"]
M_NAMES = ["Văn Hùng", "Đức Dũng", "Minh Tuấn", "Quốc Hải", "Hữu Sơn",
           "Công Long", "Thanh Phong", "Xuân Quang", "Đình Thắng", "Văn Minh Trung"]

# Key-leader posts when no key_leader column: the prefix plus a tail.
KEY_POSTS = ["Giám đốc", "Giám đốc Sở", "Giám đốc Trung tâm", "Phó Giám đốc",
             "Phó Giám đốc Sở", "Chủ tịch UBND xã", "Chủ tịch", "Phó Chủ tịch UBND huyện",
             "Phó Chủ tịch", "Trưởng ban", "Trưởng Ban Dân tộc", "Phó Trưởng ban",
             "Chánh Văn phòng", "Chánh Văn phòng HĐND và UBND", "Chánh Thanh tra",
             "Chánh Thanh tra tỉnh", "Cục trưởng", "Phó Cục trưởng"]
# Posts that are not key-leader posts, near misses first.
OTHER_POSTS = ["Trưởng bản", "Trưởng bản Suối Cá", "Phó trưởng bản",
               "Phó Chánh Văn phòng", "Phó Chánh Thanh tra", "Trợ lý Giám đốc",
               "Thư ký Chủ tịch", "Trưởng phòng", "Phó Trưởng phòng",
               "Chuyên viên", "Chuyên viên chính", "Kế toán viên", "Văn thư",
               "Công chức Văn hóa - Xã hội", "Công chức Tư pháp - Hộ tịch"]
NEAR_MISS_POSTS = OTHER_POSTS[:7]

FEMALE_FORMS = ["Nữ", "nữ", "NỮ", "NU", "nu", "Nu", "F", "f", "female", "Female", "FEMALE"]
MALE_FORMS = ["Nam", "nam", "NAM", "M", "m", "male", "Male", "MALE"]
KEY_TRUE_FORMS = ["x", "X", "có", "Có", "CÓ", "co", "yes", "Yes", "YES", "1", "true", "True", "TRUE"]
KEY_FALSE_FORMS = ["", "", "", " ", "không", "Không", "KHÔNG", "khong", "no", "No", "0", "false", "FALSE"]
LEVEL_FORMS = {
    "province": ["tỉnh", "Tỉnh", "TỈNH", "tinh", "TINH", "province", "Province"],
    "district": ["huyện", "Huyện", "HUYỆN", "huyen", "district", "District"],
    "commune": ["xã", "Xã", "XÃ", "xa", "XA", "commune", "Commune"],
}
DEGREES = ["Tiến sĩ", "Tiến sỹ", "TS", "PhD", "Thạc sĩ", "ThS", "master", "Cử nhân", "Kỹ sư", ""]
NOTES = ["", "", "", "", "Kiêm nhiệm", 'Theo QĐ số 12/QĐ-UBND, "bổ nhiệm lại"',
         "Nghỉ hưu;\nchờ quyết định", "Điều động, luân chuyển", "Ghi chú\tcó tab"]

AGENCY_FIELDS = [("agency_code", "Mã đơn vị"), ("agency_name", "Tên đơn vị"),
                 ("level", "Cấp"), ("parent_code", "Mã đơn vị cấp trên"),
                 ("district", "Huyện, thị xã, thành phố")]
STAFF_FIELDS = [("staff_id", "Mã cán bộ"), ("full_name", "Họ và tên"),
                ("gender", "Giới tính"), ("birth_date", "Ngày sinh"),
                ("agency_code", "Mã đơn vị"), ("position", "Chức vụ"),
                ("key_leader", "Lãnh đạo chủ chốt"), ("start_date", "Ngày bắt đầu"),
                ("end_date", "Ngày kết thúc"), ("degree", "Trình độ")]
EXTRA_COLUMNS = ["STT", "Ghi chú", "Số điện thoại", "Dân tộc", "Email"]


def strip_diacritics(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D")


def nfd(s):
    return unicodedata.normalize("NFD", s)


# ---------------------------------------------------------------------------
# The model: what the registers mean, before any of it is written out.

class Person:
    def __init__(self, sid, gender, name):
        self.sid = sid
        self.gender = gender          # "F", "M" or None
        self.name = name


class Assignment:
    def __init__(self, person, agency, key, start=None, end=None, post=None):
        self.person = person
        self.agency = agency
        self.key = key                # the truth; written as a column or a post
        self.start = start
        self.end = end
        self.post = post              # forced post text, or None to pick one
        self.show_gender = True

    def active(self, as_of=AS_OF):
        return (self.start is None or self.start <= as_of) and \
               (self.end is None or self.end >= as_of)


class Generator:
    def __init__(self, seed, n_agencies, as_of=AS_OF):
        self.rng = random.Random(seed)
        self.as_of = as_of            # the audit date the edges crowd around
        r = self.rng
        # Mostly 3..30 agencies; now and then 1 or 2, where O1.T1 may have
        # no agency with active staff at all (no data).
        self.n_agencies = n_agencies or (r.randint(1, 2) if r.random() < 0.1 else r.randint(3, 30))
        # File-wide choices first: they constrain what the rows can say.
        self.key_column = r.random() < 0.6
        self.position_column = (not self.key_column and r.random() < 0.95) or \
                               (self.key_column and r.random() < 0.85)
        self.start_column = r.random() < 0.95
        self.end_column = r.random() < 0.95
        self.persons = []
        self.assignments = []
        self.agencies = []            # dicts: code, name, level, parent, district
        self.locked = set()           # agencies whose counts must not move

    # -- dates ---------------------------------------------------------
    def past(self, lo=2005):
        start = datetime.date(lo, 1, 1).toordinal()
        return datetime.date.fromordinal(self.rng.randint(start, (self.as_of - 2 * DAY).toordinal()))

    def active_dates(self, edge_bias=0.3):
        """(start, end) of an assignment active on as-of; edges often."""
        r = self.rng
        start = end = None
        if self.start_column and r.random() < 0.8:
            start = self.as_of if r.random() < edge_bias / 2 else self.past()
        if self.end_column and r.random() < 0.25:
            end = self.as_of if r.random() < edge_bias * 2 else \
                self.as_of + DAY * r.randint(1, 900)
        return start, end

    def inactive_dates(self, edge_bias=0.5):
        """(start, end) of an assignment NOT active on as-of, or None when
        the file has no date column to say so."""
        r = self.rng
        ways = []
        if self.end_column:
            ways.append("ended")
        if self.start_column:
            ways.append("future")
        if not ways:
            return None
        if r.choice(ways) == "ended":
            end = self.as_of - DAY if r.random() < edge_bias else self.past(2010)
            start = None
            if self.start_column and r.random() < 0.7:
                start = datetime.date.fromordinal(r.randint(datetime.date(2000, 1, 1).toordinal(),
                                                            end.toordinal()))
            return start, end
        start = self.as_of + DAY if r.random() < edge_bias else self.as_of + DAY * r.randint(2, 400)
        end = None
        if self.end_column and r.random() < 0.2:
            end = start + DAY * r.randint(0, 2000)
        return start, end

    # -- people --------------------------------------------------------
    def person(self, gender):
        r = self.rng
        sid = f"CB{len(self.persons) + 1:05d}" if r.random() < 0.8 else \
            f"{56000000 + len(self.persons) * 7 + r.randint(0, 6)}"
        g = gender or r.choice("FM")
        name = f"{r.choice(SURNAMES)} {r.choice(F_NAMES if g == 'F' else M_NAMES)}"
        p = Person(sid, gender, name)
        self.persons.append(p)
        return p

    def assign(self, person, agency, key, dates, post=None):
        a = Assignment(person, agency, key, dates[0], dates[1], post)
        self.assignments.append(a)
        return a

    # -- agencies ------------------------------------------------------
    def make_agencies(self):
        r = self.rng
        root = {"code": "UBND-T", "name": "Ủy ban nhân dân tỉnh Khánh Hòa",
                "level": "province", "parent": "", "district": ""}
        self.agencies.append(root)
        districts = []
        dept_names = ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo",
                      "Sở Tư pháp", "Sở Xây dựng", "Thanh tra tỉnh", "Ban Dân tộc tỉnh"]
        place_names = ["Nha Trang", "Cam Ranh", "Ninh Hòa", "Vạn Ninh", "Diên Khánh",
                       "Khánh Vĩnh", "Khánh Sơn", "Cam Lâm", "Trường Sa"]
        for i in range(1, self.n_agencies):
            kind = r.choice(["province", "district", "commune", "commune"])
            if kind == "commune" and not districts:
                kind = "district"
            code = r.choice(["A", "S", "UB", "X-"]) + f"{i:03d}"
            if kind == "province":
                a = {"code": code, "name": r.choice(dept_names), "level": kind,
                     "parent": "UBND-T" if r.random() < 0.9 else "", "district": ""}
            elif kind == "district":
                place = r.choice(place_names)
                a = {"code": code, "name": f"UBND huyện {place}", "level": kind,
                     "parent": "UBND-T", "district": f"Huyện {place}"}
                districts.append(a)
            else:
                d = r.choice(districts)
                a = {"code": code, "name": f"UBND xã {r.choice(['Vĩnh Lương', 'Ninh Hưng', 'Suối Tân', 'Sơn Bình', 'Cam Thịnh Đông'])}",
                     "level": kind, "parent": d["code"] if r.random() < 0.9 else "",
                     "district": d["district"] if r.random() < 0.8 else ""}
            self.agencies.append(a)
        r.shuffle(self.agencies)      # parents need not come first

    # -- staffing one agency ------------------------------------------
    def staff_agency(self, code, scenario, female_leader):
        """Creates the agency's persons and rows for the scenario; female_leader
        says whether it gets an active key-leader post held by a woman."""
        r = self.rng
        known = {"boundary30": r.choice([10, 10, 20, 30]),
                 "under30": r.randint(3, 25), "over30": r.randint(3, 25),
                 "normal": r.randint(1, 15)}.get(scenario, 0)
        if scenario == "boundary30":
            women = known * 3 // 10
        elif scenario == "under30":
            women = math.ceil(0.3 * known) - 1
        elif scenario == "over30":
            women = math.ceil(0.3 * known)
        else:
            women = r.randint(1 if female_leader else 0, known)
        men = known - women
        unknown = r.choice([0, 0, 0, 1, 2, 3])
        if scenario == "all_unknown":
            unknown = r.randint(1, 5)
        if scenario in ("no_active", "empty"):
            unknown = 0

        def active_row(g, key=False, post=None, edge=0.1):
            p = self.person(g)
            return self.assign(p, code, key, self.active_dates(edge), post)

        rows = [active_row("F") for _ in range(women)] + \
               [active_row("M") for _ in range(men)] + \
               [active_row(None) for _ in range(unknown)]
        women_rows = rows[:women]
        others = rows[women:]
        if female_leader and women_rows:
            a = r.choice(women_rows)
            a.key = True
            a.start, a.end = self.active_dates(edge_bias=0.8)
            if r.random() < 0.3:
                a.show_gender = False     # known from one of her other rows
                self.second_row_elsewhere(a.person, keep=True)
        # Male or unknown key leaders, sometimes none at all.
        for a in r.sample(others, min(len(others), r.choice([0, 1, 1, 2, 3]))):
            a.key = True
        # Traps that must NOT give a female key leader.
        for _ in range(r.choice([0, 1, 1, 2, 3]) if scenario != "empty" else 0):
            self.trap(code, women_rows)
        # Two posts in this agency: counted once.
        if rows and r.random() < 0.4:
            a = r.choice(rows)
            key = a.person.gender != "F" and r.random() < 0.5
            dates = self.active_dates() if r.random() < 0.6 else (self.inactive_dates() or self.active_dates())
            b = self.assign(a.person, code, key, dates)
            b.show_gender = r.random() < 0.5
        # History: people who left, or who have not started yet.
        for _ in range(r.choice([0, 0, 1, 2, 3]) if scenario != "empty" else 0):
            dates = self.inactive_dates()
            if dates:
                self.assign(self.person(r.choice(["F", "M", None])), code, r.random() < 0.4, dates)
        if scenario == "no_active" and not any(a.agency == code for a in self.assignments):
            dates = self.inactive_dates()
            if dates:
                self.assign(self.person("F"), code, False, dates)

    def trap(self, code, women_rows):
        r = self.rng
        kinds = ["ended_or_future", "stepped_down"]
        if self.key_column:
            kinds.append("key_false")
        elif self.position_column:
            kinds.append("near_miss")
        kind = r.choice(kinds)
        if kind == "ended_or_future":
            dates = self.inactive_dates(edge_bias=0.8)
            if dates:
                self.assign(self.person("F"), code, True, dates)
        elif kind == "stepped_down" and women_rows:
            dates = self.inactive_dates(edge_bias=0.5)
            if dates:
                self.assign(r.choice(women_rows).person, code, True, dates)
        elif kind == "key_false" and women_rows:
            a = r.choice(women_rows)
            if not a.key:
                a.post = r.choice(KEY_POSTS)          # a leader's title, not marked key
        elif kind == "near_miss" and women_rows:
            a = r.choice(women_rows)
            if not a.key:
                a.post = r.choice(NEAR_MISS_POSTS)

    def second_row_elsewhere(self, person, keep):
        """A row for the person in another agency that shows her gender:
        inactive, so no other agency's counts move."""
        r = self.rng
        # Not into an agency meant to have no rows at all.
        other = r.choice([a["code"] for a in self.agencies
                          if self.scenarios[a["code"]] != "empty"])
        dates = self.inactive_dates()
        if dates is None:
            return None
        b = self.assign(person, other, False, dates)
        b.show_gender = True
        return b

    def kiem_nhiem(self):
        """Active second posts in another agency for a few people. Only into
        agencies free to move, and never as a woman key leader unless that
        agency is meant to have one."""
        r = self.rng
        free = [a["code"] for a in self.agencies if a["code"] not in self.locked]
        active_people = [a for a in self.assignments if a.active(self.as_of)]
        for _ in range(r.randint(0, 3)):
            if not free or not active_people:
                return
            src = r.choice(active_people)
            dst = r.choice(free)
            if dst == src.agency:
                continue
            key = r.random() < 0.5 and (src.person.gender != "F" or dst in self.female_leader)
            b = self.assign(src.person, dst, key, self.active_dates())
            b.show_gender = r.random() < 0.5

    # -- the whole draw ------------------------------------------------
    def build(self):
        r = self.rng
        self.make_agencies()
        self.scenarios = scenarios = {}
        for a in self.agencies:
            scenarios[a["code"]] = r.choices(
                ["normal", "boundary30", "under30", "over30", "all_unknown", "no_active", "empty"],
                weights=[25, 20, 12, 15, 6, 8, 4])[0]
            if scenarios[a["code"]] == "no_active" and not (self.start_column or self.end_column):
                scenarios[a["code"]] = "empty"
        # Who gets a woman key leader. On some seeds, steer O1.T1 to exactly
        # 60% or one agency short of the target.
        can_have = [c for c, s in scenarios.items() if s in ("normal", "boundary30", "under30", "over30")]
        flag = {c: r.random() < 0.5 for c in can_have}
        active = [c for c, s in scenarios.items() if s not in ("no_active", "empty")]
        if active and r.random() < 0.35:
            goal = 0.6 * len(active)
            want = int(goal) if goal == int(goal) else math.ceil(goal)
            want -= r.choice([0, 0, 1])
            order = list(can_have)
            r.shuffle(order)
            for i, c in enumerate(order):
                flag[c] = i < want
        self.female_leader = {c for c, f in flag.items() if f}
        # Boundary agencies keep their exact counts: no kiêm nhiệm into them.
        self.locked = {c for c, s in scenarios.items() if s in ("boundary30", "under30", "over30", "all_unknown", "no_active", "empty")}
        for a in self.agencies:
            self.staff_agency(a["code"], scenarios[a["code"]], a["code"] in self.female_leader)
        self.kiem_nhiem()
        if not self.key_column and not self.position_column:
            for a in self.assignments:
                a.key = False         # nothing in the file can say it
        self.settle_genders()
        r.shuffle(self.assignments)

    def settle_genders(self):
        """A known gender must show on at least one of the person's rows."""
        by_person = {}
        for a in self.assignments:
            by_person.setdefault(a.person.sid, []).append(a)
        for rows in by_person.values():
            if rows[0].person.gender is None:
                for a in rows:
                    a.show_gender = False
            elif not any(a.show_gender for a in rows):
                self.rng.choice(rows).show_gender = True

    # -- expected results from the model ------------------------------
    def expected(self):
        persons, female_leader = {}, {}
        for a in self.assignments:
            if not a.active(self.as_of):
                continue
            persons.setdefault(a.agency, set()).add(a.person)
            female_leader.setdefault(a.agency, False)
            if a.key and a.person.gender == "F":
                female_leader[a.agency] = True
        findings = []
        for code in sorted(persons):
            known = [p for p in persons[code] if p.gender]
            women = sum(1 for p in known if p.gender == "F")
            if known and women * 10 >= 3 * len(known) and not female_leader[code]:
                findings.append({"rule": "O1.S4", "subject": code, "period": None,
                                 "women": women, "known": len(known)})
        den, num = len(persons), sum(female_leader.values())
        if den == 0:
            ind = {"rule": "O1.T1", "value": None, "status": "no_data", "target": 60}
        else:
            ind = {"rule": "O1.T1", "value": 100.0 * num / den,
                   "status": "met" if num * 100 >= 60 * den else "not_met", "target": 60,
                   "numerator": num, "denominator": den}
        return {"findings": findings, "indicators": [ind]}

    # -- writing -------------------------------------------------------
    def header(self, field, vi):
        r = self.rng
        forms = [vi, vi, vi, vi.upper(), strip_diacritics(vi), strip_diacritics(vi).upper(),
                 nfd(vi), f" {vi}  ", vi.replace(" ", "  "), vi.replace(" ", "_"),
                 field, field, field.upper(), field.replace("_", " ").capitalize(),
                 field.replace("_", " ").title(), f" {field} "]
        return r.choice(forms)

    def text(self, s, nfd_p=0.2, pad_p=0.1):
        r = self.rng
        if r.random() < nfd_p:
            s = nfd(s)
        if s and r.random() < pad_p:
            s = " " * r.randint(1, 2) + s + " " * r.randint(0, 2)
        return s

    def date(self, d):
        if d is None:
            return ""
        form = self.rng.choice(["dmy", "d/m", "dash", "iso"])
        if form == "dmy":
            return f"{d.day:02d}/{d.month:02d}/{d.year}"
        if form == "d/m":
            return f"{d.day}/{d.month}/{d.year}"
        if form == "dash":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        return d.isoformat()

    def post_for(self, a):
        r = self.rng
        if a.post is not None:
            post = a.post
        elif not self.key_column:
            post = r.choice(KEY_POSTS if a.key else OTHER_POSTS)
        else:
            # The column decides: a title may say the opposite.
            post = r.choice(KEY_POSTS if (a.key ^ (r.random() < 0.15)) else OTHER_POSTS)
        # Case and spacing the normalization must see through.
        t = r.random()
        if t < 0.1:
            post = post.upper()
        elif t < 0.2:
            post = post.title()
        elif t < 0.3:
            post = post.replace(" ", "  ", 1)
        return post

    def gender_cell(self, a):
        if not a.show_gender or a.person.gender is None:
            return self.rng.choice(["", "", " "])
        return self.rng.choice(FEMALE_FORMS if a.person.gender == "F" else MALE_FORMS)

    def write(self, out_dir):
        os.makedirs(out_dir, exist_ok=True)
        r = self.rng
        ag_fields = [f for f in AGENCY_FIELDS if f[0] in ("agency_code", "agency_name", "level")
                     or r.random() < 0.8]
        ag_cols = [(f, self.header(f, vi)) for f, vi in ag_fields]
        ag_cols += [(None, x) for x in r.sample(EXTRA_COLUMNS, r.randint(0, 2))]
        r.shuffle(ag_cols)
        table = []
        for i, a in enumerate(self.agencies, start=1):
            value = {"agency_code": self.text(a["code"], 0, 0.1),
                     "agency_name": self.text(a["name"]),
                     "level": self.text(r.choice(LEVEL_FORMS[a["level"]])),
                     "parent_code": a["parent"],
                     "district": self.text(a["district"], pad_p=0)}
            table.append([value[f] if f else self.extra_cell(x, i) for f, x in ag_cols])
        self.write_csv(os.path.join(out_dir, "agencies.csv"), [h for _, h in ag_cols], table)

        wanted = {"staff_id", "full_name", "gender", "agency_code"}
        if self.key_column:
            wanted.add("key_leader")
        if self.position_column:
            wanted.add("position")
        if self.start_column:
            wanted.add("start_date")
        if self.end_column:
            wanted.add("end_date")
        st_fields = [f for f in STAFF_FIELDS if f[0] in wanted or
                     (f[0] in ("birth_date", "degree") and r.random() < 0.7)]
        st_cols = [(f, self.header(f, vi)) for f, vi in st_fields]
        st_cols += [(None, x) for x in r.sample(EXTRA_COLUMNS, r.randint(0, 3))]
        r.shuffle(st_cols)
        table = []
        for i, a in enumerate(self.assignments, start=1):
            born = datetime.date(r.randint(1960, 2000), r.randint(1, 12), r.randint(1, 28))
            value = {"staff_id": self.text(a.person.sid, 0, 0.1),
                     "full_name": self.text(a.person.name),
                     "gender": self.text(self.gender_cell(a)),
                     "birth_date": self.date(born),
                     "agency_code": self.text(a.agency, 0, 0.1),
                     "position": self.text(self.post_for(a)),
                     "key_leader": self.text(r.choice(KEY_TRUE_FORMS if a.key else KEY_FALSE_FORMS)),
                     "start_date": self.text(self.date(a.start), 0, 0.1),
                     "end_date": self.text(self.date(a.end), 0, 0.1),
                     "degree": self.degree_cell(a)}
            table.append([value[f] if f else self.extra_cell(x, i) for f, x in st_cols])
        self.staff_columns = {f for f, _ in st_cols if f}
        self.write_csv(os.path.join(out_dir, "staff.csv"), [h for _, h in st_cols], table)

    def degree_cell(self, a):
        """The degree written on an assignment's row (a hook for subclasses)."""
        return self.text(self.rng.choice(DEGREES))

    def extra_cell(self, header, i):
        if header == "STT":
            return str(i)
        return self.rng.choice(NOTES)

    def write_csv(self, path, header, rows):
        r = self.rng
        delimiter = r.choice([",", ";", "\t"])
        encoding = r.choices(["utf-8", "utf-8-sig", "utf-16"], weights=[45, 40, 15])[0]
        if encoding == "utf-16":
            delimiter = "\t"          # Excel's "Unicode Text" is tab-delimited
        eol = r.choice(["\n", "\r\n"])
        quoting = csv.QUOTE_ALL if r.random() < 0.15 else csv.QUOTE_MINIMAL
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=delimiter, lineterminator=eol, quoting=quoting)
        w.writerow(header)
        w.writerows(rows)
        text = buf.getvalue()
        if r.random() < 0.3:
            text = text[: -len(eol)]  # no final newline
        if encoding == "utf-16":
            data = (b"\xff\xfe" + text.encode("utf-16-le")) if r.random() < 0.7 else \
                   (b"\xfe\xff" + text.encode("utf-16-be"))
        else:
            data = text.encode(encoding)
        with open(path, "wb") as f:
            f.write(data)


def generate(out_dir, seed, agencies=None):
    """Writes the registers; returns the generator's own expected result."""
    g = Generator(seed, agencies)
    g.build()
    g.write(out_dir)
    return g.expected()


def main():
    ap = argparse.ArgumentParser(description="Seeded random agencies/staff registers.")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--agencies", type=int, default=None,
                    help="number of agencies (default: 1..30, drawn from the seed)")
    ap.add_argument("--expect", help="also write the generator's expected O1 result here")
    args = ap.parse_args()
    if args.agencies is not None and args.agencies < 1:
        ap.error("--agencies must be at least 1")
    expected = generate(args.out_dir, args.seed, args.agencies)
    if args.expect:
        with open(args.expect, "w", encoding="utf-8") as f:
            json.dump(expected, f, ensure_ascii=False, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
