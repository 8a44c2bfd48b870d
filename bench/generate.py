#!/usr/bin/env python3
"""National-scale registers for the genaudit benchmark (standard library only).

    python3 bench/generate.py OUT_DIR [--seed N] [--scale S] [--jobs J]

Writes the eight registers of shared/registers/REGISTERS.md in the standard
templates (Vietnamese headers, UTF-8 without BOM, `,` delimiter, LF, dates
dd/mm/yyyy) at national size when --scale is 1 (20,000 agencies, 2,000,000
staff rows, 700 outlets, 3,000,000 segments, 1,000,000 news items, ~47,000
reports, 200,000 enterprises, 22 indicators x 63 provinces x 5 years of
statistics), and OUT_DIR/plan.json: what the generator planted and therefore
what an audit of the period 2025 as of 2025-12-31 must find.

Every coded value is written in ONE canonical form (Nữ/Nam/empty, tỉnh/huyện/xã,
đài tỉnh/đài huyện/báo/cổng thông tin, doanh nghiệp/hợp tác xã, hoạt động/empty
or an inactive status, Tiến sĩ/Thạc sĩ/other degrees, x/empty for key leaders),
text is NFC, topics never have non-ASCII capitals or doubled spaces: the
hand-written SQL and pandas baselines map these forms with plain comparisons.
(genaudit's own tests cover the many other forms; this is a speed benchmark.)

The same seed and scale give the same bytes. Registers are written by --jobs
worker processes (default 2), each with its own seeded random stream.

Planted cases (all relative to the period 2025, as of 2025-12-31):
  O1.S4  agencies planted as findings (share of women >= 30%, exactly 30% for
         some, and no active female key leader; some have a woman whose
         key-leader post ended on 30/12/2025 or starts on 01/01/2026), others
         below 30% (29.x% for some) or with a female key leader; agencies whose
         active staff are all of unknown gender (no data); agencies with no
         staff or only past staff; persons holding two posts (same agency or
         another), a blank gender or a lower degree on their second row.
  O6.T4  broadcaster-months without a gender-equality (GE) segment; traps: GE
         only in the title, "Phòng, chống bạo lực trên cơ sở giới",
         "Binh dang gioi" without diacritics, December's GE segment aired on
         01/01/2026; edge months with one GE segment on the first or last day.
  O6.T3  commune-quarters with fewer than 4 GE news items (0-3), exactly 4
         (no finding, one on a quarter's first or last day), title-only GE,
         Q4's 4th item posted 01/01/2026.
  V.19   2025 reports missing, late (11/12/2025 .. 01/2026), or resent (the
         earliest counts); on 10/12/2025 exactly (on time); commune reports
         (never audited).
  O2.T3, O5.T4a/b, O1.T1: values follow from the rows (computed here).
  statistics: each of the 18 indicators' 2025 winner (latest reported_on) is
         planted: met, not met, exactly at the target, and O3.T4 without any
         2025 row (no data); undated rows and earlier revisions lose.
"""

import argparse
import csv
import datetime
import hashlib
import json
import os
import random
import sys
import time
from multiprocessing import Pool

D = datetime.date
AS_OF = D(2025, 12, 31)
DEADLINE = D(2025, 12, 10)
YEARS = [2021, 2022, 2023, 2024, 2025]

HEADERS = {
    "agencies": ["Mã đơn vị", "Tên đơn vị", "Cấp", "Mã đơn vị cấp trên", "Huyện, thị xã, thành phố"],
    "staff": ["Mã cán bộ", "Họ và tên", "Giới tính", "Ngày sinh", "Mã đơn vị", "Chức vụ",
              "Lãnh đạo chủ chốt", "Ngày bắt đầu", "Ngày kết thúc", "Trình độ"],
    "outlets": ["Mã cơ quan", "Tên cơ quan", "Loại hình", "Huyện, thị xã, thành phố"],
    "segments": ["Mã cơ quan", "Ngày phát sóng", "Tên chuyên mục", "Chủ đề", "Thời lượng (phút)"],
    "news": ["Mã đơn vị", "Ngày đăng", "Tiêu đề", "Chủ đề"],
    "reports": ["Mã đơn vị", "Năm báo cáo", "Ngày gửi"],
    "enterprises": ["Mã số doanh nghiệp", "Tên doanh nghiệp", "Loại hình",
                    "Giới tính người đứng đầu", "Tình trạng"],
    "statistics": ["Mã chỉ tiêu", "Năm", "Giá trị", "Đơn vị báo cáo", "Ngày báo cáo"],
}

# National sizes (scale 1).
SIZES = dict(provinces=63, districts=700, agencies=20000, communes=10600, province_level=2520,
             staff=2_000_000, outlets=700, segments=3_000_000, news=1_000_000,
             enterprises=200_000)

# Planted rates.
AGENCY_CATS = [("empty", 0.01), ("inactive", 0.01), ("unknown", 0.005), ("finding", 0.12),
               ("led", 0.45), ("low", 0.405)]
SEG_MISS, SEG_EDGE = 0.08, 0.10
NEWS_SHORT, NEWS_EXACT = 0.10, 0.10
REPORT_CATS = [("on_time", 0.72), ("deadline_day", 0.05), ("late", 0.06), ("missing", 0.03),
               ("resend_ok", 0.09), ("resend_late", 0.05)]
REPORT_FINDING = {"late", "missing", "resend_late"}

DEPARTMENTS = ["Sở Nội vụ", "Sở Tài chính", "Sở Y tế", "Sở Giáo dục và Đào tạo",
               "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
               "Sở Văn hóa và Thể thao", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp",
               "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
               "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Khoa học và Công nghệ",
               "Thanh tra tỉnh", "Ban Dân tộc", "Văn phòng UBND tỉnh", "Sở Ngoại vụ", "Sở Du lịch",
               "Bệnh viện Đa khoa tỉnh", "Trường Cao đẳng Y tế", "Trung tâm Kiểm soát bệnh tật",
               "Ban Quản lý dự án", "Đài Phát thanh và Truyền hình"]
OFFICES = ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo",
           "Phòng Lao động - Thương binh và Xã hội", "Phòng Văn hóa và Thông tin", "Phòng Y tế",
           "Phòng Tư pháp", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế", "Thanh tra huyện",
           "Văn phòng HĐND và UBND", "Phòng Quản lý đô thị", "Phòng Dân tộc"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Tô", "Trương", "Đinh", "Mai"]
F_MIDDLE = ["Thị", "Ngọc", "Thu", "Thanh", "Thị Thu", "Hoài", "Kim", "Bảo"]
M_MIDDLE = ["Văn", "Hữu", "Minh", "Đức", "Quốc", "Công", "Tấn", "Thanh"]
F_GIVEN = ["Lan", "Hoa", "Hương", "Mai", "Linh", "Trang", "Thảo", "Hạnh", "Nga", "Vy", "Hiền",
           "Yến", "Ngân", "Phương", "Thủy", "Oanh", "Châu", "Duyên"]
M_GIVEN = ["Hùng", "Dũng", "Sơn", "Khánh", "Tuấn", "Nam", "Long", "Phong", "Quang", "Bình",
           "Thắng", "Hải", "Trung", "Tâm", "Lộc", "Vinh", "Toàn", "Hiếu"]
KL_POSTS = {"province": ["Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Chánh Thanh tra"],
            "district": ["Trưởng phòng", "Phó Trưởng phòng", "Chủ tịch UBND", "Phó Chủ tịch UBND"],
            "commune": ["Chủ tịch UBND xã", "Phó Chủ tịch UBND xã", "Bí thư Đảng ủy"]}
POSTS = ["Chuyên viên", "Chuyên viên chính", "Cán sự", "Kế toán", "Văn thư", "Trưởng phòng",
         "Phó Trưởng phòng", "Phó Chánh Văn phòng", "Thanh tra viên", "Kỹ sư", "Công chức địa chính",
         "Công chức văn hóa - xã hội", "Trưởng bản"]
OTHER_DEGREES = ["Cử nhân", "Kỹ sư", "Đại học", "Trung cấp", "Cao đẳng", "Bác sĩ CKII", ""]

GE_TOPICS = ["Bình đẳng giới", "Bình đẳng giới trong gia đình", "Tuyên truyền bình đẳng giới",
             "Gender equality", "bình đẳng giới và phát triển"]
FILLER_TOPICS = ["Thời sự", "Nông thôn mới", "An toàn giao thông", "Biên giới, biển đảo",
                 "Y tế cộng đồng", "Văn hóa - Xã hội", "Quốc phòng - An ninh", "Kinh tế",
                 "Phòng, chống bạo lực gia đình", "Phòng, chống bạo lực trên cơ sở giới",
                 "Giáo dục", "Du lịch", "Môi trường"]
TRAP_TOPICS = ["Phòng, chống bạo lực trên cơ sở giới", "Binh dang gioi", "Biên giới, biển đảo",
               "Hoạt động Hội Liên hiệp Phụ nữ"]
SEG_TITLES = ["Bản tin thời sự", "Nông thôn ngày nay", "Vì an toàn giao thông", "Biển đảo quê hương",
              "Sức khỏe cho mọi người", "Chuyên đề: Bình đẳng giới trong gia đình",
              "Phụ nữ và cuộc sống", "Quốc phòng toàn dân", "Câu chuyện văn hóa"]
NEWS_TITLES = ["Hội nghị tuyên truyền bình đẳng giới", "Tổng kết công tác quý",
               "Ra quân vệ sinh môi trường", "Tập huấn kỹ năng cho cán bộ", "Thông báo lịch tiếp dân",
               "Tuyên truyền phòng chống dịch", "Ngày hội đại đoàn kết", "Hướng dẫn kê khai thuế"]
DURATIONS = ["15", "30", "12.5", "45", "20", "", "25.0"]

# Statistics targets: comparator, target, plausible range, decimals.
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
# The 2025 value planted for each (None = no 2025 row at all: no data).
STATS_2025 = {
    "O2.T1": 48.6, "O2.T2": 30.0, "O3.T1": 1.7, "O3.T2a": 81.2, "O3.T2b": 52.0, "O3.T3": 100.0,
    "O3.T4": None, "O4.T1": 111.0, "O4.T2": 41.5, "O4.T3": 19.2, "O4.T4": 0.0, "O5.T1a": 1.0,
    "O5.T1b": 1.0, "O5.T2a": 90.0, "O5.T2b": 86.4, "O5.T3": 31.2, "O6.T1": 63.5, "O6.T2": 98.5,
}
# The catalogue's other indicator ids: rows for them are written too (22 codes in all);
# no rule reads them from the statistics register.
COMPUTED_IDS = ["O1.T1", "O2.T3", "O5.T4a", "O5.T4b"]
MEETS = {">=": lambda v, t: v >= t, ">": lambda v, t: v > t,
         "<": lambda v, t: v < t, "<=": lambda v, t: v <= t}


def dmy(d):
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def sub_rng(seed, name):
    h = hashlib.sha256(f"{seed}/{name}".encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def pick_cat(rng, cats):
    x = rng.random()
    for name, p in cats:
        if x < p:
            return name
        x -= p
    return cats[-1][0]


def month_days(year, month):
    first = D(year, month, 1)
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    return [dmy(first + datetime.timedelta(days=i)) for i in range((nxt - first).days)]


def date_pool(rng, start, end, n):
    span = (end - start).days
    return [dmy(start + datetime.timedelta(days=rng.randrange(span + 1))) for _ in range(n)]


class Writer:
    """A CSV file written in batches (csv.writer quotes fields with commas)."""

    def __init__(self, out_dir, name):
        self.f = open(os.path.join(out_dir, name + ".csv"), "w", encoding="utf-8", newline="")
        self.w = csv.writer(self.f, lineterminator="\n")
        self.w.writerow(HEADERS[name])
        self.buf = []
        self.rows = 0

    def add(self, row):
        self.buf.append(row)
        if len(self.buf) >= 50000:
            self.flush()

    def flush(self):
        self.w.writerows(self.buf)
        self.rows += len(self.buf)
        self.buf = []

    def close(self):
        self.flush()
        self.f.close()
        return self.rows


# --------------------------------------------------------------------------------------
# Layout: agencies and outlets (small; computed in the main process).

def counts(scale):
    s = scale
    n_prov = max(1, round(SIZES["provinces"] * s))
    n_dist = max(n_prov, round(SIZES["districts"] * s))
    n_comm = max(4, round(SIZES["communes"] * s))
    n_pd = max(n_prov + 2 * n_dist, round((SIZES["agencies"] - SIZES["communes"]) * s))
    n_prov_level = min(max(2 * n_prov, round(SIZES["province_level"] * s)), n_pd - n_dist)
    return n_prov, n_dist, n_comm, n_pd, n_prov_level


def layout(seed, scale):
    rng = sub_rng(seed, "layout")
    n_prov, n_dist, n_comm, n_pd, n_prov_level = counts(scale)
    agencies = []  # (code, name, level_code, parent, district_name)
    prov_ubnd = [f"UBND-T{p + 1:02d}" for p in range(n_prov)]
    for p in range(n_prov):
        agencies.append((prov_ubnd[p], f"Ủy ban nhân dân tỉnh số {p + 1}", "province", "", ""))
    for k in range(n_prov_level - n_prov):
        p = k % n_prov
        dept = DEPARTMENTS[(k // n_prov) % len(DEPARTMENTS)]
        rank = k // (n_prov * len(DEPARTMENTS))
        name = f"{dept} tỉnh số {p + 1}" + (f" (đơn vị {rank + 1})" if rank else "")
        agencies.append((f"T{p + 1:02d}-S{k // n_prov + 1:03d}", name, "province", prov_ubnd[p], ""))
    dist_name = [f"Huyện số {d + 1}" for d in range(n_dist)]
    dist_ubnd = [f"UBND-H{d + 1:03d}" for d in range(n_dist)]
    for d in range(n_dist):
        agencies.append((dist_ubnd[d], f"UBND {dist_name[d].lower()}", "district",
                         prov_ubnd[d % n_prov], dist_name[d]))
    n_offices = n_pd - n_prov_level - n_dist
    for k in range(n_offices):
        d = k % n_dist
        office = OFFICES[(k // n_dist) % len(OFFICES)]
        agencies.append((f"H{d + 1:03d}-P{k // n_dist + 1:02d}", f"{office} {dist_name[d].lower()}",
                         "district", dist_ubnd[d], dist_name[d]))
    for c in range(n_comm):
        d = c % n_dist
        kind = ("xã", "phường", "thị trấn")[c % 7 % 3]
        agencies.append((f"X{c + 1:05d}", f"UBND {kind} số {c + 1}", "commune", dist_ubnd[d],
                         dist_name[d]))
    # The O1 plan of each agency.
    cats = [pick_cat(rng, AGENCY_CATS) for _ in agencies]

    n_out = max(6, round(SIZES["outlets"] * scale))
    outlets = []  # (code, name, kind_code, district)
    for p in range(n_prov):
        outlets.append((f"DPT-T{p + 1:02d}", f"Đài Phát thanh và Truyền hình tỉnh số {p + 1}",
                        "provincial_broadcaster", ""))
    extra = n_out - n_prov
    n_paper = max(1, round(extra * 0.17))
    n_portal = max(1, round(extra * 0.08))
    n_dbc = extra - n_paper - n_portal
    for k in range(n_dbc):
        d = k % n_dist
        outlets.append((f"DTT-H{k + 1:04d}", f"Đài Truyền thanh - Truyền hình {dist_name[d].lower()}",
                        "district_broadcaster", dist_name[d]))
    for k in range(n_paper):
        outlets.append((f"BAO-{k + 1:03d}", f"Báo tỉnh số {k % n_prov + 1}, ấn phẩm {k // n_prov + 1}",
                        "newspaper", ""))
    for k in range(n_portal):
        outlets.append((f"CTT-{k + 1:03d}", f"Cổng thông tin điện tử số {k + 1}", "portal", ""))
    return dict(agencies=agencies, cats=cats, outlets=outlets, prov_ubnd=prov_ubnd)


LEVEL_VI = {"province": "tỉnh", "district": "huyện", "commune": "xã"}
KIND_VI = {"provincial_broadcaster": "đài tỉnh", "district_broadcaster": "đài huyện",
           "newspaper": "báo", "portal": "cổng thông tin"}


def write_agencies(out_dir, seed, scale, lay):
    w = Writer(out_dir, "agencies")
    for code, name, level, parent, district in lay["agencies"]:
        w.add([code, name, LEVEL_VI[level], parent, district])
    return {"rows": {"agencies": w.close()}}


def write_outlets(out_dir, seed, scale, lay):
    w = Writer(out_dir, "outlets")
    for code, name, kind, district in lay["outlets"]:
        w.add([code, name, KIND_VI[kind], district])
    return {"rows": {"outlets": w.close()}}


# --------------------------------------------------------------------------------------
# staff

def write_staff(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "staff")
    rnd, rint = rng.random, rng.randint
    agencies, cats = lay["agencies"], lay["cats"]
    weights = {"province": 3.0, "district": 1.0, "commune": 0.6}
    total_w = sum(weights[a[2]] for a in agencies)
    per_w = SIZES["staff"] * scale / total_w

    f_names = [f"{s} {m} {g}" for s in SURNAMES for m in F_MIDDLE for g in F_GIVEN]
    m_names = [f"{s} {m} {g}" for s in SURNAMES for m in M_MIDDLE for g in M_GIVEN]
    births = date_pool(rng, D(1962, 1, 1), D(2002, 12, 31), 4000)
    act_start = date_pool(rng, D(2000, 1, 1), D(2025, 12, 30), 4000)
    fut_end = date_pool(rng, D(2026, 1, 1), D(2030, 12, 31), 500)
    hist_start = date_pool(rng, D(1990, 1, 1), D(2015, 12, 31), 2000)
    hist_end = date_pool(rng, D(2016, 1, 1), D(2025, 12, 29), 2000)
    nb, na, nf, nhs, nhe = len(births), len(act_start), len(fut_end), len(hist_start), len(hist_end)
    nfn, nmn = len(f_names), len(m_names)

    w = Writer(out_dir, "staff")
    add = w.add
    st = dict(next_id=1, o5={"master": [0, 0], "doctor": [0, 0]})  # [women, known]
    pools = {"F": [], "M": []}
    expected_s4 = []
    led = staffed = 0
    n_borrowed = n_double = n_trap = n_boundary30 = n_just_below = 0

    def new_id():
        i = st["next_id"]
        st["next_id"] = i + 1
        return f"CB{i:07d}"

    def degree_for(g):
        x = rnd()
        if g == "F":
            return "Tiến sĩ" if x < 0.05 else "Thạc sĩ" if x < 0.35 else OTHER_DEGREES[int(x * 1000) % 7]
        return "Tiến sĩ" if x < 0.048 else "Thạc sĩ" if x < 0.193 else OTHER_DEGREES[int(x * 1000) % 7]

    def name_for(g):
        if g == "F":
            return f_names[rng.randrange(nfn)]
        if g == "M":
            return m_names[rng.randrange(nmn)]
        return (f_names if rnd() < 0.5 else m_names)[rng.randrange(nfn)]

    def active_dates():
        x = rnd()
        if x < 0.01:
            return "31/12/2025", ""  # starts on the as-of date: active
        if x < 0.02:
            return act_start[rng.randrange(na)], "31/12/2025"  # last day in the post: active
        if x < 0.06:
            return act_start[rng.randrange(na)], fut_end[rng.randrange(nf)]
        return act_start[rng.randrange(na)], ""

    def inactive_dates():
        x = rnd()
        if x < 0.05:
            return act_start[rng.randrange(na)], "30/12/2025"  # ended the day before
        if x < 0.10:
            return "01/01/2026", ""  # starts after the as-of date
        return hist_start[rng.randrange(nhs)], hist_end[rng.randrange(nhe)]

    GENDER_VI = {"F": "Nữ", "M": "Nam", "U": ""}

    for idx, (code, _name, level, _p, _d) in enumerate(agencies):
        cat = cats[idx]
        if cat == "empty":
            continue
        target = max(12, round(weights[level] * per_w * (0.7 + 0.6 * rnd())))
        kl_posts = KL_POSTS[level]
        n_hist = round(target * 0.12)
        if cat == "inactive":
            n_hist = max(3, target // 4)
        # History: persons not active anywhere; some were female key leaders.
        for _ in range(n_hist):
            g = "F" if rnd() < 0.45 else "M"
            kl = rnd() < 0.08
            s, e = inactive_dates()
            add([new_id(), name_for(g), GENDER_VI[g], births[rng.randrange(nb)], code,
                 kl_posts[rng.randrange(len(kl_posts))] if kl else POSTS[rng.randrange(len(POSTS))],
                 "x" if kl else "", s, e, degree_for(g)])
        if cat == "inactive":
            continue
        staffed += 1
        if cat == "unknown":
            for _ in range(rint(3, 6)):
                s, e = active_dates()
                add([new_id(), name_for("U"), "", births[rng.randrange(nb)], code,
                     POSTS[rng.randrange(len(POSTS))], "", s, e, degree_for("U")])
            continue
        n = max(10, target - n_hist)
        u = int(n * 0.06 * rnd())
        k = n - u
        if cat == "finding":
            if rnd() < 0.2:  # exactly 30%
                k = max(10, k - k % 10)
                u = n - k
                wn = 3 * k // 10
                n_boundary30 += 1
            else:
                wn = rint((3 * k + 9) // 10, 7 * k // 10)
            expected_s4.append(code)
        elif cat == "low":
            top = (3 * k + 9) // 10 - 1  # the most women below 30%
            if rnd() < 0.2:
                wn = top
                n_just_below += 1
            else:
                wn = rint(0, top)
        else:  # led
            wn = rint(1, 7 * k // 10)
            led += 1
        m = k - wn
        n_kl = min(rint(2, 4), m)
        slots = ["F"] * wn + ["M"] * m + ["U"] * u
        kl_slots = set()
        if cat == "led":
            kl_slots.add(0)  # a woman
            others = rng.sample(range(1, k), min(n_kl - 1, k - 1))
            kl_slots.update(others)
        else:
            kl_slots.update(range(wn, wn + n_kl))  # men only
        trap = cat != "led" and wn > 0 and rnd() < 0.3
        created = {"F": [], "M": []}  # lendable to later agencies only
        for i, g in enumerate(slots):
            kl = i in kl_slots
            s, e = active_dates()
            pool = pools.get(g)
            if not kl and pool and rnd() < 0.03:
                # A person of this gender active in an earlier agency also holds a post
                # here; each person is lent once, so never twice to one agency.
                j = rng.randrange(len(pool))
                pool[j], pool[-1] = pool[-1], pool[j]
                pid, nm, birth, deg = pool.pop()
                n_borrowed += 1
                add([pid, nm, GENDER_VI[g] if rnd() < 0.7 else "", birth, code,
                     POSTS[rng.randrange(len(POSTS))], "", s, e,
                     deg if rnd() < 0.7 else "Cử nhân"])
                continue
            pid, nm, deg = new_id(), name_for(g), degree_for(g)
            birth = births[rng.randrange(nb)]
            if g != "U":
                key = "doctor" if deg == "Tiến sĩ" else "master" if deg == "Thạc sĩ" else None
                if key:
                    st["o5"][key][1] += 1
                    if g == "F":
                        st["o5"][key][0] += 1
                if rnd() < 0.1:
                    created[g].append((pid, nm, birth, deg))
            post = kl_posts[rng.randrange(len(kl_posts))] if kl else POSTS[rng.randrange(len(POSTS))]
            add([pid, nm, GENDER_VI[g], birth, code, post, "x" if kl else "", s, e, deg])
            if rnd() < 0.03:  # a second post in the same agency (kiêm nhiệm)
                n_double += 1
                s2, e2 = active_dates()
                add([pid, nm, GENDER_VI[g] if rnd() < 0.7 else "", birth, code,
                     POSTS[rng.randrange(len(POSTS))], "", s2, e2,
                     deg if rnd() < 0.5 else "Cử nhân"])
            if trap and g == "F":  # her key-leader post is not active on the as-of date
                trap = False
                n_trap += 1
                s2, e2 = (act_start[rng.randrange(na)], "30/12/2025") if rnd() < 0.5 else ("01/01/2026", "")
                add([pid, nm, "Nữ", birth, code,
                     kl_posts[rng.randrange(len(kl_posts))], "x", s2, e2, deg])
        for g in ("F", "M"):
            pools[g].extend(created[g])
            if len(pools[g]) > 20000:
                del pools[g][:10000]
    rows = w.close()
    o5 = st["o5"]
    share = lambda a: (100.0 * a[0] / a[1]) if a[1] else None
    return {
        "rows": {"staff": rows},
        "persons": st["next_id"] - 1,
        "findings": {"O1.S4": len(expected_s4)},
        "indicators": {
            "O1.T1": [share([led, staffed]), 60, ">="],
            "O5.T4a": [share(o5["master"]), 50, ">="],
            "O5.T4b": [share(o5["doctor"]), 30, ">="],
        },
        "planted": {
            "O1.S4": f"{len(expected_s4)} of {len(agencies)} agencies planted as findings "
                     f"({n_boundary30} at exactly 30%); {n_just_below} just below 30%; "
                     f"{n_trap} with a woman whose key-leader post is inactive on the as-of date",
            "O1.T1": f"{led} of {staffed} staffed agencies with an active female key leader",
            "staff": f"{n_borrowed} second posts in another agency, {n_double} in the same agency",
            "O5.T4": f"masters {o5['master'][0]}/{o5['master'][1]} women, "
                     f"doctors {o5['doctor'][0]}/{o5['doctor'][1]} women (active, known gender)",
        },
    }


# --------------------------------------------------------------------------------------
# segments

def months_range(y0, m0, y1, m1):
    out = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        out.append((y, m))
        y, m = y + (m == 12), m % 12 + 1
    return out


def write_segments(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "segments")
    rnd, rint = rng.random, rng.randint
    outlets = lay["outlets"]
    months = months_range(2024, 1, 2025, 12)
    days = {ym: month_days(*ym) for ym in months + [(2026, 1)]}
    mean = SIZES["segments"] * scale / (len(outlets) * len(months))
    w = Writer(out_dir, "segments")
    add = w.add
    nft, nti = len(FILLER_TOPICS), len(SEG_TITLES)
    missing = 0
    n_edge = n_trapped = 0
    for code, _name, kind, _d in outlets:
        broadcaster = kind in ("provincial_broadcaster", "district_broadcaster")
        for ym in months:
            dl = days[ym]
            nd = len(dl)
            c = max(6, round(mean * (0.8 + 0.4 * rnd())))
            cat = "normal"
            if ym[0] == 2025 and broadcaster:
                x = rnd()
                cat = "miss" if x < SEG_MISS else "edge" if x < SEG_MISS + SEG_EDGE else "normal"
            elif not broadcaster and rnd() < 0.2:
                cat = "miss"  # newspapers and portals are never audited
            if cat == "miss":
                g = 0
                if broadcaster:
                    missing += 1
                    n_trapped += 1
                    # A near miss: a trap topic, or GE only in the title.
                    add([code, dl[rng.randrange(nd)], SEG_TITLES[rng.randrange(nti)],
                         TRAP_TOPICS[rng.randrange(len(TRAP_TOPICS))], "15"])
                    add([code, dl[rng.randrange(nd)], "Chuyên đề: Bình đẳng giới trong gia đình",
                         "Phòng, chống bạo lực gia đình", "30"])
                    if ym == (2025, 12):  # December's GE segment slipped into January
                        add([code, "01/01/2026", "Phụ nữ và cuộc sống", "Bình đẳng giới", "15"])
                    c -= 2
            elif cat == "edge":
                n_edge += 1
                g = 0
                add([code, dl[-1] if rnd() < 0.5 else dl[0], "Phụ nữ và cuộc sống",
                     GE_TOPICS[rng.randrange(len(GE_TOPICS))], "15"])
                c -= 1
            else:
                g = rint(1, 5)
            for _ in range(g):
                add([code, dl[rng.randrange(nd)], "Phụ nữ và cuộc sống",
                     GE_TOPICS[rng.randrange(len(GE_TOPICS))], DURATIONS[rng.randrange(7)]])
            for _ in range(c - g):
                add([code, dl[rng.randrange(nd)], SEG_TITLES[rng.randrange(nti)],
                     FILLER_TOPICS[rng.randrange(nft)], DURATIONS[rng.randrange(7)]])
        # Outside the period: January 2026.
        for _ in range(3):
            add([code, days[(2026, 1)][rng.randrange(31)], "Phụ nữ và cuộc sống", "Bình đẳng giới", "15"])
    rows = w.close()
    n_bc = sum(1 for o in outlets if o[2] in ("provincial_broadcaster", "district_broadcaster"))
    return {
        "rows": {"segments": rows},
        "findings": {"O6.T4": missing},
        "planted": {"O6.T4": f"{missing} of {n_bc * 12} broadcaster-months of 2025 without a GE "
                              f"segment (each with a title-only or near-miss topic trap); "
                              f"{n_edge} months with a single GE segment on the first or last day"},
    }


# --------------------------------------------------------------------------------------
# news

def write_news(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "news")
    rnd, rint = rng.random, rng.randint
    communes = [a[0] for a in lay["agencies"] if a[2] == "commune"]
    quarters = [(y, q) for y in (2024, 2025) for q in (1, 2, 3, 4)]
    qdays = {}
    for y, q in quarters:
        ds = []
        for m in range(3 * q - 2, 3 * q + 1):
            ds += month_days(y, m)
        qdays[(y, q)] = ds
    mean = SIZES["news"] * scale / (len(communes) * len(quarters))
    w = Writer(out_dir, "news")
    add = w.add
    ntt, nft = len(NEWS_TITLES), len(FILLER_TOPICS)
    short = exact = 0
    for code in communes:
        for yq in quarters:
            dl = qdays[yq]
            nd = len(dl)
            c = max(4, round(mean * (0.7 + 0.6 * rnd())))
            if yq[0] == 2025:
                x = rnd()
                if x < NEWS_SHORT:
                    short += 1
                    g = rint(0, 3)
                    # Title-only GE, and (Q4) the 4th item posted on 01/01/2026.
                    add([code, dl[rng.randrange(nd)], "Hội nghị tuyên truyền bình đẳng giới",
                         "Hoạt động Hội Liên hiệp Phụ nữ"])
                    if yq[1] == 4:
                        add([code, "01/01/2026", "Tin bình đẳng giới", "Bình đẳng giới"])
                    c -= 1
                elif x < NEWS_SHORT + NEWS_EXACT:
                    exact += 1
                    g = 3
                    add([code, dl[0] if rnd() < 0.5 else dl[-1], "Tin bình đẳng giới",
                         GE_TOPICS[rng.randrange(len(GE_TOPICS))]])
                    c -= 1
                else:
                    g = rint(5, 8)
            else:
                g = rint(2, 8)
            for _ in range(g):
                add([code, dl[rng.randrange(nd)], NEWS_TITLES[rng.randrange(ntt)],
                     GE_TOPICS[rng.randrange(len(GE_TOPICS))]])
            for _ in range(max(0, c - g)):
                add([code, dl[rng.randrange(nd)], NEWS_TITLES[rng.randrange(ntt)],
                     FILLER_TOPICS[rng.randrange(nft)]])
    rows = w.close()
    return {
        "rows": {"news": rows},
        "findings": {"O6.T3": short},
        "planted": {"O6.T3": f"{short} of {len(communes) * 4} commune-quarters of 2025 with 0-3 GE "
                              f"items (title-only traps; Q4's 4th on 01/01/2026); {exact} with exactly 4"},
    }


# --------------------------------------------------------------------------------------
# reports, enterprises, statistics

def write_reports(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "reports")
    rnd = rng.random
    w = Writer(out_dir, "reports")
    add = w.add
    on_time = {y: date_pool(rng, D(y, 11, 15), D(y, 12, 9), 200) for y in YEARS}
    late = date_pool(rng, D(2025, 12, 11), D(2026, 1, 31), 200)
    found = 0
    tally = {}
    for code, _n, level, _p, _d in lay["agencies"]:
        if level == "commune":
            if rnd() < 0.05:  # commune reports are never audited, even late ones
                add([code, "2025", late[rng.randrange(200)]])
            continue
        for y in YEARS[:-1]:
            x = rnd()
            if x < 0.05:
                continue
            add([code, str(y), on_time[y][rng.randrange(200)] if x < 0.9 else dmy(D(y, 12, 20))])
        cat = pick_cat(rng, REPORT_CATS)
        tally[cat] = tally.get(cat, 0) + 1
        if cat in REPORT_FINDING:
            found += 1
        if cat == "on_time":
            add([code, "2025", on_time[2025][rng.randrange(200)]])
        elif cat == "deadline_day":
            add([code, "2025", "10/12/2025"])
        elif cat == "late":
            add([code, "2025", "11/12/2025" if rnd() < 0.2 else late[rng.randrange(200)]])
        elif cat == "resend_ok":  # on time, then a late resend
            add([code, "2025", on_time[2025][rng.randrange(200)]])
            add([code, "2025", late[rng.randrange(200)]])
        elif cat == "resend_late":  # the later row is the earlier (but late) report
            add([code, "2025", "19/12/2025"])
            add([code, "2025", "12/12/2025"])
    rows = w.close()
    return {
        "rows": {"reports": rows},
        "findings": {"V.19": found},
        "planted": {"V.19": ", ".join(f"{k} {v}" for k, v in sorted(tally.items()))
                    + f" (findings: {found})"},
    }


def write_enterprises(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "enterprises")
    rnd = rng.random
    n = max(50, round(SIZES["enterprises"] * scale))
    w = Writer(out_dir, "enterprises")
    add = w.add
    women = known = 0
    kinds = ["Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân"]
    trades = ["Thủy sản", "Du lịch", "Xây dựng", "Thương mại, Dịch vụ", "Nông nghiệp", "Vận tải"]
    inactive = ["tạm ngừng kinh doanh", "ngừng hoạt động", "giải thể"]
    for i in range(n):
        coop = rnd() < 0.15
        name = (f"Hợp tác xã {trades[i % 6]} số {i + 1}" if coop
                else f"{kinds[i % 3]} {trades[(i // 3) % 6]} số {i + 1}")
        x = rnd()
        g = "Nữ" if x < 0.262 else "" if x < 0.29 else "Nam"
        y = rnd()
        status = "" if y < 0.40 else "hoạt động" if y < 0.92 else inactive[int(y * 1000) % 3]
        if status in ("", "hoạt động") and g:
            known += 1
            women += g == "Nữ"
        add([f"{(i * 7919 + 100_000_000) % 10_000_000_000:010d}", name,
             "hợp tác xã" if coop else "doanh nghiệp", g, status])
    rows = w.close()
    return {
        "rows": {"enterprises": rows},
        "indicators": {"O2.T3": [100.0 * women / known if known else None, 27, ">="]},
        "planted": {"O2.T3": f"{women} women of {known} active heads of known gender; inactive "
                             f"statuses and unknown heads left out"},
    }


def write_statistics(out_dir, seed, scale, lay):
    rng = sub_rng(seed, "statistics")
    rnd = rng.random
    reporters = lay["prov_ubnd"]
    w = Writer(out_dir, "statistics")
    add = w.add
    inds = {}
    ids = list(STATS) + COMPUTED_IDS
    for code in ids:
        comp, target, (lo, hi), dec = STATS.get(code, (">=", 50, (20, 80), 1))
        for y in YEARS:
            planted = STATS_2025.get(code) if y == 2025 else None
            if y == 2025 and code in STATS and planted is None:
                continue  # no 2025 row at all: no data
            # Each reporter once; dates distinct within an indicator and year; some undated.
            winner = rng.randrange(len(reporters)) if planted is not None else -1
            for r, rep in enumerate(reporters):
                v = round(lo + (hi - lo) * rnd(), dec)
                undated = r != winner and rnd() < 0.05
                day = D(y + 1, 1, 10) + datetime.timedelta(days=r)
                when = "" if undated else dmy(day)
                if r == winner:
                    # A first, lower figure, then the revision reported last (wins).
                    add([code, str(y), f"{v:.{dec}f}", rep, dmy(day)])
                    v, when = planted, dmy(D(y + 1, 3, 31))
                add([code, str(y), f"{v:.{dec}f}" if r != winner else repr(float(v)), rep, when])
            if planted is not None:
                # An undated row after the winner loses to it.
                add([code, str(y), f"{hi:.{dec}f}", reporters[0], ""])
        if code in STATS:
            v = STATS_2025[code]
            inds[code] = [v, target, comp]
    rows = w.close()
    return {
        "rows": {"statistics": rows},
        "indicators": inds,
        "planted": {"statistics": f"{len(ids)} indicator codes x {len(reporters)} reporters x "
                                  f"{len(YEARS)} years, each 2025 winner planted (O3.T4: no 2025 row)"},
    }


TASKS = {"agencies": write_agencies, "outlets": write_outlets, "staff": write_staff,
         "segments": write_segments, "news": write_news, "reports": write_reports,
         "enterprises": write_enterprises, "statistics": write_statistics}


def run_task(args):
    name, out_dir, seed, scale, lay = args
    t = time.perf_counter()
    res = TASKS[name](out_dir, seed, scale, lay)
    res["seconds"] = round(time.perf_counter() - t, 2)
    return name, res


def status_of(value, target, comp):
    if value is None:
        return "no_data"
    return "met" if MEETS[comp](value, target) else "not_met"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args(argv)
    os.makedirs(a.out_dir, exist_ok=True)
    t0 = time.perf_counter()
    lay = layout(a.seed, a.scale)
    # Biggest first so the two workers finish together.
    order = ["staff", "segments", "news", "enterprises", "reports", "statistics", "agencies", "outlets"]
    jobs = [(n, a.out_dir, a.seed, a.scale, lay) for n in order]
    if a.jobs > 1:
        with Pool(a.jobs) as pool:
            results = dict(pool.imap_unordered(run_task, jobs))
    else:
        results = dict(map(run_task, jobs))
    plan = {"seed": a.seed, "scale": a.scale, "period": "2025", "as_of": "2025-12-31",
            "rows": {}, "findings": {}, "indicators": {}, "planted": {}, "seconds": {}}
    for name in order:
        r = results[name]
        plan["rows"].update(r["rows"])
        plan["findings"].update(r.get("findings", {}))
        for rule, (v, target, comp) in r.get("indicators", {}).items():
            plan["indicators"][rule] = {"value": v, "target": target, "comparison": comp,
                                        "status": status_of(v, target, comp)}
        plan["planted"].update(r.get("planted", {}))
        plan["seconds"][name] = r["seconds"]
    plan["findings"] = dict(sorted(plan["findings"].items()))
    plan["indicators"] = dict(sorted(plan["indicators"].items()))
    plan["seconds"]["total"] = round(time.perf_counter() - t0, 2)
    with open(os.path.join(a.out_dir, "plan.json"), "w", encoding="utf-8") as f:
        json.dump(plan, f, ensure_ascii=False, indent=1)
    total = sum(plan["rows"].values())
    print(f"wrote {total:,} rows to {a.out_dir} in {plan['seconds']['total']} s "
          f"(seed {a.seed}, scale {a.scale})")
    for name, n in plan["rows"].items():
        print(f"  {name:12} {n:>10,} rows  ({plan['seconds'][name]} s)")
    print("planted (period 2025, as of 2025-12-31):")
    for rule, text in plan["planted"].items():
        print(f"  {rule:12} {text}")
    print("expected findings: " + ", ".join(f"{r} {n:,}" for r, n in plan["findings"].items()))
    print("expected indicators: " + ", ".join(
        f"{r} {'-' if i['value'] is None else round(i['value'], 3)} {i['status']}"
        for r, i in plan["indicators"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
