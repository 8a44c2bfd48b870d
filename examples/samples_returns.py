"""The returns registers of the Khánh Hòa sample: reports (annual reports on
the plan), enterprises (enterprises and cooperatives) and statistics (the
eighteen reported indicators, 2021-2025), with the V.19, O2.T3 and statistics
results their plans mean for the period 2025 as of 2025-12-31.
"""

import datetime
import os
import random

from csv_forms import date_text, write_table

D = datetime.date
rng = random.Random(119833)

# -- reports ---------------------------------------------------------------
# Province- and district-level agencies (V.19's subjects), and the communes
# that also send reports (not audited).
SUBJECTS = ["UBND-KH", "VP-UBND", "SNV", "STC", "SYT", "SGDDT", "SLDTBXH", "STTTT", "SVHTT",
            "SKHDT", "STP", "STNMT", "SNNPTNT", "SXD", "SGTVT", "SCT", "SKHCN", "SDL", "TTT",
            "BDT", "SNGV", "UBND-NT", "UBND-CR", "UBND-NH", "UBND-VN", "UBND-DK", "UBND-KV",
            "UBND-KS", "UBND-CL", "UBND-TS"]
# (agency, year) -> dates sent; every other subject sends once between 20/11 and 09/12.
REPORT_PLAN = {
    ("SNV", 2025): [D(2025, 12, 10)],                    # on the deadline: on time
    ("STP", 2025): [D(2025, 12, 11)],                    # a day late -> FINDING
    ("SGTVT", 2025): [],                                 # none -> FINDING (missing)
    ("UBND-KS", 2025): [D(2025, 12, 19), D(2025, 12, 12)],   # earliest (2nd row) 2 days late -> FINDING
    ("UBND-NH", 2025): [D(2025, 12, 5), D(2025, 12, 18)],    # earliest on time, a late resend: none
    ("UBND-TS", 2025): [D(2026, 1, 5)],                  # 26 days late -> FINDING
    ("SYT", 2024): [D(2024, 12, 20)],                    # late, but 2024 is not audited
    ("UBND-KV", 2024): [],                               # missing, 2024 not audited
}
COMMUNE_REPORTS = [("X-VINHHAI", 2025, D(2025, 12, 22)),  # late, but communes are not audited
                   ("X-TOHAP", 2025, D(2025, 12, 1))]
EXPECTED_V19 = {"STP": {"days_late": 1}, "SGTVT": {"missing": True},
                "UBND-KS": {"days_late": 2}, "UBND-TS": {"days_late": 26}}


def reports():
    rows = []
    for year in (2024, 2025):
        for code in SUBJECTS:
            dates = REPORT_PLAN.get((code, year))
            if dates is None:
                dates = [D(year, 11, 20) + datetime.timedelta(days=rng.randint(0, 19))]
            rows += [(code, year, d) for d in dates]
    return rows + COMMUNE_REPORTS     # kept agency by agency, as each was filed


def v19(rows):
    earliest = {}
    for code, year, d in rows:
        if year == 2025 and code in SUBJECTS:
            earliest[code] = min(d, earliest.get(code, d))
    out = {}
    for code in SUBJECTS:
        if code not in earliest:
            out[code] = {"missing": True}
        elif earliest[code] > D(2025, 12, 10):
            out[code] = {"days_late": (earliest[code] - D(2025, 12, 10)).days}
    return out


# -- enterprises -------------------------------------------------------------
FIRMS = ["Công ty TNHH", "Công ty Cổ phần", "Doanh nghiệp tư nhân", "Công ty TNHH MTV"]
TRADES = ["Thủy sản", "Du lịch", "Xây dựng", "Vận tải", "Nông sản", "Khách sạn", "Thương mại",
          "Yến sào", "May mặc", "Chế biến hạt điều", "Cơ khí", "Dịch vụ lặn biển"]
PLACES = ["Hòn Khói", "Cam Ranh", "Vân Phong", "Ninh Hòa", "Vạn Giã", "Nha Trang",
          "Cam Lâm", "Diên Khánh", "Suối Dầu", "Bãi Dài", "Đại Lãnh", "Khánh Vĩnh"]
COOPS = ["Hợp tác xã Nông nghiệp", "HTX Thủy sản", "Hợp tác xã Muối", "HTX Dịch vụ Nông nghiệp"]
ACTIVE = ["Hoạt động", "Hoạt động", "hoạt động", "", "", "Active"]
# (head's gender, status): 60 active with a known head, 16 of them women
# (26.7%, not met); 3 inactive female-headed ones would lift it to 19/63 =
# 30.2% if counted; 4 active with the head's gender not recorded.
ENTERPRISE_PLAN = [("Nữ", None)] * 16 + [("Nam", None)] * 44 + \
    [("Nữ", "Tạm ngừng kinh doanh"), ("Nữ", "Ngừng hoạt động"), ("nữ", "Giải thể"),
     ("Nam", "Đã giải thể"), ("Nam", "Tạm ngừng kinh doanh")] + [("", None)] * 4


def enterprises():
    rows, names = [], set()
    plan = list(ENTERPRISE_PLAN)
    rng.shuffle(plan)
    for i, (gender, status) in enumerate(plan):
        coop = rng.random() < 0.2
        while True:
            place = rng.choice(PLACES)
            name = f"{rng.choice(COOPS)} {place}" if coop else \
                f"{rng.choice(FIRMS)} {rng.choice(TRADES)} {place}"
            if name not in names:
                names.add(name)
                break
        code = f"42{rng.randint(0, 99999999):08d}"
        if i == 7:
            code = "0101234567-003"        # a branch of a Hà Nội company: text, leading zero
        elif i == 19:
            code = "4201234567-001"
        rows.append([code, name, rng.choice(["Hợp tác xã", "hợp tác xã", "HỢP TÁC XÃ"]) if coop
                     else rng.choice(["Doanh nghiệp", "doanh nghiệp"]),
                     gender.upper() if gender == "Nữ" and i % 5 == 0 else gender,
                     status if status is not None else rng.choice(ACTIVE),
                     f"{place}, Khánh Hòa"])
    return rows


# -- statistics --------------------------------------------------------------
# indicator -> (reporting agency, values 2021..2025 as written; None = no row).
SERIES = {
    "O2.T1": ("SLDTBXH", ["46,2", "47,0", "47,9", "48,3", "48,6"]),     # 48.6 < 50: NOT MET
    "O2.T2": ("SLDTBXH", ["38,5", "36,1", "33,4", "31,2", "30,0"]),     # exactly 30, "below": NOT MET
    "O3.T1": ("SVHTT", ["2,05", "1,96", "1,88", "1,79", "1,7"]),        # exactly 1.7, "at most": met
    "O3.T2a": ("SVHTT", ["62,0", "68,4", "71,0", "76,3", None]),         # 2025: REVISIONS below
    "O3.T2b": ("SVHTT", ["35,0", "41,2", "45,5", "49,0", "52,0"]),
    "O3.T3": ("SLDTBXH", ["100", "100", "100", "100", "100"]),           # exactly 100: met
    "O3.T4": ("SLDTBXH", ["55,0", "60,0", "66,7", "72,0", None]),        # no 2025 row: NO DATA
    "O4.T1": ("SYT", ["113,2", "112,8", "112,1", "111,6", None]),        # 2025: REVISIONS below
    "O4.T2": ("SYT", ["48,0", "46,5", "45,0", "43,2", None]),            # 2025: a TIE below
    "O4.T3": ("SYT", ["24,0", "22,5", "21,0", "20,1", "19,2"]),          # 19.2 > 18: NOT MET
    "O4.T4": ("SYT", ["0", "0", "0", "0", "0"]),                         # 0 < 1: NOT MET
    "O5.T1a": ("SGDDT", ["0", "1", "1", "1", "1"]),
    "O5.T1b": ("SGDDT", ["0", "0", "0", "1", "1"]),
    "O5.T2a": ("SGDDT", ["86,5", "87,9", "88,6", "89,4", "90"]),         # exactly 90, "above": NOT MET
    "O5.T2b": ("SGDDT", ["80,1", "82,0", "83,7", "85,2", "86,4"]),
    "O5.T3": ("SLDTBXH", ["26,0", "27,5", "28,8", "29,9", "31,2"]),
    "O6.T1": ("SLDTBXH", ["48,0", "52,5", "55,0", "58,0", "63,5"]),      # 2024 revised below
    "O6.T2": ("SLDTBXH", ["90,0", "93,5", "95,0", "97,0", "98,5"]),      # 98.5 < 100: NOT MET
}
# Extra rows (indicator, year, value, reported_on or None), placed in the file
# as listed, after the series. The value that must win is in the comment.
REVISIONS = [
    # O3.T2a 2025: the latest reported_on (20/03/2026) wins though it comes first;
    # the undated preliminary figure loses to any dated one -> 81.2, met.
    ("O3.T2a", 2025, "81,2", D(2026, 3, 20)),
    ("O3.T2a", 2025, "78,5", D(2026, 1, 15)),
    ("O3.T2a", 2025, "75,0", None),
    # O4.T1 2025: dated 111 beats a later, undated estimate 112.3 -> 111, at most 111: met.
    ("O4.T1", 2025, "111", D(2026, 2, 28)),
    ("O4.T1", 2025, "112,3", None),
    # O4.T2 2025: two rows with the same reported_on: the later row wins -> 41.5, met.
    ("O4.T2", 2025, "44,1", D(2026, 2, 10)),
    ("O4.T2", 2025, "41,5", D(2026, 2, 10)),
    # O6.T1 2024 revised from 58.0 to 59.5 (does not matter for 2025).
    ("O6.T1", 2024, "59,5", D(2025, 4, 2)),
]
TARGETS = {"O2.T1": (">=", 50), "O2.T2": ("<", 30), "O3.T1": ("<=", 1.7), "O3.T2a": (">=", 80),
           "O3.T2b": (">=", 50), "O3.T3": (">=", 100), "O3.T4": (">=", 70), "O4.T1": ("<=", 111),
           "O4.T2": ("<=", 42), "O4.T3": ("<=", 18), "O4.T4": (">=", 1), "O5.T1a": (">=", 1),
           "O5.T1b": (">=", 1), "O5.T2a": (">", 90), "O5.T2b": (">=", 85), "O5.T3": (">", 30),
           "O6.T1": (">=", 60), "O6.T2": (">=", 100)}
# What the plan above means for 2025, worked out by hand.
EXPECTED_2025 = {"O2.T1": 48.6, "O2.T2": 30, "O3.T1": 1.7, "O3.T2a": 81.2, "O3.T2b": 52,
                 "O3.T3": 100, "O3.T4": None, "O4.T1": 111, "O4.T2": 41.5, "O4.T3": 19.2,
                 "O4.T4": 0, "O5.T1a": 1, "O5.T1b": 1, "O5.T2a": 90, "O5.T2b": 86.4,
                 "O5.T3": 31.2, "O6.T1": 63.5, "O6.T2": 98.5}
NOT_MET = {"O2.T1", "O2.T2", "O4.T3", "O4.T4", "O5.T2a", "O6.T2"}


def statistics():
    rows = []
    for year in range(2021, 2026):
        for rule, (by, values) in SERIES.items():
            v = values[year - 2021]
            if v is not None:
                dated = year >= 2023 or rng.random() < 0.5
                rows.append([rule, str(year), v, by,
                             date_text(rng, D(year + 1, 1, 10) + datetime.timedelta(days=rng.randint(0, 60)))
                             if dated else ""])
    for rule, year, v, on in REVISIONS:
        rows.append([rule, str(year), v, SERIES[rule][0], date_text(rng, on) if on else ""])
    return rows


def statistics_indicators():
    out = []
    for rule, (cmp, target) in TARGETS.items():
        v = EXPECTED_2025[rule]
        status = "no_data" if v is None else "not_met" if rule in NOT_MET else "met"
        out.append({"rule": rule, "value": v, "status": status, "target": target})
    return out


def write(out):
    """Writes the three registers; returns (findings, indicators) they mean."""
    sent = reports()
    assert v19(sent) == EXPECTED_V19, v19(sent)
    # Excel, UTF-8 with BOM, ',' , CRLF; headers in capitals; document numbers (ignored).
    write_table(os.path.join(out, "reports.csv"),
                ["MÃ ĐƠN VỊ", "NĂM BÁO CÁO", "NGÀY GỬI", "SỐ VĂN BẢN"],
                [[c, str(y), date_text(rng, d), f"{rng.randint(100, 999)}/BC-{c}"] for c, y, d in sent],
                ",", "\r\n", "utf-8-sig")
    # An old registry system: no BOM, ';', LF, headers without diacritics.
    write_table(os.path.join(out, "enterprises.csv"),
                ["Ma so doanh nghiep", "Ten doanh nghiep", "Loai hinh", "Gioi tinh nguoi dung dau",
                 "Tinh trang", "Dia chi"], enterprises(), ";", "\n", "utf-8")
    # The statistics sheet: BOM, ';', CRLF, decimal commas, no final newline.
    write_table(os.path.join(out, "statistics.csv"),
                ["Mã chỉ tiêu", "Năm", "Giá trị", "Đơn vị báo cáo", "Ngày báo cáo"],
                statistics(), ";", "\r\n", "utf-8-sig", final_newline=False)
    findings = [("V.19", c, "2025", ev) for c, ev in sorted(EXPECTED_V19.items())]
    o2t3 = {"rule": "O2.T3", "value": 100 * 16 / 60, "status": "not_met", "target": 27,
            "numerator": 16, "denominator": 60}
    return findings, [o2t3] + statistics_indicators()
