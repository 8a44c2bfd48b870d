"""The media registers of the Khánh Hòa sample: outlets, segments (the 2025
air logs) and news (commune information-system posts), with the O6.T4 and
O6.T3 results their plans mean for the period 2025 as of 2025-12-31.

Each plan below says, outlet by outlet and commune by commune, on which days a
gender-equality (GE) item appears and which traps stand in for it. Filler
items (other topics) come from a seeded generator and never touch GE.
"""

import datetime
import os
import random
import unicodedata

from csv_forms import date_text, decimal_comma, write_table

D = datetime.date
rng = random.Random(119832)
NFD = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731

# code, name, kind (as written), district
OUTLETS = [
    ("DPTTH-KH", "Đài Phát thanh và Truyền hình Khánh Hòa", "Đài tỉnh", ""),
    ("DTTTH-NT", "Đài Truyền thanh - Truyền hình thành phố Nha Trang", "Đài huyện", "Thành phố Nha Trang"),
    ("DTTTH-CR", "Đài Truyền thanh - Truyền hình thành phố Cam Ranh", "Đài huyện", "Thành phố Cam Ranh"),
    ("DTTTH-NH", "Đài Truyền thanh - Truyền hình thị xã Ninh Hòa", "đài huyện", "Thị xã Ninh Hòa"),
    ("DTTTH-VN", "Đài Truyền thanh - Truyền hình huyện Vạn Ninh", "Đài huyện", "Huyện Vạn Ninh"),
    ("DTTTH-DK", "Đài Truyền thanh - Truyền hình huyện Diên Khánh", "ĐÀI HUYỆN", "Huyện Diên Khánh"),
    ("DTTTH-KV", "Đài Truyền thanh - Truyền hình huyện Khánh Vĩnh", NFD("Đài huyện"), "Huyện Khánh Vĩnh"),
    ("DTTTH-KS", "Đài Truyền thanh - Truyền hình huyện Khánh Sơn", "Đài huyện", "Huyện Khánh Sơn"),
    ("DTTTH-CL", "Đài Truyền thanh - Truyền hình huyện Cam Lâm", "Đài huyện", "Huyện Cam Lâm"),
    ("BKH", "Báo Khánh Hòa", "Báo", ""),
    ("CTTDT", "Cổng thông tin điện tử tỉnh Khánh Hòa", "Cổng thông tin", ""),
]
BROADCASTERS = [o[0] for o in OUTLETS if o[0].startswith("D")]

GE_TOPICS = ["Bình đẳng giới", "Bình đẳng giới", "Bình đẳng giới trong gia đình",
             "Phụ nữ và bình đẳng giới", "Bình đẳng giới và phòng, chống bạo lực gia đình",
             "Bình đẳng giới trong lao động, việc làm"]
GE_TITLES = ["Vì bình đẳng giới", "Chuyên mục Gia đình và xã hội", "Phụ nữ Khánh Hòa",
             "Chuyên đề: Chung tay vì bình đẳng giới", "Tọa đàm: Nam giới chia sẻ việc nhà"]
OTHER = [("Bản tin thời sự tối", "Thời sự"), ("Nông thôn mới hôm nay", "Xây dựng nông thôn mới"),
         ("Pháp luật và cuộc sống", "Pháp luật và đời sống"), ("Sống khỏe mỗi ngày", "Sức khỏe cộng đồng"),
         ("Đất và người Khánh Hòa", "Văn hóa - Du lịch"), ("Biển đảo quê hương", "Biên giới, biển đảo"),
         ("Chuyển đổi số - vì cuộc sống tốt đẹp hơn", "Chuyển đổi số"),
         ("An toàn giao thông cho nụ cười ngày mai", "An toàn giao thông"),
         ("Cải cách hành chính", "Cải cách hành chính"), ("Phòng, chống thiên tai", "Phòng, chống thiên tai"),
         ("Quốc phòng toàn dân", "Quốc phòng - An ninh")]
MONTHS = range(1, 13)


def ge(day, topic=None, title=None):
    return ("ge", day, title, topic)


# outlet -> {month of 2025: [GE items]}; a month not listed gets the default.
# ("trap", date, title, topic) items are NOT on gender equality.
def default_ge(code, m):
    day = {"DPTTH-KH": None, "DTTTH-NT": 15, "DTTTH-CR": 12, "DTTTH-NH": 20, "DTTTH-VN": 9,
           "DTTTH-DK": 18, "DTTTH-KV": 24, "DTTTH-KS": 6, "DTTTH-CL": 26}[code]
    if code == "DPTTH-KH":
        return [ge(D(2025, m, 8)), ge(D(2025, m, 22))]        # twice a month
    if code == "DTTTH-VN":                                      # a Mac export: NFD topics
        return [ge(D(2025, m, day), NFD(rng.choice(GE_TOPICS)))]
    if code == "DTTTH-KV":
        return [ge(D(2025, m, day), "Bình đẳng giới", "Chương trình phát thanh tiếng Raglai")]
    return [ge(D(2025, m, day))]


PLAN = {
    # Its only March segment on GE airs on 31/03, the month's last day: counts.
    "DPTTH-KH": {3: [ge(D(2025, 3, 31))]},
    # June's only GE topic is written "BÌNH ĐẲNG  GIỚI" (capitals, two spaces): counts.
    "DTTTH-NT": {6: [ge(D(2025, 6, 14), "BÌNH ĐẲNG  GIỚI")]},
    # February: GE only in the TITLE; the topic is domestic violence -> FINDING 2025-02.
    "DTTTH-CR": {2: [("trap", D(2025, 2, 12), "Chuyên đề: Bình đẳng giới trong gia đình",
                      "Phòng, chống bạo lực gia đình")]},
    # July and August: the summer tourism series replaces the GE slot; August's
    # "bạo lực trên cơ sở giới" is not "bình đẳng giới" -> FINDINGS 2025-07, 2025-08.
    "DTTTH-NH": {7: [], 8: [("trap", D(2025, 8, 20), "Phụ nữ Khánh Hòa",
                             "Phòng, chống bạo lực trên cơ sở giới")]},
    # December's GE segment slipped to 01/01/2026: counts for January 2026 -> FINDING 2025-12.
    # November's airs on 30/11.
    "DTTTH-DK": {11: [ge(D(2025, 11, 30), "Tháng hành động vì bình đẳng giới")],
                 12: [ge(D(2026, 1, 1), "Bình đẳng giới")]},
    # October's topic typed without diacritics, "Binh dang gioi": free text
    # keeps diacritics, so it is not GE -> FINDING 2025-10.
    "DTTTH-KV": {10: [("trap", D(2025, 10, 24), "Chương trình phát thanh tiếng Raglai",
                       "Binh dang gioi")]},
    # January and February (Tết) air news and Tết programmes only, no GE
    # -> FINDINGS 2025-01, 2025-02.
    "DTTTH-KS": {1: [], 2: []},
    # May's only GE item has the English topic "Gender equality": counts.
    # November, the action month, has three.
    "DTTTH-CL": {5: [ge(D(2025, 5, 26), "Gender equality", "Chương trình hợp tác với UN Women")],
                 11: [ge(D(2025, 11, 5), "Tháng hành động vì bình đẳng giới"),
                      ge(D(2025, 11, 19)), ge(D(2025, 11, 26))]},
}
EXPECTED_O6T4 = [("DTTTH-CR", "2025-02"), ("DTTTH-NH", "2025-07"), ("DTTTH-NH", "2025-08"),
                 ("DTTTH-DK", "2025-12"), ("DTTTH-KV", "2025-10"), ("DTTTH-KS", "2025-01"),
                 ("DTTTH-KS", "2025-02")]


def segments():
    """[(outlet, date, title, topic, is_ge)] in air-log order."""
    rows = []
    for code in [o[0] for o in OUTLETS]:
        for m in MONTHS:
            items = PLAN.get(code, {}).get(m) if code in BROADCASTERS else []
            if items is None:
                items = default_ge(code, m)
            if code == "BKH" and m in (3, 11):               # the newspaper: not audited
                items = [ge(D(2025, m, 8), "Bình đẳng giới", "Phóng sự ảnh")]
            for kind, day, title, topic in items:
                rows.append((code, day, title or rng.choice(GE_TITLES),
                             topic or rng.choice(GE_TOPICS), kind == "ge"))
            for _ in range(rng.randint(2, 5) if code in BROADCASTERS else rng.randint(0, 2)):
                title, topic = rng.choice(OTHER)
                rows.append((code, D(2025, m, rng.randint(1, 28)), title, topic, False))
        if code in BROADCASTERS:                          # the log runs on past the period
            rows.append((code, D(2024, 12, 10), "Vì bình đẳng giới", "Bình đẳng giới", True))
            rows.append((code, D(2026, 1, 10), "Bản tin thời sự tối", "Thời sự", False))
    return sorted(rows, key=lambda r: (r[0], r[1]))


def o6_t4(rows):
    """From the plan's rows: broadcaster-months of 2025 without a GE item."""
    aired = {(c, d.year, d.month) for c, d, _t, _p, is_ge in rows if is_ge}
    return sorted((c, f"2025-{m:02d}") for c in BROADCASTERS for m in MONTHS
                  if (c, 2025, m) not in aired)


# -- news --------------------------------------------------------------------
COMMUNES = ["X-VINHHAI", "X-LOCTHO", "X-VINHLUONG", "X-PHUOCDONG", "X-CAMNGHIA", "X-NINHHUNG",
            "X-NINHVAN", "X-VANGIA", "X-DIENPHU", "X-SUOITAN", "X-TOHAP", "X-KHANHTHANH",
            "X-SONGTUTAY", "X-SINHTON"]
NEWS_GE = [("Tuyên truyền Luật Bình đẳng giới tại khu dân cư", "Bình đẳng giới"),
           ("Hội nghị sơ kết công tác bình đẳng giới", "bình đẳng giới"),
           ("Chi hội phụ nữ sinh hoạt chuyên đề", "Bình đẳng giới; gia đình"),
           ("Nam giới cùng chia sẻ việc nhà", "Bình đẳng giới"),
           ("Phụ nữ tham gia phát triển kinh tế hộ", "Phụ nữ và bình đẳng giới")]
NEWS_OTHER = [("Ra quân tổng vệ sinh môi trường", "Môi trường"),
              ("Tiếp công dân định kỳ", "Cải cách hành chính"),
              ("Diễn tập phòng, chống bão lụt", "Phòng, chống thiên tai"),
              ("Tiêm chủng mở rộng", "Y tế"), ("Khai giảng lớp xóa mù chữ", "Giáo dục"),
              ("Họp dân lấy ý kiến quy hoạch", "Nông thôn mới")]
QUARTER_DAYS = {1: (D(2025, 1, 1), D(2025, 3, 31)), 2: (D(2025, 4, 1), D(2025, 6, 30)),
                3: (D(2025, 7, 1), D(2025, 9, 30)), 4: (D(2025, 10, 1), D(2025, 12, 31))}

# commune -> {quarter: GE items (dates, or "trap" tuples)}; unlisted: 4..7 items.
NEWS_PLAN = {
    # Q1 has 3 -> FINDING 2025-Q1; Q2 exactly 4, the last on 30/06 -> none.
    "X-VINHLUONG": {1: [D(2025, 1, 20), D(2025, 2, 18), D(2025, 3, 25)],
                    2: [D(2025, 4, 10), D(2025, 5, 12), D(2025, 6, 2), D(2025, 6, 30)]},
    # Q3: 3 GE items and one with GE only in its title -> FINDING 2025-Q3.
    "X-LOCTHO": {3: [D(2025, 7, 8), D(2025, 8, 19), D(2025, 9, 9),
                     ("trap", D(2025, 9, 26), "Hội nghị tuyên truyền bình đẳng giới",
                      "Hoạt động Hội Liên hiệp Phụ nữ")]},
    # Q4: 3 in the quarter, the 4th posted 02/01/2026 -> FINDING 2025-Q4.
    "X-NINHVAN": {4: [D(2025, 10, 14), D(2025, 11, 11), D(2025, 12, 16), D(2026, 1, 2)]},
    # Q1: 2 -> FINDING 2025-Q1.
    "X-KHANHTHANH": {1: [D(2025, 2, 26), D(2025, 3, 19)]},
    # No posts at all in 2025 -> FINDINGS 2025-Q1 .. 2025-Q4.
    "X-SINHTON": {1: [], 2: [], 3: [], 4: []},
    # Exactly 4 a quarter, every topic in NFD -> none.
    "X-SONGTUTAY": {q: [lo + (hi - lo) * k // 4 for k in range(4)]
                    for q, (lo, hi) in QUARTER_DAYS.items()},
    # Q3 exactly 4, the first on 01/07 -> none.
    "X-TOHAP": {3: [D(2025, 7, 1), D(2025, 7, 29), D(2025, 8, 27), D(2025, 9, 24)]},
    # Q2 exactly 4, one with the English topic "Gender Equality" -> none.
    "X-CAMNGHIA": {2: [D(2025, 4, 3), D(2025, 5, 7), D(2025, 6, 4),
                       ("en", D(2025, 6, 18), "Giao lưu thanh niên quốc tế", "Gender Equality")]},
}
EXPECTED_O6T3 = [("X-KHANHTHANH", "2025-Q1"), ("X-LOCTHO", "2025-Q3"), ("X-NINHVAN", "2025-Q4"),
                 ("X-SINHTON", "2025-Q1"), ("X-SINHTON", "2025-Q2"), ("X-SINHTON", "2025-Q3"),
                 ("X-SINHTON", "2025-Q4"), ("X-VINHLUONG", "2025-Q1")]


def news():
    """[(commune, date, title, topic, is_ge)] in posting order."""
    rows = []
    for code in COMMUNES:
        for q, (lo, hi) in QUARTER_DAYS.items():
            items = NEWS_PLAN.get(code, {}).get(q)
            if items is None:
                span = (hi - lo).days
                items = sorted(lo + datetime.timedelta(days=rng.randint(0, span))
                               for _ in range(rng.randint(4, 7)))
            for it in items:
                if isinstance(it, tuple):
                    kind, day, title, topic = it
                    rows.append((code, day, title, topic, kind == "en"))
                    continue
                title, topic = rng.choice(NEWS_GE)
                rows.append((code, it, title, NFD(topic) if code == "X-SONGTUTAY" else
                             topic.upper() if code == "X-CAMNGHIA" else topic, True))
            if code != "X-SINHTON":
                for _ in range(rng.randint(1, 4)):
                    title, topic = rng.choice(NEWS_OTHER)
                    rows.append((code, lo + datetime.timedelta(days=rng.randint(0, (hi - lo).days)),
                                 title, topic, False))
        if code not in ("X-SINHTON",):                    # last year's posts: outside the period
            rows.append((code, D(2024, 12, 20), "Tổng kết năm 2024", "Bình đẳng giới", True))
    return sorted(rows, key=lambda r: (r[1], r[0]))


def o6_t3(rows):
    count = {}
    for c, d, _t, _p, is_ge in rows:
        if is_ge:
            key = (c, d.year, (d.month - 1) // 3 + 1)
            count[key] = count.get(key, 0) + 1
    return sorted((c, f"2025-Q{q}") for c in COMMUNES for q in QUARTER_DAYS
                  if count.get((c, 2025, q), 0) < 4)


def write(out):
    """Writes the three registers; returns the expected findings (rule, subject, period, evidence)."""
    # Excel's "Unicode Text": UTF-16 with BOM, tab, CRLF.
    write_table(os.path.join(out, "outlets.csv"),
                ["Mã cơ quan", "Tên cơ quan", "Loại hình", "Huyện, thị xã, thành phố", "Ghi chú"],
                [[c, n, k, d, "Đài cấp huyện" if k != "Đài tỉnh" and c.startswith("D") else ""]
                 for c, n, k, d in OUTLETS], "\t", "\r\n", "utf-16")

    seg = segments()
    assert o6_t4(seg) == sorted(EXPECTED_O6T4), o6_t4(seg)
    # Excel in the Vietnamese locale: BOM, ';', CRLF, durations with a decimal comma.
    write_table(os.path.join(out, "segments.csv"),
                ["STT", "Mã cơ quan", "Ngày phát sóng", "Tên chuyên mục", "Chủ đề", "Thời lượng (phút)"],
                [[str(i), c, date_text(rng, d), title, topic,
                  rng.choice(["15", "30", "12,5", decimal_comma(rng.choice([7.5, 20, 25])), ""])]
                 for i, (c, d, title, topic, _ge) in enumerate(seg, start=1)],
                ";", "\r\n", "utf-8-sig")

    posts = news()
    assert o6_t3(posts) == sorted(EXPECTED_O6T3), o6_t3(posts)
    # A web export: no BOM, ',', LF, English headers, a link column (ignored).
    write_table(os.path.join(out, "news.csv"),
                ["agency_code", "Published on", "Title", "Topic", "Link"],
                [[c, date_text(rng, d, ("iso",)), title, topic,
                  f"https://khanhhoa.gov.vn/tin/{c.lower()}-{i}"]
                 for i, (c, d, title, topic, _ge) in enumerate(posts, start=1)],
                ",", "\n", "utf-8", final_newline=False)
    count = {}
    for c, d, _t, _p, is_ge in posts:
        if is_ge and d.year == 2025:
            count[(c, (d.month - 1) // 3 + 1)] = count.get((c, (d.month - 1) // 3 + 1), 0) + 1
    return [("O6.T4", c, p, {}) for c, p in EXPECTED_O6T4] + \
        [("O6.T3", c, p, {"count": count.get((c, int(p[-1])), 0)}) for c, p in EXPECTED_O6T3]
