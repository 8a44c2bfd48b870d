#!/usr/bin/env python3
"""Builds the fictional Khánh Hòa sample registers in examples/.

    python3 examples/make_samples.py        # rewrites khanh-hoa/ and khanh-hoa-positions/

The output is committed; this script only documents how it was made and lets
it be rebuilt. Every agency's staffing is written out below as a plan (how many
active women, men and persons of unknown gender, which key-leader posts, which
special rows), so the expected results in expected-o1.json can be checked by
hand against the plan, not against any implementation. Names and filler posts
come from a seeded generator, so a rebuild gives the same bytes.

The other registers of khanh-hoa/ (outlets, segments, news, reports,
enterprises, statistics) are planned in samples_media.py and
samples_returns.py, each with its own seeded generator, so adding them left
agencies.csv and staff.csv byte for byte as they were. expected-all.json is
written from those plans, expected-o1.json (hand-written) and the staffing
plan's degrees (O5.T4a/b).

Audit period 2025, as of 2025-12-31.
"""

import csv
import io
import json
import os
import random
import unicodedata

import samples_media
import samples_returns

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11983)   # the plan's number: stable output

# ---------------------------------------------------------------------------
# People.

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ",
            "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
            "Trương", "Cao", "Mai", "Tô", "Châu", "Lương", "Tạ"]
# Raglai family names, for the mountain districts Khánh Sơn and Khánh Vĩnh.
RAGLAI_SURNAMES = ["Mấu", "Pi Năng", "Bo Bo", "Cao", "Katơ", "Tro"]
F_MIDDLE = ["Thị", "Thị Thu", "Thị Kim", "Ngọc", "Thị Mỹ", "Thị Bích",
            "Thị Thanh", "Hoài", "Thùy", "Thị Ngọc", "Minh", "Thị Hồng"]
F_GIVEN = ["Lan", "Hương", "Hạnh", "Thảo", "Trang", "Hà", "Linh", "Ngân",
           "Phương", "Hoa", "Nhung", "Oanh", "Vy", "Yến", "Hằng", "Thủy",
           "Mai", "Diễm", "Liên", "Tuyết", "Duyên", "Hiền", "Nga", "Quyên",
           "Trinh", "Châu", "Nhi", "Loan", "Vân", "Xuân"]
M_MIDDLE = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Thanh", "Xuân",
            "Ngọc", "Đình", "Văn Minh", "Trọng", "Tấn"]
M_GIVEN = ["Hùng", "Dũng", "Tuấn", "Hải", "Sơn", "Long", "Nam", "Phong",
           "Quang", "Thắng", "Trung", "Cường", "Bình", "Khoa", "Lộc", "Tài",
           "Vinh", "Phúc", "Hiếu", "Tâm", "Toàn", "Huy", "Khánh", "Nhân",
           "Thịnh", "Đạt", "Hoàng", "Kiên"]

_used_names = set()
_next_id = [1]
PERSONS = {}          # staff_id -> Person, for the degree indicators
ACTIVE_SIDS = set()   # staff_ids with an assignment active on 2025-12-31 (main sample)


def new_name(gender, raglai=False):
    """A full name not used before; gender None picks either."""
    g = gender or rng.choice("FM")
    while True:
        sur = rng.choice(RAGLAI_SURNAMES if raglai and rng.random() < 0.7 else SURNAMES)
        if g == "F":
            name = f"{sur} {rng.choice(F_MIDDLE)} {rng.choice(F_GIVEN)}"
        else:
            name = f"{sur} {rng.choice(M_MIDDLE)} {rng.choice(M_GIVEN)}"
        if name not in _used_names:
            _used_names.add(name)
            return name


class Person:
    def __init__(self, gender, raglai=False, born=(1966, 1999)):
        self.gender = gender                  # "F", "M" or None (unknown)
        self.sid = f"KH{_next_id[0]:05d}"
        _next_id[0] += 1
        self.name = new_name(gender, raglai)
        self.birth = random_date(*born)
        self.degree = rng.choice(DEGREES)
        PERSONS[self.sid] = self


DEGREES = ["Thạc sĩ", "Thạc sĩ", "ThS", "Thạc sỹ", "Tiến sĩ", "TS",
           "Cử nhân", "Cử nhân", "Cử nhân", "Kỹ sư", "Đại học", "Đại học",
           "Bác sĩ CKII", "Trung cấp", ""]


def random_date(y0, y1):
    import datetime
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def fmt_date(d, form=None):
    """A date in one of the accepted forms, picked at random unless given."""
    if d is None:
        return ""
    form = form or rng.choice(["dmy", "dmy", "d/m", "iso", "dash"])
    if form == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if form == "d/m":
        return f"{d.day}/{d.month}/{d.year}"
    if form == "iso":
        return d.isoformat()
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def d(s):
    import datetime
    return datetime.date.fromisoformat(s)


AS_OF = d("2025-12-31")


def is_active(start, end):
    return (start is None or start <= AS_OF) and (end is None or end >= AS_OF)


FEMALE_FORMS = ["Nữ", "Nữ", "Nữ", "nữ", "NU", "F", "Nữ"]
MALE_FORMS = ["Nam", "Nam", "Nam", "nam", "M", "NAM"]


def gender_text(g):
    if g == "F":
        return rng.choice(FEMALE_FORMS)
    if g == "M":
        return rng.choice(MALE_FORMS)
    return ""


def nfd_sometimes(s, p=0.15):
    """Decomposed diacritics, as some Mac and web exports write them."""
    return unicodedata.normalize("NFD", s) if rng.random() < p else s


# ---------------------------------------------------------------------------
# Agencies of Khánh Hòa (structure before the 2025 reorganisation).

P = "tỉnh"
H = "huyện"
X = "xã"

# code, name, level, parent, district
AGENCIES = [
    ("UBND-KH", "Ủy ban nhân dân tỉnh Khánh Hòa", P, "", ""),
    ("VP-UBND", "Văn phòng Ủy ban nhân dân tỉnh", P, "UBND-KH", ""),
    ("SNV", "Sở Nội vụ", P, "UBND-KH", ""),
    ("STC", "Sở Tài chính", P, "UBND-KH", ""),
    ("SYT", "Sở Y tế", P, "UBND-KH", ""),
    ("SGDDT", "Sở Giáo dục và Đào tạo", P, "UBND-KH", ""),
    ("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", P, "UBND-KH", ""),
    ("STTTT", "Sở Thông tin và Truyền thông", P, "UBND-KH", ""),
    ("SVHTT", "Sở Văn hóa và Thể thao", P, "UBND-KH", ""),
    ("SKHDT", "Sở Kế hoạch và Đầu tư", P, "UBND-KH", ""),
    ("STP", "Sở Tư pháp", P, "UBND-KH", ""),
    ("STNMT", "Sở Tài nguyên và Môi trường", P, "UBND-KH", ""),
    ("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", P, "UBND-KH", ""),
    ("SXD", "Sở Xây dựng", P, "UBND-KH", ""),
    ("SGTVT", "Sở Giao thông vận tải", P, "UBND-KH", ""),
    ("SCT", "Sở Công Thương", P, "UBND-KH", ""),
    ("SKHCN", "Sở Khoa học và Công nghệ", P, "UBND-KH", ""),
    ("SDL", "Sở Du lịch", P, "UBND-KH", ""),
    ("TTT", "Thanh tra tỉnh", P, "UBND-KH", ""),
    ("BDT", "Ban Dân tộc tỉnh", P, "UBND-KH", ""),
    ("SNGV", "Sở Ngoại vụ", P, "UBND-KH", ""),
    ("UBND-NT", "UBND thành phố Nha Trang", H, "UBND-KH", "Thành phố Nha Trang"),
    ("UBND-CR", "UBND thành phố Cam Ranh", H, "UBND-KH", "Thành phố Cam Ranh"),
    ("UBND-NH", "UBND thị xã Ninh Hòa", H, "UBND-KH", "Thị xã Ninh Hòa"),
    ("UBND-VN", "UBND huyện Vạn Ninh", H, "UBND-KH", "Huyện Vạn Ninh"),
    ("UBND-DK", "UBND huyện Diên Khánh", H, "UBND-KH", "Huyện Diên Khánh"),
    ("UBND-KV", "UBND huyện Khánh Vĩnh", H, "UBND-KH", "Huyện Khánh Vĩnh"),
    ("UBND-KS", "UBND huyện Khánh Sơn", H, "UBND-KH", "Huyện Khánh Sơn"),
    ("UBND-CL", "UBND huyện Cam Lâm", H, "UBND-KH", "Huyện Cam Lâm"),
    ("UBND-TS", "UBND huyện Trường Sa", H, "UBND-KH", "Huyện Trường Sa"),
    ("X-VINHHAI", "UBND phường Vĩnh Hải", X, "UBND-NT", "Thành phố Nha Trang"),
    ("X-LOCTHO", "UBND phường Lộc Thọ", X, "UBND-NT", "Thành phố Nha Trang"),
    ("X-VINHLUONG", "UBND xã Vĩnh Lương", X, "UBND-NT", "Thành phố Nha Trang"),
    ("X-PHUOCDONG", "UBND xã Phước Đồng", X, "UBND-NT", "Thành phố Nha Trang"),
    ("X-CAMNGHIA", "UBND phường Cam Nghĩa", X, "UBND-CR", "Thành phố Cam Ranh"),
    ("X-NINHHUNG", "UBND xã Ninh Hưng", X, "UBND-NH", "Thị xã Ninh Hòa"),
    ("X-NINHVAN", "UBND xã Ninh Vân", X, "UBND-NH", "Thị xã Ninh Hòa"),
    ("X-VANGIA", "UBND thị trấn Vạn Giã", X, "UBND-VN", "Huyện Vạn Ninh"),
    ("X-DIENPHU", "UBND xã Diên Phú", X, "UBND-DK", "Huyện Diên Khánh"),
    ("X-SUOITAN", "UBND xã Suối Tân", X, "UBND-CL", "Huyện Cam Lâm"),
    ("X-TOHAP", "UBND thị trấn Tô Hạp", X, "UBND-KS", "Huyện Khánh Sơn"),
    ("X-KHANHTHANH", "UBND xã Khánh Thành", X, "UBND-KV", "Huyện Khánh Vĩnh"),
    ("X-SONGTUTAY", "UBND xã Song Tử Tây", X, "UBND-TS", "Huyện Trường Sa"),
    ("X-SINHTON", "UBND xã Sinh Tồn", X, "UBND-TS", "Huyện Trường Sa"),
]
LEVEL_OF = {a[0]: a[2] for a in AGENCIES}
RAGLAI = {"UBND-KS", "UBND-KV", "X-TOHAP", "X-KHANHTHANH"}

# Posts that fill an agency once its planned leaders are written.
FILLER_POSTS = {
    P: ["Chuyên viên", "Chuyên viên", "Chuyên viên", "Chuyên viên chính",
        "Chuyên viên chính", "Trưởng phòng", "Phó Trưởng phòng",
        "Phó Trưởng phòng", "Chánh Văn phòng", "Phó Chánh Văn phòng",
        "Chánh Thanh tra Sở", "Thanh tra viên", "Kế toán viên", "Văn thư",
        "Cán sự"],
    H: ["Chuyên viên", "Chuyên viên", "Chuyên viên", "Trưởng phòng Nội vụ",
        "Trưởng phòng Tài chính - Kế hoạch", "Trưởng phòng Giáo dục và Đào tạo",
        "Trưởng phòng Lao động - Thương binh và Xã hội",
        "Trưởng phòng Văn hóa và Thông tin", "Phó Trưởng phòng",
        "Phó Trưởng phòng", "Chánh Văn phòng HĐND và UBND",
        "Phó Chánh Văn phòng HĐND và UBND", "Chánh Thanh tra huyện"],
    "office": ["Chuyên viên", "Chuyên viên", "Chuyên viên chính", "Trưởng phòng",
               "Phó Trưởng phòng", "Kế toán viên", "Văn thư", "Cán sự"],
    X: ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
        "Công chức Địa chính - Xây dựng", "Công chức Tài chính - Kế toán",
        "Công chức Văn hóa - Xã hội", "Công chức Văn hóa - Xã hội",
        "Chỉ huy trưởng Ban Chỉ huy Quân sự"],
}
KEY_YES = ["x", "x", "x", "X", "x", "có", "Có", "1", "yes"]
KEY_NO = ["", "", "", "", "", "", "không", "0"]


# ---------------------------------------------------------------------------
# The plan, agency by agency.
#
# women/men/unknown: distinct ACTIVE persons on 2025-12-31, leaders included.
# leaders: key-leader rows (key_leader column marked), active unless dated.
# extra: further rows: (label, gender, post, key, start, end, note). A label
#        names a person so that two rows share one staff_id.
# The expected O1.S4 result is in the comment; expected-o1.json repeats it.

def L(post, g, start=None, end=None, note="", label=None, key=None, gshow=True):
    return dict(post=post, g=g, start=start, end=end, note=note, label=label,
                key=key, gshow=gshow)


PLAN = {
    # -- Province level --------------------------------------------------
    "UBND-KH": dict(women=3, men=6, unknown=0, leaders=[
        L("Chủ tịch UBND tỉnh", "M"), L("Phó Chủ tịch UBND tỉnh", "M"),
        L("Phó Chủ tịch UBND tỉnh", "F"), L("Phó Chủ tịch UBND tỉnh", "M")]),
    "VP-UBND": dict(women=7, men=9, unknown=0, leaders=[
        L("Chánh Văn phòng", "F"), L("Phó Chánh Văn phòng", "M"),
        L("Phó Chánh Văn phòng", "M")]),
    # EXACTLY 30%: 3 women of 10 known (+2 unknown, not in the share); one
    # man holds two posts here (counted once); a woman retired 31/03/2025.
    # All key leaders men -> FINDING (women 3, known 10).
    "SNV": dict(women=3, men=7, unknown=2, leaders=[
        L("Giám đốc", "M"),
        L("Phó Giám đốc", "M", label="snv-pgd"),
        L("Phó Giám đốc", "M")],
        extra=[("snv-pgd", "M", "Trưởng phòng Tổ chức - Biên chế", "", d("2023-07-01"), None,
                "Kiêm nhiệm Trưởng phòng Tổ chức - Biên chế"),
               (None, "F", "Chuyên viên chính", "", d("2001-09-01"), d("2025-03-31"),
                "Nghỉ hưu từ 01/4/2025")]),
    "STC": dict(women=11, men=8, unknown=1, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "F"), L("Phó Giám đốc", "M")]),
    # Only female key leader ended 30/12/2025, the day before as-of.
    # -> FINDING (women 11, known 22).
    "SYT": dict(women=11, men=11, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M"), L("Phó Giám đốc", "M"),
        L("Phó Giám đốc", "F", start=d("2016-03-01"), end=d("2025-12-30"),
          note="Nghỉ hưu theo chế độ từ 31/12/2025")]),
    # Female Giám đốc's last day is 31/12/2025 = as-of: still active -> no finding.
    "SGDDT": dict(women=12, men=9, unknown=0, leaders=[
        L("Giám đốc", "F", start=d("2019-10-01"), end=d("2025-12-31"),
          # A cell with Alt+Enter in Excel: a quoted line break in the CSV.
          note="Nghỉ hưu từ 01/01/2026;\nQĐ số 1234/QĐ-UBND ngày 15/10/2025"),
        L("Phó Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    # Female Phó Giám đốc appointed from 02/01/2026: not yet active.
    # -> FINDING (women 8, known 18).
    "SLDTBXH": dict(women=8, men=10, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M"),
        L("Phó Giám đốc", "F", start=d("2026-01-02"),
          note="Quyết định bổ nhiệm có hiệu lực từ 02/01/2026")],
        ),
    # 5 of 16 = 31.25%, men lead -> FINDING (women 5, known 16).
    "STTTT": dict(women=5, men=11, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    "SVHTT": dict(women=10, men=10, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "F", key="có"), L("Phó Giám đốc", "M")]),
    # JUST UNDER 30%: 5 of 17 = 29.4%; two women left 15/08/2025 for Sở Tài
    # chính (counted there, not here) -> no finding.
    "SKHDT": dict(women=5, men=12, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M"), L("Phó Giám đốc", "M")],
        extra=[("kh-moved-1", "F", "Chuyên viên", "", d("2014-05-01"), d("2025-08-15"),
                "Chuyển công tác sang Sở Tài chính"),
               ("kh-moved-2", "F", "Phó Trưởng phòng", "", d("2010-02-01"), d("2025-08-15"),
                "Chuyển công tác sang Sở Tài chính")]),
    # A woman is Phó Giám đốc by title but the sheet marks only the Giám đốc
    # as key leader: the column decides -> FINDING (women 7, known 15).
    "STP": dict(women=7, men=8, unknown=0, leaders=[
        L("Giám đốc", "M"),
        L("Phó Giám đốc", "F", key="", note="Không thuộc diện lãnh đạo chủ chốt theo phân cấp")]),
    "STNMT": dict(women=4, men=13, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    "SNNPTNT": dict(women=5, men=14, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    "SXD": dict(women=3, men=10, unknown=1, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    "SGTVT": dict(women=2, men=11, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "M")]),
    "SCT": dict(women=6, men=9, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "F", key="1")],
        extra=[(None, "F", "Chuyên viên", "", d("2026-02-01"), None,
                "Trúng tuyển công chức, nhận việc từ 01/02/2026")]),
    "SKHCN": dict(women=5, men=7, unknown=0, leaders=[
        L("Giám đốc", "F"), L("Phó Giám đốc", "M")]),
    "SDL": dict(women=8, men=6, unknown=0, leaders=[
        L("Giám đốc", "M"), L("Phó Giám đốc", "F")]),
    "TTT": dict(women=3, men=9, unknown=0, leaders=[
        L("Chánh Thanh tra tỉnh", "M"), L("Phó Chánh Thanh tra tỉnh", "M")]),
    "BDT": dict(women=4, men=6, unknown=0, leaders=[
        L("Trưởng ban", "M"), L("Phó Trưởng ban", "F")]),
    # Sở Ngoại vụ: no staff rows at all -> not in O1.T1's denominator.
    "SNGV": None,
    # -- District level ---------------------------------------------------
    "UBND-NT": dict(women=7, men=8, unknown=1, leaders=[
        L("Chủ tịch UBND thành phố", "M"), L("Phó Chủ tịch UBND thành phố", "F"),
        L("Phó Chủ tịch UBND thành phố", "M")]),
    # 5 of 15 = 33.3%, men lead -> FINDING (women 5, known 15).
    "UBND-CR": dict(women=5, men=10, unknown=0, leaders=[
        L("Chủ tịch UBND thành phố", "M"), L("Phó Chủ tịch UBND thành phố", "M")]),
    "UBND-NH": dict(women=4, men=12, unknown=0, leaders=[
        L("Chủ tịch UBND thị xã", "M"), L("Phó Chủ tịch UBND thị xã", "M")]),
    "UBND-VN": dict(women=6, men=8, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "M"), L("Phó Chủ tịch UBND huyện", "F")]),
    "UBND-DK": dict(women=5, men=9, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "F", key="yes"), L("Phó Chủ tịch UBND huyện", "M")]),
    "UBND-KV": dict(women=3, men=10, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "M"), L("Phó Chủ tịch UBND huyện", "M")]),
    "UBND-KS": dict(women=2, men=10, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "M"), L("Phó Chủ tịch UBND huyện", "M")]),
    # Kiêm nhiệm: the female Phó Chủ tịch of Cam Lâm is also Chủ tịch of xã
    # Suối Tân (same staff_id, second row under X-SUOITAN).
    "UBND-CL": dict(women=5, men=9, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "M"),
        L("Phó Chủ tịch UBND huyện", "F", label="cl-kiemnhiem",
          note='Kiêm Chủ tịch UBND xã Suối Tân, theo QĐ "tăng cường cán bộ"')]),
    "UBND-TS": dict(women=1, men=7, unknown=0, leaders=[
        L("Chủ tịch UBND huyện", "M"), L("Phó Chủ tịch UBND huyện", "M")]),
    # -- Commune level ----------------------------------------------------
    "X-VINHHAI": dict(women=5, men=5, unknown=0, leaders=[
        L("Chủ tịch UBND phường", "F"), L("Phó Chủ tịch UBND phường", "M")]),
    # The Chủ tịch's gender is not recorded (unknown is not a woman).
    # 4 of 9 known -> FINDING (women 4, known 9).
    "X-LOCTHO": dict(women=4, men=5, unknown=1, leaders=[
        L("Chủ tịch UBND phường", None), L("Phó Chủ tịch UBND phường", "M")]),
    # 3 of 11 = 27.3%; one more woman starts 05/01/2026 (not counted) -> no finding.
    "X-VINHLUONG": dict(women=3, men=8, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M"), L("Phó Chủ tịch UBND xã", "M")],
        extra=[(None, "F", "Công chức Văn hóa - Xã hội", "", d("2026-01-05"), None,
                "Tiếp nhận từ 05/01/2026")]),
    "X-PHUOCDONG": dict(women=4, men=6, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M"), L("Phó Chủ tịch UBND xã", "F")]),
    # 3 of 9 = 33.3%, men lead -> FINDING (women 3, known 9).
    "X-CAMNGHIA": dict(women=3, men=6, unknown=0, leaders=[
        L("Chủ tịch UBND phường", "M"), L("Phó Chủ tịch UBND phường", "M")]),
    "X-NINHHUNG": dict(women=4, men=5, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M"), L("Phó Chủ tịch UBND xã", "F")]),
    # No active key-leader post at all (both left in 2025): a share of 4 of 9
    # with no female key leader -> FINDING (women 4, known 9).
    "X-NINHVAN": dict(women=4, men=5, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M", start=d("2021-07-01"), end=d("2025-06-30"),
          note="Nghỉ hưu"),
        L("Phó Chủ tịch UBND xã", "M", start=d("2020-01-01"), end=d("2025-09-15"),
          note="Điều động về UBND thị xã Ninh Hòa")]),
    "X-VANGIA": dict(women=5, men=6, unknown=0, leaders=[
        L("Chủ tịch UBND thị trấn", "F", key="yes"), L("Phó Chủ tịch UBND thị trấn", "M")]),
    # A woman was Phó Chủ tịch until 31/10/2025 and is now a commune civil
    # servant here: active in the agency, but not in a key-leader post.
    # -> FINDING (women 4, known 10).
    "X-DIENPHU": dict(women=4, men=6, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M"),
        L("Phó Chủ tịch UBND xã", "F", start=d("2021-06-15"), end=d("2025-10-31"),
          label="dp-stepdown", note="Thôi giữ chức vụ từ 01/11/2025")],
        extra=[("dp-stepdown", "F", "Công chức Văn phòng - Thống kê", "", d("2025-11-01"), None,
                "Bố trí công tác khác")]),
    # The Cam Lâm Phó Chủ tịch (kiêm nhiệm) is Chủ tịch here; her gender is
    # blank on this row but "Nữ" on her other row -> a woman; no finding.
    "X-SUOITAN": dict(women=4, men=5, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "F", label="cl-kiemnhiem", gshow=False,
          start=d("2024-03-01"), note="Kiêm nhiệm, tăng cường từ huyện"),
        L("Phó Chủ tịch UBND xã", "M")]),
    # Low share of women (2 of 9) but a woman leads: no finding, counts for O1.T1.
    "X-TOHAP": dict(women=2, men=7, unknown=0, leaders=[
        L("Chủ tịch UBND thị trấn", "F"), L("Phó Chủ tịch UBND thị trấn", "M")]),
    "X-KHANHTHANH": dict(women=3, men=5, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M"), L("Phó Chủ tịch UBND xã", "F")]),
    # Every active person's gender is unknown: no data, no finding; the
    # agency still counts in O1.T1's denominator (no female key leader).
    "X-SONGTUTAY": dict(women=0, men=0, unknown=4, leaders=[
        L("Chủ tịch UBND xã", None), L("Phó Chủ tịch UBND xã", None)]),
    # Every assignment ended 30/06/2025 (rotation to the mainland): no active
    # staff, not in O1.T1's denominator, no finding despite 3 of 5 women.
    "X-SINHTON": dict(women=0, men=0, unknown=0, leaders=[
        L("Chủ tịch UBND xã", "M", start=d("2023-07-01"), end=d("2025-06-30"),
          note="Hết thời hạn luân phiên")],
        extra=[(None, "F", "Công chức Văn phòng - Thống kê", "", d("2023-07-01"), d("2025-06-30"), ""),
               (None, "F", "Công chức Văn hóa - Xã hội", "", d("2023-07-01"), d("2025-06-30"), ""),
               (None, "F", "Công chức Tư pháp - Hộ tịch", "", d("2023-07-01"), d("2025-06-30"), ""),
               (None, "M", "Công chức Địa chính - Xây dựng", "", d("2023-07-01"), d("2025-06-30"), "")]),
}

# The two women who left Sở Kế hoạch và Đầu tư joined Sở Tài chính on
# 16/08/2025 (their second rows; they are part of STC's 11 women).
MOVED_TO_STC = [("kh-moved-1", "Chuyên viên"), ("kh-moved-2", "Chuyên viên chính")]


def build_staff():
    """Rows of the first sample (dicts keyed by field), in agency order."""
    people = {}                               # label -> Person

    def person(label, g, raglai=False):
        if label is None:
            return Person(g, raglai, born=(1966, 1982))
        if label not in people:
            people[label] = Person(g, raglai, born=(1966, 1982))
        return people[label]

    rows = []
    counted = set()                           # (agency, staff_id) already in the plan's counts
    need = {}

    def add(agency, p, post, key, start, end, note, gshow=True):
        rows.append(dict(
            staff_id=p.sid, full_name=nfd_sometimes(p.name),
            gender=nfd_sometimes(gender_text(p.gender)) if gshow else "",
            birth_date=fmt_date(p.birth), agency_code=agency,
            position=nfd_sometimes(post), key_leader=key,
            start_date=fmt_date(start), end_date=fmt_date(end),
            degree=nfd_sometimes(p.degree, 0.1), note=note))
        if is_active(start, end):
            ACTIVE_SIDS.add(p.sid)
        # Whatever row makes a person active here uses up one of the plan's
        # persons of that gender, once per person however many rows.
        if is_active(start, end) and (agency, p.sid) not in counted:
            counted.add((agency, p.sid))
            need[p.gender] -= 1

    for code, *_ in AGENCIES:
        plan = PLAN[code]
        if plan is None:
            continue
        raglai = code in RAGLAI
        level = LEVEL_OF[code]
        posts = FILLER_POSTS["office" if level == P and not code.startswith("S") else level]
        need.clear()
        need.update({"F": plan["women"], "M": plan["men"], None: plan["unknown"]})
        agency_rows_start = len(rows)
        for ld in plan["leaders"]:
            p = person(ld["label"], ld["g"], raglai)
            key = ld["key"] if ld["key"] is not None else rng.choice(KEY_YES)
            start = ld["start"] or random_date(2012, 2024)
            add(code, p, ld["post"], key, start, ld["end"], ld["note"], ld["gshow"])
        for label, g, post, key, start, end, note in plan.get("extra", []):
            add(code, person(label, g, raglai), post, key, start, end, note)
        if code == "STC":
            for label, post in MOVED_TO_STC:
                add(code, person(label, "F"), post, rng.choice(KEY_NO), d("2025-08-16"), None,
                    "Tiếp nhận từ Sở Kế hoạch và Đầu tư")
        for g, n in list(need.items()):
            assert n >= 0, (code, g, n)
            for _ in range(n):
                p = Person(g, raglai)
                first = max(2005, p.birth.year + 22)
                add(code, p, rng.choice(posts), rng.choice(KEY_NO),
                    random_date(first, max(first, 2025 if rng.random() < 0.2 else 2023)), None, "")
        assert all(n == 0 for n in need.values()), (code, need)
        # A little history: people who left before 2025-12-31 (not counted).
        history = 0 if code in ("X-SONGTUTAY", "X-SINHTON") else rng.choice([0, 0, 1, 1, 2])
        for _ in range(history):
            p = Person(rng.choice("FM"), raglai, born=(1960, 1980))
            start = random_date(2008, 2018)
            end = random_date(2019, 2024)
            add(code, p, rng.choice(posts), rng.choice(KEY_NO), start, end,
                rng.choice(["Nghỉ hưu", "Chuyển công tác", "Thôi việc"]))
        # Shuffle within the agency (leaders need not come first), keep order of agencies.
        block = rows[agency_rows_start:]
        rng.shuffle(block)
        rows[agency_rows_start:] = block
    return rows


# ---------------------------------------------------------------------------
# Writing.

STAFF_HEADERS_VI = ["STT", "Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh",
                    "Mã đơn vị", "Chức vụ", "Lãnh đạo chủ chốt", "Ngày bắt đầu",
                    "Ngày kết thúc", "Trình độ", "Ghi chú"]
STAFF_KEYS = ["stt", "staff_id", "full_name", "gender", "birth_date", "agency_code",
              "position", "key_leader", "start_date", "end_date", "degree", "note"]
AGENCY_HEADERS_VI = ["Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên",
                     "Huyện, thị xã, thành phố"]


def write_csv(path, header, rows, delimiter, lineterminator, bom):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode("utf-8")
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


def write_main_sample():
    out = os.path.join(HERE, "khanh-hoa")
    os.makedirs(out, exist_ok=True)
    level_forms = {P: ["Tỉnh", "tỉnh"], H: ["Huyện", "huyện"], X: ["Xã", "xã", "XA"]}
    agencies = [[c, n, rng.choice(level_forms[lv]), parent, dist]
                for c, n, lv, parent, dist in AGENCIES]
    # Excel in the Vietnamese locale: BOM, ';', CRLF.
    write_csv(os.path.join(out, "agencies.csv"), AGENCY_HEADERS_VI, agencies, ";", "\r\n", True)

    rows = build_staff()
    table = []
    for i, r in enumerate(rows, start=1):
        r["stt"] = str(i)
        table.append([r[k] for k in STAFF_KEYS])
    # A web export: no BOM, ',', LF.
    write_csv(os.path.join(out, "staff.csv"), STAFF_HEADERS_VI, table, ",", "\n", False)
    return rows


# ---------------------------------------------------------------------------
# The second sample: no key_leader column, so positions decide. English
# headers in assorted spellings, tab-delimited UTF-8.

POS_AGENCIES = [
    ("UBND-KH", "Ủy ban nhân dân tỉnh Khánh Hòa", "province", "", ""),
    ("BDT", "Ban Dân tộc tỉnh", "province", "UBND-KH", ""),
    ("TTT", "Thanh tra tỉnh", "province", "UBND-KH", ""),
    ("SVHTT", "Sở Văn hóa và Thể thao", "province", "UBND-KH", ""),
    ("SYT", "Sở Y tế", "province", "UBND-KH", ""),
    ("UBND-KV", "UBND huyện Khánh Vĩnh", "district", "UBND-KH", "Huyện Khánh Vĩnh"),
    ("X-KHANHTHANH", "UBND xã Khánh Thành", "commune", "UBND-KV", "Huyện Khánh Vĩnh"),
    ("X-SONTHAI", "UBND xã Sơn Thái", "commune", "UBND-KV", "Huyện Khánh Vĩnh"),
]

# agency -> (explicit rows (gender, position), filler women, filler men).
# Filler posts are never key-leader posts. Expected result in the comment.
POS_PLAN = {
    # Chủ tịch (M), Phó Chủ tịch (F, written "PHÓ  CHỦ TỊCH UBND tỉnh": case
    # and double space are normalized away) -> woman key leader, no finding.
    "UBND-KH": ([("M", "Chủ tịch UBND tỉnh"), ("F", "PHÓ  CHỦ TỊCH UBND tỉnh")], 2, 3),
    # Phó Trưởng ban (F) is a key-leader post -> no finding.
    "BDT": ([("M", "Trưởng ban"), ("F", "Phó Trưởng ban")], 3, 3),
    # Chánh Thanh tra tỉnh (F) -> no finding.
    "TTT": ([("F", "Chánh Thanh tra tỉnh"), ("M", "Phó Chánh Thanh tra tỉnh")], 2, 4),
    # Giám đốc (M), Phó Giám đốc (F, in NFD) -> no finding.
    "SVHTT": ([("M", "Giám đốc Sở"), ("F", unicodedata.normalize("NFD", "Phó Giám đốc"))], 3, 3),
    # The only woman in charge is "Phó Chánh Văn phòng" (not a listed prefix):
    # 4 of 10 -> FINDING (women 4, known 10).
    "SYT": ([("M", "Giám đốc"), ("M", "Phó Giám đốc"), ("F", "Phó Chánh Văn phòng")], 3, 4),
    # Phó Chủ tịch UBND huyện (F) -> no finding.
    "UBND-KV": ([("M", "Chủ tịch UBND huyện"), ("F", "Phó Chủ tịch UBND huyện")], 2, 5),
    # A woman is "Trưởng bản" (head of a hamlet), which is NOT "Trưởng ban":
    # 3 of 7 -> FINDING (women 3, known 7).
    "X-KHANHTHANH": ([("M", "Chủ tịch UBND xã"), ("F", "Trưởng bản Suối Cá")], 2, 3),
    # A woman "Trưởng Ban Văn hóa xã" (capital B, still 'trưởng ban') -> key
    # leader, no finding.
    "X-SONTHAI": ([("M", "Chủ tịch UBND xã"), ("F", "Trưởng Ban Văn hóa xã")], 2, 3),
}
POS_FILLER = {
    "province": ["Chuyên viên", "Chuyên viên chính", "Kế toán viên", "Phó Trưởng phòng",
                 "Trưởng phòng", "Văn thư", "Cán sự"],
    "district": ["Chuyên viên", "Trưởng phòng Nội vụ", "Phó Trưởng phòng", "Văn thư"],
    "commune": ["Công chức Văn phòng - Thống kê", "Công chức Tư pháp - Hộ tịch",
                "Công chức Văn hóa - Xã hội", "Công chức Địa chính - Xây dựng"],
}


def write_positions_sample():
    out = os.path.join(HERE, "khanh-hoa-positions")
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, "agencies.csv"),
              ["agency_code", "Agency name", "LEVEL", "Parent code", "district"],
              [list(a) for a in POS_AGENCIES], "\t", "\n", False)
    header = ["Staff ID", "full_name", "Gender", "agency code", "Position",
              "Start date", "END_DATE", "Degree", "Remarks"]
    table = []
    female = ["F", "female", "Female", "Nữ"]
    male = ["M", "male", "Male", "Nam"]
    for code, _name, level, *_ in POS_AGENCIES:
        explicit, nf, nm = POS_PLAN[code]
        rows = [(g, pos) for g, pos in explicit]
        rows += [("F", rng.choice(POS_FILLER[level])) for _ in range(nf)]
        rows += [("M", rng.choice(POS_FILLER[level])) for _ in range(nm)]
        for g, pos in rows:
            p = Person(g, raglai=code in ("UBND-KV", "X-KHANHTHANH", "X-SONTHAI"))
            table.append([p.sid, p.name, rng.choice(female if g == "F" else male), code, pos,
                          fmt_date(random_date(2010, 2024)), "", p.degree, ""])
    # A retired female "Giám đốc" of Sở Y tế (ended 2025-06-30): not active,
    # so it does not rescue SYT.
    p = Person("F")
    table.append([p.sid, p.name, "F", "SYT", "Giám đốc", "01/07/2015", "30/06/2025", p.degree,
                  "Retired"])
    write_csv(os.path.join(out, "staff.csv"), header, table, "\t", "\n", False)


# ---------------------------------------------------------------------------
# The other six registers of the main sample, and every rule's expected result.

DEGREE_CLASS = {"Thạc sĩ": "master", "ThS": "master", "Thạc sỹ": "master",
                "Tiến sĩ": "doctor", "TS": "doctor"}   # every other entry of DEGREES: other


def degree_indicators():
    """O5.T4a/b from the staffing plan: each active person once, by degree
    (one degree per person here), women among those of known gender."""
    out = []
    for rule, degree, target in (("O5.T4a", "master", 50), ("O5.T4b", "doctor", 30)):
        known = [p for sid, p in PERSONS.items() if sid in ACTIVE_SIDS and p.gender
                 and DEGREE_CLASS.get(p.degree, "other") == degree]
        women = sum(1 for p in known if p.gender == "F")
        out.append({"rule": rule, "value": 100 * women / len(known),
                    "status": "met" if women * 100 >= target * len(known) else "not_met",
                    "target": target, "numerator": women, "denominator": len(known)})
    return out


def write_other_registers_and_expected():
    out = os.path.join(HERE, "khanh-hoa")
    media = samples_media.write(out)
    returns, indicators = samples_returns.write(out)
    with open(os.path.join(out, "expected-o1.json"), encoding="utf-8") as f:
        o1 = json.load(f)
    findings = o1["findings"] + [dict(rule=r, subject=c, period=p, **ev) for r, c, p, ev in media + returns]
    findings.sort(key=lambda f: (f["rule"], f["subject"], f["period"] or ""))
    by_rule = {i["rule"]: i for i in o1["indicators"] + degree_indicators() + indicators}
    order = ["O1.T1", "O2.T3", "O5.T4a", "O5.T4b"] + list(samples_returns.TARGETS)
    lines = [json.dumps(x, ensure_ascii=False) for x in findings]
    ind = [json.dumps(by_rule[r], ensure_ascii=False) for r in order]
    text = ('{\n  "findings": [\n    ' + ",\n    ".join(lines) + '\n  ],\n'
            '  "indicators": [\n    ' + ",\n    ".join(ind) + '\n  ],\n  "skipped": []\n}\n')
    with open(os.path.join(out, "expected-all.json"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    write_main_sample()
    write_positions_sample()
    write_other_registers_and_expected()
